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

  /** A section's score (`data-answered`, `data-right`, `data-total`); `total` for all sections. */
  score(section: string) {
    return this.root.getByTestId(`score-${section}`);
  }
}
