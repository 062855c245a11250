import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

import type { Page, Response } from '@playwright/test';

import { sitePath } from './support/env';
import { CONTENT_PAGES } from './support/site-pages';
import { expect, test } from './support/test';

interface Budget {
  name: string;
  maxGzipBytes: number;
  paths: string[];
}

interface Budgets {
  budgets: Budget[];
  frame: { maxGzipBytes: number; codeBlockExtraGzipBytes: number; widgetExtraGzipBytes: number; exclude: string[] };
  securityPolicy: { maxGzipBytes: number };
}

const { budgets, frame, securityPolicy } = JSON.parse(readFileSync(new URL('../budgets.json', import.meta.url), 'utf8')) as Budgets;

const gzip = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

/** The page's Content-Security-Policy <meta>, gzipped alone (0 when it has none). */
const policyBytes = (html: string) => gzip(/<meta http-equiv="content-security-policy"[^>]*>/i.exec(html)?.[0] ?? '');

/** Every budget allows the security policy's bytes on top (budgets.json explains why). */
const CSP = securityPolicy.maxGzipBytes;

/** Everything a page loads up to network idle, before any interaction, as gzip bytes per response. */
async function measure(page: Page, path: string) {
  const loads: Array<{ url: string; raw: number; gzip: number }> = [];
  const pending: Array<Promise<void>> = [];
  const onResponse = (response: Response) => {
    pending.push(
      response
        .body()
        .then((body) => {
          loads.push({ url: response.url(), raw: body.length, gzip: gzip(body) });
        })
        .catch(() => undefined), // redirects have no body
    );
  };
  page.on('response', onResponse);
  await page.goto(path, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  page.off('response', onResponse);
  // Every page uses the site's stylesheet: a measure without one counted a cached page, not a first visit.
  expect(
    loads.some((load) => new URL(load.url).pathname.endsWith('.css')),
    `${path}: a stylesheet among what it loads`,
  ).toBe(true);
  const total = loads.reduce((sum, load) => sum + load.gzip, 0);
  return { loads, total };
}

test.describe('page-weight budgets', () => {
  for (const budget of budgets) {
    for (const path of budget.paths) {
      const limit = budget.maxGzipBytes + CSP;
      test(`${budget.name} ${path}: at most ${budget.maxGzipBytes} gzip bytes (+${CSP} for the security policy)`, async ({ page }) => {
        const { loads, total } = await measure(page, sitePath(path));
        const lines = loads
          .sort((a, b) => b.gzip - a.gzip)
          .map((load) => `  ${String(load.gzip).padStart(6)} gzip ${String(load.raw).padStart(7)} raw  ${new URL(load.url).pathname}`);
        console.log(`${path}: ${total} gzip bytes (budget ${limit})\n${lines.join('\n')}`);
        expect(loads.length).toBeGreaterThan(1);
        expect(total).toBeLessThanOrEqual(limit);
      });
    }
  }

  // One test per page, each on a new page in a new context: on a page kept open across tests, Chromium serves the
  // stylesheets from its memory cache even with the HTTP cache disabled, so they would go uncounted.
  for (const path of CONTENT_PAGES) {
    const excluded = frame.exclude.some((excludedPath) => path === sitePath(excludedPath));
    test(`${path}: what it loads besides its own article is at most ${frame.maxGzipBytes} (+${CSP} for the security policy) gzip bytes${excluded ? ' (printed only: excluded)' : ''}`, async ({
      page,
      request,
    }) => {
      const { loads, total } = await measure(page, path);
      const codeBlocks = loads.some((load) => /\/_astro\/ec\.[\w-]+\.css$/.test(new URL(load.url).pathname));
      const widget = loads.some((load) => /\/_astro\/ui\.[\w-]+\.css$/.test(new URL(load.url).pathname));
      const limit = excluded
        ? undefined
        : frame.maxGzipBytes + CSP + (codeBlocks ? frame.codeBlockExtraGzipBytes : 0) + (widget ? frame.widgetExtraGzipBytes : 0);
      // The article: Starlight's Markdown content (the home page's too), as the server sent it.
      const html = await (await request.get(path)).text();
      const article = /<div class="sl-markdown-content">[\s\S]*<\/div>\s*<footer/.exec(html)?.[0] ?? '';
      expect(article.length, `${path} has an article`).toBeGreaterThan(500);
      const row = { total, article: gzip(article), frame: total - gzip(article), limit, policy: policyBytes(html) };
      console.log(
        `${path}: total ${row.total}, article ${row.article}, frame ${row.frame}, limit ${row.limit ?? '-'}, policy ${row.policy} gzip bytes` +
          (row.total > 25 * 1024 ? ' (over 25 KiB in all, by its article)' : ''),
      );
      expect(row.policy, `${path}: its security policy, gzipped alone`).toBeGreaterThan(0);
      expect(row.policy, `${path}: its security policy, gzipped alone`).toBeLessThanOrEqual(CSP);
      if (row.limit !== undefined) expect(row.frame, `${path}: frame ${row.frame} > ${row.limit}`).toBeLessThanOrEqual(row.limit);
    });
  }
});
