// @ts-check
/**
 * Shared helpers for the benchmark: running a command in its own process group with a time limit, sampling the
 * memory of a process tree from /proc, sizes and gzip sizes, medians and number formatting.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearInterval, clearTimeout, setInterval, setTimeout } from 'node:timers';
import zlib from 'node:zlib';

/** Process groups started by the benchmark that are still running: killed on exit, whatever the reason. */
const liveGroups = new Set(/** @type {number[]} */ ([]));

/**
 * Sends a signal to a whole process group (the child was started with `detached: true`, so its pid is the group id).
 * @param {number} pid
 * @param {NodeJS.Signals} signal
 * @returns {boolean} whether the group still existed
 */
export function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether any process of the group is still alive.
 * @param {number} pid
 */
export function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Stops a process group: SIGTERM, then SIGKILL if it is still there after `graceMs`.
 * @param {number} pid
 * @param {number} [graceMs]
 */
export async function stopGroup(pid, graceMs = 5000) {
  if (!killGroup(pid, 'SIGTERM')) {
    liveGroups.delete(pid);
    return;
  }
  const deadline = performance.now() + graceMs;
  while (performance.now() < deadline && groupAlive(pid)) await sleep(100);
  if (groupAlive(pid)) killGroup(pid, 'SIGKILL');
  liveGroups.delete(pid);
}

/** Kills every group still registered; safe to call from an `exit` handler (synchronous). */
export function killAllGroups() {
  for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
  liveGroups.clear();
}

/**
 * @param {number} ms
 * @returns {Promise<void>}
 */
export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Runs `promise` with a time limit; on expiry rejects with a clear message (the caller cleans up).
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} what
 * @returns {Promise<T>}
 */
