/**
 * The stored mock-exam attempts: every stored value (none, not JSON, another version, partly or wholly invalid, a
 * leaner older record) read into valid attempts; what could not be used kept aside as it was, under a key not taken,
 * before the main key is rewritten; saves merge what another tab stored, so nothing is replaced by less; the changes
 * an attempt goes through (choose, clear, flag, move, finish) and the questions missed.
 */
import { describe, expect, it } from 'vitest';

import {
  ATTEMPTS_KEY,
  choose,
  clearAnswer,
  EMPTY_STORE,
  finish,
  fromOtherTab,
  history,
  KEPT_PREFIX,
  keptKey,
  merge,
  missedKeys,
  moveTo,
  newAttemptId,
  openAttempts,
  overview,
  parseAttempts,
  putAttempt,
  saveAttempts,
  serializeAttempts,
  toggleFlag,
  unfinished,
  type Attempt,
  type AttemptStore,
} from '~/libs/practice/attempts';
import { asMap, question } from './support/practice-fixtures';

const T0 = Date.UTC(2025, 2, 10, 9);
const MIN = 60_000;
const SCORE = { right: 1, total: 2, domains: { '1': [1, 2] as const }, tasks: { '1.1': [1, 2] as const } };

function attempt(id: string, extra: Partial<Attempt> = {}): Attempt {
  return {
    id,
    exam: 'dea-c01',
    mode: { kind: 'quick' },
    questions: ['s/q1', 's/q2'],
    answers: {},
    flags: [],
    position: 0,
    startedAt: T0,
    minutes: 20,
    updatedAt: extra.startedAt ?? T0,
    ...extra,
  };
}
const store = (...attempts: Attempt[]): AttemptStore => ({ version: 1, attempts });
const json = (value: unknown) => JSON.stringify(value);
const never = () => false;

