/**
 * Progress that travels (pure): every piece of progress this site keeps in the browser, exported as ONE versioned
 * JSON document, read back with a preview, then merged into or put in place of what is stored; and a deck as a
 * plain-text file Anki imports.
 *
 * The document (version 1):
 *
 *     { "format": "aws-ml-study-progress", "version": 1, "exported": "2026-11-29T22:50:00.000Z",
 *       "flashcards": { …the flashcard store, as store.ts keeps it… },
 *       "attempts": { …the mock-exam attempts, as practice/attempts.ts keeps them… },
 *       "plan": { …the exam and date, as plan.ts keeps them… } }
 *
 * Each part is read by its own store's parser, so an imported file is held to exactly the rules of what is stored.
 * A file is refused as a whole (nothing changes) when it is not JSON, not this format, from a newer version, or when
 * any part of it is not valid: the message names what is wrong. Merging never takes anything away: per card the
 * later review (`mergeStores`), per attempt the one with more progress (`merge`), the plan already set wins. Replacing
 * is the learner's choice, confirmed, and the values it overwrites are kept first under `BACKUP_KEY` so they can be
 * put back (`restoreBackup`).
 */
import { ATTEMPTS_KEY, EMPTY_STORE, merge as mergeAttempts, parseAttempts, serializeAttempts, type AttemptStore } from '../practice/attempts';
import { mergeStores } from '../study/progress-sync';
import { DEFAULT_NEW_PER_DAY, emptyStore, parseStore, serializeStore, STORAGE_KEY, type Store } from '../study/store';
import { parsePlan, PLAN_KEY, serializePlan, type Plan } from './plan';

export const FORMAT = 'aws-ml-study-progress';
export const FORMAT_VERSION = 1;
/** The values a Replace overwrote, kept as one export document. */
export const BACKUP_KEY = 'aws-ml-study:progress:before-import:v1';

/** Everything stored, as read from each key (null: nothing stored). */
export interface Stored {
  readonly flashcards: string | null;
  readonly attempts: string | null;
  readonly plan: string | null;
}

export interface Progress {
  readonly flashcards: Store;
  readonly attempts: AttemptStore;
  readonly plan: Plan | undefined;
}

export interface Preview {
  /** Cards with progress (rated at least once). */
  readonly cards: number;
  readonly decks: number;
  readonly attempts: number;
  readonly finished: number;
  /** The daily limit of new cards, the exam and its date, as plain lines. */
  readonly settings: readonly string[];
}

export type ImportResult =
  | { readonly ok: true; readonly progress: Progress; readonly preview: Preview; readonly exported: string }
  | { readonly ok: false; readonly message: string };

export interface Write {
  readonly key: string;
  readonly value: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The valid part of what is stored. */
export function readStored(stored: Stored): Progress {
  return {
    flashcards: parseStore(stored.flashcards).store,
    attempts: parseAttempts(stored.attempts).store,
    plan: parsePlan(stored.plan),
  };
}

/** The export document of everything stored (`now`: the export time, ms since the epoch). */
export function exportAll(stored: Stored, now: number): string {
  const progress = readStored(stored);
  return JSON.stringify(
    {
      format: FORMAT,
      version: FORMAT_VERSION,
      exported: new Date(now).toISOString(),
      flashcards: JSON.parse(serializeStore(progress.flashcards)) as unknown,
      attempts: JSON.parse(serializeAttempts(progress.attempts)) as unknown,
      ...(progress.plan !== undefined ? { plan: JSON.parse(serializePlan(progress.plan)) as unknown } : {}),
    },
    null,
    2,
  );
}

/** The file's name for an export at `now`. */
export function exportFileName(now: number): string {
  return `aws-ml-study-progress-${new Date(now).toISOString().slice(0, 10)}.json`;
}

export function preview(progress: Progress): Preview {
  const keys = Object.keys(progress.flashcards.cards);
  const decks = new Set(keys.map((key) => key.split('/')[0]));
  const settings = [
    `New cards a day: ${String(progress.flashcards.settings?.newCardsPerDay ?? DEFAULT_NEW_PER_DAY)}${progress.flashcards.settings === undefined ? ' (the default)' : ''}`,
    ...(progress.plan !== undefined
      ? [`Exam: ${progress.plan.exam.toUpperCase()}${progress.plan.date !== undefined ? ` on ${progress.plan.date}` : ''}`]
      : []),
  ];
  return {
    cards: keys.length,
    decks: decks.size,
    attempts: progress.attempts.attempts.length,
    finished: progress.attempts.attempts.filter((a) => a.finished !== undefined).length,
    settings,
  };
}

const NOT_OURS = 'This file is not a progress export of this site';

/** A chosen file's text to the progress it holds and its preview, or the reason it is refused. */
export function readImport(text: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not readable: it is not JSON. Choose the .json file that Export all progress saved.' };
  }
  if (!isRecord(value) || value['format'] !== FORMAT) {
    return { ok: false, message: `${NOT_OURS} (its format is not “${FORMAT}”). Nothing was imported.` };
  }
  const version = value['version'];
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    return { ok: false, message: 'This file has no valid format version, so it cannot be read. Nothing was imported.' };
  }
  if (version > FORMAT_VERSION) {
    return {
      ok: false,
      message: `This file is from a newer version of this site (format ${String(version)}; this page reads ${String(FORMAT_VERSION)}). Reload the page to get the newer version, then import again. Nothing was imported.`,
    };
  }
  const exported = value['exported'];
  if (typeof exported !== 'string' || Number.isNaN(Date.parse(exported))) {
    return { ok: false, message: 'This file is damaged: its export date is missing or not a date. Nothing was imported.' };
  }
  const problems: string[] = [];
  let flashcards = emptyStore();
  if (value['flashcards'] !== undefined) {
    const parsed = parseStore(JSON.stringify(value['flashcards']));
    if (parsed.note !== undefined) problems.push(`the flashcard progress (${parsed.note.replace(/^[^:]*: /, '').replace(/\.$/, '')})`);
    flashcards = parsed.store;
  }
  let attempts: AttemptStore = EMPTY_STORE;
  if (value['attempts'] !== undefined) {
    const parsed = parseAttempts(JSON.stringify(value['attempts']));
    if (parsed.problem !== undefined) problems.push(`the mock-exam history (${parsed.problem})`);
    attempts = parsed.store;
  }
  let plan: Plan | undefined;
  if (value['plan'] !== undefined) {
    plan = parsePlan(JSON.stringify(value['plan']));
    if (plan === undefined) problems.push('the exam and date (not a known exam or not a valid date)');
  }
  if (problems.length > 0) {
    return { ok: false, message: `This file is damaged: ${problems.join('; ')}. Nothing was imported.` };
  }
  const progress = { flashcards, attempts, plan };
  return { ok: true, progress, preview: preview(progress), exported };
}

