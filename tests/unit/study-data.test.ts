/**
 * The study data files, read as the build reads them: every deck and question set passes its schema, every `page`
 * and every link in the Markdown points to an existing page under src/content/docs/, and the data covers what the
 * issue asks for. The same cross-checks run in the build (`src/libs/study/catalog.ts`), against the docs collection.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { SECTION_DIRECTORIES } from '~/libs/sections';
import { deckProblems, questionSetProblems, studyDataProblems, type Entry, type Pages } from '~/libs/study/checks';
import { deck as deckSchema, questionSet as questionSetSchema, type Deck, type QuestionSet } from '~/libs/study/schema';

const ROOT = process.cwd();
const DOCS = join(ROOT, 'src/content/docs');

function listFiles(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(path, pattern);
    return pattern.test(entry.name) ? [path] : [];
  });
}

/** Page ids as the docs collection has them: `streaming/kinesis-data-streams`, `index`. */
const pageIds = listFiles(DOCS, /\.mdx?$/).map((path) =>
  relative(DOCS, path)
    .split(sep)
    .join('/')
    .replace(/\.mdx?$/, ''),
);
const pages: Pages = new Map(pageIds.map((id) => [id, undefined]));

function load(dir: string): Array<{ key: string; raw: unknown }> {
  const base = join(ROOT, 'src/content', dir);
  return listFiles(base, /\.yaml$/)
    .map((path) => relative(base, path).split(sep).join('/'))
    .sort()
    .map((name) => ({ key: name.replace(/\.yaml$/, ''), raw: parse(readFileSync(join(base, name), 'utf8')) as unknown }));
}

const deckFiles = load('decks');
const setFiles = load('questions');

