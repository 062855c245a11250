import { expect, test as base } from '@playwright/test';

import { Health } from './health';
import { FlashcardsPage } from './page-objects/flashcards';
import { QuizPage } from './page-objects/quiz';
import { SearchDialog } from './page-objects/search';
import { WidgetPage } from './page-objects/widget';

export { expect };

interface Fixtures {
  /**
   * Runs on every test (auto): watches the test's browser context and fails the test if any page in it logged a
   * console error or warning, threw, got a response of 400 or more, failed a request, asked another origin or
   * opened a dialog. A test that causes an error on purpose says so first, narrowly: `health.allowHttp(404, url,
   * why)` or `health.allowConsole('error', /text/, why)`; an allowance that never happens fails the test too.
   * `health.watch(context)` adds a context the test makes itself.
   */
  health: Health;
  /** The widgets, on their tool pages (`.on(path)` for the page a widget is embedded in). */
  kinesis: WidgetPage;
  s3: WidgetPage;
  emr: WidgetPage;
  flashcards: FlashcardsPage;
  quiz: QuizPage;
  search: SearchDialog;
}

export const test = base.extend<Fixtures>({
  health: [
    async ({ context }, use, testInfo) => {
      const health = new Health();
      const stop = health.watch(context);
      await use(health);
      stop();
      const problems = health.problems();
      if (testInfo.status !== 'passed') {
        // The test failed already: report what else went wrong beside its own error, without a second failure.
        if (problems.length > 0) await testInfo.attach('page health', { body: problems.join('\n'), contentType: 'text/plain' });
        return;
      }
      expect(problems, 'page health: no console error or warning, HTTP error, failed request, other origin or dialog').toEqual([]);
    },
    { auto: true, title: 'page health' },
  ],
  kinesis: async ({ page }, use) => use(new WidgetPage(page, 'kinesis')),
  s3: async ({ page }, use) => use(new WidgetPage(page, 's3')),
  emr: async ({ page }, use) => use(new WidgetPage(page, 'emr')),
  flashcards: async ({ page }, use) => use(new FlashcardsPage(page)),
  quiz: async ({ page }, use) => use(new QuizPage(page)),
  search: async ({ page }, use) => use(new SearchDialog(page)),
});
