/**
 * What the dashboard says about the offline copy, pure: why it is on or off, its size in words, and the build's
 * summary of it (`offline.json`). Apart from setting.ts so the script every page runs does not carry this text.
 */
import type { OfflineChoice } from './setting';

/** Why the site is or is not kept offline, in the reader's terms (the dashboard shows it). */
export function offlineReason(choice: OfflineChoice | undefined, saveData: boolean | undefined): string {
  if (choice) return choice.keepOffline ? 'You chose to keep this site offline in this browser.' : 'You turned the offline copy off in this browser.';
  return saveData === true
    ? 'Off, because this browser asks sites to save data (a metered or slow connection). Turn it on to keep the site offline anyway.'
    : 'On by default: after your first visit the site downloads itself in the background so it works with no network.';
}

/** A size in bytes as the dashboard says it: `2.9 MB`, `640 KB`. Never NaN: a bad number reads as unknown. */
export function formatSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return 'an unknown size';
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${String(Math.max(1, Math.round(bytes / 1000)))} KB`;
}

/** What the offline copy holds (`offline.json`, written with the service worker by the build). */
export interface OfflineSize {
  readonly files: number;
  readonly bytes: number;
}

/** The build's summary, or undefined for anything not exactly `{ version: 1, files, bytes }` with whole numbers. */
export function parseOfflineSize(value: unknown): OfflineSize | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { version, files, bytes } = value as Record<string, unknown>;
  const count = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
  return version === 1 && count(files) && count(bytes) ? { files, bytes } : undefined;
}
