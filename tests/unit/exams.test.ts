/**
 * The exam guides as data (`src/content/exams/*.yaml`), read as the build reads them: each passes its schema, and
 * skill numbers are unique within a guide.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { exam as examSchema, type Exam } from '~/libs/exams/schema';

const DIR = join(process.cwd(), 'src/content/exams');
const files = readdirSync(DIR)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => ({ key: name.replace(/\.yaml$/, ''), raw: parse(readFileSync(join(DIR, name), 'utf8')) as unknown }));

describe('every exam guide passes the schema', () => {
  it.each(files.map((file) => ({ key: file.key, raw: file.raw })))('exams/$key.yaml', ({ key, raw }) => {
    const result = examSchema.safeParse(raw);
    expect(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
    if (result.success) {
      const data: Exam = result.data;
      expect(data.code.toLowerCase(), 'the file is named after the exam code').toBe(key);
      const numbers = data.domains.flatMap((d) => [String(d.number), ...d.tasks.flatMap((t) => [t.number, ...t.skills.map((s) => s.number)])]);
      expect(
        numbers.filter((n, i) => numbers.indexOf(n) !== i),
        'numbers used twice',
      ).toEqual([]);
    }
  });
});
