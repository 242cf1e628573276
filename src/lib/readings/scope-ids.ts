/**
 * Makes a fragment of HTML safe to repeat on one page — several entries in full in a printed
 * handout: every id (and what points at it) gets a prefix, and sections and asides become plain
 * blocks (an aside a labelled note), so the page has no duplicate ids and no repeated landmarks.
 */
export function scopeIds(html: string, prefix: string): string {
  return html
    .replace(
      /\s(id|aria-labelledby|aria-describedby|for)="([^"]+)"/g,
      (_, attribute: string, value: string) =>
        ` ${attribute}="${value
          .split(/\s+/)
          .map((id) => `${prefix}-${id}`)
          .join(' ')}"`,
    )
    .replace(/\shref="#([^"]+)"/g, ` href="#${prefix}-$1"`)
    .replace(
      /<section\b([^>]*)>/g,
      (_, attributes: string) => `<div${attributes.replace(/\saria-labelledby="[^"]*"/, '')}>`,
    )
    .replace(/<\/section>/g, '</div>')
    .replace(/<aside\b/g, '<div role="note"')
    .replace(/<\/aside>/g, '</div>');
}
