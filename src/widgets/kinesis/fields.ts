/**
 * Kinesis shard calculator: its fields, described once (label, unit, range, default, why the maximum), and the URL
 * state derived from them, with the one cross-field rule a URL can break (enhanced fan-out consumer limit).
 */
import { ignoredNote } from '../shared/params';
import { allowedOf, defaultsOf, readFields, specsOf, writeFields, type FieldTable } from '../shared/fields';
import {
  CAPACITY_MODES,
  CONSUMER_MODES,
  MAX_EFO_CONSUMERS,
  MAX_EFO_CONSUMERS_ADVANTAGE,
  MAX_RECORD_KB,
  efoConsumerLimit,
  type CapacityMode,
  type ConsumerMode,
} from './data';

/** The form state. Numeric fields are raw strings so that bad input can be reported. */
export interface Inputs {
  /** Average record size in KB (`size`). */
  readonly size: string;
  /** Records written per second (`rate`). */
  readonly rate: string;
  /** Number of consumer applications (`consumers`). */
  readonly consumers: string;
  /** Consumer type (`mode`): shared throughput (GetRecords) or enhanced fan-out. */
  readonly mode: ConsumerMode;
  /** Capacity mode (`capacity`): it sets the enhanced fan-out limit; the shard count is always for provisioned mode. */
  readonly capacity: CapacityMode;
}

export type Field = keyof Inputs;

/** The fields, in URL order; each name is its URL parameter. */
export const FIELDS: FieldTable<Inputs> = {
  size: {
    kind: 'number',
    default: '1',
    form: { label: 'Average record size', unit: 'KB' },
    spec: {
      label: 'Average record size',
      unit: 'KB',
      integer: false,
      allowZero: false,
      max: MAX_RECORD_KB,
      maxReason: 'the AWS maximum record size is 10 MiB (10,240 KB), and that only after raising the stream\u2019s maximum record size from its 1 MiB default',
    },
  },
  rate: {
    kind: 'number',
    default: '1000',
    form: { label: 'Records per second' },
    spec: {
      label: 'Records per second',
      unit: 'records/s',
      integer: true,
      allowZero: false,
      max: 100_000_000,
      maxReason: 'more than 100,000,000 records/s would need over 100,000 shards for the record count alone, five times the largest default shard quota (20,000 per account)',
    },
  },
  consumers: {
    kind: 'number',
    default: '1',
    form: { label: 'Consumer applications' },
    spec: {
      label: 'Number of consumer applications',
      unit: '',
      integer: true,
      allowZero: false,
      max: 1000,
      maxReason: 'more than 1,000 applications reading one stream is not a realistic design (enhanced fan-out allows 20 per stream, 50 with On-demand Advantage)',
    },
  },
  mode: { kind: 'choice', values: CONSUMER_MODES, default: 'shared', label: 'Consumer type' },
  capacity: { kind: 'choice', values: CAPACITY_MODES, default: 'provisioned', label: 'Capacity mode' },
};

export const DEFAULTS: Inputs = defaultsOf(FIELDS);
export const SPECS = specsOf(FIELDS);

/** Reads the widget state from a query string; unknown parameters are ignored. */
export function fromSearchParams(params: URLSearchParams): { inputs: Inputs; notes: string[] } {
  const notes: string[] = [];
  const inputs = readFields(FIELDS, params, notes);
  // Each value can be valid on its own and still break the per-stream limit of enhanced fan-out consumers.
  const limit = efoConsumerLimit(inputs.capacity);
  if (inputs.mode === 'efo' && Number(inputs.consumers) > limit) {
    notes.push(
      ignoredNote('consumers', inputs.consumers, `at most ${limit} with enhanced fan-out (mode=efo, capacity=${inputs.capacity})`, DEFAULTS.consumers),
    );
    return { inputs: { ...inputs, consumers: DEFAULTS.consumers }, notes };
  }
  return { inputs, notes };
}

/** Writes only valid, non-default values, so the default state has a clean URL. */
export function toSearchParams(inputs: Inputs): URLSearchParams {
  return writeFields(FIELDS, inputs);
}

/** What each field allows, for hints beside the inputs (the defaults' hints). */
export const ALLOWED = allowedOf(FIELDS);

/** The hints for the current inputs: with enhanced fan-out, the consumers field says the per-stream limit. */
export function allowedFor(inputs: Inputs): Readonly<Record<Exclude<Field, 'mode' | 'capacity'>, string>> {
  if (inputs.mode !== 'efo') return ALLOWED;
  const advantage = inputs.capacity === 'advantage';
  const limit = advantage ? MAX_EFO_CONSUMERS_ADVANTAGE : MAX_EFO_CONSUMERS;
  return {
    ...ALLOWED,
    consumers: `a whole number from 1 to ${limit} (the enhanced fan-out limit per stream${advantage ? ' with On-demand Advantage' : ''})`,
  };
}
