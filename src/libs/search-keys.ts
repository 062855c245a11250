/**
 * Arrow-key movement in the search dialog, as a pure function: stop 0 is the search input, stops 1..n-1 the
 * result links. Down from the last result and up from the input stay put (return undefined: nothing to do).
 */
export function nextResultIndex(current: number, count: number, step: 1 | -1): number | undefined {
  if (count <= 1) return undefined;
  if (current < 0) return step === 1 ? Math.min(1, count - 1) : undefined;
  const next = current + step;
  if (next < 0 || next >= count) return undefined;
  return next;
}
