/**
 * A site path a link may point to: `/`, `/section/page/`, with an optional `#fragment`. On its own module so the
 * script every topic page runs (continue.ts, for "continue where you left off") does not pull in the study tools'
 * Markdown parser with it.
 */
export const SITE_PATH = /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*(?:#[a-z0-9]+(?:-[a-z0-9]+)*)?$/;
