/** The flashcards' deck picker: a collapsible list of decks by section, each with its progress, plus Pick all and Clear. */
import { useMemo } from 'preact/hooks';

import { bySection, type DeckSummary } from '~/libs/study/views';
import { pickedSummary } from '~/libs/study/flashcards-format';
import { deckProgress, describeDue } from '~/libs/study/session';
import { withSelected, type Store } from '~/libs/study/store';
import { useDecksOpen, type UpdateStore } from './useFlashcards';

interface DeckProps {
  readonly store: Store;
  readonly update: UpdateStore;
  readonly now: number;
  readonly hydrated: boolean;
}

/**
 * `onStart` is called when the reader picks the first deck (a tick or Pick all with none picked): a study session
 * starts, and the card is brought into view.
 */
export function DeckPicker(
  props: DeckProps & { decks: readonly DeckSummary[]; selected: readonly DeckSummary[]; loaded: boolean; onStart: () => void },
) {
  const { decks, store, update, hydrated } = props;
  const starting = props.selected.length === 0;
  const [open, setOpen] = useDecksOpen(props.loaded, store.selected.length);
  const sections = useMemo(() => bySection(decks), [decks]);
  return (
    <details class="study-decks" open={open} data-testid="decks" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <span class="study-decks-title">Decks</span> <span class="study-muted">({pickedSummary(props.selected.map((deck) => deck.title))})</span>
      </summary>
      <form class="study-decks-form" aria-label="Decks" onSubmit={(event) => event.preventDefault()}>
        <div class="study-decks-head">
          <button
            type="button"
            class="study-button study-small"
            disabled={!hydrated}
            onClick={() => {
              update((s) =>
                withSelected(
                  s,
                  decks.map((deck) => deck.key),
                ),
              );
              if (starting) props.onStart();
            }}
          >
            Pick all
          </button>
          <button
            type="button"
            class="study-button study-small"
            disabled={!hydrated || props.selected.length === 0}
            onClick={() => update((s) => withSelected(s, []))}
          >
            Clear
          </button>
        </div>
        <div class="study-deck-groups">
          {sections.map((group) => (
            <fieldset class="study-deck-group" key={group.section}>
              <legend>{group.label}</legend>
              {group.items.map((deck) => (
                <DeckChoice
                  key={deck.key}
                  deck={deck}
                  store={store}
                  update={update}
                  now={props.now}
                  hydrated={hydrated}
                  onPick={starting ? props.onStart : undefined}
                />
              ))}
            </fieldset>
          ))}
        </div>
      </form>
    </details>
  );
}

/** One deck's checkbox and its progress: cards new, due and learned (and still in learning), and when the next one is due. */
function DeckChoice({ deck, store, update, now, hydrated, onPick }: DeckProps & { deck: DeckSummary; onPick: (() => void) | undefined }) {
  const progress = deckProgress(deck, store, now);
  const id = `fc-deck-${deck.key}`;
  const setDeck = (on: boolean) => {
    update((s) => withSelected(s, on ? [...s.selected, deck.key] : s.selected.filter((key) => key !== deck.key)));
    if (on) onPick?.();
  };
  return (
    <div class="study-deck">
      <input
        type="checkbox"
        id={id}
        name="deck"
        value={deck.key}
        checked={store.selected.includes(deck.key)}
        disabled={!hydrated}
        aria-describedby={`${id}-progress`}
        onChange={(event) => setDeck(event.currentTarget.checked)}
      />
      <label for={id}>{deck.title}</label>
      <span
        id={`${id}-progress`}
        class="study-deck-progress"
        data-testid={`progress-${deck.key}`}
        data-new={progress.new}
        data-due={progress.due}
        data-learned={progress.learned}
        data-learning={progress.learning}
      >
        {progress.total} cards: {progress.new} new, {progress.due} due, {progress.learned} learned
        {progress.learning > 0 ? ` (${progress.learning} still in learning)` : ''}
        {progress.nextDue !== undefined && progress.due === 0 ? `; next ${describeDue(progress.nextDue, now)}` : ''}
      </span>
    </div>
  );
}
