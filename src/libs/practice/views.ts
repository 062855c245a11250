/**
 * What the mock exams get of the build's data (pure: the page and the JSON route pass the loaded exams and questions
 * in): the exams that have a mock (a current or beta guide with a format), each exam's outline for the island's props,
 * and each exam's question bank file (`study/mock-exams/<exam>.json`): every question that names a skill of that
 * exam, with the skills as numbers (`1.3.1`).
 */
import type { ExamEntry } from '../exams/coverage';
import { parseSkillRef } from '../exams/skill-ref';
import type { StudyData } from '../study/catalog';
import type { BankFile, ExamOutline } from './bank';

/** The exams a learner can take a mock of, in their order: a current or beta guide with its format. */
export function mockExams(exams: readonly ExamEntry[]): ExamEntry[] {
  return exams.filter((exam) => (exam.data.status === 'current' || exam.data.status === 'beta') && exam.data.format !== undefined);
}

/** The bank file's path under the base path. */
export function bankFile(exam: string): string {
  return `study/mock-exams/${exam}.json`;
}

/** The island's props for one exam (no question text). */
export function examOutline(exam: ExamEntry, bankUrl: string): ExamOutline {
  const format = exam.data.format;
  if (format === undefined) throw new Error(`${exam.key}: a mock exam needs the exam's format (questions, minutes)`);
  return {
    key: exam.key,
    code: exam.data.code,
    name: exam.data.name,
    questions: format.questions,
    minutes: format.minutes,
    scored: format.scored,
    formatSource: { title: format.source.title, url: format.source.url },
    domains: exam.data.domains.map((domain) => ({
      number: domain.number,
      title: domain.title,
      weight: domain.weight,
      tasks: domain.tasks.map((task) => ({ number: task.number, title: task.title })),
    })),
    bankUrl,
  };
}

/** One exam's question bank: the questions naming a skill of it (in the site's order), and the exam's skills. */
export function bankFileOf(exam: ExamEntry, data: StudyData): BankFile {
  const skills = exam.data.domains.flatMap((domain) => domain.tasks.flatMap((task) => task.skills.map(({ number, text }) => ({ number, text }))));
  const known = new Set(skills.map((skill) => skill.number));
  const questions = data.sets.flatMap((set) =>
    set.questions.flatMap((question) => {
      const mine = (question.skills ?? []).flatMap((id) => {
        const ref = parseSkillRef(id);
        return ref?.exam === exam.key && known.has(ref.number) ? [ref.number] : [];
      });
      if (mine.length === 0) return [];
      return [
        {
          key: `${set.section}/${question.id}`,
          prompt: question.prompt,
          options: question.options.map(({ text, correct, why }) => ({ text, correct, why })),
          page: question.page,
          pageTitle: question.pageTitle,
          skills: [...new Set(mine)],
        },
      ];
    }),
  );
  return { exam: exam.key, skills, questions };
}
