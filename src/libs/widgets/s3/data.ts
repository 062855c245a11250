/**
 * Amazon S3 storage classes: the AWS facts the picker uses (the comparison table, size limits), with their sources.
 *
 *
 * Rules (Amazon S3 User Guide, "Understanding and managing Amazon S3 storage classes" and its
 * comparison table, "Archive retrieval options", "Transitioning objects using Amazon S3 Lifecycle"):
 * 1. unknown access -> INTELLIGENT_TIERING.
 * 2. frequent -> EXPRESS_ONEZONE if perf and single AZ, else STANDARD.
 * 3. infrequent (about monthly) -> ONEZONE_IA if single AZ, else STANDARD_IA.
 * 4. rare (about quarterly) -> GLACIER_IR.
 * 5. archive -> GLACIER_IR (ms), GLACIER (minutes), DEEP_ARCHIVE (hours).
 * 6. If the objects are kept for less than the class's minimum storage duration, step down
 *    DEEP_ARCHIVE -> GLACIER -> GLACIER_IR -> STANDARD_IA (ONEZONE_IA for single AZ) -> STANDARD
 *    to the first class whose minimum fits.
 * 7. Warnings that leave the class as it is: small objects, archive metadata, restore times.
 */
import type { DocLink } from '../shared/params';

export const ACCESS_PATTERNS = ['frequent', 'infrequent', 'rare', 'archive', 'unknown'] as const;
export type AccessPattern = (typeof ACCESS_PATTERNS)[number];
export const RETRIEVAL_NEEDS = ['ms', 'minutes', 'hours'] as const;
export type RetrievalNeed = (typeof RETRIEVAL_NEEDS)[number];
export const AZ_CHOICES = ['multi', 'single'] as const;
export type AzChoice = (typeof AZ_CHOICES)[number];

export const STORAGE_CLASSES = [
  'EXPRESS_ONEZONE',
  'STANDARD',
  'INTELLIGENT_TIERING',
  'STANDARD_IA',
  'ONEZONE_IA',
  'GLACIER_IR',
  'GLACIER',
  'DEEP_ARCHIVE',
] as const;
export type StorageClass = (typeof STORAGE_CLASSES)[number];

/** 10,000 parts x 5 GiB: the largest object S3 can hold (48.8 TiB, which some AWS pages round to "50 TB"), in KB (KiB). */
export const MAX_OBJECT_KB = 10000 * 5 * 1024 * 1024;
/** Objects smaller than this are billed as this size in the IA classes and Glacier Instant Retrieval. */
export const MIN_BILLABLE_KB = 128;
/** Metadata added per object archived to Glacier Flexible Retrieval or Deep Archive: 8 KB + 32 KB. */
export const ARCHIVE_METADATA_KB = 40;

/** One row of the AWS comparison table. */
export interface StorageClassRow {
  readonly apiName: StorageClass;
  readonly name: string;
  readonly designedFor: string;
  readonly availability: string;
  readonly azs: string;
  /** Minimum storage duration in days; 0 = none. */
  readonly minDurationDays: number;
  readonly minDuration: string;
  readonly minBillableSize: string;
  readonly retrievalFee: string;
  readonly firstByteLatency: string;
}

