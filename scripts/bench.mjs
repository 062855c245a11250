// @ts-check
/**
 * `npm run bench`: prints performance figures for the site and asserts nothing about time.
 *
 *  1. Build: wall time, CPU time and peak memory of a full, cold `npx astro build` (BASE_PATH=/aws-ml-study/) in a
 *     temporary copy of the repository (node_modules hard-linked), so the checkout's dist/ is never touched.
 *  2. Scaling: the same build with the content multiplied to about 1,000 pages (generated copies of existing pages,
 *     only in a temporary copy), total and per page.
 *  3. Output: dist/ and Pagefind index sizes, and the HTML/CSS/JS that three pages load, raw and gzip -9.
 *  4. Browser: `astro preview` of the build in Chromium: time to the first search result (cold and warm) and time
 *     to hydration of each widget island, medians over several runs.
 *  5. bench-results/report.md and report.json (plus a copy per run under bench-results/runs/), Markdown on stdout.
 *
 * Options: --build-runs=N (default 3), --runs=N browser runs (default 5), --scale=250,1000 (page counts, or "none"),
 * --skip=scaling,browser,output, --build-timeout=S (600) and --scale-timeout=S (1800) per build in seconds,
 * --keep (keep the temporary copies). Progress goes to stderr.
 * Every step has a time limit; a failing section is reported and the others still run. The exit code is non-zero
 * only when the basic build fails.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

import { launchBrowser, measureInBrowser, startPreview } from './bench/browser.mjs';
import { measureBuild } from './bench/build.mjs';
import { killAllGroups, median, messageOf, withTimeout } from './bench/lib.mjs';
import { allPageWeights, staticPageWeight, summariseDist } from './bench/output.mjs';
import { renderMarkdown } from './bench/report.mjs';
import { cleanBuildState, createWorkspace, generatePages, removeWorkspace } from './bench/workspace.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = path.join(REPO, 'bench-results');
const BASE_PATH = '/aws-ml-study/';
const HOST = '127.0.0.1';
const PORT = 4390;


const WEIGHT_PAGES = [
  { label: 'Topic page', path: 'databases/amazon-elasticache/' },
  { label: 'Widget page', path: 'tools/kinesis-shard-calculator/' },
  { label: 'Home page', path: '' },
];
const WIDGETS = [
  { testId: 'kinesis-calculator', path: 'tools/kinesis-shard-calculator/' },
  { testId: 's3-picker', path: 'tools/s3-storage-class-picker/' },
  { testId: 'emr-explainer', path: 'tools/emr-node-types/' },
];
const QUERIES = { cold: 'FindMatches', warm: 'ShardedByS3Key' };

/**
 * @param {string} name
 * @param {string} fallback
 */
function option(name, fallback) {
  const prefix = `--${name}=`;
  const arg = process.argv.slice(2).find((value) => value.startsWith(prefix));
  return arg ? arg.slice(prefix.length) : fallback;
}

/**
 * @param {string} name
 * @param {number} fallback
 */
function intOption(name, fallback) {
  const value = Number.parseInt(option(name, String(fallback)), 10);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const TIMEOUTS = {
  buildMs: intOption('build-timeout', 10 * 60) * 1000,
  scaledBuildMs: intOption('scale-timeout', 30 * 60) * 1000,
  previewStartMs: 60_000,
  browserSectionMs: 10 * 60_000,
};

const settings = {
  basePath: BASE_PATH,
  buildRuns: intOption('build-runs', 3),
  browserRuns: intOption('runs', 5),
  scalePages: option('scale', '250,1000') === 'none' ? [] : option('scale', '250,1000').split(',').map(Number).filter((n) => n > 0),
  skip: option('skip', '').split(',').filter(Boolean),
  keep: process.argv.includes('--keep'),
  timeouts: TIMEOUTS,
};

/** @param {string} message */
const log = (message) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

/**
 * A read-only git query; undefined when git is unavailable.
 * @param {string[]} args
 */
function git(args) {
  try {
    return execFileSync('git', args, { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 15_000 }).trim();
  } catch {
    return undefined;
  }
}

function astroVersion() {
  try {
    return String(JSON.parse(fs.readFileSync(path.join(REPO, 'node_modules', 'astro', 'package.json'), 'utf8')).version);
  } catch {
    return 'unknown';
  }
}

const started = performance.now();
const runStamp = new Date().toISOString().replace(/[:.]/g, '-');
const logDir = path.join(RESULTS, 'logs');
fs.mkdirSync(logDir, { recursive: true });

/** @type {string[]} */
const problems = [];
/** @type {Set<string>} */
const workspaces = new Set();
const cpus = os.cpus();

/** @type {import('./bench/report.mjs').Report} */
const report = {
  schema: 1,
  meta: {
    project: 'aws-ml-data-engineering-study',
    date: new Date().toISOString(),
    git: {
      commit: git(['rev-parse', '--short', 'HEAD']) ?? 'unknown',
      // --no-optional-locks: status must not even refresh the index of a checkout others are working in.
      dirtyFiles: (git(['--no-optional-locks', 'status', '--porcelain']) ?? '').split('\n').filter(Boolean).length,
    },
    node: process.version,
    astro: astroVersion(),
    machine: {
      cores: cpus.length,
      cpuModel: cpus[0]?.model.trim() ?? 'unknown',
      memoryBytes: os.totalmem(),
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      loadAverageAtStart: os.loadavg().map((value) => Math.round(value * 100) / 100),
    },
    settings,
    logDir: path.relative(REPO, logDir),
  },
  build: { ok: false, runs: [] },
  scaling: {},
  output: {},
  browser: {},
  problems,
  durationMs: 0,
};

/** Removes the temporary copies (unless --keep) and stops anything still running. */
function cleanUp() {
  killAllGroups();
  if (settings.keep) {
    for (const dir of workspaces) log(`kept ${dir}`);
    return;
  }
  for (const dir of workspaces) {
    try {
      removeWorkspace(dir);
    } catch (error) {
      log(`could not remove ${dir}: ${messageOf(error)}`);
    }
  }
  workspaces.clear();
}

process.on('exit', killAllGroups);
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
  process.on(signal, () => {
    log(`${signal}: stopping`);
    cleanUp();
    process.exit(130);
  });
}

