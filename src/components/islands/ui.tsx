/**
 * The island kit, shared by the widgets (src/components/widgets/) and the study tools (src/components/study/): `useHydrated`, the frame,
 * the JavaScript-only control groups, the form fields (fields.tsx, re-exported here), the note about ignored URL parameters, the "why" list, the AWS sources and the print summary. They only
 * map props to JSX; their styles are ui.css.
 */
import { Fragment, type ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

import type { DocLink, Explanation } from '~/libs/widgets/shared/params';
// The buttons' look is button.css, which PageTitle.astro loads on every page (importing it here too would make it a
// stylesheet of its own, which the build inlines).
import './ui.css';
// The EMR explainer's own styles live with it (EmrNodeTypes.tsx imports them) but are bundled into the kit's file:
// on their own they are under Astro's 4 KB limit for inlining a stylesheet, so the build would put them in a <style>
// in the page instead (the HTML changes, and in a trial build the policy had no hash for it).
import '~/components/widgets/emr/emr.css';

export * from './fields';

/** false on the server and until hydration (see `JsControls`). */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

export function WidgetFrame(props: { title: string; testId: string; hydrated: boolean; children: ComponentChildren }) {
  return (
    <section class="widget not-content" aria-label={props.title} data-testid={props.testId} data-hydrated={String(props.hydrated)}>
      {props.children}
    </section>
  );
}

/**
 * A group of controls that only work with JavaScript. The server render disables the whole group, so a reader
 * without JavaScript sees greyed controls beside the default result; the `client:intent` directive enables it as
 * soon as scripts run (a first click or keypress is what starts hydration), and hydration keeps it enabled.
 */
export function JsControls(props: { hydrated: boolean; class: string; legend?: string; children: ComponentChildren }) {
  return (
    <fieldset class={`widget-js-controls ${props.class}`} disabled={!props.hydrated} data-js-controls="">
      {props.legend ? <legend class="widget-subhead">{props.legend}</legend> : null}
      {props.children}
    </fieldset>
  );
}

export function Controls(props: { legend: string; children: ComponentChildren; onReset: () => void; hydrated: boolean }) {
  return (
    <form class="widget-form" data-pagefind-ignore="all" onSubmit={(event) => event.preventDefault()} aria-label={props.legend}>
      <JsControls hydrated={props.hydrated} class="widget-controls">
        {props.children}
        <button type="button" class="widget-reset" onClick={props.onReset}>
          Reset to defaults
        </button>
      </JsControls>
    </form>
  );
}

/** Lines of plain text as a bulleted list (each line is its own key: the lines of one list differ). */
export function TextList(props: { items: readonly string[] }) {
  return (
    <ul>
      {props.items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** URL parameters that were ignored: plain text, never markup. */
export function UrlNotes(props: { notes: readonly string[] }) {
  if (props.notes.length === 0) return null;
  return (
    <div class="widget-notes" role="status" data-testid="url-notes">
      <p>Some settings in this page’s address were not valid and were ignored:</p>
      <TextList items={props.notes} />
    </div>
  );
}

export function NoResult() {
  return (
    <p class="widget-no-result" data-testid="no-result">
      No result until the highlighted input is corrected: the message beside it says what is allowed.
    </p>
  );
}

export function Why(props: { items: readonly Explanation[]; heading?: string }) {
  return (
    <div class="widget-why">
      <p class="widget-subhead">{props.heading ?? 'Why'}</p>
      <ol>
        {props.items.map((item) => (
          <li key={item.rule}>
            <strong>{item.rule}.</strong> {item.detail}
          </li>
        ))}
      </ol>
    </div>
  );
}

export function Warnings(props: { items: readonly string[] }) {
  if (props.items.length === 0) return null;
  return (
    <div class="widget-warnings">
      <p class="widget-subhead">Watch out</p>
      <TextList items={props.items} />
    </div>
  );
}

export function Sources(props: { docs: readonly DocLink[] }) {
  return (
    <div class="widget-sources">
      <p class="widget-subhead">AWS sources</p>
      <ul>
        {props.docs.map((doc) => (
          <li key={doc.url}>
            <a href={doc.url}>{doc.title}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A table column: its heading, and optionally a class (`widget-wide-only` or `widget-narrow-only`, for a column shown
 * only on wide or only on narrow screens; its cells carry the same class).
 */
export type Column = string | { readonly label: string; readonly class: string };

/**
 * A table that scrolls on its own on a narrow screen (focusable, so a keyboard can scroll it): its columns and rows.
 * A space separates the caption, the header cells and the body, as the newlines between elements do in Markdown
 * tables: the search index (Pagefind) reads the text and ends a <td> with a full stop but runs a <caption> or <th>
 * into what follows ("…highlighted)ClassAvailabilityAZs…").
 */
export function ScrollTable(props: {
  label: string;
  caption: string;
  captionClass?: string;
  columns: readonly Column[];
  children: ComponentChildren;
}) {
  return (
    <div class="widget-table-wrap" tabIndex={0} role="group" aria-label={props.label}>
      <table>
        <caption class={props.captionClass}>{props.caption}</caption>{' '}
        <thead>
          <tr>
            {props.columns.map((column) =>
              typeof column === 'string' ? (
                <Fragment key={column}>
                  <th scope="col">{column}</th>{' '}
                </Fragment>
              ) : (
                <Fragment key={column.label}>
                  <th scope="col" class={column.class}>
                    {column.label}
                  </th>{' '}
                </Fragment>
              ),
            )}
          </tr>
        </thead>{' '}
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}

/** The current inputs and result as a small table: hidden on screen, printed instead of the controls. */
export function PrintSummary(props: { caption: string; rows: ReadonlyArray<readonly [string, string]> }) {
  return (
    <table class="widget-print-summary" data-testid="print-summary" data-pagefind-ignore="all">
      <caption>{props.caption}</caption>
      <tbody>
        {props.rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
