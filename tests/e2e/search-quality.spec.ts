// The site's own query set, run against the built site in a real browser. Every query must
// find its page in the first place or within the first three (README: "Search quality").
import { expect, test } from '@playwright/test';
import { GROUPS, NEAR_MISSES, QUERIES } from '../search/queries';
import { indexedTexts } from './indexed-text';
import { resultsFor } from './search-helpers';

test('the query set: every group finds its pages where they should rank', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('/search/');
  const report: string[] = [];
  const failures: string[] = [];
  for (const { name, queries, mustPass } of GROUPS) {
    const misses: string[] = [];
    for (const { query, expect: wanted, top } of queries) {
      const found = (await resultsFor(page, query)).slice(0, top);
      const acceptable = Array.isArray(wanted) ? wanted : [wanted];
      if (!found.some((path) => acceptable.includes(path))) misses.push(`${query}: wanted ${acceptable.join(' or ')} in top ${top}, got ${found.join(', ') || 'nothing'}`);
    }
    const share = (queries.length - misses.length) / queries.length;
    report.push(`${name}: ${queries.length - misses.length}/${queries.length}${misses.map((m) => `\n    miss ${m}`).join('')}`);
    if (share < mustPass) failures.push(`${name}: ${(share * 100).toFixed(0)}% passed, ${mustPass * 100}% required`);
  }
  console.log(report.join('\n'));
  const total = GROUPS.reduce((sum, g) => sum + g.queries.length, 0) + NEAR_MISSES.length;
  expect(total).toBeGreaterThanOrEqual(100);
  expect(QUERIES.length).toBeGreaterThanOrEqual(63);
  expect(failures, report.join('\n')).toEqual([]);
});

test('a wrong character offers the right word and keeps the query as typed', async ({ page }) => {
  // Seven searches in a row on the search page, each checking up to 60 pages.
  test.slow();
  await page.goto('/search/');
  for (const { query, suggest } of NEAR_MISSES) {
    await resultsFor(page, query);
    const offer = page.locator('#search-status .search-suggestion a');
    await expect(offer, query).toHaveText(suggest);
    await expect(page.locator('#search-input')).toHaveValue(query);
  }
  // Following the offer searches for it.
  await page.locator('#search-status .search-suggestion a').click();
  await expect(page.locator('#search-input')).toHaveValue(NEAR_MISSES.at(-1)?.suggest ?? '');
  await expect(page.locator('#search-results h2 a').first()).toHaveText(/网格员/);
});

/** Terms a reader searches for, each of which stands verbatim in the text of several pages. */
const RECALL_TERMS = [
  '调解', '网格员', '三官一律', '陈潼兰', '杏北社区', '三无小区', '物业', '食堂', '村BA', '虞乡镇', '两委', '党组织',
  '志愿服务', '矛盾纠纷', '12345', '随手拍', '五红', '六个起来', '三审三定', '七字诀', '五心', '示范区', '证明事项',
  '司法协理员', '论坛', '帮帮团', '民情地图', '集体经济', '樱花社区', '补偿款', '老王', '平安永济', '移风易俗', '党建办',
];

test('search finds at least 95% of the pages whose text contains each term', async ({ page }) => {
  test.setTimeout(300_000);
  // The text each page offers to search, read from the build as Pagefind reads it.
  const texts = indexedTexts();
  expect(texts.size).toBeGreaterThan(80);

  await page.goto('/search/');
  let expected = 0;
  let found = 0;
  const missed: string[] = [];
  for (const term of RECALL_TERMS) {
    const containing = [...texts].filter(([, text]) => text.includes(term)).map(([path]) => path);
    const results = new Set(await resultsFor(page, term));
    const hits = containing.filter((path) => results.has(path));
    expected += containing.length;
    found += hits.length;
    for (const path of containing) if (!results.has(path)) missed.push(`${term} → ${path}`);
  }
  const recall = found / expected;
  console.log(`recall ${(recall * 100).toFixed(1)}% (${found}/${expected}) over ${RECALL_TERMS.length} terms`);
  expect(RECALL_TERMS.length).toBeGreaterThanOrEqual(30);
  expect(recall, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(0.95);
});
