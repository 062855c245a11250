import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

import { initialState, reset, searchFor, stateFromSearch, withField, type WidgetModel, type WidgetState } from '~/libs/widgets/shared/state';

/**
 * Keeps a widget's inputs in the page URL's query string. The server render (and a reader without JavaScript)
 * sees the defaults; after hydration the URL's state, if any, is restored, and every change replaces the URL so the
 * result can be shared or bookmarked.
 */
export function useWidgetState<I extends object>(model: WidgetModel<I>) {
  const [state, setState] = useState<WidgetState<I>>(() => initialState(model));
  const restored = useRef(false);

  useEffect(() => {
    // Without a query the state is already the defaults, or what the reader typed while the island hydrated
    // (client:intent replays it), which must not be overwritten.
    if (window.location.search !== '') setState(stateFromSearch(model, window.location.search));
    restored.current = true;
  }, [model]);

  useEffect(() => {
    if (!restored.current) return;
    const { pathname, hash } = window.location;
    const next = `${pathname}${searchFor(model, state.inputs)}${hash}`;
    if (next !== `${pathname}${window.location.search}${hash}`) window.history.replaceState(window.history.state, '', next);
  }, [model, state.inputs]);

  const set = useCallback(<K extends keyof I>(field: K, value: I[K]) => setState((s) => withField(s, field, value)), []);
  const resetAll = useCallback(() => setState(reset(model)), [model]);

  return { inputs: state.inputs, notes: state.notes, set, reset: resetAll };
}
