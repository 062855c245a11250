/**
 * Issue 14's goal, held as a ratchet: every in-scope skill of DEA-C01 and MLA-C02 taught by at least one page. The
 * skills no page teaches yet are listed here, so the list can only shrink: a page that stops teaching a skill
 * fails (the skill is untaught and not listed), and a new page that teaches a listed skill fails until the skill
 * leaves the list (the exam pages then show it taught).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { examView } from '~/libs/exams/coverage';
import { exam as examSchema } from '~/libs/exams/schema';

import { readDocsPages } from './support/content-outline';

/** The in-scope skills no page declares yet, per exam (in guide order). */
const NOT_YET_TAUGHT: Record<string, string[]> = {
  'dea-c01': [],
  'mla-c02': [],
};

const pages = readDocsPages().map((page) => ({
  id: page.id.replace(/\.mdx?$/, ''),
  title: String(page.data.title),
  skills: Array.isArray(page.data.skills) ? page.data.skills.map(String) : [],
}));

describe('the exams a learner sits today are taught skill by skill', () => {
  it.each(Object.entries(NOT_YET_TAUGHT).map(([key, untaught]) => ({ key, untaught })))(
    '$key: the untaught skills are exactly the listed ones',
    ({ key, untaught }) => {
      const data = examSchema.parse(parse(readFileSync(join(process.cwd(), 'src/content/exams', `${key}.yaml`), 'utf8')));
      const view = examView({ key, data }, pages);
      const found = view.domains.flatMap((domain) =>
        domain.tasks.flatMap((task) => task.skills.filter((skill) => skill.inSiteScope && skill.taughtBy.length === 0).map((skill) => skill.number)),
      );
      expect(found).toEqual(untaught);
    },
  );
});
