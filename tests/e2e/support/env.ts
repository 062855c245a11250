import { existsSync } from 'node:fs';

import type { LaunchOptions } from '@playwright/test';

/** The sub-path the test build is served under: deliberately not `/`, so a link that forgets the base breaks. */
export const BASE_PATH = '/aws-ml-study/';
/** The port of the test server; E2E_PORT lets two test runs share a machine. */
export const PORT = Number(process.env['E2E_PORT'] ?? 4329);
export const ORIGIN = `http://127.0.0.1:${PORT}`;

/** Debian's Chromium, where installed (browsers cannot be downloaded on every machine). */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Use the system Chromium when present, otherwise Playwright's own browser. */
export function chromiumLaunchOptions(): LaunchOptions {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
  return existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM, args } : { args };
}

/** A path on the test site, with the base path in front. */
export function sitePath(path: string): string {
  return `${BASE_PATH}${path.replace(/^\//, '')}`;
}
