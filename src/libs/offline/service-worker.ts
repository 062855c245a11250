/**
 * The offline copy of the site (issue 16): a Workbox service worker generated over the built site, so every page,
 * the search index, the tools, the flashcards and the mock exams' question banks work with no network once the
 * service worker has installed. Workbox (`workbox-build`) writes the worker and its precache list; nothing here
 * caches by hand. It runs after the build (the `offline` integration in astro.config.mjs, after Starlight has
 * written the Pagefind index), and the browser tests run it again over a copy of a build to make a "new version".
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { AstroIntegration } from 'astro';
import { generateSW, type GenerateSWOptions } from 'workbox-build';

/** The worker's file name, at the root of the site (so its scope is the whole site under the base path). */
export const SERVICE_WORKER_FILE = 'sw.js';

/** What the worker precaches, with its size: written next to it for the dashboard and the budget test. */
export const OFFLINE_SUMMARY_FILE = 'offline.json';

export interface OfflineSummary {
  version: 1;
  /** Files kept offline. */
  files: number;
  /** Their total size as stored (uncompressed), in bytes. */
  bytes: number;
}

/**
 * What is kept offline: the pages (HTML), their styles, scripts, images and fonts, the study data the tools fetch
 * (JSON), the web app manifest, and Pagefind's index, fragments, filters and WebAssembly.
 */
export const OFFLINE_GLOBS = ['**/*.{html,css,js,json,svg,png,woff2,webmanifest}', 'pagefind/**/*.{pagefind,pf_meta,pf_index,pf_fragment,pf_filter}'];

/**
 * What is not: the worker itself, test-only pages, the PDF book (a download of its own, and large), the book's
 * build plan, and the Pagefind UIs this site does not use (it loads `pagefind-ui.js`: search-loader.ts).
 */
export const OFFLINE_IGNORES = [
  SERVICE_WORKER_FILE,
  'workbox-*.js',
  OFFLINE_SUMMARY_FILE,
  'test-fixtures/**',
  'book/**',
  '**/*.pdf',
  'pagefind/pagefind-component-ui.*',
  'pagefind/pagefind-modular-ui.*',
  'pagefind/pagefind-highlight.js',
];

/**
 * Workbox's options for a build in `distDir` served under `base` (`/` or `/aws-ml-study/`).
 * - Every precached URL is under the base path, and a page is found by its folder URL (`/storage/amazon-s3/`).
 * - Query strings are ignored when looking a URL up (the tools read theirs in the page; Pagefind adds `?ts=`).
 * - Files under `_astro/` have a content hash in their name, so Workbox needs no revision for them.
 * - A new version waits until the reader agrees to reload (no `skipWaiting`), but the first install takes charge
 *   of the open page at once (`clientsClaim`), so the site works offline without a reload after the first visit.
 * - A page that is not in the offline copy, asked for with no network, gets the site's 404 page.
 */
export function serviceWorkerOptions(distDir: string, base: string): GenerateSWOptions {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return {
    globDirectory: distDir,
    globPatterns: OFFLINE_GLOBS,
    globIgnores: OFFLINE_IGNORES,
    swDest: join(distDir, SERVICE_WORKER_FILE),
    modifyURLPrefix: { '': prefix },
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    dontCacheBustURLsMatching: /\/_astro\//,
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
    cacheId: 'aws-ml-study',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: false,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: `${prefix}404.html` } },
      },
    ],
  };
}

/** Writes the service worker and the offline summary into a built site; returns the summary. */
export async function writeServiceWorker(distDir: string, base: string): Promise<OfflineSummary & { warnings: string[] }> {
  const { count, size, warnings } = await generateSW(serviceWorkerOptions(distDir, base));
  const summary: OfflineSummary = { version: 1, files: count, bytes: size };
  await writeFile(join(distDir, OFFLINE_SUMMARY_FILE), `${JSON.stringify(summary)}\n`);
  return { ...summary, warnings };
}

/** The Astro integration: writes the worker after the build. List it after Starlight, whose Pagefind index it keeps. */
export function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'offline-service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { files, bytes, warnings } = await writeServiceWorker(fileURLToPath(dir), base);
        for (const warning of warnings) logger.warn(warning);
        logger.info(`${SERVICE_WORKER_FILE}: ${files} files kept offline, ${(bytes / 1024 / 1024).toFixed(1)} MB`);
      },
    },
  };
}
