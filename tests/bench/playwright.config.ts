import { join } from 'node:path';

import { defineConfig } from '@playwright/test';

import { BASE_PATH, chromiumLaunchOptions } from '../e2e/support/env';

/**
 * The browser part of `npm run bench` (scripts/bench.mjs sets BENCH_DIR, a temporary copy of the repository with a
 * build in dist/, and BENCH_OUT). Not part of `npm test`: the default config only looks in tests/e2e/. One worker,
 * so the timings do not compete with each other; Playwright starts `astro preview` and always stops it.
 */
const dir = process.env['BENCH_DIR'];
if (!dir) throw new Error('BENCH_DIR is not set: run this through `npm run bench`');
const origin = `http://127.0.0.1:${Number(process.env['BENCH_PORT'] ?? 4390)}`;

export default defineConfig({
  testDir: '.',
  outputDir: join(dir, 'test-results'),
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 600_000,
  use: { baseURL: `${origin}${BASE_PATH}`, launchOptions: chromiumLaunchOptions(), viewport: { width: 1280, height: 800 } },
  webServer: {
    command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${new URL(origin).port}`,
    cwd: dir,
    url: `${origin}${BASE_PATH}`,
    env: { BASE_PATH, ASTRO_TELEMETRY_DISABLED: '1' },
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
