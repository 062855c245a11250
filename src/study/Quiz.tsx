/**
 * The practice-questions island: pick a section, choose an option and check it, then see right or wrong, why every
 * option is right or wrong, and the page that teaches it; the score per section; reset. State transitions are in
 * `quiz-state.ts`; this component maps them to JSX. It gets the section list as props and loads the questions from one
 * JSON file.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';

import { SelectField, useHydrated } from '~/islands/ui';
import type { SetSummary } from './catalog';
import { readQuestionsFile, type QuestionText } from './files';
import { Markdown, MarkdownInline } from './Markdown';
import { answerOf, check, EMPTY_QUIZ, outcome, pick, questionKey, resetQuiz, resetSection, score, type QuizSection, type QuizState } from './quiz-state';
import './study.css';

type Content =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly sets: ReadonlyMap<string, readonly QuestionText[]> }
  | { readonly status: 'failed'; readonly reason: string };

const LETTERS = 'ABCDEF';
const letter = (index: number) => LETTERS[index] ?? String(index + 1);

function toQuizSection(section: string, questions: readonly QuestionText[]): QuizSection {
  return { section, questions: questions.map((q) => ({ id: q.id, correct: q.correct, optionCount: q.options.length })) };
}

function QuestionView(props: {
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
        {question.options.map((option, index) => {
          const id = `${idPrefix}-${index}`;
          const mine = given?.option === index;
          return (
            <div
              class="study-option"
              key={index}
              data-correct={checked ? String(option.correct) : undefined}
              data-mine={mine ? 'true' : undefined}
              data-testid={`option-${letter(index)}`}
            >
              <input type="radio" id={id} name={idPrefix} checked={mine} onChange={() => props.onPick(index)} />
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
        })}
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

export default function Quiz(props: { sets: readonly SetSummary[]; dataUrl: string; base: string }) {
  const { sets, dataUrl, base } = props;
  const hydrated = useHydrated();
  const [content, setContent] = useState<Content>({ status: 'loading' });
  const [state, setState] = useState<QuizState>(EMPTY_QUIZ);
  const [section, setSection] = useState(sets[0]?.section ?? '');

  useEffect(() => {
    let live = true;
    fetch(dataUrl)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then((value: unknown) => {
        const loaded = readQuestionsFile(value);
        if (live) setContent(loaded ? { status: 'ready', sets: loaded } : { status: 'failed', reason: 'the file was not in the expected format' });
      })
      .catch((error: unknown) => {
        if (live) setContent({ status: 'failed', reason: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      live = false;
    };
  }, [dataUrl]);

  const scores = useMemo(
    () =>
      sets.map((set) => {
        const questions = content.status === 'ready' ? (content.sets.get(set.section) ?? []) : [];
        const result = score(state, toQuizSection(set.section, questions));
        return { ...set, ...result, total: set.count };
      }),
    [sets, content, state],
  );
  const totals = scores.reduce((sum, s) => ({ total: sum.total + s.total, answered: sum.answered + s.answered, right: sum.right + s.right }), {
    total: 0,
    answered: 0,
    right: 0,
  });
  const questions = content.status === 'ready' ? (content.sets.get(section) ?? []) : [];
  const current = sets.find((set) => set.section === section);
  const ready = content.status === 'ready';

  return (
    <section
      class="widget not-content study-island study-quiz"
      aria-label="Practice questions"
      data-testid="quiz"
      data-hydrated={String(hydrated)}
      data-ready={String(hydrated && ready)}
      data-pagefind-ignore="all"
    >
      {content.status === 'failed' ? (
        <div class="widget-notes study-note" role="alert" data-testid="load-problem">
          <p>The questions could not be loaded ({content.reason}). Reload the page to try again; every question is also listed below this box.</p>
        </div>
      ) : null}
      <form class="study-quiz-head" onSubmit={(event) => event.preventDefault()}>
        <SelectField
          id="pq-section"
          name="section"
          label="Section"
          value={section}
          options={scores.map((s) => ({ value: s.section, label: `${s.sectionLabel} (${s.total} questions)` }))}
          disabled={!hydrated}
          onChange={(value) => setSection(value)}
        />
        <div class="study-quiz-actions">
          <button type="button" class="study-button" disabled={!hydrated} onClick={() => setState((s) => resetSection(s, section))}>
            Reset this section
          </button>
          <button type="button" class="study-button" disabled={!hydrated} onClick={() => setState(resetQuiz())}>
            Reset all sections
          </button>
        </div>
      </form>

      <table class="study-score" data-testid="quiz-score">
        <caption>Score per section</caption>
        <thead>
          <tr>
            <th scope="col">Section</th>
            <th scope="col">Answered</th>
            <th scope="col">Right</th>
          </tr>
        </thead>
        <tbody>
          {scores.map((s) => (
            <tr
              key={s.section}
              data-testid={`score-${s.section}`}
              data-answered={s.answered}
              data-right={s.right}
              data-total={s.total}
              data-current={s.section === section ? 'true' : undefined}
            >
              <th scope="row">{s.sectionLabel}</th>
              <td>
                {s.answered} of {s.total}
              </td>
              <td>{s.right}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="score-total" data-answered={totals.answered} data-right={totals.right} data-total={totals.total}>
            <th scope="row">All sections</th>
            <td>
              {totals.answered} of {totals.total}
            </td>
            <td>{totals.right}</td>
          </tr>
        </tfoot>
      </table>

      {!hydrated ? (
        <p class="study-muted">The questions start when the page has loaded.</p>
      ) : content.status === 'loading' ? (
        <p class="study-muted">Loading the questions…</p>
      ) : ready ? (
        <div class="study-quiz-body" data-testid="quiz-questions" data-section={section}>
          <p class="widget-subhead">{current?.title ?? section}</p>
          <ol class="study-question-list">
            {questions.map((question, index) => (
              <li key={`${section}/${question.id}`}>
                <QuestionView
                  section={section}
                  number={index + 1}
                  question={question}
                  state={state}
                  base={base}
                  hydrated={hydrated}
                  onPick={(option) =>
                    setState((s) => pick(s, questionKey(section, question.id), { id: question.id, correct: question.correct, optionCount: question.options.length }, option))
                  }
                  onCheck={() => setState((s) => check(s, questionKey(section, question.id)))}
                />
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </section>
  );
}
