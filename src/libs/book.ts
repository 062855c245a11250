/**
 * The downloadable book: the whole site as one PDF and each printable section as a PDF of its own, printed by
 * `npm run book` (scripts/book.mjs) from a built site. This module decides what goes in each PDF and in what order;
 * the build publishes that plan as `book/plan.json` (src/pages/book/plan.json.ts), so the script prints exactly the
 * documents of the build it is given. Pure, and free of the `~/` alias: Node loads it directly (type stripping)
 * when the script runs, as it loads ./sections.ts.
 *
 * A book is groups of parts. A part is one document of the built site printed on its own: a section's print
 * document (`print/<section>/`, its pages in sidebar order, the exam pages as checklists), a page that prints on
 * its own (the study tools, the pages of a section without a print document) or a cram sheet. Each part lists the
 * pages it holds, with the anchor of each page's title in a print document, so the contents can give every page's
 * sheet number.
 */
import {
  cramSheetPath,
  cramSheetTitle,
  isPrintable,
  isTopicSection,
  PRINTED_ON_THEIR_OWN,
  printDocuments,
  SECTIONS,
  sectionOfPage,
  sectionPrintPath,
  comparePages,
  positionOfDoc,
  type DocEntry,
  type Section,
} from './sections.ts';

/** Where the PDFs go, under the base path of the built site. */
export const BOOK_FOLDER = 'book/';
/** The whole site's PDF, without the folder and extension. */
export const WHOLE_BOOK_NAME = 'aws-data-engineering-for-ml';
/** The plan the build publishes for the book script, under the base path. */
export const BOOK_PLAN_PATH = `${BOOK_FOLDER}plan.json`;
/** The plan's format; the script refuses any other. */
export const BOOK_PLAN_VERSION = 1;

/**
 * Whether the pages link the PDFs: only in a build that `npm run book` will follow, marked by SITE_BOOK=1 (the
 * deploy workflow and the browser tests' build set it, and run the script after the build). A plain build (`npm
 * start`, `npm run build`) has no PDFs, so it shows no link that would answer 404.
 */
export function booksLinked(env: Readonly<Record<string, string | undefined>>): boolean {
  return env['SITE_BOOK'] === '1';
}

/** The whole site's PDF (`book/aws-data-engineering-for-ml.pdf`) or a section's (`book/<section>.pdf`), under the base path. */
export function bookPath(section?: Section): string {
  return `${BOOK_FOLDER}${section ? section.directory : WHOLE_BOOK_NAME}.pdf`;
}

/** The id of a page's title in its section's print document (`page-streaming--kinesis-data-streams`). */
export function printAnchor(id: string): string {
  return `page-${id.replace('/', '--')}`;
}

/** A page inside a part: its title and, in a print document, the id of its title (a PDF named destination). */
export interface BookEntry {
  readonly title: string;
  readonly anchor?: string;
}

/** One document of the built site, printed on its own: its path under the base path and the pages it holds. */
export interface BookPart {
  readonly path: string;
  readonly title: string;
  readonly entries: readonly BookEntry[];
}

/** A heading of the contents (a section, or the cram sheet) and the parts under it. */
export interface BookGroup {
  readonly label: string;
  readonly parts: readonly BookPart[];
}

/** One PDF: its path under the base path, what its cover calls it, and its groups in order. */
export interface BookFile {
  readonly file: string;
  readonly title: string;
  /** The section's folder for a section's PDF; absent for the whole site. */
  readonly section?: string;
  readonly groups: readonly BookGroup[];
}

/** An exam the cover names: the exams a learner can sit now, as the home page lists them. */
export interface BookExam {
  readonly code: string;
  readonly name: string;
  readonly status: string;
}

/** What the build tells the book script (`book/plan.json`). */
export interface BookPlan {
  readonly version: typeof BOOK_PLAN_VERSION;
  /** Whether the build's pages link the PDFs (SITE_BOOK=1): the script says so when they do not. */
  readonly linked: boolean;
  readonly siteTitle: string;
  readonly exams: readonly BookExam[];
  readonly books: readonly BookFile[];
}

/** A docs entry as the plan needs it: id, title and sidebar position. */
export interface BookDoc extends DocEntry {
  readonly data: DocEntry['data'] & { readonly title: string };
}

/** The sections that get a PDF of their own (and a link to it): those with a print document. */
export function sectionBooks(docs: readonly DocEntry[]): Section[] {
  return printDocuments(docs).map((document) => document.section);
}

/**
 * A section's parts: its print document (when it has one), then its pages that print on their own, in sidebar
 * order. (Those pages are the study tools, last in their section, and the pages of a section without a print
 * document, so this is the sidebar order.)
 */
