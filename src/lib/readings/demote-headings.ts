/**
 * Moves every heading in a fragment of HTML one level down (h1 → h2 … h5 → h6), so that an
 * entry put in full into a handout sits under the page's own heading and the page keeps one h1.
 */
export function demoteHeadings(html: string): string {
  return html.replace(/<(\/?)h([1-5])\b/gi, (_, slash: string, level: string) => `<${slash}h${Number(level) + 1}`);
}
