/**
 * The browser half of `npm run bench`, against `astro preview` of the bench's build (see playwright.config.ts here).
 * It records figures and asserts no time; it only fails when something does not work (no result, no hydration).
 * - Page weight: what every page (sitemap and print documents) loads in a fresh browser up to network idle, gzip -9
 *   of each body by type, as the budget test counts it; its article; and the widget code it loads when the reader
 *   reaches for its islands (`client:intent`).
 * - Search: Ctrl+K, typing a query, first result link; cold in a fresh context, warm as a second query.
 * - Hydration of each tool page's island, from the pointer over it to `data-hydrated="true"`; cold and after reload.
 * Times come from performance.now() in the page: an init script watches the DOM. Each test writes BENCH_OUT/<name>.json.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { expect, test, type Browser, type Page } from '@playwright/test';

import { BASE_PATH, chromiumLaunchOptions } from '../e2e/support/env';
import { sectionPrintPaths, sitemapPaths } from '../e2e/support/sitemap';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const QUERIES = { cold: 'FindMatches', warm: 'ShardedByS3Key' };
const save = (name: string, data: unknown) => writeFileSync(join(process.env['BENCH_OUT'] ?? '.', `${name}.json`), JSON.stringify(data));
const gzip = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

interface Bench {
  marks: Record<string, number>;
  arm: () => number;
}

/** Installed before any page script: `result` (first search result after arm()), `hydrated:<id>`, `intent:<id>`. */
function observe() {
  const marks: Record<string, number> = {};
  let armed = false;
  const check = () => {
    const now = performance.now();
    if (armed && document.querySelector('.pagefind-ui__result-link')) {
      marks['result'] = now;
      armed = false;
    }
    for (const island of document.querySelectorAll('[data-testid][data-hydrated="true"]'))
      marks[`hydrated:${island.getAttribute('data-testid')}`] ??= now;
  };
  const arm = () => {
    delete marks['result'];
    armed = true;
    check();
    return performance.now();
  };
  (window as unknown as { __bench: Bench }).__bench = { marks, arm };
  const onPointer = (event: Event) => {
    const island = event.target instanceof Element ? event.target.closest('[data-testid][data-hydrated]') : null;
    if (island) marks[`intent:${island.getAttribute('data-testid')}`] ??= performance.now();
  };
  document.addEventListener('pointerover', onPointer, { capture: true });
  // Search is usable once the custom element around the search root is defined (the Pagefind UI loads on first use).
  document.addEventListener('DOMContentLoaded', () => {
    let host = document.querySelector('#starlight__search')?.parentElement;
    while (host && !host.localName.includes('-')) host = host.parentElement;
    if (host) void customElements.whenDefined(host.localName).then(() => (marks['searchDefined'] ??= performance.now()));
  });
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-hydrated'] });
}

async function freshPage(browser: Browser) {
  const context = await browser.newContext();
  await context.addInitScript(observe);
  return { context, page: await context.newPage() };
}

const mark = (page: Page, key: string) => page.evaluate((k) => (window as unknown as { __bench: Bench }).__bench.marks[k], key);
const arm = (page: Page) => page.evaluate(() => (window as unknown as { __bench: Bench }).__bench.arm());
async function waitMark(page: Page, key: string): Promise<number> {
  const handle = await page.waitForFunction((k) => (window as unknown as { __bench: Bench }).__bench.marks[k], key, { polling: 50, timeout: 30_000 });
  return Number(await handle.jsonValue());
}

interface Group {
  requests: number;
  raw: number;
  gzip: number;
}
interface Load {
  kind: 'html' | 'css' | 'js' | 'other';
  raw: number;
  gzip: number;
}
const kinds = { document: 'html', stylesheet: 'css', script: 'js' } as const;
function sum(loads: Load[], kind?: Load['kind']): Group {
  const picked = loads.filter((load) => !kind || load.kind === kind);
  return { requests: picked.length, raw: picked.reduce((n, l) => n + l.raw, 0), gzip: picked.reduce((n, l) => n + l.gzip, 0) };
}

