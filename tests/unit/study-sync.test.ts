import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { BACKUP_KEY, mergeStores, missingFrom, open, restorable, save } from '~/libs/study/progress-sync';
import type { CardState } from '~/libs/study/sm2';
import { emptyStore, STORAGE_KEY, type Store } from '~/libs/study/store';
import { T0, DAY, once, twice, other, A, B, C, store, raw, json, state, writes } from './support/sync-fixtures';

describe('the keys', () => {
  it('the backup sits beside the versioned main key', () => {
    expect(STORAGE_KEY).toBe('aws-ml-study:flashcards:v1');
    expect(BACKUP_KEY).toBe('aws-ml-study:flashcards:v1:backup');
  });
});

describe('merging and comparing', () => {
  it.each<{ name: string; first: Store; second: Store; expected: Store }>([
    { name: 'disjoint cards: all of them', first: store({ [A]: once }), second: store({ [B]: other }), expected: store({ [A]: once, [B]: other }) },
    {
      name: 'the same card: the later review wins (second later)',
      first: store({ [A]: once }),
      second: store({ [A]: twice }),
      expected: store({ [A]: twice }),
    },
    {
      name: 'the same card: the later review wins (first later)',
      first: store({ [A]: twice }),
      second: store({ [A]: once }),
      expected: store({ [A]: twice }),
    },
    { name: 'a tie keeps the first', first: store({ [A]: once }), second: store({ [A]: { ...once, rating: 5 } }), expected: store({ [A]: once }) },
    {
      name: 'selection: the first, then the decks only the second picked',
      first: store({}, ['aws-glue', 'amazon-s3']),
      second: store({}, ['amazon-s3', 'amazon-emr']),
      expected: store({}, ['aws-glue', 'amazon-s3', 'amazon-emr']),
    },
    { name: 'with an empty store', first: emptyStore(), second: store({ [A]: once }, ['amazon-s3']), expected: store({ [A]: once }, ['amazon-s3']) },
  ])('$name', ({ first, second, expected }) => {
    expect(mergeStores(first, second)).toEqual(expected);
  });

  it.each<{ name: string; mine: Store; theirs: Store; count: number }>([
    { name: 'nothing missing from itself', mine: store({ [A]: once, [B]: other }), theirs: store({ [A]: once, [B]: other }), count: 0 },
    { name: 'a card the other has', mine: store({ [A]: once }), theirs: store({ [A]: once, [B]: other, [C]: other }), count: 2 },
    { name: 'a later review of a card', mine: store({ [A]: once }), theirs: store({ [A]: twice }), count: 1 },
    { name: 'an earlier review is not missing', mine: store({ [A]: twice }), theirs: store({ [A]: once }), count: 0 },
    { name: 'the selection does not count', mine: store({}, []), theirs: store({}, ['amazon-s3']), count: 0 },
  ])('missingFrom: $name', ({ mine, theirs, count }) => {
    expect(missingFrom(mine, theirs)).toBe(count);
  });

  it('a merge lacks nothing either side had (property-based)', () => {
    const cardState = fc.record({
      repetitions: fc.nat(50),
      interval: fc.integer({ min: 1, max: 400 }),
      ease: fc.double({ min: 1.3, max: 4, noNaN: true }),
      due: fc.integer({ min: T0, max: T0 + 400 * DAY }),
      reviewed: fc.integer({ min: T0 - 400 * DAY, max: T0 }),
      rating: fc.constantFrom(1, 2, 3, 4, 5),
    }) as fc.Arbitrary<CardState>;
    const anyStore = fc
      .record({
        cards: fc.dictionary(fc.constantFrom(A, B, C, 'aws-glue/glue-jobs'), cardState),
        selected: fc.subarray(['amazon-s3', 'aws-glue', 'amazon-emr']),
      })
      .map(({ cards, selected }) => store(cards, selected));
    fc.assert(
      fc.property(anyStore, anyStore, (a, b) => {
        const merged = mergeStores(a, b);
        expect(missingFrom(merged, a)).toBe(0);
        expect(missingFrom(merged, b)).toBe(0);
        // Saving any edit never leaves the main key with less than it held.
        const step = save(state(a), (s) => s, 'edit', raw(b));
        expect(missingFrom(step.state.saved, b)).toBe(0);
        expect(missingFrom(step.state.saved, a)).toBe(0);
      }),
      { seed: 20_250_301, numRuns: 300 },
    );
  });
});

