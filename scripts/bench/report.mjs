// @ts-check
/** The Markdown report of `npm run bench` (scripts/bench.mjs), from the figures it gathered. */

/** @param {number | undefined} n */
const size = (n) => {
  if (n === undefined || !Number.isFinite(n)) return '–';
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) [value, unit] = [value / 1024, unit + 1];
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
};
/** @param {number | undefined} kib */
const kibSize = (kib) => (kib === undefined ? '–' : size(kib * 1024));
/** @param {number | undefined} ms */
const time = (ms) => (ms === undefined || !Number.isFinite(ms) ? '–' : ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`);
/** @param {number[]} list */
const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
/** @param {number[]} list */
const stats = (list) => (list.length ? `${time(median(list))} (${time(Math.min(...list))}–${time(Math.max(...list))}, n=${list.length})` : '–');
/** @param {{ raw: number; gzip: number; requests?: number }} group */
const pair = (group) => `${size(group.raw)} / ${size(group.gzip)}${group.requests === undefined ? '' : ` (${group.requests})`}`;
/** @param {(string | number)[][]} rows @param {string} align e.g. 'lrr' */
const table = (rows, align) =>
  rows
    .map((row, i) => {
      const line = `| ${row.join(' | ')} |`;
      return i === 0 ? `${line}\n| ${[...align].map((a) => (a === 'l' ? ':--' : '--:')).join(' | ')} |` : line;
    })
    .join('\n');

const REPRESENTATIVE = [
  ['Topic page', 'databases/amazon-elasticache/'],
  ['Widget page', 'tools/kinesis-shard-calculator/'],
  ['Home page', '/'],
];

/** @param {any} build */
function buildSection(build) {
  if (!build.ok) return `## 1. Build\n\nFailed: ${build.error}\n`;
  const runs = build.runs.map((/** @type {any} */ r, /** @type {number} */ i) => [
    i + 1,
    time(r.wallS * 1000),
    `${r.userS?.toFixed(1)} s`,
    `${r.systemS?.toFixed(1)} s`,
    kibSize(r.maxRssKiB),
  ]);
  const rss = median(build.runs.map((/** @type {any} */ r) => r.maxRssKiB).filter(Number.isFinite));
  const w = build.wallS;
  const p = build.phases;
  return [
    '## 1. Build',
    '',
    `Cold \`npx astro build\` of ${build.htmlPages} HTML pages in a temporary copy, timed by [hyperfine](https://github.com/sharkdp/hyperfine) over ${build.runs.length} runs (dist/ and the caches of Astro and Vite are removed before each run, untimed). Max RSS is the largest single process (GNU time); peak tree RSS is the highest sum over all processes of the build (sampled every 200 ms), over all runs. On a busy machine wall time grows with the load (see the load averages above); CPU time varies less.`,
    '',
    table(
      [['Run', 'Wall', 'User CPU', 'System CPU', 'Max RSS'], ...runs, ['**median**', `**${time(w.median * 1000)}**`, '', '', `**${kibSize(rss)}**`]],
      'lrrrr',
    ),
    '',
    `hyperfine: mean ${time(w.mean * 1000)} ± ${time(w.stddev * 1000)}, range ${time(w.min * 1000)} … ${time(w.max * 1000)}. Peak tree RSS: **${kibSize(build.peakTreeRssKiB)}**.`,
    '',
    'Phases of the last run, as Astro prints them:',
    '',
    table(
      [
        ['Vite bundling', 'Rendering static routes', 'Pagefind index', 'Astro total', 'Warnings in log'],
        [time(p.viteBundleMs), time(p.staticRoutesMs), time(p.pagefindMs), time(p.astroTotalMs), p.warnings],
      ],
      'rrrrr',
    ),
    '',
  ].join('\n');
}

