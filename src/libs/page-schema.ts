/**
 * What a topic page declares in its frontmatter beyond Starlight's fields (validated at build, so a page cannot
 * ship a key fact without its AWS source):
 *
 * - `keyFacts`: the 6 to 12 numbers and rules an exam asks about, each one sentence of study Markdown
 *   (`**bold**`, `code`, [links](/section/page/)) with the AWS page that states it. `<KeyFacts />` shows them after
 *   the page's introduction; the cram sheets (`/cram/`) collect every page's.
 * - `choose`: short "choose it when" and "not when" cues against the service's neighbours (the "not when" cues
 *   name and link the better choice).
 * - `skills`: the exam skills the page teaches (`dea-c01:1.3.1`), each optionally pointing at the section that
 *   teaches it (`dea-c01:1.3.1#amazon-mwaa`). The exam pages list them; the build fails on an id no exam has.
 */
import { z } from 'astro/zod';

import { skillRef } from './exams/skill-ref';
import { markdown } from './study/schema';

/** AWS documentation, an AWS FAQ or product page, or the AWS blog: where a key fact's source may live. */
export const AWS_SOURCE = /^https:\/\/(?:docs\.aws\.amazon\.com|aws\.amazon\.com)\/[^\s]*$/;

export const keyFact = z.object({
  fact: markdown.refine((text) => !text.includes('\n\n'), 'one paragraph per key fact'),
  source: z.string().regex(AWS_SOURCE, 'an https://docs.aws.amazon.com/ or https://aws.amazon.com/ page'),
  /** The link text for the source, e.g. "Kinesis Data Streams quotas and limits". */
  sourceTitle: z.string().trim().min(3),
});

export const choose = z.object({
  when: z.array(markdown).min(1).max(5),
  notWhen: z.array(markdown).min(1).max(5),
});

export const KEY_FACTS_MIN = 6;
export const KEY_FACTS_MAX = 12;

/** The fields a docs page may add to Starlight's frontmatter. */
export const pageFrontmatter = z.object({
  keyFacts: z.array(keyFact).min(KEY_FACTS_MIN).max(KEY_FACTS_MAX).optional(),
  choose: choose.optional(),
  skills: z.array(skillRef).optional(),
});

export type KeyFact = z.infer<typeof keyFact>;
export type Choose = z.infer<typeof choose>;
