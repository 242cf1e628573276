// The sitemap: it lists every indexable page of the build, and nothing else.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DIST, decodeEntities, decodeURIComponentSafe, htmlFiles, isNoindex, loadPage, pagePath } from './load-built-pages.ts';

/** Paths listed by the sitemap's <loc> elements. */
function sitemapLocs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map(([, loc]) => decodeEntities(loc ?? ''));
}

/** The URL paths sitemap-0.xml lists, as served (e.g. `/methods/xingbei-3456/`). */
export function sitemapPaths(dist: string = DEFAULT_DIST): string[] {
  return sitemapLocs(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).map((loc) => new URL(loc).pathname);
}

/**
 * dist/sitemap-index.xml and sitemap-0.xml exist; the index lists sitemap-0.xml; the sitemaps
 * together list every page of the build except 404.html and the other noindex pages, and
 * nothing else (a noindex page in a sitemap contradicts itself).
 */
export function checkSitemap(dist: string = DEFAULT_DIST): string[] {
  const problems: string[] = [];
  const indexFile = join(dist, 'sitemap-index.xml');
  if (!existsSync(indexFile)) return ['dist/sitemap-index.xml does not exist'];
  if (!existsSync(join(dist, 'sitemap-0.xml'))) problems.push('dist/sitemap-0.xml does not exist');
  const sitemaps = sitemapLocs(readFileSync(indexFile, 'utf8')).map((loc) => new URL(loc).pathname);
  if (!sitemaps.includes('/sitemap-0.xml')) problems.push('sitemap-index.xml does not list sitemap-0.xml');
  const listed = new Set<string>();
  for (const sitemap of sitemaps) {
    const file = join(dist, sitemap);
    if (!existsSync(file)) {
      problems.push(`sitemap-index.xml lists ${sitemap}, which does not exist`);
      continue;
    }
    for (const loc of sitemapLocs(readFileSync(file, 'utf8'))) listed.add(decodeURIComponentSafe(new URL(loc).pathname));
  }
  const files = htmlFiles(dist);
  const noindex = files.filter((file) => file === '404.html' || isNoindex(loadPage(dist, file))).map(pagePath);
  const pages = files.map(pagePath).filter((path) => !noindex.includes(path));
  for (const path of pages) if (!listed.has(path)) problems.push(`the sitemap does not list ${path}`);
  for (const path of listed) {
    if (noindex.includes(path)) problems.push(`the sitemap lists ${path}, which is marked noindex`);
    else if (!pages.includes(path)) problems.push(`the sitemap lists ${path}, which is not a page in dist/`);
  }
  return problems;
}
