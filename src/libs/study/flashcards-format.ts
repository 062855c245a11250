/** Wording shared by the flashcards components: dates, counted nouns and the picked decks' summary. */

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** "3 June 2026". */
export const formatDate = (time: number) => DATE.format(new Date(time));

/** "1 card record", "2 card records". */
export const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

/** "none picked yet", "2 picked: Amazon S3, AWS Glue", "5 picked: A, B, C and 2 more". */
export function pickedSummary(titles: readonly string[]): string {
  if (titles.length === 0) return 'none picked yet';
  const shown = titles.slice(0, 3).join(', ');
  return `${titles.length} picked: ${titles.length > 3 ? `${shown} and ${titles.length - 3} more` : shown}`;
}
