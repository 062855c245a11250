/**
 * The words the mock exams show (pure): a set's name, and the plain sentences that say when the bank is short of
 * questions for a domain, so a short set never passes for a full one.
 */
import { domainLabel, type ExamOutline } from './bank';
import type { Mode, Shortfall } from './draw';
import { SECTIONS } from '../sections';

const questions = (count: number) => `${count} ${count === 1 ? 'question' : 'questions'}`;

/**
 * "Full mock exam", "Quick set", "Domain 2: Data Store Management", "Task 1.3: …", "Skill 1.3.1", "Section: Storage",
 * "Only what I got wrong".
 */
export function modeLabel(outline: Pick<ExamOutline, 'domains'>, mode: Mode): string {
  switch (mode.kind) {
    case 'full':
      return 'Full mock exam';
    case 'quick':
      return 'Quick set';
    case 'domain': {
      const domain = outline.domains.find((d) => d.number === mode.domain);
      return domain ? domainLabel(domain) : `Domain ${mode.domain}`;
    }
    case 'task': {
      const task = outline.domains.flatMap((d) => d.tasks).find((t) => t.number === mode.task);
      return task ? `Task ${task.number}: ${task.title}` : `Task ${mode.task}`;
    }
    case 'skill':
      return `Skill ${mode.skill}`;
    case 'section':
      return `Section: ${SECTIONS.find((section) => section.directory === mode.section)?.label ?? mode.section}`;
    case 'missed':
      return 'Only what I got wrong';
  }
}

/** "This bank has only 5 questions for Domain 2: Data Store Management; the guide's weight asks for 17." */
export function shortfallSentence(outline: Pick<ExamOutline, 'domains'>, shortfall: Shortfall): string {
  const domain = outline.domains.find((d) => d.number === shortfall.domain);
  const name = domain ? domainLabel(domain) : `Domain ${shortfall.domain}`;
  const has = shortfall.available === 0 ? 'This bank has no questions' : `This bank has only ${questions(shortfall.available)}`;
  return `${has} for ${name}; the guide’s weight asks for ${shortfall.wanted}.`;
}

/** "So this set has 53 questions, not 65." (undefined when nothing is short). */
export function shortSetSentence(drawn: number, wanted: number): string | undefined {
  return drawn < wanted ? `So this set has ${questions(drawn)}, not ${wanted}.` : undefined;
}

/** "7 of 10 right (70%)"; "no questions scored" for an empty set. */
export function scoreLine(right: number, total: number, percent: number | undefined): string {
  return percent === undefined ? 'no questions scored' : `${right} of ${total} right (${percent}%)`;
}
