/**
 * The book's plan (src/libs/book.ts): which documents each PDF holds and in what order, and the contents' sheet
 * numbers, against tables worked out by hand from the sidebar rules (src/libs/sections.ts).
 */
import { describe, expect, it } from 'vitest';

import {
  bookPageCount,
  bookPath,
  bookPlan,
  booksLinked,
  contentsLines,
  distinctParts,
  printAnchor,
  sectionBooks,
  type BookDoc,
  type BookFile,
  type PrintedPart,
} from '~/libs/book';
import { sectionByDirectory } from '~/libs/sections';

/** A docs entry: id, title, `sidebar.order`. */
const doc = (id: string, title: string, order?: number): BookDoc => ({ id, data: { title, sidebar: { order } } });

/** Pages of five sections, listed out of order on purpose. */
const DOCS: readonly BookDoc[] = [
  doc('index', 'Home'),
  doc('review/practice-questions', 'Practice questions', 5),
  doc('streaming/kinesis', 'Kinesis', 2),
  doc('start-here/later', 'Later', 2),
  doc('review/flashcards', 'Flashcards', 4),
  doc('streaming/firehose', 'Firehose', 1),
  doc('start-here/guide', 'Guide', 1),
  doc('review/patterns', 'Patterns', 1),
  doc('exams/dea-c01', 'DEA-C01'),
  doc('streaming/msk', 'MSK'),
];
const EXAMS = [{ code: 'DEA-C01', name: 'Data Engineer', status: 'Current' }];

describe('the PDFs’ addresses and anchors', () => {
  it('puts the whole site and each section under book/', () => {
    expect(bookPath()).toBe('book/aws-data-engineering-for-ml.pdf');
    expect(bookPath(sectionByDirectory('streaming'))).toBe('book/streaming.pdf');
  });

  it('names a page’s title in a print document as the print document does', () => {
    expect(printAnchor('streaming/kinesis-data-streams')).toBe('page-streaming--kinesis-data-streams');
  });

  it('links the PDFs only in a build marked SITE_BOOK=1', () => {
    expect(booksLinked({ SITE_BOOK: '1' })).toBe(true);
    for (const value of [undefined, '', '0', 'true', 'yes']) expect(booksLinked({ SITE_BOOK: value })).toBe(false);
  });
});

describe('bookPlan', () => {
  const plan = bookPlan({ siteTitle: 'Site', docs: DOCS, exams: EXAMS, linked: true });
  const [whole, ...sections] = plan.books;
  const streaming = { path: 'print/streaming/', title: 'Streaming: the whole section' };
  const streamingEntries = [
    { title: 'Firehose', anchor: 'page-streaming--firehose' }, // order 1
    { title: 'Kinesis', anchor: 'page-streaming--kinesis' }, // order 2
    { title: 'MSK', anchor: 'page-streaming--msk' }, // no order: last
  ];

  it('gives the whole site every section in sidebar order, pages in sidebar order, then the whole cram sheet', () => {
    expect(whole).toEqual({
      file: 'book/aws-data-engineering-for-ml.pdf',
      title: 'Site',
      groups: [
        // Start here has no print document: each page on its own, in sidebar order.
        {
          label: 'Start here',
          parts: [
            { path: 'start-here/guide/', title: 'Guide', entries: [{ title: 'Guide' }] },
            { path: 'start-here/later/', title: 'Later', entries: [{ title: 'Later' }] },
          ],
        },
        {
          label: 'Exams',
          parts: [{ path: 'print/exams/', title: 'Exams: the whole section', entries: [{ title: 'DEA-C01', anchor: 'page-exams--dea-c01' }] }],
        },
        { label: 'Streaming', parts: [{ ...streaming, entries: streamingEntries }] },
        // The study tools print on their own, after the section's print document (they are last in the sidebar).
        {
          label: 'Review',
          parts: [
            { path: 'print/review/', title: 'Review: the whole section', entries: [{ title: 'Patterns', anchor: 'page-review--patterns' }] },
            { path: 'review/flashcards/', title: 'Flashcards', entries: [{ title: 'Flashcards' }] },
            { path: 'review/practice-questions/', title: 'Practice questions', entries: [{ title: 'Practice questions' }] },
          ],
        },
        { label: 'Cram sheet', parts: [{ path: 'cram/', title: 'Cram sheet: every key fact', entries: [{ title: 'Cram sheet: every key fact' }] }] },
      ],
    });
  });

  it('gives each section with a print document a PDF, with its cram sheet when it is a topic section', () => {
    expect(sections.map((book) => [book.file, book.section, book.groups.map((group) => group.label)])).toEqual([
      ['book/exams.pdf', 'exams', ['Exams']],
      ['book/streaming.pdf', 'streaming', ['Streaming', 'Cram sheet']],
      ['book/review.pdf', 'review', ['Review']],
    ]);
    expect(sections[1]?.groups[1]?.parts).toEqual([
      { path: 'cram/streaming/', title: 'Streaming: cram sheet', entries: [{ title: 'Streaming: cram sheet' }] },
    ]);
    expect(sectionBooks(DOCS).map((section) => section.directory)).toEqual(['exams', 'streaming', 'review']);
  });

  it('carries the cover’s title and exams, and whether the pages link the PDFs', () => {
    expect(plan).toMatchObject({ version: 1, linked: true, siteTitle: 'Site', exams: EXAMS });
    expect(bookPlan({ siteTitle: 'Site', docs: DOCS, exams: [], linked: false }).linked).toBe(false);
  });

  it('prints each document once, however many PDFs hold it, in the order they first appear', () => {
    const paths = distinctParts(plan).map((part) => part.path);
    expect(paths).toEqual([
      'start-here/guide/',
      'start-here/later/',
      'print/exams/',
      'print/streaming/',
      'print/review/',
      'review/flashcards/',
      'review/practice-questions/',
      'cram/',
      'cram/streaming/',
    ]);
  });
});