export async function withTimeout(promise, ms, what) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const expiry = new Promise((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${Math.round(ms / 1000)} s`)), ms);
  });
  try {
    return /** @type {T} */ (await Promise.race([promise, expiry]));
  } finally {
    clearTimeout(timer);
  }
}

/**
 * @typedef {object} RunResult
 * @property {number | null} code exit code, null when killed by a signal
 * @property {string | null} signal
 * @property {boolean} timedOut
 * @property {number} wallMs from spawn to exit
 * @property {string} output stdout and stderr, interleaved as they arrived
 * @property {string | undefined} spawnError
 */

/**
 * @typedef {object} RunOptions
 * @property {string} cwd
 * @property {NodeJS.ProcessEnv} env
 * @property {number} timeoutMs
 * @property {string} [logFile] where to write the output as well
 * @property {(pid: number) => void} [onSpawn] called with the child's pid (= its process group id)
 */

/**
 * Runs a command in its own process group, capturing its output; kills the whole group on timeout.
 * @param {string} command
 * @param {string[]} args
 * @param {RunOptions} options
 * @returns {Promise<RunResult>}
 */
export function runCommand(command, args, options) {
  return new Promise((resolve) => {
    const started = performance.now();
    /** @type {string[]} */
    const chunks = [];
    const log = options.logFile ? fs.createWriteStream(options.logFile) : undefined;
    let timedOut = false;
    let wallMs = 0;
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const pid = child.pid;
    if (pid !== undefined) {
      liveGroups.add(pid);
      options.onSpawn?.(pid);
    }
    /** @param {Buffer} chunk */
    const collect = (chunk) => {
      const text = chunk.toString('utf8');
      chunks.push(text);
      log?.write(text);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => {
      timedOut = true;
      if (pid !== undefined) void stopGroup(pid, 3000);
    }, options.timeoutMs);
    child.on('exit', () => {
      wallMs = performance.now() - started;
    });
    /** @type {string | undefined} */
    let spawnError;
    child.on('error', (error) => {
      spawnError = error.message;
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (wallMs === 0) wallMs = performance.now() - started;
      // The command is done; make sure nothing it left behind in its group lives on.
      if (pid !== undefined) {
        killGroup(pid, 'SIGKILL');
        liveGroups.delete(pid);
      }
      const finish = () => resolve({ code, signal, timedOut, wallMs, output: chunks.join(''), spawnError });
      if (log) log.end(finish);
      else finish();
    });
  });
}

/**
 * Starts a long-running command (a server) in its own process group and returns it; the caller stops it with
 * `stopGroup(pid)`.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string; env: NodeJS.ProcessEnv; logFile: string }} options
 */
export function startBackground(command, args, options) {
  const log = fs.createWriteStream(options.logFile);
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid !== undefined) liveGroups.add(child.pid);
  /** @type {string[]} */
  const chunks = [];
  /** @param {Buffer} chunk */
  const collect = (chunk) => {
    chunks.push(chunk.toString('utf8'));
    log.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  /** @type {{ code: number | null; signal: string | null } | undefined} */
  let exited;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });
  child.on('error', (error) => {
    chunks.push(`spawn error: ${error.message}\n`);
    exited = { code: null, signal: null };
  });
  child.on('close', () => log.end());
  return {
    pid: child.pid,
    output: () => chunks.join(''),
    exited: () => exited,
  };
}

/**
 * Reads `/proc/<pid>/stat` for the parent pid (field 4; the command name in field 2 may contain spaces).
 * @param {string} pid
 * @returns {number | undefined}
 */
function parentOf(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(fields[1]);
    return Number.isFinite(ppid) ? ppid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The pids of `rootPid` and all its descendants, from a scan of /proc.
 * @param {number} rootPid
 * @returns {number[]}
 */
export function processTree(rootPid) {
  /** @type {Map<number, number[]>} */
  const children = new Map();
  let entries;
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return [];
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const ppid = parentOf(entry);
    if (ppid === undefined) continue;
    const list = children.get(ppid) ?? [];
    list.push(Number(entry));
    children.set(ppid, list);
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i++) {
    const pid = /** @type {number} */ (tree[i]);
    for (const child of children.get(pid) ?? []) tree.push(child);
  }
  return tree;
}

/**
 * VmRSS and VmHWM (peak RSS) of one process, in KiB.
 * @param {number} pid
 * @returns {{ rssKiB: number; hwmKiB: number; name: string } | undefined}
 */
function memoryOf(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (/** @type {string} */ name) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    const name = /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?';
    return { rssKiB: field('VmRSS'), hwmKiB: field('VmHWM'), name };
  } catch {
    return undefined;
  }
}

/**
 * @typedef {object} TreeMemory
 * @property {boolean} available whether /proc could be read
 * @property {number} samples
 * @property {number} peakTreeRssKiB highest sum of the RSS of all processes of the tree at one sample
 * @property {number} peakProcessHwmKiB highest VmHWM (the kernel's own peak RSS) of any single process seen
 * @property {string} peakProcessName the command name of that process
 * @property {number} processesSeen distinct pids seen in the tree
 */

/**
 * Samples the memory of a process tree every `intervalMs` until stopped. Short-lived processes can be missed
 * between samples; VmHWM makes each sampled process's own peak exact.
 * @param {number} rootPid
 * @param {number} [intervalMs]
 * @returns {{ stop: () => TreeMemory }}
 */
export function sampleTreeMemory(rootPid, intervalMs = 200) {
  const available = fs.existsSync('/proc/self/status');
  /** @type {TreeMemory} */
  const result = { available, samples: 0, peakTreeRssKiB: 0, peakProcessHwmKiB: 0, peakProcessName: '', processesSeen: 0 };
  const seen = new Set(/** @type {number[]} */ ([]));
  const tick = () => {
    if (!available) return;
    let sum = 0;
    for (const pid of processTree(rootPid)) {
      const memory = memoryOf(pid);
      if (!memory) continue;
      seen.add(pid);
      sum += memory.rssKiB;
      if (memory.hwmKiB > result.peakProcessHwmKiB) {
        result.peakProcessHwmKiB = memory.hwmKiB;
        result.peakProcessName = memory.name;
      }
    }
    result.samples++;
    result.peakTreeRssKiB = Math.max(result.peakTreeRssKiB, sum);
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      result.processesSeen = seen.size;
      return result;
    },
  };
}

/**
 * @param {Buffer | string} data
 * @returns {number} the gzip size at level 9
 */
export function gzipSize(data) {
  return zlib.gzipSync(data, { level: 9 }).length;
}

/**
 * Total size and file count of a directory tree (symlinks are not followed).
 * @param {string} dir
 * @returns {{ bytes: number; files: number }}
 */
export function dirSize(dir) {
  let bytes = 0;
  let files = 0;
  /** @param {string} current */
  const walk = (current) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        bytes += fs.statSync(full).size;
        files++;
      }
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return { bytes, files };
}

/**
 * Files under `dir` whose name ends with `suffix`.
 * @param {string} dir
 * @param {string} suffix
 * @returns {string[]}
 */
export function findFiles(dir, suffix) {
  /** @type {string[]} */
  const found = [];
  /** @param {string} current */
  const walk = (current) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith(suffix)) found.push(full);
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return found;
}

/**
 * @param {readonly number[]} values
 * @returns {number | undefined}
 */
export function median(values) {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? /** @type {number} */ (sorted[middle])
    : (/** @type {number} */ (sorted[middle - 1]) + /** @type {number} */ (sorted[middle])) / 2;
}

/**
 * Median, minimum and maximum of a list of timings, rounded to 0.1 ms.
 * @param {readonly number[]} values
 * @returns {{ median: number | undefined; min: number | undefined; max: number | undefined; runs: number; values: number[] }}
 */
export function stats(values) {
  const round = (/** @type {number} */ v) => Math.round(v * 10) / 10;
  const med = median(values);
  return {
    median: med === undefined ? undefined : round(med),
    min: values.length ? round(Math.min(...values)) : undefined,
    max: values.length ? round(Math.max(...values)) : undefined,
    runs: values.length,
    values: values.map(round),
  };
}

/**
 * @param {number | undefined | null} bytes
 * @returns {string}
 */
export function fmtBytes(bytes) {
  if (bytes === undefined || bytes === null || !Number.isFinite(bytes)) return '–';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GiB`;
}

/**
 * @param {number | undefined | null} ms
 * @returns {string}
 */
export function fmtMs(ms) {
  if (ms === undefined || ms === null || !Number.isFinite(ms)) return '–';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  return `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
}

/**
 * The message of anything thrown.
 * @param {unknown} error
 * @returns {string}
 */
export function messageOf(error) {
  const text = error instanceof Error ? error.message : String(error);
  return stripAnsi(text).split('\n').slice(0, 6).join('\n').trim();
}

/**
 * Removes ANSI colour codes.
 * @param {string} text
 */
export function stripAnsi(text) {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
}
