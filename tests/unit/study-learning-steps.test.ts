import { describe, expect, it } from 'vitest';

import { DAY_MS, knownRatings, LEARNING_STEPS_MINUTES, MINUTE_MS, review, schedule, type CardState, type Rating } from '~/libs/study/sm2';

/** 1 January 2025, 09:00 UTC: the first rating of every sequence. */
const T0 = Date.UTC(2025, 0, 1, 9);
const MIN = MINUTE_MS;
const DAY = DAY_MS;

/**
 * One rating: when it is given (ms after T0), the rating, and what the card's state must be after it. Worked by hand
 * from the rule in `schedule` (src/libs/study/sm2.ts): steps of 1 and 10 minutes; in learning 1-2 restart the steps,
 * 3 repeats the step, 4 moves on (graduating after the last), 5 graduates; graduating gives n = 1, I = 1 day, EF
 * unchanged; a graduated card follows SM-2, and a lapse (1-2) puts it back on the first step.
 */
interface Row {
  readonly at: number;
  readonly rating: Rating;
  readonly expected: Omit<Partial<CardState>, 'step'> & { readonly step: number | undefined; readonly due: number };
}

const sequences: ReadonlyArray<{ name: string; start: CardState | undefined; rows: readonly Row[] }> = [
  {
    name: 'a new card: 4 then 4 graduates it, then SM-2 takes over',
    start: undefined,
    rows: [
      // first step done: the second step is 10 minutes
      { at: 0, rating: 4, expected: { step: 1, due: T0 + 10 * MIN, repetitions: 0, interval: 1, ease: 2.5, reviews: 1, again: 0, introduced: T0 } },
      // after the last step: graduates, n 1, I 1 day, EF unchanged
      { at: 10 * MIN, rating: 4, expected: { step: undefined, due: T0 + 10 * MIN + DAY, repetitions: 1, interval: 1, ease: 2.5, reviews: 2 } },
      // SM-2: the second success is 6 days; EF + 0 for a 4
      {
        at: 10 * MIN + DAY,
        rating: 4,
        expected: { step: undefined, due: T0 + 10 * MIN + 7 * DAY, repetitions: 2, interval: 6, ease: 2.5, reviews: 3 },
      },
    ],
  },
  {
    name: 'a new card failed twice comes back after a minute each time; 3 repeats the step; 4, then 5',
    start: undefined,
    rows: [
      { at: 0, rating: 1, expected: { step: 0, due: T0 + MIN, repetitions: 0, ease: 2.5, reviews: 1, again: 1, introduced: T0 } },
      { at: MIN, rating: 2, expected: { step: 0, due: T0 + 2 * MIN, reviews: 2, again: 2, introduced: T0 } },
      { at: 2 * MIN, rating: 3, expected: { step: 0, due: T0 + 3 * MIN, reviews: 3, again: 2 } }, // the same step again
      { at: 3 * MIN, rating: 4, expected: { step: 1, due: T0 + 13 * MIN, reviews: 4, again: 2 } },
      {
        at: 13 * MIN,
        rating: 5,
        expected: { step: undefined, due: T0 + 13 * MIN + DAY, repetitions: 1, interval: 1, ease: 2.5, reviews: 5, again: 2 },
      },
    ],
  },
  {
    name: 'a new card rated 5 graduates at once (EF unchanged)',
    start: undefined,
    rows: [
      {
        at: 0,
        rating: 5,
        expected: { step: undefined, due: T0 + DAY, repetitions: 1, interval: 1, ease: 2.5, reviews: 1, again: 0, introduced: T0 },
      },
    ],
  },
  {
    name: 'a lapse: a card stored by format 1 (n 2, I 6, EF 2.6) rated 2 goes back to the first step, then graduates again',
    // the progress-sync fixture `twice`: no counters, so 2 ratings are known (2 successes in a row), none "again"
    start: { repetitions: 2, interval: 6, ease: 2.6, due: T0 + 7 * DAY, reviewed: T0 + DAY, rating: 5 },
    rows: [
      // SM-2's failure: n 0, I 1, EF 2.6 - 0.32 = 2.28; then the first step (1 minute), not tomorrow
      { at: 7 * DAY, rating: 2, expected: { step: 0, due: T0 + 7 * DAY + MIN, repetitions: 0, interval: 1, ease: 2.28, reviews: 3, again: 1 } },
      { at: 7 * DAY + MIN, rating: 4, expected: { step: 1, due: T0 + 7 * DAY + 11 * MIN, repetitions: 0, interval: 1, ease: 2.28, reviews: 4 } },
      { at: 7 * DAY + 11 * MIN, rating: 4, expected: { step: undefined, due: T0 + 8 * DAY + 11 * MIN, repetitions: 1, interval: 1, ease: 2.28 } },
      // SM-2 again: n 1 -> I 6; EF + 0 for a 4
      {
        at: 8 * DAY + 11 * MIN,
        rating: 4,
        expected: { step: undefined, due: T0 + 14 * DAY + 11 * MIN, repetitions: 2, interval: 6, ease: 2.28, reviews: 6 },
      },
    ],
  },
  {
    name: 'a graduated card rated 3 is a success for SM-2: no learning step',
    start: { repetitions: 1, interval: 1, ease: 2.5, due: T0, reviewed: T0 - DAY, rating: 4, reviews: 2, again: 0, introduced: T0 - DAY },
    rows: [
      {
        at: 0,
        rating: 3,
        expected: { step: undefined, due: T0 + 6 * DAY, repetitions: 2, interval: 6, ease: 2.36, reviews: 3, again: 0, introduced: T0 - DAY },
      },
    ],
  },
];

