import { axeViolations } from './support/axe';
import { STORAGE_KEY } from './support/page-objects/flashcards';
import { card, DAY, learnedRecord, MINUTE, T0, video, videoCard } from './support/study-data';
import { expect, test } from './support/test';

/**
 * The flashcards' stronger spaced review: learning steps (a failed card comes back in the same session), the daily
 * limit of new cards (a validated field; "Pick all" no longer queues every new card), undo of the last rating (button
 * and U), the session summary and the statistics. The page's clock is fixed (support/study-data.ts: T0), so every
 * due time is exact; the expected values are worked by hand from src/libs/study/sm2.ts and session.ts.
 */
test.describe('flashcards: learning steps, daily limit, undo, summary', () => {
  test('a failed card comes back in the same session: after its minute, before the new cards; then its second step', async ({ page, flashcards }) => {
    await flashcards.open(T0);
    await flashcards.deck(video.title).check();
    await expect(flashcards.card).toHaveAttribute('data-card', card(videoCard(0).id));
    await flashcards.rate('1 Not at all');
    await expect(flashcards.lastRating).toContainText(
      'Rated 1 (Not at all): that card comes back in 1 minute, in this session (learning step 1 of 2).',
    );
    // Not tomorrow, as SM-2 alone had it: a minute later. Meanwhile the next new card.
    expect((await flashcards.stored()).cards[card(videoCard(0).id)]).toMatchObject({ due: T0 + MINUTE, step: 0, again: 1 });
    await expect(flashcards.card).toHaveAttribute('data-card', card(videoCard(1).id));
    await expect(flashcards.card.getByTestId('queue')).toContainText('0 due, 1 in learning');

    // A minute later the failed card's step has passed: it comes before the new cards.
    await page.clock.setFixedTime(T0 + MINUTE);
    await flashcards.rate('5 Perfectly');
    await expect(flashcards.card).toHaveAttribute('data-card', card(videoCard(0).id));
    await expect(flashcards.card).toHaveAttribute('data-kind', 'learning');
    await expect(flashcards.card).toContainText('Learning: step 1 of 2');
    await flashcards.rate('4 Well');
    await expect(flashcards.lastRating).toContainText('comes back in 10 minutes, in this session (learning step 2 of 2)');
    expect((await flashcards.stored()).cards[card(videoCard(0).id)]).toEqual({
      repetitions: 0,
      interval: 1,
      ease: 2.5,
      due: T0 + 11 * MINUTE,
      reviewed: T0 + MINUTE,
      rating: 4,
      step: 1,
      reviews: 2,
      again: 1,
      introduced: T0,
    });
    await expect(flashcards.card).toHaveAttribute('data-card', card(videoCard(2).id));
  });

  test('the daily limit: a bad value gets a message at the field and is not stored; Pick all queues the limit, then the summary', async ({
    page,
    flashcards,
  }) => {
    await flashcards.open(T0);
    const root = flashcards.root;
    await expect(flashcards.limit).toHaveValue('20');
    await expect(flashcards.newToday).toContainText('Today: 0 new cards started, 20 more allowed by the limit of 20.');
    const error = root.getByTestId('error-new-per-day');
    for (const [value, message] of [
      ['', 'New cards a day is empty. Enter a whole number from 0 to 999.'],
      ['abc', 'New cards a day must be a number written with digits'],
      ['-3', 'New cards a day cannot be negative'],
      ['2.5', 'New cards a day must be a whole number'],
      ['1000', 'New cards a day is too large: the largest daily limit this page takes is 999'],
      ['Infinity', 'must be a number written with digits'],
    ] as const) {
      await flashcards.setLimit(value);
      await expect(error).toContainText(message);
      await expect(flashcards.limit).toHaveAttribute('aria-invalid', 'true');
      await expect(flashcards.newToday).toContainText('allowed by the limit of 20.'); // the limit in use stays
      await expect(root).not.toContainText('NaN');
    }
    expect(await flashcards.raw()).toBeNull(); // nothing was stored
    expect(await axeViolations(page, '[data-testid="flashcards"]')).toEqual([]);

    await flashcards.setLimit('2');
    await expect(error).toHaveCount(0);
    await expect(flashcards.limit).not.toHaveAttribute('aria-invalid');
    await expect.poll(async () => (await flashcards.stored()).settings).toEqual({ newCardsPerDay: 2 });

    // Pick all: every deck's cards are new, but only 2 are queued today; the rest are held back.
    await root.getByRole('button', { name: 'Pick all' }).click();
    const allNew = (
      await root.locator('[data-testid^="progress-"]').evaluateAll((lines) => lines.map((line) => Number(line.getAttribute('data-new'))))
    ).reduce((sum, count) => sum + count, 0);
    expect(allNew).toBeGreaterThan(100);
    await expect(flashcards.card.getByTestId('queue')).toHaveText(
      `0 due, 0 in learning, 2 new in the picked decks (${(allNew - 2).toLocaleString('en-US')} more new cards held back by the daily limit)`,
    );

    // First card 5 (graduates), second 1 (again), then with no new card left today the failed one comes back at
    // once (within the 20 minutes a step may be shown early): 4, 4 and it graduates.
    const first = await flashcards.cardKey();
    await flashcards.rate('5 Perfectly');
    const second = await flashcards.cardKey();
    expect(second).not.toBe(first);
    await flashcards.rate('2 Barely');
    await expect(flashcards.card).toHaveAttribute('data-card', second);
    await expect(flashcards.card).toHaveAttribute('data-kind', 'learning');
    await flashcards.rate('4 Well');
    await expect(flashcards.card).toHaveAttribute('data-card', second);
    await flashcards.rate('4 Well');

    // The queue is empty: the limit is reached, and the session's summary (4 ratings of 2 cards: 1 again, 2 good, 1 easy).
    await expect(flashcards.card).toHaveCount(0);
    await expect(flashcards.allDone).toContainText(
      `Today’s limit of 2 new cards is reached: ${(allNew - 2).toLocaleString('en-US')} more new cards wait`,
    );
    await expect(flashcards.allDone).toContainText('The next card is due in 1 day');
    const summary = flashcards.summary;
    await expect(summary).toHaveAttribute('data-cards', '2');
    await expect(summary).toHaveAttribute('data-ratings', '4');
    await expect(summary).toHaveAttribute('data-again', '1');
    await expect(summary).toHaveAttribute('data-hard', '0');
    await expect(summary).toHaveAttribute('data-good', '2');
    await expect(summary).toHaveAttribute('data-easy', '1');
    await expect(summary.locator('dt', { hasText: 'Cards reviewed' }).locator('+ dd')).toHaveText('2');
    await expect(summary).toContainText('4: 1 again (1 or 2), 0 hard (3), 2 good (4), 1 easy (5)');
    await expect(summary).toContainText('2 of the 2 new cards started');
    await expect(flashcards.newToday).toHaveAttribute('data-started', '2');
    await expect(flashcards.newToday).toHaveAttribute('data-left', '0');
    // Statistics: 2 learned, none due; 3 of 4 ratings not "again": 75%.
    await expect(flashcards.stats).toHaveAttribute('data-learned', '2');
    await expect(flashcards.stats).toHaveAttribute('data-due', '0');
    await expect(flashcards.stats).toContainText('Retention: 75% (3 of 4 ratings on record were not “again”).');
    expect(await axeViolations(page, '[data-testid="flashcards"]')).toEqual([]);

    // After a reload the limit is kept and still reached; the summary was this session's only.
    await flashcards.reload();
    await expect(flashcards.limit).toHaveValue('2');
    await expect(flashcards.allDone).toContainText('Today’s limit of 2 new cards is reached');
    await expect(flashcards.summary).toHaveCount(0);

    // The next day, 2 more new cards.
    await page.clock.setFixedTime(T0 + DAY + 12 * 60 * MINUTE);
    await flashcards.reload();
    await expect(flashcards.card.getByTestId('queue')).toContainText('2 due, 0 in learning, 2 new in the picked decks');
  });

  test('undo the last rating (U, then the button): each card back exactly as it was, shown again', async ({ page, flashcards }) => {
    await flashcards.open(T0);
    await flashcards.deck(video.title).check();
    await expect(flashcards.undo).toHaveCount(0);
    await flashcards.rate('4 Well');
    const afterFirst = await flashcards.stored();
    await flashcards.rate('5 Perfectly');
    await expect(flashcards.card).toHaveAttribute('data-card', card(videoCard(2).id));

    // U, with the next card's "Show answer" button focused: the second rating is taken back, that card is shown again.
    await expect(flashcards.card.getByRole('button', { name: 'Show answer' })).toBeFocused();
    await page.keyboard.press('u');
    await expect(flashcards.lastRating).toContainText('Undid the rating 5 (Perfectly): the card is back as it was before, to rate again.');
    await expect(flashcards.card).toHaveAttribute('data-card', card(videoCard(1).id));
    await expect(flashcards.card).toHaveAttribute('data-kind', 'new');
    await expect(flashcards.card).toHaveAttribute('data-flipped', 'false');
    await expect(flashcards.card.getByRole('button', { name: 'Show answer' })).toBeFocused();
    await expect.poll(() => flashcards.stored()).toEqual(afterFirst);

    // U never acts on a field or a checkbox: typed into the limit field it is a letter there (and a message).
    await flashcards.limit.focus();
    await page.keyboard.press('u');
    await expect(flashcards.limit).toHaveValue('20u');
    await expect(flashcards.root.getByTestId('error-new-per-day')).toBeVisible();
    await flashcards.deck(video.title).focus();
    await page.keyboard.press('u');
    await expect(flashcards.card).toHaveAttribute('data-card', card(videoCard(1).id));
    expect(await flashcards.stored()).toEqual(afterFirst);
    await flashcards.setLimit('20');

    // The button takes back the first rating: no card rated any more, the first card is new again.
    await flashcards.undo.click();
    await expect(flashcards.card).toHaveAttribute('data-card', card(videoCard(0).id));
    await expect(flashcards.card).toHaveAttribute('data-kind', 'new');
    await expect.poll(() => flashcards.stored()).toEqual({ version: 2, cards: {}, selected: ['kinesis-video-streams'] });
    await expect(flashcards.undo).toHaveCount(0);
    await expect(flashcards.root.getByTestId('store-restore')).toHaveCount(0); // the backup followed: nothing offered back
  });

  test('undo of a lapse restores the stored schedule of a learned card byte for byte', async ({ page, flashcards }) => {
    // Stored by format 1 (learnedRecord: due T0 + 1 day); two days later it is due.
    const record = JSON.stringify(learnedRecord);
    await flashcards.open(T0);
    await flashcards.store(STORAGE_KEY, `{"version":1,"cards":{"${card(videoCard(0).id)}":${record}},"selected":["kinesis-video-streams"]}`);
    await page.clock.setFixedTime(T0 + 2 * DAY);
    await flashcards.reload();
    await expect(flashcards.card).toHaveAttribute('data-card', card(videoCard(0).id));
    await expect(flashcards.card).toHaveAttribute('data-kind', 'due');
    await flashcards.rate('1 Not at all');
    // SM-2's failure (EF 2.5 - 0.54 = 1.96, n 0, I 1), then the first learning step; 1 + 1 ratings on record.
    expect((await flashcards.stored()).cards[card(videoCard(0).id)]).toEqual({
      repetitions: 0,
      interval: 1,
      ease: 1.96,
      due: T0 + 2 * DAY + MINUTE,
      reviewed: T0 + 2 * DAY,
      rating: 1,
      step: 0,
      reviews: 2,
      again: 1,
    });
    await flashcards.undo.click();
    await expect(flashcards.card).toHaveAttribute('data-card', card(videoCard(0).id));
    await expect(flashcards.card).toHaveAttribute('data-kind', 'due');
    await expect
      .poll(() => flashcards.raw())
      .toBe(`{"version":2,"cards":{"${card(videoCard(0).id)}":${record}},"selected":["kinesis-video-streams"]}`);
  });
});
