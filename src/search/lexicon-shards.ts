import { syllableUnits } from './query-understanding.ts';
import type { SearchLexicon } from './lexicon-build';
// Names are folded as ranking folds them, so a key found for a query is the key a name was filed under.
import { normalizeForMatch } from './ranking.ts';
import { siteBase } from '../lib/urls.ts';

/**
 * The lexicon in pieces, so a first search fetches what its query can use and not the whole
 * library's vocabulary. `search-lexicon.json` (the core) keeps what every query needs — stop
 * words, synonyms, the Traditional table, how many shards there are — and the rest is split by
 * key into `search-lexicon/<kind>-<n>.json`:
 *
 * - words, by the pairs of characters they start with (what segmenting a query looks up) and a
 *   few more pairs and single characters (what a near miss looks up);
 * - words again, by the first letters of each two adjacent syllables (what reading pinyin looks up);
 * - entries' names (for titles shown before page texts arrive), by how each name and each
 *   piece of a name begins, at most ENTRY_KEY_MAX a key, shortest names first;
 * - Pagefind's page ids, by id, with the entry each one is.
 *
 * A key is hashed to one of a kind's shards, and a kind gets as many shards as keep each near
 * SHARD_TARGET_BYTES. A kind small enough (all of it under SINGLE_SHARD_MAX_BYTES, as in the real
 * library) is one shard carried inside the core, so a small library's search makes one request.
 */

export type ShardKind = 'words' | 'pinyin' | 'entries' | 'pages';
export const SHARD_KINDS: ShardKind[] = ['words', 'pinyin', 'entries', 'pages'];
/** Which kind of shard a word key is filed in: pinyin keys apart, so a query in characters never loads them. */
export const wordKeyKind = (key: string): 'words' | 'pinyin' => (key.startsWith('p') ? 'pinyin' : 'words');

export type EntryRow = SearchLexicon['entries'][number];
/** [url, title, type label, place name] of the entry a page id is. */
export type PageRow = [string, string, string, string];
export const pageRowOf = ([url, title, , type, place]: EntryRow): PageRow => [url, title, type, place];

export interface WordShard {
  /** [word, toneless pinyin], as in the whole lexicon. */
  words: [string, string][];
  /** Name groups of glossary terms (a term and its aliases). */
  names: string[][];
  /** Words of this shard that no page contains. */
  absent: string[];
  /** Readings of single characters, for telling a homophone (三审三订 → 三审三定). */
  chars: Record<string, string>;
}
/**
 * For reading pinyin: each word's end from a syllable on, filed by the first letters of that
 * syllable and the next (see LexiconInput.pinyin for what the third field says).
 */
export interface PinyinShard {
  pinyin: [string, string, number][];
}
export interface EntryShard {
  entries: EntryRow[];
  /** Each entry's place in the whole lexicon (when it is split), so merged shards keep its order. */
  order?: number[];
  /** When the entries are one shard: Pagefind's id of each entry's page → its place in `entries`. */
  pageIds?: Record<string, number>;
}
export interface PageShard {
  pages: Record<string, PageRow>;
}
export interface Shards {
  words: WordShard;
  pinyin: PinyinShard;
  entries: EntryShard;
  pages: PageShard;
}

export interface LexiconCore {
  pageCount: number;
  stopwords: string[];
  synonyms: string[][];
  traditional: string;
  /** Words with Latin letters (村ba, 平安e家): letters inside them are not pinyin. */
  latinWords: string[];
  /** Words of the synonym groups that no page contains. */
  absent: string[];
  /** How many shards each kind has. */
  shards: Record<ShardKind, number>;
  /** A kind with one shard is carried here. */
  inline: Partial<Shards>;
}

/** The folder of shard files, beside the core file. */
export const SHARD_FOLDER = 'search-lexicon';
export const shardFile = (kind: ShardKind, n: number): string => `${SHARD_FOLDER}/${kind}-${n}.json`;

/** A kind of the lexicon up to this size (JSON bytes) stays whole, inside the core. */
export const SINGLE_SHARD_MAX_BYTES = 32 * 1024;
/** Past it, the size each shard is cut to, about (JSON bytes, before gzip). */
export const SHARD_TARGET_BYTES = 2 * 1024;
/** The entries kept under one pair of characters: enough for every title a query can name first. */
export const ENTRY_KEY_MAX = 40;
/** Found pages named from their ids before their texts arrive (the dialog shows eight). */
export const PAGES_NAMED_EARLY = 8;

