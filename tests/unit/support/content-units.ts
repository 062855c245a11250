/** The text of every file under src/content, cut into "units" (a sentence, or a whole table row or list item), for the fact audit. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const CONTENT = join(process.cwd(), 'src/content');

export function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(path);
    return /\.(mdx?|ya?ml)$/.test(entry.name) ? [path] : [];
  });
}

// The keys of the deck and question schemas (src/libs/study/schema.ts): each starts a new unit of text.
export const YAML_KEY = /^\s*(?:- )?(?:answer|cards|correct|id|options|origin|page|prompt|question|questions|section|text|title|why):(?:\s+(.*))?$/;

/** A deck or question file as prose: every key's value becomes its own paragraph. */
export function yamlAsProse(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const key = YAML_KEY.exec(line);
      if (!key) return line;
      const value = (key[1] ?? '').trim();
      return /^[|>][-+]?$/.test(value) ? '' : `\n${value}\n`;
    })
    .join('\n');
}

export const files = listFiles(CONTENT).map((path) => {
  const id = relative(CONTENT, path).split(sep).join('/');
  const raw = readFileSync(path, 'utf8');
  return { id, raw, text: /\.ya?ml$/.test(id) ? yamlAsProse(raw) : raw };
});

export const STARTS_ITEM = /^\s*(?:\||[-*+] |\d+\. )/;

/**
 * Splits text into units: each table row and each list item (with its continuation lines) is one unit; other
 * paragraphs are split into sentences. Emphasis markers are dropped so "**20**" reads as "20".
 */
export function units(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    const groups: Array<{ item: boolean; lines: string[] }> = [];
    for (const line of paragraph.split('\n')) {
      const last = groups.at(-1);
      if (STARTS_ITEM.test(line) || !last) {
        groups.push({ item: STARTS_ITEM.test(line), lines: [line.trim()] });
      } else {
        last.lines.push(line.trim());
      }
    }
    for (const group of groups) {
      const joined = group.lines.join(' ').replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
      if (!joined) continue;
      if (group.item) out.push(joined);
      else out.push(...joined.split(/(?<=[.!?])\s+(?=[A-Z(`"[])/));
    }
  }
  return out;
}
