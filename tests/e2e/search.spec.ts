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
  // Starlight mounts the Pagefind UI when the browser is idle; the shortcut focuses its input once it exists.
  await page.locator('#starlight__search input').waitFor({ state: 'attached' });
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
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${BASE_PATH}ml-touchpoints/sagemaker-data-formats/`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(health.problems()).toEqual([]);
  });

  test('the Search button opens the same dialog', async ({ page }) => {
    await page.goto(sitePath('/'));
    await page.locator('#starlight__search input').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('dialog').getByRole('textbox', { name: 'Search' })).toBeFocused();
  });
});
