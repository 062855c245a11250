import { expect, type Locator, type Page } from '@playwright/test';

import { sitePath } from '../env';

export const FLASHCARDS_PATH = '/review/flashcards/';
export const STORAGE_KEY = 'aws-ml-study:flashcards:v1';
export const BACKUP_KEY = 'aws-ml-study:flashcards:v1:backup';

/** What the flashcards keep in localStorage (src/libs/study/store.ts). */
export interface StoredProgress {
  version: number;
  cards: Record<string, Record<string, number>>;
  selected: string[];
  settings?: { newCardsPerDay: number };
}

/** The flashcards island on /review/flashcards/, and what it keeps in the browser's storage. */
export class FlashcardsPage {
  readonly root: Locator;
  /** The plain list of every deck with its answers (for print and readers without JavaScript). */
  readonly staticList: Locator;
  /** The card being reviewed. */
  readonly card: Locator;
  /** The line that says how the last card was rated (outside the island's root). */
  readonly lastRating: Locator;
  /** The "Undo last rating" button (shown while there is a rating to undo). */
  readonly undo: Locator;
  /** The daily limit of new cards: its field, and the line on today's new cards (`data-started`, `data-left`). */
  readonly limit: Locator;
  readonly newToday: Locator;
  /** When the queue is empty: what the stage says, and the session's summary (`data-cards`, `data-again` …). */
  readonly allDone: Locator;
  readonly summary: Locator;
  /** The picked decks' statistics (`data-due`, `data-learned`, `data-ratings`, `data-again` …). */
  readonly stats: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('flashcards');
    this.staticList = page.getByTestId('flashcards-static');
    this.card = this.root.getByTestId('card');
    this.lastRating = page.getByTestId('last-rating');
    this.undo = this.root.getByTestId('undo');
    this.limit = this.root.getByLabel('New cards a day');
    this.newToday = this.root.getByTestId('new-today');
    this.allDone = this.root.getByTestId('all-done');
    this.summary = this.root.getByTestId('summary');
    this.stats = this.root.getByTestId('stats');
  }

  /** Opens the page, with the page's clock fixed at `at` (ms since the epoch) when given, and waits until ready. */
  async open(at?: number) {
    if (at !== undefined) await this.page.clock.setFixedTime(at);
    await this.page.goto(sitePath(FLASHCARDS_PATH));
    await this.root.scrollIntoViewIfNeeded();
    await this.ready();
  }

  async ready() {
    await expect(this.root).toHaveAttribute('data-ready', 'true');
  }

  /**
   * Reloads the page and waits until the island is ready again. The island hydrates when it is on screen; as
   * `open` does, bring it there rather than rely on where the browser restores the scroll position.
   */
  async reload() {
    await this.page.reload();
    await this.root.scrollIntoViewIfNeeded();
    await this.ready();
  }

  /** A deck's checkbox in the deck picker, by the deck's title. */
  deck(title: string) {
    return this.root.getByLabel(title, { exact: true });
  }

  /** A deck's progress line (`data-new`, `data-learned`, `data-due`), by the deck's id. */
  progress(deckId: string) {
    return this.root.getByTestId(`progress-${deckId}`);
  }

  /** A `data-testid` hook inside the island: `store-note`, `store-problem`, `store-restore`, `reset-confirm` … */
  hook(testId: string) {
    return this.root.getByTestId(testId);
  }

  /** Shows the current card's answer and rates it by clicking the button named `rating` (e.g. "4 Well"). */
  async rate(rating: string) {
    await this.card.getByRole('button', { name: 'Show answer' }).click();
    await expect(this.card).toHaveAttribute('data-flipped', 'true');
    await this.card.getByRole('button', { name: rating }).click();
    await expect(this.lastRating).toContainText('Rated');
  }

  /** Types a daily limit of new cards into its field (replacing what it says). */
  async setLimit(value: string) {
    await this.limit.fill(value);
  }

  /** The `data-card` of the card on show. */
  async cardKey() {
    return (await this.card.getAttribute('data-card')) ?? '';
  }

  /** The raw text stored under `key` (null when nothing is). */
  raw(key = STORAGE_KEY) {
    return this.page.evaluate((k) => window.localStorage.getItem(k), key);
  }

  /** What is stored under `key`, parsed. */
  async stored(key = STORAGE_KEY): Promise<StoredProgress> {
    return JSON.parse((await this.raw(key)) ?? 'null') as StoredProgress;
  }

  /** Writes raw text under `key`, as another tool or a damaged disk might. */
  async store(key: string, raw: string) {
    await this.page.evaluate(([k, value]) => window.localStorage.setItem(k, value), [key, raw] as const);
  }
}
