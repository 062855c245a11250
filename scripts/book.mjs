// @ts-check
/**
 * `npm run book [-- <folder>]`: after a build, prints the whole site as one PDF and each printable section as a PDF
 * of its own, into `<folder>/book/` (default folder: dist), so they are published with the site.
 *
 * What goes in each PDF, in what order, comes from the build itself: `book/plan.json` (src/libs/book.ts). The script
 * serves the built folder under its base path on a free local port, prints each document once with Playwright's
 * Chromium (`page.pdf()`, the site's print styles, A4 as the print tests use), then assembles each PDF with pdf-lib
 * (@cantoo/pdf-lib): a cover (site name, build date, the exams it prepares for), a contents list with the sheet
 * each section and page starts on, the parts, page numbers on every sheet after the cover and bookmarks.
 *
 * Why separate prints merged rather than one long HTML document: Chromium cannot put page numbers in a contents
 * list (no `target-counter()`), whereas each printed part says how many sheets it has and on which sheet each page's
 * title landed (its named destination), so the contents' numbers are exact; each part is printed once and reused
 * by the whole book and its section's PDF.
 *
 * Links in the PDFs point at the published site (the build's canonical address), never at the local server. A
 * console error, a failed request or a request to another origin while printing stops the book.
 * SOURCE_DATE_EPOCH (seconds) fixes the build date on the cover and in the metadata.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, PDFRef, PDFString, StandardFonts, rgb } from '@cantoo/pdf-lib';
import { chromium } from '@playwright/test';

import { BOOK_FOLDER, BOOK_PLAN_PATH, BOOK_PLAN_VERSION, bookPageCount, contentsLines, distinctParts } from '../src/libs/book.ts';

/** @typedef {import('../src/libs/book.ts').BookPlan} BookPlan */
/** @typedef {import('../src/libs/book.ts').BookFile} BookFile */
/** @typedef {import('../src/libs/book.ts').ContentsLine} ContentsLine */
/** @typedef {import('../src/libs/book.ts').PrintedPart} PrintedPart */
/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {{ doc: PDFDocument; pages: number; anchors: Map<string, number>; dests: Map<string, { page: number; view: PDFArray }> }} Part */

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
/** As the print tests print (tests/e2e/learning-pages.spec.ts); the margins are the site's `@page` rule. */
const PDF_OPTIONS = /** @type {const} */ ({ format: 'A4' });
const MM = 72 / 25.4;

const TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.pdf': 'application/pdf',
});

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`book: ${message}`);
  process.exit(1);
}

/** @param {string} text */
const escapeHtml = (text) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * Serves `root` under `base` on 127.0.0.1 and a free port, as GitHub Pages would: a folder answers with its
 * index.html, a folder without its slash is redirected, anything else missing gets 404.
 * @param {string} root @param {string} base
 * @returns {Promise<{ origin: string; close: () => Promise<void> }>}
 */
