/**
 * A site path a link may point to: `/`, `/section/page/`, with an optional `#fragment`. On its own module so the
 * script every topic page runs (continue.ts, for "continue where you left off") does not pull in the study tools'
 * Markdown parser with it.
 */
export const SITE_PATH = /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*(?:#[a-z0-9]+(?:-[a-z0-9]+)*)?$/;

/**
 * An AWS documentation page a study text may cite as its source: https on docs.aws.amazon.com or aws.amazon.com only,
 * with no quote, bracket, parenthesis, space or backslash in it (so it can never close the Markdown link or leave
 * the attribute).
 */
export const AWS_SOURCE_URL = /^https:\/\/(?:docs\.aws\.amazon\.com|aws\.amazon\.com)\/[A-Za-z0-9\-._~/#%?=&+:,;@!*$]*$/;
