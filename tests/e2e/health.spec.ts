import type { Browser } from '@playwright/test';

import { sitePath } from './support/env';
import { Health } from './support/health';
import { expect, test } from './support/test';

/** The page health check that runs on every test (support/test.ts) can fail, and lets through only what it is told. */
test.describe('the page health check', () => {
  /** A page in a context of its own, watched by a `Health` of its own (not the test's, which would fail it). */
  async function watchedPage(browser: Browser, allow?: (health: Health) => void) {
    const context = await browser.newContext();
    const health = new Health();
    allow?.(health);
    health.watch(context);
    // Another origin, answered locally so nothing leaves the machine.
    await context.route('http://other.invalid/**', (route) =>
      route.fulfill({ status: 200, contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg"/>' }),
    );
    return { context, health, page: await context.newPage() };
  }

  test('records console errors and warnings, uncaught errors, HTTP errors, other origins and dialogs', async ({ browser }) => {
    const { context, health, page } = await watchedPage(browser);
    await page.goto(sitePath('/'));
    expect(health.problems()).toEqual([]);
    await page.evaluate(async (missing) => {
      console.error('probe error');
      console.warn('probe warning');
      console.log('probe log');
      await fetch(missing);
      setTimeout(() => {
        throw new Error('probe exception');
      });
      window.alert('probe alert');
    }, sitePath('/no-such-file.js'));
    const missing = new URL(sitePath('/no-such-file.js'), page.url()).href;
    // A page without the site's policy, so the browser does ask the other origin.
    const other = await context.newPage();
    await other.setContent('<img src="http://other.invalid/probe.svg" alt="">');
    await expect
      .poll(() => health.problems().sort())
      .toEqual(
        [
          'console error: probe error',
          'console warning: probe warning',
          `console error: Failed to load resource: the server responded with a status of 404 (Not Found) (at ${missing})`,
          `HTTP 404: ${missing}`,
          'page error: probe exception',
          'a alert dialog opened: probe alert',
          'request to another origin: http://other.invalid/probe.svg',
        ].sort(),
      );
    await context.close();
  });

  test('records a failed request, but not one the browser cancels (a test navigating on)', async ({ browser }) => {
    const { context, health, page } = await watchedPage(browser);
    await context.route('**/refused.svg', (route) => route.abort('connectionrefused'));
    await context.route('**/cancelled.svg', (route) => route.abort('aborted'));
    await page.goto(sitePath('/'));
    await page.evaluate(
      async (urls) => {
        for (const url of urls) await fetch(url).catch(() => undefined);
      },
      [sitePath('/refused.svg'), sitePath('/cancelled.svg')] as const,
    );
    const refused = new URL(sitePath('/refused.svg'), page.url()).href;
    await expect.poll(() => health.problems()).toContain(`request failed: ${refused} (net::ERR_CONNECTION_REFUSED)`);
    expect(health.problems().filter((problem) => problem.startsWith('request failed') && problem.includes('cancelled'))).toEqual([]);
    await context.close();
  });

  test('an allowance lets through only the error it names, and is itself a problem when nothing used it', async ({ browser }) => {
    const { context, health, page } = await watchedPage(browser, (h) => {
      h.allowHttp(404, /\/expected-missing\.js$/, 'probe');
      h.allowConsole('error', /^expected probe/, 'probe');
      h.allowHttp(410, /\/never-asked$/, 'probe that never happens');
    });
    await page.goto(sitePath('/'));
    await page.evaluate(
      async ([expected, unexpected]) => {
        await fetch(expected);
        await fetch(unexpected);
        console.error('expected probe');
        console.error('unexpected probe');
      },
      [sitePath('/expected-missing.js'), sitePath('/unexpected-missing.js')] as const,
    );
    const unexpected = new URL(sitePath('/unexpected-missing.js'), page.url()).href;
    await expect
      .poll(() => health.problems().sort())
      .toEqual(
        [
          `console error: Failed to load resource: the server responded with a status of 404 (Not Found) (at ${unexpected})`,
          `HTTP 404: ${unexpected}`,
          'console error: unexpected probe',
          'allowed HTTP 410 (probe that never happens) never happened',
        ].sort(),
      );
    await context.close();
  });

  test('fails a test whose page logs a console error', async ({ page }) => {
    test.fail(true, 'the page health fixture must fail this test: its page logs a console error');
    await page.goto(sitePath('/'));
    const logged = page.waitForEvent('console');
    await page.evaluate(() => console.error('health fixture probe'));
    await logged;
    // Nothing here fails the test: only the fixture's check after it can.
  });
});
