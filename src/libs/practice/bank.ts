/**
 * The mock exams' data as the island sees it (pure, no DOM): an exam's outline (format, domains with their weights and
 * tasks), given as props, and its question bank, loaded from one JSON file when the learner needs it
 * (`study/mock-exams/<exam>.json`, built by `views.ts`). The reader turns whatever arrives into a bank or undefined,
 * never an exception.
 *
 * Where a question counts: a question carries the skill ids it tests (`dea-c01:1.3.1`). For one exam it counts in
 * the domain and task of its FIRST skill of that exam (`1.3.1`: domain 1, task 1.3), so that every question counts
 * once in a draw by domain and in the score per domain and per task. A set by task or by skill takes every question
 * that names a skill of that task, or that skill, wherever it is in the question's list.
 */

/** An exam's task: its number (`1.3`) and title. */
export interface TaskOutline {
  readonly number: string;
  readonly title: string;
}

export interface DomainOutline {
  readonly number: number;
  readonly title: string;
  /** Percent of the scored content, from the exam guide. */
  readonly weight: number;
  readonly tasks: readonly TaskOutline[];
}

/** What the island is given of an exam: small, with no question text. */
export interface ExamOutline {
  /** `dea-c01`. */
  readonly key: string;
  /** `DEA-C01`. */
  readonly code: string;
  readonly name: string;
  /** The real exam's format, from the exam data. */
  readonly questions: number;
  readonly minutes: number;
  /** Of `questions`, those that count towards the score, when the guide says. */
  readonly scored?: number | undefined;
  /** The AWS page the format comes from. */
  readonly formatSource: { readonly title: string; readonly url: string };
  readonly domains: readonly DomainOutline[];
  /** The question bank's file under the base path, with a content hash. */
  readonly bankUrl: string;
}

export interface BankOption {
  readonly text: string;
  readonly correct: boolean;
  /** Why this option is right, or why it is wrong. */
  readonly why: string;
}

export interface BankQuestion {
  /** `<section>/<question id>`: unique across the site. */
  readonly key: string;
  readonly prompt: string;
  readonly options: readonly BankOption[];
  /** The page that teaches it, `<section>/<page>`, and its title. */
  readonly page: string;
  readonly pageTitle: string;
  /** This exam's skill numbers the question tests (`1.3.1`), in the question's order; never empty. */
  readonly skills: readonly string[];
  /** Indexes of the correct options (derived from `options`). */
  readonly correct: readonly number[];
}

export interface Bank {
  readonly exam: string;
  /** The exam's skills with AWS's wording, in guide order. */
  readonly skills: ReadonlyArray<{ readonly number: string; readonly text: string }>;
  readonly questions: readonly BankQuestion[];
}

/** The question bank file as built (the reader derives `correct`). */
export interface BankFile {
  readonly exam: string;
  readonly skills: ReadonlyArray<{ readonly number: string; readonly text: string }>;
  readonly questions: ReadonlyArray<Omit<BankQuestion, 'correct'>>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const SKILL_NUMBER = /^\d+\.\d+\.\d+$/;
const QUESTION_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

function readOption(value: unknown): BankOption | undefined {
  if (!isRecord(value) || !isString(value['text']) || typeof value['correct'] !== 'boolean' || !isString(value['why'])) return undefined;
  return { text: value['text'], correct: value['correct'], why: value['why'] };
}

function readBankQuestion(value: unknown): BankQuestion | undefined {
  if (!isRecord(value)) return undefined;
  const { key, prompt, page, pageTitle, options, skills } = value;
  if (!isString(key) || !QUESTION_KEY.test(key) || !isString(prompt) || !isString(page) || !isString(pageTitle)) return undefined;
  if (!Array.isArray(options) || !Array.isArray(skills)) return undefined;
  const read = (options as unknown[]).map(readOption);
  if (read.length < 2 || read.length > 6 || read.some((option) => option === undefined)) return undefined;
  const valid = read as BankOption[];
  const correct = valid.flatMap((option, index) => (option.correct ? [index] : []));
  if (correct.length === 0 || correct.length === valid.length) return undefined;
  const numbers = skills as unknown[];
  if (numbers.length === 0 || !numbers.every((skill) => isString(skill) && SKILL_NUMBER.test(skill))) return undefined;
  return { key, prompt, options: valid, page, pageTitle, skills: numbers as string[], correct };
}

/** The bank file for `exam`, or undefined when it is not one (another exam's, an error page, a stale format). */
export function readBankFile(value: unknown, exam: string): Bank | undefined {
  if (!isRecord(value) || value['exam'] !== exam || !Array.isArray(value['skills']) || !Array.isArray(value['questions'])) return undefined;
  const skills: Array<{ number: string; text: string }> = [];
  for (const skill of value['skills'] as unknown[]) {
    if (!isRecord(skill) || !isString(skill['number']) || !SKILL_NUMBER.test(skill['number']) || !isString(skill['text'])) return undefined;
    skills.push({ number: skill['number'], text: skill['text'] });
  }
  const questions: BankQuestion[] = [];
  const keys = new Set<string>();
  for (const raw of value['questions'] as unknown[]) {
    const question = readBankQuestion(raw);
    if (question === undefined || keys.has(question.key)) return undefined;
    keys.add(question.key);
    questions.push(question);
  }
  return { exam, skills, questions };
}

/** Where a question counts for one exam: the domain and task of its first skill of that exam. */
export interface Place {
  readonly domain: number;
  readonly task: string;
}

/** The task (`1.3`) and domain (1) of a skill number (`1.3.1`). */
export function placeOfSkill(skill: string): Place | undefined {
  const match = /^(\d+)\.(\d+)\.\d+$/.exec(skill);
  if (!match) return undefined;
  return { domain: Number(match[1]), task: `${match[1] ?? ''}.${match[2] ?? ''}` };
}

/** Where a question counts (its first skill's domain and task), or undefined when that is not a task of the exam. */
export function placeOf(outline: Pick<ExamOutline, 'domains'>, question: Pick<BankQuestion, 'skills'>): Place | undefined {
  const place = placeOfSkill(question.skills[0] ?? '');
  if (place === undefined) return undefined;
  const domain = outline.domains.find((d) => d.number === place.domain);
  return domain?.tasks.some((task) => task.number === place.task) ? place : undefined;
}

/** "Domain 2: Data Store Management". */
export function domainLabel(domain: Pick<DomainOutline, 'number' | 'title'>): string {
  return `Domain ${domain.number}: ${domain.title}`;
}

/** "Task 1.3: Orchestrate data pipelines". */
export function taskLabel(task: TaskOutline): string {
  return `Task ${task.number}: ${task.title}`;
}
