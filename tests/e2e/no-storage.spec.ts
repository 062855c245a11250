import type { Page } from '@playwright/test';

import { sitePath } from './support/env';
import { expect, test } from './support/test';

/**
 * With storage blocked (some privacy settings make `localStorage` throw, either on access or on every call), the
 * site still works: the theme follows the system, the theme picker switches it for the page view, the flashcards
 * say their progress is not kept, and nothing writes to the console (the page health fixture checks that).
 */

const BLOCKERS = {
  // Chromium with cookies blocked for the site: reading `window.localStorage` itself throws.
  'reading localStorage throws': () => {
    for (const name of ['localStorage', 'sessionStorage'] as const) {
      Object.defineProperty(window, name, {
        configurable: true,
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    }
  },
  // Storage is there, but every call to it throws.
  'every localStorage call throws': () => {
    for (const method of ['getItem', 'setItem', 'removeItem', 'clear', 'key'] as const) {
      Object.defineProperty(Storage.prototype, method, {
        configurable: true,
        value() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    }
  },
} as const;

async function themeSelect(page: Page) {
  // The header's picker (the mobile menu has a second one, hidden at this size).
  const select = page.getByRole('combobox', { name: 'Select theme' });
  await expect(select).toHaveCount(1);
  return select;
}

for (const [name, blocker] of Object.entries(BLOCKERS)) {
  test.describe(`with storage blocked (${name})`, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript(blocker);
    });

    test('the theme follows the system, and the picker switches it for the page view', async ({ page }) => {
      const html = page.locator('html');
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(sitePath('/'));
      // The blocker really is in place.
      const reach = () => {
        try {
          window.localStorage.getItem('x');
          return 'works';
        } catch {
          return 'throws';
        }
      };
      expect(await page.evaluate(reach)).toBe('throws');
      await expect(html).toHaveAttribute('data-theme', 'light');
      const select = await themeSelect(page);
      await expect(select).toHaveValue('auto');

      await select.selectOption('dark');
      await expect(html).toHaveAttribute('data-theme', 'dark');
      await select.selectOption('light');
      await expect(html).toHaveAttribute('data-theme', 'light');
      // Back to the system's choice, which the page follows while it changes.
      await select.selectOption('auto');
      await expect(html).toHaveAttribute('data-theme', 'light');
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect(html).toHaveAttribute('data-theme', 'dark');
      // A choice made here lasts for the page view: the system changing does not override "Light".
      await select.selectOption('light');
      await page.emulateMedia({ colorScheme: 'light' });
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect(html).toHaveAttribute('data-theme', 'light');
      await expect(select).toHaveValue('light');
    });

    test('a dark system starts dark; the flashcards work and say their progress is not kept', async ({ page, flashcards }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await flashcards.open();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      const problem = flashcards.hook('store-problem');
      await expect(problem).toContainText('does not let the page store data');
      await expect(problem).not.toContainText('full');
      await flashcards.deck('Amazon Kinesis Video Streams').check();
      await flashcards.card.getByRole('button', { name: 'Show answer' }).click();
      await flashcards.card.getByRole('button', { name: '4 Well' }).click();
      await expect(flashcards.lastRating).toContainText('Rated 4 (Well)');
      await expect(flashcards.progress('kinesis-video-streams')).toHaveAttribute('data-learned', '1');
      await expect(problem).toContainText('does not let the page store data');
    });
  });
}

test("with storage available, the picked theme is stored and kept on the next page, as with Starlight's picker", async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(sitePath('/'));
  await (await themeSelect(page)).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => window.localStorage.getItem('starlight-theme'))).toBe('dark');
  await page.goto(sitePath('/review/flashcards/'));
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(await themeSelect(page)).toHaveValue('dark');
  await (await themeSelect(page)).selectOption('auto');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await page.evaluate(() => window.localStorage.getItem('starlight-theme'))).toBe('');
});
