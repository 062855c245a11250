/**
 * The flashcards island: pick decks, flip a card (click, the button or Space), rate it 1-5 (buttons or the keys
 * 1-5), and SM-2 schedules it (`sm2.ts`); progress is kept in localStorage (`store.ts`, `progress-sync.ts`,
 * `useProgressStore.ts`: with a backup copy offered for restoring when the saved progress was damaged) and
 * the order of cards comes from `session.ts`. The component maps that state to JSX. It gets the deck list and card
 * ids as props and loads the card text from one JSON file, so no page carries the cards as island props.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';

import { useHydrated } from '~/islands/ui';
import type { DeckSummary } from './catalog';
import { readFlashcardsFile, type CardText } from './files';
import { Markdown, MarkdownInline } from './Markdown';
import { deckProgress, describeDue, nextCard, type DeckCards } from './session';
import { isRating, RATING_LABELS, RATINGS, review, type Rating } from './sm2';
import { cardState, resetAll, resetDecks, updateCard, withSelected } from './store';
import { useProgressStore } from './useProgressStore';
import './study.css';

type Content =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly cards: ReadonlyMap<string, ReadonlyMap<string, CardText>> }
  | { readonly status: 'failed'; readonly reason: string };

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const formatDate = (time: number) => DATE.format(new Date(time));
const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

/** "none picked yet", "2 picked: Amazon S3, AWS Glue", "5 picked: A, B, C and 2 more". */
function pickedSummary(titles: readonly string[]): string {
  if (titles.length === 0) return 'none picked yet';
  const shown = titles.slice(0, 3).join(', ');
  return `${titles.length} picked: ${titles.length > 3 ? `${shown} and ${titles.length - 3} more` : shown}`;
}

/** Whether a key press belongs to something else on the page (a field, a button, the search dialog). */
function ownedElsewhere(event: KeyboardEvent, interactive: string): boolean {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return true;
  const target = event.target instanceof Element ? event.target : null;
  return Boolean(target?.closest(`input, textarea, select, [contenteditable=''], [contenteditable='true'], dialog${interactive}`));
}

