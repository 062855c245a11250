/**
 * A study session over the picked decks, from the progress store and the time `now` (pure, no DOM): which cards
 * are new, in learning, due or learned, which card to show next, and the progress of each deck.
 *
 * - new: never rated; due: rated and its due time has come (due ≤ now); learned: rated and not due yet. Of the
 *   learned, those still in their learning steps (`step` set, see `sm2.ts`) are also counted as `learning`.
 * - The next card, in this order (as Anki orders its queues):
 *   1. a card in its learning steps whose time has come, the earliest first (a failed card comes back here);
 *   2. a due review, the longest overdue first (ties in deck order, then card order);
 *   3. a new card, in deck order, while the day's limit of new cards allows (`DailyLimit`);
 *   4. a card in its learning steps due within `LEARN_AHEAD_MS` (20 minutes), the earliest first: with nothing
 *      else to study, the learner need not wait for its step to pass. The steps are at most 10 minutes, so a
 *      card failed in a session always comes back in that session;
 *   then nothing, with the time the next card is due and the new cards held back by the limit.
 * - The day's limit: a new card counts against the local calendar day of its first rating (`introduced`), in any
 *   deck; cards first rated before the learning steps existed (store format 1) have no such time and count on no day.
 */
import { DAY_MS, knownRatings, MINUTE_MS, type CardState } from './sm2';
import { cardKey, cardState, type Store } from './store';

/** How far ahead a card in its learning steps may be shown when nothing else is left to study. */
export const LEARN_AHEAD_MS = 20 * MINUTE_MS;

/** A deck as the session sees it: its name and its card ids in the data's order. */
export interface DeckCards {
  readonly key: string;
  readonly cardIds: readonly string[];
}

export type CardStatus = 'new' | 'due' | 'learned';

export interface CardRef {
  readonly deck: string;
  readonly cardId: string;
  /** `<deck>/<card id>`, the store key. */
  readonly key: string;
}

export interface DueCard extends CardRef {
  readonly due: number;
}

/** The day's limit of new cards: how many a day, and when today began (local midnight, from `startOfLocalDay`). */
export interface DailyLimit {
  readonly newPerDay: number;
  readonly dayStart: number;
}

export interface Queue {
  /** Reviews due now (cards in their learning steps not included). */
  readonly dueCount: number;
  /** Cards in their learning steps, due or not. */
  readonly learningCount: number;
  /** New cards the day's limit still lets in. */
  readonly newCount: number;
  /** New cards in the picked decks held back by the day's limit. */
  readonly heldBack: number;
}

export type Next =
  | ({ readonly kind: 'learning' | 'due' | 'new'; readonly card: CardRef } & Queue)
  /** Nothing to study now; `nextDue` is when the earliest card comes due (undefined when no card was ever rated). */
  | ({ readonly kind: 'done'; readonly nextDue: number | undefined } & Queue);

export interface DeckProgress {
  readonly total: number;
  readonly new: number;
  readonly due: number;
  readonly learned: number;
  /** Of the learned cards (not due yet), those still in their learning steps. */
  readonly learning: number;
  /** When the deck's next rated card is due (the earliest), if any card has been rated. */
  readonly nextDue: number | undefined;
}

export function cardStatus(store: Store, key: string, now: number): CardStatus {
  const state = cardState(store, key);
  if (state === undefined) return 'new';
  return state.due <= now ? 'due' : 'learned';
}

function ratedCards(decks: readonly DeckCards[], store: Store, keep: (state: CardState) => boolean): DueCard[] {
  const cards: DueCard[] = [];
  for (const deck of decks) {
    for (const cardId of deck.cardIds) {
      const key = cardKey(deck.key, cardId);
      const state = cardState(store, key);
      if (state !== undefined && keep(state)) cards.push({ deck: deck.key, cardId, key, due: state.due });
    }
  }
  // Array.prototype.sort is stable, so equal due times keep the order they were pushed in.
  return cards.sort((a, b) => a.due - b.due);
}

/** The due reviews of the decks (cards in their learning steps apart), the longest overdue first; ties keep deck order, then card order. */
export function dueCards(decks: readonly DeckCards[], store: Store, now: number): DueCard[] {
  return ratedCards(decks, store, (state) => state.step === undefined && state.due <= now);
}

/** The cards of the decks in their learning steps, due or not, the earliest due first. */
export function learningCards(decks: readonly DeckCards[], store: Store): DueCard[] {
  return ratedCards(decks, store, (state) => state.step !== undefined);
}

/** The never-rated cards of the decks, in deck order, then card order. */
export function newCards(decks: readonly DeckCards[], store: Store): CardRef[] {
  return decks.flatMap((deck) =>
    deck.cardIds.flatMap((cardId) => {
      const key = cardKey(deck.key, cardId);
      return cardState(store, key) === undefined ? [{ deck: deck.key, cardId, key }] : [];
    }),
  );
}

