// Search benchmark (not a test): for each query, the bytes a first search fetches, the time from
// the last keystroke to the first result shown with the box already open, and a later search —
// for this site's header search and, in the same run on the same index, for Pagefind's own default
// UI, so the result shows a ratio and not only a time. Run `npm run build` first, then
// `npm run bench:search`. Prints a Markdown table and writes it to bench/results/search.md.
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import * as pagefind from 'pagefind';
import { launchOptions } from '../scripts/browser.ts';
import { serveStatic } from '../scripts/serve-static.ts';
import { folderBytes } from './timed-build.ts';

const DIST = process.argv[2] ?? 'dist';
const SITE_PORT = 4340;
const PEER_PORT = 4341;
const QUERIES = ['矛盾纠纷', '调解', '三官一律', '陈潼兰', '3456工作法', '矛盾纠纷怎么调解', 'ctl'];
const LATER = '网格员是干什么的';
const RUNS = Number(process.env['RUNS'] ?? 5);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/**
 * Counts what a page fetches from now on: bytes as served (this server does not compress) and as
 * a server with gzip would send them (Pagefind's index files are gzipped already).
 */
function countBytes(page: Page): () => Promise<{ raw: number; gzip: number }> {
  const bodies: Promise<Buffer | undefined>[] = [];
  page.on('requestfinished', (request) =>
    bodies.push(
      request
        .response()
        .then((r) => r?.body())
        .catch(() => undefined),
    ),
  );
  return async () => {
    let raw = 0;
    let gzip = 0;
    for (const body of await Promise.all(bodies)) {
      if (!body) continue;
      raw += body.length;
      gzip += body[0] === 0x1f && body[1] === 0x8b ? body.length : gzipSync(body).length;
    }
    return { raw, gzip };
  };
}

/**
 * Resolves with the time (in the page's clock) the first element matching `selector` appears,
 * and records when the box last received input: the moment the reader's keystroke reached the page.
 */
async function armFirstResult(page: Page, input: string, container: string, selector: string): Promise<void> {
  await page.evaluate(
    ({ input, container, selector }) => {
      const root = document.querySelector(container) as HTMLElement;
      const w = window as unknown as { __shown: Promise<number>; __typed: number };
      document
        .querySelector(input)
        ?.addEventListener('input', () => (w.__typed = performance.now()), { capture: true });
      w.__shown = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (root.querySelector(selector)) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(root, { childList: true, subtree: true });
      });
    },
    { input, container, selector },
  );
}

/** Types the query the way a keyboard does (one input event with the whole text) and times it to the first result. */
async function typeAndTime(
  page: Page,
  input: string,
  container: string,
  selector: string,
  query: string,
): Promise<number> {
  await page.locator(input).fill('');
  // Empty the list (the site's), or wait until the box's own clearing has removed it (Pagefind UI's).
  await page.evaluate(
    (c) =>
      document
        .querySelector(c)
        ?.querySelectorAll('[role="option"]')
        .forEach((o) => o.remove()),
    container,
  );
  await page.waitForFunction(({ c, s }) => !document.querySelector(c)?.querySelector(s), { c: container, s: selector });
  await armFirstResult(page, input, container, selector);
  await page.locator(input).fill(query);
  // A box that finds nothing for the query (Pagefind's UI needs every word) never shows a result: NaN after 5 s.
  // Timed from the input event, not from when the test asked for it: the automation's own
  // round trips (tens of milliseconds, more on a busy machine) are not the reader's wait.
  const { shown, typed } = await page.evaluate(async () => {
    const w = window as unknown as { __shown: Promise<number>; __typed: number };
    const shown = await Promise.race([w.__shown, new Promise<number>((r) => setTimeout(() => r(NaN), 5000))]);
    return { shown, typed: w.__typed };
  });
  return Math.round(shown - typed);
}

interface Run {
  kb: number;
  gzKb: number;
  firstMs: number;
  laterMs: number;
}

/** Where a search box lives and how a reader gets to it. */
interface Target {
  url: string;
  input: string;
  container: string;
  result: string;
  /** What the reader does to start search loading: open the dialog, or focus the box. */
  open(page: Page): Promise<void>;
}

/** This site: open the header box (which starts loading search). */
const SITE: Target = {
  url: `http://127.0.0.1:${SITE_PORT}/methods/`,
  input: '#search-dialog-input',
  container: '#search-dialog-results',
  result: '[role="option"]',
  open: async (page) => {
    await page.keyboard.press('/');
    await page.locator('#search-dialog-input').waitFor();
  },
};

