import { fold } from './fold.ts';
/**
 * The words search reads a query with, as editors write them in `content/search/`:
 * `stopwords.txt` (question and function words to ignore) and `synonyms.yaml` (groups of words
 * that stand in for each other). These functions parse and check them; a mistake names the file
 * and the word, like every other content error.
 */

export interface SearchVocabulary {
  /** Words dropped from a query (怎么, 是什么, 的 …), normalized. */
  stopwords: string[];
  /** Groups of interchangeable words (调解/化解/调处 …), normalized. */
  synonyms: string[][];
}

/** Folds a word the way queries are folded: full-width to half-width, lower case, no spaces. */
export function normalizeWord(word: string): string {
  return fold(word).replace(/\s+/g, '');
}

/** One word a line; `#` starts a comment; blank lines are ignored. */
export function parseStopwords(text: string): string[] {
  const words = text
    .split('\n')
    .map((line) => normalizeWord(line.replace(/#.*$/, '')))
    .filter((word) => word.length > 0);
  return [...new Set(words)];
}

/**
 * A YAML list of groups, each a list of at least two words. A word may stand in one group only,
 * so that what it stands for is never ambiguous.
 */
export function parseSynonyms(data: unknown, file: string): string[][] {
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) throw new Error(`${file}: 应是一个列表，每项是一组同义词，例如 - [调解, 化解]`);
  const seen = new Map<string, number>();
  return data.map((group: unknown, index) => {
    const where = `${file}: 第 ${index + 1} 组`;
    if (!Array.isArray(group)) throw new Error(`${where}应是一组词，例如 [调解, 化解]，实际是“${String(group)}”`);
    const words = group.map((word: unknown) => {
      if (typeof word !== 'string' && typeof word !== 'number')
        throw new Error(`${where}里有一项不是词：“${JSON.stringify(word)}”`);
      const normalized = normalizeWord(String(word));
      if (!normalized) throw new Error(`${where}里有一个空词`);
      return normalized;
    });
    const unique = [...new Set(words)];
    if (unique.length < 2) throw new Error(`${where}至少要有两个不同的词，实际只有“${unique.join('')}”`);
    for (const word of unique) {
      const other = seen.get(word);
      if (other !== undefined)
        throw new Error(`${file}: “${word}”同时出现在第 ${other + 1} 组和第 ${index + 1} 组；一个词只能属于一组`);
      seen.set(word, index);
    }
    return unique;
  });
}
