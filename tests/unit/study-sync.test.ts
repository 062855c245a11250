import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  BACKUP_KEY,
  fromOtherTab,
  INITIAL,
  mergeStores,
  missingFrom,
  open,
  PROBLEM_TEXT,
  restorable,
  restore,
  save,
  settle,
  storageProblem,
  type Step,
  type SyncState,
} from '~/libs/study/progress-sync';
import type { CardState } from '~/libs/study/sm2';
import { emptyStore, resetAll, resetDecks, STORAGE_KEY, updateCard, withSelected, type Store } from '~/libs/study/store';

const T0 = Date.UTC(2025, 0, 1, 9);
const DAY = 86_400_000;
/** A card rated once (4) at T0, the same card rated again (5) a day later, and two others. */
const once: CardState = { repetitions: 1, interval: 1, ease: 2.5, due: T0 + DAY, reviewed: T0, rating: 4 };
const twice: CardState = { repetitions: 2, interval: 6, ease: 2.6, due: T0 + 7 * DAY, reviewed: T0 + DAY, rating: 5 };
const other: CardState = { repetitions: 1, interval: 1, ease: 2.36, due: T0 + DAY, reviewed: T0, rating: 3 };

const A = 'amazon-s3/s3-select';
const B = 'amazon-s3/s3-classes';
const C = 'aws-glue/glue-crawlers';

const store = (cards: Record<string, CardState>, selected: string[] = []): Store => ({ version: 1, cards, selected });
const raw = (value: Store) => JSON.stringify(value);
const json = (value: unknown) => JSON.stringify(value);
const state = (s: Store, saved: Store = s, backup: Store | undefined = s): SyncState => ({ store: s, saved, backup });
/** The writes of a step as key -> parsed value, in order. */
const writes = (step: Step) =>
  step.writes.map((write) => [
    write.key === STORAGE_KEY ? 'main' : write.key === BACKUP_KEY ? 'backup' : write.key,
    JSON.parse(write.value) as unknown,
  ]);

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

describe('saving a change in this tab', () => {
  const rateB = (s: Store) => updateCard(s, B, other);

  it('an edit writes the main key, then the backup', () => {
    const step = save(INITIAL, rateB, 'edit', null);
    expect(writes(step)).toEqual([
      ['main', store({ [B]: other })],
      ['backup', store({ [B]: other })],
    ]);
    expect(step.state).toEqual(state(store({ [B]: other })));
  });

  it('never less: cards another writer saved, which this tab has not seen, are kept', () => {
    const mine = state(store({ [A]: once }, ['amazon-s3']));
    const step = save(mine, rateB, 'edit', raw(store({ [A]: twice, [C]: other }, ['aws-glue'])));
    expect(step.state.store).toEqual(store({ [A]: twice, [B]: other, [C]: other }, ['amazon-s3', 'aws-glue']));
    expect(writes(step)[0]).toEqual(['main', step.state.store]);
  });

  it.each<{ name: string; mainRaw: string | null | undefined }>([
    { name: 'garbage in the main key', mainRaw: '{"version":' },
    { name: 'another version in the main key', mainRaw: json({ version: 2, cards: {} }) },
    { name: 'nothing in the main key', mainRaw: null },
    { name: 'the main key cannot be read (storage blocked)', mainRaw: undefined },
  ])("$name: this tab's progress is saved whole", ({ mainRaw }) => {
    const mine = state(store({ [A]: once }), mainRaw === undefined ? store({ [A]: once }) : emptyStore(), store({ [A]: once }));
    const step = save(mine, rateB, 'edit', mainRaw);
    expect(step.state.store).toEqual(store({ [A]: once, [B]: other }));
    expect(writes(step)).toEqual([
      ['main', store({ [A]: once, [B]: other })],
      ['backup', store({ [A]: once, [B]: other })],
    ]);
  });

  it('a deck selection alone changes the backup with it (it is the same copy)', () => {
    const mine = state(store({ [A]: once }, ['amazon-s3']));
    const step = save(mine, (s) => withSelected(s, []), 'edit', raw(mine.store));
    expect(writes(step)).toEqual([
      ['main', store({ [A]: once })],
      ['backup', store({ [A]: once })],
    ]);
  });

  it('while the backup has something the progress lacks, an edit leaves the backup alone and the offer stays', () => {
    const backup = store({ [A]: once, [C]: other });
    const mine = state(emptyStore(), emptyStore(), backup);
    const step = save(mine, rateB, 'edit', raw(emptyStore()));
    expect(writes(step)).toEqual([['main', store({ [B]: other })]]);
    expect(step.state.backup).toBe(backup);
    expect(restorable(step.state)).toBe(2);
  });

  it('a reset (confirmed by the learner) forgets cards in both keys, the backup first; nothing is offered back', () => {
    const all = store({ [A]: once, [B]: other, [C]: other }, ['amazon-s3']);
    const step = save(state(all), resetAll, 'reset', raw(all));
    expect(writes(step)).toEqual([
      ['backup', store({}, ['amazon-s3'])],
      ['main', store({}, ['amazon-s3'])],
    ]);
    expect(restorable(step.state)).toBe(0);

    const decks = save(state(all), (s) => resetDecks(s, ['amazon-s3']), 'reset', raw(all));
    expect(writes(decks)).toEqual([
      ['backup', store({ [C]: other }, ['amazon-s3'])],
      ['main', store({ [C]: other }, ['amazon-s3'])],
    ]);
  });

  it("a reset leaves an older, unrestored backup's other decks on offer", () => {
    const mine = state(store({ [A]: once }), store({ [A]: once }), store({ [A]: once, [C]: other }));
    const step = save(mine, (s) => resetDecks(s, ['amazon-s3']), 'reset', raw(mine.saved));
    expect(step.state.store).toEqual(emptyStore());
    expect(step.state.backup).toEqual(store({ [C]: other }));
    expect(restorable(step.state)).toBe(1);
  });
});

