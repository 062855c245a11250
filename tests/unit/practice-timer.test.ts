/**
 * The mock exam's clock: the time left from the start and "now", its face, and what a screen reader hears (each
 * multiple of 10 minutes, 5 and 1 minute, time up; only the last mark when several pass at once). Worked by hand.
 */
import { describe, expect, it } from 'vitest';

import { announcement, clockFace, deadline, isTimeUp, marks, MINUTE, minutesInWords, remainingMs } from '~/libs/practice/timer';

const START = Date.UTC(2025, 2, 10, 9);

describe('time left', () => {
  it.each<{ name: string; minutes: number; now: number; left: number }>([
    { name: 'at the start', minutes: 130, now: START, left: 130 * MINUTE },
    { name: '10 minutes in', minutes: 130, now: START + 10 * MINUTE, left: 120 * MINUTE },
    { name: '1.5 seconds before the end', minutes: 20, now: START + 20 * MINUTE - 1500, left: 1500 },
    { name: 'at the end', minutes: 20, now: START + 20 * MINUTE, left: 0 },
    { name: 'long after the end (never below 0)', minutes: 20, now: START + 3 * 24 * 60 * MINUTE, left: 0 },
    { name: 'a clock set back before the start (the whole time)', minutes: 20, now: START - 5 * MINUTE, left: 20 * MINUTE },
    { name: 'a "now" that is not a number (the whole time)', minutes: 20, now: Number.NaN, left: 20 * MINUTE },
  ])('$name', ({ minutes, now, left }) => {
    expect(remainingMs(START, minutes, now)).toBe(left);
    expect(isTimeUp(START, minutes, now)).toBe(left === 0);
  });

  it('the deadline is the start plus the minutes', () => {
    expect(deadline(START, 130)).toBe(START + 7_800_000);
  });
});

describe('the clock face', () => {
  it.each<{ ms: number; face: string }>([
    { ms: 130 * MINUTE, face: '2:10:00' },
    { ms: 130 * MINUTE - 2000, face: '2:09:58' },
    { ms: 60 * MINUTE, face: '1:00:00' },
    { ms: 59 * MINUTE + 59_000, face: '59:59' },
    { ms: 9 * MINUTE + 5000, face: '9:05' },
    // Rounded up to the second: 0.4 s left still shows a second.
    { ms: 400, face: '0:01' },
    { ms: 0, face: '0:00' },
    { ms: -5000, face: '0:00' },
  ])('$ms ms: $face', ({ ms, face }) => {
    expect(clockFace(ms)).toBe(face);
  });

  it.each<{ minutes: number; words: string }>([
    { minutes: 1, words: '1 minute' },
    { minutes: 5, words: '5 minutes' },
    { minutes: 60, words: '1 hour' },
    { minutes: 120, words: '2 hours' },
    { minutes: 80, words: '1 hour 20 minutes' },
    { minutes: 61, words: '1 hour 1 minute' },
    { minutes: 130, words: '2 hours 10 minutes' },
  ])('$minutes minutes in words: $words', ({ minutes, words }) => {
    expect(minutesInWords(minutes)).toBe(words);
  });
});

describe('what is read out', () => {
  it.each<{ minutes: number; marks: number[] }>([
    { minutes: 130, marks: [120, 110, 100, 90, 80, 70, 60, 50, 40, 30, 20, 10, 5, 1] },
    { minutes: 20, marks: [10, 5, 1] },
    { minutes: 25, marks: [20, 10, 5, 1] },
    { minutes: 10, marks: [5, 1] },
    { minutes: 4, marks: [1] },
    { minutes: 1, marks: [] },
  ])('a set of $minutes minutes: at $marks minutes left', ({ minutes, marks: expected }) => {
    expect(marks(minutes)).toEqual(expected);
  });

  const at = (minutes: number, seconds = 0) => minutes * MINUTE + seconds * 1000;
  it.each<{ name: string; minutes: number; before: number; after: number; says: string | undefined }>([
    { name: 'a second passes mid-way', minutes: 20, before: at(15, 1), after: at(15), says: undefined },
    { name: 'reaching 10 minutes left', minutes: 20, before: at(10, 1), after: at(10), says: '10 minutes left.' },
    { name: 'just past 10 minutes (a late tick)', minutes: 20, before: at(10, 1), after: at(9, 58), says: '10 minutes left.' },
    { name: 'the second after it: nothing again', minutes: 20, before: at(10), after: at(9, 59), says: undefined },
    { name: '5 minutes', minutes: 20, before: at(5, 1), after: at(5), says: '5 minutes left.' },
    { name: '1 minute', minutes: 20, before: at(1, 1), after: at(1), says: '1 minute left.' },
    { name: 'time up', minutes: 20, before: 500, after: 0, says: 'Time is up.' },
    { name: '2 hours left of 130 minutes', minutes: 130, before: at(120, 1), after: at(120), says: '2 hours left.' },
    { name: 'several marks at once (a sleeping tab): only the last', minutes: 20, before: at(12), after: at(3), says: '5 minutes left.' },
    { name: 'from the start to 0 at once: time up', minutes: 20, before: at(20), after: 0, says: 'Time is up.' },
    { name: 'the start itself is not read (not below the time allowed)', minutes: 20, before: at(20, 1), after: at(20), says: undefined },
    { name: 'the clock going back says nothing', minutes: 20, before: at(4), after: at(6), says: undefined },
  ])('$name', ({ minutes, before, after, says }) => {
    expect(announcement(minutes, before, after)).toBe(says);
  });
});