/** Local midnight at the start of the day of `now` (in the time zone of the JavaScript runtime). */
export function startOfLocalDay(now: number): number {
  const date = new Date(now);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/** How many cards (of any deck) were first rated since `dayStart`. */
export function startedSince(store: Store, dayStart: number): number {
  return Object.values(store.cards).filter((state) => state.introduced !== undefined && state.introduced >= dayStart).length;
}

/** How many new cards the day's limit still lets in (0 when it is reached). */
export function newLeftToday(store: Store, limit: DailyLimit): number {
  return Math.max(0, limit.newPerDay - startedSince(store, limit.dayStart));
}

const withoutDue = ({ due: _due, ...card }: DueCard): CardRef => card;

/**
 * The card to show next, or when to come back (the order is in this module's comment). Without a `limit`, every
 * new card is let in. `prefer` names a card to show first when it may be studied now (after an undo, the card whose
 * rating was taken back).
 */
export function nextCard(decks: readonly DeckCards[], store: Store, now: number, limit?: DailyLimit, prefer?: string): Next {
  const learning = learningCards(decks, store);
  const due = dueCards(decks, store, now);
  const fresh = newCards(decks, store);
  const left = limit === undefined ? fresh.length : Math.min(fresh.length, newLeftToday(store, limit));
  const queue: Queue = { dueCount: due.length, learningCount: learning.length, newCount: left, heldBack: fresh.length - left };

  const learningNow = learning.filter((card) => card.due <= now);
  const learningAhead = learning.filter((card) => card.due <= now + LEARN_AHEAD_MS);
  const allowedNew = fresh.slice(0, left);

  const preferred = prefer === undefined ? undefined : pick(prefer, learningAhead, due, allowedNew, store);
  if (preferred !== undefined) return { ...preferred, ...queue };
  const learningFirst = learningNow[0];
  if (learningFirst !== undefined) return { kind: 'learning', card: withoutDue(learningFirst), ...queue };
  const dueFirst = due[0];
  if (dueFirst !== undefined) return { kind: 'due', card: withoutDue(dueFirst), ...queue };
  const firstNew = allowedNew[0];
  if (firstNew !== undefined) return { kind: 'new', card: firstNew, ...queue };
  const ahead = learningAhead[0];
  if (ahead !== undefined) return { kind: 'learning', card: withoutDue(ahead), ...queue };
  return { kind: 'done', nextDue: earliestDue(decks, store), ...queue };
}

function pick(
  key: string,
  learning: readonly DueCard[],
  due: readonly DueCard[],
  fresh: readonly CardRef[],
  store: Store,
): { kind: 'learning' | 'due' | 'new'; card: CardRef } | undefined {
  const inLearning = learning.find((card) => card.key === key);
  if (inLearning !== undefined) return { kind: 'learning', card: withoutDue(inLearning) };
  const isDue = due.find((card) => card.key === key);
  if (isDue !== undefined) return { kind: 'due', card: withoutDue(isDue) };
  const isNew = cardState(store, key) === undefined ? fresh.find((card) => card.key === key) : undefined;
  return isNew === undefined ? undefined : { kind: 'new', card: isNew };
}

function earliestDue(decks: readonly DeckCards[], store: Store): number | undefined {
  let earliest: number | undefined;
  for (const deck of decks) {
    for (const cardId of deck.cardIds) {
      const state = cardState(store, cardKey(deck.key, cardId));
      if (state !== undefined && (earliest === undefined || state.due < earliest)) earliest = state.due;
    }
  }
  return earliest;
}

/** New, due and learned counts of one deck at `now` (and of the learned, those still in learning), and when its next rated card is due. */
export function deckProgress(deck: DeckCards, store: Store, now: number): DeckProgress {
  const counts = { new: 0, due: 0, learned: 0 };
  let learning = 0;
  for (const cardId of deck.cardIds) {
    const key = cardKey(deck.key, cardId);
    const status = cardStatus(store, key, now);
    counts[status] += 1;
    if (status === 'learned' && cardState(store, key)?.step !== undefined) learning += 1;
  }
  return { total: deck.cardIds.length, ...counts, learning, nextDue: earliestDue([deck], store) };
}

/**
 * When something is due, in words relative to `now`: "now" once due; "in N minutes" within the hour (N rounded
 * up: "in 1 minute" for anything up to a minute); otherwise "in N days" with N rounded up to whole days ("in 1 day"
 * for anything from an hour up to 24 hours).
 */
export function describeDue(due: number, now: number): string {
  if (due <= now) return 'now';
  if (due - now < 60 * MINUTE_MS) {
    const minutes = Math.ceil((due - now) / MINUTE_MS);
    return minutes === 1 ? 'in 1 minute' : `in ${minutes} minutes`;
  }
  const days = Math.ceil((due - now) / DAY_MS);
  return days === 1 ? 'in 1 day' : `in ${days.toLocaleString('en-US')} days`;
}

/** What the statistics line says about the picked decks. */
export interface Stats extends Omit<DeckProgress, 'nextDue'> {
  /** Ratings on record for the decks' cards (see `knownRatings`), and how many were "again". */
  readonly ratings: number;
  readonly again: number;
  /** The share of those ratings that were not "again", from 0 to 1; undefined with no rating on record. */
  readonly retention: number | undefined;
}

/** The decks' counts summed (as `deckProgress` counts them at `now`), and the retention over every rating on record. */
export function studyStats(decks: readonly DeckCards[], store: Store, now: number): Stats {
  const sum = { total: 0, new: 0, due: 0, learned: 0, learning: 0, ratings: 0, again: 0 };
  for (const deck of decks) {
    const progress = deckProgress(deck, store, now);
    sum.total += progress.total;
    sum.new += progress.new;
    sum.due += progress.due;
    sum.learned += progress.learned;
    sum.learning += progress.learning;
    for (const cardId of deck.cardIds) {
      const known = knownRatings(cardState(store, cardKey(deck.key, cardId)));
      sum.ratings += known.reviews;
      sum.again += known.again;
    }
  }
  return { ...sum, retention: sum.ratings === 0 ? undefined : (sum.ratings - sum.again) / sum.ratings };
}
