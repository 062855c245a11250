/** Progress sync: saving in this tab, restoring the kept copy, another tab's changes, and failed writes. */
import { describe, expect, it } from 'vitest';

import {
  BACKUP_KEY,
  fromOtherTab,
  INITIAL,
  mergeStores,
  PROBLEM_TEXT,
  restorable,
  restore,
  save,
  settle,
  storageProblem,
  type SyncState,
} from '~/libs/study/progress-sync';
import { emptyStore, resetAll, resetDecks, STORAGE_KEY, updateCard, withSelected, type Store } from '~/libs/study/store';
import { once, twice, other, A, B, C, store, raw, json, state, writes } from './support/sync-fixtures';

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
    { name: 'another version in the main key', mainRaw: json({ version: 3, cards: {} }) },
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
    { name: 'another version', key: STORAGE_KEY, value: json({ version: 3, cards: { [A]: once } }), note: /not valid/, savedNow: emptyStore() },
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