const ROW_DATA: Readonly<Record<StorageClass, StorageClassRow>> = {
  EXPRESS_ONEZONE: {
    apiName: 'EXPRESS_ONEZONE',
    name: 'S3 Express One Zone',
    designedFor:
      'Latency-sensitive, request-heavy data needing single-digit-millisecond access, in one Availability Zone you choose (directory buckets only)',
    availability: '99.95%',
    azs: '1',
    minDurationDays: 0,
    minDuration: 'None',
    minBillableSize: 'None',
    retrievalFee: 'None per GB for requests up to 512 KB; a per-GB charge applies to the part of a request above 512 KB',
    firstByteLatency: 'Single-digit milliseconds',
  },
  STANDARD: {
    apiName: 'STANDARD',
    name: 'S3 Standard',
    designedFor: 'Frequently accessed data (more than once a month) with millisecond access',
    availability: '99.99%',
    azs: '\u2265 3',
    minDurationDays: 0,
    minDuration: 'None',
    minBillableSize: 'None',
    retrievalFee: 'None',
    firstByteLatency: 'Milliseconds',
  },
  INTELLIGENT_TIERING: {
    apiName: 'INTELLIGENT_TIERING',
    name: 'S3 Intelligent-Tiering',
    designedFor: 'Data with unknown, changing, or unpredictable access patterns',
    availability: '99.9%',
    azs: '\u2265 3',
    minDurationDays: 0,
    minDuration: 'None',
    minBillableSize: 'None (objects under 128 KB are not monitored and stay in the Frequent Access tier)',
    retrievalFee: 'None (a small monitoring and automation fee per object)',
    firstByteLatency: 'Milliseconds (the optional archive tiers need a restore)',
  },
  STANDARD_IA: {
    apiName: 'STANDARD_IA',
    name: 'S3 Standard-IA',
    designedFor: 'Long-lived, infrequently accessed data (once a month) with millisecond access',
    availability: '99.9%',
    azs: '\u2265 3',
    minDurationDays: 30,
    minDuration: '30 days',
    minBillableSize: '128 KB',
    retrievalFee: 'Per GB retrieved',
    firstByteLatency: 'Milliseconds',
  },
  ONEZONE_IA: {
    apiName: 'ONEZONE_IA',
    name: 'S3 One Zone-IA',
    designedFor: 'Re-creatable, infrequently accessed data (once a month) with millisecond access',
    availability: '99.5%',
    azs: '1',
    minDurationDays: 30,
    minDuration: '30 days',
    minBillableSize: '128 KB',
    retrievalFee: 'Per GB retrieved',
    firstByteLatency: 'Milliseconds',
  },
  GLACIER_IR: {
    apiName: 'GLACIER_IR',
    name: 'S3 Glacier Instant Retrieval',
    designedFor: 'Long-lived archive data accessed once a quarter with millisecond access',
    availability: '99.9%',
    azs: '\u2265 3',
    minDurationDays: 90,
    minDuration: '90 days',
    minBillableSize: '128 KB',
    retrievalFee: 'Per GB retrieved',
    firstByteLatency: 'Milliseconds',
  },
  GLACIER: {
    apiName: 'GLACIER',
    name: 'S3 Glacier Flexible Retrieval',
    designedFor: 'Long-lived archive data accessed once a year with retrieval times of minutes to hours',
    availability: '99.99% (after you restore objects)',
    azs: '\u2265 3',
    minDurationDays: 90,
    minDuration: '90 days',
    minBillableSize: '40 KB (metadata added per object)',
    retrievalFee: 'Per GB retrieved',
    firstByteLatency: 'Minutes to hours (restore first: Expedited 1\u20135 min, Standard 3\u20135 h, Bulk 5\u201312 h)',
  },
  DEEP_ARCHIVE: {
    apiName: 'DEEP_ARCHIVE',
    name: 'S3 Glacier Deep Archive',
    designedFor: 'Long-lived archive data accessed less than once a year with retrieval times of hours',
    availability: '99.99% (after you restore objects)',
    azs: '\u2265 3',
    minDurationDays: 180,
    minDuration: '180 days',
    minBillableSize: '40 KB (metadata added per object)',
    retrievalFee: 'Per GB retrieved',
    firstByteLatency: 'Hours (restore first: Standard within 12 h, Bulk within 48 h)',
  },
};

/** The AWS comparison table, one row per class, hottest first (EXPRESS_ONEZONE ... DEEP_ARCHIVE). */
export const COMPARISON_TABLE: readonly StorageClassRow[] = STORAGE_CLASSES.map((c) => ROW_DATA[c]);

export const DOCS: readonly DocLink[] = [
  {
    title: 'Understanding and managing Amazon S3 storage classes',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html',
  },
  { title: 'Archive retrieval options', url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/restoring-objects-retrieval-options.html' },
  {
    title: 'Transitioning objects using Amazon S3 Lifecycle',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html',
  },
  { title: 'S3 Express One Zone', url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-one-zone.html' },
  { title: 'Amazon S3 objects overview (maximum object size)', url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingObjects.html' },
];

/** The comparison-table row of a class. */
export function classRow(apiName: StorageClass): StorageClassRow {
  return ROW_DATA[apiName];
}

/** Readable name for an API name, e.g. GLACIER -> "S3 Glacier Flexible Retrieval". */
export function className(apiName: StorageClass): string {
  return classRow(apiName).name;
}

/** Minimum storage duration in days (0 = none). */
export function minDays(apiName: StorageClass): number {
  return classRow(apiName).minDurationDays;
}
