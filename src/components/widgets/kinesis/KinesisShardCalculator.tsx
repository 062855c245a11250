import * as model from '~/libs/widgets/kinesis/model';
import { formatNumber } from '~/libs/widgets/shared/params';
import {
  ChoiceField,
  Controls,
  NoResult,
  NumberField,
  PrintSummary,
  Sources,
  UrlNotes,
  Warnings,
  WidgetFrame,
  Why,
  useHydrated,
} from '~/components/islands/ui';
import { choiceField, numberField } from '~/components/widgets/form';
import { useWidgetState } from '~/components/widgets/useWidgetState';

const MODE_OPTIONS = [
  { value: 'shared', label: 'Shared throughput', hint: 'classic GetRecords consumers share 2 MiB/s per shard' },
  { value: 'efo', label: 'Enhanced fan-out', hint: 'each consumer gets its own 2 MiB/s per shard' },
] as const satisfies ReadonlyArray<{ value: model.ConsumerMode; label: string; hint: string }>;

const CAPACITY_OPTIONS = [
  { value: 'provisioned', label: model.CAPACITY_NAMES.provisioned, hint: 'you choose the shards; up to 20 enhanced fan-out consumers' },
  { value: 'ondemand', label: model.CAPACITY_NAMES.ondemand, hint: 'AWS manages the shards; up to 20 enhanced fan-out consumers' },
  { value: 'advantage', label: model.CAPACITY_NAMES.advantage, hint: 'account-level on-demand mode; up to 50 enhanced fan-out consumers' },
] as const satisfies ReadonlyArray<{ value: model.CapacityMode; label: string; hint: string }>;

/** Kinesis Data Streams shard calculator: maps the model's state and result to JSX. */
export default function KinesisShardCalculator({ idPrefix = 'ksc' }: { idPrefix?: string }) {
  const hydrated = useHydrated();
  const { inputs, notes, set, reset } = useWidgetState(model);
  const result = model.evaluate(inputs);
  const form = { idPrefix, inputs, errors: result.ok ? {} : result.errors, allowed: model.allowedFor(inputs), set };
  const modeLabel = MODE_OPTIONS.find((option) => option.value === inputs.mode)?.label ?? inputs.mode;

  return (
    <WidgetFrame title="Kinesis shard calculator" testId="kinesis-calculator" hydrated={hydrated}>
      <UrlNotes notes={notes} />
      <Controls legend="Stream workload" onReset={reset} hydrated={hydrated}>
        <NumberField {...numberField(form, model.FIELDS, 'size')} />
        <NumberField {...numberField(form, model.FIELDS, 'rate')} />
        <NumberField {...numberField(form, model.FIELDS, 'consumers')} />
        <ChoiceField {...choiceField(form, model.FIELDS, 'mode')} options={MODE_OPTIONS} />
        <ChoiceField {...choiceField(form, model.FIELDS, 'capacity')} options={CAPACITY_OPTIONS} />
      </Controls>

      {/* Printed in place of the controls, before the explanation. */}
      <PrintSummary
        caption="Kinesis shard calculator: inputs and result"
        rows={[
          ['Average record size', `${inputs.size} KB`],
          ['Records per second', inputs.rate],
          ['Consumer applications', inputs.consumers],
          ['Consumer type', modeLabel],
          ['Capacity mode', model.CAPACITY_NAMES[inputs.capacity]],
          ['Shards (provisioned)', result.ok ? formatNumber(result.shards) : 'no result: an input is invalid'],
          ['Binding limit', result.ok ? (result.terms.find((t) => t.id === result.binding)?.label ?? '') : '—'],
          ['Notes’ formula', result.ok ? formatNumber(result.notesFormula.shards) : '—'],
        ]}
      />

      <div class="widget-result">
        <div aria-live="polite" aria-atomic="true">
          {result.ok ? (
            <p class="widget-headline">
              <span data-testid="shard-count" data-shards={String(result.shards)}>
                <strong>{formatNumber(result.shards)}</strong> {result.shards === 1 ? 'shard' : 'shards'}
              </span>{' '}
              in provisioned mode; the binding limit is{' '}
              <span data-testid="binding-limit" data-binding={result.binding}>
                {result.terms.find((term) => term.id === result.binding)?.label.toLowerCase()}
              </span>
              .
            </p>
          ) : (
            <NoResult />
          )}
        </div>
        {result.ok ? (
          <>
            <div class="widget-table-wrap" tabIndex={0} role="group" aria-label="Shards needed per limit (scrollable)">
              <table>
                <caption class="sr-only">Each limit of a provisioned shard and the shards it needs</caption>
                <thead>
                  <tr>
                    <th scope="col">Limit</th>
                    <th scope="col">Your stream</th>
                    <th scope="col">Per shard</th>
                    <th scope="col">Shards needed</th>
                  </tr>
                </thead>
                <tbody>
                  {result.terms.map((term) => (
                    <tr key={term.id} data-binding={result.bindingAll.includes(term.id) ? 'true' : undefined}>
                      <th scope="row">{term.label}</th>
                      <td>
                        {formatNumber(term.demand)} {term.unit}
                      </td>
                      <td>
                        {formatNumber(term.perShard)} {term.unit}
                      </td>
                      <td>{formatNumber(term.value, 3)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p data-testid="notes-formula" data-shards={String(result.notesFormula.shards)}>
              The notes’ formula gives <strong>{formatNumber(result.notesFormula.shards)}</strong>{' '}
              {result.notesFormula.shards === 1 ? 'shard' : 'shards'}.
            </p>
            <Why items={result.explanation} />
            <Warnings items={result.warnings} />
            <Sources docs={result.docs} />
          </>
        ) : null}
      </div>
    </WidgetFrame>
  );
}
