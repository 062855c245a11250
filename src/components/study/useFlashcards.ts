/**
 * The flashcards island's hooks: the card text loaded from its JSON file, the clock, the session (which card is
 * next within the day's limit of new cards, flip, rate and undo, the session's log, where the focus goes) and the
 * keys (Space flips, 1-5 rate, U undoes the last rating). The components in Flashcards*.tsx only map what these
 * return to JSX.
 */
import type { RefObject } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

import type { DeckSummary } from '~/libs/study/views';
import { readFlashcardsFile, type CardText } from '~/libs/study/files';
import { nextCard, startOfLocalDay, type DeckCards } from '~/libs/study/session';
import { canUndo, rateCard, undoRating, type LogEntry, type SessionLog } from '~/libs/study/session-log';
import { isRating, type Rating } from '~/libs/study/sm2';
import { newCardsPerDay, updateCard, type Store } from '~/libs/study/store';
import type { useProgressStore } from './useProgressStore';
import { useStudyFile, type StudyFile } from './useStudyFile';

export type Content = StudyFile<ReadonlyMap<string, ReadonlyMap<string, CardText>>>;

export type UpdateStore = ReturnType<typeof useProgressStore>['update'];

export interface LastRated {
  readonly key: string;
  readonly rating: Rating;
  readonly due: number;
  readonly at: number;
  /** The learning step the card is on after the rating (undefined: on the SM-2 schedule). */
  readonly step: number | undefined;
}

/** What the status line reports: the last rating, or the rating just undone. */
export type LastAction = ({ readonly kind: 'rated' } & LastRated) | { readonly kind: 'undone'; readonly entry: LogEntry };

/** The card text, fetched once from `dataUrl`. */
export const useCardContent = (dataUrl: string): Content => useStudyFile(dataUrl, readFlashcardsFile);

/** The time, moved on every minute while the page is open (cards come due) and by the caller after a flip or a rating. */
export function useNow(): [number, (time: number) => void] {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return [now, setNow];
}

/**
 * The card to study now in the picked decks, its text, whether it is flipped, the last rating or undo, the
 * session's log, and the actions. The focus follows the reader: after a flip it goes to the card (where 1-5 rate
 * it), after a rating or an undo to the next card's "Show answer" button.
 */
export function useFlashcardSession(decks: readonly DeckSummary[], store: Store, update: UpdateStore, content: Content) {
  const [now, setNow] = useNow();
  const [flippedKey, setFlippedKey] = useState<string | undefined>(undefined);
  const [lastAction, setLastAction] = useState<LastAction | undefined>(undefined);
  const [log, setLog] = useState<SessionLog>([]);
  // The card on show stays on show until it is rated, even if another comes due meanwhile (a learning step passes
  // while the reader thinks); after an undo, the card whose rating was taken back is shown.
  const [pinned, setPinned] = useState<string | undefined>(undefined);
  const [startRequested, setStartRequested] = useState(false);

  // The picked decks in page order (the store may name decks that no longer exist: they are ignored).
  const selected = decks.filter((deck) => store.selected.includes(deck.key));
  const session: DeckCards[] = selected.map((deck) => ({ key: deck.key, cardIds: deck.cardIds }));
  const limit = { newPerDay: newCardsPerDay(store), dayStart: startOfLocalDay(now) };
  const next = nextCard(session, store, now, limit, pinned);
  const current = next.kind === 'done' ? undefined : next.card;
  useEffect(() => {
    if (current !== undefined) setPinned(current.key);
  }, [current?.key]);
  const flipped = current !== undefined && flippedKey === current.key;
  const text = current && content.status === 'ready' ? content.value.get(current.deck)?.get(current.cardId) : undefined;
  const lastEntry = log.at(-1);
  const undoable = canUndo(store, lastEntry);
  const { cardRef, flipRef, focusAfterRating } = useCardFocus(flipped, current?.key, lastAction);
  const stageRef = useRef<HTMLDivElement>(null);
  useSessionStart(startRequested, setStartRequested, content.status === 'loading', cardRef, stageRef, current?.key);

  /** The reader picked the first deck: once the card is shown, bring it into view and give it the focus. */
  const start = useCallback(() => setStartRequested(true), []);

  const flip = useCallback(() => {
    if (current === undefined || text === undefined) return;
    setFlippedKey(current.key);
    setNow(Date.now());
  }, [current, text, setNow]);

  const rate = useCallback(
    (rating: Rating) => {
      if (current === undefined || !flipped) return;
      const at = Date.now();
      const { entry } = rateCard(store, current.key, rating, at);
      update((s) => updateCard(s, current.key, entry.after));
      setLog((entries) => [...entries, entry]);
      setLastAction({ kind: 'rated', key: current.key, rating, due: entry.after.due, at, step: entry.after.step });
      setPinned(undefined);
      setFlippedKey(undefined);
      setNow(at);
      focusAfterRating.current = true;
    },
    [current, flipped, store, update, setNow],
  );

  /** Take back the last rating: the card exactly as it was before it, shown again (unflipped). */
  const undo = useCallback(() => {
    if (!canUndo(store, lastEntry)) return;
    update((s) => undoRating(s, lastEntry), 'undo');
    setLog((entries) => entries.slice(0, -1));
    setLastAction({ kind: 'undone', entry: lastEntry });
    setPinned(lastEntry.key);
    setFlippedKey(undefined);
    setNow(Date.now());
    focusAfterRating.current = true;
  }, [store, lastEntry, update, setNow]);

  /** After a reset: no card is flipped, no rating is reported, and the session starts afresh. */
  const clear = useCallback(() => {
    setLastAction(undefined);
    setFlippedKey(undefined);
    setLog([]);
    setPinned(undefined);
  }, []);

  useCardKeys(flip, rate, flipped, text !== undefined, undoable ? undo : undefined);

  return {
    now,
    selected,
    next,
    limit,
    current,
    flipped,
    text,
    lastAction,
    log,
    undoable,
    flip,
    rate,
    undo,
    clear,
    start,
    cardRef,
    flipRef,
    stageRef,
  };
}

