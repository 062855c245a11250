/**
 * The per-page sidebar (src/libs/sidebar.ts) over hand-built sidebars: which group is current, a group's first page,
 * the persister's restore index, and what a page renders (its own group whole, every other group as a heading link).
 */
import { describe, expect, it } from 'vitest';

import {
  collapseSidebar,
  currentGroupIndex,
  firstLink,
  groupHasCurrent,
  restoreIndexOf,
  type SidebarEntry,
  type SidebarGroup,
  type SidebarLink,
} from '~/libs/sidebar';

/** A link to `/<path>/`, current when `path` is the page being rendered. */
const link = (path: string, current = ''): SidebarLink => ({
  type: 'link',
  label: path,
  href: `/${path}/`,
  isCurrent: path === current,
  badge: undefined,
  attrs: {},
});

const group = (label: string, entries: SidebarEntry[]): SidebarGroup => ({ type: 'group', label, entries, collapsed: false, badge: undefined });

/** A site of three flat sections and one with a nested group, with `current` the page being rendered. */
function site(current = ''): SidebarEntry[] {
  return [
    group('Start here', [link('start-here/how-to', current)]),
    group('Storage', [link('storage/s3', current), link('storage/efs', current), link('storage/fsx', current)]),
    group('Streaming', [group('Kinesis', [link('streaming/kds', current), link('streaming/kvs', current)]), link('streaming/msk', current)]),
    group('Review', [link('review/flashcards', current), link('review/questions', current)]),
  ];
}

/** What a rendered sidebar shows, in one line per top-level entry: `Label -> href` for a link, `[Label: a, b]` for a group. */
function outline(entries: readonly SidebarEntry[]): string[] {
  const names = (list: readonly SidebarEntry[]): string =>
    list
      .map((entry) => (entry.type === 'link' ? (entry.isCurrent ? `*${entry.label}*` : entry.label) : `[${entry.label}: ${names(entry.entries)}]`))
      .join(', ');
  return entries.map((entry) => (entry.type === 'link' ? `${entry.label} -> ${entry.href}` : `[${entry.label}: ${names(entry.entries)}]`));
}

describe('the current group', () => {
  it.each([
    { current: 'start-here/how-to', index: 0, why: '' },
    { current: 'storage/efs', index: 1, why: '' },
    { current: 'storage/fsx', index: 1, why: 'the last page of a group' },
    { current: 'streaming/kvs', index: 2, why: 'a page in a nested group' },
    { current: 'streaming/msk', index: 2, why: '' },
    { current: 'review/questions', index: 3, why: 'the last group' },
    { current: '', index: -1, why: 'a page in no group (a print document)' },
    { current: 'storage', index: -1, why: 'a path that is only a prefix of a page' },
  ])('$current is in group $index $why', ({ current, index }) => {
    expect(currentGroupIndex(site(current))).toBe(index);
  });

  it('a group holds the current page at any depth, and no other group does', () => {
    const entries = site('streaming/kvs');
    expect(entries.map((entry) => entry.type === 'group' && groupHasCurrent(entry))).toEqual([false, false, true, false]);
  });

  it('a top-level link that is the current page is not a group', () => {
    expect(currentGroupIndex([link('about', 'about'), ...site()])).toBe(-1);
  });
});

describe("a group's first page", () => {
  it.each([
    { name: 'Start here', href: '/start-here/how-to/', why: '' },
    { name: 'Storage', href: '/storage/s3/', why: '' },
    { name: 'Streaming', href: '/streaming/kds/', why: '(its first entry is a nested group: that group’s first link)' },
    { name: 'Review', href: '/review/flashcards/', why: '' },
  ])('$name: $href $why', ({ name, href }) => {
    const found = site().find((entry): entry is SidebarGroup => entry.type === 'group' && entry.label === name);
    expect(found && firstLink(found)?.href).toBe(href);
  });

  it('an empty group, or one of empty groups, has none; an empty nested group is skipped', () => {
    expect(firstLink(group('Empty', []))).toBeUndefined();
    expect(firstLink(group('Hollow', [group('Inner', [])]))).toBeUndefined();
    expect(firstLink(group('Late', [group('Inner', []), link('late/a')]))?.href).toBe('/late/a/');
  });
});

