/**
 * The exam guides as data: `src/content/exams/<exam>.yaml`, validated at build. Each file holds one exam guide as
 * AWS publishes it: its status (with dates and the AWS source), its format, and its domains with their weights,
 * task statements and skills in AWS's wording. Skill ids (`dea-c01:1.3.1`) are the exam's code in lower case and
 * the skill's number; pages and questions refer to them (`src/libs/exams/skill-ref.ts`).
 */
import { z } from 'astro/zod';

const awsUrl = z
  .string()
  .regex(/^https:\/\/(?:docs\.aws\.amazon\.com|aws\.amazon\.com)\/\S*$/, 'an https://docs.aws.amazon.com/ or https://aws.amazon.com/ page');

/** An AWS page that states something, with its link text. */
export const source = z.object({ title: z.string().trim().min(3), url: awsUrl });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const text = z.string().trim().min(3);

export const skill = z.object({
  /** The skill's number in the guide: `1.3.1`. */
  number: z.string().regex(/^\d+\.\d+\.\d+$/, 'a skill number such as 1.3.1'),
  /** AWS's wording, as the guide writes it. */
  text,
  /** False for a skill outside this site's subject (data engineering for ML), e.g. model tuning. Default true. */
  inSiteScope: z.boolean().default(true),
  /** New in this version of the guide (from AWS's revision or comparison page). */
  added: z.boolean().default(false),
});

export const task = z.object({
  /** `1.3`. */
  number: z.string().regex(/^\d+\.\d+$/, 'a task number such as 1.3'),
  title: text,
  /** The skills in AWS's wording; a retired guide listed only for reference may leave them out. */
  skills: z.array(skill).default([]),
});

export const domain = z.object({
  number: z.number().int().min(1),
  title: text,
  /** Percent of the scored content. */
  weight: z.number().int().min(1).max(100),
  /** Task statements; a retired guide listed only for reference may leave them out. */
  tasks: z.array(task).default([]),
});

export const examStatus = z.enum(['current', 'beta', 'replaced', 'retired']);

export const exam = z
  .object({
    /** As AWS writes it: `DEA-C01`. The file is named after it in lower case. */
    code: z.string().regex(/^[A-Z]{3}-C\d{2}$/),
    name: text,
    /** The guide's version, when AWS numbers it (`1.1`). */
    version: z.string().optional(),
    /** Order on the exams page and in lists: the current exams first. */
    order: z.number().int(),
    status: examStatus,
    /** One or two sentences on the status, with the dates, in the site's words; sourced by statusSource. */
    statusNote: text,
    statusSource: source,
    dates: z
      .object({
        guidePublished: isoDate.optional(),
        betaFrom: isoDate.optional(),
        generalAvailability: isoDate.optional(),
        /** The last day the exam (or this language of it) can be taken. */
        lastDay: isoDate.optional(),
      })
      .default({}),
    /** The exam code (lower case) that replaces this one. */
    replacedBy: z.string().optional(),
    format: z
      .object({
        questions: z.number().int().positive(),
        /** Questions that count towards the score (the rest are unscored). */
        scored: z.number().int().positive().optional(),
        minutes: z.number().int().positive(),
        questionTypes: z.array(text).min(1),
        /** The passing score on AWS's 100–1,000 scale. */
        passingScore: z.number().int().min(100).max(1000).optional(),
        source,
      })
      .optional(),
    /** The official exam guide. */
    guide: source,
    /** Further AWS sources (a revision or comparison page). */
    sources: z.array(source).default([]),
    domains: z.array(domain).min(1),
    /** Anything the guide's wording could not be confirmed for, said plainly (shown on the exam page). */
    caveat: z.string().trim().optional(),
  })
  .refine((e) => e.domains.reduce((sum, d) => sum + d.weight, 0) === 100, { message: 'domain weights must add up to 100', path: ['domains'] })
  .refine((e) => e.domains.every((d) => d.tasks.every((t) => t.number.startsWith(`${d.number}.`))), {
    message: 'each task number starts with its domain number',
    path: ['domains'],
  })
  .refine((e) => e.domains.every((d) => d.tasks.every((t) => t.skills.every((s) => s.number.startsWith(`${t.number}.`)))), {
    message: 'each skill number starts with its task number',
    path: ['domains'],
  })
  .refine((e) => e.format?.scored === undefined || e.format.scored <= e.format.questions, {
    message: 'scored questions cannot outnumber the questions',
    path: ['format', 'scored'],
  });

export type Exam = z.infer<typeof exam>;
export type ExamDomain = z.infer<typeof domain>;
export type ExamTask = z.infer<typeof task>;
export type ExamSkill = z.infer<typeof skill>;
