import { describe, expect, it } from 'vitest';

import { dueCount, dueText, lastVisit, parseLastVisit } from '~/libs/continue';
import { emptyStore, type Store } from '~/libs/study/store';

const NOW = Date.UTC(2026, 10, 29, 9);
const DAY = 86_400_000;

describe('the last visit a topic page records', () => {
  it.each([
    { name: 'a topic page', path: '/streaming/kinesis-data-streams/', title: ' Amazon Kinesis Data Streams ', ok: true },
    { name: 'the home page is not worth continuing from', path: '/', title: 'Home', ok: false },
    { name: 'a path with a query', path: '/streaming/x/?q=1', title: 'X', ok: false },
    { name: 'another origin', path: '//evil.example/', title: 'X', ok: false },
    { name: 'a javascript: URL', path: 'javascript:alert(1)', title: 'X', ok: false },
    { name: 'an empty title', path: '/storage/amazon-s3/', title: '   ', ok: false },
    { name: 'a title with a control character', path: '/storage/amazon-s3/', title: 'S3\u0000', ok: false },
    { name: 'a 201-character title', path: '/storage/amazon-s3/', title: 'x'.repeat(201), ok: false },
  ])('$name', ({ path, title, ok }) => {
    const visit = lastVisit(path, title, NOW);
    expect(visit === undefined).toBe(!ok);
    if (visit) expect(visit).toEqual({ version: 1, path, title: title.trim(), at: NOW });
  });
});

describe('reading it back never shows anything invalid', () => {
  const good = { version: 1, path: '/storage/amazon-s3/', title: 'Amazon S3', at: NOW };
  it.each([
    { name: 'what was written', raw: JSON.stringify(good), expected: good },
    { name: 'nothing stored', raw: null, expected: undefined },
    { name: 'not JSON', raw: '{version:1', expected: undefined },
    { name: 'JSON null', raw: 'null', expected: undefined },
    { name: 'another version', raw: JSON.stringify({ ...good, version: 2 }), expected: undefined },
    { name: 'a path to another origin', raw: JSON.stringify({ ...good, path: 'https://evil.example/' }), expected: undefined },
    {
      name: 'markup as the title is kept as text, not refused',
      raw: JSON.stringify({ ...good, title: '<img src=x>' }),
      expected: { ...good, title: '<img src=x>' },
    },
    { name: 'a title that is not a string', raw: JSON.stringify({ ...good, title: 5 }), expected: undefined },
    { name: 'a time that is not a number', raw: JSON.stringify({ ...good, at: '2026' }), expected: undefined },
  ])('$name', ({ raw, expected }) => {
    expect(parseLastVisit(raw)).toEqual(expected);
  });
});

describe('flashcards due', () => {
  const card = (due: number) => ({ repetitions: 1, interval: 1, ease: 2.5, due, reviewed: NOW - DAY, rating: 4 as const });
  const store = (dues: number[]): Store => ({
    ...emptyStore(),
    cards: Object.fromEntries(dues.map((due, index) => [`amazon-s3/card-${index}`, card(due)])),
  });
  it.each([
    { name: 'nothing rated yet says nothing', dues: [], count: 0, text: undefined },
    { name: 'none due', dues: [NOW + DAY, NOW + 2 * DAY], count: 0, text: 'No flashcards due: you are up to date.' },
    { name: 'one due now (due exactly now counts)', dues: [NOW, NOW + DAY], count: 1, text: '1 flashcard is due for review.' },
    { name: 'three overdue', dues: [NOW - DAY, NOW - 1, NOW - 5 * DAY, NOW + 1], count: 3, text: '3 flashcards are due for review.' },
  ])('$name', ({ dues, count, text }) => {
    expect(dueCount(store(dues), NOW)).toBe(count);
    expect(dueText(store(dues), NOW)).toBe(text);
  });
});
