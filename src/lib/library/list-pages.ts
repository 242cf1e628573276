/**
 * The paged lists of the library, computed once per list and read by both its first page
 * (`/cases/`) and its later pages (`/cases/page/2/`), so the two routes always agree.
 */
import type { CollectionName } from '../collections';
import { LONG_LISTS, longListEntries, type LongList } from '../graph/connections';
import type { GraphNode } from '../graph/graph';
import { figureAnchor } from './figures';
import type { AnyEntry, CaseEntry, GlossaryEntry, Library, MethodEntry, SourceEntry, ThemeEntry } from './library';
import { paginateList, paginateSections, type ListPage, type Section } from './pagination';
import { pinyinInitial, sortByPinyin } from './pinyin';
import {
  CARDS_PER_PAGE,
  CONNECTIONS_SHOWN,
  FIGURES_PER_PAGE,
  GAP_ENTRIES_PER_PAGE,
  PROBLEM_ENTRIES_PER_PAGE,
  PROBLEM_SEE_ALSO_SHOWN,
  SOURCE_PART_ENTRIES_PER_PAGE,
  SOURCE_PART_SHOWN,
  TERMS_PER_PAGE,
} from '../scale-bounds';
import type { Figure } from '~/schemas/figure';
import type { Gap } from '~/schemas/gap';
import type { Problem } from '~/schemas/problem';

/** Each list is computed once per build: its first page and each later page read the same result. */
const cache = new WeakMap<Library, Map<string, unknown>>();
function once<T>(library: Library, key: string, compute: () => T): T {
  let lists = cache.get(library);
  if (!lists) cache.set(library, (lists = new Map()));
  if (!lists.has(key)) lists.set(key, compute());
  return lists.get(key) as T;
}

export interface Card {
  collection: CollectionName;
  id: string;
  title: string;
  summary?: string | undefined;
  meta?: string | undefined;
  /** The first situations (适用情形) of a method or case. */
  problems?: string[] | undefined;
}

/** `/methods/`: the core methods first, then the others. */
export function methodPages(library: Library): ListPage<Card>[] {
  return once(library, 'methods', () => {
    return paginateSections(
      [
        { key: 'core', label: '核心方法', items: library.methods.filter((m) => m.data.core).map(library.card) },
        {
          key: 'others',
          label: '其他方法、机制与原则',
          items: library.methods.filter((m) => !m.data.core).map(library.card),
        },
      ],
      CARDS_PER_PAGE,
    );
  });
}

/** `/cases/`: every case, in the library's order. */
export function casePages(library: Library): ListPage<Card>[] {
  return once(library, 'cases', () => {
    return paginateSections(
      [{ key: 'all', label: '全部案例', items: library.cases.map(library.card) }],
      CARDS_PER_PAGE,
    );
  });
}

/** The anchor of a letter's section on `/glossary/`: '#' (digits and symbols) is not a valid id character, so it is 'other'. */
export const letterAnchor = (letter: string): string => `letter-${letter === '#' ? 'other' : letter}`;

/** `/glossary/`: the terms in pinyin order, grouped under their initial letters like a dictionary. */
export function glossaryPages(library: Library): ListPage<GlossaryEntry>[] {
  return once(library, 'glossary', () => glossaryPagesOf(library));
}

