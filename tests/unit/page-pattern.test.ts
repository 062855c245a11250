import { describe, expect, it } from 'vitest';

import { KEY_FACTS_MAX, KEY_FACTS_MIN } from '~/libs/page-schema';
import { NOT_TOPIC_SECTIONS, sectionOfPage } from '~/libs/sections';

import { readDocsPages } from './support/content-outline';
import { patternProblems } from './support/page-pattern';

const pages = readDocsPages().filter((page) => page.id !== 'index.mdx');
const isTopic = (id: string) => !NOT_TOPIC_SECTIONS.has(sectionOfPage(id)?.directory ?? '');
const topicPages = pages.filter((page) => isTopic(page.id));

const KEY = '## Key facts\n\n<KeyFacts data={frontmatter} />\n';

describe('the pattern checker', () => {
  it.each([
    {
      name: 'a page that follows the pattern',
      body: `Intro.\n\n${KEY}\n## Shards\n\nText.\n\n<History>\n\nOld.\n\n</History>\n`,
      topic: true,
      problems: [],
    },
    {
      name: 'no Key facts section',
      body: 'Intro.\n\n## Shards\n\nText.\n',
      topic: true,
      problems: ['the first section is "Shards", not "Key facts"'],
    },
    { name: 'a non-topic page needs none', body: 'Intro.\n\n## Shards\n\nText.\n', topic: false, problems: [] },
    {
      name: 'Key facts not first',
      body: `Intro.\n\n## Shards\n\n${KEY}`,
      topic: true,
      problems: ['the first section is "Shards", not "Key facts"'],
    },
    {
      name: 'more in the Key facts section',
      body: 'Intro.\n\n## Key facts\n\n<KeyFacts data={frontmatter} />\n\nA stray line.\n',
      topic: true,
      problems: ['the Key facts section holds more than <KeyFacts data={frontmatter} />'],
    },
    {
      name: 'two disclosures in one section',
      body: `${KEY}\n## A\n\n<History>\nx\n</History>\n\n<History>\ny\n</History>\n`,
      topic: true,
      problems: ['2 <History> blocks in section "A": one per section'],
    },
    {
      name: 'an old callout',
      body: `I.\n\n${KEY}\n## A\n\n<ChangedSince source="x" sourceTitle="y">\nz\n</ChangedSince>\n`,
      topic: true,
      problems: ['an old <ChangedSince> callout: fold it into <History>'],
    },
    {
      name: 'the notes named in the teaching text',
      body: `I.\n\n${KEY}\n## A\n\nThe notes give this formula.\n`,
      topic: true,
      problems: ['"The notes" outside <History>: teach the current fact; history goes in the disclosure'],
    },
    {
      name: 'the notes named inside History only',
      body: `I.\n\n${KEY}\n## A\n\nA formula.\n\n<History>\n\nThe notes divided by 1000.\n\n</History>\n`,
      topic: true,
      problems: [],
    },
    {
      name: 'a code block is not text',
      body: `I.\n\n${KEY}\n## A\n\n\`\`\`text\n## not a heading, the notes\n\`\`\`\n`,
      topic: true,
      problems: [],
    },
  ])('$name', ({ body, topic, problems }) => {
    expect(patternProblems(body, topic)).toEqual(problems);
  });
});

describe('every page follows the learning-page pattern', () => {
  it('there are topic pages', () => {
    expect(topicPages.length).toBeGreaterThan(30);
  });

  // The site guide may say where the material comes from; every other page teaches the current facts.
  it.each(pages.filter((page) => !page.id.startsWith('start-here/')).map((page) => ({ id: page.id, page })))('$id', ({ id, page }) => {
    expect(patternProblems(page.body, isTopic(id))).toEqual([]);
  });

  it.each(topicPages.map((page) => ({ id: page.id, page })))(
    `$id has ${KEY_FACTS_MIN} to ${KEY_FACTS_MAX} key facts with AWS sources`,
    ({ page }) => {
      const facts = page.data['keyFacts'];
      expect(Array.isArray(facts), 'keyFacts in the frontmatter').toBe(true);
      const list = facts as Array<{ source?: unknown }>;
      expect(list.length).toBeGreaterThanOrEqual(KEY_FACTS_MIN);
      expect(list.length).toBeLessThanOrEqual(KEY_FACTS_MAX);
      for (const fact of list) expect(String(fact.source)).toMatch(/^https:\/\/(docs\.)?aws\.amazon\.com\//);
      expect(page.data['choose'], 'choose: when / notWhen cues').toBeDefined();
    },
  );
});
