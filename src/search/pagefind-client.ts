import { warmUpReading } from '~/search/query-understanding';
import { ShardedLexicon } from '~/search/lexicon-loader';
import { shardFile, type LexiconCore } from '~/search/lexicon-shards';
import { siteBase } from '~/lib/urls';

/** The slice of Pagefind's browser API this site uses. */
export interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string[]> }): Promise<PagefindSearch>;
  /** Every filter value with how many pages carry it. */
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Loads once; a failed load is forgotten so a later attempt retries (e.g. when the network is back). */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load();
    pending.catch(() => {
      pending = undefined;
    });
    return pending;
  };
}

/**
 * Loads Pagefind on first use only, from the site's own /pagefind/ folder under the base path,
 * so nothing is fetched before a reader searches and nothing leaves the site's origin.
 */
export const loadPagefind = once(async () => {
  const base = siteBase();
  const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
  await module.options({ baseUrl: base });
  await module.init();
  return module;
});

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(`${siteBase()}${path}`);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/**
 * Loads the lexicon queries are read with: its core (a few kilobytes, written by the build) now,
 * and the shards each query needs as it is read.
 */
export const loadLexicon = once(async (): Promise<ShardedLexicon> => {
  const lexicon = new ShardedLexicon(await fetchJson<LexiconCore>('search-lexicon.json'), (kind, n) =>
    fetchJson(shardFile(kind, n)),
  );
  warmUpReading();
  return lexicon;
});
