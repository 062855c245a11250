import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { OFFLINE_SUMMARY_FILE, SERVICE_WORKER_FILE, writeServiceWorker } from '~/libs/offline/service-worker';
import { keepsOffline, parseOfflineChoice, serializeOfflineChoice } from '~/libs/offline/setting';
import { formatSize, offlineReason, parseOfflineSize } from '~/libs/offline/summary';

describe('keep the site offline: the reader’s choice, else not when the browser saves data', () => {
  it.each([
    { choice: undefined, saveData: undefined, keep: true },
    { choice: undefined, saveData: false, keep: true },
    { choice: undefined, saveData: true, keep: false },
    { choice: { keepOffline: true }, saveData: true, keep: true },
    { choice: { keepOffline: false }, saveData: false, keep: false },
    { choice: { keepOffline: false }, saveData: undefined, keep: false },
  ])('choice $choice, saveData $saveData: $keep', ({ choice, saveData, keep }) => {
    expect(keepsOffline(choice, saveData)).toBe(keep);
    expect(offlineReason(choice, saveData)).toMatch(choice ? /You (chose|turned)/ : saveData ? /save data/ : /On by default/);
  });
});

describe('the stored choice is read back only in its exact shape', () => {
  it.each([
    { raw: '{"version":1,"keepOffline":false}', read: { keepOffline: false } },
    { raw: '{"version":1,"keepOffline":true}', read: { keepOffline: true } },
    { raw: null, read: undefined },
    { raw: 'not json', read: undefined },
    { raw: '[]', read: undefined },
    { raw: '{"version":2,"keepOffline":false}', read: undefined },
    { raw: '{"version":1,"keepOffline":"no"}', read: undefined },
    { raw: '{"version":1,"keepOffline":false,"extra":1}', read: undefined },
    { raw: '{"keepOffline":false}', read: undefined },
  ])('$raw', ({ raw, read }) => {
    expect(parseOfflineChoice(raw)).toEqual(read);
  });

  it('round-trips what it writes', () => {
    for (const keepOffline of [true, false]) expect(parseOfflineChoice(serializeOfflineChoice({ keepOffline }))).toEqual({ keepOffline });
  });
});

describe('the build’s summary and the size the dashboard says', () => {
  it.each([
    { value: { version: 1, files: 219, bytes: 10_077_835 }, read: { files: 219, bytes: 10_077_835 } },
    { value: { version: 1, files: 0, bytes: 0 }, read: { files: 0, bytes: 0 } },
    { value: { version: 1, files: -1, bytes: 5 }, read: undefined },
    { value: { version: 1, files: 1.5, bytes: 5 }, read: undefined },
    { value: { version: 1, files: 2, bytes: 'big' }, read: undefined },
    { value: { version: 2, files: 2, bytes: 5 }, read: undefined },
    { value: null, read: undefined },
    { value: [1, 2], read: undefined },
  ])('$value', ({ value, read }) => {
    expect(parseOfflineSize(value)).toEqual(read);
  });

  it.each([
    { bytes: 10_077_835, text: '10.1 MB' },
    { bytes: 1_000_000, text: '1.0 MB' },
    { bytes: 999_499, text: '999 KB' },
    { bytes: 640_000, text: '640 KB' },
    { bytes: 200, text: '1 KB' },
    { bytes: Number.NaN, text: 'an unknown size' },
    { bytes: Infinity, text: 'an unknown size' },
    { bytes: -1, text: 'an unknown size' },
  ])('$bytes bytes: $text', ({ bytes, text }) => {
    expect(formatSize(bytes)).toBe(text);
  });
});

