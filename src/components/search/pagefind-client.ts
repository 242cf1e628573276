/** The slice of Pagefind's browser API this site uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: Record<string, unknown>): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

let api: Promise<PagefindApi> | undefined;

/**
 * Loads Pagefind on first use only, from the site's own /pagefind/ folder under the base path,
 * so nothing is fetched before a reader searches and nothing leaves the site's origin.
 */
export function loadPagefind(): Promise<PagefindApi> {
  api ??= (async () => {
    const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
    await module.options({ baseUrl: base, excerptLength: 40 });
    await module.init();
    return module;
  })();
  api.catch(() => {
    api = undefined; // let a later attempt retry, e.g. after the network comes back
  });
  return api;
}
