/**
 * Element ids unique within one rendered page. Astro renders a component once per use, with no id helper of
 * its own; `Astro.locals` is one object per page request, so a counter keyed by it numbers the uses on that
 * page (1, 2, 3…), the same in every build.
 */
const counters = new WeakMap<object, Map<string, number>>();

export function pageUniqueId(locals: object, prefix: string): string {
  const perPage = counters.get(locals) ?? new Map<string, number>();
  counters.set(locals, perPage);
  const next = (perPage.get(prefix) ?? 0) + 1;
  perPage.set(prefix, next);
  return `${prefix}-${next}`;
}
