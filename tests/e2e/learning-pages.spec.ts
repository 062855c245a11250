/**
 * The learning-page pattern (issue 13) in the browser: Key facts first, older material folded away and left off
 * paper, dense printing within page budgets, cram sheets, the scroll cue on wide tables, and the home page's
 * "Continue where you left off".
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import { sitePath } from './support/env';
import { expect, test } from './support/test';

/** Prints the page to an A4 PDF and returns its page count (pdfinfo) and the words on each page (pdftotext). */
async function printed(page: Page): Promise<{ pages: number; words: number[]; text: string }> {
  const file = join(mkdtempSync(join(tmpdir(), 'learning-print-')), 'page.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  const words = text
    .split('\f')
    .slice(0, pages)
    .map((sheet) => sheet.split(/\s+/).filter(Boolean).length);
  return { pages, words, text: text.replace(/\s+/g, ' ') };
}

/** Pages (all but the last) holding less than a third of the fullest page's words: what a block jumping whole leaves. */
function nearlyEmptySheets(words: readonly number[]): number[] {
  const fullest = Math.max(...words);
  return words.slice(0, -1).flatMap((count, index) => (count < fullest / 3 ? [index + 1] : []));
}

test.describe('paper', () => {
  test('the Kinesis Data Streams page prints on at most 8 A4 pages, none left mostly empty, without history or related pages', async ({ page }) => {
    await page.goto(sitePath('/streaming/kinesis-data-streams/'));
    const { pages, words, text } = await printed(page);
    expect(pages).toBeLessThanOrEqual(8);
    expect(nearlyEmptySheets(words), `words per sheet: ${words.join(', ')}`).toEqual([]);
    expect(text).toContain('Key facts');
    expect(text).not.toContain('What older study material said');
    expect(text).not.toContain('Related pages');
  });

  test('the Streaming section prints on at most 25 A4 pages, none but a page end left mostly empty', async ({ page }) => {
    test.slow();
    await page.goto(sitePath('/print/streaming/'));
    const { pages, words, text } = await printed(page);
    expect(pages).toBeLessThanOrEqual(25);
    // Each page of the section starts a new sheet, so the sheet before one may be short; no other may be.
    expect(text).toContain('Contents');
    const short = nearlyEmptySheets(words);
    expect(short.length, `short sheets ${short.join(', ')} of words per sheet ${words.join(', ')}`).toBeLessThanOrEqual(5);
  });

  test('a section cram sheet prints its pages’ key facts in two columns on a few pages', async ({ page }) => {
    await page.goto(sitePath('/cram/streaming/'));
    const titles = await page.locator('.cram-page h2').allTextContents();
    expect(titles).toContain('Amazon Kinesis Data Streams');
    expect(titles.length).toBeGreaterThanOrEqual(5);
    await page.emulateMedia({ media: 'print' });
    expect(
      await page
        .locator('.cram-columns')
        .first()
        .evaluate((element) => getComputedStyle(element).columnCount),
    ).toBe('2');
    const { pages, text } = await printed(page);
    expect(pages).toBeLessThanOrEqual(3);
    expect(text).toContain('1 MB/s or 1,000 records/s');
  });

  test('the whole-site cram sheet has every section with key facts, and each fact its AWS source', async ({ page }) => {
    await page.goto(sitePath('/cram/'));
    const sections = await page.locator('.cram-section > h2').allTextContents();
    expect(sections).toEqual(expect.arrayContaining(['Storage', 'Streaming', 'Query & analytics', 'Processing']));
    const facts = page.locator('.key-facts__list > li');
    expect(await facts.count()).toBeGreaterThan(100);
    const withoutSource = await facts.evaluateAll(
      (items) =>
        items.filter((item) => !/^https:\/\/(docs\.)?aws\.amazon\.com\//.test(item.querySelector('.key-facts__source a')?.getAttribute('href') ?? ''))
          .length,
    );
    expect(withoutSource).toBe(0);
  });
});

test.describe('a topic page', () => {
  test('the S3 storage-class comparison fits at 1280 px, first-byte access among its first columns', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(sitePath('/storage/amazon-s3/'));
    const table = page.locator('.sl-markdown-content table', { hasText: 'Class (API name)' });
    expect(await table.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    const headers = await table.locator('th').allTextContents();
    expect(headers.indexOf('Access (first byte)')).toBeLessThanOrEqual(2);
  });

  test('opens with its Key facts, each with an AWS source, and the cues for choosing it', async ({ page }) => {
    await page.goto(sitePath('/streaming/kinesis-data-streams/'));
    const headings = await page.locator('.sl-markdown-content h2').allTextContents();
    expect(headings[0]).toBe('Key facts');
    const facts = page.locator('.key-facts .key-facts__list > li');
    expect(await facts.count()).toBeGreaterThanOrEqual(6);
    await expect(page.locator('.key-facts').getByText('Choose it when')).toBeVisible();
    await expect(page.locator('.key-facts').getByText('Not when')).toBeVisible();
  });

  test('keeps older material closed until the reader opens it', async ({ page }) => {
    await page.goto(sitePath('/streaming/kinesis-data-streams/'));
    const history = page.locator('details.history').first();
    await expect(history).not.toHaveAttribute('open');
    const body = history.locator('.history__content');
    await expect(body).toBeHidden();
    await history.locator('summary').click();
    await expect(body).toBeVisible();
  });
});

/** The pages with an inline SVG diagram, read from the content folder. */
const DIAGRAM_PAGES = readdirSync('src/content/docs', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx') && readFileSync(join('src/content/docs', file), 'utf8').includes('<svg'))
  .map((file) => `/${file.replace(/\\/g, '/').replace(/\.mdx$/, '')}/`)
  .sort();

/** Each diagram's smallest text in CSS pixels as drawn, and whether its scroll box scrolls. */
async function diagrams(page: Page) {
  return page.locator('.sl-markdown-content figure:has(svg)').evaluateAll((figures) =>
    figures.map((figure) => {
      const svg = figure.querySelector('svg');
      const scroll = figure.querySelector<HTMLElement>('.diagram__scroll');
      const scale = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 0;
      const sizes = svg ? [...svg.querySelectorAll('text')].map((text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale) : [];
      return {
        label: svg?.querySelector('title')?.textContent?.slice(0, 60) ?? '(no title)',
        isDiagram: figure.classList.contains('diagram') && scroll?.getAttribute('tabindex') === '0',
        smallest: Math.round(Math.min(...sizes) * 10) / 10,
        scrolls: scroll ? scroll.scrollWidth > scroll.clientWidth + 1 : false,
      };
    }),
  );
}

test.describe('diagrams', () => {
  test('there are pages with diagrams', () => {
    expect(DIAGRAM_PAGES.length).toBeGreaterThanOrEqual(10);
  });

  for (const path of DIAGRAM_PAGES) {
    test(`${path}: diagram text is at least 12 px on a 375 px phone (scrolling sideways) and at 1280 px (not scrolling)`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 812 });
      await page.goto(sitePath(path));
      const phone = await diagrams(page);
      expect(phone.length).toBeGreaterThan(0);
      for (const diagram of phone) {
        expect(diagram.isDiagram, `${diagram.label}: a figure.diagram with a focusable .diagram__scroll`).toBe(true);
        expect(diagram.smallest, `${diagram.label} at 375 px`).toBeGreaterThanOrEqual(12);
      }
      await page.setViewportSize({ width: 1280, height: 900 });
      for (const diagram of await diagrams(page)) {
        expect(diagram.smallest, `${diagram.label} at 1280 px`).toBeGreaterThanOrEqual(12);
        expect(diagram.scrolls, `${diagram.label} fits at 1280 px`).toBe(false);
      }
    });
  }
});

test.describe('wide tables on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('a table that scrolls sideways fades at the edge where columns are hidden; one that fits does not', async ({ page }) => {
    await page.goto(sitePath('/catalog-etl/aws-glue/'));
    const tables = await page
      .locator('.sl-markdown-content table')
      .evaluateAll((elements) =>
        elements.map((table) => ({ overflows: table.scrollWidth > table.clientWidth + 1, mask: getComputedStyle(table).maskImage })),
      );
    expect(tables.filter((table) => table.overflows).length, 'the Glue page has wide tables at 375 px').toBeGreaterThan(0);
    for (const table of tables) expect(table.mask !== 'none', JSON.stringify(table)).toBe(table.overflows);
  });

  test('an identifier in a table cell stays on one line (the table scrolls instead)', async ({ page }) => {
    for (const path of ['/catalog-etl/aws-glue/', '/storage/amazon-s3/']) {
      await page.goto(sitePath(path));
      const split = await page
        .locator('.sl-markdown-content :is(td, th) > code')
        .evaluateAll((codes) => codes.filter((code) => code.getClientRects().length > 1).map((code) => code.textContent));
      expect(split, path).toEqual([]);
    }
  });

  test('the header shows the whole site name', async ({ page }) => {
    await page.goto(sitePath('/storage/amazon-s3/'));
    const title = page.locator('.site-title').first();
    expect(await title.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  });
});

