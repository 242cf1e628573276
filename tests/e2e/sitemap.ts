import type { APIRequestContext } from '@playwright/test';

/** Every page path the built site lists in its sitemap, e.g. `/methods/xingbei-3456/`. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get('/sitemap-0.xml')).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc ?? '').pathname);
}
