/**
 * Taking a mock exam: the clock (read out politely at its marks, never every second; at 0 the set is submitted), the
 * question with its options (radio buttons, or checkboxes for "(Select TWO.)"), flag for review, previous and next,
 * the list of every question (answered, flagged, current), and the review screen listing what is answered, unanswered
 * and flagged before the learner submits.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

import { Markdown, MarkdownInline } from '~/components/study/Markdown';
import { choose, clearAnswer, moveTo, overview, toggleFlag, type Attempt } from '~/libs/practice/attempts';
import type { BankQuestion, ExamOutline } from '~/libs/practice/bank';
import { shortfallsOf, targetsOf } from '~/libs/practice/draw';
import { modeLabel, shortSetSentence } from '~/libs/practice/labels';
import { announcement, clockFace, minutesInWords, remainingMs } from '~/libs/practice/timer';
import { Shortfalls } from './MockSetup';
import type { BankState } from './useBanks';

type ReadyBank = Extract<BankState, { status: 'ready' }>;

const LETTERS = 'ABCDEF';
export const letter = (index: number) => LETTERS[index] ?? String(index + 1);

export function MockTaking(props: {
  attempt: Attempt;
  outline: ExamOutline;
  bank: ReadyBank;
  base: string;
  review: boolean;
  update: (change: (attempt: Attempt) => Attempt) => void;
  setReview: (review: boolean) => void;
  onSubmit: (by: 'learner' | 'time') => void;
  onLeave: () => void;
}) {
  const { attempt, outline, bank, update } = props;
  const total = attempt.questions.length;
  const position = Math.min(attempt.position, total - 1);
  const key = attempt.questions[position] ?? '';
  const question = bank.byKey.get(key);
  const shortfalls = shortfallsOf(outline, bank.bank.questions, attempt.mode);
  const targets = targetsOf(outline, attempt.mode);
  const wanted = targets ? [...targets.values()].reduce((a, b) => a + b, 0) : total;
  const go = (to: number) => {
    update((a) => moveTo(a, to, Date.now()));
    props.setReview(false);
  };

  return (
    <div class="mock-taking" data-testid="mock-taking" data-attempt={attempt.id}>
      <div class="mock-bar">
        <p class="mock-title">
          {outline.code}, {modeLabel(outline, attempt.mode).toLowerCase()}: {total} {total === 1 ? 'question' : 'questions'}
        </p>
        <Clock startedAt={attempt.startedAt} minutes={attempt.minutes} onTimeUp={() => props.onSubmit('time')} />
      </div>
      {shortfalls.length > 0 ? <Shortfalls outline={outline} shortfalls={shortfalls} short={shortSetSentence(total, wanted)} /> : null}
      {props.review ? (
        <Review attempt={attempt} go={go} onSubmit={() => props.onSubmit('learner')} onBack={() => props.setReview(false)} />
      ) : (
        <>
          {question ? (
            <QuestionView
              attempt={attempt}
              question={question}
              position={position}
              base={props.base}
              onChoose={(option) => update((a) => choose(a, key, option, question.correct.length, question.options.length, Date.now()))}
              onClear={() => update((a) => clearAnswer(a, key, Date.now()))}
              onFlag={() => update((a) => toggleFlag(a, key, Date.now()))}
            />
          ) : (
            <h2 class="mock-heading" tabIndex={-1} data-screen-heading>
              Question {position + 1} of {total} is no longer in the question bank; it is not scored.
            </h2>
          )}
          <div class="mock-actions">
            <button type="button" class="study-button" disabled={position === 0} onClick={() => go(position - 1)}>
              Previous
            </button>
            <button type="button" class="study-button" disabled={position >= total - 1} onClick={() => go(position + 1)}>
              Next
            </button>
            <button type="button" class="study-button mock-primary" onClick={() => props.setReview(true)}>
              Review and submit
            </button>
          </div>
          <Navigator attempt={attempt} position={position} go={go} />
        </>
      )}
      <p class="mock-muted">
        Your answers are saved in this browser as you go; you can leave and{' '}
        <button type="button" class="mock-link" onClick={props.onLeave}>
          come back to it later
        </button>
        , but the clock runs on, as in the exam.
      </p>
    </div>
  );
}

/**
 * The time left: its face (a `timer`, which screen readers do not read out by itself) updated every second, and a
 * polite status line that says the minutes left at each mark (`announcement`). At 0 it calls `onTimeUp` once.
 */
function Clock(props: { startedAt: number; minutes: number; onTimeUp: () => void }) {
  const { startedAt, minutes } = props;
  const [left, setLeft] = useState(() => remainingMs(startedAt, minutes, Date.now()));
  const [said, setSaid] = useState(`The clock is running: ${minutesInWords(Math.ceil(left / 60_000))} left.`);
  const before = useRef(left);
  const timeUp = useRef(props.onTimeUp);
  timeUp.current = props.onTimeUp;
  useEffect(() => {
    let done = false;
    const tick = () => {
      const now = remainingMs(startedAt, minutes, Date.now());
      const say = announcement(minutes, before.current, now);
      before.current = now;
      if (say !== undefined) setSaid(now === 0 ? 'Time is up: your answers were submitted.' : say);
      setLeft(now);
      if (now === 0 && !done) {
        done = true;
        timeUp.current();
      }
    };
    tick();
    const id = window.setInterval(tick, 1000);
    return () => window.clearInterval(id);
  }, [startedAt, minutes]);
  return (
    <div class="mock-clock">
      <p role="timer" aria-atomic="true" data-testid="clock" data-left={Math.ceil(left / 1000)}>
        Time left: <strong>{clockFace(left)}</strong>
      </p>
      <p class="mock-said" role="status" data-testid="clock-said">
        {said}
      </p>
    </div>
  );
}

