import type { Graph, GraphNode } from './graph';

export interface PlacedNode extends GraphNode {
  x: number;
  y: number;
}

/**
 * Places an entry's neighbourhood for a small static map: the entry in the middle, its
 * neighbours on an ellipse around it, grouped by kind so that like sits next to like.
 * Deterministic, so the same content always draws the same picture.
 */
export function radialLayout(graph: Graph, center: string, width: number, height: number): PlacedNode[] {
  const order = ['methods', 'cases', 'glossary', 'themes', 'places'];
  const others = graph.nodes
    .filter((n) => n.key !== center)
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.title.localeCompare(b.title, 'zh-CN'));
  const cx = width / 2;
  const cy = height / 2;
  const rx = width / 2 - 90;
  const ry = height / 2 - 30;
  const placed: PlacedNode[] = others.map((node, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(others.length, 1);
    return { ...node, x: Math.round(cx + rx * Math.cos(angle)), y: Math.round(cy + ry * Math.sin(angle)) };
  });
  const middle = graph.nodes.find((n) => n.key === center);
  return middle ? [{ ...middle, x: cx, y: cy }, ...placed] : placed;
}
