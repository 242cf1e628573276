import { VOID_ELEMENTS } from './void-elements.ts';

/**
 * Citation marks in rendered prose. Authors cite after every fact, so a paragraph of five facts
 * from one part of one source carries five identical marks — five tab stops for a keyboard user
 * and clutter for everyone. A mark is dropped when the very next mark cites the same part and
 * stands in the same paragraph or list item: the run of facts ends with one mark. Any other
 * mark in between (another source, a nested list) keeps both, so no fact ever appears to come
 * from a source it did not.
 */

/** A `<Cite>` as rendered: `<sup class="cite" …><a href="/sources/…#part-…" …>永济报道§3</a></sup>`. */
const CITE_MARK = /(<sup class="cite"[^>]*>\s*<a href="([^"]*)"[^>]*>[\s\S]*?<\/a>\s*<\/sup>)/;
/** The elements a run of citations is counted within. */
const BLOCKS = new Set('p li dd dt td th blockquote figcaption h1 h2 h3 h4 h5 h6'.split(' '));

export function collapseCitations(html: string): string {
  // Split into cite marks (odd indexes, with their href after each) and everything else.
  const parts = html.split(new RegExp(CITE_MARK.source, 'g'));
  const marks: { index: number; block: number; href: string }[] = [];
  const open: { tag: string; block: number }[] = [];
  let blocks = 0;
  for (let i = 0; i < parts.length; i += 3) {
    for (const [, closing, name] of (parts[i] ?? '').matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g)) {
      const tag = (name ?? '').toLowerCase();
      if (VOID_ELEMENTS.has(tag)) continue;
      if (closing) {
        const at = open.map((o) => o.tag).lastIndexOf(tag);
        if (at >= 0) open.splice(at);
      } else open.push({ tag, block: BLOCKS.has(tag) ? ++blocks : -1 });
    }
    if (i + 1 < parts.length) {
      const block = [...open].reverse().find((o) => o.block > 0)?.block ?? 0;
      marks.push({ index: i + 1, block, href: parts[i + 2] ?? '' });
    }
  }
  const dropped = new Set<number>();
  marks.forEach((mark, n) => {
    const next = marks[n + 1];
    if (next && next.block === mark.block && next.href === mark.href) dropped.add(mark.index);
  });
  return parts.flatMap((part, i) => (i % 3 === 2 || dropped.has(i) ? [] : [part])).join('');
}
