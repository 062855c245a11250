import type { Page } from '@playwright/test';

import { BASE_PATH, sitePath } from './support/env';
import { expect, test } from './support/test';

/**
 * Search ranks the page that owns a topic first, and its excerpts keep the boundaries between blocks. Titles and
 * headings carry Pagefind weights above its defaults (src/libs/search-weights.mjs), and the search UI ranks with
 * Starlight's ranking options (src/components/overrides/search-loader.ts).
 */

/** Pagefind's own default weights for h1, h2 and h3 (text outside a heading counts 1). */
const PAGEFIND_DEFAULT = { h1: 7, h2: 6, h3: 5 };

test.describe('search ranking', () => {
  for (const { query, owners, not } of [
    // Amazon S3 has the Lifecycle section and the retention page teaches lifecycle expiration; S3 security only
    // mentions a lifecycle rule for its access logs.
    { query: 'lifecycle', owners: ['storage/amazon-s3/', 'storage/retention-versioning-and-deletion/'], not: ['storage/s3-security/'] },
    // Amazon EMR teaches Spot on each node type; AWS Batch and the EMR tool mention it.
    { query: 'Spot', owners: ['processing/amazon-emr/'], not: ['processing/aws-batch/', 'tools/emr-node-types/'] },
  ]) {
    test(`"${query}" ranks ${owners.join(' or ')} first, above ${not.join(' and ')}`, async ({ page, search }) => {
      await page.goto(sitePath('/'));
      await search.search(query);
      await expect(search.results.first()).toHaveAttribute('href', new RegExp(`^${BASE_PATH}(${owners.join('|')})$`));
      const hrefs = await search.results.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      for (const other of not) expect(hrefs, `${other} is found too`).toContain(`${BASE_PATH}${other}`);
    });
  }

  test('the page title and the Markdown headings weigh more than Pagefind gives them by default, in the same order', async ({ page }) => {
    await page.goto(sitePath('/storage/amazon-s3/'));
    const weight = async (selector: string) => Number(await page.locator(selector).first().getAttribute('data-pagefind-weight'));
    const h1 = await weight('main h1#_top');
    const h2 = await weight('main .sl-markdown-content h2');
    const h3 = await weight('main .sl-markdown-content h3');
    expect(h1).toBeGreaterThan(PAGEFIND_DEFAULT.h1);
    expect(h2).toBeGreaterThan(PAGEFIND_DEFAULT.h2);
    expect(h3).toBeGreaterThan(PAGEFIND_DEFAULT.h3);
    expect(h1).toBeLessThanOrEqual(10); // Pagefind's maximum
    expect(h1).toBeGreaterThan(h2);
    expect(h2).toBeGreaterThan(h3);
    // Every Markdown h2 and h3 has one.
    await expect(page.locator('main .sl-markdown-content :is(h2, h3):not([data-pagefind-weight])')).toHaveCount(0);
  });
});

/** The text Pagefind indexed for the page at `path` (its `content`), read through Pagefind's own API. */
async function indexedContent(page: Page, path: string, query = 'interruption'): Promise<string> {
  return page.evaluate(
    async ([base, url, term]) => {
      const pagefind = (await import(`${base}pagefind/pagefind.js`)) as {
        search: (query: string) => Promise<{ results: Array<{ data: () => Promise<{ url: string; content: string }> }> }>;
      };
      const { results } = await pagefind.search(term);
      for (const result of results) {
        const data = await result.data();
        if (data.url === url) return data.content;
      }
      throw new Error(`${url} is not among the results`);
    },
    [BASE_PATH, `${BASE_PATH}${path}`, query] as const,
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.describe('search excerpts', () => {
  for (const path of ['processing/amazon-emr/', 'tools/emr-node-types/']) {
    test(`${path}: the EMR node explanation is indexed with its terms and descriptions apart`, async ({ page }) => {
      await page.goto(sitePath(path));
      const items = await page
        .getByTestId('role-explanation')
        .locator('dt')
        .evaluateAll((terms) =>
          terms.map((term) => ({
            term: (term.textContent ?? '').trim(),
            description: (term.nextElementSibling?.textContent ?? '').trim(),
          })),
        );
      expect(items.length).toBeGreaterThanOrEqual(4);
      const content = (await indexedContent(page, path)).replace(/\s+/g, ' ');
      items.forEach(({ term, description }, index) => {
        // "On a Spot interruption A Spot interruption of …", not "On a Spot interruptionA Spot …".
        expect(content).toContain(`${term} ${description}`);
        const next = items[index + 1];
        // "… replaces the failed one. On a Spot interruption", not "… the failed one.On a Spot interruption".
        if (next) expect(content).toMatch(new RegExp(`${escape(description)}\\.? ${escape(next.term)}`));
      });
    });
  }

  // The pages with a widget (rendered by Preact, with no whitespace between elements) and a word each contains.
  for (const [path, query] of [
    ['processing/amazon-emr/', 'HDFS'],
    ['tools/emr-node-types/', 'HDFS'],
    ['tools/s3-storage-class-picker/', 'retrieval'],
    ['storage/amazon-s3/', 'retrieval'],
    ['tools/kinesis-shard-calculator/', 'shard'],
    ['streaming/kinesis-data-streams/', 'shard'],
  ] as const) {
    test(`${path}: no two words from different blocks run together in the index`, async ({ page }) => {
      await page.goto(sitePath(path));
      // The page's words with every element boundary a word boundary, except inside the elements Pagefind treats
      // as inline (its INLINE_SELECTORS): what a reader sees as separate words.
      const pageWords = new Set(
        await page.evaluate(() => {
          const inline = new Set(
            'a abbr acronym b bdo big br button cite code dfn em i img input kbd label map object output q samp script select small span strong sub sup textarea time tt var mark'.split(
              ' ',
            ),
          );
          const parts: string[] = [];
          const walk = (node: Node) => {
            if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
            else if (node instanceof Element) {
              const block = !inline.has(node.tagName.toLowerCase());
              if (block) parts.push(' ');
              node.childNodes.forEach(walk);
              if (block) parts.push(' ');
            }
          };
          walk(document.body);
          return (
            parts
              .join('')
              .toLowerCase()
              .match(/[\p{L}\p{N}_'’-]+/gu) ?? []
          );
        }),
      );
      const indexed = (await indexedContent(page, path, query)).toLowerCase().match(/[\p{L}\p{N}_'’-]+/gu) ?? [];
      expect(indexed.length).toBeGreaterThan(100);
      expect(indexed.filter((word) => !pageWords.has(word))).toEqual([]);
    });
  }
});
