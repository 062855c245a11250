import { describe, expect, it } from 'vitest';

import { save, type SyncState } from '~/libs/study/progress-sync';
import { canUndo, rateCard, summarize, undoLast, undoRating, type LogEntry } from '~/libs/study/session-log';
import type { CardState, Rating } from '~/libs/study/sm2';
import { emptyStore, parseStore, serializeStore, updateCard, type Store } from '~/libs/study/store';
import { twice } from './support/sync-fixtures';

const NOW = Date.UTC(2025, 2, 10, 12);
const MINUTE = 60_000;
const KEY = 'amazon-s3/s3-classes';
const OTHER = 'aws-glue/glue-crawlers';

/** A store with `twice` (a card stored by format 1, on the SM-2 schedule) and a picked deck. */
const base: Store = { ...updateCard(emptyStore(), KEY, twice), selected: ['amazon-s3'], settings: { newCardsPerDay: 7 } };

describe('undo of the last rating puts the card back exactly', () => {
  it.each<{ name: string; key: string; rating: Rating }>([
    { name: 'a new card: never rated again', key: OTHER, rating: 4 },
    { name: 'a new card failed', key: OTHER, rating: 1 },
    { name: 'a learned card failed (a lapse)', key: KEY, rating: 2 },
    { name: 'a learned card rated 5', key: KEY, rating: 5 },
  ])('$name', ({ key, rating }) => {
    const rated = rateCard(base, key, rating, NOW);
    expect(serializeStore(rated.store)).not.toBe(serializeStore(base));
    const undone = undoLast(rated.store, [rated.entry]);
    expect(undone?.log).toEqual([]);
    expect(undone?.entry).toBe(rated.entry);
    // the same store, down to the stored text (no counter added to the format 1 record, nothing left of the new card)
    expect(undone?.store).toEqual(base);
    expect(serializeStore(undone?.store ?? emptyStore())).toBe(serializeStore(base));
  });

  it('two ratings, two undos: back to the start, one rating at a time', () => {
    const first = rateCard(base, OTHER, 1, NOW);
    const second = rateCard(first.store, OTHER, 4, NOW + MINUTE);
    const once = undoLast(second.store, [first.entry, second.entry]);
    expect(once?.store).toEqual(first.store);
    const twiceUndone = undoLast(once?.store ?? emptyStore(), once?.log ?? []);
    expect(twiceUndone?.store).toEqual(base);
    expect(undoLast(twiceUndone?.store ?? emptyStore(), twiceUndone?.log ?? [])).toBeUndefined(); // nothing left to undo
  });

  it('is refused when the card changed since (another tab rated it): nothing is thrown away', () => {
    const rated = rateCard(base, KEY, 4, NOW);
    const elsewhere = rateCard(rated.store, KEY, 5, NOW + MINUTE).store;
    expect(canUndo(elsewhere, rated.entry)).toBe(false);
    expect(undoLast(elsewhere, [rated.entry])).toBeUndefined();
    expect(undoRating(elsewhere, rated.entry)).toBe(elsewhere);
  });

  it('is refused with an empty log', () => {
    expect(canUndo(base, undefined)).toBe(false);
    expect(undoLast(base, [])).toBeUndefined();
  });

  it('saved as an undo, the backup follows: nothing is offered back, and the stored text is the card as before', () => {
    const rated = rateCard(base, KEY, 2, NOW);
    const afterRating: SyncState = { store: rated.store, saved: rated.store, backup: rated.store };
    const step = save(afterRating, (s) => undoRating(s, rated.entry), 'undo', serializeStore(rated.store));
    expect(step.state.store).toEqual(base);
    expect(step.state.backup).toEqual(base);
    // the backup is written first, then the main key, both the store before the rating
    expect(step.writes.map((write) => parseStore(write.value).store)).toEqual([base, base]);
  });

  it('an undo saved as an ordinary edit would leave the rating in the backup, offered back (why undo has its own kind)', () => {
    const rated = rateCard(base, KEY, 2, NOW);
    const afterRating: SyncState = { store: rated.store, saved: rated.store, backup: rated.store };
    const step = save(afterRating, (s) => undoRating(s, rated.entry), 'edit', serializeStore(rated.store));
    expect(step.state.backup).toEqual(rated.store);
  });
});

describe('the session summary', () => {
  const entry = (key: string, rating: Rating, before: CardState | undefined, after: Partial<CardState>): LogEntry => ({
    key,
    rating,
    before,
    after: { repetitions: 0, interval: 1, ease: 2.5, due: NOW, reviewed: NOW, rating, ...after },
  });
  const learning = { step: 0 };
  it.each<{ name: string; log: LogEntry[]; expected: ReturnType<typeof summarize> }>([
    { name: 'no rating', log: [], expected: { ratings: 0, cards: 0, again: 0, hard: 0, good: 0, easy: 0, newStarted: 0, newLearned: 0 } },
    {
      name: 'a new card failed, repeated, then learned',
      log: [entry(OTHER, 1, undefined, learning), entry(OTHER, 3, twice, learning), entry(OTHER, 4, twice, { step: 1 }), entry(OTHER, 4, twice, {})],
      expected: { ratings: 4, cards: 1, again: 1, hard: 1, good: 2, easy: 0, newStarted: 1, newLearned: 1 },
    },
    {
      name: 'a new card still in its steps is started, not learned; a review (rated before the session) is neither',
      log: [entry(OTHER, 2, undefined, learning), entry(KEY, 5, twice, {}), entry(KEY, 1, twice, learning)],
      expected: { ratings: 3, cards: 2, again: 2, hard: 0, good: 0, easy: 1, newStarted: 1, newLearned: 0 },
    },
    {
      name: 'a new card learned, then failed again later in the session: its last rating counts',
      log: [entry(OTHER, 5, undefined, {}), entry(OTHER, 1, twice, learning)],
      expected: { ratings: 2, cards: 1, again: 1, hard: 0, good: 0, easy: 1, newStarted: 1, newLearned: 0 },
    },
  ])('$name', ({ log, expected }) => {
    expect(summarize(log)).toEqual(expected);
  });
});
