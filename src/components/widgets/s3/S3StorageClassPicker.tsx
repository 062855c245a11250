import * as model from '~/libs/widgets/s3/model';
import { searchFor } from '~/libs/widgets/shared/state';
import { ChoiceField, NumberField, ScrollTable, Sources, Warnings, Why, type WidgetForm } from '~/components/islands/ui';
import { choiceField, numberField } from '~/components/widgets/form';
import { useWidget, WidgetShell } from '~/components/widgets/WidgetShell';

const ACCESS_OPTIONS = [
  { value: 'frequent', label: 'Frequently', hint: 'more than once a month' },
  { value: 'infrequent', label: 'Infrequently', hint: 'about once a month' },
  { value: 'rare', label: 'Rarely', hint: 'about once a quarter' },
  { value: 'archive', label: 'Archive', hint: 'once a year or less' },
  { value: 'unknown', label: 'Unknown or changing', hint: '' },
] as const satisfies ReadonlyArray<{ value: model.AccessPattern; label: string; hint: string }>;

/**
 * One question for latency: its first answer, single-digit milliseconds for request-heavy reads, is the model's
 * `perf` with millisecond retrieval; the others are the retrieval need alone (which decides the archive class).
 */
type Latency = 'fast' | model.RetrievalNeed;
const LATENCY_OPTIONS = [
  { value: 'fast', label: 'Single-digit milliseconds', hint: 'request-heavy reads such as ML training; S3 Express One Zone if one AZ is acceptable' },
  { value: 'ms', label: 'Milliseconds', hint: 'read at once, as from S3 Standard or Glacier Instant Retrieval' },
  { value: 'minutes', label: 'Minutes', hint: 'a restore first (Expedited: 1\u20135 minutes)' },
  { value: 'hours', label: 'Hours', hint: 'a restore first (Standard or Bulk)' },
] as const satisfies ReadonlyArray<{ value: Latency; label: string; hint: string }>;

const latencyOf = (inputs: model.Inputs): Latency => (inputs.perf && inputs.retrieval === 'ms' ? 'fast' : inputs.retrieval);

const AZ_OPTIONS = [
  { value: 'multi', label: 'Several Availability Zones', hint: 'survives the loss of an AZ' },
  { value: 'single', label: 'One Availability Zone', hint: 'only for data you can re-create' },
] as const satisfies ReadonlyArray<{ value: model.AzChoice; label: string; hint: string }>;

const labelOf = (options: ReadonlyArray<{ value: string; label: string }>, value: string) =>
  options.find((option) => option.value === value)?.label ?? value;

const allowed = () => model.ALLOWED;

function printRows(inputs: model.Inputs, result: model.Result): Array<[string, string]> {
  return [
    ['Read', labelOf(ACCESS_OPTIONS, inputs.access)],
    ['Fastest retrieval', labelOf(LATENCY_OPTIONS, latencyOf(inputs))],
    ['Availability Zones', labelOf(AZ_OPTIONS, inputs.az)],
    ['Kept for', `${inputs.keep} days`],
    ['Average object size', `${inputs.size} KB`],
    ['Storage class', result.ok ? `${result.name} (${result.storageClass})` : 'no result: an input is invalid'],
  ];
}

function Fields({ form }: { form: WidgetForm<model.Inputs> }) {
  const setLatency = (value: Latency) => {
    form.set('retrieval', value === 'fast' ? 'ms' : value);
    form.set('perf', value === 'fast');
  };
  return (
    <>
      <ChoiceField {...choiceField(form, model.FIELDS, 'access')} options={ACCESS_OPTIONS} />
      <ChoiceField
        name="latency"
        idPrefix={form.idPrefix}
        legend={model.FIELDS.retrieval.label}
        value={latencyOf(form.inputs)}
        options={LATENCY_OPTIONS}
        onChange={setLatency}
      />
      <ChoiceField {...choiceField(form, model.FIELDS, 'az')} options={AZ_OPTIONS} />
      <div class="widget-field-group">
        <NumberField {...numberField(form, model.FIELDS, 'keep')} />
        <NumberField {...numberField(form, model.FIELDS, 'size')} />
      </div>
    </>
  );
}

