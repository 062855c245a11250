/**
 * Readers for the JSON files the islands load (`study/flashcards.json`, `study/questions.json`), pure and total:
 * the files come from this build, but whatever arrives (a stale cache, an error page) gives either the data or
 * undefined, never an exception.
 */
export interface CardText {
  readonly question: string;
  readonly answer: string;
}

export interface OptionText {
  readonly text: string;
  readonly correct: boolean;
  readonly why: string;
}

export interface QuestionText {
  readonly id: string;
  readonly prompt: string;
  readonly options: readonly OptionText[];
  readonly page: string;
  readonly pageTitle: string;
  /** Indexes of the correct options: one, or several for a multiple-response question ("(Select TWO.)"). */
  readonly correct: readonly number[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';

/** Card texts by deck, then by card id. */
export function readFlashcardsFile(value: unknown): Map<string, Map<string, CardText>> | undefined {
  if (!isRecord(value) || !Array.isArray(value['decks'])) return undefined;
  const decks = new Map<string, Map<string, CardText>>();
  for (const deck of value['decks'] as unknown[]) {
    if (!isRecord(deck) || !isString(deck['key']) || !Array.isArray(deck['cards'])) return undefined;
    const cards = new Map<string, CardText>();
    for (const card of deck['cards'] as unknown[]) {
      if (!isRecord(card) || !isString(card['id']) || !isString(card['question']) || !isString(card['answer'])) return undefined;
      cards.set(card['id'], { question: card['question'], answer: card['answer'] });
    }
    decks.set(deck['key'], cards);
  }
  return decks;
}

function readOption(value: unknown): OptionText | undefined {
  if (!isRecord(value) || !isString(value['text']) || typeof value['correct'] !== 'boolean' || !isString(value['why'])) return undefined;
  return { text: value['text'], correct: value['correct'], why: value['why'] };
}

function readQuestion(value: unknown): QuestionText | undefined {
  if (!isRecord(value) || !isString(value['id']) || !isString(value['prompt']) || !isString(value['page']) || !isString(value['pageTitle']))
    return undefined;
  if (!Array.isArray(value['options'])) return undefined;
  const options = (value['options'] as unknown[]).map(readOption);
  if (options.length < 2 || options.some((option) => option === undefined)) return undefined;
  const valid = options as OptionText[];
  const correct = valid.flatMap((option, index) => (option.correct ? [index] : []));
  if (correct.length === 0 || correct.length === valid.length) return undefined;
  return { id: value['id'], prompt: value['prompt'], options: valid, page: value['page'], pageTitle: value['pageTitle'], correct };
}

/** Questions by section, in the file's order. */
export function readQuestionsFile(value: unknown): Map<string, QuestionText[]> | undefined {
  if (!isRecord(value) || !Array.isArray(value['sets'])) return undefined;
  const sets = new Map<string, QuestionText[]>();
  for (const set of value['sets'] as unknown[]) {
    if (!isRecord(set) || !isString(set['section']) || !Array.isArray(set['questions'])) return undefined;
    const questions = (set['questions'] as unknown[]).map(readQuestion);
    if (questions.some((question) => question === undefined)) return undefined;
    sets.set(set['section'], questions as QuestionText[]);
  }
  return sets;
}
