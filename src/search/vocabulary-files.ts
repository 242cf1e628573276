import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseStopwords, parseSynonyms, type SearchVocabulary } from './vocabulary';

/**
 * Reads `content/search/stopwords.txt` and `content/search/synonyms.yaml` (relative to the
 * project, like the content collections). Both are optional — a library without them searches
 * words as typed — but a file that is there and wrong stops the build with its name.
 */
export function readSearchVocabulary(dir = 'content/search'): SearchVocabulary {
  const stopwordsFile = join(dir, 'stopwords.txt');
  const synonymsFile = join(dir, 'synonyms.yaml');
  const stopwords = existsSync(stopwordsFile) ? parseStopwords(readFileSync(stopwordsFile, 'utf8')) : [];
  let synonyms: string[][] = [];
  if (existsSync(synonymsFile)) {
    let data: unknown;
    try {
      data = parse(readFileSync(synonymsFile, 'utf8'));
    } catch (error) {
      throw new Error(`${synonymsFile}: 不是有效的 YAML：${(error as Error).message}`);
    }
    synonyms = parseSynonyms(data, synonymsFile);
  }
  return { stopwords, synonyms };
}
