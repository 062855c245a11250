/**
 * The flashcards' stage: what to do before a card can be shown, the card with its answer and rating bar, the last
 * rating (or undo) with the Undo button, and when the queue is empty the session's summary.
 */
import type { RefObject } from 'preact';

import type { DeckSummary } from '~/libs/study/views';
import type { CardText } from '~/libs/study/files';
import { actionText, plural, queueText } from '~/libs/study/flashcards-format';
import { Markdown, MarkdownInline } from './Markdown';
import type { Next } from '~/libs/study/session';
import type { SessionLog } from '~/libs/study/session-log';
import { LEARNING_STEPS_MINUTES, RATING_LABELS, RATINGS, type CardState, type Rating } from '~/libs/study/sm2';
import { DoneMessage } from './FlashcardSummary';
import type { Content, LastAction } from './useFlashcards';

interface CardProps {
  readonly next: Exclude<Next, { kind: 'done' }>;
  readonly text: CardText;
  readonly deck: DeckSummary | undefined;
  readonly state: CardState | undefined;
  readonly flipped: boolean;
  readonly base: string;
  readonly flip: () => void;
  readonly rate: (rating: Rating) => void;
  readonly cardRef: RefObject<HTMLElement>;
  readonly flipRef: RefObject<HTMLButtonElement>;
}

export function CardStage(
  props: Omit<CardProps, 'next' | 'text'> & {
    hydrated: boolean;
    pickedCount: number;
    content: Content;
    next: Next;
    text: CardText | undefined;
    now: number;
    newPerDay: number;
    lastAction: LastAction | undefined;
    log: SessionLog;
    undoable: boolean;
    undo: () => void;
    stageRef: RefObject<HTMLDivElement>;
  },
) {
  const { next, text, now, lastAction } = props;
  return (
    <div class="study-stage" ref={props.stageRef}>
      {!props.hydrated ? (
        <p class="study-muted">The flashcards start when the page has loaded.</p>
      ) : props.pickedCount === 0 ? (
        <p data-testid="no-decks">Pick one or more decks above to start.</p>
      ) : props.content.status === 'loading' ? (
        <p class="study-muted">Loading the cards…</p>
      ) : props.content.status === 'failed' ? (
        <p>No card can be shown until the cards have loaded.</p>
      ) : next.kind === 'done' ? (
        <DoneMessage next={next} now={now} newPerDay={props.newPerDay} log={props.log} />
      ) : text !== undefined ? (
        <Card {...props} next={next} text={text} />
      ) : (
        <p class="study-muted">This card’s text is missing; reload the page.</p>
      )}
      <p class="study-status" role="status" data-testid="last-rating">
        {lastAction !== undefined ? actionText(lastAction) : ''}
      </p>
      {props.undoable ? (
        <p class="study-undo">
          <button type="button" class="study-button study-small" data-testid="undo" aria-keyshortcuts="U" onClick={props.undo}>
            Undo last rating <kbd>U</kbd>
          </button>
        </p>
      ) : null}
    </div>
  );
}

/** The card: its deck and the queue, the question, then (flipped) the answer, the page that teaches it and the rating bar. */
function Card({ next, text, deck, state, flipped, base, flip, rate, cardRef, flipRef }: CardProps) {
  return (
    <article
      class="study-card"
      ref={cardRef}
      tabIndex={-1}
      aria-labelledby="fc-question"
      data-testid="card"
      data-card={next.card.key}
      data-kind={next.kind}
      data-flipped={String(flipped)}
      data-step={state?.step}
      data-repetitions={state?.repetitions}
      data-interval={state?.interval}
      data-ease={state?.ease}
      onClick={(event) => {
        if (!flipped && !(event.target instanceof Element && event.target.closest('a, button'))) flip();
      }}
    >
      <p class="study-card-meta">
        <span>{deck?.title}</span> · <span>{kindText(next.kind, state)}</span> · <span data-testid="queue">{queueText(next)}</span>
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
            {deck ? (
              <p class="study-source">
                Learn it on: <a href={`${base}${deck.page.id}/`}>{deck.page.title}</a>
              </p>
            ) : null}
          </>
        ) : null}
      </section>
      {flipped ? <RatingBar rate={rate} /> : null}
      {state !== undefined && state.step === undefined ? (
        <p class="study-muted study-card-history">
          Rated {plural(state.repetitions, 'time')} in a row without a miss; last interval {plural(state.interval, 'day')}; ease factor{' '}
          {state.ease.toFixed(2)}.
        </p>
      ) : state !== undefined ? (
        <p class="study-muted study-card-history">
          In its learning steps ({LEARNING_STEPS_MINUTES.join(' and ')} minutes): 4 moves it to the next step, 5 (or 4 on the last step) to the
          schedule in days; 3 repeats this step, 1 or 2 starts the steps again. Ease factor {state.ease.toFixed(2)}.
        </p>
      ) : null}
    </article>
  );
}

function kindText(kind: Exclude<Next, { kind: 'done' }>['kind'], state: CardState | undefined): string {
  if (kind === 'due') return 'Due for review';
  if (kind === 'new') return 'New card';
  return `Learning: step ${(state?.step ?? 0) + 1} of ${LEARNING_STEPS_MINUTES.length}`;
}

/** The five rating buttons (also the keys 1 to 5). */
function RatingBar({ rate }: { rate: (rating: Rating) => void }) {
  return (
    <div class="study-rate" role="group" aria-labelledby="fc-rate-label">
      <p id="fc-rate-label" class="study-rate-label">
        How well did you know this? <span class="study-muted">(keys 1 to 5; 1 or 2 means “again”: the card comes back in this session)</span>
      </p>
      {RATINGS.map((rating) => (
        <button type="button" key={rating} class="study-button" data-rating={rating} aria-keyshortcuts={String(rating)} onClick={() => rate(rating)}>
          {rating} {RATING_LABELS[rating]}
        </button>
      ))}
    </div>
  );
}
