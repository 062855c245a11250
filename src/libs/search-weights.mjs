// @ts-check
/**
 * Search weights (Pagefind's `data-pagefind-weight`, 0 to 10; unweighted text counts 1). A page that owns a topic
 * names it in its title or a heading, so titles and headings count for more than Pagefind's own defaults
 * (h1 7, h2 6, h3 5), in the same order. The page title (h1) is rendered by src/components/overrides/PageTitle.astro;
 * the Markdown headings get theirs from the hast plugin below.
 */
export const SEARCH_WEIGHTS = /** @type {const} */ ({ h1: 10, h2: 8, h3: 6 });

/** @returns {import('satteri').HastPluginEntry} */
export function searchWeightsPlugin() {
  return {
    name: 'search-weights',
    element: {
      filter: ['h2', 'h3'],
      /** @type {(node: import('hast').Element, ctx: import('satteri').HastVisitorContext) => void} */
      visit(node, ctx) {
        const tag = /** @type {'h2' | 'h3'} */ (node.tagName);
        if (node.properties['dataPagefindWeight'] === undefined) ctx.setProperty(node, 'dataPagefindWeight', String(SEARCH_WEIGHTS[tag]));
      },
    },
  };
}
