import { sidebarGroups } from './sidebar.mjs';

/** The sidebar section a page belongs to, from its content id or URL path (`streaming/kinesis-data-streams`). */
export function sectionOfPath(path: string): string | undefined {
  const directory = path.replace(/^\/+/, '').split('/')[0];
  return sidebarGroups.find((group) => group.directory === directory)?.label;
}

/** The section of a site URL, with the base path removed first. */
export function sectionOfUrl(url: string, base: string): string | undefined {
  const path = url.startsWith(base) ? url.slice(base.length) : url;
  return sectionOfPath(path);
}
