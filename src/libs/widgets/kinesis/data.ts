/**
 * Kinesis Data Streams: the AWS facts the shard calculator uses, with their sources (DOCS).
 *
 * Rules (AWS "Create and manage Kinesis data streams", "Choose the data stream capacity mode",
 * "Quotas and limits", "Enhanced fan-out", "Handle large records"):
 * - the average record size is rounded UP to whole KB (on its decimal text); 1 KB is treated as 1 KiB;
 * - write KiB/s = rounded size x records/s;
 * - a provisioned shard takes 1 MiB/s (1,024 KiB/s) and 1,000 records/s in, and gives 2 MiB/s
 *   (2,048 KiB/s) out shared by all classic (GetRecords) consumers, with 5 GetRecords calls/s;
 *   an enhanced fan-out (EFO) consumer gets its own 2 MiB/s per shard;
 * - shards = ceiling(max(write/1024, read/2048, records/1000)), at least 1, where
 *   read = write x consumers for shared consumers and read = write for EFO (per consumer);
 * - enhanced fan-out: up to 20 registered consumers per stream (provisioned, On-demand Standard),
 *   50 with On-demand Advantage;
 * - an on-demand stream scales up to 10 GB/s write and 20 GB/s read in US East (N. Virginia),
 *   US West (Oregon) and Europe (Ireland), 200 MB/s and 400 MB/s in other Regions (read as GiB/MiB).
 */
import type { DocLink } from '../shared/params';

export const CONSUMER_MODES = ['shared', 'efo'] as const;
export type ConsumerMode = (typeof CONSUMER_MODES)[number];
/** The stream's capacity mode: provisioned, On-demand Standard or On-demand Advantage. */
export const CAPACITY_MODES = ['provisioned', 'ondemand', 'advantage'] as const;
export type CapacityMode = (typeof CAPACITY_MODES)[number];
export const CAPACITY_NAMES: Readonly<Record<CapacityMode, string>> = {
  provisioned: 'Provisioned',
  ondemand: 'On-demand Standard',
  advantage: 'On-demand Advantage',
};

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
/** Registered enhanced fan-out consumers per stream with On-demand Advantage. */
export const MAX_EFO_CONSUMERS_ADVANTAGE = 50;

/** The enhanced fan-out consumer limit per stream in a capacity mode. */
export function efoConsumerLimit(capacity: CapacityMode): number {
  return capacity === 'advantage' ? MAX_EFO_CONSUMERS_ADVANTAGE : MAX_EFO_CONSUMERS;
}
/** A new on-demand stream's default capacity: 4 MB/s write, 8 MB/s read (as KiB/s here). */
export const ON_DEMAND_DEFAULT_WRITE_KIB_PER_S = 4 * 1024;
export const ON_DEMAND_DEFAULT_READ_KIB_PER_S = 8 * 1024;
/**
 * An on-demand stream's per-stream maximum (Quotas and limits): 10 GB/s write and 20 GB/s read in US East
 * (N. Virginia), US West (Oregon) and Europe (Ireland); 200 MB/s write and 400 MB/s read in other Regions. MB and GB
 * are read as MiB and GiB here, as for the shard limits (1 MB/s per shard = 1,024 KiB/s).
 */
export const ON_DEMAND_MAX_WRITE_KIB_PER_S_LARGE = 10 * 1024 * 1024;
export const ON_DEMAND_MAX_READ_KIB_PER_S_LARGE = 20 * 1024 * 1024;
export const ON_DEMAND_MAX_WRITE_KIB_PER_S_OTHER = 200 * 1024;
export const ON_DEMAND_MAX_READ_KIB_PER_S_OTHER = 400 * 1024;
export const LARGE_REGIONS = 'US East (N. Virginia), US West (Oregon) and Europe (Ireland)';
/** Default shard quota per account in US East (N. Virginia), US West (Oregon), Europe (Ireland). */
export const DEFAULT_SHARD_QUOTA = 20000;

export const DOCS: readonly DocLink[] = [
  {
    title: 'Create and manage Kinesis data streams (shard throughput)',
    url: 'https://docs.aws.amazon.com/streams/latest/dev/working-with-streams.html',
  },
  {
    title: 'Choose the data stream capacity mode (sizing formula, on-demand scaling)',
    url: 'https://docs.aws.amazon.com/streams/latest/dev/how-do-i-size-a-stream.html',
  },
  { title: 'Quotas and limits (on-demand per-stream maximum)', url: 'https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html' },
  {
    title: 'Develop enhanced fan-out consumers with dedicated throughput (20 per stream, 50 with On-demand Advantage)',
    url: 'https://docs.aws.amazon.com/streams/latest/dev/enhanced-consumers.html',
  },
  { title: 'Handle large records', url: 'https://docs.aws.amazon.com/streams/latest/dev/large-records.html' },
];
