/**
 * Wording shared by the flashcards components: dates, counted nouns, the picked decks' summary, the status line
 * after a rating or an undo, the queue line on the card.
 */
import { describeDue, type Queue } from './session';
import type { LogEntry } from './session-log';
import { LEARNING_STEPS_MINUTES, RATING_LABELS, type Rating } from './sm2';

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** "3 June 2026". */
export const formatDate = (time: number) => DATE.format(new Date(time));

/** "1 card record", "2 card records". */
export const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

/** "none picked yet", "2 picked: Amazon S3, AWS Glue", "5 picked: A, B, C and 2 more". */
export function pickedSummary(titles: readonly string[]): string {
  if (titles.length === 0) return 'none picked yet';
  const shown = titles.slice(0, 3).join(', ');
  return `${titles.length} picked: ${titles.length > 3 ? `${shown} and ${titles.length - 3} more` : shown}`;
}

const rated = (rating: Rating) => `${rating} (${RATING_LABELS[rating]})`;

/** What the status line says after a rating or an undo. */
export function actionText(
  action: { kind: 'rated'; rating: Rating; due: number; at: number; step: number | undefined } | { kind: 'undone'; entry: LogEntry },
): string {
  if (action.kind === 'undone') {
    return `Undid the rating ${rated(action.entry.rating)}: the card is back as it was before, to rate again.`;
  }
  const when = describeDue(action.due, action.at);
  return action.step !== undefined
    ? `Rated ${rated(action.rating)}: that card comes back ${when}, in this session (learning step ${action.step + 1} of ${LEARNING_STEPS_MINUTES.length}).`
    : `Rated ${rated(action.rating)}: that card comes back ${when}, on ${formatDate(action.due)}.`;
}

/** The queue line on the card: "2 due, 1 in learning, 20 new in the picked decks (382 more new cards held back by the daily limit)". */
export function queueText(queue: Queue): string {
  const held = queue.heldBack > 0 ? ` (${plural(queue.heldBack, 'more new card')} held back by the daily limit)` : '';
  return `${queue.dueCount.toLocaleString('en-US')} due, ${queue.learningCount.toLocaleString('en-US')} in learning, ${queue.newCount.toLocaleString('en-US')} new in the picked decks${held}`;
}

/** "Retention: 85% (51 of 60 ratings on record were not “again”)." or, with none, that there is none yet. */
export function retentionText(stats: { readonly ratings: number; readonly again: number; readonly retention: number | undefined }): string {
  if (stats.retention === undefined) return 'Retention: no ratings on record yet.';
  const percent = Math.round(stats.retention * 100);
  return `Retention: ${percent}% (${(stats.ratings - stats.again).toLocaleString('en-US')} of ${plural(stats.ratings, 'rating')} on record were not “again”).`;
}
