import { describe, expect, it } from 'vitest';

import {
  answer,
  check,
  EMPTY_QUIZ,
  outcome,
  pick,
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
    { id: 's1', correct: 1, optionCount: 4 },
    { id: 's2', correct: 0, optionCount: 3 },
    { id: 's3', correct: 3, optionCount: 4 },
  ],
};
const streaming: QuizSection = { section: 'streaming', questions: [{ id: 'k1', correct: 2, optionCount: 4 }] };
// A section whose name starts like another's: resetting one must not touch the other.
const storageExtra: QuizSection = { section: 'storage-extra', questions: [{ id: 'x1', correct: 0, optionCount: 2 }] };

const q = (set: QuizSection, index: number): [string, QuizQuestion] => {
  const question = set.questions[index];
  if (!question) throw new Error('no such question');
  return [questionKey(set.section, question.id), question];
};

type Action = ['pick' | 'answer', QuizSection, number, number] | ['check', QuizSection, number];

function run(actions: readonly Action[], state: QuizState = EMPTY_QUIZ): QuizState {
  return actions.reduce((s, action) => {
    const [key, question] = q(action[1], action[2]);
    if (action[0] === 'check') return check(s, key);
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
    check(state, key);
    pick(state, key, question, 0);
    resetSection(state, 'storage');
    expect(JSON.stringify(state)).toBe(before);
  });
});
