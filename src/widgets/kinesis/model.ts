/**
 * Kinesis Data Streams shard calculator: the pure model (no DOM).
 *
 * Rules (AWS "Create and manage Kinesis data streams", "Choose the data stream capacity mode",
 * "Quotas and limits", "Enhanced fan-out", "Handle large records"):
 * - the average record size is rounded UP to whole KB; 1 KB is treated as 1 KiB;
 * - write KiB/s = rounded size x records/s;
 * - a provisioned shard takes 1 MiB/s (1,024 KiB/s) and 1,000 records/s in, and gives 2 MiB/s
 *   (2,048 KiB/s) out shared by all classic (GetRecords) consumers, with 5 GetRecords calls/s;
 *   an enhanced fan-out (EFO) consumer gets its own 2 MiB/s per shard;
 * - shards = ceiling(max(write/1024, read/2048, records/1000)), at least 1, where
 *   read = write x consumers for shared consumers and read = write for EFO (per consumer).
 */
import {
  asText,
  ignoredNote,
  describeAllowed,
  formatNumber,
  formatPrecise,
  parseEnum,
  parseNumber,
  readEnumParam,
  readNumberParam,
  writeEnumParam,
  writeNumberParam,
  type DocLink,
  type InvalidInputs,
  type Explanation,
  type NumberSpec,
} from '../shared/params';

export const CONSUMER_MODES = ['shared', 'efo'] as const;
export type ConsumerMode = (typeof CONSUMER_MODES)[number];

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
}

export type Field = keyof Inputs;

export const DEFAULTS: Inputs = { size: '1', rate: '1000', consumers: '1', mode: 'shared' };

/** Per-shard limits of a provisioned shard. */
export const SHARD_WRITE_KIB_PER_S = 1024;
export const SHARD_RECORDS_PER_S = 1000;
export const SHARD_READ_KIB_PER_S = 2048;
export const SHARD_GETRECORDS_CALLS_PER_S = 5;
/** Record size limits in KB (= KiB): 1 MiB by default, configurable up to 10 MiB. */
export const DEFAULT_MAX_RECORD_KB = 1024;
export const MAX_RECORD_KB = 10240;
/** Registered enhanced fan-out consumers per stream (provisioned and On-demand Standard). */
export const MAX_EFO_CONSUMERS = 20;
/** A new on-demand stream's default capacity: 4 MB/s write, 8 MB/s read (as KiB/s here). */
export const ON_DEMAND_DEFAULT_WRITE_KIB_PER_S = 4 * 1024;
export const ON_DEMAND_DEFAULT_READ_KIB_PER_S = 8 * 1024;
/** Default shard quota per account in US East (N. Virginia), US West (Oregon), Europe (Ireland). */
export const DEFAULT_SHARD_QUOTA = 20000;

export const SPECS: { readonly size: NumberSpec; readonly rate: NumberSpec; readonly consumers: NumberSpec } = {
  size: {
    label: 'Average record size',
    unit: 'KB',
    integer: false,
    allowZero: false,
    max: MAX_RECORD_KB,
    maxReason: 'the AWS maximum record size is 10 MiB (10,240 KB), and that only after raising the stream\u2019s maximum record size from its 1 MiB default',
  },
  rate: {
    label: 'Records per second',
    unit: 'records/s',
    integer: true,
    allowZero: false,
    max: 100_000_000,
    maxReason: 'more than 100,000,000 records/s would need over 100,000 shards for the record count alone, five times the largest default shard quota (20,000 per account)',
  },
  consumers: {
    label: 'Number of consumer applications',
    unit: '',
    integer: true,
    allowZero: false,
    max: 1000,
    maxReason: 'more than 1,000 applications reading one stream is not a realistic design (enhanced fan-out allows 20 per stream)',
  },
};

