/**
 * S3 storage-class picker: its fields, described once (label, unit, range, default, why the maximum), and the URL
 * state derived from them.
 */
import { allowedOf, defaultsOf, readFields, specsOf, writeFields, type FieldTable } from '../shared/fields';
import { ACCESS_PATTERNS, AZ_CHOICES, MAX_OBJECT_KB, RETRIEVAL_NEEDS, type AccessPattern, type AzChoice, type RetrievalNeed } from './data';

/** The form state. Numeric fields are raw strings so that bad input can be reported. */
export interface Inputs {
  /** `access`: how often the data is read. */
  readonly access: AccessPattern;
  /** `retrieval`: the fastest retrieval needed. */
  readonly retrieval: RetrievalNeed;
  /** `az`: multi-AZ, or a single AZ (only for data that can be re-created). */
  readonly az: AzChoice;
  /** `keep`: how long objects are kept, in days. */
  readonly keep: string;
  /** `size`: average object size in KB. */
  readonly size: string;
  /** `perf=1`: single-digit-millisecond latency needed for request-heavy access. */
  readonly perf: boolean;
}

export type Field = keyof Inputs;

/** The fields, in URL order; each name is its URL parameter. */
export const FIELDS: FieldTable<Inputs> = {
  access: { kind: 'choice', values: ACCESS_PATTERNS, default: 'frequent', label: 'Access pattern', legend: 'How often is the data read?' },
  retrieval: { kind: 'choice', values: RETRIEVAL_NEEDS, default: 'ms', label: 'Fastest retrieval needed' },
  az: { kind: 'choice', values: AZ_CHOICES, default: 'multi', label: 'Availability Zones' },
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
      maxReason: 'the largest S3 object is 50 TB (10,000 parts \u00d7 5 GiB = 52,428,800,000 KB)',
    },
  },
  perf: { kind: 'flag', default: false, label: 'Performance requirement', allowed: '1 (needs single-digit-millisecond latency) or 0' },
};

export const DEFAULTS: Inputs = defaultsOf(FIELDS);
export const SPECS = specsOf(FIELDS);

/** Reads the widget state from a query string; unknown parameters are ignored. The note about `perf` comes first. */
export function fromSearchParams(params: URLSearchParams): { inputs: Inputs; notes: string[] } {
  const notes: string[] = [];
  const inputs = readFields(FIELDS, params, notes, ['perf', 'access', 'retrieval', 'az', 'keep', 'size']);
  return { inputs, notes };
}

/** Writes only valid, non-default values, so the default state has a clean URL. */
export function toSearchParams(inputs: Inputs): URLSearchParams {
  return writeFields(FIELDS, inputs);
}

/** What each numeric field allows, for hints beside the inputs. */
export const ALLOWED = allowedOf(FIELDS);
