import { parse } from 'yaml';

/** Helpers of the content test: frontmatter and the heading outline of an MDX page. */

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
