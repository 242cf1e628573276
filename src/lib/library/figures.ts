import type { Figure } from '~/schemas/figure';

/**
 * A figure as the source writes it: 超 goes before the number, 余 and 多 between number and unit
 * (“超10万”, “60余户”, “10多名”).
 */
export function formatFigure(figure: Pick<Figure, 'value' | 'unit' | 'qualifier'>): string {
  const { value, unit, qualifier } = figure;
  if (qualifier === '超') return `超${value}${unit}`;
  return `${value}${qualifier ?? ''}${unit}`;
}

/** The anchor of a figure on its entry's page, so /figures/ can link straight to it. */
export function figureAnchor(entryId: string, index: number): string {
  return `figure-${entryId}-${index + 1}`;
}
