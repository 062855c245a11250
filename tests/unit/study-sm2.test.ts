import { describe, expect, it } from 'vitest';

import { DAY_MS, MAX_INTERVAL_DAYS, nextEase, RATINGS, review, type CardState, type Rating } from '~/libs/study/sm2';

/** 1 January 2025, 09:00 UTC: the first review of every sequence. */
const T0 = Date.UTC(2025, 0, 1, 9);
const at = (iso: string) => Date.parse(`${iso}T09:00:00.000Z`);
const day = (time: number) => new Date(time).toISOString().slice(0, 10);

describe('SM-2 ease factor: EF + (0.1 - (5-q)(0.08 + (5-q)0.02)), at least 1.3', () => {
  it.each<{ rating: Rating; ease: number; expected: number }>([
    // q, EF, EF'  — the change for q = 5, 4, 3, 2, 1: +0.1, 0, -0.14, -0.32, -0.54
    { rating: 5, ease: 2.5, expected: 2.6 }, // 0.1 - 0 = +0.1
    { rating: 4, ease: 2.5, expected: 2.5 }, // 0.1 - 1 x (0.08 + 0.02) = 0
    { rating: 3, ease: 2.5, expected: 2.36 }, // 0.1 - 2 x (0.08 + 0.04) = -0.14
    { rating: 2, ease: 2.5, expected: 2.18 }, // 0.1 - 3 x (0.08 + 0.06) = -0.32
    { rating: 1, ease: 2.5, expected: 1.96 }, // 0.1 - 4 x (0.08 + 0.08) = -0.54
    { rating: 1, ease: 1.42, expected: 1.3 }, // 1.42 - 0.54 = 0.88 -> the 1.3 floor
    { rating: 3, ease: 1.4, expected: 1.3 }, // 1.4 - 0.14 = 1.26 -> 1.3
    { rating: 5, ease: 1.3, expected: 1.4 },
  ])('q=$rating from EF $ease gives $expected', ({ rating, ease, expected }) => {
    expect(nextEase(ease, rating)).toBe(expected);
  });
});

/**
 * Each sequence starts with a new card reviewed at T0; each later review happens when the card is due (the
 * previous step's due date). Per step: the rating, then the expected repetitions n, interval I (days), EF and due
 * date (09:00 UTC that day). Worked by hand from the rules in `src/libs/study/sm2.ts`.
 */
const sequences: ReadonlyArray<[string, ReadonlyArray<readonly [Rating, number, number, number, string]>]> = [
  [
    'always 4: EF stays 2.5',
    [
      [4, 1, 1, 2.5, '2025-01-02'], // first success: 1 day
      [4, 2, 6, 2.5, '2025-01-08'], // second: 6 days
      [4, 3, 15, 2.5, '2025-01-23'], // 6 x 2.5 = 15
      [4, 4, 38, 2.5, '2025-03-02'], // 15 x 2.5 = 37.5 -> 38; 23 Jan + 38 days = 2 Mar
    ],
  ],
  [
    'always 5: EF grows by 0.1, the interval uses EF before the update',
    [
      [5, 1, 1, 2.6, '2025-01-02'],
      [5, 2, 6, 2.7, '2025-01-08'],
      [5, 3, 16, 2.8, '2025-01-24'], // 6 x 2.7 = 16.2 -> 16
      [5, 4, 45, 2.9, '2025-03-10'], // 16 x 2.8 = 44.8 -> 45; 24 Jan + 45 days = 10 Mar
    ],
  ],
  [
    'always 3: a success, but EF falls by 0.14 each time',
    [
      [3, 1, 1, 2.36, '2025-01-02'],
      [3, 2, 6, 2.22, '2025-01-08'],
      [3, 3, 13, 2.08, '2025-01-21'], // 6 x 2.22 = 13.32 -> 13
      [3, 4, 27, 1.94, '2025-02-17'], // 13 x 2.08 = 27.04 -> 27
      [3, 5, 52, 1.8, '2025-04-10'], // 27 x 1.94 = 52.38 -> 52; 17 Feb + 52 days = 10 Apr
    ],
  ],
  [
    'a miss (2) resets the repetitions and the interval, not the lower EF',
    [
      [5, 1, 1, 2.6, '2025-01-02'],
      [5, 2, 6, 2.7, '2025-01-08'],
      [2, 0, 1, 2.38, '2025-01-09'], // 2.7 - 0.32
      [4, 1, 1, 2.38, '2025-01-10'], // starts again: 1 day
      [4, 2, 6, 2.38, '2025-01-16'], // then 6
      [4, 3, 14, 2.38, '2025-01-30'], // 6 x 2.38 = 14.28 -> 14
    ],
  ],
  [
    'always 1: every day, EF down to the 1.3 floor',
    [
      [1, 0, 1, 1.96, '2025-01-02'],
      [1, 0, 1, 1.42, '2025-01-03'],
      [1, 0, 1, 1.3, '2025-01-04'], // 1.42 - 0.54 = 0.88 -> 1.3
      [1, 0, 1, 1.3, '2025-01-05'],
    ],
  ],
  [
    'from the floor back up',
    [
      [1, 0, 1, 1.96, '2025-01-02'],
      [1, 0, 1, 1.42, '2025-01-03'],
      [1, 0, 1, 1.3, '2025-01-04'],
      [5, 1, 1, 1.4, '2025-01-05'],
      [5, 2, 6, 1.5, '2025-01-11'],
      [5, 3, 9, 1.6, '2025-01-20'], // 6 x 1.5 = 9
    ],
  ],
  [
    'mixed 4, 4, 3, 5',
    [
      [4, 1, 1, 2.5, '2025-01-02'],
      [4, 2, 6, 2.5, '2025-01-08'],
      [3, 3, 15, 2.36, '2025-01-23'], // 6 x 2.5 = 15, then EF 2.5 - 0.14
      [5, 4, 35, 2.46, '2025-02-27'], // 15 x 2.36 = 35.4 -> 35; 23 Jan + 35 days = 27 Feb
    ],
  ],
];

