// @ts-check
/**
 * Content links are written root-absolute without the base path (`/streaming/kinesis-data-streams/`), so the
 * pages do not depend on where the site is deployed. This hast plugin for the Sätteri Markdown processor
 * prefixes the configured base to every such link at build time. It runs before starlight-links-validator,
 * which then checks the prefixed link, so a link that forgets the base cannot exist and a broken one fails the
 * build.
 */

/**
 * @param {string} href
 * @param {string} base a normalised base: `/` or `/path/`
 * @returns {string}
 */
export function withBase(href, base) {
  if (base === '/' || !href.startsWith('/') || href.startsWith('//')) return href;
  const prefix = base.slice(0, -1);
  if (href === prefix || href.startsWith(base)) return href;
  return prefix + href;
}

/**
 * @param {string} base a normalised base: `/` or `/path/`
 * @returns {import('satteri').HastPluginEntry}
 */
export function baseLinksPlugin(base) {
  return {
    name: 'base-links',
    element: {
      filter: ['a'],
      /** @type {(node: import('hast').Element, ctx: import('satteri').HastVisitorContext) => void} */
      visit(node, ctx) {
        const href = node.properties['href'];
        if (typeof href !== 'string') return;
        const next = withBase(href, base);
        if (next !== href) ctx.setProperty(node, 'href', next);
      },
    },
  };
}
