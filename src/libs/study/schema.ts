/**
 * Schemas of the study data (flashcard decks and practice questions). The content collections in
 * `src/content.config.ts` validate every file against these at build; unit tests reuse them.
 */
import { z } from 'astro/zod';

import { skillId } from '../exams/skill-ref';
import { SECTION_DIRECTORIES } from '../sections';
import { questionProblems } from './multiple-response';

/** A section folder of the site (a sidebar group). */
export const section = z.enum(SECTION_DIRECTORIES);

/** A page of the site as `<section>/<page>` without slashes at either end, e.g. `streaming/kinesis-data-streams`. */
export const pageSlug = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'a page slug such as streaming/kinesis-data-streams');

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens');

/** Where a card or question comes from: a Q/A pair in the notes, or written from the notes' facts. */
const origin = z.enum(['notes', 'written']);

/**
 * Markdown, limited to what the study tools render: paragraphs separated by blank lines, `- ` list items,
 * **bold**, `code` and [links](/section/page/). No HTML.
 */
export const markdown = z
  .string()
  .trim()
  .min(1)
  .refine((text) => !/<[a-z!/]/i.test(text), 'plain Markdown only: no HTML tags');

export const card = z.object({
  id,
  question: z.string().trim().min(5),
  answer: markdown,
  origin,
});

/** One deck per service page: `src/content/decks/<page-name>.yaml`. */
export const deck = z
  .object({
    title: z.string().min(3),
    section,
    page: pageSlug,
    cards: z.array(card).min(3),
  })
  .refine((d) => d.page.startsWith(`${d.section}/`), { message: 'page must be in the deck’s section', path: ['page'] })
  .refine((d) => new Set(d.cards.map((c) => c.id)).size === d.cards.length, { message: 'card ids must be unique', path: ['cards'] });

export const option = z.object({
  text: z.string().trim().min(1),
  correct: z.boolean(),
  /** Why this option is right, or why it is wrong. */
  why: markdown,
});

export const question = z
  .object({
    id,
    prompt: markdown,
    options: z.array(option).min(2).max(6),
    page: pageSlug,
    origin,
    /** The exam skills the question tests (`dea-c01:1.3.1`); the build fails on an id no exam has. */
    skills: z.array(skillId).optional(),
  })
  // One or more correct options (fewer than all); with several, the prompt ends with "(Select TWO.)" as the exams
  // write it, and a single-answer prompt never says how many to select (multiple-response.ts).
  .superRefine((q, ctx) => {
    for (const problem of questionProblems(q)) ctx.addIssue({ code: 'custom', message: problem.message, path: [problem.path] });
  });

/** One question set per section: `src/content/questions/<section>.yaml`. */
export const questionSet = z
  .object({
    title: z.string().min(3),
    section,
    questions: z.array(question).min(5),
  })
  .refine((s) => new Set(s.questions.map((q) => q.id)).size === s.questions.length, { message: 'question ids must be unique', path: ['questions'] });

export type Card = z.infer<typeof card>;
export type Deck = z.infer<typeof deck>;
export type Question = z.infer<typeof question>;
export type QuestionSet = z.infer<typeof questionSet>;
