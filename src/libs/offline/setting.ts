/**
 * "Keep this site offline", pure: whether this browser should keep the offline copy (the service worker and its
 * cache). Kept in `localStorage` under `aws-ml-study:offline:v1` as `{ "version": 1, "keepOffline": false }`. With
 * no stored choice the site keeps itself offline unless the browser asks to save data (`navigator.connection
 * .saveData`, set by a reader on a metered or slow connection). A per-device choice: it is not part of the progress
 * export, which moves a learner's progress to another device with other constraints.
 */
import { parseStoredRecord } from '../stored-record';

export const OFFLINE_KEY = 'aws-ml-study:offline:v1';
export const OFFLINE_VERSION = 1;

export interface OfflineChoice {
  readonly keepOffline: boolean;
}

/** The stored choice, or undefined for none or anything not exactly this shape (which then counts as no choice). */
export function parseOfflineChoice(raw: string | null): OfflineChoice | undefined {
  const value = parseStoredRecord(raw);
  if (value === undefined) return undefined;
  const { version, keepOffline } = value;
  if (version !== OFFLINE_VERSION || typeof keepOffline !== 'boolean' || Object.keys(value).length !== 2) return undefined;
  return { keepOffline };
}

export function serializeOfflineChoice(choice: OfflineChoice): string {
  return JSON.stringify({ version: OFFLINE_VERSION, keepOffline: choice.keepOffline });
}

/** Whether to keep the site offline: the reader's choice when there is one, else not when the browser saves data. */
export function keepsOffline(choice: OfflineChoice | undefined, saveData: boolean | undefined): boolean {
  return choice?.keepOffline ?? saveData !== true;
}
