/**
 * The join of exams and pages (src/libs/exams/coverage.ts), over a small guide written for the test: references
 * are checked, each skill lists the pages that teach it, and coverage counts only skills in the site's subject.
 */
import { describe, expect, it } from 'vitest';

import {
  examsOfPage,
  examView,
  percentTaught,
  referenceProblems,
  skillAnchor,
  taskAnchor,
  type ExamEntry,
  type ExamPage,
} from '~/libs/exams/coverage';
import { exam as examSchema } from '~/libs/exams/schema';
import { examDates, formatDate, isOpenToLearners, statusLabel } from '~/libs/exams/labels';
import { parseSkillRef } from '~/libs/exams/skill-ref';

const source = { title: 'A guide', url: 'https://docs.aws.amazon.com/aws-certification/latest/x.html' };
const entry = (key: string, raw: object): ExamEntry => ({ key, data: examSchema.parse(raw) });

const dea = entry('dea-c01', {
  code: 'DEA-C01',
  name: 'Data Engineer',
  order: 1,
  status: 'current',
  statusNote: 'Current exam.',
  statusSource: source,
  guide: source,
  domains: [
    {
      number: 1,
      title: 'Ingestion',
      weight: 60,
      tasks: [
        {
          number: '1.1',
          title: 'Ingest',
          skills: [
            { number: '1.1.1', text: 'Read streams.' },
            { number: '1.1.2', text: 'Read batches.' },
          ],
        },
        { number: '1.2', title: 'Transform', skills: [{ number: '1.2.1', text: 'Tune a model.', inSiteScope: false }] },
      ],
    },
    { number: 2, title: 'Stores', weight: 40, tasks: [{ number: '2.1', title: 'Choose', skills: [{ number: '2.1.1', text: 'Choose a store.' }] }] },
  ],
});
const mls = entry('mls-c01', {
  code: 'MLS-C01',
  name: 'Specialty',
  order: 3,
  status: 'retired',
  statusNote: 'Retired.',
  statusSource: source,
  guide: source,
  domains: [{ number: 1, title: 'Data engineering', weight: 100, tasks: [{ number: '1.1', title: 'Repositories' }] }],
});
const mla = entry('mla-c02', {
  code: 'MLA-C02',
  name: 'ML Engineer',
  order: 2,
  status: 'beta',
  statusNote: 'Beta.',
  statusSource: source,
  guide: source,
  domains: [{ number: 1, title: 'Data', weight: 100, tasks: [{ number: '1.1', title: 'Collect', skills: [{ number: '1.1.1', text: 'Extract.' }] }] }],
});
const exams = [dea, mls, mla];

const page = (id: string, skills: string[], headings?: Record<string, string>): ExamPage => ({
  id,
  title: id,
  skills,
  headings: headings ? new Map(Object.entries(headings)) : undefined,
});

describe('parseSkillRef', () => {
  it.each([
    { ref: 'dea-c01:1.1.1', expected: { id: 'dea-c01:1.1.1', exam: 'dea-c01', number: '1.1.1', anchor: undefined } },
    { ref: 'dea-c01:1.1.1#shards', expected: { id: 'dea-c01:1.1.1', exam: 'dea-c01', number: '1.1.1', anchor: 'shards' } },
    { ref: 'mls-c01:1.2', expected: { id: 'mls-c01:1.2', exam: 'mls-c01', number: '1.2', anchor: undefined } },
    { ref: 'DEA-C01:1.1.1', expected: undefined },
    { ref: 'dea-c01:1', expected: undefined },
    { ref: 'dea-c01:1.1.1#', expected: undefined },
    { ref: 'dea-c01:1.1.1#Bad Anchor', expected: undefined },
    { ref: 'dea-c01 1.1.1', expected: undefined },
  ])('$ref', ({ ref, expected }) => {
    expect(parseSkillRef(ref)).toEqual(expected);
  });
});

describe('referenceProblems', () => {
  it.each([
    { name: 'known skills and a known section', pages: [page('a/b', ['dea-c01:1.1.1', 'dea-c01:2.1.1#x'], { x: 'X' })], count: 0 },
    { name: 'a task id where the guide lists no skills', pages: [page('a/b', ['mls-c01:1.1'])], count: 0 },
    { name: 'an unknown skill', pages: [page('a/b', ['dea-c01:1.1.9'])], count: 1 },
    { name: 'an unknown exam', pages: [page('a/b', ['abc-c01:1.1.1'])], count: 1 },
    { name: 'a task id where the task lists skills', pages: [page('a/b', ['dea-c01:1.1'])], count: 1 },
    { name: 'an unknown section', pages: [page('a/b', ['dea-c01:1.1.1#nope'], { x: 'X' })], count: 1 },
    { name: 'not a skill id', pages: [page('a/b', ['streams'])], count: 1 },
    { name: 'the same reference twice', pages: [page('a/b', ['dea-c01:1.1.1', 'dea-c01:1.1.1'])], count: 1 },
  ])('$name', ({ pages, count }) => {
    expect(referenceProblems(exams, pages)).toHaveLength(count);
  });

  it('names the file and the id', () => {
    expect(referenceProblems(exams, [page('streaming/kds', ['dea-c01:9.9.9'])])).toEqual([
      'src/content/docs/streaming/kds.mdx: skill "dea-c01:9.9.9" is in no exam guide (src/content/exams/dea-c01.yaml)',
    ]);
  });

  it.each([
    { skills: ['dea-c01:1.1.2'], count: 0 },
    { skills: ['dea-c01:1.1.3'], count: 1 },
    { skills: ['mla-c02:1.1.1', 'mla-c02:2.1.1'], count: 1 },
  ])('questions: $skills', ({ skills, count }) => {
    expect(referenceProblems(exams, [], [{ where: 'q', skills }])).toHaveLength(count);
  });
});

