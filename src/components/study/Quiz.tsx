/**
 * The practice-questions island: pick a section, choose an option (or as many as a multiple-response question asks
 * for) and check it, then see right or wrong, why every option is right or wrong, and the page that teaches it; the
 * score per section; reset. State transitions are in `quiz-state.ts`; this component and its parts (QuizQuestion.tsx,
 * QuizScore.tsx) map them to JSX. It gets the section list as props and loads the questions from one JSON file
 * (`useStudyFile.ts`).
 */
import { useMemo, useState } from 'preact/hooks';

import { SelectField, useHydrated } from '~/components/islands/ui';
import type { SetSummary } from '~/libs/study/views';
import { readQuestionsFile, type QuestionText } from '~/libs/study/files';
import { check, EMPTY_QUIZ, pick, questionKey, resetQuiz, resetSection, score, type QuizSection, type QuizState } from '~/libs/study/quiz-state';
import { QuestionView, quizQuestion } from './QuizQuestion';
import { ScoreTable, type SectionScore } from './QuizScore';
import { useStudyFile } from './useStudyFile';
import './study.css';

function toQuizSection(section: string, questions: readonly QuestionText[]): QuizSection {
  return { section, questions: questions.map(quizQuestion) };
}

export default function Quiz(props: { sets: readonly SetSummary[]; dataUrl: string; base: string }) {
  const { sets } = props;
  const hydrated = useHydrated();
  const content = useStudyFile(props.dataUrl, readQuestionsFile);
  const [state, setState] = useState<QuizState>(EMPTY_QUIZ);
  const [section, setSection] = useState(sets[0]?.section ?? '');

  const scores = useMemo(
    () =>
      sets.map((set) => {
        const questions = content.status === 'ready' ? (content.value.get(set.section) ?? []) : [];
        const result = score(state, toQuizSection(set.section, questions));
        return { ...set, ...result, total: set.count };
      }),
    [sets, content, state],
  );
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
      <QuizHead scores={scores} section={section} hydrated={hydrated} setSection={setSection} setState={setState} />

      <ScoreTable scores={scores} section={section} />

      {!hydrated ? (
        <p class="study-muted">The questions start when the page has loaded.</p>
      ) : content.status === 'loading' ? (
        <p class="study-muted">Loading the questions…</p>
      ) : ready ? (
        <QuestionSet
          title={sets.find((set) => set.section === section)?.title ?? section}
          section={section}
          questions={content.value.get(section) ?? []}
          state={state}
          setState={setState}
          base={props.base}
          hydrated={hydrated}
        />
      ) : null}
    </section>
  );
}

/** The section picker and the reset buttons. */
function QuizHead(props: {
  scores: readonly SectionScore[];
  section: string;
  hydrated: boolean;
  setSection: (section: string) => void;
  setState: (change: QuizState | ((state: QuizState) => QuizState)) => void;
}) {
  return (
    <form class="study-quiz-head" onSubmit={(event) => event.preventDefault()}>
      <SelectField
        id="pq-section"
        name="section"
        label="Section"
        value={props.section}
        options={props.scores.map((s) => ({ value: s.section, label: `${s.sectionLabel} (${s.total} questions)` }))}
        disabled={!props.hydrated}
        onChange={(value) => props.setSection(value)}
      />
      <div class="study-quiz-actions">
        <button type="button" class="study-button" disabled={!props.hydrated} onClick={() => props.setState((s) => resetSection(s, props.section))}>
          Reset this section
        </button>
        <button type="button" class="study-button" disabled={!props.hydrated} onClick={() => props.setState(resetQuiz())}>
          Reset all sections
        </button>
      </div>
    </form>
  );
}

/** The picked section's questions, numbered. */
function QuestionSet(props: {
  title: string;
  section: string;
  questions: readonly QuestionText[];
  state: QuizState;
  setState: (change: (state: QuizState) => QuizState) => void;
  base: string;
  hydrated: boolean;
}) {
  const { section, setState } = props;
  return (
    <div class="study-quiz-body" data-testid="quiz-questions" data-section={section}>
      <p class="widget-subhead">{props.title}</p>
      <ol class="study-question-list">
        {props.questions.map((question, index) => (
          <li key={`${section}/${question.id}`}>
            <QuestionView
              section={section}
              number={index + 1}
              question={question}
              state={props.state}
              base={props.base}
              hydrated={props.hydrated}
              onPick={(option) => setState((s) => pick(s, questionKey(section, question.id), quizQuestion(question), option))}
              onCheck={() => setState((s) => check(s, questionKey(section, question.id), quizQuestion(question)))}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}
