import { describe, expect, it } from 'vitest';

import { sectionOfPage } from '~/libs/sections';

import { headingLevels, outlineProblem, readDocsPages } from './support/content-outline';

const pages = readDocsPages();
// Every page but the home page must sit in a sidebar group's folder.
const topicPages = pages.filter((page) => page.id !== 'index.mdx');

describe('the content checks themselves', () => {
  it.each([
    { levels: [2, 3, 3, 2, 3], problem: undefined },
    { levels: [2, 4], problem: 'h2 is followed by h4' },
    { levels: [3], problem: 'h1 is followed by h3' },
    { levels: [2, 1], problem: 'a level-1 heading in the body (the title is the only h1)' },
  ])('outline $levels -> $problem', ({ levels, problem }) => {
    expect(outlineProblem(levels)).toBe(problem);
  });

  it('ignores headings inside code fences and reads HTML headings', () => {
    expect(headingLevels('## A\n```md\n# not a heading\n```\n<h4>x</h4>\n### B')).toEqual([2, 4, 3]);
  });
});

describe('content pages', () => {
  it('there are topic pages to check', () => {
    expect(topicPages.length).toBeGreaterThan(0);
  });

  it.each(pages.map((page) => [page.id, page] as const))('%s has a title and a one-sentence description', (_id, page) => {
    expect(typeof page.data['title']).toBe('string');
    const description = page.data['description'];
    expect(typeof description, 'description in frontmatter').toBe('string');
    const text = String(description).trim();
    expect(text.length).toBeGreaterThan(20);
    expect(text.length).toBeLessThanOrEqual(300);
    // One sentence: a single terminal full stop at the end (abbreviations such as "e.g." aside).
    expect(text.replace(/\b(e\.g|i\.e|etc|vs)\./g, '').match(/[.!?](\s|$)/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  // Directly in the folder: the section page order (src/libs/sections.ts) is Starlight's order for a flat folder.
  it.each(topicPages.map((page) => [page.id, page] as const))('%s is directly in a section folder (a sidebar group)', (id) => {
    expect(sectionOfPage(id), 'the folder is a section in src/libs/sections.ts').toBeDefined();
    expect(id.split('/'), 'no sub-folders: <section>/<page>.mdx').toHaveLength(2);
  });

  it.each(pages.map((page) => [page.id, page] as const))('%s never skips a heading level', (_id, page) => {
    expect(outlineProblem(headingLevels(page.body))).toBeUndefined();
  });
});

/** The header row of every Markdown table (the line before a `| --- |` delimiter row), outside code fences. */
function tableHeaderCells(body: string): string[][] {
  const lines = body.split(/\r?\n/);
  const headers: string[][] = [];
  let fence = false;
  lines.forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    const next = lines[index + 1] ?? '';
    if (!fence && line.trim().startsWith('|') && /^\s*\|?\s*:?-{3,}/.test(next)) {
      headers.push(
        line
          .trim()
          .replace(/^\||\|$/g, '')
          .split(/(?<!\\)\|/)
          .map((cell) => cell.trim()),
      );
    }
  });
  return headers;
}

describe('tables', () => {
  it.each([
    { body: '| A | B |\n| --- | --- |\n| 1 | 2 |', empty: false },
    { body: '| | B |\n|---|---|\n| 1 | 2 |', empty: true },
    { body: '```\n| | B |\n|---|---|\n```', empty: false },
  ])('the checker: $body', ({ body, empty }) => {
    expect(tableHeaderCells(body).some((cells) => cells.includes(''))).toBe(empty);
  });

  // axe's empty-table-header rule: a header cell with no text tells a screen reader nothing.
  it.each(pages.map((page) => [page.id, page] as const))('%s has no empty table header cell', (_id, page) => {
    expect(tableHeaderCells(page.body).filter((cells) => cells.includes(''))).toEqual([]);
  });
});
