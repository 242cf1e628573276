/**
 * The one text fold of search: full-width letters and digits become half-width (ＢＡ → ba,
 * ３４５６ → 3456) and letters become lower case. The build folds the lexicon with it and the
 * browser folds queries and pages with it, so both sides compare the same strings.
 */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}
