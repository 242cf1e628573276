import { fold } from './fold.ts';
import { escapeHtml, escapeRegExp } from '../lib/escape.ts';
import type { QueryWord } from './query-understanding';

/**
 * Ranking of search results by how much of a query a page covers. Pagefind finds candidate
 * pages word by word; these pure functions then read each page's text and order the pages the
 * way a reader expects:
 *
 * 1. an entry whose title or other name *is* what was asked (网格员 for 网格员是干什么的);
 * 2. then by coverage — the share of the query's words the page has, each word weighted by how
 *    rare it is (潼 and 三官一律 count for more than 工作), a synonym counting as the word, and a
 *    word counting in full only where the entry says what it is about (its names, summary and
 *    适用情形): found only further down its text, a word counts for BODY_SHARE of its weight, so a
 *    long page that mentions everything in passing does not win by its length;
 * 3. then pages with the words as typed before pages with only a synonym;
 * 4. then a title or other name containing the phrase, then the phrase in the text;
 * 5. then the search engine's own order.
 *
 * A page with none of the words is dropped; a page with some of them is kept, lower down, so a
 * question never ends in “nothing found” when some of its words occur.
 */

/** What ranking needs of a page. */
export interface RankableDoc {
  title: string;
  /** Other names of the entry (glossary aliases, method aliases). */
  aliases: string[];
  /** The page's indexed text. */
  content: string;
  /**
   * What the entry says it is about — its summary and its situations (适用情形), which its
   * `content` holds too — where a word counts in full; absent, every word of the text counts in
   * full (as for a source page).
   */
  lead?: string;
  /**
   * How much the page's coverage counts (1 when absent). A source page holds the whole article,
   * so it has every word of most questions; at 0.75 it ranks below entries that hold nearly as much.
   */
  weight?: number;
}

/** What ranking needs of a query (see query-understanding.ts). */
export interface RankableQuery {
  pieces: string[];
  words: QueryWord[];
}

/** How a page's title and text hold the query's phrase, best first. */
export const MatchTier = {
  TitleExact: 0,
  AliasExact: 1,
  /** A title or other name is a synonym of the query (篮球赛 → 村BA). */
  SynonymExact: 2,
  TitleContains: 3,
  AliasContains: 4,
  /** The title and other names hold every word, apart (矛盾调解中心 → 矛盾纠纷调解中心). */
  NamesHoldWords: 5,
  Phrase: 6,
  /** Every word within a short stretch of text, in any order (调解邻里纠纷 → 邻里纠纷调解). */
  Near: 7,
  Words: 8,
} as const;
export type MatchTier = (typeof MatchTier)[keyof typeof MatchTier];

/** What a word found only in the body of an entry's text counts for, beside one in its names, summary or situations. */
export const BODY_SHARE = 0.5;

/** The tiers that name the entry itself: they come before coverage. */
const NAMED = MatchTier.SynonymExact;

export interface PageMatch {
  tier: MatchTier;
  /** 0–1: the weighted share of the query's words the page has (a synonym or all parts count). */
  coverage: number;
  /** 0–1: the same, counting only words found as typed. */
  literal: number;
  /** What to mark in this page's text: the phrase or the words found, longest first. */
  marks: string[];
  /** Query words the page lacks. */
  missing: string[];
  /** Whether the page has a word that is not weak (see QueryWord.weak): without one it is not a result. */
  evidence: boolean;
}

/** A source page (the whole article) counts for less than an entry that digests it: see RankableDoc.weight. */
export const SOURCE_WEIGHT = 0.75;

/**
 * How much a word counts: rare words more than common ones (inverse document frequency), damped
 * by a square root so that one rare word does not outweigh two ordinary ones (调解 and 纠纷
 * together count for more than 邻里 alone in 如何调解邻里纠纷).
 */
export function weightOf(pagesWithWord: number, pageCount: number): number {
  return Math.sqrt(Math.log(1 + pageCount / (1 + pagesWithWord)));
}

