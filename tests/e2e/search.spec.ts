import { expect, test } from '@playwright/test';

import { BASE_PATH, sitePath } from './support/env';
import { watchPage } from './support/health';

/** Words that stand on exactly one page, and the page a search for them must open. */
const queries: ReadonlyArray<{ query: string; page: string }> = [
  { query: 'contradicted', page: 'start-here/how-to-use-this-site/' },
];

test.describe('search', () => {
  for (const { query, page: target } of queries) {
    test(`Ctrl+K, "${query}", finds ${target} and its link works under the base path`, async ({ page }) => {
      const health = watchPage(page);
      await page.goto(sitePath('/'));
      await page.keyboard.press('Control+k');
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await dialog.getByRole('textbox', { name: 'Search' }).fill(query);
      const first = dialog.locator('.pagefind-ui__result-link').first();
      await expect(first).toHaveAttribute('href', new RegExp(`^${BASE_PATH}${target}`));
      await first.click();
      await expect(page).toHaveURL(new RegExp(`${BASE_PATH}${target}`));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(health.problems()).toEqual([]);
    });
  }

  test('the Search button opens the same dialog', async ({ page }) => {
    await page.goto(sitePath('/'));
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('dialog').getByRole('textbox', { name: 'Search' })).toBeFocused();
  });
});
