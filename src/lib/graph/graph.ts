/**
 * The library as a graph: entries are nodes, the relations declared in their frontmatter are
 * edges. Backlinks, neighbourhoods, related entries and the knowledge map are all read from it,
 * so every link is declared once, at one end, and shown at both.
 */

export type NodeKind = 'methods' | 'cases' | 'glossary' | 'places' | 'themes';

/** How one entry relates to another, from the entry that declares it. */
export type Relation =
  'applies' | 'partOf' | 'buildsOn' | 'related' | 'uses' | 'explains' | 'about' | 'theme' | 'within';

export interface GraphNode {
  /** `collection/id`, unique across the library. */
  key: string;
  kind: NodeKind;
  id: string;
  title: string;
}

export interface GraphEdge {
  from: string;
  to: string;
  relation: Relation;
  /** Which part of a method a case applies, e.g. 矛盾调处. */
  part?: string | undefined;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Indexes built once, so a page's backlinks and related entries cost what the page has, not what the library has. */
  byKey: Map<string, GraphNode>;
  outgoing: Map<string, GraphEdge[]>;
  incoming: Map<string, GraphEdge[]>;
}

/** Builds the indexes of a graph from its nodes and edges. */
export function indexGraph(nodes: GraphNode[], edges: GraphEdge[]): Graph {
  const outgoing = new Map<string, GraphEdge[]>();
  const incoming = new Map<string, GraphEdge[]>();
  for (const edge of edges) {
    outgoing.set(edge.from, [...(outgoing.get(edge.from) ?? []), edge]);
    incoming.set(edge.to, [...(incoming.get(edge.to) ?? []), edge]);
  }
  return { nodes, edges, byKey: new Map(nodes.map((n) => [n.key, n])), outgoing, incoming };
}

/** The plain data the graph is built from (what the content collections hold). */
export interface GraphInput {
  methods: {
    id: string;
    title: string;
    place: string;
    themes: string[];
    terms: string[];
    partOf?: string | undefined;
    buildsOn: string[];
    related: string[];
  }[];
  cases: {
    id: string;
    title: string;
    place: string;
    themes: string[];
    terms: string[];
    methods: { method: string; part?: string | undefined }[];
    related: string[];
  }[];
  glossary: { id: string; term: string; themes: string[]; methods: string[]; related: string[] }[];
  places: { id: string; name: string; parent?: string | undefined }[];
  themes: { id: string; name: string }[];
}

export const key = (kind: NodeKind, id: string): string => `${kind}/${id}`;

export function buildGraph(input: GraphInput): Graph {
  const nodes: GraphNode[] = [
    ...input.methods.map((m) => ({ key: key('methods', m.id), kind: 'methods' as const, id: m.id, title: m.title })),
    ...input.cases.map((c) => ({ key: key('cases', c.id), kind: 'cases' as const, id: c.id, title: c.title })),
    ...input.glossary.map((g) => ({ key: key('glossary', g.id), kind: 'glossary' as const, id: g.id, title: g.term })),
    ...input.places.map((p) => ({ key: key('places', p.id), kind: 'places' as const, id: p.id, title: p.name })),
    ...input.themes.map((t) => ({ key: key('themes', t.id), kind: 'themes' as const, id: t.id, title: t.name })),
  ];
  const edges: GraphEdge[] = [];
  const add = (from: string, to: string, relation: Relation, part?: string) =>
    edges.push({ from, to, relation, ...(part ? { part } : {}) });

  for (const m of input.methods) {
    const from = key('methods', m.id);
    add(from, key('places', m.place), 'about');
    m.themes.forEach((t) => add(from, key('themes', t), 'theme'));
    m.terms.forEach((t) => add(from, key('glossary', t), 'uses'));
    if (m.partOf) add(from, key('methods', m.partOf), 'partOf');
    m.buildsOn.forEach((b) => add(from, key('methods', b), 'buildsOn'));
    m.related.forEach((r) => add(from, key('methods', r), 'related'));
  }
  for (const c of input.cases) {
    const from = key('cases', c.id);
    add(from, key('places', c.place), 'about');
    c.themes.forEach((t) => add(from, key('themes', t), 'theme'));
    c.terms.forEach((t) => add(from, key('glossary', t), 'uses'));
    c.methods.forEach(({ method, part }) => add(from, key('methods', method), 'applies', part));
    c.related.forEach((r) => add(from, key('cases', r), 'related'));
  }
  for (const g of input.glossary) {
    const from = key('glossary', g.id);
    g.themes.forEach((t) => add(from, key('themes', t), 'theme'));
    g.methods.forEach((m) => add(from, key('methods', m), 'explains'));
    g.related.forEach((r) => add(from, key('glossary', r), 'related'));
  }
  for (const p of input.places) if (p.parent) add(key('places', p.id), key('places', p.parent), 'within');
  return indexGraph(nodes, edges);
}

