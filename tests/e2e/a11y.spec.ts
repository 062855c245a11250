import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { sitePath } from './support/env';
import { sectionPrintPaths, sitemapPaths } from './support/sitemap';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe on the page and returns one line per violation and node. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1] ?? ''}`),
  );
}

const modes = [
  { name: 'light theme', theme: 'light', viewport: { width: 1280, height: 800 } },
  { name: 'dark theme', theme: 'dark', viewport: { width: 1280, height: 800 } },
  { name: 'phone-sized viewport', theme: 'light', viewport: { width: 375, height: 740 } },
] as const;

test.describe('accessibility (axe)', () => {
  for (const mode of modes) {
    test(`every page in the ${mode.name}: zero violations`, async ({ page, request }) => {
      test.setTimeout(600_000);
      await page.setViewportSize(mode.viewport);
      await page.addInitScript((theme) => localStorage.setItem('starlight-theme', theme), mode.theme);
      const paths = [...(await sitemapPaths(request)), ...sectionPrintPaths(), sitePath('/no-such-page/')];
      const found: string[] = [];
      for (const path of paths) {
        await page.goto(path, { waitUntil: 'load' });
        await expect(page.locator('html')).toHaveAttribute('data-theme', mode.theme);
        found.push(...(await violations(page)).map((line) => `${path}: ${line}`));
      }
      expect(found).toEqual([]);
    });
  }

  test('the open search dialog with results has no violations', async ({ page }) => {
    await page.goto(sitePath('/'));
    await page.waitForFunction(() => customElements.get('lazy-site-search') !== undefined);
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }).fill('Kinesis');
    await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('widgets showing errors and notes have no violations', async ({ page }) => {
    await page.goto(sitePath('/tools/kinesis-shard-calculator/?rate=oops'));
    const widget = page.getByTestId('kinesis-calculator');
    await expect(widget).toHaveAttribute('data-hydrated', 'true');
    await widget.getByLabel('Average record size (KB)').fill('abc');
    await expect(widget.getByTestId('error-size')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});
