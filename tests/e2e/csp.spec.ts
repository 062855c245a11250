import { createHash } from 'node:crypto';

import type { Page } from '@playwright/test';

import { sitePath } from './support/env';
import { CONTENT_PAGES, NOT_FOUND_PAGE, PRINT_PAGES } from './support/site-pages';
import { expect, test } from './support/test';

/**
 * The Content-Security-Policy (astro.config.mjs `security.csp`, src/libs/csp.mjs): every page carries it, it
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
const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

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
  // One test per page (the built HTML, as the server sends it).
  for (const path of [...CONTENT_PAGES, ...PRINT_PAGES, NOT_FOUND_PAGE]) {
    test(`${path} has the policy: own origin only, and each inline script and style is allowed by its hash`, async ({ request }) => {
      const html = await (await request.get(path)).text();
      const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/g)];
      expect(metas.length, `${path}: policies`).toBe(1);
      const problems: string[] = [];
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
      expect(problems).toEqual([]);
    });
  }

  test('the policy is in force in the browser: an injected inline script is blocked and reported', async ({ page, health }) => {
    health.allowConsole(
      'error',
      /^Executing inline script violates the following Content Security Policy directive 'script-src /,
      'the test injects an inline script to see it blocked',
    );
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

  test('search works where Pagefind cannot start a worker: its WebAssembly then runs in the page', async ({ page, search }) => {
    // Pagefind compiles its WebAssembly in a web worker (outside this page's policy) and falls back to the page
    // when a worker cannot start; there the policy must allow it ('wasm-unsafe-eval').
    const violations = await watchPolicy(page);
    await page.addInitScript(() => Object.defineProperty(window, 'Worker', { value: undefined }));
    await page.goto(sitePath('/'));
    await search.openWithButton();
    await search.box.fill('Kinesis shards');
    await expect(search.results.first()).toBeVisible();
    expect(violations()).toEqual([]);
  });

  test('using the widgets, flashcards, practice questions and search trips nothing', async ({ page, kinesis, s3, emr, flashcards, quiz, search }) => {
    test.setTimeout(120_000);
    const violations = await watchPolicy(page);
    const policyIsThere = async () => expect(page.locator(POLICY), page.url()).toHaveCount(1);

    // Widgets: each hydrates (its code loads) and answers.
    await kinesis.open();
    await policyIsThere();
    await kinesis.type('Average record size (KB)', '3');
    await kinesis.hydrated();
    await expect(kinesis.hook('shard-count')).toBeVisible();

    await s3.open();
    await policyIsThere();
    await s3.root.getByLabel(/^Infrequently/).check();
    await s3.hydrated();
    await expect(s3.hook('storage-class')).toBeVisible();

    await emr.open();
    await policyIsThere();
    await emr.type('Core nodes', '4');
    await emr.hydrated();
    await expect(emr.hook('hdfs-replication')).toHaveAttribute('data-factor', '2');

    // Flashcards: pick a deck, show the answer, rate the card (stored in localStorage).
    await flashcards.open();
    await policyIsThere();
    await flashcards.root.getByRole('checkbox').first().check();
    await flashcards.card.getByRole('button', { name: 'Show answer' }).click();
    await flashcards.card.getByRole('button', { name: '4 Well' }).click();
    await expect(flashcards.lastRating).toContainText('Rated 4');

    // Practice questions: answer one and check it.
    await quiz.open();
    await policyIsThere();
    const question = quiz.firstQuestion();
    await question.getByRole('radio').first().check();
    await question.getByRole('button', { name: 'Check answer' }).click();
    await expect(question).toHaveAttribute('data-outcome', /^(right|wrong)$/);

    // Search: open it (Pagefind's UI, its WebAssembly and index load now), type, get results, open one.
    await page.goto(sitePath('/'));
    await policyIsThere();
    await search.openWithButton();
    await search.box.fill('Kinesis shards');
    const result = search.results.first();
    await expect(result).toBeVisible();
    await result.click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    expect(violations()).toEqual([]);
  });
});
