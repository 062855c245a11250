import { describe, expect, it } from 'vitest';

import {
  answer,
  check,
  EMPTY_QUIZ,
  outcome,
  pick,
  picked,
  questionKey,
  resetQuiz,
  resetSection,
  score,
  type QuizQuestion,
  type QuizSection,
  type QuizState,
} from '~/libs/study/quiz-state';

const storage: QuizSection = {
  section: 'storage',
  questions: [
    { id: 's1', correct: [1], optionCount: 4 },
    { id: 's2', correct: [0], optionCount: 3 },
    { id: 's3', correct: [3], optionCount: 4 },
  ],
};
const streaming: QuizSection = { section: 'streaming', questions: [{ id: 'k1', correct: [2], optionCount: 4 }] };
// A section whose name starts like another's: resetting one must not touch the other.
const storageExtra: QuizSection = { section: 'storage-extra', questions: [{ id: 'x1', correct: [0], optionCount: 2 }] };

const q = (set: QuizSection, index: number): [string, QuizQuestion] => {
  const question = set.questions[index];
  if (!question) throw new Error('no such question');
  return [questionKey(set.section, question.id), question];
};

type Action = ['pick' | 'answer', QuizSection, number, number] | ['check', QuizSection, number];

function run(actions: readonly Action[], state: QuizState = EMPTY_QUIZ): QuizState {
  return actions.reduce((s, action) => {
    const [key, question] = q(action[1], action[2]);
    if (action[0] === 'check') return check(s, key, question);
    return action[0] === 'pick' ? pick(s, key, question, action[3]) : answer(s, key, question, action[3]);
  }, state);
}

describe('answering a question', () => {
  it.each<{ name: string; actions: readonly Action[]; expected: string }>([
    { name: 'nothing done', actions: [], expected: 'unanswered' },
    { name: 'picked, not checked', actions: [['pick', storage, 0, 1]], expected: 'picked' },
    {
      name: 'the right option, checked',
      actions: [
        ['pick', storage, 0, 1],
        ['check', storage, 0],
      ],
      expected: 'right',
    },
    {
      name: 'a wrong option, checked',
      actions: [
        ['pick', storage, 0, 2],
        ['check', storage, 0],
      ],
      expected: 'wrong',
    },
    {
      name: 'changing the pick before checking',
      actions: [
        ['pick', storage, 0, 2],
        ['pick', storage, 0, 1],
        ['check', storage, 0],
      ],
      expected: 'right',
    },
    {
      name: 'a checked answer is locked',
      actions: [
        ['answer', storage, 0, 2],
        ['pick', storage, 0, 1],
        ['check', storage, 0],
      ],
      expected: 'wrong',
    },
    { name: 'checking with nothing picked does nothing', actions: [['check', storage, 0]], expected: 'unanswered' },
    {
      name: 'an option that does not exist is ignored',
      actions: [
        ['pick', storage, 0, 4],
        ['check', storage, 0],
      ],
      expected: 'unanswered',
    },
    { name: 'a negative option is ignored', actions: [['pick', storage, 0, -1]], expected: 'unanswered' },
    { name: 'a fractional option is ignored', actions: [['pick', storage, 0, 0.5]], expected: 'unanswered' },
  ])('$name -> $actions', ({ actions, expected }) => {
    const [key, question] = q(storage, 0);
    expect(outcome(run(actions), key, question)).toBe(expected);
  });
});

describe('score per section', () => {
  const state = run([
    ['answer', storage, 0, 1], // right
    ['answer', storage, 1, 2], // wrong
    ['pick', storage, 2, 3], // right option, but not checked: does not count
    ['answer', streaming, 0, 2], // right
    ['answer', storageExtra, 0, 1], // wrong
  ]);

  it.each<{ name: string; set: QuizSection; expected: { total: number; answered: number; right: number } }>([
    { name: 'storage', set: storage, expected: { total: 3, answered: 2, right: 1 } },
    { name: 'streaming', set: streaming, expected: { total: 1, answered: 1, right: 1 } },
    { name: 'storage-extra', set: storageExtra, expected: { total: 1, answered: 1, right: 0 } },
  ])('$name', ({ set, expected }) => {
    expect(score(state, set)).toEqual(expected);
  });

  it('resetting a section clears only that section', () => {
    const reset = resetSection(state, 'storage');
    expect(score(reset, storage)).toEqual({ total: 3, answered: 0, right: 0 });
    expect(score(reset, streaming)).toEqual({ total: 1, answered: 1, right: 1 });
    expect(score(reset, storageExtra)).toEqual({ total: 1, answered: 1, right: 0 });
    const [key, question] = q(storage, 2);
    expect(outcome(reset, key, question)).toBe('unanswered');
  });

  it('resetting all clears everything', () => {
    expect(score(resetQuiz(), storage)).toEqual({ total: 3, answered: 0, right: 0 });
    expect(resetQuiz()).toEqual({ answers: {} });
  });

  it('transitions never change the state they are given', () => {
    const before = JSON.stringify(state);
    const [key, question] = q(storage, 2);
    check(state, key, question);
    pick(state, key, question, 0);
    resetSection(state, 'storage');
    expect(JSON.stringify(state)).toBe(before);
  });
});

