// The site's own query set, run against the built site in a real browser. Every query must
// find its page in the first place or within the first three (docs/architecture.md, “Measured, not assumed”).
import { expect, test } from '@playwright/test';
import {
  GROUPS,
  NEAR_MISSES,
  OUT_OF_SCOPE,
  OUT_OF_SCOPE_MUST_PASS,
  QUERIES,
  SITUATIONS,
  SITUATIONS_MUST_PASS,
  SITUATIONS_TOLD_NOTHING_MAX,
} from '../search/queries';
import { outOfScopeMisses, rankGroup } from '../search/read-search-page';
import { indexedTexts } from './indexed-text';
import { resultsFor } from './search-helpers';

test('the query set: every group finds its pages where they should rank, and no page wins by its length', async ({
  page,
}) => {
  test.setTimeout(420_000);
  await page.goto('/search/');
  const report: string[] = [];
  const failures: string[] = [];
  /** For each page: the queries that do not name it but put it in the top three. */
  const topThree = new Map<string, string[]>();
  let ranked = 0;
  for (const { name, queries, mustPass } of [
    ...GROUPS,
    { name: '描述的情形', queries: SITUATIONS, mustPass: SITUATIONS_MUST_PASS },
  ]) {
    const toldNothing: string[] = [];
    const misses = await rankGroup(page, queries, topThree, toldNothing);
    if (queries === SITUATIONS && toldNothing.length > SITUATIONS_TOLD_NOTHING_MAX)
      failures.push(
        `描述的情形: ${toldNothing.length} told the library has nothing on them, at most ${SITUATIONS_TOLD_NOTHING_MAX} allowed`,
      );
    ranked += queries.length;
    const share = (queries.length - misses.length) / queries.length;
    report.push(
      `${name}: ${queries.length - misses.length}/${queries.length}${misses.map((m) => `\n    miss ${m}`).join('')}`,
    );
    if (share < mustPass - 1e-9)
      failures.push(`${name}: ${(share * 100).toFixed(0)}% passed, ${(mustPass * 100).toFixed(0)}% required`);
  }
  // Something the library does not cover: said first and plainly, no match through a lone character.
  const unanswered = await outOfScopeMisses(page, OUT_OF_SCOPE);
  const answered = OUT_OF_SCOPE.length - unanswered.length;
  report.push(`库外的问题: ${answered}/${OUT_OF_SCOPE.length}${unanswered.map((m) => `\n    miss ${m}`).join('')}`);
  if (answered / OUT_OF_SCOPE.length < OUT_OF_SCOPE_MUST_PASS - 1e-9)
    failures.push(`库外的问题: ${answered}/${OUT_OF_SCOPE.length} answered plainly`);
  // Length does not buy rank: no page is in the top three for more than one in five of the queries that do not name it.
  for (const [path, queries] of topThree)
    if (queries.length / ranked > 0.2)
      failures.push(`${path} is in the top three of ${queries.length} of ${ranked} queries that do not name it`);
  console.log(report.join('\n'));
  const total = GROUPS.reduce((sum, g) => sum + g.queries.length, 0) + NEAR_MISSES.length;
  expect(total).toBeGreaterThanOrEqual(100);
  expect(QUERIES.length).toBeGreaterThanOrEqual(63);
  expect(SITUATIONS.length).toBeGreaterThanOrEqual(60);
  expect(OUT_OF_SCOPE.length).toBeGreaterThanOrEqual(10);
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
  '调解',
  '网格员',
  '三官一律',
  '陈潼兰',
  '杏北社区',
  '三无小区',
  '物业',
  '食堂',
  '村BA',
  '虞乡镇',
  '两委',
  '党组织',
  '志愿服务',
  '矛盾纠纷',
  '12345',
  '随手拍',
  '五红',
  '六个起来',
  '三审三定',
  '七字诀',
  '五心',
  '示范区',
  '证明事项',
  '司法协理员',
  '论坛',
  '帮帮团',
  '民情地图',
  '集体经济',
  '樱花社区',
  '补偿款',
  '老王',
  '平安永济',
  '移风易俗',
  '党建办',
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
