import { axeViolations } from './support/axe';
import { BASE_PATH, sitePath } from './support/env';
import { FLASHCARDS_PATH } from './support/page-objects/flashcards';
import { QUESTIONS_PATH } from './support/page-objects/quiz';
import { first, orchestration, plain, second, video, type QuestionData } from './support/study-data';
import { expect, test } from './support/test';

/**
 * The study tools: practice questions, and both tools without JavaScript. The page health fixture fails any of these tests on a console error or warning, an
 * HTTP error, or a dialog (a stored script run). Shared data and helpers: support/study-data.ts.
 */
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
