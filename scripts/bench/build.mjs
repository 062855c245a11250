// @ts-check
/**
 * One measured `npx astro build` in a workspace: wall time, CPU time and peak memory (GNU time's maximum RSS of the
 * largest process, plus a /proc sample of the whole tree's RSS), the phase timings Astro prints, and the output.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { dirSize, findFiles, runCommand, sampleTreeMemory, stripAnsi } from './lib.mjs';

const GNU_TIME = '/usr/bin/time';

/**
 * @typedef {object} BuildPhases
 * @property {number | undefined} viteBundleMs sum of Vite's "built in" lines (server and client bundles)
 * @property {number | undefined} staticRoutesMs rendering the pages ("generating static routes")
 * @property {number | undefined} pagefindMs Pagefind indexing, as Starlight reports it
 * @property {number | undefined} astroTotalMs Astro's own "page(s) built in" figure
 * @property {number | undefined} pagesReported
 * @property {number} warnings lines starting with [WARN]
 */

/**
 * @typedef {object} BuildResult
 * @property {boolean} ok
 * @property {string | undefined} error
 * @property {number} wallMs
 * @property {number | undefined} userCpuS
 * @property {number | undefined} systemCpuS
 * @property {number | undefined} maxRssKiB GNU time: maximum RSS of the largest single process of the tree
 * @property {number | undefined} peakTreeRssKiB sampled: highest sum of RSS over all processes of the tree
 * @property {number | undefined} peakProcessHwmKiB sampled: highest VmHWM of a single process
 * @property {string | undefined} peakProcessName
 * @property {string} memorySource how the memory figures were obtained
 * @property {BuildPhases} phases
 * @property {number} htmlPages HTML files in dist/
 * @property {number} distBytes
 * @property {number} distFiles
 * @property {number} pagefindBytes
 * @property {number} pagefindFiles
 * @property {number[]} loadAverage 1/5/15-minute load average when the build started
 * @property {string} logFile
 */

/**
 * @param {string} text
 * @param {RegExp} pattern with a number group 1 and a unit group 2 (s or ms)
 * @returns {number | undefined}
 */
function duration(text, pattern) {
  const match = pattern.exec(text);
  if (!match) return undefined;
  const value = Number(match[1]);
  return match[2] === 'ms' ? value : value * 1000;
}

/**
 * Astro's log lines with timings (best effort: the wording may change between versions).
 * @param {string} log
 * @returns {BuildPhases}
 */
export function parsePhases(log) {
  const text = stripAnsi(log);
  let viteBundleMs;
  for (const match of text.matchAll(/\[vite\] ✓ built in ([\d.]+)(ms|s)\b/g)) {
    viteBundleMs = (viteBundleMs ?? 0) + (match[2] === 'ms' ? Number(match[1]) : Number(match[1]) * 1000);
  }
  const pages = /(\d+) page\(s\) built in/.exec(text);
  return {
    viteBundleMs,
    staticRoutesMs: duration(text, /generating static routes[\s\S]*?✓ Completed in ([\d.]+)(ms|s)\b/),
    pagefindMs: duration(text, /Finished building search index in ([\d.]+)(ms|s)\b/),
    astroTotalMs: duration(text, /page\(s\) built in ([\d.]+)(ms|s)\b/),
    pagesReported: pages ? Number(pages[1]) : undefined,
    warnings: (text.match(/\[WARN\]/g) ?? []).length,
  };
}

/**
 * @param {string} file GNU time -v output
 */
function parseGnuTime(file) {
  if (!fs.existsSync(file)) return {};
  const text = fs.readFileSync(file, 'utf8');
  const number = (/** @type {string} */ label) => {
    const match = new RegExp(`${label}:\\s*([\\d.]+)`).exec(text);
    return match ? Number(match[1]) : undefined;
  };
  return {
    maxRssKiB: number('Maximum resident set size \\(kbytes\\)'),
    userCpuS: number('User time \\(seconds\\)'),
    systemCpuS: number('System time \\(seconds\\)'),
  };
}

/**
 * Runs a full production build in `dir` with the base path set, and measures it.
 * @param {object} options
 * @param {string} options.dir workspace
 * @param {string} options.basePath
 * @param {number} options.timeoutMs
 * @param {string} options.logFile
 * @returns {Promise<BuildResult>}
 */
export async function measureBuild({ dir, basePath, timeoutMs, logFile }) {
  const env = {
    ...process.env,
    BASE_PATH: basePath,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  const timeFile = path.join(dir, '.bench-time.txt');
  fs.rmSync(timeFile, { force: true });
  const useGnuTime = fs.existsSync(GNU_TIME);
  const [command, args] = useGnuTime
    ? [GNU_TIME, ['-v', '-o', timeFile, 'npx', 'astro', 'build']]
    : ['npx', ['astro', 'build']];
  const loadAverage = os.loadavg().map((value) => Math.round(value * 100) / 100);
  /** @type {ReturnType<typeof sampleTreeMemory> | undefined} */
  let sampler;
  const run = await runCommand(command, args, {
    cwd: dir,
    env,
    timeoutMs,
    logFile,
    onSpawn: (pid) => {
      sampler = sampleTreeMemory(pid);
    },
  });
  const sampled = sampler?.stop();
  const gnu = useGnuTime ? parseGnuTime(timeFile) : {};
  const dist = path.join(dir, 'dist');
  const distSize = dirSize(dist);
  const pagefind = dirSize(path.join(dist, 'pagefind'));
  const ok = run.code === 0 && !run.timedOut && fs.existsSync(path.join(dist, 'index.html'));
  /** @type {string | undefined} */
  let error;
  if (!ok) {
    const tail = stripAnsi(run.output).trim().split('\n').slice(-15).join('\n');
    error = run.timedOut
      ? `build timed out after ${Math.round(timeoutMs / 1000)} s`
      : run.spawnError
        ? `could not start the build: ${run.spawnError}`
        : `build exited with ${run.code ?? run.signal}${run.code === 0 ? ' but dist/index.html is missing' : ''}:\n${tail}`;
  }
  const memorySources = [useGnuTime ? 'GNU time -v (max RSS of the largest process)' : undefined, sampled?.available ? '/proc sampling every 200 ms (tree RSS sum, per-process VmHWM)' : undefined].filter(Boolean);
  return {
    ok,
    error,
    wallMs: Math.round(run.wallMs),
    userCpuS: gnu.userCpuS,
    systemCpuS: gnu.systemCpuS,
    maxRssKiB: gnu.maxRssKiB ?? (sampled?.available ? sampled.peakProcessHwmKiB : undefined),
    peakTreeRssKiB: sampled?.available ? sampled.peakTreeRssKiB : undefined,
    peakProcessHwmKiB: sampled?.available ? sampled.peakProcessHwmKiB : undefined,
    peakProcessName: sampled?.available ? sampled.peakProcessName : undefined,
    memorySource: memorySources.join(' + ') || 'none available',
    phases: parsePhases(run.output),
    htmlPages: findFiles(dist, '.html').length,
    distBytes: distSize.bytes,
    distFiles: distSize.files,
    pagefindBytes: pagefind.bytes,
    pagefindFiles: pagefind.files,
    loadAverage,
    logFile,
  };
}
