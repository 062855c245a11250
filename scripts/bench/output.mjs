// @ts-check
/**
 * Sizes of the built site, and what a page loads according to its HTML: stylesheets, module scripts, module
 * preloads, island component and renderer URLs, and the static imports of those scripts (followed recursively).
 * Islands that wait for the reader (`client:intent`) are counted apart, as code loaded on first use.
 * Dynamic imports (such as the search UI, loaded when the browser is idle) are not followed here; the browser
 * section records everything loaded up to network idle.
 */
import fs from 'node:fs';
import path from 'node:path';

import { dirSize, findFiles, gzipSize } from './lib.mjs';

/**
 * @typedef {object} SizePair
 * @property {number} files
 * @property {number} raw
 * @property {number} gzip gzip level 9, file by file
 */

/**
 * @typedef {object} StaticPageWeight
 * @property {string} page path under the base
 * @property {SizePair} html
 * @property {SizePair} css
 * @property {SizePair} js
 * @property {SizePair} total
 * @property {SizePair} onUse JS of `client:intent` islands (and their imports the page does not load already),
 *   fetched only when the reader reaches for the island; not in `total`
 * @property {string[]} missing URLs referenced by the page but absent from dist/
 */

/**
 * @typedef {object} DistSummary
 * @property {number} bytes
 * @property {number} files
 * @property {number} htmlBytes
 * @property {number} htmlFiles
 * @property {number} astroAssetsBytes the hashed bundles in _astro/
 * @property {number} pagefindBytes
 * @property {number} pagefindFiles
 * @property {number} pagefindGzipBytes
 */

/**
 * @param {string} dist
 * @returns {DistSummary}
 */
export function summariseDist(dist) {
  const total = dirSize(dist);
  const pagefind = dirSize(path.join(dist, 'pagefind'));
  let htmlBytes = 0;
  const html = findFiles(dist, '.html');
  for (const file of html) htmlBytes += fs.statSync(file).size;
  let pagefindGzipBytes = 0;
  // Pagefind's index chunks are already compressed; gzip shows what a server adds on top for the rest.
  for (const file of findFiles(path.join(dist, 'pagefind'), '')) pagefindGzipBytes += gzipSize(fs.readFileSync(file));
  return {
    bytes: total.bytes,
    files: total.files,
    htmlBytes,
    htmlFiles: html.length,
    astroAssetsBytes: dirSize(path.join(dist, '_astro')).bytes,
    pagefindBytes: pagefind.bytes,
    pagefindFiles: pagefind.files,
    pagefindGzipBytes,
  };
}

/**
 * Maps a URL path on the site to a file in dist/, or undefined when it points elsewhere.
 * @param {string} dist
 * @param {string} basePath e.g. /aws-ml-study/
 * @param {string} urlPath
 */
function fileFor(dist, basePath, urlPath) {
  const pathname = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '');
  if (!pathname.startsWith(basePath)) return undefined;
  let relative = pathname.slice(basePath.length);
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  const file = path.resolve(dist, relative);
  return file.startsWith(path.resolve(dist) + path.sep) ? file : undefined;
}

/**
 * The value of an attribute in one HTML tag.
 * @param {string} tag
 * @param {string} name
 */
function attribute(tag, name) {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  const value = match ? (match[1] ?? match[2] ?? match[3]) : undefined;
  return value?.replace(/&amp;/g, '&');
}

/**
 * Static `import ... from "x"`, `import "x"` and `export ... from "x"` specifiers of a (minified) ES module.
 * @param {string} code
 */
