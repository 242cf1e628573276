// The texts of the sources, kept in the repository for the checks (copying, coverage) and never
// published: content/source-texts/<source id>.txt. A line `【部分 §1】` starts the text of a part
// (the id as in content/sources.yaml); a part may start more than once (a photo caption placed
// between two sections still belongs to 图片说明). Text before the first marker (title, byline)
// belongs to no part.

/** Where the texts are, relative to the project root. */
export const SOURCE_TEXTS_DIR = 'content/source-texts';

const MARKER = /^【部分 ([^】\n]+)】[ \t]*$/;

/** The line that starts a part's text. */
export function partMarker(partId: string): string {
  return `【部分 ${partId}】`;
}

export interface SourceTextPart {
  id: string;
  /** The part's text, its pieces joined in order. */
  text: string;
}

/** Splits a stored text into what comes before any part, and the parts in order of first appearance. */
export function parseSourceText(text: string): { preamble: string; parts: SourceTextPart[] } {
  let current: string | undefined;
  const preamble: string[] = [];
  const parts = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const match = MARKER.exec(line);
    if (match) {
      current = match[1]?.trim() ?? '';
      if (!parts.has(current)) parts.set(current, []);
    } else if (current === undefined) preamble.push(line);
    else parts.get(current)?.push(line);
  }
  return { preamble: preamble.join('\n'), parts: [...parts].map(([id, lines]) => ({ id, text: lines.join('\n') })) };
}

/** The text without its part markers, as the source gives it (for the copying check). */
export function plainSourceText(text: string): string {
  return text
    .split('\n')
    .filter((line) => !MARKER.test(line))
    .join('\n');
}
