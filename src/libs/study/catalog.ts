/**
 * The study data at build time: the `decks` and `questions` collections, checked against the `docs` collection
 * (a deck's or question's page and every link in the Markdown must exist, or the build fails with the list of
 * problems), and ordered as the sidebar orders sections and pages. What each consumer gets of it is cut in
 * `views.ts`.
 */
import { getCollection, render } from 'astro:content';

import { compareInSidebar, compareSections, sectionByDirectory } from '../sections';
import { studyDataProblems, type Entry, type Pages } from './checks';
import { fragmentOfPath, linkTargets, pageIdOfPath, SITE_PATH } from './markdown-parse';
import type { Card, Deck, Question, QuestionSet } from './schema';

export interface PageRef {
  /** `<section>/<page>`. */
  readonly id: string;
  readonly title: string;
}

export interface DeckInfo {
  readonly key: string;
  readonly title: string;
  readonly section: string;
  readonly sectionLabel: string;
  readonly page: PageRef;
  readonly cards: readonly Card[];
}

export interface QuestionInfo extends Question {
  readonly pageTitle: string;
}

export interface SetInfo {
  readonly section: string;
  readonly sectionLabel: string;
  readonly title: string;
  readonly questions: readonly QuestionInfo[];
}

export interface StudyData {
  readonly decks: readonly DeckInfo[];
  readonly sets: readonly SetInfo[];
}

const sectionLabel = (section: string) => sectionByDirectory(section)?.label ?? section;

let loading: Promise<StudyData> | undefined;

/** The checked, ordered study data (loaded once per build). Throws when the data has problems. */
export function loadStudyData(): Promise<StudyData> {
  loading ??= load();
  return loading;
}

async function load(): Promise<StudyData> {
  const [docs, deckEntries, setEntries] = await Promise.all([getCollection('docs'), getCollection('decks'), getCollection('questions')]);
  const decks: Array<Entry<Deck>> = deckEntries.map((entry) => ({ key: entry.id, data: entry.data }));
  const sets: Array<Entry<QuestionSet>> = setEntries.map((entry) => ({ key: entry.id, data: entry.data }));

  // Headings are only needed for pages that a link points into with a #fragment.
  const texts = [
    ...decks.flatMap((deck) => deck.data.cards.flatMap((card) => [card.question, card.answer])),
    ...sets.flatMap((set) => set.data.questions.flatMap((q) => [q.prompt, ...q.options.flatMap((o) => [o.text, o.why])])),
  ];
  const withFragments = new Set(
    texts
      .flatMap(linkTargets)
      .filter((target) => SITE_PATH.test(target) && fragmentOfPath(target) !== undefined)
      .map(pageIdOfPath),
  );
  const pages = new Map<string, ReadonlySet<string> | undefined>();
  for (const doc of docs) {
    pages.set(doc.id, withFragments.has(doc.id) ? new Set((await render(doc)).headings.map((heading) => heading.slug)) : undefined);
  }

  const problems = studyDataProblems(decks, sets, pages satisfies Pages);
  if (problems.length > 0) {
    throw new Error(`The study data (src/content/decks, src/content/questions) has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  }

  const docById = new Map(docs.map((doc) => [doc.id, doc]));
  const pageRef = (id: string): PageRef => ({ id, title: docById.get(id)?.data.title ?? id });
  // A deck sits where its page sits in the sidebar (a deck's page is in the deck's section: the schema checks).
  const position = (id: string) => ({ id, order: docById.get(id)?.data.sidebar.order });

  const orderedDecks = [...decks].sort((a, b) => compareInSidebar(position(a.data.page), position(b.data.page)));
  // A section's questions may sit in several files (questions/<section>.yaml and questions/<section>/<page>.yaml):
  // they make one set, the section's own file first, then the others by name.
  const bySection = new Map<string, Array<Entry<QuestionSet>>>();
  for (const set of [...sets].sort((a, b) => (a.key === a.data.section ? -1 : b.key === b.data.section ? 1 : a.key.localeCompare(b.key, 'en')))) {
    bySection.set(set.data.section, [...(bySection.get(set.data.section) ?? []), set]);
  }
  const orderedSets = [...bySection.values()]
    .map((files) => ({ data: { ...files[0]!.data, questions: files.flatMap((file) => file.data.questions) } }))
    .sort((a, b) => compareSections(a.data.section, b.data.section));

  return {
    decks: orderedDecks.map(({ key, data }) => ({
      key,
      title: data.title,
      section: data.section,
      sectionLabel: sectionLabel(data.section),
      page: pageRef(data.page),
      cards: data.cards,
    })),
    sets: orderedSets.map(({ data }) => ({
      section: data.section,
      sectionLabel: sectionLabel(data.section),
      title: data.title,
      questions: data.questions.map((question) => ({ ...question, pageTitle: pageRef(question.page).title })),
    })),
  };
}
