import { describe, expect, it } from 'vitest';
import {
  boundedMap,
  byConnections,
  drawsWholeLibrary,
  induced,
  placeMembers,
  themeMembers,
} from '~/lib/graph/graph-overview';
import { buildGraph, type GraphInput } from '~/lib/graph/graph';
import {
  pagePath,
  pageTitle,
  pageWindow,
  paginateList,
  paginateSections,
  sectionStarts,
} from '~/lib/library/pagination';
import { GRAPH_FULL_MAP_MAX_ENTRIES } from '~/lib/scale-bounds';

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('paginateSections', () => {
  it('puts at most pageSize items on a page, in order, across sections', () => {
    const pages = paginateSections(
      [
        { key: 'a', label: 'A', items: range(5) },
        { key: 'b', label: 'B', items: range(7).map((n) => n + 100) },
      ],
      4,
    );
    expect(pages.map((p) => p.sections.flatMap((s) => s.items))).toEqual([
      [1, 2, 3, 4],
      [5, 101, 102, 103],
      [104, 105, 106, 107],
    ]);
    expect(pages.map((p) => [p.number, p.count])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    // A section that runs over a page break says where this page's share starts.
    expect(pages[1]?.sections.map((s) => [s.key, s.from, s.total])).toEqual([
      ['a', 5, 5],
      ['b', 1, 7],
    ]);
    expect(pages[2]?.sections[0]).toMatchObject({ key: 'b', from: 4, total: 7 });
    expect([...sectionStarts(pages)]).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('keeps an empty section with a message on page 1, and drops one without', () => {
    const pages = paginateSections(
      [
        { key: 'methods', label: '方法', items: [], empty: '暂无。' },
        { key: 'terms', label: '术语', items: [] },
        { key: 'cases', label: '案例', items: range(3) },
      ],
      2,
    );
    expect(pages).toHaveLength(2);
    expect(pages[0]?.sections.map((s) => s.key)).toEqual(['methods', 'cases']);
    expect(pages[0]?.sections[0]).toMatchObject({ items: [], empty: '暂无。' });
  });

  it('makes one page of an empty list, and refuses a page size that is not a positive integer', () => {
    expect(paginateList([], 10)).toEqual([{ number: 1, count: 1, sections: [] }]);
    expect(() => paginateList([1], 0)).toThrow(/pageSize/);
  });
});

describe('page addresses, titles and the page window', () => {
  it('keeps page 1 at the list’s own address', () => {
    expect(pagePath('/cases/', 1)).toBe('/cases/');
    expect(pagePath('/places/yongji/', 3)).toBe('/places/yongji/page/3/');
  });

  it('names the page in the title only when there is more than one', () => {
    expect(pageTitle('案例', { number: 1, count: 1 })).toBe('案例');
    expect(pageTitle('案例', { number: 2, count: 27 })).toBe('案例（第 2 页，共 27 页）');
  });

  it('shows the first, the last and two either side of the current page, never more than nine slots', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageWindow(1, 27)).toEqual([1, 2, 3, null, 27]);
    expect(pageWindow(14, 27)).toEqual([1, null, 12, 13, 14, 15, 16, null, 27]);
    expect(pageWindow(5, 27)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 27]);
    for (let count = 1; count < 40; count++)
      for (let current = 1; current <= count; current++)
        expect(pageWindow(current, count).length).toBeLessThanOrEqual(9);
  });
});

describe('the overview of a big library', () => {
  const input: GraphInput = {
    methods: range(6).map((n) => ({
      id: `m${n}`,
      title: `方法${n}`,
      place: n <= 3 ? 'town' : 'village',
      themes: ['t1'],
      terms: [],
      buildsOn: [],
      related: [],
    })),
    cases: range(10).map((n) => ({
      id: `c${n}`,
      title: `案例${n}`,
      place: 'village',
      themes: n <= 5 ? ['t1'] : [],
      terms: [],
      methods: [{ method: 'm1' }, ...(n <= 4 ? [{ method: 'm2' }] : [])],
      related: [],
    })),
    glossary: [],
    places: [
      { id: 'town', name: '镇' },
      { id: 'village', name: '村', parent: 'town' },
    ],
    themes: [{ id: 't1', name: '主题一' }],
  };
  const graph = buildGraph(input);

  it('draws the whole library up to the threshold', () => {
    expect(drawsWholeLibrary(graph)).toBe(true);
    expect(drawsWholeLibrary(graph, 15)).toBe(false);
    expect(GRAPH_FULL_MAP_MAX_ENTRIES).toBeGreaterThanOrEqual(88); // the real library is drawn whole
  });

  it('caps a theme’s map to its most connected members, and keeps only the relations among what is drawn', () => {
    const members = themeMembers(graph, 't1');
    expect(members).toHaveLength(11);
    expect(byConnections(graph, members)[0]?.key).toBe('methods/m1'); // applied by ten cases
    const map = boundedMap(graph, 'themes/t1', members, 3);
    expect(map).toMatchObject({ total: 11, shown: 3 });
    expect(map.graph.nodes.map((n) => n.key).sort()).toEqual(
      ['methods/m1', 'methods/m2', 'themes/t1', byConnections(graph, members)[2]?.key].sort(),
    );
    for (const e of map.graph.edges) expect(map.graph.byKey.has(e.from) && map.graph.byKey.has(e.to)).toBe(true);
  });

  it('counts a place with the places below it, and induced graphs keep every edge between kept nodes', () => {
    expect(placeMembers(graph, ['town', 'village'])).toHaveLength(16);
    expect(placeMembers(graph, ['village'])).toHaveLength(13);
    const sub = induced(graph, ['places/town', 'places/village']);
    expect(sub.edges).toEqual([{ from: 'places/village', to: 'places/town', relation: 'within' }]);
  });
});
