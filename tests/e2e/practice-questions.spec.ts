import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { axeViolations } from './support/axe';
import { BASE_PATH, sitePath } from './support/env';
import { FLASHCARDS_PATH } from './support/page-objects/flashcards';
import { QUESTIONS_PATH } from './support/page-objects/quiz';
import { first, orchestration, plain, readYaml, second, video, type QuestionData } from './support/study-data';
import { expect, test } from './support/test';

/**
 * How many questions a section has: its own file (questions/<section>.yaml) and its page files
 * (questions/<section>/<page>.yaml), which the build merges into one set.
 */
function sectionQuestionCount(section: string): number {
  const folder = join(process.cwd(), 'src/content/questions', section);
  const pageFiles = readdirSync(folder).filter((name) => name.endsWith('.yaml'));
  return [`questions/${section}.yaml`, ...pageFiles.map((name) => `questions/${section}/${name}`)]
    .map((path) => readYaml<{ questions: QuestionData[] }>(path).questions.length)
    .reduce((sum, count) => sum + count, 0);
}
const orchestrationCount = sectionQuestionCount('orchestration-migration');

/**
 * The study tools: practice questions, and both tools without JavaScript. The page health fixture fails any of these tests on a console error or warning, an
 * HTTP error, or a dialog (a stored script run). Shared data and helpers: support/study-data.ts.
 */
test.describe('practice questions', () => {
  const right = (q: QuestionData) => q.options.findIndex((option) => option.correct);
  const letter = (index: number) => 'ABCDEF'[index] ?? '?';

  test('answer questions: right or wrong, why every option is right or wrong, the page, the score', async ({ page, quiz }) => {
    test.setTimeout(90_000); // axe over the island, whose section now holds more than 30 questions
    await quiz.open('orchestration-migration');
    const root = quiz.root;
    await expect(page.getByTestId('questions-static')).toBeHidden();
    const score = quiz.score('orchestration-migration');
    await expect(score).toHaveAttribute('data-answered', '0');
    await expect(score).toHaveAttribute('data-total', String(orchestrationCount));

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
    await expect(answers.locator(':scope > li')).toHaveCount(orchestrationCount);
    await expect(answers.locator(':scope > li').first()).toContainText(`${letter(right(first))}.`);
    await expect(answers.locator(':scope > li').first()).toContainText(plain(first.options[1]?.why ?? ''));
    // The answers come after the questions.
    const questionsBox = await set.locator('.study-static-questions').boundingBox();
    const answersBox = await answers.boundingBox();
    expect(answersBox?.y ?? 0).toBeGreaterThan(questionsBox?.y ?? Infinity);
  });
});

/** The first multiple-response question ("(Select TWO.)") of streaming.yaml, and its right and wrong option letters. */
const streaming = readYaml<{ questions: QuestionData[] }>('questions/streaming.yaml');
const multi = streaming.questions.find((q) => q.options.filter((option) => option.correct).length === 2);
const letterOf = (index: number) => 'ABCDEF'[index] ?? '?';
const lettersOf = (q: QuestionData | undefined, correct: boolean) =>
  (q?.options ?? []).flatMap((option, index) => (option.correct === correct ? [letterOf(index)] : []));
const [rightA = '?', rightB = '?'] = lettersOf(multi, true);
const [wrongA = '?', wrongB = '?'] = lettersOf(multi, false);

