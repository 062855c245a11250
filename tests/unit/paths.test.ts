import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

/** Every path git tracks (and untracked ones it does not ignore), that exist in the working tree. */
function projectPaths(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { encoding: 'utf8' });
  return out.split('\0').filter((path) => path !== '' && existsSync(path));
}

/** Groups of paths (files and the folders above them) that differ only by letter case. */
export function caseClashes(paths: readonly string[]): string[][] {
  const all = new Set<string>();
  for (const path of paths) {
    const parts = path.split('/');
    for (let i = 1; i <= parts.length; i += 1) all.add(parts.slice(0, i).join('/'));
  }
  const byFolded = new Map<string, string[]>();
  for (const path of all) {
    const folded = path.toLowerCase();
    byFolded.set(folded, [...(byFolded.get(folded) ?? []), path]);
  }
  return [...byFolded.values()].filter((group) => group.length > 1).map((group) => group.sort());
}

describe('source paths', () => {
  it('finds paths that differ only by case, in files and in folders', () => {
    expect(caseClashes(['src/a/Quiz.tsx', 'src/a/quiz.ts'])).toEqual([]);
    expect(caseClashes(['src/a/Quiz.ts', 'src/a/quiz.ts'])).toEqual([['src/a/Quiz.ts', 'src/a/quiz.ts']]);
    expect(caseClashes(['src/Study/a.ts', 'src/study/b.ts'])).toEqual([['src/Study', 'src/study']]);
  });

  it('has no two paths that differ only by case (macOS and Windows would resolve one for the other)', () => {
    expect(caseClashes(projectPaths())).toEqual([]);
  });

  it('has no two modules in one folder whose names differ only by case once the extension is dropped', () => {
    // `./Quiz` can resolve to quiz.ts on a case-insensitive file system when Quiz.tsx and quiz.ts sit side by side.
    const modules = projectPaths()
      .filter((path) => /\.(?:[cm]?[jt]sx?|astro)$/.test(path))
      .map((path) => path.replace(/\.(?:[cm]?[jt]sx?|astro)$/, ''));
    expect(caseClashes(modules)).toEqual([]);
  });
});
