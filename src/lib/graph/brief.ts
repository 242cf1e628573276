/** How long a connection card's description may run: about two lines of a card on a phone. */
export const BRIEF_LENGTH = 48;

/**
 * The start of a summary, for a card that only has to say what an entry is (the entry's own page
 * has the whole): the first sentence if it is short enough, otherwise up to the last clause break
 * that fits, then …… . The reader sees where it was cut; nothing is cut inside a word.
 */
export function briefly(text: string, length = BRIEF_LENGTH): string {
  const chars = [...text];
  if (chars.length <= length) return text;
  const head = chars.slice(0, length).join('');
  const sentence = head.search(/[。！？]/);
  if (sentence >= 0) return head.slice(0, sentence + 1);
  const clause = Math.max(...['，', '；', '：', '、'].map((mark) => head.lastIndexOf(mark)));
  return `${clause > length / 3 ? head.slice(0, clause) : head}……`;
}
