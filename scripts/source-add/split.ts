// Splitting a document into the numbered parts citations point at, from its headings: Word
// heading styles (or Markdown `#`), then 公文 numbering 一、 （一） 1. （1）, then bold run-in
// headings (“**加强组织建设。**全市……”). The two highest levels the document uses become parts:
// the first `§1 §2 …`, the second `§1.1 §1.2 …` inside them. Text before the first heading is
// the part `导语`; a document with no headings at all is one part, `全文`.

/** A paragraph as read from the document. */
export interface Paragraph {
  text: string;
  /** Word heading level (Heading 1 → 1) or Markdown `#` count. */
  heading?: number;
  /** The bold run the paragraph begins with, if any. */
  boldLead?: string;
}

export interface SplitPart {
  id: string;
  /** The heading as the source gives it, without its number. */
  title: string;
  /** The part's paragraphs, its heading first. */
  paragraphs: string[];
}

export interface SplitDocument {
  /** The document's title: its first paragraph, when that is not a numbered heading. */
  title: string | undefined;
  parts: SplitPart[];
}

const NUMBERED: [RegExp, number][] = [
  [/^[一二三四五六七八九十百]+[、．.]/, 10],
  [/^[（(][一二三四五六七八九十百]+[）)]/, 11],
  [/^\d{1,2}[、．.](?!\d)/, 12],
  [/^[（(]\d{1,2}[）)]/, 13],
  [/^[①②③④⑤⑥⑦⑧⑨⑩]/, 13],
];
/** “1 党建引领赋动能” — a number, a space and a short line, as newspapers number sections. */
const SPACED_NUMBER = /^\d{1,2}[ \u3000]+(?=\D)/;
const BOLD_RANK = 14;
const LONGEST_TITLE = 40;

/** The heading level of a paragraph (smaller is higher), or undefined for body text. */
export function headingRank(paragraph: Paragraph): number | undefined {
  const text = paragraph.text.trim();
  if (!text) return undefined;
  if (paragraph.heading) return paragraph.heading;
  for (const [pattern, rank] of NUMBERED) if (pattern.test(text)) return rank;
  if (SPACED_NUMBER.test(text) && text.length <= LONGEST_TITLE && !/[。！？]$/.test(text)) return 12;
  const bold = paragraph.boldLead?.trim();
  if (bold && [...bold].length <= LONGEST_TITLE && bold.length >= 2) return BOLD_RANK;
  return undefined;
}

/** The number a heading begins with, e.g. `一、`, `（一）`, `1.`, `1 `. */
function numberPrefix(text: string): string {
  for (const [pattern] of NUMBERED) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return SPACED_NUMBER.exec(text)?.[0] ?? '';
}

/** A heading's title: without its number, and only the heading of a run-in heading (up to its first stop). */
export function headingTitle(paragraph: Paragraph): string {
  const text = paragraph.text.trim();
  const prefix = numberPrefix(text);
  const bold = paragraph.boldLead?.trim();
  let title = bold && bold.length > prefix.length ? bold : text;
  if (title.startsWith(prefix)) title = title.slice(prefix.length);
  title = title.trim();
  const stop = /[。！？；：:]/.exec(title);
  if (stop && stop.index > 0) title = title.slice(0, stop.index);
  const chars = [...title];
  return chars.length > LONGEST_TITLE ? `${chars.slice(0, LONGEST_TITLE).join('')}…` : title;
}

export function splitDocument(input: readonly Paragraph[]): SplitDocument {
  const paragraphs = input.map((p) => ({ ...p, text: p.text.trim() })).filter((p) => p.text.length > 0);
  let title: string | undefined;
  const first = paragraphs[0];
  if (
    first &&
    paragraphs.length > 1 &&
    [...first.text].length <= 60 &&
    (headingRank(first) === undefined || headingRank(first) === 1 || headingRank(first) === BOLD_RANK)
  ) {
    title = first.text;
    paragraphs.shift();
  }

  const ranks = [...new Set(paragraphs.map(headingRank).filter((r): r is number => r !== undefined))].sort(
    (a, b) => a - b,
  );
  const [top, second] = ranks;
  const parts: SplitPart[] = [];
  const lead: string[] = [];
  let major = 0;
  let minor = 0;
  for (const paragraph of paragraphs) {
    const rank = headingRank(paragraph);
    if (rank !== undefined && rank === top) {
      major += 1;
      minor = 0;
      parts.push({ id: `§${major}`, title: headingTitle(paragraph), paragraphs: [paragraph.text] });
    } else if (rank !== undefined && rank === second && major > 0) {
      minor += 1;
      parts.push({ id: `§${major}.${minor}`, title: headingTitle(paragraph), paragraphs: [paragraph.text] });
    } else if (parts.length > 0) {
      parts.at(-1)?.paragraphs.push(paragraph.text);
    } else {
      lead.push(paragraph.text);
    }
  }
  if (parts.length === 0)
    return { title, parts: lead.length > 0 ? [{ id: '全文', title: '全文', paragraphs: lead }] : [] };
  if (lead.length > 0) parts.unshift({ id: '导语', title: '导语', paragraphs: lead });
  return { title, parts };
}
