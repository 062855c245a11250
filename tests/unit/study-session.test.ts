import { describe, expect, it } from 'vitest';

import { cardStatus, deckProgress, describeDue, dueCards, newCards, nextCard, type DeckCards } from '~/libs/study/session';
import { review, type CardState } from '~/libs/study/sm2';
import { emptyStore, updateCard, type Store } from '~/libs/study/store';

const NOW = Date.UTC(2025, 2, 10, 12);
const DAY = 86_400_000;
const MINUTE = 60_000;

/** A rated card whose due time is `dueIn` days from NOW (negative: overdue). */
function rated(dueIn: number): CardState {
  return { repetitions: 1, interval: 1, ease: 2.5, due: NOW + dueIn * DAY, reviewed: NOW + (dueIn - 1) * DAY, rating: 4 };
}

function storeWith(cards: Record<string, CardState>): Store {
  return Object.entries(cards).reduce((store, [key, state]) => updateCard(store, key, state), emptyStore());
}

const A: DeckCards = { key: 'deck-a', cardIds: ['a1', 'a2', 'a3'] };
const B: DeckCards = { key: 'deck-b', cardIds: ['b1', 'b2'] };

// a1 overdue by 1 day, a2 not due for 2 days, a3 new; b1 overdue by 3 days, b2 new.
const store = storeWith({ 'deck-a/a1': rated(-1), 'deck-a/a2': rated(2), 'deck-b/b1': rated(-3) });

describe('card status: new (never rated), due (due <= now), learned (rated, not due yet)', () => {
  it.each<{ key: string; now: number; status: string }>([
    { key: 'deck-a/a1', now: NOW, status: 'due' },
    { key: 'deck-a/a2', now: NOW, status: 'learned' },
    { key: 'deck-a/a3', now: NOW, status: 'new' },
    { key: 'deck-a/a2', now: NOW + 2 * DAY, status: 'due' }, // exactly at its due time
    { key: 'deck-a/a2', now: NOW + 2 * DAY - 1, status: 'learned' },
  ])('$key at $now is $status', ({ key, now, status }) => {
    expect(cardStatus(store, key, now)).toBe(status);
  });
});

describe('due and new cards', () => {
  it('due cards: the longest overdue first', () => {
    expect(dueCards([A, B], store, NOW).map((card) => card.key)).toEqual(['deck-b/b1', 'deck-a/a1']);
  });

  it('equal due times keep deck order, then card order', () => {
    const tie = storeWith({ 'deck-b/b1': rated(-1), 'deck-a/a3': rated(-1), 'deck-a/a1': rated(-1) });
    expect(dueCards([A, B], tie, NOW).map((card) => card.key)).toEqual(['deck-a/a1', 'deck-a/a3', 'deck-b/b1']);
  });

  it('new cards in deck order, then card order', () => {
    expect(newCards([A, B], store).map((card) => card.key)).toEqual(['deck-a/a3', 'deck-b/b2']);
    expect(newCards([B, A], emptyStore()).map((card) => card.key)).toEqual(['deck-b/b1', 'deck-b/b2', 'deck-a/a1', 'deck-a/a2', 'deck-a/a3']);
  });

  it('only the picked decks count; ratings of cards no longer in a deck are ignored', () => {
    const stale = updateCard(store, 'deck-a/removed-card', rated(-10));
    expect(dueCards([A], stale, NOW).map((card) => card.key)).toEqual(['deck-a/a1']);
    expect(dueCards([], stale, NOW)).toEqual([]);
  });
});

