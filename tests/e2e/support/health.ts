import type { Page } from '@playwright/test';

import { ORIGIN } from './env';

/**
 * Records what would make a page unhealthy while a test drives it: console errors and warnings, uncaught
 * exceptions, responses of 400 or more, failed requests, and requests to any origin but the test server.
 * `expectedErrorUrl` names the one URL a test expects to fail (the document of a 404 test).
 */
export function watchPage(page: Page, { expectedErrorUrl }: { expectedErrorUrl?: (url: string) => boolean } = {}) {
  const expected = (url: string) => expectedErrorUrl?.(url) ?? false;
  const problems: string[] = [];
  page.on('console', (message) => {
    if ((message.type() === 'error' || message.type() === 'warning') && !expected(message.location().url)) {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(ORIGIN) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request to another origin: ${url}`);
    }
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !expected(response.url())) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  return { problems: () => [...problems] };
}