describe('reading what is stored', () => {
  it('nothing stored: no attempts, nothing wrong', () => {
    expect(parseAttempts(null)).toEqual({ store: EMPTY_STORE, problem: undefined });
  });

  it('a valid value round-trips', () => {
    const stored = store(
      attempt('a1', { answers: { 's/q1': [1] }, flags: ['s/q2'], position: 1, updatedAt: T0 + MIN }),
      attempt('a2', { startedAt: T0 + 5 * MIN, updatedAt: T0 + 9 * MIN, finished: { at: T0 + 9 * MIN, by: 'time', score: SCORE } }),
    );
    expect(parseAttempts(serializeAttempts(stored))).toEqual({ store: stored, problem: undefined });
  });

  it('a lean record (no flags, position or update time, as the first saves may be) gets the defaults', () => {
    const raw = json({
      version: 1,
      attempts: [{ id: 'a1', exam: 'mla-c02', mode: { kind: 'full' }, questions: ['s/q1'], startedAt: T0, minutes: 170 }],
    });
    expect(parseAttempts(raw)).toEqual({
      store: store({ ...attempt('a1'), exam: 'mla-c02', mode: { kind: 'full' }, questions: ['s/q1'], minutes: 170 }),
      problem: undefined,
    });
  });

  it('answers are kept as sets (ascending, each once); an empty answer is no answer', () => {
    const raw = json({ version: 1, attempts: [{ ...attempt('a1'), answers: { 's/q1': [3, 1, 3], 's/q2': [] } }] });
    expect(parseAttempts(raw).store.attempts[0]?.answers).toEqual({ 's/q1': [1, 3] });
  });

  it.each<{ name: string; raw: string; problem: string }>([
    { name: 'not JSON', raw: '{"version":1,', problem: 'it was not readable (not valid JSON)' },
    { name: 'a list', raw: '[]', problem: 'it had an unknown format' },
    { name: 'a string', raw: '"hello"', problem: 'it had an unknown format' },
    { name: 'a newer format', raw: json({ version: 2, attempts: [] }), problem: 'it is from another version of this site (format 2, expected 1)' },
    { name: 'no format version', raw: json({ attempts: [] }), problem: 'it is from another version of this site (no format version, expected 1)' },
    { name: 'no list of attempts', raw: json({ version: 1, attempts: {} }), problem: 'it had no list of attempts' },
  ])('wholly unusable ($name): no attempts, and why', ({ raw, problem }) => {
    expect(parseAttempts(raw)).toEqual({ store: EMPTY_STORE, problem });
  });

  const good = attempt('good');
  it.each<{ name: string; bad: unknown }>([
    { name: 'not an object', bad: 'x' },
    { name: 'a bad id', bad: { ...good, id: 'Not An Id!' } },
    { name: 'an unknown exam form', bad: { ...good, exam: 'DEA-C01' } },
    { name: 'an unknown mode', bad: { ...good, mode: { kind: 'marathon' } } },
    { name: 'a domain mode without a domain', bad: { ...good, mode: { kind: 'domain' } } },
    { name: 'a section mode without a section', bad: { ...good, mode: { kind: 'section' } } },
    { name: 'a section that is not a folder name', bad: { ...good, mode: { kind: 'section', section: '../Storage' } } },
    { name: 'no questions', bad: { ...good, questions: [] } },
    { name: 'a question twice', bad: { ...good, questions: ['s/q1', 's/q1'] } },
    { name: 'a bad question key', bad: { ...good, questions: ['<script>'] } },
    { name: 'an answer to a question not in the attempt', bad: { ...good, answers: { 's/q9': [1] } } },
    { name: 'an option that is not an index', bad: { ...good, answers: { 's/q1': [1.5] } } },
    { name: 'an option out of range', bad: { ...good, answers: { 's/q1': [6] } } },
    { name: 'a flag on a question not in the attempt', bad: { ...good, flags: ['s/q9'] } },
    { name: 'a position past the end', bad: { ...good, position: 2 } },
    { name: 'minutes of 0', bad: { ...good, minutes: 0 } },
    { name: 'a start that is not a time', bad: { ...good, startedAt: 'yesterday' } },
    { name: 'an update before the start', bad: { ...good, updatedAt: T0 - 1 } },
    { name: 'finished before it started', bad: { ...good, finished: { at: T0 - 1, by: 'learner', score: SCORE } } },
    { name: 'finished by someone unknown', bad: { ...good, finished: { at: T0, by: 'cat', score: SCORE } } },
    { name: 'more right than asked', bad: { ...good, finished: { at: T0, by: 'learner', score: { ...SCORE, right: 3, total: 2 } } } },
    { name: 'a total above the questions', bad: { ...good, finished: { at: T0, by: 'learner', score: { ...SCORE, right: 1, total: 3 } } } },
    { name: 'a domain tally that is not a pair', bad: { ...good, finished: { at: T0, by: 'learner', score: { ...SCORE, domains: { '1': [1] } } } } },
  ])('one invalid attempt ($name) among valid ones: the rest kept, the problem said', ({ bad }) => {
    const raw = json({ version: 1, attempts: [good, bad, attempt('later', { startedAt: T0 + MIN, updatedAt: T0 + MIN })] });
    const parsed = parseAttempts(raw);
    expect(parsed.store.attempts.map((a) => a.id)).toEqual(['good', 'later']);
    expect(parsed.problem).toBe('1 attempt in it had invalid data');
  });

  it('an attempt at one section of the site is read back as it was stored', () => {
    const bySection = attempt('by-section', { mode: { kind: 'section', section: 'catalog-etl' } });
    expect(parseAttempts(json({ version: 1, attempts: [bySection] })).store.attempts[0]?.mode).toEqual({ kind: 'section', section: 'catalog-etl' });
  });

  it('the same attempt twice: the one with more progress', () => {
    const done = attempt('a', { finished: { at: T0 + 5 * MIN, by: 'learner', score: SCORE } });
    const raw = json({ version: 1, attempts: [done, attempt('a', { updatedAt: T0 + 9 * MIN })] });
    expect(parseAttempts(raw).store.attempts).toEqual([done]);
  });
});

