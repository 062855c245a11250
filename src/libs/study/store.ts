/**
 * The flashcard progress store, as kept in `localStorage`. Pure: the island reads and writes the string; this module
 * turns any string into a valid store and back.
 *
 * Format (version 2), as JSON:
 *
 *     { "version": 2,
 *       "cards": { "<deck>/<card id>": { "repetitions": 2, "interval": 6, "ease": 2.6,
 *                                        "due": 1735981200000, "reviewed": 1735462800000, "rating": 5,
 *                                        "reviews": 4, "again": 1, "introduced": 1735030800000 },
 *                  "<deck>/<card id>": { "repetitions": 0, "interval": 1, "ease": 2.5, "due": 1735030860000,
 *                                        "reviewed": 1735030800000, "rating": 1, "step": 0,
 *                                        "reviews": 1, "again": 1, "introduced": 1735030800000 } },
 *       "selected": ["kinesis-data-streams", "amazon-s3"],
 *       "settings": { "newCardsPerDay": 20 } }
 *
 * `cards` holds the state of every card rated at least once (see `sm2.ts`; times in milliseconds since the epoch):
 * the SM-2 fields, `step` while the card is in its learning steps, and its rating counts and first rating
 * (`reviews`, `again`, `introduced`, each optional); `selected` the decks picked for study; `settings` (optional)
 * the daily limit of new cards (`DEFAULT_NEW_PER_DAY` when absent).
 *
 * Version 1 had the six SM-2 fields only and no settings. It is migrated on reading: every card record is kept as
 * it was (a record without `step` is on the SM-2 schedule, so every due date stays), and the value is written back
 * as version 2 with the next save. The key keeps its name (`…:v1`), so every reader of it finds the progress.
 *
 * Unknown fields are ignored. Parsing never throws: a value that is not JSON, not a known version or not this shape
 * is discarded as a whole, and single card records, deck names or settings that are invalid are dropped; either way
 * the result carries a note to show the reader. The same format is kept under a second key as the last good copy;
 * when each key is written, merged or offered for restoring is decided in `progress-sync.ts`.
 */
import { isRating, LEARNING_STEPS_MINUTES, MAX_INTERVAL_DAYS, MIN_EASE, type CardState } from './sm2';

export const STORAGE_KEY = 'aws-ml-study:flashcards:v1';
export const STORE_VERSION = 2;
/** The versions `parseStore` reads: 1 is migrated to 2. */
const READABLE_VERSIONS: readonly number[] = [1, 2];

/** New cards a day when the learner has not set a limit, and the largest limit the field takes. */
export const DEFAULT_NEW_PER_DAY = 20;
export const MAX_NEW_PER_DAY = 999;

export interface Settings {
  /** How many new cards a day may be started (0 to 999). */
  readonly newCardsPerDay: number;
}

export interface Store {
  readonly version: typeof STORE_VERSION;
  readonly cards: Readonly<Record<string, CardState>>;
  readonly selected: readonly string[];
  /** Absent until the learner changes a setting: the defaults apply. */
  readonly settings?: Settings;
}

export interface Parsed {
  readonly store: Store;
  /** Set when a stored value (or part of it) was discarded: says what and why, as plain text. */
  readonly note: string | undefined;
}

/** A deck name: the deck file's name, e.g. `kinesis-data-streams`. */
const DECK_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A card key: `<deck>/<card id>`. */
const CARD_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The range of a JavaScript Date, in milliseconds. */
const MAX_TIME = 8.64e15;

export function emptyStore(): Store {
  return { version: STORE_VERSION, cards: {}, selected: [] };
}

export function cardKey(deck: string, cardId: string): string {
  return `${deck}/${cardId}`;
}

export function isDeckKey(value: unknown): value is string {
  return typeof value === 'string' && DECK_KEY.test(value);
}

