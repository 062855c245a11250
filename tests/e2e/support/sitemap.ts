import type { APIRequestContext } from '@playwright/test';

import { BASE_PATH, ORIGIN, sitePath } from './env';
import { cramSections, cramSheetPath, printableSections, sectionPrintPath } from '../../../src/libs/sections';

/** Every page URL in the build's sitemap, as paths on the test server (the base path included). */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const index = await (await request.get(sitePath('/sitemap-index.xml'))).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
  const pages: string[] = [];
  for (const sitemap of sitemaps) {
    const xml = await (await request.get(new URL(sitemap).pathname)).text();
    pages.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '', ORIGIN).pathname));
  }
  return pages;
}

/** The printable section documents, which are deliberately not in the sitemap. */
export function sectionPrintPaths(): string[] {
  return printableSections().map((section) => `${BASE_PATH}${sectionPrintPath(section)}`);
}

/** The cram sheets, the whole site's and each printable section's (not in the sitemap either). */
export function cramSheetPaths(): string[] {
  return [cramSheetPath(), ...cramSections().map((section) => cramSheetPath(section))].map((path) => `${BASE_PATH}${path}`);
}
