import { fold } from './fold.ts';
import { ALIASES_LABEL, FILTER, META, NAME_SEPARATOR, SOURCE_TYPE } from './indexed.ts';
import { absentPhrases } from '~/search/absent-words';
import { isDictionaryWord, type Lexicon, type QueryWord, type UnderstoodQuery } from '~/search/query-understanding';
import { PAGES_NAMED_EARLY, type EntryRow, type PageRow } from '~/search/lexicon-shards';
import {
  excerptHtml,
  formsOf,
  normalizeForMatch,
  rankByCoverage,
  MatchTier,
  SOURCE_WEIGHT,
  weightOf,
  type PageMatch,
} from '~/search/ranking';
import {
  loadLexicon,
  loadPagefind,
  type PagefindApi,
  type PagefindResult,
  type PagefindResultData,
} from './pagefind-client';

/** The facets a reader can filter by; the names match the data-pagefind-filter keys. */
export const FACETS = [
  { key: FILTER.type, label: '类型' },
  { key: FILTER.theme, label: '主题' },
  { key: FILTER.place, label: '地点' },
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
  /** What to mark on the page the hit opens (carried as `?hl=`). */
  marks: string[];
  match: PageMatch | undefined;
}

export interface SearchOutcome {
  hits: SearchHit[];
  /** For each facet, each value and how many hits it would leave, given the other facets. */
  counts: Record<FacetKey, Record<string, number>>;
  /** How the query was read; undefined when there was no query. */
  query: UnderstoodQuery | undefined;
  /** Query words no result has. */
  notFound: string[];
  /** What the query asks about that no page of the library holds, named as typed (低保, 宅基地): said first. */
  nothingOn: string[];
  /** How many hits have every word of the query (a synonym counts); they come first. */
  complete: number;
  /** A lexicon word the reader probably meant, when what they typed is found nowhere. */
  suggestion: { typed: string; word: string; query: string } | undefined;
  /** Shown from titles and names alone while the pages' texts are still arriving. */
  provisional: boolean;
}

/** How many candidates are fetched and checked: each check fetches the page's text (~1 KB). */
const DEFAULT_LIMIT = 60;

const EMPTY_COUNTS = (): SearchOutcome['counts'] => ({ type: {}, theme: {}, place: {} });

/** Every value of every facet with how many pages carry it, for browsing before a query. */
export async function allFacets(): Promise<SearchOutcome['counts']> {
  const totals = await (await loadPagefind()).filters();
  return { type: totals[FILTER.type] ?? {}, theme: totals[FILTER.theme] ?? {}, place: totals[FILTER.place] ?? {} };
}

