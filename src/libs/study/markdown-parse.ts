/**
 * A tiny Markdown reader for the study data (pure, no DOM): the subset the schema allows, turned into a token tree
 * that a Preact component maps to JSX. Nothing here produces HTML, so text can never become markup.
 *
 * - Blocks are separated by blank lines. A line starting with `- ` starts a list item; other lines continue the
 *   paragraph or the list item before them (joined with a space). A list may follow a paragraph line directly.
 * - Inline: `code` (taken literally), **bold** (may hold code and links), [text](/section/page/) links.
 * - A link becomes a link only when its target is a root-absolute site path such as `/streaming/kinesis-data-streams/`
 *   (lower-case words, a trailing slash, an optional `#fragment`); the base path is put in front. Anything else —
 *   `javascript:`, `data:`, `//host`, `http(s):`, relative paths — stays literal text, and is reported by the data
 *   checks at build.
 * - Unmatched `**` and backticks stay literal text.
 */
import { withBase } from '../base-links.mjs';
import { AWS_SOURCE_URL, SITE_PATH } from '../site-path';

export type Inline =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'code'; readonly text: string }
  | { readonly type: 'strong'; readonly children: readonly Inline[] }
  /** `path` is the link as written (for the build checks), `href` the same with the base path. */
  | { readonly type: 'link'; readonly path: string; readonly href: string; readonly children: readonly Inline[] };

export type Block =
  { readonly type: 'paragraph'; readonly children: readonly Inline[] } | { readonly type: 'list'; readonly items: ReadonlyArray<readonly Inline[]> };

export { SITE_PATH };

const LINK = /^\[([^[\]\n]+)\]\(([^()\s]*)\)/;
const LIST_ITEM = /^ {0,3}- (.*)$/;

/** The docs page id a site path points to (`/streaming/x/#y` -> `streaming/x`, `/` -> `index`). */
export function pageIdOfPath(path: string): string {
  const bare = path.replace(/#.*$/, '').replace(/^\/+|\/+$/g, '');
  return bare === '' ? 'index' : bare;
}

/** The `#fragment` of a site path without the `#`, if any. */
export function fragmentOfPath(path: string): string | undefined {
  const index = path.indexOf('#');
  return index === -1 ? undefined : path.slice(index + 1);
}

function pushText(out: Inline[], text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = { type: 'text', text: last.text + text };
  else out.push({ type: 'text', text });
}

/** Inline tokens of one line of text. `inLink`: links inside link text stay literal; `inStrong`: no nested bold. */
export function parseInline(text: string, base: string, context: { inLink?: boolean; inStrong?: boolean } = {}): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  const flush = () => {
    pushText(out, plain);
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '`') {
      const close = text.indexOf('`', i + 1);
      if (close > i + 1) {
        flush();
        out.push({ type: 'code', text: text.slice(i + 1, close) });
        i = close + 1;
        continue;
      }
    } else if (char === '*' && text[i + 1] === '*' && !context.inStrong) {
      const close = text.indexOf('**', i + 2);
      if (close > i + 2) {
        flush();
        out.push({ type: 'strong', children: parseInline(text.slice(i + 2, close), base, { ...context, inStrong: true }) });
        i = close + 2;
        continue;
      }
    } else if (char === '[' && !context.inLink) {
      const match = LINK.exec(text.slice(i));
      if (match) {
        const [whole, label = '', path = ''] = match;
        if (SITE_PATH.test(path)) {
          flush();
          out.push({ type: 'link', path, href: withBase(path, base), children: parseInline(label, base, { ...context, inLink: true }) });
        } else if (AWS_SOURCE_URL.test(path)) {
          // An AWS documentation page cited as the source of a fact: linked as written.
          flush();
          out.push({ type: 'link', path, href: path, children: parseInline(label, base, { ...context, inLink: true }) });
        } else {
          plain += whole; // not a link we make: the reader sees exactly what was written
        }
        i += whole.length;
        continue;
      }
    }
    plain += char;
    i += 1;
  }
  flush();
  return out;
}

/** The blocks of a Markdown text. `base` is the site's base path (`/` or `/sub/path/`). */
export function parseMarkdown(source: string, base: string): Block[] {
  const blocks: Block[] = [];
  const chunks = source
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '');
  for (const chunk of chunks) {
    let paragraph: string[] = [];
    let items: string[] = [];
    let continuesList = blocks[blocks.length - 1]?.type === 'list' && LIST_ITEM.test(chunk.split('\n')[0] ?? '');
    const endParagraph = () => {
      if (paragraph.length > 0) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' '), base) });
      paragraph = [];
    };
    const endList = () => {
      if (items.length === 0) return;
      const parsed = items.map((item) => parseInline(item, base));
      const previous = blocks[blocks.length - 1];
      if (continuesList && previous?.type === 'list') blocks[blocks.length - 1] = { type: 'list', items: [...previous.items, ...parsed] };
      else blocks.push({ type: 'list', items: parsed });
      continuesList = false;
      items = [];
    };
    for (const rawLine of chunk.split('\n')) {
      const item = LIST_ITEM.exec(rawLine);
      const line = rawLine.trim();
      if (item) {
        endParagraph();
        items.push((item[1] ?? '').trim());
      } else if (items.length > 0) {
        items[items.length - 1] = `${items[items.length - 1] ?? ''} ${line}`.trim();
      } else {
        paragraph.push(line);
      }
    }
    endParagraph();
    endList();
  }
  return blocks;
}

/**
 * Everything written as a link target in a Markdown text (what follows `](` up to the first `)`), for the build
 * checks: broader than what becomes a link, so a target that would be shown as plain text (`javascript:…`, a URL
 * with spaces or a title) is reported instead of passing silently.
 */
export function linkTargets(source: string): string[] {
  return [...source.matchAll(/\[[^[\]\n]*\]\(([^)\n]*)\)?/g)].map((match) => match[1] ?? '');
}

/** The plain text of inline tokens (for labels and tests). */
export function inlineText(tokens: readonly Inline[]): string {
  return tokens.map((token) => ('children' in token ? inlineText(token.children) : token.text)).join('');
}
