import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { CardState } from '~/libs/study/sm2';
import {
  cardState,
  emptyStore,
  parseStore,
  resetAll,
  resetDecks,
  serializeStore,
  STORAGE_KEY,
  updateCard,
  withSelected,
  type Store,
} from '~/libs/study/store';

const T0 = Date.UTC(2025, 0, 1, 9);
const DAY = 86_400_000;
const good: CardState = { repetitions: 2, interval: 6, ease: 2.6, due: T0 + 6 * DAY, reviewed: T0, rating: 5 };
const fresh: CardState = { repetitions: 1, interval: 1, ease: 2.5, due: T0 + DAY, reviewed: T0, rating: 4 };

const sample: Store = {
  version: 2,
  cards: { 'amazon-s3/s3-select': good, 'kinesis-data-streams/kds-shards': fresh },
  selected: ['amazon-s3', 'kinesis-data-streams'],
};

const json = (value: unknown) => JSON.stringify(value);

describe('the store format', () => {
  it('uses a versioned key', () => {
    expect(STORAGE_KEY).toBe('aws-ml-study:flashcards:v1');
  });

  it('round-trips through serialize and parse', () => {
    const parsed = parseStore(serializeStore(sample));
    expect(parsed).toEqual({ store: sample, note: undefined });
    expect(serializeStore(parsed.store)).toBe(serializeStore(sample));
  });

  it('is plain JSON with the version, the cards and the selection', () => {
    expect(JSON.parse(serializeStore(sample))).toEqual({
      version: 2,
      cards: {
        'amazon-s3/s3-select': { repetitions: 2, interval: 6, ease: 2.6, due: T0 + 6 * DAY, reviewed: T0, rating: 5 },
        'kinesis-data-streams/kds-shards': { repetitions: 1, interval: 1, ease: 2.5, due: T0 + DAY, reviewed: T0, rating: 4 },
      },
      selected: ['amazon-s3', 'kinesis-data-streams'],
    });
  });

  it('nothing stored: an empty store and no note', () => {
    expect(parseStore(null)).toEqual({ store: emptyStore(), note: undefined });
  });

  it('missing cards or selection are empty, without a note; unknown fields are ignored', () => {
    expect(parseStore(json({ version: 2 }))).toEqual({ store: emptyStore(), note: undefined });
    const extra = parseStore(json({ version: 2, cards: { 'amazon-s3/s3-select': { ...good, colour: 'blue' } }, theme: 'dark' }));
    expect(extra).toEqual({ store: { version: 2, cards: { 'amazon-s3/s3-select': good }, selected: [] }, note: undefined });
  });
});

describe('a broken or old value is discarded as a whole, with a note', () => {
  it.each<{ name: string; raw: string; note: RegExp }>([
    { name: 'empty string', raw: '', note: /not readable \(not valid JSON\)/ },
    { name: 'truncated JSON', raw: '{"version":2,"cards":{"amazon-s3/s3', note: /not valid JSON/ },
    { name: 'not JSON', raw: 'hello', note: /not valid JSON/ },
    { name: 'NaN', raw: 'NaN', note: /not valid JSON/ },
    { name: 'JSON null', raw: 'null', note: /unknown format/ },
    { name: 'a number', raw: '42', note: /unknown format/ },
    { name: 'a string', raw: '"progress"', note: /unknown format/ },
    { name: 'an array', raw: '[1,2]', note: /unknown format/ },
    { name: 'no version', raw: json({ cards: {} }), note: /another version of this site \(no format version, expected 2\)/ },
    { name: 'a newer version', raw: json({ version: 3, cards: {} }), note: /another version of this site \(format 3, expected 2\)/ },
    { name: 'an older version', raw: json({ version: 0, cards: {} }), note: /format 0, expected 2/ },
    { name: 'the version as a string', raw: json({ version: '1', cards: {} }), note: /no format version/ },
    { name: 'cards as an array', raw: json({ version: 2, cards: [good] }), note: /no valid card records/ },
    { name: 'cards as a string', raw: json({ version: 2, cards: 'x' }), note: /no valid card records/ },
  ])('$name', ({ raw, note }) => {
    const parsed = parseStore(raw);
    expect(parsed.store).toEqual(emptyStore());
    expect(parsed.note).toMatch(note);
    expect(parsed.note).toMatch(/starts afresh/);
  });
});