/** Where the focus goes when the card changes; `focusAfterRating` is set by a rating. */
function useCardFocus(flipped: boolean, cardKey: string | undefined, lastAction: LastAction | undefined) {
  const cardRef = useRef<HTMLElement>(null);
  const flipRef = useRef<HTMLButtonElement>(null);
  const focusAfterRating = useRef(false);
  // After a flip the button is gone: keep the focus on the card, where the keys 1-5 rate it.
  useEffect(() => {
    if (flipped) cardRef.current?.focus({ preventScroll: true });
  }, [flipped]);
  // After a rating or an undo, the next card's button takes the focus (Space or Enter shows its answer).
  useEffect(() => {
    if (!focusAfterRating.current) return;
    focusAfterRating.current = false;
    (flipRef.current ?? cardRef.current)?.focus({ preventScroll: true });
  }, [cardKey, lastAction]);
  return { cardRef, flipRef, focusAfterRating };
}

/**
 * When a study session starts (the first deck picked), the card appears below the deck list, often a screen or more
 * further down: scroll it into view (smoothly, unless the reader asked for reduced motion) and move the focus to it,
 * so Space shows its answer instead of un-ticking the checkbox that still had the focus. With no card to show
 * (nothing due, or the cards failed to load) the stage's message is brought into view instead.
 */
function useSessionStart(
  requested: boolean,
  setRequested: (requested: boolean) => void,
  loading: boolean,
  cardRef: RefObject<HTMLElement>,
  stageRef: RefObject<HTMLElement>,
  cardKey: string | undefined,
) {
  useEffect(() => {
    if (!requested || loading) return;
    setRequested(false);
    const card = cardRef.current;
    const target = card ?? stageRef.current;
    if (!target) return;
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ behavior: reduceMotion ? 'instant' : 'smooth', block: 'start' });
    card?.focus({ preventScroll: true });
  }, [requested, setRequested, loading, cardKey, cardRef, stageRef]);
}

/**
 * Whether a key press belongs to something else on the page: a form control (a checkbox, a field, a button: Space
 * ticks or presses it, a digit types), an editable region or the search dialog, plus `interactive` (more selectors).
 */
const ENTRY_CONTROLS = "input, textarea, select, [contenteditable=''], [contenteditable='true'], dialog";
const FORM_CONTROLS = `${ENTRY_CONTROLS}, button`;
function ownedElsewhere(event: KeyboardEvent, interactive: string, controls = FORM_CONTROLS): boolean {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return true;
  const target = event.target instanceof Element ? event.target : null;
  return Boolean(target?.closest(`${controls}${interactive}`));
}

/**
 * Space shows the answer of a card with text; once it is shown, the keys 1-5 rate it; U undoes the last rating
 * (when `undo` is given). None of them acts on a form control: Space and 1-5 leave every field, checkbox, list and
 * button alone; U leaves alone every field, checkbox, list, editable region and the search dialog, where a letter
 * types or picks, but works on a button (a button takes no letters), so it works right after a rating, when the
 * next card's "Show answer" button has the focus.
 */
function useCardKeys(flip: () => void, rate: (rating: Rating) => void, flipped: boolean, hasText: boolean, undo: (() => void) | undefined) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.key === 'u' || event.key === 'U') && undo !== undefined && !event.repeat && !ownedElsewhere(event, '', ENTRY_CONTROLS)) {
        event.preventDefault();
        undo();
      } else if (event.key === ' ' && !flipped && hasText && !ownedElsewhere(event, ', a, summary')) {
        event.preventDefault();
        flip();
      } else if (flipped && /^[1-5]$/.test(event.key) && !event.repeat && !ownedElsewhere(event, '')) {
        const rating = Number(event.key);
        if (isRating(rating)) {
          event.preventDefault();
          rate(rating);
        }
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [flip, rate, flipped, hasText, undo]);
}

/** The deck list starts open for a first visit and closed when decks were picked before, so the card is in view. */
export function useDecksOpen(loaded: boolean, pickedCount: number): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(true);
  const settled = useRef(false);
  useEffect(() => {
    if (!loaded || settled.current) return;
    settled.current = true;
    setOpen(pickedCount === 0);
  }, [loaded, pickedCount]);
  return [open, setOpen];
}

/** Moves the focus to `ref` once after `request()` (used when the button that had it goes away). */
export function useFocusRequest<T extends HTMLElement>(ref: { readonly current: T | null }): () => void {
  const [requested, setRequested] = useState(false);
  useEffect(() => {
    if (!requested) return;
    setRequested(false);
    ref.current?.focus();
  }, [requested, ref]);
  return useCallback(() => setRequested(true), []);
}
