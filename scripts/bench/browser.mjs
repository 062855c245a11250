// @ts-check
/**
 * Browser measurements against `astro preview` of a build: what each page loads up to network idle, time to the
 * first search result (cold in a fresh context, warm as a second query in the same page) and island hydration.
 * Times are taken inside the page with performance.now(): a MutationObserver installed before any page script
 * records the moment the search UI, a result link or a hydrated island appears.
 */
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { performance } from 'node:perf_hooks';

import { gzipSize, messageOf, sleep, startBackground, stats, stopGroup, stripAnsi } from './lib.mjs';

/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {import('playwright-core').BrowserContext} BrowserContext */
/** @typedef {import('playwright-core').Page} Page */

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';
export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * @typedef {object} Preview
 * @property {string} origin e.g. http://127.0.0.1:4390
 * @property {number} pid
 * @property {() => Promise<void>} stop
 */

/**
 * Whether nothing listens on host:port yet (so the numbers cannot come from someone else's server).
 * @param {string} host
 * @param {number} port
 * @returns {Promise<boolean>}
 */
function portIsFree(host, port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/**
 * The HTTP status of a GET, or 0 when nothing answers in time.
 * @param {string} url
 * @param {number} timeoutMs
 * @returns {Promise<number>}
 */
function httpStatus(url, timeoutMs) {
  return new Promise((resolve) => {
    const request = http.get(url, { timeout: timeoutMs }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(0));
  });
}

/**
 * Starts `npx astro preview` in `dir` and waits until it serves the home page.
 * @param {object} options
 * @param {string} options.dir
 * @param {string} options.basePath
 * @param {string} options.host
 * @param {number} options.port
 * @param {number} options.timeoutMs
 * @param {string} options.logFile
 * @returns {Promise<Preview>}
 */
export async function startPreview({ dir, basePath, host, port, timeoutMs, logFile }) {
  if (!(await portIsFree(host, port))) throw new Error(`port ${port} on ${host} is already in use; stop whatever listens there`);
  const server = startBackground('npx', ['astro', 'preview', '--ignore-lock', '--host', host, '--port', String(port)], {
    cwd: dir,
    env: { ...process.env, BASE_PATH: basePath, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    logFile,
  });
  const pid = server.pid;
  if (pid === undefined) throw new Error(`could not start astro preview: ${server.output()}`);
  const stop = () => stopGroup(pid);
  const origin = `http://${host}:${port}`;
  const deadline = performance.now() + timeoutMs;
  try {
    for (;;) {
      const exited = server.exited();
      if (exited) {
        throw new Error(`astro preview exited (${exited.code ?? exited.signal}):\n${stripAnsi(server.output()).trim().split('\n').slice(-10).join('\n')}`);
      }
      // Astro may pick another port if this one is taken after all: believe what it prints.
      const printed = /https?:\/\/(?:127\.0\.0\.1|localhost):(\d+)/.exec(stripAnsi(server.output()));
      if (printed && Number(printed[1]) !== port) throw new Error(`astro preview listens on port ${printed[1]}, not ${port}`);
      if ((await httpStatus(`${origin}${basePath}`, 2000)) === 200) return { origin, pid, stop };
      if (performance.now() > deadline) throw new Error(`astro preview did not answer within ${Math.round(timeoutMs / 1000)} s`);
      await sleep(250);
    }
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Launches Chromium: Debian's /usr/bin/chromium through playwright-core when it exists, else Playwright's own.
 * @returns {Promise<{ browser: Browser; description: string }>}
 */
export async function launchBrowser() {
  /** @type {typeof import('playwright-core')} */
  let playwright;
  let library = 'playwright-core';
  try {
    playwright = await import('playwright-core');
  } catch {
    library = '@playwright/test';
    playwright = /** @type {typeof import('playwright-core')} */ (/** @type {unknown} */ (await import('@playwright/test')));
  }
  const system = fs.existsSync(SYSTEM_CHROMIUM);
  const browser = await playwright.chromium.launch({
    args: LAUNCH_ARGS,
    timeout: 60_000,
    ...(system ? { executablePath: SYSTEM_CHROMIUM } : {}),
  });
  return { browser, description: `${system ? SYSTEM_CHROMIUM : "Playwright's Chromium"} ${browser.version()} via ${library}` };
}

/**
 * Installed before any page script: records in `window.__bench` when the search input is attached, when a search
 * result link appears (after `__bench.armResults()`), and when each `[data-testid]` island gets data-hydrated="true".
 */
function installObserver() {
  /** @type {BenchGlobal} */
  const bench = {
    marks: {},
    searchHost: undefined,
    armed: false,
    armResults() {
      delete bench.marks['result'];
      bench.armed = true;
      check();
    },
    resultCount: () => document.querySelectorAll('.pagefind-ui__result-link').length,
  };
  const check = () => {
    const now = window.performance.now();
    const marks = bench.marks;
    if (marks['searchReady'] === undefined && document.querySelector('#starlight__search input')) marks['searchReady'] = now;
    if (bench.armed && document.querySelector('.pagefind-ui__result-link')) {
      marks['result'] = now;
      bench.armed = false;
    }
    for (const element of document.querySelectorAll('[data-testid][data-hydrated="true"]')) {
      const key = `hydrated:${element.getAttribute('data-testid')}`;
      if (marks[key] === undefined) marks[key] = now;
    }
  };
  // The first pointer over an island (client:intent hydrates on it): `intent:<testId>`.
  document.addEventListener(
    'pointerover',
    (event) => {
      const island = event.target instanceof window.Element ? event.target.closest('[data-testid][data-hydrated]') : null;
      const key = island ? `intent:${island.getAttribute('data-testid')}` : undefined;
      if (key && bench.marks[key] === undefined) bench.marks[key] = window.performance.now();
    },
    { capture: true },
  );
  // The custom element around the search root (Starlight's <site-search> or an override): when it is defined, the
  // shortcut works, even where the Pagefind UI itself is only loaded on first use.
  document.addEventListener('DOMContentLoaded', () => {
    let host = document.querySelector('#starlight__search')?.parentElement;
    while (host && !host.localName.includes('-')) host = host.parentElement;
    if (!host) return;
    bench.searchHost = host.localName;
    void window.customElements.whenDefined(host.localName).then(() => {
      bench.marks['searchDefined'] ??= window.performance.now();
    });
  });
  Object.defineProperty(window, '__bench', { value: bench });
  new window.MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-hydrated'],
  });
}

/**
 * @typedef {{
 *   marks: Record<string, number>;
 *   searchHost: string | undefined;
 *   armed: boolean;
 *   armResults: () => void;
 *   resultCount: () => number;
 * }} BenchGlobal
 */

/**
 * @param {Page} page
 * @returns {Promise<Record<string, number>>}
 */
function readMarks(page) {
  return page.evaluate(() => ({ .../** @type {{ __bench: BenchGlobal }} */ (/** @type {unknown} */ (window)).__bench.marks }));
}

/**
 * @param {Page} page
 */
function navigationTiming(page) {
  return page.evaluate(() => {
    const entry = /** @type {PerformanceNavigationTiming | undefined} */ (window.performance.getEntriesByType('navigation')[0]);
    return {
      responseEnd: entry?.responseEnd ?? NaN,
      domContentLoaded: entry?.domContentLoadedEventEnd ?? NaN,
      load: entry?.loadEventEnd ?? NaN,
    };
  });
}

/**
 * @param {Browser} browser
 * @returns {Promise<{ context: BrowserContext; page: Page }>}
 */
async function freshPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(30_000);
  context.setDefaultNavigationTimeout(30_000);
  await context.addInitScript(installObserver);
  const page = await context.newPage();
  return { context, page };
}

/**
 * @typedef {object} LoadedGroup
 * @property {number} requests
 * @property {number} raw
 * @property {number} gzip
 */

/**
 * @typedef {object} LoadedPage
 * @property {string} page
 * @property {LoadedGroup} html
 * @property {LoadedGroup} css
 * @property {LoadedGroup} js
 * @property {LoadedGroup} other images, fonts, JSON, Pagefind files, ...
 * @property {LoadedGroup} total
 * @property {{ url: string; type: string; raw: number }[]} responses
 */

/**
 * Everything one page loads in a fresh context until the network has been idle for 500 ms.
 * @param {Browser} browser
 * @param {string} url
 * @param {string} page label
 * @returns {Promise<LoadedPage>}
 */
export async function loadedPageWeight(browser, url, page) {
  const { context, page: tab } = await freshPage(browser);
  try {
    /** @type {Promise<{ url: string; type: string; body: Buffer | undefined }>[]} */
    const pending = [];
    tab.on('response', (response) => {
      pending.push(
        response.body().then(
          (body) => ({ url: response.url(), type: response.request().resourceType(), body }),
          () => ({ url: response.url(), type: response.request().resourceType(), body: undefined }),
        ),
      );
    });
    await tab.goto(url, { waitUntil: 'networkidle' });
    // The search UI is imported when the browser is idle; give it a moment, then wait for quiet again.
    await sleep(500);
    await tab.waitForLoadState('networkidle');
    const responses = await Promise.all(pending);
    const empty = () => ({ requests: 0, raw: 0, gzip: 0 });
    const groups = { html: empty(), css: empty(), js: empty(), other: empty(), total: empty() };
    for (const { url: responseUrl, type, body } of responses) {
      if (!body) continue;
      const path = new URL(responseUrl).pathname;
      const key =
        type === 'document' ? 'html' : type === 'stylesheet' || path.endsWith('.css') ? 'css' : type === 'script' || /\.m?js$/.test(path) ? 'js' : 'other';
      const gzip = gzipSize(body);
      for (const group of [groups[key], groups.total]) {
        group.requests++;
        group.raw += body.length;
        group.gzip += gzip;
      }
    }
    return {
      page,
      ...groups,
      responses: responses.map(({ url: responseUrl, type, body }) => ({ url: new URL(responseUrl).pathname, type, raw: body?.length ?? 0 })),
    };
  } finally {
    await context.close();
  }
}

/**
 * @typedef {object} SearchRun
 * @property {'pre-mounted' | 'on first use'} mode whether the Pagefind UI was mounted before the dialog opened
 * @property {number} searchReadyMs navigation start to the search input being attached (pre-mounted), or to the
 *   search element being defined (UI loaded on first use)
 * @property {number} coldMs Ctrl+K, typing the query, first result link (fresh context)
 * @property {number} warmMs clearing, typing a second query, its first result link (same page)
 * @property {string} coldFirst the first result's href
 * @property {string} warmFirst
 */

/**
 * @param {Page} page
 * @param {() => boolean} predicate
 * @param {number} timeout
 */
function waitInPage(page, predicate, timeout) {
  return page.waitForFunction(predicate, undefined, { timeout, polling: 50 });
}

/**
 * Waits for the result that `armResults` armed, and returns its time relative to `start`.
 * @param {Page} page
 * @param {number} start
 */
async function resultTime(page, start) {
  await waitInPage(page, () => /** @type {{ __bench: BenchGlobal }} */ (/** @type {unknown} */ (window)).__bench.marks['result'] !== undefined, 30_000);
  const marks = await readMarks(page);
  return /** @type {number} */ (marks['result']) - start;
}

/**
 * Waits until search can be used the way it is built in this commit. Starlight's own search mounts the Pagefind UI
 * when the browser is idle and Ctrl+K focuses its input once it exists: wait for the input. A search that loads the
 * UI on first use never has an input before that: wait until its element is defined.
 * @param {Page} page
 * @param {'pre-mounted' | 'on first use' | undefined} known the mode found by an earlier run
 * @returns {Promise<'pre-mounted' | 'on first use'>}
 */
async function waitForSearch(page, known) {
  const input = page.locator('#starlight__search input');
  if (known !== 'on first use') {
    try {
      await input.waitFor({ state: 'attached', timeout: known === 'pre-mounted' ? 30_000 : 8_000 });
      return 'pre-mounted';
    } catch (error) {
      if (known === 'pre-mounted') throw error;
    }
  }
  await waitInPage(page, () => /** @type {{ __bench: BenchGlobal }} */ (/** @type {unknown} */ (window)).__bench.marks['searchDefined'] !== undefined, 30_000);
  return 'on first use';
}

/**
 * One search measurement in a fresh context.
 * @param {Browser} browser
 * @param {string} homeUrl
 * @param {string} coldQuery
 * @param {string} warmQuery
 * @param {'pre-mounted' | 'on first use' | undefined} knownMode
 * @returns {Promise<SearchRun>}
 */
export async function searchRun(browser, homeUrl, coldQuery, warmQuery, knownMode) {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(homeUrl, { waitUntil: 'load' });
    const mode = await waitForSearch(page, knownMode);
    const readyMarks = await readMarks(page);
    const searchReadyMs = /** @type {number} */ (mode === 'pre-mounted' ? readyMarks['searchReady'] : readyMarks['searchDefined']);

    const arm = () =>
      page.evaluate(() => {
        const bench = /** @type {{ __bench: BenchGlobal }} */ (/** @type {unknown} */ (window)).__bench;
        bench.armResults();
        return window.performance.now();
      });
    const dialog = page.getByRole('dialog', { name: 'Search' });
    const box = dialog.getByRole('textbox', { name: 'Search' });
    const firstHref = async () => (await dialog.locator('.pagefind-ui__result-link').first().getAttribute('href')) ?? '';

    const coldStart = await arm();
    await page.keyboard.press('Control+k');
    await box.fill(coldQuery);
    const coldMs = await resultTime(page, coldStart);
    const coldFirst = await firstHref();

    // Warm: clear the box, wait until the old results are gone, then search again in the same page.
    await box.fill('');
    await waitInPage(page, () => /** @type {{ __bench: BenchGlobal }} */ (/** @type {unknown} */ (window)).__bench.resultCount() === 0, 10_000);
    const warmStart = await arm();
    await box.fill(warmQuery);
    const warmMs = await resultTime(page, warmStart);
    const warmFirst = await firstHref();
    return { mode, searchReadyMs, coldMs, warmMs, coldFirst, warmFirst };
  } finally {
    await context.close();
  }
}

