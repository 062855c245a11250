// @ts-check
/**
 * Temporary copies of the repository for the benchmark builds, so they never touch the checkout's dist/ or caches:
 * the sources are copied, node_modules is hard-linked (`cp -al`; a symlinked node_modules breaks Astro's build).
 * Caches inside node_modules (.astro, .vite) are dropped from the copy, so every build starts cold and nothing is
 * ever written through a hard link into the checkout's own files.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

/** Top-level entries never copied: dependencies (linked separately), build output, caches, test output, history. */
const SKIP_TOP_LEVEL = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', 'playwright-report', 'bench-results']);

/** Cache folders inside node_modules that a build writes to. */
const NODE_MODULES_CACHES = ['.astro', '.vite', '.vite-temp', '.cache'];

/**
 * @typedef {object} Workspace
 * @property {string} dir
 * @property {'hardlink' | 'copy'} nodeModules how node_modules was provided
 * @property {number} setupMs
 */

/**
 * Copies `repoRoot` into a new folder under the system temp directory.
 * @param {string} repoRoot
 * @param {string} label part of the folder name
 * @returns {Workspace}
 */
export function createWorkspace(repoRoot, label) {
  const started = performance.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `aws-ml-bench-${label}-`));
  for (const entry of fs.readdirSync(repoRoot)) {
    if (SKIP_TOP_LEVEL.has(entry)) continue;
    fs.cpSync(path.join(repoRoot, entry), path.join(dir, entry), { recursive: true, verbatimSymlinks: true });
  }
  /** @type {'hardlink' | 'copy'} */
  let nodeModules = 'hardlink';
  const source = path.join(repoRoot, 'node_modules');
  const target = path.join(dir, 'node_modules');
  try {
    execFileSync('cp', ['-al', source, target], { stdio: 'pipe', timeout: 180_000 });
  } catch {
    // Different file systems (no hard links across them): a real copy, slower but equivalent.
    fs.rmSync(target, { recursive: true, force: true });
    nodeModules = 'copy';
    execFileSync('cp', ['-a', source, target], { stdio: 'pipe', timeout: 600_000 });
  }
  cleanBuildState(dir);
  return { dir, nodeModules, setupMs: performance.now() - started };
}

/**
 * Removes build output and caches from a workspace so the next build is cold.
 * @param {string} dir
 */
export function cleanBuildState(dir) {
  assertTemporary(dir);
  for (const name of ['dist', '.astro', ...NODE_MODULES_CACHES.map((cache) => path.join('node_modules', cache))]) {
    fs.rmSync(path.join(dir, name), { recursive: true, force: true });
  }
}

/**
 * Deletes a workspace (unlinking the hard links leaves the checkout's files alone).
 * @param {string} dir
 */
export function removeWorkspace(dir) {
  assertTemporary(dir);
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

/**
 * Refuses to delete anything outside the benchmark's own temp folders.
 * @param {string} dir
 */
function assertTemporary(dir) {
  const resolved = path.resolve(dir);
  if (!resolved.startsWith(path.join(os.tmpdir(), 'aws-ml-bench-'))) {
    throw new Error(`refusing to modify ${resolved}: not a benchmark workspace`);
  }
}

/**
 * Every .md/.mdx page under src/content/docs, relative to that folder.
 * @param {string} docsDir
 * @returns {string[]}
 */
function listPages(docsDir) {
  /** @type {string[]} */
  const pages = [];
  /** @param {string} relative */
  const walk = (relative) => {
    for (const entry of fs.readdirSync(path.join(docsDir, relative), { withFileTypes: true })) {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (/\.mdx?$/.test(entry.name)) pages.push(child);
    }
  };
  walk('');
  return pages.sort();
}

/**
 * Reads a YAML scalar title (plain, single- or double-quoted) well enough for the site's front matter.
 * @param {string} raw
 */
function parseTitle(raw) {
  const value = raw.trim();
  if (value.startsWith('"')) {
    try {
      return String(JSON.parse(value));
    } catch {
      return value.slice(1, -1);
    }
  }
  if (value.startsWith("'")) return value.slice(1, -1).replace(/''/g, "'");
  return value;
}

/**
 * Adds copies of the existing section pages (round robin, each in its own section as `bench-0001.mdx`, ...) until
 * the site has about `totalPages` content pages. Each copy gets a unique title; a `slug` would clash, so it is
 * dropped. The copies only ever live in the temporary workspace.
 * @param {string} workspaceDir
 * @param {number} totalPages
 * @returns {{ existing: number; generated: number; sources: number }}
 */
export function generatePages(workspaceDir, totalPages) {
  assertTemporary(workspaceDir);
  const docsDir = path.join(workspaceDir, 'src', 'content', 'docs');
  const pages = listPages(docsDir);
  // Section pages only: the home page is a splash page with a hero, not a topic page.
  const sources = pages.filter((page) => page.includes(path.sep));
  if (sources.length === 0) throw new Error(`no section pages under ${docsDir}`);
  const generated = Math.max(0, totalPages - pages.length);
  for (let i = 0; i < generated; i++) {
    const source = /** @type {string} */ (sources[i % sources.length]);
    const id = String(i + 1).padStart(4, '0');
    const text = fs.readFileSync(path.join(docsDir, source), 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    if (!match) throw new Error(`${source} has no front matter`);
    const frontMatter = /** @type {string} */ (match[1])
      .replace(/^title:(.*)$/m, (_line, title) => `title: ${JSON.stringify(`${parseTitle(String(title))} (bench ${id})`)}`)
      .replace(/^slug:.*$/m, '');
    const copy = `---\n${frontMatter}\n---${text.slice(match[0].length)}`;
    const ext = path.extname(source);
    fs.writeFileSync(path.join(docsDir, path.dirname(source), `bench-${id}${ext}`), copy);
  }
  return { existing: pages.length, generated, sources: sources.length };
}
