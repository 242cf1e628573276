import { escapeHtml, escapeRegExp } from '../escape';
import { VOID_ELEMENTS } from './void-elements.ts';

/** A glossary term as the linker needs it: its page, the words that name it, a short definition. */
export interface LinkableTerm {
  id: string;
  href: string;
  /** The term and its aliases; the longest match wins where two overlap. */
  words: string[];
  /** Shown in the tooltip. */
  definition: string;
}

/** Elements whose text is never linked: links, headings, quotations, citation marks, code. */
const SKIP = new Set(
  'a h1 h2 h3 h4 h5 h6 q blockquote figcaption sup code pre script style mark button svg summary'.split(' '),
);

/** Longest tooltip, in characters: about four lines of the tooltip on a phone. */
export const TOOLTIP_MAX = 80;

/**
 * A definition cut for a tooltip: whole sentences up to `max` characters; when even the first
 * sentence is longer, up to the last pause (，、：) that fits, then “…”. Never mid-word in the
 * middle of a phrase (“…矛调中…”); the full text is one click away, on the term's page.
 */
export function tooltipText(definition: string, max = TOOLTIP_MAX): string {
  const chars = [...definition.trim()];
  if (chars.length <= max) return chars.join('');
  const last = (marks: string) => chars.slice(0, max).findLastIndex((c) => marks.includes(c));
  let end = last('。！？');
  if (end >= max / 4) {
    // A closing quotation mark or bracket right after the full stop belongs to the sentence.
    while (end + 1 < max && '”’」』）)'.includes(chars[end + 1] ?? '')) end++;
    return chars.slice(0, end + 1).join('');
  }
  const pause = last('；，、：;, ');
  return `${chars.slice(0, pause >= max / 4 ? pause : max - 1).join('')}…`;
}

/**
 * Links the first use of each glossary term in an article's HTML to the term's entry, with its
 * definition in a tooltip (shown on hover, keyboard focus and tap by CSS and a small script).
 * Text inside links, headings, quotations and citation marks is left alone, and a term is linked
 * once per page.
 */
export function linkTerms(html: string, terms: readonly LinkableTerm[], maxDefinition = TOOLTIP_MAX): string {
  return termLinker(terms, maxDefinition)(html);
}

/**
 * Prepares the linker once for a set of terms (the word index and one regular expression of
 * every term and alias), so that linking each page costs only that page's length.
 */
export function termLinker(terms: readonly LinkableTerm[], maxDefinition = TOOLTIP_MAX): (html: string) => string {
  const owner = new Map<string, LinkableTerm>();
  for (const term of terms)
    for (const word of term.words)
      if (word.length >= 2 && !/[<>&"]/.test(word) && !owner.has(word)) owner.set(word, term);
  if (owner.size === 0) return (html) => html;
  const pattern = new RegExp(
    [...owner.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|'),
    'g',
  );
  return (html) => linkWith(html, owner, pattern, maxDefinition);
}

function linkWith(html: string, owner: Map<string, LinkableTerm>, pattern: RegExp, maxDefinition: number): string {
  const linked = new Set<string>();
  const open: string[] = [];

  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        const tag = /^<\/?\s*([a-zA-Z0-9-]+)/.exec(part)?.[1]?.toLowerCase();
        if (!tag || part.startsWith('<!') || VOID_ELEMENTS.has(tag) || part.endsWith('/>')) return part;
        if (part.startsWith('</')) {
          const at = open.lastIndexOf(tag);
          if (at >= 0) open.splice(at);
        } else open.push(tag);
        return part;
      }
      if (!part || open.some((tag) => SKIP.has(tag))) return part;
      return part.replace(pattern, (word) => {
        const term = owner.get(word);
        if (!term || linked.has(term.id)) return word;
        linked.add(term.id);
        const definition = tooltipText(term.definition, maxDefinition);
        const tip = `term-tip-${term.id}`;
        return (
          `<span class="term"><a href="${escapeHtml(term.href)}" class="term-link" aria-describedby="${tip}">${word}</a>` +
          `<span role="tooltip" id="${tip}" class="term-tip" data-pagefind-ignore>${escapeHtml(definition)}</span></span>`
        );
      });
    })
    .join('');
}
