import { expect, test as base, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';

import { Health } from './health';
import { FlashcardsPage } from './page-objects/flashcards';
import { QuizPage } from './page-objects/quiz';
import { SearchDialog } from './page-objects/search';
import { WidgetPage } from './page-objects/widget';

export { expect };

interface Fixtures {
  /**
   * Runs on every test (auto): watches the test's browser context and fails the test if any page in it logged a
   * console error or warning, threw, got a response of 400 or more, failed a request, asked another origin or
   * opened a dialog. A test that causes an error on purpose says so first, narrowly: `health.allowHttp(404, url,
   * why)` or `health.allowConsole('error', /text/, why)`; an allowance that never happens fails the test too.
   * `health.watch(context)` adds a context the test makes itself.
   */
  health: Health;
  /** The widgets, on their tool pages (`.on(path)` for the page a widget is embedded in). */
  kinesis: WidgetPage;
  s3: WidgetPage;
  emr: WidgetPage;
  flashcards: FlashcardsPage;
  quiz: QuizPage;
  search: SearchDialog;
  /**
   * For the site-wide read-only checks (one test per page): a page kept open across the worker's tests, in a
   * browser context of the worker's (one with and one without JavaScript, as the test's `javaScriptEnabled`), so a
   * test does not pay for a new context and page. Its HTTP cache is off, but Chromium may still serve a stylesheet
   * it already holds from its memory cache (a test that counts every byte a first visit loads uses a new page),
   * the test's viewport is set on it, and this test's health check watches it while the test runs, so a problem
   * is laid at the test that caused it. A test may leave it on its page (the next may find it there) but must not
   * change what the page shows beyond its theme and viewport.
   */
  sharedPage: Page;
}

interface WorkerFixtures {
  /** The worker's browser contexts for `sharedPage`, opened when first asked for and closed with the worker. */
  sharedContext: (javaScriptEnabled: boolean) => Promise<BrowserContext>;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  health: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
    async ({}, use, testInfo) => {
      const health = new Health();
      await use(health);
      const problems = health.problems();
      if (testInfo.status !== 'passed') {
        // The test failed already: report what else went wrong beside its own error, without a second failure.
        if (problems.length > 0) await testInfo.attach('page health', { body: problems.join('\n'), contentType: 'text/plain' });
        return;
      }
      expect(problems, 'page health: no console error or warning, HTTP error, failed request, other origin or dialog').toEqual([]);
    },
    { auto: true, title: 'page health' },
  ],
  // The test's own context, when it asks for one (a test that only makes HTTP requests opens none).
  context: async ({ context, health }, use) => {
    const stop = health.watch(context);
    await use(context);
    stop();
  },
  sharedContext: [
    async ({ browser }, use, workerInfo) => {
      // The project's device (viewport, user agent, scale, touch) and base URL, as a test's own context has them.
      const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, baseURL } = workerInfo.project.use;
      const options = Object.fromEntries(
        Object.entries({ viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, baseURL }).filter(([, value]) => value !== undefined),
      ) as BrowserContextOptions;
      const contexts = new Map<boolean, Promise<BrowserContext>>();
      await use(async (javaScriptEnabled) => {
        let context = contexts.get(javaScriptEnabled);
        if (!context) {
          context = browser.newContext({ ...options, javaScriptEnabled });
          contexts.set(javaScriptEnabled, context);
        }
        return context;
      });
      for (const context of contexts.values()) await (await context).close();
    },
    { scope: 'worker', title: 'shared browser contexts' },
  ],
  sharedPage: async ({ sharedContext, health, viewport, javaScriptEnabled }, use) => {
    const context = await sharedContext(javaScriptEnabled ?? true);
    let page = context.pages()[0];
    if (!page) {
      page = await context.newPage();
      // As in a new context: every load asks the server, so a test sees (and checks) each file its page loads.
      await (await context.newCDPSession(page)).send('Network.setCacheDisabled', { cacheDisabled: true });
    }
    if (viewport) await page.setViewportSize(viewport);
    const stop = health.watch(context);
    await use(page);
    stop();
  },
  kinesis: async ({ page }, use) => use(new WidgetPage(page, 'kinesis')),
  s3: async ({ page }, use) => use(new WidgetPage(page, 's3')),
  emr: async ({ page }, use) => use(new WidgetPage(page, 'emr')),
  flashcards: async ({ page }, use) => use(new FlashcardsPage(page)),
  quiz: async ({ page }, use) => use(new QuizPage(page)),
  search: async ({ page }, use) => use(new SearchDialog(page)),
});