describe('multiple-response questions: exactly as many options as asked, right only as a whole', () => {
  // "(Select TWO.)": options B and D (1 and 3) of five are right. "(Select THREE.)": A, C and E (0, 2, 4) of six.
  const two: QuizQuestion = { id: 'm2', correct: [1, 3], optionCount: 5 };
  const three: QuizQuestion = { id: 'm3', correct: [0, 2, 4], optionCount: 6 };
  const set: QuizSection = { section: 'multi', questions: [two, three] };

  /** Picks the options in turn (a second pick of one clears it), then presses Check when `check` is true. */
  function play(question: QuizQuestion, picks: readonly number[], check_ = true): QuizState {
    const key = questionKey(set.section, question.id);
    const afterPicks = picks.reduce((s, option) => pick(s, key, question, option), EMPTY_QUIZ);
    return check_ ? check(afterPicks, key, question) : afterPicks;
  }

  it.each<{ name: string; question: QuizQuestion; picks: number[]; expected: string; chosen: number[] }>([
    { name: 'the right set', question: two, picks: [1, 3], expected: 'right', chosen: [1, 3] },
    { name: 'the right set in another order', question: two, picks: [3, 1], expected: 'right', chosen: [1, 3] },
    { name: 'one right and one wrong: no partial credit', question: two, picks: [1, 2], expected: 'wrong', chosen: [1, 2] },
    { name: 'both wrong', question: two, picks: [0, 4], expected: 'wrong', chosen: [0, 4] },
    { name: 'too few: cannot be checked', question: two, picks: [1], expected: 'picked', chosen: [1] },
    { name: 'too many (both right ones and a wrong one): cannot be checked', question: two, picks: [1, 3, 4], expected: 'picked', chosen: [1, 3, 4] },
    { name: 'a third pick cleared again, then checked', question: two, picks: [1, 4, 3, 4], expected: 'right', chosen: [1, 3] },
    { name: 'one option picked twice is cleared', question: two, picks: [2, 2], expected: 'unanswered', chosen: [] },
    { name: 'an option that does not exist is ignored', question: two, picks: [1, 5], expected: 'picked', chosen: [1] },
    { name: 'Select THREE: the right set in any order', question: three, picks: [4, 0, 2], expected: 'right', chosen: [0, 2, 4] },
    { name: 'Select THREE: two right, one wrong', question: three, picks: [0, 2, 3], expected: 'wrong', chosen: [0, 2, 3] },
    { name: 'Select THREE: only two chosen', question: three, picks: [0, 2], expected: 'picked', chosen: [0, 2] },
  ])('$name: $picks -> $expected', ({ question, picks, expected, chosen }) => {
    const state = play(question, picks);
    const key = questionKey(set.section, question.id);
    expect(outcome(state, key, question)).toBe(expected);
    expect(picked(state, key)).toEqual(chosen);
  });

  it('a checked answer is locked: later picks and checks change nothing', () => {
    const key = questionKey(set.section, two.id);
    const wrong = play(two, [1, 2]);
    const after = check(pick(pick(wrong, key, two, 2), key, two, 3), key, two);
    expect(after).toBe(wrong);
    expect(outcome(after, key, two)).toBe('wrong');
  });

  it('answer() picks each option and checks', () => {
    const key = questionKey(set.section, three.id);
    expect(outcome(answer(EMPTY_QUIZ, key, three, 2, 4, 0), key, three)).toBe('right');
    expect(outcome(answer(EMPTY_QUIZ, key, three, 2, 4), key, three)).toBe('picked');
  });

  it('a single-answer pick replaces the one before (radio buttons), it does not add to it', () => {
    const [key, question] = q(storage, 0);
    const state = pick(pick(EMPTY_QUIZ, key, question, 2), key, question, 1);
    expect(picked(state, key)).toEqual([1]);
    expect(outcome(check(state, key, question), key, question)).toBe('right');
  });

  it('the score counts a multiple-response question once, right only as a whole', () => {
    // Select TWO answered with one right and one wrong option (wrong); Select THREE answered right.
    const state = answer(answer(EMPTY_QUIZ, questionKey('multi', 'm2'), two, 1, 2), questionKey('multi', 'm3'), three, 0, 2, 4);
    expect(score(state, set)).toEqual({ total: 2, answered: 2, right: 1 });
    // Too few picked: not checked, so not counted.
    expect(score(play(two, [3]), set)).toEqual({ total: 2, answered: 0, right: 0 });
  });
});
