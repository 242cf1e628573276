import { escapeHtml } from '~/lib/escape';
import { countNote, nothingNote, readingNote } from '~/search/notes';
import type { SearchHit, SearchOutcome } from '../search-engine';

/**
 * The link to a result: the words it matched ride along as `?hl=` so the destination page can
 * mark them (whole, never a lone character of a longer word) and scroll to the first.
 */
export function hitHref(hit: SearchHit): string {
  if (hit.marks.length === 0) return hit.url;
  const url = new URL(hit.url, location.href);
  url.searchParams.set('hl', hit.marks.join(' '));
  return `${url.pathname}${url.search}${url.hash}`;
}

/** One result's inner HTML: type and place, title, excerpt with marks. */
export function hitHtml(hit: SearchHit, titleTag: 'h2' | 'span', asLink: boolean): string {
  const place = hit.place
    ? `<span class="font-normal tracking-normal text-muted"> · ${escapeHtml(hit.place)}</span>`
    : '';
  const title = asLink
    ? `<a href="${escapeHtml(hitHref(hit))}" class="no-underline hover:underline">${escapeHtml(hit.title)}</a>`
    : escapeHtml(hit.title);
  return `<span class="block text-xs font-bold tracking-widest text-accent">${escapeHtml(hit.type)}${place}</span>
    <${titleTag} class="mt-1 block text-lg font-bold">${title}</${titleTag}>
    <span class="search-excerpt mt-1 block text-sm text-muted">${hit.excerpt}</span>`;
}

/**
 * The status line under the search box, as HTML: the count, how the query was read, and a
 * near miss offered as “您要找的是不是：…” (a link to that search; the query typed is not replaced).
 */
export function statusHtml(
  outcome: SearchOutcome,
  typed: string,
  suggestionHref: (query: string) => string,
  shown?: number,
): string {
  const { query, suggestion, nothingOn } = outcome;
  // What the library has nothing on comes first; the words the results do hold follow it.
  const found = query
    ? query.words.filter((w) => !w.weak && !outcome.notFound.includes(w.text)).map((w) => w.text)
    : [];
  const count =
    nothingOn.length > 0
      ? nothingNote(nothingOn, outcome.hits.length, found)
      : countNote(typed.trim(), outcome.hits.length, shown);
  const note = query
    ? readingNote({
        query,
        total: outcome.hits.length,
        complete: outcome.complete,
        notFound: nothingOn.length > 0 ? [] : outcome.notFound,
        nearMiss: suggestion?.typed,
      })
    : '';
  const offer = suggestion
    ? `<span class="search-suggestion">您要找的是不是：<a href="${escapeHtml(suggestionHref(suggestion.query))}" data-suggested-query="${escapeHtml(suggestion.query)}">${escapeHtml(suggestion.word)}</a></span>`
    : '';
  // Chinese sentences follow each other without spaces.
  return `${escapeHtml(count)}${note ? `<span class="search-reading">${escapeHtml(note)}</span>` : ''}${offer}`;
}