describe('the next card: due first (oldest first), then new, then done', () => {
  it('walks a whole session, rating every card 4', () => {
    let current = store;
    const shown: string[] = [];
    for (;;) {
      const next = nextCard([A, B], current, NOW);
      if (next.kind === 'done') {
        // a2 was due in 2 days; everything rated now is due tomorrow: the earliest is NOW + 1 day.
        expect(next.nextDue).toBe(NOW + DAY);
        break;
      }
      shown.push(`${next.kind} ${next.card.key}`);
      current = updateCard(current, next.card.key, review(undefined, 4, NOW));
    }
    expect(shown).toEqual(['due deck-b/b1', 'due deck-a/a1', 'new deck-a/a3', 'new deck-b/b2']);
  });

  it('reports how many cards are due and new', () => {
    expect(nextCard([A, B], store, NOW)).toEqual({
      kind: 'due',
      card: { deck: 'deck-b', cardId: 'b1', key: 'deck-b/b1' },
      dueCount: 2,
      learningCount: 0,
      newCount: 2,
      heldBack: 0,
    });
    expect(nextCard([A], storeWith({ 'deck-a/a1': rated(1) }), NOW)).toEqual({
      kind: 'new',
      card: { deck: 'deck-a', cardId: 'a2', key: 'deck-a/a2' },
      dueCount: 0,
      learningCount: 0,
      newCount: 2,
      heldBack: 0,
    });
  });

  it('two days later the learned card is due again and comes first if it is the oldest', () => {
    const later = NOW + 2 * DAY;
    // a2 due at NOW + 2 days (0 overdue), a1 at NOW - 1 day, b1 at NOW - 3 days.
    expect(dueCards([A, B], store, later).map((card) => card.key)).toEqual(['deck-b/b1', 'deck-a/a1', 'deck-a/a2']);
  });

  it('done: with nothing rated there is no next due time', () => {
    expect(nextCard([], emptyStore(), NOW)).toEqual({ kind: 'done', nextDue: undefined, dueCount: 0, learningCount: 0, newCount: 0, heldBack: 0 });
  });
});

describe('progress per deck', () => {
  it.each<{ name: string; deck: DeckCards; s: Store; now: number; expected: object }>([
    { name: 'deck A now', deck: A, s: store, now: NOW, expected: { total: 3, new: 1, due: 1, learned: 1, learning: 0, nextDue: NOW - DAY } },
    { name: 'deck B now', deck: B, s: store, now: NOW, expected: { total: 2, new: 1, due: 1, learned: 0, learning: 0, nextDue: NOW - 3 * DAY } },
    {
      name: 'deck A in 2 days',
      deck: A,
      s: store,
      now: NOW + 2 * DAY,
      expected: { total: 3, new: 1, due: 2, learned: 0, learning: 0, nextDue: NOW - DAY },
    },
    {
      name: 'an untouched deck',
      deck: A,
      s: emptyStore(),
      now: NOW,
      expected: { total: 3, new: 3, due: 0, learned: 0, learning: 0, nextDue: undefined },
    },
    {
      // a3 failed a minute ago: in its learning steps, due in a minute (learned, not due); a1 overdue, a2 not due.
      name: 'a card in its learning steps, not due yet: learned, and counted as still in learning',
      deck: A,
      s: updateCard(store, 'deck-a/a3', { ...rated(0), due: NOW + MINUTE, reviewed: NOW - MINUTE, rating: 1, step: 0 }),
      now: NOW,
      expected: { total: 3, new: 0, due: 1, learned: 2, learning: 1, nextDue: NOW - DAY },
    },
    {
      // the same card a minute later: due, so no longer counted as learned nor as still in learning
      name: 'a card in its learning steps once due: due',
      deck: A,
      s: updateCard(store, 'deck-a/a3', { ...rated(0), due: NOW + MINUTE, reviewed: NOW - MINUTE, rating: 1, step: 0 }),
      now: NOW + MINUTE,
      expected: { total: 3, new: 0, due: 2, learned: 1, learning: 0, nextDue: NOW - DAY },
    },
  ])('$name', ({ deck, s, now, expected }) => {
    expect(deckProgress(deck, s, now)).toEqual(expected);
  });
});

describe('when something is due, in words', () => {
  it.each<{ offset: number; words: string }>([
    { offset: -DAY, words: 'now' },
    { offset: 0, words: 'now' },
    { offset: 1, words: 'in 1 minute' }, // within the hour: minutes, rounded up
    { offset: MINUTE, words: 'in 1 minute' },
    { offset: MINUTE + 1, words: 'in 2 minutes' },
    { offset: 10 * MINUTE, words: 'in 10 minutes' },
    { offset: 60 * MINUTE - 1, words: 'in 60 minutes' },
    { offset: 60 * MINUTE, words: 'in 1 day' }, // from an hour on: whole days, rounded up
    { offset: 2 * 60 * MINUTE, words: 'in 1 day' },
    { offset: DAY, words: 'in 1 day' },
    { offset: DAY + 1, words: 'in 2 days' },
    { offset: 6 * DAY, words: 'in 6 days' },
    { offset: 1000 * DAY, words: 'in 1,000 days' },
  ])('due at now + $offset ms: $words', ({ offset, words }) => {
    expect(describeDue(NOW + offset, NOW)).toBe(words);
  });
});