describe('examView', () => {
  const pages = [page('s/one', ['dea-c01:1.1.1', 'dea-c01:1.2.1']), page('s/two', ['dea-c01:1.1.1#deep'], { deep: 'Deep dive' })];
  const view = examView(dea, pages);

  it('lists the pages and sections that teach each skill, in the order given', () => {
    const skill = view.domains[0]?.tasks[0]?.skills[0];
    expect(skill?.id).toBe('dea-c01:1.1.1');
    expect(skill?.taughtBy).toEqual([
      { page: 's/one', title: 's/one', anchor: undefined, heading: undefined },
      { page: 's/two', title: 's/two', anchor: 'deep', heading: 'Deep dive' },
    ]);
  });

  it.each([
    // Domain 1: 1.1.1 taught, 1.1.2 not, 1.2.1 out of scope (taught, but not counted).
    { name: 'domain 1', tally: () => view.domains[0]?.tally, expected: { inScope: 2, taught: 1 } },
    { name: 'domain 2', tally: () => view.domains[1]?.tally, expected: { inScope: 1, taught: 0 } },
    { name: 'the exam', tally: () => view.tally, expected: { inScope: 3, taught: 1 } },
  ])('tallies $name', ({ tally, expected }) => {
    expect(tally()).toEqual(expected);
  });

  it.each([
    { tally: { inScope: 3, taught: 1 }, percent: 33 },
    { tally: { inScope: 3, taught: 2 }, percent: 67 },
    { tally: { inScope: 120, taught: 120 }, percent: 100 },
    { tally: { inScope: 0, taught: 0 }, percent: 0 },
  ])('percentTaught($tally.taught of $tally.inScope) = $percent', ({ tally, percent }) => {
    expect(percentTaught(tally)).toBe(percent);
  });
});

describe('examsOfPage', () => {
  it.each([
    { skills: ['dea-c01:2.1.1', 'dea-c01:1.1.2', 'dea-c01:1.1.1#x'], expected: [{ key: 'dea-c01', code: 'DEA-C01', tasks: ['1.1', '2.1'] }] },
    {
      skills: ['mls-c01:1.1', 'mla-c02:1.1.1', 'dea-c01:1.2.1'],
      expected: [
        { key: 'dea-c01', code: 'DEA-C01', tasks: ['1.2'] },
        { key: 'mla-c02', code: 'MLA-C02', tasks: ['1.1'] },
        { key: 'mls-c01', code: 'MLS-C01', tasks: ['1.1'] },
      ],
    },
    { skills: ['dea-c01:9.9.9'], expected: [] },
    { skills: [], expected: [] },
  ])('$skills', ({ skills, expected }) => {
    expect(examsOfPage(skills, exams)).toEqual(expected);
  });
});

describe('anchors', () => {
  it.each([
    { f: taskAnchor, n: '1.3', a: 'task-1-3' },
    { f: skillAnchor, n: '1.3.10', a: 'skill-1-3-10' },
  ])('$n → $a', ({ f, n, a }) => {
    expect(f(n)).toBe(a);
  });
});

describe('the exam schema', () => {
  it.each([
    { name: 'weights that do not add up to 100', change: { domains: [{ number: 1, title: 'One', weight: 90 }] } },
    { name: 'a task outside its domain', change: { domains: [{ number: 1, title: 'One', weight: 100, tasks: [{ number: '2.1', title: 'Two' }] }] } },
    {
      name: 'a skill outside its task',
      change: {
        domains: [{ number: 1, title: 'One', weight: 100, tasks: [{ number: '1.1', title: 'T', skills: [{ number: '1.2.1', text: 'Skill.' }] }] }],
      },
    },
    { name: 'a source that is not AWS', change: { guide: { title: 'A copy', url: 'https://example.com/guide' } } },
    { name: 'an unknown status', change: { status: 'soon' } },
  ])('rejects $name', ({ change }) => {
    const raw = { ...mls.data, ...change };
    expect(examSchema.safeParse(raw).success).toBe(false);
  });
});

describe('labels', () => {
  it.each([
    { iso: '2026-03-31', text: '31 March 2026' },
    { iso: '2026-09-01', text: '1 September 2026' },
    { iso: '2025-12-12', text: '12 December 2025' },
  ])('formatDate($iso)', ({ iso, text }) => {
    expect(formatDate(iso)).toBe(text);
  });
  it.each(['2026-13-01', 'soon', ''])('formatDate(%j) throws', (iso) => {
    expect(() => formatDate(iso)).toThrow();
  });
  it('examDates keeps its order and skips what is missing', () => {
    expect(examDates({ lastDay: '2026-03-31', guidePublished: '2025-12-12' })).toEqual([
      { label: 'Guide published', text: '12 December 2025' },
      { label: 'Last day to sit it', text: '31 March 2026' },
    ]);
  });
  it.each([
    { status: 'current', label: 'Current', open: true },
    { status: 'beta', label: 'Beta', open: true },
    { status: 'replaced', label: 'Being replaced', open: false },
    { status: 'retired', label: 'Retired', open: false },
  ] as const)('$status', ({ status, label, open }) => {
    expect(statusLabel(status)).toBe(label);
    expect(isOpenToLearners(status)).toBe(open);
  });
});
