/**
 * EMR node-type explainer: its fields, described once (label, range, default, why the maximum), the presets, and the
 * URL state derived from them, with the one cross-field rule a URL can break (three primary nodes are On-Demand only).
 */
import { ignoredNote, type NumberSpec } from '../shared/params';
import { allowedOf, defaultsOf, readFields, specsOf, writeFields, type FieldTable, type NumberFieldDef } from '../shared/fields';
import { HA_PRIMARY_OPTIONS, PRIMARY_COUNTS, PURCHASE_OPTIONS, type PrimaryCount, type PurchaseOption } from './data';

/** The form state. Counts are raw strings so that bad input can be reported. */
export interface Inputs {
  /** `primaries`: 1, or 3 for high availability. */
  readonly primaries: PrimaryCount;
  /** `cores`: core nodes, 0 or more. */
  readonly cores: string;
  /** `tasks`: task nodes, 0 or more. */
  readonly tasks: string;
  /** `primary`, `core`, `task`: purchasing option per group. */
  readonly primary: PurchaseOption;
  readonly core: PurchaseOption;
  readonly task: PurchaseOption;
}

export type Field = keyof Inputs;

/** A node count: a whole number from 0 to 1,000 (a sanity bound, not an AWS limit). */
function nodeCount(label: string, plural: string, fallback: string): NumberFieldDef {
  const spec: NumberSpec = {
    label,
    unit: '',
    integer: true,
    allowZero: true,
    max: 1000,
    maxReason: `more than 1,000 ${plural} is treated as a typo in this explainer`,
  };
  return { kind: 'number', default: fallback, form: { label }, spec };
}

/** The fields, in URL order; each name is its URL parameter. The defaults are the transient batch job preset. */
export const FIELDS: FieldTable<Inputs> = {
  primaries: { kind: 'choice', values: PRIMARY_COUNTS, default: '1', label: 'Primary nodes' },
  cores: nodeCount('Core nodes', 'core nodes', '2'),
  tasks: nodeCount('Task nodes', 'task nodes', '4'),
  primary: { kind: 'choice', values: PURCHASE_OPTIONS, default: 'ondemand', label: 'Primary purchasing option' },
  core: { kind: 'choice', values: PURCHASE_OPTIONS, default: 'ondemand', label: 'Core purchasing option' },
  task: { kind: 'choice', values: PURCHASE_OPTIONS, default: 'spot', label: 'Task purchasing option' },
};

export const DEFAULTS: Inputs = defaultsOf(FIELDS);
export const SPECS = specsOf(FIELDS);

export interface Preset {
  readonly id: 'long-running' | 'transient-batch' | 'cost-test';
  readonly name: string;
  readonly description: string;
  readonly inputs: Inputs;
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'long-running',
    name: 'Long-running, data-critical',
    description: 'Three primary nodes for high availability, primary and core nodes on capacity that is never interrupted (Reserved Instances pay off for a cluster that runs all the time), and Spot task nodes for peaks. AWS: long-running and data-critical clusters keep primary and core On-Demand and put task nodes on Spot.',
    inputs: { primaries: '3', cores: '4', tasks: '4', primary: 'reserved', core: 'reserved', task: 'spot' },
  },
  {
    id: 'transient-batch',
    name: 'Transient batch job',
    description: 'A cluster that starts, runs its steps and terminates: On-Demand primary and core nodes so the job finishes, Spot task nodes for cheap extra capacity, input and output in Amazon S3 (EMRFS).',
    inputs: { primaries: '1', cores: '2', tasks: '4', primary: 'ondemand', core: 'ondemand', task: 'spot' },
  },
  {
    id: 'cost-test',
    name: 'Cost-driven test',
    description: 'Everything on Spot for the lowest cost. An interruption can end the cluster or lose HDFS data, which AWS calls acceptable for application testing and cost-driven workloads where losing partial work is acceptable.',
    inputs: { primaries: '1', cores: '2', tasks: '2', primary: 'spot', core: 'spot', task: 'spot' },
  },
];

/** Reads the widget state from a query string; unknown parameters are ignored. */
export function fromSearchParams(params: URLSearchParams): { inputs: Inputs; notes: string[] } {
  const notes: string[] = [];
  const inputs = readFields(FIELDS, params, notes);
  // Each value can be valid on its own and still break the On-Demand-only rule of three primary nodes.
  if (inputs.primaries === '3' && !HA_PRIMARY_OPTIONS.includes(inputs.primary)) {
    notes.push(
      ignoredNote(
        'primary',
        inputs.primary,
        'ondemand or reserved with three primary nodes (EMR launches the primary nodes of a high-availability cluster only as On-Demand Instances)',
        DEFAULTS.primary,
      ),
    );
    return { inputs: { ...inputs, primary: DEFAULTS.primary }, notes };
  }
  return { inputs, notes };
}

/** Writes only valid, non-default values, so the default state has a clean URL. */
export function toSearchParams(inputs: Inputs): URLSearchParams {
  return writeFields(FIELDS, inputs);
}

/** What each numeric field allows, for hints beside the inputs. */
export const ALLOWED = allowedOf(FIELDS);