describe('learning steps in front of SM-2', () => {
  it(`the steps are ${LEARNING_STEPS_MINUTES.join(' and ')} minutes`, () => {
    expect(LEARNING_STEPS_MINUTES).toEqual([1, 10]);
  });

  it.each(sequences)('$name', ({ start, rows }) => {
    let state = start;
    for (const { at, rating, expected } of rows) {
      state = schedule(state, rating, T0 + at);
      const { step, ...fields } = expected;
      expect(state.step).toBe(step);
      expect(state).toMatchObject(fields);
      expect(state.reviewed).toBe(T0 + at);
      expect(state.rating).toBe(rating);
    }
  });

  it('a failed card is due within minutes, not tomorrow as it was under SM-2 alone', () => {
    const learned: CardState = { repetitions: 3, interval: 15, ease: 2.5, due: T0, reviewed: T0 - 15 * DAY, rating: 4 };
    expect(review(learned, 1, T0).due).toBe(T0 + DAY);
    expect(schedule(learned, 1, T0).due).toBe(T0 + MIN);
  });

  it('a card stored without `introduced` does not get one from a later rating', () => {
    const old: CardState = { repetitions: 1, interval: 1, ease: 2.5, due: T0, reviewed: T0 - DAY, rating: 4 };
    expect(schedule(old, 4, T0).introduced).toBeUndefined();
  });

  it.each([0, 6, 2.5, Number.NaN])('rejects the rating %f', (rating) => {
    expect(() => schedule(undefined, rating as Rating, T0)).toThrow(RangeError);
  });

  it('rejects a time that is not finite', () => {
    expect(() => schedule(undefined, 4, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('the ratings a stored record shows', () => {
  it.each<{ name: string; state: CardState | undefined; reviews: number; again: number }>([
    { name: 'never rated', state: undefined, reviews: 0, again: 0 },
    {
      name: 'counted',
      state: { repetitions: 0, interval: 1, ease: 2.5, due: T0, reviewed: T0, rating: 1, reviews: 7, again: 3 },
      reviews: 7,
      again: 3,
    },
    // format 1 records: what the fields prove
    {
      name: 'format 1, a 5 after 2 successes in a row',
      state: { repetitions: 2, interval: 6, ease: 2.6, due: T0, reviewed: T0, rating: 5 },
      reviews: 2,
      again: 0,
    },
    { name: 'format 1, a 3 once', state: { repetitions: 1, interval: 1, ease: 2.36, due: T0, reviewed: T0, rating: 3 }, reviews: 1, again: 0 },
    { name: 'format 1, a failure (1)', state: { repetitions: 0, interval: 1, ease: 1.96, due: T0, reviewed: T0, rating: 1 }, reviews: 1, again: 1 },
    { name: 'format 1, a failure (2)', state: { repetitions: 0, interval: 1, ease: 2.18, due: T0, reviewed: T0, rating: 2 }, reviews: 1, again: 1 },
  ])('$name: $reviews ratings, $again again', ({ state, reviews, again }) => {
    expect(knownRatings(state)).toEqual({ reviews, again });
  });
});
