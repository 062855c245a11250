import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

import { emptyStore, parseStore, serializeStore, STORAGE_KEY, type Store } from './store';

const BLOCKED = 'This browser does not let the page store data, so your progress lasts only until you leave the page.';

function readStorage(): { ok: true; raw: string | null } | { ok: false } {
  try {
    return { ok: true, raw: window.localStorage.getItem(STORAGE_KEY) };
  } catch {
    return { ok: false };
  }
}

function writeStorage(value: string): boolean {
  try {
    window.localStorage.setItem(STORAGE_KEY, value);
    return true;
  } catch {
    return false;
  }
}

/**
 * The flashcard progress, kept in `localStorage` (see `store.ts`). The server render and the first client render
 * see an empty store; after hydration the saved one is read (then `loaded` is true). A broken or old saved value is replaced at once by
 * what could be kept, and `note` says what was discarded. Changes are saved as they happen; another tab's changes
 * are picked up.
 */
export function useProgressStore() {
  const [store, setStore] = useState<Store>(emptyStore);
  const [note, setNote] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [loaded, setLoaded] = useState(false);
  const pendingWrite = useRef(false);

  useEffect(() => {
    const load = (raw: string | null) => {
      const parsed = parseStore(raw);
      setStore(parsed.store);
      setNote(parsed.note);
      // Discard the broken value for good, so the note is shown once.
      if (parsed.note !== undefined) pendingWrite.current = true;
    };
    const read = readStorage();
    if (read.ok) load(read.raw);
    else setProblem(BLOCKED);
    setLoaded(true);
    const onStorage = (event: StorageEvent) => {
      if (event.key === STORAGE_KEY || event.key === null) load(event.newValue);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  useEffect(() => {
    if (!pendingWrite.current) return;
    pendingWrite.current = false;
    if (!writeStorage(serializeStore(store))) setProblem(BLOCKED);
  }, [store]);

  const update = useCallback((change: (current: Store) => Store) => {
    pendingWrite.current = true;
    setStore(change);
  }, []);

  const dismissNote = useCallback(() => setNote(undefined), []);

  return { store, loaded, note, problem, update, dismissNote };
}
