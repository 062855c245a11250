import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';

import { BASE_PATH, sitePath } from './support/env';
import { watchPage } from './support/health';

/** The study tools: flashcards with SM-2 review kept in localStorage, and practice questions. */

const STORAGE_KEY = 'aws-ml-study:flashcards:v1';
const BACKUP_KEY = 'aws-ml-study:flashcards:v1:backup';
const FLASHCARDS = '/review/flashcards/';
const QUESTIONS = '/review/practice-questions/';
const DAY = 86_400_000;
/** The tests fix the page's clock, so due dates are exact. */
const T0 = Date.UTC(2025, 2, 10, 9);

interface CardData {
  id: string;
  question: string;
  answer: string;
}
interface DeckData {
  title: string;
  page: string;
  cards: CardData[];
}
interface QuestionData {
  id: string;
  prompt: string;
  page: string;
  options: Array<{ text: string; correct: boolean; why: string }>;
}

const readYaml = <T>(path: string) => parse(readFileSync(join(process.cwd(), 'src/content', path), 'utf8')) as T;
const video = readYaml<DeckData>('decks/kinesis-video-streams.yaml');
const cache = readYaml<DeckData>('decks/amazon-elasticache.yaml');
const orchestration = readYaml<{ questions: QuestionData[] }>('questions/orchestration-migration.yaml');
const [first, second] = orchestration.questions as [QuestionData, QuestionData, ...QuestionData[]];

