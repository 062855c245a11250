/**
 * The exam the learner is preparing for and, optionally, its date (pure). Kept in `localStorage` under
 * `aws-ml-study:study-plan:v1` as `{ "version": 1, "exam": "dea-c01", "date": "2027-03-15" }` (`date` optional).
 * Anything stored that is not exactly this shape reads as no plan.
 */
import { parseStoredRecord } from '../stored-record';

export const PLAN_KEY = 'aws-ml-study:study-plan:v1';
export const PLAN_VERSION = 1;

export const PLAN_EXAMS = [
  { key: 'dea-c01', code: 'DEA-C01' },
  { key: 'mla-c02', code: 'MLA-C02' },
] as const;
export type PlanExam = (typeof PLAN_EXAMS)[number]['key'];

export interface Plan {
  readonly exam: PlanExam;
  /** The exam day, `YYYY-MM-DD`. */
  readonly date?: string | undefined;
}

const isExam = (value: unknown): value is PlanExam => PLAN_EXAMS.some((exam) => exam.key === value);

/** A calendar date `YYYY-MM-DD` that exists (no 31 April, 29 February only in a leap year). */
export function isDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 2000 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The message for a date field's value, or undefined when it is fine (empty: no date). */
export function dateError(input: string): string | undefined {
  const value = input.trim();
  if (value === '') return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'Enter the date as year-month-day, for example 2027-03-15, or leave it empty.';
  if (!isDate(value)) return `${input.trim()} is not a date in the calendar (check the month and the day), or the year is before 2000.`;
  return undefined;
}

export function parsePlan(raw: string | null): Plan | undefined {
  const value = parseStoredRecord(raw);
  if (value === undefined) return undefined;
  const { version, exam, date } = value;
  if (version !== PLAN_VERSION || !isExam(exam) || (date !== undefined && !isDate(date))) return undefined;
  return date === undefined ? { exam } : { exam, date };
}

export function serializePlan(plan: Plan): string {
  return JSON.stringify({ version: PLAN_VERSION, exam: plan.exam, ...(plan.date !== undefined ? { date: plan.date } : {}) });
}

/** Whole days from `today` (`YYYY-MM-DD`, the learner's local day) to the exam day; negative once it has passed. */
export function daysUntil(date: string, today: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