// Workbox bundles the worker with Rollup and Babel: seconds each time, more on a loaded machine.
describe('the service worker Workbox writes over a built site', { timeout: 60_000 }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'offline-build-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const files: Record<string, string> = {
    'index.html': '<h1>Home</h1>',
    '404.html': '<h1>Page not found</h1>',
    'storage/amazon-s3/index.html': '<h1>Amazon S3</h1>',
    '_astro/page.abc123.js': 'console.log(1)',
    '_astro/site.abc123.css': 'body{}',
    'pagefind/pagefind-ui.js': 'ui',
    'pagefind/pagefind-entry.json': '{}',
    'pagefind/wasm.en.pagefind': 'wasm',
    'pagefind/index/en_1.pf_index': 'index',
    'pagefind/fragment/en_1.pf_fragment': 'fragment',
    'pagefind/pagefind-component-ui.js': 'unused',
    'pagefind/pagefind-modular-ui.js': 'unused',
    'study/mock-exams/dea-c01.json': '{"questions":[]}',
    'book/aws-ml-study.pdf': '%PDF',
    'book/plan.json': '{}',
    'test-fixtures/island/index.html': 'fixture',
    'sitemap-index.xml': '<xml/>',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), text);
  }

  const precached = (text: string) => new Map([...text.matchAll(/\{url:"([^"]+)",revision:(null|"[0-9a-f]+")\}/g)].map((m) => [m[1], m[2]]));

  it('keeps every page, asset, search file and question bank under the base path, and nothing else', async () => {
    const summary = await writeServiceWorker(folder, '/aws-ml-study/');
    const urls = precached(readFileSync(join(folder, SERVICE_WORKER_FILE), 'utf8'));
    expect([...urls.keys()].sort()).toEqual(
      [
        'index.html',
        '404.html',
        'storage/amazon-s3/index.html',
        '_astro/page.abc123.js',
        '_astro/site.abc123.css',
        'pagefind/pagefind-ui.js',
        'pagefind/pagefind-entry.json',
        'pagefind/wasm.en.pagefind',
        'pagefind/index/en_1.pf_index',
        'pagefind/fragment/en_1.pf_fragment',
        'study/mock-exams/dea-c01.json',
      ]
        .map((path) => `/aws-ml-study/${path}`)
        .sort(),
    );
    // Hashed file names need no revision; everything else has one.
    expect(urls.get('/aws-ml-study/_astro/page.abc123.js')).toBe('null');
    expect(urls.get('/aws-ml-study/index.html')).toMatch(/^"[0-9a-f]{32}"$/);
    const bytes = Object.entries(files)
      .filter(([path]) => urls.has(`/aws-ml-study/${path}`))
      .reduce((sum, [, text]) => sum + Buffer.byteLength(text), 0);
    expect(summary).toMatchObject({ version: 1, files: 11, bytes });
    expect(JSON.parse(readFileSync(join(folder, OFFLINE_SUMMARY_FILE), 'utf8'))).toEqual({ version: 1, files: 11, bytes });
  });

  it('waits for the reader before a new version takes over, ignores query strings, and falls back to the 404 page', async () => {
    await writeServiceWorker(folder, '/aws-ml-study/');
    const worker = readFileSync(join(folder, SERVICE_WORKER_FILE), 'utf8');
    // Checked as true/false so that a failure does not print the whole minified worker.
    const has = (pattern: RegExp) => pattern.test(worker);
    expect(has(/"SKIP_WAITING"===\w+\.data\.type&&self\.skipWaiting\(\)/), 'skipWaiting only on the page’s message').toBe(true);
    expect(has(/self\.skipWaiting\(\)[,;]/), 'never skipWaiting unconditionally').toBe(false);
    expect(has(/self\.clients\.claim\(\)/), 'the first install takes charge of the open page').toBe(true);
    expect(has(/ignoreURLParametersMatching:\[\/\.\*\/\]/), 'query strings ignored').toBe(true);
    expect(has(/fallbackURL:"\/aws-ml-study\/404\.html"/), 'the 404 page as fallback').toBe(true);
    expect(has(/importScripts/), 'one file: the Workbox runtime inlined').toBe(false);
  });

  it('a changed page gets a new revision, an unchanged one keeps its own (an update downloads only what changed)', async () => {
    const before = precached(readFileSync(join(folder, SERVICE_WORKER_FILE), 'utf8'));
    writeFileSync(join(folder, 'storage/amazon-s3/index.html'), '<h1>Amazon S3, version two</h1>');
    await writeServiceWorker(folder, '/aws-ml-study/');
    const after = precached(readFileSync(join(folder, SERVICE_WORKER_FILE), 'utf8'));
    expect(after.get('/aws-ml-study/storage/amazon-s3/index.html')).not.toBe(before.get('/aws-ml-study/storage/amazon-s3/index.html'));
    expect(after.get('/aws-ml-study/index.html')).toBe(before.get('/aws-ml-study/index.html'));
  });

  it('at the root of a domain, the URLs start at /', async () => {
    await writeServiceWorker(folder, '/');
    const urls = precached(readFileSync(join(folder, SERVICE_WORKER_FILE), 'utf8'));
    expect(urls.has('/index.html')).toBe(true);
    expect([...urls.keys()].every((url) => url?.startsWith('/') === true && !url.startsWith('/aws-ml-study/'))).toBe(true);
  });
});
