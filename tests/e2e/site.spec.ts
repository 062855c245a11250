import { expect, test } from '@playwright/test';

import { BASE_PATH, ORIGIN, sitePath } from './support/env';
import { watchPage } from './support/health';
import { sectionPrintPaths, sitemapPaths } from './support/sitemap';

test.describe('the site under a GitHub Pages sub-path', () => {
  test('the sitemap lists every page under the base path and nothing else', async ({ request }) => {
    const paths = await sitemapPaths(request);
    expect(paths.length).toBeGreaterThan(40);
    expect(paths.filter((path) => !path.startsWith(BASE_PATH))).toEqual([]);
    expect(paths.filter((path) => /test-fixtures|\/print\/|404/.test(path))).toEqual([]);
    expect(paths).toContain(`${BASE_PATH}streaming/kinesis-data-streams/`);
  });

  test('every page, and every script, style, font, image and link it has, answers without an error', async ({ page, request }) => {
    test.setTimeout(300_000);
    const paths = [...(await sitemapPaths(request)), ...sectionPrintPaths()];
    const links = new Set<string>();
    const problems: string[] = [];
    for (const path of paths) {
      const health = watchPage(page);
      const response = await page.goto(path, { waitUntil: 'networkidle' });
      if (response?.status() !== 200) problems.push(`${path}: HTTP ${response?.status()}`);
      problems.push(...health.problems().map((problem) => `${path}: ${problem}`));
      health.stop();
      for (const href of await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
        if (href.startsWith(ORIGIN)) links.add(href.split('#')[0] ?? href);
      }
    }
    for (const link of links) {
      const status = (await request.get(link)).status();
      if (status !== 200) problems.push(`link ${link}: HTTP ${status}`);
    }
    for (const file of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'robots.txt', 'favicon.svg']) {
      const status = (await request.get(sitePath(file))).status();
      if (status !== 200) problems.push(`${file}: HTTP ${status}`);
    }
    expect(links.size).toBeGreaterThan(40);
    expect(problems).toEqual([]);
  });

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

  test('the 404 page names no address of its own: no canonical link, no og:url', async ({ page }) => {
    // GitHub Pages serves 404.html at whatever address was not found; the build has no /404/ page to point to.
    const response = await page.goto(sitePath('/streaming/no-such-service/'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Page not found');
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
    await expect(page.locator('meta[property="og:url"]')).toHaveCount(0);
  });

  test('the 404 page helps: search and links home under the base path', async ({ page }) => {
    const response = await page.goto(sitePath('/streaming/no-such-service/'));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('button', { name: 'Search' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'how this site is organised' })).toHaveAttribute(
      'href',
      `${BASE_PATH}start-here/how-to-use-this-site/`,
    );
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every page’s text is readable', async ({ page, request }) => {
    test.setTimeout(180_000);
    const short: string[] = [];
    for (const path of await sitemapPaths(request)) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const text = await page.locator('main').innerText();
      if (text.trim().length < 400) short.push(`${path}: ${text.trim().length} characters`);
    }
    expect(short).toEqual([]);
  });
});
