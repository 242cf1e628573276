import { excerptHtml, rankByMatch, type MatchTier } from '~/lib/search-ranking';
import { loadPagefind, type PagefindResultData } from './pagefind-client';

/** The facets a reader can filter by; the names match the data-pagefind-filter keys. */
export const FACETS = [
  { key: 'type', label: '类型' },
  { key: 'theme', label: '主题' },
  { key: 'place', label: '地点' },
] as const;
export type FacetKey = (typeof FACETS)[number]['key'];
export type Selection = Partial<Record<FacetKey, string[]>>;

export interface SearchHit {
  url: string;
  title: string;
  type: string;
  place: string;
  /** HTML: escaped text with the matched words in <mark>. */
  excerpt: string;
  tier: MatchTier | undefined;
}

export interface SearchOutcome {
  hits: SearchHit[];
  /** For each facet, each value and how many hits it would leave, given the other facets. */
  counts: Record<FacetKey, Record<string, number>>;
}

/**
 * How many results are fetched and checked for each query. Pagefind returns pages that match
 * only part of a Chinese query; checking each page's text against the query removes those and
 * puts exact matches first. Pages past this many are rare in this library and are not shown.
 */
const CHECKED = 60;

/**
 * The page's text without the title and the 又称 line it starts with, so an excerpt shows the
 * query in context rather than repeating the title — unless the query only occurs there.
 */
function bodyText(content: string, title: string, aliases: string[], query: string): string {
  let body = content.trimStart();
  if (body.startsWith(title)) body = body.slice(title.length).replace(/^[.。\s]+/, '');
  const aliasLine = `又称： ${aliases.join('、')}`;
  if (aliases.length > 0 && body.startsWith(aliasLine)) body = body.slice(aliasLine.length);
  return body.toLowerCase().includes(query.toLowerCase()) ? body : content;
}

function selectionFilters(selection: Selection): Record<string, string[]> {
  return Object.fromEntries(Object.entries(selection).filter(([, values]) => values && values.length > 0)) as Record<string, string[]>;
}

/** Every value of every facet with how many pages carry it, for browsing before a query. */
export async function allFacets(): Promise<SearchOutcome['counts']> {
  const totals = await (await loadPagefind()).filters();
  return { type: totals['type'] ?? {}, theme: totals['theme'] ?? {}, place: totals['place'] ?? {} };
}

function matches(doc: PagefindResultData, selection: Selection, except?: FacetKey): boolean {
  return Object.entries(selection).every(([key, values]) => {
    if (key === except || !values || values.length === 0) return true;
    const own = doc.filters[key] ?? [];
    return values.some((value) => own.includes(value));
  });
}

/**
 * For each facet value, how many results it would leave given the reader's other filters.
 * A value that every such result has (永济市, when everything is in 永济市) narrows nothing and
 * is left out, unless the reader has selected it.
 */
function countFacets(docs: PagefindResultData[], selection: Selection): SearchOutcome['counts'] {
  const counts = { type: {}, theme: {}, place: {} } as SearchOutcome['counts'];
  for (const { key } of FACETS) {
    const pool = docs.filter((d) => matches(d, selection, key));
    for (const doc of pool) {
      for (const value of doc.filters[key] ?? []) counts[key][value] = (counts[key][value] ?? 0) + 1;
    }
    for (const [value, count] of Object.entries(counts[key])) {
      if (count === pool.length && pool.length > 1 && !selection[key]?.includes(value)) delete counts[key][value];
    }
  }
  return counts;
}

/** How many candidates are checked before a first answer is shown; the rest follow. */
const FIRST_BATCH = 10;

type Candidate = { doc: PagefindResultData; title: string; aliases: string[]; content: string };

function toCandidate(doc: PagefindResultData): Candidate {
  return { doc, title: doc.meta['title'] ?? doc.url, aliases: (doc.meta['aliases'] ?? '').split('、').filter(Boolean), content: doc.content };
}

function outcomeOf(text: string, candidates: Candidate[], selection: Selection): SearchOutcome {
  const ranked = text ? rankByMatch(text, candidates) : candidates.map((c) => ({ ...c, tier: undefined }));
  const hits = ranked
    .filter(({ doc }) => matches(doc, selection))
    .map(({ doc, title, aliases, tier }) => ({
      url: doc.url,
      title,
      type: doc.meta['type'] ?? '',
      place: doc.meta['place'] ?? '',
      excerpt: text ? excerptHtml(bodyText(doc.content, title, aliases, text), text) : excerptHtml(doc.meta['summary'] ?? doc.content, ''),
      tier,
    }));
  return { hits, counts: countFacets(ranked.map((r) => r.doc), selection) };
}

/**
 * Searches the library: Pagefind finds candidate pages, each is checked against the query and
 * ranked (title or alias, then exact phrase, then all words), and the reader's filters are applied.
 * An empty query with filters lists everything those filters select.
 *
 * Checking a page means fetching its text, so the first {@link FIRST_BATCH} candidates are
 * checked and reported through `onFirst` before the rest; the promise resolves with the whole.
 */
export async function searchLibrary(
  query: string,
  selection: Selection = {},
  onFirst?: (outcome: SearchOutcome) => void,
): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
  const text = query.trim();
  const hasFilter = Object.values(selection).some((values) => values && values.length > 0);
  if (!text && !hasFilter) return { hits: [], counts: { type: {}, theme: {}, place: {} } };

  // Without a query, Pagefind itself selects by filter; with one, every candidate is fetched so
  // that it can be checked against the query, and the filters are applied to what passes.
  const found = text ? await pagefind.search(text) : await pagefind.search(null, { filters: selectionFilters(selection) });
  const pending = found.results.slice(0, CHECKED).map((result) => result.data());
  if (onFirst && pending.length > FIRST_BATCH) {
    const first = await Promise.all(pending.slice(0, FIRST_BATCH));
    onFirst(outcomeOf(text, first.map(toCandidate), selection));
  }
  return outcomeOf(text, (await Promise.all(pending)).map(toCandidate), selection);
}
