/**
 * The sections module (src/libs/sections.ts) against hand-worked tables, and against Starlight itself: Starlight's
 * own sidebar code runs here over tables of pages (a stand-in `docs` collection), and the print documents, the
 * study data's deck order and the section order must list the pages exactly as that sidebar does.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { beforeEach, describe, expect, it, vi } from 'vitest';

import {
  compareInSidebar,
  comparePages,
  compareSections,
  isPrintable,
  NOT_PRINTED_SECTIONS,
  PRINTED_ON_THEIR_OWN,
  printableSections,
  printDocuments,
  SECTION_DIRECTORIES,
  SECTIONS,
  sectionByDirectory,
  sectionOfPage,
  sectionOfPath,
  sectionOfUrl,
  sectionPrintPath,
  type PagePosition,
} from '~/libs/sections';

import { DOCS_FOLDER, readDocsPages } from './support/content-outline';

/** A page of a stand-in docs collection: id, title and `sidebar.order`. */
interface FakePage {
  readonly id: string;
  readonly title: string;
  readonly order?: number;
}

const collections = vi.hoisted(() => ({ docs: [] as unknown[], decks: [] as unknown[], questions: [] as unknown[] }));

// Starlight's routing and the study catalog read the docs through `astro:content`; here they read a table.
vi.mock('astro:content', () => ({
  getCollection: (name: 'docs' | 'decks' | 'questions') => Promise.resolve(collections[name]),
  render: () => Promise.resolve({ headings: [] }),
}));

function useDocs(pages: readonly FakePage[]) {
  const docs = pages.map(({ id, title, order }) => ({
    id,
    collection: 'docs',
    filePath: `${DOCS_FOLDER}/${id}.mdx`,
    data: { title, sidebar: order === undefined ? {} : { order } },
  }));
  collections.docs = docs;
  return docs;
}

/** The sidebar Starlight builds from the site's config over the current stand-in collection: labels and page ids. */
async function starlightSidebar(): Promise<Array<{ label: string; ids: string[] }>> {
  vi.resetModules(); // Starlight reads the collection once per module instance
  // Not exported by the package: its built file, the code that builds every page's sidebar.
  const { getSidebarFromConfig } = await import('../../node_modules/@astrojs/starlight/dist/utils/navigation.js');
  // Starlight's resolved config, built from astro.config.mjs (Starlight ships no types for this module).
  const userConfig = 'virtual:starlight/user-config';
  const { default: config } = (await import(/* @vite-ignore */ userConfig)) as { default: { sidebar: Parameters<typeof getSidebarFromConfig>[0] } };
  return getSidebarFromConfig(config.sidebar, '/', undefined).map((group) => {
    if (group.type !== 'group') throw new Error(`a top-level sidebar link: ${group.label}`);
    const ids = group.entries.map((entry) => {
      if (entry.type !== 'link') throw new Error(`a nested group in ${group.label}: sections are flat folders`);
      return entry.href.replace(/^\/|\/$/g, '');
    });
    return { label: group.label, ids };
  });
}

/** Tables of pages whose order each rule decides; titles run against the ids so a title tie-break shows. */
const PAGE_TABLES: ReadonlyArray<{ name: string; pages: readonly FakePage[] }> = [
  {
    name: 'sidebar.order decides, as a number (9 before 10), not the id or the title',
    pages: [
      { id: 'streaming/aaa', title: 'Zed', order: 10 },
      { id: 'streaming/bbb', title: 'Yak', order: 9 },
      { id: 'streaming/ccc', title: 'Xen', order: -1 },
      { id: 'streaming/ddd', title: 'Wok', order: 0 },
    ],
  },
  {
    name: 'a page without an order comes after every page with one, however large',
    pages: [
      { id: 'storage/aaa', title: 'Apple' },
      { id: 'storage/bbb', title: 'Banana', order: 1_000_000 },
      { id: 'storage/ccc', title: 'Cherry', order: 2 },
    ],
  },
  {
    name: 'equal orders: by id, not by title',
    pages: [
      { id: 'processing/zebra', title: 'Aardvark', order: 1 },
      { id: 'processing/apple', title: 'Zulu', order: 1 },
      { id: 'processing/mango', title: 'Middle', order: 1 },
    ],
  },
  {
    name: 'no orders at all: by id, not by title',
    pages: [
      { id: 'databases/c-page', title: 'A' },
      { id: 'databases/a-page', title: 'C' },
      { id: 'databases/b-page', title: 'B' },
    ],
  },
  {
    name: 'id tie-break with an English collator, not code points (alpha, beta, Zeta)',
    pages: [
      { id: 'security/Zeta', title: 'Zeta' },
      { id: 'security/beta', title: 'beta' },
      { id: 'security/alpha', title: 'alpha' },
      { id: 'security/item-9', title: 'Nine', order: 5 },
      { id: 'security/item-10', title: 'Ten', order: 5 },
    ],
  },
  {
    name: 'pages of several sections, with the excluded and the not-printed ones',
    pages: [
      { id: 'review/practice-questions', title: 'Practice questions', order: 5 },
      { id: 'review/flashcards', title: 'Flashcards', order: 4 },
      { id: 'review/limits', title: 'Limits', order: 4 },
      { id: 'start-here/how-to', title: 'How to', order: 1 },
      { id: 'tools/calc', title: 'Calculator' },
      { id: 'streaming/kds', title: 'KDS', order: 1 },
    ],
  },
];

