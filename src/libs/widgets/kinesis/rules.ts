/**
 * Kinesis Data Streams shard calculator: the rules (evaluate) and the prose of the result. The AWS limits are in
 * `data.ts`, the fields in `fields.ts`.
 */
import { ceilDecimal, formatDecimalText, formatNumber, formatPrecise, type DocLink, type Explanation, type InvalidInputs } from '../shared/params';
import { allValid, checkFields } from '../shared/fields';
import {
  CAPACITY_NAMES,
  DEFAULT_MAX_RECORD_KB,
  DEFAULT_SHARD_QUOTA,
  DOCS,
  LARGE_REGIONS,
  MAX_EFO_CONSUMERS_ADVANTAGE,
  SHARD_GETRECORDS_CALLS_PER_S,
  SHARD_READ_KIB_PER_S,
  SHARD_RECORDS_PER_S,
  SHARD_WRITE_KIB_PER_S,
  efoConsumerLimit,
  type CapacityMode,
  type ConsumerMode,
} from './data';
import { FIELDS, type Field, type Inputs } from './fields';
import { compareWithNotes, compareWithOnDemand, plural, type NotesFormula, type OnDemandComparison } from './comparisons';
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
    detail: !size.canonical.includes('.')
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
  explanation.push({
    rule: capacity === 'provisioned' ? 'On-demand mode instead' : `On-demand mode (${CAPACITY_NAMES[capacity]})`,
    detail: onDemand.lines.join(' '),
  });

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
        capacity === 'advantage'
          ? 'up to 50 consumers per stream with On-demand Advantage'
          : 'up to 20 consumers per stream; 50 with On-demand Advantage'
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

/** The message for too many enhanced fan-out consumers in a capacity mode, or null within the limit. */
function efoLimitError(consumers: number, capacity: CapacityMode): string | null {
  const limit = efoConsumerLimit(capacity);
  if (consumers <= limit) return null;
  return capacity === 'advantage'
    ? `Enhanced fan-out allows at most ${limit} registered consumers per stream with On-demand Advantage. Enter a whole number from 1 to ${limit}, or choose shared consumers.`
    : `Enhanced fan-out allows at most ${limit} registered consumers per stream on a ${capacity === 'provisioned' ? 'provisioned' : 'On-demand Standard'} stream (${MAX_EFO_CONSUMERS_ADVANTAGE} with On-demand Advantage). Enter a whole number from 1 to ${limit}, or choose shared consumers.`;
}
