import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

import { bookPlan, booksLinked } from '~/libs/book';
import { loadExamData } from '~/libs/exams/catalog';
import { isOpenToLearners, statusLabel } from '~/libs/exams/labels';

/**
 * What `npm run book` prints from this build (src/libs/book.ts): the site's title, the exams the cover names (those
 * a learner can sit now, as the home page lists them) and every PDF's parts in order.
 */
export const GET: APIRoute = async () => {
  const docs = await getCollection('docs');
  const home = docs.find((entry) => entry.id === 'index');
  if (!home) throw new Error('book/plan.json: no home page (src/content/docs/index.mdx) to take the site title from');
  const exams = (await loadExamData()).exams
    .filter((exam) => isOpenToLearners(exam.data.status))
    .map((exam) => ({ code: exam.data.code, name: exam.data.name, status: statusLabel(exam.data.status) }));
  const plan = bookPlan({ siteTitle: home.data.title, docs, exams, linked: booksLinked(process.env) });
  return new Response(JSON.stringify(plan, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
