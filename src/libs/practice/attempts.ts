/**
 * The mock-exam attempts kept in the browser (`localStorage`), pure: the island reads and writes strings; this module
 * turns any string into valid attempts, says what to write, and never loses what was stored.
 *
 * Format (version 1), as JSON, under `aws-ml-study:mock-exams:v1`:
 *
 *     { "version": 1,
 *       "attempts": [ { "id": "m1abc-x7", "exam": "dea-c01", "mode": { "kind": "quick" },
 *                       "questions": ["streaming/firehose-parquet", …],       (the keys, in the order asked)
 *                       "answers": { "streaming/firehose-parquet": [1] },      (options chosen, by index)
 *                       "flags": ["streaming/firehose-parquet"], "position": 3,
 *                       "startedAt": 1735462800000, "minutes": 20, "updatedAt": 1735463100000,
 *                       "finished": { "at": 1735463900000, "by": "learner",
 *                                     "score": { "right": 7, "total": 10,
 *                                                "domains": { "1": [2, 3] }, "tasks": { "1.2": [1, 1] } } } } ] }
 *
 * An attempt without `finished` is unfinished and can be resumed. `flags`, `position` and `updatedAt` may be left
 * out (an empty list, the first question, the start). Unknown fields are ignored. Times are milliseconds since the
 * epoch.
 *
 * Never lost, never replaced by less:
 * 1. Reading never throws. A value that is not JSON, of another format version, or with attempts that are not
 *    valid is KEPT ASIDE as it was, under a key of its own (`aws-ml-study:mock-exams:kept:<time>`, never one that is
 *    already taken), before the main key is rewritten with its valid part; when keeping it aside fails, the main
 *    key is not touched. A note says what happened and where the value is.
 * 2. A save merges the valid part of what the main key holds at that moment into this tab's attempts (`merge`), so
 *    a tab never drops an attempt another tab saved; nothing here removes an attempt.
 * 3. For the same attempt in both, the one with more progress counts: a finished one over an unfinished one,
 *    otherwise the later update.
 */
import type { Mode } from './draw';
import type { BankQuestion } from './bank';
import type { ScoreSummary } from './score';
import { outcomeOf } from './score';

export const ATTEMPTS_KEY = 'aws-ml-study:mock-exams:v1';
export const KEPT_PREFIX = 'aws-ml-study:mock-exams:kept:';
export const ATTEMPTS_VERSION = 1;

export interface Finished {
  readonly at: number;
  /** Submitted by the learner, or when the time ran out. */
  readonly by: 'learner' | 'time';
  readonly score: ScoreSummary;
}

export interface Attempt {
  readonly id: string;
  readonly exam: string;
  readonly mode: Mode;
  readonly questions: readonly string[];
  readonly answers: Readonly<Record<string, readonly number[]>>;
  readonly flags: readonly string[];
  /** The question shown (an index into `questions`). */
  readonly position: number;
  readonly startedAt: number;
  readonly minutes: number;
  readonly updatedAt: number;
  readonly finished?: Finished | undefined;
}

export interface AttemptStore {
  readonly version: typeof ATTEMPTS_VERSION;
  /** By start time, oldest first. */
  readonly attempts: readonly Attempt[];
}

export const EMPTY_STORE: AttemptStore = { version: ATTEMPTS_VERSION, attempts: [] };

const ID = /^[a-z0-9-]{1,40}$/;
const EXAM = /^[a-z]{3}-c\d{2}$/;
const QUESTION_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_QUESTIONS = 200;
const MAX_MINUTES = 600;
/** The range of a JavaScript Date, in milliseconds. */
const MAX_TIME = 8.64e15;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= MAX_TIME;
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function toMode(value: unknown): Mode | undefined {
  if (!isRecord(value)) return undefined;
  switch (value['kind']) {
    case 'full':
    case 'quick':
    case 'missed':
      return { kind: value['kind'] };
    case 'domain':
      return Number.isSafeInteger(value['domain']) && (value['domain'] as number) >= 1
        ? { kind: 'domain', domain: value['domain'] as number }
        : undefined;
    case 'task':
      return typeof value['task'] === 'string' && /^\d+\.\d+$/.test(value['task']) ? { kind: 'task', task: value['task'] } : undefined;
    case 'skill':
      return typeof value['skill'] === 'string' && /^\d+\.\d+\.\d+$/.test(value['skill']) ? { kind: 'skill', skill: value['skill'] } : undefined;
    case 'section':
      return typeof value['section'] === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value['section'])
        ? { kind: 'section', section: value['section'] }
        : undefined;
    default:
      return undefined;
  }
}