export default function Flashcards(props: { decks: readonly DeckSummary[]; dataUrl: string; base: string }) {
  const { decks, dataUrl, base } = props;
  const hydrated = useHydrated();
  const { store, loaded, note, problem, canRetry, restorable, update, restore, dismissNote } = useProgressStore();
  const [content, setContent] = useState<Content>({ status: 'loading' });
  const [now, setNow] = useState(() => Date.now());
  const [flippedKey, setFlippedKey] = useState<string | undefined>(undefined);
  const [lastRated, setLastRated] = useState<{ key: string; rating: Rating; due: number; at: number } | undefined>(undefined);
  const [confirm, setConfirm] = useState<'selected' | 'all' | undefined>(undefined);
  const [decksOpen, setDecksOpen] = useState(true);
  const decksSettled = useRef(false);
  const cardRef = useRef<HTMLElement>(null);
  const flipRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const focusAfterRating = useRef(false);
  const rootRef = useRef<HTMLElement>(null);
  const noteRef = useRef<HTMLDivElement>(null);
  // "Not now" hides the offer for the page view, until there is something else to restore.
  const [restoreHiddenAt, setRestoreHiddenAt] = useState<number | undefined>(undefined);
  const [focusNote, setFocusNote] = useState(false);

  useEffect(() => {
    let live = true;
    fetch(dataUrl)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then((value: unknown) => {
        const cards = readFlashcardsFile(value);
        if (live) setContent(cards ? { status: 'ready', cards } : { status: 'failed', reason: 'the file was not in the expected format' });
      })
      .catch((error: unknown) => {
        if (live) setContent({ status: 'failed', reason: error instanceof Error ? error.message : String(error) });
      });
    // The time moves on while the page is open: cards come due.
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [dataUrl]);

  const deckByKey = useMemo(() => new Map(decks.map((deck) => [deck.key, deck])), [decks]);
  const sections = useMemo(() => {
    const groups: Array<{ section: string; label: string; decks: DeckSummary[] }> = [];
    for (const deck of decks) {
      const group = groups.find((g) => g.section === deck.section);
      if (group) group.decks.push(deck);
      else groups.push({ section: deck.section, label: deck.sectionLabel, decks: [deck] });
    }
    return groups;
  }, [decks]);

  // The picked decks in page order (the store may name decks that no longer exist: they are ignored).
  const selected = decks.filter((deck) => store.selected.includes(deck.key));
  const session: DeckCards[] = selected.map((deck) => ({ key: deck.key, cardIds: deck.cardIds }));
  const next = nextCard(session, store, now);
  const current = next.kind === 'done' ? undefined : next.card;
  const flipped = current !== undefined && flippedKey === current.key;
  const text = current && content.status === 'ready' ? content.cards.get(current.deck)?.get(current.cardId) : undefined;
  const currentDeck = current ? deckByKey.get(current.deck) : undefined;
  const currentState = current ? cardState(store, current.key) : undefined;

  const setDeck = (key: string, on: boolean) =>
    update((s) => withSelected(s, on ? [...s.selected, key] : s.selected.filter((deck) => deck !== key)));

  const flip = useCallback(() => {
    if (current === undefined || text === undefined) return;
    setFlippedKey(current.key);
    setNow(Date.now());
  }, [current, text]);

  const rate = useCallback(
    (rating: Rating) => {
      if (current === undefined || !flipped) return;
      const at = Date.now();
      const state = review(cardState(store, current.key), rating, at);
      update((s) => updateCard(s, current.key, state));
      setLastRated({ key: current.key, rating, due: state.due, at });
      setFlippedKey(undefined);
      setNow(at);
      focusAfterRating.current = true;
    },
    [current, flipped, store, update],
  );

  // After a flip the button is gone: keep the focus on the card, where the keys 1-5 rate it.
  useEffect(() => {
    if (flipped) cardRef.current?.focus({ preventScroll: true });
  }, [flipped]);
  // After a rating, the next card's button takes the focus (Space or Enter shows its answer).
  useEffect(() => {
    if (!focusAfterRating.current) return;
    focusAfterRating.current = false;
    (flipRef.current ?? cardRef.current)?.focus({ preventScroll: true });
  }, [current?.key, lastRated]);
  useEffect(() => {
    if (confirm !== undefined) confirmRef.current?.focus();
  }, [confirm]);
  // After Restore its button is gone: the note that says what was restored takes the focus.
  useEffect(() => {
    if (!focusNote) return;
    setFocusNote(false);
    noteRef.current?.focus();
  }, [focusNote]);
  // The deck list starts open for a first visit and closed when decks were picked before, so the card is in view.
  useEffect(() => {
    if (!loaded || decksSettled.current) return;
    decksSettled.current = true;
    setDecksOpen(store.selected.length === 0);
  }, [loaded, store.selected.length]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === ' ' && !flipped && text !== undefined && !ownedElsewhere(event, ', button, a, summary')) {
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
  }, [flip, rate, flipped, text]);

  const doRestore = () => {
    restore();
    setFocusNote(true);
  };

  const doReset = () => {
    const picked = store.selected;
    if (confirm === 'all') update(resetAll, 'reset');
    else if (confirm === 'selected') update((s) => resetDecks(s, picked), 'reset');
    setConfirm(undefined);
    setLastRated(undefined);
    setFlippedKey(undefined);
  };

  const ready = content.status === 'ready';
  const selectedCount = selected.length;

  return (
    <section
      ref={rootRef}
      tabIndex={-1}
      class="widget not-content study-island study-flashcards"
      aria-label="Flashcards"
      data-testid="flashcards"
      data-hydrated={String(hydrated)}
      data-ready={String(hydrated && ready)}
      data-pagefind-ignore="all"
    >
      {note !== undefined ? (
        <div class="widget-notes study-note" role="status" data-testid="store-note" ref={noteRef} tabIndex={-1}>
          <p>{note}</p>
          <button type="button" class="study-button study-small" onClick={dismissNote}>
            Dismiss
          </button>
        </div>
      ) : null}
      {restorable > 0 && restorable !== restoreHiddenAt ? (
        <div class="widget-notes study-note" role="group" aria-labelledby="fc-restore-label" data-testid="store-restore">
          <p id="fc-restore-label">
            A copy of your flashcard progress is kept in this browser, with {plural(restorable, 'card record')} that the saved progress does
            not have. Restore adds them back (for a card in both, the later review counts).
          </p>
          <button type="button" class="study-button study-small" onClick={doRestore}>
            Restore
          </button>
          <button
            type="button"
            class="study-button study-small"
            onClick={() => {
              setRestoreHiddenAt(restorable);
              rootRef.current?.focus();
            }}
          >
            Not now
          </button>
        </div>
      ) : null}
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
      {content.status === 'failed' ? (
        <div class="widget-notes study-note" role="alert" data-testid="load-problem">
          <p>
            The cards could not be loaded ({content.reason}). Reload the page to try again; every card is also listed below this
            box.
          </p>
        </div>
      ) : null}

      <details class="study-decks" open={decksOpen} data-testid="decks" onToggle={(event) => setDecksOpen(event.currentTarget.open)}>
        <summary>
          <span class="study-decks-title">Decks</span> <span class="study-muted">({pickedSummary(selected.map((deck) => deck.title))})</span>
        </summary>
        <form class="study-decks-form" aria-label="Decks" onSubmit={(event) => event.preventDefault()}>
          <div class="study-decks-head">
            <button
              type="button"
              class="study-button study-small"
              disabled={!hydrated}
              onClick={() => update((s) => withSelected(s, decks.map((deck) => deck.key)))}
            >
              Pick all
            </button>
            <button
              type="button"
              class="study-button study-small"
              disabled={!hydrated || selectedCount === 0}
              onClick={() => update((s) => withSelected(s, []))}
            >
              Clear
            </button>
          </div>
          <div class="study-deck-groups">
            {sections.map((group) => (
              <fieldset class="study-deck-group" key={group.section}>
                <legend>{group.label}</legend>
                {group.decks.map((deck) => {
                  const progress = deckProgress(deck, store, now);
                  const id = `fc-deck-${deck.key}`;
                  return (
                    <div class="study-deck" key={deck.key}>
                      <input
                        type="checkbox"
                        id={id}
                        name="deck"
                        value={deck.key}
                        checked={store.selected.includes(deck.key)}
                        disabled={!hydrated}
                        aria-describedby={`${id}-progress`}
                        onChange={(event) => setDeck(deck.key, event.currentTarget.checked)}
                      />
                      <label for={id}>{deck.title}</label>
                      <span
                        id={`${id}-progress`}
                        class="study-deck-progress"
                        data-testid={`progress-${deck.key}`}
                        data-new={progress.new}
                        data-due={progress.due}
                        data-learned={progress.learned}
                      >
                        {progress.total} cards: {progress.new} new, {progress.due} due, {progress.learned} learned
                        {progress.nextDue !== undefined && progress.due === 0 ? `; next ${describeDue(progress.nextDue, now)}` : ''}
                      </span>
                    </div>
                  );
                })}
              </fieldset>
            ))}
          </div>
        </form>
      </details>

      <div class="study-stage">
        {!hydrated ? (
          <p class="study-muted">The flashcards start when the page has loaded.</p>
        ) : selectedCount === 0 ? (
          <p data-testid="no-decks">Pick one or more decks above to start.</p>
        ) : content.status === 'loading' ? (
          <p class="study-muted">Loading the cards…</p>
        ) : content.status === 'failed' ? (
          <p>No card can be shown until the cards have loaded.</p>
        ) : next.kind === 'done' ? (
          <p data-testid="all-done">
            Nothing to study in the picked decks right now.
            {next.nextDue !== undefined ? ` The next card is due ${describeDue(next.nextDue, now)} (${formatDate(next.nextDue)}).` : ''}
          </p>
        ) : current !== undefined && text !== undefined ? (
          <article
            class="study-card"
            ref={cardRef}
            tabIndex={-1}
            aria-labelledby="fc-question"
            data-testid="card"
            data-card={current.key}
            data-kind={next.kind}
            data-flipped={String(flipped)}
            data-repetitions={currentState?.repetitions}
            data-interval={currentState?.interval}
            data-ease={currentState?.ease}
            onClick={(event) => {
              if (!flipped && !(event.target instanceof Element && event.target.closest('a, button'))) flip();
            }}
          >
            <p class="study-card-meta">
              <span>{currentDeck?.title}</span> · <span>{next.kind === 'due' ? 'Due for review' : 'New card'}</span> ·{' '}
              <span data-testid="queue">
                {next.dueCount} due, {next.newCount} new in the picked decks
              </span>
            </p>
            <p class="study-card-question" id="fc-question">
              <MarkdownInline text={text.question} base={base} />
            </p>
            {!flipped ? (
              <button type="button" class="study-button study-flip" ref={flipRef} onClick={flip} aria-keyshortcuts="Space">
                Show answer <kbd>Space</kbd>
              </button>
            ) : null}
            <section class="study-card-answer" aria-label="Answer" aria-live="polite" data-testid="card-answer">
              {flipped ? (
                <>
                  <Markdown text={text.answer} base={base} />
                  {currentDeck ? (
                    <p class="study-source">
                      Learn it on: <a href={`${base}${currentDeck.page.id}/`}>{currentDeck.page.title}</a>
                    </p>
                  ) : null}
                </>
              ) : null}
            </section>
            {flipped ? (
              <div class="study-rate" role="group" aria-labelledby="fc-rate-label">
                <p id="fc-rate-label" class="study-rate-label">
                  How well did you know this? <span class="study-muted">(keys 1 to 5)</span>
                </p>
                {RATINGS.map((rating) => (
                  <button type="button" key={rating} class="study-button" data-rating={rating} aria-keyshortcuts={String(rating)} onClick={() => rate(rating)}>
                    {rating} {RATING_LABELS[rating]}
                  </button>
                ))}
              </div>
            ) : null}
            {currentState !== undefined ? (
              <p class="study-muted study-card-history">
                Rated {plural(currentState.repetitions, 'time')} in a row without a miss; last interval {plural(currentState.interval, 'day')}; ease
                factor {currentState.ease.toFixed(2)}.
              </p>
            ) : null}
          </article>
        ) : (
          <p class="study-muted">This card’s text is missing; reload the page.</p>
        )}
        <p class="study-status" role="status" data-testid="last-rating">
          {lastRated !== undefined
            ? `Rated ${lastRated.rating} (${RATING_LABELS[lastRated.rating]}): that card comes back ${describeDue(lastRated.due, lastRated.at)}, on ${formatDate(lastRated.due)}.`
            : ''}
        </p>
      </div>

      <div class="study-reset">
        {confirm === undefined ? (
          <>
            <button type="button" class="study-button" disabled={!hydrated || selectedCount === 0} onClick={() => setConfirm('selected')}>
              Reset the picked decks…
            </button>
            <button type="button" class="study-button" disabled={!hydrated} onClick={() => setConfirm('all')}>
              Reset all progress…
            </button>
          </>
        ) : (
          <div class="study-confirm" role="group" aria-labelledby="fc-confirm-label" data-testid="reset-confirm">
            <p id="fc-confirm-label">
              {confirm === 'all'
                ? 'Forget your progress in every deck? This cannot be undone.'
                : `Forget your progress in the ${plural(selectedCount, 'picked deck')}? This cannot be undone.`}
            </p>
            <button type="button" class="study-button study-danger" onClick={doReset}>
              Yes, reset
            </button>
            <button type="button" class="study-button" ref={confirmRef} onClick={() => setConfirm(undefined)}>
              Cancel
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
