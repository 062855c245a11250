import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

import { exam } from './libs/exams/schema';
import { pageFrontmatter } from './libs/page-schema';
import { deck, questionSet } from './libs/study/schema';

export const collections = {
  /** The exam guides (DEA-C01, MLA-C02 and the older ones): domains, tasks and skills in AWS's wording. */
  exams: defineCollection({ loader: glob({ pattern: '*.yaml', base: './src/content/exams' }), schema: exam }),
  /** The pages: Starlight's frontmatter plus key facts and choice cues (src/libs/page-schema.ts). */
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: pageFrontmatter }) }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  /** Flashcard decks, one per service page; validated against the schema at build. */
  decks: defineCollection({ loader: glob({ pattern: '*.yaml', base: './src/content/decks' }), schema: deck }),
  /**
   * Practice questions: one set per section, in `<section>.yaml` and optionally `<section>/<page>.yaml` (merged per
   * section); validated against the schema at build.
   */
  questions: defineCollection({ loader: glob({ pattern: '**/*.yaml', base: './src/content/questions' }), schema: questionSet }),
};
