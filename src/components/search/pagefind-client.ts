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

let api: Promise<PagefindApi> | undefined;

/**
 * Loads Pagefind on first use only, from the site's own /pagefind/ folder under the base path,
 * so nothing is fetched before a reader searches and nothing leaves the site's origin.
 */
export function loadPagefind(): Promise<PagefindApi> {
  api ??= (async () => {
    const base = siteBase();
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
    await module.options({ baseUrl: base });
    await module.init();
    return module;
  })();
  api.catch(() => {
    api = undefined; // let a later attempt retry, e.g. after the network comes back
  });
  return api;
}
