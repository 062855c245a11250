import { describe, expect, it } from 'vitest';

import { ATTEMPTS_KEY, type Attempt } from '~/libs/practice/attempts';
import { cardCounts, shareText, weakest } from '~/libs/progress/dashboard';
import { dateError, daysUntil, parsePlan, PLAN_KEY, serializePlan } from '~/libs/progress/plan';
import {
  ankiExport,
  BACKUP_KEY,
  exportAll,
  FORMAT,
  mergeImport,
  readImport,
  replaceImport,
  restoreBackup,
  type Stored,
} from '~/libs/progress/transfer';
import type { CardState } from '~/libs/study/sm2';
import { STORAGE_KEY } from '~/libs/study/store';

const T0 = Date.UTC(2026, 10, 1, 9);
const DAY = 86_400_000;
const older: CardState = { repetitions: 1, interval: 1, ease: 2.5, due: T0 + DAY, reviewed: T0, rating: 4, reviews: 1, introduced: T0 };
const newer: CardState = { repetitions: 2, interval: 6, ease: 2.6, due: T0 + 7 * DAY, reviewed: T0 + DAY, rating: 5, reviews: 2, introduced: T0 };
const other: CardState = {
  repetitions: 0,
  interval: 1,
  ease: 2.3,
  due: T0 + 60_000,
  reviewed: T0,
  rating: 1,
  step: 0,
  reviews: 1,
  again: 1,
  introduced: T0,
};

const attempt = (id: string, extra: Partial<Attempt> = {}): Attempt => ({
  id,
  exam: 'dea-c01',
  mode: { kind: 'quick' },
  questions: ['streaming/a', 'streaming/b'],
  answers: {},
  flags: [],
  position: 0,
  startedAt: T0,
  minutes: 20,
  updatedAt: T0,
  ...extra,
});
const done = (id: string, domains: Record<string, [number, number]>, tasks: Record<string, [number, number]>, right: number, total: number) =>
  attempt(id, { finished: { at: T0 + 1000, by: 'learner', score: { right, total, domains, tasks } }, updatedAt: T0 + 1000 });

const flashcards = (cards: Record<string, CardState>, settings?: { newCardsPerDay: number }) =>
  JSON.stringify({ version: 2, cards, selected: ['amazon-s3'], ...(settings ? { settings } : {}) });
const attempts = (list: Attempt[]) => JSON.stringify({ version: 1, attempts: list });

const full: Stored = {
  flashcards: flashcards({ 'amazon-s3/s3-select': newer, 'amazon-s3/s3-tiers': other }, { newCardsPerDay: 7 }),
  attempts: attempts([done('m1-a', { '1': [1, 2] }, { '1.1': [1, 2] }, 1, 2), attempt('m2-b')]),
  plan: serializePlan({ exam: 'mla-c02', date: '2027-03-15' }),
};
const empty: Stored = { flashcards: null, attempts: null, plan: null };

/** What the writes leave in storage, starting from `stored`. */
function apply(stored: Stored, writes: Array<{ key: string; value: string }>, remove: string[] = []): Stored {
  const map = new Map<string, string | null>([
    [STORAGE_KEY, stored.flashcards],
    [ATTEMPTS_KEY, stored.attempts],
    [PLAN_KEY, stored.plan],
  ]);
  for (const key of remove) map.set(key, null);
  for (const { key, value } of writes) map.set(key, value);
  return { flashcards: map.get(STORAGE_KEY) ?? null, attempts: map.get(ATTEMPTS_KEY) ?? null, plan: map.get(PLAN_KEY) ?? null };
}

