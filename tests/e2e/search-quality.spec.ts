// The site's own query set, run against the built site in a real browser. Every query must
// find its page in the first place or within the first three (README: "Search quality").
import { expect, test } from '@playwright/test';
import { QUERIES } from '../search/queries';
import { resultsFor } from './search-helpers';
import { sitemapPaths } from './sitemap';

test('every query in the query set finds its page where it should rank', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/search/');
  const misses: string[] = [];
  for (const { query, expect: wanted, top } of QUERIES) {
    const found = (await resultsFor(page, query)).slice(0, top);
    const acceptable = Array.isArray(wanted) ? wanted : [wanted];
    if (!found.some((path) => acceptable.includes(path))) misses.push(`${query}: wanted ${acceptable.join(' or ')} in top ${top}, got ${found.join(', ') || 'nothing'}`);
  }
  expect(QUERIES.length).toBeGreaterThanOrEqual(40);
  expect(misses).toEqual([]);
});

/** Terms a reader searches for, each of which stands verbatim in the text of several pages. */
const RECALL_TERMS = [
  '调解', '网格员', '三官一律', '陈潼兰', '杏北社区', '三无小区', '物业', '食堂', '村BA', '虞乡镇', '两委', '党组织',
  '志愿服务', '矛盾纠纷', '12345', '随手拍', '五红', '六个起来', '三审三定', '七字诀', '五心', '示范区', '证明事项',
  '司法协理员', '论坛', '帮帮团', '民情地图', '集体经济', '樱花社区', '补偿款', '老王', '平安永济', '移风易俗', '党建办',
];

test('search finds at least 95% of the pages whose text contains each term', async ({ page, request }) => {
  test.setTimeout(300_000);
  // The text each page offers to search: its indexed body, without the parts excluded from indexing.
  const texts = new Map<string, string>();
  for (const path of await sitemapPaths(request)) {
    await page.goto(path);
    const text = await page.evaluate(() => {
      const body = document.querySelector('[data-pagefind-body]');
      if (!body) return null;
      const copy = body.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[data-pagefind-ignore]').forEach((el) => el.remove());
      return copy.textContent ?? '';
    });
    if (text !== null) texts.set(path, text);
  }
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
