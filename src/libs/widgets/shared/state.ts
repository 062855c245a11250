/**
 * Widget state as pure transitions (no DOM): what the form holds, which URL parameters were ignored, and
 * how a change to one field produces the next state. The Preact hook in `useWidgetState.ts` only wires these
 * to `window.location` and `history`.
 */

/** What every widget model provides to the shared state logic. */
export interface WidgetModel<I extends object> {
  readonly DEFAULTS: I;
  fromSearchParams(params: URLSearchParams): { inputs: I; notes: string[] };
  toSearchParams(inputs: I): URLSearchParams;
}

export interface WidgetState<I extends object> {
  readonly inputs: I;
  /** Notes about URL parameters that were ignored (shown as text, never as HTML). */
  readonly notes: readonly string[];
}

export function initialState<I extends object>(model: WidgetModel<I>): WidgetState<I> {
  return { inputs: model.DEFAULTS, notes: [] };
}

/** The state a page URL's query string describes. */
export function stateFromSearch<I extends object>(model: WidgetModel<I>, search: string): WidgetState<I> {
  const { inputs, notes } = model.fromSearchParams(new URLSearchParams(search));
  return { inputs, notes };
}

/** One field changed: the notes about the URL stay until the reader changes something. */
export function withField<I extends object, K extends keyof I>(state: WidgetState<I>, field: K, value: I[K]): WidgetState<I> {
  return { inputs: { ...state.inputs, [field]: value }, notes: [] };
}

/** Back to the defaults. */
export function reset<I extends object>(model: WidgetModel<I>): WidgetState<I> {
  return initialState(model);
}

/** The query string for the state, `""` for the defaults, so a default URL stays clean. */
export function searchFor<I extends object>(model: WidgetModel<I>, inputs: I): string {
  const query = model.toSearchParams(inputs).toString();
  return query === '' ? '' : `?${query}`;
}
