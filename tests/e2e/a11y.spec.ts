import { axe, axeViolations } from './support/axe';
import type { Page } from '@playwright/test';

import { ORIGIN, sitePath } from './support/env';
import { CONTENT_PAGES, NOT_FOUND_PAGE, PRINT_PAGES } from './support/site-pages';
import { expect, test } from './support/test';

/** The oldest axe-core whose rules the site is held to (4.14 checks WCAG 2.5.3, label in name, by default). */
const AXE_AT_LEAST = [4, 14] as const;

const modes = [
  { name: 'light theme', theme: 'light', viewport: { width: 1280, height: 800 } },
  { name: 'dark theme', theme: 'dark', viewport: { width: 1280, height: 800 } },
  { name: 'phone-sized viewport', theme: 'light', viewport: { width: 375, height: 740 } },
] as const;

/** Shows the page in `theme` as a reader choosing it in the theme picker does (it is stored and applied at once). */
async function showTheme(page: Page, theme: 'light' | 'dark') {
  await page.evaluate((chosen) => {
    const picker = document.querySelector<HTMLSelectElement>('starlight-theme-select select');
    if (!picker) throw new Error('the page has no theme picker');
    picker.value = chosen;
    picker.dispatchEvent(new Event('change'));
  }, theme);
}

test.describe('accessibility (axe)', () => {
  test('axe is current and runs the WCAG 2.5.3 rule (label-content-name-mismatch) with these tags', async ({ page }) => {
    await page.goto(sitePath('/'));
    const results = await axe(page).analyze();
    const [major = 0, minor = 0] = results.testEngine.version.split('.').map(Number);
    expect(major * 1000 + minor, `axe-core ${results.testEngine.version}`).toBeGreaterThanOrEqual(AXE_AT_LEAST[0] * 1000 + AXE_AT_LEAST[1]);
    const ran = [...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].map((rule) => rule.id);
    expect(ran).toContain('label-content-name-mismatch');
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 740 },
  ]) {
    test(`the search button is named by the text it shows (${viewport.width} px wide)`, async ({ page, search }) => {
      await page.setViewportSize(viewport);
      await page.goto(sitePath('/'));
      await expect(search.button).toBeVisible();
      const results = await axe(page, '[data-open-search]').withRules(['label-content-name-mismatch', 'button-name']).analyze();
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
      expect(results.passes.map((rule) => rule.id)).toContain('button-name');
    });
  }

  test('a callout’s visible title is read with it and names it', async ({ page }) => {
    await page.goto(sitePath('/catalog-etl/aws-glue/'));
    const notes = page.locator('.sl-markdown-content .starlight-aside');
    const titles = await notes.locator('.starlight-aside__title').allInnerTexts();
    expect(new Set(titles)).toEqual(new Set(['Exam tip']));
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

  // One test per page and mode, so a failure names its page and mode. The three modes of a page run in order in
  // one worker on its shared page: the first loads the page, the next switch the theme (with the page's theme picker)
  // and the viewport in place, so each page loads once, not three times.
  for (const path of [...CONTENT_PAGES, ...PRINT_PAGES, NOT_FOUND_PAGE]) {
    test.describe(path, () => {
      test.describe.configure({ mode: 'default' });
      for (const mode of modes) {
        test.describe(`in the ${mode.name}`, () => {
          test.use({ viewport: mode.viewport });
          test('zero violations', async ({ sharedPage: page, health }) => {
            if (page.url() !== new URL(path, ORIGIN).href) {
              if (path === NOT_FOUND_PAGE) health.allowHttp(404, (url) => url.endsWith(path), 'the address has no page');
              await page.goto(path, { waitUntil: 'load' });
            }
            await showTheme(page, mode.theme);
            await expect(page.locator('html')).toHaveAttribute('data-theme', mode.theme);
            expect(await axeViolations(page)).toEqual([]);
          });
        });
      }
    });
  }

  test('the open search dialog with results has no violations', async ({ page, search }) => {
    await page.goto(sitePath('/'));
    await search.search('Kinesis');
    await expect(search.results.first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('widgets showing errors and notes have no violations', async ({ page, kinesis }) => {
    await kinesis.open('?rate=oops');
    await kinesis.type('Average record size (KB)', 'abc');
    await expect(kinesis.error('size')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});