// 1. Build ---------------------------------------------------------------------------------------------------------
/** @type {string | undefined} */
let baseDir;
try {
  log('copying the repository to a temporary folder');
  const workspace = createWorkspace(REPO, 'base');
  baseDir = workspace.dir;
  workspaces.add(baseDir);
  report.build.workspace = { nodeModules: workspace.nodeModules, setupMs: Math.round(workspace.setupMs) };
  for (let i = 0; i < settings.buildRuns; i++) {
    if (i > 0) cleanBuildState(baseDir);
    log(`build ${i + 1}/${settings.buildRuns}`);
    const result = await measureBuild({
      dir: baseDir,
      basePath: BASE_PATH,
      timeoutMs: TIMEOUTS.buildMs,
      logFile: path.join(logDir, `build-${i + 1}.log`),
    });
    report.build.runs.push(result);
    log(`build ${i + 1}: ${result.ok ? `${(result.wallMs / 1000).toFixed(1)} s` : 'FAILED'}`);
    if (!result.ok) {
      report.build.error = result.error;
      problems.push(`build run ${i + 1}: ${result.error}`);
      break;
    }
  }
  const good = report.build.runs.filter((run) => run.ok);
  report.build.ok = good.length > 0 && good.length === report.build.runs.length;
  const medianOf = (/** @type {(run: import('./bench/build.mjs').BuildResult) => number | undefined} */ pick) =>
    median(good.map(pick).filter((value) => value !== undefined));
  report.build.median = {
    wallMs: medianOf((run) => run.wallMs),
    maxRssKiB: medianOf((run) => run.maxRssKiB),
    peakTreeRssKiB: medianOf((run) => run.peakTreeRssKiB),
  };
} catch (error) {
  report.build.error = messageOf(error);
  problems.push(`build: ${messageOf(error)}`);
}
const buildOk = report.build.ok;
const dist = baseDir ? path.join(baseDir, 'dist') : '';

// 3. Output (static part, from the files) ------------------------------------------------------------------------------
if (!buildOk) report.output.skipped = 'the basic build failed';
else if (settings.skip.includes('output')) report.output.skipped = '--skip=output';
else {
  try {
    log('measuring dist/');
    report.output.dist = summariseDist(dist);
    report.output.pages = WEIGHT_PAGES.map(({ label, path: page }) => {
      try {
        return { label, result: staticPageWeight(dist, BASE_PATH, page) };
      } catch (error) {
        problems.push(`output ${label}: ${messageOf(error)}`);
        return { label, error: messageOf(error) };
      }
    });
    report.output.everyPage = allPageWeights(dist, BASE_PATH);
  } catch (error) {
    report.output.error = messageOf(error);
    problems.push(`output: ${messageOf(error)}`);
  }
}

// 4. Browser ----------------------------------------------------------------------------------------------------------
if (!buildOk || !baseDir) report.browser.skipped = 'the basic build failed';
else if (settings.skip.includes('browser')) report.browser.skipped = '--skip=browser';
else {
  /** @type {Awaited<ReturnType<typeof startPreview>> | undefined} */
  let preview;
  /** @type {Awaited<ReturnType<typeof launchBrowser>> | undefined} */
  let launched;
  const dir = baseDir;
  try {
    await withTimeout(
      (async () => {
        log(`starting astro preview on ${HOST}:${PORT}`);
        preview = await startPreview({
          dir,
          basePath: BASE_PATH,
          host: HOST,
          port: PORT,
          timeoutMs: TIMEOUTS.previewStartMs,
          logFile: path.join(logDir, 'preview.log'),
        });
        launched = await launchBrowser();
        report.browser.browser = launched.description;
        log(`browser: ${launched.description}`);
        const results = await measureInBrowser(launched.browser, {
          origin: preview.origin,
          basePath: BASE_PATH,
          runs: settings.browserRuns,
          queries: QUERIES,
          weightPages: WEIGHT_PAGES,
          widgets: WIDGETS,
          log,
        });
        Object.assign(report.browser, results);
        problems.push(...results.errors.map((message) => `browser ${message}`));
      })(),
      TIMEOUTS.browserSectionMs,
      'browser measurements',
    );
  } catch (error) {
    report.browser.error = messageOf(error);
    problems.push(`browser: ${messageOf(error)}`);
  } finally {
    // Always: close the browser and stop the preview server's whole process group.
    await launched?.browser.close().catch(() => undefined);
    if (preview) {
      log('stopping astro preview');
      await preview.stop();
    }
  }
}

