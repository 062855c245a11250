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
 *
 * `review` is SM-2 alone. The island schedules with `schedule`, which adds learning steps in front of it (as Anki
 * does; see `schedule` for the rule), so a failed card comes back in the same session, not tomorrow.
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
  /**
   * Set while the card is in its learning steps (new, or failed in review): the index of the step it is on in
   * `LEARNING_STEPS_MINUTES`. Absent once it has graduated to the SM-2 schedule (and on every card stored by
   * format 1 of the store, which had no learning steps).
   */
  readonly step?: number;
  /** Ratings given to the card in all (absent on cards stored by format 1: see `knownRatings`). */
  readonly reviews?: number;
  /** How many of those ratings were "again" (1 or 2). */
  readonly again?: number;
  /** When the card was first rated (it then stopped being new); absent when not known (format 1). */
  readonly introduced?: number;
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

/**
 * The learning steps, in minutes: a new card, and a card failed in review, is shown again after these delays
 * before it (re)joins the SM-2 schedule.
 */
export const LEARNING_STEPS_MINUTES: readonly number[] = [1, 10];
export const MINUTE_MS = 60 * 1000;

/** The four answers of Anki's buttons, as this site's five ratings fall into them. */
export type RatingGroup = 'again' | 'hard' | 'good' | 'easy';
export const RATING_GROUPS: readonly RatingGroup[] = ['again', 'hard', 'good', 'easy'];
export const RATING_GROUP: Readonly<Record<Rating, RatingGroup>> = { 1: 'again', 2: 'again', 3: 'hard', 4: 'good', 5: 'easy' };

/** Whether a rating is a failure ("again": 1 or 2, SM-2's q < 3). */
export const isAgain = (rating: Rating): boolean => rating < 3;

/** Whether the card is in its learning steps (new cards, never rated, are not: they have no state yet). */
export const inLearning = (state: CardState | undefined): boolean => state?.step !== undefined;

/**
 * The ratings the stored record shows, and how many were "again". A record written since the learning steps counts
 * them; one stored by format 1 does not, so only what its fields prove is counted: its last rating, and for a
 * success the `repetitions` successes in a row it ends (1 to 2 for a failure: 1 rating, 1 again; 4 after 3
 * successes in a row: 3 ratings, none again).
 */
export function knownRatings(state: CardState | undefined): { readonly reviews: number; readonly again: number } {
  if (state === undefined) return { reviews: 0, again: 0 };
  if (state.reviews !== undefined) return { reviews: state.reviews, again: state.again ?? 0 };
  return isAgain(state.rating) ? { reviews: 1, again: 1 } : { reviews: Math.max(1, state.repetitions), again: 0 };
}

/**
 * The card's state after a rating at `now`, with learning steps in front of SM-2 (`previous` is undefined for a
 * new card). The rule:
 *
 * - Learning (a new card, or a card with `step` set): the ratings move the card through the steps and leave n, I and
 *   EF alone. 1 or 2 (again): back to the first step. 3 (with effort): the same step again; this is SM-2's own
 *   advice to repeat, on the same day, every item rated below 4 until it scores at least 4. 4: the next step; after
 *   the last step the card graduates. 5: it graduates at once. A new card starts on the first step, so "4" shows it
 *   again after 10 minutes and a second "4" graduates it. The card is due `LEARNING_STEPS_MINUTES[step]` minutes
 *   after the rating.
 * - Graduating counts as SM-2's first successful repetition: n = 1, I = 1 day, EF unchanged, due a day later.
 * - Review (a graduated card): SM-2 (`review`) for 3 to 5. For 1 or 2 (a lapse), SM-2's failure (n = 0, I = 1 day,
 *   EF lowered), and the card goes back to the first learning step instead of waiting a day.
 *
 * Every rating adds to `reviews` (and "again" to `again`); `introduced` is the time of the card's first rating.
 * Throws a RangeError for a rating outside 1-5 or a `now` that is not a finite time, as `review` does.
 */
export function schedule(previous: CardState | undefined, rating: Rating, now: number): CardState {
  if (!isRating(rating)) throw new RangeError(`rating must be a whole number from 1 to 5, got ${String(rating)}`);
  if (!Number.isFinite(now)) throw new RangeError('now must be a finite time in milliseconds');
  const counted = knownRatings(previous);
  const counts = {
    reviews: counted.reviews + 1,
    again: counted.again + (isAgain(rating) ? 1 : 0),
    ...(previous === undefined ? { introduced: now } : previous.introduced !== undefined ? { introduced: previous.introduced } : {}),
  };
  if (previous === undefined || previous.step !== undefined) {
    const current = previous?.step ?? 0;
    const step = isAgain(rating) ? 0 : rating === 3 ? current : rating === 4 ? current + 1 : LEARNING_STEPS_MINUTES.length;
    const ease = previous?.ease ?? INITIAL_EASE;
    if (step >= LEARNING_STEPS_MINUTES.length) {
      return { repetitions: 1, interval: 1, ease, due: now + DAY_MS, reviewed: now, rating, ...counts };
    }
    return { repetitions: 0, interval: 1, ease, due: now + stepDelay(step), reviewed: now, rating, step, ...counts };
  }
  const reviewed = review(previous, rating, now);
  if (!isAgain(rating)) return { ...reviewed, ...counts };
  return { ...reviewed, due: now + stepDelay(0), step: 0, ...counts };
}

function stepDelay(step: number): number {
  return (LEARNING_STEPS_MINUTES[step] ?? 1) * MINUTE_MS;
}