/** What a page loads up to network idle, and then when the reader reaches for each client:intent island. */
async function weigh(browser: Browser, path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const loads: Load[] = [];
  const pending: Array<Promise<void>> = [];
  page.on('response', (response) => {
    const kind = kinds[response.request().resourceType() as keyof typeof kinds] ?? 'other';
    // Redirects have no body.
    pending.push(
      response.body().then(
        (body) => void loads.push({ kind, raw: body.length, gzip: gzip(body) }),
        () => undefined,
      ),
    );
  });
  const html = await (await page.goto(path, { waitUntil: 'networkidle' }))?.text();
  await Promise.all(pending);
  const upFront = loads.splice(0);
  const islands = page.locator('astro-island[client="intent"]');
  for (let i = 0; i < (await islands.count()); i++) await islands.nth(i).dispatchEvent('pointerover');
  await expect(page.locator('astro-island[client="intent"][ssr]')).toHaveCount(0, { timeout: 30_000 }); // Astro drops `ssr` once hydrated
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await context.close();
  const article = /<div class="sl-markdown-content">[\s\S]*<\/div>\s*<footer/.exec(html ?? '')?.[0] ?? '';
  expect(article.length, `${path} has an article`).toBeGreaterThan(500);
  const groups = { html: sum(upFront, 'html'), css: sum(upFront, 'css'), js: sum(upFront, 'js'), other: sum(upFront, 'other') };
  return { page: path.slice(BASE_PATH.length) || '/', ...groups, total: sum(upFront), article: gzip(article), onUse: sum(loads) };
}

test('page weight of every page', async ({ browser, request }) => {
  const paths = [...new Set([...(await sitemapPaths(request)), ...sectionPrintPaths()])];
  const pages = [];
  for (const path of paths) pages.push(await weigh(browser, path));
  expect(pages.length).toBeGreaterThan(40);
  save(
    'weights',
    pages.sort((a, b) => b.total.gzip - a.total.gzip),
  );
});

test('search: time to the first result, cold and warm', async ({ browser }) => {
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    const { context, page } = await freshPage(browser);
    await page.goto(BASE_PATH, { waitUntil: 'load' });
    const ready = await waitMark(page, 'searchDefined');
    const dialog = page.getByRole('dialog', { name: 'Search' });
    const box = dialog.getByRole('textbox', { name: 'Search' });
    const first = dialog.locator('.pagefind-ui__result-link').first();
    const coldStart = await arm(page);
    await page.keyboard.press('Control+k');
    await box.fill(QUERIES.cold);
    const cold = (await waitMark(page, 'result')) - coldStart;
    const coldFirst = await first.getAttribute('href');
    await box.fill('');
    await expect(dialog.locator('.pagefind-ui__result-link')).toHaveCount(0);
    const warmStart = await arm(page);
    await box.fill(QUERIES.warm);
    const warm = (await waitMark(page, 'result')) - warmStart;
    runs.push({ ready, cold, warm, coldFirst, warmFirst: await first.getAttribute('href') });
    await context.close();
  }
  save('search', {
    browser: `Chromium ${browser.version()} (${chromiumLaunchOptions().executablePath ?? "Playwright's own"})`,
    queries: QUERIES,
    runs,
  });
});

/** From the pointer over the island (once the page is idle) to hydrated; from navigation start if it needs none. */
async function hydrationTime(page: Page, testId: string) {
  await page.waitForLoadState('networkidle');
  if ((await mark(page, `hydrated:${testId}`)) !== undefined) return { trigger: 'page load', ms: await waitMark(page, `hydrated:${testId}`) };
  await page.mouse.move(0, 0);
  await page.locator(`[data-testid="${testId}"]`).first().hover();
  const done = await waitMark(page, `hydrated:${testId}`);
  return { trigger: 'pointer over the island', ms: done - (await waitMark(page, `intent:${testId}`)) };
}

test('island hydration on the tool pages, cold and after a reload', async ({ browser, request }) => {
  const islands = [];
  for (const path of (await sitemapPaths(request)).filter((p) => p.startsWith(`${BASE_PATH}tools/`))) {
    const runs = [];
    let testId: string | null = null;
    for (let run = 0; run < RUNS; run++) {
      const { context, page } = await freshPage(browser);
      await page.goto(path, { waitUntil: 'commit' });
      testId ??= await page.locator('astro-island [data-testid][data-hydrated]').first().getAttribute('data-testid', { timeout: 10_000 });
      if (!testId) break;
      const cold = await hydrationTime(page, testId);
      const timing = await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.toJSON() as Record<string, number>);
      await page.reload({ waitUntil: 'commit' });
      const warm = await hydrationTime(page, testId);
      runs.push({
        trigger: cold.trigger,
        cold: cold.ms,
        warm: warm.ms,
        domContentLoaded: timing['domContentLoadedEventEnd'],
        load: timing['loadEventEnd'],
      });
      await context.close();
    }
    if (testId) islands.push({ testId, page: path.slice(BASE_PATH.length), runs });
  }
  expect(islands.length).toBeGreaterThan(0);
  save('hydration', islands);
});
