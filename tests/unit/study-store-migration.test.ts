import { describe, expect, it } from 'vitest';

import { mergeStores, open } from '~/libs/study/progress-sync';
import { nextCard } from '~/libs/study/session';
import { review, schedule, type CardState } from '~/libs/study/sm2';
import {
  DEFAULT_NEW_PER_DAY,
  emptyStore,
  newCardsPerDay,
  parseStore,
  restoreCard,
  serializeStore,
  STORE_VERSION,
  withNewCardsPerDay,
  type Store,
} from '~/libs/study/store';
import { DAY, once, other, T0, twice } from './support/sync-fixtures';

const json = (value: unknown) => JSON.stringify(value);

/**
 * A value stored by format 1, made of the records the existing tests and fixtures use: the progress-sync fixtures
 * (`once`, `twice`, `other`), the store test's sample cards, the browser tests' `learnedRecord` and the home page
 * test's due card, and a failure (rating 1, due a day later as SM-2 alone scheduled it).
 */
const v1Cards: Record<string, CardState> = {
  'amazon-s3/s3-select': { repetitions: 2, interval: 6, ease: 2.6, due: T0 + 6 * DAY, reviewed: T0, rating: 5 },
  'kinesis-data-streams/kds-shards': { repetitions: 1, interval: 1, ease: 2.5, due: T0 + DAY, reviewed: T0, rating: 4 },
  'amazon-s3/s3-classes': once,
  'aws-glue/glue-crawlers': twice,
  'aws-glue/glue-jobs': other,
  'kinesis-video-streams/kvs-purpose': {
    repetitions: 1,
    interval: 1,
    ease: 2.5,
    due: Date.UTC(2025, 2, 11, 9),
    reviewed: Date.UTC(2025, 2, 10, 9),
    rating: 4,
  },
  'aws-batch/card-a': { repetitions: 1, interval: 1, ease: 2.5, due: T0 - 1000, reviewed: T0 - DAY, rating: 4 },
  'aws-batch/card-b': { repetitions: 0, interval: 1, ease: 1.96, due: T0 + DAY, reviewed: T0, rating: 1 },
};
const v1Raw = json({ version: 1, cards: v1Cards, selected: ['amazon-s3', 'aws-glue'] });

describe('format 1 is migrated to format 2 with every card intact', () => {
  it('every card record and the selection are kept as they were, without a note', () => {
    expect(STORE_VERSION).toBe(2);
    const parsed = parseStore(v1Raw);
    expect(parsed.note).toBeUndefined();
    expect(parsed.store.version).toBe(2);
    expect(Object.keys(parsed.store.cards)).toEqual(Object.keys(v1Cards));
    for (const [key, record] of Object.entries(v1Cards)) expect(parsed.store.cards[key]).toEqual(record);
    expect(parsed.store.selected).toEqual(['amazon-s3', 'aws-glue']);
    expect(newCardsPerDay(parsed.store)).toBe(DEFAULT_NEW_PER_DAY);
  });

  it('is written back as format 2 and reads back the same', () => {
    const migrated = parseStore(v1Raw).store;
    const text = serializeStore(migrated);
    expect(JSON.parse(text)).toEqual({ version: 2, cards: v1Cards, selected: ['amazon-s3', 'aws-glue'] });
    expect(parseStore(text)).toEqual({ store: migrated, note: undefined });
  });

  it('the schedule goes on as before: the same cards are due, and a success is scheduled as SM-2 did', () => {
    const migrated = parseStore(v1Raw).store;
    // due at T0: card-a only (due a second before); the failure is due a day later, as SM-2 alone had it
    const next = nextCard([{ key: 'aws-batch', cardIds: ['card-a', 'card-b'] }], migrated, T0);
    expect(next).toMatchObject({ kind: 'due', card: { key: 'aws-batch/card-a' }, dueCount: 1, learningCount: 0 });
    const card = migrated.cards['aws-glue/glue-crawlers'];
    const at = T0 + 7 * DAY;
    const { reviews: _reviews, again: _again, ...scheduled } = schedule(card, 4, at);
    expect(scheduled).toEqual(review(card, 4, at)); // n 2 -> 3, I = round(6 x 2.6) = 16 days
    expect(scheduled.interval).toBe(16);
  });

  it('a format 1 value only has format 1 fields: anything else in it is ignored, as format 1 did', () => {
    const raw = json({
      version: 1,
      cards: { 'amazon-s3/s3-classes': { ...once, step: 0, reviews: 9, again: 9, introduced: T0 } },
      selected: [],
      settings: { newCardsPerDay: 5 },
    });
    expect(parseStore(raw)).toEqual({ store: { version: 2, cards: { 'amazon-s3/s3-classes': once }, selected: [] }, note: undefined });
  });

  it('opening the page with a format 1 value and a format 1 backup shows every card and offers nothing to restore', () => {
    const step = open(v1Raw, v1Raw);
    expect(step.note).toBeUndefined();
    expect(step.state.store.cards).toEqual(v1Cards);
    expect(step.writes).toEqual([]); // nothing lost, so nothing is rewritten until the next save
  });
});

