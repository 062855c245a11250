import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { parse } from 'yaml';

/** Helpers of the content tests: the pages, their frontmatter and the heading outline of an MDX page. */

/** Where the pages are, from the repository root (the tests run there). */
export const DOCS_FOLDER = 'src/content/docs';

export interface DocsPage {
  /** The file's path under `src/content/docs/`, with its extension: `streaming/amazon-msk.mdx`. */
  readonly id: string;
  readonly data: Record<string, unknown>;
  readonly body: string;
}

function listPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listPages(path);
    return /\.mdx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every page of the docs collection, read from disk. */
export function readDocsPages(): DocsPage[] {
  const docs = join(process.cwd(), DOCS_FOLDER);
  return listPages(docs).map((path) => {
    const { data, body } = splitFrontmatter(readFileSync(path, 'utf8'));
    return { id: relative(docs, path).split(sep).join('/'), data, body };
  });
}

export function splitFrontmatter(source: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { data: {}, body: source };
  return { data: (parse(match[1] ?? '') ?? {}) as Record<string, unknown>, body: source.slice(match[0].length) };
}

/** Markdown heading levels in document order, ignoring fenced code blocks. */
export function headingLevels(body: string): number[] {
  const levels: number[] = [];
  let fence: string | undefined;
  for (const line of body.split(/\r?\n/)) {
    const fenceMatch = /^\s*(```|~~~)/.exec(line);
    if (fenceMatch) {
      fence = fence === undefined ? fenceMatch[1] : fence === fenceMatch[1] ? undefined : fence;
      continue;
    }
    if (fence !== undefined) continue;
    const heading = /^(#{1,6})\s+\S/.exec(line);
    if (heading) levels.push(heading[1]?.length ?? 0);
    for (const html of line.matchAll(/<h([1-6])[\s>]/g)) levels.push(Number(html[1]));
  }
  return levels;
}

/** The first heading level that breaks the outline (an h1 in the body, or a jump of more than one level). */
export function outlineProblem(levels: readonly number[]): string | undefined {
  let previous = 1; // the page title is the h1
  for (const level of levels) {
    if (level === 1) return 'a level-1 heading in the body (the title is the only h1)';
    if (level > previous + 1) return `h${previous} is followed by h${level}`;
    previous = level;
  }
  return undefined;
}
