/**
 * The flashcards island: pick decks, flip a card (click, the button or Space), rate it 1-5 (buttons or the keys
 * 1-5), and learning steps then SM-2 schedule it (`sm2.ts`: a failed card comes back in the same session); undo the
 * last rating (the button or U); a daily limit of new cards (FlashcardSettings.tsx); a summary when the queue is
 * empty and the picked decks' statistics (FlashcardSummary.tsx); progress is kept in localStorage (`store.ts`, `progress-sync.ts`,
 * `useProgressStore.ts`: with a backup copy offered for restoring when the saved progress was damaged) and
 * the order of cards comes from `session.ts`. The state lives in hooks (`useFlashcards.ts`); this component and its
 * parts (the deck picker in FlashcardDecks.tsx, the card and rating bar in FlashcardCard.tsx, the notices and reset
 * in FlashcardNotices.tsx) map it to JSX. It gets the deck list and card ids as props and loads the card text from
 * one JSON file, so no page carries the cards as island props.
 */
import { useRef } from 'preact/hooks';

import { useHydrated } from '~/components/islands/ui';
import type { DeckSummary } from '~/libs/study/views';
import { CardStage } from './FlashcardCard';
import { DeckPicker } from './FlashcardDecks';
import { ResetControls, StoreNotices } from './FlashcardNotices';
import { NewCardLimit } from './FlashcardSettings';
import { StudyStats } from './FlashcardSummary';
import { studyStats } from '~/libs/study/session';
import { cardState, resetAll, resetDecks } from '~/libs/study/store';
import { useCardContent, useFlashcardSession } from './useFlashcards';
import { useProgressStore } from './useProgressStore';
import './study.css';
import './flashcards.css';

export default function Flashcards(props: { decks: readonly DeckSummary[]; dataUrl: string; base: string }) {
  const { decks, dataUrl, base } = props;
  const hydrated = useHydrated();
  const progress = useProgressStore();
  const { store, update } = progress;
  const content = useCardContent(dataUrl);
  const session = useFlashcardSession(decks, store, update, content);
  const { current, selected } = session;
  const rootRef = useRef<HTMLElement>(null);

  const reset = (which: 'selected' | 'all') => {
    const picked = store.selected;
    if (which === 'all') update(resetAll, 'reset');
    else update((s) => resetDecks(s, picked), 'reset');
    session.clear();
  };

  return (
    <section
      ref={rootRef}
      tabIndex={-1}
      class="widget not-content study-island study-flashcards"
      aria-label="Flashcards"
      data-testid="flashcards"
      data-hydrated={String(hydrated)}
      data-ready={String(hydrated && content.status === 'ready')}
      data-pagefind-ignore="all"
    >
      <StoreNotices progress={progress} content={content} rootRef={rootRef} />
      <DeckPicker
        decks={decks}
        selected={selected}
        store={store}
        update={update}
        now={session.now}
        hydrated={hydrated}
        loaded={progress.loaded}
        onStart={session.start}
      />
      <CardStage
        hydrated={hydrated}
        pickedCount={selected.length}
        content={content}
        next={session.next}
        text={session.text}
        deck={current ? decks.find((deck) => deck.key === current.deck) : undefined}
        state={current ? cardState(store, current.key) : undefined}
        flipped={session.flipped}
        base={base}
        flip={session.flip}
        rate={session.rate}
        cardRef={session.cardRef}
        flipRef={session.flipRef}
        stageRef={session.stageRef}
        now={session.now}
        newPerDay={session.limit.newPerDay}
        lastAction={session.lastAction}
        log={session.log}
        undoable={session.undoable}
        undo={session.undo}
      />
      {hydrated ? (
        <div class="study-settings">
          {selected.length > 0 ? <StudyStats stats={studyStats(selected, store, session.now)} /> : null}
          <NewCardLimit store={store} update={update} limit={session.limit} />
        </div>
      ) : null}
      <ResetControls hydrated={hydrated} pickedCount={selected.length} onReset={reset} />
    </section>
  );
}
