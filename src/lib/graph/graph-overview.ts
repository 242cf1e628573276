/**
 * What `/graph/` shows when the library is too big for one map (GRAPH_FULL_MAP_MAX_ENTRIES):
 * an overview, and one bounded map per theme and per place. Pure: every function reads the
 * graph's indexes and costs what it returns, and only what is shown is laid out.
 */
import { indexGraph, key, type Graph, type GraphNode, type NodeKind } from './graph';
import { GRAPH_FULL_MAP_MAX_ENTRIES } from '../scale-bounds';

const ENTRY_KINDS: NodeKind[] = ['methods', 'cases', 'glossary'];

/** How many methods, cases and terms the graph holds. */
export function entryCount(graph: Graph): number {
  return graph.nodes.filter((n) => ENTRY_KINDS.includes(n.kind)).length;
}

/** Whether `/graph/` draws the whole library (today's single map) or the overview with per-theme and per-place maps. */
export function drawsWholeLibrary(graph: Graph, threshold = GRAPH_FULL_MAP_MAX_ENTRIES): boolean {
  return entryCount(graph) <= threshold;
}

/** How many relations a node has, in both directions. */
export function degree(graph: Graph, nodeKey: string): number {
  return (graph.outgoing.get(nodeKey)?.length ?? 0) + (graph.incoming.get(nodeKey)?.length ?? 0);
}

/** The most connected first; ties by title, so the same library always shows the same entries. */
export function byConnections(graph: Graph, nodes: GraphNode[]): GraphNode[] {
  const degrees = new Map(nodes.map((n) => [n.key, degree(graph, n.key)]));
  return [...nodes].sort(
    (a, b) =>
      (degrees.get(b.key) ?? 0) - (degrees.get(a.key) ?? 0) ||
      a.title.localeCompare(b.title, 'zh-CN') ||
      a.key.localeCompare(b.key),
  );
}

/** The graph of some nodes and the relations among them (every edge between two of them). */
export function induced(graph: Graph, keys: Iterable<string>): Graph {
  const keep = new Set(keys);
  const nodes = graph.nodes.filter((n) => keep.has(n.key));
  const edges = nodes.flatMap((n) => (graph.outgoing.get(n.key) ?? []).filter((e) => keep.has(e.to)));
  return indexGraph(nodes, edges);
}

export interface BoundedMap {
  /** The theme or place, the entries drawn, and the relations among them. */
  graph: Graph;
  /** How many entries belong to the theme or place in all. */
  total: number;
  /** How many of them are drawn. */
  shown: number;
}

/**
 * A map of one group (a theme, a place) capped at `max` entries: the group's own node, the
 * `extra` nodes that frame it (a place's sub-places), and its `max` most connected members.
 */
export function boundedMap(
  graph: Graph,
  center: string,
  members: GraphNode[],
  max: number,
  extra: GraphNode[] = [],
): BoundedMap {
  const top = byConnections(graph, members).slice(0, max);
  return {
    graph: induced(graph, [center, ...extra.map((n) => n.key), ...top.map((n) => n.key)]),
    total: members.length,
    shown: top.length,
  };
}

/** The methods, cases and terms on a theme. */
export function themeMembers(graph: Graph, themeId: string): GraphNode[] {
  return (graph.incoming.get(key('themes', themeId)) ?? [])
    .filter((e) => e.relation === 'theme')
    .flatMap((e) => graph.byKey.get(e.from) ?? []);
}

/** The methods and cases in any of the places (a place and those below it). */
export function placeMembers(graph: Graph, placeIds: Iterable<string>): GraphNode[] {
  const seen = new Set<string>();
  const members: GraphNode[] = [];
  for (const placeId of placeIds)
    for (const edge of graph.incoming.get(key('places', placeId)) ?? []) {
      const node = graph.byKey.get(edge.from);
      if (edge.relation === 'about' && node && !seen.has(node.key)) {
        seen.add(node.key);
        members.push(node);
      }
    }
  return members;
}

/** How many nodes of each kind a list holds. */
export function countByKind(nodes: GraphNode[]): Record<NodeKind, number> {
  const counts: Record<NodeKind, number> = { methods: 0, cases: 0, glossary: 0, places: 0, themes: 0 };
  for (const n of nodes) counts[n.kind]++;
  return counts;
}

/** How many cases apply a method. */
export function applications(graph: Graph, methodKey: string): number {
  return new Set((graph.incoming.get(methodKey) ?? []).filter((e) => e.relation === 'applies').map((e) => e.from)).size;
}
