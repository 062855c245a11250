/**
 * The learning-page pattern (issue 13) as a checker over an MDX page's body, so the tests can run it over every page
 * and over hand-written examples:
 * - a topic page's first section is `## Key facts` holding `<KeyFacts data={frontmatter} />` and nothing else;
 * - what older study material said lives only in `<History>` disclosures, at most one per `##` section, and the
 *   teaching text outside them never leans on "the notes" or "older material";
 * - the old callouts (`<ChangedSince>`, `<OlderMaterial>`) are gone.
 */

/** The body with fenced code blocks blanked out (their text never counts). */
function withoutCode(body: string): string {
  return body.replace(/^(\s*)(```|~~~)[\s\S]*?^\s*\2/gm, '');
}

/** The body split at its `##` headings: the introduction first, then one part per section with its heading. */
export function sections(body: string): Array<{ heading: string | undefined; text: string }> {
  const parts: Array<{ heading: string | undefined; text: string }> = [{ heading: undefined, text: '' }];
  for (const line of withoutCode(body).split(/\r?\n/)) {
    const heading = /^##\s+(.+?)\s*$/.exec(line);
    if (heading) parts.push({ heading: heading[1], text: '' });
    else {
      const last = parts.at(-1);
      if (last) last.text += `${line}\n`;
    }
  }
  return parts;
}

/** The body with every `<History>…</History>` block removed. */
export function outsideHistory(body: string): string {
  return withoutCode(body).replace(/<History\b[^>]*>[\s\S]*?<\/History>/g, '');
}

const HISTORY_WORDS = /\b(?:the|these|our|one of the|other) notes\b|\bnotes'|\bolder (?:study )?material\b/i;

/** Problems with the pattern on one page; `topic` pages must also open with Key facts. */
export function patternProblems(body: string, topic: boolean): string[] {
  const problems: string[] = [];
  const parts = sections(body);
  if (topic) {
    const first = parts[1];
    if (first?.heading !== 'Key facts') problems.push(`the first section is "${first?.heading ?? '(none)'}", not "Key facts"`);
    else if (first.text.trim() !== '<KeyFacts data={frontmatter} />')
      problems.push('the Key facts section holds more than <KeyFacts data={frontmatter} />');
    if (parts.filter((part) => part.heading === 'Key facts').length > 1) problems.push('more than one Key facts section');
  }
  for (const part of parts) {
    const count = part.text.match(/<History\b/g)?.length ?? 0;
    if (count > 1) problems.push(`${count} <History> blocks in section "${part.heading ?? '(introduction)'}": one per section`);
  }
  const old = /<(ChangedSince|OlderMaterial)\b/.exec(body);
  if (old) problems.push(`an old <${old[1]}> callout: fold it into <History>`);
  const word = HISTORY_WORDS.exec(outsideHistory(body));
  if (word) problems.push(`"${word[0]}" outside <History>: teach the current fact; history goes in the disclosure`);
  return problems;
}
