import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

import { ATTEMPTS_KEY, EMPTY_STORE, fromOtherTab, openAttempts, saveAttempts, type AttemptStore, type Step } from '~/libs/practice/attempts';

/** The raw value under a key; undefined when storage cannot be read (blocked by the browser). */
function read(key: string): string | null | undefined {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return undefined;
  }
}

/** Whether a key holds something (a key that cannot be read counts as taken, so nothing is written over it). */
function taken(key: string): boolean {
  return read(key) !== null;
}

const BLOCKED =
  'This browser does not let the page store data (for example because of its privacy settings), so your attempts last only until you leave the page.';
const FAILED =
  'Your latest answers could not be saved in this browser (its storage is full or blocked); they last only until you leave the page. Free some space and they are saved with your next answer.';

/** Makes the step's writes in order; stops at the first that fails (so a value is never replaced before it is kept aside). */
function writeAll(step: Step): boolean {
  for (const write of step.writes) {
    try {
      window.localStorage.setItem(write.key, write.value);
    } catch {
      return false;
    }
  }
  return true;
}

/**
 * The mock-exam attempts kept in `localStorage` (format and policy in `src/libs/practice/attempts.ts`: this hook only
 * reads, writes and keeps the state). The server render and the first client render see no attempts; after hydration
 * the saved ones are read (then `loaded` is true). Every change is saved at once; other tabs' saves arrive through
 * the `storage` event and are merged in.
 */
export function useAttempts() {
  const [store, setStore] = useState<AttemptStore>(EMPTY_STORE);
  const current = useRef<AttemptStore>(EMPTY_STORE);
  const [loaded, setLoaded] = useState(false);
  const [note, setNote] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);

  const apply = useCallback((step: Step) => {
    if (step.note !== undefined) setNote(step.note);
    setProblem(writeAll(step) ? undefined : FAILED);
    current.current = step.store;
    setStore(step.store);
  }, []);

  useEffect(() => {
    const raw = read(ATTEMPTS_KEY);
    if (raw === undefined) setProblem(BLOCKED);
    else apply(openAttempts(raw, Date.now(), taken));
    setLoaded(true);
    const onStorage = (event: StorageEvent) => {
      if (event.key !== ATTEMPTS_KEY) return;
      current.current = fromOtherTab(current.current, event.newValue);
      setStore(current.current);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [apply]);

  /** Change the attempts: merged with what is stored now, then saved. */
  const update = useCallback(
    (change: (store: AttemptStore) => AttemptStore) => apply(saveAttempts(current.current, change, read(ATTEMPTS_KEY), Date.now(), taken)),
    [apply],
  );

  return { store, loaded, note, problem, update, dismissNote: useCallback(() => setNote(undefined), []) };
}
