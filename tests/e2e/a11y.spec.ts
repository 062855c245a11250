import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { sitePath } from './support/env';
import { sectionPrintPaths, sitemapPaths } from './support/sitemap';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The oldest axe-core whose rules the site is held to (4.14 checks WCAG 2.5.3, label in name, by default). */
const AXE_AT_LEAST = [4, 14] as const;

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
  test('axe is current and runs the WCAG 2.5.3 rule (label-content-name-mismatch) with these tags', async ({ page }) => {
    await page.goto(sitePath('/'));
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const [major = 0, minor = 0] = results.testEngine.version.split('.').map(Number);
    expect(major * 1000 + minor, `axe-core ${results.testEngine.version}`).toBeGreaterThanOrEqual(AXE_AT_LEAST[0] * 1000 + AXE_AT_LEAST[1]);
    const ran = [...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].map((rule) => rule.id);
    expect(ran).toContain('label-content-name-mismatch');
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 740 },
  ]) {
    test(`the search button is named by the text it shows (${viewport.width} px wide)`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(sitePath('/'));
      const button = page.getByRole('button', { name: 'Search', exact: true });
      await expect(button).toBeVisible();
      const results = await new AxeBuilder({ page }).withRules(['label-content-name-mismatch', 'button-name']).include('[data-open-search]').analyze();
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
      expect(results.passes.map((rule) => rule.id)).toContain('button-name');
    });
  }

  test('a callout’s visible title is read with it and names it', async ({ page }) => {
    await page.goto(sitePath('/catalog-etl/aws-glue/'));
    const notes = page.locator('.sl-markdown-content .starlight-aside');
    const titles = await notes.locator('.starlight-aside__title').allInnerTexts();
    expect(new Set(titles)).toEqual(new Set(['Exam tip', 'Changed since the notes', 'Older material says otherwise']));
    for (const [index, title] of titles.entries()) {
      const note = notes.nth(index);
      // Named by the visible title (not an aria-label that NVDA skips on a note) …
      await expect(note).toHaveAttribute('role', 'note');
      await expect(note).not.toHaveAttribute('aria-label');
      await expect(note).toHaveAccessibleName(title);
      // … and the title itself is in the accessibility tree, read as the callout's first line.
      await expect(note).toMatchAriaSnapshot(`- note "${title}":\n  - paragraph: ${title}`);
    }
    await expect(page.getByRole('note', { name: 'Exam tip', exact: true })).toHaveCount(titles.filter((title) => title === 'Exam tip').length);
  });

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
