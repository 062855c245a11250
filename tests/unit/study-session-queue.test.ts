import { describe, expect, it } from 'vitest';

import {
  LEARN_AHEAD_MS,
  newLeftToday,
  nextCard,
  startedSince,
  startOfLocalDay,
  studyStats,
  type DailyLimit,
  type DeckCards,
} from '~/libs/study/session';
import { rateCard, summarize, type LogEntry } from '~/libs/study/session-log';
import type { CardState, Rating } from '~/libs/study/sm2';
import { emptyStore, updateCard, type Store } from '~/libs/study/store';

/** 10 March 2025, 12:00 UTC; the day began at midnight UTC (the tests pass the day's start, so no time zone is involved). */
const NOW = Date.UTC(2025, 2, 10, 12);
const DAY_START = Date.UTC(2025, 2, 10);
const MINUTE = 60_000;
const DAY = 86_400_000;

const deck = (key: string, count: number): DeckCards => ({ key, cardIds: Array.from({ length: count }, (_, i) => `${key.slice(-1)}${i + 1}`) });
const A = deck('deck-a', 3);
const B = deck('deck-b', 5);

/** A graduated card due tomorrow, first rated at `introduced` (undefined: stored by format 1, no such time). */
const started = (introduced: number | undefined): CardState => ({
  repetitions: 1,
  interval: 1,
  ease: 2.5,
  due: NOW + DAY,
  reviewed: NOW - MINUTE,
  rating: 5,
  reviews: 1,
  again: 0,
  ...(introduced !== undefined ? { introduced } : {}),
});
const storeWith = (cards: Record<string, CardState>): Store =>
  Object.entries(cards).reduce((store, [key, state]) => updateCard(store, key, state), emptyStore());
const limit = (newPerDay: number): DailyLimit => ({ newPerDay, dayStart: DAY_START });

describe('the daily limit of new cards', () => {
  // deck-c is not picked: its cards count against the day all the same.
  it.each<{ name: string; store: Store; perDay: number; startedToday: number; newCount: number; heldBack: number }>([
    { name: 'nothing started today, limit 20', store: emptyStore(), perDay: 20, startedToday: 0, newCount: 8, heldBack: 0 },
    { name: 'nothing started today, limit 3', store: emptyStore(), perDay: 3, startedToday: 0, newCount: 3, heldBack: 5 },
    {
      name: 'two started today in another deck, limit 3: one left',
      store: storeWith({ 'deck-c/c1': started(NOW - MINUTE), 'deck-c/c2': started(DAY_START) }),
      perDay: 3,
      startedToday: 2,
      newCount: 1,
      heldBack: 7,
    },
    {
      name: 'started yesterday (a millisecond before midnight) does not count',
      store: storeWith({ 'deck-c/c1': started(DAY_START - 1), 'deck-c/c2': started(DAY_START - DAY) }),
      perDay: 3,
      startedToday: 0,
      newCount: 3,
      heldBack: 5,
    },
    {
      name: 'cards stored by format 1 (no first-rating time) count on no day',
      store: storeWith({ 'deck-c/c1': started(undefined) }),
      perDay: 1,
      startedToday: 0,
      newCount: 1,
      heldBack: 7,
    },
    {
      name: 'more started than the limit (it was lowered): none left, never a negative count',
      store: storeWith({ 'deck-c/c1': started(NOW), 'deck-c/c2': started(NOW), 'deck-c/c3': started(NOW) }),
      perDay: 2,
      startedToday: 3,
      newCount: 0,
      heldBack: 8,
    },
    { name: 'limit 0: no new card today', store: emptyStore(), perDay: 0, startedToday: 0, newCount: 0, heldBack: 8 },
  ])('$name', ({ store, perDay, startedToday, newCount, heldBack }) => {
    expect(startedSince(store, DAY_START)).toBe(startedToday);
    expect(newLeftToday(store, limit(perDay))).toBe(Math.max(0, perDay - startedToday));
    const next = nextCard([A, B], store, NOW, limit(perDay));
    expect({ newCount: next.newCount, heldBack: next.heldBack }).toEqual({ newCount, heldBack });
    expect(next.kind).toBe(newCount > 0 ? 'new' : 'done');
  });

  it('"Pick all" over 402 new cards and 2 due reviews: the 2 reviews, then 20 new cards, then done with 380 held back', () => {
    const big = deck('deck-z', 402);
    const overdue = (key: string): [string, CardState] => [key, { ...started(undefined), due: NOW - DAY, reviewed: NOW - 2 * DAY }];
    let store = storeWith(Object.fromEntries([overdue('deck-z/z401'), overdue('deck-z/z402')]));
    const shown: string[] = [];
    for (let i = 0; i < 30; i += 1) {
      const next = nextCard([big], store, NOW, limit(20));
      if (next.kind === 'done') {
        expect(next.heldBack).toBe(380);
        break;
      }
      shown.push(next.kind);
      store = rateCard(store, next.card.key, 5, NOW).store; // 5 graduates a new card at once
    }
    expect(shown).toEqual(['due', 'due', ...Array<string>(20).fill('new')]);
  });
});