/** @param {any} report */
function scalingSection(report) {
  const base = { ...report.build, target: 'site', wallS: report.build.wallS.median };
  const points = [base, ...report.scaling.map((/** @type {any} */ p) => ({ ...p, wallS: p.wallS?.median }))];
  const rows = points.map((p) =>
    p.ok
      ? [
          p.htmlPages,
          time(p.wallS * 1000),
          time((p.wallS * 1000) / p.htmlPages),
          time(p.phases.staticRoutesMs),
          time(p.phases.pagefindMs),
          kibSize(median(p.runs.map((/** @type {any} */ r) => r.maxRssKiB))),
          kibSize(p.peakTreeRssKiB),
          size(p.distBytes),
          size(p.distBytes / p.htmlPages),
          size(p.pagefindBytes),
          p.target === 'site' ? 'the site (median of the builds above)' : `about ${p.target.toLocaleString('en')} pages`,
        ]
      : ['–', '–', '–', '–', '–', '–', '–', '–', '–', '–', `failed (about ${p.target} pages)`],
  );
  const ok = points.filter((p) => p.ok);
  const [first, last] = [ok[0], ok.at(-1)];
  const added = last && first && last.htmlPages - first.htmlPages;
  return [
    '## 2. Scaling',
    '',
    `Existing section pages copied (as bench-NNNN.mdx beside their source, each with a unique title) in the temporary copy until the site has about ${report.scaling.map((/** @type {any} */ p) => p.target.toLocaleString('en')).join(' and ')} content pages; one cold build each, links validator and Pagefind included. Starlight renders the whole sidebar into every page, so dist/ per page grows with the size of the site.`,
    '',
    table(
      [
        ['HTML pages', 'Wall', 'Per page', 'Render', 'Pagefind', 'Max RSS', 'Peak tree RSS', 'dist/', 'dist/ per page', 'Pagefind index', 'Content'],
        ...rows,
      ],
      'rrrrrrrrrrl',
    ),
    '',
    added
      ? `Marginal cost between the smallest and largest build: **${time(((last.wallS - first.wallS) * 1000) / added)} per added page**, ${size((last.distBytes - first.distBytes) / added)} of dist/ per added page.\n`
      : '',
  ].join('\n');
}

/** @param {any} output @param {any[] | undefined} weights */
function outputSection(output, weights) {
  const lines = [
    '## 3. Output',
    '',
    table(
      [
        ['dist/ total', 'Files', 'HTML', '_astro/ bundles', 'Pagefind index', 'Pagefind files', 'Pagefind gzip'],
        [
          size(output.bytes),
          output.files,
          `${size(output.htmlBytes)} (${output.htmlFiles} files)`,
          size(output.astroBytes),
          size(output.pagefindBytes),
          output.pagefindFiles,
          size(output.pagefindGzipBytes),
        ],
      ],
      'rrrrrrr',
    ),
    '',
  ];
  if (!weights) return lines.join('\n');
  const byPage = new Map(weights.map((w) => [w.page, w]));
  const over = weights.filter((w) => w.total.gzip > 25 * 1024).length;
  lines.push(
    'What a page loads in a fresh browser up to network idle, before any interaction (as tests/e2e/budgets.spec.ts counts it): raw / gzip -9 of each body, requests in brackets. Widget code loads when the reader reaches for a widget (`client:intent`): the last column is what the page loads then.',
    '',
    table(
      [
        ['Page', 'HTML', 'CSS', 'JS', 'Other', 'Total', 'Widget code, on first use'],
        ...REPRESENTATIVE.filter(([, page]) => byPage.has(page)).map(([label, page]) => {
          const w = byPage.get(page);
          return [
            `${label} (\`${page}\`)`,
            pair(w.html),
            pair(w.css),
            pair(w.js),
            pair(w.other),
            pair(w.total),
            w.onUse.requests ? pair(w.onUse) : '–',
          ];
        }),
      ],
      'lrrrrrr',
    ),
    '',
    `Every page, heaviest first, in gzip bytes: everything it loads before interaction, of which its HTML, of which the article itself (the Markdown content, gzipped alone), what is left besides the article, and widget code loaded on first use. ${over} of ${weights.length} pages load more than 25 KiB; what is left besides the article is mostly Starlight's frame (CSS, scripts, header, sidebar, tables of contents), so a topic page stays under 25 KiB only while its article is small. The study-tool pages load their islands at once, and the print documents carry the widgets of their section.`,
    '',
    '<details><summary>The table</summary>',
    '',
    table(
      [
        ['Page', 'Total', 'HTML', 'Article', 'Total without the article', 'On first use'],
        ...weights.map((w) => [
          `\`${w.page}\``,
          size(w.total.gzip),
          size(w.html.gzip),
          size(w.article),
          size(w.total.gzip - w.article),
          w.onUse.requests ? size(w.onUse.gzip) : '–',
        ]),
      ],
      'lrrrrr',
    ),
    '',
    '</details>',
    '',
  );
  return lines.join('\n');
}

