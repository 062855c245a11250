/**
 * A study session over the picked decks, from the progress store and the time `now` (pure, no DOM):
 * which cards are due and which are new, which card to show next, and the progress of each deck.
 *
 * - new: never rated; due: rated and its due time has come (due ≤ now); learned: rated and not due yet.
 * - The next card: due cards first, the longest overdue first (ties in deck order, then card order); when none
 *   is due, the first new card in deck order; when there is neither, nothing, and the time the next card is due.
 */
import { DAY_MS } from './sm2';
import { cardKey, cardState, type Store } from './store';

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

export type Next =
  | { readonly kind: 'due' | 'new'; readonly card: CardRef; readonly dueCount: number; readonly newCount: number }
  /** Nothing to study now; `nextDue` is when the earliest card comes due (undefined when no card was ever rated). */
  | { readonly kind: 'done'; readonly nextDue: number | undefined };

export interface DeckProgress {
  readonly total: number;
  readonly new: number;
  readonly due: number;
  readonly learned: number;
  /** When the deck's next rated card is due (the earliest), if any card has been rated. */
  readonly nextDue: number | undefined;
}

export function cardStatus(store: Store, key: string, now: number): CardStatus {
  const state = cardState(store, key);
  if (state === undefined) return 'new';
  return state.due <= now ? 'due' : 'learned';
}

/** The due cards of the decks, the longest overdue first; ties keep deck order, then card order. */
export function dueCards(decks: readonly DeckCards[], store: Store, now: number): DueCard[] {
  const due: DueCard[] = [];
  for (const deck of decks) {
    for (const cardId of deck.cardIds) {
      const key = cardKey(deck.key, cardId);
      const state = cardState(store, key);
      if (state !== undefined && state.due <= now) due.push({ deck: deck.key, cardId, key, due: state.due });
    }
  }
  // Array.prototype.sort is stable, so equal due times keep the order they were pushed in.
  return due.sort((a, b) => a.due - b.due);
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

/** The card to show next, or when to come back. */
export function nextCard(decks: readonly DeckCards[], store: Store, now: number): Next {
  const due = dueCards(decks, store, now);
  const fresh = newCards(decks, store);
  const first = due[0];
  if (first !== undefined) {
    const { due: _due, ...card } = first;
    return { kind: 'due', card, dueCount: due.length, newCount: fresh.length };
  }
  const firstNew = fresh[0];
  if (firstNew !== undefined) return { kind: 'new', card: firstNew, dueCount: 0, newCount: fresh.length };
  return { kind: 'done', nextDue: earliestDue(decks, store) };
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

/** New, due and learned counts of one deck at `now`, and when its next rated card is due. */
export function deckProgress(deck: DeckCards, store: Store, now: number): DeckProgress {
  const counts = { new: 0, due: 0, learned: 0 };
  for (const cardId of deck.cardIds) counts[cardStatus(store, cardKey(deck.key, cardId), now)] += 1;
  return { total: deck.cardIds.length, ...counts, nextDue: earliestDue([deck], store) };
}

/**
 * When something is due, in words relative to `now`: "now" once due, otherwise "in N days" with N rounded up to
 * whole days ("in 1 day" for anything up to 24 hours).
 */
export function describeDue(due: number, now: number): string {
  if (due <= now) return 'now';
  const days = Math.ceil((due - now) / DAY_MS);
  return days === 1 ? 'in 1 day' : `in ${days.toLocaleString('en-US')} days`;
}