/** The pages the repository has, as the docs collection would give them. */
function realPages(): FakePage[] {
  return readDocsPages()
    .filter((page) => page.id !== 'index.mdx')
    .map((page) => {
      const sidebar = page.data['sidebar'] as { order?: number } | undefined;
      return {
        id: page.id.replace(/\.mdx?$/, ''),
        title: String(page.data['title']),
        ...(sidebar?.order === undefined ? {} : { order: sidebar.order }),
      };
    });
}

describe('the sections', () => {
  it('every folder of src/content/docs is a section, and every section a folder', () => {
    const folders = readdirSync(join(process.cwd(), DOCS_FOLDER), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect([...SECTION_DIRECTORIES].sort()).toEqual(folders.sort());
  });

  it('ids and labels are unique', () => {
    expect(new Set(SECTIONS.map((section) => section.directory)).size).toBe(SECTIONS.length);
    expect(new Set(SECTIONS.map((section) => section.label)).size).toBe(SECTIONS.length);
  });

  it.each([
    { input: 'streaming/kinesis-data-streams', label: 'Streaming' },
    { input: '/catalog-etl/aws-glue/', label: 'Catalog & ETL' },
    { input: 'ml-touchpoints/sagemaker-data-formats', label: 'ML data preparation' },
    { input: 'start-here/how-to-use-this-site', label: 'Start here' },
    { input: 'review', label: 'Review' },
    { input: 'print/streaming/', label: undefined },
    { input: 'Streaming/kinesis-data-streams', label: undefined },
    { input: '', label: undefined },
  ])('the section of the path "$input" is $label', ({ input, label }) => {
    expect(sectionOfPath(input)).toBe(label);
    expect(sectionOfPage(input)?.label).toBe(label);
  });

  it.each([
    { url: '/aws-ml-study/storage/amazon-s3/', base: '/aws-ml-study/', label: 'Storage' },
    { url: '/aws-ml-study/review/limits-cheat-sheet/#kinesis', base: '/aws-ml-study/', label: 'Review' },
    { url: '/storage/amazon-s3/', base: '/', label: 'Storage' },
    { url: '/storage/amazon-s3/', base: '/aws-ml-study/', label: 'Storage' },
    { url: '/aws-ml-study/', base: '/aws-ml-study/', label: undefined },
    { url: '/aws-ml-study/print/storage/', base: '/aws-ml-study/', label: undefined },
  ])('the section of the URL $url under $base is $label', ({ url, base, label }) => {
    expect(sectionOfUrl(url, base)).toBe(label);
  });

  it.each([
    { a: 'start-here', b: 'storage', sign: -1 },
    { a: 'review', b: 'tools', sign: 1 },
    { a: 'streaming', b: 'streaming', sign: 0 },
    { a: 'no-such-section', b: 'review', sign: 1 },
  ])('section $a sorts $sign against $b', ({ a, b, sign }) => {
    expect(Math.sign(compareSections(a, b))).toBe(sign);
  });

  it.each([
    { a: { id: 'x/b', order: 1 }, b: { id: 'x/a', order: 2 }, sign: -1 },
    { a: { id: 'x/a', order: 10 }, b: { id: 'x/b', order: 9 }, sign: 1 },
    { a: { id: 'x/a' }, b: { id: 'x/b', order: Number.MAX_SAFE_INTEGER }, sign: 1 },
    { a: { id: 'x/b' }, b: { id: 'x/a' }, sign: 1 },
    { a: { id: 'x/alpha', order: 3 }, b: { id: 'x/Beta', order: 3 }, sign: -1 },
    { a: { id: 'x/a', order: 3 }, b: { id: 'x/a', order: 3 }, sign: 0 },
  ] satisfies Array<{ a: PagePosition; b: PagePosition; sign: number }>)(
    'page $a.id ($a.order) sorts $sign against $b.id ($b.order)',
    ({ a, b, sign }) => {
      expect(Math.sign(comparePages(a, b))).toBe(sign);
    },
  );

  it.each([
    { a: { id: 'storage/z', order: 9 }, b: { id: 'streaming/a', order: 1 }, sign: -1, why: 'section first' },
    { a: { id: 'review/a', order: 1 }, b: { id: 'tools/z', order: 9 }, sign: 1, why: 'section first' },
    { a: { id: 'tools/b', order: 1 }, b: { id: 'tools/a', order: 2 }, sign: -1, why: 'then the page order' },
  ] satisfies Array<{ a: PagePosition; b: PagePosition; sign: number; why: string }>)('$a.id sorts $sign against $b.id: $why', ({ a, b, sign }) => {
    expect(Math.sign(compareInSidebar(a, b))).toBe(sign);
  });

  it('only "Start here" has no print document; the study tools are left out of theirs', () => {
    expect(SECTIONS.filter((section) => !isPrintable(section)).map((section) => section.directory)).toEqual(['start-here']);
    expect([...NOT_PRINTED_SECTIONS]).toEqual(['start-here']);
    expect([...PRINTED_ON_THEIR_OWN].sort()).toEqual(['review/flashcards', 'review/practice-questions']);
    expect(printableSections().map(sectionPrintPath)).toContain('print/review/');
  });

  it('the pages left out of the print documents exist', () => {
    const ids = new Set(realPages().map((page) => page.id));
    for (const id of PRINTED_ON_THEIR_OWN) expect(ids.has(id), id).toBe(true);
  });

  it.each([
    {
      name: 'a section whose pages all print on their own has no document',
      ids: ['review/flashcards', 'review/practice-questions', 'tools/a'],
      documents: ['tools'],
    },
    { name: 'start-here has none', ids: ['start-here/a', 'storage/a'], documents: ['storage'] },
    { name: 'documents in section order', ids: ['review/a', 'storage/a', 'tools/a'], documents: ['storage', 'tools', 'review'] },
    { name: 'a page outside every section is in none', ids: ['index', 'elsewhere/a'], documents: [] },
  ])('print documents: $name', ({ ids, documents }) => {
    const docs = ids.map((id) => ({ id, data: { sidebar: {} } }));
    expect(printDocuments(docs).map((document) => document.section.directory)).toEqual(documents);
  });

  it('sectionByDirectory finds each section and nothing else', () => {
    for (const section of SECTIONS) expect(sectionByDirectory(section.directory)).toBe(section);
    expect(sectionByDirectory('print')).toBeUndefined();
  });
});

describe('the order is Starlight’s own sidebar order', () => {
  beforeEach(() => {
    collections.docs = [];
    collections.decks = [];
    collections.questions = [];
  });

  it('the sidebar has one group per section, labelled and ordered as SECTIONS', async () => {
    useDocs([]);
    expect((await starlightSidebar()).map((group) => group.label)).toEqual(SECTIONS.map((section) => section.label));
  });

  it.each([...PAGE_TABLES, { name: 'the pages of this site', pages: realPages() }])(
    'print documents list their pages as the sidebar does: $name',
    async ({ pages }) => {
      const docs = useDocs(pages);
      const sidebar = await starlightSidebar();
      const expected = sidebar
        .map((group, index) => ({ section: SECTIONS[index], ids: group.ids.filter((id) => !PRINTED_ON_THEIR_OWN.has(id)) }))
        .filter(({ section, ids }) => section !== undefined && isPrintable(section) && ids.length > 0)
        .map(({ section, ids }) => ({ section: section?.directory, ids }));
      const documents = printDocuments(docs).map(({ section, pages: printed }) => ({
        section: section.directory,
        ids: printed.map((page) => page.id),
      }));
      expect(documents).toEqual(expected);
    },
  );

  it.each([...PAGE_TABLES, { name: 'the pages of this site', pages: realPages() }])(
    'the study data orders decks and question sets as the sidebar does: $name',
    async ({ pages }) => {
      useDocs(pages);
      // One deck per page and one question set per section, listed backwards so that keeping input order fails.
      collections.decks = [...pages].reverse().map((page) => ({
        id: page.id.split('/')[1],
        data: { title: `${page.title} deck`, section: page.id.split('/')[0], page: page.id, cards: [] },
      }));
      const sections = [...new Set(pages.map((page) => page.id.split('/')[0]))].reverse();
      collections.questions = sections.map((section) => ({ id: section, data: { section, title: `${section} questions`, questions: [] } }));

      const sidebar = await starlightSidebar();
      const { loadStudyData } = await import('~/libs/study/catalog');
      const data = await loadStudyData();
      expect(data.decks.map((deck) => deck.page.id)).toEqual(sidebar.flatMap((group) => group.ids));
      expect(data.sets.map((set) => set.sectionLabel)).toEqual(sidebar.filter((group) => group.ids.length > 0).map((group) => group.label));
    },
  );
});
