/**
 * The sidebar each page renders (src/components/overrides/Sidebar.astro): the group that holds the current page as
 * Starlight renders it (its links, the current page marked), and every other group as its heading only, a link to
 * the group's first page in sidebar order. A page's sidebar then grows with its own section, not with the site,
 * and a reader without JavaScript still reaches every section from any page, and every page from its section.
 * A page in no group (a print document, a test fixture) gets every group as a heading link.
 *
 * Pure functions over Starlight's per-page sidebar data (`Astro.locals.starlightRoute.sidebar`), which they never
 * change: the entries they return are the same objects or new ones.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';

/** A sidebar entry as Starlight gives it to a page: a link or a group. */
export type SidebarEntry = StarlightRouteData['sidebar'][number];
/** A sidebar link. */
export type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;
/** A sidebar group. */
export type SidebarGroup = Extract<SidebarEntry, { type: 'group' }>;

/** Whether a group holds the current page, at any depth. */
export function groupHasCurrent(group: SidebarGroup): boolean {
  return group.entries.some((entry) => (entry.type === 'link' ? entry.isCurrent : groupHasCurrent(entry)));
}

/** The position among the top-level entries of the group that holds the current page; -1 when none does. */
export function currentGroupIndex(entries: readonly SidebarEntry[]): number {
  return entries.findIndex((entry) => entry.type === 'group' && groupHasCurrent(entry));
}

/** A group's first link in sidebar order (depth first, as Starlight lists them); undefined for a group without one. */
export function firstLink(group: SidebarGroup): SidebarLink | undefined {
  for (const entry of group.entries) {
    const link = entry.type === 'link' ? entry : firstLink(entry);
    if (link) return link;
  }
  return undefined;
}

/** How many groups a list of entries holds, nested ones included. */
function countGroups(entries: readonly SidebarEntry[]): number {
  return entries.reduce((count, entry) => count + (entry.type === 'group' ? 1 + countGroups(entry.entries) : 0), 0);
}

/**
 * The index Starlight's sidebar state persister gives the top-level entry at `position` when the whole tree
 * renders: its `<sl-sidebar-restore>` elements are numbered in document order, one per group (`<details>`), nested
 * groups included. Rendering only one group, the sidebar starts its numbering here, so a group's stored open or
 * closed state is the same group's on every page.
 */
export function restoreIndexOf(entries: readonly SidebarEntry[], position: number): number {
  return countGroups(entries.slice(0, Math.max(0, position)));
}

/** A group rendered as its heading only: a top-level link, labelled as the group, to the group's first page. */
function headingLink(group: SidebarGroup, first: SidebarLink): SidebarLink {
  return { type: 'link', label: group.label, href: first.href, isCurrent: false, badge: group.badge, attrs: {} };
}

/** The sidebar a page renders, and the restore index its open group starts at. */
export interface CollapsedSidebar {
  readonly entries: SidebarEntry[];
  /** The persister's index of the first group rendered (the open one), as in the whole tree (`restoreIndexOf`). */
  readonly restoreIndex: number;
}

/**
 * The page's sidebar with every group but the current one collapsed to a link to its first page. Top-level links
 * stay as they are; a group without a link (nothing to reach) is left out.
 */
export function collapseSidebar(entries: readonly SidebarEntry[]): CollapsedSidebar {
  const current = currentGroupIndex(entries);
  const collapsed = entries.flatMap((entry, position): SidebarEntry[] => {
    if (entry.type === 'link' || position === current) return [entry];
    const first = firstLink(entry);
    return first ? [headingLink(entry, first)] : [];
  });
  return { entries: collapsed, restoreIndex: current === -1 ? countGroups(entries) : restoreIndexOf(entries, current) };
}
