import { fold } from './fold.ts';
import type { SearchLexicon } from './lexicon-build';

/**
 * Reads a query the way a person means it, before any index is asked: Traditional characters
 * become Simplified, the library's own words are kept whole (党员中心户, 3456工作法), question and
 * function words are set aside (怎么, 是什么, 的), letters that spell pinyin become the words they
 * spell (ctl → 陈潼兰), and every word brings the words that stand in for it (调解 → 化解, 调处).
 * Pure: everything it knows comes from the lexicon the build writes.
 */

/** The lexicon, indexed for reading queries. */
export interface Lexicon {
  raw: SearchLexicon;
  words: Set<string>;
  longestWord: number;
  longestStopword: number;
  /** Each word's syllables, one per Han character (a letter or digit run is one syllable); each syllable lists its readings. */
  syllables: Map<string, string[][]>;
  /**
   * Where a reading can start, by its first letter: each word and the syllable a run of letters
   * could begin at. Reading pinyin walks only these, not every word of the library.
   */
  pinyinStarts: Map<string, { units: string[]; syllables: string[][]; start: number; wordStart: boolean }[]>;
  /** The words by their length in characters, for near misses (only same-length words can be one). */
  wordsByLength: Map<number, string[][]>;
  stopwords: Set<string>;
  /** Words that stand in for a word: its synonym group and, for a glossary term, its other names. */
  alternatives: Map<string, string[]>;
  traditional: Map<string, string>;
  /** The readings of each Han character the lexicon's words use, to tell a homophone. */
  charPinyin: Map<string, string[]>;
  /** Lexicon words with Latin letters (村ba, 平安e家, ab卷): letters inside them are not pinyin. */
  latinWords: string[];
  /** Words no page contains: not worth asking the index for. */
  absent: Set<string>;
}

/** One word of a query and what counts as finding it. */
export interface QueryWord {
  /** The word as searched: Simplified, folded. */
  text: string;
  /** Words that count as this one (synonyms, other names, other readings of the same pinyin). */
  alternatives: string[];
  /**
   * For a word the lexicon knows whole: the smaller words it is made of. A page with two or more
   * of them, all, covers it; one with some, or with the only one (物业 of 没物业), half covers it.
   */
  parts: string[];
  /** What the reader typed, when it was read as something else (pinyin). */
  typed?: string;
  /** A lone character beside real words: it orders pages but does not bring one in alone. */
  weak?: boolean;
  /** Joined from characters the segmenter left on their own (低保 from 低 保): a word its dictionary lacks. */
  joined?: boolean;
  /**
   * The word, or one standing in for it, is one of the library's names for what it is about (调解,
   * 网格员): a word of a synonym group or a glossary term's name, which is what has stand-ins in
   * Lexicon.alternatives.
   */
  topic?: boolean;
}

export interface UnderstoodQuery {
  /** The query as typed, trimmed. */
  typed: string;
  /** After Traditional→Simplified conversion and folding. */
  simplified: string;
  /** Whether any Traditional character was converted. */
  converted: boolean;
  /** Runs of the query's content words, in order (what the reader would call the phrase). */
  pieces: string[];
  /** The words of each piece, in the order typed (a word may recur): what tells 宅 from 宅基地's neighbours. */
  sequence: string[][];
  words: QueryWord[];
  /** Stop words set aside, in the order typed. */
  ignored: string[];
  /** Letters read as pinyin: what was typed and the word it was read as. */
  pinyin: { typed: string; read: string }[];
  /** A run the lexicon does not know but nearly does (三审三订 → 三审三定), and the query with it corrected. */
  nearMisses: { typed: string; word: string; query: string }[];
  /** What was looked up for a near miss: each phrase with a run the lexicon does not know, and each such run. */
  unknown: string[];
}

const HAN = /\p{Script=Han}/u;

/**
 * The browser's Chinese word segmenter, made once: making one loads its dictionary, which costs
 * more than reading a whole query. `warmUpReading` makes it before the reader types.
 */