describe('never lost, never replaced by less', () => {
  it('opening a valid value writes nothing', () => {
    const raw = serializeAttempts(store(attempt('a1')));
    expect(openAttempts(raw, T0, never)).toEqual({ store: store(attempt('a1')), writes: [], note: undefined });
    expect(openAttempts(null, T0, never)).toEqual({ store: EMPTY_STORE, writes: [], note: undefined });
  });

  it.each<{ name: string; raw: string; kept: Attempt[] }>([
    { name: 'corrupt (not JSON)', raw: '{"version":1,"attempts":[{"id"', kept: [] },
    { name: 'an old or unknown format', raw: json({ version: 0, history: [{ exam: 'dea-c01', score: 40 }] }), kept: [] },
    { name: 'partly invalid', raw: json({ version: 1, attempts: [attempt('a1'), { id: 'broken' }] }), kept: [attempt('a1')] },
  ])('opening a value that is $name: kept aside as it was, first, then the valid part saved', ({ raw, kept }) => {
    const step = openAttempts(raw, T0, never);
    const key = `${KEPT_PREFIX}${T0}`;
    expect(step.writes).toEqual([
      { key, value: raw },
      { key: ATTEMPTS_KEY, value: serializeAttempts(store(...kept)) },
    ]);
    expect(step.store).toEqual(store(...kept));
    expect(step.note).toContain(`kept as it was in this browser's storage under “${key}”`);
  });

  it('a value kept aside never overwrites one kept before', () => {
    const taken = new Set([`${KEPT_PREFIX}${T0}`, `${KEPT_PREFIX}${T0}-2`]);
    expect(keptKey(T0, (key) => taken.has(key))).toBe(`${KEPT_PREFIX}${T0}-3`);
    expect(openAttempts('nonsense', T0, (key) => taken.has(key)).writes[0]?.key).toBe(`${KEPT_PREFIX}${T0}-3`);
  });

  it('a save keeps what another tab saved meanwhile (merged, not replaced)', () => {
    const mine = store(attempt('mine', { answers: { 's/q1': [2] }, updatedAt: T0 + 2 * MIN }));
    const theirs = serializeAttempts(store(attempt('theirs', { startedAt: T0 - MIN }), attempt('mine')));
    const step = saveAttempts(mine, (s) => s, theirs, T0 + 3 * MIN, never);
    expect(step.store.attempts.map((a) => a.id)).toEqual(['theirs', 'mine']);
    // For "mine", the later update (this tab's answer) counts.
    expect(step.store.attempts[1]?.answers).toEqual({ 's/q1': [2] });
    expect(step.writes).toEqual([{ key: ATTEMPTS_KEY, value: serializeAttempts(step.store) }]);
  });

  it('a save over a value that is not valid keeps that value aside first', () => {
    const step = saveAttempts(store(attempt('mine')), (s) => s, 'garbage', T0, never);
    expect(step.writes.map((w) => w.key)).toEqual([`${KEPT_PREFIX}${T0}`, ATTEMPTS_KEY]);
    expect(step.writes[0]?.value).toBe('garbage');
    expect(step.note).toContain('not readable');
  });

  it('a save with storage unreadable (undefined) or empty (null) writes only the main key', () => {
    expect(saveAttempts(EMPTY_STORE, (s) => putAttempt(s, attempt('n')), undefined, T0, never).writes.map((w) => w.key)).toEqual([ATTEMPTS_KEY]);
    expect(saveAttempts(EMPTY_STORE, (s) => putAttempt(s, attempt('n')), null, T0, never).writes.map((w) => w.key)).toEqual([ATTEMPTS_KEY]);
  });

  it('a finished record beats an unfinished one, whichever is newer; unfinished ones by their last update', () => {
    const done = attempt('a', { finished: { at: T0 + MIN, by: 'learner', score: SCORE }, updatedAt: T0 + MIN });
    const later = attempt('a', { updatedAt: T0 + 50 * MIN, answers: { 's/q1': [0] } });
    expect(merge(store(later), store(done)).attempts).toEqual([done]);
    expect(merge(store(done), store(later)).attempts).toEqual([done]);
    const older = attempt('a', { updatedAt: T0 + 10 * MIN });
    expect(merge(store(later), store(older)).attempts).toEqual([later]);
    expect(merge(store(older), store(later)).attempts).toEqual([later]);
  });

  it('another tab: its valid attempts join; its invalid value or a removed key takes nothing away', () => {
    const mine = store(attempt('mine'));
    expect(fromOtherTab(mine, serializeAttempts(store(attempt('theirs', { startedAt: T0 + MIN })))).attempts.map((a) => a.id)).toEqual([
      'mine',
      'theirs',
    ]);
    expect(fromOtherTab(mine, 'garbage')).toEqual(mine);
    expect(fromOtherTab(mine, null)).toEqual(mine);
  });

  it('a finished attempt never changes', () => {
    const done = attempt('a', { finished: { at: T0 + MIN, by: 'learner', score: SCORE } });
    expect(putAttempt(store(done), attempt('a', { answers: { 's/q1': [3] } }))).toEqual(store(done));
    expect(choose(done, 's/q1', 2, 1, 4, T0 + 2 * MIN)).toBe(done);
    expect(toggleFlag(done, 's/q1', T0 + 2 * MIN)).toBe(done);
    expect(finish(done, 'time', T0 + 9 * MIN, { ...SCORE, right: 2 })).toBe(done);
  });
});

