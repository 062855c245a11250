/** Words and dates as the exam pages and the "On the exam" line show them. Pure. */
import type { Exam } from './schema';

const STATUS_LABELS: Record<Exam['status'], string> = {
  current: 'Current',
  beta: 'Beta',
  replaced: 'Being replaced',
  retired: 'Retired',
};

/** `Current`, `Beta`, `Being replaced`, `Retired`. */
export function statusLabel(status: Exam['status']): string {
  return STATUS_LABELS[status];
}

/** Exams a learner can sit for the first time today, in this site's language: current and beta. */
export function isOpenToLearners(status: Exam['status']): boolean {
  return status === 'current' || status === 'beta';
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2026-03-31` → `31 March 2026` (the date as written, no time zone involved). */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const name = MONTHS[(month ?? 0) - 1];
  if (year === undefined || day === undefined || name === undefined || Number.isNaN(day)) throw new Error(`not a date: ${iso}`);
  return `${day} ${name} ${year}`;
}

const DATE_LABELS: Array<[keyof Exam['dates'], string]> = [
  ['guidePublished', 'Guide published'],
  ['betaFrom', 'Beta from'],
  ['generalAvailability', 'Generally available'],
  ['lastDay', 'Last day to sit it'],
];

/** The exam's dates as label and text, in a fixed order, leaving out those the data does not give. */
export function examDates(dates: Exam['dates']): Array<{ label: string; text: string }> {
  return DATE_LABELS.flatMap(([key, label]) => {
    const iso = dates[key];
    return iso === undefined ? [] : [{ label, text: formatDate(iso) }];
  });
}
