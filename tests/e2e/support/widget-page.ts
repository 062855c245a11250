import { expect, type Locator, type Page } from '@playwright/test';

import { sitePath } from './env';

/**
 * A widget on a page. Widgets hydrate on intent (`client:intent`): the controls are enabled as soon as scripts
 * run, and the first pointer, focus or input inside the island loads the code; a URL with a query hydrates at once.
 */
export class WidgetPage {
  readonly root: Locator;

  constructor(
    readonly page: Page,
    readonly path: string,
    testId: string,
  ) {
    this.root = page.getByTestId(testId).first();
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
    const input = this.field(label);
    await input.fill(value);
  }

  error(name: string) {
    return this.root.getByTestId(`error-${name}`);
  }

  /**
   * The query string the widget wrote into the address bar, as an object. The widget updates the address after it
   * renders, so assert on it with `expect.poll`.
   */
  params() {
    return Object.fromEntries(new URL(this.page.url()).searchParams);
  }
}
