// @ts-check
/**
 * Renders the benchmark results as Markdown (report.md); the same object is written as report.json.
 */
import { fmtBytes, fmtMs } from './lib.mjs';

/**
 * @typedef {{ median: number | undefined; min: number | undefined; max: number | undefined; runs: number; values: number[] }} Stats
 * @typedef {{ raw: number; gzip: number }} Sizes
 * @typedef {import('./build.mjs').BuildResult} BuildResult
 * @typedef {import('./output.mjs').DistSummary} DistSummary
 * @typedef {import('./output.mjs').StaticPageWeight} StaticPageWeight
 * @typedef {import('./output.mjs').EveryPageWeight} EveryPageWeight
 * @typedef {Awaited<ReturnType<typeof import('./browser.mjs').measureInBrowser>>} BrowserResults
 */

/**
 * One build size of the scaling section: the basic build (baseline) or a build with generated pages.
 * @typedef {Partial<BuildResult> & {
 *   targetPages: number;
 *   ok: boolean;
 *   generated?: number;
 *   baseline?: boolean;
 *   perPageMs?: number | undefined;
 *   distPerPageBytes?: number | undefined;
 * }} ScalePoint
 */

/**
 * Everything the benchmark measured; written as report.json, rendered as report.md.
 * @typedef {object} Report
 * @property {number} schema
 * @property {{
 *   project: string;
 *   date: string;
 *   git: { commit: string; dirtyFiles: number };
 *   node: string;
 *   astro: string;
 *   machine: { cores: number; cpuModel: string; memoryBytes: number; platform: string; loadAverageAtStart: number[] };
 *   settings: Record<string, unknown> & { basePath: string };
 *   logDir: string;
 * }} meta
 * @property {{
 *   ok: boolean;
 *   runs: BuildResult[];
 *   workspace?: { nodeModules: string; setupMs: number };
 *   median?: { wallMs: number | undefined; maxRssKiB: number | undefined; peakTreeRssKiB: number | undefined };
 *   error?: string | undefined;
 * }} build
 * @property {{
 *   skipped?: string;
 *   points?: ScalePoint[];
 *   marginalMsPerPage?: number;
 *   marginalBytesPerPage?: number;
 *   error?: string;
 * }} scaling
 * @property {{
 *   skipped?: string;
 *   dist?: DistSummary;
 *   pages?: { label: string; result?: StaticPageWeight; error?: string }[];
 *   everyPage?: EveryPageWeight[];
 *   error?: string;
 * }} output
 * @property {Partial<BrowserResults> & { skipped?: string; browser?: string; error?: string }} browser
 * @property {string[]} problems
 * @property {number} durationMs
 */

/**
 * @param {readonly string[]} headers
 * @param {readonly (readonly (string | number)[])[]} rows
 * @param {readonly ('l' | 'r')[]} [align]
 */
function table(headers, rows, align = []) {
  const rule = headers.map((_header, i) => (align[i] === 'l' ? ':--' : '--:'));
  return [headers, rule, ...rows].map((row) => `| ${row.map((cell) => String(cell).replace(/\|/g, '\\|')).join(' | ')} |`).join('\n');
}

/** @param {number | undefined} kib */
const fmtKiB = (kib) => (kib === undefined ? '–' : fmtBytes(kib * 1024));

/** @param {Stats | undefined} s */
const fmtStats = (s) => (s && s.median !== undefined ? `${fmtMs(s.median)} (${fmtMs(s.min)}–${fmtMs(s.max)}, n=${s.runs})` : '–');

/** @param {Sizes | undefined} s */
const fmtSizes = (s) => (s ? `${fmtBytes(s.raw)} / ${fmtBytes(s.gzip)}` : '–');

/** @param {number | undefined} s */
const fmtSeconds = (s) => (s === undefined ? '–' : `${s.toFixed(1)} s`);

/**
 * @param {Report} report
 * @returns {string}
 */
