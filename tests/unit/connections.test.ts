import { describe, expect, it } from 'vitest';
import { entryConnections, longListEntries, longListPath } from '~/lib/graph/connections';
import { buildGraph, neighbourhood, type GraphInput } from '~/lib/graph/graph';
import { CONNECTIONS_SHOWN, NEIGHBOURHOOD_SHOWN } from '~/lib/scale-bounds';

// A small library with every way the same entry can reach a page twice: a relation declared at
// both ends, a case applying two parts of one method, a term that a method uses and that explains it.
const input: GraphInput = {
  methods: [
    {
      id: 'big',
      title: '大方法',
      place: 'town',
      themes: ['t1'],
      terms: ['wg', 'tj'],
      buildsOn: [],
      related: ['other'],
    },
    {
      id: 'small',
      title: '小方法',
      place: 'town',
      themes: ['t1'],
      terms: ['wg'],
      partOf: 'big',
      buildsOn: [],
      related: ['big'],
    },
    { id: 'other', title: '另一方法', place: 'town', themes: ['t1'], terms: [], buildsOn: [], related: ['big'] },
    { id: 'far', title: '远方法', place: 'city', themes: ['t2'], terms: [], buildsOn: ['big'], related: [] },
  ],
  cases: [
    {
      id: 'c1',
      title: '案例一',
      place: 'town',
      themes: ['t1'],
      terms: ['wg'],
      methods: [
        { method: 'big', part: '调处' },
        { method: 'big', part: '议事' },
      ],
      related: ['c2'],
    },
    {
      id: 'c2',
      title: '案例二',
      place: 'town',
      themes: ['t1'],
      terms: ['wg'],
      methods: [{ method: 'small' }],
      related: ['c1'],
    },
  ],
  glossary: [
    { id: 'wg', term: '网格员', themes: ['t1'], methods: ['big'], related: ['tj'] },
    { id: 'tj', term: '调解员', themes: ['t1'], methods: [], related: ['wg'] },
  ],
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
const lists = (kind: 'methods' | 'cases' | 'glossary', id: string) =>
  Object.fromEntries(
    entryConnections(graph, kind, id).map((list) => [
      list.heading,
      list.items.map((item) => [item.node.key, item.meta ?? '']),
    ]),
  );
const everyKey = (kind: 'methods' | 'cases' | 'glossary', id: string) =>
  entryConnections(graph, kind, id).flatMap((list) => list.items.map((item) => item.node.key));

describe('entryConnections', () => {
  it('lists each entry once on a page, never the entry itself', () => {
    for (const [kind, id] of [
      ['methods', 'big'],
      ['methods', 'small'],
      ['cases', 'c1'],
      ['cases', 'c2'],
      ['glossary', 'wg'],
      ['glossary', 'tj'],
    ] as const) {
      const keys = everyKey(kind, id);
      expect(new Set(keys).size, `${kind}/${id}: ${keys.join(', ')}`).toBe(keys.length);
      expect(keys).not.toContain(`${kind}/${id}`);
    }
  });

  it('puts a case that applies a method under the cases, once, with every part it applies', () => {
    expect(lists('methods', 'big')['应用这一方法的案例']).toEqual([['cases/c1', '应用其中的“调处”；应用其中的“议事”']]);
  });

  it('puts methods that are part of it or build on it under 相关方法, saying how, and not again under 相关条目', () => {
    expect(lists('methods', 'big')['相关方法']).toEqual([
      ['methods/small', '它是本方法的一部分'],
      ['methods/far', '它以本方法为基础'],
    ]);
    expect(lists('methods', 'small')['相关方法']).toEqual([['methods/big', '本方法是它的一部分']]);
    const related = lists('methods', 'small')['相关条目']?.map(([key]) => key) ?? [];
    expect(related).not.toContain('methods/big');
  });

  it('gathers the terms a method uses and the terms that explain it into one compact list', () => {
    const page = entryConnections(graph, 'methods', 'big');
    const terms = page.filter((list) => list.style === 'terms');
    expect(terms).toHaveLength(1);
    expect(terms[0]?.items.map((item) => item.node.key)).toEqual(['glossary/wg', 'glossary/tj']);
  });

  it('lists a relation declared at both ends once, declared relations first under 相关条目', () => {
    expect(lists('cases', 'c1')['相关条目']?.[0]).toEqual(['cases/c2', '']);
    expect(lists('cases', 'c1')['相关条目']?.filter(([key]) => key === 'cases/c2')).toHaveLength(1);
    expect(lists('methods', 'big')['相关条目']?.[0]?.[0]).toBe('methods/other');
    expect(lists('glossary', 'wg')['相关术语']).toEqual([['glossary/tj', '']]);
  });

  it('on a term page, lists a method that the term explains under that heading only', () => {
    const page = lists('glossary', 'wg');
    expect(page['详细介绍这一术语的方法']).toEqual([['methods/big', '']]);
    expect(page['用到这一术语的条目']?.map(([key]) => key)).toEqual(['methods/small', 'cases/c1', 'cases/c2']);
  });
});

describe('a method that hundreds of cases apply', () => {
  const many = Array.from({ length: 300 }, (_, i) => ({
    id: `c${i}`,
    title: `案例${i}`,
    place: 'town',
    themes: ['t1'],
    terms: ['wg'],
    methods: [{ method: 'big' }],
    related: [],
  }));
  const crowded = buildGraph({ ...input, cases: many });

  it(`lists the first ${CONNECTIONS_SHOWN} of them on its page, says how many there are and where they all are`, () => {
    const cases = entryConnections(crowded, 'methods', 'big').find((list) => list.heading === '应用这一方法的案例');
    expect(cases?.items).toHaveLength(CONNECTIONS_SHOWN);
    expect(cases?.total).toBe(300);
    expect(cases?.all).toBe('cases');
    expect(longListPath('cases', 'big')).toBe('/methods/big/cases/');
    expect(longListEntries(crowded, 'cases', 'big')).toHaveLength(300);
  });

  it('and so does a term that all of them use', () => {
    const users = entryConnections(crowded, 'glossary', 'wg').find((list) => list.heading === '用到这一术语的条目');
    expect(users?.items).toHaveLength(CONNECTIONS_SHOWN);
    expect(users?.all).toBe('used-by');
    // The full list has every entry that uses it, the method that also explains it included.
    expect(users?.total).toBe(longListEntries(crowded, 'used-by', 'wg').length);
  });

  it(`draws at most ${NEIGHBOURHOOD_SHOWN} of its neighbours, keeping every one it points at`, () => {
    const near = neighbourhood(crowded, 'methods/big', NEIGHBOURHOOD_SHOWN);
    expect(near.nodes).toHaveLength(NEIGHBOURHOOD_SHOWN + 1);
    for (const edge of crowded.outgoing.get('methods/big') ?? []) expect(near.byKey.has(edge.to)).toBe(true);
    expect(neighbourhood(graph, 'methods/big', NEIGHBOURHOOD_SHOWN)).toEqual(neighbourhood(graph, 'methods/big'));
  });

  it('keeps a short list whole, with no link', () => {
    const cases = entryConnections(graph, 'methods', 'big').find((list) => list.heading === '应用这一方法的案例');
    expect(cases?.total).toBeUndefined();
    expect(cases?.all).toBeUndefined();
  });
});
