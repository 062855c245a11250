/** The mock exams' words: a set's name, and the sentences that say plainly when the bank is short for a domain. */
import { describe, expect, it } from 'vitest';

import type { Mode } from '~/libs/practice/draw';
import { modeLabel, scoreLine, shortfallSentence, shortSetSentence } from '~/libs/practice/labels';
import { DEA_LIKE } from './support/practice-fixtures';

describe('labels', () => {
  it.each<{ mode: Mode; label: string }>([
    { mode: { kind: 'full' }, label: 'Full mock exam' },
    { mode: { kind: 'quick' }, label: 'Quick set' },
    { mode: { kind: 'domain', domain: 2 }, label: 'Domain 2: Stores' },
    { mode: { kind: 'domain', domain: 9 }, label: 'Domain 9' },
    { mode: { kind: 'task', task: '1.2' }, label: 'Task 1.2: Transform' },
    { mode: { kind: 'skill', skill: '1.2.3' }, label: 'Skill 1.2.3' },
    { mode: { kind: 'section', section: 'catalog-etl' }, label: 'Section: Catalog & ETL' },
    { mode: { kind: 'section', section: 'no-such-section' }, label: 'Section: no-such-section' },
    { mode: { kind: 'missed' }, label: 'Only what I got wrong' },
  ])('$label', ({ mode, label }) => {
    expect(modeLabel(DEA_LIKE, mode)).toBe(label);
  });

  it.each<{ available: number; wanted: number; sentence: string }>([
    { available: 5, wanted: 17, sentence: 'This bank has only 5 questions for Domain 2: Stores; the guide’s weight asks for 17.' },
    { available: 1, wanted: 3, sentence: 'This bank has only 1 question for Domain 2: Stores; the guide’s weight asks for 3.' },
    { available: 0, wanted: 17, sentence: 'This bank has no questions for Domain 2: Stores; the guide’s weight asks for 17.' },
  ])('a shortfall of $available for $wanted', ({ available, wanted, sentence }) => {
    expect(shortfallSentence(DEA_LIKE, { domain: 2, available, wanted })).toBe(sentence);
  });

  it('the short set said, and only when short', () => {
    expect(shortSetSentence(53, 65)).toBe('So this set has 53 questions, not 65.');
    expect(shortSetSentence(1, 10)).toBe('So this set has 1 question, not 10.');
    expect(shortSetSentence(10, 10)).toBeUndefined();
  });

  it('the score line never shows NaN', () => {
    expect(scoreLine(7, 10, 70)).toBe('7 of 10 right (70%)');
    expect(scoreLine(0, 0, undefined)).toBe('no questions scored');
  });
});