export function renderMarkdown(report) {
  /** @type {string[]} */
  const out = [];
  const m = report.meta;
  out.push(`# Benchmark: ${m.project}`, '');
  out.push(
    table(
      ['', ''],
      [
        ['Date', m.date],
        ['Commit', `${m.git.commit}${m.git.dirtyFiles ? ` (+ ${m.git.dirtyFiles} uncommitted changes in the working tree)` : ''}`],
        ['Node', m.node],
        ['Astro', m.astro],
        ['Machine', `${m.machine.cores} cores (${m.machine.cpuModel}), ${fmtBytes(m.machine.memoryBytes)} RAM, ${m.machine.platform}`],
        ['Load average at start', m.machine.loadAverageAtStart.join(' / ')],
        ['Base path', m.settings.basePath],
        ['Browser', report.browser?.browser ?? '–'],
        ['Total benchmark time', fmtMs(report.durationMs)],
      ],
      ['l', 'l'],
    ),
    '',
  );

  // Build
  out.push('## 1. Build', '');
  const build = report.build;
  if (build?.runs?.length) {
    out.push(
      `Full \`npx astro build\` (cold: no dist/, .astro/ or node_modules caches) in a temporary copy with hard-linked node_modules, ${build.runs.length} run(s). ` +
        'Max RSS = largest single process (GNU time); tree RSS = highest sum over all processes of the build, sampled every 200 ms.',
      '',
    );
    out.push(
      table(
        ['Run', 'Wall', 'User CPU', 'System CPU', 'Max RSS', 'Peak tree RSS', 'Pages', 'Load avg at start', 'Result'],
        [
          ...build.runs.map((run, i) => [
            i + 1,
            fmtMs(run.wallMs),
            fmtSeconds(run.userCpuS),
            fmtSeconds(run.systemCpuS),
            fmtKiB(run.maxRssKiB),
            fmtKiB(run.peakTreeRssKiB),
            run.htmlPages,
            run.loadAverage.join(' / '),
            run.ok ? 'ok' : 'FAILED',
          ]),
          ['**median**', `**${fmtMs(build.median?.wallMs)}**`, '', '', `**${fmtKiB(build.median?.maxRssKiB)}**`, `**${fmtKiB(build.median?.peakTreeRssKiB)}**`, '', '', ''],
        ],
      ),
      '',
    );
    const last = build.runs.at(-1);
    if (last) {
      out.push(
        'Phases of the last run, as Astro prints them:',
        '',
        table(
          ['Vite bundling', 'Rendering static routes', 'Pagefind index', 'Astro total', 'Warnings in log'],
          [[fmtMs(last.phases.viteBundleMs), fmtMs(last.phases.staticRoutesMs), fmtMs(last.phases.pagefindMs), fmtMs(last.phases.astroTotalMs), last.phases.warnings]],
        ),
        '',
      );
    }
  }
  if (build?.error) out.push(`**Build failed:** ${build.error.split('\n')[0]}`, '', '```', build.error, '```', '');

  // Scaling
  out.push('## 2. Scaling', '');
  const scaling = report.scaling;
  if (scaling?.skipped) out.push(`Skipped: ${scaling.skipped}`, '');
  else if (scaling?.points) {
    out.push(
      'Existing section pages duplicated (bench-0001.mdx, ... with unique titles) in a temporary copy; one cold build per size, links validator and Pagefind included. ' +
        'Starlight renders the whole sidebar into every page, so dist/ per page grows with the size of the site.',
      '',
    );
    out.push(
      table(
        ['Pages', 'Wall', 'Per page', 'Render', 'Pagefind', 'Max RSS', 'Peak tree RSS', 'dist/', 'dist/ per page', 'Pagefind index', 'Result'],
        scaling.points.map(p => [
          p.htmlPages || p.targetPages,
          fmtMs(p.wallMs),
          fmtMs(p.perPageMs),
          fmtMs(p.phases?.staticRoutesMs),
          fmtMs(p.phases?.pagefindMs),
          fmtKiB(p.maxRssKiB),
          fmtKiB(p.peakTreeRssKiB),
          fmtBytes(p.distBytes),
          fmtBytes(p.distPerPageBytes),
          fmtBytes(p.pagefindBytes),
          p.ok ? (p.baseline ? 'ok (basic build, median)' : 'ok') : `FAILED: ${String(p.error ?? '').split('\n')[0]}`,
        ]),
      ),
      '',
    );
    if (scaling.marginalMsPerPage !== undefined) {
      out.push(`Marginal cost between the smallest and largest build: **${fmtMs(scaling.marginalMsPerPage)} per added page**, ${fmtBytes(scaling.marginalBytesPerPage)} of dist/ per added page.`, '');
    }
  }
  if (scaling?.error) out.push(`**Scaling failed:** ${scaling.error}`, '');

  // Output
  out.push('## 3. Output', '');
  const output = report.output;
  if (output?.skipped) out.push(`Skipped: ${output.skipped}`, '');
  if (output?.dist) {
    const d = output.dist;
    out.push(
      table(
        ['dist/ total', 'Files', 'HTML', '_astro/ bundles', 'Pagefind index', 'Pagefind files', 'Pagefind gzip'],
        [[fmtBytes(d.bytes), d.files, `${fmtBytes(d.htmlBytes)} (${d.htmlFiles} files)`, fmtBytes(d.astroAssetsBytes), fmtBytes(d.pagefindBytes), d.pagefindFiles, fmtBytes(d.pagefindGzipBytes)]],
      ),
      '',
    );
  }
  if (output?.pages?.length) {
    out.push(
      'What each page references before any interaction, from its HTML (stylesheets including the print one, module scripts, island component/renderer URLs and their static imports), raw / gzip -9. Widget code is loaded on first use (`client:intent`), so it is counted apart:',
      '',
      table(
        ['Page', 'HTML', 'CSS', 'JS', 'Total', 'Widget code, on first use'],
        output.pages.map(p =>
          p.result
            ? [
                `${p.label} (\`${p.result.page || '/'}\`)`,
                fmtSizes(p.result.html),
                `${fmtSizes(p.result.css)} (${p.result.css.files})`,
                `${fmtSizes(p.result.js)} (${p.result.js.files})`,
                `${fmtSizes(p.result.total)} (${p.result.total.files})`,
                p.result.onUse?.files ? `${fmtSizes(p.result.onUse)} (${p.result.onUse.files})` : '–',
              ]
            : [p.label, `error: ${p.error}`, '', '', '', ''],
        ),
        ['l'],
      ),
      '',
    );
  }
  if (output?.everyPage?.length) {
    const pages = output.everyPage;
    const limit = 25 * 1024;
    const over = pages.filter(p => p.total > limit);
    out.push(
      `Every page, heaviest first: gzip bytes it references before any interaction (as above), of which its HTML, of which the article itself (the Markdown content), and widget code loaded on first use. ${over.length} of ${pages.length} pages are over 25 KiB; what is left after the article is mostly Starlight's frame (about 20 KiB on a topic page: CSS, scripts, header, sidebar, tables of contents), so a topic page stays under 25 KiB only while its article is under about 5 KiB gzip. The study-tool pages also load their islands at once, and the print documents carry the widgets of their section.`,
      '',
      '<details><summary>The table</summary>',
      '',
      table(
        ['Page', 'Total', 'HTML', 'Article', 'Total without the article', 'On first use'],
        pages.map(p => [
          `\`${p.page || '/'}\``,
          fmtBytes(p.total),
          fmtBytes(p.html),
          fmtBytes(p.article),
          fmtBytes(p.total - p.article),
          p.onUse ? fmtBytes(p.onUse) : '–',
        ]),
        ['l'],
      ),
      '',
      '</details>',
      '',
    );
  }
  const weights = report.browser?.pageWeights;
  if (weights?.length) {
    out.push(
      'Everything the browser loaded in a fresh context up to network idle (so also anything loaded after the load event, such as a search UI mounted when idle), requests in brackets, raw / gzip -9 of the decoded bodies:',
      '',
      table(
        ['Page', 'HTML', 'CSS', 'JS', 'Other', 'Total'],
        weights.map(w =>
          w.result
            ? [
                `${w.label} (\`${w.page || '/'}\`)`,
                fmtSizes(w.result.html),
                `${fmtSizes(w.result.css)} (${w.result.css.requests})`,
                `${fmtSizes(w.result.js)} (${w.result.js.requests})`,
                `${fmtSizes(w.result.other)} (${w.result.other.requests})`,
                `${fmtSizes(w.result.total)} (${w.result.total.requests})`,
              ]
            : [w.label, `error: ${w.error}`, '', '', '', ''],
        ),
        ['l'],
      ),
      '',
    );
  }
  if (output?.error) out.push(`**Output measurement failed:** ${output.error}`, '');

  // Browser
  out.push('## 4. Browser', '');
  const browser = report.browser;
  if (browser?.skipped) out.push(`Skipped: ${browser.skipped}`, '');
  if (browser?.search) {
    const s = browser.search;
    out.push(
      `Median (min–max, n runs), measured in the page with performance.now(). Search: Ctrl+K, fill the dialog's textbox, first \`.pagefind-ui__result-link\` in the DOM (includes Pagefind UI's 300 ms input debounce). ` +
        `Pagefind UI: ${s.mode === 'on first use' ? 'loaded on first use, so the cold time includes loading it' : s.mode === 'pre-mounted' ? 'mounted when the browser is idle, before the dialog opens' : 'unknown'}.`,
      '',
      table(
        ['Measure', 'Time', 'First result'],
        [
          [
            s.mode === 'on first use' ? 'Search usable (navigation start → search element defined)' : 'Search UI ready (navigation start → input attached)',
            fmtStats(s.searchReady),
            '',
          ],
          [`Search, cold: "${s.coldQuery}" in a fresh context`, fmtStats(s.cold), s.coldFirstResult ? `\`${s.coldFirstResult}\`` : '–'],
          [`Search, warm: "${s.warmQuery}" second query in the same page`, fmtStats(s.warm), s.warmFirstResult ? `\`${s.warmFirstResult}\`` : '–'],
        ],
        ['l', 'r', 'l'],
      ),
      '',
    );
  }
  if (browser?.hydration?.length) {
    out.push(
      'Island hydration: from what starts it to `data-hydrated="true"` on the island root. The widgets hydrate on intent (`client:intent`): nothing of theirs loads until the reader reaches for them, so the clock starts when the pointer moves over the island after the page is idle (loading the component and Preact, then hydrating); an island that hydrates by itself is timed from navigation start. Cold = fresh context, warm = reload in the same context.',
      '',
      table(
        ['Island', 'Page', 'Started by', 'Cold', 'Warm (reload)', 'DOMContentLoaded (cold)', 'load (cold)'],
        browser.hydration.map(h => [
          `\`${h.testId}\``,
          `\`${h.page}\``,
          h.trigger ?? '–',
          fmtStats(h.cold),
          fmtStats(h.warm),
          fmtMs(h.domContentLoaded?.median),
          fmtMs(h.load?.median),
        ]),
        ['l', 'l', 'l'],
      ),
      '',
    );
  }
  if (browser?.error) out.push(`**Browser measurements failed:** ${browser.error}`, '');

  // Problems
  out.push('## Problems', '');
  if (report.problems?.length) for (const problem of report.problems) out.push(`- ${String(problem).replace(/\n/g, ' ⏎ ')}`);
  else out.push('None.');
  out.push('', `Logs: ${report.meta.logDir}. JSON: bench-results/report.json.`, '');
  return out.join('\n');
}