describe('contentsLines and bookPageCount', () => {
  const book: BookFile = {
    file: 'book/test.pdf',
    title: 'Test',
    groups: [
      {
        label: 'Streaming',
        parts: [
          {
            path: 'print/streaming/',
            title: 'Streaming',
            entries: [
              { title: 'Firehose', anchor: 'a' },
              { title: 'Kinesis', anchor: 'b' },
            ],
          },
          { path: 'tool/', title: 'Tool', entries: [{ title: 'Tool' }] },
        ],
      },
      { label: 'Cram sheet', parts: [{ path: 'cram/', title: 'Cram', entries: [{ title: 'Cram' }] }] },
    ],
  };
  const printed = new Map<string, PrintedPart>([
    [
      'print/streaming/',
      {
        pages: 5,
        anchors: new Map([
          ['a', 1],
          ['b', 3],
        ]),
      },
    ],
    ['tool/', { pages: 2, anchors: new Map() }],
    ['cram/', { pages: 4, anchors: new Map() }],
  ]);

  it('numbers each group and page by the sheet it starts on, after the cover and contents', () => {
    // Three front sheets: the streaming document is sheets 4–8 (Firehose on its 1st = 4, Kinesis on its 3rd = 6),
    // the tool sheets 9–10, the cram sheet 11–14.
    expect(contentsLines(book, printed, 3)).toEqual([
      { level: 1, title: 'Streaming', page: 4 },
      { level: 2, title: 'Firehose', page: 4 },
      { level: 2, title: 'Kinesis', page: 6 },
      { level: 2, title: 'Tool', page: 9 },
      { level: 1, title: 'Cram sheet', page: 11 },
      { level: 2, title: 'Cram', page: 11 },
    ]);
    expect(bookPageCount(book, printed, 3)).toBe(14);
    expect(bookPageCount(book, printed, 2)).toBe(13);
  });

  it('refuses to guess: an anchor missing or past the end of its document, or a document not printed, throws', () => {
    const without = new Map(printed).set('print/streaming/', { pages: 5, anchors: new Map([['a', 1]]) });
    expect(() => contentsLines(book, without, 3)).toThrow(/no #b in the printed print\/streaming\//);
    const beyond = new Map(printed).set('print/streaming/', {
      pages: 2,
      anchors: new Map([
        ['a', 1],
        ['b', 3],
      ]),
    });
    expect(() => contentsLines(book, beyond, 3)).toThrow(/#b on sheet 3 of 2/);
    const missing = new Map(printed);
    missing.delete('tool/');
    expect(() => contentsLines(book, missing, 3)).toThrow(/the part tool\/ was not printed/);
  });
});
