import { axeViolations } from './support/axe';
import { sitePath } from './support/env';
import { BACKUP_KEY, FLASHCARDS_PATH, FlashcardsPage, STORAGE_KEY } from './support/page-objects/flashcards';
import { cache, card, learnedRecord, plain, rateFirstVideoCard, T0, video, videoCard } from './support/study-data';
import { expect, test } from './support/test';

/**
 * The study tools: flashcards: progress across tabs, the backup copy, a full quota, reset, a failed load, print. The page health fixture fails any of these tests on a console error or warning, an
 * HTTP error, or a dialog (a stored script run). Shared data and helpers: support/study-data.ts.
 */
test.describe('flashcards', () => {
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
    // The copy was stored by format 1: restored, it is saved as format 2 with every record as it was.
    expect(await flashcards.stored()).toEqual({ ...copy, version: 2 });
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
    expect(await flashcards.stored()).toEqual({ version: 2, cards: {}, selected: ['amazon-elasticache'] });
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
