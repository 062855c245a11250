// @ts-check
/**
 * `npm run bench`: performance figures for the site, written to bench-results/report.md and report.json (BENCHMARK.md
 * is a copy). It asserts nothing about time. Everything happens in a temporary copy of the committed HEAD (`git
 * archive`, node_modules hard-linked), so the checkout's dist/ and caches are never touched; the copy is removed at
 * the end and Playwright stops the preview server it starts.
 *
 *  1. Build: cold `npx astro build` (BASE_PATH=/aws-ml-study/) timed by hyperfine, with GNU time for each run's peak
 *     memory and CPU, and /proc sampling for the memory of the whole process tree.
 *  2. Output: sizes of dist/ and of the Pagefind index.
 *  3. Browser (tests/bench/, Playwright): what every page loads, search latency, island hydration.
 *  4. Scaling: the same build with existing pages copied until the site has about 250 and 1,000 pages.
 *
 * Options: --build-runs=N (3), --runs=N browser runs (5), --scale=250,1000 (or none), --skip=browser,scaling,
 * --keep (keep the temporary copy). BENCH_PORT (4390) is the preview server's port. Progress goes to stderr.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clearInterval, setInterval, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { renderMarkdown } from './bench/report.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = path.join(REPO, 'bench-results');
const BASE_PATH = '/aws-ml-study/';
const BUILD_TIMEOUT_S = 1800;

/** @param {string} name @param {string} fallback */
const option = (name, fallback) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const settings = {
  buildRuns: Math.max(1, Number(option('build-runs', '3')) || 3),
  browserRuns: Math.max(1, Number(option('runs', '5')) || 5),
  scale: option('scale', '250,1000')
    .split(',')
    .map(Number)
    .filter((n) => n > 0),
  skip: option('skip', '').split(','),
  keep: process.argv.includes('--keep'),
  port: Number(process.env['BENCH_PORT'] ?? 4390),
};
/** @param {string} message */
const log = (message) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
/** @param {string} command @param {string[]} args */
const output = (command, args) => execFileSync(command, args, { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
/** @param {string} text */
const quote = (text) => `'${text.replace(/'/g, `'\\''`)}'`;

/**
 * Makes sure a command exists: installs its Debian package as root where apt-get exists (as ensure-browser.mjs does
 * for Chromium), or stops with the command to run.
 * @param {string} command @param {string} aptPackage @param {string} what
 */
function ensureTool(command, aptPackage, what) {
  const works = () => spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0;
  if (works()) return;
  if (process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get')) {
    log(`installing ${aptPackage} with apt-get`);
    for (const args of [
      ['update', '-qq'],
      ['install', '-y', '-qq', aptPackage],
    ])
      spawnSync('apt-get', args, { stdio: ['ignore', 2, 2] });
    if (works()) return;
  }
  console.error(
    `npm run bench needs ${what} (${command}). Install it, then run the bench again:\n  Debian/Ubuntu: sudo apt-get install -y ${aptPackage}`,
  );
  if (aptPackage === 'hyperfine')
    console.error('  elsewhere: brew install hyperfine, or cargo install hyperfine (https://github.com/sharkdp/hyperfine)');
  process.exit(1);
}

/**
 * Runs a command with its output on stderr; resolves with its exit code.
 * @param {string} command @param {string[]} args @param {import('node:child_process').SpawnOptions} [options]
 * @returns {Promise<number | null>}
 */
function run(command, args, options = {}) {
  return new Promise((resolve) => {
    // Its own process group, so that a signal to the bench stops it with all its children (see the end of the file).
    const child = spawn(command, args, { stdio: ['ignore', 2, 2], detached: true, ...options });
    running = child;
    child.on('error', () => resolve(null));
    child.on('exit', (code) => resolve(code));
  });
}
/** @type {import('node:child_process').ChildProcess | undefined} the command started last */
let running;

/**
 * The processes working in `dir` (the builds with their workers and Pagefind, the preview server), with their RSS.
 * @param {string} dir
 * @returns {{ pid: number; rssKiB: number }[]}
 */
function processesIn(dir) {
  if (!fs.existsSync('/proc')) return []; // not Linux: no memory of the tree, no clean-up by folder
  return fs.readdirSync('/proc').flatMap((name) => {
    try {
      const cwd = /^\d+$/.test(name) ? fs.readlinkSync(`/proc/${name}/cwd`) : '';
      if (cwd !== dir && !cwd.startsWith(`${dir}/`)) return [];
      return [{ pid: Number(name), rssKiB: Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${name}/status`, 'utf8'))?.[1] ?? 0) }];
    } catch {
      return []; // the process ended between listing and reading, or is not ours
    }
  });
}

/**
 * Samples every 200 ms the summed RSS of all processes working in `dir`.
 * @param {string} dir
 * @returns {() => number} stops sampling and returns the highest sum, in KiB
 */
function sampleTreeRss(dir) {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(
      peak,
      processesIn(dir).reduce((sum, found) => sum + found.rssKiB, 0),
    );
  }, 200);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

/**
 * Files under a folder, with their sizes.
 * @param {string} dir
 * @returns {{ file: string; bytes: number }[]}
 */