describe('every deck passes the schema', () => {
  it.each(deckFiles.map((file) => [file.key, file.raw] as const))('decks/%s.yaml', (_key, raw) => {
    const result = deckSchema.safeParse(raw);
    expect(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
  });
});

describe('every question set passes the schema', () => {
  it.each(setFiles.map((file) => [file.key, file.raw] as const))('questions/%s.yaml', (_key, raw) => {
    const result = questionSetSchema.safeParse(raw);
    expect(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
  });
});

const decks: Array<Entry<Deck>> = deckFiles.flatMap(({ key, raw }) => {
  const result = deckSchema.safeParse(raw);
  return result.success ? [{ key, data: result.data }] : [];
});
const sets: Array<Entry<QuestionSet>> = setFiles.flatMap(({ key, raw }) => {
  const result = questionSetSchema.safeParse(raw);
  return result.success ? [{ key, data: result.data }] : [];
});

describe('pages and links in the data exist', () => {
  it('there are page files to check against', () => {
    expect(pageIds).toContain('streaming/kinesis-data-streams');
    expect(pageIds).toContain('index');
  });

  it.each(decks.map((deck) => [deck.key, deck] as const))('decks/%s.yaml', (_key, deck) => {
    expect(deckProblems(deck, pages)).toEqual([]);
    expect(existsSync(join(DOCS, `${deck.data.page}.mdx`))).toBe(true);
  });

  it.each(sets.map((set) => [set.key, set] as const))('questions/%s.yaml', (_key, set) => {
    expect(questionSetProblems(set, pages)).toEqual([]);
    for (const question of set.data.questions) expect(existsSync(join(DOCS, `${question.page}.mdx`)), question.id).toBe(true);
  });
});

describe('the data covers what the study tools promise', () => {
  /** Sections of reading pages (not the start page or the tools). */
  const contentSections = SECTION_DIRECTORIES.filter((dir) => dir !== 'start-here' && dir !== 'exams' && dir !== 'tools');

  it('every service page has a deck', () => {
    const servicePages = pageIds.filter((id) => contentSections.includes(id.split('/')[0] ?? '') && !id.startsWith('review/'));
    const withDeck = new Set(decks.map((deck) => deck.data.page));
    expect(servicePages.filter((id) => !withDeck.has(id))).toEqual([]);
  });

  it('every section has a question set with at least five questions', () => {
    for (const section of contentSections) {
      const questions = sets.filter((s) => s.data.section === section).flatMap((s) => s.data.questions);
      expect(questions.length, section).toBeGreaterThanOrEqual(5);
    }
  });

  it('the two Data Pipeline questions from the notes are there', () => {
    const fromNotes = sets.flatMap((set) => set.data.questions).filter((question) => question.origin === 'notes');
    expect(fromNotes.map((question) => question.page)).toEqual([
      'orchestration-migration/aws-data-pipeline',
      'orchestration-migration/aws-data-pipeline',
    ]);
  });

  it('card keys (<deck>/<card id>) are unique across the site', () => {
    const keys = decks.flatMap((deck) => deck.data.cards.map((card) => `${deck.key}/${card.id}`));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('the checks themselves', () => {
  const page = 'storage/amazon-s3';
  const known: Pages = new Map([
    [page, undefined],
    ['streaming/kinesis-data-streams', new Set(['shards'])],
  ]);
  const deck = (key: string, overrides: Partial<Deck> = {}, answer = 'An answer.'): Entry<Deck> => ({
    key,
    data: { title: 'Amazon S3', section: 'storage', page, cards: [{ id: 'c1', question: 'A question?', answer, origin: 'written' }], ...overrides },
  });

  it.each<{ name: string; entry: Entry<Deck>; problems: string[] }>([
    { name: 'a good deck', entry: deck('amazon-s3', {}, 'See [Kinesis](/streaming/kinesis-data-streams/#shards).'), problems: [] },
    {
      name: 'a page that does not exist',
      entry: deck('amazon-s4', { page: 'storage/amazon-s4' }),
      problems: ['decks/amazon-s4.yaml: page "storage/amazon-s4" does not exist (there is no src/content/docs/storage/amazon-s4.mdx)'],
    },
    {
      name: 'a file not named after its page',
      entry: deck('s3'),
      problems: ['decks/s3.yaml: a deck file is named after its page, so this one should be decks/amazon-s3.yaml'],
    },
    {
      name: 'a link to a missing page',
      entry: deck('amazon-s3', {}, 'See [x](/storage/nowhere/).'),
      problems: ['decks/amazon-s3.yaml, card c1: the link /storage/nowhere/ points to no page (there is no src/content/docs/storage/nowhere.mdx)'],
    },
    {
      name: 'a link to a missing heading',
      entry: deck('amazon-s3', {}, 'See [x](/streaming/kinesis-data-streams/#nope).'),
      problems: ['decks/amazon-s3.yaml, card c1: the link /streaming/kinesis-data-streams/#nope points to no heading "#nope" on that page'],
    },
    {
      name: 'a link the tools would show as text',
      entry: deck('amazon-s3', {}, 'See [a blog](https://example.com/s3/).'),
      problems: [
        'decks/amazon-s3.yaml, card c1: the link target "https://example.com/s3/" is neither a site path such as /streaming/kinesis-data-streams/ nor an AWS documentation page (https://docs.aws.amazon.com/… or https://aws.amazon.com/…); only those become links',
      ],
    },
    {
      name: 'an AWS documentation page is a source the tools link',
      entry: deck('amazon-s3', {}, 'Up to 5 TB ([AWS: S3 quotas](https://docs.aws.amazon.com/AmazonS3/latest/userguide/BucketRestrictions.html)).'),
      problems: [],
    },
  ])('$name', ({ entry, problems }) => {
    expect(studyDataProblems([entry], [], known)).toEqual(problems);
  });

  it('checks question pages, links in options and the set file name', () => {
    const set: Entry<QuestionSet> = {
      key: 'storage-questions',
      data: {
        title: 'Storage',
        section: 'storage',
        questions: [
          {
            id: 'q1',
            prompt: 'Which?',
            page: 'storage/glacier',
            origin: 'written',
            options: [
              { text: 'A', correct: true, why: 'See [S3](/storage/amazon-s3/).' },
              { text: 'B', correct: false, why: 'See [x](javascript:alert(1)).' },
            ],
          },
        ],
      },
    };
    expect(questionSetProblems(set, known)).toEqual([
      "questions/storage-questions.yaml: a question set file is named after its section (questions/storage.yaml) or sits in its section's folder (questions/storage/<page>.yaml)",
      'questions/storage-questions.yaml, question q1: page "storage/glacier" does not exist (there is no src/content/docs/storage/glacier.mdx)',
      'questions/storage-questions.yaml, question q1: the link target "javascript:alert(1" is neither a site path such as /streaming/kinesis-data-streams/ nor an AWS documentation page (https://docs.aws.amazon.com/… or https://aws.amazon.com/…); only those become links',
    ]);
  });

  it.each([
    {
      name: 'same id in two files of one section',
      files: [
        ['streaming', 'streaming', 'a'],
        ['streaming/msk', 'streaming', 'a'],
      ],
      problems: 1,
    },
    {
      name: 'same id in two sections',
      files: [
        ['streaming', 'streaming', 'a'],
        ['storage', 'storage', 'a'],
      ],
      problems: 0,
    },
    {
      name: 'different ids in one section',
      files: [
        ['streaming', 'streaming', 'a'],
        ['streaming/msk', 'streaming', 'b'],
      ],
      problems: 0,
    },
    { name: 'page file in the wrong section folder', files: [['storage/msk', 'streaming', 'a']], problems: 1 },
  ] as const)('a section may spread over several files: $name', ({ files, problems }) => {
    const entries: Array<Entry<QuestionSet>> = files.map(([key, section, id]) => ({
      key,
      data: {
        title: 'Set',
        section,
        questions: [{ id, prompt: 'Which?', page: `${section}/amazon-msk`, origin: 'written', options: [{ text: 'A', correct: true, why: 'A.' }] }],
      },
    }));
    const known: Pages = new Map([
      ['streaming/amazon-msk', undefined],
      ['storage/amazon-msk', undefined],
    ]);
    expect(studyDataProblems([], entries, known)).toHaveLength(problems);
  });
});
