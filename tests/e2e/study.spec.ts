import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';

import { axeViolations } from './support/axe';
import { BASE_PATH, sitePath } from './support/env';
import { BACKUP_KEY, FLASHCARDS_PATH, FlashcardsPage, STORAGE_KEY } from './support/page-objects/flashcards';
import { QUESTIONS_PATH } from './support/page-objects/quiz';
import { expect, test } from './support/test';

/**
 * The study tools: flashcards with SM-2 review kept in localStorage, and practice questions. The page health
 * fixture fails any of these tests on a console error or warning, an HTTP error, or a dialog (a stored script run).
 */

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

/** Opens the flashcards at T0, picks the Kinesis Video Streams deck and rates its first card 4; returns the root. */
async function rateFirstVideoCard(flashcards: FlashcardsPage) {
  await flashcards.open(T0);
  await flashcards.deck(video.title).check();
  await flashcards.rate('4 Well');
  return flashcards.root;
}

/** A valid record of a card rated once (4, Well) at T0: due a day later, so it counts as learned at T0. */
const learnedRecord = { repetitions: 1, interval: 1, ease: 2.5, due: T0 + DAY, reviewed: T0, rating: 4 };

test.describe('flashcards', () => {
  test('pick a deck, flip with Space, rate by click and by key; progress and schedule survive a reload', async ({ page, flashcards }) => {
    await flashcards.open(T0);
    const root = flashcards.root;
    const total = video.cards.length;

    // On screen, once the island is ready, the plain list (with the answers) is hidden.
    await expect(flashcards.staticList).toBeHidden();
    await expect(root.getByTestId('no-decks')).toBeVisible();

    await flashcards.deck(video.title).check();
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
    await expect(flashcards.lastRating).toContainText('Rated 4 (Well): that card comes back in 1 day');
    await expect(current).toHaveAttribute('data-card', card(videoCard(1).id));
    await expect(current).toHaveAttribute('data-flipped', 'false');

    // The next card's button has the focus: Space shows the answer, the key 5 rates it.
    const show = current.getByRole('button', { name: 'Show answer' });
    await expect(show).toBeFocused();
    await page.keyboard.press('Space');
    await expect(current).toHaveAttribute('data-flipped', 'true');
    await page.keyboard.press('5');
    await expect(flashcards.lastRating).toContainText('Rated 5 (Perfectly)');
    await expect(current).toHaveAttribute('data-card', card(videoCard(2).id));

    const progress = flashcards.progress('kinesis-video-streams');
    await expect(progress).toHaveAttribute('data-new', String(total - 2));
    await expect(progress).toHaveAttribute('data-learned', '2');
    await expect(progress).toHaveAttribute('data-due', '0');
    await expect(progress).toContainText('next in 1 day');

    // SM-2 by hand: first success -> n 1, I 1 day; EF 2.5 + 0 (rating 4) and 2.5 + 0.1 (rating 5).
    expect(await flashcards.stored()).toEqual({
      version: 1,
      selected: ['kinesis-video-streams'],
      cards: {
        [card(videoCard(0).id)]: { repetitions: 1, interval: 1, ease: 2.5, due: T0 + DAY, reviewed: T0, rating: 4 },
        [card(videoCard(1).id)]: { repetitions: 1, interval: 1, ease: 2.6, due: T0 + DAY, reviewed: T0, rating: 5 },
      },
    });

    // Reload on the same day: the same progress, the deck still picked, the next new card.
    await flashcards.reload();
    await expect(flashcards.deck(video.title)).toBeChecked();
    // With decks picked before, the deck list starts closed so the card is in view; it opens on a click.
    const deckList = root.getByTestId('decks');
    await expect(deckList).not.toHaveAttribute('open');
    await expect(deckList.locator('summary')).toContainText(`1 picked: ${video.title}`);
    await expect(progress).toHaveAttribute('data-learned', '2');
    await expect(current).toHaveAttribute('data-card', card(videoCard(2).id));
    await expect(current).toHaveAttribute('data-kind', 'new');

    // Two days later both rated cards are due, and come before the new ones (equal due times: card order).
    await page.clock.setFixedTime(T0 + 2 * DAY);
    await flashcards.reload();
    await expect(progress).toHaveAttribute('data-due', '2');
    await expect(progress).toHaveAttribute('data-learned', '0');
    await expect(current).toHaveAttribute('data-card', card(videoCard(0).id));
    await expect(current).toHaveAttribute('data-kind', 'due');
    await expect(current).toHaveAttribute('data-interval', '1');
    await expect(current.getByTestId('queue')).toContainText(`2 due, ${total - 2} new`);

    // Second success: 6 days.
    await flashcards.rate('4 Well');
    await expect(flashcards.lastRating).toContainText('comes back in 6 days');
    const after = await flashcards.stored();
    expect(after.cards[card(videoCard(0).id)]).toEqual({
      repetitions: 2,
      interval: 6,
      ease: 2.5,
      due: T0 + 8 * DAY,
      reviewed: T0 + 2 * DAY,
      rating: 4,
    });
    await expect(current).toHaveAttribute('data-card', card(videoCard(1).id));
  });

  test('the keys 1-5 do nothing before the answer is shown, and Space does not steal a checkbox', async ({ page, flashcards }) => {
    await flashcards.open(T0);
    const root = flashcards.root;
    const checkbox = flashcards.deck(cache.title);
    await checkbox.focus();
    await page.keyboard.press('Space'); // the checkbox's own Space: picks the deck
    await expect(checkbox).toBeChecked();
    const current = root.getByTestId('card');
    await expect(current).toHaveAttribute('data-flipped', 'false');
    await page.getByRole('heading', { level: 1 }).click(); // the focus leaves the checkbox
    await page.keyboard.press('3');
    await expect(current).toHaveAttribute('data-card', `amazon-elasticache/${cache.cards[0]?.id ?? ''}`);
    expect(await flashcards.raw()).toBe(JSON.stringify({ version: 1, cards: {}, selected: ['amazon-elasticache'] }));
    // A click on the card flips it too.
    await current.getByText(plain(cache.cards[0]?.question ?? '')).click();
    await expect(current).toHaveAttribute('data-flipped', 'true');
    await page.keyboard.press('1');
    await expect(flashcards.lastRating).toContainText('Rated 1 (Not at all): that card comes back in 1 day');
  });

  for (const [name, value, note] of [
    ['broken JSON', '{"version":1,"cards":{"kinesis-video-streams/kvs-purpose":', /not valid JSON/],
    ['an older format', JSON.stringify({ version: 0, cards: {} }), /another version of this site \(format 0, expected 1\)/],
    ['a script in the value', '<script>alert(1)</script>', /not valid JSON/],
  ] as const) {
    test(`a stored value with ${name} is discarded with a note, and nothing breaks`, async ({ flashcards }) => {
      await flashcards.open(T0);
      const root = flashcards.root;
      await flashcards.store(STORAGE_KEY, value);
      await flashcards.reload();
      const shown = root.getByTestId('store-note');
      await expect(shown).toBeVisible();
      await expect(shown).toContainText(note);
      await expect(shown.locator('script')).toHaveCount(0);

      // The tool works: pick a deck and rate a card.
      await flashcards.deck(video.title).check();
      await flashcards.rate('3 With effort');
      expect(Object.keys((await flashcards.stored()).cards)).toEqual([card(videoCard(0).id)]);

      // The broken value is gone for good: no note after a reload.
      await flashcards.reload();
      await expect(root.getByTestId('store-note')).toHaveCount(0);
      await expect(flashcards.progress('kinesis-video-streams')).toHaveAttribute('data-learned', '1');
    });
  }

  test('partly corrupted progress keeps the valid cards, in storage too: after a reload they are still there', async ({ flashcards }) => {
    await flashcards.open(T0);
    const root = flashcards.root;
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
    await flashcards.store(STORAGE_KEY, value);
    await flashcards.reload();
    const note = root.getByTestId('store-note');
    await expect(note).toContainText('1 card record with invalid data and an invalid deck selection');
    await expect(note).toContainText('The rest was kept');
    const progress = flashcards.progress('kinesis-video-streams');
    await expect(progress).toHaveAttribute('data-learned', '3');
    await expect(flashcards.deck(video.title)).toBeChecked();

    // Storage holds what was kept (not an empty store), read back from the browser.
    await expect.poll(() => flashcards.stored()).toEqual({ version: 1, cards: kept, selected: ['kinesis-video-streams'] });
    await root.getByRole('button', { name: 'Dismiss' }).click();
    await expect(note).toHaveCount(0);

    // The next visit shows the kept cards, without a note: the broken record is gone for good.
    await flashcards.reload();
    await expect(progress).toHaveAttribute('data-learned', '3');
    await expect(flashcards.deck(video.title)).toBeChecked();
    await expect(root.getByTestId('card')).toHaveAttribute('data-card', card(videoCard(3).id));
    await expect(root.getByTestId('store-note')).toHaveCount(0);
    await expect(root.getByTestId('store-restore')).toHaveCount(0);
    expect(await flashcards.stored()).toEqual({ version: 1, cards: kept, selected: ['kinesis-video-streams'] });
  });

  for (const [what, action] of [
    ['writes garbage over the progress', 'garbage'],
    ['removes the progress', 'remove'],
    ["clears all of the site's storage", 'clear'],
  ] as const) {
    test(`another tab that ${what} does not wipe this tab's progress: a copy is kept and Restore saves it again`, async ({ context, flashcards }) => {
      const root = await rateFirstVideoCard(flashcards);
      await flashcards.rate('5 Perfectly');
      const progress = flashcards.progress('kinesis-video-streams');
      await expect(progress).toHaveAttribute('data-learned', '2');
      const before = await flashcards.stored();
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
      await expect.poll(() => flashcards.stored(BACKUP_KEY)).toEqual(before);
      if (action === 'garbage') {
        expect(await flashcards.raw()).toBe('{"version":1,"cards":{"kinesis-video-streams/');
      } else {
        expect(await flashcards.raw()).toBeNull();
      }

      // Restore saves it again under the main key.
      await offer.getByRole('button', { name: 'Restore' }).click();
      await expect(offer).toHaveCount(0);
      await expect(root.getByTestId('store-note')).toContainText('Restored 2 card records');
      await expect(root.getByTestId('store-note')).toBeFocused();
      expect(await flashcards.stored()).toEqual(before);
      await flashcards.reload();
      await expect(progress).toHaveAttribute('data-learned', '2');
      await expect(root.getByTestId('store-restore')).toHaveCount(0);
    });
  }

  test("a rating after another tab damaged the storage saves all of this tab's progress, not less", async ({ context, flashcards }) => {
    const root = await rateFirstVideoCard(flashcards);
    const other = await context.newPage();
    await other.goto(sitePath('/'));
    await other.evaluate((key) => window.localStorage.setItem(key, 'null'), STORAGE_KEY);
    await expect(root.getByTestId('store-restore')).toContainText('1 card record');
    await flashcards.rate('5 Perfectly');
    await expect
      .poll(async () => Object.keys((await flashcards.stored()).cards).sort())
      .toEqual([card(videoCard(0).id), card(videoCard(1).id)].sort());
    // Nothing is left to restore: the saved progress has everything the copy has.
    await expect(root.getByTestId('store-restore')).toHaveCount(0);
  });

  test('a change saved in another tab is taken over by this one, and a later save keeps it', async ({ context, flashcards }) => {
    const root = await rateFirstVideoCard(flashcards);
    const progress = flashcards.progress('kinesis-video-streams');
    await expect(progress).toHaveAttribute('data-learned', '1');

    const other = new FlashcardsPage(await context.newPage());
    await other.open(T0);
    const otherRoot = other.root;
    await expect(otherRoot.getByTestId('card')).toHaveAttribute('data-card', card(videoCard(1).id));
    await other.rate('5 Perfectly');

    await expect(progress).toHaveAttribute('data-learned', '2');
    await expect(root.getByTestId('card')).toHaveAttribute('data-card', card(videoCard(2).id));
    await expect(root.getByTestId('store-restore')).toHaveCount(0);
    await flashcards.rate('3 With effort');
    expect(Object.keys((await flashcards.stored()).cards).sort()).toEqual([0, 1, 2].map((i) => card(videoCard(i).id)).sort());
    // A reset in the other tab is a deliberate change: this tab follows it, with nothing to restore.
    await otherRoot.getByRole('button', { name: 'Reset all progress…' }).click();
    await otherRoot.getByRole('button', { name: 'Yes, reset' }).click();
    await expect(progress).toHaveAttribute('data-learned', '0');
    await expect(root.getByTestId('store-restore')).toHaveCount(0);
  });

  test('damaged progress with a good copy under the backup key: the page offers to restore it', async ({ page, flashcards }) => {
    await flashcards.open(T0);
    const root = flashcards.root;
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
    await flashcards.reload();
    await expect(root.getByTestId('store-note')).toContainText('not valid JSON');
    const offer = root.getByTestId('store-restore');
    await expect(offer).toContainText('2 card records');
    const progress = flashcards.progress('kinesis-video-streams');
    await expect(progress).toHaveAttribute('data-learned', '0');
    // The copy is not touched until the learner decides.
    expect(await flashcards.stored(BACKUP_KEY)).toEqual(copy);
    expect(await axeViolations(page, '[data-testid="flashcards"]')).toEqual([]);

    // "Not now" hides the offer for this visit only; the copy stays.
    await offer.getByRole('button', { name: 'Not now' }).click();
    await expect(offer).toHaveCount(0);
    await flashcards.reload();
    await root.getByTestId('store-restore').getByRole('button', { name: 'Restore' }).click();
    await expect(progress).toHaveAttribute('data-learned', '2');
    await expect(flashcards.deck(video.title)).toBeChecked();
    expect(await flashcards.stored()).toEqual(copy);
    await flashcards.reload();
    await expect(progress).toHaveAttribute('data-learned', '2');
    await expect(root.getByTestId('store-restore')).toHaveCount(0);
  });

  test('a full storage quota says progress was not saved, and the message goes once a save works again', async ({ page, flashcards }) => {
    await page.addInitScript(() => {
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with .call(this, …)
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        if ((window as unknown as { storageFull?: boolean }).storageFull)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    await flashcards.open(T0);
    const root = flashcards.root;
    await flashcards.deck(video.title).check();
    await page.evaluate(() => ((window as unknown as { storageFull?: boolean }).storageFull = true));
    await flashcards.rate('4 Well');
    const problem = root.getByTestId('store-problem');
    await expect(problem).toContainText('storage for this site is full');
    await expect(problem).toContainText('not saved');
    await expect(problem).not.toContainText('does not let the page store data');
    expect((await flashcards.stored()).cards).toEqual({});
    expect(await axeViolations(page, '[data-testid="flashcards"]')).toEqual([]);

    // Space again: "Save again" stores the rating, and the message goes.
    await page.evaluate(() => ((window as unknown as { storageFull?: boolean }).storageFull = false));
    await problem.getByRole('button', { name: 'Save again' }).click();
    await expect(problem).toHaveCount(0);
    expect(Object.keys((await flashcards.stored()).cards)).toEqual([card(videoCard(0).id)]);

    // Full again, then space again: the next rating saves everything, and the message goes.
    await page.evaluate(() => ((window as unknown as { storageFull?: boolean }).storageFull = true));
    await flashcards.rate('5 Perfectly');
    await expect(problem).toContainText('storage for this site is full');
    await page.evaluate(() => ((window as unknown as { storageFull?: boolean }).storageFull = false));
    await flashcards.rate('3 With effort');
    await expect(problem).toHaveCount(0);
    expect(Object.keys((await flashcards.stored()).cards).sort()).toEqual([0, 1, 2].map((i) => card(videoCard(i).id)).sort());
  });

  test('reset the picked decks or everything, after confirming', async ({ flashcards }) => {
    await flashcards.open(T0);
    const root = flashcards.root;
    const videoBox = flashcards.deck(video.title);
    const cacheBox = flashcards.deck(cache.title);
    const videoProgress = flashcards.progress('kinesis-video-streams');
    const cacheProgress = flashcards.progress('amazon-elasticache');

    await videoBox.check();
    await flashcards.rate('5 Perfectly');
    await videoBox.uncheck();
    await cacheBox.check();
    await flashcards.rate('2 Barely');
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
    expect(await flashcards.stored()).toEqual({ version: 1, cards: {}, selected: ['amazon-elasticache'] });
    await flashcards.reload();
    await expect(videoProgress).toHaveAttribute('data-new', String(video.cards.length));
  });

  test('if the card file cannot be loaded, the island says so and the plain list stays', async ({ page, flashcards, health }) => {
    health.allowHttp(503, /\/study\/flashcards\.json/, 'the test makes the card file fail');
    await page.route('**/study/flashcards.json*', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    await page.goto(sitePath(FLASHCARDS_PATH));
    const root = flashcards.root;
    await root.scrollIntoViewIfNeeded();
    await expect(root.getByTestId('load-problem')).toContainText('The cards could not be loaded (HTTP 503)');
    await expect(root).toHaveAttribute('data-ready', 'false');
    await expect(flashcards.staticList).toBeVisible();
    await flashcards.deck(video.title).check();
    await expect(flashcards.card).toHaveCount(0);
  });

  test('print shows every deck as questions with answers and hides the controls', async ({ page, flashcards }) => {
    await flashcards.open(T0);
    const root = flashcards.root;
    const list = flashcards.staticList;
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

  test('answer questions: right or wrong, why every option is right or wrong, the page, the score', async ({ page, quiz }) => {
    await quiz.open('orchestration-migration');
    const root = quiz.root;
    await expect(page.getByTestId('questions-static')).toBeHidden();
    const score = quiz.score('orchestration-migration');
    await expect(score).toHaveAttribute('data-answered', '0');
    await expect(score).toHaveAttribute('data-total', String(orchestration.questions.length));

    // A wrong answer to the first question.
    const q1 = quiz.question(first.id);
    const wrong = right(first) === 0 ? 1 : 0;
    await expect(q1.getByTestId('why')).toHaveCount(0);
    await q1
      .getByTestId(`option-${letter(wrong)}`)
      .getByRole('radio')
      .check();
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
    const q2 = quiz.question(second.id);
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
    await expect(
      quiz
        .question(orchestration.questions[2]?.id ?? '')
        .getByRole('radio')
        .first(),
    ).toBeFocused();
    await expect(score).toHaveAttribute('data-answered', '2');
    await expect(score).toHaveAttribute('data-right', '1');
    expect(await axeViolations(page, '[data-testid="quiz"]')).toEqual([]);
    await expect(quiz.score('total')).toHaveAttribute('data-right', '1');

    // Another section keeps its own score.
    await quiz.sectionPicker.selectOption('storage');
    await expect(quiz.score('storage')).toHaveAttribute('data-answered', '0');
    await quiz.sectionPicker.selectOption('orchestration-migration');
    await expect(q1).toHaveAttribute('data-outcome', 'wrong');

    // Reset the section.
    await root.getByRole('button', { name: 'Reset this section' }).click();
    await expect(score).toHaveAttribute('data-answered', '0');
    await expect(q1).toHaveAttribute('data-outcome', 'unanswered');
    await expect(q1.getByRole('radio').first()).toBeEnabled();
  });

  test('print lists the questions with options, then the answers with explanations', async ({ page, quiz }) => {
    await quiz.open('orchestration-migration');
    const root = quiz.root;
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
    await page.goto(sitePath(FLASHCARDS_PATH));
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
    await page.goto(sitePath(QUESTIONS_PATH));
    await expect(page.getByTestId('quiz')).toBeHidden();
    const set = page.getByTestId('set-orchestration-migration');
    await expect(set).toBeVisible();
    await expect(set.locator('.study-static-questions > li')).toHaveCount(orchestration.questions.length);
    await expect(set.locator('.study-static-questions > li').first().locator('.study-static-options > li')).toHaveCount(first.options.length);
    await expect(page.getByTestId('answers-orchestration-migration')).toContainText(plain(first.options[0]?.why ?? ''));
  });
});