/** The edges that point at a node, each with the node they come from. */
export function backlinks(
  graph: Graph,
  target: string,
  relations?: Relation[],
): { edge: GraphEdge; node: GraphNode }[] {
  return (graph.incoming.get(target) ?? [])
    .filter((e) => !relations || relations.includes(e.relation))
    .flatMap((edge) => {
      const node = graph.byKey.get(edge.from);
      return node ? [{ edge, node }] : [];
    });
}

/** The edges a node declares, each with the node it points at. */
export function outlinks(graph: Graph, source: string, relations?: Relation[]): { edge: GraphEdge; node: GraphNode }[] {
  return (graph.outgoing.get(source) ?? [])
    .filter((e) => !relations || relations.includes(e.relation))
    .flatMap((edge) => {
      const node = graph.byKey.get(edge.to);
      return node ? [{ edge, node }] : [];
    });
}

/**
 * The nodes one step away from a node, in either direction, with the edges that join them. With
 * `max`, what the node points at and then what points at it, up to `max` nodes besides itself:
 * what points at an entry grows with the library (every case that applies a method).
 */
export function neighbourhood(graph: Graph, center: string, max = Infinity): Graph {
  const keys = new Set([center]);
  const edges: GraphEdge[] = [];
  for (const edge of [...(graph.outgoing.get(center) ?? []), ...(graph.incoming.get(center) ?? [])]) {
    const other = edge.from === center ? edge.to : edge.from;
    if (!keys.has(other) && keys.size > max) continue;
    keys.add(other);
    edges.push(edge);
  }
  return indexGraph(
    [...keys].flatMap((k) => graph.byKey.get(k) ?? []),
    edges,
  );
}

/** Titles in Chinese dictionary order; one collator for every comparison. */
export const TITLE_ORDER = new Intl.Collator('zh-CN');

/** An entry with how closely it is related. */
type Scored = { node: GraphNode; score: number };

/** A method, place, term or theme shared with more entries than this is not counted as a likeness. */
export const SHARED_MAX_MEMBERS = 200;

/** What two articles share, weighted: a method in common counts most, then a place, then terms and themes. */
const WEIGHT: Partial<Record<Relation, number>> = { applies: 3, partOf: 3, buildsOn: 3, about: 2, uses: 1, theme: 1 };

/**
 * Methods and cases related to an article, best first: a direct relation (in either direction)
 * scores highest, then what they share — methods, the place, terms and themes. Only the entries
 * that share something are visited, through the graph's indexes.
 */
export function relatedEntries(graph: Graph, center: string, limit = 5): Scored[] {
  const isArticle = (k: string) => k.startsWith('methods/') || k.startsWith('cases/');
  const scores = new Map<string, number>();
  const add = (k: string, points: number) => {
    if (k !== center && isArticle(k)) scores.set(k, (scores.get(k) ?? 0) + points);
  };
  for (const e of graph.outgoing.get(center) ?? []) add(e.to, 6);
  for (const e of graph.incoming.get(center) ?? []) add(e.from, 6);
  const shared = new Map<string, number>();
  for (const e of graph.outgoing.get(center) ?? [])
    shared.set(e.to, Math.max(shared.get(e.to) ?? 0, WEIGHT[e.relation] ?? 0));
  for (const [target, mine] of shared) {
    const members = graph.incoming.get(target) ?? [];
    // Something shared with very many entries (a theme or a town in a library of thousands) says
    // little about which of them are related, and visiting them all on every page made the build
    // grow with the square of the library. The real library's largest is far below this.
    if (members.length > SHARED_MAX_MEMBERS) continue;
    const counted = new Set<string>();
    for (const e of members) {
      if (counted.has(e.from)) continue;
      counted.add(e.from);
      add(e.from, Math.max(WEIGHT[e.relation] ?? 0, mine));
    }
  }
  // The best `limit` of possibly thousands (everything on a shared theme or place), kept in
  // order as they are found: sorting them all cost a collation per comparison on every page.
  const best: Scored[] = [];
  const before = (a: Scored, b: Scored) => b.score - a.score || TITLE_ORDER.compare(a.node.title, b.node.title);
  for (const [k, score] of scores) {
    const node = graph.byKey.get(k);
    if (!node || score <= 0) continue;
    const candidate = { node, score };
    if (best.length === limit && before(candidate, best[limit - 1] as Scored) >= 0) continue;
    let at = best.length;
    while (at > 0 && before(candidate, best[at - 1] as Scored) < 0) at--;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best;
}
