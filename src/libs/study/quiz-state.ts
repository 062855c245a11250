/**
 * Practice-question state as pure transitions (no DOM): pick an option, check it (which locks the answer), right
 * or wrong, the score per section, reset. Questions are identified by `<section>/<question id>`.
 */

/** What the quiz needs to know of a question: its id and which option is right. */
export interface QuizQuestion {
  readonly id: string;
  /** Index of the correct option. */
  readonly correct: number;
  readonly optionCount: number;
}

export interface QuizSection {
  readonly section: string;
  readonly questions: readonly QuizQuestion[];
}

export interface Answer {
  /** Index of the option picked. */
  readonly option: number;
  /** true once checked: the answer is locked and counts in the score. */
  readonly checked: boolean;
}

export interface QuizState {
  readonly answers: Readonly<Record<string, Answer>>;
}

export type Outcome = 'unanswered' | 'picked' | 'right' | 'wrong';

export interface Score {
  readonly total: number;
  /** Questions checked. */
  readonly answered: number;
  readonly right: number;
}

export const EMPTY_QUIZ: QuizState = { answers: {} };

export function questionKey(section: string, questionId: string): string {
  return `${section}/${questionId}`;
}

export function answerOf(state: QuizState, key: string): Answer | undefined {
  return Object.hasOwn(state.answers, key) ? state.answers[key] : undefined;
}

/** Pick an option (changes nothing once the question is checked, or for an option that does not exist). */
export function pick(state: QuizState, key: string, question: QuizQuestion, option: number): QuizState {
  if (answerOf(state, key)?.checked) return state;
  if (!Number.isInteger(option) || option < 0 || option >= question.optionCount) return state;
  return { answers: { ...state.answers, [key]: { option, checked: false } } };
}

/** Check the picked option (changes nothing when nothing is picked or it is already checked). */
export function check(state: QuizState, key: string): QuizState {
  const answer = answerOf(state, key);
  if (answer === undefined || answer.checked) return state;
  return { answers: { ...state.answers, [key]: { ...answer, checked: true } } };
}

/** Pick and check in one step. */
export function answer(state: QuizState, key: string, question: QuizQuestion, option: number): QuizState {
  return check(pick(state, key, question, option), key);
}

export function outcome(state: QuizState, key: string, question: QuizQuestion): Outcome {
  const given = answerOf(state, key);
  if (given === undefined) return 'unanswered';
  if (!given.checked) return 'picked';
  return given.option === question.correct ? 'right' : 'wrong';
}

export function score(state: QuizState, set: QuizSection): Score {
  let answered = 0;
  let right = 0;
  for (const question of set.questions) {
    const result = outcome(state, questionKey(set.section, question.id), question);
    if (result === 'right' || result === 'wrong') answered += 1;
    if (result === 'right') right += 1;
  }
  return { total: set.questions.length, answered, right };
}

/** Forget the answers of one section. */
export function resetSection(state: QuizState, section: string): QuizState {
  const prefix = `${section}/`;
  return { answers: Object.fromEntries(Object.entries(state.answers).filter(([key]) => !key.startsWith(prefix))) };
}

export function resetQuiz(): QuizState {
  return EMPTY_QUIZ;
}
