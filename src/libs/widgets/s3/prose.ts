/**
 * S3 storage-class picker: the prose of a result (warnings, why each other class was not picked, the lifecycle rule).
 */
import { formatNumber, formatPrecise } from '../shared/params';
import { ARCHIVE_METADATA_KB, MIN_BILLABLE_KB, className, minDays } from './data';
import type { AccessPattern, AzChoice, RetrievalNeed, StorageClass } from './data';
import type { StepDown } from './rules';

export const ACCESS_TEXT: Record<AccessPattern, string> = {
  frequent: 'read frequently',
  infrequent: 'read about once a month',
  rare: 'read about once a quarter',
  archive: 'read once a year or less',
  unknown: 'read in a changing or unknown pattern',
};

const RETRIEVAL_TEXT: Record<RetrievalNeed, string> = { ms: 'milliseconds', minutes: 'minutes', hours: 'hours' };

export interface LifecycleSuggestion {
  /** Storage class to set on upload (x-amz-storage-class). */
  readonly uploadClass: StorageClass;
  readonly transitions: ReadonlyArray<{ readonly days: number; readonly storageClass: StorageClass }>;
  /** Lifecycle expiration, in days after creation. */
  readonly expirationDays: number;
  readonly text: string;
}

export function buildWarnings(cls: StorageClass, sizeKB: number, retrieval: RetrievalNeed): string[] {
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
    warnings.push(
      `${name} stores data in a single Availability Zone and is not resilient to the loss of that zone: use it only for data you can re-create.`,
    );
  }
  return warnings;
}

export interface WhyContext {
  readonly access: AccessPattern;
  readonly retrieval: RetrievalNeed;
  readonly az: AzChoice;
  readonly perf: boolean;
  readonly keepDays: number;
  readonly initial: StorageClass;
  readonly stepDown: StepDown | null;
}

export function whyNot(c: StorageClass, x: WhyContext): string {
  const min = minDays(c);
  const keep = formatNumber(x.keepDays);
  if (x.stepDown !== null && c === x.stepDown.from) {
    return `Chosen by the access rules, but its ${formatNumber(min)}-day minimum storage duration is longer than your ${keep} days, so deleting earlier would be billed as ${formatNumber(min)} days.`;
  }
  if (x.stepDown?.path.includes(c)) {
    return `Tried while stepping down, but its ${formatNumber(min)}-day minimum storage duration is still longer than your ${keep} days.`;
  }
  const usage = ACCESS_TEXT[x.access];
  let reason: string;
  switch (c) {
    case 'EXPRESS_ONEZONE':
      if (x.access !== 'frequent') reason = `Built for frequently accessed, request-heavy data; yours is ${usage}.`;
      else if (!x.perf)
        reason = 'You did not ask for single-digit-millisecond latency for request-heavy access, and S3 Standard stores data for less.';
      else reason = 'It keeps data in one Availability Zone, and you asked for multi-AZ resilience.';
      break;
    case 'STANDARD':
      if (x.access === 'frequent')
        reason =
          'You need single-digit-millisecond latency for request-heavy access and accept one Availability Zone: S3 Express One Zone is built for that.';
      else if (x.access === 'unknown')
        reason = 'Highest storage price for data that may go cold; Intelligent-Tiering moves unused objects to cheaper tiers automatically.';
      else reason = `Highest storage price, meant for data read more than once a month; yours is ${usage}.`;
      break;
    case 'INTELLIGENT_TIERING':
      reason = `Your access pattern is known (${usage}), so a fixed class avoids the per-object monitoring and automation fee.`;
      break;
    case 'STANDARD_IA':
      if (x.access === 'infrequent')
        reason = 'Your data can be re-created and you chose a single Availability Zone, so S3 One Zone-IA stores it for less.';
      else if (x.access === 'frequent' || x.access === 'unknown')
        reason = `Meant for data read about once a month, with a per-GB retrieval fee; yours is ${usage}.`;
      else reason = `Meant for data read about once a month; yours is ${usage}, which an archive class stores for less.`;
      break;
    case 'ONEZONE_IA':
      if (x.access === 'infrequent')
        reason = 'It keeps data in one Availability Zone, and you asked for multi-AZ resilience (data that cannot be re-created).';
      else if (x.access === 'frequent' || x.access === 'unknown')
        reason = `Meant for re-creatable data read about once a month, with a per-GB retrieval fee; yours is ${usage}.`;
      else reason = `Meant for re-creatable data read about once a month; yours is ${usage}, which an archive class stores for less.`;
      break;
    case 'GLACIER_IR':
      if (x.access === 'archive') reason = `You can wait ${RETRIEVAL_TEXT[x.retrieval]} for a restore, so a cheaper archive class fits.`;
      else reason = `Meant for archive data read about once a quarter, with higher retrieval fees; yours is ${usage}.`;
      break;
    case 'GLACIER':
      if (x.access !== 'archive')
        reason = `Objects must be restored (1\u20135 minutes at best) before they can be read; meant for data read about once a year, and yours is ${usage}.`;
      else if (x.retrieval === 'ms') reason = 'Objects must be restored (1\u20135 minutes at best) before they can be read; you need milliseconds.';
      else reason = 'You can wait hours, and S3 Glacier Deep Archive stores data for less.';
      break;
    case 'DEEP_ARCHIVE':
      if (x.access !== 'archive')
        reason = `Restores take up to 12 hours (48 with Bulk); meant for data read less than once a year, and yours is ${usage}.`;
      else reason = `Restores take up to 12 hours (Standard) or 48 hours (Bulk); you need ${RETRIEVAL_TEXT[x.retrieval]}.`;
      break;
  }
  if (min > x.keepDays) reason += ` Its ${formatNumber(min)}-day minimum storage duration is also longer than your ${keep} days.`;
  return reason;
}

export function suggestLifecycle(cls: StorageClass, keepDays: number): LifecycleSuggestion {
  const name = className(cls);
  const min = minDays(cls);
  const keep = formatNumber(keepDays);
  const fits =
    min === 0
      ? 'there is no minimum storage duration to pay for'
      : `${keep} \u2265 the ${formatNumber(min)}-day minimum, so expiring them adds no early-deletion charge`;
  const text =
    cls === 'EXPRESS_ONEZONE'
      ? `Write the objects to a directory bucket (S3 Express One Zone). Directory buckets cannot transition objects to other storage classes; expire or delete the objects after ${keep} days (${fits}).`
      : `Upload with storage class ${cls} (x-amz-storage-class) rather than transitioning later, and add a lifecycle rule that expires objects ${keep} days after creation; ${fits}.`;
  return { uploadClass: cls, transitions: [], expirationDays: keepDays, text: `${name}: ${text}` };
}
