/** Removes whitespace, which the source text breaks lines with at random. */
export function normalizeText(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

/** Removes marked quotations (`<Quote …>…</Quote>`): quoting is allowed, copying is not. */
export function withoutQuotations(mdx: string): string {
  return mdx.replace(/<Quote\b[^>]*>[\s\S]*?<\/Quote>/g, '');
}

/**
 * Hides what is a name rather than prose: short quoted names (“平安e家”“平安永济随手拍”), which a
 * list of names would otherwise string into a long shared run, and the title/aliases/term fields.
 */
export function withoutNames(text: string): string {
  return text.replace(/^\s*(title|aliases|term):.*$/gm, '').replace(/“[^“”]{1,12}”/g, '〇');
}

/**
 * Finds every stretch of `text` at least `minLength` characters long that also stands in
 * `source`, each extended as far as it goes. Both are compared without whitespace.
 */
export function sharedRuns(text: string, source: string, minLength: number): string[] {
  const haystack = normalizeText(source);
  const needle = normalizeText(text);
  const grams = new Set<string>();
  for (let i = 0; i + minLength <= haystack.length; i++) grams.add(haystack.slice(i, i + minLength));
  const runs: string[] = [];
  for (let i = 0; i + minLength <= needle.length; i++) {
    if (!grams.has(needle.slice(i, i + minLength))) continue;
    let end = i + minLength;
    while (end < needle.length && haystack.includes(needle.slice(i, end + 1))) end++;
    runs.push(needle.slice(i, end));
    i = end - 1;
  }
  return runs;
}