describe('opening the page', () => {
  const three = store({ [A]: once, [B]: other, [C]: other }, ['amazon-s3']);
  const partial = json({
    version: 1,
    cards: { [A]: once, [B]: other, [C]: other, 'aws-glue/glue-bad': { ...once, ease: 0.5 } },
    selected: ['amazon-s3', 42],
  });

  it.each<{
    name: string;
    mainRaw: string | null;
    backupRaw: string | null;
    shown: Store;
    written: Array<[string, unknown]>;
    note: RegExp | undefined;
    offer: number;
  }>([
    { name: 'nothing stored: empty, nothing written', mainRaw: null, backupRaw: null, shown: emptyStore(), written: [], note: undefined, offer: 0 },
    {
      name: 'valid progress, no backup yet: the backup is made',
      mainRaw: raw(three),
      backupRaw: null,
      shown: three,
      written: [['backup', three]],
      note: undefined,
      offer: 0,
    },
    {
      name: 'valid progress and the same backup: nothing written',
      mainRaw: raw(three),
      backupRaw: raw(three),
      shown: three,
      written: [],
      note: undefined,
      offer: 0,
    },
    {
      name: 'partly invalid: the valid part is shown and written back (not an empty store), and backed up',
      mainRaw: partial,
      backupRaw: null,
      shown: three,
      written: [
        ['main', three],
        ['backup', three],
      ],
      note: /1 card record with invalid data and an invalid deck selection\. The rest was kept\./,
      offer: 0,
    },
    {
      name: 'unreadable, with a good backup: the main key is cleaned, the backup is kept and offered',
      mainRaw: '{"version":1,"cards":',
      backupRaw: raw(store({ [A]: once, [B]: other })),
      shown: emptyStore(),
      written: [['main', emptyStore()]],
      note: /not valid JSON/,
      offer: 2,
    },
    {
      name: 'removed, with a good backup: offered, nothing written',
      mainRaw: null,
      backupRaw: raw(store({ [A]: once, [B]: other })),
      shown: emptyStore(),
      written: [],
      note: undefined,
      offer: 2,
    },
    {
      name: 'the backup has a later review of a saved card: kept and offered',
      mainRaw: raw(store({ [A]: once, [C]: other })),
      backupRaw: raw(store({ [A]: twice })),
      shown: store({ [A]: once, [C]: other }),
      written: [],
      note: undefined,
      offer: 1,
    },
    {
      name: 'the saved progress has all the backup has and more: the backup follows it',
      mainRaw: raw(store({ [A]: twice, [C]: other })),
      backupRaw: raw(store({ [A]: once })),
      shown: store({ [A]: twice, [C]: other }),
      written: [['backup', store({ [A]: twice, [C]: other })]],
      note: undefined,
      offer: 0,
    },
    {
      name: 'an unreadable backup counts as none',
      mainRaw: raw(three),
      backupRaw: 'garbage',
      shown: three,
      written: [['backup', three]],
      note: undefined,
      offer: 0,
    },
  ])('$name', ({ mainRaw, backupRaw, shown, written, note, offer }) => {
    const step = open(mainRaw, backupRaw);
    expect(step.state.store).toEqual(shown);
    expect(step.state.saved).toEqual(shown);
    expect(writes(step)).toEqual(written);
    if (note === undefined) expect(step.note).toBeUndefined();
    else expect(step.note).toMatch(note);
    expect(restorable(step.state)).toBe(offer);
  });
});
