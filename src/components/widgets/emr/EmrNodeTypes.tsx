import { useState } from 'preact/hooks';

import * as model from '~/libs/widgets/emr/model';
import { ChoiceField, JsControls, NumberField, ScrollTable, SelectField, Sources, Warnings, Why, type WidgetForm } from '~/components/islands/ui';
import { choiceField, numberField } from '~/components/widgets/form';
import { useWidget, WidgetShell } from '~/components/widgets/WidgetShell';
import './emr.css';

const PRIMARY_OPTIONS = [
  { value: '1', label: 'One', hint: 'the cluster ends if it fails' },
  { value: '3', label: 'Three', hint: 'high availability; On-Demand primary nodes only' },
] as const satisfies ReadonlyArray<{ value: model.PrimaryCount; label: string; hint: string }>;

const PURCHASE_OPTIONS = model.PURCHASE_OPTIONS.map((value) => ({ value, label: model.PURCHASE_NAMES[value] }));

/** How each risk level looks besides its colour: a distinct symbol (the word itself follows it). */
const RISK_SYMBOL: Readonly<Record<model.Risk, string>> = { low: '\u2713', medium: '!', high: '\u2715' };

/** How many node boxes the picture draws per group before it says "+ N more". */
const MAX_BOXES = 8;

const allowed = () => model.ALLOWED;

function printRows(inputs: model.Inputs, result: model.Result): Array<[string, string]> {
  return [
    ['Primary nodes', `${inputs.primaries} × ${model.PURCHASE_NAMES[inputs.primary]}`],
    ['Core nodes', `${inputs.cores} × ${model.PURCHASE_NAMES[inputs.core]}`],
    ['Task nodes', `${inputs.tasks} × ${model.PURCHASE_NAMES[inputs.task]}`],
    ['Risk', result.ok ? result.risk : 'no result: an input is invalid'],
    ['HDFS replication factor', result.ok ? (result.hasHdfs ? String(result.replicationFactor) : 'no HDFS') : '—'],
  ];
}

function Presets({ hydrated, set }: { hydrated: boolean; set: WidgetForm<model.Inputs>['set'] }) {
  const applyPreset = (preset: model.Preset) => {
    for (const key of Object.keys(preset.inputs) as Array<keyof model.Inputs>) set(key, preset.inputs[key]);
  };
  return (
    <div data-pagefind-ignore="all">
      <JsControls hydrated={hydrated} class="widget-presets" legend="Presets:">
        {model.PRESETS.map((preset) => (
          <button type="button" key={preset.id} onClick={() => applyPreset(preset)} title={preset.description}>
            {preset.name}
          </button>
        ))}
      </JsControls>
    </div>
  );
}

function Fields({ form }: { form: WidgetForm<model.Inputs> }) {
  return (
    <>
      <ChoiceField {...choiceField(form, model.FIELDS, 'primaries')} options={PRIMARY_OPTIONS} />
      <NumberField {...numberField(form, model.FIELDS, 'cores')} />
      <NumberField {...numberField(form, model.FIELDS, 'tasks')} />
      <div class="widget-field-group">
        {model.NODE_ROLES.map((role) => (
          <SelectField
            key={role}
            id={`${form.idPrefix}-${role}-purchase`}
            name={role}
            label={`${model.NODE_ROLE_INFO[role].name}: purchasing`}
            value={form.inputs[role]}
            options={PURCHASE_OPTIONS}
            error={form.errors[role]}
            onChange={(value) => form.set(role, value)}
          />
        ))}
      </div>
    </>
  );
}

function Headline({ result }: { result: model.Success }) {
  return (
    <p class="widget-headline">
      Risk:{' '}
      <strong class="emr-risk" data-testid="cluster-risk" data-risk={result.risk}>
        <span class="emr-risk-symbol" aria-hidden="true">
          {RISK_SYMBOL[result.risk]}
        </span>{' '}
        {result.risk}
      </strong>
      ; HDFS replication factor{' '}
      <strong data-testid="hdfs-replication" data-factor={String(result.replicationFactor)}>
        {result.hasHdfs ? result.replicationFactor : '— (no core nodes, no HDFS)'}
      </strong>
      .
    </p>
  );
}

