/**
 * Kinesis Data Streams shard calculator: the rules (evaluate) and the prose of the result. The AWS limits are in
 * `data.ts`, the fields in `fields.ts`.
 */
import {
  ceilDecimal,
  formatDecimalText,
  formatNumber,
  formatPrecise,
  type DocLink,
  type Explanation,
  type InvalidInputs,
} from '../shared/params';
import { allValid, checkFields } from '../shared/fields';
import {
  CAPACITY_NAMES,
  DEFAULT_MAX_RECORD_KB,
  DEFAULT_SHARD_QUOTA,
  DOCS,
  LARGE_REGIONS,
  MAX_EFO_CONSUMERS_ADVANTAGE,
  ON_DEMAND_DEFAULT_READ_KIB_PER_S,
  ON_DEMAND_DEFAULT_WRITE_KIB_PER_S,
  ON_DEMAND_MAX_READ_KIB_PER_S_LARGE,
  ON_DEMAND_MAX_READ_KIB_PER_S_OTHER,
  ON_DEMAND_MAX_WRITE_KIB_PER_S_LARGE,
  ON_DEMAND_MAX_WRITE_KIB_PER_S_OTHER,
  SHARD_GETRECORDS_CALLS_PER_S,
  SHARD_READ_KIB_PER_S,
  SHARD_RECORDS_PER_S,
  SHARD_WRITE_KIB_PER_S,
  efoConsumerLimit,
  type CapacityMode,
  type ConsumerMode,
} from './data';
import { FIELDS, type Field, type Inputs } from './fields';
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
  /** The notes' write and read terms, write/1000 and read/2000, with the size as given (not rounded up). */
  readonly writeTerm: number;
  readonly readTerm: number;
  /** ceiling of the larger term, at least 1. */
  readonly shards: number;
  /** notes shards - calculator shards. */
  readonly difference: number;
  readonly explanation: string;
}

/** Where an on-demand stream can take a throughput: everywhere, only in the three large Regions, or nowhere. */
export type OnDemandMaximum = 'fits-every-region' | 'fits-three-regions' | 'above-every-region';