/** Pagefind's default UI on the same pages: focusing the box loads Pagefind. */
const PEER: Target = {
  url: `http://127.0.0.1:${PEER_PORT}/pagefind-default-ui.html`,
  input: '.pagefind-ui__search-input',
  container: '#search',
  result: '.pagefind-ui__result',
  open: (page) => page.locator('.pagefind-ui__search-input').focus(),
};

/** Loads the page, counts bytes from the moment the reader starts search, lets it load, then types. */
async function measure(browser: Browser, target: Target, query: string): Promise<Run> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(target.url, { waitUntil: 'networkidle' });
  const bytes = countBytes(page);
  await target.open(page);
  await page.waitForLoadState('networkidle');
  const firstMs = await typeAndTime(page, target.input, target.container, target.result, query);
  await page.waitForLoadState('networkidle');
  const { raw, gzip } = await bytes();
  const laterMs = await typeAndTime(page, target.input, target.container, target.result, LATER);
  await context.close();
  return { kb: raw / 1024, gzKb: gzip / 1024, firstMs, laterMs };
}

/** A copy of the build with Pagefind's own UI files written beside the same index, and a page that uses it. */
async function peerSite(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'jiceng-pagefind-ui-'));
  cpSync(DIST, dir, { recursive: true });
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind could not start');
  await index.addDirectory({ path: dir });
  await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  await pagefind.close();
  writeFileSync(
    join(dir, 'pagefind-default-ui.html'),
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Pagefind UI</title>
<link href="/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/pagefind/pagefind-ui.js"></script></head>
<body><div id="search"></div><script>new PagefindUI({ element: "#search", showSubResults: false, showImages: false });</script></body></html>`,
  );
  return dir;
}

const peerDir = await peerSite();
const servers: Server[] = [
  serveStatic({ root: DIST, port: SITE_PORT }),
  serveStatic({ root: peerDir, port: PEER_PORT }),
];
const browser = await chromium.launch(launchOptions());
try {
  const rows: string[] = [];
  const firsts: number[] = [];
  const laters: number[] = [];
  const kbs: number[] = [];
  for (const query of QUERIES) {
    const site: Run[] = [];
    const peer: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      site.push(await measure(browser, SITE, query));
      peer.push(await measure(browser, PEER, query));
    }
    const m = (runs: Run[], key: keyof Run) => median(runs.map((r) => r[key]));
    firsts.push(m(site, 'firstMs'));
    laters.push(m(site, 'laterMs'));
    kbs.push(m(site, 'gzKb'));
    const ms = (value: number) => (Number.isNaN(value) ? 'no result' : `${value} ms`);
    const ratio = m(peer, 'firstMs') / m(site, 'firstMs');
    rows.push(
      `| ${query} | ${m(site, 'kb').toFixed(0)} / ${m(site, 'gzKb').toFixed(0)} KB | ${ms(m(site, 'firstMs'))} | ${ms(m(site, 'laterMs'))} | ` +
        `${m(peer, 'kb').toFixed(0)} / ${m(peer, 'gzKb').toFixed(0)} KB | ${ms(m(peer, 'firstMs'))} | ${ms(m(peer, 'laterMs'))} | ${Number.isNaN(ratio) ? '—' : `${ratio.toFixed(1)}×`} |`,
    );
  }
  const table = [
    `Search benchmark — ${DIST}, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, median of ${RUNS} runs each, headless Chromium`,
    '',
    'bytes: as served without compression / as a gzip server sends them; times from the last keystroke, the box already open',
    '',
    '| query | site: bytes, first search | site: first result | site: a later search | Pagefind UI: bytes | Pagefind UI: first result | Pagefind UI: later | Pagefind UI ÷ site |',
    '| --- | --: | --: | --: | --: | --: | --: | --: |',
    ...rows,
    '',
    `Medians over the queries — site: first result ${median(firsts)} ms, later search ${median(laters)} ms, first search ${median(kbs).toFixed(0)} KB gzipped.`,
    `Pagefind index on disk (already compressed): ${(folderBytes(join(DIST, 'pagefind')) / 1024).toFixed(0)} KB; lexicon: ${(statSync(join(DIST, 'search-lexicon.json')).size / 1024).toFixed(1)} KB.`,
  ].join('\n');
  console.log(`\n${table}`);
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/search.md', `${table}\n`);
} finally {
  await browser.close();
  for (const server of servers) server.close();
  rmSync(peerDir, { recursive: true, force: true });
}
