import { expect, type Locator, type Page } from '@playwright/test';

import { sitePath } from '../env';

/** The three widgets: the tool page each has of its own, and its root's test id. */
export const WIDGETS = {
  kinesis: { path: '/tools/kinesis-shard-calculator/', testId: 'kinesis-calculator', component: 'KinesisShardCalculator' },
  s3: { path: '/tools/s3-storage-class-picker/', testId: 's3-picker', component: 'S3StorageClassPicker' },
  emr: { path: '/tools/emr-node-types/', testId: 'emr-explainer', component: 'EmrNodeTypes' },
} as const;

export type WidgetName = keyof typeof WIDGETS;

/**
 * A widget on a page. Widgets hydrate on intent (`client:intent`): the controls are enabled as soon as scripts
 * run, and the first pointer, focus or input inside the island loads the code; a URL with a query hydrates at once.
 */
export class WidgetPage {
  readonly root: Locator;

  constructor(
    readonly page: Page,
    readonly name: WidgetName,
    readonly path: string = WIDGETS[name].path,
  ) {
    this.root = page.getByTestId(WIDGETS[name].testId).first();
  }

  /** The same widget embedded in another page. */
  on(path: string): WidgetPage {
    return new WidgetPage(this.page, this.name, path);
  }

  /**
   * Open the page. With a query string, wait until the island has hydrated and restored it; without one, wait only
   * until the controls are usable, so the test's first action is what hydrates the widget, as a reader's would be.
   */
  async open(query = '') {
    await this.page.goto(`${sitePath(this.path)}${query}`);
    await this.root.scrollIntoViewIfNeeded();
    if (query === '') await expect(this.controls().first()).toBeEnabled();
    else await this.hydrated();
  }

  /** The island's JavaScript-only control groups (disabled in the server render). */
  controls() {
    return this.root.locator('fieldset[data-js-controls]');
  }

  async hydrated() {
    await expect(this.root).toHaveAttribute('data-hydrated', 'true');
  }

  field(label: string | RegExp) {
    return this.root.getByLabel(label, { exact: typeof label === 'string' });
  }

  async type(label: string | RegExp, value: string) {
    await this.field(label).fill(value);
  }

  /** A `data-testid` hook inside the widget (the result, the notes, a node of the picture). */
  hook(testId: string) {
    return this.root.getByTestId(testId);
  }

  error(name: string) {
    return this.hook(`error-${name}`);
  }

  /** The notes on ignored URL parameters. */
  urlNotes() {
    return this.hook('url-notes');
  }

  /** The print-only summary table. */
  printSummary() {
    return this.hook('print-summary');
  }

  /**
   * The query string the widget wrote into the address bar, as an object. The widget updates the address after it
   * renders, so assert on it with `expect.poll`.
   */
  params() {
    return Object.fromEntries(new URL(this.page.url()).searchParams);
  }

  /**
   * Holds back the island's component module until the returned function is called, so a test can act before
   * the widget hydrates.
   */
  async holdCode(): Promise<() => void> {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    await this.page.route(
      (url) => url.pathname.includes(`/_astro/${WIDGETS[this.name].component}.`),
      async (route) => {
        await gate;
        await route.continue();
      },
    );
    return release;
  }
}