function toPairs(value: unknown, key: RegExp, total: number): Record<string, readonly [number, number]> | undefined {
  if (!isRecord(value)) return undefined;
  const pairs: Record<string, readonly [number, number]> = {};
  for (const [name, pair] of Object.entries(value)) {
    if (!key.test(name) || !Array.isArray(pair) || pair.length !== 2) return undefined;
    const [right, count] = pair as unknown[];
    if (!isCount(right) || !isCount(count) || right > count || count > total) return undefined;
    pairs[name] = [right, count];
  }
  return pairs;
}

function toScore(value: unknown, questions: number): ScoreSummary | undefined {
  if (!isRecord(value)) return undefined;
  const { right, total } = value;
  if (!isCount(right) || !isCount(total) || right > total || total > questions) return undefined;
  const domains = toPairs(value['domains'] ?? {}, /^\d+$/, total);
  const tasks = toPairs(value['tasks'] ?? {}, /^\d+\.\d+$/, total);
  if (domains === undefined || tasks === undefined) return undefined;
  return { right, total, domains, tasks };
}

function toFinished(value: unknown, startedAt: number, questions: number): Finished | undefined {
  if (!isRecord(value)) return undefined;
  const { at, by } = value;
  if (!isTime(at) || at < startedAt || (by !== 'learner' && by !== 'time')) return undefined;
  const score = toScore(value['score'], questions);
  return score === undefined ? undefined : { at, by, score };
}

/** The options chosen, ascending and each once, or undefined when they are not option indexes. */
function toChosen(value: unknown): number[] | undefined {
  if (!Array.isArray(value) || value.length > 6) return undefined;
  const options = value as unknown[];
  if (!options.every((option) => Number.isSafeInteger(option) && (option as number) >= 0 && (option as number) < 6)) return undefined;
  return [...new Set(options as number[])].sort((a, b) => a - b);
}

/** A valid attempt, or undefined. */
export function toAttempt(value: unknown): Attempt | undefined {
  if (!isRecord(value)) return undefined;
  const { id, exam, startedAt, minutes } = value;
  if (typeof id !== 'string' || !ID.test(id) || typeof exam !== 'string' || !EXAM.test(exam)) return undefined;
  const mode = toMode(value['mode']);
  if (mode === undefined || !isTime(startedAt) || !Number.isSafeInteger(minutes) || (minutes as number) < 1 || (minutes as number) > MAX_MINUTES)
    return undefined;
  const rawQuestions = value['questions'];
  if (!Array.isArray(rawQuestions) || rawQuestions.length === 0 || rawQuestions.length > MAX_QUESTIONS) return undefined;
  const questions = rawQuestions as unknown[];
  if (!questions.every((key) => typeof key === 'string' && QUESTION_KEY.test(key)) || new Set(questions).size !== questions.length) return undefined;
  const keys = new Set(questions as string[]);

  const rawAnswers = value['answers'] ?? {};
  if (!isRecord(rawAnswers)) return undefined;
  const answers: Record<string, readonly number[]> = {};
  for (const [key, chosen] of Object.entries(rawAnswers)) {
    const options = toChosen(chosen);
    if (!keys.has(key) || options === undefined) return undefined;
    if (options.length > 0) answers[key] = options;
  }

  const rawFlags = value['flags'] ?? [];
  if (!Array.isArray(rawFlags)) return undefined;
  const flags = rawFlags as unknown[];
  if (!flags.every((key) => typeof key === 'string' && keys.has(key)) || new Set(flags).size !== flags.length) return undefined;

  const position = value['position'] ?? 0;
  if (!isCount(position) || position >= questions.length) return undefined;
  const updatedAt = value['updatedAt'] ?? startedAt;
  if (!isTime(updatedAt) || updatedAt < startedAt) return undefined;

  const finished = value['finished'] === undefined ? undefined : toFinished(value['finished'], startedAt, questions.length);
  if (value['finished'] !== undefined && finished === undefined) return undefined;

  return {
    id,
    exam,
    mode,
    questions: questions as string[],
    answers,
    flags: flags as string[],
    position,
    startedAt,
    minutes: minutes as number,
    updatedAt,
    ...(finished ? { finished } : {}),
  };
}

/** Of two records of the same attempt, the one with more progress: finished over unfinished, else the later update. */
export function moreProgress(a: Attempt, b: Attempt): Attempt {
  if (a.finished !== undefined || b.finished !== undefined) return a.finished !== undefined ? a : b;
  return b.updatedAt > a.updatedAt ? b : a;
}

const byStart = (a: Attempt, b: Attempt) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every attempt of either store; for one in both, the one with more progress. */
export function merge(first: AttemptStore, second: AttemptStore): AttemptStore {
  const byId = new Map<string, Attempt>();
  for (const attempt of [...first.attempts, ...second.attempts]) {
    const mine = byId.get(attempt.id);
    byId.set(attempt.id, mine === undefined ? attempt : moreProgress(mine, attempt));
  }
  return { version: ATTEMPTS_VERSION, attempts: [...byId.values()].sort(byStart) };
}