describe("the persister's restore index (Starlight numbers every group of the whole tree in document order)", () => {
  it.each([
    { position: 0, index: 0, why: '' },
    { position: 1, index: 1, why: '' },
    { position: 2, index: 2, why: '' },
    { position: 3, index: 4, why: 'Streaming and its nested Kinesis group come before' },
    { position: -1, index: 0, why: 'no position counts nothing' },
  ])('top-level entry $position starts at $index $why', ({ position, index }) => {
    expect(restoreIndexOf(site(), position)).toBe(index);
  });

  it('top-level links count for nothing', () => {
    expect(restoreIndexOf([link('a'), group('G', [link('g/a')]), link('b'), group('H', [link('h/a')])], 3)).toBe(1);
  });
});

describe('the sidebar a page renders', () => {
  it.each([
    {
      current: 'storage/efs',
      restoreIndex: 1,
      rendered: [
        'Start here -> /start-here/how-to/',
        '[Storage: storage/s3, *storage/efs*, storage/fsx]',
        'Streaming -> /streaming/kds/',
        'Review -> /review/flashcards/',
      ],
    },
    {
      current: 'streaming/kvs',
      restoreIndex: 2,
      rendered: [
        'Start here -> /start-here/how-to/',
        'Storage -> /storage/s3/',
        '[Streaming: [Kinesis: streaming/kds, *streaming/kvs*], streaming/msk]',
        'Review -> /review/flashcards/',
      ],
    },
    {
      current: 'review/flashcards',
      restoreIndex: 4,
      rendered: [
        'Start here -> /start-here/how-to/',
        'Storage -> /storage/s3/',
        'Streaming -> /streaming/kds/',
        '[Review: *review/flashcards*, review/questions]',
      ],
    },
    {
      current: '',
      restoreIndex: 5,
      rendered: ['Start here -> /start-here/how-to/', 'Storage -> /storage/s3/', 'Streaming -> /streaming/kds/', 'Review -> /review/flashcards/'],
    },
  ])('on $current: its own group whole, every other group a link to its first page', ({ current, restoreIndex, rendered }) => {
    const collapsed = collapseSidebar(site(current));
    expect(outline(collapsed.entries)).toEqual(rendered);
    expect(collapsed.restoreIndex).toBe(restoreIndex);
  });

  it('the open group is the page’s own group object, untouched; no heading link is marked current', () => {
    const entries = site('storage/s3');
    const { entries: collapsed } = collapseSidebar(entries);
    expect(collapsed[1]).toBe(entries[1]);
    expect(collapsed.filter((entry) => entry.type === 'link' && entry.isCurrent)).toEqual([]);
  });

  it('the input is left as it was', () => {
    const entries = site('storage/s3');
    const before = JSON.stringify(entries);
    collapseSidebar(entries);
    expect(JSON.stringify(entries)).toBe(before);
  });

  it('a heading link keeps the group’s badge and carries no attributes of the page it links to', () => {
    const badge = { text: 'Legacy', variant: 'caution' as const };
    const first: SidebarLink = { ...link('old/a'), attrs: { target: '_blank' } };
    const [heading] = collapseSidebar([{ ...group('Old', [first]), badge }]).entries;
    expect(heading).toEqual({ type: 'link', label: 'Old', href: '/old/a/', isCurrent: false, badge, attrs: {} });
  });

  it('top-level links stay; a group with nothing to link to is left out', () => {
    const rendered = collapseSidebar([link('about'), group('Empty', []), group('G', [link('g/a'), link('g/b')])]).entries;
    expect(outline(rendered)).toEqual(['about -> /about/', 'G -> /g/a/']);
  });

  it('the rendered sidebar does not grow with the pages of other groups', () => {
    const wide = site('storage/efs').map((entry) =>
      entry.type === 'group' && entry.label === 'Review'
        ? group('Review', [...entry.entries, ...Array.from({ length: 50 }, (_, index) => link(`review/p${String(index)}`))])
        : entry,
    );
    expect(collapseSidebar(wide).entries).toEqual(collapseSidebar(site('storage/efs')).entries);
  });
});
