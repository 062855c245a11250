/**
 * Kinesis shard calculator: its fields, described once (label, unit, range, default, why the maximum), and the URL
 * state derived from them, with the one cross-field rule a URL can break (enhanced fan-out consumer limit).
 */
import { ignoredNote } from '../shared/params';
import { fieldsOf, type FieldTables, type InputsOf } from '../shared/fields';
import { CAPACITY_MODES, CONSUMER_MODES, MAX_EFO_CONSUMERS, MAX_EFO_CONSUMERS_ADVANTAGE, MAX_RECORD_KB, efoConsumerLimit } from './data';

/** The fields, in URL order; each name is its URL parameter. */
const TABLE = {
  /** Average record size in KB. */
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
      maxReason:
        'the AWS maximum record size is 10 MiB (10,240 KB), and that only after raising the stream\u2019s maximum record size from its 1 MiB default',
    },
  },
  /** Records written per second. */
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
      maxReason:
        'more than 100,000,000 records/s would need over 100,000 shards for the record count alone, five times the largest default shard quota (20,000 per account)',
    },
  },
  /** Number of consumer applications. */
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
      maxReason:
        'more than 1,000 applications reading one stream is not a realistic design (enhanced fan-out allows 20 per stream, 50 with On-demand Advantage)',
    },
  },
  /** Consumer type: shared throughput (GetRecords) or enhanced fan-out. */
  mode: { kind: 'choice', values: CONSUMER_MODES, default: 'shared', label: 'Consumer type' },
  /** Capacity mode: it sets the enhanced fan-out limit; the shard count is always for provisioned mode. */
  capacity: { kind: 'choice', values: CAPACITY_MODES, default: 'provisioned', label: 'Capacity mode' },
} as const satisfies FieldTables;

/** The form state. Numeric fields are raw strings so that bad input can be reported. */
export type Inputs = InputsOf<typeof TABLE>;
export type Field = keyof Inputs;
/** The table, its defaults, numeric specs and hints, and the URL state (fromSearchParams, toSearchParams). */
export const { FIELDS, DEFAULTS, SPECS, ALLOWED, fromSearchParams, toSearchParams } = fieldsOf<Inputs>(TABLE, { crossCheck: efoLimitNote });

/** Each value can be valid on its own and still break the per-stream limit of enhanced fan-out consumers. */
function efoLimitNote(inputs: Inputs, notes: string[]): Inputs {
  const limit = efoConsumerLimit(inputs.capacity);
  if (inputs.mode !== 'efo' || Number(inputs.consumers) <= limit) return inputs;
  const fallback = TABLE.consumers.default;
  notes.push(ignoredNote('consumers', inputs.consumers, `at most ${limit} with enhanced fan-out (mode=efo, capacity=${inputs.capacity})`, fallback));
  return { ...inputs, consumers: fallback };
}

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