describe('restore', () => {
  it('merges the backup into the progress and saves both keys', () => {
    const mine = state(store({ [A]: once, [B]: other }), store({}), store({ [A]: twice, [C]: other }, ['aws-glue']));
    expect(restorable(mine)).toBe(2);
    const step = restore(mine);
    const target = store({ [A]: twice, [B]: other, [C]: other }, ['aws-glue']);
    expect(writes(step)).toEqual([
      ['main', target],
      ['backup', target],
    ]);
    expect(step.state).toEqual(state(target));
    expect(step.note).toBe('Restored 2 card records from the kept copy; your flashcard progress is saved again.');
    expect(restorable(step.state)).toBe(0);
  });

  it.each<{ name: string; mine: SyncState }>([
    { name: 'no backup', mine: state(store({ [A]: once }), store({ [A]: once }), undefined) },
    { name: 'a backup with nothing more', mine: state(store({ [A]: twice }), store({ [A]: twice }), store({ [A]: once })) },
  ])('nothing to restore ($name): no writes', ({ mine }) => {
    const step = restore(mine);
    expect(step.writes).toEqual([]);
    expect(step.state).toBe(mine);
  });
});

describe('another tab or window (the storage event)', () => {
  const mine = state(store({ [A]: once, [B]: other }, ['amazon-s3']));

  it('a valid value is adopted as it is, even with less (a reset there)', () => {
    for (const theirs of [store({ [A]: twice, [B]: other, [C]: other }, ['amazon-s3']), store({}, ['amazon-s3'])]) {
      const step = fromOtherTab(mine, STORAGE_KEY, raw(theirs));
      expect(step.state.store).toEqual(theirs);
      expect(step.state.saved).toEqual(theirs);
      expect(step.writes).toEqual([]);
      expect(step.note).toBeUndefined();
    }
  });

  it.each<{ name: string; key: string | null; value: string | null; note: RegExp; savedNow: Store }>([
    {
      name: 'garbage',
      key: STORAGE_KEY,
      value: '{"version":1,"cards":{"amazon-s3/',
      note: /replaced the saved flashcard progress with data that is not valid/,
      savedNow: emptyStore(),
    },
    { name: 'JSON null', key: STORAGE_KEY, value: 'null', note: /not valid/, savedNow: emptyStore() },
    { name: 'another version', key: STORAGE_KEY, value: json({ version: 2, cards: { [A]: once } }), note: /not valid/, savedNow: emptyStore() },
    { name: 'the key removed', key: STORAGE_KEY, value: null, note: /removed the saved flashcard progress/, savedNow: emptyStore() },
    { name: 'the storage cleared', key: null, value: null, note: /cleared the data this site keeps in the browser/, savedNow: emptyStore() },
    {
      name: 'a partly invalid value: its valid cards are added, the rest of this tab kept',
      key: STORAGE_KEY,
      value: json({ version: 1, cards: { [C]: other, [B]: 'broken' } }),
      note: /not valid/,
      savedNow: store({ [C]: other }),
    },
  ])('$name: not adopted; this tab keeps its progress, backs it up at once and offers Restore', ({ key, value, note, savedNow }) => {
    const step = fromOtherTab(mine, key, value);
    const kept = mergeStores(mine.store, savedNow);
    expect(step.state.store).toEqual(kept);
    expect(step.state.saved).toEqual(savedNow);
    expect(writes(step)).toEqual([['backup', kept]]);
    expect(step.note).toMatch(note);
    expect(step.note).toMatch(/This tab still has your progress and keeps a copy of it/);
    expect(restorable(step.state)).toBe(2);
    // Restore then saves it under the main key again.
    const restored = restore(step.state);
    expect(writes(restored)[0]).toEqual(['main', kept]);
  });

  it('garbage while this tab has nothing to lose: no note, no write', () => {
    const step = fromOtherTab(INITIAL, STORAGE_KEY, 'garbage');
    expect(step.writes).toEqual([]);
    expect(step.note).toBeUndefined();
    expect(restorable(step.state)).toBe(0);
  });

  it('an older backup that the removal did not touch stays part of the copy', () => {
    const withBackup = state(store({ [A]: once }), store({ [A]: once }), store({ [A]: once, [C]: other }));
    const step = fromOtherTab(withBackup, STORAGE_KEY, null);
    expect(writes(step)).toEqual([['backup', store({ [A]: once, [C]: other })]]);
    expect(restorable(step.state)).toBe(2);
  });

  it('a new backup value is taken as the backup, without writing', () => {
    const step = fromOtherTab(mine, BACKUP_KEY, raw(store({ [C]: other })));
    expect(step.state.backup).toEqual(store({ [C]: other }));
    expect(step.writes).toEqual([]);
    expect(fromOtherTab(mine, BACKUP_KEY, null).state.backup).toBeUndefined();
  });

  it('other keys (the theme) change nothing', () => {
    const step = fromOtherTab(mine, 'starlight-theme', 'dark');
    expect(step.state).toBe(mine);
    expect(step.writes).toEqual([]);
  });
});

