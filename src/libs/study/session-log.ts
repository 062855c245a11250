/**
 * What happened in this session (kept in the page, not stored): every rating with the card's state before and after
 * it. Pure: from it come the undo of the last rating and the summary shown when the queue is empty.
 *
 * - Rating a card (`rateCard`) schedules it with `schedule` (learning steps, then SM-2) and adds an entry.
 * - Undo (`undoLast`) puts the last rated card back exactly as it was before that rating (or never rated, for a new
 *   card) and drops the entry; again, and it takes back the rating before. It is refused when the card's state is no
 *   longer what that rating made it (another tab rated or reset it since): undoing then would throw that away.
 * - The summary (`summarize`) counts the session's ratings by answer (1 and 2 are "again", 3 "hard", 4 "good", 5
 *   "easy"), the distinct cards rated, the new cards started (rated for the first time in the session), and of those
 *   the ones learned (graduated from their learning steps by the session's last rating of them).
 */
import { RATING_GROUP, schedule, type CardState, type Rating, type RatingGroup } from './sm2';
import { cardState, restoreCard, updateCard, type Store } from './store';

export interface LogEntry {
  readonly key: string;
  readonly rating: Rating;
  /** The card's state before the rating (undefined: it was new). */
  readonly before: CardState | undefined;
  readonly after: CardState;
}

export type SessionLog = readonly LogEntry[];

export interface Summary extends Readonly<Record<RatingGroup, number>> {
  /** Ratings given. */
  readonly ratings: number;
  /** Distinct cards rated. */
  readonly cards: number;
  /** Cards rated for the first time in the session. */
  readonly newStarted: number;
  /** Of those, the ones that left their learning steps. */
  readonly newLearned: number;
}

/** The rating of a card at `now`: the store with its new state, and the entry for the log. */
export function rateCard(store: Store, key: string, rating: Rating, now: number): { store: Store; entry: LogEntry } {
  const before = cardState(store, key);
  const after = schedule(before, rating, now);
  return { store: updateCard(store, key, after), entry: { key, rating, before, after } };
}

const FIELDS = ['repetitions', 'interval', 'ease', 'due', 'reviewed', 'rating', 'step', 'reviews', 'again', 'introduced'] as const;

/** Whether two card states are the same, field by field (undefined: never rated). */
export function sameState(a: CardState | undefined, b: CardState | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return FIELDS.every((field) => a[field] === b[field]);
}

/** Whether the entry can be undone on this store: the card is still as that rating left it. */
export function canUndo(store: Store, entry: LogEntry | undefined): entry is LogEntry {
  return entry !== undefined && sameState(cardState(store, entry.key), entry.after);
}

/** The store with the entry's rating taken back (the card as it was before it), or unchanged when `canUndo` is false. */
export function undoRating(store: Store, entry: LogEntry): Store {
  return canUndo(store, entry) ? restoreCard(store, entry.key, entry.before) : store;
}

/**
 * Undo the last rating of the log: the store and the log without it, and the entry undone; or `undefined` when the
 * log is empty or the card changed since (see `canUndo`).
 */
export function undoLast(store: Store, log: SessionLog): { store: Store; log: SessionLog; entry: LogEntry } | undefined {
  const entry = log.at(-1);
  if (!canUndo(store, entry)) return undefined;
  return { store: undoRating(store, entry), log: log.slice(0, -1), entry };
}

/** The session's summary (see this module's comment). */
export function summarize(log: SessionLog): Summary {
  const counts: Record<RatingGroup, number> = { again: 0, hard: 0, good: 0, easy: 0 };
  const first = new Map<string, LogEntry>();
  const last = new Map<string, LogEntry>();
  for (const entry of log) {
    counts[RATING_GROUP[entry.rating]] += 1;
    if (!first.has(entry.key)) first.set(entry.key, entry);
    last.set(entry.key, entry);
  }
  const started = [...first.values()].filter((entry) => entry.before === undefined).map((entry) => entry.key);
  const learned = started.filter((key) => last.get(key)?.after.step === undefined);
  return { ...counts, ratings: log.length, cards: first.size, newStarted: started.length, newLearned: learned.length };
}
