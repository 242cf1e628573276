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
export function placeLabels(
  nodes: LabelInput[],
  width: number,
  height: number,
  fontSize: number,
): Map<string, PlacedLabel> {
  const placed = new Map<string, PlacedLabel>();
  const taken: Box[] = [];
  const dots = nodes.map((n) => ({
    key: n.key,
    box: { left: n.x - n.r, top: n.y - n.r, right: n.x + n.r, bottom: n.y + n.r },
  }));
  const gap = 3;
  for (const node of nodes) {
    if (!node.label) continue;
    const w = labelWidth(node.label, fontSize);
    // A line of CJK text: about 1.16 em above the baseline and 0.29 em below it (Noto Sans CJK, PingFang).
    const ascent = fontSize * 1.16;
    const descent = fontSize * 0.29;
    const h = ascent + descent;
    const sideTop = node.y - h / 2;
    const candidates: { box: Box; label: PlacedLabel }[] = [
      {
        box: {
          left: node.x - w / 2,
          top: node.y - node.r - gap - h,
          right: node.x + w / 2,
          bottom: node.y - node.r - gap,
        },
        label: { key: node.key, x: node.x, y: node.y - node.r - gap - descent, anchor: 'middle' },
      },
      {
        box: {
          left: node.x - w / 2,
          top: node.y + node.r + gap,
          right: node.x + w / 2,
          bottom: node.y + node.r + gap + h,
        },
        label: { key: node.key, x: node.x, y: node.y + node.r + gap + ascent, anchor: 'middle' },
      },
      {
        box: { left: node.x + node.r + gap, top: sideTop, right: node.x + node.r + gap + w, bottom: sideTop + h },
        label: { key: node.key, x: node.x + node.r + gap, y: sideTop + ascent, anchor: 'start' },
      },
      {
        box: { left: node.x - node.r - gap - w, top: sideTop, right: node.x - node.r - gap, bottom: sideTop + h },
        label: { key: node.key, x: node.x - node.r - gap, y: sideTop + ascent, anchor: 'end' },
      },
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