describe('partial corruption: invalid records are dropped, the rest is kept, with a note', () => {
  it.each<{ name: string; key: unknown }>([
    { name: 'a key without a deck', key: 's3-select' },
    { name: 'a key with capitals', key: 'Amazon-S3/s3-select' },
    { name: 'a key with a path', key: 'amazon-s3/../s3-select' },
    { name: '__proto__', key: '__proto__' },
  ])('drops the card key $name', ({ key }) => {
    const raw = `{"version":2,"cards":{"amazon-s3/s3-select":${json(good)},${json(key)}:${json(good)}}}`;
    const parsed = parseStore(raw);
    expect(parsed.store.cards).toEqual({ 'amazon-s3/s3-select': good });
    expect(parsed.note).toBe(
      'Part of the saved flashcard progress was invalid and was discarded: 1 card record with invalid data. The rest was kept.',
    );
    expect(({} as Record<string, unknown>)['repetitions']).toBeUndefined(); // no prototype pollution
  });

  it.each<{ name: string; record: unknown }>([
    { name: 'not an object', record: 'learned' },
    { name: 'null', record: null },
    { name: 'an array', record: [2, 6, 2.6] },
    { name: 'repetitions missing', record: { ...good, repetitions: undefined } },
    { name: 'negative repetitions', record: { ...good, repetitions: -1 } },
    { name: 'fractional repetitions', record: { ...good, repetitions: 1.5 } },
    { name: 'interval 0', record: { ...good, interval: 0 } },
    { name: 'fractional interval', record: { ...good, interval: 6.5 } },
    { name: 'interval over 100 years', record: { ...good, interval: 36_501 } },
    { name: 'ease below 1.3', record: { ...good, ease: 1.2 } },
    { name: 'ease as a string', record: { ...good, ease: '2.5' } },
    { name: 'due as a date string', record: { ...good, due: '2025-01-07' } },
    { name: 'due outside the Date range', record: { ...good, due: 9e15 } },
    { name: 'due before the review', record: { ...good, due: T0 - 1 } },
    { name: 'rating 0', record: { ...good, rating: 0 } },
    { name: 'rating 6', record: { ...good, rating: 6 } },
    { name: 'rating 4.5', record: { ...good, rating: 4.5 } },
  ])('drops a record with $name', ({ record }) => {
    const parsed = parseStore(json({ version: 2, cards: { 'amazon-s3/s3-select': good, 'amazon-s3/s3-bad': record }, selected: ['amazon-s3'] }));
    expect(parsed.store).toEqual({ version: 2, cards: { 'amazon-s3/s3-select': good }, selected: ['amazon-s3'] });
    expect(parsed.note).toMatch(/1 card record with invalid data/);
  });

  it('counts the dropped records and reports a broken selection too', () => {
    const parsed = parseStore(
      json({ version: 2, cards: { 'a/b': { rating: 9 }, 'c/d': 1, 'e/f': good }, selected: ['amazon-s3', 5, 'Not A Deck', 'amazon-s3'] }),
    );
    expect(parsed.store).toEqual({ version: 2, cards: { 'e/f': good }, selected: ['amazon-s3'] });
    expect(parsed.note).toBe(
      'Part of the saved flashcard progress was invalid and was discarded: 2 card records with invalid data and an invalid deck selection. The rest was kept.',
    );
  });

  it('a selection that is not a list is dropped with a note; repeats alone are merged silently', () => {
    expect(parseStore(json({ version: 2, cards: {}, selected: 'amazon-s3' }))).toEqual({
      store: emptyStore(),
      note: 'Part of the saved flashcard progress was invalid and was discarded: an invalid deck selection. The rest was kept.',
    });
    expect(parseStore(json({ version: 2, selected: ['aws-glue', 'aws-glue'] }))).toEqual({
      store: { version: 2, cards: {}, selected: ['aws-glue'] },
      note: undefined,
    });
  });
});

describe('parsing never throws and always gives a valid store (property-based)', () => {
  const RUN = { seed: 20_250_101, numRuns: 400 } as const;
  const valid = (store: Store) => {
    expect(store.version).toBe(2);
    expect(Array.isArray(store.selected)).toBe(true);
    for (const [key, state] of Object.entries(store.cards)) {
      expect(key).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
      expect(parseStore(json({ version: 2, cards: { [key]: state } })).note).toBeUndefined();
    }
  };

  it('any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (raw) => valid(parseStore(raw).store)),
      RUN,
    );
  });

  it('any JSON value, and any JSON under the right version', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        valid(parseStore(json(value)).store);
        valid(parseStore(json({ version: 2, cards: value, selected: value })).store);
        valid(parseStore(json({ version: 2, cards: { 'amazon-s3/s3-select': value } })).store);
      }),
      RUN,
    );
  });
});

describe('store updates', () => {
  it('updates one card and leaves the input alone', () => {
    const next = updateCard(emptyStore(), 'amazon-s3/s3-select', good);
    expect(cardState(next, 'amazon-s3/s3-select')).toEqual(good);
    expect(emptyStore().cards).toEqual({});
    expect(cardState(updateCard(next, 'amazon-s3/s3-select', fresh), 'amazon-s3/s3-select')).toEqual(fresh);
  });

  it('never reads a card state from the object prototype', () => {
    expect(cardState(emptyStore(), 'constructor')).toBeUndefined();
    expect(cardState(emptyStore(), '__proto__')).toBeUndefined();
  });

  it('reset all forgets every card and keeps the selection', () => {
    expect(resetAll(sample)).toEqual({ version: 2, cards: {}, selected: sample.selected });
  });

  it('reset per deck forgets only those decks, matching whole deck names', () => {
    const store: Store = {
      version: 2,
      cards: { 'amazon-s3/a': good, 'amazon-s3-extra/b': good, 's3-security/c': fresh, 'aws-glue/d': fresh },
      selected: ['amazon-s3'],
    };
    expect(Object.keys(resetDecks(store, ['amazon-s3']).cards)).toEqual(['amazon-s3-extra/b', 's3-security/c', 'aws-glue/d']);
    expect(Object.keys(resetDecks(store, ['amazon-s3', 'aws-glue']).cards)).toEqual(['amazon-s3-extra/b', 's3-security/c']);
    expect(resetDecks(store, []).cards).toEqual(store.cards);
    expect(resetDecks(store, ['amazon-s3']).selected).toEqual(['amazon-s3']);
  });

  it('the selection keeps its order, without repeats or invalid names', () => {
    expect(withSelected(emptyStore(), ['aws-glue', 'amazon-s3', 'aws-glue', 'Bad Name', '']).selected).toEqual(['aws-glue', 'amazon-s3']);
  });
});