function files(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return { file, bytes: fs.statSync(file).size };
    });
}
/** @param {{ bytes: number }[]} list */
const bytes = (list) => list.reduce((sum, item) => sum + item.bytes, 0);

/**
 * Astro's own timings from a build log (best effort: the wording may change between versions).
 * @param {string} text
 */
function phases(text) {
  /** @param {RegExpExecArray | null} match */
  const ms = (match) => (match ? Number(match[1]) * (match[2] === 's' ? 1000 : 1) : undefined);
  const vite = [...text.matchAll(/\[vite\] ✓ built in ([\d.]+)(ms|s)\b/g)].map((match) => ms(match) ?? 0);
  return {
    viteBundleMs: vite.length ? vite.reduce((a, b) => a + b, 0) : undefined,
    staticRoutesMs: ms(/generating static routes[\s\S]*?✓ Completed in ([\d.]+)(ms|s)\b/.exec(text)),
    pagefindMs: ms(/Finished building search index in ([\d.]+)(ms|s)\b/.exec(text)),
    astroTotalMs: ms(/page\(s\) built in ([\d.]+)(ms|s)\b/.exec(text)),
    warnings: (text.match(/\[WARN\]/g) ?? []).length,
  };
}

/**
 * Cold builds of the copy in `dir`, timed by hyperfine (caches removed before each run, not timed).
 * @param {string} dir @param {string} label @param {number} runs
 */
