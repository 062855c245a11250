import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

import {
  BACKUP_KEY,
  fromOtherTab,
  INITIAL,
  open,
  PROBLEM_TEXT,
  restorable,
  restore as restoreStep,
  save,
  settle,
  storageProblem,
  type SaveKind,
  type Step,
  type StorageProblem,
  type SyncState,
} from '~/libs/study/progress-sync';
import { STORAGE_KEY, type Store } from '~/libs/study/store';

/** The raw value under a key; undefined when storage cannot be read (blocked by the browser). */
function read(key: string): string | null | undefined {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return undefined;
  }
}

/** Whether a storage event is about localStorage (not sessionStorage); false when storage cannot be reached. */
function isLocalStorage(area: Storage | null): boolean {
  try {
    return area !== null && area === window.localStorage;
  } catch {
    return false;
  }
}

/** Makes the step's writes in order, skipping the rest after a failed main write: what was written, and why the main write failed. */
function writeAll(step: Step): { written: Set<string>; failure: StorageProblem | undefined } {
  const written = new Set<string>();
  for (const write of step.writes) {
    try {
      window.localStorage.setItem(write.key, write.value);
      written.add(write.key);
    } catch (error) {
      if (write.key === STORAGE_KEY) return { written, failure: storageProblem(error) };
    }
  }
  return { written, failure: undefined };
}

/** The sync state and its notices, and `apply`, which makes a step's writes and keeps the outcome. */
function useSyncState() {
  const [sync, setSync] = useState<SyncState>(INITIAL);
  const current = useRef<SyncState>(INITIAL);
  const [note, setNote] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<StorageProblem | undefined>(undefined);

  const apply = useCallback((step: Step) => {
    const { written, failure } = writeAll(step);
    if (failure !== undefined) setProblem(failure);
    else if (written.has(STORAGE_KEY)) setProblem(undefined);
    if (step.note !== undefined) setNote(step.note);
    current.current = settle(step, written);
    setSync(current.current);
  }, []);

  return { sync, current, note, setNote, problem, setProblem, apply };
}

/**
 * The flashcard progress, kept in `localStorage` (format in `store.ts`; what is kept, merged, backed up and
 * offered for restoring is decided in `progress-sync.ts`: this hook only reads, writes and keeps the state). The
 * server render and the first client render see an empty store; after hydration the saved one is read (then
 * `loaded` is true). Changes are saved as they happen; other tabs' changes arrive through the `storage` event.
 */
export function useProgressStore() {
  const { sync, current, note, setNote, problem, setProblem, apply } = useSyncState();
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    const mainRaw = read(STORAGE_KEY);
    if (mainRaw === undefined) setProblem('blocked');
    else apply(open(mainRaw, read(BACKUP_KEY) ?? null));
    setLoaded(true);
    const onStorage = (event: StorageEvent) => {
      if (!isLocalStorage(event.storageArea)) return;
      apply(fromOtherTab(current.current, event.key, event.newValue));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [apply, current, setProblem]);

  /** Change the progress; a `reset` is the learner's confirmed choice to forget cards (it applies to the backup too). */
  const update = useCallback(
    (change: (store: Store) => Store, kind: SaveKind = 'edit') => apply(save(current.current, change, kind, read(STORAGE_KEY))),
    [apply, current],
  );
  const restore = useCallback(() => apply(restoreStep(current.current)), [apply, current]);
  const dismissNote = useCallback(() => setNote(undefined), [setNote]);

  return {
    store: sync.store,
    loaded,
    note,
    problem: problem === undefined ? undefined : PROBLEM_TEXT[problem],
    /** Set when the storage is full: saving again may work once the learner has freed some space. */
    canRetry: problem === 'full',
    /** Card records the kept copy has that the saved progress lacks (0: nothing to restore). */
    restorable: restorable(sync),
    update,
    restore,
    dismissNote,
  };
}