/**
 * Which entry each indexed page is: Pagefind's page ids matched to entries by address. Pagefind
 * records addresses from the site's root; entries carry the base path (`/zhili/methods/…`).
 */
export function entryPageIds(
  entries: SearchLexicon['entries'],
  pages: { id: string; url: string }[],
  base: string,
): Record<string, number> {
  const byUrl = new Map(entries.map(([url], index) => [url, index]));
  const ids: Record<string, number> = {};
  const root = siteBase(base);
  for (const { id, url } of pages) {
    const index = byUrl.get(`${root}${url.replace(/^\//, '')}`);
    if (index !== undefined) ids[id] = index;
  }
  return ids;
}

/** FNV-1a: a key's shard, the same in the build and the browser. */
export function shardOf(key: string, count: number): number {
  if (count <= 1) return 0;
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % count;
}

const initialsOf = (readings: string): string[] => [
  ...new Set(
    readings
      .split('|')
      .map((r) => r.slice(0, 1))
      .filter((l) => /^[a-z]$/.test(l)),
  ),
];

/**
 * The keys a word is filed under: `b` + its first two characters, and + its second and third
 * (segmenting finds a word by where it starts); `s` + its first and third, and `u` + each
 * character of a two-character word (a near miss differs in one character, so it shares one of
 * these with what was typed).
 */
export function wordKeys(word: string): string[] {
  const c = [...word];
  const keys = new Set<string>();
  if (c.length >= 2) keys.add(`b${c[0]}${c[1]}`);
  if (c.length >= 3) {
    keys.add(`b${c[1]}${c[2]}`);
    keys.add(`s${c[0]}${c[2]}`);
  }
  if (c.length === 2) c.forEach((ch) => keys.add(`u${ch}`));
  return [...keys];
}

/**
 * Where a word is filed for reading pinyin: reading starts a word at any syllable and spans at
 * least two, so the word's end from each syllable on is filed under `p` + the first letters of
 * that syllable and the next.
 */
export function pinyinFilings(word: string, pinyin: string): { key: string; row: [string, string, number] }[] {
  const units = syllableUnits(word);
  const syllables = pinyin ? pinyin.split(' ') : [];
  if (syllables.length !== units.length) return [];
  const filings: { key: string; row: [string, string, number] }[] = [];
  for (let i = 0; i + 1 < syllables.length; i++) {
    const row: [string, string, number] = [units.slice(i).join(''), syllables.slice(i).join(' '), i === 0 ? 1 : 0];
    const keys = new Set<string>();
    for (const a of initialsOf(syllables[i] as string))
      for (const b of initialsOf(syllables[i + 1] as string)) keys.add(`p${a}${b}`);
    for (const key of keys) filings.push({ key, row });
  }
  return filings;
}

/** The chunks of a query that understandQuery reads, and its letter runs read as pinyin. */
function queryChunks(simplified: string): { chunks: string[][]; letterRuns: string[] } {
  const chunks = simplified
    .split(/[\s\p{P}\p{S}]+/u)
    .filter(Boolean)
    .map((chunk) => [...chunk]);
  const letterRuns = [...simplified.matchAll(/[a-z]+/g), ...simplified.replace(/\s+/g, '').matchAll(/[a-z]+/g)].map(
    (m) => m[0],
  );
  return { chunks, letterRuns };
}

/** The word keys a query needs to be segmented and its pinyin read (see wordKeys). */
export function queryWordKeys(simplified: string): string[] {
  const keys = new Set<string>();
  const { chunks, letterRuns } = queryChunks(simplified);
  for (const c of chunks) for (let i = 0; i + 1 < c.length; i++) keys.add(`b${c[i]}${c[i + 1]}`);
  // A reading's first syllable takes one to six letters, so the next starts at one of the next six.
  for (const run of letterRuns) for (let j = 1; j <= Math.min(6, run.length - 1); j++) keys.add(`p${run[0]}${run[j]}`);
  return [...keys];
}

/**
 * The word keys for a near miss of a run: a word of its length that differs in one character
 * shares its first pair (when it differs later), its second pair (when it differs first) or
 * its first and third (when it differs second); a two-character word shares one character, and
 * the readings of the run's characters tell whether it sounds the same.
 */
export function nearMissKeys(run: string): string[] {
  const c = [...run];
  if (c.length === 2) return c.map((ch) => `u${ch}`);
  if (c.length < 2) return [];
  return [`b${c[0]}${c[1]}`, `b${c[1]}${c[2]}`, `s${c[0]}${c[2]}`, ...c.map((ch) => `u${ch}`)];
}

