import { pinyin } from 'pinyin-pro';
import { normalizeWord, type SearchVocabulary } from './vocabulary';
import { traditionalPairs } from './traditional';
import { wordsInText } from './words-in-text';

/**
 * The lexicon: what the browser loads with search (`/search-lexicon.json`, split by the build so
 * a query fetches only the part it can use: lexicon-shards.ts) to read a query before Pagefind sees it — the library's own words, so 党员中心户 stays one word
 * and 的 inside it is not dropped; their pinyin, so `ctl` finds 陈潼兰; the stop words and synonym
 * groups editors keep in `content/search/`; a Traditional→Simplified table for the characters the
 * library uses; and every entry's title and other names, so title matches show before any page
 * text has arrived.
 */
export interface SearchLexicon {
  /** Pages in the search index, for weighting rare words above common ones. */
  pageCount: number;
  /** [url, title, other names, type label, place name] of every entry search can show. */
  entries: [string, string, string[], string, string][];
  /** [word, toneless pinyin syllables joined by spaces] — the words a query is split into first. */
  words: [string, string][];
  /** Names of one glossary term (the term and its aliases): a query for one also finds the others. */
  names: string[][];
  stopwords: string[];
  synonyms: string[][];
  /** Traditional characters each followed by its Simplified form: "審审陳陈…". */
  traditional: string;
  /** Words of the lexicon and synonym groups that no page contains: never looked up in the index. */
  absent: string[];
}

/** What the lexicon is built from. */
export interface LexiconSource {
  pageCount: number;
  entries: { url: string; title: string; aliases: string[]; type: string; place: string; isTerm: boolean }[];
  /** Other words to recognize whole: place names, theme names. */
  extraWords: string[];
  vocabulary: SearchVocabulary;
  /** All the library's text: the Traditional table covers the characters in it. */
  text: string;
}

/** Splits a title or name at punctuation into the words a reader might type: “三审三定”做法 → 三审三定, 做法. */
export function namePieces(name: string): string[] {
  return name
    .split(/[\s\p{P}\p{S}]+/u)
    .map(normalizeWord)
    .filter((piece) => [...piece].length >= 2);
}

/** A name without its punctuation, as a query for it would be typed: “六个起来”网格治理模式 → 六个起来网格治理模式. */
export function nameKey(name: string): string {
  return normalizeWord(name.replace(/[\s\p{P}\p{S}]+/gu, ''));
}

const HAN = /\p{Script=Han}/u;

/**
 * Toneless pinyin syllables of a word; a run of letters or digits is one syllable of its own. A
 * character with several readings lists them all, the one its context gives first (矛调 →
 * mao tiao|diao), so a reader who picks the other reading still finds it.
 */
export function syllables(word: string): string[] {
  if (!HAN.test(word)) return [];
  const units = word.match(/\p{Script=Han}|[^\p{Script=Han}]+/gu) ?? [];
  const inContext = pinyin(word, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).map((s) =>
    s.toLowerCase(),
  );
  if (inContext.length !== units.length) return inContext;
  return inContext.map((reading, i) => {
    const unit = units[i] as string;
    if (!HAN.test(unit)) return reading;
    return [...new Set([reading, ...readingsOf(unit)])].join('|');
  });
}

/** Every toneless reading of one character, asked of pinyin-pro once per character and build. */
const readings = new Map<string, string[]>();
function readingsOf(char: string): string[] {
  let all = readings.get(char);
  if (!all)
    readings.set(
      char,
      (all = pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true }).map((s) => s.toLowerCase())),
    );
  return all;
}

export function buildSearchLexicon(source: LexiconSource): SearchLexicon {
  const words = new Set<string>();
  const add = (word: string) => {
    if ([...word].length >= 2) words.add(word);
  };
  for (const entry of source.entries) {
    for (const name of [entry.title, ...entry.aliases]) {
      namePieces(name).forEach(add);
      add(nameKey(name));
    }
  }
  source.extraWords.forEach((word) => {
    namePieces(word).forEach(add);
    add(nameKey(word));
  });
  source.vocabulary.synonyms.flat().forEach(add);

  const folded = nameKey(source.text);
  const names = source.entries
    .filter((entry) => entry.isTerm && entry.aliases.length > 0)
    .map((entry) => [...new Set([entry.title, ...entry.aliases].map(nameKey).filter(Boolean))])
    .filter((group) => group.length > 1);

  const known = [...new Set([...words, ...source.vocabulary.synonyms.flat(), ...names.flat()])];
  const present = wordsInText(folded, known);
  return {
    pageCount: source.pageCount,
    entries: source.entries.map((e) => [e.url, e.title, e.aliases, e.type, e.place]),
    words: [...words].sort().map((word) => [word, syllables(word).join(' ')]),
    names,
    stopwords: source.vocabulary.stopwords,
    synonyms: source.vocabulary.synonyms,
    traditional: traditionalPairs(source.text),
    absent: known.filter((word) => !present.has(word)).sort(),
  };
}
