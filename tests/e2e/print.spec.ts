import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import { sitePath } from './support/env';
import { expect, test } from './support/test';

/** Prints the page to PDF (as a reader's browser would) and returns its text and page count, via pdftotext. */
async function printToText(page: Page): Promise<{ text: string; pages: number }> {
  const file = join(mkdtempSync(join(tmpdir(), 'print-')), 'page.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  let text: string;
  try {
    text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } catch (error) {
    throw new Error(`pdftotext failed (install poppler-utils: apt-get install -y poppler-utils): ${String(error)}`);
  }
  // pdftotext ends every page with a form feed.
  return { text: text.replace(/\s+/g, ' '), pages: (text.match(/\f/g) ?? []).length };
}

/** Text of navigation and controls that must never reach paper. */
const SCREEN_ONLY = ['Skip to content', 'On this page', 'Select theme', 'Print this page', 'Ctrl K', 'Next ', 'Previous '];

test.describe('printing', () => {
  test('a topic page prints as a clean document with answers and link addresses', async ({ page }) => {
    await page.goto(sitePath('/databases/amazon-elasticache/'));
    await page.waitForLoadState('networkidle');
    const { text, pages } = await printToText(page);
    for (const navigation of [...SCREEN_ONLY, 'Catalog & ETL', 'Orchestration & migration']) {
      expect(text, `"${navigation}" should not print`).not.toContain(navigation);
    }
    expect(text).toContain('Amazon ElastiCache');
    // The description and the page's address under the title.
    expect(text).toContain('why AWS Glue cannot connect to it without custom code');
    expect(text).toMatch(/http:\/\/127\.0\.0\.1:\d+\/aws-ml-study\/databases\/amazon-elasticache\//);
    // A collapsed "Check yourself" answer is printed.
    expect(text).toContain('Crawlers connect to S3, RDS, Redshift, DynamoDB and JDBC sources');
    // External link addresses follow the link text.
    expect(text).toContain('(https://docs.aws.amazon.com/');
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(4);
  });

  test('every tab and every collapsed detail is printed', async ({ page }) => {
    await page.goto(sitePath('/test-fixtures/island/'));
    await expect(page.getByText('beta-tab-content')).toBeHidden(); // on screen, only the first tab shows
    const { text } = await printToText(page);
    expect(text).toContain('alpha-tab-content');
    expect(text).toContain('beta-tab-content');
    expect(text).toContain('gamma-details-content');
  });

  test('a widget page prints the current inputs and result as a table, without the controls', async ({ page, kinesis }) => {
    await kinesis.open('?size=3&rate=2000&consumers=2');
    await expect(kinesis.hook('shard-count')).toHaveAttribute('data-shards', '6');
    const { text, pages } = await printToText(page);
    expect(text).toContain('Kinesis shard calculator: inputs and result');
    expect(text).toMatch(/Shards \(provisioned\) 6/);
    expect(text).toMatch(/Average record size 3 KB/);
    expect(text).not.toContain('Reset to defaults');
    expect(text).not.toContain('Allowed: a number');
    expect(pages).toBeLessThanOrEqual(5);
  });

  test('a whole section prints as one document, every page in sidebar order', async ({ page }) => {
    await page.goto(sitePath('/streaming/amazon-msk/'));
    await page.getByRole('link', { name: 'Print the whole Streaming section' }).click();
    await expect(page).toHaveURL(/\/print\/streaming\/$/);
    const { text, pages } = await printToText(page);
    for (const title of [
      'Amazon Kinesis Data Streams',
      'Amazon Data Firehose (formerly Kinesis Data Firehose)',
      'Amazon Managed Service for Apache Flink',
      'Amazon Kinesis Video Streams',
      'Amazon MSK',
      'Streaming services compared',
    ]) {
      expect(text).toContain(title);
    }
    for (const navigation of SCREEN_ONLY) expect(text).not.toContain(navigation);
    expect(pages).toBeGreaterThanOrEqual(6);
    expect(pages).toBeLessThanOrEqual(80);
  });

  test('the Print button opens the print dialog and is not printed', async ({ page }) => {
    await page.goto(sitePath('/databases/oltp-vs-olap/'));
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('button', { name: 'Print this page' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Print this page' })).toBeHidden();
  });
});
