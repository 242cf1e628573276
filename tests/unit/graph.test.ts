import { describe, expect, it } from 'vitest';
import {
  backlinks,
  buildGraph,
  key,
  neighbourhood,
  relatedEntries,
  SHARED_MAX_MEMBERS,
  type GraphInput,
} from '~/lib/graph/graph';

const input: GraphInput = {
  methods: [
    { id: 'big', title: '大方法', place: 'town', themes: ['t1'], terms: ['wg'], buildsOn: [], related: [] },
    {
      id: 'small',
      title: '小方法',
      place: 'town',
      themes: ['t1'],
      terms: [],
      partOf: 'big',
      buildsOn: [],
      related: [],
    },
    { id: 'far', title: '远方法', place: 'city', themes: ['t2'], terms: [], buildsOn: [], related: [] },
  ],
  cases: [
    {
      id: 'c1',
      title: '案例一',
      place: 'town',
      themes: ['t1'],
      terms: ['wg'],
      methods: [{ method: 'big', part: '调处' }],
      related: [],
    },
    { id: 'c2', title: '案例二', place: 'city', themes: ['t2'], terms: ['wg'], methods: [], related: ['c1'] },
  ],
  glossary: [{ id: 'wg', term: '网格员', themes: ['t1'], methods: ['big'], related: [] }],
  places: [
    { id: 'city', name: '市' },
    { id: 'town', name: '镇', parent: 'city' },
  ],
  themes: [
    { id: 't1', name: '主题一' },
    { id: 't2', name: '主题二' },
  ],
};
const graph = buildGraph(input);

describe('buildGraph', () => {
  it('makes a node of every entry and an edge of every declared relation', () => {
    expect(graph.nodes).toHaveLength(3 + 2 + 1 + 2 + 2);
    expect(graph.edges).toContainEqual({ from: 'cases/c1', to: 'methods/big', relation: 'applies', part: '调处' });
    expect(graph.edges).toContainEqual({ from: 'methods/small', to: 'methods/big', relation: 'partOf' });
    expect(graph.edges).toContainEqual({ from: 'places/town', to: 'places/city', relation: 'within' });
  });
});

describe('backlinks', () => {
  it('lists the cases that apply a method, with the part they apply', () => {
    const applying = backlinks(graph, key('methods', 'big'), ['applies']);
    expect(applying.map(({ node, edge }) => [node.title, edge.part])).toEqual([['案例一', '调处']]);
  });

  it('lists every entry that uses a term, from any collection', () => {
    expect(backlinks(graph, key('glossary', 'wg'), ['uses']).map(({ node }) => node.key)).toEqual([
      'methods/big',
      'cases/c1',
      'cases/c2',
    ]);
  });

  it('lists the methods that are part of a method', () => {
    expect(backlinks(graph, key('methods', 'big'), ['partOf']).map(({ node }) => node.id)).toEqual(['small']);
  });
});

describe('neighbourhood', () => {
  it('holds the node, everything one step away, and the edges between them', () => {
    const near = neighbourhood(graph, key('cases', 'c2'));
    expect(near.nodes.map((n) => n.key).sort()).toEqual([
      'cases/c1',
      'cases/c2',
      'glossary/wg',
      'places/city',
      'themes/t2',
    ]);
    expect(near.edges.every((e) => e.from === 'cases/c2' || e.to === 'cases/c2')).toBe(true);
  });
});

describe('relatedEntries', () => {
  it('ranks a direct relation and shared method, place, terms and themes above a weaker tie', () => {
    const related = relatedEntries(graph, key('cases', 'c1'));
    expect(related.map((r) => r.node.id)).toEqual(['big', 'c2', 'small']);
    expect(related.find((r) => r.node.id === 'far')).toBeUndefined();
  });

  it('never lists the entry itself', () => {
    expect(relatedEntries(graph, key('methods', 'big')).some((r) => r.node.id === 'big')).toBe(false);
  });

  it('keeps the best in order when many tie, and ignores what is shared with very many entries', () => {
    const crowd = (n: number, theme: string, prefix: string) =>
      Array.from({ length: n }, (_, i) => ({
        id: `${prefix}${String(i).padStart(4, '0')}`,
        title: `${prefix}${String(i).padStart(4, '0')}`,
        place: 'town',
        themes: [theme],
        terms: [],
        methods: [],
        related: [],
      }));
    const many = buildGraph({
      ...input,
      // 名 shares only a small theme with 案例 x0000…x0009; the big theme with more entries than count, whose titles come first.
      cases: [
        { id: 'me', title: '名', place: 'far-town', themes: ['small', 'big'], terms: [], methods: [], related: [] },
        ...crowd(10, 'small', 'x'),
        ...crowd(SHARED_MAX_MEMBERS + 1, 'big', 'a'),
      ],
      places: [...input.places, { id: 'far-town', name: '远镇', parent: 'city' }],
      themes: [
        { id: 'small', name: '小主题' },
        { id: 'big', name: '大主题' },
      ],
    });
    const related = relatedEntries(many, key('cases', 'me'), 5);
    expect(related.map((r) => r.node.id)).toEqual(['x0000', 'x0001', 'x0002', 'x0003', 'x0004']);
  });
});
