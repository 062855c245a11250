import type { APIRoute } from 'astro';

import { loadStudyData } from '~/libs/study/catalog';
import { flashcardsFile } from '~/libs/study/views';

/** The card text the flashcards island loads on the Flashcards page (one file, so no page carries it as props). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(flashcardsFile(await loadStudyData())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
