import type { APIRoute, GetStaticPaths } from 'astro';

import { loadExamData } from '~/libs/exams/catalog';
import { bankFileOf, mockExams } from '~/libs/practice/views';
import { loadStudyData } from '~/libs/study/catalog';

/** One exam's question bank, which the mock-exams island loads when an exam starts (`study/mock-exams/<exam>.json`). */
export const getStaticPaths = (async () => {
  const { exams } = await loadExamData();
  return mockExams(exams).map((exam) => ({ params: { exam: exam.key } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const [{ exams }, data] = await Promise.all([loadExamData(), loadStudyData()]);
  const exam = mockExams(exams).find((entry) => entry.key === params.exam);
  if (!exam) throw new Error(`No mock exam "${String(params.exam)}"`);
  return new Response(JSON.stringify(bankFileOf(exam, data)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
