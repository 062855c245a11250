// @ts-check
/**
 * Starlight lets a wide table scroll sideways inside the page. A scrolling region must be reachable by keyboard
 * (WCAG 2.1.1), so this hast plugin for the Sätteri processor makes every Markdown table focusable. It works
 * without JavaScript, which a script that tagged only the overflowing tables would not.
 */

/** @returns {import('satteri').HastPluginEntry} */
export function scrollableTablesPlugin() {
  return {
    name: 'scrollable-tables',
    element: {
      filter: ['table'],
      /** @type {(node: import('hast').Element, ctx: import('satteri').HastVisitorContext) => void} */
      visit(node, ctx) {
        if (node.properties['tabIndex'] === undefined) ctx.setProperty(node, 'tabIndex', 0);
      },
    },
  };
}