function Headline({ result }: { result: model.Success }) {
  return (
    <p class="widget-headline">
      Store it in{' '}
      <strong data-testid="storage-class" data-class={result.storageClass}>
        {result.name}
      </strong>{' '}
      (<code>{result.storageClass}</code>).
    </p>
  );
}

function ClassTable({ result }: { result: model.Success }) {
  return (
    <ScrollTable
      label="S3 storage classes compared (scrollable)"
      caption="S3 storage classes compared (the pick is highlighted)"
      columns={['Class', 'Availability', 'AZs', 'Minimum duration', 'Minimum billable size', 'Retrieval fee', 'First byte']}
    >
      {result.table.map((row) => (
        <tr key={row.apiName} data-picked={row.apiName === result.storageClass ? 'true' : undefined}>
          <th scope="row">
            {row.name}
            {row.apiName === result.storageClass ? ' (picked)' : ''}
          </th>
          <td>{row.availability}</td>
          <td>{row.azs}</td>
          <td>{row.minDuration}</td>
          <td>{row.minBillableSize}</td>
          <td>{row.retrievalFee}</td>
          <td>{row.firstByteLatency}</td>
        </tr>
      ))}
    </ScrollTable>
  );
}

function Details({ result }: { result: model.Success }) {
  return (
    <>
      <Why items={result.explanation} />
      <Warnings items={result.warnings} />
      <p class="widget-subhead">Suggested lifecycle rule</p>
      <p data-testid="lifecycle">{result.lifecycle.text}</p>
      <ClassTable result={result} />
      <p class="widget-subhead">Why not the others</p>
      <ul data-testid="not-picked">
        {result.notPicked.map((other) => (
          <li key={other.apiName}>
            <strong>{other.name}:</strong> {other.reason}
          </li>
        ))}
      </ul>
      <Sources docs={result.docs} />
    </>
  );
}

/**
 * The compact result, for the picker embedded in a page that has its own storage-class table: the answer (above),
 * why, any warnings, and a link to the full tool with the same answers.
 */
function CompactDetails({ inputs, result }: { inputs: model.Inputs; result: model.Success }) {
  return (
    <>
      <Why items={result.explanation} />
      <Warnings items={result.warnings} />
      <p class="widget-more">
        <a href={`${import.meta.env.BASE_URL}${TOOL_PATH}${searchFor(model, inputs)}`}>Open these answers in the full S3 storage-class picker</a> for
        the suggested lifecycle rule, every class compared, why not the others, and the AWS sources.
      </p>
    </>
  );
}

/** The tool page of its own (its default `idPrefix`), to which the compact form links. */
const TOOL_PATH = 'tools/s3-storage-class-picker/';
const TOOL_ID_PREFIX = 's3p';

/**
 * S3 storage-class picker: maps the model's state and result to JSX. Embedded in another page (any `idPrefix` other
 * than the tool page's) it is compact unless `compact={false}`: the answer and why, with a link to the full tool.
 */
export default function S3StorageClassPicker({ idPrefix = TOOL_ID_PREFIX, compact }: { idPrefix?: string; compact?: boolean }) {
  const widget = useWidget(model, idPrefix, allowed);
  const { inputs, result, form } = widget;
  const isCompact = compact ?? idPrefix !== TOOL_ID_PREFIX;
  return (
    <WidgetShell
      title="S3 storage-class picker"
      testId="s3-picker"
      state={widget}
      legend="How the data is used"
      fields={<Fields form={form} />}
      print={{ caption: 'S3 storage-class picker: inputs and result', rows: printRows(inputs, result) }}
      headline={result.ok ? <Headline result={result} /> : null}
    >
      {result.ok ? isCompact ? <CompactDetails inputs={inputs} result={result} /> : <Details result={result} /> : null}
    </WidgetShell>
  );
}
