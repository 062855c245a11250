/**
 * The pages' exam skills, read as the build reads them: every topic page declares the skills it teaches, every
 * reference names a skill of an exam guide (and, with #anchor, a heading of the page), and every question's skill
 * ids exist. The build runs the same check (src/libs/exams/catalog.ts) and fails on a problem.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { examView, referenceProblems, type ExamEntry, type ExamPage } from '~/libs/exams/coverage';
import { exam as examSchema } from '~/libs/exams/schema';
import { isOpenToLearners } from '~/libs/exams/labels';
import { NOT_TOPIC_SECTIONS, sectionOfPage } from '~/libs/sections';

import { readDocsPages } from './support/content-outline';

const EXAMS = join(process.cwd(), 'src/content/exams');
const exams: ExamEntry[] = readdirSync(EXAMS)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ key: name.replace(/\.yaml$/, ''), data: examSchema.parse(parse(readFileSync(join(EXAMS, name), 'utf8'))) }));

/** A page's heading anchors as Starlight makes them (github-slugger over the heading text). */
function headings(body: string): Map<string, string> {
  const slugger = new GithubSlugger();
  const found = new Map<string, string>();
  let fence = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    const match = fence ? null : /^#{2,6}\s+(.+?)\s*$/.exec(line);
    if (match?.[1]) {
      const text = match[1]
        .replace(/<[^>]+>/g, '')
        .replace(/`/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
      found.set(slugger.slug(text), text);
    }
  }
  return found;
}

const docs = readDocsPages().filter((page) => page.id !== 'index.mdx');
const pages: ExamPage[] = docs.map((page) => ({
  id: page.id.replace(/\.mdx?$/, ''),
  title: String(page.data.title),
  skills: Array.isArray(page.data.skills) ? page.data.skills.map(String) : [],
  headings: headings(page.body),
}));
const isTopic = (id: string) => !NOT_TOPIC_SECTIONS.has(sectionOfPage(id)?.directory ?? '');

describe('the pages declare their exam skills', () => {
  it('there are exams and topic pages to check', () => {
    expect(exams.map((exam) => exam.key)).toEqual(expect.arrayContaining(['dea-c01', 'mla-c02']));
    expect(pages.filter((page) => isTopic(page.id)).length).toBeGreaterThan(30);
  });

  // A legacy page (`<Legacy scope="page" />`: no current exam asks for it) declares the retired exam's tasks instead.
  const legacyPages = new Set(docs.filter((page) => page.body.includes('<Legacy scope="page"')).map((page) => page.id.replace(/\.mdx?$/, '')));

  it.each(pages.filter((page) => isTopic(page.id)).map((page) => ({ id: page.id, page })))('$id declares the skills it teaches', ({ id, page }) => {
    const open = new Set(exams.filter((exam) => isOpenToLearners(exam.data.status)).map((exam) => exam.key));
    const current = page.skills.filter((ref) => open.has(ref.split(':')[0] ?? ''));
    if (legacyPages.has(id)) expect(page.skills, 'a legacy page names the retired exam tasks it served').not.toEqual([]);
    else expect(current, 'a topic page names the current exam skills it teaches').not.toEqual([]);
  });

  it('every reference names a skill of a guide and a heading of its page', () => {
    expect(referenceProblems(exams, pages)).toEqual([]);
  });

  it('the checker sees a bad anchor and an unknown skill', () => {
    const page = pages.find((p) => p.skills.length > 0);
    expect(page).toBeDefined();
    if (!page) return;
    expect(referenceProblems(exams, [{ ...page, skills: ['dea-c01:1.1.1#no-such-heading', 'dea-c01:9.9.9'] }])).toHaveLength(2);
  });
});

describe('every question names skills that exist', () => {
  const dir = join(process.cwd(), 'src/content/questions');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.yaml'));
  const questions = files.flatMap((file) => {
    const data = parse(readFileSync(join(dir, file), 'utf8')) as { questions?: Array<{ id: string; skills?: string[] }> };
    return (data.questions ?? []).map((q) => ({ where: `${file}, question ${q.id}`, skills: q.skills ?? [] }));
  });
  it('has questions to check', () => {
    expect(questions.length).toBeGreaterThan(80);
  });
  it('no unknown skill id', () => {
    expect(referenceProblems(exams, [], questions)).toEqual([]);
  });
});

describe('coverage', () => {
  it.each(exams.filter((exam) => isOpenToLearners(exam.data.status)).map((exam) => ({ key: exam.key, exam })))(
    '$key: the site teaches some of it',
    ({ exam }) => {
      const view = examView(exam, pages);
      expect(view.tally.taught).toBeGreaterThan(0);
      expect(view.tally.taught).toBeLessThanOrEqual(view.tally.inScope);
    },
  );
});
