/**
 * The flashcards' notices (what happened to the saved progress, a backup to restore, a save that failed, cards that
 * could not load) and the reset buttons with their confirmation.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

import { plural } from '~/libs/study/flashcards-format';
import { useFocusRequest, type Content } from './useFlashcards';
import type { useProgressStore } from './useProgressStore';

type ProgressStore = ReturnType<typeof useProgressStore>;

export function StoreNotices(props: { progress: ProgressStore; content: Content; rootRef: RefObject<HTMLElement> }) {
  const { note, problem, canRetry, update, dismissNote } = props.progress;
  const noteRef = useRef<HTMLDivElement>(null);
  // After Restore its button is gone: the note that says what was restored takes the focus.
  const focusNote = useFocusRequest(noteRef);
  return (
    <>
      {note !== undefined ? (
        <div class="widget-notes study-note" role="status" data-testid="store-note" ref={noteRef} tabIndex={-1}>
          <p>{note}</p>
          <button type="button" class="study-button study-small" onClick={dismissNote}>
            Dismiss
          </button>
        </div>
      ) : null}
      <RestoreOffer progress={props.progress} onRestored={focusNote} rootRef={props.rootRef} />
      {problem !== undefined ? (
        <div class="widget-notes study-note" role="status" data-testid="store-problem">
          <p>{problem}</p>
          {canRetry ? (
            <button type="button" class="study-button study-small" onClick={() => update((s) => s)}>
              Save again
            </button>
          ) : null}
        </div>
      ) : null}
      {props.content.status === 'failed' ? (
        <div class="widget-notes study-note" role="alert" data-testid="load-problem">
          <p>The cards could not be loaded ({props.content.reason}). Reload the page to try again; every card is also listed below this box.</p>
        </div>
      ) : null}
    </>
  );
}

/** The offer to restore card records from the backup copy. "Not now" hides it until there is something else to restore. */
function RestoreOffer(props: { progress: ProgressStore; onRestored: () => void; rootRef: RefObject<HTMLElement> }) {
  const { restorable, restore } = props.progress;
  const [hiddenAt, setHiddenAt] = useState<number | undefined>(undefined);
  if (restorable === 0 || restorable === hiddenAt) return null;
  return (
    <div class="widget-notes study-note" role="group" aria-labelledby="fc-restore-label" data-testid="store-restore">
      <p id="fc-restore-label">
        A copy of your flashcard progress is kept in this browser, with {plural(restorable, 'card record')} that the saved progress does not have.
        Restore adds them back (for a card in both, the later review counts).
      </p>
      <button
        type="button"
        class="study-button study-small"
        onClick={() => {
          restore();
          props.onRestored();
        }}
      >
        Restore
      </button>
      <button
        type="button"
        class="study-button study-small"
        onClick={() => {
          setHiddenAt(restorable);
          props.rootRef.current?.focus();
        }}
      >
        Not now
      </button>
    </div>
  );
}

/** "Reset the picked decks…" and "Reset all progress…", each asking before it forgets anything. */
export function ResetControls(props: { hydrated: boolean; pickedCount: number; onReset: (which: 'selected' | 'all') => void }) {
  const [confirm, setConfirm] = useState<'selected' | 'all' | undefined>(undefined);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirm !== undefined) confirmRef.current?.focus();
  }, [confirm]);
  return (
    <div class="study-reset">
      {confirm === undefined ? (
        <>
          <button type="button" class="study-button" disabled={!props.hydrated || props.pickedCount === 0} onClick={() => setConfirm('selected')}>
            Reset the picked decks…
          </button>
          <button type="button" class="study-button" disabled={!props.hydrated} onClick={() => setConfirm('all')}>
            Reset all progress…
          </button>
        </>
      ) : (
        <div class="study-confirm" role="group" aria-labelledby="fc-confirm-label" data-testid="reset-confirm">
          <p id="fc-confirm-label">
            {confirm === 'all'
              ? 'Forget your progress in every deck? This cannot be undone.'
              : `Forget your progress in the ${plural(props.pickedCount, 'picked deck')}? This cannot be undone.`}
          </p>
          <button
            type="button"
            class="study-button study-danger"
            onClick={() => {
              props.onReset(confirm);
              setConfirm(undefined);
            }}
          >
            Yes, reset
          </button>
          <button type="button" class="study-button" ref={confirmRef} onClick={() => setConfirm(undefined)}>
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}
