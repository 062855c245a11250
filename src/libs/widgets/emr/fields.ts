/**
 * EMR node-type explainer: its fields, described once (label, range, default, why the maximum), the presets, and the
 * URL state derived from them, with the one cross-field rule a URL can break (three primary nodes are On-Demand only).
 */
import { ignoredNote, type NumberSpec } from '../shared/params';
import { fieldsOf, type FieldTables, type InputsOf, type NumberFieldDef } from '../shared/fields';
import { HA_PRIMARY_OPTIONS, PRIMARY_COUNTS, PURCHASE_OPTIONS } from './data';

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
const TABLE = {
  /** 1, or 3 for high availability. */
  primaries: { kind: 'choice', values: PRIMARY_COUNTS, default: '1', label: 'Primary nodes' },
  /** Core nodes, 0 or more. */
  cores: nodeCount('Core nodes', 'core nodes', '2'),
  /** Task nodes, 0 or more. */
  tasks: nodeCount('Task nodes', 'task nodes', '4'),
  /** The purchasing option of each group. */
  primary: { kind: 'choice', values: PURCHASE_OPTIONS, default: 'ondemand', label: 'Primary purchasing option' },
  core: { kind: 'choice', values: PURCHASE_OPTIONS, default: 'ondemand', label: 'Core purchasing option' },
  task: { kind: 'choice', values: PURCHASE_OPTIONS, default: 'spot', label: 'Task purchasing option' },
} as const satisfies FieldTables;

/** The form state. Counts are raw strings so that bad input can be reported. */
export type Inputs = InputsOf<typeof TABLE>;
export type Field = keyof Inputs;
/** The table, its defaults, numeric specs and hints, and the URL state (fromSearchParams, toSearchParams). */
export const { FIELDS, DEFAULTS, SPECS, ALLOWED, fromSearchParams, toSearchParams } = fieldsOf<Inputs>(TABLE, { crossCheck: haPrimaryNote });

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
    description:
      'Three primary nodes for high availability, primary and core nodes on capacity that is never interrupted (Reserved Instances pay off for a cluster that runs all the time), and Spot task nodes for peaks. AWS: long-running and data-critical clusters keep primary and core On-Demand and put task nodes on Spot.',
    inputs: { primaries: '3', cores: '4', tasks: '4', primary: 'reserved', core: 'reserved', task: 'spot' },
  },
  {
    id: 'transient-batch',
    name: 'Transient batch job',
    description:
      'A cluster that starts, runs its steps and terminates: On-Demand primary and core nodes so the job finishes, Spot task nodes for cheap extra capacity, input and output in Amazon S3 (EMRFS).',
    inputs: { primaries: '1', cores: '2', tasks: '4', primary: 'ondemand', core: 'ondemand', task: 'spot' },
  },
  {
    id: 'cost-test',
    name: 'Cost-driven test',
    description:
      'Everything on Spot for the lowest cost. An interruption can end the cluster or lose HDFS data, which AWS calls acceptable for application testing and cost-driven workloads where losing partial work is acceptable.',
    inputs: { primaries: '1', cores: '2', tasks: '2', primary: 'spot', core: 'spot', task: 'spot' },
  },
];

/** Each value can be valid on its own and still break the On-Demand-only rule of three primary nodes. */
function haPrimaryNote(inputs: Inputs, notes: string[]): Inputs {
  if (inputs.primaries !== '3' || HA_PRIMARY_OPTIONS.includes(inputs.primary)) return inputs;
  const fallback = TABLE.primary.default;
  notes.push(
    ignoredNote(
      'primary',
      inputs.primary,
      'ondemand or reserved with three primary nodes (EMR launches the primary nodes of a high-availability cluster only as On-Demand Instances)',
      fallback,
    ),
  );
  return { ...inputs, primary: fallback };
}
