import { readFileSync } from 'node:fs';

import type { Page } from '@playwright/test';

import { axeViolations } from './support/axe';
import { sitePath } from './support/env';
import { FlashcardsPage, STORAGE_KEY } from './support/page-objects/flashcards';
import { card, DAY, learnedRecord, MINUTE, rateFirstVideoCard, T0, video, videoCard } from './support/study-data';
import { expect, test } from './support/test';

/**
 * The study dashboard (/review/dashboard/): progress exported in one browser context and imported in a fresh one,
 * foreign and damaged files refused with nothing changed, merge keeping the better record, replace with its restore,
 * the exam date's message at the field, the weakest domains from stored attempts, no-JS text, and axe.
 */
const DASHBOARD = '/review/dashboard/';
const ATTEMPTS_KEY = 'aws-ml-study:mock-exams:v1';

async function openDashboard(page: Page, at = T0) {
  await page.clock.setFixedTime(at);
  await page.goto(sitePath(DASHBOARD));
  const root = page.getByTestId('dashboard');
  await root.scrollIntoViewIfNeeded();
  await expect(root).toHaveAttribute('data-hydrated', 'true');
  return root;
}

const storedItem = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
const setItems = (page: Page, items: Record<string, string>) =>
  page.evaluate((all) => {
    for (const [k, v] of Object.entries(all)) localStorage.setItem(k, v);
  }, items);