/** Markdown to the text a reader sees: no `**`, backticks or link targets; the first line only. */
function plain(markdown: string): string {
  const first = markdown.trim().split('\n')[0] ?? '';
  return first
    .replace(/^- /, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|`/g, '')
    .slice(0, 60);
}

const card = (id: string) => `kinesis-video-streams/${id}`;
const videoCard = (index: number) => video.cards[index] ?? video.cards[0]!;

async function openFlashcards(page: Page, time = T0): Promise<Locator> {
  await page.clock.setFixedTime(time);
  await page.goto(sitePath(FLASHCARDS));
  const root = page.getByTestId('flashcards');
  await root.scrollIntoViewIfNeeded();
  await expect(root).toHaveAttribute('data-ready', 'true');
  return root;
}

type StoredValue = { version: number; cards: Record<string, Record<string, number>>; selected: string[] };

async function storedAt(page: Page, key: string): Promise<StoredValue> {
  const raw = await page.evaluate((k) => window.localStorage.getItem(k), key);
  return JSON.parse(raw ?? 'null') as StoredValue;
}

const stored = (page: Page) => storedAt(page, STORAGE_KEY);

/** axe (the site's tags) over one part of the page: the rule ids it breaks. */
async function axeViolations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .include(selector)
    .analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** A valid record of a card rated once (4, Well) at T0: due a day later, so it counts as learned at T0. */
const learnedRecord = { repetitions: 1, interval: 1, ease: 2.5, due: T0 + DAY, reviewed: T0, rating: 4 };

async function rateCurrent(root: Locator, page: Page, rating: string) {
  const current = root.getByTestId('card');
  await current.getByRole('button', { name: 'Show answer' }).click();
  await expect(current).toHaveAttribute('data-flipped', 'true');
  await current.getByRole('button', { name: rating }).click();
  await expect(page.getByTestId('last-rating')).toContainText('Rated');
}

test.describe('flashcards', () => {
  test('pick a deck, flip with Space, rate by click and by key; progress and schedule survive a reload', async ({ page }) => {
    const health = watchPage(page);
    const root = await openFlashcards(page);
    const total = video.cards.length;

    // On screen, once the island is ready, the plain list (with the answers) is hidden.
    await expect(page.getByTestId('flashcards-static')).toBeHidden();
    await expect(root.getByTestId('no-decks')).toBeVisible();

    await root.getByLabel(video.title, { exact: true }).check();
    const current = root.getByTestId('card');
    await expect(current).toHaveAttribute('data-card', card(videoCard(0).id));
    await expect(current).toHaveAttribute('data-kind', 'new');
    await expect(current).toContainText(plain(videoCard(0).question));
    const answer = current.getByTestId('card-answer');
    await expect(answer).toBeEmpty();
    await expect(answer).toHaveAttribute('aria-live', 'polite');

    // Space on the card shows the answer.
    await current.focus();
    await page.keyboard.press('Space');
    await expect(current).toHaveAttribute('data-flipped', 'true');
    await expect(answer).toContainText(plain(videoCard(0).answer));
    await expect(answer.getByRole('link', { name: 'Amazon Kinesis Video Streams' })).toHaveAttribute('href', `${BASE_PATH}${video.page}/`);

    // Rate with a click: 4 (well), first success -> back in 1 day.
    await current.getByRole('button', { name: '4 Well' }).click();
    await expect(page.getByTestId('last-rating')).toContainText('Rated 4 (Well): that card comes back in 1 day');
    await expect(current).toHaveAttribute('data-card', card(videoCard(1).id));
    await expect(current).toHaveAttribute('data-flipped', 'false');

    // The next card's button has the focus: Space shows the answer, the key 5 rates it.
    const show = current.getByRole('button', { name: 'Show answer' });
    await expect(show).toBeFocused();
    await page.keyboard.press('Space');
    await expect(current).toHaveAttribute('data-flipped', 'true');
    await page.keyboard.press('5');
    await expect(page.getByTestId('last-rating')).toContainText('Rated 5 (Perfectly)');
    await expect(current).toHaveAttribute('data-card', card(videoCard(2).id));

    const progress = root.getByTestId('progress-kinesis-video-streams');
    await expect(progress).toHaveAttribute('data-new', String(total - 2));
    await expect(progress).toHaveAttribute('data-learned', '2');
    await expect(progress).toHaveAttribute('data-due', '0');
    await expect(progress).toContainText('next in 1 day');

    // SM-2 by hand: first success -> n 1, I 1 day; EF 2.5 + 0 (rating 4) and 2.5 + 0.1 (rating 5).
    expect(await stored(page)).toEqual({
      version: 1,
      selected: ['kinesis-video-streams'],
      cards: {
        [card(videoCard(0).id)]: { repetitions: 1, interval: 1, ease: 2.5, due: T0 + DAY, reviewed: T0, rating: 4 },
        [card(videoCard(1).id)]: { repetitions: 1, interval: 1, ease: 2.6, due: T0 + DAY, reviewed: T0, rating: 5 },
      },
    });

    // Reload on the same day: the same progress, the deck still picked, the next new card.
    await page.reload();
    await expect(root).toHaveAttribute('data-ready', 'true');
    await expect(root.getByLabel(video.title, { exact: true })).toBeChecked();
    // With decks picked before, the deck list starts closed so the card is in view; it opens on a click.
    const deckList = root.getByTestId('decks');
    await expect(deckList).not.toHaveAttribute('open');
    await expect(deckList.locator('summary')).toContainText(`1 picked: ${video.title}`);
    await expect(progress).toHaveAttribute('data-learned', '2');
    await expect(current).toHaveAttribute('data-card', card(videoCard(2).id));
    await expect(current).toHaveAttribute('data-kind', 'new');

    // Two days later both rated cards are due, and come before the new ones (equal due times: card order).
    await page.clock.setFixedTime(T0 + 2 * DAY);
    await page.reload();
    await expect(root).toHaveAttribute('data-ready', 'true');
    await expect(progress).toHaveAttribute('data-due', '2');
    await expect(progress).toHaveAttribute('data-learned', '0');
    await expect(current).toHaveAttribute('data-card', card(videoCard(0).id));
    await expect(current).toHaveAttribute('data-kind', 'due');
    await expect(current).toHaveAttribute('data-interval', '1');
    await expect(current.getByTestId('queue')).toContainText(`2 due, ${total - 2} new`);

    // Second success: 6 days.
    await rateCurrent(root, page, '4 Well');
    await expect(page.getByTestId('last-rating')).toContainText('comes back in 6 days');
    const after = await stored(page);
    expect(after.cards[card(videoCard(0).id)]).toEqual({ repetitions: 2, interval: 6, ease: 2.5, due: T0 + 8 * DAY, reviewed: T0 + 2 * DAY, rating: 4 });
    await expect(current).toHaveAttribute('data-card', card(videoCard(1).id));

    expect(health.problems()).toEqual([]);
  });

  test('the keys 1-5 do nothing before the answer is shown, and Space does not steal a checkbox', async ({ page }) => {
    const root = await openFlashcards(page);
    const checkbox = root.getByLabel(cache.title, { exact: true });
    await checkbox.focus();
    await page.keyboard.press('Space'); // the checkbox's own Space: picks the deck
    await expect(checkbox).toBeChecked();
    const current = root.getByTestId('card');
    await expect(current).toHaveAttribute('data-flipped', 'false');
    await page.getByRole('heading', { level: 1 }).click(); // the focus leaves the checkbox
    await page.keyboard.press('3');
    await expect(current).toHaveAttribute('data-card', `amazon-elasticache/${cache.cards[0]?.id ?? ''}`);
    expect(await page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY)).toBe(JSON.stringify({ version: 1, cards: {}, selected: ['amazon-elasticache'] }));
    // A click on the card flips it too.
    await current.getByText(plain(cache.cards[0]?.question ?? '')).click();
    await expect(current).toHaveAttribute('data-flipped', 'true');
    await page.keyboard.press('1');
    await expect(page.getByTestId('last-rating')).toContainText('Rated 1 (Not at all): that card comes back in 1 day');
  });

  for (const [name, value, note] of [
    ['broken JSON', '{"version":1,"cards":{"kinesis-video-streams/kvs-purpose":', /not valid JSON/],
    ['an older format', JSON.stringify({ version: 0, cards: {} }), /another version of this site \(format 0, expected 1\)/],
    ['a script in the value', '<script>alert(1)</script>', /not valid JSON/],
  ] as const) {
    test(`a stored value with ${name} is discarded with a note, and nothing breaks`, async ({ page }) => {
      const health = watchPage(page);
      page.on('dialog', (dialog) => {
        throw new Error(`a dialog opened: ${dialog.message()}`);
      });
      const root = await openFlashcards(page);
      await page.evaluate(([key, raw]) => window.localStorage.setItem(key, raw), [STORAGE_KEY, value] as const);
      await page.reload();
      await expect(root).toHaveAttribute('data-ready', 'true');
      const shown = root.getByTestId('store-note');
      await expect(shown).toBeVisible();
      await expect(shown).toContainText(note);
      await expect(shown.locator('script')).toHaveCount(0);

      // The tool works: pick a deck and rate a card.
      await root.getByLabel(video.title, { exact: true }).check();
      await rateCurrent(root, page, '3 With effort');
      expect(Object.keys((await stored(page)).cards)).toEqual([card(videoCard(0).id)]);

      // The broken value is gone for good: no note after a reload.
      await page.reload();
      await expect(root).toHaveAttribute('data-ready', 'true');
      await expect(root.getByTestId('store-note')).toHaveCount(0);
      await expect(root.getByTestId('progress-kinesis-video-streams')).toHaveAttribute('data-learned', '1');
      expect(health.problems()).toEqual([]);
    });
  }

  test('partly corrupted progress keeps the valid cards, in storage too: after a reload they are still there', async ({ page }) => {
    const health = watchPage(page);
    const root = await openFlashcards(page);
    const kept = {
      [card(videoCard(0).id)]: learnedRecord,
      [card(videoCard(1).id)]: { ...learnedRecord, rating: 5, ease: 2.6 },
      [card(videoCard(2).id)]: { ...learnedRecord, rating: 3, ease: 2.36 },
    };
    const value = JSON.stringify({
      version: 1,
      cards: { ...kept, [card(videoCard(3).id)]: { ...learnedRecord, ease: 0.5 } },
      selected: ['kinesis-video-streams', 42],
    });
    await page.evaluate(([key, raw]) => window.localStorage.setItem(key, raw), [STORAGE_KEY, value] as const);
    await page.reload();
    await expect(root).toHaveAttribute('data-ready', 'true');
    const note = root.getByTestId('store-note');
    await expect(note).toContainText('1 card record with invalid data and an invalid deck selection');
    await expect(note).toContainText('The rest was kept');
    const progress = root.getByTestId('progress-kinesis-video-streams');
    await expect(progress).toHaveAttribute('data-learned', '3');
    await expect(root.getByLabel(video.title, { exact: true })).toBeChecked();

    // Storage holds what was kept (not an empty store), read back from the browser.
    await expect.poll(() => stored(page)).toEqual({ version: 1, cards: kept, selected: ['kinesis-video-streams'] });
    await root.getByRole('button', { name: 'Dismiss' }).click();
    await expect(note).toHaveCount(0);

    // The next visit shows the kept cards, without a note: the broken record is gone for good.
    await page.reload();
    await expect(root).toHaveAttribute('data-ready', 'true');
    await expect(progress).toHaveAttribute('data-learned', '3');
    await expect(root.getByLabel(video.title, { exact: true })).toBeChecked();
    await expect(root.getByTestId('card')).toHaveAttribute('data-card', card(videoCard(3).id));
    await expect(root.getByTestId('store-note')).toHaveCount(0);
    await expect(root.getByTestId('store-restore')).toHaveCount(0);
    expect(await stored(page)).toEqual({ version: 1, cards: kept, selected: ['kinesis-video-streams'] });
    expect(health.problems()).toEqual([]);
  });

  for (const [what, action] of [
    ['writes garbage over the progress', 'garbage'],
    ['removes the progress', 'remove'],
    ['clears all of the site\'s storage', 'clear'],
  ] as const) {
    test(`another tab that ${what} does not wipe this tab's progress: a copy is kept and Restore saves it again`, async ({ page, context }) => {
      const health = watchPage(page);
      const root = await openFlashcards(page);
      await root.getByLabel(video.title, { exact: true }).check();
      await rateCurrent(root, page, '4 Well');
      await rateCurrent(root, page, '5 Perfectly');
      const progress = root.getByTestId('progress-kinesis-video-streams');
      await expect(progress).toHaveAttribute('data-learned', '2');
      const before = await stored(page);
      expect(Object.keys(before.cards)).toHaveLength(2);

      // Another tab of the same site changes the storage: this one gets a storage event.
      const other = await context.newPage();
      await other.goto(sitePath('/'));
      await other.evaluate(
        ([key, act]) => {
          if (act === 'garbage') window.localStorage.setItem(key, '{"version":1,"cards":{"kinesis-video-streams/');
          else if (act === 'remove') window.localStorage.removeItem(key);
          else window.localStorage.clear();
        },
        [STORAGE_KEY, action] as const,
      );

      // This tab keeps showing its progress, keeps a copy under the backup key, and offers to restore it.
      const offer = root.getByTestId('store-restore');
      await expect(offer).toContainText('2 card records');
      await expect(progress).toHaveAttribute('data-learned', '2');
      await expect.poll(() => storedAt(page, BACKUP_KEY)).toEqual(before);
      if (action === 'garbage') {
        expect(await page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY)).toBe('{"version":1,"cards":{"kinesis-video-streams/');
      } else {
        expect(await page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY)).toBeNull();
      }

      // Restore saves it again under the main key.
      await offer.getByRole('button', { name: 'Restore' }).click();
      await expect(offer).toHaveCount(0);
      await expect(root.getByTestId('store-note')).toContainText('Restored 2 card records');
      await expect(root.getByTestId('store-note')).toBeFocused();
      expect(await stored(page)).toEqual(before);
      await page.reload();
      await expect(root).toHaveAttribute('data-ready', 'true');
      await expect(progress).toHaveAttribute('data-learned', '2');
      await expect(root.getByTestId('store-restore')).toHaveCount(0);
      expect(health.problems()).toEqual([]);
    });
  }

  test('a rating after another tab damaged the storage saves all of this tab\'s progress, not less', async ({ page, context }) => {
    const root = await openFlashcards(page);
    await root.getByLabel(video.title, { exact: true }).check();
    await rateCurrent(root, page, '4 Well');
    const other = await context.newPage();
    await other.goto(sitePath('/'));
    await other.evaluate((key) => window.localStorage.setItem(key, 'null'), STORAGE_KEY);
    await expect(root.getByTestId('store-restore')).toContainText('1 card record');
    await rateCurrent(root, page, '5 Perfectly');
    await expect.poll(async () => Object.keys((await stored(page)).cards).sort()).toEqual([card(videoCard(0).id), card(videoCard(1).id)].sort());
    // Nothing is left to restore: the saved progress has everything the copy has.
    await expect(root.getByTestId('store-restore')).toHaveCount(0);
  });

  test('a change saved in another tab is taken over by this one, and a later save keeps it', async ({ page, context }) => {
    const root = await openFlashcards(page);
    await root.getByLabel(video.title, { exact: true }).check();
    await rateCurrent(root, page, '4 Well');
    const progress = root.getByTestId('progress-kinesis-video-streams');
    await expect(progress).toHaveAttribute('data-learned', '1');

    const other = await context.newPage();
    const otherRoot = await openFlashcards(other);
    await expect(otherRoot.getByTestId('card')).toHaveAttribute('data-card', card(videoCard(1).id));
    await rateCurrent(otherRoot, other, '5 Perfectly');

    await expect(progress).toHaveAttribute('data-learned', '2');
    await expect(root.getByTestId('card')).toHaveAttribute('data-card', card(videoCard(2).id));
    await expect(root.getByTestId('store-restore')).toHaveCount(0);
    await rateCurrent(root, page, '3 With effort');
    expect(Object.keys((await stored(page)).cards).sort()).toEqual([0, 1, 2].map((i) => card(videoCard(i).id)).sort());
    // A reset in the other tab is a deliberate change: this tab follows it, with nothing to restore.
    await otherRoot.getByRole('button', { name: 'Reset all progress…' }).click();
    await otherRoot.getByRole('button', { name: 'Yes, reset' }).click();
    await expect(progress).toHaveAttribute('data-learned', '0');
    await expect(root.getByTestId('store-restore')).toHaveCount(0);
  });

  test('damaged progress with a good copy under the backup key: the page offers to restore it', async ({ page }) => {
    const health = watchPage(page);
    const root = await openFlashcards(page);
    const copy = {
      version: 1,
      cards: { [card(videoCard(0).id)]: learnedRecord, [card(videoCard(1).id)]: learnedRecord },
      selected: ['kinesis-video-streams'],
    };
    await page.evaluate(
      ([key, backupKey, backup]) => {
        window.localStorage.setItem(key, '{"version":1,"cards":');
        window.localStorage.setItem(backupKey, backup);
      },
      [STORAGE_KEY, BACKUP_KEY, JSON.stringify(copy)] as const,
    );
    await page.reload();
    await expect(root).toHaveAttribute('data-ready', 'true');
    await expect(root.getByTestId('store-note')).toContainText('not valid JSON');
    const offer = root.getByTestId('store-restore');
    await expect(offer).toContainText('2 card records');
    const progress = root.getByTestId('progress-kinesis-video-streams');
    await expect(progress).toHaveAttribute('data-learned', '0');
    // The copy is not touched until the learner decides.
    expect(await storedAt(page, BACKUP_KEY)).toEqual(copy);
    expect(await axeViolations(page, '[data-testid="flashcards"]')).toEqual([]);

    // "Not now" hides the offer for this visit only; the copy stays.
    await offer.getByRole('button', { name: 'Not now' }).click();
    await expect(offer).toHaveCount(0);
    await page.reload();
    await expect(root).toHaveAttribute('data-ready', 'true');
    await root.getByTestId('store-restore').getByRole('button', { name: 'Restore' }).click();
    await expect(progress).toHaveAttribute('data-learned', '2');
    await expect(root.getByLabel(video.title, { exact: true })).toBeChecked();
    expect(await stored(page)).toEqual(copy);
    await page.reload();
    await expect(root).toHaveAttribute('data-ready', 'true');
    await expect(progress).toHaveAttribute('data-learned', '2');
    await expect(root.getByTestId('store-restore')).toHaveCount(0);
    expect(health.problems()).toEqual([]);
  });

  test('a full storage quota says progress was not saved, and the message goes once a save works again', async ({ page }) => {
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        if ((window as unknown as { storageFull?: boolean }).storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    const health = watchPage(page);
    const root = await openFlashcards(page);
    await root.getByLabel(video.title, { exact: true }).check();
    await page.evaluate(() => ((window as unknown as { storageFull?: boolean }).storageFull = true));
    await rateCurrent(root, page, '4 Well');
    const problem = root.getByTestId('store-problem');
    await expect(problem).toContainText('storage for this site is full');
    await expect(problem).toContainText('not saved');
    await expect(problem).not.toContainText('does not let the page store data');
    expect((await stored(page)).cards).toEqual({});
    expect(await axeViolations(page, '[data-testid="flashcards"]')).toEqual([]);

    // Space again: "Save again" stores the rating, and the message goes.
    await page.evaluate(() => ((window as unknown as { storageFull?: boolean }).storageFull = false));
    await problem.getByRole('button', { name: 'Save again' }).click();
    await expect(problem).toHaveCount(0);
    expect(Object.keys((await stored(page)).cards)).toEqual([card(videoCard(0).id)]);

    // Full again, then space again: the next rating saves everything, and the message goes.
    await page.evaluate(() => ((window as unknown as { storageFull?: boolean }).storageFull = true));
    await rateCurrent(root, page, '5 Perfectly');
    await expect(problem).toContainText('storage for this site is full');
    await page.evaluate(() => ((window as unknown as { storageFull?: boolean }).storageFull = false));
    await rateCurrent(root, page, '3 With effort');
    await expect(problem).toHaveCount(0);
    expect(Object.keys((await stored(page)).cards).sort()).toEqual([0, 1, 2].map((i) => card(videoCard(i).id)).sort());
    expect(health.problems()).toEqual([]);
  });

  test('reset the picked decks or everything, after confirming', async ({ page }) => {
    const root = await openFlashcards(page);
    const videoBox = root.getByLabel(video.title, { exact: true });
    const cacheBox = root.getByLabel(cache.title, { exact: true });
    const videoProgress = root.getByTestId('progress-kinesis-video-streams');
    const cacheProgress = root.getByTestId('progress-amazon-elasticache');

    await videoBox.check();
    await rateCurrent(root, page, '5 Perfectly');
    await videoBox.uncheck();
    await cacheBox.check();
    await rateCurrent(root, page, '2 Barely');
    await expect(videoProgress).toHaveAttribute('data-learned', '1');
    await expect(cacheProgress).toHaveAttribute('data-learned', '1');

    // Cancel changes nothing.
    await root.getByRole('button', { name: 'Reset the picked decks…' }).click();
    const confirm = root.getByTestId('reset-confirm');
    await expect(confirm).toContainText('Forget your progress in the 1 picked deck?');
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(cacheProgress).toHaveAttribute('data-learned', '1');

    // Reset the picked deck (ElastiCache) only.
    await root.getByRole('button', { name: 'Reset the picked decks…' }).click();
    await root.getByRole('button', { name: 'Yes, reset' }).click();
    await expect(cacheProgress).toHaveAttribute('data-learned', '0');
    await expect(cacheProgress).toHaveAttribute('data-new', String(cache.cards.length));
    await expect(videoProgress).toHaveAttribute('data-learned', '1');

    // Reset everything.
    await root.getByRole('button', { name: 'Reset all progress…' }).click();
    await expect(root.getByTestId('reset-confirm')).toContainText('every deck');
    await root.getByRole('button', { name: 'Yes, reset' }).click();
    await expect(videoProgress).toHaveAttribute('data-learned', '0');
    expect(await stored(page)).toEqual({ version: 1, cards: {}, selected: ['amazon-elasticache'] });
    await page.reload();
    await expect(root).toHaveAttribute('data-ready', 'true');
    await expect(videoProgress).toHaveAttribute('data-new', String(video.cards.length));
  });

  test('if the card file cannot be loaded, the island says so and the plain list stays', async ({ page }) => {
    await page.route('**/study/flashcards.json*', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    await page.goto(sitePath(FLASHCARDS));
    const root = page.getByTestId('flashcards');
    await root.scrollIntoViewIfNeeded();
    await expect(root.getByTestId('load-problem')).toContainText('The cards could not be loaded (HTTP 503)');
    await expect(root).toHaveAttribute('data-ready', 'false');
    await expect(page.getByTestId('flashcards-static')).toBeVisible();
    await root.getByLabel(video.title, { exact: true }).check();
    await expect(root.getByTestId('card')).toHaveCount(0);
  });

  test('print shows every deck as questions with answers and hides the controls', async ({ page }) => {
    const root = await openFlashcards(page);
    const list = page.getByTestId('flashcards-static');
    await expect(list).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(root).toBeHidden();
    await expect(list).toBeVisible();
    const deck = list.getByTestId('deck-kinesis-video-streams');
    await expect(deck.locator('dt').first()).toContainText(plain(videoCard(0).question));
    await expect(deck.locator('dd').first()).toBeVisible();
    await expect(deck.locator('dd').first()).toContainText(plain(videoCard(0).answer));
    await expect(deck.locator('dt')).toHaveCount(video.cards.length);
    await page.emulateMedia({ media: 'screen' });
    await expect(list).toBeHidden();
    await expect(root).toBeVisible();
  });
});