describe('format 2: the learning and counting fields, the settings', () => {
  const learning: CardState = {
    repetitions: 0,
    interval: 1,
    ease: 2.5,
    due: T0 + 60_000,
    reviewed: T0,
    rating: 1,
    step: 0,
    reviews: 3,
    again: 2,
    introduced: T0 - DAY,
  };
  const with2 = (record: unknown, extra: object = {}) => json({ version: 2, cards: { 'amazon-s3/s3-classes': record }, selected: [], ...extra });

  it('keeps a valid record with every field', () => {
    expect(parseStore(with2(learning))).toEqual({
      store: { version: 2, cards: { 'amazon-s3/s3-classes': learning }, selected: [] },
      note: undefined,
    });
  });

  it.each<{ name: string; record: unknown }>([
    { name: 'a step past the last one', record: { ...learning, step: 2 } },
    { name: 'a negative step', record: { ...learning, step: -1 } },
    { name: 'a fractional step', record: { ...learning, step: 0.5 } },
    { name: 'a step as text', record: { ...learning, step: '0' } },
    { name: 'no rating counted', record: { ...learning, reviews: 0, again: 0 } },
    { name: 'more "again" than ratings', record: { ...learning, again: 4 } },
    { name: '"again" without ratings', record: { ...once, again: 1 } },
    { name: 'first rated after the last rating', record: { ...learning, introduced: T0 + 1 } },
    { name: 'a first-rating time outside the Date range', record: { ...learning, introduced: -9e15 } },
  ])('drops a record with $name, with a note', ({ record }) => {
    const parsed = parseStore(json({ version: 2, cards: { 'amazon-s3/s3-classes': record, 'aws-glue/glue-jobs': other }, selected: [] }));
    expect(parsed.store.cards).toEqual({ 'aws-glue/glue-jobs': other });
    expect(parsed.note).toMatch(/1 card record with invalid data/);
  });

  it.each<{ name: string; settings: unknown; limit: number; note: boolean }>([
    { name: 'a limit', settings: { newCardsPerDay: 7 }, limit: 7, note: false },
    { name: 'limit 0', settings: { newCardsPerDay: 0 }, limit: 0, note: false },
    { name: 'the largest limit', settings: { newCardsPerDay: 999 }, limit: 999, note: false },
    { name: 'a limit over 999', settings: { newCardsPerDay: 1000 }, limit: DEFAULT_NEW_PER_DAY, note: true },
    { name: 'a negative limit', settings: { newCardsPerDay: -1 }, limit: DEFAULT_NEW_PER_DAY, note: true },
    { name: 'a fractional limit', settings: { newCardsPerDay: 2.5 }, limit: DEFAULT_NEW_PER_DAY, note: true },
    { name: 'a limit as text', settings: { newCardsPerDay: '20' }, limit: DEFAULT_NEW_PER_DAY, note: true },
    { name: 'settings as null', settings: null, limit: DEFAULT_NEW_PER_DAY, note: true },
  ])('settings: $name', ({ settings, limit, note }) => {
    const parsed = parseStore(with2(once, { settings }));
    expect(newCardsPerDay(parsed.store)).toBe(limit);
    expect(parsed.store.cards).toEqual({ 'amazon-s3/s3-classes': once }); // the cards are kept either way
    if (note)
      expect(parsed.note).toBe(
        'Part of the saved flashcard progress was invalid and was discarded: invalid settings (the daily limit of new cards is back to its default). The rest was kept.',
      );
    else expect(parsed.note).toBeUndefined();
  });

  it('setting the limit: stored, serialized, merged (this tab first); a bad value is a programming error', () => {
    const set = withNewCardsPerDay(emptyStore(), 5);
    expect(JSON.parse(serializeStore(set))).toEqual({ version: 2, cards: {}, selected: [], settings: { newCardsPerDay: 5 } });
    expect(mergeStores(set, withNewCardsPerDay(emptyStore(), 9)).settings).toEqual({ newCardsPerDay: 5 });
    expect(mergeStores(emptyStore(), set).settings).toEqual({ newCardsPerDay: 5 });
    for (const bad of [-1, 1000, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => withNewCardsPerDay(emptyStore(), bad)).toThrow(RangeError);
  });

  it('restoreCard puts a state back, or removes a card that was new', () => {
    const store: Store = { version: 2, cards: { 'amazon-s3/s3-classes': once }, selected: ['amazon-s3'] };
    expect(restoreCard(store, 'amazon-s3/s3-classes', twice).cards).toEqual({ 'amazon-s3/s3-classes': twice });
    expect(restoreCard(store, 'amazon-s3/s3-classes', undefined)).toEqual({ version: 2, cards: {}, selected: ['amazon-s3'] });
    expect(restoreCard(store, 'aws-glue/glue-jobs', undefined)).toBe(store);
  });
});
