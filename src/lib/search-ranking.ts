import { escapeHtml, escapeRegExp } from './escape';

/**
 * Re-ranking of search results for Chinese queries. Pagefind segments Chinese one way at index
 * time and the browser segments the query another way, so its ranking can put a page that has
 * 矛盾 and 纠纷 far apart above one with the phrase 矛盾纠纷, and can return pages that match
 * only one character of a name. These pure functions order results the way a reader expects:
 * a title or alias match first, then the exact phrase, then all the words, and nothing that lacks
 * one of the words.
 */

/** What ranking needs of a page. */
export interface RankableDoc {
  title: string;
  /** Other names of the entry (glossary aliases, method aliases). */
  aliases: string[];
  /** The page's indexed text. */
  content: string;
}

/** How well a page matches, best first. */
export const MatchTier = { TitleExact: 0, AliasExact: 1, TitleContains: 2, AliasContains: 3, Phrase: 4, AllWords: 5, NoMatch: 6 } as const;
export type MatchTier = (typeof MatchTier)[keyof typeof MatchTier];

/** Lower-cases, unifies full-width letters and digits, and drops quotation marks and spaces. */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[“”"'‘’「」『』《》〈〉\s]+/g, '');
}

/** The words of a query as the browser segments them, without punctuation. */
export function querySegments(query: string): string[] {
  const normalized = normalizeForMatch(query);
  if (!normalized) return [];
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(normalized)].filter((part) => part.isWordLike).map((part) => part.segment);
}

/** How a page matches a query. */
export function matchTier(query: string, doc: RankableDoc): MatchTier {
  const phrase = normalizeForMatch(query);
  if (!phrase) return MatchTier.NoMatch;
  const title = normalizeForMatch(doc.title);
  const aliases = doc.aliases.map(normalizeForMatch);
  if (title === phrase) return MatchTier.TitleExact;
  if (aliases.includes(phrase)) return MatchTier.AliasExact;
  if (title.includes(phrase)) return MatchTier.TitleContains;
  if (aliases.some((alias) => alias.includes(phrase))) return MatchTier.AliasContains;
  const text = `${title} ${aliases.join(' ')} ${normalizeForMatch(doc.content)}`;
  if (text.includes(phrase)) return MatchTier.Phrase;
  const words = querySegments(query);
  if (words.length > 0 && words.every((word) => text.includes(word))) return MatchTier.AllWords;
  return MatchTier.NoMatch;
}

/**
 * Orders documents by tier, keeping the search engine's order within a tier, and drops those
 * that do not contain every word of the query.
 */
export function rankByMatch<T extends RankableDoc>(query: string, docs: readonly T[]): (T & { tier: MatchTier })[] {
  return docs
    .map((doc, index) => ({ ...doc, tier: matchTier(query, doc), index }))
    .filter((doc) => doc.tier !== MatchTier.NoMatch)
    .sort((a, b) => a.tier - b.tier || a.index - b.index)
    .map(({ index: _index, ...doc }) => doc as T & { tier: MatchTier });
}

/**
 * A short excerpt around the first place the query (or, failing that, its first word) occurs,
 * as HTML with every occurrence of the phrase or its words wrapped in <mark>.
 */
export function excerptHtml(content: string, query: string, length = 60): string {
  const text = content.replace(/\s+/g, ' ').trim();
  const phrase = query.trim();
  const words = [phrase, ...querySegments(query)].filter((word) => word.length > 0);
  const lower = text.toLowerCase();
  const hit = words.map((word) => lower.indexOf(word.toLowerCase())).find((at) => at >= 0) ?? 0;
  const start = Math.max(0, hit - Math.floor(length / 3));
  const slice = text.slice(start, start + length);
  const pattern = new RegExp(`(${words.map(escapeRegExp).join('|')})`, 'gi');
  const marked = slice
    .split(pattern)
    .map((part, i) => (i % 2 === 1 ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part)))
    .join('');
  return `${start > 0 ? '…' : ''}${marked}${start + length < text.length ? '…' : ''}`;
}
