/**
 * Scoring a mock exam or set (pure): each question right, wrong or unanswered; the score per domain, per task and
 * overall. A question is right only when the options chosen are exactly its correct ones (a single-answer question:
 * its one correct option; a multiple-response one, "(Select TWO.)": all its correct options and no other, with no
 * partial credit, by `isRightSelection` of `src/libs/study/multiple-response.ts`). An unanswered question counts as
 * wrong: it is in every total, never among the right. A question counts in the domain and task of its first skill of
 * the exam (`bank.ts`). Percentages are whole numbers, rounded half up (2 of 3: 67%; 1 of 8: 12.5, so 13%).
 */
import { isRightSelection } from '../study/multiple-response';
import { placeOf, type BankQuestion, type ExamOutline } from './bank';

export type Outcome = 'right' | 'wrong' | 'unanswered';

export interface Tally {
  readonly right: number;
  readonly total: number;
  /** Whole percent right; undefined when there is nothing to count. */
  readonly percent: number | undefined;
}

export interface QuestionResult {
  readonly key: string;
  /** The question, or undefined when it is no longer in the bank (then it is not scored). */
  readonly question: BankQuestion | undefined;
  readonly chosen: readonly number[];
  readonly outcome: Outcome;
}

export interface Result {
  readonly overall: Tally;
  /** Every domain the set has questions in, in the guide's order. */
  readonly domains: ReadonlyArray<Tally & { readonly number: number; readonly title: string }>;
  /** Every task the set has questions in, in the guide's order. */
  readonly tasks: ReadonlyArray<Tally & { readonly number: string; readonly title: string; readonly domain: number }>;
  /** Every question of the set, in the order asked. */
  readonly questions: readonly QuestionResult[];
  /** Questions of the set that are no longer in the bank: left out of every total. */
  readonly missing: number;
}

/** Whole percent, rounded half up; undefined for a total of 0. */
export function percent(right: number, total: number): number | undefined {
  return total > 0 ? Math.round((100 * right) / total) : undefined;
}

const tally = (right: number, total: number): Tally => ({ right, total, percent: percent(right, total) });

/** Right, wrong or unanswered: the options chosen (none: unanswered) against the correct ones. */
export function outcomeOf(chosen: readonly number[] | undefined, correct: readonly number[]): Outcome {
  if (chosen === undefined || chosen.length === 0) return 'unanswered';
  return isRightSelection(chosen, correct) ? 'right' : 'wrong';
}

function bump<K>(map: Map<K, { right: number; total: number }>, key: K, right: boolean): void {
  const entry = map.get(key) ?? { right: 0, total: 0 };
  map.set(key, { right: entry.right + (right ? 1 : 0), total: entry.total + 1 });
}

/** Scores the questions `keys` (in order) with the answers given (question key → options chosen). */
export function scoreSet(
  outline: Pick<ExamOutline, 'domains'>,
  bank: ReadonlyMap<string, BankQuestion>,
  keys: readonly string[],
  answers: Readonly<Record<string, readonly number[]>>,
): Result {
  const domainCounts = new Map<number, { right: number; total: number }>();
  const taskCounts = new Map<string, { right: number; total: number }>();
  let right = 0;
  let total = 0;
  let missing = 0;
  const questions = keys.map((key): QuestionResult => {
    const question = bank.get(key);
    const chosen = Object.hasOwn(answers, key) ? (answers[key] ?? []) : [];
    if (question === undefined) {
      missing += 1;
      return { key, question, chosen, outcome: chosen.length === 0 ? 'unanswered' : 'wrong' };
    }
    const outcome = outcomeOf(chosen, question.correct);
    total += 1;
    if (outcome === 'right') right += 1;
    const place = placeOf(outline, question);
    if (place !== undefined) {
      bump(domainCounts, place.domain, outcome === 'right');
      bump(taskCounts, place.task, outcome === 'right');
    }
    return { key, question, chosen, outcome };
  });
  const domains = outline.domains.flatMap((domain) => {
    const counts = domainCounts.get(domain.number);
    return counts ? [{ number: domain.number, title: domain.title, ...tally(counts.right, counts.total) }] : [];
  });
  const tasks = outline.domains.flatMap((domain) =>
    domain.tasks.flatMap((task) => {
      const counts = taskCounts.get(task.number);
      return counts ? [{ number: task.number, title: task.title, domain: domain.number, ...tally(counts.right, counts.total) }] : [];
    }),
  );
  return { overall: tally(right, total), domains, tasks, questions, missing };
}

/** What an attempt keeps of its score: right and total overall, per domain and per task (`attempts.ts`). */
export interface ScoreSummary {
  readonly right: number;
  readonly total: number;
  /** Domain number (as text) → [right, total]. */
  readonly domains: Readonly<Record<string, readonly [number, number]>>;
  /** Task number → [right, total]. */
  readonly tasks: Readonly<Record<string, readonly [number, number]>>;
}

export function summarise(result: Result): ScoreSummary {
  return {
    right: result.overall.right,
    total: result.overall.total,
    domains: Object.fromEntries(result.domains.map((d) => [String(d.number), [d.right, d.total] as const])),
    tasks: Object.fromEntries(result.tasks.map((t) => [t.number, [t.right, t.total] as const])),
  };
}