export const DOCS: readonly DocLink[] = [
  { title: 'Create and manage Kinesis data streams (shard throughput)', url: 'https://docs.aws.amazon.com/streams/latest/dev/working-with-streams.html' },
  { title: 'Choose the data stream capacity mode (sizing formula, on-demand scaling)', url: 'https://docs.aws.amazon.com/streams/latest/dev/how-do-i-size-a-stream.html' },
  { title: 'Quotas and limits', url: 'https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html' },
  { title: 'Develop enhanced fan-out consumers with dedicated throughput', url: 'https://docs.aws.amazon.com/streams/latest/dev/enhanced-consumers.html' },
  { title: 'Handle large records', url: 'https://docs.aws.amazon.com/streams/latest/dev/large-records.html' },
];

export type LimitId = 'write' | 'records' | 'read';

/** One term of the shard formula. */
export interface Term {
  readonly id: LimitId;
  readonly label: string;
  /** What the stream needs, in `unit`. */
  readonly demand: number;
  /** What one shard allows, in `unit`. */
  readonly perShard: number;
  readonly unit: string;
  /** demand / perShard, not rounded. */
  readonly value: number;
}

export interface NotesFormula {
  /** max(write/1000, read/2000). */
  readonly writeTerm: number;
  readonly readTerm: number;
  /** ceiling of the larger term, at least 1. */
  readonly shards: number;
  /** notes shards - calculator shards. */
  readonly difference: number;
  readonly explanation: string;
}

export interface OnDemandComparison {
  readonly defaultWriteKiBps: number;
  readonly defaultReadKiBps: number;
  readonly writeFitsDefault: boolean;
  /** null with enhanced fan-out: each EFO consumer has its own throughput, not the shared 8 MB/s. */
  readonly readFitsDefault: boolean | null;
  /** Twice the write rate: what a stream that peaked at this rate accommodates next. */
  readonly burstAfterPeakKiBps: number;
  readonly lines: readonly string[];
}

export interface Success {
  readonly ok: true;
  readonly shards: number;
  readonly roundedSizeKB: number;
  readonly writeKiBps: number;
  /** Shared: total read by all consumers. EFO: read per consumer (= write). */
  readonly readKiBps: number;
  readonly consumers: number;
  readonly mode: ConsumerMode;
  /** In formula order: write bandwidth, records per second, read bandwidth. */
  readonly terms: readonly Term[];
  /** The limit that decides the shard count (first of the tied ones, in formula order). */
  readonly binding: LimitId;
  /** Every limit that reaches the maximum term (more than one when they tie). */
  readonly bindingAll: readonly LimitId[];
  readonly notesFormula: NotesFormula;
  readonly onDemand: OnDemandComparison;
  readonly explanation: readonly Explanation[];
  readonly warnings: readonly string[];
  readonly docs: readonly DocLink[];
}

export type Failure = InvalidInputs<Field>;

export type Result = Success | Failure;

/** Reads the widget state from a query string; unknown parameters are ignored. */
export function fromSearchParams(params: URLSearchParams): { inputs: Inputs; notes: string[] } {
  const notes: string[] = [];
  const inputs: Inputs = {
    size: readNumberParam(params, 'size', SPECS.size, DEFAULTS.size, notes),
    rate: readNumberParam(params, 'rate', SPECS.rate, DEFAULTS.rate, notes),
    consumers: readNumberParam(params, 'consumers', SPECS.consumers, DEFAULTS.consumers, notes),
    mode: readEnumParam(params, 'mode', CONSUMER_MODES, DEFAULTS.mode, notes),
  };
  // Each value can be valid on its own and still break the per-stream limit of enhanced fan-out consumers.
  if (inputs.mode === 'efo' && Number(inputs.consumers) > MAX_EFO_CONSUMERS) {
    notes.push(
      ignoredNote('consumers', inputs.consumers, `at most ${MAX_EFO_CONSUMERS} with enhanced fan-out (mode=efo)`, DEFAULTS.consumers),
    );
    return { inputs: { ...inputs, consumers: DEFAULTS.consumers }, notes };
  }
  return { inputs, notes };
}

