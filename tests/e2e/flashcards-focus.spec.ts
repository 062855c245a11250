import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';

import type { FlashcardsPage } from './support/page-objects/flashcards';
import { expect, test } from './support/test';

/**
 * Starting a flashcard session: the card appears below the deck list (about 1,700 px down at 1280 px, 2,500 px on
 * a phone), so picking the first deck brings it into view and gives it the focus; Space, which the card
 * advertises, then shows its answer instead of un-ticking the deck. The card's keys never act on a form control.
 */

/** The tests fix the page's clock, so the queue is the same on every run. */
const T0 = Date.UTC(2025, 2, 10, 9);

const deckTitle = (name: string) =>
  (parse(readFileSync(join(process.cwd(), 'src/content/decks', `${name}.yaml`), 'utf8')) as { title: string }).title;
const cache = deckTitle('amazon-elasticache');
const video = deckTitle('kinesis-video-streams');

/** Records the options of every scrollIntoView call on the page (to tell a smooth scroll from an instant one). */
async function recordScrolls(flashcards: FlashcardsPage) {
  await flashcards.page.addInitScript(() => {
    const calls: unknown[] = [];
    (window as unknown as { scrollCalls: unknown[] }).scrollCalls = calls;
    const { scrollIntoView } = Element.prototype as { scrollIntoView: (this: Element, options?: boolean | ScrollIntoViewOptions) => void };
    Element.prototype.scrollIntoView = function (this: Element, options?: boolean | ScrollIntoViewOptions) {
      calls.push({ testid: this.getAttribute('data-testid'), options });
      scrollIntoView.call(this, options);
    };
  });
}
const scrollCalls = (flashcards: FlashcardsPage) => flashcards.page.evaluate(() => (window as unknown as { scrollCalls: unknown[] }).scrollCalls);

for (const viewport of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 812 },
]) {
  test(`${viewport.name}: ticking the first deck by keyboard brings the card into view and focuses it; Space then shows the answer and the deck stays ticked`, async ({
    page,
    flashcards,
  }) => {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await flashcards.open(T0);
    const checkbox = flashcards.deck(cache);
    await checkbox.focus();
    await expect(flashcards.card).toHaveCount(0);
    await page.keyboard.press('Space'); // the checkbox's own Space: picks the deck
    await expect(checkbox).toBeChecked();
    await expect(flashcards.card).toBeFocused();
    await expect(flashcards.card).toBeInViewport();
    // The card's question is in view, not hidden under the page's fixed header.
    const header = await page.locator('header.header').boundingBox();
    const question = await flashcards.card.locator('#fc-question').boundingBox();
    expect(question?.y ?? -1).toBeGreaterThanOrEqual((header?.y ?? 0) + (header?.height ?? 0));
    expect((question?.y ?? Infinity) + (question?.height ?? 0)).toBeLessThanOrEqual(viewport.height);

    await page.keyboard.press('Space');
    await expect(flashcards.card).toHaveAttribute('data-flipped', 'true');
    await expect(checkbox).toBeChecked();
    expect((await flashcards.stored()).selected).toEqual(['amazon-elasticache']);
  });
}

test('the card is scrolled to smoothly, but instantly when the reader prefers reduced motion', async ({ page, flashcards }) => {
  await recordScrolls(flashcards);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await flashcards.open(T0);
  await flashcards.deck(cache).check();
  await expect(flashcards.card).toBeFocused();
  await expect(flashcards.card).toBeInViewport();
  expect(await scrollCalls(flashcards)).toContainEqual({ testid: 'card', options: { behavior: 'smooth', block: 'start' } });

  await flashcards.deck(cache).uncheck();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await flashcards.root.scrollIntoViewIfNeeded();
  await flashcards.root.getByRole('button', { name: 'Pick all' }).click();
  await expect(flashcards.card).toBeFocused();
  const calls = await scrollCalls(flashcards);
  expect(calls.at(-1)).toEqual({ testid: 'card', options: { behavior: 'instant', block: 'start' } });
  expect(calls.filter((call) => (call as { testid: string }).testid === 'card')).toHaveLength(2);
});

test('ticking a second deck once a session runs leaves the focus where it is', async ({ page, flashcards }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await flashcards.open(T0);
  await flashcards.deck(cache).check();
  await expect(flashcards.card).toBeFocused();
  const second = flashcards.deck(video);
  await second.focus();
  await page.keyboard.press('Space');
  await expect(second).toBeChecked();
  await expect(second).toBeFocused();
});

test('the card keys never act on a form control: Space on a checkbox only toggles it, a digit on a button does not rate', async ({
  page,
  flashcards,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await flashcards.open(T0);
  const checkbox = flashcards.deck(cache);
  await checkbox.check();
  await expect(flashcards.card).toBeFocused();

  // Space on the (ticked) checkbox: it un-ticks, as a checkbox does, and no card is flipped on the way.
  await checkbox.focus();
  await page.keyboard.press('Space');
  await expect(checkbox).not.toBeChecked();
  await expect(flashcards.card).toHaveCount(0);
  await page.keyboard.press('Space');
  await expect(checkbox).toBeChecked();
  await expect(flashcards.card).toHaveAttribute('data-flipped', 'false');

  // The answer shown, a key 1-5 pressed while a button has the focus belongs to the button: nothing is rated.
  await flashcards.card.getByRole('button', { name: 'Show answer' }).click();
  await expect(flashcards.card).toHaveAttribute('data-flipped', 'true');
  const card = await flashcards.card.getAttribute('data-card');
  await flashcards.card.getByRole('button', { name: '4 Well' }).focus();
  await page.keyboard.press('2');
  await expect(flashcards.card).toHaveAttribute('data-card', card ?? '');
  await expect(flashcards.card).toHaveAttribute('data-flipped', 'true');
  await expect(flashcards.lastRating).toBeEmpty();
  // On the card itself the key rates it.
  await flashcards.card.focus();
  await page.keyboard.press('2');
  await expect(flashcards.lastRating).toContainText('Rated 2');
});