describe('taking an attempt', () => {
  const a = attempt('a');
  it('a single-answer question: a choice replaces the one before', () => {
    const one = choose(a, 's/q1', 1, 1, 4, T0 + MIN);
    expect(choose(one, 's/q1', 3, 1, 4, T0 + 2 * MIN)).toMatchObject({ answers: { 's/q1': [3] }, updatedAt: T0 + 2 * MIN });
  });

  it('a Select TWO question: choices are added and taken away, kept ascending', () => {
    let b = choose(a, 's/q2', 3, 2, 5, T0);
    b = choose(b, 's/q2', 0, 2, 5, T0);
    expect(b.answers['s/q2']).toEqual([0, 3]);
    b = choose(b, 's/q2', 3, 2, 5, T0);
    expect(b.answers['s/q2']).toEqual([0]);
    b = choose(b, 's/q2', 0, 2, 5, T0);
    expect(b.answers).toEqual({});
  });

  it('an option or question that does not exist changes nothing', () => {
    expect(choose(a, 's/q1', 4, 1, 4, T0)).toBe(a);
    expect(choose(a, 's/q1', -1, 1, 4, T0)).toBe(a);
    expect(choose(a, 's/q9', 0, 1, 4, T0)).toBe(a);
  });

  it('clear, flag, move, and the overview the review screen lists', () => {
    let b = choose(a, 's/q1', 1, 1, 4, T0);
    b = toggleFlag(b, 's/q2', T0);
    b = moveTo(b, 5, T0);
    expect(b.position).toBe(1);
    expect(moveTo(b, -2, T0).position).toBe(0);
    expect(overview(b)).toEqual({ answered: [0], unanswered: [1], flagged: [1] });
    b = toggleFlag(clearAnswer(b, 's/q1', T0), 's/q2', T0);
    expect(overview(b)).toEqual({ answered: [], unanswered: [0, 1], flagged: [] });
  });

  it('finish: at the time given (never before the start), by whom, with the score', () => {
    expect(finish(a, 'time', T0 + 20 * MIN, SCORE).finished).toEqual({ at: T0 + 20 * MIN, by: 'time', score: SCORE });
    expect(finish(a, 'learner', T0 - 5, SCORE).finished?.at).toBe(T0);
  });

  it('unfinished and history', () => {
    const done = attempt('done', { startedAt: T0 + MIN, finished: { at: T0 + 2 * MIN, by: 'learner', score: SCORE } });
    const open1 = attempt('open1');
    const open2 = attempt('open2', { exam: 'mla-c02', startedAt: T0 + 3 * MIN });
    const s = store(open1, done, open2);
    expect(unfinished(s)?.id).toBe('open2');
    expect(unfinished(s, 'dea-c01')?.id).toBe('open1');
    expect(history(s).map((x) => x.id)).toEqual(['done']);
  });

  it('a new id is valid in the stored format', () => {
    const id = newAttemptId(T0, () => 0.5);
    expect(parseAttempts(json({ version: 1, attempts: [attempt(id)] })).problem).toBeUndefined();
    expect(newAttemptId(T0, () => Number.NaN)).toMatch(/^m[a-z0-9]+-0$/);
  });
});

describe('only what I got wrong', () => {
  const bank = asMap([question('s/q1', ['1.1.1']), question('s/q2', ['1.1.1'], [1]), question('s/q3', ['2.1.1'])]);
  const done = (id: string, at: number, questions: string[], answers: Record<string, number[]>, exam = 'dea-c01') =>
    attempt(id, {
      exam,
      questions,
      answers,
      startedAt: at,
      updatedAt: at,
      finished: { at, by: 'learner', score: { right: 0, total: 0, domains: {}, tasks: {} } },
    });

  it('wrong or unanswered the last time met; right since: not missed; other exams, unfinished attempts and gone questions ignored', () => {
    const s = store(
      // First: q1 wrong, q2 right, q3 unanswered.
      done('first', T0, ['s/q1', 's/q2', 's/q3'], { 's/q1': [2], 's/q2': [1] }),
      // Then q1 right; q2 wrong.
      done('second', T0 + MIN, ['s/q2', 's/q1'], { 's/q1': [0], 's/q2': [0] }),
      // Another exam: q3 right there does not count here.
      done('other', T0 + 2 * MIN, ['s/q3'], { 's/q3': [0] }, 'mla-c02'),
      // Unfinished: does not count.
      attempt('open', { startedAt: T0 + 3 * MIN, questions: ['s/q2'], answers: { 's/q2': [1] } }),
      // A question no longer in the bank.
      done('gone', T0 + 4 * MIN, ['s/gone'], {}),
    );
    expect(missedKeys(s, 'dea-c01', bank)).toEqual(['s/q3', 's/q2']);
  });
});