/** Lower-cases, unifies full-width letters and digits, and drops punctuation and spaces. */
export function normalizeForMatch(text: string): string {
  return fold(text).replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** The texts that count as each word: the word and what stands in for it, folded. */
export function formsOf(word: QueryWord): string[] {
  return [word.text, ...word.alternatives.map(normalizeForMatch)].filter(Boolean);
}

/**
 * Whether one occurrence of each word (or a stand-in) lies within a stretch of text not much
 * longer than the words themselves: a short sliding window over the sorted occurrences.
 */
function wordsNear(words: QueryWord[], text: string): boolean {
  if (words.length < 2) return false;
  const hits: { at: number; end: number; word: number }[] = [];
  words.forEach((word, index) => {
    for (const form of formsOf(word)) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1))
        hits.push({ at, end: at + form.length, word: index });
    }
  });
  hits.sort((a, b) => a.at - b.at);
  const span = words.reduce((sum, w) => sum + w.text.length, 0) * 2 + 4;
  const inWindow = new Map<number, number>();
  let left = 0;
  for (const hit of hits) {
    inWindow.set(hit.word, (inWindow.get(hit.word) ?? 0) + 1);
    while (hits[left] && hit.end - (hits[left] as (typeof hits)[number]).at > span) {
      const out = hits[left++] as (typeof hits)[number];
      const count = (inWindow.get(out.word) ?? 1) - 1;
      if (count === 0) inWindow.delete(out.word);
      else inWindow.set(out.word, count);
    }
    if (inWindow.size === words.length) return true;
  }
  return false;
}

function tierOf(query: RankableQuery, title: string, aliases: string[], text: string): MatchTier {
  const phrases = query.pieces.length > 1 ? [...query.pieces, query.pieces.join('')] : query.pieces;
  let tier: MatchTier = MatchTier.Words;
  const better = (candidate: MatchTier) => {
    if (candidate < tier) tier = candidate;
  };
  for (const phrase of phrases) {
    if (!phrase) continue;
    if (title === phrase) better(MatchTier.TitleExact);
    if (aliases.includes(phrase)) better(MatchTier.AliasExact);
    if (title.includes(phrase)) better(MatchTier.TitleContains);
    if (aliases.some((alias) => alias.includes(phrase))) better(MatchTier.AliasContains);
    if (text.includes(phrase)) better(MatchTier.Phrase);
  }
  const names = `${title} ${aliases.join(' ')}`;
  if (query.words.length > 1 && query.words.every((word) => formsOf(word).some((form) => names.includes(form))))
    better(MatchTier.NamesHoldWords);
  if (tier > MatchTier.Near && wordsNear(query.words, text)) better(MatchTier.Near);
  // A one-word query whose synonym is this entry's name.
  if (query.words.length === 1) {
    const exactNames = [title, ...aliases];
    if (query.words[0]?.alternatives.some((alternative) => exactNames.includes(normalizeForMatch(alternative))))
      better(MatchTier.SynonymExact);
  }
  return tier;
}