function serve(root, base) {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = pathname.startsWith(base) ? path.join(root, path.normalize(pathname.slice(base.length - 1))) : undefined;
    if (file === undefined || !file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    if (statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${pathname}/` }).end();
        return;
      }
      const index = path.join(file, 'index.html');
      if (!existsSync(index)) {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
      response.writeHead(200, { 'Content-Type': TYPES['.html'] }).end(readFileSync(index));
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') return reject(new Error('no port'));
      resolve({ origin: `http://127.0.0.1:${address.port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

/**
 * Watches a page for what would make a broken book: errors, failed or refused requests, requests to other origins
 * (aborted, never sent). Returns the problems seen since the last call.
 * @param {Page} page @param {string} origin
 */
async function watch(page, origin) {
  /** @type {string[]} */
  let problems = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    problems.push(`request to another origin: ${url}`);
    return route.abort();
  });
  page.on('pageerror', (error) => problems.push(`uncaught error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // Leaving a page cancels what it still loads (the favicon, say) with ERR_ABORTED; a missing file answers 404.
    if (request.url().startsWith(`${origin}/`) && reason !== 'net::ERR_ABORTED') problems.push(`failed request: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return () => {
    const seen = problems;
    problems = [];
    return seen;
  };
}

/**
 * The named destinations of a PDF Chromium printed (`/Dests` in its catalog): each element id a link points at,
 * with the sheet (0-based) and the view it names.
 * @param {PDFDocument} doc
 */
function namedDests(doc) {
  const refs = doc.getPages().map((page) => page.ref);
  /** @type {Map<string, { page: number; view: PDFArray }>} */
  const dests = new Map();
  const dict = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  for (const [name, value] of dict?.entries() ?? []) {
    const view = doc.context.lookupMaybe(value, PDFArray);
    const target = view?.get(0);
    const page = target instanceof PDFRef ? refs.findIndex((ref) => ref === target) : -1;
    if (view && page >= 0) dests.set(name.decodeText(), { page, view });
  }
  return dests;
}

/**
 * The link annotations of a page, as dictionaries.
 * @param {import('@cantoo/pdf-lib').PDFPage} page
 */
function linksOf(page) {
  const annots = page.node.Annots();
  /** @type {PDFDict[]} */
  const links = [];
  for (let index = 0; index < (annots?.size() ?? 0); index++) {
    const annot = annots?.lookupMaybe(index, PDFDict);
    if (annot?.get(PDFName.of('Subtype')) === PDFName.of('Link')) links.push(annot);
  }
  return links;
}

/**
 * Points every link at the local server to the same address on the published site.
 * @param {PDFDocument} doc @param {string} local @param {string} published
 */
function publishLinks(doc, local, published) {
  let rewritten = 0;
  for (const page of doc.getPages()) {
    for (const link of linksOf(page)) {
      const action = link.lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = action?.lookup(PDFName.of('URI'));
      if (!(uri instanceof PDFString || uri instanceof PDFHexString)) continue;
      const text = uri.decodeText();
      if (text.startsWith(local)) {
        action?.set(PDFName.of('URI'), PDFString.of(published + text.slice(local.length)));
        rewritten++;
      } else if (text.startsWith('http://127.0.0.1')) {
        throw new Error(`a link to a local address outside the site: ${text}`);
      }
    }
  }
  return rewritten;
}

/**
 * Prints the page as it is now and loads the PDF.
 * @param {Page} page
 */
async function printPage(page) {
  await page.evaluate(() => document.fonts.ready);
  return PDFDocument.load(await page.pdf(PDF_OPTIONS));
}

/** @param {Date} date */
const longDate = (date) => date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const FRONT_STYLE = `
  @page { size: A4; margin: 10mm 11mm 12mm; }
  html { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; color: #111; }
  body { margin: 0; }
  .cover { min-height: 250mm; display: flex; flex-direction: column; justify-content: center; gap: 6mm; padding: 0 8mm; }
  .cover h1 { font-size: 30pt; line-height: 1.15; margin: 0; }
  .cover .subtitle { font-size: 16pt; margin: 0; color: #333; }
  .cover p, .cover li { font-size: 11pt; line-height: 1.4; }
  .cover ul { padding-inline-start: 5mm; margin: 0; }
  .cover .meta { border-top: 1.5pt solid #444; padding-top: 4mm; }
  .contents h1 { font-size: 18pt; margin: 0 0 4mm; }
  .contents ol { list-style: none; margin: 0; padding: 0; font-size: 9.5pt; line-height: 1.35; }
  .contents li { display: flex; align-items: baseline; gap: 2mm; break-inside: avoid; }
  .contents li.group { font-weight: 700; font-size: 10.5pt; margin-top: 3mm; break-after: avoid; }
  .contents li.entry { padding-inline-start: 5mm; }
  .contents .leader { flex: 1; border-bottom: 0.75pt dotted #777; transform: translateY(-0.3em); }
`;

/**
 * The cover of a book.
 * @param {BookPlan} plan @param {BookFile} book @param {{ date: Date; address: string }} about
 */
function coverHtml(plan, book, about) {
  const exams = plan.exams.map((exam) => `<li><strong>${escapeHtml(exam.code)}</strong> ${escapeHtml(exam.name)} (${escapeHtml(exam.status)})</li>`);
  const heading =
    book.section === undefined
      ? `<h1>${escapeHtml(plan.siteTitle)}</h1><p class="subtitle">The whole site as one book</p>`
      : `<h1>${escapeHtml(book.title)}</h1><p class="subtitle">A section of ${escapeHtml(plan.siteTitle)}</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(book.title)}</title><style>${FRONT_STYLE}</style></head>
<body><main class="cover">${heading}
<div class="meta"><p>Built on ${escapeHtml(longDate(about.date))} from the site at ${escapeHtml(about.address)}</p>
<p>Prepares for these exams:</p><ul>${exams.join('')}</ul>
<p>Every fact links the AWS documentation that states it; the links in this PDF open the site and AWS’s pages.</p></div>
</main></body></html>`;
}

/**
 * The contents of a book.
 * @param {BookFile} book @param {ContentsLine[]} lines
 */
function contentsHtml(book, lines) {
  const items = lines.map(
    (line) =>
      `<li class="${line.level === 1 ? 'group' : 'entry'}"><span>${escapeHtml(line.title)}</span><span class="leader"></span><span>${line.page}</span></li>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Contents: ${escapeHtml(book.title)}</title><style>${FRONT_STYLE}</style></head>
<body><main class="contents"><h1>Contents</h1><ol>${items.join('')}</ol></main></body></html>`;
}

/**
 * Copies every sheet of `source` to the end of `out` and returns the new sheets' references; links to a named
 * destination inside `source` are pointed at the copied sheet (the names themselves are not copied).
 * @param {PDFDocument} out @param {PDFDocument} source @param {Part['dests']} [dests]
 */
async function append(out, source, dests = new Map()) {
  const pages = await out.copyPages(source, source.getPageIndices());
  for (const page of pages) out.addPage(page);
  const refs = pages.map((page) => page.ref);
  for (const page of pages) {
    for (const link of linksOf(page)) {
      const dest = link.get(PDFName.of('Dest'));
      if (!(dest instanceof PDFName || dest instanceof PDFString || dest instanceof PDFHexString)) continue;
      const target = dests.get(dest.decodeText());
      if (!target) {
        link.delete(PDFName.of('Dest')); // a link to nothing would only confuse a reader
        continue;
      }
      const view = target.view
        .asArray()
        .slice(1)
        .map((item) => (item instanceof PDFNumber ? PDFNumber.of(item.asNumber()) : item instanceof PDFName ? item : PDFNull));
      link.set(PDFName.of('Dest'), out.context.obj([refs[target.page] ?? PDFNull, ...view]));
    }
  }
  return refs;
}

/**
 * Bookmarks: a group per contents heading, its pages under it.
 * @param {PDFDocument} out @param {ContentsLine[]} lines
 */
function addBookmarks(out, lines) {
  const context = out.context;
  const pageRefs = out.getPages().map((page) => page.ref);
  /** @type {Array<{ line: ContentsLine; children: ContentsLine[] }>} */
  const groups = [];
  for (const line of lines) {
    if (line.level === 1) groups.push({ line, children: [] });
    else groups.at(-1)?.children.push(line);
  }
  const root = context.nextRef();
  /**
   * Links a list of items under their parent; returns their references.
   * @param {ContentsLine[]} items @param {PDFRef} parent
   */
  const chain = (items, parent) => {
    const refs = items.map(() => context.nextRef());
    items.forEach((item, index) => {
      const dict = context.obj({});
      dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
      dict.set(PDFName.of('Parent'), parent);
      dict.set(PDFName.of('Dest'), context.obj([pageRefs[item.page - 1] ?? PDFNull, PDFName.of('Fit')]));
      const previous = refs[index - 1];
      const next = refs[index + 1];
      if (previous) dict.set(PDFName.of('Prev'), previous);
      if (next) dict.set(PDFName.of('Next'), next);
      const ref = refs[index];
      if (ref) context.assign(ref, dict);
    });
    return refs;
  };
  const groupRefs = chain(
    groups.map((group) => group.line),
    root,
  );
  groups.forEach((group, index) => {
    const parent = groupRefs[index];
    const refs = parent ? chain(group.children, parent) : [];
    const first = refs[0];
    const last = refs.at(-1);
    if (!parent || !first || !last) return;
    const dict = context.lookup(parent, PDFDict);
    dict.set(PDFName.of('First'), first);
    dict.set(PDFName.of('Last'), last);
    dict.set(PDFName.of('Count'), PDFNumber.of(-refs.length)); // closed: the groups show, their pages on demand
  });
  const outlines = context.obj({});
  outlines.set(PDFName.of('Type'), PDFName.of('Outlines'));
  const first = groupRefs[0];
  const last = groupRefs.at(-1);
  if (first && last) {
    outlines.set(PDFName.of('First'), first);
    outlines.set(PDFName.of('Last'), last);
    outlines.set(PDFName.of('Count'), PDFNumber.of(groupRefs.length));
  }
  context.assign(root, outlines);
  out.catalog.set(PDFName.of('Outlines'), root);
  out.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/**
 * The sheet number at the foot of every sheet but the cover.
 * @param {PDFDocument} out
 */
async function numberPages(out) {
  const font = await out.embedFont(StandardFonts.Helvetica);
  const size = 8;
  out.getPages().forEach((page, index) => {
    if (index === 0) return;
    const text = String(index + 1);
    const { width } = page.getSize();
    page.drawText(text, { x: (width - font.widthOfTextAtSize(text, size)) / 2, y: 5 * MM, size, font, color: rgb(0.27, 0.27, 0.27) });
  });
}

async function main() {
  const started = Date.now();
  const folder = path.resolve(REPO, process.argv[2] ?? 'dist');
  const home = path.join(folder, 'index.html');
  if (!existsSync(home)) fail(`no built site in ${folder} (run npm run build first, or name the folder: npm run book -- <folder>)`);
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(home, 'utf8'))?.[1];
  if (canonical === undefined) fail(`${home} has no canonical link to take the site's address and base path from`);
  const published = new URL(canonical.replace(/&amp;/g, '&'));
  const base = published.pathname.endsWith('/') ? published.pathname : `${published.pathname}/`;
  const planFile = path.join(folder, BOOK_PLAN_PATH);
  if (!existsSync(planFile)) fail(`no ${BOOK_PLAN_PATH} in ${folder}: build the site with this version of the code first`);
  const plan = /** @type {BookPlan} */ (JSON.parse(readFileSync(planFile, 'utf8')));
  if (plan.version !== BOOK_PLAN_VERSION) fail(`${planFile} is version ${String(plan.version)}, this script reads ${BOOK_PLAN_VERSION}`);
  if (!plan.linked) console.warn(`book: the pages of ${folder} do not link the PDFs (build with SITE_BOOK=1 to link them)`);
  const epoch = Number(process.env['SOURCE_DATE_EPOCH']);
  const date = Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();

  const server = await serve(folder, base);
  const local = `${server.origin}${base}`;
  const browser = await chromium.launch({
    ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const page = await browser.newPage();
    const problems = await watch(page, server.origin);
    // The covers and contents are printed in a page of their own: a site page's Content-Security-Policy would
    // refuse their styles.
    const front = await browser.newPage();
    const frontProblems = await watch(front, server.origin);

    /** @type {Map<string, Part>} */
    const parts = new Map();
    for (const part of distinctParts(plan)) {
      const response = await page.goto(`${local}${part.path}`, { waitUntil: 'load' });
      if (response?.status() !== 200) throw new Error(`${part.path}: HTTP ${response?.status() ?? 'no response'}`);
      const doc = await printPage(page);
      const seen = problems();
      if (seen.length > 0) throw new Error(`${part.path}:\n  ${seen.join('\n  ')}`);
      publishLinks(doc, local, published.href.endsWith('/') ? published.href : `${published.href}/`);
      const dests = namedDests(doc);
      /** @type {Map<string, number>} */
      const anchors = new Map();
      for (const entry of part.entries) {
        if (entry.anchor === undefined) continue;
        const dest = dests.get(entry.anchor);
        if (!dest) throw new Error(`${part.path}: no destination #${entry.anchor} in the printed document`);
        anchors.set(entry.anchor, dest.page + 1);
      }
      parts.set(part.path, { doc, pages: doc.getPageCount(), anchors, dests });
      console.log(`book: printed ${part.path} (${doc.getPageCount()} sheets)`);
    }

    const outFolder = path.join(folder, BOOK_FOLDER);
    mkdirSync(outFolder, { recursive: true });
    /** @type {Array<{ file: string; pages: number; bytes: number }>} */
    const written = [];
    for (const book of plan.books) {
      await front.setContent(coverHtml(plan, book, { date, address: published.href }));
      const cover = await printPage(front);
      // The contents' own length moves every number after it: print until its length no longer changes.
      let frontPages = cover.getPageCount() + 1;
      let lines = contentsLines(book, parts, frontPages);
      await front.setContent(contentsHtml(book, lines));
      let contents = await printPage(front);
      for (let round = 0; cover.getPageCount() + contents.getPageCount() !== frontPages; round++) {
        if (round === 3) throw new Error(`${book.file}: the contents' length does not settle`);
        frontPages = cover.getPageCount() + contents.getPageCount();
        lines = contentsLines(book, parts, frontPages);
        await front.setContent(contentsHtml(book, lines));
        contents = await printPage(front);
      }
      const seen = frontProblems();
      if (seen.length > 0) throw new Error(`${book.file} cover or contents:\n  ${seen.join('\n  ')}`);

      const out = await PDFDocument.create();
      await append(out, cover);
      await append(out, contents);
      for (const part of book.groups.flatMap((group) => group.parts)) {
        const printed = parts.get(part.path);
        if (printed) await append(out, printed.doc, printed.dests);
      }
      const expected = bookPageCount(book, parts, frontPages);
      if (out.getPageCount() !== expected) throw new Error(`${book.file}: ${out.getPageCount()} sheets, expected ${expected}`);
      addBookmarks(out, lines);
      await numberPages(out);
      out.setTitle(book.section === undefined ? plan.siteTitle : `${book.title}: ${plan.siteTitle}`, { showInWindowTitleBar: true });
      out.setSubject(`${book.section === undefined ? 'The whole site' : `The ${book.title} section`}, printed from ${published.href}`);
      out.setLanguage('en');
      out.setCreator('npm run book (Playwright Chromium, pdf-lib)');
      out.setCreationDate(date);
      out.setModificationDate(date);
      const bytes = await out.save();
      const file = path.join(folder, book.file);
      writeFileSync(file, bytes);
      written.push({ file: path.relative(REPO, file), pages: out.getPageCount(), bytes: bytes.length });
    }
    for (const { file, pages, bytes } of written) console.log(`book: ${file}: ${pages} pages, ${(bytes / 1024 / 1024).toFixed(2)} MB`);
    console.log(`book: ${written.length} PDFs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((/** @type {unknown} */ error) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)));
