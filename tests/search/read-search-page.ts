// What the /search/ page shows for a query, read as a reader reads it: the results in order, the
// status line above them, and how each result matched. Shared by the browser test of search
// quality and the search-quality benchmark.
import type { Page } from '@playwright/test';
import type { OutOfScopeExpectation, SearchExpectation } from './queries.ts';

export interface SearchPageReading {
  /** Result paths, in order. */
  paths: string[];
  /** The line above the results. */
  status: string;
  /** For each result, the words it was marked for (what it matched). */
  marks: string[][];
}

/** Runs a query on the /search/ page (already open) and reads what it shows. */
export async function readSearchPage(page: Page, query: string): Promise<SearchPageReading> {
  await page.fill('#search-input', query);
  await page.press('#search-input', 'Enter');
  // The page sets data-query once the results for this query are on screen.
  await page.locator(`#search-status[data-query="${query.trim().replace(/"/g, '\\"')}"]`).waitFor({ timeout: 30_000 });
  return page.evaluate(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('#search-results h2 a')];
    return {
      paths: links.map((a) => new URL(a.href).pathname),
      status: document.querySelector('#search-status')?.textContent ?? '',
      marks: [...document.querySelectorAll('#search-results > li')].map((li) =>
        [...li.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
      ),
    };
  });
}

/** Whether the status line opens by saying the library has nothing on part of the query. */
export const saysNothingOn = (status: string): boolean => status.replace(/\s+/g, '').startsWith('方法库里没有关于');

/**
 * Whether a query on something the library does not cover was answered as it should be: the
 * status says first, plainly, that the library has nothing on each missing word (naming it, or
 * the part of it the library lacks), and no result is marked for a lone character of one.
 */
export function outOfScopeVerdict(
  reading: SearchPageReading,
  { missing }: OutOfScopeExpectation,
): { ok: boolean; why: string } {
  const plain = reading.status.replace(/\s+/g, '');
  if (!saysNothingOn(plain))
    return {
      ok: false,
      why: `status does not start by saying the library has nothing: “${reading.status.slice(0, 80)}”`,
    };
  // Each missing word is named, whole or in part: in the phrase it was typed in (“宅基地审批”),
  // or by the part the library lacks (“危房” of 危房改造, where 改造 is in the library).
  const said = (plain.slice(0, plain.indexOf('的内容')).match(/“[^”]+”/g) ?? []).map((phrase) => phrase.slice(1, -1));
  const pairs = (word: string) => [...word].slice(0, -1).map((char, i) => char + [...word][i + 1]);
  const unsaid = missing.filter((word) => !said.some((phrase) => pairs(word).some((pair) => phrase.includes(pair))));
  if (unsaid.length > 0)
    return { ok: false, why: `status does not name ${unsaid.join('、')}: “${reading.status.slice(0, 80)}”` };
  const characters = new Set(missing.flatMap((word) => [...word]));
  const bySingle = reading.marks.findIndex((marks) =>
    marks.some((mark) => [...mark].length === 1 && characters.has(mark)),
  );
  if (bySingle >= 0)
    return {
      ok: false,
      why: `result ${bySingle + 1} (${reading.paths[bySingle]}) is marked for a lone character of a missing word`,
    };
  return { ok: true, why: '' };
}

/**
 * Runs a group of the query set on the /search/ page (already open): the misses, each as
 * “query: wanted … in top n, got …”. `topThree` gathers, for each page, the queries that put it in
 * the top three without naming it (a page that wins by its length shows there).
 */
export async function rankGroup(
  page: Page,
  queries: readonly SearchExpectation[],
  topThree: Map<string, string[]>,
  /** Gathers the queries the status answers with 方法库里没有关于… although the library covers them. */
  nothingClaims: string[] = [],
): Promise<string[]> {
  const misses: string[] = [];
  for (const { query, expect: wanted, top } of queries) {
    const { paths, status } = await readSearchPage(page, query);
    if (saysNothingOn(status)) nothingClaims.push(`${query}: “${status.slice(0, 60)}”`);
    const acceptable = Array.isArray(wanted) ? wanted : [wanted];
    if (!paths.slice(0, top).some((path) => acceptable.includes(path)))
      misses.push(
        `${query}: wanted ${acceptable.join(' or ')} in top ${top}, got ${paths.slice(0, 3).join(', ') || 'nothing'}`,
      );
    for (const path of paths.slice(0, 3))
      if (!acceptable.includes(path)) topThree.set(path, [...(topThree.get(path) ?? []), query]);
  }
  return misses;
}

/** Runs the out-of-scope queries: the misses, each as “query: why”. */
export async function outOfScopeMisses(page: Page, queries: readonly OutOfScopeExpectation[]): Promise<string[]> {
  const misses: string[] = [];
  for (const expectation of queries) {
    const verdict = outOfScopeVerdict(await readSearchPage(page, expectation.query), expectation);
    if (!verdict.ok) misses.push(`${expectation.query}: ${verdict.why}`);
  }
  return misses;
}
