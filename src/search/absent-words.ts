import { isFunctionCharacter, type UnderstoodQuery } from './query-understanding';

/**
 * What a query asks about that the library has nothing on, named as a reader would name it:
 * 方法库里没有关于“低保”的内容. From the words no page holds (as typed or through a stand-in),
 * in the order typed:
 *
 * - a word the segmenter's dictionary knows (医保, 养老) or that was joined from characters it
 *   left alone (低保 from 低 保) is named;
 * - a lone character beside it belongs to it (宅 + 基地 → 宅基地, 残疾 + 证 → 残疾证), since the
 *   segmenter cut it off a word it did not know;
 * - a run the segmenter made of a context it could not read (片好 of 这片好几栋) is not named: it
 *   is no word, and saying the library lacks it would say nothing.
 */
export function absentPhrases(
  query: Pick<UnderstoodQuery, 'sequence' | 'words'>,
  absent: ReadonlySet<string>,
  isDictionaryWord: (word: string) => boolean,
): string[] {
  const byText = new Map(query.words.map((word) => [word.text, word]));
  const named = (text: string) => {
    const word = byText.get(text);
    return (
      absent.has(text) &&
      [...text].length > 1 &&
      /\p{Script=Han}/u.test(text) &&
      (word?.joined === true || isDictionaryWord(text))
    );
  };
  // A lone character that names something (宅, 证), not one that carries grammar (走, 打, 的).
  const lone = (text: string) =>
    byText.get(text)?.weak === true && /\p{Script=Han}/u.test(text) && !isFunctionCharacter(text);
  const phrases: string[] = [];
  for (const piece of query.sequence) {
    let pending = ''; // lone characters waiting for the absent word they precede
    let open = -1; // the phrase lone characters that follow it join
    for (const text of piece) {
      if (named(text)) {
        phrases.push(pending + text);
        open = phrases.length - 1;
        pending = '';
      } else if (lone(text)) {
        if (open >= 0) phrases[open] += text;
        else pending += text;
      } else {
        pending = '';
        open = -1;
      }
    }
  }
  return [...new Set(phrases)];
}