/** Writes only valid, non-default values, so the default state has a clean URL. */
export function toSearchParams(inputs: Inputs): URLSearchParams {
  const params = new URLSearchParams();
  writeNumberParam(params, 'size', inputs.size, SPECS.size, DEFAULTS.size);
  writeNumberParam(params, 'rate', inputs.rate, SPECS.rate, DEFAULTS.rate);
  writeNumberParam(params, 'consumers', inputs.consumers, SPECS.consumers, DEFAULTS.consumers);
  writeEnumParam(params, 'mode', inputs.mode, CONSUMER_MODES, DEFAULTS.mode);
  return params;
}


const LIMIT_NAMES: Record<LimitId, string> = {
  write: 'write bandwidth (1,024 KiB/s per shard)',
  records: 'records per second (1,000 per shard)',
  read: 'read bandwidth (2,048 KiB/s per shard)',
};

function plural(n: number, one: string, many: string): string {
  return `${formatNumber(n, 6)} ${n === 1 ? one : many}`;
}

export function evaluate(inputs: Inputs): Result {
  const errors: Partial<Record<Field, string>> = {};
  const size = parseNumber(asText(inputs.size), SPECS.size);
  const rate = parseNumber(asText(inputs.rate), SPECS.rate);
  const consumersParsed = parseNumber(asText(inputs.consumers), SPECS.consumers);
  const modeParsed = parseEnum(asText(inputs.mode), CONSUMER_MODES, 'Consumer type');
  if (!size.ok) errors.size = size.error;
  if (!rate.ok) errors.rate = rate.error;
  if (!consumersParsed.ok) errors.consumers = consumersParsed.error;
  if (!modeParsed.ok) errors.mode = modeParsed.error;
  if (consumersParsed.ok && modeParsed.ok && modeParsed.value === 'efo' && consumersParsed.value > MAX_EFO_CONSUMERS) {
    errors.consumers = `Enhanced fan-out allows at most ${MAX_EFO_CONSUMERS} registered consumers per stream (provisioned and On-demand Standard streams). Enter a whole number from 1 to ${MAX_EFO_CONSUMERS}, or choose shared consumers.`;
  }
  if (!size.ok || !rate.ok || !consumersParsed.ok || !modeParsed.ok || Object.keys(errors).length > 0) {
    return { ok: false, errors };
  }

  const mode = modeParsed.value;
  const consumers = consumersParsed.value;
  const records = rate.value;
  const roundedSizeKB = Math.ceil(size.value);
  const writeKiBps = roundedSizeKB * records;
  const readKiBps = mode === 'shared' ? writeKiBps * consumers : writeKiBps;

  const writeTerm = writeKiBps / SHARD_WRITE_KIB_PER_S;
  const recordsTerm = records / SHARD_RECORDS_PER_S;
  const readTerm = readKiBps / SHARD_READ_KIB_PER_S;
  const terms: Term[] = [
    { id: 'write', label: 'Write bandwidth', demand: writeKiBps, perShard: SHARD_WRITE_KIB_PER_S, unit: 'KiB/s', value: writeTerm },
    { id: 'records', label: 'Records per second', demand: records, perShard: SHARD_RECORDS_PER_S, unit: 'records/s', value: recordsTerm },
    { id: 'read', label: 'Read bandwidth', demand: readKiBps, perShard: SHARD_READ_KIB_PER_S, unit: 'KiB/s', value: readTerm },
  ];
  const maxTerm = Math.max(writeTerm, recordsTerm, readTerm);
  const bindingAll = terms.filter((t) => t.value === maxTerm).map((t) => t.id);
  const binding: LimitId = bindingAll[0] ?? 'write';
  const shards = Math.max(1, Math.ceil(maxTerm));

  const explanation: Explanation[] = [];
  explanation.push({
    rule: 'Record size rounded up to whole KB',
    detail:
      roundedSizeKB === size.value
        ? `${formatNumber(size.value, 6)} KB is already a whole number of KB (1 KB is treated as 1 KiB = 1,024 bytes).`
        : `${formatNumber(size.value, 6)} KB rounds up to ${formatNumber(roundedSizeKB)} KB (1 KB is treated as 1 KiB = 1,024 bytes).`,
  });
  explanation.push({
    rule: 'Write bandwidth: 1 MiB/s (1,024 KiB/s) per shard',
    detail: `${formatNumber(roundedSizeKB)} KB \u00d7 ${formatNumber(records)} records/s = ${formatNumber(writeKiBps)} KiB/s; ${formatNumber(writeKiBps)} \u00f7 1,024 = ${shardsText(writeTerm)}.`,
  });
  explanation.push({
    rule: 'Records: 1,000 records/s per shard',
    detail: `${formatNumber(records)} records/s \u00f7 1,000 = ${shardsText(recordsTerm)}.`,
  });
  explanation.push({
    rule:
      mode === 'shared'
        ? 'Read bandwidth: 2 MiB/s (2,048 KiB/s) per shard, shared by all classic consumers'
        : 'Read bandwidth: 2 MiB/s (2,048 KiB/s) per shard for each enhanced fan-out consumer',
    detail:
      mode === 'shared'
        ? `${formatNumber(writeKiBps)} KiB/s \u00d7 ${plural(consumers, 'shared consumer', 'shared consumers')} = ${formatNumber(readKiBps)} KiB/s; ${formatNumber(readKiBps)} \u00f7 2,048 = ${shardsText(readTerm)}.`
        : `Each of the ${plural(consumers, 'enhanced fan-out consumer', 'enhanced fan-out consumers')} reads ${formatNumber(readKiBps)} KiB/s with its own 2,048 KiB/s per shard; ${formatNumber(readKiBps)} \u00f7 2,048 = ${shardsText(readTerm)}.`,
  });
  const tied = bindingAll.length > 1;
  const bindingNames = bindingAll.map((id) => LIMIT_NAMES[id]).join(' and ');
  explanation.push({
    rule: tied ? 'Binding limits (tied)' : 'Binding limit',
    detail: `${capitalize(bindingNames)} ${tied ? 'need' : 'needs'} the most: ceiling(${formatPrecise(maxTerm)}) = ${plural(shards, 'shard', 'shards')}.`,
  });

  const notesFormula = compareWithNotes(writeKiBps, readKiBps, shards, binding);
  explanation.push({ rule: 'Notes\u2019 formula: max(write/1000, read/2000), rounded up', detail: notesFormula.explanation });

  const onDemand = compareWithOnDemand(writeKiBps, readKiBps, mode);
  explanation.push({ rule: 'On-demand mode instead', detail: onDemand.lines.join(' ') });

  const warnings: string[] = [];
  if (size.value > DEFAULT_MAX_RECORD_KB) {
    warnings.push(
      `A ${formatNumber(size.value, 6)} KB record is above the default 1 MiB (1,024 KB) maximum record size: raise the stream\u2019s maximum record size (up to 10 MiB) first. Large records are meant to be occasional; the 1 MiB/s write limit per shard still applies.`,
    );
  }
  if (mode === 'shared' && consumers >= 2) {
    const callsEach = SHARD_GETRECORDS_CALLS_PER_S / consumers;
    warnings.push(
      `${formatNumber(consumers)} shared consumers split each shard\u2019s 2 MiB/s and its 5 GetRecords calls per second: about ${formatPrecise(callsEach)} calls/s each per shard. Enhanced fan-out gives every consumer its own 2 MiB/s per shard (pushed with SubscribeToShard); AWS suggests it once more than one application reads the stream.`,
    );
  }
  if (mode === 'shared' && consumers > SHARD_GETRECORDS_CALLS_PER_S) {
    warnings.push(
      `${formatNumber(consumers)} shared consumers are more than the 5 GetRecords calls per second a shard allows, so each can poll a shard less than once a second: expect read throttling and added latency. Use enhanced fan-out (up to 20 consumers per stream).`,
    );
  }
  if (shards > DEFAULT_SHARD_QUOTA) {
    warnings.push(
      `${formatNumber(shards)} shards is above the default quota of 20,000 shards per account (US East (N. Virginia), US West (Oregon), Europe (Ireland); 1,000 or 6,000 in other Regions): request a quota increase first.`,
    );
  }

  return {
    ok: true,
    shards,
    roundedSizeKB,
    writeKiBps,
    readKiBps,
    consumers,
    mode,
    terms,
    binding,
    bindingAll,
    notesFormula,
    onDemand,
    explanation,
    warnings,
    docs: DOCS,
  };
}

