import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

// Every row of the limits cheat sheet must name the AWS page that states its value (issue 11): a fourth column
// "AWS source" holding Markdown links to AWS documentation or AWS pricing/FAQ pages, or the literal text
// "No AWS source found" for a row no AWS page could confirm.

// CHEAT_SHEET_PAGE lets the test be pointed at another copy, e.g. the page before the sources were added.
const PAGE = process.env['CHEAT_SHEET_PAGE'] ?? join(process.cwd(), 'src/content/docs/review/limits-cheat-sheet.mdx');
const SOURCE_HEADER = 'AWS source';
const NO_SOURCE = 'No AWS source found';
const AWS_ORIGINS = ['https://docs.aws.amazon.com/', 'https://aws.amazon.com/'];

interface Row {
  line: number;
  cells: string[];
}

interface Table {
  line: number;
  section: string;
  header: string[];
  rows: Row[];
}

/** Splits a Markdown table line into trimmed cells; `\|` stays inside a cell. */
function splitRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

const SEPARATOR = /^\|(\s*:?-{3,}:?\s*\|)+\s*$/;

/** Finds the Markdown tables of an MDX body (outside code fences), with the `##` section each sits in. */
function parseTables(text: string): Table[] {
  const lines = text.split('\n');
  const tables: Table[] = [];
  let section = '(before any section)';
  let inFence = false;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const heading = /^##\s+(.+)$/.exec(line);
    if (heading) section = heading[1] ?? section;
    const next = lines[i + 1] ?? '';
    if (!line.trim().startsWith('|') || !SEPARATOR.test(next.trim())) continue;
    const table: Table = { line: i + 1, section, header: splitRow(line), rows: [] };
    let j = i + 2;
    while (j < lines.length && (lines[j] ?? '').trim().startsWith('|')) {
      table.rows.push({ line: j + 1, cells: splitRow(lines[j] ?? '') });
      j += 1;
    }
    tables.push(table);
    i = j - 1;
  }
  return tables;
}

const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Why a source cell is not acceptable, or undefined when it is one or more AWS links or "No AWS source found". */
function sourceProblem(cell: string | undefined): string | undefined {
  if (cell === undefined || cell === '') return 'no AWS source cell';
  if (cell === NO_SOURCE) return undefined;
  const links = [...cell.matchAll(LINK)];
  if (links.length === 0) return `not a link: "${cell}"`;
  for (const [, text, url] of links) {
    if (!text?.trim()) return `a link without text: ${url ?? ''}`;
    if (!AWS_ORIGINS.some((origin) => (url ?? '').startsWith(origin))) return `not an AWS page: ${url ?? ''}`;
  }
  // Only links and separators between them: no stray text that could hide an unsourced claim.
  const rest = cell.replace(LINK, '').replace(/[\s·,;]/g, '');
  if (rest !== '') return `text besides the links: "${cell}"`;
  return undefined;
}

/** Every problem in the page: tables without the header, and rows whose source cell is missing or not an AWS link. */
function cheatSheetProblems(text: string): string[] {
  const problems: string[] = [];
  for (const table of parseTables(text)) {
    if (table.header[3] !== SOURCE_HEADER) {
      problems.push(`line ${table.line} (${table.section}): table header has no 4th column "${SOURCE_HEADER}"`);
    }
    for (const row of table.rows) {
      const what = row.cells[0] ?? '?';
      const problem = row.cells.length < 4 ? 'no AWS source cell' : sourceProblem(row.cells[3]);
      if (problem) problems.push(`line ${row.line} (${table.section}) "${what}": ${problem}`);
    }
  }
  return problems;
}

/** Rows that say "No AWS source found" but do not mark their value (or note) as unverified. */
function unmarkedUnsourcedRows(text: string): string[] {
  return parseTables(text).flatMap((table) =>
    table.rows
      .filter((row) => row.cells[3] === NO_SOURCE && !/unverified/i.test(`${row.cells[1] ?? ''} ${row.cells[2] ?? ''}`))
      .map((row) => `line ${row.line} "${row.cells[0] ?? ''}"`),
  );
}

