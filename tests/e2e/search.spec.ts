import { expect, test, type Page } from '@playwright/test';

import { BASE_PATH, sitePath } from './support/env';
import { watchPage } from './support/health';

/**
 * Queries and the page that must rank first for each: terms from different services, renamed services by their
 * old names, and abbreviations. `page` is a path under the base, or a pattern where two pages are equally right.
 */
const queries: ReadonlyArray<{ query: string; page: string | RegExp }> = [
  { query: 'ShardedByS3Key', page: 'ml-touchpoints/sagemaker-data-formats/' },
  { query: 'FindMatches', page: 'catalog-etl/aws-glue/' },
  { query: 'COPY', page: 'query-analytics/amazon-redshift/' },
  { query: 'Spot', page: /(processing\/amazon-emr|tools\/emr-node-types)\/$/ },
  { query: 'Kinesis Data Firehose', page: 'streaming/amazon-data-firehose/' },
  { query: 'Elasticsearch', page: 'query-analytics/amazon-opensearch-service/' },
  { query: 'Kinesis Data Analytics', page: 'streaming/managed-service-for-apache-flink/' },
  { query: 'KDS', page: 'streaming/kinesis-data-streams/' },
  { query: 'KDF', page: 'streaming/amazon-data-firehose/' },
  { query: 'EMRFS', page: 'processing/amazon-emr/' },
  { query: 'WLM', page: 'query-analytics/amazon-redshift/' },
  { query: 'SSE-KMS', page: 'storage/s3-security/' },
  { query: 'RANDOM_CUT_FOREST', page: 'streaming/managed-service-for-apache-flink/' },
  { query: 'job bookmarks', page: 'catalog-etl/aws-glue/' },
];

async function openSearch(page: Page) {
  // The search element's script is a module: wait until it is defined, then the shortcut works at once, even
  // though the Pagefind UI itself is only loaded now.
  await page.waitForFunction(() => customElements.get('lazy-site-search') !== undefined);
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  const box = dialog.getByRole('textbox', { name: 'Search' });
  await expect(box).toBeFocused();
  return { dialog, box };
}

const expectedUrl = (target: string | RegExp) =>
  typeof target === 'string' ? new RegExp(`^${BASE_PATH}${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : target;

test.describe('search', () => {
  for (const { query, page: target } of queries) {
    test(`"${query}" ranks ${String(target)} first`, async ({ page }) => {
      await page.goto(sitePath('/'));
      const { dialog, box } = await openSearch(page);
      await box.fill(query);
      const first = dialog.locator('.pagefind-ui__result-link').first();
      await expect(first).toHaveAttribute('href', expectedUrl(target));
    });
  }

  test('a result link opens its page under the base path', async ({ page }) => {
    const health = watchPage(page);
    await page.goto(sitePath('/'));
    const { dialog, box } = await openSearch(page);
    await box.fill('ShardedByS3Key');
    const first = dialog.locator('.pagefind-ui__result-link').first();
    // Results settle after the debounce: click only once the ranking is final.
    await expect(first).toHaveAttribute('href', `${BASE_PATH}ml-touchpoints/sagemaker-data-formats/`);
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${BASE_PATH}ml-touchpoints/sagemaker-data-formats/`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(health.problems()).toEqual([]);
  });

  test('the Search button opens the same dialog', async ({ page }) => {
    await page.goto(sitePath('/'));
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('dialog').getByRole('textbox', { name: 'Search' })).toBeFocused();
  });

  test('the search UI is loaded on first use, not with the page', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(sitePath('/streaming/kinesis-data-streams/'));
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => /pagefind/i.test(url))).toEqual([]);
    const { box } = await openSearch(page);
    await box.fill('shard');
    await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
    expect(requests.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
  });

  test('keyboard only: "/" opens, type, arrow down to a result, Enter opens it; Escape closes', async ({ page }) => {
    const health = watchPage(page);
    await page.goto(sitePath('/'));
    await page.waitForFunction(() => customElements.get('lazy-site-search') !== undefined);
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await expect(dialog.getByRole('textbox', { name: 'Search' })).toBeFocused();
    await page.keyboard.type('FindMatches');
    const links = dialog.locator('.pagefind-ui__result-link');
    await expect(links.first()).toHaveAttribute('href', `${BASE_PATH}catalog-etl/aws-glue/`);
    await page.keyboard.press('ArrowDown');
    await expect(links.first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(dialog.getByRole('textbox', { name: 'Search' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${BASE_PATH}catalog-etl/aws-glue/$`));
    await page.waitForFunction(() => customElements.get('lazy-site-search') !== undefined);
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Search' })).toBeHidden();
    expect(health.problems()).toEqual([]);
  });

  test('results name their section and can be narrowed to one section', async ({ page }) => {
    await page.goto(sitePath('/'));
    const { dialog, box } = await openSearch(page);
    await box.fill('Kinesis');
    await expect(dialog.locator('.pagefind-ui__result-link').first()).toContainText(/^Streaming › /);
    // Narrow to one section: every result is then in that section.
    const filter = dialog.getByRole('checkbox', { name: /Review/ });
    if (!(await filter.isVisible())) await dialog.getByText('Section', { exact: true }).click();
    await filter.check();
    const links = dialog.locator('.pagefind-ui__result-link');
    await expect(links.first()).toContainText(/^Review › /);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
      expect(href.startsWith(`${BASE_PATH}review/`), href).toBe(true);
    }
  });

  test('every result link for a broad query works under the base path', async ({ page, request }) => {
    await page.goto(sitePath('/'));
    const { dialog, box } = await openSearch(page);
    await box.fill('data');
    const links = dialog.locator('.pagefind-ui__result-link');
    await expect(links.first()).toBeVisible();
    const more = dialog.getByRole('button', { name: /Load more results/ });
    while (await more.isVisible()) await more.click();
    const hrefs = await dialog.locator('.pagefind-ui__result a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(20);
    for (const href of new Set(hrefs.map((h) => h.split('#')[0] ?? ''))) {
      expect(href.startsWith(BASE_PATH), href).toBe(true);
      expect((await request.get(href)).status(), href).toBe(200);
    }
  });

  test('search leaves out widget controls and test fixtures', async ({ page }) => {
    await page.goto(sitePath('/'));
    const { dialog, box } = await openSearch(page);
    // The controls' button text is not indexed: no excerpt on any page contains it.
    await box.fill('Reset to defaults');
    await expect(dialog.locator('.pagefind-ui__message')).toBeVisible();
    const excerpts = await dialog.locator('.pagefind-ui__result-excerpt').allInnerTexts();
    expect(excerpts.filter((text) => /reset to defaults/i.test(text))).toEqual([]);
    await box.fill('Island hydrated');
    await expect(dialog.locator('.pagefind-ui__message')).toBeVisible();
    await expect(dialog.locator('.pagefind-ui__result-link[href*="test-fixtures"]')).toHaveCount(0);
  });
});
