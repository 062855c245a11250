/** One practice question: its prompt, its options (with why each is right or wrong once checked) and the verdict. */
import { useEffect, useRef } from 'preact/hooks';

import type { QuestionText } from '~/libs/study/files';
import { Markdown, MarkdownInline } from './Markdown';
import { answerOf, outcome, questionKey, type QuizState } from '~/libs/study/quiz-state';

const LETTERS = 'ABCDEF';
const letter = (index: number) => LETTERS[index] ?? String(index + 1);

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
  const given = answerOf(state, key);
  const result = outcome(state, key, { id: question.id, correct: question.correct, optionCount: question.options.length });
  const checked = result === 'right' || result === 'wrong';
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
    <article class="study-question" aria-labelledby={`${idPrefix}-prompt`} data-testid={`question-${question.id}`} data-outcome={result}>
      <div class="study-question-prompt" id={`${idPrefix}-prompt`}>
        <p class="study-question-number">Question {props.number}</p>
        <Markdown text={question.prompt} base={base} />
      </div>
      <fieldset class="study-options" disabled={!props.hydrated || checked}>
        <legend class="sr-only">Options for question {props.number}</legend>
        {question.options.map((option, index) => (
          <OptionView
            key={index}
            option={option}
            index={index}
            idPrefix={idPrefix}
            mine={given?.option === index}
            checked={checked}
            base={base}
            onPick={props.onPick}
          />
        ))}
      </fieldset>
      {!checked ? (
        <button
          type="button"
          class="study-button"
          disabled={!props.hydrated || given === undefined}
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
            <strong>{result === 'right' ? 'Right.' : `Wrong: the right answer is ${letter(question.correct)}.`}</strong> Learn it on:{' '}
            <a href={`${base}${question.page}/`}>{question.pageTitle}</a>
          </p>
        ) : null}
      </div>
    </article>
  );
}

/** One option: its radio button and, once the answer is checked, whether it is right and why. */
function OptionView(props: {
  option: QuestionText['options'][number];
  index: number;
  idPrefix: string;
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
      <input type="radio" id={id} name={props.idPrefix} checked={mine} onChange={() => props.onPick(index)} />
      <label for={id}>
        <span class="study-letter">{letter(index)}.</span> <MarkdownInline text={option.text} base={base} />
      </label>
      {checked ? (
        <div class="study-why" data-testid="why">
          <p class="study-why-head">
            {option.correct ? '✓ Right answer' : '✗ Wrong'}
            {mine ? ' (your answer)' : ''}
          </p>
          <Markdown text={option.why} base={base} />
        </div>
      ) : null}
    </div>
  );
}
