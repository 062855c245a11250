/**
 * Loads the Pagefind UI once, on first use, and mounts it in the search dialog. It uses the script and
 * stylesheet that Pagefind writes next to its index (`pagefind/pagefind-ui.{js,css}`), so nothing of the search
 * UI is in the pages' own bundles. Every later call returns the same promise, so reopening is instant.
 */
import { sectionOfUrl } from '~/libs/sections';

interface PagefindResult {
  url: string;
  meta: Record<string, string>;
  sub_results: Array<{ url: string }>;
}

type PagefindUIConstructor = new (options: object) => unknown;

/**
 * The ranking Starlight's own search passes to Pagefind (the defaults of Starlight's `pagefind.ranking` option).
 * Without it Pagefind's own defaults apply, which weigh term frequency against page length so strongly that a
 * short page mentioning a term a few times outranks the long service page that teaches it ("Spot" ranked AWS Batch
 * above Amazon EMR).
 */
export const SEARCH_RANKING = { pageLength: 0.1, termFrequency: 0.1, termSaturation: 2, termSimilarity: 9 } as const;

let loading: Promise<void> | undefined;

function addToHead(element: HTMLScriptElement | HTMLLinkElement): Promise<void> {
  return new Promise((resolve, reject) => {
    element.addEventListener('load', () => resolve(), { once: true });
    element.addEventListener('error', () => reject(new Error(`could not load ${element instanceof HTMLLinkElement ? element.href : element.src}`)), {
      once: true,
    });
    document.head.append(element);
  });
}

/** `themeUrl`: the dialog's theme for the Pagefind UI (search-theme.css), a file loaded with it on first use. */
export function loadSearchUi(root: HTMLElement, translations: Record<string, string>, themeUrl: string): Promise<void> {
  loading ??= (async () => {
    const base = import.meta.env.BASE_URL;
    const bundlePath = `${base.replace(/\/$/, '')}/pagefind/`;
    const styles = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `${bundlePath}pagefind-ui.css` });
    const theme = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: themeUrl });
    const script = Object.assign(document.createElement('script'), { src: `${bundlePath}pagefind-ui.js` });
    await Promise.all([addToHead(styles), addToHead(theme), addToHead(script)]);
    const PagefindUI = (window as unknown as { PagefindUI?: PagefindUIConstructor }).PagefindUI;
    if (!PagefindUI) throw new Error('the Pagefind UI script did not define PagefindUI');
    root.querySelector('[data-search-status]')?.remove();
    new PagefindUI({
      element: root,
      baseUrl: base,
      bundlePath,
      showImages: false,
      showSubResults: true,
      ranking: SEARCH_RANKING,
      translations,
      // Name the section a hit is in, so results from different services are told apart at a glance.
      processResult: (result: PagefindResult) => {
        const section = sectionOfUrl(result.url, base);
        if (section && result.meta['title'] && !result.meta['title'].startsWith(`${section} › `)) {
          result.meta['title'] = `${section} › ${result.meta['title']}`;
        }
        return result;
      },
    });
    // Pagefind labels its input with a title attribute only; give it a real accessible name.
    root.querySelector('input')?.setAttribute('aria-label', translations['placeholder'] ?? 'Search');
  })().catch((error: unknown) => {
    loading = undefined; // let the next attempt try again
    throw error;
  });
  return loading;
}
