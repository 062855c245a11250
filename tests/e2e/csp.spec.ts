import { createHash } from 'node:crypto';

import { expect, test, type Page } from '@playwright/test';

import { sitePath } from './support/env';
import { watchPage } from './support/health';
import { sectionPrintPaths, sitemapPaths } from './support/sitemap';

/**
 * The Content-Security-Policy (astro.config.mjs `security.csp`, src/lib/csp.mjs): every page carries it, it
 * allows the page's own inline scripts and styles by hash and nothing from another origin, and using the
 * site (widgets, flashcards, practice questions, search) never trips it.
 */

const POLICY = 'meta[http-equiv="content-security-policy"]';

/** The policy's directives by name, e.g. `script-src` → [`'self'`, `'sha256-…'`]. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name ?? '', values]),
  );
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/**
 * Records every CSP violation the page reports (the `securitypolicyviolation` event, listened for before any
 * page script runs) and every console message about the policy, across navigations.
 */
async function watchPolicy(page: Page) {
  const violations: string[] = [];
  await page.exposeBinding('__reportCspViolation', (_source, line: string) => void violations.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (line: string) => void }).__reportCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}: ${event.sample}`);
    });
  });
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) violations.push(`console ${message.type()}: ${message.text()}`);
  });
  return () => [...violations];
}

test.describe('Content-Security-Policy', () => {
  test('every page has the policy: own origin only, and each inline script and style is allowed by its hash', async ({ request }) => {
    test.setTimeout(120_000);
    const paths = [...(await sitemapPaths(request)), ...sectionPrintPaths(), sitePath('/no-such-page/')];
    const problems: string[] = [];
    for (const path of paths) {
      const html = await (await request.get(path)).text();
      const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/g)];
      if (metas.length !== 1) {
        problems.push(`${path}: ${metas.length} policies`);
        continue;
      }
      const policy = directives(decode(metas[0]?.[1] ?? ''));
      if (policy.get('default-src')?.join(' ') !== "'self'") problems.push(`${path}: default-src is not 'self' alone`);
      if (policy.get('object-src')?.join(' ') !== "'none'") problems.push(`${path}: object-src is not 'none'`);
      const scripts = policy.get('script-src') ?? [];
      const styles = policy.get('style-src-elem') ?? policy.get('style-src') ?? [];
      for (const list of [scripts, styles, policy.get('style-src') ?? []]) {
        const loose = list.filter((source) => source === "'unsafe-inline'" || source === "'unsafe-eval'" || /^(https?:|\*|data:)/.test(source));
        if (loose.length > 0) problems.push(`${path}: allows ${loose.join(' ')}`);
      }
      for (const [, text] of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
        if (!scripts.includes(sha256(text ?? ''))) problems.push(`${path}: inline script not hashed: ${(text ?? '').trim().slice(0, 60)}`);
      }
      for (const [, text] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
        if (!styles.includes(sha256(text ?? ''))) problems.push(`${path}: inline style not hashed: ${(text ?? '').trim().slice(0, 60)}`);
      }
    }
    expect(paths.length).toBeGreaterThan(40);
    expect(problems).toEqual([]);
  });

  test('the policy is in force in the browser: an injected inline script is blocked and reported', async ({ page }) => {
    const violations = await watchPolicy(page);
    await page.goto(sitePath('/'));
    await expect(page.locator(POLICY)).toHaveCount(1);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injectedRan = true;';
      document.body.append(script);
      return (window as unknown as { __injectedRan?: boolean }).__injectedRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations().some((line) => line.startsWith('script-src'))).toBe(true);
  });

  test('search works where Pagefind cannot start a worker: its WebAssembly then runs in the page', async ({ page }) => {
    // Pagefind compiles its WebAssembly in a web worker (outside this page's policy) and falls back to the page
    // when a worker cannot start; there the policy must allow it ('wasm-unsafe-eval').
    const violations = await watchPolicy(page);
    await page.addInitScript(() => Object.defineProperty(window, 'Worker', { value: undefined }));
    await page.goto(sitePath('/'));
    await page.waitForFunction(() => customElements.get('lazy-site-search') !== undefined);
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await dialog.getByRole('textbox', { name: 'Search' }).fill('Kinesis shards');
    await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible();
    expect(violations()).toEqual([]);
  });

  test('using the widgets, flashcards, practice questions and search trips nothing', async ({ page }) => {
    test.setTimeout(120_000);
    const violations = await watchPolicy(page);
    const health = watchPage(page);
    const visit = async (path: string) => {
      await page.goto(sitePath(path));
      await expect(page.locator(POLICY), path).toHaveCount(1);
    };

    // Widgets: each hydrates (its code loads) and answers.
    await visit('/tools/kinesis-shard-calculator/');
    const kinesis = page.getByTestId('kinesis-calculator');
    await kinesis.getByLabel('Average record size (KB)', { exact: true }).fill('3');
    await expect(kinesis).toHaveAttribute('data-hydrated', 'true');
    await expect(kinesis.getByTestId('shard-count')).toBeVisible();

    await visit('/tools/s3-storage-class-picker/');
    const s3 = page.getByTestId('s3-picker');
    await s3.getByLabel(/^Infrequently/).check();
    await expect(s3).toHaveAttribute('data-hydrated', 'true');
    await expect(s3.getByTestId('storage-class')).toBeVisible();

    await visit('/tools/emr-node-types/');
    const emr = page.getByTestId('emr-explainer');
    await emr.getByLabel('Core nodes', { exact: true }).fill('4');
    await expect(emr).toHaveAttribute('data-hydrated', 'true');
    await expect(emr.getByTestId('hdfs-replication')).toHaveAttribute('data-factor', '2');

    // Flashcards: pick a deck, show the answer, rate the card (stored in localStorage).
    await visit('/review/flashcards/');
    const cards = page.getByTestId('flashcards');
    await expect(cards).toHaveAttribute('data-ready', 'true');
    await cards.getByRole('checkbox').first().check();
    const card = cards.getByTestId('card');
    await card.getByRole('button', { name: 'Show answer' }).click();
    await card.getByRole('button', { name: '4 Well' }).click();
    await expect(page.getByTestId('last-rating')).toContainText('Rated 4');

    // Practice questions: answer one and check it.
    await visit('/review/practice-questions/');
    const quiz = page.getByTestId('quiz');
    await expect(quiz).toHaveAttribute('data-ready', 'true');
    const question = quiz.locator('[data-testid^="question-"]').first();
    await question.getByRole('radio').first().check();
    await question.getByRole('button', { name: 'Check answer' }).click();
    await expect(question).toHaveAttribute('data-outcome', /^(right|wrong)$/);

    // Search: open it (Pagefind's UI, its WebAssembly and index load now), type, get results, open one.
    await visit('/');
    await page.waitForFunction(() => customElements.get('lazy-site-search') !== undefined);
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await dialog.getByRole('textbox', { name: 'Search' }).fill('Kinesis shards');
    const result = dialog.locator('.pagefind-ui__result-link').first();
    await expect(result).toBeVisible();
    await result.click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    expect(violations()).toEqual([]);
    expect(health.problems()).toEqual([]);
  });
});