describe('exportAll and readImport', () => {
  it('names its format, version and export date', () => {
    const doc = JSON.parse(exportAll(full, T0)) as Record<string, unknown>;
    expect(doc).toMatchObject({ format: 'aws-ml-study-progress', version: 1, exported: '2026-11-01T09:00:00.000Z' });
  });

  it('round trip: export, import into an empty browser (merge or replace), export again: the same document', () => {
    const text = exportAll(full, T0);
    const read = readImport(text);
    if (!read.ok) throw new Error(read.message);
    expect(read.preview).toEqual({
      cards: 2,
      decks: 1,
      attempts: 2,
      finished: 1,
      settings: ['New cards a day: 7', 'Exam: MLA-C02 on 2027-03-15'],
    });
    const merged = apply(empty, mergeImport(empty, read.progress).writes);
    expect(exportAll(merged, T0)).toBe(text);
    const replaced = replaceImport(empty, read.progress, T0);
    expect(exportAll(apply(empty, replaced.writes, replaced.remove), T0)).toBe(text);
  });

  it('previews an empty export as nothing, with the default daily limit', () => {
    const read = readImport(exportAll(empty, T0));
    expect(read.ok && read.preview).toEqual({ cards: 0, decks: 0, attempts: 0, finished: 0, settings: ['New cards a day: 20 (the default)'] });
  });

  const doc = (change: Record<string, unknown>) => JSON.stringify({ ...(JSON.parse(exportAll(full, T0)) as object), ...change });
  it.each([
    { name: 'not JSON', text: 'card,answer\nS3,storage', message: 'not readable: it is not JSON' },
    { name: 'empty file', text: '', message: 'not readable: it is not JSON' },
    { name: 'JSON but a list', text: '[1,2]', message: 'not a progress export of this site' },
    { name: 'foreign format (the flashcard store itself)', text: full.flashcards ?? '', message: 'not a progress export of this site' },
    { name: 'another site’s format name', text: doc({ format: 'anki-backup' }), message: 'its format is not “aws-ml-study-progress”' },
    { name: 'newer version', text: doc({ version: 2 }), message: 'newer version of this site (format 2; this page reads 1)' },
    { name: 'no version', text: doc({ version: undefined }), message: 'no valid format version' },
    { name: 'version 0', text: doc({ version: 0 }), message: 'no valid format version' },
    { name: 'export date not a date', text: doc({ exported: 'yesterday' }), message: 'its export date is missing or not a date' },
    {
      name: 'a card record with an ease below 1.3',
      text: doc({ flashcards: { version: 2, cards: { 'amazon-s3/x': { ...older, ease: 1 } }, selected: [] } }),
      message: 'damaged: the flashcard progress (1 card record with invalid data',
    },
    { name: 'flashcards of an unknown version', text: doc({ flashcards: { version: 9, cards: {} } }), message: 'the flashcard progress (' },
    {
      name: 'attempts not a list',
      text: doc({ attempts: { version: 1, attempts: 'none' } }),
      message: 'the mock-exam history (it had no list of attempts)',
    },
    {
      name: 'an attempt with a bad score',
      text: doc({ attempts: { version: 1, attempts: [{ ...done('m1-a', {}, {}, 5, 2) }] } }),
      message: 'the mock-exam history (1 attempt in it had invalid data)',
    },
    { name: 'a plan with an unknown exam', text: doc({ plan: { version: 1, exam: 'xyz-c09' } }), message: 'the exam and date (not a known exam' },
    { name: 'a plan with 31 April', text: doc({ plan: { version: 1, exam: 'dea-c01', date: '2027-04-31' } }), message: 'the exam and date' },
  ])('refuses $name, saying what is wrong', ({ text, message }) => {
    const read = readImport(text);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toContain(message);
    if (!read.ok && message.includes('damaged')) expect(read.message).toContain('Nothing was imported');
  });

  it('reads a file of the same format with only some parts (no plan, no attempts)', () => {
    const read = readImport(
      JSON.stringify({ format: FORMAT, version: 1, exported: '2026-11-01T09:00:00.000Z', flashcards: JSON.parse(full.flashcards ?? '') as unknown }),
    );
    expect(read.ok && read.preview).toMatchObject({ cards: 2, attempts: 0 });
  });
});

