/**
 * Practice-question state as pure transitions (no DOM): pick an option, check it (which locks the answer), right
 * or wrong, the score per section, reset. Questions are identified by `<section>/<question id>`. A question with one
 * correct option takes one pick; a multiple-response question ("(Select TWO.)") is answered by choosing exactly as
 * many options as it has correct ones, and is right only when they are exactly the correct ones (no partial credit:
 * `multiple-response.ts`).
 */
import { canCheck, isRightSelection, normalise } from './multiple-response';

/** What the quiz needs to know of a question: its id and which options are right. */
export interface QuizQuestion {
  readonly id: string;
  /** Indexes of the correct options: one for a single-answer question, several for a multiple-response one. */
  readonly correct: readonly number[];
  readonly optionCount: number;
}

export interface QuizSection {
  readonly section: string;
  readonly questions: readonly QuizQuestion[];
}

export interface Answer {
  /** Indexes of the options picked, ascending, each once (one for a single-answer question). */
  readonly options: readonly number[];
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

/** Whether a question takes several options ("(Select TWO.)"). */
export function isMultipleResponse(question: QuizQuestion): boolean {
  return question.correct.length > 1;
}

/** The options picked so far (none when nothing is). */
export function picked(state: QuizState, key: string): readonly number[] {
  return answerOf(state, key)?.options ?? [];
}

/**
 * Pick an option: a single-answer question's pick replaces the one before; on a multiple-response question it
 * toggles that option. Changes nothing once the question is checked, or for an option that does not exist.
 */
export function pick(state: QuizState, key: string, question: QuizQuestion, option: number): QuizState {
  if (answerOf(state, key)?.checked) return state;
  if (!Number.isInteger(option) || option < 0 || option >= question.optionCount) return state;
  const before = picked(state, key);
  const options = !isMultipleResponse(question)
    ? [option]
    : before.includes(option)
      ? before.filter((o) => o !== option)
      : normalise([...before, option]);
  return { answers: { ...state.answers, [key]: { options, checked: false } } };
}

/**
 * Check the picked options. Changes nothing when it is already checked, or unless exactly as many options are
 * picked as the question has correct ones (one for a single-answer question).
 */
export function check(state: QuizState, key: string, question: QuizQuestion): QuizState {
  const answer = answerOf(state, key);
  if (answer === undefined || answer.checked || !canCheck(answer.options.length, question.correct.length)) return state;
  return { answers: { ...state.answers, [key]: { ...answer, checked: true } } };
}

/** Pick each of `options` in turn, then check. */
export function answer(state: QuizState, key: string, question: QuizQuestion, ...options: readonly number[]): QuizState {
  return check(
    options.reduce((s, option) => pick(s, key, question, option), state),
    key,
    question,
  );
}

export function outcome(state: QuizState, key: string, question: QuizQuestion): Outcome {
  const given = answerOf(state, key);
  if (given === undefined || given.options.length === 0) return 'unanswered';
  if (!given.checked) return 'picked';
  return isRightSelection(given.options, question.correct) ? 'right' : 'wrong';
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