function staticImports(code) {
  /** @type {string[]} */
  const found = [];
  for (const match of code.matchAll(/(?:^|[^\w$.])(?:import|export)\s*(?:[^'"`();]*?\bfrom\s*)?["']([^"']+)["']/g)) {
    if (match[1]) found.push(match[1]);
  }
  return found;
}

/**
 * What one page loads according to its HTML and the static import graph of its scripts.
 * @param {string} dist
 * @param {string} basePath
 * @param {string} page path under the base, e.g. tools/kinesis-shard-calculator/
 * @returns {StaticPageWeight}
 */
export function staticPageWeight(dist, basePath, page) {
  const pageUrl = new URL(`${basePath}${page.replace(/^\//, '')}`, 'http://site.invalid');
  const htmlFile = fileFor(dist, basePath, pageUrl.pathname);
  if (!htmlFile || !fs.existsSync(htmlFile)) throw new Error(`no built page for ${pageUrl.pathname} in ${dist}`);
  const html = fs.readFileSync(htmlFile);
  const text = html.toString('utf8');
  const css = new Set(/** @type {string[]} */ ([]));
  const js = new Set(/** @type {string[]} */ ([]));
  const missing = new Set(/** @type {string[]} */ ([]));
  /** @param {string | undefined} href @param {URL} from */
  const resolve = (href, from) => (href ? new URL(href, from) : undefined);

  for (const [tag] of text.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const url = resolve(attribute(tag, 'href'), pageUrl);
    if (!url || url.origin !== pageUrl.origin) continue;
    if (rel.includes('stylesheet')) css.add(url.pathname);
    else if (rel.includes('modulepreload')) js.add(url.pathname);
  }
  for (const [tag] of text.matchAll(/<script\b[^>]*>/gi)) {
    const url = resolve(attribute(tag, 'src'), pageUrl);
    if (url && url.origin === pageUrl.origin) js.add(url.pathname);
  }
  const onUse = new Set(/** @type {string[]} */ ([]));
  for (const [tag] of text.matchAll(/<astro-island\b[^>]*>/gi)) {
    const deferred = attribute(tag, 'client') === 'intent';
    for (const name of ['component-url', 'renderer-url']) {
      const url = resolve(attribute(tag, name), pageUrl);
      if (url && url.origin === pageUrl.origin) (deferred ? onUse : js).add(url.pathname);
    }
  }
  /** Follows static imports (breadth first; the set grows while we walk it). @param {Set<string>} scripts */
  const follow = (scripts) => {
    for (const script of scripts) {
      const file = fileFor(dist, basePath, script);
      if (!file || !fs.existsSync(file)) {
        missing.add(script);
        continue;
      }
      const base = new URL(script, pageUrl);
      for (const specifier of staticImports(fs.readFileSync(file, 'utf8'))) {
        if (!/^(\.{0,2}\/)/.test(specifier)) continue; // bare specifiers do not occur in a built site
        scripts.add(new URL(specifier, base).pathname);
      }
    }
  };
  follow(js);
  follow(onUse);
  for (const script of js) onUse.delete(script);
  /** @param {Iterable<string>} urls @returns {SizePair} */
  const measure = (urls) => {
    const pair = { files: 0, raw: 0, gzip: 0 };
    for (const url of urls) {
      const file = fileFor(dist, basePath, url);
      if (!file || !fs.existsSync(file)) {
        missing.add(url);
        continue;
      }
      const data = fs.readFileSync(file);
      pair.files++;
      pair.raw += data.length;
      pair.gzip += gzipSize(data);
    }
    return pair;
  };
  const htmlPair = { files: 1, raw: html.length, gzip: gzipSize(html) };
  const cssPair = measure(css);
  const jsPair = measure(js);
  const onUsePair = measure(onUse);
  return {
    page,
    html: htmlPair,
    css: cssPair,
    js: jsPair,
    total: {
      files: htmlPair.files + cssPair.files + jsPair.files,
      raw: htmlPair.raw + cssPair.raw + jsPair.raw,
      gzip: htmlPair.gzip + cssPair.gzip + jsPair.gzip,
    },
    onUse: onUsePair,
    missing: [...missing],
  };
}

/**
 * @typedef {object} EveryPageWeight gzip bytes
 * @property {string} page
 * @property {number} total what the page references before any interaction
 * @property {number} html
 * @property {number} article the Markdown content alone
 * @property {number} onUse widget code loaded on first use
 */

/**
 * Every built page (but the 404 and test fixtures) with what it references before any interaction, heaviest first.
 * @param {string} dist
 * @param {string} basePath
 * @returns {EveryPageWeight[]}
 */
export function allPageWeights(dist, basePath) {
  return findFiles(dist, '.html')
    .map((file) => path.relative(dist, file).split(path.sep).join('/'))
    .filter((file) => file.endsWith('index.html') && !file.startsWith('test-fixtures/'))
    .map((file) => {
      const weight = staticPageWeight(dist, basePath, file.slice(0, -'index.html'.length));
      // The article: Starlight's Markdown content, from its wrapper to the page footer.
      const html = fs.readFileSync(path.join(dist, file), 'utf8');
      const article = /<div class="sl-markdown-content">[\s\S]*<\/div>\s*<footer/.exec(html)?.[0] ?? '';
      return { page: weight.page, total: weight.total.gzip, html: weight.html.gzip, article: gzipSize(article), onUse: weight.onUse.gzip };
    })
    .sort((a, b) => b.total - a.total);
}
