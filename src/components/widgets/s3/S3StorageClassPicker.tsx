import * as model from '~/libs/widgets/s3/model';
import { CheckboxField, ChoiceField, NumberField, ScrollTable, Sources, Warnings, Why, type WidgetForm } from '~/components/islands/ui';
import { choiceField, numberField } from '~/components/widgets/form';
import { useWidget, WidgetShell } from '~/components/widgets/WidgetShell';

const ACCESS_OPTIONS = [
  { value: 'frequent', label: 'Frequently', hint: 'more than once a month' },
  { value: 'infrequent', label: 'Infrequently', hint: 'about once a month' },
  { value: 'rare', label: 'Rarely', hint: 'about once a quarter' },
  { value: 'archive', label: 'Archive', hint: 'once a year or less' },
  { value: 'unknown', label: 'Unknown or changing', hint: '' },
] as const satisfies ReadonlyArray<{ value: model.AccessPattern; label: string; hint: string }>;

const RETRIEVAL_OPTIONS = [
  { value: 'ms', label: 'Milliseconds' },
  { value: 'minutes', label: 'Minutes' },
  { value: 'hours', label: 'Hours' },
] as const satisfies ReadonlyArray<{ value: model.RetrievalNeed; label: string }>;

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
    ['Fastest retrieval', labelOf(RETRIEVAL_OPTIONS, inputs.retrieval)],
    ['Availability Zones', labelOf(AZ_OPTIONS, inputs.az)],
    ['Kept for', `${inputs.keep} days`],
    ['Average object size', `${inputs.size} KB`],
    ['Single-digit-ms latency', inputs.perf ? 'yes' : 'no'],
    ['Storage class', result.ok ? `${result.name} (${result.storageClass})` : 'no result: an input is invalid'],
  ];
}

function Fields({ form }: { form: WidgetForm<model.Inputs> }) {
  return (
    <>
      <ChoiceField {...choiceField(form, model.FIELDS, 'access')} options={ACCESS_OPTIONS} />
      <ChoiceField {...choiceField(form, model.FIELDS, 'retrieval')} options={RETRIEVAL_OPTIONS} />
      <ChoiceField {...choiceField(form, model.FIELDS, 'az')} options={AZ_OPTIONS} />
      <div class="widget-field-group">
        <NumberField {...numberField(form, model.FIELDS, 'keep')} />
        <NumberField {...numberField(form, model.FIELDS, 'size')} />
        <CheckboxField
          id={`${form.idPrefix}-perf`}
          name="perf"
          label="Needs single-digit-millisecond latency"
          hint="For request-heavy workloads such as ML training reads; only changes the pick for frequently read data in one AZ."
          checked={form.inputs.perf}
          onChange={(value) => form.set('perf', value)}
        />
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

/** S3 storage-class picker: maps the model's state and result to JSX. */
export default function S3StorageClassPicker({ idPrefix = 's3p' }: { idPrefix?: string }) {
  const widget = useWidget(model, idPrefix, allowed);
  const { inputs, result, form } = widget;
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
      {result.ok ? <Details result={result} /> : null}
    </WidgetShell>
  );
}
