/**
 * How big a generated page may grow, in one place: the pages read these and the tests assert
 * them (tests/build/scale-bounds.test.ts builds a 300-entry synthetic library and checks every
 * number here against what it wrote). Change a bound here and both follow.
 *
 * Sizes are of the raw (uncompressed) HTML file, the stricter measure: gzip shrinks these pages
 * four to eight times.
 */

/**
 * Up to this many entries (methods + cases + terms), `/graph/` draws the whole library in one
 * map with a list of every relation, as it always has. The full map costs about 1.2 KB of HTML a
 * node (the SVG node, its label, its line in the list) — 128 KB for the real library's 88 entries
 * and 20 places and themes — so 150 entries stay near 200 KB, under GRAPH_PAGE_MAX_BYTES; past
 * that, labels no longer find room in the 1100 × 850 map either. Above it, `/graph/` becomes an
 * overview and each theme and place gets its own bounded map under `/graph/themes/` and
 * `/graph/places/`.
 */
export const GRAPH_FULL_MAP_MAX_ENTRIES = 150;

/** The most entries (besides the theme or place itself) one theme or place map draws: the most connected ones. */
export const GRAPH_SUBMAP_MAX_ENTRIES = 60;

/** The most methods the overview lists by name (the most applied first); the rest are on `/methods/`. */
export const GRAPH_OVERVIEW_MAX_METHODS = 60;

/** The most themes, and the most places, the overview lists (the most connected first). */
export const GRAPH_OVERVIEW_MAX_GROUPS = 100;

/** The most methods drawn on the overview's map of methods, themes and places. */
export const GRAPH_OVERVIEW_MAP_METHODS = 30;

/** `/graph/` and every `/graph/…` map page stay under this, at any library size. */
export const GRAPH_PAGE_MAX_BYTES = 300 * 1024;

/**
 * Cards (a title, a place and a summary) per page of `/methods/`, `/cases/`, `/places/<id>/`
 * and `/themes/<id>/`. About 1 KB of HTML a card; 40 keeps every list of the real library
 * (at most 39 cards, on 党建引领) on one page, as it was, and a page near 50 KB.
 */
export const CARDS_PER_PAGE = 40;

/** Terms (with their definitions) per page of `/glossary/`: about 0.6 KB each, so about 60 KB a page. */
export const TERMS_PER_PAGE = 100;

/** Figures per page of `/figures/`: about 0.8 KB each, so about 80 KB a page. */
export const FIGURES_PER_PAGE = 100;

/** Every page of a paged list stays under this. */
export const LIST_PAGE_MAX_BYTES = 150 * 1024;

/**
 * The service worker precaches every file while the files it would precache come to no more than
 * this (uncompressed). 25 MB: the real library is under 5 MB, so it stays whole offline with
 * room for about five times the content; a phone on a mobile plan downloads 25 MB once without
 * it being a burden, and browsers give a site's cache far more than that (Chrome up to 60 % of
 * free disk; Safari asks past about 1 GB). A 3,000-entry library would be about 120 MB — too much
 * to fetch behind a reader's back — so past the limit it precaches the shell, the search index
 * and the most important pages, and caches other pages as they are read.
 */
export const PRECACHE_MAX_BYTES = 25 * 1024 * 1024;

/**
 * Entries (each with all its gaps) per page of `/gaps/`: about 1.8 KB of HTML an entry, so about
 * 110 KB a page. 60 keeps the real library's register (53 entries) on one page, as it was.
 */
export const GAP_ENTRIES_PER_PAGE = 60;

/**
 * Entries (each with all its situations) per page of `/problems/`: 2–6 situations with their
 * citation marks and the entry's title, about 1.5 KB of HTML an entry, so about 90 KB a page. 60
 * keeps the real library's 32 methods and cases on one page.
 */
export const PROBLEM_ENTRIES_PER_PAGE = 60;

/** Entries a theme's section of `/problems/` names under 另见 (on the theme as a second theme); the rest are on the theme's page. */
export const PROBLEM_SEE_ALSO_SHOWN = 12;

/**
 * Entries a source's page lists under each part (`/sources/<id>/`); a part cited by more shows
 * these and links to its own paged list, `/sources/<id>/<part>/`. The real library's most cited
 * part has 38 entries, so its source pages are whole, as they were.
 */
export const SOURCE_PART_SHOWN = 40;

/** Entries (a type and a title each, about 0.2 KB) per page of a part's own list. */
export const SOURCE_PART_ENTRIES_PER_PAGE = 200;

/**
 * What a first search may fetch of the search lexicon (gzipped: its core, the shards its query
 * is read with, the entries it names and the first pages found; src/search/lexicon-shards.ts). The whole
 * lexicon grows with the library — 321 KB gzipped at 3,000 entries when it was one file.
 */
export const LEXICON_FIRST_SEARCH_MAX_BYTES = 24 * 1024;

/**
 * `/compare/` renders every method's cells and shows the ones picked, up to this many methods
 * (the real library has 18; the page is 60 KB). Past it, the page renders the core methods' cells
 * and fetches a method's cells (`/compare/methods/<id>.json`) when a reader adds it, from a field
 * that finds methods by name (`/compare/methods.json`, fetched when the field is first used).
 */
export const COMPARE_IN_PAGE_MAX_METHODS = 40;

/** Cases named in a method's cell of `/compare/`; a method applied by more links to its page for the rest. */
export const COMPARE_CASES_SHOWN = 12;

/**
 * The entries that point at an entry — the cases that apply a method, the entries that use a
 * term — grow with the library, not with the entry. Its page lists at most this many (the real
 * library's longest list has 14), says how many there are, and links to all of them in pages of
 * SOURCE_PART_ENTRIES_PER_PAGE (`/methods/<id>/cases/`, `/glossary/<id>/used-by/`).
 */
export const CONNECTIONS_SHOWN = 24;

/** The entries an entry page's map draws besides the entry itself (the real library's fullest has 33). */
export const NEIGHBOURHOOD_SHOWN = 40;
