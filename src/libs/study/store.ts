/**
 * The flashcard progress store, as kept in `localStorage` under a versioned key. Pure: the island reads and
 * writes the string; this module turns any string into a valid store and back.
 *
 * Format (version 1), as JSON:
 *
 *     { "version": 1,
 *       "cards": { "<deck>/<card id>": { "repetitions": 2, "interval": 6, "ease": 2.6,
 *                                        "due": 1735981200000, "reviewed": 1735462800000, "rating": 5 } },
 *       "selected": ["kinesis-data-streams", "amazon-s3"] }
 *
 * `cards` holds the SM-2 state of every card rated at least once (see `sm2.ts`; times in milliseconds since the
 * epoch); `selected` the decks picked for study. Unknown fields are ignored. Parsing never throws: a value that is
 * not JSON, not this version or not this shape is discarded as a whole, and single card records or deck names
 * that are invalid are dropped; either way the result carries a note to show the reader. The same format is kept
 * under a second key as the last good copy; when each key is written, merged or offered for restoring is decided
 * in `progress-sync.ts`.
 */
import { isRating, MAX_INTERVAL_DAYS, MIN_EASE, type CardState } from './sm2';

export const STORAGE_KEY = 'aws-ml-study:flashcards:v1';
export const STORE_VERSION = 1;

export interface Store {
  readonly version: typeof STORE_VERSION;
  readonly cards: Readonly<Record<string, CardState>>;
  readonly selected: readonly string[];
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

/** A valid card record, or undefined. */
export function toCardState(value: unknown): CardState | undefined {
  if (!isRecord(value)) return undefined;
  const { repetitions, interval, ease, due, reviewed, rating } = value;
  if (!isCount(repetitions)) return undefined;
  if (!isCount(interval) || interval < 1 || interval > MAX_INTERVAL_DAYS) return undefined;
  if (typeof ease !== 'number' || !Number.isFinite(ease) || ease < MIN_EASE) return undefined;
  if (!isTime(due) || !isTime(reviewed) || due < reviewed) return undefined;
  if (!isRating(rating)) return undefined;
  return { repetitions, interval, ease, due, reviewed, rating };
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
  if (value['version'] !== STORE_VERSION) {
    const version = value['version'];
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
    const state = CARD_KEY.test(key) ? toCardState(record) : undefined;
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

  const dropped = [
    ...(droppedCards > 0 ? [`${plural(droppedCards, 'card record', 'card records')} with invalid data`] : []),
    ...(droppedSelection ? ['an invalid deck selection'] : []),
  ];
  const note =
    dropped.length === 0
      ? undefined
      : `Part of the saved flashcard progress was invalid and was discarded: ${dropped.join(' and ')}. The rest was kept.`;
  return { store: { version: STORE_VERSION, cards, selected }, note };
}

export function serializeStore(store: Store): string {
  return JSON.stringify({ version: store.version, cards: store.cards, selected: store.selected });
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
