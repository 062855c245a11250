/** Small exams and question banks for the mock-exam unit tests (practice-*.test.ts). */
import type { BankQuestion, ExamOutline } from '~/libs/practice/bank';

/** An exam shaped like DEA-C01: 65 questions in 130 minutes, domains weighted 34, 26, 22 and 18. */
export const DEA_LIKE: ExamOutline = {
  key: 'dea-c01',
  code: 'DEA-C01',
  name: 'Data Engineer',
  questions: 65,
  minutes: 130,
  formatSource: { title: 'Guide', url: 'https://docs.aws.amazon.com/x' },
  bankUrl: '/study/mock-exams/dea-c01.json',
  domains: [
    {
      number: 1,
      title: 'Ingestion',
      weight: 34,
      tasks: [
        { number: '1.1', title: 'Ingest' },
        { number: '1.2', title: 'Transform' },
      ],
    },
    { number: 2, title: 'Stores', weight: 26, tasks: [{ number: '2.1', title: 'Choose a store' }] },
    { number: 3, title: 'Operations', weight: 22, tasks: [{ number: '3.1', title: 'Automate' }] },
    { number: 4, title: 'Security', weight: 18, tasks: [{ number: '4.1', title: 'Authenticate' }] },
  ],
};

/** A question `key` testing `skills`; `correct` marks the right options of four (default: A only). */
export function question(key: string, skills: readonly string[], correct: readonly number[] = [0], optionCount = 4): BankQuestion {
  return {
    key,
    prompt: `Prompt of ${key}`,
    options: Array.from({ length: optionCount }, (_, index) => ({ text: `Option ${index}`, correct: correct.includes(index), why: 'Why.' })),
    page: 'storage/amazon-s3',
    pageTitle: 'Amazon S3',
    skills,
    correct,
  };
}

/** `count` questions `s/<prefix>-<n>` testing `skill`. */
export function many(prefix: string, skill: string, count: number): BankQuestion[] {
  return Array.from({ length: count }, (_, n) => question(`s/${prefix}-${n + 1}`, [skill]));
}

export const asMap = (bank: readonly BankQuestion[]) => new Map(bank.map((q) => [q.key, q]));
