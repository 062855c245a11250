/**
 * Exam skill ids and the references pages and questions make to them.
 *
 * A skill id names one skill of one exam guide: `dea-c01:1.3.1` is skill 1.3.1 of the AWS Certified Data Engineer –
 * Associate guide. A task id (`mls-c01:1.2`) names a task statement, for the guides (the retired ones) whose tasks
 * are not split into numbered skills. A page may point a skill at one of its sections: `dea-c01:1.3.1#amazon-mwaa`.
 */
import { z } from 'astro/zod';

/** `<exam>:<domain>.<task>[.<skill>]`, the exam in lower case as AWS codes it (dea-c01, mla-c02). */
const SKILL_ID = /^([a-z]{3}-c\d{2}):(\d+\.\d+(?:\.\d+)?)$/;
const SKILL_REF = /^([a-z]{3}-c\d{2}:\d+\.\d+(?:\.\d+)?)(?:#([a-z0-9][a-z0-9-]*))?$/;

export const skillId = z.string().regex(SKILL_ID, 'a skill id such as dea-c01:1.3.1');

/** A page's reference to a skill it teaches, optionally to the section (heading anchor) that teaches it. */
export const skillRef = z.string().regex(SKILL_REF, 'a skill id such as dea-c01:1.3.1, optionally with #section-anchor');

export interface SkillRef {
  /** The skill id, `dea-c01:1.3.1`. */
  readonly id: string;
  /** The exam, `dea-c01`. */
  readonly exam: string;
  /** The skill's number in its guide, `1.3.1`. */
  readonly number: string;
  /** The heading anchor of the page section that teaches it, when the page names one. */
  readonly anchor: string | undefined;
}

/** Splits a reference (`dea-c01:1.3.1#amazon-mwaa`); undefined when it is not one. */
export function parseSkillRef(ref: string): SkillRef | undefined {
  const match = SKILL_REF.exec(ref);
  if (!match?.[1]) return undefined;
  const [exam = '', number = ''] = match[1].split(':');
  return { id: match[1], exam, number, anchor: match[2] };
}
