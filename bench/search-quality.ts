// Search quality benchmark (not a test): every group of the project's query set and the held-out
// sets, run on the built site's /search/ page in Chromium, as a reader would. For each group, the
// share whose page is where it should be; for the out-of-scope queries, the share that say first
// that the library has nothing on the missing word and show no result matched only through single
// characters of it; how often a page sits in the top three for queries that do not name it (a
// long page should not win by length); and how many described situations, all within the library,
// are still told that it has nothing on part of them. Prints a Markdown table and writes it, with
// the date and the machine, to bench/results/search-quality.md. Run `npm run build` first.
//
//   npm run bench:quality            the groups of tests/search/queries.ts, held-out.ts and fresh.ts
//   npm run bench:quality -- --misses  also lists every miss
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { chromium, type Page } from '@playwright/test';
import { launchOptions } from '../scripts/browser.ts';
import { serveStatic } from '../scripts/serve-static.ts';
import { FRESH_OUT_OF_SCOPE, FRESH_SITUATIONS } from '../tests/search/fresh.ts';
import { HELD_OUT_OUT_OF_SCOPE, HELD_OUT_SITUATIONS } from '../tests/search/held-out.ts';
import {
  GROUPS,
  OUT_OF_SCOPE,
  SITUATIONS,
  type OutOfScopeExpectation,
  type SearchExpectation,
} from '../tests/search/queries.ts';
import { outOfScopeMisses, rankGroup } from '../tests/search/read-search-page.ts';

const PORT = 4342;
const showMisses = process.argv.includes('--misses');

const server = serveStatic({ root: 'dist', port: PORT });
const browser = await chromium.launch(launchOptions());
const page: Page = await browser.newPage();
await page.goto(`http://127.0.0.1:${PORT}/search/`);

const rows: string[] = [];
const misses: string[] = [];
/** For each page: the queries (not naming it) that put it in the top three. */
const topThree = new Map<string, string[]>();
let rankedQueries = 0;

const row = (name: string, total: number, missed: string[]) => {
  misses.push(...missed.map((miss) => `${name} · ${miss}`));
  rows.push(
    `| ${name} | ${total} | ${total - missed.length} | ${(((total - missed.length) / total) * 100).toFixed(0)} % |`,
  );
};
/** For the described situations (all within the library): how many the status answers with 方法库里没有关于…. */
const claimRows: string[] = [];
const runGroup = async (name: string, queries: SearchExpectation[], countClaims = false) => {
  const claims: string[] = [];
  row(name, queries.length, await rankGroup(page, queries, topThree, claims));
  rankedQueries += queries.length;
  if (countClaims) {
    claimRows.push(`| ${name} | ${queries.length} | ${claims.length} |`);
    misses.push(...claims.map((claim) => `${name} · says nothing on · ${claim}`));
  }
};
const runOutOfScope = async (name: string, queries: OutOfScopeExpectation[]) =>
  row(name, queries.length, await outOfScopeMisses(page, queries));

const started = performance.now();
for (const { name, queries } of GROUPS) await runGroup(name, queries);
await runGroup('描述的情形', SITUATIONS, true);
await runOutOfScope('库外的问题', OUT_OF_SCOPE);
await runGroup('留出：描述的情形', HELD_OUT_SITUATIONS, true);
await runOutOfScope('留出：库外的问题', HELD_OUT_OUT_OF_SCOPE);
await runGroup('新留出：描述的情形', FRESH_SITUATIONS, true);
await runOutOfScope('新留出：库外的问题', FRESH_OUT_OF_SCOPE);
await browser.close();
server.close();

const hogs = [...topThree]
  .map(([path, queries]) => ({ path, share: queries.length / rankedQueries }))
  .sort((a, b) => b.share - a.share)
  .slice(0, 5);
const table = [
  `Search quality, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${((performance.now() - started) / 1000).toFixed(0)} s`,
  '',
  '| group | queries | passed | share |',
  '| --- | --: | --: | --: |',
  ...rows,
  '',
  `Pages most often in the top three for queries that do not name them (of ${rankedQueries} ranked queries):`,
  '',
  '| page | share |',
  '| --- | --: |',
  ...hogs.map(({ path, share }) => `| ${path} | ${(share * 100).toFixed(1)} % |`),
  '',
  'Described situations the library does cover, whose status line still opens with 方法库里没有关于… (fewer is better):',
  '',
  '| group | queries | told “nothing on” |',
  '| --- | --: | --: |',
  ...claimRows,
].join('\n');
console.log(table);
if (showMisses) console.log(`\n${misses.join('\n')}`);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/search-quality.md', `${table}\n`);