/** "0.98 shards", "1 shard", "2.93 shards". */
function shardsText(value: number): string {
  return `${formatPrecise(value)} ${value === 1 ? 'shard' : 'shards'}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function compareWithNotes(writeKiBps: number, readKiBps: number, shards: number, binding: LimitId): NotesFormula {
  const writeTerm = writeKiBps / 1000;
  const readTerm = readKiBps / 2000;
  const notesShards = Math.max(1, Math.ceil(Math.max(writeTerm, readTerm)));
  const difference = notesShards - shards;
  const formula = `max(${formatNumber(writeKiBps)}/1,000, ${formatNumber(readKiBps)}/2,000) = max(${formatPrecise(writeTerm)}, ${formatPrecise(readTerm)}) \u2192 ${plural(notesShards, 'shard', 'shards')}`;
  let why: string;
  if (difference === 0) {
    why = 'the same as the calculator.';
    if (binding === 'records') {
      why += ' The notes have no records-per-second term, but every record counts as at least 1 KB, so write/1000 is never below records/1000.';
    }
  } else if (difference > 0) {
    why = `${plural(difference, 'shard', 'shards')} more than the calculator, because the notes divide by 1,000 and 2,000 (decimal MB) while a shard takes 1,024 KiB/s in and 2,048 KiB/s out.`;
  } else {
    // Not reachable with validated input (write/1000 >= records/1000 because records are >= 1 KB),
    // kept so the explanation stays true if the rules ever change.
    why = `${plural(-difference, 'shard', 'shards')} fewer than the calculator: the notes have no records-per-second term, and the 1,000 records/s per shard limit needs more.`;
  }
  return { writeTerm, readTerm, shards: notesShards, difference, explanation: `${formula}: ${why}` };
}

function compareWithOnDemand(writeKiBps: number, readKiBps: number, mode: ConsumerMode): OnDemandComparison {
  const writeFitsDefault = writeKiBps <= ON_DEMAND_DEFAULT_WRITE_KIB_PER_S;
  const readFitsDefault = mode === 'shared' ? readKiBps <= ON_DEMAND_DEFAULT_READ_KIB_PER_S : null;
  const burstAfterPeakKiBps = 2 * writeKiBps;
  const lines: string[] = [
    `A new on-demand stream starts with 4 MB/s of write and 8 MB/s of read capacity (4,096 and 8,192 KiB/s here).`,
    writeFitsDefault
      ? `Your ${formatNumber(writeKiBps)} KiB/s of writes fits that default.`
      : `Your ${formatNumber(writeKiBps)} KiB/s of writes is above it: on-demand scales up, but traffic that more than doubles the previous peak within 15 minutes can be throttled.`,
  ];
  if (readFitsDefault !== null) {
    lines.push(
      readFitsDefault
        ? `Your ${formatNumber(readKiBps)} KiB/s of shared reads fits the default read capacity.`
        : `Your ${formatNumber(readKiBps)} KiB/s of shared reads is above the default 8 MB/s read capacity.`,
    );
  } else {
    lines.push('Enhanced fan-out consumers each get their own throughput, so the shared 8 MB/s read figure does not limit them.');
  }
  lines.push(
    `On-demand accommodates up to twice the peak write throughput of the previous 30 days: once ${formatNumber(writeKiBps)} KiB/s has been the peak, up to ${formatNumber(burstAfterPeakKiBps)} KiB/s.`,
  );
  return {
    defaultWriteKiBps: ON_DEMAND_DEFAULT_WRITE_KIB_PER_S,
    defaultReadKiBps: ON_DEMAND_DEFAULT_READ_KIB_PER_S,
    writeFitsDefault,
    readFitsDefault,
    burstAfterPeakKiBps,
    lines,
  };
}

/** What each field allows, for hints beside the inputs. */
export const ALLOWED: Readonly<Record<Exclude<Field, 'mode'>, string>> = {
  size: describeAllowed(SPECS.size),
  rate: describeAllowed(SPECS.rate),
  consumers: describeAllowed(SPECS.consumers),
};
