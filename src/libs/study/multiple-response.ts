/**
 * Multiple-response questions (pure, no DOM). A question may have several correct options; then its prompt says how
 * many to select, as the AWS exams write it ("(Select TWO.)"), and the learner answers by choosing exactly that many.
 * The answer is right only when the chosen options are the correct ones, all of them and no other: there is no
 * partial credit. The schema (`schema.ts`) uses the rules on the prompt, the quiz state (`quiz-state.ts`) the scoring.
 */

/** The number words the exams use in "(Select TWO.)", by count. A question has at most 6 options, so 5 correct. */
const NUMBER_WORDS: Readonly<Record<number, string>> = { 2: 'TWO', 3: 'THREE', 4: 'FOUR', 5: 'FIVE' };

/** How many options a question with `correct` correct options asks for in words ("TWO"), or undefined for 1 or 6+. */
export function numberWord(correct: number): string | undefined {
  return Object.hasOwn(NUMBER_WORDS, correct) ? NUMBER_WORDS[correct] : undefined;
}

/** The instruction a prompt ends with when `correct` options are correct: "(Select TWO.)". */
export function selectInstruction(correct: number): string {
  return `(Select ${numberWord(correct) ?? String(correct)}.)`;
}

/** Any wording that tells how many to select or choose ("select two", "Choose 3"), in any case. */
const ANY_COUNT_WORDING = /\b(?:select|choose)\s+(?:one|two|three|four|five|six|[1-9])\b/gi;

export interface QuestionShape {
  readonly id: string;
  readonly prompt: string;
  readonly options: ReadonlyArray<{ readonly correct: boolean }>;
}

export interface Problem {
  /** The field the problem is in (`prompt` or `options`). */
  readonly path: 'prompt' | 'options';
  readonly message: string;
}

/**
 * What is wrong with a question's correct options and its prompt's instruction (empty when all is well), each message
 * naming the question: at least one option is correct and at least one is not; a question with several correct
 * options ends its prompt with "(Select TWO.)" (the word matching the count); a single-answer question says no
 * "Select TWO".
 */
export function questionProblems(question: QuestionShape): Problem[] {
  const correct = question.options.filter((option) => option.correct).length;
  const total = question.options.length;
  const name = `question ${question.id}`;
  if (correct === 0) return [{ path: 'options', message: `${name}: no option is marked correct (at least one must be)` }];
  if (correct === total) {
    return [{ path: 'options', message: `${name}: all ${total} options are marked correct (at least one must be wrong)` }];
  }
  const prompt = question.prompt.trim();
  const wordings = [...prompt.matchAll(ANY_COUNT_WORDING)].map((match) => `"${match[0]}"`);
  if (correct === 1) {
    return wordings.length === 0
      ? []
      : [
          {
            path: 'prompt',
            message: `${name}: the prompt says ${wordings.join(', ')}, but the question has one correct option (say how many to select only when there are several)`,
          },
        ];
  }
  const expected = selectInstruction(correct);
  if (!prompt.endsWith(expected) || wordings.length !== 1) {
    const says = wordings.length === 0 ? 'it says no number' : `it says ${wordings.join(', ')}`;
    return [
      {
        path: 'prompt',
        message: `${name}: ${correct} options are correct, so the prompt must end with "${expected}", as the exams write it (${says})`,
      },
    ];
  }
  return [];
}

/** The chosen options as a set: sorted, each once. */
export function normalise(chosen: readonly number[]): number[] {
  return [...new Set(chosen)].sort((a, b) => a - b);
}

/** Right only when the chosen options are exactly the correct ones (in any order): no partial credit. */
export function isRightSelection(chosen: readonly number[], correct: readonly number[]): boolean {
  const mine = normalise(chosen);
  const right = normalise(correct);
  return mine.length === right.length && mine.every((option, index) => option === right[index]);
}

/** Whether an answer with `chosen` options can be checked: exactly as many as the question asks for. */
export function canCheck(chosen: number, asked: number): boolean {
  return chosen === asked;
}

const options = (count: number) => (count === 1 ? '1 option' : `${count} options`);

/** The line that tells a learner how far a multiple-response answer is from being checkable (read out politely). */
export function selectionStatus(chosen: number, asked: number): string {
  if (chosen === 0) return `Choose ${options(asked)} to check your answer.`;
  if (chosen === asked) return `${chosen} of ${asked} chosen: you can check your answer.`;
  if (chosen < asked) return `${chosen} of ${asked} chosen: choose ${asked - chosen} more to check your answer.`;
  return `${chosen} chosen, but this question takes ${asked}: clear ${options(chosen - asked)} to check your answer.`;
}

/** Option letters joined for a sentence: "B", "A and C", "A, C and D". */
export function letterList(letters: readonly string[]): string {
  if (letters.length <= 1) return letters.join('');
  return `${letters.slice(0, -1).join(', ')} and ${letters.at(-1) ?? ''}`;
}
