/**
 * The end of a session and the numbers around it: what the stage says when the queue is empty (when the next card is
 * due, new cards held back by the day's limit), the session's summary (`summarize` in session-log.ts), and the
 * statistics of the picked decks (`studyStats` in session.ts).
 */
import { formatDate, plural, retentionText } from '~/libs/study/flashcards-format';
import { describeDue, type Next, type Stats } from '~/libs/study/session';
import { summarize, type SessionLog } from '~/libs/study/session-log';

export function DoneMessage(props: { next: Extract<Next, { kind: 'done' }>; now: number; newPerDay: number; log: SessionLog }) {
  const { next, now } = props;
  return (
    <>
      <p data-testid="all-done">
        Nothing to study in the picked decks right now.
        {next.heldBack > 0
          ? ` Today’s limit of ${plural(props.newPerDay, 'new card')} is reached: ${plural(next.heldBack, 'more new card')} ${next.heldBack === 1 ? 'waits' : 'wait'} for another day (or raise the limit below).`
          : ''}
        {next.nextDue !== undefined ? ` The next card is due ${describeDue(next.nextDue, now)} (${formatDate(next.nextDue)}).` : ''}
      </p>
      {props.log.length > 0 ? <SessionSummary log={props.log} /> : null}
    </>
  );
}

/** The session's ratings: cards reviewed, the count of each answer, the new cards learned. */
function SessionSummary({ log }: { log: SessionLog }) {
  const summary = summarize(log);
  return (
    <section
      class="study-summary"
      aria-labelledby="fc-summary-title"
      data-testid="summary"
      data-cards={summary.cards}
      data-ratings={summary.ratings}
      data-again={summary.again}
      data-hard={summary.hard}
      data-good={summary.good}
      data-easy={summary.easy}
      data-new-started={summary.newStarted}
      data-new-learned={summary.newLearned}
    >
      <p id="fc-summary-title" class="study-summary-title">
        This session
      </p>
      <dl class="study-summary-list">
        <div>
          <dt>Cards reviewed:</dt>
          <dd>{summary.cards.toLocaleString('en-US')}</dd>
        </div>
        <div>
          <dt>Ratings:</dt>
          <dd>
            {summary.ratings.toLocaleString('en-US')}: {summary.again} again (1 or 2), {summary.hard} hard (3), {summary.good} good (4),{' '}
            {summary.easy} easy (5)
          </dd>
        </div>
        <div>
          <dt>New cards learned:</dt>
          <dd>
            {summary.newLearned} of the {plural(summary.newStarted, 'new card')} started (a new card is learned when it leaves its learning steps)
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** The picked decks' counts and the retention over the ratings on record. */
export function StudyStats({ stats }: { stats: Stats }) {
  return (
    <p
      class="study-stats"
      data-testid="stats"
      data-due={stats.due}
      data-learned={stats.learned}
      data-learning={stats.learning}
      data-new={stats.new}
      data-ratings={stats.ratings}
      data-again={stats.again}
    >
      In the picked decks: {stats.due.toLocaleString('en-US')} due now, {stats.learned.toLocaleString('en-US')} learned and not due yet (
      {stats.learning.toLocaleString('en-US')} still in learning), {stats.new.toLocaleString('en-US')} new. {retentionText(stats)}
    </p>
  );
}