export interface Parsed {
  readonly store: AttemptStore;
  /** Why part or all of the value could not be used (to say, and to keep the value aside); undefined when all was valid. */
  readonly problem: string | undefined;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Any stored string (null: nothing stored) to valid attempts, with what could not be used. */
export function parseAttempts(raw: string | null): Parsed {
  if (raw === null) return { store: EMPTY_STORE, problem: undefined };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { store: EMPTY_STORE, problem: 'it was not readable (not valid JSON)' };
  }
  if (!isRecord(value)) return { store: EMPTY_STORE, problem: 'it had an unknown format' };
  if (value['version'] !== ATTEMPTS_VERSION) {
    const version = value['version'];
    return {
      store: EMPTY_STORE,
      problem: `it is from another version of this site (${typeof version === 'number' ? `format ${String(version)}` : 'no format version'}, expected ${ATTEMPTS_VERSION})`,
    };
  }
  if (!Array.isArray(value['attempts'])) return { store: EMPTY_STORE, problem: 'it had no list of attempts' };
  const records = value['attempts'] as unknown[];
  const valid = records.map(toAttempt).filter((attempt): attempt is Attempt => attempt !== undefined);
  const dropped = records.length - valid.length;
  const store = merge(EMPTY_STORE, { version: ATTEMPTS_VERSION, attempts: valid });
  return { store, problem: dropped > 0 ? `${plural(dropped, 'attempt', 'attempts')} in it had invalid data` : undefined };
}

export function serializeAttempts(store: AttemptStore): string {
  return JSON.stringify({ version: store.version, attempts: store.attempts });
}

export interface Write {
  readonly key: string;
  readonly value: string;
}

export interface Step {
  readonly store: AttemptStore;
  /** Made in order; when one fails, the ones after it are not made. */
  readonly writes: readonly Write[];
  readonly note: string | undefined;
}

/** A key to keep a value aside under: by the time, and not one already taken. */
export function keptKey(now: number, taken: (key: string) => boolean): string {
  const base = `${KEPT_PREFIX}${String(now)}`;
  let key = base;
  for (let n = 2; taken(key); n += 1) key = `${base}-${n}`;
  return key;
}

function keepAside(raw: string, problem: string, now: number, taken: (key: string) => boolean): { write: Write; note: string } {
  const key = keptKey(now, taken);
  return {
    write: { key, value: raw },
    note: `The saved mock-exam history could not all be used: ${problem}. Nothing was deleted: the saved value is kept as it was in this browser's storage under “${key}”, and everything valid in it is shown.`,
  };
}

/** Opening the page with the main key's raw value (null: nothing stored). Rule 1. */
export function openAttempts(raw: string | null, now: number, taken: (key: string) => boolean): Step {
  const parsed = parseAttempts(raw);
  if (raw === null || parsed.problem === undefined) return { store: parsed.store, writes: [], note: undefined };
  const aside = keepAside(raw, parsed.problem, now, taken);
  return { store: parsed.store, writes: [aside.write, { key: ATTEMPTS_KEY, value: serializeAttempts(parsed.store) }], note: aside.note };
}

/**
 * A change made in this tab, applied to this tab's attempts merged with the valid part of what the main key holds
 * now (`raw`; undefined when it could not be read). A value that is not all valid is kept aside first. Rules 1, 2.
 */
export function saveAttempts(
  store: AttemptStore,
  change: (store: AttemptStore) => AttemptStore,
  raw: string | null | undefined,
  now: number,
  taken: (key: string) => boolean,
): Step {
  const parsed = parseAttempts(raw ?? null);
  const next = change(merge(store, parsed.store));
  const main: Write = { key: ATTEMPTS_KEY, value: serializeAttempts(next) };
  if (raw === null || raw === undefined || parsed.problem === undefined) return { store: next, writes: [main], note: undefined };
  const aside = keepAside(raw, parsed.problem, now, taken);
  return { store: next, writes: [aside.write, main], note: aside.note };
}

/** Another tab changed the main key: its valid attempts join this tab's (nothing is written). */
export function fromOtherTab(store: AttemptStore, newValue: string | null): AttemptStore {
  return merge(store, parseAttempts(newValue).store);
}

/** The store with `attempt` added or, when it is there and unfinished, replaced. A finished attempt never changes. */
export function putAttempt(store: AttemptStore, attempt: Attempt): AttemptStore {
  const existing = store.attempts.find((a) => a.id === attempt.id);
  if (existing?.finished !== undefined) return store;
  return { version: ATTEMPTS_VERSION, attempts: [...store.attempts.filter((a) => a.id !== attempt.id), attempt].sort(byStart) };
}

