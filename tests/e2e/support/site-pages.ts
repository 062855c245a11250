import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { BASE_PATH, sitePath } from './env';
import { cramSheetPaths, sectionPrintPaths } from './sitemap';

/**
 * The site's pages, known when Playwright collects the tests (it collects synchronously, before the test server
 * runs), so each site-wide check is one test per page: they spread over the workers and a failure names its page.
 * The list is read from the content folder; `site.spec.ts` checks it against the built sitemap, so a page the
 * build adds or drops cannot slip past the checks.
 */

const CONTENT = join(process.cwd(), 'src/content/docs');

/** Every content page's path on the test server (base path included), as the sitemap lists them. */
export const CONTENT_PAGES: readonly string[] = readdirSync(CONTENT, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.mdx?$/.test(file))
  .map((file) =>
    file
      .replace(/\\/g, '/')
      .replace(/\.mdx?$/, '')
      .replace(/(^|\/)index$/, ''),
  )
  .map((slug) => (slug === '' ? BASE_PATH : `${BASE_PATH}${slug}/`))
  .sort();

/** The printable section documents and the cram sheets (not in the sitemap). */
export const PRINT_PAGES: readonly string[] = [...sectionPrintPaths(), ...cramSheetPaths()];

/** An address with no page: the 404 page, served with status 404. */
export const NOT_FOUND_PAGE = sitePath('/no-such-page/');
