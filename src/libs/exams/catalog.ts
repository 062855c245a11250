/**
 * The exam data at build time: the `exams` collection joined with the pages' `skills` and the questions' skill ids.
 * Every reference must name a skill of a guide (and, with `#anchor`, a heading of its page), or the build fails with
 * the list of problems: the exam pages and every topic page's "On the exam" line load it, so no build skips it.
 */
import { getCollection, render } from 'astro:content';

import { compareInSidebar, positionOfDoc } from '../sections';
import { parseSkillRef } from './skill-ref';
import { examView, referenceProblems, type ExamEntry, type ExamPage, type ExamView } from './coverage';

export interface ExamData {
  /** The exams in their order (current first). */
  readonly exams: readonly ExamEntry[];
  /** The pages that declare skills, in sidebar order. */
  readonly pages: readonly ExamPage[];
}

let loading: Promise<ExamData> | undefined;

/** The checked exam data (loaded once per build). Throws when a reference names no skill or no section. */
export function loadExamData(): Promise<ExamData> {
  loading ??= load();
  return loading;
}

async function load(): Promise<ExamData> {
  const [examEntries, docs, sets] = await Promise.all([getCollection('exams'), getCollection('docs'), getCollection('questions')]);
  const exams = examEntries.map((entry) => ({ key: entry.id, data: entry.data })).sort((a, b) => a.data.order - b.data.order);
  const problems: string[] = [];
  for (const exam of exams) {
    if (exam.key !== exam.data.code.toLowerCase())
      problems.push(`src/content/exams/${exam.key}.yaml: the file is named after the exam code (${exam.data.code.toLowerCase()}.yaml)`);
  }

  const pages: ExamPage[] = [];
  for (const doc of [...docs].sort((a, b) => compareInSidebar(positionOfDoc(a), positionOfDoc(b)))) {
    const skills = doc.data.skills ?? [];
    if (skills.length === 0) continue;
    const pointsAtSection = skills.some((raw) => parseSkillRef(raw)?.anchor !== undefined);
    const headings = pointsAtSection ? new Map((await render(doc)).headings.map((heading) => [heading.slug, heading.text])) : undefined;
    pages.push({ id: doc.id, title: doc.data.title, skills, headings });
  }
  const questions = sets.flatMap((set) =>
    set.data.questions.map((question) => ({ where: `src/content/questions/${set.id}.yaml, question ${question.id}`, skills: question.skills ?? [] })),
  );
  problems.push(...referenceProblems(exams, pages, questions));
  if (problems.length > 0) throw new Error(`The exam skill references have ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  return { exams, pages };
}

/** One exam, joined with the pages that teach it. Throws when there is no such exam. */
export async function loadExamView(key: string): Promise<ExamView> {
  const data = await loadExamData();
  const exam = data.exams.find((entry) => entry.key === key);
  if (!exam) throw new Error(`No exam "${key}" in src/content/exams/ (have: ${data.exams.map((entry) => entry.key).join(', ')})`);
  return examView(exam, data.pages);
}
