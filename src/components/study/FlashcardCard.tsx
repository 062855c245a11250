/** The flashcards' stage: what to do before a card can be shown, the card with its answer and rating bar, the last rating. */
import type { RefObject } from 'preact';

import type { DeckSummary } from '~/libs/study/views';
import type { CardText } from '~/libs/study/files';
import { formatDate, plural } from '~/libs/study/flashcards-format';
import { Markdown, MarkdownInline } from './Markdown';
import { describeDue, type Next } from '~/libs/study/session';
import { RATING_LABELS, RATINGS, type CardState, type Rating } from '~/libs/study/sm2';
import type { Content, LastRated } from './useFlashcards';

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
    lastRated: LastRated | undefined;
    stageRef: RefObject<HTMLDivElement>;
  },
) {
  const { next, text, now, lastRated } = props;
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
        <p data-testid="all-done">
          Nothing to study in the picked decks right now.
          {next.nextDue !== undefined ? ` The next card is due ${describeDue(next.nextDue, now)} (${formatDate(next.nextDue)}).` : ''}
        </p>
      ) : text !== undefined ? (
        <Card {...props} next={next} text={text} />
      ) : (
        <p class="study-muted">This card’s text is missing; reload the page.</p>
      )}
      <p class="study-status" role="status" data-testid="last-rating">
        {lastRated !== undefined
          ? `Rated ${lastRated.rating} (${RATING_LABELS[lastRated.rating]}): that card comes back ${describeDue(lastRated.due, lastRated.at)}, on ${formatDate(lastRated.due)}.`
          : ''}
      </p>
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
      data-repetitions={state?.repetitions}
      data-interval={state?.interval}
      data-ease={state?.ease}
      onClick={(event) => {
        if (!flipped && !(event.target instanceof Element && event.target.closest('a, button'))) flip();
      }}
    >
      <p class="study-card-meta">
        <span>{deck?.title}</span> · <span>{next.kind === 'due' ? 'Due for review' : 'New card'}</span> ·{' '}
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
            {deck ? (
              <p class="study-source">
                Learn it on: <a href={`${base}${deck.page.id}/`}>{deck.page.title}</a>
              </p>
            ) : null}
          </>
        ) : null}
      </section>
      {flipped ? <RatingBar rate={rate} /> : null}
      {state !== undefined ? (
        <p class="study-muted study-card-history">
          Rated {plural(state.repetitions, 'time')} in a row without a miss; last interval {plural(state.interval, 'day')}; ease factor{' '}
          {state.ease.toFixed(2)}.
        </p>
      ) : null}
    </article>
  );
}

/** The five rating buttons (also the keys 1 to 5). */
function RatingBar({ rate }: { rate: (rating: Rating) => void }) {
  return (
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
  );
}
