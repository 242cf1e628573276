import type { UnderstoodQuery } from './query-understanding';

/** What a search shows about itself, from how it read the query and what it found. */
export interface SearchSummary {
  query: UnderstoodQuery;
  total: number;
  /** Hits with every word; they come first. */
  complete: number;
  /** Query words no result has. */
  notFound: string[];
  /** What the reader typed that is found nowhere but nearly matches a word of the library. */
  nearMiss?: string | undefined;
}

const quoted = (words: readonly string[]) => words.map((w) => `“${w}”`).join('');

/**
 * One line that says how the query was read, so a reader never wonders why the results are
 * what they are: Traditional characters converted, pinyin read as words, words ignored, words
 * not found — and, when some results have only part of the query, where they start.
 */
export function readingNote({ query, total, complete, notFound, nearMiss }: SearchSummary): string {
  const notes: string[] = [];
  if (query.converted) notes.push(`已按简体“${query.simplified}”搜索`);
  for (const { typed, read } of query.pinyin) notes.push(`拼音“${typed}”按“${read}”搜索`);
  if (query.ignored.length > 0) notes.push(`已忽略${quoted([...new Set(query.ignored)])}`);
  // Lone characters beside real words (没, 人, 管 of 没人管) only order the results: naming them as
  // found or not found would tell the reader nothing.
  const words = query.words.filter((w) => !w.weak).map((w) => w.text);
  const missing = notFound.filter((w) => words.includes(w));
  const found = words.filter((w) => !missing.includes(w));
  // A near miss is reported as typed (三审三订), not as the characters the segmenter left of it.
  if (nearMiss) notes.push(`未找到“${nearMiss}”`);
  else if (total > 0 && missing.length > 0)
    notes.push(`未找到${quoted(missing)}${found.length > 0 ? `，以下结果包含${quoted(found)}` : ''}`);
  else if (total > complete && complete > 0) notes.push(`前 ${complete} 条包含全部词语，其余只包含其中一部分`);
  return notes.length > 0 ? `${notes.join('；')}。` : '';
}

/** The count line: how many results, for which query. */
export function countNote(typed: string, total: number, shown?: number): string {
  if (total === 0) return `没有找到与“${typed}”相关的内容。`;
  return `“${typed}”：找到 ${total} 条结果${shown !== undefined && total > shown ? `，显示前 ${shown} 条` : ''}。`;
}

/**
 * What the library has nothing on, said first and plainly, then what the results hold instead:
 * “方法库里没有关于“低保”的内容。以下 3 条结果只包含“农村”，不涉及“低保”。”
 */
export function nothingNote(nothingOn: readonly string[], total: number, found: readonly string[]): string {
  const lacking = `方法库里没有关于${quoted(nothingOn)}的内容。`;
  if (total === 0) return lacking;
  return `${lacking}以下 ${total} 条结果${found.length > 0 ? `只包含${quoted(found)}，` : ''}不涉及${quoted(nothingOn)}。`;
}