// 2. Scaling (last: the longest builds, and the browser figures are taken on a quiet machine) ---------------------------
if (!buildOk) report.scaling.skipped = 'the basic build failed';
else if (settings.skip.includes('scaling') || settings.scalePages.length === 0) report.scaling.skipped = 'not requested';
else {
  if (baseDir && !settings.keep) {
    removeWorkspace(baseDir);
    workspaces.delete(baseDir);
  }
  const base = report.build.runs.filter((run) => run.ok);
  const baseline = base.length
    ? (() => {
        const last = /** @type {import('./bench/build.mjs').BuildResult} */ (base.at(-1));
        const wallMs = report.build.median?.wallMs ?? last.wallMs;
        return {
          ...last,
          wallMs,
          maxRssKiB: report.build.median?.maxRssKiB ?? last.maxRssKiB,
          peakTreeRssKiB: report.build.median?.peakTreeRssKiB ?? last.peakTreeRssKiB,
          targetPages: last.htmlPages,
          generated: 0,
          baseline: true,
          perPageMs: wallMs / last.htmlPages,
          distPerPageBytes: last.distBytes / last.htmlPages,
        };
      })()
    : undefined;
  /** @type {NonNullable<import('./bench/report.mjs').Report['scaling']['points']>} */
  const points = baseline ? [baseline] : [];
  report.scaling.points = points;
  for (const targetPages of settings.scalePages) {
    /** @type {string | undefined} */
    let dir;
    try {
      log(`scaling: preparing a copy with about ${targetPages} pages`);
      const workspace = createWorkspace(REPO, `scale-${targetPages}`);
      dir = workspace.dir;
      workspaces.add(dir);
      const generated = generatePages(dir, targetPages);
      log(`scaling: ${generated.generated} pages generated from ${generated.sources}; building`);
      const result = await measureBuild({
        dir,
        basePath: BASE_PATH,
        timeoutMs: TIMEOUTS.scaledBuildMs,
        logFile: path.join(logDir, `build-scale-${targetPages}.log`),
      });
      log(`scaling ${targetPages}: ${result.ok ? `${(result.wallMs / 1000).toFixed(1)} s` : 'FAILED'}`);
      points.push({
        ...result,
        targetPages,
        generated: generated.generated,
        baseline: false,
        perPageMs: result.htmlPages ? result.wallMs / result.htmlPages : undefined,
        distPerPageBytes: result.htmlPages ? result.distBytes / result.htmlPages : undefined,
      });
      if (!result.ok) problems.push(`scaling ${targetPages} pages: ${result.error}`);
    } catch (error) {
      problems.push(`scaling ${targetPages} pages: ${messageOf(error)}`);
      points.push({ targetPages, ok: false, error: messageOf(error) });
    } finally {
      if (dir && !settings.keep) {
        removeWorkspace(dir);
        workspaces.delete(dir);
      }
    }
  }
  const ok = points.filter((point) => point.ok && point.htmlPages && point.wallMs !== undefined);
  const first = ok[0];
  const last = ok.at(-1);
  if (first && last && last !== first && first.htmlPages && last.htmlPages && last.htmlPages > first.htmlPages) {
    const added = last.htmlPages - first.htmlPages;
    report.scaling.marginalMsPerPage = (/** @type {number} */ (last.wallMs) - /** @type {number} */ (first.wallMs)) / added;
    report.scaling.marginalBytesPerPage = (/** @type {number} */ (last.distBytes) - /** @type {number} */ (first.distBytes)) / added;
  }
}

// 5. Report -----------------------------------------------------------------------------------------------------------
cleanUp();
report.durationMs = Math.round(performance.now() - started);
const markdown = renderMarkdown(report);
fs.mkdirSync(path.join(RESULTS, 'runs'), { recursive: true });
const json = `${JSON.stringify(report, null, 2)}\n`;
fs.writeFileSync(path.join(RESULTS, 'report.json'), json);
fs.writeFileSync(path.join(RESULTS, 'report.md'), markdown);
fs.writeFileSync(path.join(RESULTS, 'runs', `${runStamp}-${report.meta.git.commit}.json`), json);
process.stdout.write(`${markdown}\n`);
log(`wrote ${path.relative(REPO, path.join(RESULTS, 'report.md'))} and report.json in ${(report.durationMs / 1000).toFixed(0)} s`);
process.exitCode = buildOk ? 0 : 1;
