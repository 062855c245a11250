/**
 * Multiple-response questions: the schema's rule on correct options and the "(Select TWO.)" instruction (good and
 * bad questions, with the message each gets), the all-or-nothing scoring, the line that says how far an answer is
 * from being checkable, and the reader of the questions file the island loads.
 */
import { describe, expect, it } from 'vitest';

import { readQuestionsFile } from '~/libs/study/files';
import { isRightSelection, letterList, questionProblems, selectInstruction, selectionStatus } from '~/libs/study/multiple-response';
import { question as questionSchema, questionSet as questionSetSchema } from '~/libs/study/schema';

/** A question with `correct` marking which of its options are right (true) or wrong (false). */
function make(id: string, prompt: string, correct: readonly boolean[]) {
  return {
    id,
    prompt,
    page: 'storage/amazon-s3',
    origin: 'written' as const,
    options: correct.map((right, index) => ({ text: `Option ${index + 1}`, correct: right, why: right ? 'Because.' : 'Not so.' })),
  };
}

const T = true;
const F = false;

describe('the rule on correct options and the prompt', () => {
  it.each<{ name: string; prompt: string; correct: boolean[]; problems: string[] }>([
    // Good questions.
    { name: 'one correct of four, no instruction', prompt: 'Which class fits?', correct: [F, T, F, F], problems: [] },
    {
      name: 'two correct of five, "(Select TWO.)" at the end',
      prompt: 'Which two steps are needed? (Select TWO.)',
      correct: [T, F, T, F, F],
      problems: [],
    },
    { name: 'three correct of six, "(Select THREE.)"', prompt: 'Which meet the need? (Select THREE.)', correct: [T, T, F, T, F, F], problems: [] },
    { name: 'the instruction on its own line', prompt: 'Which steps are needed?\n\n(Select TWO.)', correct: [F, T, T, F, F], problems: [] },
    { name: 'a single answer may use the word "select" otherwise', prompt: 'Which service selects the right shard?', correct: [T, F], problems: [] },
    // Bad questions.
    {
      name: 'no correct option',
      prompt: 'Which?',
      correct: [F, F, F],
      problems: ['options: question q: no option is marked correct (at least one must be)'],
    },
    {
      name: 'every option correct',
      prompt: 'Which? (Select THREE.)',
      correct: [T, T, T],
      problems: ['options: question q: all 3 options are marked correct (at least one must be wrong)'],
    },
    {
      name: 'two correct but no instruction',
      prompt: 'Which steps are needed?',
      correct: [T, T, F, F, F],
      problems: ['prompt: question q: 2 options are correct, so the prompt must end with "(Select TWO.)", as the exams write it (it says no number)'],
    },
    {
      name: 'two correct but "(Select THREE.)"',
      prompt: 'Which steps are needed? (Select THREE.)',
      correct: [T, T, F, F, F],
      problems: [
        'prompt: question q: 2 options are correct, so the prompt must end with "(Select TWO.)", as the exams write it (it says "Select THREE")',
      ],
    },
    {
      name: 'three correct but "(Select TWO.)"',
      prompt: 'Which steps are needed? (Select TWO.)',
      correct: [T, T, T, F, F],
      problems: [
        'prompt: question q: 3 options are correct, so the prompt must end with "(Select THREE.)", as the exams write it (it says "Select TWO")',
      ],
    },
    {
      name: 'the number in another form ("select two" in lower case)',
      prompt: 'Which steps are needed? (select two.)',
      correct: [T, T, F, F, F],
      problems: [
        'prompt: question q: 2 options are correct, so the prompt must end with "(Select TWO.)", as the exams write it (it says "select two")',
      ],
    },
    {
      name: 'the instruction not at the end',
      prompt: '(Select TWO.) Which steps are needed?',
      correct: [T, T, F, F, F],
      problems: [
        'prompt: question q: 2 options are correct, so the prompt must end with "(Select TWO.)", as the exams write it (it says "Select TWO")',
      ],
    },
    {
      name: 'a second count besides the instruction',
      prompt: 'Choose 3 of the steps. (Select TWO.)',
      correct: [T, T, F, F, F],
      problems: [
        'prompt: question q: 2 options are correct, so the prompt must end with "(Select TWO.)", as the exams write it (it says "Choose 3", "Select TWO")',
      ],
    },
    {
      name: 'a single-answer question that says "(Select TWO.)"',
      prompt: 'Which steps are needed? (Select TWO.)',
      correct: [T, F, F, F, F],
      problems: [
        'prompt: question q: the prompt says "Select TWO", but the question has one correct option (say how many to select only when there are several)',
      ],
    },
    {
      name: 'a single-answer question that says "Choose three"',
      prompt: 'Choose three of these. Which is needed?',
      correct: [F, F, T, F],
      problems: [
        'prompt: question q: the prompt says "Choose three", but the question has one correct option (say how many to select only when there are several)',
      ],
    },
  ])('$name', ({ prompt, correct, problems }) => {
    const question = make('q', prompt, correct);
    expect(questionProblems(question).map((p) => `${p.path}: ${p.message}`)).toEqual(problems);
    // The schema gives the same messages at the same fields (the build shows them).
    const result = questionSchema.safeParse(question);
    expect(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual(problems);
  });

  it('a bad question in a set is named by its id, at its place in the file', () => {
    const good = (id: string) => make(id, 'Which?', [T, F]);
    const set = {
      title: 'Storage',
      section: 'storage',
      questions: [good('a'), good('b'), make('s3-two-steps', 'Which two? ', [T, T, F, F, F]), good('c'), good('d')],
    };
    const result = questionSetSchema.safeParse(set);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'questions.2.prompt: question s3-two-steps: 2 options are correct, so the prompt must end with "(Select TWO.)", as the exams write it (it says no number)',
    ]);
  });

  it.each([
    [2, '(Select TWO.)'],
    [3, '(Select THREE.)'],
    [4, '(Select FOUR.)'],
    [5, '(Select FIVE.)'],
  ])('%i correct options: %s', (count, instruction) => {
    expect(selectInstruction(count)).toBe(instruction);
  });
});