/**
 * @typedef {object} HydrationRun
 * @property {number} coldMs trigger to data-hydrated="true", fresh context
 * @property {number} warmMs the same after a reload in the same context (HTTP cache warm)
 * @property {number} domContentLoadedMs cold
 * @property {number} loadMs cold
 * @property {'pointer over the island' | 'page load' | 'scrolled into view'} trigger what started hydration: a
 *   client:intent island waits for the reader (the pointer moves over it once the page is idle), client:load
 *   hydrates on its own, client:visible once scrolled to
 */

/**
 * Time for an island `[data-testid=testId]` to hydrate, cold and after a reload: from the pointer moving over it
 * (once the page is idle) for an island that waits for the reader, else from navigation start.
 * @param {Browser} browser
 * @param {string} url
 * @param {string} testId
 * @returns {Promise<HydrationRun>}
 */
export async function hydrationRun(browser, url, testId) {
  const { context, page } = await freshPage(browser);
  const island = page.locator(`[data-testid="${testId}"]`).first();
  const hydrated = page.locator(`[data-testid="${testId}"][data-hydrated="true"]`).first();
  /** @type {HydrationRun['trigger']} */
  let trigger = 'page load';
  /** @returns {Promise<number>} */
  const timeHydration = async () => {
    await page.waitForLoadState('networkidle');
    let marks = await readMarks(page);
    if (marks[`hydrated:${testId}`] === undefined) {
      await island.scrollIntoViewIfNeeded();
      await page.waitForTimeout(500);
      marks = await readMarks(page);
      if (marks[`hydrated:${testId}`] === undefined) {
        trigger = 'pointer over the island';
        await page.mouse.move(0, 0);
        await island.hover();
      } else {
        trigger = 'scrolled into view';
      }
    }
    await hydrated.waitFor({ state: 'attached', timeout: 20_000 });
    marks = await readMarks(page);
    const done = marks[`hydrated:${testId}`];
    if (done === undefined) throw new Error(`no hydration mark for ${testId}`);
    if (trigger !== 'pointer over the island') return done;
    const start = marks[`intent:${testId}`];
    if (start === undefined) throw new Error(`no pointer-over mark for ${testId}`);
    return done - start;
  };
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const coldMs = await timeHydration();
    const timing = await navigationTiming(page);
    await page.reload({ waitUntil: 'commit' });
    const warmMs = await timeHydration();
    return { coldMs, warmMs, domContentLoadedMs: timing.domContentLoaded, loadMs: timing.load, trigger };
  } finally {
    await context.close();
  }
}

