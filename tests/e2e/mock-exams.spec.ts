import { axeViolations } from './support/axe';
import { BASE_PATH, sitePath } from './support/env';
import { ATTEMPTS_KEY, domainOf, KEPT_PREFIX, MOCK_EXAMS_PATH, MockExamPage, questionsByKey, type BankEntry } from './support/page-objects/mock-exam';
import { readYaml } from './support/study-data';
import { expect, test } from './support/test';

/**
 * The mock exams (/review/mock-exams/): a whole quick set taken (answered right, wrong, left unanswered, flagged,
 * reviewed, submitted), its score per domain checked against the questions' YAML, found again after a reload; an
 * unfinished attempt resumed after a reload; the clock's spoken marks and the submit at time-out (with Playwright's
 * clock); the bank's shortfall said plainly; unreadable stored data kept aside; the page without JavaScript.
 */

const BANK = questionsByKey();
const entry = (key: string): BankEntry => {
  const found = BANK.get(key);
  if (!found) throw new Error(`question ${key} is not in src/content/questions`);
  return found;
};
const rightOf = (e: BankEntry) => e.options.flatMap((o, i) => (o.correct ? [i] : []));
const wrongOf = (e: BankEntry) => [e.options.findIndex((o) => !o.correct)];
const T0 = Date.UTC(2025, 2, 10, 9);
const START = T0 + 60_000;

