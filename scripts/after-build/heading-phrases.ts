import { loadDefaultSimplifiedChineseParser } from 'budoux';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Headings break between phrases, never inside a word: a browser breaks Chinese between any two
 * characters, so a title could end a line on 从“三 and start the next with 无小区”. The built
 * headings (h1–h3), and the items of lists marked `phrases` (the situations), get a <wbr> at each
 * phrase boundary, and the stylesheet's `word-break: keep-all` leaves the browser no other place
 * to break (overflow-wrap still rescues a phrase wider than the screen). Phrases are BudouX's (Google's phrase breaker, its Simplified Chinese
 * model), joined wherever a boundary falls inside one of the library's own words — BudouX cuts
 * “三|无|小区” and “虞|乡镇”, the search lexicon knows 三无小区 and 虞乡镇 whole.
 */
/** Particles that belong to the word before them. */
const PARTICLES = new Set(['的', '了', '着', '过', '地', '得', '们']);

export class PhraseBreaker {
  readonly #parser = loadDefaultSimplifiedChineseParser();
  /** The library's words by their first character, longest first. */
  readonly #words = new Map<string, string[]>();

  constructor(words: Iterable<string>) {
    for (const word of words) {
      if ([...word].length < 2) continue;
      const first = word[0]!;
      const list = this.#words.get(first);
      if (list) list.push(word);
      else this.#words.set(first, [word]);
    }
    for (const list of this.#words.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Where a line may break in `text`: offsets (in UTF-16 units) between two phrases. */
  breaks(text: string): number[] {
    const inside = new Set<number>();
    // A library word, or a run of digits and Latin letters (3456, AB卷's AB), is never cut.
    for (let at = 0; at < text.length; at++) {
      const word = this.#words.get(text[at]!)?.find((candidate) => text.startsWith(candidate, at));
      if (word) for (let i = at + 1; i < at + word.length; i++) inside.add(i);
    }
    for (const run of text.matchAll(/[0-9A-Za-z]+/g))
      for (let i = run.index + 1; i < run.index + run[0].length; i++) inside.add(i);
    const breaks: number[] = [];
    let offset = 0;
    const phrases = this.#parser.parse(text);
    phrases.forEach((phrase, index) => {
      offset += phrase.length;
      const next = phrases[index + 1] ?? '';
      // A lone character is no phrase: it goes with the next (落不到楼栋), or, a particle, with the one before (党组织的).
      const lone = [...phrase].length === 1 && !/\p{P}/u.test(phrase) && !PARTICLES.has(phrase);
      const particleNext = [...next].length === 1 && PARTICLES.has(next);
      if (lone || particleNext) return;
      if (offset < text.length && !inside.has(offset) && !/\s/.test(text[offset - 1]!) && !/\s/.test(text[offset]!))
        breaks.push(offset);
    });
    return breaks;
  }

  /** `text` (plain, unescaped) with a <wbr> at each break, escaped for HTML. */
  markup(text: string): string {
    let out = '';
    let last = 0;
    for (const at of [...this.breaks(text), text.length]) {
      out += escapeText(text.slice(last, at)) + (at < text.length ? '<wbr>' : '');
      last = at;
    }
    return out;
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (html: string) =>
  html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) =>
    name[0] === '#'
      ? String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
      : (ENTITIES[name.toLowerCase()] ?? whole),
  );
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const HEADING = /(<h([1-3])\b[^>]*>)([\s\S]*?)(<\/h\2>)/g;

/**
 * A heading this short fits one line of the narrowest column it sits in (a phone, a card), so it
 * needs no break points: the <wbr>s would only be bytes (the method page's budget is tight).
 */
const FITS_ONE_LINE = 12;

/** A page's HTML with break points between the phrases of its h1–h3 text (not inside tags or attributes). */
export function phraseHeadings(html: string, breaker: PhraseBreaker): string {
  return html.replace(HEADING, (whole, open: string, _level: string, inner: string, close: string) => {
    if ([...decode(inner.replace(/<[^>]*>/g, ''))].length <= FITS_ONE_LINE) return whole;
    // Only the text between tags is touched; a text run with no Chinese in it is left as it is.
    const body = inner.replace(/(^|>)([^<]+)(?=<|$)/g, (whole, gt: string, text: string) =>
      /[\u3400-\u9fff]/.test(text) ? gt + breaker.markup(decode(text)) : whole,
    );
    return open + body + close;
  });
}

/** A list whose items are sentences read at a glance (the situations, 适用情形): it breaks between phrases too. */
const PHRASED_LIST = /(<ul\b[^>]*\bclass="[^"]*\bphrases\b[^"]*"[^>]*>)([\s\S]*?)(<\/ul>)/g;
const CITATION = /<sup\b[\s\S]*?<\/sup>/g;

/** A page's HTML with break points between the phrases of the items of its `ul.phrases` lists (not in their citation marks). */
export function phraseLists(html: string, breaker: PhraseBreaker): string {
  return html.replace(PHRASED_LIST, (_, open: string, inner: string, close: string) => {
    const citations: string[] = [];
    const bare = inner.replace(CITATION, (citation) => `<sup${citations.push(citation) - 1}>`);
    const phrased = bare.replace(/(^|>)([^<]+)(?=<|$)/g, (whole, gt: string, text: string) =>
      [...text].length > FITS_ONE_LINE && /[\u3400-\u9fff]/.test(text) ? gt + breaker.markup(decode(text)) : whole,
    );
    return open + phrased.replace(/<sup(\d+)>/g, (_m, index: string) => citations[Number(index)] ?? '') + close;
  });
}

/** Every .html file under `dir`. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Puts phrase break points into the headings of every built page; `words` are the library's own. */
export async function phraseBuiltHeadings(outDir: string, words: Iterable<string>): Promise<number> {
  const breaker = new PhraseBreaker(words);
  const files = await htmlFiles(outDir);
  await Promise.all(
    files.map(async (file) => {
      const html = await readFile(file, 'utf8');
      const phrased = phraseLists(phraseHeadings(html, breaker), breaker);
      if (phrased !== html) await writeFile(file, phrased);
    }),
  );
  return files.length;
}
