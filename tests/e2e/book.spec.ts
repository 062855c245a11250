/**
 * The downloadable book (scripts/book.mjs, src/libs/book.ts), as the test build prints it (playwright.config.ts runs
 * the script after the build, as the deploy workflow does): the PDFs are served under the base path and linked from
 * the home page and the print documents; their sheet counts match the documents printed here on their own; the
 * contents list every section and page of the plan with the sheet each starts on, and that sheet carries its title;
 * known facts from the pages are in the text on the sheets the contents give; links point at the site, never at
 * the script's local server. Needs `pdfinfo` and `pdftotext` (poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from '@cantoo/pdf-lib';
import type { APIRequestContext, Page } from '@playwright/test';

import { BASE_PATH, ORIGIN, sitePath } from './support/env';
import { expect, test } from './support/test';
import { BOOK_PLAN_PATH, bookPath, type BookFile, type BookPlan } from '../../src/libs/book';
import { SECTIONS, sectionByDirectory } from '../../src/libs/sections';

const folder = mkdtempSync(join(tmpdir(), 'book-spec-'));

/** Text with every run of white space as one space (pdftotext breaks lines where the layout does). */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A PDF from the test server, saved to a file: its bytes, its sheet count (pdfinfo) and each sheet's text (pdftotext). */
async function download(request: APIRequestContext, path: string) {
  const response = await request.get(sitePath(path));
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type']).toContain('application/pdf');
  const bytes = await response.body();
  const file = join(folder, path.replace(/\//g, '_'));
  writeFileSync(file, bytes);
  return { bytes, file, ...readPdf(file) };
}

/** Sheet count and text per sheet (1-based: sheets[0] is empty) of a PDF file. */
function readPdf(file: string) {
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  const sheets = [
    '',
    ...execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
      .split('\f')
      .slice(0, pages)
      .map(flat),
  ];
  return { pages, sheets };
}

/** A document of the site printed here on its own, as the print tests print: its sheet count. */
async function printedAlone(page: Page, path: string): Promise<number> {
  await page.goto(sitePath(path));
  const file = join(folder, `alone-${path.replace(/\//g, '_')}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  return readPdf(file).pages;
}

/**
 * The contents of a book as its sheets print them (pdftotext -layout: a title, then its number at the right): each
 * line's title and sheet number, in order; they must be the plan's groups and pages, in the plan's order.
 */
function contentsOf(file: string, firstSheet: number, lastSheet: number, book: BookFile) {
  const text = execFileSync('pdftotext', ['-layout', '-f', String(firstSheet), '-l', String(lastSheet), file, '-'], { encoding: 'utf8' });
  const lines: Array<{ title: string; page: number }> = [];
  let pending = ''; // a title wrapped over two lines
  for (const line of text.split('\n').map((raw) => raw.trim())) {
    if (line === '' || line === 'Contents' || /^\d+$/.test(line)) continue; // the heading, a sheet's own number
    const numbered = /^(.*?)\s{2,}(\d+)$/.exec(line);
    if (!numbered) {
      pending = `${pending} ${line}`;
      continue;
    }
    lines.push({ title: flat(`${pending} ${numbered[1] ?? ''}`), page: Number(numbered[2]) });
    pending = '';
  }
  const titles = book.groups.flatMap((group) => [group.label, ...group.parts.flatMap((part) => part.entries.map((entry) => entry.title))]);
  expect(lines.map((line) => line.title)).toEqual(titles);
  return lines;
}

/** The plan of the test build. */
async function planOf(request: APIRequestContext): Promise<BookPlan> {
  return (await (await request.get(sitePath(BOOK_PLAN_PATH))).json()) as BookPlan;
}

test.describe('the book', () => {
  test.describe.configure({ timeout: 120_000 });

  test('the home page and every print document link the PDFs, which answer under the base path', async ({ page, request }) => {
    await page.goto(sitePath('/'));
    await expect(page.locator('[data-book-link]')).toHaveAttribute('href', `${BASE_PATH}${bookPath()}`);
    const plan = await planOf(request);
    const sections = plan.books.flatMap((book) => (book.section === undefined ? [] : [book.section]));
    expect(sections).toContain('streaming');
    for (const directory of sections) {
      await page.goto(sitePath(`/print/${directory}/`));
      const hrefs = await page.locator('[data-book-link]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(hrefs).toEqual([`${BASE_PATH}${bookPath(sectionByDirectory(directory))}`, `${BASE_PATH}${bookPath()}`]);
      for (const href of hrefs) {
        const response = await request.head(href ?? '');
        expect(response.status(), href ?? '').toBe(200);
      }
    }
  });

  test('the Streaming PDF: cover, one contents sheet, then the print document and the cram sheet, sheet for sheet', async ({ page, request }) => {
    const plan = await planOf(request);
    const book = plan.books.find((candidate) => candidate.section === 'streaming');
    if (!book) throw new Error('no Streaming book in the plan');
    const { file, pages, sheets } = await download(request, bookPath(sectionByDirectory('streaming')));
    const section = await printedAlone(page, '/print/streaming/');
    const cram = await printedAlone(page, '/cram/streaming/');
    // Cover (1) and contents (1: under twenty lines) before the two documents.
    expect(pages).toBe(2 + section + cram);
    expect(sheets[1]).toContain('Streaming');
    expect(sheets[1]).toContain(`A section of ${plan.siteTitle}`);
    expect(sheets[2]).toMatch(/^Contents /);
    const lines = contentsOf(file, 2, 2, book);
    expect(lines[0]).toEqual({ title: 'Streaming', page: 3 });
    expect(lines.find((line) => line.title === 'Cram sheet')?.page).toBe(3 + section);
    for (const line of lines.filter((candidate) => !book.groups.some((group) => group.label === candidate.title))) {
      expect(sheets[line.page], `sheet ${line.page} has “${line.title}”`).toContain(line.title);
    }
    // Every sheet after the cover carries its number.
    for (const sheet of [2, 3, pages]) expect(sheets[sheet]).toMatch(new RegExp(`(^| )${sheet}$`));
  });

  test('the whole site: cover with the exams, contents of every section and page with their sheets, known facts where the contents say', async ({
    page,
    request,
  }) => {
    const plan = await planOf(request);
    const book = plan.books.find((candidate) => candidate.section === undefined);
    if (!book) throw new Error('no whole-site book in the plan');
    const { bytes, file, pages, sheets } = await download(request, bookPath());

    // The cover: the site's name, the build date, the exams a learner can sit now (src/content/exams: current, beta).
    expect(sheets[1]).toContain(plan.siteTitle);
    expect(sheets[1]).toMatch(/Built on \d{1,2} [A-Z][a-z]+ 20\d\d/);
    for (const code of ['DEA-C01', 'MLA-C02']) expect(sheets[1]).toContain(code);
    expect(sheets[1]).not.toContain('MLS-C01'); // retired

    // The contents, on the sheets from 2 up to the sheet before the first section.
    const firstSection = Number(/^Contents Start here (\d+)/.exec(sheets[2] ?? '')?.[1]);
    expect(firstSection).toBeGreaterThan(2);
    const lines = contentsOf(file, 2, firstSection - 1, book);
    expect(book.groups.map((group) => group.label)).toEqual([...SECTIONS.map((section) => section.label), 'Cram sheet']);
    // A section starts on the sheet of its first page, and each page's title is on the sheet the contents give.
    const isGroup = (title: string) => book.groups.some((group) => group.label === title);
    lines.forEach((line, index) => {
      if (isGroup(line.title)) expect(line.page, line.title).toBe(lines[index + 1]?.page);
      else expect(sheets[line.page], `sheet ${line.page} has “${line.title}”`).toContain(line.title);
    });
    const numbers = lines.map((line) => line.page);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));

    // Sheet counts against documents printed here: the Streaming section spans its print document, and the book
    // ends with the whole cram sheet.
    const startOf = (title: string) => lines.find((line) => line.title === title)?.page ?? NaN;
    const groupStarts = lines.filter((line) => isGroup(line.title));
    const afterStreaming = groupStarts[groupStarts.findIndex((line) => line.title === 'Streaming') + 1]?.page ?? NaN;
    expect(afterStreaming - startOf('Streaming')).toBe(await printedAlone(page, '/print/streaming/'));
    expect(pages).toBe(startOf('Cram sheet') + (await printedAlone(page, '/cram/')) - 1);

    // Known facts, from the pages' sources, on the sheets between their page's entry and the next one.
    const facts = [
      {
        source: 'src/content/docs/streaming/kinesis-data-streams.mdx',
        entry: 'Amazon Kinesis Data Streams',
        fact: 'A shard takes **1 MB/s or 1,000 records/s** of writes and serves **2 MB/s** of reads, in both capacity modes.',
      },
      {
        source: 'src/content/docs/storage/amazon-s3.mdx',
        entry: 'Amazon S3',
        fact: 'The largest object is **48.8 TiB** (53.7 TB, often rounded to 50 TB), the multipart upload limit of **10,000 parts** of up to 5 GiB each.',
      },
      // A skill of the DEA-C01 checklist (exam guide, in AWS's wording).
      {
        source: 'src/content/exams/dea-c01.yaml',
        entry: 'DEA-C01: AWS Certified Data Engineer – Associate',
        fact: 'Call a Lambda function from Kinesis.',
      },
    ];
    for (const { source, entry, fact } of facts) {
      expect(readFileSync(source, 'utf8'), `${source} still says it`).toContain(fact);
      const index = lines.findIndex((line) => line.title === entry);
      expect(index, entry).toBeGreaterThan(-1);
      const from = lines[index]?.page ?? NaN;
      const to = lines[index + 1]?.page ?? pages;
      const text = sheets.slice(from, to + 1).join(' ');
      expect(text, `${entry}, sheets ${from}–${to}`).toContain(fact.replace(/\*\*/g, ''));
    }

    // Links go to the site's address (the build's SITE_URL), never to the script's local server.
    const pdf = await PDFDocument.load(bytes);
    const uris = pdf.getPages().flatMap((sheet) => {
      const annots = sheet.node.Annots();
      return Array.from({ length: annots?.size() ?? 0 }, (_, index) => {
        const uri = annots?.lookupMaybe(index, PDFDict)?.lookupMaybe(PDFName.of('A'), PDFDict)?.lookup(PDFName.of('URI'));
        return uri instanceof PDFString || uri instanceof PDFHexString ? uri.decodeText() : '';
      }).filter(Boolean);
    });
    expect(uris.filter((uri) => uri.startsWith(`${ORIGIN}${BASE_PATH}`)).length).toBeGreaterThan(100);
    expect(uris.filter((uri) => uri.startsWith('http://127.0.0.1') && !uri.startsWith(`${ORIGIN}${BASE_PATH}`))).toEqual([]);
  });
});
