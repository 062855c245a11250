/**
 * Scoring a mock exam: each question right, wrong or unanswered (multiple response all or nothing, by the chosen set),
 * the tallies per domain and per task and overall (unanswered counted wrong), percentages rounded half up, questions no
 * longer in the bank left out, and the summary an attempt keeps. Expected values worked out by hand.
 */
import { describe, expect, it } from 'vitest';

import { outcomeOf, percent, scoreSet, summarise, type Outcome } from '~/libs/practice/score';
import { asMap, DEA_LIKE, question } from './support/practice-fixtures';

describe('one question', () => {
  it.each<{ name: string; chosen: number[] | undefined; correct: number[]; outcome: Outcome }>([
    { name: 'single answer, the right option', chosen: [2], correct: [2], outcome: 'right' },
    { name: 'single answer, a wrong option', chosen: [1], correct: [2], outcome: 'wrong' },
    { name: 'single answer, nothing chosen', chosen: [], correct: [2], outcome: 'unanswered' },
    { name: 'single answer, never seen', chosen: undefined, correct: [2], outcome: 'unanswered' },
    { name: 'single answer, two chosen (the right one among them)', chosen: [1, 2], correct: [2], outcome: 'wrong' },
    { name: 'Select TWO, both right ones', chosen: [0, 3], correct: [0, 3], outcome: 'right' },
    { name: 'Select TWO, both right ones in another order', chosen: [3, 0], correct: [0, 3], outcome: 'right' },
    { name: 'Select TWO, one right one only (no partial credit)', chosen: [0], correct: [0, 3], outcome: 'wrong' },
    { name: 'Select TWO, the right two and one more', chosen: [0, 1, 3], correct: [0, 3], outcome: 'wrong' },
    { name: 'Select TWO, one right and one wrong', chosen: [0, 1], correct: [0, 3], outcome: 'wrong' },
    { name: 'Select THREE, all three', chosen: [1, 2, 4], correct: [1, 2, 4], outcome: 'right' },
  ])('$name: $outcome', ({ chosen, correct, outcome }) => {
    expect(outcomeOf(chosen, correct)).toBe(outcome);
  });
});

describe('percent', () => {
  it.each<{ right: number; total: number; percent: number | undefined }>([
    { right: 7, total: 10, percent: 70 },
    { right: 2, total: 3, percent: 67 },
    { right: 1, total: 3, percent: 33 },
    { right: 1, total: 8, percent: 13 },
    { right: 0, total: 5, percent: 0 },
    { right: 65, total: 65, percent: 100 },
    { right: 0, total: 0, percent: undefined },
  ])('$right of $total: $percent', ({ right, total, percent: expected }) => {
    expect(percent(right, total)).toBe(expected);
  });
});

describe('a whole set', () => {
  // Six questions: two in task 1.1, one in 1.2 (domain 1), one in 2.1 whose second skill is in domain 1 (it counts in
  // domain 2), one Select TWO in 3.1, one in 4.1.
  const bank = asMap([
    question('s/q1', ['1.1.1']),
    question('s/q2', ['1.1.4']),
    question('s/q3', ['1.2.2'], [1]),
    question('s/q4', ['2.1.1', '1.1.1'], [3]),
    question('s/q5', ['3.1.2'], [0, 2], 5),
    question('s/q6', ['4.1.1'], [1]),
  ]);
  const keys = ['s/q3', 's/q1', 's/q5', 's/q2', 's/q6', 's/q4'];
  // q1 right, q2 wrong, q3 right, q4 unanswered, q5 only one of its two (wrong), q6 right.
  const answers = { 's/q1': [0], 's/q2': [2], 's/q3': [1], 's/q5': [0], 's/q6': [1] };

  it('per question, in the order asked', () => {
    const result = scoreSet(DEA_LIKE, bank, keys, answers);
    expect(result.questions.map((q) => [q.key, q.outcome])).toEqual([
      ['s/q3', 'right'],
      ['s/q1', 'right'],
      ['s/q5', 'wrong'],
      ['s/q2', 'wrong'],
      ['s/q6', 'right'],
      ['s/q4', 'unanswered'],
    ]);
  });

  it('per domain, per task and overall: unanswered counts as wrong', () => {
    const result = scoreSet(DEA_LIKE, bank, keys, answers);
    // Overall 3 of 6 = 50%. Domain 1: q1 q2 q3, 2 right (67%); domain 2: q4, 0 of 1; domain 3: q5, 0 of 1; domain 4: q6, 1 of 1.
    expect(result.overall).toEqual({ right: 3, total: 6, percent: 50 });
    expect(result.domains).toEqual([
      { number: 1, title: 'Ingestion', right: 2, total: 3, percent: 67 },
      { number: 2, title: 'Stores', right: 0, total: 1, percent: 0 },
      { number: 3, title: 'Operations', right: 0, total: 1, percent: 0 },
      { number: 4, title: 'Security', right: 1, total: 1, percent: 100 },
    ]);
    // Task 1.1: q1 right, q2 wrong (1 of 2, 50%); 1.2: q3 right; 2.1: q4; 3.1: q5; 4.1: q6.
    expect(result.tasks).toEqual([
      { number: '1.1', title: 'Ingest', domain: 1, right: 1, total: 2, percent: 50 },
      { number: '1.2', title: 'Transform', domain: 1, right: 1, total: 1, percent: 100 },
      { number: '2.1', title: 'Choose a store', domain: 2, right: 0, total: 1, percent: 0 },
      { number: '3.1', title: 'Automate', domain: 3, right: 0, total: 1, percent: 0 },
      { number: '4.1', title: 'Authenticate', domain: 4, right: 1, total: 1, percent: 100 },
    ]);
    expect(result.missing).toBe(0);
    expect(summarise(result)).toEqual({
      right: 3,
      total: 6,
      domains: { '1': [2, 3], '2': [0, 1], '3': [0, 1], '4': [1, 1] },
      tasks: { '1.1': [1, 2], '1.2': [1, 1], '2.1': [0, 1], '3.1': [0, 1], '4.1': [1, 1] },
    });
  });

  it('nothing answered: 0 of 6, every domain 0%', () => {
    const result = scoreSet(DEA_LIKE, bank, keys, {});
    expect(result.overall).toEqual({ right: 0, total: 6, percent: 0 });
    expect(result.domains.map((d) => [d.number, d.right, d.total])).toEqual([
      [1, 0, 3],
      [2, 0, 1],
      [3, 0, 1],
      [4, 0, 1],
    ]);
  });

  it('a domain the set has no question in is not listed (a set by domain lists only its own)', () => {
    const result = scoreSet(DEA_LIKE, bank, ['s/q6'], { 's/q6': [1] });
    expect(result.domains).toEqual([{ number: 4, title: 'Security', right: 1, total: 1, percent: 100 }]);
    expect(result.tasks.map((t) => t.number)).toEqual(['4.1']);
  });

  it('a question no longer in the bank is left out of every total, and said', () => {
    const result = scoreSet(DEA_LIKE, bank, ['s/q1', 's/gone'], { 's/q1': [0], 's/gone': [1] });
    expect(result.overall).toEqual({ right: 1, total: 1, percent: 100 });
    expect(result.missing).toBe(1);
    expect(result.questions[1]).toEqual({ key: 's/gone', question: undefined, chosen: [1], outcome: 'wrong' });
  });

  it('an empty set: no percent, not NaN', () => {
    expect(scoreSet(DEA_LIKE, bank, [], {}).overall).toEqual({ right: 0, total: 0, percent: undefined });
  });
});