/**
 * @typedef {object} BrowserOptions
 * @property {string} origin
 * @property {string} basePath
 * @property {number} runs
 * @property {{ cold: string; warm: string }} queries
 * @property {{ label: string; path: string }[]} weightPages
 * @property {{ testId: string; path: string }[]} widgets
 * @property {(message: string) => void} log
 */

/**
 * All browser measurements; each part records its own failure and the others go on.
 * @param {Browser} browser
 * @param {BrowserOptions} options
 */
export async function measureInBrowser(browser, options) {
  const url = (/** @type {string} */ path) => `${options.origin}${options.basePath}${path.replace(/^\//, '')}`;
  /** @type {string[]} */
  const errors = [];

  /** @type {{ label: string; page: string; result?: LoadedPage; error?: string }[]} */
  const pageWeights = [];
  for (const { label, path } of options.weightPages) {
    options.log(`browser: page weight of ${label}`);
    try {
      pageWeights.push({ label, page: path, result: await loadedPageWeight(browser, url(path), path) });
    } catch (error) {
      errors.push(`page weight ${path}: ${messageOf(error)}`);
      pageWeights.push({ label, page: path, error: messageOf(error) });
    }
  }

  /** @type {SearchRun[]} */
  const searchRuns = [];
  /** @type {string[]} */
  const searchErrors = [];
  for (let i = 0; i < options.runs; i++) {
    options.log(`browser: search run ${i + 1}/${options.runs}`);
    try {
      searchRuns.push(await searchRun(browser, url('/'), options.queries.cold, options.queries.warm, searchRuns[0]?.mode));
    } catch (error) {
      searchErrors.push(`run ${i + 1}: ${messageOf(error)}`);
    }
  }
  if (searchErrors.length) errors.push(...searchErrors.map((message) => `search ${message}`));
  const search = {
    mode: searchRuns[0]?.mode,
    coldQuery: options.queries.cold,
    warmQuery: options.queries.warm,
    searchReady: stats(searchRuns.map((run) => run.searchReadyMs)),
    cold: stats(searchRuns.map((run) => run.coldMs)),
    warm: stats(searchRuns.map((run) => run.warmMs)),
    coldFirstResult: searchRuns[0]?.coldFirst,
    warmFirstResult: searchRuns[0]?.warmFirst,
    errors: searchErrors,
  };

  const hydration = [];
  for (const widget of options.widgets) {
    /** @type {HydrationRun[]} */
    const runs = [];
    /** @type {string[]} */
    const widgetErrors = [];
    for (let i = 0; i < options.runs; i++) {
      options.log(`browser: hydration of ${widget.testId}, run ${i + 1}/${options.runs}`);
      try {
        runs.push(await hydrationRun(browser, url(widget.path), widget.testId));
      } catch (error) {
        widgetErrors.push(`run ${i + 1}: ${messageOf(error)}`);
      }
    }
    if (widgetErrors.length) errors.push(...widgetErrors.map((message) => `hydration ${widget.testId} ${message}`));
    hydration.push({
      testId: widget.testId,
      page: widget.path,
      cold: stats(runs.map((run) => run.coldMs)),
      warm: stats(runs.map((run) => run.warmMs)),
      domContentLoaded: stats(runs.map((run) => run.domContentLoadedMs).filter(Number.isFinite)),
      load: stats(runs.map((run) => run.loadMs).filter(Number.isFinite)),
      trigger: runs[0]?.trigger,
      errors: widgetErrors,
    });
  }
  return { pageWeights, search, hydration, errors };
}
