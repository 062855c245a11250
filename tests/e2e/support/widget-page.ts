import { expect, type Locator, type Page } from '@playwright/test';

import { sitePath } from './env';

/** A widget on a page: open it (optionally with a query string) and wait until the island has hydrated. */
export class WidgetPage {
  readonly root: Locator;

  constructor(
    readonly page: Page,
    readonly path: string,
    testId: string,
  ) {
    this.root = page.getByTestId(testId).first();
  }

  async open(query = '') {
    await this.page.goto(`${sitePath(this.path)}${query}`);
    await this.root.scrollIntoViewIfNeeded();
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