/** The keys of a word read from a query: where its name group and absence are filed. */
export function keysOfWord(word: string): string[] {
  const c = [...word];
  return c.length >= 2 ? [`b${c[0]}${c[1]}`] : [];
}

/**
 * The keys an entry is filed under: `e` + the first two characters of each of its names and of
 * each piece of a name between punctuation (虞乡镇“三审三定” under 虞乡 and 三审). A query names
 * an entry early when a phrase of it begins a name — every name that *is* the phrase among them;
 * a name holding the phrase further in is found by the index instead.
 */
export function entryKeys(row: EntryRow): string[] {
  const keys = new Set<string>();
  for (const name of [row[1], ...row[2]]) {
    for (const piece of [name, ...name.split(/[\s\p{P}\p{S}]+/u)]) {
      const key = phraseEntryKey(piece);
      if (key) keys.add(key);
    }
  }
  return [...keys];
}

/** The entry key a phrase is looked up by: its first two characters. */
export function phraseEntryKey(phrase: string): string | undefined {
  const c = [...normalizeForMatch(phrase)];
  return c.length === 0 ? undefined : `e${c.slice(0, 2).join('')}`;
}

const jsonBytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

export interface ShardLimits {
  singleMax: number;
  target: number;
  entryKeyMax: number;
}
const LIMITS: ShardLimits = {
  singleMax: SINGLE_SHARD_MAX_BYTES,
  target: SHARD_TARGET_BYTES,
  entryKeyMax: ENTRY_KEY_MAX,
};

