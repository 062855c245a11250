/**
 * The sidebar (issue 17): a page renders its own group whole and every other group as its heading, a link to that
 * group's first page (src/components/overrides/Sidebar.astro, src/libs/sidebar.ts). Checked against the content
 * folder's pages (CONTENT_PAGES, itself checked against the sitemap by site.spec.ts) and the sections' labels.
 */
import type { Locator, Page } from '@playwright/test';

import { SECTIONS } from '../../src/libs/sections';

import { axeViolations } from './support/axe';
import { BASE_PATH, sitePath } from './support/env';
import { CONTENT_PAGES } from './support/site-pages';
import { expect, test } from './support/test';

/** The sidebar's navigation landmark (Starlight's `nav.sidebar`). */
const sidebarOf = (page: Page): Locator => page.locator('nav[aria-label="Main"]');

/** The pages of a section, as paths under the base path. */
const pagesOf = (directory: string): string[] => CONTENT_PAGES.filter((path) => path.startsWith(`${BASE_PATH}${directory}/`));

/** The section a path belongs to. */
const sectionOf = (path: string) => SECTIONS.find(({ directory }) => path.startsWith(`${BASE_PATH}${directory}/`));

/** What the sidebar renders at the top level: each entry's label, and its link (a heading) or its page links (the open group). */
async function topLevel(page: Page) {
  return sidebarOf(page)
    .locator('ul.top-level > li')
    .evaluateAll((items) =>
      items.map((item) => {
        const heading = item.querySelector(':scope > a');
        const details = item.querySelector(':scope > details');
        return {
          label: (heading ?? details?.querySelector('summary'))?.textContent?.trim() ?? '',
          href: heading?.getAttribute('href') ?? null,
          links: [...(details?.querySelectorAll('a') ?? [])].map((link) => link.getAttribute('href') ?? ''),
          current: [...(details?.querySelectorAll('a[aria-current="page"]') ?? [])].map((link) => link.getAttribute('href') ?? ''),
          open: details ? (details as HTMLDetailsElement).open : null,
        };
      }),
    );
}

const TOPIC_PAGES = ['/streaming/kinesis-data-streams/', '/storage/amazon-s3/', '/review/limits-cheat-sheet/', '/start-here/how-to-use-this-site/'];