describe('the cheat-sheet checks themselves', () => {
  const good = [
    '## Storage',
    '',
    '| What | Value | Notes | AWS source |',
    '|---|---|---|---|',
    '| Buckets | 10,000 | Default | [S3 quotas](https://docs.aws.amazon.com/AmazonS3/latest/userguide/BucketRestrictions.html) |',
    '| Two sources | x | y | [A](https://docs.aws.amazon.com/a.html) · [B](https://aws.amazon.com/kinesis/data-streams/pricing/) |',
    '| Unsourced | 3 (unverified) |  | No AWS source found |',
    '',
  ].join('\n');

  it('accepts AWS links and "No AWS source found"', () => {
    expect(cheatSheetProblems(good)).toEqual([]);
    expect(parseTables(good)[0]?.rows).toHaveLength(3);
  });

  it.each([
    { row: '| Old | 1 | 2 |', problem: 'no AWS source cell' },
    { row: '| Empty | 1 | 2 |  |', problem: 'no AWS source cell' },
    { row: '| Plain text | 1 | 2 | S3 quotas |', problem: 'not a link' },
    { row: '| Other site | 1 | 2 | [Blog](https://example.com/s3) |', problem: 'not an AWS page' },
    { row: '| Lookalike | 1 | 2 | [S3](https://docs.aws.amazon.com.evil.example/x) |', problem: 'not an AWS page' },
    { row: '| Plain http | 1 | 2 | [S3](http://docs.aws.amazon.com/x) |', problem: 'not an AWS page' },
    { row: '| China mirror | 1 | 2 | [S3](https://docs.amazonaws.cn/x) |', problem: 'not an AWS page' },
    { row: '| Extra text | 1 | 2 | [S3](https://docs.aws.amazon.com/x) and the notes |', problem: 'text besides the links' },
    { row: '| Half marker | 1 | 2 | No AWS source |', problem: 'not a link' },
  ])('rejects $row', ({ row, problem }) => {
    const problems = cheatSheetProblems(`## S\n\n| What | Value | Notes | AWS source |\n|---|---|---|---|\n${row}\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(problem);
  });

  it('rejects a table without the "AWS source" header, naming the line and section', () => {
    const problems = cheatSheetProblems('## Query\n\n| What | Value | Notes |\n|---|---|---|\n| Limit | 1 | 2 |\n');
    expect(problems).toEqual(['line 3 (Query): table header has no 4th column "AWS source"', 'line 5 (Query) "Limit": no AWS source cell']);
  });

  it('asks an unsourced row to say its value is unverified', () => {
    const table = '| What | Value | Notes | AWS source |\n|---|---|---|---|\n';
    expect(unmarkedUnsourcedRows(`${table}| Claim | 3 |  | No AWS source found |\n`)).toEqual(['line 3 "Claim"']);
    expect(unmarkedUnsourcedRows(`${table}| Claim | 3 (unverified) |  | No AWS source found |\n`)).toEqual([]);
  });

  it('ignores tables inside code fences and keeps escaped pipes in a cell', () => {
    expect(cheatSheetProblems('```md\n| a | b |\n|---|---|\n| c | d |\n```\n')).toEqual([]);
    expect(splitRow('| a \\| b | c |')).toEqual(['a \\| b', 'c']);
  });
});

describe('limits cheat sheet', () => {
  const text = readFileSync(PAGE, 'utf8');
  const tables = parseTables(text);

  it('has tables to check', () => {
    expect(tables.length).toBeGreaterThan(10);
    expect(tables.reduce((sum, table) => sum + table.rows.length, 0)).toBeGreaterThan(100);
  });

  it('gives every table an "AWS source" column and every row an AWS source (or says none was found)', () => {
    const problems = cheatSheetProblems(text);
    expect(problems, `Rows lacking an AWS source:\n${problems.join('\n')}`).toEqual([]);
  });

  it('marks every row without an AWS source as unverified', () => {
    const unmarked = unmarkedUnsourcedRows(text);
    expect(unmarked, `Rows with "${NO_SOURCE}" whose value is not marked unverified:\n${unmarked.join('\n')}`).toEqual([]);
  });
});
