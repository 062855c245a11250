import { BASE_PATH, ORIGIN, sitePath } from './support/env';
import { CONTENT_PAGES, PRINT_PAGES } from './support/site-pages';
import { sitemapPaths } from './support/sitemap';
import { expect, test } from './support/test';

/** Same-origin link targets (without the fragment) in a page's HTML, resolved against the page. */
function linkTargets(html: string, path: string): string[] {
  return [...html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)]
    .map((match) => new URL((match[1] ?? '').replace(/&amp;/g, '&'), `${ORIGIN}${path}`).href)
    .filter((href) => href.startsWith(ORIGIN))
    .map((href) => href.split('#')[0] ?? href);
}

/** Each worker asks for each link once, however many pages carry it (the sidebar's are on every page). */
const linkStatus = new Map<string, number>();

test.describe('the site under a GitHub Pages sub-path', () => {
  test('the sitemap lists every page under the base path and nothing else: the content folder’s pages', async ({ request }) => {
    const paths = await sitemapPaths(request);
    expect(paths.length).toBeGreaterThan(40);
    expect(paths.filter((path) => !path.startsWith(BASE_PATH))).toEqual([]);
    expect(paths.filter((path) => /test-fixtures|\/print\/|\/cram\/|404/.test(path))).toEqual([]);
    expect(paths).toContain(`${BASE_PATH}streaming/kinesis-data-streams/`);
    // The per-page tests below (and in a11y, budgets, csp) are generated from the content folder: the same list.
    expect([...paths].sort()).toEqual(CONTENT_PAGES);
  });

  test('the pages link to more than 40 addresses on the site; the search index, robots.txt and favicon answer', async ({ request }) => {
    const links = new Set<string>();
    for (const path of [...CONTENT_PAGES, ...PRINT_PAGES]) {
      for (const link of linkTargets(await (await request.get(path)).text(), path)) links.add(link);
    }
    expect(links.size).toBeGreaterThan(40);
    for (const file of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'robots.txt', 'favicon.svg']) {
      expect((await request.get(sitePath(file))).status(), file).toBe(200);
    }
  });

  // The page health fixture fails a test on any script, style, font or image that answers with an error, a failed
  // request, a console error or warning, or a request to another origin.
  for (const path of [...CONTENT_PAGES, ...PRINT_PAGES]) {
    test(`${path} answers, and so does every script, style, font, image and link it has`, async ({ sharedPage: page, request }) => {
      const response = await page.goto(path, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      const broken: string[] = [];
      for (const link of new Set(hrefs.filter((href) => href.startsWith(ORIGIN)).map((href) => href.split('#')[0] ?? href))) {
        if (!linkStatus.has(link)) linkStatus.set(link, (await request.get(link)).status());
        if (linkStatus.get(link) !== 200) broken.push(`link ${link}: HTTP ${linkStatus.get(link)}`);
      }
      expect(broken).toEqual([]);
    });
  }

  test('each page has a canonical URL, Open Graph title and description, under the base path', async ({ page }) => {
    await page.goto(sitePath('/catalog-etl/aws-glue/'));
    const url = `${ORIGIN}${BASE_PATH}catalog-etl/aws-glue/`;
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', url);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /AWS Glue/);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length ?? 0).toBeGreaterThan(30);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', description ?? '');
  });

  test('robots.txt points at the sitemap under the base path', async ({ request }) => {
    const robots = await (await request.get(sitePath('/robots.txt'))).text();
    expect(robots).toContain(`Sitemap: ${ORIGIN}${BASE_PATH}sitemap-index.xml`);
  });

  test.describe('the 404 page', () => {
    test.beforeEach(({ health }) => {
      health.allowHttp(404, (url) => url.endsWith('/streaming/no-such-service/'), 'the address has no page');
    });

    test('names no address of its own: no canonical link, no og:url', async ({ page }) => {
      // GitHub Pages serves 404.html at whatever address was not found; the build has no /404/ page to point to.
      const response = await page.goto(sitePath('/streaming/no-such-service/'));
      expect(response?.status()).toBe(404);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Page not found');
      await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
      await expect(page.locator('meta[property="og:url"]')).toHaveCount(0);
    });

    test('helps: search and links home under the base path', async ({ page }) => {
      const response = await page.goto(sitePath('/streaming/no-such-service/'));
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('button', { name: 'Search' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'how this site is organised' })).toHaveAttribute(
        'href',
        `${BASE_PATH}start-here/how-to-use-this-site/`,
      );
    });
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of CONTENT_PAGES) {
    test(`${path}: the text is readable`, async ({ sharedPage: page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const text = await page.locator('main').innerText();
      expect(text.trim().length, `${path}: ${text.trim().length} characters`).toBeGreaterThanOrEqual(400);
    });
  }
});