/** The saved state of one card, or undefined when it was never rated. */
export function cardState(store: Store, key: string): CardState | undefined {
  return Object.hasOwn(store.cards, key) ? store.cards[key] : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isTime = (value: unknown): value is number => Number.isSafeInteger(value) && Math.abs(value as number) <= MAX_TIME;

/**
 * A valid card record, or undefined. `version` is the format it was stored in: a version 1 record has the six SM-2
 * fields only (any other field is ignored, as version 1 did); a version 2 record may add `step`, `reviews`, `again`
 * and `introduced`, each checked when present (`again` at most `reviews`, `introduced` not after `reviewed`).
 */
export function toCardState(value: unknown, version: number = STORE_VERSION): CardState | undefined {
  if (!isRecord(value)) return undefined;
  const { repetitions, interval, ease, due, reviewed, rating } = value;
  if (!isCount(repetitions)) return undefined;
  if (!isCount(interval) || interval < 1 || interval > MAX_INTERVAL_DAYS) return undefined;
  if (typeof ease !== 'number' || !Number.isFinite(ease) || ease < MIN_EASE) return undefined;
  if (!isTime(due) || !isTime(reviewed) || due < reviewed) return undefined;
  if (!isRating(rating)) return undefined;
  const state: CardState = { repetitions, interval, ease, due, reviewed, rating };
  if (version === 1) return state;
  const { step, reviews, again, introduced } = value;
  if (step !== undefined && (!isCount(step) || step >= LEARNING_STEPS_MINUTES.length)) return undefined;
  if (reviews !== undefined && (!isCount(reviews) || reviews < 1)) return undefined;
  if (again !== undefined && (!isCount(again) || again > (reviews ?? 0))) return undefined;
  if (introduced !== undefined && (!isTime(introduced) || introduced > reviewed)) return undefined;
  return {
    ...state,
    ...(step !== undefined ? { step } : {}),
    ...(reviews !== undefined ? { reviews } : {}),
    ...(again !== undefined ? { again } : {}),
    ...(introduced !== undefined ? { introduced } : {}),
  };
}

/** Valid settings, or undefined. */
function toSettings(value: unknown): Settings | undefined {
  if (!isRecord(value)) return undefined;
  const { newCardsPerDay } = value;
  return isCount(newCardsPerDay) && newCardsPerDay <= MAX_NEW_PER_DAY ? { newCardsPerDay } : undefined;
}

/** The daily limit of new cards. */
export function newCardsPerDay(store: Store): number {
  return store.settings?.newCardsPerDay ?? DEFAULT_NEW_PER_DAY;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

const FRESH = 'it was discarded, and your flashcard progress starts afresh';

/** Any stored string (or null when nothing is stored) to a valid store, with a note when something was discarded. */
export function parseStore(raw: string | null): Parsed {
  if (raw === null) return { store: emptyStore(), note: undefined };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { store: emptyStore(), note: `The saved flashcard progress was not readable (not valid JSON), so ${FRESH}.` };
  }
  if (!isRecord(value)) {
    return { store: emptyStore(), note: `The saved flashcard progress had an unknown format, so ${FRESH}.` };
  }
  const version = value['version'];
  if (typeof version !== 'number' || !READABLE_VERSIONS.includes(version)) {
    const which =
      typeof version === 'number' ? `format ${String(version)}, expected ${STORE_VERSION}` : `no format version, expected ${STORE_VERSION}`;
    return { store: emptyStore(), note: `The saved flashcard progress was from another version of this site (${which}), so ${FRESH}.` };
  }
  const rawCards = value['cards'] ?? {};
  if (!isRecord(rawCards)) {
    return { store: emptyStore(), note: `The saved flashcard progress had no valid card records, so ${FRESH}.` };
  }

  const cards: Record<string, CardState> = {};
  let droppedCards = 0;
  for (const [key, record] of Object.entries(rawCards)) {
    const state = CARD_KEY.test(key) ? toCardState(record, version) : undefined;
    if (state === undefined) droppedCards += 1;
    else cards[key] = state;
  }

  const rawSelected = value['selected'] ?? [];
  let droppedSelection = false;
  const selected: string[] = [];
  if (Array.isArray(rawSelected)) {
    for (const deck of rawSelected as unknown[]) {
      if (!isDeckKey(deck)) droppedSelection = true;
      else if (!selected.includes(deck)) selected.push(deck);
    }
  } else {
    droppedSelection = true;
  }

  const rawSettings = version === 1 ? undefined : value['settings'];
  const settings = rawSettings === undefined ? undefined : toSettings(rawSettings);
  const droppedSettings = rawSettings !== undefined && settings === undefined;

  const dropped = [
    ...(droppedCards > 0 ? [`${plural(droppedCards, 'card record', 'card records')} with invalid data`] : []),
    ...(droppedSelection ? ['an invalid deck selection'] : []),
    ...(droppedSettings ? ['invalid settings (the daily limit of new cards is back to its default)'] : []),
  ];
  const note =
    dropped.length === 0 ? undefined : `Part of the saved flashcard progress was invalid and was discarded: ${joinAll(dropped)}. The rest was kept.`;
  return { store: { version: STORE_VERSION, cards, selected, ...(settings !== undefined ? { settings } : {}) }, note };
}

/** "a", "a and b", "a, b and c". */
function joinAll(items: readonly string[]): string {
  return items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

export function serializeStore(store: Store): string {
  const settings = store.settings !== undefined ? { settings: store.settings } : {};
  return JSON.stringify({ version: store.version, cards: store.cards, selected: store.selected, ...settings });
}

/** The store with one card put back as it was: `state`, or never rated when `state` is undefined. */
export function restoreCard(store: Store, key: string, state: CardState | undefined): Store {
  if (state !== undefined) return updateCard(store, key, state);
  if (!Object.hasOwn(store.cards, key)) return store;
  const { [key]: _removed, ...cards } = store.cards;
  return { ...store, cards };
}

/** The store with the daily limit of new cards set (a whole number from 0 to 999; anything else is a programming error). */
export function withNewCardsPerDay(store: Store, newPerDay: number): Store {
  if (!isCount(newPerDay) || newPerDay > MAX_NEW_PER_DAY) throw new RangeError(`the daily limit must be a whole number from 0 to ${MAX_NEW_PER_DAY}`);
  return { ...store, settings: { ...store.settings, newCardsPerDay: newPerDay } };
}

/** The store with one card's state replaced. */
export function updateCard(store: Store, key: string, state: CardState): Store {
  return { ...store, cards: { ...store.cards, [key]: state } };
}

/** The store with the given decks picked (in the given order, without repeats or invalid names). */
export function withSelected(store: Store, decks: readonly string[]): Store {
  return { ...store, selected: decks.filter((deck, index) => isDeckKey(deck) && decks.indexOf(deck) === index) };
}

/** Forget every card's progress; the deck selection stays. */
export function resetAll(store: Store): Store {
  return { ...store, cards: {} };
}

/** Forget the progress of the cards of the given decks; other decks and the selection stay. */
export function resetDecks(store: Store, decks: readonly string[]): Store {
  const prefixes = decks.map((deck) => `${deck}/`);
  const cards = Object.fromEntries(Object.entries(store.cards).filter(([key]) => !prefixes.some((prefix) => key.startsWith(prefix))));
  return { ...store, cards };
}
