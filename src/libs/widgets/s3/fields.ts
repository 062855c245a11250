/**
 * S3 storage-class picker: its fields, described once (label, unit, range, default, why the maximum), and the URL
 * state derived from them.
 */
import { fieldsOf, type FieldTables, type InputsOf } from '../shared/fields';
import { ACCESS_PATTERNS, AZ_CHOICES, MAX_OBJECT_KB, RETRIEVAL_NEEDS } from './data';

/** The fields, in URL order; each name is its URL parameter. */
const TABLE = {
  /** How often the data is read. */
  access: { kind: 'choice', values: ACCESS_PATTERNS, default: 'frequent', label: 'Access pattern', legend: 'How often is the data read?' },
  /** The fastest retrieval needed. */
  retrieval: { kind: 'choice', values: RETRIEVAL_NEEDS, default: 'ms', label: 'Fastest retrieval needed' },
  /** Multi-AZ, or a single AZ (only for data that can be re-created). */
  az: { kind: 'choice', values: AZ_CHOICES, default: 'multi', label: 'Availability Zones' },
  /** How long objects are kept, in days. */
  keep: {
    kind: 'number',
    default: '365',
    form: { label: 'Objects kept for', unit: 'days' },
    spec: {
      label: 'How long objects are kept',
      unit: 'days',
      integer: true,
      allowZero: false,
      max: 36500,
      maxReason: 'more than 36,500 days (100 years) is treated as a typo; S3 itself sets no maximum, so for \u201cforever\u201d enter 36,500',
    },
  },
  /** Average object size in KB. */
  size: {
    kind: 'number',
    default: '1024',
    form: { label: 'Average object size', unit: 'KB' },
    spec: {
      label: 'Average object size',
      unit: 'KB',
      integer: false,
      allowZero: false,
      min: 0.001,
      max: MAX_OBJECT_KB,
      // AWS (UsingObjects): "the actual maximum object size is 53.7 TB (48.8 TiB)"; 52,428,800,000 KiB = 48.83 TiB.
      maxText: '48.8 TiB',
      maxReason: 'the largest S3 object is 48.8 TiB (10,000 parts \u00d7 5 GiB = 52,428,800,000 KB)',
    },
  },
  /** `perf=1`: single-digit-millisecond latency needed for request-heavy access. */
  perf: { kind: 'flag', default: false, label: 'Performance requirement', allowed: '1 (needs single-digit-millisecond latency) or 0' },
} as const satisfies FieldTables;

/** The form state. Numeric fields are raw strings so that bad input can be reported. */
export type Inputs = InputsOf<typeof TABLE>;
export type Field = keyof Inputs;
/**
 * The form asks latency once: "Fastest retrieval needed", whose first answer, single-digit milliseconds, is
 * `perf=1` with `retrieval=ms` (the older form had a separate latency box, so its URLs still carry `perf`). A URL
 * with `perf=1` and a retrieval in minutes or hours asks for both, which the one question cannot show: the retrieval
 * is kept (it decides the archive class) and `perf` is dropped with a note.
 */
function oneLatencyAnswer(inputs: Inputs, notes: string[]): Inputs {
  if (!inputs.perf || inputs.retrieval === 'ms') return inputs;
  notes.push(
    `Ignored URL parameter "perf" (value "1"): single-digit-millisecond latency cannot go with retrieval in ${inputs.retrieval}, and the form now asks both as one question (Fastest retrieval needed). Using ${inputs.retrieval}.`,
  );
  return { ...inputs, perf: false };
}

/** The table, its defaults, numeric specs and hints, and the URL state; a note about `perf` comes first. */
export const { FIELDS, DEFAULTS, SPECS, ALLOWED, fromSearchParams, toSearchParams } = fieldsOf<Inputs>(TABLE, {
  order: ['perf', 'access', 'retrieval', 'az', 'keep', 'size'],
  crossCheck: oneLatencyAnswer,
});
