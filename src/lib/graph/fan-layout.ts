import { TITLE_ORDER, type Graph, type GraphNode } from './graph';
import { fitLabel } from './node-style';

export interface FannedNode extends GraphNode {
  x: number;
  y: number;
  /** The label as drawn, cut to fit its side of the map. */
  label: string;
  /** Which way the label runs from the node. */
  anchor: 'start' | 'middle' | 'end';
  labelX: number;
  labelY: number;
}

export interface FanLayout {
  width: number;
  height: number;
  nodes: FannedNode[];
}

const WIDTH = 400;
const ROW = 24;
const FONT = 13;
const SIDE_X = 70;
const LABEL_GAP = 8;

/**
 * Places an entry's neighbourhood for a small static map that fits a phone: the entry in the
 * middle, its neighbours in two columns either side of it — one row each, grouped by kind — with
 * labels running outwards. Rows never share a label, so labels cannot overlap, and every label is
 * cut to the room its side has, so nothing runs off the map. Deterministic: the same content always
 * draws the same picture.
 */
export function fanLayout(graph: Graph, center: string): FanLayout {
  const order = ['methods', 'cases', 'glossary', 'themes', 'places'];
  const others = graph.nodes
    .filter((n) => n.key !== center)
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || TITLE_ORDER.compare(a.title, b.title));
  const leftCount = Math.ceil(others.length / 2);
  const rows = Math.max(leftCount, 1);
  const height = rows * ROW + 2 * ROW;
  const room = WIDTH / 2 - SIDE_X - LABEL_GAP - 4;
  const place = (node: GraphNode, index: number, side: 'left' | 'right', count: number): FannedNode => {
    // Each column is centred vertically, so a short column sits level with the middle.
    const y = Math.round(height / 2 + (index - (count - 1) / 2) * ROW);
    const x = side === 'left' ? WIDTH / 2 - SIDE_X : WIDTH / 2 + SIDE_X;
    const labelX = side === 'left' ? x - LABEL_GAP : x + LABEL_GAP;
    return {
      ...node,
      x,
      y,
      label: fitLabel(node.title, room, FONT),
      anchor: side === 'left' ? 'end' : 'start',
      labelX,
      labelY: y + FONT / 3,
    };
  };
  const left = others.slice(0, leftCount).map((node, i) => place(node, i, 'left', leftCount));
  const right = others.slice(leftCount).map((node, i) => place(node, i, 'right', others.length - leftCount));
  const middle = graph.nodes.find((n) => n.key === center);
  const centerNode: FannedNode[] = middle
    ? [
        {
          ...middle,
          x: WIDTH / 2,
          y: height / 2,
          label: fitLabel(middle.title, 2 * SIDE_X - 24, FONT),
          anchor: 'middle',
          labelX: WIDTH / 2,
          labelY: height / 2 - 16,
        },
      ]
    : [];
  return { width: WIDTH, height, nodes: [...centerNode, ...left, ...right] };
}
