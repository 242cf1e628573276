import hkVariants from 'opencc-js/dict/HKVariants';
import simplifiedToTraditional from 'opencc-js/dict/STCharacters';
import twVariants from 'opencc-js/dict/TWVariants';

/**
 * A Traditional→Simplified table for the characters a library uses, built at build time from
 * OpenCC's own character dictionaries (opencc-js ships them as strings), so the browser gets a
 * few kilobytes instead of the whole dictionary: for each Simplified character in the text, its
 * Traditional forms — OpenCC standard, and the Taiwan and Hong Kong variants of those — map back
 * to it. A Traditional form the library itself uses as a character is left out, so converting a
 * query never changes a character that occurs in the library as written. (Reading the character
 * tables directly takes milliseconds; building opencc-js's phrase converters takes seconds.)
 *
 * Returns the pairs as one string, each Traditional character followed by its Simplified one.
 */
export function traditionalPairs(text: string): string {
  // The distinct characters first: the library's text runs to millions of characters, its Han set to a few thousand.
  const used = new Set([...new Set(text)].filter((c) => /\p{Script=Han}/u.test(c)));
  const variants = (dict: string) => new Map(entries(dict).map(([standard, ...forms]) => [standard, forms]));
  const regional = [variants(twVariants), variants(hkVariants)];
  const pairs = new Map<string, string>();
  for (const [simplified = '', ...traditionals] of entries(simplifiedToTraditional)) {
    if (!used.has(simplified)) continue;
    const forms = traditionals.flatMap((t) => [t, ...regional.flatMap((map) => map.get(t) ?? [])]);
    for (const form of forms) {
      if (form !== simplified && [...form].length === 1 && !used.has(form) && !pairs.has(form))
        pairs.set(form, simplified);
    }
  }
  return [...pairs].map(([t, s]) => `${t}${s}`).join('');
}

/** An OpenCC dictionary string ("key value value|key value…") as lists of its words. */
function entries(dict: string): string[][] {
  return dict.split('|').map((entry) => entry.split(' ').filter(Boolean));
}
