import type { CollectionName } from './collections';

/** The site-relative path of an entry's page. Pages link by id through this, never by hand. */
export function entryPath(collection: CollectionName, id: string): string {
  return `/${collection}/${id}/`;
}

/**
 * Prefixes a site path with the base the site is served under (e.g. `/zhili/`),
 * so the same build works at a domain's root or under any sub-path.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The site's base path with a trailing slash, e.g. `/` or `/zhili/`. */
export function siteBase(base: string = import.meta.env.BASE_URL): string {
  return base.replace(/\/?$/, '/');
}

/** The page that lists every entry citing a part of a source, when its source page cannot hold them all. */
export function sourcePartPath(sourceId: string, partId: string): string {
  return `${entryPath('sources', sourceId)}${partAnchor(partId)}/`;
}

/** The anchor of a source's part on the source page: `§3` → `part-3`, `导语` → `part-导语`. */
export function partAnchor(part: string): string {
  return `part-${part.replace(/^§/, '').replace(/\s+/g, '-')}`;
}