/** How a page matches a query. `weights` gives each word's weight (by its text); 1 when absent. */
export function matchPage(
  query: RankableQuery,
  doc: RankableDoc,
  weights: ReadonlyMap<string, number> = new Map(),
): PageMatch {
  const title = normalizeForMatch(doc.title);
  const aliases = doc.aliases.map(normalizeForMatch);
  const text = `${title} ${aliases.join(' ')} ${normalizeForMatch(doc.content)}`;
  // Where a word counts in full: the names and what the entry says it is about (also in its text).
  const lead = doc.lead === undefined ? undefined : `${title} ${aliases.join(' ')} ${normalizeForMatch(doc.lead)}`;
  const share = (form: string) => (lead === undefined || lead.includes(form) ? 1 : BODY_SHARE);
  const marks = new Set<string>();
  for (const piece of query.pieces) if (text.includes(piece)) marks.add(piece);
  // A lone character is marked only when it is the whole query (潼); as a piece of a longer query
  // (三 of 三审三订) it would light up every 三 on the page.
  const markable = (mark: string) =>
    [...mark].length > 1 || (query.pieces.length === 1 && [...(query.pieces[0] ?? '')].length === 1);

  let total = 0;
  let covered = 0;
  let literal = 0;
  let evidence = false;
  const missing: string[] = [];
  for (const word of query.words) {
    const weight = weights.get(word.text) ?? (word.weak ? 0.25 : 1);
    total += weight;
    if (text.includes(word.text)) {
      covered += weight * share(word.text);
      literal += weight * share(word.text);
      evidence ||= !word.weak;
      if (markable(word.text)) marks.add(word.text);
      continue;
    }
    const alternative = word.alternatives.find((a) => text.includes(normalizeForMatch(a)));
    if (alternative) {
      covered += weight * share(normalizeForMatch(alternative));
      evidence ||= !word.weak;
      if (markable(alternative)) marks.add(alternative);
      continue;
    }
    const parts = word.parts.filter((part) => text.includes(part));
    if (parts.length > 0) {
      const share = parts.length / word.parts.length;
      // All of two or more parts (三审 and 三定) stand for the word; the one word inside it (物业
      // of 没物业) is about the same thing but is not it, so it counts as a part found.
      const whole = share === 1 && word.parts.length > 1;
      covered += weight * (whole ? 1 : share / 2);
      evidence ||= !word.weak;
      literal += weight * (share / 2);
      // A lone character of a longer word is never marked: it would light up every 三 for 三审三定.
      parts.filter(markable).forEach((part) => marks.add(part));
      if (!whole) missing.push(word.text);
      continue;
    }
    missing.push(word.text);
  }
  const pageWeight = doc.weight ?? 1;
  return {
    tier: tierOf(query, title, aliases, text),
    coverage: total > 0 ? (covered / total) * pageWeight : 0,
    literal: total > 0 ? (literal / total) * pageWeight : 0,
    marks: [...marks].sort((a, b) => [...b].length - [...a].length),
    missing,
    evidence,
  };
}

/**
 * Orders documents as the module comment says and drops those with none of the query's words.
 * Pagefind's order (the input order) breaks ties.
 */
export function rankByCoverage<T extends RankableDoc>(
  query: RankableQuery,
  docs: readonly T[],
  weights: ReadonlyMap<string, number> = new Map(),
): (T & { match: PageMatch })[] {
  const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  return docs
    .map((doc, index) => ({ ...doc, match: matchPage(query, doc, weights), index }))
    .filter((doc) => (doc.match.coverage > 0 && doc.match.evidence) || doc.match.tier <= NAMED)
    .sort((a, b) => {
      const named = Math.min(a.match.tier, NAMED + 1) - Math.min(b.match.tier, NAMED + 1);
      if (named !== 0) return named;
      if (!close(a.match.coverage, b.match.coverage)) return b.match.coverage - a.match.coverage;
      if (!close(a.match.literal, b.match.literal)) return b.match.literal - a.match.literal;
      return a.match.tier - b.match.tier || a.index - b.index;
    })
    .map(({ index: _index, ...doc }) => doc as T & { match: PageMatch });
}

/**
 * A short excerpt around the first place the longest mark occurs, as HTML with every mark
 * wrapped in <mark>. Marks are matched whole: 三审三定 is marked, never each 三 alone.
 */
export function excerptHtml(content: string, marks: readonly string[], length = 60): string {
  const text = content.replace(/\s+/g, ' ').trim();
  const lower = fold(text);
  const wanted = marks.filter((mark) => mark.length > 0);
  const hit = wanted.map((mark) => lower.indexOf(mark)).find((at) => at >= 0) ?? 0;
  const start = Math.max(0, hit - Math.floor(length / 3));
  const slice = text.slice(start, start + length);
  const body =
    wanted.length === 0
      ? escapeHtml(slice)
      : slice
          .split(new RegExp(`(${wanted.map(escapeRegExp).join('|')})`, 'gi'))
          .map((part, i) => (i % 2 === 1 ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part)))
          .join('');
  return `${start > 0 ? '…' : ''}${body}${start + length < text.length ? '…' : ''}`;
}