export interface OnDemandComparison {
  readonly defaultWriteKiBps: number;
  readonly defaultReadKiBps: number;
  readonly writeFitsDefault: boolean;
  /** null with enhanced fan-out: each EFO consumer has its own throughput, not the shared 8 MB/s. */
  readonly readFitsDefault: boolean | null;
  /** Twice the write rate: what a stream that peaked at this rate accommodates next. */
  readonly burstAfterPeakKiBps: number;
  /** The writes against the per-stream maximum of an on-demand stream. */
  readonly writeMaximum: OnDemandMaximum;
  /** Shared reads against the per-stream read maximum; null with enhanced fan-out. */
  readonly readMaximum: OnDemandMaximum | null;
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
  readonly capacity: CapacityMode;
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

const LIMIT_NAMES: Record<LimitId, string> = {
  write: 'write bandwidth (1,024 KiB/s per shard)',
  records: 'records per second (1,000 per shard)',
  read: 'read bandwidth (2,048 KiB/s per shard)',
};

function plural(n: number, one: string, many: string): string {
  return `${formatNumber(n, 6)} ${n === 1 ? one : many}`;
}

export function evaluate(inputs: Inputs): Result {
  const { values, errors } = checkFields(FIELDS, inputs);
  if (values.consumers !== undefined && values.mode === 'efo' && values.capacity !== undefined) {
    const error = efoLimitError(values.consumers.value, values.capacity);
    if (error !== null) errors.consumers = error;
  }
  if (!allValid(FIELDS, values) || Object.keys(errors).length > 0) return { ok: false, errors };

  const { size, rate, mode, capacity } = values;
  const consumers = values.consumers.value;
  const records = rate.value;
  // Rounded up on the decimal text: 1.00000000000000001 KB is 2 KB (as a double it would be 1).
  const roundedSizeKB = ceilDecimal(size.canonical);
  const sizeText = formatDecimalText(size.canonical);
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
      !size.canonical.includes('.')
        ? `${sizeText} KB is already a whole number of KB (1 KB is treated as 1 KiB = 1,024 bytes).`
        : `${sizeText} KB rounds up to ${formatNumber(roundedSizeKB)} KB (1 KB is treated as 1 KiB = 1,024 bytes).`,
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

  const notesFormula = compareWithNotes(size.canonical, records, mode === 'shared' ? consumers : 1, shards);
  explanation.push({ rule: 'Notes\u2019 formula: max(write/1000, read/2000), rounded up, with the size as given', detail: notesFormula.explanation });

  const onDemand = compareWithOnDemand(writeKiBps, readKiBps, mode);
  explanation.push({ rule: capacity === 'provisioned' ? 'On-demand mode instead' : `On-demand mode (${CAPACITY_NAMES[capacity]})`, detail: onDemand.lines.join(' ') });

  const warnings: string[] = [];
  // The exact size is above 1,024 KB exactly when its rounded-up size is.
  if (roundedSizeKB > DEFAULT_MAX_RECORD_KB) {
    warnings.push(
      `A ${sizeText} KB record is above the default 1 MiB (1,024 KB) maximum record size: raise the stream\u2019s maximum record size (up to 10 MiB) first. Large records are meant to be occasional; the 1 MiB/s write limit per shard still applies.`,
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
      `${formatNumber(consumers)} shared consumers are more than the 5 GetRecords calls per second a shard allows, so each can poll a shard less than once a second: expect read throttling and added latency. Use enhanced fan-out (${
        capacity === 'advantage' ? 'up to 50 consumers per stream with On-demand Advantage' : 'up to 20 consumers per stream; 50 with On-demand Advantage'
      }).`,
    );
  }
  if (onDemand.writeMaximum === 'above-every-region') {
    warnings.push(
      `${formatNumber(writeKiBps)} KiB/s of writes is above the per-stream maximum of an on-demand stream in every Region (10 GB/s in ${LARGE_REGIONS}; 200 MB/s elsewhere). Provisioned mode has no per-stream maximum: its throughput grows with the shard count.`,
    );
  } else if (onDemand.writeMaximum === 'fits-three-regions') {
    warnings.push(
      `${formatNumber(writeKiBps)} KiB/s of writes is above the 200 MB/s per-stream maximum of an on-demand stream outside ${LARGE_REGIONS} (10 GB/s there).`,
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
    capacity,
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

/** A canonical decimal text as an exact fraction: "2.2" -> { n: 22n, d: 10n }. */
function exactDecimal(canonical: string): { readonly n: bigint; readonly d: bigint } {
  const [whole = '0', fraction = ''] = canonical.split('.');
  return { n: BigInt(whole + fraction), d: 10n ** BigInt(fraction.length) };
}

/** ceiling(n / d) for positive bigints. */
function ceilDiv(n: bigint, d: bigint): bigint {
  return (n + d - 1n) / d;
}

/**
 * The notes' formula as the notes write it: write = average size (as given, not rounded up) x records/s,
 * read = write x consumers, shards = ceiling(max(write/1000, read/2000)), at least 1. Worked in exact decimals,
 * so 2.2 KB x 5,000/s is 11,000 KB/s, not 11,000.000000000002.
 */
function compareWithNotes(sizeCanonical: string, records: number, readers: number, shards: number): NotesFormula {
  const size = exactDecimal(sizeCanonical);
  const writeScaled = size.n * BigInt(records); // write KB/s x size.d
  const readScaled = writeScaled * BigInt(readers);
  const needed = Math.max(1, Number(ceilDiv(writeScaled, 1000n * size.d)), Number(ceilDiv(readScaled, 2000n * size.d)));
  const write = Number(writeScaled) / Number(size.d);
  const read = Number(readScaled) / Number(size.d);
  const writeTerm = write / 1000;
  const readTerm = read / 2000;
  const difference = needed - shards;
  const formula = `max(${formatPrecise(write)}/1,000, ${formatPrecise(read)}/2,000) = max(${formatPrecise(writeTerm)}, ${formatPrecise(readTerm)}) \u2192 ${plural(needed, 'shard', 'shards')}`;
  let why: string;
  if (difference === 0) {
    why = 'the same as the calculator.';
  } else if (difference > 0) {
    why = `${plural(difference, 'shard', 'shards')} more than the calculator, because the notes divide by 1,000 and 2,000 (decimal MB) while a shard takes 1,024 KiB/s in and 2,048 KiB/s out.`;
  } else {
    why = `${plural(-difference, 'shard', 'shards')} fewer than the calculator, because the notes use the average size as it is (${formatDecimalText(sizeCanonical)} KB) and have no records-per-second term, while AWS rounds each record up to 1 KB and a shard takes at most 1,000 records/s.`;
  }
  return { writeTerm, readTerm, shards: needed, difference, explanation: `${formula}: ${why}` };
}

/** Where an on-demand stream can take a throughput, given the two per-stream maximums. */
function againstMaximum(kibps: number, other: number, large: number): OnDemandMaximum {
  if (kibps <= other) return 'fits-every-region';
  return kibps <= large ? 'fits-three-regions' : 'above-every-region';
}

function compareWithOnDemand(writeKiBps: number, readKiBps: number, mode: ConsumerMode): OnDemandComparison {
  const writeFitsDefault = writeKiBps <= ON_DEMAND_DEFAULT_WRITE_KIB_PER_S;
  const readFitsDefault = mode === 'shared' ? readKiBps <= ON_DEMAND_DEFAULT_READ_KIB_PER_S : null;
  const burstAfterPeakKiBps = 2 * writeKiBps;
  const writeMaximum = againstMaximum(writeKiBps, ON_DEMAND_MAX_WRITE_KIB_PER_S_OTHER, ON_DEMAND_MAX_WRITE_KIB_PER_S_LARGE);
  const readMaximum = mode === 'shared' ? againstMaximum(readKiBps, ON_DEMAND_MAX_READ_KIB_PER_S_OTHER, ON_DEMAND_MAX_READ_KIB_PER_S_LARGE) : null;
  const write = formatNumber(writeKiBps);
  const lines: string[] = [`A new on-demand stream starts with 4 MB/s of write and 8 MB/s of read capacity (4,096 and 8,192 KiB/s here).`];
  if (writeFitsDefault) lines.push(`Your ${write} KiB/s of writes fits that default.`);
  else if (writeMaximum !== 'above-every-region') {
    lines.push(
      `Your ${write} KiB/s of writes is above it: on-demand scales up, within the per-stream maximum below, but traffic that more than doubles the previous peak within 15 minutes can be throttled.`,
    );
  }
  if (writeMaximum === 'fits-every-region') {
    lines.push(
      `An on-demand stream scales up to at most 10 GB/s of writes (10,485,760 KiB/s) in ${LARGE_REGIONS} and 200 MB/s (204,800 KiB/s) in other Regions (MB and GB read as MiB and GiB, as for shards): your writes fit in every Region.`,
    );
  } else if (writeMaximum === 'fits-three-regions') {
    lines.push(
      `Your ${write} KiB/s of writes fits the per-stream maximum of 10 GB/s (10,485,760 KiB/s) in ${LARGE_REGIONS}, but is above the 200 MB/s (204,800 KiB/s) of other Regions, where AWS raises it to at most 10 GB/s on a support request.`,
    );
  } else {
    lines.push(
      `Your ${write} KiB/s of writes is above the most an on-demand stream takes in any Region: 10 GB/s (10,485,760 KiB/s) in ${LARGE_REGIONS}, 200 MB/s (204,800 KiB/s) in other Regions.`,
    );
  }
  if (readFitsDefault !== null) {
    const read = formatNumber(readKiBps);
    lines.push(
      readFitsDefault
        ? `Your ${read} KiB/s of shared reads fits the default read capacity.`
        : `Your ${read} KiB/s of shared reads is above the default 8 MB/s read capacity.`,
    );
    if (readMaximum === 'fits-three-regions') {
      lines.push(`They are also above the 400 MB/s (409,600 KiB/s) read maximum of other Regions; ${LARGE_REGIONS} allow 20 GB/s (20,971,520 KiB/s).`);
    } else if (readMaximum === 'above-every-region') {
      lines.push(`They are also above the read maximum of an on-demand stream in every Region: 20 GB/s (20,971,520 KiB/s) in ${LARGE_REGIONS}, 400 MB/s (409,600 KiB/s) elsewhere.`);
    }
  } else {
    lines.push('Enhanced fan-out consumers each get their own throughput, so the shared 8 MB/s read figure does not limit them.');
  }
  if (writeMaximum !== 'above-every-region') {
    lines.push(
      `On-demand accommodates up to twice the peak write throughput of the previous 30 days: once ${write} KiB/s has been the peak, up to ${formatNumber(burstAfterPeakKiBps)} KiB/s.`,
    );
  }
  return {
    defaultWriteKiBps: ON_DEMAND_DEFAULT_WRITE_KIB_PER_S,
    defaultReadKiBps: ON_DEMAND_DEFAULT_READ_KIB_PER_S,
    writeFitsDefault,
    readFitsDefault,
    burstAfterPeakKiBps,
    writeMaximum,
    readMaximum,
    lines,
  };
}

/** The message for too many enhanced fan-out consumers in a capacity mode, or null within the limit. */
function efoLimitError(consumers: number, capacity: CapacityMode): string | null {
  const limit = efoConsumerLimit(capacity);
  if (consumers <= limit) return null;
  return capacity === 'advantage'
    ? `Enhanced fan-out allows at most ${limit} registered consumers per stream with On-demand Advantage. Enter a whole number from 1 to ${limit}, or choose shared consumers.`
    : `Enhanced fan-out allows at most ${limit} registered consumers per stream on a ${capacity === 'provisioned' ? 'provisioned' : 'On-demand Standard'} stream (${MAX_EFO_CONSUMERS_ADVANTAGE} with On-demand Advantage). Enter a whole number from 1 to ${limit}, or choose shared consumers.`;
}
