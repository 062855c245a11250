/**
 * "Continue where you left off" on the home page, pure: the last topic page the reader opened (kept in
 * `localStorage` under a versioned key by every topic page) and how many flashcards are due (from the flashcard
 * store). Anything stored that is not exactly this shape is ignored, never shown: the link's target must be a
 * site path and its title plain text of a sensible length.
 */
import { SITE_PATH } from './site-path';
import { parseStoredRecord } from './stored-record';
import type { Store } from './study/store';

export const LAST_VISIT_KEY = 'aws-ml-study:last-visit:v1';

export interface LastVisit {
  readonly version: 1;
  /** The page's path without the base path, e.g. `/streaming/kinesis-data-streams/`. */
  readonly path: string;
  readonly title: string;
  /** When it was opened, in milliseconds since the epoch. */
  readonly at: number;
}

const MAX_TITLE = 200;
// eslint-disable-next-line no-control-regex -- control characters are exactly what a stored title may not hold
const CONTROL = /[\u0000-\u001f\u007f]/;

function isTitle(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= MAX_TITLE && !CONTROL.test(value);
}

/** A visit record for a page, or undefined when the path or title would not be valid to read back. */
export function lastVisit(path: string, title: string, now: number): LastVisit | undefined {
  const record = { version: 1 as const, path, title: title.trim(), at: now };
  return SITE_PATH.test(path) && path !== '/' && isTitle(record.title) && Number.isFinite(now) ? record : undefined;
}

/** The stored record, or undefined for anything else (not JSON, another version, a path that is not a site path…). */
export function parseLastVisit(raw: string | null): LastVisit | undefined {
  const value = parseStoredRecord(raw);
  if (value === undefined) return undefined;
  const { version, path, title, at } = value;
  if (version !== 1 || typeof path !== 'string' || !isTitle(title) || typeof at !== 'number') return undefined;
  return lastVisit(path, title, at);
}

/** How many flashcards that were rated before are due for review now. */
export function dueCount(store: Store, now: number): number {
  return Object.values(store.cards).filter((card) => card.due <= now).length;
}

/** The home page's line about flashcards, or undefined when nothing has been rated yet. */
export function dueText(store: Store, now: number): string | undefined {
  if (Object.keys(store.cards).length === 0) return undefined;
  const due = dueCount(store, now);
  if (due === 0) return 'No flashcards due: you are up to date.';
  return `${due} ${due === 1 ? 'flashcard is' : 'flashcards are'} due for review.`;
}