function QuestionView(props: {
  attempt: Attempt;
  question: BankQuestion;
  position: number;
  base: string;
  onChoose: (option: number) => void;
  onClear: () => void;
  onFlag: () => void;
}) {
  const { attempt, question, position, base } = props;
  const chosen = attempt.answers[question.key] ?? [];
  const flagged = attempt.flags.includes(question.key);
  const asked = question.correct.length;
  const multiple = asked > 1;
  const id = `mock-${attempt.id}-${position}`;
  return (
    <article
      class="mock-question"
      aria-labelledby={`${id}-heading`}
      data-testid="mock-question"
      data-key={question.key}
      data-flagged={String(flagged)}
    >
      <h2 class="mock-heading" id={`${id}-heading`} tabIndex={-1} data-screen-heading>
        Question {position + 1} of {attempt.questions.length}
        {flagged ? ' (flagged)' : ''}
      </h2>
      <Markdown text={question.prompt} base={base} />
      <fieldset class="mock-options" aria-describedby={multiple ? `${id}-hint` : undefined}>
        <legend class="sr-only">
          Options for question {position + 1}
          {multiple ? `: choose ${asked}` : ''}
        </legend>
        {multiple ? (
          <p class="mock-hint" id={`${id}-hint`}>
            <strong>Choose {asked}.</strong> Right only with exactly the {asked} right options. {chosen.length} of {asked} chosen.
          </p>
        ) : null}
        {question.options.map((option, index) => (
          <div class="mock-option" key={index} data-testid={`option-${letter(index)}`}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              id={`${id}-${index}`}
              name={id}
              checked={chosen.includes(index)}
              onChange={() => props.onChoose(index)}
            />
            <label for={`${id}-${index}`}>
              <span class="mock-letter">{letter(index)}.</span> <MarkdownInline text={option.text} base={base} />
            </label>
          </div>
        ))}
      </fieldset>
      <div class="mock-actions">
        <button type="button" class="study-button" aria-pressed={flagged} onClick={props.onFlag} data-testid="flag">
          Flag for review
        </button>
        <button type="button" class="study-button" disabled={chosen.length === 0} onClick={props.onClear}>
          Clear my answer
        </button>
      </div>
    </article>
  );
}

/** Every question as a button: its number, answered or not, flagged or not, the current one marked. */
function Navigator(props: { attempt: Attempt; position: number; go: (to: number) => void }) {
  const { attempt } = props;
  return (
    <nav class="mock-nav" aria-label="All questions of this set">
      <ol>
        {attempt.questions.map((key, index) => {
          const answered = (attempt.answers[key] ?? []).length > 0;
          const flagged = attempt.flags.includes(key);
          return (
            <li key={key}>
              <button
                type="button"
                aria-current={index === props.position ? 'step' : undefined}
                aria-label={`Question ${index + 1}, ${answered ? 'answered' : 'not answered'}${flagged ? ', flagged' : ''}`}
                data-answered={String(answered)}
                data-flagged={String(flagged)}
                onClick={() => props.go(index)}
              >
                {index + 1}
              </button>
            </li>
          );
        })}
      </ol>
      <p class="mock-muted">Filled: answered. Underlined in orange: flagged for review. Framed: this question.</p>
    </nav>
  );
}

function Review(props: { attempt: Attempt; go: (to: number) => void; onSubmit: () => void; onBack: () => void }) {
  const { answered, unanswered, flagged } = overview(props.attempt);
  const list = (name: string, testId: string, positions: number[]) => (
    <section class="mock-review-group" data-testid={testId} data-count={positions.length}>
      <h3>
        {name} ({positions.length})
      </h3>
      {positions.length === 0 ? (
        <p class="mock-muted">None.</p>
      ) : (
        <ul class="mock-review-list">
          {positions.map((position) => (
            <li key={position}>
              <button type="button" class="study-button mock-small" onClick={() => props.go(position)}>
                Question {position + 1}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <div class="mock-review" data-testid="mock-review">
      <h2 class="mock-heading" tabIndex={-1} data-screen-heading>
        Review before you submit
      </h2>
      <p>
        {answered.length} answered, {unanswered.length} unanswered, {flagged.length} flagged. An unanswered question counts as wrong. Pick a question
        to go back to it.
      </p>
      {list('Unanswered', 'review-unanswered', unanswered)}
      {list('Flagged for review', 'review-flagged', flagged)}
      {list('Answered', 'review-answered', answered)}
      <div class="mock-actions">
        <button type="button" class="study-button" onClick={props.onBack}>
          Back to the questions
        </button>
        <button type="button" class="study-button mock-primary" onClick={props.onSubmit}>
          Submit the exam
        </button>
      </div>
    </div>
  );
}