/** One node group in the cluster picture: a button that shows the group's role below. */
function NodeGroup(props: { role: model.NodeRole; count: number; purchase: model.PurchaseOption; selected: boolean; onSelect: () => void }) {
  const { role, count } = props;
  return (
    <button type="button" class="emr-group" data-role={role} data-testid={`node-${role}`} aria-pressed={props.selected} onClick={props.onSelect}>
      <span class="emr-group-name">{model.NODE_ROLE_INFO[role].name}</span>
      <span class="emr-group-meta">
        {count} × {model.PURCHASE_NAMES[props.purchase]}
      </span>
      <span class="emr-boxes" aria-hidden="true">
        {Array.from({ length: Math.min(count, MAX_BOXES) }, (_, i) => (
          <span key={i} class="emr-box" data-spot={props.purchase === 'spot' ? 'true' : undefined} />
        ))}
        {count > MAX_BOXES ? <span class="emr-more">+{count - MAX_BOXES}</span> : null}
      </span>
    </button>
  );
}

function Cluster(props: {
  hydrated: boolean;
  inputs: model.Inputs;
  result: model.Result;
  selected: model.NodeRole;
  onSelect: (role: model.NodeRole) => void;
}) {
  const { result } = props;
  return (
    <div data-pagefind-ignore="all">
      <JsControls hydrated={props.hydrated} class="emr-cluster" legend="The cluster (choose a node type to see what it does)">
        {model.NODE_ROLES.map((role) => (
          <NodeGroup
            key={role}
            role={role}
            count={(result.ok ? result.groups.find((g) => g.role === role) : undefined)?.count ?? 0}
            purchase={props.inputs[role]}
            selected={props.selected === role}
            onSelect={() => props.onSelect(role)}
          />
        ))}
      </JsControls>
    </div>
  );
}

function RoleExplanation({ selected }: { selected: model.NodeRole }) {
  const info = model.NODE_ROLE_INFO[selected];
  return (
    <div class="emr-role" data-testid="role-explanation" data-role={selected}>
      <p class="widget-subhead">{info.name}</p>
      {/* Each term and its description in a <div> (as HTML allows in a <dl>), with a space between them: the search
          index (Pagefind) ends a <div> with a full stop and runs a <dt> into its <dd> without one, so its excerpts
          would otherwise read "replaces the failed one.On a Spot interruptionA Spot…". */}
      <dl>
        {(
          [
            ['Role', info.role],
            ['When it fails', info.failure],
            ['On a Spot interruption', info.spotInterruption],
            ['Purchasing option that suits it', info.suitedPurchasing],
          ] as const
        ).map(([term, description]) => (
          <div key={term}>
            <dt>{term}</dt> <dd>{description}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** What does not depend on the inputs: managed scaling, where EMR keeps data, and the sources. */
function Background() {
  return (
    <>
      <p class="widget-subhead">Managed scaling</p>
      <ul>
        {[...model.MANAGED_SCALING.scaleUp, ...model.MANAGED_SCALING.scaleDown].map((line) => (
          <li key={line}>{line}</li>
        ))}
        <li>{model.MANAGED_SCALING.note}</li>
      </ul>

      <ScrollTable label="Where EMR keeps data (scrollable)" caption="Where EMR keeps data" columns={['Storage', 'Address', 'Lifetime', 'Best for']}>
        {model.STORAGE_OPTIONS.map((option) => (
          <tr key={option.id}>
            <th scope="row">{option.name}</th>
            <td>{option.prefix}</td>
            <td>{option.persistence}</td>
            <td>{option.bestFor}</td>
          </tr>
        ))}
      </ScrollTable>
      <Sources docs={model.DOCS} />
    </>
  );
}

/** EMR node-type explainer: a cluster picture, the role of the chosen node type, and the cluster's risk. */
export default function EmrNodeTypes({ idPrefix = 'emr' }: { idPrefix?: string }) {
  const widget = useWidget(model, idPrefix, allowed);
  const { hydrated, inputs, set, result, form } = widget;
  const [selected, setSelected] = useState<model.NodeRole>('primary');
  return (
    <WidgetShell
      title="EMR node-type explainer"
      testId="emr-explainer"
      state={widget}
      before={<Presets hydrated={hydrated} set={set} />}
      legend="Cluster"
      fields={<Fields form={form} />}
      print={{ caption: 'EMR node-type explainer: inputs and result', rows: printRows(inputs, result) }}
      headline={result.ok ? <Headline result={result} /> : null}
    >
      {result.ok ? <p>{result.riskReason}</p> : null}
      <Cluster hydrated={hydrated} inputs={inputs} result={result} selected={selected} onSelect={setSelected} />
      <RoleExplanation selected={selected} />
      {result.ok ? (
        <>
          <Why items={result.explanation} />
          <Warnings items={result.warnings} />
        </>
      ) : null}
      <Background />
    </WidgetShell>
  );
}
