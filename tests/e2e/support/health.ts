import type { BrowserContext, ConsoleMessage, Dialog, Request, Response, WebError } from '@playwright/test';

import { ORIGIN } from './env';

type UrlMatch = RegExp | ((url: string) => boolean);

/**
 * One error a test causes on purpose, named narrowly: an HTTP status at a URL (with the console line Chromium
 * logs for it), or a console message by type and text. It must happen: an allowance nothing used is a problem.
 */
export type Allowance =
  | { kind: 'http'; status: number; url: UrlMatch; why: string }
  | { kind: 'console'; type: 'error' | 'warning'; text: RegExp; why: string }
  | { kind: 'failure'; error: string; url: UrlMatch; why: string };

const matches = (match: UrlMatch, url: string) => (typeof match === 'function' ? match(url) : match.test(url));

/** What Playwright logs when a page registers a service worker in a context with `serviceWorkers: 'block'`. */
const PLAYWRIGHT_BLOCKED_WORKER = 'Service Worker registration blocked by Playwright';

/** Chromium's console line for a response of 400 or more, logged at the URL that failed. */
const FAILED_LOAD = /^Failed to load resource: the server responded with a status of (\d+)/;

/**
 * Records what would make a page unhealthy while a test drives it: console errors and warnings, uncaught
 * exceptions, responses of 400 or more, failed requests, requests to any origin but the test server, and any
 * alert, confirm or prompt (the site opens none, so one means something from a URL or storage ran as script). It
 * watches whole browser contexts, so a second tab a test opens is watched too.
 */
export class Health {
  readonly #problems: string[] = [];
  readonly #allowances: Array<{ allowance: Allowance; used: number }> = [];

  /** Lets through one error the test causes on purpose (see `Allowance`); the test fails if it never happens. */
  allow(allowance: Allowance): void {
    this.#allowances.push({ allowance, used: 0 });
  }

  /** Allows `status` at the URLs `url` matches: the response and Chromium's console line for it. */
  allowHttp(status: number, url: UrlMatch, why: string): void {
    this.allow({ kind: 'http', status, url, why });
  }

  /** Allows console messages of `type` whose text matches `text`. */
  allowConsole(type: 'error' | 'warning', text: RegExp, why: string): void {
    this.allow({ kind: 'console', type, text, why });
  }

  /** Allows a request to `url` failing with Chromium's `error` (as `net::ERR_INTERNET_DISCONNECTED` offline). */
  allowFailure(error: string, url: UrlMatch, why: string): void {
    this.allow({ kind: 'failure', error, url, why });
  }

  #allowed(test: (allowance: Allowance) => boolean): boolean {
    const entry = this.#allowances.find(({ allowance }) => test(allowance));
    if (entry) entry.used += 1;
    return entry !== undefined;
  }

  #onConsole = (message: ConsoleMessage) => {
    const type = message.type();
    if (type !== 'error' && type !== 'warning') return;
    const text = message.text();
    // Playwright's own line when a test context blocks service workers (playwright.config.ts: only the offline tests
    // allow them), not the site's: the site's registration fails quietly and the page works online as before.
    if (type === 'warning' && text === PLAYWRIGHT_BLOCKED_WORKER) return;
    const status = Number(FAILED_LOAD.exec(text)?.[1] ?? NaN);
    const allowed = this.#allowed((a) =>
      a.kind === 'console'
        ? a.type === type && a.text.test(text)
        : a.kind === 'http' && type === 'error' && a.status === status && matches(a.url, message.location().url),
    );
    if (!allowed) this.#problems.push(`console ${type}: ${text}${message.location().url ? ` (at ${message.location().url})` : ''}`);
  };

  #onWebError = (error: WebError) => this.#problems.push(`page error: ${error.error().message}`);

  #onDialog = (dialog: Dialog) => {
    this.#problems.push(`a ${dialog.type()} dialog opened: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  };

  #onRequest = (request: Request) => {
    const url = request.url();
    if (!url.startsWith(ORIGIN) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      this.#problems.push(`request to another origin: ${url}`);
    }
  };

  // A request the browser cancels (net::ERR_ABORTED: the test navigated on before the favicon or a prefetch
  // finished) is no failure of the site; an answer of 400 or more is caught as a response, a refused or broken
  // connection as any other failure.
  #onRequestFailed = (request: Request) => {
    const error = request.failure()?.errorText ?? '';
    if (error === 'net::ERR_ABORTED') return;
    if (this.#allowed((a) => a.kind === 'failure' && a.error === error && matches(a.url, request.url()))) return;
    this.#problems.push(`request failed: ${request.url()} (${error})`);
  };

  #onResponse = (response: Response) => {
    const status = response.status();
    if (status < 400) return;
    if (!this.#allowed((a) => a.kind === 'http' && a.status === status && matches(a.url, response.url()))) {
      this.#problems.push(`HTTP ${status}: ${response.url()}`);
    }
  };

  /** Starts watching a browser context (every page in it, opened now or later); the function returned stops. */
  watch(context: BrowserContext): () => void {
    this.#listen(context, 'on');
    return () => this.#listen(context, 'off');
  }

  #listen(context: BrowserContext, method: 'on' | 'off'): void {
    context[method]('console', this.#onConsole);
    context[method]('weberror', this.#onWebError);
    context[method]('dialog', this.#onDialog);
    context[method]('request', this.#onRequest);
    context[method]('requestfailed', this.#onRequestFailed);
    context[method]('response', this.#onResponse);
  }

  /** What went wrong so far, including every allowance that never happened. */
  problems(): string[] {
    const unused = this.#allowances
      .filter(({ used }) => used === 0)
      .map(({ allowance: a }) =>
        a.kind === 'http'
          ? `allowed HTTP ${a.status} (${a.why}) never happened`
          : a.kind === 'failure'
            ? `allowed request failure ${a.error} (${a.why}) never happened`
            : `allowed console ${a.type} ${String(a.text)} (${a.why}) never happened`,
      );
    return [...this.#problems, ...unused];
  }
}