function writesOf(progress: Progress): Write[] {
  return [
    { key: STORAGE_KEY, value: serializeStore(progress.flashcards) },
    { key: ATTEMPTS_KEY, value: serializeAttempts(progress.attempts) },
    ...(progress.plan !== undefined ? [{ key: PLAN_KEY, value: serializePlan(progress.plan) }] : []),
  ];
}

/** Merge the imported progress into what is stored: nothing stored is replaced by less. */
export function mergeImport(stored: Stored, imported: Progress): { progress: Progress; writes: Write[] } {
  const mine = readStored(stored);
  const progress: Progress = {
    flashcards: mergeStores(mine.flashcards, imported.flashcards),
    attempts: mergeAttempts(mine.attempts, imported.attempts),
    plan: mine.plan ?? imported.plan,
  };
  return { progress, writes: writesOf(progress) };
}

/**
 * Put the imported progress in place of what is stored (after the learner confirmed): the stored values are first
 * kept under `BACKUP_KEY` (as an export document), then overwritten; a plan key is removed when the file has none.
 */
export function replaceImport(stored: Stored, imported: Progress, now: number): { progress: Progress; writes: Write[]; remove: string[] } {
  return {
    progress: imported,
    writes: [{ key: BACKUP_KEY, value: exportAll(stored, now) }, ...writesOf(imported)],
    remove: imported.plan === undefined ? [PLAN_KEY] : [],
  };
}

/** Put back what a Replace overwrote (the backup is an export document), or the reason it cannot be. */
export function restoreBackup(
  backupRaw: string | null,
): { ok: true; progress: Progress; writes: Write[]; remove: string[] } | { ok: false; message: string } {
  if (backupRaw === null) return { ok: false, message: 'There is no copy from before an import to restore.' };
  const read = readImport(backupRaw);
  if (!read.ok) return read;
  return { ok: true, progress: read.progress, writes: writesOf(read.progress), remove: read.progress.plan === undefined ? [PLAN_KEY] : [] };
}

/**
 * A field for Anki's text import: as it is, or, when it holds a tab, a line break or a double quote, in double quotes
 * with each double quote doubled (the CSV way Anki reads, which keeps the tab or line break inside the field).
 */
export function ankiField(text: string): string {
  const plain = text.replace(/\r\n?/g, '\n');
  return /[\t\n"]/.test(plain) ? `"${plain.replace(/"/g, '""')}"` : plain;
}

/** A deck as a plain-text file Anki imports: the header lines, then one `front<TAB>back` line per card. */
export function ankiExport(deck: { readonly cards: ReadonlyArray<{ readonly question: string; readonly answer: string }> }): string {
  const lines = ['#separator:tab', '#html:false', ...deck.cards.map((card) => `${ankiField(card.question)}\t${ankiField(card.answer)}`)];
  return `${lines.join('\n')}\n`;
}
