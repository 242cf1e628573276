import { describe, expect, it } from 'vitest';
import { fanLayout } from '~/lib/graph/fan-layout';
import { buildGraph, neighbourhood } from '~/lib/graph/graph';
import { placeLabels } from '~/lib/graph/label-placement';
import { fitLabel, labelWidth } from '~/lib/graph/node-style';

describe('fitLabel', () => {
  it('keeps a label that fits and cuts one that does not, with an ellipsis, to the width', () => {
    expect(fitLabel('网格员', 100, 12)).toBe('网格员');
    const cut = fitLabel('陈潼兰调解工作法：“七字诀”与“五心”', 100, 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(labelWidth(cut, 12)).toBeLessThanOrEqual(100);
  });
});

describe('fanLayout', () => {
  const graph = buildGraph({
    methods: [
      {
        id: 'm',
        title: '一个名字很长很长很长的方法',
        place: 'p',
        themes: ['t'],
        terms: ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
        buildsOn: [],
        related: [],
      },
    ],
    cases: [
      {
        id: 'c',
        title: 'Case with a long Latin title',
        place: 'p',
        themes: ['t'],
        terms: [],
        methods: [{ method: 'm' }],
        related: [],
      },
    ],
    glossary: 'abcdefg'
      .split('')
      .map((id) => ({ id, term: `术语${id}很长的名字`, themes: [], methods: [], related: [] })),
    places: [{ id: 'p', name: '地点' }],
    themes: [{ id: 't', name: '主题' }],
  });
  const { width, height, nodes } = fanLayout(neighbourhood(graph, 'methods/m'), 'methods/m');

  it('places every neighbour, the entry in the middle', () => {
    expect(nodes).toHaveLength(11);
    expect(nodes[0]).toMatchObject({ key: 'methods/m', x: width / 2 });
  });

  it('keeps every dot and label inside the map, and no two labels in one row on one side', () => {
    for (const node of nodes) {
      const w = labelWidth(node.label, 13);
      const left =
        node.anchor === 'end' ? node.labelX - w : node.anchor === 'middle' ? node.labelX - w / 2 : node.labelX;
      expect(left, node.label).toBeGreaterThanOrEqual(0);
      expect(left + w, node.label).toBeLessThanOrEqual(width);
      expect(node.y).toBeGreaterThan(0);
      expect(node.y).toBeLessThan(height);
    }
    const rows = nodes.slice(1).map((n) => `${n.anchor} ${n.y}`);
    expect(new Set(rows).size).toBe(rows.length);
  });
});

describe('placeLabels', () => {
  it('never lets two labels overlap or leave the map, and drops a label with nowhere to go', () => {
    // A crowded cluster: many nodes a few units apart.
    const nodes = Array.from({ length: 40 }, (_, i) => ({
      key: `n${i}`,
      x: 100 + (i % 8) * 14,
      y: 100 + Math.floor(i / 8) * 14,
      r: 4,
      label: `节点名称${i}`,
    }));
    const placed = placeLabels(nodes, 400, 300, 12);
    expect(placed.size).toBeGreaterThan(4);
    expect(placed.size).toBeLessThan(40);
    const boxes = [...placed.values()].map((p) => {
      const w = labelWidth(`节点名称${p.key.slice(1)}`, 12);
      const left = p.anchor === 'end' ? p.x - w : p.anchor === 'middle' ? p.x - w / 2 : p.x;
      return { left, right: left + w, top: p.y - 12, bottom: p.y + 2 };
    });
    for (const [i, a] of boxes.entries()) {
      expect(a.left).toBeGreaterThanOrEqual(0);
      expect(a.right).toBeLessThanOrEqual(400);
      for (const b of boxes.slice(i + 1))
        expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
    }
  });
});