describe('SM-2 schedule: rating sequences', () => {
  it.each(sequences)('%s', (_name, steps) => {
    let state: CardState | undefined;
    let now = T0;
    for (const [rating, repetitions, interval, ease, due] of steps) {
      state = review(state, rating, now);
      expect({ repetitions: state.repetitions, interval: state.interval, ease: state.ease, due: day(state.due) }).toEqual({
        repetitions,
        interval,
        ease,
        due,
      });
      expect(state.due).toBe(now + interval * DAY_MS);
      expect(state.reviewed).toBe(now);
      expect(state.rating).toBe(rating);
      now = state.due;
    }
  });
});

describe('SM-2 edge cases', () => {
  it('a late review counts from the day it happens, not from the due date', () => {
    const second = review(review(undefined, 4, at('2025-01-01')), 4, at('2025-01-02')); // due 8 Jan
    const late = review(second, 4, at('2025-01-20')); // 6 x 2.5 = 15 days from 20 Jan
    expect(day(late.due)).toBe('2025-02-04');
  });

  it('an early review is scheduled the same way', () => {
    const first = review(undefined, 5, at('2025-01-01'));
    const early = review(first, 5, at('2025-01-01'));
    expect([early.interval, day(early.due)]).toEqual([6, '2025-01-07']);
  });

  it(`caps the interval at ${MAX_INTERVAL_DAYS} days so the due date stays a date`, () => {
    const old: CardState = { repetitions: 9, interval: 30_000, ease: 2.5, due: T0, reviewed: T0 - 30_000 * DAY_MS, rating: 4 };
    const next = review(old, 4, T0); // 30,000 x 2.5 = 75,000 -> 36,500
    expect(next.interval).toBe(MAX_INTERVAL_DAYS);
    expect(Number.isNaN(new Date(next.due).getTime())).toBe(false);
  });

  it('keeps EF at exactly two decimals over a long run (no floating-point drift)', () => {
    let state: CardState | undefined;
    let now = T0;
    for (let i = 0; i < 200; i += 1) {
      state = review(state, RATINGS[i % 5] ?? 3, now);
      now = state.due;
      expect(Math.round(state.ease * 100) / 100).toBe(state.ease);
      expect(state.ease).toBeGreaterThanOrEqual(1.3);
    }
  });

  it.each([0, 6, 2.5, Number.NaN, -1])('rejects the rating %f', (rating) => {
    expect(() => review(undefined, rating as Rating, T0)).toThrow(RangeError);
  });

  it('rejects a time that is not finite', () => {
    expect(() => review(undefined, 3, Number.NaN)).toThrow(RangeError);
  });
});
