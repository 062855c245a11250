// @ts-check
/**
 * The Content-Security-Policy (Astro's `security.csp`). Astro hashes the scripts and styles it bundles and
 * inlines itself; it does not hash `<script is:inline>` or `<style is:inline>`, which it copies into the page
 * verbatim. Starlight has several (the theme script, the theme picker, the sidebar state), and so may this
 * project's own components. This module finds every such element in the `.astro` files of Starlight and of
 * `src/`, and hashes its text exactly as it will appear in the page, so a new inline script is allowed by
 * being written, not by remembering to add a hash. The browser tests (tests/e2e/csp.spec.ts) check every page's
 * inline scripts and styles against its policy and fail on any violation.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const INLINE_SCRIPT = /<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/style>/g;

/**
 * The CSP source of a text's SHA-256 hash, as `sha256-<base64>`.
 * @param {string} text
 * @returns {`sha256-${string}`}
 */
export function sha256Source(text) {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * Every `.astro` file under the given folders.
 * @param {string[]} folders
 * @returns {string[]}
 */
function astroFiles(folders) {
  return folders.flatMap((folder) => {
    if (!existsSync(folder)) throw new Error(`CSP: cannot find ${folder} to hash its inline scripts`);
    return readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.astro'))
      .map((file) => join(folder, file));
  });
}

/**
 * Hashes of the inline scripts and styles in Astro component sources. A script or style that takes
 * `define:vars` is rewritten by Astro, so its source text is not what the page carries: refuse it.
 * @param {string[]} sources the text of each `.astro` file
 * @returns {{ scripts: `sha256-${string}`[], styles: `sha256-${string}`[] }}
 */
export function inlineHashes(sources) {
  /** @type {Set<`sha256-${string}`>} */
  const scripts = new Set();
  /** @type {Set<`sha256-${string}`>} */
  const styles = new Set();
  for (const source of sources) {
    for (const [pattern, into] of /** @type {const} */ ([
      [INLINE_SCRIPT, scripts],
      [INLINE_STYLE, styles],
    ])) {
      for (const match of source.matchAll(pattern)) {
        if (match[0].slice(0, match[0].indexOf('>')).includes('define:vars')) {
          throw new Error('CSP: an is:inline element with define:vars cannot be hashed from its source');
        }
        into.add(sha256Source(match[1] ?? ''));
      }
    }
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}

/** @typedef {Exclude<NonNullable<NonNullable<import('astro').AstroUserConfig['security']>['csp']>, boolean>} CspConfig */

/**
 * Astro's `security.csp` for this site: only its own origin, Pagefind's WebAssembly, and the inline scripts
 * and styles of the given component folders.
 * @param {string[]} componentFolders folders whose `.astro` files may hold `is:inline` scripts or styles
 * @returns {CspConfig}
 */
export function contentSecurityPolicy(componentFolders) {
  const { scripts, styles } = inlineHashes(astroFiles(componentFolders).map((file) => readFileSync(file, 'utf8')));
  return {
    algorithm: 'SHA-256',
    directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    scriptDirective: {
      // 'self' covers Pagefind's scripts, its dynamic imports and its web worker. Pagefind compiles its WebAssembly
      // in that worker and, where a worker cannot start, in the page: 'wasm-unsafe-eval' allows only that.
      resources: ["'self'", "'wasm-unsafe-eval'"],
      hashes: scripts,
    },
    styleDirective: {
      // Starlight sets sizes and depths in style attributes (icons, tables of contents): allowed, while
      // <style> and <link> elements stay limited to the site and the hashed inline styles.
      resources: [
        { resource: "'self'", kind: 'element' },
        { resource: "'unsafe-inline'", kind: 'attribute' },
      ],
      hashes: styles,
    },
  };
}
