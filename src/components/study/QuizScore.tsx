/** The practice questions' score table: answered and right per section, the current section marked, and the totals. */

export interface SectionScore {
  readonly section: string;
  readonly sectionLabel: string;
  readonly answered: number;
  readonly right: number;
  readonly total: number;
}

/** A score row's cells: what it counts, questions answered of the total, and how many were right. */
function ScoreCells(props: { label: string; score: { readonly answered: number; readonly total: number; readonly right: number } }) {
  return (
    <>
      <th scope="row">{props.label}</th>
      <td>
        {props.score.answered} of {props.score.total}
      </td>
      <td>{props.score.right}</td>
    </>
  );
}

export function ScoreTable(props: { scores: readonly SectionScore[]; section: string }) {
  const { scores, section } = props;
  const totals = scores.reduce((sum, s) => ({ total: sum.total + s.total, answered: sum.answered + s.answered, right: sum.right + s.right }), {
    total: 0,
    answered: 0,
    right: 0,
  });
  return (
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
            <ScoreCells label={s.sectionLabel} score={s} />
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr data-testid="score-total" data-answered={totals.answered} data-right={totals.right} data-total={totals.total}>
          <ScoreCells label="All sections" score={totals} />
        </tr>
      </tfoot>
    </table>
  );
}
