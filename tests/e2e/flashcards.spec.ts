import { BASE_PATH, sitePath } from './support/env';
import { BACKUP_KEY, STORAGE_KEY } from './support/page-objects/flashcards';
import { cache, card, DAY, learnedRecord, MINUTE, plain, rateFirstVideoCard, T0, video, videoCard } from './support/study-data';
import { expect, test } from './support/test';

/**
 * The study tools: flashcards with learning steps and SM-2 review kept in localStorage: a session, the keys, corrupted
 * progress (learning steps in a session, the daily limit, undo and the summary: flashcards-review.spec.ts). The page health fixture fails any of these tests on a console error or warning, an
 * HTTP error, or a dialog (a stored script run). Shared data and helpers: support/study-data.ts.
 */
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

    // Rate with a click: 4 (well) on a new card -> its second learning step, back in 10 minutes.
    await current.getByRole('button', { name: '4 Well' }).click();
    await expect(flashcards.lastRating).toContainText('Rated 4 (Well): that card comes back in 10 minutes, in this session (learning step 2 of 2)');
    await expect(current).toHaveAttribute('data-card', card(videoCard(1).id));
    await expect(current).toHaveAttribute('data-flipped', 'false');

    // The next card's button has the focus: Space shows the answer, the key 5 rates it (5 graduates a new card: 1 day).
    const show = current.getByRole('button', { name: 'Show answer' });
    await expect(show).toBeFocused();
    await page.keyboard.press('Space');
    await expect(current).toHaveAttribute('data-flipped', 'true');
    await page.keyboard.press('5');
    await expect(flashcards.lastRating).toContainText('Rated 5 (Perfectly): that card comes back in 1 day');
    await expect(current).toHaveAttribute('data-card', card(videoCard(2).id));

    // Rated and not due yet: "learned" (the first one still in its learning steps); the earliest is due in 10 minutes.
    const progress = flashcards.progress('kinesis-video-streams');
    await expect(progress).toHaveAttribute('data-new', String(total - 2));
    await expect(progress).toHaveAttribute('data-learned', '2');
    await expect(progress).toHaveAttribute('data-due', '0');
    await expect(progress).toContainText('(1 still in learning)');
    await expect(progress).toContainText('next in 10 minutes');

    // By hand (sm2.ts, schedule): a 4 on a new card moves it to step 2 (10 minutes), EF unchanged; a 5 graduates it:
    // n 1, I 1 day, EF unchanged (2.5). Both count one rating, no "again", first rated at T0.
    expect(await flashcards.stored()).toEqual({
      version: 2,
      selected: ['kinesis-video-streams'],
      cards: {
        [card(videoCard(0).id)]: {
          repetitions: 0,
          interval: 1,
          ease: 2.5,
          due: T0 + 10 * MINUTE,
          reviewed: T0,
          rating: 4,
          step: 1,
          reviews: 1,
          again: 0,
          introduced: T0,
        },
        [card(videoCard(1).id)]: {
          repetitions: 1,
          interval: 1,
          ease: 2.5,
          due: T0 + DAY,
          reviewed: T0,
          rating: 5,
          reviews: 1,
          again: 0,
          introduced: T0,
        },
      },
    });

    // Reload at the same moment: the same progress, the deck still picked, the next new card.
    await flashcards.reload();
    await expect(flashcards.deck(video.title)).toBeChecked();
    // With decks picked before, the deck list starts closed so the card is in view; it opens on a click.
    const deckList = root.getByTestId('decks');
    await expect(deckList).not.toHaveAttribute('open');
    await expect(deckList.locator('summary')).toContainText(`1 picked: ${video.title}`);
    await expect(progress).toHaveAttribute('data-learned', '2');
    await expect(current).toHaveAttribute('data-card', card(videoCard(2).id));
    await expect(current).toHaveAttribute('data-kind', 'new');

    // Two days later both are due: the card in its learning steps first, then the review, before the new ones.
    await page.clock.setFixedTime(T0 + 2 * DAY);
    await flashcards.reload();
    await expect(progress).toHaveAttribute('data-due', '2');
    await expect(progress).toHaveAttribute('data-learned', '0');
    await expect(current).toHaveAttribute('data-card', card(videoCard(0).id));
    await expect(current).toHaveAttribute('data-kind', 'learning');
    await expect(current).toContainText('Learning: step 2 of 2');
    await expect(current.getByTestId('queue')).toContainText(`1 due, 1 in learning, ${total - 2} new in the picked decks`);
    await flashcards.rate('4 Well'); // the last step: graduates, back in 1 day
    await expect(flashcards.lastRating).toContainText('comes back in 1 day');

    await expect(current).toHaveAttribute('data-card', card(videoCard(1).id));
    await expect(current).toHaveAttribute('data-kind', 'due');
    await expect(current).toHaveAttribute('data-interval', '1');
    // Second success: 6 days (SM-2: n 1 -> 2, I 6, EF 2.5 + 0).
    await flashcards.rate('4 Well');
    await expect(flashcards.lastRating).toContainText('comes back in 6 days');
    const after = await flashcards.stored();
    expect(after.cards[card(videoCard(1).id)]).toEqual({
      repetitions: 2,
      interval: 6,
      ease: 2.5,
      due: T0 + 8 * DAY,
      reviewed: T0 + 2 * DAY,
      rating: 4,
      reviews: 2,
      again: 0,
      introduced: T0,
    });
    await expect(current).toHaveAttribute('data-card', card(videoCard(2).id));
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
    expect(await flashcards.raw()).toBe(JSON.stringify({ version: 2, cards: {}, selected: ['amazon-elasticache'] }));
    // A click on the card flips it too.
    await current.getByText(plain(cache.cards[0]?.question ?? '')).click();
    await expect(current).toHaveAttribute('data-flipped', 'true');
    await page.keyboard.press('1');
    await expect(flashcards.lastRating).toContainText(
      'Rated 1 (Not at all): that card comes back in 1 minute, in this session (learning step 1 of 2)',
    );
  });

  for (const [name, value, note] of [
    ['broken JSON', '{"version":1,"cards":{"kinesis-video-streams/kvs-purpose":', /not valid JSON/],
    ['an older format', JSON.stringify({ version: 0, cards: {} }), /another version of this site \(format 0, expected 2\)/],
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

    // Storage holds what was kept (not an empty store; format 1 migrated to 2, every record as it was), read back from the browser.
    await expect.poll(() => flashcards.stored()).toEqual({ version: 2, cards: kept, selected: ['kinesis-video-streams'] });
    await root.getByRole('button', { name: 'Dismiss' }).click();
    await expect(note).toHaveCount(0);

    // The next visit shows the kept cards, without a note: the broken record is gone for good.
    await flashcards.reload();
    await expect(progress).toHaveAttribute('data-learned', '3');
    await expect(flashcards.deck(video.title)).toBeChecked();
    await expect(root.getByTestId('card')).toHaveAttribute('data-card', card(videoCard(3).id));
    await expect(root.getByTestId('store-note')).toHaveCount(0);
    await expect(root.getByTestId('store-restore')).toHaveCount(0);
    expect(await flashcards.stored()).toEqual({ version: 2, cards: kept, selected: ['kinesis-video-streams'] });
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
});