test.describe('mock exams', () => {
  test('a whole quick set: answer, flag, review, submit; the score per domain; the attempt after a reload', async ({ page }) => {
    const mock = new MockExamPage(page);
    await mock.open();
    expect(await axeViolations(page, '[data-testid="mock-exam"]')).toEqual([]);
    await mock.choose('DEA-C01', /^Quick set/);
    await expect(mock.preview).toContainText('This set: 10 questions in 20 minutes.');
    const total = await mock.start();
    expect(total).toBe(10);
    await expect(mock.clock).toContainText(/Time left: (20:00|19:5\d)/);

    // Question 1 right, 2 wrong, 3 left unanswered and flagged, the rest right; question 5 flagged too.
    const plan: Array<'right' | 'wrong' | 'unanswered'> = [];
    const keys: string[] = [];
    for (let i = 0; i < total; i += 1) {
      await expect(mock.question.getByRole('heading')).toHaveText(new RegExp(`^Question ${i + 1} of ${total}`));
      const key = await mock.currentKey();
      keys.push(key);
      const q = entry(key);
      const outcome = i === 1 ? 'wrong' : i === 2 ? 'unanswered' : 'right';
      plan.push(outcome);
      if (outcome === 'right') await mock.answer(rightOf(q));
      if (outcome === 'wrong') await mock.answer(wrongOf(q));
      if (i === 2 || i === 4) {
        await mock.question.getByTestId('flag').click();
        await expect(mock.question.getByTestId('flag')).toHaveAttribute('aria-pressed', 'true');
      }
      if (i === 0) expect(await axeViolations(page, '[data-testid="mock-exam"]')).toEqual([]);
      if (i < total - 1) await mock.button('Next').click();
    }
    expect(new Set(keys).size).toBe(total);
    // The list of every question: answered ones, the flagged ones.
    const nav = mock.root.getByRole('navigation', { name: 'All questions of this set' });
    await expect(nav.getByRole('button', { name: 'Question 3, not answered, flagged' })).toBeVisible();
    await expect(nav.getByRole('button', { name: 'Question 1, answered' })).toBeVisible();

    // Review: 9 answered, 1 unanswered (question 3), 2 flagged (3 and 5).
    await mock.button('Review and submit').click();
    await expect(mock.review.getByRole('heading', { name: 'Review before you submit' })).toBeFocused();
    await expect(mock.review.getByTestId('review-answered')).toHaveAttribute('data-count', '9');
    await expect(mock.review.getByTestId('review-unanswered')).toHaveAttribute('data-count', '1');
    await expect(mock.review.getByTestId('review-flagged')).toHaveAttribute('data-count', '2');
    await expect(mock.review.getByTestId('review-unanswered').getByRole('button')).toHaveText('Question 3');
    await expect(mock.review.getByTestId('review-flagged').getByRole('button')).toHaveText(['Question 3', 'Question 5']);
    expect(await axeViolations(page, '[data-testid="mock-exam"]')).toEqual([]);
    // Back to question 3 from the list, then review again and submit.
    await mock.review.getByTestId('review-unanswered').getByRole('button', { name: 'Question 3' }).click();
    await expect(mock.question.getByRole('heading')).toHaveText(`Question 3 of ${total} (flagged)`);
    await mock.button('Review and submit').click();
    await mock.button('Submit the exam').click();

    // The results: 8 of 10, and each domain as the questions' first DEA-C01 skill puts them.
    await expect(mock.results.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(mock.results.getByTestId('mock-score')).toHaveText('8 of 10 right (80%).');
    const expected = new Map<number, { right: number; total: number }>();
    keys.forEach((key, i) => {
      const domain = domainOf(entry(key), 'dea-c01') ?? 0;
      const row = expected.get(domain) ?? { right: 0, total: 0 };
      expected.set(domain, { right: row.right + (plan[i] === 'right' ? 1 : 0), total: row.total + 1 });
    });
    await expect(mock.results.getByTestId('domain-scores').locator('tbody tr')).toHaveCount(expected.size);
    for (const [domain, { right, total: count }] of expected) {
      await expect(mock.domainRow(domain)).toHaveAttribute('data-right', String(right));
      await expect(mock.domainRow(domain)).toHaveAttribute('data-total', String(count));
      await expect(mock.domainRow(domain).locator('td').last()).toHaveText(`${Math.round((100 * right) / count)}%`);
    }
    // Every question, with its outcome, why each option is right or wrong, and the page that teaches it.
    for (const [i, key] of keys.entries()) {
      const result = mock.results.getByTestId(`result-${key}`);
      await expect(result).toHaveAttribute('data-outcome', plan[i] ?? '');
      await expect(result.locator('.mock-whys > li')).toHaveCount(entry(key).options.length);
      await expect(result.getByRole('link').last()).toHaveAttribute('href', `${BASE_PATH}${entry(key).page}/`);
    }
    await expect(mock.results.getByTestId('pages-to-study').getByRole('link')).not.toHaveCount(0);
    expect(await axeViolations(page, '[data-testid="mock-exam"]')).toEqual([]);

    // Stored: one finished attempt with the score.
    const stored = await mock.stored();
    expect(stored?.attempts).toHaveLength(1);
    expect(stored?.attempts[0]).toMatchObject({ exam: 'dea-c01', questions: keys, finished: { by: 'learner', score: { right: 8, total: 10 } } });

    // After a reload the attempt is in the history, and its results open again.
    await page.reload();
    await expect(mock.root).toHaveAttribute('data-ready', 'true');
    const row = mock.history.locator('tbody tr');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('DEA-C01, Quick set');
    await expect(row).toContainText('8 of 10 right (80%)');
    await row.getByRole('button', { name: /^Results/ }).click();
    await expect(mock.results.getByTestId('mock-score')).toHaveText('8 of 10 right (80%).');
    for (const [domain, { right }] of expected) await expect(mock.domainRow(domain)).toHaveAttribute('data-right', String(right));
    await mock.button('Back to the start').click();

    // "Only what I got wrong": the wrong one and the unanswered one.
    await mock.choose('DEA-C01', /^Only what I got wrong/);
    await expect(mock.preview).toHaveAttribute('data-count', '2');
  });

  test('one section of the site: only questions its pages teach, as many as the bank has (at most 20)', async ({ page }) => {
    const mock = new MockExamPage(page);
    await mock.open();
    // No preview until a section is chosen (the set is not defined yet), so the radios are clicked here, not with choose().
    for (const radio of [
      mock.setup.getByRole('radio', { name: /^DEA-C01:/ }),
      mock.setup.getByRole('radio', { name: /^One section of this site/ }),
    ]) {
      await radio.click();
      await expect(radio).toBeChecked();
    }
    const inBank = [...BANK.values()].filter((q) => q.page.startsWith('storage/') && q.skills.some((skill) => skill.startsWith('dea-c01:')));
    const expected = Math.min(20, inBank.length);
    expect(expected, 'the bank has DEA-C01 questions taught by Storage pages').toBeGreaterThan(2);
    const select = mock.setup.getByLabel('Section (those the bank has questions for)');
    await expect(select.getByRole('option', { name: `Storage (${String(inBank.length)} in the bank)` })).toHaveCount(1);
    await select.selectOption({ label: `Storage (${String(inBank.length)} in the bank)` });
    await expect(mock.preview).toContainText(`This set: ${String(expected)} questions`);
    expect(await mock.start()).toBe(expected);
    for (let i = 0; i < expected; i += 1) {
      expect(entry(await mock.currentKey()).page).toMatch(/^storage\//);
      if (i < expected - 1) await mock.button('Next').click();
    }
  });

  test('an unfinished attempt is resumed after a reload, with its answers, flags and clock', async ({ page }) => {
    // The page's Date stands at START (its timers run), so the time left is exact.
    await page.clock.setFixedTime(START);
    const mock = new MockExamPage(page);
    await mock.open();
    await mock.choose('DEA-C01', /^Quick set/);
    await mock.start();
    const first = await mock.currentKey();
    await mock.answer(rightOf(entry(first)));
    await mock.button('Next').click();
    await expect(mock.question.getByRole('heading')).toHaveText('Question 2 of 10');
    const second = await mock.currentKey();
    expect(second).not.toBe(first);
    await mock.question.getByTestId('flag').click();
    await page.clock.setFixedTime(START + 3 * 60_000);
    await page.reload();
    await expect(mock.root).toHaveAttribute('data-ready', 'true');

    await expect(mock.unfinished).toContainText('1 of 10 answered');
    await expect(mock.unfinished).toContainText('17:00 left');
    await expect(mock.startButton).toBeDisabled();
    expect(await axeViolations(page, '[data-testid="mock-exam"]')).toEqual([]);
    await mock.unfinished.getByRole('button', { name: 'Resume' }).click();
    // Back where it was left: question 2, flagged; question 1 still answered.
    await expect(mock.question.getByRole('heading')).toHaveText('Question 2 of 10 (flagged)');
    await expect(mock.question).toHaveAttribute('data-key', second);
    await expect(mock.question).toHaveAttribute('data-flagged', 'true');
    await expect(mock.clock).toContainText('Time left: 17:00');
    await mock.button('Previous').click();
    await expect(mock.question).toHaveAttribute('data-key', first);
    for (const index of rightOf(entry(first)))
      await expect(mock.question.getByTestId(`option-${'ABCDEF'[index] ?? ''}`).locator('input')).toBeChecked();
  });

  test('the clock: read out at 10, 5 and 1 minutes left, and the set submitted when the time runs out', async ({ page }) => {
    await page.clock.install({ time: T0 });
    const mock = new MockExamPage(page);
    await mock.open();
    await mock.choose('DEA-C01', /^Quick set/);
    await mock.start();
    await expect(mock.said).toHaveText('The clock is running: 20 minutes left.');
    await mock.answer(rightOf(entry(await mock.currentKey())));
    await page.clock.fastForward('10:00');
    await expect(mock.said).toHaveText('10 minutes left.');
    // 10 minutes after the start, less the moments the test took.
    await expect(mock.clock).toContainText(/Time left: (10:00|9:[45]\d)/);
    await expect(mock.said).toHaveAttribute('role', 'status');
    await page.clock.fastForward('05:00');
    await expect(mock.said).toHaveText('5 minutes left.');
    await page.clock.fastForward('04:00');
    await expect(mock.said).toHaveText('1 minute left.');
    await page.clock.fastForward('01:00');

    // Submitted by the clock, at the deadline, with the one answer given.
    await expect(mock.results.getByTestId('mock-finished')).toHaveAttribute('data-by', 'time');
    await expect(mock.results.getByTestId('mock-finished')).toContainText('The time ran out');
    await expect(mock.results.getByTestId('mock-score')).toHaveText('1 of 10 right (10%).');
    const stored = await mock.stored();
    const attempt = stored?.attempts[0];
    expect(attempt).toMatchObject({ minutes: 20, finished: { by: 'time' } });
    // Closed at its deadline, the start plus 20 minutes, not when the tab noticed.
    expect((attempt?.['finished'] as { at: number }).at).toBe((attempt?.['startedAt'] as number) + 20 * 60_000);
    await mock.button('Back to the start').click();
    await expect(mock.history.locator('tbody tr')).toContainText('(time ran out)');
  });

  test('a bank short of questions for a domain says so plainly, with the numbers', async ({ page }) => {
    // MLA-C02: 85 questions, weights 28/24/24/24 (checked here) → 23.8, 20.4, 20.4, 20.4 → 24, 21, 20, 20.
    const exam = readYaml<{ format: { questions: number }; domains: Array<{ weight: number }> }>('exams/mla-c02.yaml');
    expect([exam.format.questions, ...exam.domains.map((d) => d.weight)]).toEqual([85, 28, 24, 24, 24]);
    const shares = [24, 21, 20, 20];
    const have = [0, 0, 0, 0];
    for (const q of BANK.values()) {
      const domain = domainOf(q, 'mla-c02');
      if (domain !== undefined) have[domain - 1] = (have[domain - 1] ?? 0) + 1;
    }
    const short = shares.flatMap((share, i) => ((have[i] ?? 0) < share ? [{ domain: i + 1, share, have: have[i] ?? 0 }] : []));
    test.skip(short.length === 0, 'the bank has enough MLA-C02 questions for every domain');

    const mock = new MockExamPage(page);
    await mock.open();
    await mock.choose('MLA-C02', /^Full mock exam/);
    const shortfalls = mock.preview.getByTestId('shortfalls');
    for (const { domain, share, have: count } of short) {
      const has = count === 0 ? 'no questions' : `only ${count} ${count === 1 ? 'question' : 'questions'}`;
      await expect(shortfalls).toContainText(new RegExp(`This bank has ${has} for Domain ${domain}: [^;]+; the guide’s weight asks for ${share}\\.`));
    }
    const drawn = shares.reduce((sum, share, i) => sum + Math.min(share, have[i] ?? 0), 0);
    await expect(shortfalls).toContainText(`So this set has ${drawn} questions, not 85.`);
    await expect(mock.preview).toHaveAttribute('data-count', String(drawn));
    // The page's own table says the same without JavaScript.
    const table = page.getByTestId('format-mla-c02');
    for (const { domain, share, have: count } of short) {
      await expect(table.locator(`tr[data-domain="${domain}"] td`).last()).toHaveText(`${count} (short of ${share - count})`);
    }
  });

  test('stored data that cannot be read is kept aside, never overwritten; valid attempts still show', async ({ page }) => {
    const finished = {
      id: 'old-1',
      exam: 'dea-c01',
      mode: { kind: 'quick' },
      questions: [...BANK.values()]
        .filter((q) => domainOf(q, 'dea-c01') !== undefined)
        .map((q) => q.key)
        .slice(0, 2),
      answers: {},
      startedAt: T0,
      minutes: 4,
      finished: { at: T0 + 60_000, by: 'learner', score: { right: 0, total: 2, domains: {}, tasks: {} } },
    };
    const raw = JSON.stringify({ version: 1, attempts: [finished, { id: 'broken' }] });
    await page.addInitScript(
      ([key, value]) => {
        if (!window.sessionStorage.getItem('seeded')) {
          window.localStorage.setItem(key, value);
          window.sessionStorage.setItem('seeded', '1');
        }
      },
      [ATTEMPTS_KEY, raw] as const,
    );
    const mock = new MockExamPage(page);
    await mock.open();
    const note = mock.root.getByTestId('storage-note');
    await expect(note).toContainText('1 attempt in it had invalid data');
    await expect(mock.history.locator('tbody tr')).toHaveCount(1);
    await expect(mock.history.locator('tbody tr')).toContainText('0 of 2 right (0%)');
    const kept = await page.evaluate((prefix) => {
      const keys = Object.keys(window.localStorage).filter((key) => key.startsWith(prefix));
      return keys.map((key) => ({ key, value: window.localStorage.getItem(key) }));
    }, KEPT_PREFIX);
    expect(kept).toHaveLength(1);
    expect(kept[0]?.value).toBe(raw);
    await expect(note).toContainText(kept[0]?.key ?? '-');
    // The main key now holds the valid part only.
    expect((await mock.stored())?.attempts.map((a) => a['id'])).toEqual(['old-1']);
    expect(await axeViolations(page, '[data-testid="mock-exam"]')).toEqual([]);
  });
});

test.describe('mock exams without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says what the tool does and links the practice questions; the formats show', async ({ page }) => {
    await page.goto(sitePath(MOCK_EXAMS_PATH));
    const fallback = page.getByTestId('mock-no-js');
    await expect(fallback).toBeVisible();
    await expect(fallback.getByRole('link', { name: 'practice questions' })).toHaveAttribute('href', `${BASE_PATH}review/practice-questions/`);
    const { format } = readYaml<{ format: { questions: number; minutes: number } }>('exams/dea-c01.yaml');
    await expect(page.getByTestId('format-dea-c01').locator('caption')).toContainText(
      `DEA-C01: a full mock has ${format.questions} questions in ${format.minutes} minutes`,
    );
  });
});
