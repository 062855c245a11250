import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { expect, type Locator, type Page } from '@playwright/test';

import { sitePath } from '../env';
import { readYaml } from '../study-data';

export const MOCK_EXAMS_PATH = '/review/mock-exams/';
export const ATTEMPTS_KEY = 'aws-ml-study:mock-exams:v1';
export const KEPT_PREFIX = 'aws-ml-study:mock-exams:kept:';

/** A question as the YAML files hold it, with its key (`<section>/<id>`). */
export interface BankEntry {
  key: string;
  page: string;
  skills: string[];
  options: Array<{ text: string; correct: boolean; why: string }>;
}

/** Every practice question of the site, by key, read from src/content/questions (not from the build). */
export function questionsByKey(): Map<string, BankEntry> {
  const folder = join(process.cwd(), 'src/content/questions');
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.yaml'));
  const byKey = new Map<string, BankEntry>();
  for (const file of files) {
    const set = readYaml<{ section: string; questions: Array<Omit<BankEntry, 'key' | 'skills'> & { id: string; skills?: string[] }> }>(
      `questions/${file.replace(/\\/g, '/')}`,
    );
    for (const q of set.questions)
      byKey.set(`${set.section}/${q.id}`, { key: `${set.section}/${q.id}`, page: q.page, skills: q.skills ?? [], options: q.options });
  }
  return byKey;
}

/** The domain a question counts in for an exam: that of its first skill of the exam (`dea-c01:2.1.3` → 2). */
export function domainOf(entry: BankEntry, exam: string): number | undefined {
  const first = entry.skills.find((skill) => skill.startsWith(`${exam}:`));
  return first === undefined ? undefined : Number(first.slice(exam.length + 1).split('.')[0]);
}

/** The mock-exams island on /review/mock-exams/. */
export class MockExamPage {
  readonly root: Locator;
  readonly setup: Locator;
  readonly startButton: Locator;
  readonly preview: Locator;
  readonly question: Locator;
  readonly clock: Locator;
  readonly said: Locator;
  readonly review: Locator;
  readonly results: Locator;
  readonly history: Locator;
  readonly unfinished: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('mock-exam');
    this.setup = this.root.getByTestId('mock-setup');
    this.startButton = this.setup.getByRole('button', { name: 'Start' });
    this.preview = this.root.getByTestId('mock-preview');
    this.question = this.root.getByTestId('mock-question');
    this.clock = this.root.getByTestId('clock');
    this.said = this.root.getByTestId('clock-said');
    this.review = this.root.getByTestId('mock-review');
    this.results = this.root.getByTestId('mock-results');
    this.history = this.root.getByTestId('mock-history');
    this.unfinished = this.root.getByTestId('unfinished');
  }

  async open() {
    await this.page.goto(sitePath(MOCK_EXAMS_PATH));
    await this.root.scrollIntoViewIfNeeded();
    await expect(this.root).toHaveAttribute('data-ready', 'true');
  }

  /** Picks the exam (by its code, e.g. DEA-C01) and the kind of set (its radio's label starts with `practice`). */
  async choose(exam: string, practice: RegExp) {
    // Clicked even when already checked: the first use of the form loads the exam's question bank.
    for (const radio of [this.setup.getByRole('radio', { name: new RegExp(`^${exam}:`) }), this.setup.getByRole('radio', { name: practice })]) {
      await radio.click();
      await expect(radio).toBeChecked();
    }
    await expect(this.preview).toBeVisible();
  }

  /** Starts the chosen set and returns the number of questions it has. */
  async start(): Promise<number> {
    await this.startButton.click();
    await expect(this.question).toBeVisible();
    await expect(this.question.getByRole('heading')).toBeFocused();
    return Number((/of (\d+)/.exec((await this.question.getByRole('heading').textContent()) ?? '') ?? [])[1]);
  }

  /** The key of the question shown. */
  async currentKey(): Promise<string> {
    return (await this.question.getAttribute('data-key')) ?? '';
  }

  /** Chooses options by index (a checkbox each on a multiple-response question). */
  async answer(indexes: readonly number[]) {
    for (const index of indexes)
      await this.question
        .getByTestId(`option-${'ABCDEF'[index] ?? '?'}`)
        .locator('input')
        .check();
  }

  button(name: string | RegExp) {
    return this.root.getByRole('button', { name, exact: typeof name === 'string' });
  }

  /** A row of the results' domain table (`data-right`, `data-total`). */
  domainRow(domain: number) {
    return this.results.getByTestId(`domain-${domain}`);
  }

  /** What is stored under the attempts key, parsed. */
  async stored(): Promise<{ version: number; attempts: Array<Record<string, unknown>> } | null> {
    const raw = await this.page.evaluate((key) => window.localStorage.getItem(key), ATTEMPTS_KEY);
    return raw === null ? null : (JSON.parse(raw) as { version: number; attempts: Array<Record<string, unknown>> });
  }
}
