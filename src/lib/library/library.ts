import { getCollection, type CollectionEntry } from 'astro:content';
import { findBodyRefs } from './body-refs';
import { buildGraph, type Graph } from '../graph/graph';
import type { CollectionName } from '../collections';
import { checkLibrary, isEntryRef, type ContentRecord } from './integrity';
import { sortByPinyin } from './pinyin';
import { placeAndBelow, placeChain } from './places';
import { readableText, readingMinutes } from '../readings/reading-time';
import { termLinker } from './term-links';
import { entryPath, withBase } from '../urls';

/** How many of an entry's situations (适用情形) its card in a list shows. */
const CARD_PROBLEMS = 2;

export type MethodEntry = CollectionEntry<'methods'>;
export type CaseEntry = CollectionEntry<'cases'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;
export type ReadingEntry = CollectionEntry<'readings'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type PlaceEntry = CollectionEntry<'places'>;
export type ThemeEntry = CollectionEntry<'themes'>;
export type AnyEntry = CollectionEntry<CollectionName>;

/** An entry that cites a source, and which parts it cites. */
export interface Citing {
  entry: AnyEntry;
  parts: string[];
}

export interface Library {
  /** Core methods first (by `order`), then the rest by `order` and title. */
  methods: MethodEntry[];
  cases: CaseEntry[];
  /** In pinyin order. */
  glossary: GlossaryEntry[];
  /** Reading paths, by `order`. */
  readings: ReadingEntry[];
  sources: SourceEntry[];
  places: PlaceEntry[];
  themes: ThemeEntry[];
  /** Looks an entry up by collection and id; throws for an id the integrity check would have caught. */
  get<C extends CollectionName>(collection: C, id: string): CollectionEntry<C>;
  /** Every entry that cites the source, with the parts it cites, in frontmatter or in prose. */
  citing(sourceId: string): Citing[];
  /** Entries and the relations between them, for backlinks, related entries and the map. */
  graph: Graph;
  /** Minutes a learner needs to read an entry (methods, cases, terms; a path sums its items). */
  minutes(collection: CollectionName, id: string): number;
  /** The places from the top of the hierarchy down to this one: 山西省 → … → 杏北社区. */
  placeChain(id: string): { id: string; name: string; kind: string }[];
  /** The ids of a place and every place below it. */
  placesWithin(id: string): Set<string>;
  /** Links the first use of each glossary term in an article's HTML (prepared once per build). */
  linkTerms(html: string): string;
  /** What a card in a list shows of a method or case: title, summary, its place and its first situations (适用情形). */
  card(entry: MethodEntry | CaseEntry): {
    collection: 'methods' | 'cases';
    id: string;
    title: string;
    summary: string;
    meta: string;
    problems: string[];
  };
}

/** The name an entry is shown by: a title, a term, or a name. */
export function entryTitle(entry: AnyEntry): string {
  const data = entry.data as { title?: string; term?: string; name?: string };
  return data.title ?? data.term ?? data.name ?? entry.id;
}

/** Every `{ source, part }` pair an entry cites, from its data and its MDX body. */
function citedParts(entry: AnyEntry): [string, string][] {
  const pairs: [string, string][] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      if (isEntryRef(record['source']) && typeof record['part'] === 'string')
        pairs.push([record['source'].id, record['part']]);
      else Object.values(record).forEach(walk);
    }
  };
  walk(entry.data);
  for (const ref of findBodyRefs(entry.body ?? '')) {
    const { source, part } = ref.attributes;
    if (ref.component !== 'EntryLink' && source && part) pairs.push([source, part]);
  }
  return pairs;
}