function hasFilter(selection: Selection): boolean {
  return Object.values(selection).some((values) => values && values.length > 0);
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
  const counts = EMPTY_COUNTS();
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

interface Candidate {
  doc: PagefindResultData;
  title: string;
  aliases: string[];
  content: string;
  lead: string;
  weight: number;
}

function toCandidate(doc: PagefindResultData): Candidate {
  return {
    doc,
    title: doc.meta[META.title] ?? doc.url,
    aliases: (doc.meta[META.aliases] ?? '').split(NAME_SEPARATOR).filter(Boolean),
    content: doc.content,
    // What the entry says it is about: a word found here counts in full, one only further down for less.
    lead: `${doc.meta[META.summary] ?? ''} ${doc.meta[META.problems] ?? ''}`,
    weight: doc.meta[META.type] === SOURCE_TYPE ? SOURCE_WEIGHT : 1,
  };
}

/**
 * The page's text without the title and the 又称 line it starts with, so an excerpt shows the
 * query in context rather than repeating the title — unless the query only occurs there.
 */
function bodyText(candidate: Candidate, marks: string[]): string {
  const { content, title, aliases } = candidate;
  let body = content.trimStart();
  if (body.startsWith(title)) body = body.slice(title.length).replace(/^[.。\s]+/, '');
  const aliasLine = `${ALIASES_LABEL} ${aliases.join(NAME_SEPARATOR)}`;
  if (aliases.length > 0 && body.startsWith(aliasLine)) body = body.slice(aliasLine.length);
  const folded = fold(body);
  return marks.some((mark) => folded.includes(mark)) ? body : content;
}

function emptyOutcome(query: UnderstoodQuery | undefined): SearchOutcome {
  return {
    hits: [],
    counts: EMPTY_COUNTS(),
    query,
    notFound: [],
    nothingOn: [],
    complete: 0,
    suggestion: undefined,
    provisional: false,
  };
}

/**
 * Titles and other names that hold the query, from the lexicon alone: shown at once, before
 * Pagefind and the pages' texts have arrived. Without page texts there is nothing to filter by,
 * so none are shown when the reader has chosen filters.
 */
function namedHits(query: UnderstoodQuery, entries: EntryRow[]): SearchOutcome {
  const docs = entries.map(([url, title, aliases, type, place]) => ({ url, title, aliases, type, place, content: '' }));
  const ranked = rankByCoverage(query, docs).filter(
    (doc) => doc.match.tier <= MatchTier.AliasContains && doc.match.missing.length === 0,
  );
  const hits = ranked.map((doc) => ({
    url: doc.url,
    title: doc.title,
    type: doc.type,
    place: doc.place,
    excerpt:
      doc.aliases.length > 0 ? excerptHtml(`${ALIASES_LABEL}${doc.aliases.join(NAME_SEPARATOR)}`, doc.match.marks) : '',
    marks: doc.match.marks,
    match: doc.match,
  }));
  return { ...emptyOutcome(query), hits, complete: hits.length, provisional: true };
}

/**
 * Asks Pagefind for each word of the query and each word that stands in for it (Pagefind
 * requires every word of one search, so words are asked one at a time), and orders the pages
 * found by the weighted share of the query's words each holds.
 */
async function candidatesFor(query: UnderstoodQuery, pagefind: PagefindApi, lexicon: Lexicon) {
  const pageCount = lexicon.raw.pageCount;
  // A word no page contains costs an index chunk to learn nothing: the lexicon knows which they are.
  const termsOf = (texts: string[]) => [...new Set(texts.filter((text) => text && !lexicon.absent.has(text)))];
  const lookups = new Map<string, Promise<PagefindResult[]>>();
  const lookup = (term: string) => {
    if (!lookups.has(term))
      lookups.set(
        term,
        pagefind.search(term).then((found) => found.results),
      );
    return lookups.get(term) as Promise<PagefindResult[]>;
  };
  const perWord = await Promise.all(
    query.words
      .filter((word) => !word.weak)
      .map(async (word) => {
        const asked = async (terms: string[]) =>
          Promise.all(terms.map(async (term) => ({ term, list: await lookup(term) })));
        let lists = await asked(termsOf([word.text, ...word.alternatives]));
        // A long word found nowhere whole (三审三订) is looked for in its parts.
        if (lists.every(({ list }) => list.length === 0) && word.parts.length > 0) lists = await asked(word.parts);
        const pages = new Map<string, { result: PagefindResult; rank: number; terms: string[] }>();
        for (const { term, list } of lists) {
          list.forEach((result, rank) => {
            const seen = pages.get(result.id) ?? { result, rank, terms: [] };
            seen.rank = Math.min(seen.rank, rank);
            seen.terms.push(term);
            pages.set(result.id, seen);
          });
        }
        return { word, pages };
      }),
  );
  const weights = new Map(perWord.map(({ word, pages }) => [word.text, weightOf(pages.size, pageCount)]));
  const scored = new Map<string, { result: PagefindResult; score: number; rank: number }>();
  /** The terms each page was found by: what its result marks before its text has arrived. */
  const termsOn = new Map<string, string[]>();
  for (const { word, pages } of perWord) {
    for (const [id, { result, rank, terms }] of pages) {
      const entry = scored.get(id) ?? { result, score: 0, rank };
      entry.score += weights.get(word.text) ?? 0;
      entry.rank = Math.min(entry.rank, rank);
      scored.set(id, entry);
      termsOn.set(id, [...(termsOn.get(id) ?? []), ...terms]);
    }
  }
  const ordered = [...scored.values()].sort((a, b) => b.score - a.score || a.rank - b.rank).map(({ result }) => result);
  /** The pages the index offered for each word (it may offer a page for a character of it). */
  const offered = new Map(perWord.map(({ word, pages }) => [word, new Set(pages.keys())]));
  return { ordered, weights, termsOn, offered };
}

/**
 * The query's words no page holds. The index offers pages for a word it only partly matches (a
 * page with 报道 for 报销), so a word counts as absent when every page offered for it was read
 * and none holds it, as typed or through a stand-in; a word whose pages were not all read is
 * not said to be absent. `texts` are the pages read, by id, folded.
 */
function absentWords(
  offered: ReadonlyMap<QueryWord, ReadonlySet<string>>,
  texts: ReadonlyMap<string, string>,
): Set<string> {
  const absent = new Set<string>();
  for (const [word, ids] of offered) {
    const forms = formsOf(word);
    if ([...ids].every((id) => texts.has(id) && !forms.some((form) => texts.get(id)!.includes(form))))
      absent.add(word.text);
  }
  return absent;
}

/**
 * The pages found, named from the lexicon in the order of how much of the query each holds: an
 * answer shown as soon as the index has answered, before the pages' texts arrive. Entries the
 * query names come first, as they do in the final order.
 */
function foundHits(
  query: UnderstoodQuery,
  ordered: PagefindResult[],
  termsOn: ReadonlyMap<string, string[]>,
  pages: ReadonlyMap<string, PageRow>,
  named: SearchOutcome,
): SearchOutcome {
  const hits = [...named.hits];
  const shown = new Set(hits.map((hit) => hit.url));
  for (const result of ordered) {
    const entry = pages.get(result.id);
    if (!entry || shown.has(entry[0])) continue;
    const [url, title, type, place] = entry;
    shown.add(url);
    hits.push({ url, title, type, place, excerpt: '', marks: [...new Set(termsOn.get(result.id))], match: undefined });
  }
  return { ...emptyOutcome(query), hits, provisional: true };
}

function outcomeOf(
  query: UnderstoodQuery | undefined,
  candidates: Candidate[],
  selection: Selection,
  weights: ReadonlyMap<string, number>,
  named: SearchOutcome | undefined,
  offered: ReadonlyMap<QueryWord, ReadonlySet<string>> = new Map(),
  /** The Pagefind id of each candidate, in the same order. */
  ids: readonly string[] = [],
): SearchOutcome {
  if (!query) {
    const hits = candidates
      .filter(({ doc }) => matches(doc, selection))
      .map(({ doc, title }) => ({
        url: doc.url,
        title,
        type: doc.meta[META.type] ?? '',
        place: doc.meta[META.place] ?? '',
        excerpt: excerptHtml(doc.meta[META.summary] ?? doc.content, []),
        marks: [],
        match: undefined,
      }));
    return {
      ...emptyOutcome(undefined),
      hits,
      counts: countFacets(
        candidates.map((c) => c.doc),
        selection,
      ),
      complete: hits.length,
    };
  }
  const ranked = rankByCoverage(query, candidates, weights);
  const hits: SearchHit[] = ranked
    .filter(({ doc }) => matches(doc, selection))
    .map((candidate) => ({
      url: candidate.doc.url,
      title: candidate.title,
      type: candidate.doc.meta[META.type] ?? '',
      place: candidate.doc.meta[META.place] ?? '',
      excerpt: excerptHtml(bodyText(candidate, candidate.match.marks), candidate.match.marks),
      marks: candidate.match.marks,
      match: candidate.match,
    }));
  // An entry named by the query is never lost for want of its text being checked.
  if (named && !hasFilter(selection)) {
    const shown = new Set(hits.map((hit) => hit.url));
    const missing = named.hits.filter(
      (hit) => hit.match && hit.match.tier <= MatchTier.SynonymExact && !shown.has(hit.url),
    );
    hits.unshift(...missing);
  }
  const notFound = query.words
    .filter((w) => !w.weak)
    .map((w) => w.text)
    .filter((word) => hits.every((hit) => hit.match?.missing.includes(word) ?? true));
  const texts = candidates.map((c) => normalizeForMatch(`${c.title}${c.content}`));
  const absent = absentWords(offered, new Map(ids.map((id, index) => [id, texts[index] ?? ''])));
  const suggestion = query.nearMisses.find((miss) => !texts.some((text) => text.includes(miss.typed)));
  return {
    hits,
    counts: countFacets(
      ranked.map((r) => r.doc),
      selection,
    ),
    query,
    notFound: hits.length > 0 ? notFound : query.words.filter((w) => !w.weak).map((w) => w.text),
    // A query that names what the library is about (调解, 网格员), found, is answered by the
    // results: the words it holds that no page has (看看, 屁大) are not found, not its subject.
    nothingOn:
      suggestion || query.words.some((w) => w.topic && !notFound.includes(w.text))
        ? []
        : absentPhrases(query, absent, isDictionaryWord),
    complete: hits.filter((hit) => hit.match?.missing.length === 0).length,
    suggestion,
    provisional: false,
  };
}

export interface SearchOptions {
  /** How many candidate pages to check at most (the dialog shows eight, the search page all). */
  limit?: number;
  /** Called with early answers: entries the query names first, then the pages the index found, by title. */
  onProgress?: (outcome: SearchOutcome) => void;
}

/**
 * Searches the library — one engine for the header dialog and the search page. The query is
 * read first (query-understanding.ts); entries whose names hold it are reported at once from the
 * lexicon; Pagefind then finds candidate pages word by word and they are reported by title in
 * the order of how much of the query each holds; then the likeliest are fetched and ranked by how
 * much of the query they cover (ranking.ts), and the reader's filters are applied. An empty query with filters lists everything those filters select.
 */
export async function searchLibrary(
  text: string,
  selection: Selection = {},
  options: SearchOptions = {},
): Promise<SearchOutcome> {
  const { limit = DEFAULT_LIMIT, onProgress } = options;
  const filtered = hasFilter(selection);
  if (!text.trim()) {
    if (!filtered) return emptyOutcome(undefined);
    const pagefind = await loadPagefind();
    const found = await pagefind.search(null, {
      filters: Object.fromEntries(Object.entries(selection).filter(([, v]) => v && v.length > 0)) as Record<
        string,
        string[]
      >,
    });
    const docs = await Promise.all(found.results.map((result) => result.data()));
    return outcomeOf(undefined, docs.map(toCandidate), selection, new Map(), undefined);
  }

  const pagefindLoading = loadPagefind();
  const sharded = await loadLexicon();
  const { query, lexicon } = await sharded.read(text);
  if (query.words.length === 0) return { ...emptyOutcome(query), notFound: [] };
  const named = namedHits(query, await sharded.entriesFor(query));
  if (onProgress && !filtered && named.hits.length > 0) onProgress(named);

  const pagefind = await pagefindLoading;
  const { ordered, weights, termsOn, offered } = await candidatesFor(query, pagefind, lexicon);
  const checked = ordered.slice(0, limit);
  if (onProgress && !filtered) {
    // A split lexicon names the first pages found (those the dialog shows); a whole one names all.
    const early = sharded.core.shards.pages === 1 ? checked : checked.slice(0, PAGES_NAMED_EARLY);
    onProgress(foundHits(query, checked, termsOn, await sharded.pagesFor(early.map((result) => result.id)), named));
  }
  const docs = await Promise.all(checked.map((result) => result.data()));
  return outcomeOf(
    query,
    docs.map(toCandidate),
    selection,
    weights,
    named,
    offered,
    checked.map((result) => result.id),
  );
}
