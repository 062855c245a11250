// @ts-check
/**
 * Where the site is served: `site` (origin) and `base` (path prefix), read from the environment so
 * the same source builds for `/` locally and for `/<repo>/` on GitHub Pages.
 *
 * SITE_URL  e.g. https://octocat.github.io   (default http://localhost:4321)
 * BASE_PATH e.g. /aws-ml-study/ or /          (default /)
 */

const DEFAULT_SITE = 'http://localhost:4321';

/**
 * Normalises a base path to the form Astro expects: a leading and a trailing slash, no doubles.
 * @param {string | undefined} raw
 * @returns {string}
 */
export function normaliseBase(raw) {
  const trimmed = (raw ?? '').trim();
  if (trimmed === '' || trimmed === '/') return '/';
  if (/[?#\\\s]|\/\/|(^|\/)\.\.?(\/|$)/.test(trimmed)) {
    throw new Error(`BASE_PATH must be a plain path such as /my-repo/, got ${JSON.stringify(trimmed)}`);
  }
  const segments = trimmed.split('/').filter(Boolean);
  return `/${segments.join('/')}/`;
}

/**
 * @param {string | undefined} raw
 * @returns {string}
 */
export function normaliseSite(raw) {
  const value = (raw ?? '').trim() || DEFAULT_SITE;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL such as https://octocat.github.io, got ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must use http or https, got ${JSON.stringify(value)}`);
  }
  // The path part of a Pages URL belongs in BASE_PATH; keep only the origin here.
  return url.origin;
}

/**
 * @param {Record<string, string | undefined>} env
 * @returns {{ site: string; base: string }}
 */
export function deployTarget(env) {
  return { site: normaliseSite(env['SITE_URL']), base: normaliseBase(env['BASE_PATH']) };
}
