// Search benchmark (not a test): bytes a first search fetches, time from typing to the first
// result shown, and the index's size. Run `npm run build` first; then `npm run bench:search`.
// Prints a table; the README records it.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { launchOptions } from '../scripts/browser.mjs';

const DIST = process.argv[2] ?? 'dist';
const PORT = 4340;
const QUERIES = ['矛盾纠纷', '调解', '三官一律', '陈潼兰', '3456工作法'];
const RUNS = 5;

function folderBytes(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, entry) => sum + (entry.isDirectory() ? folderBytes(join(dir, entry.name)) : statSync(join(dir, entry.name)).size),
    0,
  );
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A static server for the built folder (Astro's preview), stopped when the benchmark ends. */
async function serve(dir) {
  const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--outDir', dir], { stdio: 'pipe' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return server;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error('preview server did not start');
}

/**
 * Types a query into the open dialog and returns the milliseconds, measured inside the page,
 * from the keystroke to the first result in the list (a MutationObserver, not Playwright polling).
 */
async function typeAndTime(page, query) {
  await page.evaluate(() => {
    const list = document.querySelector('#search-dialog-results');
    list.replaceChildren();
    window.__searchShown = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (list.querySelector('[role="option"]')) {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      observer.observe(list, { childList: true });
    });
  });
  const started = await page.evaluate(() => performance.now());
  await page.locator('#search-dialog-input').fill(query);
  return Math.round((await page.evaluate(() => window.__searchShown)) - started);
}

/** Opens the header search on a fresh page, types the query, and measures until results show. */
async function measure(browser, query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/methods/`, { waitUntil: 'networkidle' });
  const sizes = [];
  page.on('requestfinished', (request) => sizes.push(request.sizes().catch(() => undefined)));
  await page.keyboard.press('/');
  await page.locator('#search-dialog-input').waitFor();
  const coldMs = await typeAndTime(page, query);
  await page.waitForLoadState('networkidle');
  const bytes = (await Promise.all(sizes)).reduce((sum, s) => sum + (s ? s.responseBodySize + s.responseHeadersSize : 0), 0);
  // A second query on the same page: Pagefind and the dialog are loaded.
  const warmMs = await typeAndTime(page, '网格员');
  await context.close();

  // As a reader does it: open the box, and type once Pagefind (which opening the box starts loading) is there.
  const second = await browser.newContext();
  const reader = await second.newPage();
  await reader.goto(`http://127.0.0.1:${PORT}/methods/`, { waitUntil: 'networkidle' });
  await reader.keyboard.press('/');
  await reader.waitForLoadState('networkidle');
  await reader.waitForTimeout(300);
  const openedMs = await typeAndTime(reader, query);
  await second.close();
  return { bytes, coldMs, openedMs, warmMs };
}

const server = await serve(DIST);
const browser = await chromium.launch(launchOptions());
try {
  const rows = [];
  for (const query of QUERIES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, query));
    rows.push({
      query,
      kb: median(runs.map((r) => r.bytes)) / 1024,
      cold: median(runs.map((r) => r.coldMs)),
      opened: median(runs.map((r) => r.openedMs)),
      warm: median(runs.map((r) => r.warmMs)),
    });
  }
  const indexKb = folderBytes(join(DIST, 'pagefind')) / 1024;
  console.log(`\nSearch benchmark — ${DIST}, median of ${RUNS} runs, headless Chromium`);
  console.log('| query | bytes for first search | typing → first result: typed the instant the box opens | first search, box open | a later search |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.query} | ${r.kb.toFixed(1)} KB | ${r.cold} ms | ${r.opened} ms | ${r.warm} ms |`);
  console.log(`\nPagefind index on disk (already compressed): ${indexKb.toFixed(1)} KB`);
} finally {
  await browser.close();
  server.kill();
}
