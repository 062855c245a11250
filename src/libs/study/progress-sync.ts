/**
 * Keeping the flashcard progress safe: damaged storage, other tabs, a full or blocked storage. Pure: every function
 * takes what was read from storage and returns the new state, the writes to make (in order) and a note for the
 * learner; the hook (`useProgressStore.ts`) only reads, writes and renders.
 *
 * Two keys, both in the versioned format of `store.ts` and both read through `parseStore`, so only their valid
 * part is ever used:
 * - `aws-ml-study:flashcards:v1` (`STORAGE_KEY`), the saved progress;
 * - `aws-ml-study:flashcards:v1:backup` (`BACKUP_KEY`), the last good copy.
 *
 * The policy ("more" and "less" count card records: a card, or a later review of it; see `missingFrom`):
 * 1. Valid progress is never replaced by less. A save first merges the valid part of what the main key holds at
 *    that moment into this tab's progress, card by card (for a card in both, the later review counts), so a tab
 *    never overwrites cards it has not seen. Only a reset, which the learner asked for and confirmed, removes
 *    cards, and only an undo of the last rating, which the learner asked for, puts a card back to its state before
 *    that rating; both apply to the backup too, so what was reset or undone is not offered back.
 * 2. The backup follows the saved progress while the progress has everything the backup has (it is then the same
 *    copy). When the saved progress lacks something the backup has, the backup is left as it is and Restore is
 *    offered (`restorable`); restoring merges the backup into the progress and saves both. "Not now" only hides
 *    the offer for the page view; nothing is discarded.
 * 3. Opening the page shows the valid part of the main key. When part of it (or all of it) was invalid, the main
 *    key is rewritten at once with the valid part (the note says what was dropped, once); the backup is not
 *    touched, so the good copy it holds can be restored.
 * 4. Another tab or window (the `storage` event):
 *    - a fully valid value under the main key is adopted as it is: another tab of this site merged before saving
 *      (rule 1), so it is at least as much, unless the learner reset progress there, which this tab follows;
 *    - a value that is invalid in whole or in part, a removed main key or a cleared storage is not adopted: this
 *      tab keeps its progress (plus any valid card of the new value), writes it to the backup key at once, so it
 *      survives closing the tab, says what happened and offers Restore. The main key is left as the other tab
 *      left it until the learner restores or saves again (a rating saves everything this tab has);
 *    - a change of the backup key is taken as the backup (its valid part); it is not written back.
 * 5. A write that fails is reported (`storageProblem`): blocked storage (reading it throws, or a write fails for
 *    another reason) or a full storage quota; the progress stays in the page, and the message goes when a later
 *    save succeeds. When the main write fails, the writes after it are skipped.
 */
import { emptyStore, parseStore, serializeStore, STORAGE_KEY, type Store } from './store';

export const BACKUP_KEY = `${STORAGE_KEY}:backup`;

export interface SyncState {
  /** The progress this tab shows and works on. */
  readonly store: Store;
  /** The valid part of what the main key holds, as this tab last read or wrote it. */
  readonly saved: Store;
  /** The valid part of the backup key, or undefined when there is none. */
  readonly backup: Store | undefined;
}

export interface Write {
  readonly key: string;
  readonly value: string;
}

export interface Step {
  /** The state once every write has succeeded. */
  readonly state: SyncState;
  /** The writes, in order. */
  readonly writes: readonly Write[];
  /** A message for the learner, or undefined for none (a note already shown stays). */
  readonly note: string | undefined;
  /** What `saved` and `backup` are when the write of that key fails (or is skipped). */
  readonly fallback: { readonly saved: Store; readonly backup: Store | undefined };
}

/** `edit` adds (ratings, picks, settings); `reset` and `undo` may take away, and apply to the backup too (rule 1). */
export type SaveKind = 'edit' | 'reset' | 'undo';
export type StorageProblem = 'blocked' | 'full';

