// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';

import { baseLinksPlugin } from './src/lib/base-links.mjs';
import { deployTarget } from './src/lib/deploy-target.mjs';
import { sidebarGroups } from './src/lib/sidebar.mjs';

const { site, base } = deployTarget(process.env);

/** Pages that exist only for the browser tests: never in the sitemap, the sidebar or search. */
const isFixture = (/** @type {string} */ page) => page.includes('/test-fixtures/');

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  markdown: {
    processor: satteri({ hastPlugins: [baseLinksPlugin(base)] }),
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
      components: {
        Search: './src/components/overrides/Search.astro',
        PageTitle: './src/components/overrides/PageTitle.astro',
      },
      customCss: ['./src/styles/site.css'],
      plugins: [starlightLinksValidator({ errorOnRelativeLinks: true })],
    }),
    sitemap({ filter: (page) => !isFixture(page) }),
    preact(),
  ],
});
