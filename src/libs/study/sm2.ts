/**
 * SM-2 spaced repetition (Piotr Woźniak's SuperMemo 2 algorithm, as usually implemented), driven by the notes'
 * self-rating "How well did you know this? 1 (not at all) to 5 (perfectly)". Pure: no DOM, no clock; the caller
 * passes `now` (milliseconds since the epoch).
 *
 * For a rating q (the quality of the answer, q = rating):
 * - q < 3 (ratings 1 and 2, a failure): the repetitions start again (n = 0) and the next interval is 1 day;
 * - q ≥ 3: the interval is 1 day after the first successful review (n = 0), 6 days after the second (n = 1), and
 *   round(previous interval × EF) after that, where EF is the ease factor *before* this review updates it;
 *   then n grows by 1;
 * - after every review, failures included: EF' = EF + (0.1 − (5 − q) × (0.08 + (5 − q) × 0.02)), at least 1.3.
 *   A new card starts at EF = 2.5. The changes are +0.10 (q = 5), 0 (4), −0.14 (3), −0.32 (2) and −0.54 (1), all
 *   multiples of 0.02, so EF is rounded to 2 decimals to keep floating-point drift out of the stored value;
 * - the card is due `interval` whole days (of 24 hours) after the review.
 *
 * One addition to SM-2: intervals are capped at 100 years (36,500 days), so a due date always stays a valid date.
 */

export const RATINGS = [1, 2, 3, 4, 5] as const;
export type Rating = (typeof RATINGS)[number];

/** The labels the notes use for the ends of the scale, with words for the steps in between. */
export const RATING_LABELS: Readonly<Record<Rating, string>> = {
  1: 'Not at all',
  2: 'Barely',
  3: 'With effort',
  4: 'Well',
  5: 'Perfectly',
};

export const INITIAL_EASE = 2.5;
export const MIN_EASE = 1.3;
export const MAX_INTERVAL_DAYS = 36_500;
export const DAY_MS = 24 * 60 * 60 * 1000;

/** What the schedule remembers about one card after it has been rated at least once. */
export interface CardState {
  /** Successful reviews in a row (n); 0 after a failure. */
  readonly repetitions: number;
  /** Days from the last review to the next (I). */
  readonly interval: number;
  /** The ease factor (EF), at least 1.3. */
  readonly ease: number;
  /** When the card is due again, in milliseconds since the epoch. */
  readonly due: number;
  /** When the card was last rated, in milliseconds since the epoch. */
  readonly reviewed: number;
  /** The last rating given. */
  readonly rating: Rating;
}

export function isRating(value: unknown): value is Rating {
  return typeof value === 'number' && (RATINGS as readonly number[]).includes(value);
}

/** EF' for a rating, at least 1.3, rounded to 2 decimals. */
export function nextEase(ease: number, rating: Rating): number {
  const miss = 5 - rating;
  const updated = ease + (0.1 - miss * (0.08 + miss * 0.02));
  return Math.max(MIN_EASE, Math.round(updated * 100) / 100);
}

/**
 * The card's state after a rating at `now`. `previous` is undefined for a card never rated before.
 * Throws a RangeError for a rating outside 1-5 or a `now` that is not a finite time (programming errors: the
 * island only offers the five ratings).
 */
export function review(previous: CardState | undefined, rating: Rating, now: number): CardState {
  if (!isRating(rating)) throw new RangeError(`rating must be a whole number from 1 to 5, got ${String(rating)}`);
  if (!Number.isFinite(now)) throw new RangeError('now must be a finite time in milliseconds');
  const repetitions = previous?.repetitions ?? 0;
  const ease = previous?.ease ?? INITIAL_EASE;
  let interval: number;
  let nextRepetitions: number;
  if (rating < 3) {
    nextRepetitions = 0;
    interval = 1;
  } else {
    if (repetitions === 0) interval = 1;
    else if (repetitions === 1) interval = 6;
    else interval = Math.round((previous?.interval ?? 1) * ease);
    nextRepetitions = repetitions + 1;
  }
  interval = Math.min(MAX_INTERVAL_DAYS, Math.max(1, interval));
  return {
    repetitions: nextRepetitions,
    interval,
    ease: nextEase(ease, rating),
    due: now + interval * DAY_MS,
    reviewed: now,
    rating,
  };
}
