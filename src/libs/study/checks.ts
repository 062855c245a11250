/**
 * Cross-checks of the study data that a schema cannot make (pure, no file system): every deck's and question's
 * `page` is an existing docs page, and every link written in the Markdown is one the study tools render as a link
 * and points to an existing page (and heading, where the page's headings are known). The build runs these against
 * the `docs` collection (`catalog.ts`), and a unit test against the files.
 */
import { AWS_SOURCE_URL } from '../site-path';
import { fragmentOfPath, linkTargets, pageIdOfPath, SITE_PATH } from './markdown-parse';
import type { Deck, QuestionSet } from './schema';

export interface Entry<T> {
  /** The file name without `.yaml`. */
  readonly key: string;
  readonly data: T;
}

/**
 * The site's pages by id (`streaming/kinesis-data-streams`), each with the slugs of its headings when known
 * (undefined: fragments are not checked for that page).
 */
export type Pages = ReadonlyMap<string, ReadonlySet<string> | undefined>;

function linkProblems(where: string, markdown: string, pages: Pages): string[] {
  return linkTargets(markdown).flatMap((target) => {
    if (AWS_SOURCE_URL.test(target)) return [];
    if (!SITE_PATH.test(target)) {
      return [
        `${where}: the link target "${target}" is neither a site path such as /streaming/kinesis-data-streams/ nor an AWS documentation page (https://docs.aws.amazon.com/… or https://aws.amazon.com/…); only those become links`,
      ];
    }
    const id = pageIdOfPath(target);
    if (!pages.has(id)) return [`${where}: the link ${target} points to no page (there is no src/content/docs/${id}.mdx)`];
    const fragment = fragmentOfPath(target);
    const headings = pages.get(id);
    if (fragment !== undefined && headings !== undefined && !headings.has(fragment)) {
      return [`${where}: the link ${target} points to no heading "#${fragment}" on that page`];
    }
    return [];
  });
}

function pageProblem(where: string, page: string, pages: Pages): string[] {
  return pages.has(page) ? [] : [`${where}: page "${page}" does not exist (there is no src/content/docs/${page}.mdx)`];
}

export function deckProblems(deck: Entry<Deck>, pages: Pages): string[] {
  const where = `decks/${deck.key}.yaml`;
  const problems = [...pageProblem(where, deck.data.page, pages)];
  const pageName = deck.data.page.split('/')[1];
  if (pageName !== deck.key) problems.push(`${where}: a deck file is named after its page, so this one should be decks/${pageName ?? '?'}.yaml`);
  for (const card of deck.data.cards) {
    problems.push(...linkProblems(`${where}, card ${card.id}`, `${card.question}\n\n${card.answer}`, pages));
  }
  return problems;
}

export function questionSetProblems(set: Entry<QuestionSet>, pages: Pages): string[] {
  const where = `questions/${set.key}.yaml`;
  const problems: string[] = [];
  if (set.key !== set.data.section && !set.key.startsWith(`${set.data.section}/`))
    problems.push(
      `${where}: a question set file is named after its section (questions/${set.data.section}.yaml) or sits in its section's folder (questions/${set.data.section}/<page>.yaml)`,
    );
  for (const question of set.data.questions) {
    const at = `${where}, question ${question.id}`;
    problems.push(...pageProblem(at, question.page, pages));
    const texts = [question.prompt, ...question.options.flatMap((option) => [option.text, option.why])];
    problems.push(...linkProblems(at, texts.join('\n\n'), pages));
  }
  return problems;
}

/** Question ids used twice within one section (a section's files make one set, keyed by section and id). */
export function duplicateQuestionIds(sets: ReadonlyArray<Entry<QuestionSet>>): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const set of sets) {
    for (const question of set.data.questions) {
      const key = `${set.data.section}:${question.id}`;
      const first = seen.get(key);
      if (first !== undefined && first !== set.key)
        problems.push(`questions/${set.key}.yaml, question ${question.id}: the id is already used in questions/${first}.yaml (same section)`);
      seen.set(key, first ?? set.key);
    }
  }
  return problems;
}

/** Every problem in the study data; empty when all is well. */
export function studyDataProblems(decks: ReadonlyArray<Entry<Deck>>, sets: ReadonlyArray<Entry<QuestionSet>>, pages: Pages): string[] {
  return [
    ...decks.flatMap((deck) => deckProblems(deck, pages)),
    ...sets.flatMap((set) => questionSetProblems(set, pages)),
    ...duplicateQuestionIds(sets),
  ];
}
