import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The site search: Starlight's Search button, overridden to load Pagefind's UI on first use (a click, focus,
 * Ctrl/⌘+K or "/"), in a dialog.
 */
export class SearchDialog {
  readonly button: Locator;
  readonly dialog: Locator;
  readonly box: Locator;
  /** The result links, best first. */
  readonly results: Locator;
  readonly message: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByRole('button', { name: 'Search', exact: true });
    this.dialog = page.getByRole('dialog', { name: 'Search' });
    this.box = this.dialog.getByRole('textbox', { name: 'Search' });
    this.results = this.dialog.locator('.pagefind-ui__result-link');
    this.message = this.dialog.locator('.pagefind-ui__message');
  }

  /**
   * Waits until the search element is defined (its script is a module); from then on the shortcuts work at once,
   * though the Pagefind UI itself loads only when used.
   */
  async ready() {
    await this.page.waitForFunction(() => customElements.get('lazy-site-search') !== undefined);
  }

  /** Opens the dialog with Ctrl+K and waits until its search box has the focus. */
  async open() {
    await this.ready();
    await this.page.keyboard.press('Control+k');
    await expect(this.box).toBeFocused();
  }

  /** Opens the dialog with the Search button. */
  async openWithButton() {
    await this.ready();
    await this.button.click();
  }

  /** Opens the dialog and types `query`. */
  async search(query: string) {
    await this.open();
    await this.box.fill(query);
  }
}