describe('failed writes', () => {
  const mine = state(store({ [A]: once }));
  const step = save(mine, (s) => updateCard(s, B, other), 'edit', raw(mine.store));

  it.each<{ name: string; written: string[]; saved: Store; backup: Store | undefined }>([
    { name: 'both written', written: [STORAGE_KEY, BACKUP_KEY], saved: store({ [A]: once, [B]: other }), backup: store({ [A]: once, [B]: other }) },
    { name: 'the main write failed (the backup is skipped)', written: [], saved: store({ [A]: once }), backup: store({ [A]: once }) },
    { name: 'only the backup write failed', written: [STORAGE_KEY], saved: store({ [A]: once, [B]: other }), backup: store({ [A]: once }) },
  ])('$name', ({ written, saved, backup }) => {
    const after = settle(step, new Set(written));
    expect(after.store).toEqual(store({ [A]: once, [B]: other })); // the page keeps the rating either way
    expect(after.saved).toEqual(saved);
    expect(after.backup).toEqual(backup);
  });

  it.each<{ name: string; error: unknown; kind: 'full' | 'blocked' }>([
    { name: 'QuotaExceededError is a full storage', error: new DOMException('The quota has been exceeded.', 'QuotaExceededError'), kind: 'full' },
    { name: "Firefox's older name is a full storage", error: { name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 }, kind: 'full' },
    { name: 'the legacy code 22 alone is a full storage', error: { name: 'Error', code: 22 }, kind: 'full' },
    { name: 'SecurityError is blocked storage', error: new DOMException('The operation is insecure.', 'SecurityError'), kind: 'blocked' },
    { name: 'a TypeError is blocked storage', error: new TypeError('x'), kind: 'blocked' },
    { name: 'a string is blocked storage', error: 'denied', kind: 'blocked' },
    { name: 'null is blocked storage', error: null, kind: 'blocked' },
  ])('$name: reported as the given kind', ({ error, kind }) => {
    expect(storageProblem(error)).toBe(kind);
  });

  it('the two messages say different things', () => {
    expect(PROBLEM_TEXT.full).toMatch(/storage for this site is full, so your latest flashcard progress was not saved\. Free some space/);
    expect(PROBLEM_TEXT.full).not.toMatch(/does not let/);
    expect(PROBLEM_TEXT.blocked).toMatch(/does not let the page store data/);
  });
});
