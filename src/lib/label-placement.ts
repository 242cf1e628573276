import { labelWidth } from './node-style';

export interface LabelInput {
  key: string;
  x: number;
  y: number;
  /** The node's radius: no label covers another node's dot. */
  r: number;
  /** The label to place, or undefined for a node drawn without one. */
  label?: string | undefined;
}

export interface PlacedLabel {
  key: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Places map labels so that none overlaps another label or another node's dot, and none runs off
 * the map: for each node in the order given (most important first), the first free spot of above,
 * below, right and left of its dot. A node with no free spot is drawn without a label (its name
 * is in its tooltip and in the lists under the map) rather than with one written over another.
 */
export function placeLabels(nodes: LabelInput[], width: number, height: number, fontSize: number): Map<string, PlacedLabel> {
  const placed = new Map<string, PlacedLabel>();
  const taken: Box[] = [];
  const dots = nodes.map((n) => ({ key: n.key, box: { left: n.x - n.r, top: n.y - n.r, right: n.x + n.r, bottom: n.y + n.r } }));
  const gap = 3;
  for (const node of nodes) {
    if (!node.label) continue;
    const w = labelWidth(node.label, fontSize);
    const h = fontSize * 1.2;
    // Text is positioned by its baseline: about 0.8 of the line box below its top.
    const candidates: { box: Box; label: PlacedLabel }[] = [
      { box: { left: node.x - w / 2, top: node.y - node.r - gap - h, right: node.x + w / 2, bottom: node.y - node.r - gap }, label: { key: node.key, x: node.x, y: node.y - node.r - gap - h * 0.2, anchor: 'middle' } },
      { box: { left: node.x - w / 2, top: node.y + node.r + gap, right: node.x + w / 2, bottom: node.y + node.r + gap + h }, label: { key: node.key, x: node.x, y: node.y + node.r + gap + h * 0.8, anchor: 'middle' } },
      { box: { left: node.x + node.r + gap, top: node.y - h / 2, right: node.x + node.r + gap + w, bottom: node.y + h / 2 }, label: { key: node.key, x: node.x + node.r + gap, y: node.y + h * 0.3, anchor: 'start' } },
      { box: { left: node.x - node.r - gap - w, top: node.y - h / 2, right: node.x - node.r - gap, bottom: node.y + h / 2 }, label: { key: node.key, x: node.x - node.r - gap, y: node.y + h * 0.3, anchor: 'end' } },
    ];
    const free = candidates.find(
      ({ box }) =>
        box.left >= 0 &&
        box.top >= 0 &&
        box.right <= width &&
        box.bottom <= height &&
        !taken.some((other) => overlaps(box, other)) &&
        !dots.some((dot) => dot.key !== node.key && overlaps(box, dot.box)),
    );
    if (!free) continue;
    taken.push(free.box);
    placed.set(node.key, free.label);
  }
  return placed;
}