async function buildLibrary(): Promise<Library> {
  const [methods, cases, glossary, readings, sources, places, themes] = await Promise.all([
    getCollection('methods'),
    getCollection('cases'),
    getCollection('glossary'),
    getCollection('readings'),
    getCollection('sources'),
    getCollection('places'),
    getCollection('themes'),
  ]);
  const all: AnyEntry[] = [...methods, ...cases, ...glossary, ...readings, ...sources, ...places, ...themes];

  const records: ContentRecord[] = all.map((entry) => ({
    collection: entry.collection,
    id: entry.id,
    filePath: entry.filePath ?? `${entry.collection}/${entry.id}`,
    data: entry.data,
    body: entry.body,
  }));
  const problems = checkLibrary(records);
  if (problems.length > 0) {
    throw new Error(`内容检查发现 ${problems.length} 个问题：\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }

  const byKey = new Map(all.map((entry) => [`${entry.collection}/${entry.id}`, entry]));
  const citingBySource = new Map<string, Citing[]>();
  for (const entry of all) {
    const partsBySource = new Map<string, Set<string>>();
    for (const [source, part] of citedParts(entry)) {
      if (!partsBySource.has(source)) partsBySource.set(source, new Set());
      partsBySource.get(source)?.add(part);
    }
    for (const [source, parts] of partsBySource) {
      const list = citingBySource.get(source) ?? [];
      list.push({ entry, parts: [...parts] });
      citingBySource.set(source, list);
    }
  }

  const byOrder = (a: MethodEntry, b: MethodEntry) =>
    Number(b.data.core) - Number(a.data.core) ||
    a.data.order - b.data.order ||
    a.data.title.localeCompare(b.data.title, 'zh-CN');

  const ids = (refs: { id: string }[]) => refs.map((ref) => ref.id);
  const graph = buildGraph({
    methods: methods.map(({ id, data }) => ({
      id,
      title: data.title,
      place: data.place.id,
      themes: ids(data.themes),
      terms: ids(data.terms),
      partOf: data.partOf?.id,
      buildsOn: ids(data.buildsOn),
      related: ids(data.related),
    })),
    cases: cases.map(({ id, data }) => ({
      id,
      title: data.title,
      place: data.place.id,
      themes: ids(data.themes),
      terms: ids(data.terms),
      methods: data.methods.map(({ method, part }) => ({ method: method.id, part })),
      related: ids(data.related),
    })),
    glossary: glossary.map(({ id, data }) => ({
      id,
      term: data.term,
      themes: ids(data.themes),
      methods: ids(data.methods),
      related: ids(data.related),
    })),
    places: places.map(({ id, data }) => ({ id, name: data.name, parent: data.parent?.id })),
    themes: themes.map(({ id, data }) => ({ id, name: data.name })),
  });

  const textOf = (entry: AnyEntry): string => {
    if (entry.collection === 'glossary')
      return `${entry.data.term} ${entry.data.definition} ${entry.data.general ?? ''}`;
    const data = entry.data as { title?: string; summary?: string };
    return `${data.title ?? ''} ${data.summary ?? ''} ${readableText(entry.body ?? '')}`;
  };
  const minutes = (collection: CollectionName, id: string): number => {
    const entry = byKey.get(`${collection}/${id}`);
    if (!entry) return 0;
    if (entry.collection === 'readings')
      return entry.data.items.reduce(
        (sum, item) => sum + minutes(...(item.entry.split('/') as [CollectionName, string])),
        0,
      );
    return readingMinutes(textOf(entry));
  };

  const placeNames = new Map(places.map((p) => [p.id, p.data.name]));
  const placeNodes = places.map((p) => ({ id: p.id, parent: p.data.parent?.id, name: p.data.name, kind: p.data.kind }));
  const chains = new Map(placeNodes.map((p) => [p.id, placeChain(placeNodes, p.id)]));

  const linkTerms = termLinker(
    glossary.map((entry) => ({
      id: entry.id,
      href: withBase(entryPath('glossary', entry.id)),
      words: [entry.data.term, ...entry.data.aliases],
      definition: entry.data.definition,
    })),
  );

  return {
    graph,
    minutes,
    linkTerms,
    placeChain: (id) => chains.get(id) ?? [],
    placesWithin: (id) => placeAndBelow(placeNodes, id),
    card: (entry) => ({
      collection: entry.collection,
      id: entry.id,
      title: entry.data.title,
      summary: entry.data.summary,
      meta: placeNames.get(entry.data.place.id) ?? '',
      problems: entry.data.problems.slice(0, CARD_PROBLEMS).map((problem) => problem.text),
    }),
    readings: [...readings].sort((a, b) => a.data.order - b.data.order),
    methods: [...methods].sort(byOrder),
    cases: sortByPinyin(cases, (entry) => entry.data.title),
    glossary: sortByPinyin(glossary, (entry) => entry.data.term),
    sources,
    places,
    themes,
    get(collection, id) {
      const entry = byKey.get(`${collection}/${id}`);
      if (!entry) throw new Error(`找不到${collection}/${id}`);
      return entry as CollectionEntry<typeof collection>;
    },
    citing: (sourceId) => citingBySource.get(sourceId) ?? [],
  };
}

let library: Promise<Library> | undefined;

/**
 * The whole library, loaded and checked once per build. Every page reads it from here, so a
 * broken reference anywhere stops the build with the file and field named.
 */
export function loadLibrary(): Promise<Library> {
  library ??= buildLibrary();
  return library;
}

/** The collections that have a page per entry at /<collection>/<id>/ (src/pages/<collection>/[id].astro). */
type PagedCollection = 'methods' | 'cases' | 'glossary' | 'readings' | 'sources';

/** The static paths of a collection's entry pages: one per entry, which the page gets as `entry`. */
export async function entryPaths<C extends PagedCollection>(
  collection: C,
): Promise<{ params: { id: string }; props: { entry: CollectionEntry<C> } }[]> {
  const entries = (await loadLibrary())[collection] as CollectionEntry<C>[];
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
