/** The practice questions' score table: answered and right per section, the current section marked, and the totals. */

export interface SectionScore {
  readonly section: string;
  readonly sectionLabel: string;
  readonly answered: number;
  readonly right: number;
  readonly total: number;
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
  );
}
