import { afterAll, beforeAll, expect, test } from 'vitest';
import { auditOnce, launchChrome, medianRun, report, serve } from '../../bench/lighthouse.ts';

// Lighthouse (default config: mobile, simulated throttling) on four templates. Accessibility, best
// practices and SEO must score 100 and performance at least 95. Performance is measured on this
// machine, so a page that falls short is run twice more and the median run is judged.
// Beside the browser tests' server (PW_PORT), so two checkouts can run their tests at once.
const PORT = Number(process.env['PW_PORT'] ?? 4330) + 21;
const PAGES = [
  { template: 'home', path: '/' },
  { template: 'method', path: '/methods/xingbei-3456/' },
  { template: 'case', path: '/cases/yuxiang-cunba/' },
  { template: 'search', path: '/search/' },
];
const MIN = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

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

const passes = (scores: Record<string, number>) => Object.entries(MIN).every(([category, min]) => (scores[category] ?? 0) >= min);

test.each(PAGES)('Lighthouse scores for the $template page ($path)', async (page) => {
  if (!chrome) throw new Error('Chromium did not start');
  const url = `http://127.0.0.1:${PORT}${page.path}`;
  const runs = [{ ...page, ...(await auditOnce(chrome.port, url)) }];
  if (!passes(runs[0]!.scores)) for (let i = 0; i < 2; i++) runs.push({ ...page, ...(await auditOnce(chrome.port, url)) });
  const result = medianRun(runs);
  const table = report([result]);
  console.log(table);
  const short = Object.entries(MIN)
    .filter(([category, min]) => (result.scores[category] ?? 0) < min)
    .map(([category, min]) => `${category} ${result.scores[category]} < ${min}`);
  expect(short, `${page.path}: ${short.join(', ')}\n${table}`).toEqual([]);
}, 300_000);
