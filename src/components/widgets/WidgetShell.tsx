/**
 * What every widget shares around its own fields and result: the hook that ties a model to the URL state, the
 * evaluation and the form wiring (`useWidget`), and the frame (`WidgetShell`): notes about the URL, the controls,
 * the print summary and the live headline (which stays in view while the controls are edited), or the kit's
 * "no result" line while an input is invalid.
 */
import type { ComponentChildren } from 'preact';

import { Controls, NoResult, PrintSummary, UrlNotes, WidgetFrame, useHydrated, type WidgetForm } from '~/components/islands/ui';
import { useWidgetState } from '~/components/widgets/useWidgetState';
import type { InvalidInputs } from '~/libs/widgets/shared/params';
import type { WidgetModel } from '~/libs/widgets/shared/state';

type Evaluated<I> = { readonly ok: true } | InvalidInputs<keyof I & string>;

function errorsOf<I>(result: Evaluated<I>): Partial<Record<keyof I & string, string>> {
  return result.ok ? {} : result.errors;
}

/** A widget's inputs in the URL, its result, and the form its fields share (ids under `idPrefix`). */
export function useWidget<I extends object, R extends Evaluated<I>>(
  model: WidgetModel<I> & { evaluate(inputs: I): R },
  idPrefix: string,
  allowedFor: (inputs: I) => Partial<Record<keyof I, string>>,
) {
  const hydrated = useHydrated();
  const { inputs, notes, set, reset } = useWidgetState(model);
  const result = model.evaluate(inputs);
  const errors = errorsOf<I>(result) as Partial<Record<keyof I, string>>;
  const form: WidgetForm<I> = { idPrefix, inputs, errors, allowed: allowedFor(inputs), set };
  return { hydrated, inputs, notes, set, reset, result, errors, form };
}

export function WidgetShell(props: {
  title: string;
  testId: string;
  /** What `useWidget` gives: whether the island is hydrated, the notes about the URL, and the reset. */
  state: { hydrated: boolean; notes: readonly string[]; reset: () => void };
  /** Shown between the URL notes and the form (the EMR presets). */
  before?: ComponentChildren;
  legend: string;
  fields: ComponentChildren;
  print: { caption: string; rows: ReadonlyArray<readonly [string, string]> };
  /** The live result line; null while an input is invalid. */
  headline: ComponentChildren | null;
  children: ComponentChildren;
}) {
  return (
    <WidgetFrame title={props.title} testId={props.testId} hydrated={props.state.hydrated}>
      <UrlNotes notes={props.state.notes} />
      {props.before}
      <Controls legend={props.legend} onReset={props.state.reset} hydrated={props.state.hydrated}>
        {props.fields}
      </Controls>

      {/* Printed in place of the controls, before the explanation. */}
      <PrintSummary caption={props.print.caption} rows={props.print.rows} />

      {/* The answer: on screen (stuck to the bottom of the window while the frame is in view) as the learner edits
          any field above it, and announced once (polite) when it changes. Plain CSS: the static render does too. */}
      <div class="widget-answer" data-testid="widget-answer">
        <div aria-live="polite" aria-atomic="true">
          {props.headline ?? <NoResult />}
        </div>
      </div>
      <div class="widget-result">{props.children}</div>
    </WidgetFrame>
  );
}
