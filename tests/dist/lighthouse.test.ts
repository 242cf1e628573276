import { afterAll, beforeAll, expect, test } from 'vitest';
import { auditOnce, launchChrome, medianRun, report, serve } from '../support/lighthouse.ts';

// Lighthouse (default config: mobile, simulated throttling) on four templates: accessibility, best
// practices and SEO must score 100 — audits of what the page is, the same on any machine. The
// performance score measures the machine as much as the page, so it is printed here and judged
// by `npm run lighthouse` (bench/lighthouse.ts), not by this test.
// Beside the browser tests' server (PW_PORT), so two checkouts can run their tests at once.
const PORT = Number(process.env['PW_PORT'] ?? 4330) + 21;
const PAGES = [
  { template: 'home', path: '/' },
  { template: 'method', path: '/methods/xingbei-3456/' },
  { template: 'case', path: '/cases/yuxiang-cunba/' },
  { template: 'search', path: '/search/' },
];
const MIN = { accessibility: 100, 'best-practices': 100, seo: 100 };

let server: Awaited<ReturnType<typeof serve>> | undefined;
let chrome: Awaited<ReturnType<typeof launchChrome>> | undefined;
beforeAll(async () => {
  server = await serve(undefined, PORT);
  chrome = await launchChrome();
}, 60_000);
afterAll(() => {
  chrome?.kill();
  server?.kill();
});

test.each(PAGES)('Lighthouse scores for the $template page ($path)', async (page) => {
  if (!chrome) throw new Error('Chromium did not start');
  const url = `http://127.0.0.1:${PORT}${page.path}`;
  const result = medianRun([{ ...page, ...(await auditOnce(chrome.port, url)) }]);
  const table = report([result]);
  console.log(table);
  const short = Object.entries(MIN)
    .filter(([category, min]) => (result.scores[category] ?? 0) < min)
    .map(([category, min]) => `${category} ${result.scores[category]} < ${min}`);
  expect(short, `${page.path}: ${short.join(', ')}\n${table}`).toEqual([]);
}, 300_000);
