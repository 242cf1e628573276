import type { NodeKind } from './graph';

/** How each kind of entry is named and coloured on the maps and in their legends. */
export const NODE_STYLE: Record<NodeKind, { label: string; className: string }> = {
  methods: { label: '方法', className: 'node-methods' },
  cases: { label: '案例', className: 'node-cases' },
  glossary: { label: '术语', className: 'node-glossary' },
  places: { label: '地点', className: 'node-places' },
  themes: { label: '主题', className: 'node-themes' },
};

/** A label short enough for a map: long titles are cut with an ellipsis (the full title is in the link). */
export function shortLabel(title: string, max = 9): string {
  return title.length > max ? `${title.slice(0, max - 1)}…` : title;
}

/** About how wide a label is drawn, in the units of its font size: a CJK character is one em, Latin letters and digits about half. */
export function labelWidth(text: string, fontSize: number): number {
  return [...text].reduce((width, c) => width + (/[\u0000-\u024f]/.test(c) ? 0.6 : 1), 0) * fontSize;
}

/** A label cut (with an ellipsis) to fit a width on a map; the full title is in the link and the lists. */
export function fitLabel(title: string, maxWidth: number, fontSize: number): string {
  if (labelWidth(title, fontSize) <= maxWidth) return title;
  const chars = [...title];
  while (chars.length > 1 && labelWidth(`${chars.join('')}…`, fontSize) > maxWidth) chars.pop();
  return `${chars.join('')}…`;
}
