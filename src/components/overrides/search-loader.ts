/**
 * Loads the Pagefind UI (script and styles) once, on first use, and mounts it in the search dialog.
 * Every later call returns the same promise, so opening the dialog again is instant.
 */
import { sectionOfUrl } from '~/lib/sections';

let loading: Promise<void> | undefined;

interface PagefindResult {
  url: string;
  meta: Record<string, string>;
  sub_results: Array<{ url: string }>;
}

export function loadSearchUi(root: HTMLElement, translations: Record<string, string>): Promise<void> {
  loading ??= (async () => {
    const [{ PagefindUI }] = await Promise.all([
      // @ts-expect-error: @pagefind/default-ui ships no type declarations.
      import('@pagefind/default-ui') as Promise<{ PagefindUI: new (options: object) => unknown }>,
      import('@pagefind/default-ui/css/ui.css'),
    ]);
    const base = import.meta.env.BASE_URL;
    root.querySelector('[data-search-status]')?.remove();
    new PagefindUI({
      element: root,
      baseUrl: base,
      bundlePath: `${base.replace(/\/$/, '')}/pagefind/`,
      showImages: false,
      showSubResults: true,
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
  })();
  return loading;
}
