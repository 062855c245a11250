/**
 * What the study dashboard shows, worked out from what is stored (pure): flashcards due and learned, and, from the
 * finished mock exams, each domain's and task's share right over every attempt, weakest first.
 */
import type { AttemptStore } from '../practice/attempts';
import type { Store } from '../study/store';

export interface CardCounts {
  /** Cards rated before and due now. */
  readonly due: number;
  /** Cards rated and not due yet. */
  readonly learned: number;
}

export function cardCounts(store: Store, now: number): CardCounts {
  const cards = Object.values(store.cards);
  const due = cards.filter((card) => card.due <= now).length;
  return { due, learned: cards.length - due };
}

export interface Area {
  /** The domain (`2`) or task (`2.3`) number. */
  readonly number: string;
  readonly right: number;
  readonly total: number;
}

/** The finished attempts of `exam`, latest first. */
export function finishedOf(store: AttemptStore, exam: string) {
  return store.attempts.filter((a) => a.exam === exam && a.finished !== undefined).reverse();
}

const byNumber = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/**
 * The domains (`level` "domains") or tasks of `exam`, summed over its finished attempts, weakest first: the lowest
 * share right, then the most questions asked, then by number. Areas never asked are not listed.
 */
export function weakest(store: AttemptStore, exam: string, level: 'domains' | 'tasks'): Area[] {
  const sums = new Map<string, [number, number]>();
  for (const attempt of finishedOf(store, exam)) {
    for (const [number, [right, total]] of Object.entries(attempt.finished?.score[level] ?? {})) {
      const sum = sums.get(number) ?? [0, 0];
      sums.set(number, [sum[0] + right, sum[1] + total]);
    }
  }
  return [...sums.entries()]
    .filter(([, [, total]]) => total > 0)
    .map(([number, [right, total]]) => ({ number, right, total }))
    .sort((a, b) => a.right * b.total - b.right * a.total || b.total - a.total || byNumber(a.number, b.number));
}

/** "7 of 10 (70%)", the percentage rounded down so 99.5% never shows as 100%. */
export function shareText(right: number, total: number): string {
  return `${right} of ${total} (${Math.floor((right * 100) / total)}%)`;
}
