/**
 * A finished attempt's results: the score overall, per domain and per task, the pages to study (those that teach the
 * questions missed), and every question with the answer given, the right answer, why each option is right or wrong,
 * and the page that teaches it.
 */
import type { Attempt } from '~/libs/practice/attempts';
import type { ExamOutline } from '~/libs/practice/bank';
import { modeLabel, scoreLine } from '~/libs/practice/labels';
import { percent, scoreSet, type Outcome, type Tally } from '~/libs/practice/score';
import { minutesInWords } from '~/libs/practice/timer';
import { letterList } from '~/libs/study/multiple-response';
import { Markdown, MarkdownInline } from '~/components/study/Markdown';
import { when } from './MockSetup';
import { letter } from './MockTaking';
import type { BankState } from './useBanks';

const OUTCOME: Readonly<Record<Outcome, string>> = { right: 'Right', wrong: 'Wrong', unanswered: 'Not answered (counts as wrong)' };

const cell = (tally: Tally) => (tally.percent === undefined ? '–' : `${tally.percent}%`);

export function MockResults(props: {
  attempt: Attempt;
  outline: ExamOutline;
  bank: Extract<BankState, { status: 'ready' }>;
  base: string;
  onBack: () => void;
}) {
  const { attempt, outline, base } = props;
  const result = scoreSet(outline, props.bank.byKey, attempt.questions, attempt.answers);
  const finished = attempt.finished;
  const stored = finished?.score;
  const pages = new Map<string, { title: string; missed: number }>();
  for (const q of result.questions) {
    if (q.outcome === 'right' || !q.question) continue;
    const page = pages.get(q.question.page) ?? { title: q.question.pageTitle, missed: 0 };
    pages.set(q.question.page, { ...page, missed: page.missed + 1 });
  }

  return (
    <div class="mock-results" data-testid="mock-results" data-attempt={attempt.id}>
      <h2 class="mock-heading" tabIndex={-1} data-screen-heading>
        Results: {outline.code}, {modeLabel(outline, attempt.mode).toLowerCase()}
      </h2>
      <p class="mock-score" data-testid="mock-score" data-right={result.overall.right} data-total={result.overall.total}>
        {scoreLine(result.overall.right, result.overall.total, result.overall.percent)}.
      </p>
      {finished ? (
        <p data-testid="mock-finished" data-by={finished.by}>
          {finished.by === 'time'
            ? `The time ran out at ${when(finished.at)}: your answers were submitted.`
            : `Submitted at ${when(finished.at)}, after ${minutesInWords(Math.round((finished.at - attempt.startedAt) / 60_000))} of ${attempt.minutes}.`}
        </p>
      ) : null}
      {stored && (stored.right !== result.overall.right || stored.total !== result.overall.total) ? (
        <p class="mock-note">
          Scored again against today’s questions; when you submitted it, it was{' '}
          {scoreLine(stored.right, stored.total, percent(stored.right, stored.total))}.
        </p>
      ) : null}
      {result.missing > 0 ? (
        <p class="mock-note">
          {result.missing} {result.missing === 1 ? 'question' : 'questions'} of this attempt {result.missing === 1 ? 'is' : 'are'} no longer in the
          question bank and {result.missing === 1 ? 'is' : 'are'} not scored.
        </p>
      ) : null}

      <ScoreTable
        caption="Score per domain"
        head="Domain"
        rows={result.domains.map((d) => ({ id: `domain-${d.number}`, name: `Domain ${d.number}: ${d.title}`, tally: d }))}
      />
      <ScoreTable
        caption="Score per task"
        head="Task"
        rows={result.tasks.map((t) => ({ id: `task-${t.number}`, name: `Task ${t.number}: ${t.title}`, tally: t }))}
      />

      {pages.size > 0 ? (
        <>
          <h3>Pages to study</h3>
          <ul data-testid="pages-to-study">
            {[...pages].map(([page, { title, missed }]) => (
              <li key={page}>
                <a href={`${base}${page}/`}>{title}</a> ({missed} missed)
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h3>Every question</h3>
      <ol class="mock-results-list">
        {result.questions.map((q, index) => (
          <li key={q.key} class="mock-result" data-testid={`result-${q.key}`} data-outcome={q.outcome}>
            <p class="mock-result-head">
              Question {index + 1}: <span data-outcome-text>{OUTCOME[q.outcome]}</span>
            </p>
            {q.question ? (
              <>
                <Markdown text={q.question.prompt} base={base} />
                <p>
                  Your answer: {q.chosen.length === 0 ? 'none' : letterList(q.chosen.map(letter))}. The right{' '}
                  {q.question.correct.length === 1 ? 'answer is' : 'answers are'} {letterList(q.question.correct.map(letter))}.
                </p>
                <ul class="mock-whys">
                  {q.question.options.map((option, i) => (
                    <li key={i} data-correct={String(option.correct)} data-mine={q.chosen.includes(i) ? 'true' : undefined}>
                      <p>
                        <strong>
                          {letter(i)}. {option.correct ? '✓ Right' : '✗ Wrong'}
                          {q.chosen.includes(i) ? ' (your answer)' : ''}:
                        </strong>{' '}
                        <MarkdownInline text={option.text} base={base} />
                      </p>
                      <Markdown text={option.why} base={base} />
                    </li>
                  ))}
                </ul>
                <p>
                  Learn it on: <a href={`${base}${q.question.page}/`}>{q.question.pageTitle}</a>
                </p>
              </>
            ) : (
              <p>This question is no longer in the question bank.</p>
            )}
          </li>
        ))}
      </ol>
      <button type="button" class="study-button" onClick={props.onBack}>
        Back to the start
      </button>
    </div>
  );
}

function ScoreTable(props: { caption: string; head: string; rows: ReadonlyArray<{ id: string; name: string; tally: Tally }> }) {
  return (
    <div class="mock-scroll">
      <table class="mock-table" data-testid={props.head === 'Domain' ? 'domain-scores' : 'task-scores'}>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.head}</th>
            <th scope="col">Right</th>
            <th scope="col">Questions</th>
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.id} data-testid={row.id} data-right={row.tally.right} data-total={row.tally.total}>
              <th scope="row">{row.name}</th>
              <td>{row.tally.right}</td>
              <td>{row.tally.total}</td>
              <td>{cell(row.tally)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
