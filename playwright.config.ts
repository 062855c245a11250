import { defineConfig, devices } from '@playwright/test';

import { BASE_PATH, ORIGIN, PORT, chromiumLaunchOptions } from './tests/e2e/support/env';

/**
 * Browser tests run against a production build served under a non-root base path, as GitHub Pages serves a
 * project site, so a link or asset that forgets the base fails. Search only exists in a build.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // Per port, so two runs side by side (E2E_PORT) do not clear each other's traces and screenshots.
  outputDir: `test-results/e2e-${PORT}`,
  fullyParallel: true,
  ...(process.env['CI'] ? { workers: 2 } : {}),
  // One retry in CI, reported as flaky, so a timing hiccup on a loaded machine does not hide behind a red run.
  retries: process.env['CI'] ? 1 : 0,
  forbidOnly: Boolean(process.env['CI']),
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    baseURL: `${ORIGIN}${BASE_PATH}`,
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
    // The site registers a service worker that downloads the whole site for offline use (issue 16): only the
    // offline tests allow it (tests/e2e/offline.spec.ts), so no other test pays for that download or depends on it.
    serviceWorkers: 'block',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() } }],
  webServer: {
    // --ignore-lock: never clash with (or replace) a preview server the developer is running, and stay in the
    // foreground even where Astro would background it.
    // The book (scripts/book.mjs, about 25 s) is printed into the build as the deploy workflow prints it, so the
    // pages link the PDFs (SITE_BOOK=1) and the crawl and book.spec.ts open them.
    command: `npx astro build && npx node scripts/book.mjs ./dist-test-${PORT} && npx astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
    url: `${ORIGIN}${BASE_PATH}`,
    // SITE_TEST_FIXTURES adds the test-only pages (/test-fixtures/…), which a production build leaves out.
    env: { BASE_PATH, SITE_URL: ORIGIN, OUT_DIR: `./dist-test-${PORT}`, SITE_TEST_FIXTURES: '1', SITE_BOOK: '1' },
    timeout: 600_000,
    reuseExistingServer: !process.env['CI'],
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