/** Splits a whole lexicon (with its page ids) into the core and the shard files. */
export function shardLexicon(
  lexicon: SearchLexicon,
  pageIds: Record<string, number>,
  limits: ShardLimits = LIMITS,
): { core: LexiconCore; files: Map<string, unknown> } {
  const absent = new Set(lexicon.absent);
  const synonymWords = new Set(lexicon.synonyms.flat());
  const countFor = (whole: unknown, filed: number, target = limits.target) =>
    jsonBytes(whole) <= limits.singleMax ? 1 : Math.max(1, Math.ceil(filed / target));

  // Words: each filed under its keys; a name group under the keys of each of its names; a
  // character's readings (from the first word that has it, as prepareLexicon takes them) under `u`.
  const filedWords = lexicon.words.map(([word, pinyin]) => ({
    value: [word, pinyin] as [string, string],
    keys: wordKeys(word),
  }));
  const filedNames = lexicon.names.map((group) => ({ value: group, keys: [...new Set(group.flatMap(keysOfWord))] }));
  const wordCount = countFor(
    { words: lexicon.words, names: lexicon.names },
    [...filedWords, ...filedNames].reduce((sum, f) => sum + jsonBytes(f.value) * f.keys.length, 0),
  );
  const wordFiles: WordShard[] = Array.from({ length: wordCount }, () => ({
    words: [],
    names: [],
    absent: [],
    chars: {},
  }));
  const shardsOf = (keys: string[]) => new Set(keys.map((key) => wordFiles[shardOf(key, wordCount)] as WordShard));
  for (const { value, keys } of filedWords) {
    for (const shard of shardsOf(keys)) {
      shard.words.push(value);
      if (absent.has(value[0])) shard.absent.push(value[0]);
    }
  }
  for (const { value, keys } of filedNames) {
    for (const shard of shardsOf(keys)) {
      shard.names.push(value);
      for (const name of value) if (absent.has(name) && !shard.absent.includes(name)) shard.absent.push(name);
    }
  }
  for (const [word, pinyin] of lexicon.words) {
    const units = syllableUnits(word);
    const readings = pinyin.split(' ');
    if (readings.length !== units.length) continue;
    units.forEach((unit, i) => {
      if (!/\p{Script=Han}/u.test(unit)) return;
      const shard = wordFiles[shardOf(`u${unit}`, wordCount)] as WordShard;
      if (shard.chars[unit] === undefined) shard.chars[unit] = readings[i] as string;
    });
  }
  // One shard holds it all, in the whole lexicon's order (the readings are in its words).
  if (wordCount === 1)
    wordFiles[0] = {
      words: lexicon.words,
      names: lexicon.names,
      absent: lexicon.absent.filter((word) => !synonymWords.has(word)),
      chars: {},
    };

  // Pinyin: each word's end from each syllable on, filed by the first letters of two syllables.
  // A library whose words are one shard reads pinyin from them and needs none of this.
  const filings = lexicon.words.flatMap(([word, pinyin]) => pinyinFilings(word, pinyin));
  // Larger shards than the others: few queries are pinyin, and a pair of letters holds many words
  // whatever the size, so smaller shards would only mean more files.
  const pinyinCount =
    wordCount === 1
      ? 1
      : countFor(
          lexicon.words,
          filings.reduce((sum, { row }) => sum + jsonBytes(row), 0),
          4 * limits.target,
        );
  const pinyinFiles = Array.from({ length: pinyinCount }, () => new Map<string, [string, string, number]>());
  if (wordCount > 1) {
    for (const { key, row } of filings) {
      const file = pinyinFiles[shardOf(key, pinyinCount)] as Map<string, [string, string, number]>;
      const id = row.join('\n');
      if (!file.has(id)) file.set(id, row);
    }
  }

  // Entries: each pair of characters keeps its shortest-named entries.
  const entryCount = countFor(
    lexicon.entries,
    lexicon.entries.reduce((sum, row) => sum + jsonBytes(row) * entryKeys(row).length, 0),
  );
  const entryFiles = Array.from({ length: entryCount }, () => new Set<number>());
  if (entryCount === 1) lexicon.entries.forEach((_, index) => entryFiles[0]?.add(index));
  else {
    const byKey = new Map<string, number[]>();
    lexicon.entries.forEach((row, index) => {
      for (const key of entryKeys(row)) {
        const list = byKey.get(key) ?? [];
        list.push(index);
        byKey.set(key, list);
      }
    });
    const shortest = lexicon.entries.map(([, title, aliases]) =>
      Math.min(...[title, ...aliases].map((name) => [...normalizeForMatch(name)].length)),
    );
    for (const [key, indexes] of byKey) {
      const kept =
        indexes.length <= limits.entryKeyMax
          ? indexes
          : [...indexes]
              .sort((a, b) => (shortest[a] as number) - (shortest[b] as number) || a - b)
              .slice(0, limits.entryKeyMax);
      kept.forEach((index) => entryFiles[shardOf(key, entryCount)]?.add(index));
    }
  }

  // Pages: each Pagefind id and the entry it is. When the entries are one shard, the ids go in it
  // as places in its list, which repeats no title.
  const pageRows = Object.entries(pageIds).flatMap(([id, index]) => {
    const row = lexicon.entries[index];
    return row ? [[id, pageRowOf(row)] as const] : [];
  });
  // Smaller shards than the others: the first pages found are looked up one by one.
  const pageCount =
    entryCount === 1
      ? 1
      : countFor(
          Object.fromEntries(pageRows),
          pageRows.reduce((sum, [id, row]) => sum + jsonBytes(row) + id.length + 4, 0),
          limits.target / 2,
        );
  const pageFiles = Array.from({ length: pageCount }, () => ({}) as Record<string, PageRow>);
  if (entryCount > 1)
    for (const [id, row] of pageRows) (pageFiles[shardOf(id, pageCount)] as Record<string, PageRow>)[id] = row;

  const shards: Record<ShardKind, unknown[]> = {
    words: wordFiles,
    pinyin: pinyinFiles.map((rows) => ({ pinyin: [...rows.values()] })),
    entries: entryFiles.map((indexes) => {
      const order = [...indexes].sort((a, b) => a - b);
      return { entries: order.map((index) => lexicon.entries[index]), ...(entryCount > 1 ? { order } : { pageIds }) };
    }),
    pages: pageFiles.map((pages) => ({ pages })),
  };
  const core: LexiconCore = {
    pageCount: lexicon.pageCount,
    stopwords: lexicon.stopwords,
    synonyms: lexicon.synonyms,
    traditional: lexicon.traditional,
    latinWords: lexicon.words.map(([word]) => word).filter((word) => /[a-z]/.test(word)),
    absent: lexicon.absent.filter((word) => synonymWords.has(word)),
    shards: { words: wordCount, pinyin: pinyinCount, entries: entryCount, pages: pageCount },
    inline: {},
  };
  const files = new Map<string, unknown>();
  for (const kind of SHARD_KINDS) {
    const list = shards[kind];
    if (list.length === 1) (core.inline as Record<ShardKind, unknown>)[kind] = list[0];
    else list.forEach((shard, n) => files.set(shardFile(kind, n), shard));
  }
  return { core, files };
}
