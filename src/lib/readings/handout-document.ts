/**
 * A printed handout as plain blocks of text: what the Word copy is written from. The blocks are
 * read from the handout as it prints (see handout-reader.ts), so paper and Word say the same.
 * Text only, never markup: a title or note from a link stays the characters it was.
 */

export interface HandoutRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Citations and labels: smaller, grey. */
  small?: boolean;
}

export type HandoutBlock =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string; pageBreak?: boolean }
  | { kind: 'paragraph'; runs: HandoutRun[]; quote?: boolean; pageBreak?: boolean }
  /** A list item; `marker` is what it printed with ("1." or "•"), `depth` 0 for a top-level list. */
  | { kind: 'item'; runs: HandoutRun[]; marker: string; depth: number }
  /** A QR code of `address` with its caption (扫码…); `cover` for a list's or path's own, drawn larger. */
  | { kind: 'qr'; address: string; caption: HandoutRun[]; cover: boolean; pageBreak?: boolean };

const CJK = '\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f';
const BETWEEN_CJK = new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}])`, 'g');
/** Full-width punctuation (：，。（）〔〕…), beside which a space is never wanted. */
const PUNCTUATION = '\u3000-\u303f\uff00-\uffef';
const BY_PUNCTUATION = new RegExp(`\\s+(?=[${PUNCTUATION}])|(?<=[${PUNCTUATION}])\\s+`, 'g');

/**
 * Where the page separates two pieces by layout alone (the gap in a flex row), the reader puts
 * this mark; it becomes one space, unless punctuation or the end of the line is next to it.
 */
export const GAP = '\ue000';

/**
 * Text as a reader sees it: runs of white space (source line breaks, indentation) become one
 * space, and none is left between two Chinese characters or beside full-width punctuation,
 * where a browser shows none either.
 */
export function readableSpacing(text: string): string {
  return text.replace(/\s+/g, ' ').replace(BETWEEN_CJK, '').replace(BY_PUNCTUATION, '');
}

/** Joins neighbouring runs of the same look and trims the ends, so a paragraph is as few runs as it needs. */
export function tidyRuns(runs: HandoutRun[]): HandoutRun[] {
  const out: HandoutRun[] = [];
  for (const run of runs) {
    const last = out.at(-1);
    if (last && last.bold === run.bold && last.italic === run.italic && last.small === run.small)
      last.text = readableSpacing(last.text + run.text);
    else out.push({ ...run, text: readableSpacing(run.text) });
  }
  // A space left where two runs meet, between Chinese characters or beside punctuation, goes too.
  const cjk = new RegExp(`[${CJK}]`);
  const mark = new RegExp(`[${PUNCTUATION}]`);
  out.forEach((run, index) => {
    const before = out[index - 1];
    if (!before || !(/\s$/.test(before.text) || /^\s/.test(run.text))) return;
    const left = before.text.trimEnd().at(-1) ?? '';
    const right = run.text.trimStart().at(0) ?? '';
    if ((cjk.test(left) && cjk.test(right)) || mark.test(left) || mark.test(right)) {
      before.text = before.text.trimEnd();
      run.text = run.text.trimStart();
    }
  });
  if (out[0]) out[0].text = out[0].text.trimStart();
  const end = out.at(-1);
  if (end) end.text = end.text.trimEnd();
  // Layout gaps become one space — none beside punctuation or at either end — looking across
  // runs, since a gap often sits where two runs meet.
  const chars = out.flatMap((run, index) => [...run.text].map((char) => ({ char, run: index })));
  const punctuation = new RegExp(`[${PUNCTUATION}]`);
  const kept: typeof chars = [];
  for (let i = 0; i < chars.length; i++) {
    if (
      chars[i]!.char !== GAP &&
      !(chars[i]!.char === ' ' && (chars[i + 1]?.char === GAP || chars[i - 1]?.char === GAP))
    ) {
      kept.push(chars[i]!);
      continue;
    }
    let j = i;
    while (j < chars.length && (chars[j]!.char === GAP || chars[j]!.char === ' ')) j++;
    const before = kept.at(-1)?.char;
    const after = chars[j]?.char;
    if (before !== undefined && after !== undefined && !punctuation.test(before) && !punctuation.test(after))
      kept.push({ char: ' ', run: chars[i]!.run });
    i = j - 1;
  }
  out.forEach(
    (run, index) =>
      (run.text = kept
        .filter((c) => c.run === index)
        .map((c) => c.char)
        .join('')),
  );
  return out.filter((run) => run.text !== '');
}

/** A file name for the handout: its title without characters Windows refuses, and the date. */
export function handoutFileName(title: string, date: Date): string {
  const safe =
    title
      .replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 60) || '讲义';
  const day = `${date.getFullYear()}${String(date.getMonth() + 1).padStart(2, '0')}${String(date.getDate()).padStart(2, '0')}`;
  return `${safe}-讲义-${day}.docx`;
}