let segmenter: Intl.Segmenter | undefined;
const chineseWords = (text: string) => (segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' })).segment(text);

/** Whether the segmenter's dictionary holds `text` as one word (医保, 养老), not a run it made of context (片好). */
export function isDictionaryWord(text: string): boolean {
  const segments = [...chineseWords(text)];
  return segments.length === 1 && segments[0]?.segment === text;
}

/** Makes the segmenter and has it cut a phrase, so the first query does not pay for its dictionary. */
export function warmUpReading(): void {
  for (const word of chineseWords('矛盾纠纷怎么调解')) void word;
}

/** Splits a word into its syllable units: each Han character alone, each run of other characters together. */
export function syllableUnits(word: string): string[] {
  return word.match(/\p{Script=Han}|[^\p{Script=Han}]+/gu) ?? [];
}

/**
 * What a query is read with: the whole lexicon, or the part of it a query loaded
 * (lexicon-shards.ts), which then also carries the readings of the query's characters and the
 * library's words with Latin letters (not all of them are among the words loaded).
 */
export type LexiconInput = SearchLexicon & {
  chars?: Record<string, string>;
  latinWords?: string[];
  /**
   * For reading pinyin only: [text, pinyin, from its first syllable] — a word's end from one
   * syllable on (1 when that is the word's first syllable, so it can match the whole word).
   */
  pinyin?: [string, string, number][];
};

export function prepareLexicon(raw: LexiconInput): Lexicon {
  const syllables = new Map<string, string[][]>();
  const charPinyin = new Map<string, string[]>(
    Object.entries(raw.chars ?? {}).map(([char, readings]) => [char, readings.split('|')]),
  );
  let longestWord = 0;
  for (const [word, pinyin] of raw.words) {
    longestWord = Math.max(longestWord, [...word].length);
    if (!pinyin) continue;
    const sy = pinyin.split(' ').map((readings) => readings.split('|'));
    const units = syllableUnits(word);
    if (sy.length !== units.length) continue; // pinyin-pro read it differently: no pinyin for this word
    syllables.set(word, sy);
    units.forEach((unit, i) => {
      if (HAN.test(unit) && !charPinyin.has(unit)) charPinyin.set(unit, sy[i] as string[]);
    });
  }
  const alternatives = new Map<string, Set<string>>();
  const link = (word: string, other: string) => {
    if (word === other) return;
    const set = alternatives.get(word) ?? new Set<string>();
    set.add(other);
    alternatives.set(word, set);
  };
  // Synonyms stand in for each other; a term's other names stand in for the term and the term
  // for each of them — but two other names of one term are not synonyms (红马甲 is not 红网格).
  for (const group of raw.synonyms) for (const word of group) group.forEach((other) => link(word, other));
  for (const [term, ...others] of raw.names) {
    for (const other of others) {
      link(term as string, other);
      link(other, term as string);
    }
  }
  const traditional = new Map<string, string>();
  const chars = [...raw.traditional];
  for (let i = 0; i + 1 < chars.length; i += 2) traditional.set(chars[i] as string, chars[i + 1] as string);
  const words = new Set(raw.words.map(([word]) => word));
  const pinyinStarts: Lexicon['pinyinStarts'] = new Map();
  const addStarts = (units: string[], sy: string[][], starts: number[], wordStart: (start: number) => boolean) => {
    for (const start of starts) {
      for (const letter of new Set((sy[start] as string[]).map((reading) => reading.slice(0, 1)))) {
        if (!/^[a-z]$/.test(letter)) continue;
        const list = pinyinStarts.get(letter) ?? [];
        list.push({ units, syllables: sy, start, wordStart: wordStart(start) });
        pinyinStarts.set(letter, list);
      }
    }
  };
  for (const [word, sy] of syllables)
    addStarts(
      syllableUnits(word),
      sy,
      sy.map((_, start) => start),
      (start) => start === 0,
    );
  for (const [text, pinyin, fromFirst] of raw.pinyin ?? []) {
    const units = syllableUnits(text);
    const sy = pinyin.split(' ').map((readings) => readings.split('|'));
    if (sy.length !== units.length || sy.length === 0) continue;
    addStarts(units, sy, [0], () => fromFirst === 1);
  }
  const wordsByLength: Lexicon['wordsByLength'] = new Map();
  for (const word of words) {
    const chars = [...word];
    const list = wordsByLength.get(chars.length) ?? [];
    list.push(chars);
    wordsByLength.set(chars.length, list);
  }
  return {
    raw,
    words,
    longestWord,
    longestStopword: Math.max(0, ...raw.stopwords.map((w) => [...w].length)),
    syllables,
    pinyinStarts,
    wordsByLength,
    stopwords: new Set(raw.stopwords),
    alternatives: new Map([...alternatives].map(([word, set]) => [word, [...set]])),
    traditional,
    charPinyin,
    latinWords: raw.latinWords ?? [...words].filter((word) => /[a-z]/.test(word)),
    absent: new Set(raw.absent),
  };
}

/** Folds a query: full-width to half-width, lower case, Traditional to Simplified. */
export function simplify(text: string, lexicon: Lexicon): string {
  return [...fold(text)].map((c) => lexicon.traditional.get(c) ?? c).join('');
}

interface Match {
  read: string;
  score: number;
  whole: boolean;
}

/**
 * The words of the lexicon that a run of letters spells in pinyin — full syllables, initials
 * (zh/ch/sh or their first letter) or a mix, and the last syllable may be cut short while the
 * reader is still typing. A match spans at least two syllables (three when all are initials), so
 * one syllable never stands for every character that sounds like it. Best first, at most three.
 */
export function readPinyin(letters: string, lexicon: Lexicon): string[] {
  const found = new Map<string, Match>();
  for (const { units, syllables: sy, start, wordStart } of lexicon.pinyinStarts.get(letters.slice(0, 1)) ?? []) {
    const walk = (pos: number, at: number, full: number): void => {
      if (pos === letters.length) {
        const span = at - start;
        if (span >= 2 && (full > 0 || span >= 3)) {
          const read = units.slice(start, at).join('');
          const whole = wordStart && at === sy.length;
          const score = full * 2 + span + (whole ? 1 : 0);
          const prior = found.get(read);
          if (!prior || score > prior.score) found.set(read, { read, score, whole });
        }
        return;
      }
      const rest = letters.slice(pos);
      const initials = new Set<string>();
      for (const syllable of sy[at] ?? []) {
        if (!/^[a-z]+$/.test(syllable)) continue;
        if (rest.startsWith(syllable)) walk(pos + syllable.length, at + 1, full + 1);
        else if (rest.length >= 2 && syllable.startsWith(rest) && at - start >= 1)
          walk(letters.length, at + 1, full + 1);
        initials.add(syllable.slice(0, 1));
        if (/^[zcs]h/.test(syllable)) initials.add(syllable.slice(0, 2));
        initials.delete(syllable);
      }
      for (const initial of initials) if (rest.startsWith(initial)) walk(pos + initial.length, at + 1, full);
    };
    walk(0, start, 0);
  }
  return [...found.values()]
    .sort((a, b) => b.score - a.score || [...a.read].length - [...b.read].length || a.read.localeCompare(b.read))
    .slice(0, 3)
    .map((m) => m.read);
}

/**
 * A lexicon word that a run of characters nearly is: the same length with one character
 * different — a homophone (三审三订 → 三审三定) or, for three characters or more, any one slip
 * (陈童兰 → 陈潼兰). Two-character runs need a homophone, since one slip of two is too loose.
 */
export function nearMiss(run: string, lexicon: Lexicon): string | undefined {
  const chars = [...run];
  if (chars.length < 2 || lexicon.words.has(run)) return undefined;
  let best: { word: string; rank: number } | undefined;
  for (const other of lexicon.wordsByLength.get(chars.length) ?? []) {
    const word = other.join('');
    const differ = chars.flatMap((c, i) => (c === other[i] ? [] : [i]));
    if (differ.length !== 1) continue;
    const i = differ[0] as number;
    const typedSounds = lexicon.charPinyin.get(chars[i] as string) ?? [];
    // The other word's character as that word reads it, when the lexicon loaded has no other reading of it.
    const otherSounds = lexicon.charPinyin.get(other[i] as string) ?? lexicon.syllables.get(word)?.[i] ?? [];
    const homophone = typedSounds.some((sound) => otherSounds.includes(sound));
    if (!homophone && chars.length < 3) continue;
    const rank = homophone ? 0 : 1;
    // The first in the lexicon's order wins a tie, whatever order the words were loaded in.
    if (!best || rank < best.rank || (rank === best.rank && word < best.word)) best = { word, rank };
  }
  return best?.word;
}

/**
 * The smaller words a long word is made of, as the browser segments it, without stop words: 三审
 * and 三定 of 三审三定, or the one word 物业 of 没物业 (a synonym editors added that no page uses).
 */
function partsOf(word: string, lexicon: Lexicon): string[] {
  if ([...word].length < 3 || !HAN.test(word)) return [];
  // Single characters are no evidence of a word (every 三 is not 三审三定): parts are two characters or more.
  const parts = [...chineseWords(word)]
    .filter(
      (s) => s.isWordLike && [...s.segment].length >= 2 && s.segment !== word && !lexicon.stopwords.has(s.segment),
    )
    .map((s) => s.segment);
  return [...new Set(parts)];
}

interface Token {
  text: string;
  /** lexicon: a word the library knows; stop: set aside; other: any other word. */
  kind: 'lexicon' | 'stop' | 'other';
  typed?: string;
  alternatives?: string[];
  joined?: boolean;
}

/**
 * Characters that carry grammar (把, 被, 的 …) or are everyday verbs that follow a noun (吵, 管,
 * 修 …): never joined to a neighbouring character into a word when the segmenter leaves
 * characters on their own, so 一块地吵了 does not become a word 地吵.
 */
const FUNCTION_CHARACTERS = new Set([
  ...'的了着过在把被给和跟与及或都也就还又很太要会能得吗呢吧啊呀么哪谁啥咋怎这那其该让使对向从由为以于之而且但并是有没不别再才已刚正个些点次下上里中来去到',
  ...'吵闹打跑找管修办弄搞做开说看想用拿走叫问交领发带帮排送接住买卖吃喝抓丢补换',
]);

/** Whether a lone character carries grammar or an everyday action rather than a topic. */
export const isFunctionCharacter = (character: string): boolean => FUNCTION_CHARACTERS.has(character);

/** Letters that are not part of one of the library's own lettered words (村BA, 平安e家, AB卷) may be pinyin. */
function mayBePinyin(letters: string, lexicon: Lexicon): boolean {
  return letters.length >= 2 && !lexicon.latinWords.some((word) => word.includes(letters));
}

/** Splits what lies between known words: letters (maybe pinyin), digits, and Han text cut into words. */
function leftoverTokens(text: string, lexicon: Lexicon): Token[] {
  const tokens: Token[] = [];
  for (const run of text.match(/[a-z]+|[0-9]+|\p{Script=Han}+|[^a-z0-9\p{Script=Han}]+/gu) ?? []) {
    if (/^[a-z]+$/.test(run) && mayBePinyin(run, lexicon)) {
      const [read, ...others] = readPinyin(run, lexicon);
      tokens.push(
        read ? { text: read, kind: 'lexicon', typed: run, alternatives: others } : { text: run, kind: 'other' },
      );
    } else if (HAN.test(run)) {
      // Stop phrases are found by longest match first (怎么办 before 怎么), whatever the
      // browser's segmenter makes of them; the rest is cut into words by the segmenter.
      const chars = [...run];
      let rest = '';
      const flush = () => {
        // The segmenter cuts a word its dictionary lacks into characters (低保 → 低 保, 公积金 →
        // 公 积 金). Neighbouring single characters are joined back into one word, unless one is
        // a function character: 低保 is then looked for (and said to be absent) as a word, and
        // never found through a 低 here and a 保 there.
        let run = '';
        const closeRun = () => {
          if (run) tokens.push({ text: run, kind: 'other', ...([...run].length > 1 ? { joined: true } : {}) });
          run = '';
        };
        for (const { segment, isWordLike } of chineseWords(rest)) {
          if (!isWordLike) continue;
          const stop = lexicon.stopwords.has(segment);
          if ([...segment].length === 1 && !stop && !FUNCTION_CHARACTERS.has(segment) && !lexicon.words.has(segment)) {
            run += segment;
            continue;
          }
          closeRun();
          tokens.push({ text: segment, kind: stop ? 'stop' : 'other' });
        }
        closeRun();
        rest = '';
      };
      for (let i = 0; i < chars.length;) {
        const stop = longestAt(chars, i, lexicon.longestStopword, (w) => lexicon.stopwords.has(w));
        if (stop) {
          flush();
          tokens.push({ text: stop, kind: 'stop' });
          i += [...stop].length;
        } else rest += chars[i++];
      }
      flush();
    } else if (/[a-z0-9]/.test(run)) tokens.push({ text: run, kind: 'other' });
  }
  return tokens;
}

/** The longest word of at least two characters starting at `i` that `known` accepts, or ''. */
function longestAt(chars: string[], i: number, longest: number, known: (word: string) => boolean): string {
  for (let length = Math.min(longest, chars.length - i); length >= 2; length--) {
    const candidate = chars.slice(i, i + length).join('');
    if (known(candidate)) return candidate;
  }
  return '';
}

/** Cuts one chunk of a query (no spaces or punctuation) into tokens, the library's words first, longest first. */
function chunkTokens(chunk: string, lexicon: Lexicon): Token[] {
  const chars = [...chunk];
  const tokens: Token[] = [];
  let leftover = '';
  let i = 0;
  while (i < chars.length) {
    const found = longestAt(chars, i, lexicon.longestWord, (w) => lexicon.words.has(w) && !lexicon.stopwords.has(w));
    if (found) {
      if (leftover) tokens.push(...leftoverTokens(leftover, lexicon));
      leftover = '';
      tokens.push({ text: found, kind: 'lexicon' });
      i += [...found].length;
    } else {
      leftover += chars[i];
      i += 1;
    }
  }
  if (leftover) tokens.push(...leftoverTokens(leftover, lexicon));
  return tokens;
}

/** Reads a query. See the module comment for what that means. */
export function understandQuery(query: string, lexicon: Lexicon): UnderstoodQuery {
  const typed = query.trim();
  const folded = fold(typed);
  const simplified = simplify(typed, lexicon);
  // Pinyin typed with spaces between syllables (chen tong lan) is read as one run of letters.
  const spacedPinyin =
    /^[a-z]+(\s+[a-z]+)+$/.test(simplified) && readPinyin(simplified.replace(/\s+/g, ''), lexicon).length > 0;
  const chunks = spacedPinyin ? [simplified.replace(/\s+/g, '')] : simplified.split(/[\s\p{P}\p{S}]+/u).filter(Boolean);

  const pieces: string[] = [];
  const sequence: string[][] = [];
  const words = new Map<string, QueryWord>();
  const ignored: string[] = [];
  const pinyin: UnderstoodQuery['pinyin'] = [];
  const nearMisses: UnderstoodQuery['nearMisses'] = [];
  const unknown = new Set<string>();

  for (const chunk of chunks) {
    let piece = '';
    let pieceWords: string[] = [];
    let unknownRun = '';
    let runs: string[] = [];
    const closeUnknownRun = () => {
      if (unknownRun) runs.push(unknownRun);
      unknownRun = '';
    };
    // A near miss is looked for in the whole phrase first (五红距阵 → 五红矩阵), then in each run
    // of words the lexicon does not know (虞乡镇三审三订 → 三审三订 → 三审三定).
    const closePiece = () => {
      closeUnknownRun();
      if (runs.length > 0) {
        [piece, ...runs].forEach((text) => unknown.add(text));
        const whole = nearMiss(piece, lexicon);
        const misses = whole
          ? [{ typed: piece, word: whole }]
          : runs.flatMap((run) => {
              const word = nearMiss(run, lexicon);
              return word ? [{ typed: run, word }] : [];
            });
        for (const miss of misses) nearMisses.push({ ...miss, query: simplified.replace(miss.typed, miss.word) });
      }
      if (piece) pieces.push(piece);
      if (pieceWords.length > 0) sequence.push(pieceWords);
      piece = '';
      pieceWords = [];
      runs = [];
    };
    for (const token of chunkTokens(chunk, lexicon)) {
      if (token.kind === 'stop') {
        ignored.push(token.text);
        closePiece();
        continue;
      }
      piece += token.text;
      pieceWords.push(token.text);
      if (token.kind === 'other' && HAN.test(token.text)) unknownRun += token.text;
      else closeUnknownRun();
      if (token.typed) pinyin.push({ typed: token.typed, read: token.text });
      if (words.has(token.text)) continue;
      const alternatives = new Set([...(token.alternatives ?? []), ...(lexicon.alternatives.get(token.text) ?? [])]);
      for (const alternative of token.alternatives ?? [])
        lexicon.alternatives.get(alternative)?.forEach((a) => alternatives.add(a));
      alternatives.delete(token.text);
      words.set(token.text, {
        text: token.text,
        alternatives: [...alternatives],
        parts: token.kind === 'lexicon' ? partsOf(token.text, lexicon) : [],
        ...(token.typed ? { typed: token.typed } : {}),
        ...(token.joined ? { joined: true } : {}),
        ...([token.text, ...alternatives].some((text) => lexicon.alternatives.has(text)) ? { topic: true } : {}),
      });
    }
    closePiece();
  }
  // A lone character the segmenter cut from a longer word (机 of 计算机) is no evidence on its own
  // when the query has real words: it helps order pages but never brings one in by itself.
  const all = [...words.values()];
  if (all.some((word) => [...word.text].length > 1)) {
    for (const word of all)
      if ([...word.text].length === 1 && !lexicon.words.has(word.text) && word.alternatives.length === 0)
        word.weak = true;
  }
  return {
    typed,
    simplified,
    converted: simplified !== folded,
    pieces,
    sequence,
    words: all,
    ignored,
    pinyin,
    nearMisses,
    unknown: [...unknown],
  };
}
