/**
 * Exams and pages joined: which pages (and sections) teach each skill, which exams and tasks each page serves, and
 * how much of each exam the site covers. Pure: the build feeds it the exams collection and the pages' frontmatter
 * (`src/libs/exams/catalog.ts`); the unit tests feed it tables.
 */
import type { Exam, ExamDomain, ExamSkill, ExamTask } from './schema';
import { parseSkillRef } from './skill-ref';

/** A page as the exam data needs it: its id, title, declared skill references and (when known) heading slugs. */
export interface ExamPage {
  readonly id: string;
  readonly title: string;
  readonly skills: readonly string[];
  /** The page's heading anchors and texts; undefined when the page points at no section. */
  readonly headings?: ReadonlyMap<string, string> | undefined;
}

/** An exam file: its key (`dea-c01`, the file name) and data. */
export interface ExamEntry {
  readonly key: string;
  readonly data: Exam;
}

/** A page (or one of its sections) that teaches a skill. */
export interface Teacher {
  readonly page: string;
  readonly title: string;
  readonly anchor?: string | undefined;
  readonly heading?: string | undefined;
}

export interface SkillView extends ExamSkill {
  readonly id: string;
  readonly taughtBy: readonly Teacher[];
}
export interface TaskView extends Omit<ExamTask, 'skills'> {
  readonly id: string;
  readonly skills: readonly SkillView[];
  /** Pages that point at the task itself (guides whose tasks are not split into skills). */
  readonly taughtBy: readonly Teacher[];
}
export interface Tally {
  /** Skills in the site's subject. */
  readonly inScope: number;
  /** Of those, skills at least one page teaches. */
  readonly taught: number;
}
export interface DomainView extends Omit<ExamDomain, 'tasks'> {
  readonly tasks: readonly TaskView[];
  readonly tally: Tally;
}
export interface ExamView {
  readonly key: string;
  readonly exam: Exam;
  readonly domains: readonly DomainView[];
  readonly tally: Tally;
}

/** What a skill or task id names: the exam, domain, task and (for a skill id) skill. */
interface Target {
  readonly exam: ExamEntry;
  readonly task: ExamTask;
  readonly skill?: ExamSkill | undefined;
}

/** Every skill id (`dea-c01:1.3.1`) and every task id of a guide whose tasks list no skills (`mls-c01:1.2`). */
export function referenceTargets(exams: readonly ExamEntry[]): Map<string, Target> {
  const targets = new Map<string, Target>();
  for (const exam of exams) {
    for (const domain of exam.data.domains) {
      for (const task of domain.tasks) {
        if (task.skills.length === 0) targets.set(`${exam.key}:${task.number}`, { exam, task });
        for (const skill of task.skills) targets.set(`${exam.key}:${skill.number}`, { exam, task, skill });
      }
    }
  }
  return targets;
}

/** Problems with the pages' and questions' skill references; empty when every one names a known skill and section. */
export function referenceProblems(
  exams: readonly ExamEntry[],
  pages: readonly ExamPage[],
  questions: ReadonlyArray<{ readonly where: string; readonly skills: readonly string[] }> = [],
): string[] {
  const targets = referenceTargets(exams);
  const problems: string[] = [];
  const unknown = (where: string, id: string) =>
    `${where}: skill "${id}" is in no exam guide (src/content/exams/${id.split(':')[0] ?? '?'}.yaml)` +
    (targets.has(id) ? '' : id.split('.').length === 2 ? ' — name the skill (e.g. 1.2.3), not its task, where the task lists skills' : '');
  for (const page of pages) {
    const seen = new Set<string>();
    for (const raw of page.skills) {
      const ref = parseSkillRef(raw);
      const where = `src/content/docs/${page.id}.mdx`;
      if (!ref) {
        problems.push(`${where}: "${raw}" is not a skill id such as dea-c01:1.3.1 (optionally #section-anchor)`);
        continue;
      }
      if (!targets.has(ref.id)) problems.push(unknown(where, ref.id));
      if (ref.anchor !== undefined && !page.headings?.has(ref.anchor))
        problems.push(`${where}: skill "${raw}" points at #${ref.anchor}, which is not a heading of the page`);
      if (seen.has(raw)) problems.push(`${where}: skill "${raw}" is listed twice`);
      seen.add(raw);
    }
  }
  for (const question of questions) {
    for (const id of question.skills) if (!targets.has(id)) problems.push(unknown(question.where, id));
  }
  return problems;
}

