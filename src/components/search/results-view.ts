import { escapeHtml } from '~/lib/escape';
import type { SearchHit } from './search-engine';

/**
 * The link to a result: the query rides along as `?hl=` so the destination page can mark the
 * matched words and scroll to the first.
 */
export function hitHref(hit: SearchHit, query: string): string {
  if (!query.trim()) return hit.url;
  const url = new URL(hit.url, location.origin);
  url.searchParams.set('hl', query.trim());
  return `${url.pathname}${url.search}${url.hash}`;
}

/** One result's inner HTML: type and place, title, excerpt with marks. */
export function hitHtml(hit: SearchHit, query: string, titleTag: 'h2' | 'span', asLink: boolean): string {
  const place = hit.place ? `<span class="font-normal tracking-normal text-muted"> · ${escapeHtml(hit.place)}</span>` : '';
  const title = asLink
    ? `<a href="${escapeHtml(hitHref(hit, query))}" class="no-underline hover:underline">${escapeHtml(hit.title)}</a>`
    : escapeHtml(hit.title);
  return `<span class="block text-xs font-bold tracking-widest text-accent">${escapeHtml(hit.type)}${place}</span>
    <${titleTag} class="mt-1 block text-lg font-bold">${title}</${titleTag}>
    <span class="search-excerpt mt-1 block text-sm text-muted">${hit.excerpt}</span>`;
}
