import type { APIRoute } from 'astro';

import { loadStudyData } from '~/libs/study/catalog';
import { questionsFile } from '~/libs/study/views';

/** The questions, options and explanations the practice-questions island loads on the Practice questions page. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(questionsFile(await loadStudyData())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