function sectionParts(section: Section, docs: readonly BookDoc[]): BookPart[] {
  const document = printDocuments(docs).find((candidate) => candidate.section === section);
  const alone = docs
    .filter((entry) => sectionOfPage(entry.id) === section && (!isPrintable(section) || PRINTED_ON_THEIR_OWN.has(entry.id)))
    .sort((a, b) => comparePages(positionOfDoc(a), positionOfDoc(b)));
  return [
    ...(document
      ? [
          {
            path: sectionPrintPath(section),
            title: `${section.label}: the whole section`,
            entries: document.pages.map((entry) => ({ title: entry.data.title, anchor: printAnchor(entry.id) })),
          },
        ]
      : []),
    ...alone.map((entry) => ({ path: `${entry.id}/`, title: entry.data.title, entries: [{ title: entry.data.title }] })),
  ];
}

/** The cram sheet group: the whole site's sheet, or a section's. */
function cramGroup(section?: Section): BookGroup {
  const title = cramSheetTitle(section);
  return { label: 'Cram sheet', parts: [{ path: cramSheetPath(section), title, entries: [{ title }] }] };
}

/**
 * The plan: the whole site's book (every section in sidebar order, then the whole cram sheet) and one book per
 * section with a print document (its parts, then its cram sheet when it is a topic section).
 */
export function bookPlan(input: { siteTitle: string; docs: readonly BookDoc[]; exams: readonly BookExam[]; linked: boolean }): BookPlan {
  const { siteTitle, docs, exams, linked } = input;
  const whole: BookFile = {
    file: bookPath(),
    title: siteTitle,
    groups: [
      ...SECTIONS.map((section) => ({ label: section.label, parts: sectionParts(section, docs) })).filter((group) => group.parts.length > 0),
      cramGroup(),
    ],
  };
  const sections = sectionBooks(docs).map((section): BookFile => ({
    file: bookPath(section),
    title: section.label,
    section: section.directory,
    groups: [{ label: section.label, parts: sectionParts(section, docs) }, ...(isTopicSection(section) ? [cramGroup(section)] : [])],
  }));
  return { version: BOOK_PLAN_VERSION, linked, siteTitle, exams, books: [whole, ...sections] };
}

/** Where each entry of a part starts: its sheet number within the part (1-based) by anchor; the part's first sheet otherwise. */
export type EntryPages = ReadonlyMap<string, number>;

/** A line of the contents: a group heading or an entry, with the sheet it starts on in the whole PDF (1-based). */
export interface ContentsLine {
  readonly level: 1 | 2;
  readonly title: string;
  readonly page: number;
}

/** What the book script learnt about a printed part: its number of sheets and where its anchored entries start. */
export interface PrintedPart {
  readonly pages: number;
  readonly anchors: EntryPages;
}

/**
 * The contents of a book whose parts follow `frontPages` sheets (cover and contents): a line per group (on the
 * sheet of its first part) and a line per entry (the sheet its title is on). Throws when an anchored entry is not
 * in its printed part, or a part was not printed, rather than give a wrong number.
 */
export function contentsLines(book: BookFile, printed: ReadonlyMap<string, PrintedPart>, frontPages: number): ContentsLine[] {
  const lines: ContentsLine[] = [];
  let next = frontPages + 1;
  for (const group of book.groups) {
    lines.push({ level: 1, title: group.label, page: next });
    for (const part of group.parts) {
      const result = printed.get(part.path);
      if (!result) throw new Error(`${book.file}: the part ${part.path} was not printed`);
      for (const entry of part.entries) {
        const within = entry.anchor === undefined ? 1 : result.anchors.get(entry.anchor);
        if (within === undefined) throw new Error(`${book.file}: no #${entry.anchor ?? ''} in the printed ${part.path}`);
        if (within < 1 || within > result.pages) throw new Error(`${book.file}: #${entry.anchor ?? ''} on sheet ${within} of ${result.pages}`);
        lines.push({ level: 2, title: entry.title, page: next + within - 1 });
      }
      next += result.pages;
    }
  }
  return lines;
}

/** The number of sheets of a book: its front matter and every part. */
export function bookPageCount(book: BookFile, printed: ReadonlyMap<string, PrintedPart>, frontPages: number): number {
  return book.groups.flatMap((group) => group.parts).reduce((sum, part) => sum + (printed.get(part.path)?.pages ?? 0), frontPages);
}

/** Every distinct part of the plan, in the order it first appears (each is printed once, whatever books share it). */
export function distinctParts(plan: BookPlan): BookPart[] {
  const seen = new Map<string, BookPart>();
  for (const part of plan.books.flatMap((book) => book.groups.flatMap((group) => group.parts))) {
    if (!seen.has(part.path)) seen.set(part.path, part);
  }
  return [...seen.values()];
}