describe('mergeImport: nothing is replaced by less', () => {
  const mine: Stored = {
    flashcards: flashcards({ 'amazon-s3/s3-select': older, 'amazon-s3/s3-tiers': other }),
    attempts: attempts([attempt('m1-a', { updatedAt: T0 + 500, position: 1 }), done('m3-c', {}, {}, 0, 0)]),
    plan: serializePlan({ exam: 'dea-c01' }),
  };
  const theirs: Stored = {
    flashcards: flashcards({ 'amazon-s3/s3-select': newer, 'amazon-s3/s3-versioning': older }, { newCardsPerDay: 5 }),
    attempts: attempts([done('m1-a', { '1': [1, 2] }, {}, 1, 2), attempt('m4-d')]),
    plan: serializePlan({ exam: 'mla-c02', date: '2027-01-10' }),
  };
  const importOf = (stored: Stored) => {
    const read = readImport(exportAll(stored, T0));
    if (!read.ok) throw new Error(read.message);
    return read.progress;
  };

  it.each([
    { name: 'the imported card with the later review wins', from: theirs, into: mine, key: 'amazon-s3/s3-select', expected: newer },
    { name: 'a stored card with the later review is kept', from: mine, into: theirs, key: 'amazon-s3/s3-select', expected: newer },
    { name: 'a card only stored stays', from: theirs, into: mine, key: 'amazon-s3/s3-tiers', expected: other },
    { name: 'a card only imported arrives', from: theirs, into: mine, key: 'amazon-s3/s3-versioning', expected: older },
  ])('cards: $name', ({ from, into, key, expected }) => {
    const { progress } = mergeImport(into, importOf(from));
    expect(progress.flashcards.cards[key]).toEqual(expected);
    expect(Object.keys(progress.flashcards.cards).sort()).toEqual(['amazon-s3/s3-select', 'amazon-s3/s3-tiers', 'amazon-s3/s3-versioning']);
  });

  it('attempts by id: the finished record of m1-a wins over the unfinished one, and every other attempt stays', () => {
    const { progress } = mergeImport(mine, importOf(theirs));
    expect(progress.attempts.attempts.map((a) => a.id).sort()).toEqual(['m1-a', 'm3-c', 'm4-d']);
    expect(progress.attempts.attempts.find((a) => a.id === 'm1-a')?.finished?.score.right).toBe(1);
  });

  it('settings: the stored plan and limit win; the imported ones fill what is not set', () => {
    const { progress, writes } = mergeImport(mine, importOf(theirs));
    expect(progress.plan).toEqual({ exam: 'dea-c01' });
    expect(progress.flashcards.settings).toEqual({ newCardsPerDay: 5 });
    expect(writes.map((w) => w.key)).toEqual([STORAGE_KEY, ATTEMPTS_KEY, PLAN_KEY]);
  });
});

describe('replaceImport and restoreBackup', () => {
  it('keeps what it overwrites under the backup key, first, and restoring puts it back', () => {
    const read = readImport(exportAll({ flashcards: flashcards({ 'amazon-s3/x': older }), attempts: null, plan: null }, T0));
    if (!read.ok) throw new Error(read.message);
    const replaced = replaceImport(full, read.progress, T0 + DAY);
    expect(replaced.writes[0]?.key).toBe(BACKUP_KEY);
    expect(replaced.remove).toEqual([PLAN_KEY]);
    const after = apply(full, replaced.writes, replaced.remove);
    expect(Object.keys((JSON.parse(after.flashcards ?? '{}') as { cards: object }).cards)).toEqual(['amazon-s3/x']);
    expect(after.plan).toBeNull();
    const back = restoreBackup(replaced.writes[0]?.value ?? null);
    if (!back.ok) throw new Error(back.message);
    expect(exportAll(apply(after, back.writes, back.remove), T0)).toBe(exportAll(full, T0));
  });

  it('says so when there is no backup', () => {
    expect(restoreBackup(null)).toEqual({ ok: false, message: 'There is no copy from before an import to restore.' });
  });
});

describe('ankiExport', () => {
  it('writes the header lines and one tab-separated line per card, quoting fields with tabs, line breaks or quotes', () => {
    const text = ankiExport({
      cards: [
        { question: 'What is S3?', answer: 'Object storage' },
        { question: 'Two\tcolumns?', answer: 'Line one\r\nline "two"' },
      ],
    });
    expect(text).toBe('#separator:tab\n#html:false\nWhat is S3?\tObject storage\n"Two\tcolumns?"\t"Line one\nline ""two"""\n');
  });
});

