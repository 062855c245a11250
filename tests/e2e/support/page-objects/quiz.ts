import { expect, type Locator, type Page } from '@playwright/test';

import { sitePath } from '../env';

export const QUESTIONS_PATH = '/review/practice-questions/';

/** The practice-questions island on /review/practice-questions/. */
export class QuizPage {
  readonly root: Locator;
  readonly sectionPicker: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('quiz');
    this.sectionPicker = this.root.getByLabel('Section');
  }

  /** Opens the page and waits until the island is ready; with `section`, shows that section's questions. */
  async open(section?: string) {
    await this.page.goto(sitePath(QUESTIONS_PATH));
    await this.root.scrollIntoViewIfNeeded();
    await expect(this.root).toHaveAttribute('data-ready', 'true');
    if (section !== undefined) await this.showSection(section);
  }

  async showSection(section: string) {
    await this.sectionPicker.selectOption(section);
    await expect(this.root.getByTestId('quiz-questions')).toHaveAttribute('data-section', section);
  }

  question(id: string) {
    return this.root.getByTestId(`question-${id}`);
  }

  /** The first question shown. */
  firstQuestion() {
    return this.root.locator('[data-testid^="question-"]').first();
  }

  /** A question's option by letter (A, B, …): its radio button, or its checkbox on a multiple-response question. */
  option(id: string, letter: string) {
    return this.question(id).getByTestId(`option-${letter}`).locator('input');
  }

  checkButton(id: string) {
    return this.question(id).getByRole('button', { name: 'Check answer' });
  }

  /** A multiple-response question's polite status line: how many options are chosen of how many it asks for. */
  selectionStatus(id: string) {
    return this.question(id).getByRole('status');
  }

  /** A section's score (`data-answered`, `data-right`, `data-total`); `total` for all sections. */
  score(section: string) {
    return this.root.getByTestId(`score-${section}`);
  }
}