/** The latest unfinished attempt (of `exam`, when given). */
export function unfinished(store: AttemptStore, exam?: string): Attempt | undefined {
  return store.attempts.filter((a) => a.finished === undefined && (exam === undefined || a.exam === exam)).at(-1);
}

/** Finished attempts, latest first. */
export function history(store: AttemptStore): Attempt[] {
  return store.attempts.filter((a) => a.finished !== undefined).reverse();
}

/**
 * Choose an option: on a single-answer question (`asked` 1) it replaces the choice; on a multiple-response one it is
 * added or, when chosen already, taken away. An option the question does not have changes nothing.
 */
export function choose(attempt: Attempt, key: string, option: number, asked: number, optionCount: number, now: number): Attempt {
  if (attempt.finished !== undefined || !attempt.questions.includes(key) || !Number.isInteger(option) || option < 0 || option >= optionCount)
    return attempt;
  const before = attempt.answers[key] ?? [];
  const chosen = asked <= 1 ? [option] : before.includes(option) ? before.filter((o) => o !== option) : [...before, option].sort((a, b) => a - b);
  return withAnswer(attempt, key, chosen, now);
}

/** Clear a question's answer (it is unanswered again). */
export function clearAnswer(attempt: Attempt, key: string, now: number): Attempt {
  return attempt.finished !== undefined ? attempt : withAnswer(attempt, key, [], now);
}

function withAnswer(attempt: Attempt, key: string, chosen: readonly number[], now: number): Attempt {
  const answers = Object.fromEntries(Object.entries(attempt.answers).filter(([k]) => k !== key));
  if (chosen.length > 0) answers[key] = chosen;
  return { ...attempt, answers, updatedAt: Math.max(attempt.updatedAt, now) };
}

export function toggleFlag(attempt: Attempt, key: string, now: number): Attempt {
  if (attempt.finished !== undefined || !attempt.questions.includes(key)) return attempt;
  const flags = attempt.flags.includes(key) ? attempt.flags.filter((k) => k !== key) : [...attempt.flags, key];
  return { ...attempt, flags, updatedAt: Math.max(attempt.updatedAt, now) };
}

/** Show question `position` (held to the set). */
export function moveTo(attempt: Attempt, position: number, now: number): Attempt {
  if (attempt.finished !== undefined) return attempt;
  const clamped = Math.min(attempt.questions.length - 1, Math.max(0, Math.trunc(position) || 0));
  return { ...attempt, position: clamped, updatedAt: Math.max(attempt.updatedAt, now) };
}

export function finish(attempt: Attempt, by: Finished['by'], at: number, score: ScoreSummary): Attempt {
  if (attempt.finished !== undefined) return attempt;
  return { ...attempt, updatedAt: Math.max(attempt.updatedAt, at), finished: { at: Math.max(at, attempt.startedAt), by, score } };
}

/** Answered, unanswered and flagged questions, as positions (0-based) in the order asked. */
export function overview(attempt: Attempt): { answered: number[]; unanswered: number[]; flagged: number[] } {
  const answered: number[] = [];
  const unanswered: number[] = [];
  const flagged: number[] = [];
  attempt.questions.forEach((key, index) => {
    if ((attempt.answers[key] ?? []).length > 0) answered.push(index);
    else unanswered.push(index);
    if (attempt.flags.includes(key)) flagged.push(index);
  });
  return { answered, unanswered, flagged };
}

/**
 * The questions of `exam` the learner got wrong (or left unanswered) the last time they were in a finished attempt,
 * in the order they were last met; a question answered right since is not among them. Questions no longer in the
 * bank are left out.
 */
export function missedKeys(store: AttemptStore, exam: string, bank: ReadonlyMap<string, BankQuestion>): string[] {
  const missed = new Map<string, true>();
  const finished = store.attempts.filter((a) => a.exam === exam && a.finished !== undefined);
  for (const attempt of [...finished].sort((a, b) => (a.finished?.at ?? 0) - (b.finished?.at ?? 0))) {
    for (const key of attempt.questions) {
      const question = bank.get(key);
      if (question === undefined) continue;
      missed.delete(key);
      if (outcomeOf(attempt.answers[key], question.correct) !== 'right') missed.set(key, true);
    }
  }
  return [...missed.keys()];
}

/** A new attempt's id: its start time and a random part, in base 36. */
export function newAttemptId(startedAt: number, random: () => number): string {
  const part = Math.floor(Math.min(0.999999, Math.max(0, random() || 0)) * 36 ** 4).toString(36);
  return `m${startedAt.toString(36)}-${part}`;
}