test.describe('multiple-response questions', () => {
  test.beforeAll(() => {
    // The data these tests need: a question with two correct options of five, which says so.
    expect(multi?.prompt.trim()).toMatch(/\(Select TWO\.\)$/);
    expect(multi?.options).toHaveLength(5);
  });
  const id = multi?.id ?? '';

  test('checkboxes, a "Select 2" hint, Check only with exactly 2 chosen; one wrong option makes it wrong', async ({ page, quiz }) => {
    test.setTimeout(90_000); // two axe runs over the whole island
    await quiz.open('streaming');
    const q = quiz.question(id);
    const check = quiz.checkButton(id);
    const status = quiz.selectionStatus(id);
    await expect(q).toHaveAttribute('data-multiple', '2');
    await expect(q.getByRole('checkbox')).toHaveCount(5);
    await expect(q.getByRole('radio')).toHaveCount(0);
    await expect(q.getByRole('group')).toHaveAccessibleName(/: select 2$/);
    await expect(q.getByTestId('select-hint')).toContainText('Select 2.');
    await expect(q.getByTestId('select-hint')).toContainText('no partial credit');
    await expect(q.getByRole('group')).toHaveAccessibleDescription(/Select 2\. Right only if you choose exactly the 2 right options/);

    // Check is enabled only when exactly two options are chosen; the status line says why.
    await expect(status).toHaveText('Choose 2 options to check your answer.');
    await expect(check).toBeDisabled();
    await quiz.option(id, rightA).check();
    await expect(status).toHaveText('1 of 2 chosen: choose 1 more to check your answer.');
    await expect(check).toBeDisabled();
    await quiz.option(id, wrongA).check();
    await expect(status).toHaveText('2 of 2 chosen: you can check your answer.');
    await expect(check).toBeEnabled();
    await quiz.option(id, wrongB).check();
    await expect(status).toHaveText('3 chosen, but this question takes 2: clear 1 option to check your answer.');
    await expect(check).toBeDisabled();
    await quiz.option(id, wrongB).uncheck();
    await expect(check).toBeEnabled();
    expect(await axeViolations(page, '[data-testid="quiz"]')).toEqual([]);

    // One right and one wrong option: wrong, no partial credit.
    await check.click();
    await expect(q).toHaveAttribute('data-outcome', 'wrong');
    await expect(q.getByTestId('verdict')).toBeFocused();
    await expect(q.getByTestId('verdict')).toContainText(`Wrong: the right answers are ${rightA} and ${rightB}.`);
    await expect(q.getByTestId('why')).toHaveCount(5);
    for (const [index, option] of (multi?.options ?? []).entries()) {
      await expect(q.getByTestId(`option-${letterOf(index)}`).getByTestId('why')).toContainText(plain(option.why));
      await expect(q.getByTestId(`option-${letterOf(index)}`)).toHaveAttribute('data-correct', String(option.correct));
    }
    await expect(q.getByTestId(`option-${rightA}`).getByTestId('why')).toContainText('✓ Right answer (your answer)');
    await expect(q.getByTestId(`option-${rightB}`).getByTestId('why')).toContainText('✓ Right answer (you did not choose it)');
    await expect(q.getByTestId(`option-${wrongA}`).getByTestId('why')).toContainText('✗ Wrong (your answer)');
    await expect(q.getByRole('checkbox').first()).toBeDisabled();
    await expect(status).toHaveCount(0);
    await expect(quiz.score('streaming')).toHaveAttribute('data-answered', '1');
    await expect(quiz.score('streaming')).toHaveAttribute('data-right', '0');
    expect(await axeViolations(page, '[data-testid="quiz"]')).toEqual([]);
  });

  test('answered right by keyboard only: Tab between the boxes, Space ticks, Enter checks', async ({ page, quiz }) => {
    await quiz.open('streaming');
    const q = quiz.question(id);
    await q.getByRole('checkbox').first().focus();
    for (const [index, option] of (multi?.options ?? []).entries()) {
      await expect(q.getByRole('checkbox').nth(index)).toBeFocused();
      if (option.correct) await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
    }
    // After the last box, Tab reaches the Check button (enabled: two are ticked).
    await expect(quiz.checkButton(id)).toBeFocused();
    await expect(quiz.selectionStatus(id)).toHaveText('2 of 2 chosen: you can check your answer.');
    await page.keyboard.press('Enter');
    await expect(q).toHaveAttribute('data-outcome', 'right');
    await expect(q.getByTestId('verdict')).toBeFocused();
    await expect(q.getByTestId('verdict')).toContainText('Right.');
    await expect(q.getByTestId(`option-${rightB}`).getByTestId('why')).toContainText('✓ Right answer (your answer)');
    await expect(quiz.score('streaming')).toHaveAttribute('data-right', '1');
  });

  test('a single-answer question keeps its radio buttons', async ({ quiz }) => {
    await quiz.open('orchestration-migration');
    const q = quiz.question(first.id);
    await expect(q.getByRole('radio')).toHaveCount(first.options.length);
    await expect(q.getByRole('checkbox')).toHaveCount(0);
    await expect(q.getByTestId('select-hint')).toHaveCount(0);
    await expect(q).not.toHaveAttribute('data-multiple', /./);
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
    await expect(set.locator('.study-static-questions > li')).toHaveCount(orchestrationCount);
    await expect(set.locator('.study-static-questions > li').first().locator('.study-static-options > li')).toHaveCount(first.options.length);
    await expect(page.getByTestId('answers-orchestration-migration')).toContainText(plain(first.options[0]?.why ?? ''));
  });

  test('a multiple-response question is listed with its "(Select TWO.)" and both right answers marked', async ({ page }) => {
    await page.goto(sitePath(QUESTIONS_PATH));
    const set = page.getByTestId('set-streaming');
    await expect(set.locator('.study-static-questions')).toContainText('(Select TWO.)');
    const answer = page.getByTestId('answers-streaming').getByTestId(`answer-${multi?.id ?? ''}`);
    await expect(answer).toBeVisible();
    await expect(answer).toHaveAttribute('data-right', `${rightA} ${rightB}`);
    await expect(answer).toContainText('All 2 right answers (no partial credit):');
    const marked = answer.locator('.study-static-right strong');
    await expect(marked).toHaveCount(2);
    const rightTexts = (multi?.options ?? []).filter((option) => option.correct).map((option) => plain(option.text));
    await expect(marked.nth(0)).toContainText(`${rightA}. ${rightTexts[0] ?? ''}`);
    await expect(marked.nth(1)).toContainText(`${rightB}. ${rightTexts[1] ?? ''}`);
    await expect(answer.locator('.study-static-whys > li[data-correct="true"]')).toHaveCount(2);
  });
});