test.describe('practice questions', () => {
  const right = (q: QuestionData) => q.options.findIndex((option) => option.correct);
  const letter = (index: number) => 'ABCDEF'[index] ?? '?';

  async function openQuiz(page: Page) {
    await page.goto(sitePath(QUESTIONS));
    const root = page.getByTestId('quiz');
    await root.scrollIntoViewIfNeeded();
    await expect(root).toHaveAttribute('data-ready', 'true');
    await root.getByLabel('Section').selectOption('orchestration-migration');
    await expect(root.getByTestId('quiz-questions')).toHaveAttribute('data-section', 'orchestration-migration');
    return root;
  }

  test('answer questions: right or wrong, why every option is right or wrong, the page, the score', async ({ page }) => {
    const health = watchPage(page);
    const root = await openQuiz(page);
    await expect(page.getByTestId('questions-static')).toBeHidden();
    const score = root.getByTestId('score-orchestration-migration');
    await expect(score).toHaveAttribute('data-answered', '0');
    await expect(score).toHaveAttribute('data-total', String(orchestration.questions.length));

    // A wrong answer to the first question.
    const q1 = root.getByTestId(`question-${first.id}`);
    const wrong = right(first) === 0 ? 1 : 0;
    await expect(q1.getByTestId('why')).toHaveCount(0);
    await q1.getByTestId(`option-${letter(wrong)}`).getByRole('radio').check();
    await q1.getByRole('button', { name: 'Check answer' }).click();
    await expect(q1).toHaveAttribute('data-outcome', 'wrong');
    await expect(q1.getByTestId('verdict')).toBeFocused();
    await expect(q1.getByTestId('verdict')).toContainText(`Wrong: the right answer is ${letter(right(first))}.`);
    await expect(q1.getByTestId('why')).toHaveCount(first.options.length);
    for (const [index, option] of first.options.entries()) {
      await expect(q1.getByTestId(`option-${letter(index)}`).getByTestId('why')).toContainText(plain(option.why));
    }
    await expect(q1.getByTestId(`option-${letter(wrong)}`)).toContainText('(your answer)');
    await expect(q1.getByRole('radio').first()).toBeDisabled();
    await expect(q1.getByTestId('verdict').getByRole('link')).toHaveAttribute('href', `${BASE_PATH}${first.page}/`);
    await expect(score).toHaveAttribute('data-answered', '1');
    await expect(score).toHaveAttribute('data-right', '0');

    // The right answer to the second, by keyboard: arrows pick, Tab to the button, Enter checks.
    const q2 = root.getByTestId(`question-${second.id}`);
    await q2.getByRole('radio').first().focus();
    await page.keyboard.press('Space');
    for (let i = 0; i < right(second); i += 1) await page.keyboard.press('ArrowDown');
    await expect(q2.getByRole('radio').nth(right(second))).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(q2.getByRole('button', { name: 'Check answer' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(q2).toHaveAttribute('data-outcome', 'right');
    await expect(q2.getByTestId('verdict')).toContainText('Right.');
    // The button is gone: the focus moves to the result (read out by a screen reader), not to the page body.
    await expect(q2.getByTestId('verdict')).toBeFocused();
    // From there Tab goes on to the link in the result, and on to the next question.
    await page.keyboard.press('Tab');
    await expect(q2.getByTestId('verdict').getByRole('link')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(root.getByTestId(`question-${orchestration.questions[2]?.id ?? ''}`).getByRole('radio').first()).toBeFocused();
    await expect(score).toHaveAttribute('data-answered', '2');
    await expect(score).toHaveAttribute('data-right', '1');
    expect(await axeViolations(page, '[data-testid="quiz"]')).toEqual([]);
    await expect(root.getByTestId('score-total')).toHaveAttribute('data-right', '1');

    // Another section keeps its own score.
    await root.getByLabel('Section').selectOption('storage');
    await expect(root.getByTestId('score-storage')).toHaveAttribute('data-answered', '0');
    await root.getByLabel('Section').selectOption('orchestration-migration');
    await expect(q1).toHaveAttribute('data-outcome', 'wrong');

    // Reset the section.
    await root.getByRole('button', { name: 'Reset this section' }).click();
    await expect(score).toHaveAttribute('data-answered', '0');
    await expect(q1).toHaveAttribute('data-outcome', 'unanswered');
    await expect(q1.getByRole('radio').first()).toBeEnabled();
    expect(health.problems()).toEqual([]);
  });

  test('print lists the questions with options, then the answers with explanations', async ({ page }) => {
    const root = await openQuiz(page);
    await page.emulateMedia({ media: 'print' });
    await expect(root).toBeHidden();
    const set = page.getByTestId('set-orchestration-migration');
    await expect(set).toBeVisible();
    await expect(set).toContainText(plain(first.prompt));
    const answers = page.getByTestId('answers-orchestration-migration');
    await expect(answers).toBeVisible();
    await expect(answers.locator(':scope > li')).toHaveCount(orchestration.questions.length);
    await expect(answers.locator(':scope > li').first()).toContainText(`${letter(right(first))}.`);
    await expect(answers.locator(':scope > li').first()).toContainText(plain(first.options[1]?.why ?? ''));
    // The answers come after the questions.
    const questionsBox = await set.locator('.study-static-questions').boundingBox();
    const answersBox = await answers.boundingBox();
    expect(answersBox?.y ?? 0).toBeGreaterThan(questionsBox?.y ?? Infinity);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a deck is a plain list of questions with their answers', async ({ page }) => {
    await page.goto(sitePath(FLASHCARDS));
    await expect(page.getByTestId('flashcards')).toBeHidden();
    const deck = page.getByTestId('deck-kinesis-video-streams');
    await expect(deck).toBeVisible();
    await expect(deck.getByRole('heading', { name: video.title })).toBeVisible();
    for (const item of video.cards.slice(0, 3)) {
      await expect(deck).toContainText(plain(item.question));
      await expect(deck).toContainText(plain(item.answer));
    }
    await expect(deck.getByRole('link', { name: 'Amazon Kinesis Video Streams' })).toHaveAttribute('href', `${BASE_PATH}${video.page}/`);
  });

  test('a question set lists the questions with options and the answers at the end', async ({ page }) => {
    await page.goto(sitePath(QUESTIONS));
    await expect(page.getByTestId('quiz')).toBeHidden();
    const set = page.getByTestId('set-orchestration-migration');
    await expect(set).toBeVisible();
    await expect(set.locator('.study-static-questions > li')).toHaveCount(orchestration.questions.length);
    await expect(set.locator('.study-static-questions > li').first().locator('.study-static-options > li')).toHaveCount(first.options.length);
    await expect(page.getByTestId('answers-orchestration-migration')).toContainText(plain(first.options[0]?.why ?? ''));
  });
});
