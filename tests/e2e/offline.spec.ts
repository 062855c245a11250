import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import type { Page } from '@playwright/test';

import { OFFLINE_KEY } from '~/libs/offline/setting';
import { writeServiceWorker } from '~/libs/offline/service-worker';

import { BASE_PATH, PORT, sitePath } from './support/env';
import { serveFolder } from './support/static-server';
import { rateFirstVideoCard } from './support/study-data';
import { expect, test } from './support/test';

/** The build the test server serves (playwright.config.ts). */
const BUILD = join(process.cwd(), `dist-test-${String(PORT)}`);

/** Waits until the service worker has installed (the whole offline copy is downloaded) and controls the page. */
async function offlineReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

/** The precache list in the built service worker: every URL Workbox keeps, with its revision. */
function precachedUrls(folder: string): string[] {
  return [...readFileSync(join(folder, 'sw.js'), 'utf8').matchAll(/url:"([^"]+)"/g)].map((match) => match[1] ?? '');
}

test.describe('the site offline (issue 16)', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit, with no network: a page never visited, a search, a tool and a flashcard all work', async ({
    page,
    context,
    search,
    kinesis,
    flashcards,
  }) => {
    await page.goto(sitePath('/'));
    await offlineReady(page);
    await context.setOffline(true);

    await page.goto(sitePath('/storage/amazon-s3/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Amazon S3');

    await search.search('shard');
    await expect(search.results.first()).toBeVisible();
    await expect(search.results.first()).toHaveAttribute('href', new RegExp(`^${BASE_PATH}`));

    // 3 KB x 2,000/s with 2 consumers: write 6,000/1,024 = 5.86 and read 12,000/2,048 = 5.86, so 6 shards.
    await kinesis.open('?size=3&rate=2000&consumers=2');
    await expect(kinesis.root.getByTestId('shard-count')).toHaveAttribute('data-shards', '6');

    const root = await rateFirstVideoCard(flashcards);
    await expect(root.getByTestId('queue')).toBeVisible();
    expect(await flashcards.raw()).toContain('"rating":4');
  });

  test('with no network, an address the offline copy does not hold gets the site’s 404 page', async ({ page, context, health }) => {
    health.allowFailure(
      'net::ERR_INTERNET_DISCONNECTED',
      /\/no-such-page\/$/,
      'the service worker tries the network first, then answers with the 404 page',
    );
    await page.goto(sitePath('/'));
    await offlineReady(page);
    await context.setOffline(true);
    await page.goto(sitePath('/no-such-page/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });

  test('the dashboard’s switch removes the offline copy and keeps progress; turned on again, it comes back', async ({ page }) => {
    await page.goto(sitePath('/review/dashboard/'));
    await offlineReady(page);
    const section = page.getByTestId('dashboard-offline');
    const toggle = section.getByRole('checkbox', { name: 'Keep this site offline in this browser' });
    await expect(toggle).toBeChecked();
    await expect(section.getByTestId('offline-state')).toHaveAttribute('data-state', 'saved');
    // The size the build wrote (offline.json), as the dashboard says it.
    const summary = JSON.parse(readFileSync(join(BUILD, 'offline.json'), 'utf8')) as { files: number; bytes: number };
    await expect(section).toContainText(`in ${String(summary.files)} files`);
    await page.evaluate(() => localStorage.setItem('aws-ml-study:study-plan:v1', JSON.stringify({ version: 1, exam: 'dea-c01' })));

    await toggle.uncheck();
    await expect(section.getByTestId('offline-state')).toHaveAttribute('data-state', 'none');
    await expect(section.getByTestId('offline-status')).toHaveText(/removed from this browser/);
    expect(await page.evaluate(() => caches.keys())).toEqual([]);
    expect(await page.evaluate((key) => localStorage.getItem(key), OFFLINE_KEY)).toBe(JSON.stringify({ version: 1, keepOffline: false }));
    await page.reload();
    await expect(page.getByTestId('dashboard-offline').getByRole('checkbox')).not.toBeChecked();
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((all) => all.length))).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('aws-ml-study:study-plan:v1'))).toContain('dea-c01');

    await page.getByTestId('dashboard-offline').getByRole('checkbox').check();
    await expect(page.getByTestId('offline-state')).toHaveAttribute('data-state', 'saved');
    expect(await page.evaluate(() => caches.keys())).not.toEqual([]);
  });

  test('a new version is offered, not forced; accepted, the page reloads into it, never a stale copy; progress is kept', async ({
    browser,
  }, testInfo) => {
    testInfo.setTimeout(120_000);
    // A copy of the build on a server of its own, so the test can deploy a "new version" into it.
    const folder = mkdtempSync(join(tmpdir(), 'offline-site-'));
    cpSync(BUILD, folder, { recursive: true });
    const server = await serveFolder(folder, BASE_PATH);
    const context = await browser.newContext({ serviceWorkers: 'allow', baseURL: `${server.origin}${BASE_PATH}` });
    const problems: string[] = [];
    try {
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      const home = `${server.origin}${BASE_PATH}`;
      await page.goto(home);
      await offlineReady(page);
      await page.evaluate(() => localStorage.setItem('aws-ml-study:flashcards:v1', '{"kept":"as it was"}'));
      const title = page.getByRole('heading', { level: 1 }).first();
      const before = await page.locator('main').innerText();

      // Deploy: change the home page, then build the service worker again over the changed site.
      const index = join(folder, 'index.html');
      writeFileSync(index, readFileSync(index, 'utf8').replace('</main>', '<p data-testid="new-version">Version two</p></main>'));
      await writeServiceWorker(folder, BASE_PATH);

      // The open tab is not changed under the reader; a navigation finds the new worker, which waits and is offered.
      await page.reload();
      await expect(page.getByText('A new version of this site is ready.')).toBeVisible({ timeout: 30_000 });
      await expect(page.getByRole('status').filter({ hasText: 'new version' })).toHaveText(/Reload now/);
      await expect(page.getByTestId('new-version')).toHaveCount(0); // still the old copy until the reader agrees
      expect(await page.locator('main').innerText()).toContain(before.slice(0, 40));

      await page.getByRole('button', { name: 'Reload now' }).click();
      await expect(page.getByTestId('new-version')).toHaveText('Version two');
      await expect(title).toBeVisible();
      await expect(page.getByText('A new version of this site is ready.')).toBeHidden();
      // Served from the new copy offline as well, and progress untouched.
      await context.setOffline(true);
      await page.goto(home);
      await expect(page.getByTestId('new-version')).toHaveText('Version two');
      expect(await page.evaluate(() => localStorage.getItem('aws-ml-study:flashcards:v1'))).toBe('{"kept":"as it was"}');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

test('the offline copy costs at most the budget in budgets.json, and holds no PDF, print-only or test-only file', () => {
  const { offline } = JSON.parse(readFileSync(new URL('../budgets.json', import.meta.url), 'utf8')) as {
    offline: { maxBytes: number; maxGzipBytes: number };
  };
  const urls = precachedUrls(BUILD);
  expect(urls.length).toBeGreaterThan(100);
  const files = urls.map((url) => join(BUILD, url.slice(BASE_PATH.length)));
  const bytes = files.reduce((sum, file) => sum + readFileSync(file).length, 0);
  const gzipBytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
  console.log(`offline copy: ${String(urls.length)} files, ${String(bytes)} bytes stored, ${String(gzipBytes)} gzip bytes to download`);
  expect(bytes).toBeLessThanOrEqual(offline.maxBytes);
  expect(gzipBytes).toBeLessThanOrEqual(offline.maxGzipBytes);
  expect(urls.every((url) => url.startsWith(BASE_PATH))).toBe(true);
  expect(urls.filter((url) => /\.pdf$|\/test-fixtures\/|\/book\//.test(url))).toEqual([]);
  // What a page needs is in it: the home page, a topic page, the search UI, index and WebAssembly, a question bank.
  for (const needed of [
    'index.html',
    'storage/amazon-s3/index.html',
    'pagefind/pagefind-ui.js',
    'pagefind/pagefind-entry.json',
    'study/mock-exams/dea-c01.json',
  ]) {
    expect(urls, needed).toContain(`${BASE_PATH}${needed}`);
  }
  expect(urls.some((url) => url.endsWith('.pagefind'))).toBe(true);
});

test('the site can be installed: every page links a web app manifest whose name, colours, scope and icons are right', async ({ page, request }) => {
  await page.goto(sitePath('/storage/amazon-s3/'));
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe(`${BASE_PATH}manifest.webmanifest`);
  const manifestUrl = new URL(href ?? '', page.url());
  const manifest = (await (await request.get(manifestUrl.href)).json()) as {
    name: string;
    short_name: string;
    start_url: string;
    scope: string;
    display: string;
    theme_color: string;
    background_color: string;
    icons: Array<{ src: string; sizes: string; type: string; purpose: string }>;
  };
  expect(manifest.name).toBe('AWS Data Engineering for ML');
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  expect(manifest.display).toBe('standalone');
  // Relative to the manifest, so the app's start and scope are the site under its base path.
  expect(new URL(manifest.start_url, manifestUrl).pathname).toBe(BASE_PATH);
  expect(new URL(manifest.scope, manifestUrl).pathname).toBe(BASE_PATH);
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  expect(await page.locator('meta[name="theme-color"]').getAttribute('content')).toBe(manifest.theme_color);
  // Each icon is a PNG of the size it claims (read from its header); 192 and 512 for any use, 512 maskable.
  for (const icon of manifest.icons) {
    const response = await request.get(new URL(icon.src, manifestUrl).href);
    expect(response.status(), icon.src).toBe(200);
    const png = await response.body();
    expect(png.subarray(1, 4).toString('latin1'), icon.src).toBe('PNG');
    expect(`${String(png.readUInt32BE(16))}x${String(png.readUInt32BE(20))}`, icon.src).toBe(icon.sizes);
  }
  expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
});
