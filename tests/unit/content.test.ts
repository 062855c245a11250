import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { describe, expect, it } from 'vitest';

import { sidebarGroups } from '~/lib/sidebar.mjs';

import { headingLevels, outlineProblem, splitFrontmatter } from './support/content-outline';

const DOCS = join(process.cwd(), 'src/content/docs');

function listPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listPages(path);
    return /\.mdx?$/.test(entry.name) ? [path] : [];
  });
}

const pages = listPages(DOCS).map((path) => {
  const { data, body } = splitFrontmatter(readFileSync(path, 'utf8'));
  return { id: relative(DOCS, path).split(sep).join('/'), data, body };
});
// Every page but the home page must sit in a sidebar group's folder.
const topicPages = pages.filter((page) => page.id !== 'index.mdx');

describe('the content checks themselves', () => {
  it.each([
    [[2, 3, 3, 2, 3], undefined],
    [[2, 4], 'h2 is followed by h4'],
    [[3], 'h1 is followed by h3'],
    [[2, 1], 'a level-1 heading in the body (the title is the only h1)'],
  ])('outline %j -> %j', (levels, problem) => {
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

  const groups = new Set(sidebarGroups.map((group) => group.directory));

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

  it.each(topicPages.map((page) => [page.id, page] as const))('%s is in a sidebar group', (id) => {
    expect(groups.has(id.split('/')[0] ?? '')).toBe(true);
  });

  it.each(pages.map((page) => [page.id, page] as const))('%s never skips a heading level', (_id, page) => {
    expect(outlineProblem(headingLevels(page.body))).toBeUndefined();
  });
});