describe('learning steps in a session: a failed card comes back in the same session', () => {
  it('walks a session of 3 new cards with a failure, every rating at the same moment (learn-ahead shows the steps)', () => {
    const ratings: Record<string, Rating[]> = { 'deck-a/a1': [1, 4, 4], 'deck-a/a2': [5], 'deck-a/a3': [4, 4] };
    let store = emptyStore();
    const log: LogEntry[] = [];
    const shown: string[] = [];
    for (;;) {
      const next = nextCard([A], store, NOW, limit(20));
      if (next.kind === 'done') {
        // everything graduated at NOW: due a day later
        expect(next.nextDue).toBe(NOW + DAY);
        break;
      }
      shown.push(`${next.kind} ${next.card.key}`);
      const rating = ratings[next.card.key]?.shift();
      if (rating === undefined) throw new Error(`${next.card.key} shown once too often`);
      const rated = rateCard(store, next.card.key, rating, NOW);
      store = rated.store;
      log.push(rated.entry);
    }
    // a1 failed: due in 1 minute, so the new cards come first; then (nothing else left) the steps, earliest first,
    // ties in card order: a1 (step 1 min), then a1 and a3 both due in 10 minutes.
    expect(shown).toEqual(['new deck-a/a1', 'new deck-a/a2', 'new deck-a/a3', 'learning deck-a/a1', 'learning deck-a/a1', 'learning deck-a/a3']);
    expect(summarize(log)).toEqual({ ratings: 6, cards: 3, again: 1, hard: 0, good: 4, easy: 1, newStarted: 3, newLearned: 3 });
  });

  it('a card whose step has passed comes before due reviews and new cards', () => {
    const failed = rateCard(emptyStore(), 'deck-b/b5', 1, NOW).store; // due NOW + 1 minute
    const withReview = updateCard(failed, 'deck-a/a1', { ...started(undefined), due: NOW - DAY });
    expect(nextCard([A, B], withReview, NOW, limit(20))).toMatchObject({ kind: 'due', card: { key: 'deck-a/a1' }, learningCount: 1 });
    expect(nextCard([A, B], withReview, NOW + MINUTE, limit(20))).toMatchObject({ kind: 'learning', card: { key: 'deck-b/b5' } });
  });

  it(`with nothing else to study, a step due within ${LEARN_AHEAD_MS / MINUTE} minutes is shown now; a later one is waited for`, () => {
    const step = (due: number): CardState => ({ repetitions: 0, interval: 1, ease: 2.5, due, reviewed: NOW, rating: 4, step: 1 });
    const soon = storeWith({ 'deck-a/a1': step(NOW + LEARN_AHEAD_MS), 'deck-a/a2': started(NOW), 'deck-a/a3': started(NOW) });
    expect(nextCard([A], soon, NOW, limit(20))).toMatchObject({ kind: 'learning', card: { key: 'deck-a/a1' } });
    const later = storeWith({ 'deck-a/a1': step(NOW + LEARN_AHEAD_MS + 1), 'deck-a/a2': started(NOW), 'deck-a/a3': started(NOW) });
    expect(nextCard([A], later, NOW, limit(20))).toMatchObject({ kind: 'done', nextDue: NOW + LEARN_AHEAD_MS + 1, learningCount: 1 });
  });

  it('a preferred card (after an undo) comes first when it may be studied now, and is ignored otherwise', () => {
    const store = storeWith({ 'deck-a/a1': { ...started(undefined), due: NOW - DAY } }); // a1 due; a2, a3 new
    expect(nextCard([A], store, NOW, limit(20), 'deck-a/a3')).toMatchObject({ kind: 'new', card: { key: 'deck-a/a3' } });
    expect(nextCard([A], store, NOW, limit(0), 'deck-a/a3')).toMatchObject({ kind: 'due', card: { key: 'deck-a/a1' } }); // no new card today
    expect(nextCard([A], store, NOW, limit(20), 'deck-b/b1')).toMatchObject({ kind: 'due', card: { key: 'deck-a/a1' } }); // not picked
  });
});

describe('statistics of the picked decks', () => {
  it('counts and retention over the ratings on record, worked by hand', () => {
    const store = storeWith({
      // format 1: a 5 after 2 successes in a row (2 ratings, 0 again), due yesterday
      'deck-a/a1': { repetitions: 2, interval: 6, ease: 2.6, due: NOW - DAY, reviewed: NOW - 7 * DAY, rating: 5 },
      // counted: 4 ratings, 1 again; learned, due tomorrow
      'deck-a/a2': { ...started(NOW - DAY), reviews: 4, again: 1 },
      // in its learning steps, due in 10 minutes: 3 ratings, 2 again
      'deck-b/b1': { repetitions: 0, interval: 1, ease: 2.5, due: NOW + 10 * MINUTE, reviewed: NOW, rating: 1, step: 0, reviews: 3, again: 2 },
      // a deck not picked: not counted
      'deck-c/c1': { ...started(NOW), reviews: 10, again: 10 },
    });
    // 9 ratings, 3 again: 6 / 9 not again
    expect(studyStats([A, B], store, NOW)).toEqual({ total: 8, new: 5, due: 1, learned: 2, learning: 1, ratings: 9, again: 3, retention: 6 / 9 });
  });

  it('no rating on record: no retention (not NaN)', () => {
    expect(studyStats([A], emptyStore(), NOW).retention).toBeUndefined();
  });
});

describe('the start of the local day', () => {
  it('is a midnight, at most a day before, and the same for every time of that day', () => {
    const start = startOfLocalDay(NOW);
    expect(start).toBeLessThanOrEqual(NOW);
    expect(NOW - start).toBeLessThan(DAY);
    expect(new Date(start).getHours()).toBe(0);
    expect(new Date(start).getMinutes()).toBe(0);
    expect(startOfLocalDay(start)).toBe(start);
    expect(startOfLocalDay(start + DAY - 1 - 3_600_000)).toBe(start); // an hour before the day's end (a DST day is 23 hours)
  });
});
