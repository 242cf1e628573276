import {
  backlinks,
  outlinks,
  relatedEntries,
  type Graph,
  type GraphEdge,
  type GraphNode,
  type NodeKind,
  type Relation,
} from './graph';
import { CONNECTIONS_SHOWN } from '../scale-bounds';
import { entryPath } from '../urls';

/** One entry in a list of connections, with a short note on how it is connected (e.g. 应用其中的“矛盾调处”). */
export interface Connection {
  node: GraphNode;
  meta?: string | undefined;
}

/**
 * One list on an entry page. `cards` lists show each entry with its summary; `terms` lists are a
 * compact row of glossary terms with their definitions on demand.
 */
export interface ConnectionList {
  heading: string;
  style: 'cards' | 'terms';
  items: Connection[];
  /** How many there are in all (the full list's count), when the page shows only CONNECTIONS_SHOWN of them. */
  total?: number;
  /** Where all of them are listed (a LONG_LISTS key), when the page shows only some. */
  all?: LongList;
}

/**
 * The lists that grow with the library (what points at an entry) and where each is listed in
 * full when it outgrows an entry page: `/methods/<id>/cases/`, `/glossary/<id>/used-by/`.
 */
export const LONG_LISTS = {
  cases: { kind: 'methods', relation: 'applies', heading: '应用这一方法的案例' },
  'used-by': { kind: 'glossary', relation: 'uses', heading: '用到这一术语的条目' },
} as const satisfies Record<string, { kind: NodeKind; relation: Relation; heading: string }>;
export type LongList = keyof typeof LONG_LISTS;

/** Where a long list is listed in full (without the base path). */
export function longListPath(list: LongList, id: string): string {
  return `${entryPath(LONG_LISTS[list].kind, id)}${list}/`;
}

/** Every entry in a long list, in the order its entry page lists them. */
export function longListEntries(graph: Graph, list: LongList, id: string): GraphNode[] {
  const { kind, relation } = LONG_LISTS[list];
  const seen = new Set<string>();
  return backlinks(graph, `${kind}/${id}`, [relation]).flatMap(({ node }) =>
    seen.has(node.key) || !seen.add(node.key) ? [] : [node],
  );
}

/** How many entries 相关条目 shows at least: the declared relations, then computed matches up to this number. */
const RELATED_COUNT = 5;

/**
 * Everything an entry is connected to, as lists for its page. Each entry appears once on the page,
 * in the most specific list that fits it: the cases that apply a method, the methods a method is
 * part of or builds on (or that are part of or build on it), the methods a case applies, the terms
 * (one compact list), and the rest — declared relations first, then the best computed matches —
 * under 相关条目. Lists are filled in that order and an entry already listed is skipped.
 */
export function entryConnections(graph: Graph, kind: NodeKind, id: string): ConnectionList[] {
  const center = `${kind}/${id}`;
  const shown = new Set<string>([center]);
  const lists: ConnectionList[] = [];
  const out = (relation: Relation) => outlinks(graph, center, [relation]);
  const into = (relation: Relation) => backlinks(graph, center, [relation]);

  const add = (
    heading: string,
    style: ConnectionList['style'],
    groups: [string | undefined, { edge: GraphEdge; node: GraphNode }[]][],
    limit = Infinity,
    long?: LongList,
  ) => {
    const items = new Map<string, Connection>();
    // A list that grows with the library shows its first CONNECTIONS_SHOWN and says how many there are.
    const keys = long ? new Set(groups.flatMap(([, links]) => links.map(({ node }) => node.key))) : new Set<string>();
    const fresh = [...keys].filter((key) => !shown.has(key)).length;
    if (long && fresh > CONNECTIONS_SHOWN) limit = CONNECTIONS_SHOWN;
    for (const [label, links] of groups) {
      for (const { edge, node } of links) {
        const meta =
          [label, edge.part ? `应用其中的“${edge.part}”` : undefined].filter(Boolean).join('，') || undefined;
        const existing = items.get(node.key);
        // Two edges to one entry (a case applying two parts of a method) make one item with both notes.
        if (existing) {
          if (meta && existing.meta !== meta) existing.meta = [existing.meta, meta].filter(Boolean).join('；');
        } else if (!shown.has(node.key) && items.size < limit) {
          items.set(node.key, { node, meta });
          shown.add(node.key);
        }
      }
    }
    if (items.size === 0) return;
    lists.push({
      heading,
      style,
      items: [...items.values()],
      ...(long && fresh > items.size ? { total: keys.size, all: long } : {}),
    });
  };

  if (kind === 'methods') {
    add(LONG_LISTS.cases.heading, 'cards', [[undefined, into('applies')]], Infinity, 'cases');
    add('相关方法', 'cards', [
      ['本方法是它的一部分', out('partOf')],
      ['它是本方法的一部分', into('partOf')],
      ['本方法以它为基础', out('buildsOn')],
      ['它以本方法为基础', into('buildsOn')],
    ]);
    add('用到的术语', 'terms', [[undefined, [...out('uses'), ...into('explains')]]]);
  }
  if (kind === 'cases') {
    add('应用的方法', 'cards', [[undefined, out('applies')]]);
    add('用到的术语', 'terms', [[undefined, out('uses')]]);
  }
  if (kind === 'glossary') {
    add('详细介绍这一术语的方法', 'cards', [[undefined, out('explains')]]);
    add(LONG_LISTS['used-by'].heading, 'cards', [[undefined, into('uses')]], Infinity, 'used-by');
    add('相关术语', 'terms', [[undefined, [...out('related'), ...into('related')]]]);
  }
  if (kind === 'methods' || kind === 'cases') {
    // Relations the content declares come first and are always shown; computed matches fill the list up.
    const declared = [...out('related'), ...into('related')];
    const declaredFresh = new Set(declared.map(({ node }) => node.key).filter((k) => !shown.has(k))).size;
    const computed = relatedEntries(graph, center, 40).map(({ node }) => ({
      node,
      edge: { from: center, to: node.key, relation: 'related' as const },
    }));
    add('相关条目', 'cards', [[undefined, [...declared, ...computed]]], Math.max(declaredFresh, RELATED_COUNT));
  }
  return lists;
}
