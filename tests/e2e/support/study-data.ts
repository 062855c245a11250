/** Shared data and helpers of the study-tool browser tests (flashcards*.spec.ts, practice-questions.spec.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';

import type { FlashcardsPage } from './page-objects/flashcards';

export const DAY = 86_400_000;
export const MINUTE = 60_000;
/** The tests fix the page's clock, so due dates are exact. */
export const T0 = Date.UTC(2025, 2, 10, 9);

export interface CardData {
  id: string;
  question: string;
  answer: string;
}
export interface DeckData {
  title: string;
  page: string;
  cards: CardData[];
}
export interface QuestionData {
  id: string;
  prompt: string;
  page: string;
  options: Array<{ text: string; correct: boolean; why: string }>;
}

export const readYaml = <T>(path: string) => parse(readFileSync(join(process.cwd(), 'src/content', path), 'utf8')) as T;
export const video = readYaml<DeckData>('decks/kinesis-video-streams.yaml');
export const cache = readYaml<DeckData>('decks/amazon-elasticache.yaml');
export const orchestration = readYaml<{ questions: QuestionData[] }>('questions/orchestration-migration.yaml');
export const [first, second] = orchestration.questions as [QuestionData, QuestionData, ...QuestionData[]];

/** Markdown to the text a reader sees: no `**`, backticks or link targets; the first line only. */
export function plain(markdown: string): string {
  const first = markdown.trim().split('\n')[0] ?? '';
  return first
    .replace(/^- /, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|`/g, '')
    .slice(0, 60);
}

export const card = (id: string) => `kinesis-video-streams/${id}`;
export const videoCard = (index: number) => video.cards[index] ?? video.cards[0]!;

/** Opens the flashcards at T0, picks the Kinesis Video Streams deck and rates its first card 4; returns the root. */
export async function rateFirstVideoCard(flashcards: FlashcardsPage) {
  await flashcards.open(T0);
  await flashcards.deck(video.title).check();
  await flashcards.rate('4 Well');
  return flashcards.root;
}

/** A valid record of a card rated once (4, Well) at T0: due a day later, so it counts as learned at T0. */
export const learnedRecord = { repetitions: 1, interval: 1, ease: 2.5, due: T0 + DAY, reviewed: T0, rating: 4 };
