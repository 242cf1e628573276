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