/** @param {any} browser */
function browserSection(browser) {
  const lines = ['## 4. Browser', ''];
  const search = browser.search;
  if (search) {
    /** @param {string} key */
    const list = (key) => search.runs.map((/** @type {any} */ r) => r[key]);
    lines.push(
      "Median (min–max, n runs), measured in the page with performance.now(). Search: Ctrl+K, typing into the dialog, first `.pagefind-ui__result-link` in the DOM (includes Pagefind UI's 300 ms input debounce). The Pagefind UI loads on first use, so the cold time includes loading it.",
      '',
      table(
        [
          ['Measure', 'Time', 'First result'],
          ['Search usable (navigation start → search element defined)', stats(list('ready')), ''],
          [`Search, cold: "${search.queries.cold}" in a fresh context`, stats(list('cold')), `\`${search.runs[0]?.coldFirst}\``],
          [`Search, warm: "${search.queries.warm}", a second query in the same page`, stats(list('warm')), `\`${search.runs[0]?.warmFirst}\``],
        ],
        'lrl',
      ),
      '',
    );
  }
  if (browser.hydration) {
    lines.push(
      'Island hydration, to `data-hydrated="true"` on the island root. The widgets hydrate on intent (`client:intent`): nothing of theirs loads until the reader reaches for them, so the clock starts when the pointer moves over the island once the page is idle (loading the component and Preact, then hydrating). Cold = fresh context, warm = reload in the same context.',
      '',
      table(
        [
          ['Island', 'Page', 'Started by', 'Cold', 'Warm (reload)', 'DOMContentLoaded (cold)', 'load (cold)'],
          ...browser.hydration.map((/** @type {any} */ h) => {
            /** @param {string} key */
            const list = (key) => h.runs.map((/** @type {any} */ r) => r[key]);
            return [
              `\`${h.testId}\``,
              `\`${h.page}\``,
              h.runs[0]?.trigger ?? '–',
              stats(list('cold')),
              stats(list('warm')),
              time(median(list('domContentLoaded'))),
              time(median(list('load'))),
            ];
          }),
        ],
        'lllrrrr',
      ),
      '',
    );
  }
  return lines.join('\n');
}

/** @param {any} report */
export function renderMarkdown(report) {
  const m = report.meta;
  const browser = report.browser?.search?.browser;
  const sections = [
    '<!-- Generated by `npm run bench` (a copy of bench-results/report.md; bench-results/report.json has the same figures). Times vary with the machine and its load; sizes do not. -->',
    '',
    '# Benchmark: aws-ml-data-engineering-study',
    '',
    table(
      [
        ['', ''],
        ['Date', m.date],
        ['Commit', `\`${m.commit}\` ${m.subject.replace(/\|/g, '\\|')} (an export of HEAD: uncommitted changes are not measured)`],
        ['Machine', m.machine],
        ['Load average (1 / 5 / 15 min) at start, at end', `${m.loadAverage}, ${m.loadAverageEnd}`],
        ['Node / Astro / hyperfine', `${m.node} / ${m.astro} / ${m.hyperfine}`],
        ['Browser', browser ?? '–'],
        ['Base path', m.basePath],
        ['Total benchmark time', `${m.durationS} s`],
      ],
      'll',
    ),
    '',
    buildSection(report.build),
  ];
  if (report.build.ok) {
    if (report.scaling.length) sections.push(scalingSection(report));
    sections.push(outputSection(report.output, report.browser?.weights));
    if (report.browser) sections.push(browserSection(report.browser));
  }
  sections.push('## Problems', '', report.problems.length ? report.problems.map((/** @type {string} */ p) => `- ${p}`).join('\n') : 'None.', '');
  return `${sections.join('\n')}\n`;
}
