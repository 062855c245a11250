/**
 * One practice question: its prompt, its options (with why each is right or wrong once checked) and the verdict. A
 * single-answer question has radio buttons; a multiple-response one ("(Select TWO.)") has checkboxes, a line saying
 * how many to choose, and a Check button that works once exactly that many are chosen (a polite status line says how
 * far the answer is from that).
 */
import { useEffect, useRef } from 'preact/hooks';

import type { QuestionText } from '~/libs/study/files';
import { canCheck, letterList, selectionStatus } from '~/libs/study/multiple-response';
import { Markdown, MarkdownInline } from './Markdown';
import { outcome, picked, questionKey, type QuizQuestion, type QuizState } from '~/libs/study/quiz-state';

const LETTERS = 'ABCDEF';
const letter = (index: number) => LETTERS[index] ?? String(index + 1);

/** What the quiz state needs of a question. */
export const quizQuestion = (question: QuestionText): QuizQuestion => ({
  id: question.id,
  correct: question.correct,
  optionCount: question.options.length,
});

/** The verdict once checked: right, or the right answer(s). */
function verdict(right: boolean, correct: readonly number[]): string {
  if (right) return 'Right.';
  const letters = letterList(correct.map(letter));
  return correct.length === 1 ? `Wrong: the right answer is ${letters}.` : `Wrong: the right answers are ${letters}.`;
}

export function QuestionView(props: {
  section: string;
  number: number;
  question: QuestionText;
  state: QuizState;
  base: string;
  hydrated: boolean;
  onPick: (option: number) => void;
  onCheck: () => void;
}) {
  const { section, question, state, base } = props;
  const key = questionKey(section, question.id);
  const mine = picked(state, key);
  const result = outcome(state, key, quizQuestion(question));
  const checked = result === 'right' || result === 'wrong';
  const asked = question.correct.length;
  const multiple = asked > 1;
  const idPrefix = `pq-${section}-${question.id}`;
  const verdictRef = useRef<HTMLDivElement>(null);
  const focusVerdict = useRef(false);
  // "Check answer" goes away once the answer is checked: the focus moves to the result, which a screen reader then
  // reads, instead of falling to the page body.
  useEffect(() => {
    if (!checked || !focusVerdict.current) return;
    focusVerdict.current = false;
    verdictRef.current?.focus();
  }, [checked]);
  return (
    <article
      class="study-question"
      aria-labelledby={`${idPrefix}-prompt`}
      data-testid={`question-${question.id}`}
      data-outcome={result}
      data-multiple={multiple ? String(asked) : undefined}
    >
      <div class="study-question-prompt" id={`${idPrefix}-prompt`}>
        <p class="study-question-number">Question {props.number}</p>
        <Markdown text={question.prompt} base={base} />
      </div>
      {multiple ? (
        <p class="study-select-hint" id={`${idPrefix}-hint`} data-testid="select-hint">
          <strong>Select {asked}.</strong> Right only if you choose exactly the {asked} right options: no partial credit.
        </p>
      ) : null}
      <fieldset class="study-options" disabled={!props.hydrated || checked} aria-describedby={multiple ? `${idPrefix}-hint` : undefined}>
        <legend class="sr-only">
          Options for question {props.number}
          {multiple ? `: select ${asked}` : ''}
        </legend>
        {question.options.map((option, index) => (
          <OptionView
            key={index}
            option={option}
            index={index}
            idPrefix={idPrefix}
            multiple={multiple}
            mine={mine.includes(index)}
            checked={checked}
            base={base}
            onPick={props.onPick}
          />
        ))}
      </fieldset>
      {multiple && !checked ? (
        // Polite: read out after each choice, without interrupting.
        <p class="study-select-status" role="status" data-testid="select-status">
          {selectionStatus(mine.length, asked)}
        </p>
      ) : null}
      {!checked ? (
        <button
          type="button"
          class="study-button"
          disabled={!props.hydrated || !canCheck(mine.length, asked)}
          onClick={() => {
            focusVerdict.current = true;
            props.onCheck();
          }}
        >
          Check answer
        </button>
      ) : null}
      {/* Not a live region: it takes the focus when it appears, so a screen reader reads it once. */}
      <div class="study-verdict" data-testid="verdict" ref={verdictRef} tabIndex={checked ? -1 : undefined}>
        {checked ? (
          <p>
            <strong>{verdict(result === 'right', question.correct)}</strong> Learn it on:{' '}
            <a href={`${base}${question.page}/`}>{question.pageTitle}</a>
          </p>
        ) : null}
      </div>
    </article>
  );
}

/** One option: its radio button (or checkbox) and, once the answer is checked, whether it is right and why. */
function OptionView(props: {
  option: QuestionText['options'][number];
  index: number;
  idPrefix: string;
  multiple: boolean;
  mine: boolean;
  checked: boolean;
  base: string;
  onPick: (option: number) => void;
}) {
  const { option, index, mine, checked, base } = props;
  const id = `${props.idPrefix}-${index}`;
  return (
    <div
      class="study-option"
      data-correct={checked ? String(option.correct) : undefined}
      data-mine={mine ? 'true' : undefined}
      data-testid={`option-${letter(index)}`}
    >
      <input type={props.multiple ? 'checkbox' : 'radio'} id={id} name={props.idPrefix} checked={mine} onChange={() => props.onPick(index)} />
      <label for={id}>
        <span class="study-letter">{letter(index)}.</span> <MarkdownInline text={option.text} base={base} />
      </label>
      {checked ? (
        <div class="study-why" data-testid="why">
          <p class="study-why-head">
            {option.correct ? '✓ Right answer' : '✗ Wrong'}
            {mine ? ' (your answer)' : props.multiple && option.correct ? ' (you did not choose it)' : ''}
          </p>
          <Markdown text={option.why} base={base} />
        </div>
      ) : null}
    </div>
  );
}
