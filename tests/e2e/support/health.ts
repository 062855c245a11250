import type { ConsoleMessage, Page, Request, Response } from '@playwright/test';

import { ORIGIN } from './env';

/**
 * Records what would make a page unhealthy while a test drives it: console errors and warnings, uncaught
 * exceptions, responses of 400 or more, failed requests, and requests to any origin but the test server.
 * `expectedErrorUrl` names the one URL a test expects to fail (the document of a 404 test).
 */
export function watchPage(page: Page, { expectedErrorUrl }: { expectedErrorUrl?: (url: string) => boolean } = {}) {
  const expected = (url: string) => expectedErrorUrl?.(url) ?? false;
  const problems: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if ((message.type() === 'error' || message.type() === 'warning') && !expected(message.location().url)) {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  };
  const onPageError = (error: Error) => problems.push(`page error: ${error.message}`);
  const onRequest = (request: Request) => {
    const url = request.url();
    if (!url.startsWith(ORIGIN) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request to another origin: ${url}`);
    }
  };
  const onRequestFailed = (request: Request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  const onResponse = (response: Response) => {
    if (response.status() >= 400 && !expected(response.url())) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('request', onRequest);
  page.on('requestfailed', onRequestFailed);
  page.on('response', onResponse);
  return {
    problems: () => [...problems],
    stop: () => {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      page.off('request', onRequest);
      page.off('requestfailed', onRequestFailed);
      page.off('response', onResponse);
    },
  };
}