describe('scoring: the chosen set must equal the correct set', () => {
  it.each<{ name: string; chosen: number[]; correct: number[]; right: boolean }>([
    { name: 'single answer, right', chosen: [2], correct: [2], right: true },
    { name: 'single answer, wrong', chosen: [1], correct: [2], right: false },
    { name: 'the right set', chosen: [0, 3], correct: [0, 3], right: true },
    { name: 'order is irrelevant', chosen: [3, 0], correct: [0, 3], right: true },
    { name: 'one wrong (no partial credit)', chosen: [0, 2], correct: [0, 3], right: false },
    { name: 'too few', chosen: [0], correct: [0, 3], right: false },
    { name: 'too many (both right ones and one more)', chosen: [0, 3, 4], correct: [0, 3], right: false },
    { name: 'nothing chosen', chosen: [], correct: [0, 3], right: false },
    { name: 'the same option twice is one option', chosen: [0, 0], correct: [0, 3], right: false },
    { name: 'three, in any order', chosen: [4, 1, 2], correct: [1, 2, 4], right: true },
  ])('$name: $chosen vs $correct', ({ chosen, correct, right }) => {
    expect(isRightSelection(chosen, correct)).toBe(right);
  });
});

describe('the line that says how far an answer is from being checkable', () => {
  it.each([
    { chosen: 0, asked: 2, line: 'Choose 2 options to check your answer.' },
    { chosen: 1, asked: 2, line: '1 of 2 chosen: choose 1 more to check your answer.' },
    { chosen: 1, asked: 3, line: '1 of 3 chosen: choose 2 more to check your answer.' },
    { chosen: 2, asked: 2, line: '2 of 2 chosen: you can check your answer.' },
    { chosen: 3, asked: 2, line: '3 chosen, but this question takes 2: clear 1 option to check your answer.' },
    { chosen: 5, asked: 3, line: '5 chosen, but this question takes 3: clear 2 options to check your answer.' },
  ])('$chosen of $asked', ({ chosen, asked, line }) => {
    expect(selectionStatus(chosen, asked)).toBe(line);
  });

  it.each([
    [[], ''],
    [['B'], 'B'],
    [['A', 'C'], 'A and C'],
    [['A', 'C', 'D'], 'A, C and D'],
  ])('letters %j -> "%s"', (letters, text) => {
    expect(letterList(letters)).toBe(text);
  });
});

describe('the questions file the island loads', () => {
  const file = (options: Array<{ correct: boolean }>) => ({
    sets: [
      {
        section: 'storage',
        questions: [
          { id: 'q', prompt: 'Which?', page: 'storage/amazon-s3', pageTitle: 'S3', options: options.map((o) => ({ text: 't', why: 'w', ...o })) },
        ],
      },
    ],
  });

  it.each<{ name: string; correct: boolean[]; expected: number[] | undefined }>([
    { name: 'one correct option', correct: [F, T, F], expected: [1] },
    { name: 'two correct options', correct: [T, F, T, F, F], expected: [0, 2] },
    { name: 'no correct option: refused', correct: [F, F, F], expected: undefined },
    { name: 'all correct: refused', correct: [T, T], expected: undefined },
  ])('$name', ({ correct, expected }) => {
    const sets = readQuestionsFile(file(correct.map((c) => ({ correct: c }))));
    expect(sets?.get('storage')?.[0]?.correct).toEqual(expected);
  });
});
