import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

import { expect, test } from '@playwright/test';

import { sitePath } from './support/env';

interface Budget {
  name: string;
  maxGzipBytes: number;
  paths: string[];
}

const { budgets } = JSON.parse(readFileSync(new URL('../budgets.json', import.meta.url), 'utf8')) as { budgets: Budget[] };

test.describe('page-weight budgets', () => {
  for (const budget of budgets) {
    for (const path of budget.paths) {
      test(`${budget.name} ${path}: at most ${budget.maxGzipBytes} gzip bytes`, async ({ page }) => {
        const loads: Array<{ url: string; raw: number; gzip: number }> = [];
        const pending: Array<Promise<void>> = [];
        page.on('response', (response) => {
          pending.push(
            response
              .body()
              .then((body) => {
                loads.push({ url: response.url(), raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
              })
              .catch(() => undefined), // redirects have no body
          );
        });
        await page.goto(sitePath(path), { waitUntil: 'networkidle' });
        await Promise.all(pending);
        const total = loads.reduce((sum, load) => sum + load.gzip, 0);
        const lines = loads
          .sort((a, b) => b.gzip - a.gzip)
          .map((load) => `  ${String(load.gzip).padStart(6)} gzip ${String(load.raw).padStart(7)} raw  ${new URL(load.url).pathname}`);
        console.log(`${path}: ${total} gzip bytes (budget ${budget.maxGzipBytes})\n${lines.join('\n')}`);
        expect(loads.length).toBeGreaterThan(1);
        expect(total).toBeLessThanOrEqual(budget.maxGzipBytes);
      });
    }
  }
});