test.describe('the sidebar holds its own group and the other groups’ headings', () => {
  for (const path of TOPIC_PAGES.map(sitePath)) {
    test(`${path}: its group’s pages, and every other group as a link to the group’s first page`, async ({ page }) => {
      const own = sectionOf(path);
      expect(own, `${path} is in a section`).toBeDefined();
      await page.goto(path);
      const entries = await topLevel(page);
      // One entry per section, in the sections' order, labelled as the section.
      expect(entries.map((entry) => entry.label)).toEqual(SECTIONS.map((section) => section.label));
      for (const [index, section] of SECTIONS.entries()) {
        const entry = entries[index];
        if (section === own) {
          // The open group: exactly its section's pages (in whatever order), the page itself marked current.
          expect(entry?.href, section.label).toBeNull();
          expect(entry?.open, `${section.label} is open`).toBe(true);
          expect([...(entry?.links ?? [])].sort()).toEqual(pagesOf(section.directory));
          expect(entry?.current).toEqual([path]);
        } else {
          // A heading only: a link into its section, and no page list.
          expect(entry?.links, section.label).toEqual([]);
          expect(pagesOf(section.directory), `${section.label} links to one of its pages`).toContain(entry?.href);
        }
      }
      // Nothing else in the sidebar links to a page.
      expect(await sidebarOf(page).locator('a[href]').count()).toBe(SECTIONS.length - 1 + pagesOf(own?.directory ?? '').length);
    });
  }

  test('each heading links to its group’s first page: there, the group is open and that page is its first link', async ({ page }) => {
    await page.goto(sitePath('/streaming/kinesis-data-streams/'));
    const headings = (await topLevel(page)).filter((entry) => entry.href !== null);
    expect(headings).toHaveLength(SECTIONS.length - 1);
    for (const heading of headings) {
      await page.goto(heading.href ?? '');
      const open = (await topLevel(page)).find((entry) => entry.href === null);
      expect(open?.label, heading.href ?? '').toBe(heading.label);
      expect(open?.links[0], `${heading.label}: the heading's page is the group's first`).toBe(heading.href);
      expect(open?.current).toEqual([heading.href]);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('from the home page a reader reaches every section and every page through the sidebar', async ({ page }) => {
    test.setTimeout(120_000);
    // The home page (no sidebar: a splash page) links to the site guide, in the Start here section …
    await page.goto(sitePath('/'));
    const guide = sitePath('/start-here/how-to-use-this-site/');
    await expect(page.locator(`main a[href="${guide}"]`).first()).toBeVisible();
    // … and from there the sidebar's links alone lead everywhere.
    const seen = new Set<string>([guide]);
    const queue = [guide];
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      await page.goto(path);
      for (const href of await sidebarOf(page)
        .locator('a[href]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
        if (!seen.has(href)) {
          seen.add(href);
          queue.push(href);
        }
      }
    }
    expect([...seen].sort()).toEqual(CONTENT_PAGES.filter((path) => path !== BASE_PATH));
  });

  test('on a phone the menu opens and its headings lead to another section', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(sitePath('/storage/amazon-s3/'));
    // The menu is Starlight's sidebar pane, a popover its button opens without a script.
    const sidebar = page.locator('#starlight__sidebar');
    await expect(sidebar).toBeHidden();
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(sidebar).toBeVisible();
    await expect(sidebar.locator('a[aria-current="page"]')).toHaveAttribute('href', sitePath('/storage/amazon-s3/'));
    const streaming = sidebar.getByRole('link', { name: 'Streaming', exact: true });
    const target = await streaming.getAttribute('href');
    expect(pagesOf('streaming')).toContain(target);
    await streaming.click();
    await expect(page).toHaveURL(new RegExp(`${target ?? 'missing'}$`));
  });
});

test.describe('with JavaScript', () => {
  test('on a phone the open menu (its group, the headings, the theme picker) has no axe violations', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(sitePath('/catalog-etl/lake-formation/'));
    await page.getByRole('button', { name: 'Menu' }).click();
    const pane = page.locator('#starlight__sidebar');
    await expect(pane.getByRole('link', { name: 'Storage', exact: true })).toBeVisible();
    await expect(pane.locator('a[aria-current="page"]')).toBeVisible();
    expect(await axeViolations(page, '#starlight__sidebar')).toEqual([]);
  });

  test('keyboard: Tab moves through the headings before the group, the group and its pages, then the headings after', async ({ page }) => {
    const path = sitePath('/processing/amazon-emr/');
    await page.goto(path);
    const inSidebar = () => page.evaluate(() => document.activeElement?.closest('nav[aria-label="Main"]') !== null);
    // Tab from the top of the page until the focus enters the sidebar (the skip link and the header come first).
    let presses = 0;
    while (!(await inSidebar())) {
      await page.keyboard.press('Tab');
      presses += 1;
      expect(presses, 'the sidebar is reached by Tab').toBeLessThan(20);
    }
    const focused: string[] = [];
    while (await inSidebar()) {
      focused.push(
        await page.evaluate(() => {
          const element = document.activeElement;
          return element instanceof HTMLAnchorElement
            ? `link ${element.getAttribute('href') ?? ''}`
            : `${element?.tagName.toLowerCase() ?? ''} ${element?.textContent?.trim() ?? ''}`;
        }),
      );
      await page.keyboard.press('Tab');
      expect(focused.length, 'the focus leaves the sidebar').toBeLessThan(60);
    }
    // The open group's pages, each once, in whatever order the group lists them; every other group is its heading.
    const groupPages = new Set(pagesOf('processing').map((page) => `link ${page}`));
    const headings = new Map((await topLevel(page)).map((entry) => [entry.label, entry.href]));
    const expected = SECTIONS.flatMap((section) =>
      section.directory === 'processing'
        ? [`summary ${section.label}`, ...[...groupPages].map(() => 'a page of the group')]
        : [`link ${headings.get(section.label) ?? 'missing'}`],
    );
    expect(focused.map((entry) => (groupPages.has(entry) ? 'a page of the group' : entry))).toEqual(expected);
    expect(new Set(focused.filter((entry) => groupPages.has(entry))).size).toBe(groupPages.size);
    // After the sidebar, the focus goes on into the page's content, not back to the header.
    expect(await page.evaluate(() => document.activeElement?.closest('header') === null)).toBe(true);
  });

  test('the group’s open or closed state is kept per group across pages, as Starlight keeps it', async ({ page }) => {
    await page.goto(sitePath('/storage/amazon-s3/'));
    const sidebar = sidebarOf(page);
    const storage = sidebar.locator('details').filter({ has: page.locator('summary', { hasText: 'Storage' }) });
    await expect(storage).toHaveAttribute('open', '');
    await storage.locator('summary').click();
    await expect(storage).not.toHaveAttribute('open');
    // Another section's page: its own group is open (the closed Storage group's state is not laid on it).
    await sidebar.getByRole('link', { name: 'Streaming', exact: true }).click();
    await expect(page).toHaveURL(/\/streaming\//);
    await expect(sidebar.locator('details')).toHaveCount(1);
    await expect(sidebar.locator('details')).toHaveAttribute('open', '');
    // Back in Storage, the group is as the reader left it: closed.
    await sidebar.getByRole('link', { name: 'Storage', exact: true }).click();
    await expect(page).toHaveURL(/\/storage\//);
    await expect(sidebar.locator('details summary')).toHaveText('Storage');
    await expect(sidebar.locator('details')).not.toHaveAttribute('open');
  });
});
