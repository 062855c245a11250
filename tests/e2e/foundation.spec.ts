import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { BASE_PATH, sitePath } from './support/env';
import { expect, test } from './support/test';

test.describe('foundation', () => {
  // No errors: the page health fixture checks every test.
  test('home page loads under the base path with no errors and no link that forgets the base', async ({ page }) => {
    const response = await page.goto(sitePath('/'));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('AWS Data Engineering');
    await page.waitForLoadState('networkidle');

    const localUrls = await page.evaluate(() =>
      [
        ...[...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
        ...[...document.querySelectorAll('link[href]')].map((l) => l.getAttribute('href') ?? ''),
        ...[...document.querySelectorAll('script[src], img[src]')].map((s) => s.getAttribute('src') ?? ''),
      ].filter((url) => url.startsWith('/') && !url.startsWith('//')),
    );
    expect(localUrls.length).toBeGreaterThan(5);
    expect(localUrls.filter((url) => !url.startsWith(BASE_PATH))).toEqual([]);
  });

  test('every sidebar link on the home page resolves under the base path', async ({ page, request }) => {
    await page.goto(sitePath('/start-here/how-to-use-this-site/'));
    const hrefs = await page.locator('nav[aria-label="Main"] a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of new Set(hrefs)) {
      expect(href.startsWith(BASE_PATH), href).toBe(true);
      expect((await request.get(href)).status(), href).toBe(200);
    }
  });

  test('the island renders on the server, then hydrates and reacts to input', async ({ page, browser, health }) => {
    // Without JavaScript the server-rendered island is there, with its static text.
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    health.watch(noJs);
    const staticPage = await noJs.newPage();
    await staticPage.goto(sitePath('/test-fixtures/island/'));
    await expect(staticPage.getByTestId('probe')).toHaveAttribute('data-hydrated', 'false');
    await expect(staticPage.getByTestId('probe-echo')).toHaveText('You typed 3 characters: ABC');
    await noJs.close();

    await page.goto(sitePath('/test-fixtures/island/'));
    const probe = page.getByTestId('probe');
    await expect(probe).toHaveAttribute('data-hydrated', 'true');
    await page.getByLabel('Type something').fill('kinesis');
    await expect(page.getByTestId('probe-echo')).toHaveText('You typed 7 characters: KINESIS');
  });

  test('the fixture page is kept out of the sitemap, the sidebar and search', async ({ page, request }) => {
    const sitemap = await (await request.get(sitePath('/sitemap-0.xml'))).text();
    expect(sitemap).toContain(`${BASE_PATH}start-here/how-to-use-this-site/`);
    expect(sitemap).not.toContain('test-fixtures');
    await page.goto(sitePath('/test-fixtures/island/'));
    await expect(page.locator('nav[aria-label="Main"] a[href*="test-fixtures"]')).toHaveCount(0);
    await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  });

  test('the test fixtures are built for the tests only: a production build has none', async ({ request }) => {
    test.setTimeout(300_000);
    // The test build (SITE_TEST_FIXTURES=1, set by playwright.config.ts) serves the fixture …
    expect((await request.get(sitePath('/test-fixtures/island/'))).status()).toBe(200);
    // … and `npm run build` with the environment a deploy has (no test variables) leaves it out.
    const outDir = mkdtempSync(join(tmpdir(), 'prod-build-'));
    try {
      const env = Object.fromEntries(
        Object.entries(process.env).filter(([name]) => !['SITE_TEST_FIXTURES', 'BASE_PATH', 'SITE_URL', 'OUT_DIR'].includes(name)),
      );
      const build = spawnSync('npm', ['run', 'build'], { env: { ...env, OUT_DIR: outDir }, encoding: 'utf8', timeout: 280_000 });
      expect(build.status, build.stderr).toBe(0);
      const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' });
      expect(files).toContain('index.html');
      expect(files).toContain(join('start-here', 'how-to-use-this-site', 'index.html'));
      expect(files.filter((file) => /fixture/i.test(file))).toEqual([]);
      expect(existsSync(join(outDir, 'test-fixtures'))).toBe(false);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  test('an unknown path gets the 404 page', async ({ page, health }) => {
    health.allowHttp(404, (url) => url.endsWith('/no-such-page/'), 'the address has no page');
    const response = await page.goto(sitePath('/no-such-page/'));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'home page' })).toHaveAttribute('href', BASE_PATH);
  });
});
