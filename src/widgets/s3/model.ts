/**
 * S3 storage-class picker: the pure model (no DOM).
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
import {
  asText,
  describeAllowed,
  excerpt,
  formatNumber,
  formatPrecise,
  ignoredNote,
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

export const DEFAULTS: Inputs = { access: 'frequent', retrieval: 'ms', az: 'multi', keep: '365', size: '1024', perf: false };

/** 10,000 parts x 5 GiB: the largest object S3 can hold ("50 TB"), in KB (KiB). */
export const MAX_OBJECT_KB = 10000 * 5 * 1024 * 1024;
/** Objects smaller than this are billed as this size in the IA classes and Glacier Instant Retrieval. */
export const MIN_BILLABLE_KB = 128;
/** Metadata added per object archived to Glacier Flexible Retrieval or Deep Archive: 8 KB + 32 KB. */
export const ARCHIVE_METADATA_KB = 40;

export const SPECS: { readonly keep: NumberSpec; readonly size: NumberSpec } = {
  keep: {
    label: 'How long objects are kept',
    unit: 'days',
    integer: true,
    allowZero: false,
    max: 36500,
    maxReason: 'more than 36,500 days (100 years) is treated as a typo; S3 itself sets no maximum, so for \u201cforever\u201d enter 36,500',
  },
  size: {
    label: 'Average object size',
    unit: 'KB',
    integer: false,
    allowZero: false,
    min: 0.001,
    max: MAX_OBJECT_KB,
    maxReason: 'the largest S3 object is 50 TB (10,000 parts \u00d7 5 GiB = 52,428,800,000 KB)',
  },
};

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
    designedFor: 'Latency-sensitive, request-heavy data needing single-digit-millisecond access, in one Availability Zone you choose (directory buckets only)',
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
  { title: 'Understanding and managing Amazon S3 storage classes', url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html' },
  { title: 'Archive retrieval options', url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/restoring-objects-retrieval-options.html' },
  { title: 'Transitioning objects using Amazon S3 Lifecycle', url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html' },
  { title: 'S3 Express One Zone', url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-one-zone.html' },
  { title: 'Amazon S3 objects overview (maximum object size)', url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingObjects.html' },
];

function row(apiName: StorageClass): StorageClassRow {
  return ROW_DATA[apiName];
}

/** Readable name for an API name, e.g. GLACIER -> "S3 Glacier Flexible Retrieval". */
export function className(apiName: StorageClass): string {
  return row(apiName).name;
}

/** Minimum storage duration in days (0 = none). */
export function minDays(apiName: StorageClass): number {
  return row(apiName).minDurationDays;
}

const ACCESS_TEXT: Record<AccessPattern, string> = {
  frequent: 'read frequently',
  infrequent: 'read about once a month',
  rare: 'read about once a quarter',
  archive: 'read once a year or less',
  unknown: 'read in a changing or unknown pattern',
};

const RETRIEVAL_TEXT: Record<RetrievalNeed, string> = { ms: 'milliseconds', minutes: 'minutes', hours: 'hours' };

export interface StepDown {
  /** The class the access rules chose. */
  readonly from: StorageClass;
  /** Classes tried after it, in order; the last one is the pick. */
  readonly path: readonly StorageClass[];
  /** Days that would have been billed after deletion: from's minimum - keep. */
  readonly avoidedDays: number;
}

export interface LifecycleSuggestion {
  /** Storage class to set on upload (x-amz-storage-class). */
  readonly uploadClass: StorageClass;
  readonly transitions: readonly { readonly days: number; readonly storageClass: StorageClass }[];
  /** Lifecycle expiration, in days after creation. */
  readonly expirationDays: number;
  readonly text: string;
}

export interface Success {
  readonly ok: true;
  readonly storageClass: StorageClass;
  /** Readable name of the pick, e.g. "S3 Standard-IA". */
  readonly name: string;
  /** Which access rule (1-5) chose the first class. */
  readonly ruleNumber: 1 | 2 | 3 | 4 | 5;
  readonly initialClass: StorageClass;
  /** null when the minimum storage duration fits and no step-down was needed (rule 6). */
  readonly stepDown: StepDown | null;
  readonly explanation: readonly Explanation[];
  readonly warnings: readonly string[];
  /** Every other class with the reason it was not picked, in table order. */
  readonly notPicked: readonly { readonly apiName: StorageClass; readonly name: string; readonly reason: string }[];
  readonly table: readonly StorageClassRow[];
  readonly lifecycle: LifecycleSuggestion;
  readonly docs: readonly DocLink[];
}

export type Failure = InvalidInputs<Field>;

export type Result = Success | Failure;

/** Reads the widget state from a query string; unknown parameters are ignored. */
export function fromSearchParams(params: URLSearchParams): { inputs: Inputs; notes: string[] } {
  const notes: string[] = [];
  let perf = DEFAULTS.perf;
  const rawPerf = params.get('perf');
  if (rawPerf !== null) {
    const text = rawPerf.trim();
    if (text === '1') perf = true;
    else if (text === '0') perf = false;
    else notes.push(ignoredNote('perf', rawPerf, '1 (needs single-digit-millisecond latency) or 0', DEFAULTS.perf ? '1' : '0'));
  }
  const inputs: Inputs = {
    access: readEnumParam(params, 'access', ACCESS_PATTERNS, DEFAULTS.access, notes),
    retrieval: readEnumParam(params, 'retrieval', RETRIEVAL_NEEDS, DEFAULTS.retrieval, notes),
    az: readEnumParam(params, 'az', AZ_CHOICES, DEFAULTS.az, notes),
    keep: readNumberParam(params, 'keep', SPECS.keep, DEFAULTS.keep, notes),
    size: readNumberParam(params, 'size', SPECS.size, DEFAULTS.size, notes),
    perf,
  };
  return { inputs, notes };
}

/** Writes only valid, non-default values, so the default state has a clean URL. */
export function toSearchParams(inputs: Inputs): URLSearchParams {
  const params = new URLSearchParams();
  writeEnumParam(params, 'access', inputs.access, ACCESS_PATTERNS, DEFAULTS.access);
  writeEnumParam(params, 'retrieval', inputs.retrieval, RETRIEVAL_NEEDS, DEFAULTS.retrieval);
  writeEnumParam(params, 'az', inputs.az, AZ_CHOICES, DEFAULTS.az);
  writeNumberParam(params, 'keep', inputs.keep, SPECS.keep, DEFAULTS.keep);
  writeNumberParam(params, 'size', inputs.size, SPECS.size, DEFAULTS.size);
  if (inputs.perf !== DEFAULTS.perf) params.set('perf', inputs.perf ? '1' : '0');
  return params;
}

interface Choice {
  readonly cls: StorageClass;
  readonly ruleNumber: 1 | 2 | 3 | 4 | 5;
  readonly rule: string;
  readonly detail: string;
}

/** Rules 1-5: the class chosen by access pattern, retrieval need, AZ choice and perf. */
export function chooseByAccess(access: AccessPattern, retrieval: RetrievalNeed, az: AzChoice, perf: boolean): Choice {
  switch (access) {
    case 'unknown':
      return { cls: 'INTELLIGENT_TIERING', ruleNumber: 1, rule: 'Rule 1: changing or unknown access \u2192 S3 Intelligent-Tiering', detail: 'It moves objects not accessed for 30 consecutive days to a cheaper tier and back on access, with no retrieval fee.' };
    case 'frequent':
      if (perf && az === 'single') {
        return { cls: 'EXPRESS_ONEZONE', ruleNumber: 2, rule: 'Rule 2: frequent access \u2192 S3 Express One Zone (single-digit ms, one AZ) or S3 Standard', detail: 'You need single-digit-millisecond latency for request-heavy access and accept a single Availability Zone: S3 Express One Zone.' };
      }
      return {
        cls: 'STANDARD',
        ruleNumber: 2,
        rule: 'Rule 2: frequent access \u2192 S3 Express One Zone (single-digit ms, one AZ) or S3 Standard',
        detail: perf
          ? 'You need single-digit-millisecond latency, but S3 Express One Zone keeps data in one Availability Zone and you asked for multi-AZ: S3 Standard.'
          : 'Frequently accessed data without a single-digit-millisecond requirement: S3 Standard.',
      };
    case 'infrequent':
      return az === 'single'
        ? { cls: 'ONEZONE_IA', ruleNumber: 3, rule: 'Rule 3: about monthly access \u2192 S3 One Zone-IA (single AZ) or S3 Standard-IA', detail: 'Data read about once a month that can be re-created, in one Availability Zone: S3 One Zone-IA.' }
        : { cls: 'STANDARD_IA', ruleNumber: 3, rule: 'Rule 3: about monthly access \u2192 S3 One Zone-IA (single AZ) or S3 Standard-IA', detail: 'Data read about once a month that needs multi-AZ resilience: S3 Standard-IA.' };
    case 'rare':
      return { cls: 'GLACIER_IR', ruleNumber: 4, rule: 'Rule 4: about quarterly access \u2192 S3 Glacier Instant Retrieval', detail: 'Data read about once a quarter, still with millisecond access: S3 Glacier Instant Retrieval.' };
    case 'archive': {
      const rule = 'Rule 5: archive \u2192 Glacier Instant Retrieval (ms), Glacier Flexible Retrieval (minutes), Deep Archive (hours)';
      if (retrieval === 'ms') return { cls: 'GLACIER_IR', ruleNumber: 5, rule, detail: 'Archive data that must be readable in milliseconds: S3 Glacier Instant Retrieval.' };
      if (retrieval === 'minutes') return { cls: 'GLACIER', ruleNumber: 5, rule, detail: 'Archive data you can wait minutes for (Expedited restore): S3 Glacier Flexible Retrieval.' };
      return { cls: 'DEEP_ARCHIVE', ruleNumber: 5, rule, detail: 'Archive data you can wait hours for: S3 Glacier Deep Archive, the lowest storage price.' };
    }
  }
}

/** Rule 6: the step-down chain from a class, for the chosen AZ setting. */
export function stepDownChain(az: AzChoice): readonly StorageClass[] {
  return ['DEEP_ARCHIVE', 'GLACIER', 'GLACIER_IR', az === 'single' ? 'ONEZONE_IA' : 'STANDARD_IA', 'STANDARD'];
}

/** Rule 6: returns the pick and, when the minimum duration did not fit, the step-down taken. */
export function applyMinimumDuration(cls: StorageClass, keepDays: number, az: AzChoice): { cls: StorageClass; stepDown: StepDown | null } {
  if (minDays(cls) <= keepDays) return { cls, stepDown: null };
  const chain = stepDownChain(az);
  const slot = cls === 'STANDARD_IA' || cls === 'ONEZONE_IA' ? 3 : chain.indexOf(cls);
  const path: StorageClass[] = [];
  let pick: StorageClass = 'STANDARD';
  for (const candidate of chain.slice(slot + 1)) {
    path.push(candidate);
    if (minDays(candidate) <= keepDays) {
      pick = candidate;
      break;
    }
  }
  return { cls: pick, stepDown: { from: cls, path, avoidedDays: minDays(cls) - keepDays } };
}

export function evaluate(inputs: Inputs): Result {
  const errors: Partial<Record<Field, string>> = {};
  const access = parseEnum(asText(inputs.access), ACCESS_PATTERNS, 'Access pattern');
  const retrieval = parseEnum(asText(inputs.retrieval), RETRIEVAL_NEEDS, 'Fastest retrieval needed');
  const az = parseEnum(asText(inputs.az), AZ_CHOICES, 'Availability Zones');
  const keep = parseNumber(asText(inputs.keep), SPECS.keep);
  const size = parseNumber(asText(inputs.size), SPECS.size);
  if (!access.ok) errors.access = access.error;
  if (!retrieval.ok) errors.retrieval = retrieval.error;
  if (!az.ok) errors.az = az.error;
  if (!keep.ok) errors.keep = keep.error;
  if (!size.ok) errors.size = size.error;
  if (typeof inputs.perf !== 'boolean') errors.perf = `Performance requirement must be on or off (URL value 1 or 0), not \u201c${excerpt(asText(inputs.perf))}\u201d.`;
  if (!access.ok || !retrieval.ok || !az.ok || !keep.ok || !size.ok || errors.perf !== undefined) return { ok: false, errors };

  const perf = inputs.perf;
  const keepDays = keep.value;
  const sizeKB = size.value;
  const choice = chooseByAccess(access.value, retrieval.value, az.value, perf);
  const { cls, stepDown } = applyMinimumDuration(choice.cls, keepDays, az.value);
  const pickName = className(cls);

  const explanation: Explanation[] = [{ rule: choice.rule, detail: choice.detail }];
  if (perf && choice.cls !== 'EXPRESS_ONEZONE' && access.value !== 'frequent') {
    explanation.push({ rule: 'Performance requirement', detail: `Single-digit-millisecond, request-heavy access only changes the pick for frequently accessed data (S3 Express One Zone); yours is ${ACCESS_TEXT[access.value]}.` });
  }
  if (az.value === 'single' && row(cls).azs !== '1') {
    explanation.push({ rule: 'Availability Zones', detail: `${pickName} has no single-AZ variant, so the data is stored across at least 3 Availability Zones.` });
  }
  const initialMin = minDays(choice.cls);
  if (stepDown === null) {
    explanation.push({
      rule: 'Rule 6: minimum storage duration',
      detail:
        initialMin === 0
          ? `${pickName} has no minimum storage duration.`
          : `${pickName} bills at least ${formatNumber(initialMin)} days; you keep objects ${formatNumber(keepDays)} days (\u2265 ${formatNumber(initialMin)}), so there is no early-deletion charge.`,
    });
  } else {
    const steps = stepDown.path
      .map((c) => `${c} (${minDays(c) === 0 ? 'no minimum' : `${formatNumber(minDays(c))} days`}${minDays(c) <= keepDays ? ' fits' : ' still too long'})`)
      .join(' \u2192 ');
    explanation.push({
      rule: 'Rule 6: minimum storage duration \u2192 step down',
      detail: `${className(choice.cls)} bills at least ${formatNumber(initialMin)} days, but you keep objects only ${formatNumber(keepDays)} days: deleting them then would still be billed for ${formatNumber(initialMin)} days, an early-deletion charge of ${formatNumber(stepDown.avoidedDays)} extra days. Stepping down ${choice.cls} \u2192 ${steps}: ${pickName}.`,
    });
  }

  const warnings = buildWarnings(cls, sizeKB, retrieval.value);
  const notPicked = COMPARISON_TABLE.filter((r) => r.apiName !== cls).map((r) => ({
    apiName: r.apiName,
    name: r.name,
    reason: whyNot(r.apiName, { access: access.value, retrieval: retrieval.value, az: az.value, perf, keepDays, initial: choice.cls, stepDown }),
  }));

  return {
    ok: true,
    storageClass: cls,
    name: pickName,
    ruleNumber: choice.ruleNumber,
    initialClass: choice.cls,
    stepDown,
    explanation,
    warnings,
    notPicked,
    table: COMPARISON_TABLE,
    lifecycle: suggestLifecycle(cls, keepDays),
    docs: DOCS,
  };
}

function buildWarnings(cls: StorageClass, sizeKB: number, retrieval: RetrievalNeed): string[] {
  const warnings: string[] = [];
  const name = className(cls);
  if (sizeKB < MIN_BILLABLE_KB && (cls === 'STANDARD_IA' || cls === 'ONEZONE_IA' || cls === 'GLACIER_IR')) {
    warnings.push(
      `Objects under 128 KB are billed as 128 KB in ${name}: your ${formatNumber(sizeKB, 6)} KB objects are billed as 128 KB, ${formatPrecise(MIN_BILLABLE_KB / sizeKB)} times their size.`,
    );
  }
  if (sizeKB < MIN_BILLABLE_KB && cls === 'INTELLIGENT_TIERING') {
    warnings.push(
      `Objects under 128 KB are not monitored by S3 Intelligent-Tiering and always stay in the Frequent Access tier: your ${formatNumber(sizeKB, 6)} KB objects get no automatic savings.`,
    );
  }
  if (cls === 'GLACIER' || cls === 'DEEP_ARCHIVE') {
    warnings.push(
      `Each object archived to ${name} adds about 40 KB of metadata (8 KB billed at S3 Standard rates, 32 KB at ${name} rates): ${formatPrecise((ARCHIVE_METADATA_KB / sizeKB) * 100)}% on top of your ${formatNumber(sizeKB, 6)} KB objects. Aggregating small objects into larger ones reduces this overhead.`,
    );
  }
  if (cls === 'GLACIER') {
    warnings.push(
      `Objects must be restored before they can be read: Expedited 1\u20135 minutes, Standard 3\u20135 hours, Bulk 5\u201312 hours.${retrieval === 'minutes' ? ' For minutes you need Expedited retrievals; buy provisioned capacity if they must always be accepted.' : ''}`,
    );
  }
  if (cls === 'DEEP_ARCHIVE') {
    warnings.push('Objects must be restored before they can be read: Standard within 12 hours, Bulk within 48 hours; Expedited is not available.');
  }
  if (cls === 'ONEZONE_IA' || cls === 'EXPRESS_ONEZONE') {
    warnings.push(`${name} stores data in a single Availability Zone and is not resilient to the loss of that zone: use it only for data you can re-create.`);
  }
  return warnings;
}

interface WhyContext {
  readonly access: AccessPattern;
  readonly retrieval: RetrievalNeed;
  readonly az: AzChoice;
  readonly perf: boolean;
  readonly keepDays: number;
  readonly initial: StorageClass;
  readonly stepDown: StepDown | null;
}

function whyNot(c: StorageClass, x: WhyContext): string {
  const min = minDays(c);
  const keep = formatNumber(x.keepDays);
  if (x.stepDown !== null && c === x.stepDown.from) {
    return `Chosen by the access rules, but its ${formatNumber(min)}-day minimum storage duration is longer than your ${keep} days, so deleting earlier would be billed as ${formatNumber(min)} days.`;
  }
  if (x.stepDown !== null && x.stepDown.path.includes(c)) {
    return `Tried while stepping down, but its ${formatNumber(min)}-day minimum storage duration is still longer than your ${keep} days.`;
  }
  const usage = ACCESS_TEXT[x.access];
  let reason: string;
  switch (c) {
    case 'EXPRESS_ONEZONE':
      if (x.access !== 'frequent') reason = `Built for frequently accessed, request-heavy data; yours is ${usage}.`;
      else if (!x.perf) reason = 'You did not ask for single-digit-millisecond latency for request-heavy access, and S3 Standard stores data for less.';
      else reason = 'It keeps data in one Availability Zone, and you asked for multi-AZ resilience.';
      break;
    case 'STANDARD':
      if (x.access === 'frequent') reason = 'You need single-digit-millisecond latency for request-heavy access and accept one Availability Zone: S3 Express One Zone is built for that.';
      else if (x.access === 'unknown') reason = 'Highest storage price for data that may go cold; Intelligent-Tiering moves unused objects to cheaper tiers automatically.';
      else reason = `Highest storage price, meant for data read more than once a month; yours is ${usage}.`;
      break;
    case 'INTELLIGENT_TIERING':
      reason = `Your access pattern is known (${usage}), so a fixed class avoids the per-object monitoring and automation fee.`;
      break;
    case 'STANDARD_IA':
      if (x.access === 'infrequent') reason = 'Your data can be re-created and you chose a single Availability Zone, so S3 One Zone-IA stores it for less.';
      else if (x.access === 'frequent' || x.access === 'unknown') reason = `Meant for data read about once a month, with a per-GB retrieval fee; yours is ${usage}.`;
      else reason = `Meant for data read about once a month; yours is ${usage}, which an archive class stores for less.`;
      break;
    case 'ONEZONE_IA':
      if (x.access === 'infrequent') reason = 'It keeps data in one Availability Zone, and you asked for multi-AZ resilience (data that cannot be re-created).';
      else if (x.access === 'frequent' || x.access === 'unknown') reason = `Meant for re-creatable data read about once a month, with a per-GB retrieval fee; yours is ${usage}.`;
      else reason = `Meant for re-creatable data read about once a month; yours is ${usage}, which an archive class stores for less.`;
      break;
    case 'GLACIER_IR':
      if (x.access === 'archive') reason = `You can wait ${RETRIEVAL_TEXT[x.retrieval]} for a restore, so a cheaper archive class fits.`;
      else reason = `Meant for archive data read about once a quarter, with higher retrieval fees; yours is ${usage}.`;
      break;
    case 'GLACIER':
      if (x.access !== 'archive') reason = `Objects must be restored (1\u20135 minutes at best) before they can be read; meant for data read about once a year, and yours is ${usage}.`;
      else if (x.retrieval === 'ms') reason = 'Objects must be restored (1\u20135 minutes at best) before they can be read; you need milliseconds.';
      else reason = 'You can wait hours, and S3 Glacier Deep Archive stores data for less.';
      break;
    case 'DEEP_ARCHIVE':
      if (x.access !== 'archive') reason = `Restores take up to 12 hours (48 with Bulk); meant for data read less than once a year, and yours is ${usage}.`;
      else reason = `Restores take up to 12 hours (Standard) or 48 hours (Bulk); you need ${RETRIEVAL_TEXT[x.retrieval]}.`;
      break;
  }
  if (min > x.keepDays) reason += ` Its ${formatNumber(min)}-day minimum storage duration is also longer than your ${keep} days.`;
  return reason;
}

function suggestLifecycle(cls: StorageClass, keepDays: number): LifecycleSuggestion {
  const name = className(cls);
  const min = minDays(cls);
  const keep = formatNumber(keepDays);
  const fits = min === 0 ? 'there is no minimum storage duration to pay for' : `${keep} \u2265 the ${formatNumber(min)}-day minimum, so expiring them adds no early-deletion charge`;
  const text =
    cls === 'EXPRESS_ONEZONE'
      ? `Write the objects to a directory bucket (S3 Express One Zone). Directory buckets cannot transition objects to other storage classes; expire or delete the objects after ${keep} days (${fits}).`
      : `Upload with storage class ${cls} (x-amz-storage-class) rather than transitioning later, and add a lifecycle rule that expires objects ${keep} days after creation; ${fits}.`;
  return { uploadClass: cls, transitions: [], expirationDays: keepDays, text: `${name}: ${text}` };
}

/** What each numeric field allows, for hints beside the inputs. */
export const ALLOWED: Readonly<Record<'keep' | 'size', string>> = {
  keep: describeAllowed(SPECS.keep),
  size: describeAllowed(SPECS.size),
};
