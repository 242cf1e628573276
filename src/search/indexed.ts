import { TYPE_LABEL, type CollectionName } from '../lib/collections.ts';

/**
 * What search indexes, defined once: the templates mark their pages with these names, the
 * lexicon route lists the same entries, the Pagefind step indexes the same pages, and the engine
 * reads the same metadata back.
 */

/** The collections whose entry pages are searched (each page's <article data-pagefind-body>). */
export const INDEXED_COLLECTIONS = [
  'methods',
  'cases',
  'glossary',
  'readings',
  'sources',
] as const satisfies readonly CollectionName[];

/** Those pages in the built site, as Pagefind's --glob. */
export const INDEXED_PAGES_GLOB = `{${INDEXED_COLLECTIONS.join(',')}}/*/index.html`;

/** The metadata Pagefind keeps for a page (data-pagefind-meta): what a result shows and ranking reads. */
export const META = {
  title: 'title',
  aliases: 'aliases',
  summary: 'summary',
  problems: 'problems',
  type: 'type',
  place: 'place',
} as const;

/** The filters Pagefind counts (data-pagefind-filter): the facets a reader narrows results by. */
export const FILTER = { type: 'type', theme: 'theme', place: 'place' } as const;

/** How an entry's header introduces its other names, and what joins them; the engine cuts this line out of excerpts. */
export const ALIASES_LABEL = '又称：';
export const NAME_SEPARATOR = '、';

/** The type label of a source page, which counts for less than the entries that digest it. */
export const SOURCE_TYPE = TYPE_LABEL.sources;
