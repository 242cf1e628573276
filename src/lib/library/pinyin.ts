import { pinyin } from 'pinyin-pro';

/**
 * A sort key that orders Chinese terms as a dictionary would: by toneless pinyin syllables,
 * then by tone, then by the characters themselves. Digits and Latin letters keep their place.
 */
export function pinyinKey(text: string): string {
  const toneless = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const tones = pinyin(text, { toneType: 'num', type: 'array', nonZh: 'consecutive' });
  return `${toneless.join(' ').toLowerCase()}\u0001${tones.join(' ')}\u0001${text}`;
}

/** The letter a term is filed under in the glossary (A–Z), or `#` for digits and symbols. */
export function pinyinInitial(text: string): string {
  const first =
    pinyin(text.replace(/^[“”"'‘’（(]+/, ''), { toneType: 'none', type: 'array', nonZh: 'consecutive' })[0] ?? '';
  const letter = first.charAt(0).toUpperCase();
  return /^[A-Z]$/.test(letter) ? letter : '#';
}

/** Sorts items by the pinyin of a label, without changing the input array. */
export function sortByPinyin<T>(items: readonly T[], label: (item: T) => string): T[] {
  const keyed = items.map((item) => ({ item, key: pinyinKey(label(item)) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map(({ item }) => item);
}
