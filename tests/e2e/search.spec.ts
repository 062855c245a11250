import { BASE_PATH, sitePath } from './support/env';
import { expect, test } from './support/test';

/**
 * Queries and the page that must rank first for each: terms from different services, renamed services by their
 * old names, and abbreviations. `page` is a path under the base, or a pattern where two pages are equally right.
 */
const queries: ReadonlyArray<{ query: string; page: string | RegExp }> = [
  // Training channels and processing inputs both distribute S3 data this way; each page teaches it in depth.
  { query: 'ShardedByS3Key', page: /ml-touchpoints\/(sagemaker-data-formats|sagemaker-processing)\/$/ },
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
  // Glue's page, the orchestrator comparison (Glue workflows across runs) and the troubleshooting page (bookmarks that
  // re-process or skip data) all teach job bookmarks.
  {
    query: 'job bookmarks',
    page: /(catalog-etl\/aws-glue|orchestration-migration\/choosing-an-orchestrator|processing\/troubleshooting-and-tuning-pipelines)\/$/,
  },
];

const expectedUrl = (target: string | RegExp) =>
  typeof target === 'string' ? new RegExp(`^${BASE_PATH}${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : target;

test.describe('search', () => {
  for (const { query, page: target } of queries) {
    test(`"${query}" ranks ${String(target)} first`, async ({ page, search }) => {
      await page.goto(sitePath('/'));
      await search.search(query);
      await expect(search.results.first()).toHaveAttribute('href', expectedUrl(target));
    });
  }

  test('a result link opens its page under the base path', async ({ page, search }) => {
    await page.goto(sitePath('/'));
    await search.search('RANDOM_CUT_FOREST');
    const first = search.results.first();
    // Results settle after the debounce: click only once the ranking is final.
    await expect(first).toHaveAttribute('href', `${BASE_PATH}streaming/managed-service-for-apache-flink/`);
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${BASE_PATH}streaming/managed-service-for-apache-flink/`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('the Search button opens the same dialog', async ({ page, search }) => {
    await page.goto(sitePath('/'));
    await search.button.click();
    await expect(page.getByRole('dialog').getByRole('textbox', { name: 'Search' })).toBeFocused();
  });

  test('the search UI is loaded on first use, not with the page', async ({ page, search }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(sitePath('/streaming/kinesis-data-streams/'));
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => /pagefind/i.test(url))).toEqual([]);
    await search.search('shard');
    await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
    expect(requests.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
  });

  test('keyboard only: "/" opens, type, arrow down to a result, Enter opens it; Escape closes', async ({ page, search }) => {
    await page.goto(sitePath('/'));
    await search.ready();
    await page.keyboard.press('/');
    await expect(search.box).toBeFocused();
    await page.keyboard.type('FindMatches');
    const links = search.results;
    await expect(links.first()).toHaveAttribute('href', `${BASE_PATH}catalog-etl/aws-glue/`);
    await page.keyboard.press('ArrowDown');
    await expect(links.first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(search.box).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${BASE_PATH}catalog-etl/aws-glue/$`));
    await search.ready();
    await page.keyboard.press('Control+k');
    await expect(search.dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(search.dialog).toBeHidden();
  });

  test('results name their section and can be narrowed to one section', async ({ page, search }) => {
    await page.goto(sitePath('/'));
    await search.search('Kinesis');
    const { dialog, results: links } = search;
    await expect(links.first()).toContainText(/^Streaming › /);
    // Narrow to one section: every result is then in that section.
    const filter = dialog.getByRole('checkbox', { name: /Review/ });
    if (!(await filter.isVisible())) await dialog.getByText('Section', { exact: true }).click();
    await filter.check();
    await expect(links.first()).toContainText(/^Review › /);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
      expect(href.startsWith(`${BASE_PATH}review/`), href).toBe(true);
    }
  });

  test('every result link for a broad query works under the base path', async ({ page, request, search }) => {
    await page.goto(sitePath('/'));
    await search.search('data');
    const { dialog, results: links } = search;
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

  test('search leaves out widget controls and test fixtures', async ({ page, search }) => {
    await page.goto(sitePath('/'));
    const { dialog, box, message } = search;
    await search.open();
    // The controls' button text is not indexed: no excerpt on any page contains it.
    await box.fill('Reset to defaults');
    await expect(message).toBeVisible();
    const excerpts = await dialog.locator('.pagefind-ui__result-excerpt').allInnerTexts();
    expect(excerpts.filter((text) => /reset to defaults/i.test(text))).toEqual([]);
    await box.fill('Island hydrated');
    await expect(message).toBeVisible();
    await expect(dialog.locator('.pagefind-ui__result-link[href*="test-fixtures"]')).toHaveCount(0);
  });
});
