// @ts-check
import { fileURLToPath } from 'node:url';

import { satteri } from '@astrojs/markdown-satteri';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';

import { baseLinksPlugin } from './src/lib/base-links.mjs';
import { contentSecurityPolicy } from './src/lib/csp.mjs';
import { deployTarget } from './src/lib/deploy-target.mjs';
import { scrollableTablesPlugin } from './src/lib/scrollable-tables.mjs';
import { sidebarGroups } from './src/lib/sidebar.mjs';

const { site, base } = deployTarget(process.env);

/**
 * Pages kept out of the sitemap: test fixtures, and the printable section documents (they repeat the topic
 * pages). Neither is in the sidebar or the search index either.
 */
const notInSitemap = (/** @type {string} */ page) => page.includes('/test-fixtures/') || page.includes('/print/');

/**
 * Test-only pages, built only when SITE_TEST_FIXTURES=1 (the browser tests' build sets it, see
 * playwright.config.ts): a production build has none. Their files start with `_`, so they are not routes
 * of their own.
 */
/** @type {import('astro').AstroIntegration} */
const testFixtures = {
  name: 'test-fixtures',
  hooks: {
    'astro:config:setup': ({ injectRoute }) => {
      if (process.env['SITE_TEST_FIXTURES'] !== '1') return;
      injectRoute({ pattern: '/test-fixtures/island', entrypoint: './src/pages/test-fixtures/_island.astro' });
    },
  },
};

/** Registers `client:intent`, which hydrates a widget when the reader reaches for it (src/lib/intent-directive.ts). */
/** @type {import('astro').AstroIntegration} */
const intentDirective = {
  name: 'client-intent-directive',
  hooks: {
    'astro:config:setup': ({ addClientDirective }) =>
      addClientDirective({ name: 'intent', entrypoint: fileURLToPath(new URL('./src/lib/intent-directive.ts', import.meta.url)) }),
  },
};

export default defineConfig({
  site,
  base,
  // The browser tests build into their own folder (OUT_DIR), so a test run never overwrites dist/.
  outDir: process.env['OUT_DIR'] || './dist',
  trailingSlash: 'always',
  markdown: {
    processor: satteri({ hastPlugins: [baseLinksPlugin(base), scrollableTablesPlugin()] }),
  },
  integrations: [
    starlight({
      title: 'AWS Data Engineering for ML',
      description:
        'Study notes on data engineering for machine learning on AWS: Kinesis, S3, Glue, Athena, Redshift, EMR, Lambda and more, with calculators, flashcards and practice questions.',
      favicon: '/favicon.svg',
      lastUpdated: false,
      pagination: true,
      sidebar: sidebarGroups.map(({ label, directory }) => ({ label, items: [{ autogenerate: { directory } }] })),
      disable404Route: true,
      // The 404 page has no URL of its own: no canonical link or og:url (src/lib/route-data.ts).
      routeMiddleware: './src/lib/route-data.ts',
      components: {
        Search: './src/components/overrides/Search.astro',
        PageTitle: './src/components/overrides/PageTitle.astro',
        ThemeProvider: './src/components/overrides/ThemeProvider.astro', ThemeSelect: './src/components/overrides/ThemeSelect.astro', // work with storage blocked
      },
      customCss: ['./src/styles/site.css'],
      // Long code lines wrap instead of scrolling: nothing to reach by keyboard, nothing cut off on paper.
      expressiveCode: { defaultProps: { wrap: true, preserveIndent: true } },
      plugins: [starlightLinksValidator({ errorOnRelativeLinks: true })],
    }),
    sitemap({ filter: (page) => !notInSitemap(page) }),
    preact(),
    intentDirective,
    testFixtures,
  ],
  security: {
    // A Content-Security-Policy <meta> on every page (src/lib/csp.mjs): the site's own origin only, with the
    // inline scripts and styles of Starlight and of src/ hashed.
    csp: contentSecurityPolicy([
      fileURLToPath(new URL('./node_modules/@astrojs/starlight/', import.meta.url)),
      fileURLToPath(new URL('./src/', import.meta.url)),
    ]),
  },
});