describe('the plan (exam and date)', () => {
  it.each([
    { input: '', expected: undefined },
    { input: '2027-03-15', expected: undefined },
    { input: '2028-02-29', expected: undefined },
    { input: '2027-02-29', expected: 'not a date in the calendar' },
    { input: '2027-04-31', expected: 'not a date in the calendar' },
    { input: '2027-13-01', expected: 'not a date in the calendar' },
    { input: '1999-12-31', expected: 'before 2000' },
    { input: '15/03/2027', expected: 'year-month-day' },
    { input: 'soon', expected: 'year-month-day' },
  ])('date "$input"', ({ input, expected }) => {
    const error = dateError(input);
    if (expected === undefined) expect(error).toBeUndefined();
    else expect(error).toContain(expected);
  });

  it.each([
    { raw: null, expected: undefined },
    { raw: '{"version":1,"exam":"dea-c01"}', expected: { exam: 'dea-c01' } },
    { raw: '{"version":1,"exam":"mla-c02","date":"2027-03-15"}', expected: { exam: 'mla-c02', date: '2027-03-15' } },
    { raw: '{"version":2,"exam":"dea-c01"}', expected: undefined },
    { raw: '{"version":1,"exam":"DEA-C01"}', expected: undefined },
    { raw: '{"version":1,"exam":"dea-c01","date":"2027-02-30"}', expected: undefined },
    { raw: 'not json', expected: undefined },
  ])('parsePlan($raw)', ({ raw, expected }) => {
    expect(parsePlan(raw)).toEqual(expected);
  });

  it.each([
    { date: '2027-03-15', today: '2027-03-01', expected: 14 },
    { date: '2027-03-01', today: '2027-02-28', expected: 1 },
    { date: '2028-03-01', today: '2028-02-28', expected: 2 },
    { date: '2027-03-01', today: '2027-03-02', expected: -1 },
  ])('daysUntil($date, $today) = $expected', ({ date, today, expected }) => {
    expect(daysUntil(date, today)).toBe(expected);
  });
});

describe('the dashboard counts', () => {
  it('cards due now and learned (rated, not due yet)', () => {
    const read = readImport(exportAll(full, T0));
    if (!read.ok) throw new Error(read.message);
    // s3-tiers is due at T0 + 1 minute, s3-select at T0 + 7 days.
    expect(cardCounts(read.progress.flashcards, T0)).toEqual({ due: 0, learned: 2 });
    expect(cardCounts(read.progress.flashcards, T0 + 60_000)).toEqual({ due: 1, learned: 1 });
    expect(cardCounts(read.progress.flashcards, T0 + 7 * DAY)).toEqual({ due: 2, learned: 0 });
  });

  it('weakest domains and tasks over the exam’s finished attempts, summed, lowest share first', () => {
    const store = {
      version: 1 as const,
      attempts: [
        done('m1-a', { '1': [3, 4], '2': [1, 4] }, { '1.1': [3, 4], '2.1': [0, 2], '2.2': [1, 2] }, 4, 8),
        done('m2-b', { '1': [0, 2], '2': [2, 2] }, { '1.1': [0, 2], '2.1': [2, 2] }, 2, 4),
        { ...done('m3-c', { '1': [0, 9] }, {}, 0, 9), exam: 'mla-c02' },
        attempt('m4-d'),
      ],
    };
    // Domain 1: 3 of 6 (50%); domain 2: 3 of 6 (50%): a tie, by number. Task 2.2: 1 of 2 (50%), 1.1: 3 of 6 (50%),
    // tie broken by more questions first (1.1); 2.1: 2 of 4 (50%) too: 1.1 (6), then 2.1 (4), then 2.2 (2).
    expect(weakest(store, 'dea-c01', 'domains')).toEqual([
      { number: '1', right: 3, total: 6 },
      { number: '2', right: 3, total: 6 },
    ]);
    expect(weakest(store, 'dea-c01', 'tasks').map((a) => a.number)).toEqual(['1.1', '2.1', '2.2']);
    expect(weakest(store, 'mla-c02', 'domains')).toEqual([{ number: '1', right: 0, total: 9 }]);
    const uneven = { version: 1 as const, attempts: [done('m1-a', { '1': [2, 3], '2': [1, 3], '3': [3, 3] }, {}, 6, 9)] };
    expect(weakest(uneven, 'dea-c01', 'domains').map((a) => a.number)).toEqual(['2', '1', '3']);
    expect(shareText(2, 3)).toBe('2 of 3 (66%)');
  });
});