async function timeBuilds(dir, label, runs) {
  const at = (/** @type {string} */ name) => path.join(dir, name);
  fs.rmSync(at('.bench-time'), { force: true });
  const build = `cd ${quote(dir)} && /usr/bin/time -a -o .bench-time -f '%M %U %S' timeout ${BUILD_TIMEOUT_S} npx astro build > .bench-build.log 2>&1`;
  const prepare = `rm -rf ${['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'].map((name) => quote(at(name))).join(' ')}`;
  const args = ['--runs', String(runs), '--prepare', prepare, '--export-json', at('.bench-hyperfine.json'), '--style', 'basic', '-n', label, build];
  const stopSampling = sampleTreeRss(dir);
  const code = await run('hyperfine', args, { cwd: os.tmpdir(), env: { ...process.env, BASE_PATH, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
  const peakTreeRssKiB = stopSampling();
  const buildLog = fs.existsSync(at('.bench-build.log')) ? fs.readFileSync(at('.bench-build.log'), 'utf8') : '';
  fs.writeFileSync(path.join(RESULTS, 'logs', `build-${label}.log`), buildLog);
  if (code !== 0)
    return { ok: false, error: `hyperfine exited with ${code}; the build log ends:\n${buildLog.trim().split('\n').slice(-15).join('\n')}` };
  const result = JSON.parse(fs.readFileSync(at('.bench-hyperfine.json'), 'utf8')).results[0];
  const gnuTime = fs
    .readFileSync(at('.bench-time'), 'utf8')
    .split('\n')
    .filter((line) => /^\d+ [\d.]+ [\d.]+$/.test(line))
    .map((line) => line.split(' ').map(Number));
  const dist = at('dist');
  return {
    ok: true,
    wallS: { mean: result.mean, stddev: result.stddev, median: result.median, min: result.min, max: result.max },
    runs: result.times.map((/** @type {number} */ wallS, /** @type {number} */ i) => {
      const [maxRssKiB, userS, systemS] = gnuTime[i] ?? [];
      return { wallS, maxRssKiB, userS, systemS };
    }),
    peakTreeRssKiB,
    phases: phases(buildLog),
    htmlPages: files(dist).filter((item) => item.file.endsWith('.html')).length,
    distBytes: bytes(files(dist)),
    pagefindBytes: bytes(files(path.join(dist, 'pagefind'))),
  };
}

/** @param {string} dist */
function outputSizes(dist) {
  const all = files(dist);
  const pagefind = files(path.join(dist, 'pagefind'));
  const html = all.filter((item) => item.file.endsWith('.html'));
  return {
    bytes: bytes(all),
    files: all.length,
    htmlBytes: bytes(html),
    htmlFiles: html.length,
    astroBytes: bytes(files(path.join(dist, '_astro'))),
    pagefindBytes: bytes(pagefind),
    pagefindFiles: pagefind.length,
    // Pagefind's index chunks are already compressed; gzip shows what a server could add for the rest.
    pagefindGzipBytes: pagefind.reduce((sum, item) => sum + gzipSync(fs.readFileSync(item.file), { level: 9 }).length, 0),
  };
}

/**
 * Copies the section pages (round robin, as bench-0001.mdx, … beside their source, with a unique title) until the
 * site has `total` pages. Only ever in the temporary copy.
 * @param {string} dir @param {number} total
 */
function generatePages(dir, total) {
  const docs = path.join(dir, 'src', 'content', 'docs');
  const pages = files(docs).filter((item) => /\.mdx?$/.test(item.file));
  const sources = pages.map((item) => item.file).filter((file) => path.dirname(file) !== docs && !/bench-\d+\.mdx?$/.test(file));
  for (let i = pages.length; i < total; i++) {
    const source = /** @type {string} */ (sources[i % sources.length]);
    const id = String(i).padStart(4, '0');
    const text = fs
      .readFileSync(source, 'utf8')
      .replace(/^title:\s*(["']?)(.*)\1\s*$/m, (_line, _quote, title) => `title: ${JSON.stringify(`${title} (bench ${id})`)}`)
      .replace(/^slug:.*$/m, '');
    fs.writeFileSync(path.join(path.dirname(source), `bench-${id}${path.extname(source)}`), text);
  }
}

/** @param {string} file */
const readJson = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined);

// ---------------------------------------------------------------------------------------------------------------------
ensureTool('hyperfine', 'hyperfine', 'hyperfine to time the builds');
ensureTool('/usr/bin/time', 'time', 'GNU time for the memory of each build');
const started = Date.now();
fs.mkdirSync(path.join(RESULTS, 'logs'), { recursive: true });
const cpus = os.cpus();
/** @type {string[]} */
const problems = [];
const report = {
  meta: {
    date: new Date().toISOString(),
    commit: output('git', ['rev-parse', '--short', 'HEAD']),
    subject: output('git', ['log', '-1', '--format=%s']),
    node: process.version,
    astro: JSON.parse(fs.readFileSync(path.join(REPO, 'node_modules', 'astro', 'package.json'), 'utf8')).version,
    hyperfine: output('hyperfine', ['--version']),
    machine: `${cpus.length} cores (${cpus[0]?.model.trim()}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()} ${os.arch()}`,
    loadAverage: os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' / '),
    loadAverageEnd: '',
    basePath: BASE_PATH,
    settings,
    durationS: 0,
  },
  /** @type {any} */ build: undefined,
  /** @type {any} */ output: undefined,
  /** @type {any} */ browser: undefined,
  /** @type {any[]} */ scaling: [],
  problems,
};

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'aws-ml-bench-')));
// On the way out, whatever happened: stop anything still working in the copy (a preview server), then remove it.
process.on('exit', () => {
  for (const { pid } of processesIn(dir)) process.kill(pid, 'SIGKILL');
  if (settings.keep) log(`kept ${dir}`);
  else fs.rmSync(dir, { recursive: true, force: true });
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
  process.on(signal, () => {
    log(`${signal}: stopping`);
    if (!running?.pid || running.exitCode !== null || running.signalCode !== null) process.exit(130);
    running.once('exit', () => process.exit(130));
    process.kill(-running.pid, 'SIGINT'); // Playwright stops its preview server on SIGINT
    setTimeout(() => process.exit(130), 15_000);
  });
}

log(`copying HEAD (${report.meta.commit}) to ${dir}`);
execFileSync('sh', ['-c', `git -C ${quote(REPO)} archive HEAD | tar -x -C ${quote(dir)}`]);
try {
  execFileSync('cp', ['-al', path.join(REPO, 'node_modules'), path.join(dir, 'node_modules')]);
} catch {
  execFileSync('cp', ['-a', path.join(REPO, 'node_modules'), path.join(dir, 'node_modules')]); // another file system
}

log(`build: ${settings.buildRuns} cold runs`);
report.build = await timeBuilds(dir, 'site', settings.buildRuns);
if (!report.build.ok) {
  problems.push(`build: ${report.build.error}`);
} else {
  report.output = outputSizes(path.join(dir, 'dist'));
  if (!settings.skip.includes('browser')) {
    log('browser: tests/bench/ in Chromium');
    const out = path.join(dir, '.bench-browser');
    fs.mkdirSync(out);
    await run(process.execPath, ['scripts/ensure-browser.mjs'], { cwd: REPO });
    const env = { ...process.env, BENCH_DIR: dir, BENCH_OUT: out, BENCH_RUNS: String(settings.browserRuns), BENCH_PORT: String(settings.port) };
    const code = await run('npx', ['playwright', 'test', '--config', 'tests/bench/playwright.config.ts'], { cwd: REPO, env });
    if (code !== 0) problems.push(`browser: Playwright exited with ${code} (its output above says which measure failed)`);
    report.browser = Object.fromEntries(['weights', 'search', 'hydration'].map((name) => [name, readJson(path.join(out, `${name}.json`))]));
  }
  for (const total of settings.skip.includes('scaling') ? [] : settings.scale) {
    generatePages(dir, total);
    log(`scaling: a build with about ${total} pages`);
    const point = await timeBuilds(dir, `scale-${total}`, 1);
    if (!point.ok) problems.push(`scaling to ${total} pages: ${point.error}`);
    report.scaling.push({ target: total, ...point });
  }
}

report.meta.durationS = Math.round((Date.now() - started) / 1000);
report.meta.loadAverageEnd = os
  .loadavg()
  .map((n) => n.toFixed(2))
  .join(' / ');
const markdown = renderMarkdown(report);
fs.writeFileSync(path.join(RESULTS, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
fs.writeFileSync(path.join(RESULTS, 'report.md'), markdown);
process.stdout.write(markdown);
log(`wrote bench-results/report.md and report.json in ${report.meta.durationS} s`);
process.exitCode = report.build.ok ? 0 : 1;