export const INITIAL: SyncState = { store: emptyStore(), saved: emptyStore(), backup: undefined };

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * Both stores in one: every card of either; for a card in both, the one reviewed later (on a tie, `first`'s). The
 * deck selection is `first`'s, then the decks only `second` picked; the settings are `first`'s, or `second`'s when
 * `first` has none.
 */
export function mergeStores(first: Store, second: Store): Store {
  const cards = { ...first.cards };
  for (const [key, state] of Object.entries(second.cards)) {
    const mine = Object.hasOwn(cards, key) ? cards[key] : undefined;
    if (mine === undefined || state.reviewed > mine.reviewed) cards[key] = state;
  }
  const selected = [...first.selected, ...second.selected.filter((deck) => !first.selected.includes(deck))];
  const settings = first.settings ?? second.settings;
  return { version: first.version, cards, selected, ...(settings !== undefined ? { settings } : {}) };
}

/** How many card records `other` has that `store` lacks: a card `store` does not have, or a later review of it. */
export function missingFrom(store: Store, other: Store): number {
  let count = 0;
  for (const [key, state] of Object.entries(other.cards)) {
    const mine = Object.hasOwn(store.cards, key) ? store.cards[key] : undefined;
    if (mine === undefined || state.reviewed > mine.reviewed) count += 1;
  }
  return count;
}

/** How many card records the backup holds that the saved progress lacks: 0 when there is nothing to restore. */
export function restorable(state: SyncState): number {
  return state.backup === undefined ? 0 : missingFrom(state.saved, state.backup);
}

const isEmpty = (store: Store) => Object.keys(store.cards).length === 0 && store.selected.length === 0;
const same = (a: Store | undefined, b: Store | undefined) => (a === undefined || b === undefined ? a === b : serializeStore(a) === serializeStore(b));

/** The backup once `progress` is saved: the progress itself, unless the backup has something it lacks (rule 2). */
function followBackup(progress: Store, backup: Store | undefined): Store | undefined {
  if (backup === undefined) return isEmpty(progress) ? undefined : progress;
  return missingFrom(progress, backup) > 0 ? backup : progress;
}

function backupWrite(before: Store | undefined, after: Store | undefined): Write[] {
  return after !== undefined && !same(before, after) ? [{ key: BACKUP_KEY, value: serializeStore(after) }] : [];
}

/** Opening the page, with the raw values of the main and backup keys (null: nothing stored). Rule 3. */
export function open(mainRaw: string | null, backupRaw: string | null): Step {
  const main = parseStore(mainRaw);
  const backup = backupRaw === null ? undefined : parseStore(backupRaw).store;
  const nextBackup = followBackup(main.store, backup);
  const writes: Write[] = [
    ...(main.note !== undefined ? [{ key: STORAGE_KEY, value: serializeStore(main.store) }] : []),
    ...backupWrite(backup, nextBackup),
  ];
  return {
    state: { store: main.store, saved: main.store, backup: nextBackup },
    writes,
    note: main.note,
    fallback: { saved: main.store, backup },
  };
}

/**
 * A change made in this tab: `change` applied to this tab's progress merged with the valid part of what the main
 * key holds now (`mainRaw`; undefined when it could not be read). Rules 1 and 2.
 */
export function save(state: SyncState, change: (store: Store) => Store, kind: SaveKind, mainRaw: string | null | undefined): Step {
  const current = mainRaw === undefined ? state.saved : parseStore(mainRaw).store;
  const next = change(mergeStores(state.store, current));
  const takesAway = kind !== 'edit';
  const backupBase = takesAway && state.backup !== undefined ? change(state.backup) : state.backup;
  const backup = followBackup(next, backupBase);
  const main: Write = { key: STORAGE_KEY, value: serializeStore(next) };
  const backupWrites = backupWrite(state.backup, backup);
  // A reset or undo shrinks the backup first, so another tab never sees a saved progress with less than the backup.
  const writes = takesAway ? [...backupWrites, main] : [main, ...backupWrites];
  return { state: { store: next, saved: next, backup }, writes, note: undefined, fallback: { saved: current, backup: state.backup } };
}

/** Restore the backup: merged into this tab's progress and saved under both keys. Rule 2. */
export function restore(state: SyncState): Step {
  const count = restorable(state);
  if (state.backup === undefined || count === 0) return { state, writes: [], note: undefined, fallback: state };
  const target = mergeStores(mergeStores(state.store, state.saved), state.backup);
  const value = serializeStore(target);
  return {
    state: { store: target, saved: target, backup: target },
    writes: [
      { key: STORAGE_KEY, value },
      { key: BACKUP_KEY, value },
    ],
    note: `Restored ${plural(count, 'card record', 'card records')} from the kept copy; your flashcard progress is saved again.`,
    fallback: { saved: state.saved, backup: state.backup },
  };
}

/** A `storage` event from another tab or window: its key (null when the storage was cleared) and new value. Rule 4. */
export function fromOtherTab(state: SyncState, key: string | null, newValue: string | null): Step {
  const unchanged: Step = { state, writes: [], note: undefined, fallback: state };
  if (key === BACKUP_KEY) {
    const backup = newValue === null ? undefined : parseStore(newValue).store;
    return { ...unchanged, state: { ...state, backup }, fallback: { saved: state.saved, backup } };
  }
  if (key !== STORAGE_KEY && key !== null) return unchanged;
  const parsed = parseStore(key === null ? null : newValue);
  if (newValue !== null && key !== null && parsed.note === undefined) {
    const adopted = { ...state, store: parsed.store, saved: parsed.store };
    return { ...unchanged, state: adopted, fallback: adopted };
  }
  // Removed, cleared, or not valid (in whole or in part): keep this tab's progress.
  const kept = mergeStores(state.store, parsed.store);
  const oldBackup = key === null ? undefined : state.backup;
  if (missingFrom(parsed.store, kept) === 0) {
    const next = { store: kept, saved: parsed.store, backup: oldBackup };
    return { ...unchanged, state: next, fallback: next };
  }
  const backup = oldBackup === undefined ? kept : mergeStores(kept, oldBackup);
  const what =
    key === null
      ? 'Another tab or window cleared the data this site keeps in the browser, flashcard progress included.'
      : newValue === null
        ? 'Another tab or window removed the saved flashcard progress.'
        : 'Another tab or window replaced the saved flashcard progress with data that is not valid.';
  return {
    state: { store: kept, saved: parsed.store, backup },
    writes: [{ key: BACKUP_KEY, value: serializeStore(backup) }],
    note: `${what} This tab still has your progress and keeps a copy of it in the browser.`,
    fallback: { saved: parsed.store, backup: oldBackup },
  };
}

/** The state after a step whose writes of the given keys succeeded (a key not written keeps its fallback). */
export function settle(step: Step, written: ReadonlySet<string>): SyncState {
  const wrote = (key: string) => written.has(key) || !step.writes.some((write) => write.key === key);
  return {
    store: step.state.store,
    saved: wrote(STORAGE_KEY) ? step.state.saved : step.fallback.saved,
    backup: wrote(BACKUP_KEY) ? step.state.backup : step.fallback.backup,
  };
}

/** What a failed `setItem` means: a full quota, or storage the browser does not allow. */
export function storageProblem(error: unknown): StorageProblem {
  if (typeof error !== 'object' || error === null) return 'blocked';
  const { name, code } = error as { name?: unknown; code?: unknown };
  // The standard name, Firefox's older name, and their legacy codes.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014 ? 'full' : 'blocked';
}

export const PROBLEM_TEXT: Readonly<Record<StorageProblem, string>> = {
  blocked:
    'This browser does not let the page store data (for example because of its privacy settings), so your flashcard progress lasts only until you leave the page.',
  full: 'The browser’s storage for this site is full, so your latest flashcard progress was not saved. Free some space (for example, data that other pages at this address keep in the browser) and it is saved with your next change; until then it lasts only until you leave the page.',
};
