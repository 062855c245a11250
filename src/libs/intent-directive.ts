/**
 * `client:intent`: an Astro client directive that hydrates an island when the reader reaches for it, not when it
 * scrolls into view. A widget page then loads no widget code until it is used (issue 7's page-weight budget),
 * while the server render still shows the default result to everyone, search and print included.
 *
 * - Scripts running at all means the controls can work, so the island's `fieldset[data-js-controls]` (rendered
 *   `disabled` for readers without JavaScript) are enabled at once, before any code is fetched.
 * - The first sign of use inside the island (pointer over or down, focus, touch, click, input, change) starts
 *   loading and hydrating it. Pointer-over and focus come before a click or a keypress, so the code is usually
 *   in by the time the reader acts.
 * - Whatever the reader did before hydration finished is replayed: a text field whose value differs from the
 *   rendered one gets an `input` event, a changed checkbox, radio or select a `change` event, and a button
 *   clicked meanwhile is clicked again. (Preact's hydration keeps the DOM's values; it only attaches handlers.)
 * - A page opened with a query string hydrates straight away, so a shared link restores its state unasked.
 *
 * Astro inlines this into the page, so it stays small and imports nothing.
 */
import type { ClientDirective } from 'astro';

const INTENT_EVENTS = ['pointerover', 'pointerdown', 'focusin', 'touchstart', 'click', 'input', 'change'] as const;

/** Tell the components' handlers about values the reader changed before they were attached. */
function replayValues(island: HTMLElement): void {
  for (const input of island.querySelectorAll('input')) {
    if (input.type === 'checkbox' || input.type === 'radio') {
      // A radio group reports through the option now picked; a checkbox through itself.
      const changed = input.checked !== input.defaultChecked && (input.type === 'checkbox' || input.checked);
      if (changed) input.dispatchEvent(new Event('change', { bubbles: true }));
    } else if (input.value !== input.defaultValue) {
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }
  for (const select of island.querySelectorAll('select')) {
    if ([...select.options].some((option) => option.selected !== option.defaultSelected)) {
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
}

const intentDirective: ClientDirective = (load, _options, island) => {
  let started = false;
  const clicked: HTMLButtonElement[] = [];
  const recordClick = (event: Event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (button && island.contains(button)) clicked.push(button);
  };
  // Before hydration a form's Enter key would submit it as a page load; the components handle submit themselves.
  const holdSubmit = (event: Event) => event.preventDefault();

  const hydrateOnce = async () => {
    if (started) return;
    started = true;
    for (const type of INTENT_EVENTS) island.removeEventListener(type, start);
    const hydrate = await load();
    await hydrate();
    island.removeEventListener('click', recordClick, true);
    island.removeEventListener('submit', holdSubmit);
    replayValues(island);
    for (const button of clicked) button.click();
  };
  const start = () => void hydrateOnce();

  if (window.location.search !== '') {
    start();
    return;
  }
  for (const fieldset of island.querySelectorAll<HTMLFieldSetElement>('fieldset[data-js-controls]')) fieldset.disabled = false;
  island.addEventListener('click', recordClick, true);
  island.addEventListener('submit', holdSubmit);
  for (const type of INTENT_EVENTS) island.addEventListener(type, start, { passive: true });
};

export default intentDirective;
