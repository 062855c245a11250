/**
 * The study data cut into what each consumer needs: the islands' small props, and the JSON files the islands load
 * (`src/pages/study/*.json.ts`), with their paths under the base path.
 */
import type { PageRef, QuestionInfo, StudyData } from './catalog';
import type { Card } from './schema';

/** What the flashcards island is given as props: the deck list and card ids, no card text. */
export interface DeckSummary {
  readonly key: string;
  readonly title: string;
  readonly section: string;
  readonly sectionLabel: string;
  readonly page: PageRef;
  readonly cardIds: readonly string[];
}

/** The card text the flashcards island loads: `study/flashcards.json`. */
export interface FlashcardsFile {
  readonly decks: ReadonlyArray<{ readonly key: string; readonly cards: ReadonlyArray<Pick<Card, 'id' | 'question' | 'answer'>> }>;
}

/** What the practice-questions island is given as props. */
export interface SetSummary {
  readonly section: string;
  readonly sectionLabel: string;
  readonly title: string;
  readonly count: number;
}

/** The questions the practice-questions island loads: `study/questions.json`. */
export interface QuestionsFile {
  readonly sets: ReadonlyArray<{
    readonly section: string;
    readonly questions: ReadonlyArray<Pick<QuestionInfo, 'id' | 'prompt' | 'options' | 'page' | 'pageTitle'>>;
  }>;
}

export function deckSummaries(data: StudyData): DeckSummary[] {
  return data.decks.map(({ cards, ...deck }) => ({ ...deck, cardIds: cards.map((card) => card.id) }));
}

export function flashcardsFile(data: StudyData): FlashcardsFile {
  return { decks: data.decks.map((deck) => ({ key: deck.key, cards: deck.cards.map(({ id, question, answer }) => ({ id, question, answer })) })) };
}

export function setSummaries(data: StudyData): SetSummary[] {
  return data.sets.map((set) => ({ section: set.section, sectionLabel: set.sectionLabel, title: set.title, count: set.questions.length }));
}

export function questionsFile(data: StudyData): QuestionsFile {
  return {
    sets: data.sets.map((set) => ({
      section: set.section,
      questions: set.questions.map(({ id, prompt, options, page, pageTitle }) => ({ id, prompt, options, page, pageTitle })),
    })),
  };
}

/** The files' paths under the base path. */
export const FLASHCARDS_FILE = 'study/flashcards.json';
export const QUESTIONS_FILE = 'study/questions.json';

/** Items grouped by their section, sections in the order they first appear (the items come in page order). */
export function bySection<T extends { readonly section: string; readonly sectionLabel: string }>(items: readonly T[]) {
  const groups: Array<{ section: string; label: string; items: T[] }> = [];
  for (const item of items) {
    const group = groups.find((g) => g.section === item.section);
    if (group) group.items.push(item);
    else groups.push({ section: item.section, label: item.sectionLabel, items: [item] });
  }
  return groups;
}
