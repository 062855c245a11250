import * as model from '~/libs/widgets/kinesis/model';
import { formatNumber } from '~/libs/widgets/shared/params';
import { ChoiceField, NumberField, ScrollTable, Sources, Warnings, Why } from '~/components/islands/ui';
import { choiceField, numberField } from '~/components/widgets/form';
import { useWidget, WidgetShell } from '~/components/widgets/WidgetShell';

const MODE_OPTIONS = [
  { value: 'shared', label: 'Shared throughput', hint: 'classic GetRecords consumers share 2 MiB/s per shard' },
  { value: 'efo', label: 'Enhanced fan-out', hint: 'each consumer gets its own 2 MiB/s per shard' },
] as const satisfies ReadonlyArray<{ value: model.ConsumerMode; label: string; hint: string }>;

const CAPACITY_OPTIONS = [
  { value: 'provisioned', label: model.CAPACITY_NAMES.provisioned, hint: 'you choose the shards; up to 20 enhanced fan-out consumers' },
  { value: 'ondemand', label: model.CAPACITY_NAMES.ondemand, hint: 'AWS manages the shards; up to 20 enhanced fan-out consumers' },
  { value: 'advantage', label: model.CAPACITY_NAMES.advantage, hint: 'account-level on-demand mode; up to 50 enhanced fan-out consumers' },
] as const satisfies ReadonlyArray<{ value: model.CapacityMode; label: string; hint: string }>;

type Success = model.Success;

const bindingLabel = (result: Success) => result.terms.find((term) => term.id === result.binding)?.label ?? '';

const shardWord = (shards: number) => (shards === 1 ? 'shard' : 'shards');

function printRows(inputs: model.Inputs, result: model.Result): Array<[string, string]> {
  const modeLabel = MODE_OPTIONS.find((option) => option.value === inputs.mode)?.label ?? inputs.mode;
  return [
    ['Average record size', `${inputs.size} KB`],
    ['Records per second', inputs.rate],
    ['Consumer applications', inputs.consumers],
    ['Consumer type', modeLabel],
    ['Capacity mode', model.CAPACITY_NAMES[inputs.capacity]],
    ['Shards (provisioned)', result.ok ? formatNumber(result.shards) : 'no result: an input is invalid'],
    ['Binding limit', result.ok ? bindingLabel(result) : '—'],
    ['Older rule of thumb', result.ok ? formatNumber(result.notesFormula.shards) : '—'],
  ];
}

function Headline({ result }: { result: Success }) {
  return (
    <p class="widget-headline">
      <span data-testid="shard-count" data-shards={String(result.shards)}>
        <strong>{formatNumber(result.shards)}</strong> {shardWord(result.shards)}
      </span>{' '}
      in provisioned mode; the binding limit is{' '}
      <span data-testid="binding-limit" data-binding={result.binding}>
        {result.terms.find((term) => term.id === result.binding)?.label.toLowerCase()}
      </span>
      .
    </p>
  );
}

/**
 * Each limit and the shards it needs. A phone has room for three columns: the demand and the per-shard limit share
 * one ("1,000 ÷ 1,024 KiB/s"), so "Shards needed" stays on screen; wider screens give each its own column.
 */
function LimitsTable({ result }: { result: Success }) {
  return (
    <ScrollTable
      label="Shards needed per limit (scrollable)"
      caption="Each limit of a provisioned shard and the shards it needs"
      captionClass="sr-only"
      columns={[
        'Limit',
        { label: 'Your stream', class: 'widget-wide-only' },
        { label: 'Per shard', class: 'widget-wide-only' },
        { label: 'Your stream ÷ per shard', class: 'widget-narrow-only' },
        'Shards needed',
      ]}
    >
      {result.terms.map((term) => (
        <tr key={term.id} data-binding={result.bindingAll.includes(term.id) ? 'true' : undefined}>
          <th scope="row">{term.label}</th>
          <td class="widget-wide-only">
            {formatNumber(term.demand)} {term.unit}
          </td>
          <td class="widget-wide-only">
            {formatNumber(term.perShard)} {term.unit}
          </td>
          <td class="widget-narrow-only">
            {formatNumber(term.demand)} ÷ {formatNumber(term.perShard)} {term.unit}
          </td>
          <td>{formatNumber(term.value, 3)}</td>
        </tr>
      ))}
    </ScrollTable>
  );
}

function Details({ result }: { result: Success }) {
  return (
    <>
      <LimitsTable result={result} />
      <p data-testid="notes-formula" data-shards={String(result.notesFormula.shards)}>
        The older rule of thumb (write ÷ 1,000, read ÷ 2,000) gives <strong>{formatNumber(result.notesFormula.shards)}</strong>{' '}
        {shardWord(result.notesFormula.shards)}.
      </p>
      <Why items={result.explanation} />
      <Warnings items={result.warnings} />
      <Sources docs={result.docs} />
    </>
  );
}

/** Kinesis Data Streams shard calculator: maps the model's state and result to JSX. */
export default function KinesisShardCalculator({ idPrefix = 'ksc' }: { idPrefix?: string }) {
  const widget = useWidget(model, idPrefix, model.allowedFor);
  const { inputs, result, form } = widget;
  return (
    <WidgetShell
      title="Kinesis shard calculator"
      testId="kinesis-calculator"
      state={widget}
      legend="Stream workload"
      fields={
        <>
          <NumberField {...numberField(form, model.FIELDS, 'size')} />
          <NumberField {...numberField(form, model.FIELDS, 'rate')} />
          <NumberField {...numberField(form, model.FIELDS, 'consumers')} />
          <ChoiceField {...choiceField(form, model.FIELDS, 'mode')} options={MODE_OPTIONS} />
          <ChoiceField {...choiceField(form, model.FIELDS, 'capacity')} options={CAPACITY_OPTIONS} />
        </>
      }
      print={{ caption: 'Kinesis shard calculator: inputs and result', rows: printRows(inputs, result) }}
      headline={result.ok ? <Headline result={result} /> : null}
    >
      {result.ok ? <Details result={result} /> : null}
    </WidgetShell>
  );
}