async function chooseFile(page: Page, text: string, name = 'progress.json') {
  await page.getByLabel('Import a progress file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** A progress export as the page writes it (src/libs/progress/transfer.ts), holding `cards`. */
const exportOf = (cards: Record<string, object>) =>
  JSON.stringify({
    format: 'aws-ml-study-progress',
    version: 1,
    exported: new Date(T0).toISOString(),
    flashcards: { version: 2, cards, selected: ['kinesis-video-streams'] },
    attempts: { version: 1, attempts: [] },
  });

test.describe('study dashboard: progress that travels', () => {
  test('rate a card, export; import into a fresh browser context; the same progress is there', async ({ page, flashcards, browser, health }) => {
    await rateFirstVideoCard(flashcards);
    const rated = (await flashcards.stored()).cards[card(videoCard(0).id)];
    // A new card rated 4 moves to its second learning step: due 10 minutes later (src/libs/study/sm2.ts).
    expect(rated).toMatchObject({ reviewed: T0, due: T0 + 10 * MINUTE, rating: 4, step: 1 });

    const root = await openDashboard(page);
    await expect(root.getByTestId('card-counts')).toContainText('0 cards are due now; 1 card is learned');
    const [download] = await Promise.all([page.waitForEvent('download'), root.getByRole('button', { name: 'Export all progress' }).click()]);
    expect(download.suggestedFilename()).toBe('aws-ml-study-progress-2025-03-10.json');
    const text = readFileSync(await download.path(), 'utf8');
    expect(JSON.parse(text)).toMatchObject({
      format: 'aws-ml-study-progress',
      version: 1,
      flashcards: { cards: { [card(videoCard(0).id)]: rated } },
    });

    const context = await browser.newContext();
    const stop = health.watch(context);
    try {
      const fresh = await context.newPage();
      const freshRoot = await openDashboard(fresh);
      await expect(freshRoot.getByTestId('card-counts')).toContainText('No flashcard rated yet');
      await chooseFile(fresh, text);
      await expect(freshRoot.getByTestId('import-preview')).toContainText('holds 1 card with progress in 1 deck, 0 mock-exam attempts');
      await freshRoot.getByRole('button', { name: 'Merge into my progress' }).click();
      await expect(freshRoot.getByTestId('transfer-status')).toContainText('Merged');
      await expect(freshRoot.getByTestId('card-counts')).toContainText('0 cards are due now; 1 card is learned');
      expect(JSON.parse((await storedItem(fresh, STORAGE_KEY)) ?? '{}')).toMatchObject({ cards: { [card(videoCard(0).id)]: rated } });
      // The flashcards page of the fresh context finds the card learned.
      const freshCards = new FlashcardsPage(fresh);
      await freshCards.open(T0);
      await expect(freshCards.progress('kinesis-video-streams')).toHaveAttribute('data-learned', '1');
    } finally {
      stop();
      await context.close();
    }
  });

  test('a file that is not JSON, foreign, newer or damaged is refused at the field, and nothing changes', async ({ page }) => {
    const mine = JSON.stringify({ version: 2, cards: { [card(videoCard(0).id)]: learnedRecord }, selected: [] });
    await openDashboard(page);
    await setItems(page, { [STORAGE_KEY]: mine });
    const root = await openDashboard(page);
    const cases = [
      { text: 'question,answer\nS3,storage', message: 'it is not JSON' },
      { text: mine, message: 'not a progress export of this site' },
      { text: exportOf({}).replace('"version":1', '"version":3'), message: 'from a newer version of this site (format 3' },
      { text: exportOf({ [card(videoCard(1).id)]: { ...learnedRecord, ease: 0.5 } }), message: 'damaged: the flashcard progress' },
    ];
    for (const { text, message } of cases) {
      await chooseFile(page, text);
      await expect(root.getByTestId('import-error')).toContainText(message);
      await expect(page.getByLabel('Import a progress file')).toHaveAttribute('aria-invalid', 'true');
      await expect(root.getByTestId('import-preview')).toHaveCount(0);
      await expect(root.getByRole('button', { name: /Merge|Replace/ })).toHaveCount(0);
      expect(await storedItem(page, STORAGE_KEY)).toBe(mine);
    }
  });

  test('merge keeps the record with the later review; replace asks first and can be restored', async ({ page }) => {
    const later = { ...learnedRecord, repetitions: 2, interval: 6, reviewed: T0 + DAY, due: T0 + 7 * DAY, rating: 5 };
    const a = card(videoCard(0).id);
    const b = card(videoCard(1).id);
    const mine = JSON.stringify({ version: 2, cards: { [a]: later }, selected: [] });
    await openDashboard(page);
    await setItems(page, { [STORAGE_KEY]: mine });
    const root = await openDashboard(page, T0 + DAY);
    const file = exportOf({ [a]: learnedRecord, [b]: learnedRecord });

    await chooseFile(page, file);
    await expect(root.getByTestId('import-preview')).toContainText('holds 2 cards with progress in 1 deck');
    await root.getByRole('button', { name: 'Merge into my progress' }).click();
    await expect(root.getByTestId('transfer-status')).toContainText('Merged');
    const merged = JSON.parse((await storedItem(page, STORAGE_KEY)) ?? '{}') as { cards: Record<string, object> };
    expect(merged.cards).toEqual({ [a]: later, [b]: learnedRecord });

    await chooseFile(page, file, 'again.json');
    await root.getByRole('button', { name: 'Replace my progress…' }).click();
    expect(JSON.parse((await storedItem(page, STORAGE_KEY)) ?? '{}')).toEqual(merged);
    await root.getByRole('button', { name: 'Yes, replace' }).click();
    await expect(root.getByTestId('transfer-status')).toContainText('Replaced');
    expect((JSON.parse((await storedItem(page, STORAGE_KEY)) ?? '{}') as { cards: object }).cards).toEqual({
      [a]: learnedRecord,
      [b]: learnedRecord,
    });
    await root.getByRole('button', { name: 'Restore the progress from before the last Replace' }).click();
    await expect(root.getByTestId('transfer-status')).toContainText('Restored');
    expect((JSON.parse((await storedItem(page, STORAGE_KEY)) ?? '{}') as { cards: object }).cards).toEqual(merged.cards);
  });

  test('the exam date is checked at the field; the weakest domains come from stored attempts; Anki export; axe', async ({ page }) => {
    const attempt = {
      id: 'm1-a',
      exam: 'dea-c01',
      mode: { kind: 'quick' },
      questions: ['streaming/a', 'streaming/b', 'streaming/c', 'streaming/d'],
      answers: {},
      startedAt: T0 - DAY,
      minutes: 20,
      finished: {
        at: T0 - DAY + 1000,
        by: 'learner',
        score: { right: 2, total: 4, domains: { '1': [2, 2], '2': [0, 2] }, tasks: { '2.1': [0, 2], '1.1': [2, 2] } },
      },
    };
    await openDashboard(page);
    await setItems(page, { [ATTEMPTS_KEY]: JSON.stringify({ version: 1, attempts: [attempt] }) });
    const root = await openDashboard(page);

    await root.getByLabel('Exam', { exact: true }).selectOption('dea-c01');
    await root.getByLabel('Exam date (optional)').fill('2025-02-30');
    await root.getByRole('button', { name: 'Save exam and date' }).click();
    await expect(root.getByTestId('date-error')).toContainText('2025-02-30 is not a date in the calendar');
    await expect(root.getByLabel('Exam date (optional)')).toHaveAttribute('aria-invalid', 'true');
    expect(await storedItem(page, 'aws-ml-study:study-plan:v1')).toBeNull();
    await root.getByLabel('Exam date (optional)').fill('2025-03-24');
    await root.getByRole('button', { name: 'Save exam and date' }).click();
    await expect(root.getByTestId('plan-summary')).toHaveText('You are preparing for DEA-C01 on 2025-03-24 (in 14 days).');

    // Domain 2: 0 of 2 first, then domain 1: 2 of 2.
    await expect(root.getByTestId('weak-domains-dea-c01').getByRole('listitem')).toHaveText([
      /^Domain 2: .+ — 0 of 2 \(0%\)$/,
      /^Domain 1: .+ — 2 of 2 \(100%\)$/,
    ]);
    await expect(root.getByTestId('weak-tasks-dea-c01').getByRole('listitem').first()).toContainText('Task 2.1');

    await root.getByLabel('Deck').selectOption('kinesis-video-streams');
    const [download] = await Promise.all([page.waitForEvent('download'), root.getByRole('button', { name: 'Export to Anki' }).click()]);
    const lines = readFileSync(await download.path(), 'utf8')
      .trimEnd()
      .split('\n');
    expect(lines.slice(0, 2)).toEqual(['#separator:tab', '#html:false']);
    expect(
      lines.filter((line) => !line.startsWith('#') && line.includes('\t') && !line.startsWith('"') && !line.endsWith('"')).length,
    ).toBeGreaterThan(0);
    expect(readFileSync(await download.path(), 'utf8')).toContain(video.cards[0]?.question.split('\n')[0] ?? 'never');

    await chooseFile(page, 'not json');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('study dashboard without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the home page links the dashboard, which says that progress lives in the browser and needs JavaScript', async ({ page }) => {
    await page.goto(sitePath('/'));
    await page.getByRole('link', { name: 'Study dashboard' }).click();
    await expect(page).toHaveURL(new RegExp(`${DASHBOARD}$`));
    await expect(page.getByTestId('dashboard-nojs')).toContainText('lives in this browser’s storage, and this dashboard needs JavaScript');
  });
});
