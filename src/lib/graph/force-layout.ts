import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import type { Graph, GraphNode } from './graph';

export interface LaidOutNode extends GraphNode {
  x: number;
  y: number;
}

interface SimNode extends SimulationNodeDatum {
  key: string;
}

/** A small deterministic random source, so the same content always lays out the same map. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

/**
 * Lays the whole graph out once, at build time, with d3-force: linked entries pull together,
 * all entries push apart, and the result is scaled into a width × height box with a margin.
 */
export function forceLayout(graph: Graph, width: number, height: number, margin = 40): LaidOutNode[] {
  const nodes: SimNode[] = graph.nodes.map((n) => ({ key: n.key }));
  const links: SimulationLinkDatum<SimNode>[] = graph.edges.map((e) => ({ source: e.from, target: e.to }));
  const simulation = forceSimulation(nodes)
    .randomSource(lcg(42))
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(links)
        .id((d) => d.key)
        .distance(40)
        .strength(0.4),
    )
    .force('charge', forceManyBody().strength(-200))
    .force('collide', forceCollide(20))
    .force('x', forceX(0).strength(0.05))
    .force('y', forceY(0).strength(0.08))
    .force('center', forceCenter(0, 0))
    .stop();
  for (let i = 0; i < 400; i++) simulation.tick();

  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((width - 2 * margin) / (maxX - minX || 1), (height - 2 * margin) / (maxY - minY || 1));
  const byKey = new Map(graph.nodes.map((n) => [n.key, n]));
  return nodes.flatMap((n) => {
    const node = byKey.get(n.key);
    if (!node) return [];
    return [
      {
        ...node,
        x: Math.round(margin + ((n.x ?? 0) - minX) * scale),
        y: Math.round(margin + ((n.y ?? 0) - minY) * scale),
      },
    ];
  });
}
