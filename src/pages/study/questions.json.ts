import type { APIRoute } from 'astro';

import { loadStudyData, questionsFile } from '~/study/catalog';

/** The questions, options and explanations the practice-questions island loads on the Practice questions page. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(questionsFile(await loadStudyData())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
