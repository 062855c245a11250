import { useState } from 'preact/hooks';

import * as model from '~/libs/widgets/emr/model';
import {
  ChoiceField,
  Controls,
  JsControls,
  NoResult,
  NumberField,
  PrintSummary,
  SelectField,
  Sources,
  UrlNotes,
  Warnings,
  WidgetFrame,
  Why,
  useHydrated,
} from '~/components/islands/ui';
import { choiceField, numberField } from '~/components/widgets/form';
import { useWidgetState } from '~/components/widgets/useWidgetState';
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

/** EMR node-type explainer: a cluster picture, the role of the chosen node type, and the cluster's risk. */
export default function EmrNodeTypes({ idPrefix = 'emr' }: { idPrefix?: string }) {
  const hydrated = useHydrated();
  const { inputs, notes, set, reset } = useWidgetState(model);
  const [selected, setSelected] = useState<model.NodeRole>('primary');
  const result = model.evaluate(inputs);
  const errors: Partial<Record<model.Field, string>> = result.ok ? {} : result.errors;
  const form = { idPrefix, inputs, errors, allowed: model.ALLOWED, set };
  const info = model.NODE_ROLE_INFO[selected];
  const applyPreset = (preset: model.Preset) => {
    for (const key of Object.keys(preset.inputs) as Array<keyof model.Inputs>) set(key, preset.inputs[key]);
  };

  return (
    <WidgetFrame title="EMR node-type explainer" testId="emr-explainer" hydrated={hydrated}>
      <UrlNotes notes={notes} />
      <div data-pagefind-ignore="all">
        <JsControls hydrated={hydrated} class="widget-presets" legend="Presets:">
          {model.PRESETS.map((preset) => (
            <button type="button" key={preset.id} onClick={() => applyPreset(preset)} title={preset.description}>
              {preset.name}
            </button>
          ))}
        </JsControls>
      </div>
      <Controls legend="Cluster" onReset={reset} hydrated={hydrated}>
        <ChoiceField {...choiceField(form, model.FIELDS, 'primaries')} options={PRIMARY_OPTIONS} />
        <NumberField {...numberField(form, model.FIELDS, 'cores')} />
        <NumberField {...numberField(form, model.FIELDS, 'tasks')} />
        <div class="widget-field-group">
          {model.NODE_ROLES.map((role) => (
            <SelectField
              key={role}
              id={`${idPrefix}-${role}-purchase`}
              name={role}
              label={`${model.NODE_ROLE_INFO[role].name}: purchasing`}
              value={inputs[role]}
              options={PURCHASE_OPTIONS}
              error={errors[role]}
              onChange={(value) => set(role, value)}
            />
          ))}
        </div>
      </Controls>

      {/* Printed in place of the controls, before the explanation. */}
      <PrintSummary
        caption="EMR node-type explainer: inputs and result"
        rows={[
          ['Primary nodes', `${inputs.primaries} × ${model.PURCHASE_NAMES[inputs.primary]}`],
          ['Core nodes', `${inputs.cores} × ${model.PURCHASE_NAMES[inputs.core]}`],
          ['Task nodes', `${inputs.tasks} × ${model.PURCHASE_NAMES[inputs.task]}`],
          ['Risk', result.ok ? result.risk : 'no result: an input is invalid'],
          ['HDFS replication factor', result.ok ? (result.hasHdfs ? String(result.replicationFactor) : 'no HDFS') : '—'],
        ]}
      />

      <div class="widget-result">
        <div aria-live="polite" aria-atomic="true">
          {result.ok ? (
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
          ) : (
            <NoResult />
          )}
        </div>
        {result.ok ? <p>{result.riskReason}</p> : null}

        <div data-pagefind-ignore="all">
          <JsControls hydrated={hydrated} class="emr-cluster" legend="The cluster (choose a node type to see what it does)">
            {model.NODE_ROLES.map((role) => {
              const group = result.ok ? result.groups.find((g) => g.role === role) : undefined;
              const count = group?.count ?? 0;
              const purchase = model.PURCHASE_NAMES[inputs[role]];
              return (
                <button
                  type="button"
                  key={role}
                  class="emr-group"
                  data-role={role}
                  data-testid={`node-${role}`}
                  aria-pressed={selected === role}
                  onClick={() => setSelected(role)}
                >
                  <span class="emr-group-name">{model.NODE_ROLE_INFO[role].name}</span>
                  <span class="emr-group-meta">
                    {count} × {purchase}
                  </span>
                  <span class="emr-boxes" aria-hidden="true">
                    {Array.from({ length: Math.min(count, MAX_BOXES) }, (_, i) => (
                      <span key={i} class="emr-box" data-spot={inputs[role] === 'spot' ? 'true' : undefined} />
                    ))}
                    {count > MAX_BOXES ? <span class="emr-more">+{count - MAX_BOXES}</span> : null}
                  </span>
                </button>
              );
            })}
          </JsControls>
        </div>

        <div class="emr-role" data-testid="role-explanation" data-role={selected}>
          <p class="widget-subhead">{info.name}</p>
          <dl>
            <dt>Role</dt>
            <dd>{info.role}</dd>
            <dt>When it fails</dt>
            <dd>{info.failure}</dd>
            <dt>On a Spot interruption</dt>
            <dd>{info.spotInterruption}</dd>
            <dt>Purchasing option that suits it</dt>
            <dd>{info.suitedPurchasing}</dd>
          </dl>
        </div>

        {result.ok ? (
          <>
            <Why items={result.explanation} />
            <Warnings items={result.warnings} />
          </>
        ) : null}

        <p class="widget-subhead">Managed scaling</p>
        <ul>
          {[...model.MANAGED_SCALING.scaleUp, ...model.MANAGED_SCALING.scaleDown].map((line) => (
            <li key={line}>{line}</li>
          ))}
          <li>{model.MANAGED_SCALING.note}</li>
        </ul>

        <div class="widget-table-wrap" tabIndex={0} role="group" aria-label="Where EMR keeps data (scrollable)">
          <table>
            <caption>Where EMR keeps data</caption>
            <thead>
              <tr>
                <th scope="col">Storage</th>
                <th scope="col">Address</th>
                <th scope="col">Lifetime</th>
                <th scope="col">Best for</th>
              </tr>
            </thead>
            <tbody>
              {model.STORAGE_OPTIONS.map((option) => (
                <tr key={option.id}>
                  <th scope="row">{option.name}</th>
                  <td>{option.prefix}</td>
                  <td>{option.persistence}</td>
                  <td>{option.bestFor}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Sources docs={model.DOCS} />
      </div>
    </WidgetFrame>
  );
}