function glossaryPagesOf(library: Library): ListPage<GlossaryEntry>[] {
  const groups = new Map<string, GlossaryEntry[]>();
  for (const entry of library.glossary) {
    const letter = pinyinInitial(entry.data.term);
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return paginateSections(
    [...groups].map(([letter, items]) => ({ key: letter, label: letter, items })),
    TERMS_PER_PAGE,
  );
}

export interface FigureRow {
  entry: MethodEntry | CaseEntry;
  figure: Figure;
  anchor: string;
}

/**
 * `/figures/`: every figure the sources give, grouped by where it stands in the sources, in the
 * sources' own order, so a reader can follow the article part by part.
 */
export function figurePages(library: Library): FigurePages {
  return once(library, 'figures', () => figurePagesOf(library));
}

export interface FigurePages {
  pages: ListPage<FigureRow>[];
  total: number;
  /** The source and part each section (by key) stands for. */
  parts: Map<string, { source: SourceEntry; part: { id: string; title: string } }>;
}

function figurePagesOf(library: Library): FigurePages {
  const rows: FigureRow[] = [...library.methods, ...library.cases].flatMap((entry) =>
    entry.data.figures.map((figure, index) => ({ entry, figure, anchor: figureAnchor(entry.id, index) })),
  );
  const byPart = new Map<string, FigureRow[]>();
  for (const row of rows) {
    const key = `${row.figure.cite.source.id}\u0000${row.figure.cite.part}`;
    byPart.set(key, [...(byPart.get(key) ?? []), row]);
  }
  const parts = new Map<string, { source: SourceEntry; part: { id: string; title: string } }>();
  const sections: Section<FigureRow>[] = library.sources.flatMap((source) =>
    source.data.parts.flatMap((part) => {
      const items = byPart.get(`${source.id}\u0000${part.id}`) ?? [];
      if (items.length === 0) return [];
      const key = `${source.id}\u0000${part.id}`;
      parts.set(key, { source, part });
      return [{ key, label: `${source.data.short} ${part.id}`, items }];
    }),
  );
  return { pages: paginateSections(sections, FIGURES_PER_PAGE), total: rows.length, parts };
}

export interface GapRow {
  entry: MethodEntry | CaseEntry | GlossaryEntry;
  title: string;
  gaps: Gap[];
  /** The groups of a method's structure the sources name without describing. */
  missingParts: MethodEntry['data']['structure'];
}

export interface GapPages {
  pages: ListPage<GapRow>[];
  /** Gaps recorded in entries (a structure's open groups not counted). */
  total: number;
  /** Entries with at least one gap or open group. */
  entries: number;
}

/** `/gaps/`: each entry's own gaps, plus the parts of a method the sources name without describing. */
export function gapPages(library: Library): GapPages {
  return once(library, 'gaps', () => {
    const rows: GapRow[] = [...library.methods, ...library.cases, ...library.glossary]
      .map((entry) => ({
        entry,
        title: entry.collection === 'glossary' ? entry.data.term : entry.data.title,
        gaps: entry.data.gaps,
        missingParts: entry.collection === 'methods' ? entry.data.structure.filter((group) => group.missing) : [],
      }))
      .filter(({ gaps, missingParts }) => gaps.length > 0 || missingParts.length > 0);
    return {
      pages: paginateList(rows, GAP_ENTRIES_PER_PAGE),
      total: rows.reduce((sum, { gaps }) => sum + gaps.length, 0),
      entries: rows.length,
    };
  });
}

/** One method or case on `/problems/`, with every situation (适用情形) it answers. */
export interface ProblemRow {
  entry: MethodEntry | CaseEntry;
  problems: Problem[];
}

export interface ProblemPages {
  pages: ListPage<ProblemRow>[];
  /** Situations in all. */
  total: number;
  /** Each theme (by section key, its id) with the entries on it as a second theme: at most PROBLEM_SEE_ALSO_SHOWN, and how many there are. */
  themes: Map<string, { theme: ThemeEntry; seeAlso: (MethodEntry | CaseEntry)[]; seeAlsoTotal: number }>;
}

/** The themes in the order `/problems/` and the home page go through them: by the pinyin of their names, as a reader looks one up. */
const problemThemes = (library: Library): ThemeEntry[] => sortByPinyin(library.themes, (theme) => theme.data.name);

/**
 * `/problems/` (按问题找): every method's and case's situations, grouped by theme in the pinyin
 * order of the themes' names. An entry stands once, under its first theme, so no situation is repeated; a
 * theme's section names under 另见 the entries that have it as a later theme.
 */
export function problemPages(library: Library): ProblemPages {
  return once(library, 'problems', () => {
    const entries = [...library.methods, ...library.cases];
    const themes = new Map<string, { theme: ThemeEntry; seeAlso: (MethodEntry | CaseEntry)[]; seeAlsoTotal: number }>();
    const sections: Section<ProblemRow>[] = problemThemes(library).map((theme) => {
      const rows = entries
        .filter((entry) => entry.data.themes[0]?.id === theme.id)
        .map((entry) => ({ entry, problems: entry.data.problems }));
      const later = entries.filter((entry) => entry.data.themes.slice(1).some((t) => t.id === theme.id));
      themes.set(theme.id, { theme, seeAlso: later.slice(0, PROBLEM_SEE_ALSO_SHOWN), seeAlsoTotal: later.length });
      return { key: theme.id, label: theme.data.name, items: rows };
    });
    return {
      pages: paginateSections(sections, PROBLEM_ENTRIES_PER_PAGE),
      total: entries.reduce((sum, entry) => sum + entry.data.problems.length, 0),
      themes,
    };
  });
}

/** A situation the home page opens with, and the entry that answers it. */
export interface HomeProblem {
  entry: MethodEntry | CaseEntry;
  problem: Problem;
}

/**
 * The few situations the home page opens with: one a theme, each an entry's first situation the
 * sources describe (else its first), those the sources describe first. Entries the home page
 * already shows as cards (core methods, featured cases, whose cards show their first situations)
 * are passed over while others are left, so no sentence stands twice on the page.
 */
export function homeProblems(library: Library, count: number): HomeProblem[] {
  const all = [...library.methods, ...library.cases];
  const onCards = (entry: MethodEntry | CaseEntry) =>
    entry.collection === 'methods' ? entry.data.core : entry.data.featured;
  const pick = (candidates: (MethodEntry | CaseEntry)[]): HomeProblem[] =>
    problemThemes(library).flatMap((theme) => {
      const onTheme = candidates.filter((entry) => entry.data.themes[0]?.id === theme.id);
      const entry = onTheme.find((e) => e.data.problems.some((p) => p.cite)) ?? onTheme[0];
      const problem = entry?.data.problems.find((p) => p.cite) ?? entry?.data.problems[0];
      return entry && problem ? [{ entry, problem }] : [];
    });
  const chosen = pick(all.filter((entry) => !onCards(entry)));
  const more = pick(all.filter(onCards)).filter((row) => !chosen.some((c) => c.entry === row.entry));
  const cited = (row: HomeProblem) => (row.problem.cite ? 0 : 1);
  return [...chosen, ...more]
    .map((row, index) => ({ row, index }))
    .sort((a, b) => cited(a.row) - cited(b.row) || a.index - b.index)
    .slice(0, count)
    .map(({ row }) => row);
}

/** The entries that cite one part of a source, in the library's order. */
export function citingPart(library: Library, sourceId: string, partId: string): AnyEntry[] {
  return once(library, `citing/${sourceId}/${partId}`, () =>
    library
      .citing(sourceId)
      .filter((c) => c.parts.includes(partId))
      .map((c) => c.entry),
  );
}

/**
 * The parts of a source cited by more entries than its page lists (SOURCE_PART_SHOWN), each
 * with its own list in pages: `/sources/<id>/<part>/`, `/sources/<id>/<part>/page/2/`.
 */
export function longSourceParts(
  library: Library,
): { source: SourceEntry; part: { id: string; title: string }; pages: ListPage<AnyEntry>[] }[] {
  return once(library, 'long-source-parts', () =>
    library.sources.flatMap((source) =>
      source.data.parts
        .map((part) => ({ source, part, entries: citingPart(library, source.id, part.id) }))
        .filter(({ entries }) => entries.length > SOURCE_PART_SHOWN)
        .map(({ source, part, entries }) => ({
          source,
          part,
          pages: paginateList(entries, SOURCE_PART_ENTRIES_PER_PAGE),
        })),
    ),
  );
}

/** `/places/<id>/`: the methods and cases in a place and below it. */
export function placePages(library: Library, placeId: string): ListPage<Card>[] {
  const within = library.placesWithin(placeId);
  return once(library, `places/${placeId}`, () => {
    return paginateSections(
      [
        {
          key: 'methods',
          label: '这里及下属地点的方法',
          items: library.methods.filter((m) => within.has(m.data.place.id)).map(library.card),
          empty: '来源没有报道这里的方法。',
        },
        {
          key: 'cases',
          label: '这里及下属地点的案例',
          items: library.cases.filter((c) => within.has(c.data.place.id)).map(library.card),
          empty: '来源没有报道这里的案例。',
        },
      ],
      CARDS_PER_PAGE,
    );
  });
}

/** `/themes/<id>/`: the methods, cases and terms on a theme. */
export function themePages(library: Library, themeId: string): ListPage<Card>[] {
  const onTheme = (themes: { id: string }[]) => themes.some((t) => t.id === themeId);
  return once(library, `themes/${themeId}`, () => {
    return paginateSections<Card>(
      [
        {
          key: 'methods',
          label: '方法',
          items: library.methods.filter((m) => onTheme(m.data.themes)).map(library.card),
          empty: '暂无。',
        },
        {
          key: 'cases',
          label: '案例',
          items: library.cases.filter((c) => onTheme(c.data.themes)).map(library.card),
          empty: '暂无。',
        },
        {
          key: 'terms',
          label: '术语',
          items: library.glossary
            .filter((g) => onTheme(g.data.themes))
            .map((g) => ({ collection: g.collection, id: g.id, title: g.data.term, summary: g.data.definition })),
        },
      ],
      CARDS_PER_PAGE,
    );
  });
}

/**
 * The `[...page]` parameter of one page of a list: none for the first, which is the list's own
 * address (`/cases/`), `page/<n>` for the others (`/cases/page/2/`) — one route file serves both.
 */
export function pageParam(page: { number: number }): string | undefined {
  return page.number === 1 ? undefined : `page/${page.number}`;
}

/** Every page of a list as the static paths of its one `[...page]` route. */
export function allPages<T>(
  pages: ListPage<T>[],
): { params: { page: string | undefined }; props: { page: ListPage<T> } }[] {
  return pages.map((page) => ({ params: { page: pageParam(page) }, props: { page } }));
}

/**
 * The lists of what points at an entry that outgrow its page (CONNECTIONS_SHOWN), each listed in
 * full in pages of its own: `/methods/<id>/cases/`, `/glossary/<id>/used-by/`, then `page/2/` ….
 */
export function longLists(
  library: Library,
  list: LongList,
): { id: string; title: string; pages: ListPage<GraphNode>[] }[] {
  return once(library, `long-lists/${list}`, () => {
    const { kind } = LONG_LISTS[list];
    return library.graph.nodes
      .filter((node) => node.kind === kind)
      .map((node) => ({ id: node.id, title: node.title, entries: longListEntries(library.graph, list, node.id) }))
      .filter(({ entries }) => entries.length > CONNECTIONS_SHOWN)
      .map(({ id, title, entries }) => ({ id, title, pages: paginateList(entries, SOURCE_PART_ENTRIES_PER_PAGE) }));
  });
}
