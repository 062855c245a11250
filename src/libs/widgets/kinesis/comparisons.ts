/**
 * Kinesis shard calculator: the two comparisons beside the shard count, the notes' formula (decimal MB, size as given)
 * and an on-demand stream (default capacity, per-stream maximum, burst after a peak).
 */
import { formatDecimalText, formatNumber, formatPrecise } from '../shared/params';
import {
  LARGE_REGIONS,
  ON_DEMAND_DEFAULT_READ_KIB_PER_S,
  ON_DEMAND_DEFAULT_WRITE_KIB_PER_S,
  ON_DEMAND_MAX_READ_KIB_PER_S_LARGE,
  ON_DEMAND_MAX_READ_KIB_PER_S_OTHER,
  ON_DEMAND_MAX_WRITE_KIB_PER_S_LARGE,
  ON_DEMAND_MAX_WRITE_KIB_PER_S_OTHER,
  type ConsumerMode,
} from './data';

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

/** "1 shard", "3 shards". */
export function plural(n: number, one: string, many: string): string {
  return `${formatNumber(n, 6)} ${n === 1 ? one : many}`;
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
export function compareWithNotes(sizeCanonical: string, records: number, readers: number, shards: number): NotesFormula {
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
    why = `${plural(difference, 'shard', 'shards')} more than the calculator, because the rule of thumb divides by 1,000 and 2,000 (decimal MB) while a shard takes 1,024 KiB/s in and 2,048 KiB/s out.`;
  } else {
    why = `${plural(-difference, 'shard', 'shards')} fewer than the calculator, because the rule of thumb uses the average size as it is (${formatDecimalText(sizeCanonical)} KB) and have no records-per-second term, while AWS rounds each record up to 1 KB and a shard takes at most 1,000 records/s.`;
  }
  return { writeTerm, readTerm, shards: needed, difference, explanation: `${formula}: ${why}` };
}

/** Where an on-demand stream can take a throughput, given the two per-stream maximums. */
function againstMaximum(kibps: number, other: number, large: number): OnDemandMaximum {
  if (kibps <= other) return 'fits-every-region';
  return kibps <= large ? 'fits-three-regions' : 'above-every-region';
}

export function compareWithOnDemand(writeKiBps: number, readKiBps: number, mode: ConsumerMode): OnDemandComparison {
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
      lines.push(
        `They are also above the 400 MB/s (409,600 KiB/s) read maximum of other Regions; ${LARGE_REGIONS} allow 20 GB/s (20,971,520 KiB/s).`,
      );
    } else if (readMaximum === 'above-every-region') {
      lines.push(
        `They are also above the read maximum of an on-demand stream in every Region: 20 GB/s (20,971,520 KiB/s) in ${LARGE_REGIONS}, 400 MB/s (409,600 KiB/s) elsewhere.`,
      );
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