function teachersOf(pages: readonly ExamPage[]): Map<string, Teacher[]> {
  const byId = new Map<string, Teacher[]>();
  for (const page of pages) {
    for (const raw of page.skills) {
      const ref = parseSkillRef(raw);
      if (!ref) continue;
      const list = byId.get(ref.id) ?? [];
      if (!list.some((t) => t.page === page.id && t.anchor === ref.anchor))
        list.push({
          page: page.id,
          title: page.title,
          anchor: ref.anchor,
          heading: ref.anchor === undefined ? undefined : page.headings?.get(ref.anchor),
        });
      byId.set(ref.id, list);
    }
  }
  return byId;
}

const add = (a: Tally, b: Tally): Tally => ({ inScope: a.inScope + b.inScope, taught: a.taught + b.taught });
const NONE: Tally = { inScope: 0, taught: 0 };

/** One exam with every skill's teaching pages and the coverage per domain and overall. Pages come in sidebar order. */
export function examView(exam: ExamEntry, pages: readonly ExamPage[]): ExamView {
  const teachers = teachersOf(pages);
  const domains = exam.data.domains.map((domain): DomainView => {
    const tasks = domain.tasks.map((task): TaskView => ({
      ...task,
      id: `${exam.key}:${task.number}`,
      taughtBy: teachers.get(`${exam.key}:${task.number}`) ?? [],
      skills: task.skills.map((skill) => ({
        ...skill,
        id: `${exam.key}:${skill.number}`,
        taughtBy: teachers.get(`${exam.key}:${skill.number}`) ?? [],
      })),
    }));
    const tally = tasks
      .flatMap((task) => task.skills)
      .filter((skill) => skill.inSiteScope)
      .reduce((sum, skill) => add(sum, { inScope: 1, taught: skill.taughtBy.length > 0 ? 1 : 0 }), NONE);
    return { ...domain, tasks, tally };
  });
  return { key: exam.key, exam: exam.data, domains, tally: domains.reduce((sum, domain) => add(sum, domain.tally), NONE) };
}

/** Whole percent of the in-scope skills taught (0 when none are in scope). */
export function percentTaught(tally: Tally): number {
  return tally.inScope === 0 ? 0 : Math.round((100 * tally.taught) / tally.inScope);
}

/** The exams and tasks a page serves, for its "On the exam" line: exams in their order, tasks in guide order. */
export function examsOfPage(skills: readonly string[], exams: readonly ExamEntry[]): Array<{ key: string; code: string; tasks: string[] }> {
  const targets = referenceTargets(exams);
  const result: Array<{ key: string; code: string; order: number; tasks: string[] }> = [];
  for (const raw of skills) {
    const target = targets.get(parseSkillRef(raw)?.id ?? '');
    if (!target) continue;
    let entry = result.find((e) => e.key === target.exam.key);
    if (!entry) {
      entry = { key: target.exam.key, code: target.exam.data.code, order: target.exam.data.order, tasks: [] };
      result.push(entry);
    }
    if (!entry.tasks.includes(target.task.number)) entry.tasks.push(target.task.number);
  }
  const byNumber = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
  return result.sort((a, b) => a.order - b.order).map(({ key, code, tasks }) => ({ key, code, tasks: tasks.sort(byNumber) }));
}

/** The anchor of a task's heading on its exam page: `task-1-3`. */
export function taskAnchor(taskNumber: string): string {
  return `task-${taskNumber.replace(/\./g, '-')}`;
}

/** The anchor of a skill's row on its exam page: `skill-1-3-1`. */
export function skillAnchor(skillNumber: string): string {
  return `skill-${skillNumber.replace(/\./g, '-')}`;
}