test.describe('the home page', () => {
  test('offers to continue on the last topic page and says how many flashcards are due', async ({ page }) => {
    await page.goto(sitePath('/'));
    await expect(page.locator('[data-continue]')).toBeHidden();
    await page.goto(sitePath('/processing/aws-batch/'));
    await page.evaluate(() => {
      const card = { repetitions: 1, interval: 1, ease: 2.5, due: Date.now() - 1000, reviewed: Date.now() - 86_400_000, rating: 4 };
      localStorage.setItem('aws-ml-study:flashcards:v1', JSON.stringify({ version: 1, cards: { 'aws-batch/card-a': card }, selected: [] }));
    });
    await page.goto(sitePath('/'));
    const box = page.locator('[data-continue]');
    await expect(box).toBeVisible();
    await expect(box.getByRole('link', { name: 'AWS Batch' })).toHaveAttribute('href', sitePath('/processing/aws-batch/'));
    await expect(box).toContainText('1 flashcard is due for review.');
    await box.getByRole('link', { name: 'Review flashcards' }).click();
    await expect(page).toHaveURL(/\/review\/flashcards\/$/);
  });

  test('ignores a stored page that is not a page of this site, and shows a stored title only as text', async ({ page }) => {
    await page.goto(sitePath('/'));
    await page.evaluate(() =>
      localStorage.setItem('aws-ml-study:last-visit:v1', JSON.stringify({ version: 1, path: 'javascript:alert(1)', title: 'X', at: 1 })),
    );
    await page.reload();
    await expect(page.locator('[data-continue]')).toBeHidden();
    await page.evaluate(() =>
      localStorage.setItem(
        'aws-ml-study:last-visit:v1',
        JSON.stringify({ version: 1, path: '/storage/amazon-s3/', title: '<img src=x onerror=alert(1)>', at: 1 }),
      ),
    );
    await page.reload();
    const link = page.locator('[data-continue-link]');
    await expect(link).toHaveText('<img src=x onerror=alert(1)>');
    expect(await page.locator('[data-continue] img').count()).toBe(0);
  });
});
