import { GAP, tidyRuns, type HandoutBlock, type HandoutRun } from '~/lib/readings/handout-document';

/** What never reaches paper: screen-only controls, hidden parts, pictures, screen-reader text. */
const SKIP =
  '.no-print, [hidden], script, style, template, svg, img, button, input, textarea, select, noscript, .sr-only, .term-tip, [aria-hidden="true"]';
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

type Look = Omit<HandoutRun, 'text'>;

const isBlock = (node: Node): node is Element => node instanceof Element && BLOCKS.has(node.tagName);
const skipped = (node: Node) => node instanceof Element && node.matches(SKIP);
/** A row or grid whose pieces the page sets apart by a gap, not by any character. */
const laidOut = (node: Element) => /flex|grid/.test(getComputedStyle(node).display);

/** The runs of an element's inline content, with the look its tags give (bold, italic, small). */
function inlineRuns(node: Node, look: Look = {}): HandoutRun[] {
  if (node.nodeType === Node.TEXT_NODE) return [{ text: node.textContent ?? '', ...look }];
  if (!(node instanceof Element) || skipped(node)) return [];
  const inner = (more: Look = {}) => {
    const gap = laidOut(node) ? [{ text: GAP, ...look }] : [];
    return [...node.childNodes].flatMap((child, index) => [
      ...(index > 0 && child instanceof Element ? gap : []),
      ...inlineRuns(child, { ...look, ...more }),
    ]);
  };
  switch (node.tagName) {
    case 'STRONG':
    case 'B':
    case 'TH':
      return inner({ bold: true });
    case 'EM':
    case 'I':
      return inner({ italic: true });
    case 'Q':
      return [{ text: '“', ...look }, ...inner(), { text: '”', ...look }];
    case 'BR':
      return [{ text: ' ', ...look }];
    case 'SMALL':
      return [{ text: '（', ...look, small: true }, ...inner({ small: true }), { text: '）', ...look, small: true }];
    case 'SUP':
      // A citation mark: its brackets are drawn by CSS, so they are written out here.
      return node.classList.contains('cite')
        ? [{ text: '〔', ...look, small: true }, ...inner({ small: true }), { text: '〕', ...look, small: true }]
        : inner();
    default:
      // A block inside inline content (a paragraph in a list item) reads as the next phrase.
      return isBlock(node) ? [{ text: ' ', ...look }, ...inner(), { text: ' ', ...look }] : inner();
  }
}

const plain = (runs: HandoutRun[]) =>
  tidyRuns(runs)
    .map((run) => run.text)
    .join('');

/**
 * Reads a handout as it prints — the page's content with everything marked no-print left out and
 * the print-only parts included — into blocks for the Word copy. Headings stay headings (h4 and
 * below become level 4), lists keep the markers they print with, a page break before an entry
 * stays a page break.
 */
export function readHandout(root: Element): HandoutBlock[] {
  const blocks: HandoutBlock[] = [];
  let pending: HandoutRun[] = [];
  let pageBreak = false;

  const paragraph = (runs: HandoutRun[], quote = false) => {
    const tidy = tidyRuns(runs);
    if (tidy.length === 0) return;
    blocks.push({ kind: 'paragraph', runs: tidy, ...(quote ? { quote } : {}), ...(pageBreak ? { pageBreak } : {}) });
    pageBreak = false;
  };
  const flush = (quote: boolean) => {
    paragraph(pending, quote);
    pending = [];
  };

  const list = (element: Element, depth: number) => {
    const items = [...element.children].filter((item) => item.tagName === 'LI' && !skipped(item));
    // Chips (自治 法治 德治): a row of short items reads as one line, 自治、法治、德治.
    if (laidOut(element) && items.every((item) => ![...item.children].some(isBlock))) {
      const runs = tidyRuns(
        items.flatMap((item, index) => [...(index > 0 ? [{ text: '、' }] : []), ...inlineRuns(item)]),
      );
      if (runs.length > 0) blocks.push({ kind: 'item', runs, marker: '', depth });
      return;
    }
    const ordered = element.tagName === 'OL';
    const marked = getComputedStyle(element).listStyleType !== 'none';
    let number = Number(element.getAttribute('start') ?? 1);
    for (const item of items) {
      const marker = marked ? (ordered ? `${number}.` : '•') : '';
      number++;
      // The item's own text, a line for each block in it (a card: meta line, title, note); a list
      // inside it follows, one level in. Lines after the first carry no marker, indented alike.
      const own = [...item.childNodes].filter(
        (child) => !(child instanceof Element && (child.tagName === 'UL' || child.tagName === 'OL')),
      );
      const lines: HandoutRun[][] = [[]];
      for (const child of own) {
        if (isBlock(child) && !skipped(child))
          lines.push(inlineRuns(child, /^H[1-6]$/.test(child.tagName) ? { bold: true } : {}), []);
        else lines.at(-1)?.push(...inlineRuns(child));
      }
      let first = true;
      for (const line of lines) {
        const runs = tidyRuns(line);
        if (runs.length === 0) continue;
        blocks.push({ kind: 'item', runs, marker: first ? marker : '', depth });
        first = false;
      }
      for (const nested of item.querySelectorAll(':scope > ul, :scope > ol'))
        if (!skipped(nested)) list(nested, depth + 1);
    }
  };

  const walk = (element: Element, quote: boolean) => {
    for (const child of element.childNodes) {
      if (!(child instanceof Element)) {
        pending.push(...inlineRuns(child));
        continue;
      }
      if (skipped(child)) continue;
      if (!isBlock(child)) {
        pending.push(...inlineRuns(child));
        continue;
      }
      flush(quote);
      if (getComputedStyle(child).breakBefore === 'page') pageBreak = true;
      const tag = child.tagName;
      // A QR code the page drew (see fillHandoutAddresses): the Word copy draws the same code.
      const address = child instanceof HTMLElement ? child.dataset['qrAddress'] : undefined;
      if (address) {
        const caption = child.querySelector('figcaption');
        blocks.push({
          kind: 'qr',
          address,
          caption: caption ? tidyRuns(inlineRuns(caption, { small: true })) : [],
          cover: child.classList.contains('handout-qr-cover') || !child.closest('.handout-entry'),
          ...(pageBreak ? { pageBreak } : {}),
        });
        pageBreak = false;
        continue;
      }
      if (/^H[1-6]$/.test(tag)) {
        const text = plain(inlineRuns(child));
        if (text)
          blocks.push({
            kind: 'heading',
            level: Math.min(Number(tag[1]), 4) as 1 | 2 | 3 | 4,
            text,
            ...(pageBreak ? { pageBreak } : {}),
          });
        pageBreak = false;
      } else if (
        tag === 'P' ||
        tag === 'FIGCAPTION' ||
        tag === 'DT' ||
        tag === 'DD' ||
        tag === 'SUMMARY' ||
        tag === 'PRE'
      ) {
        paragraph(inlineRuns(child, tag === 'DT' ? { bold: true } : {}), quote);
      } else if (tag === 'DL') {
        // 适合：培训班学员 — each term with its descriptions, on one line.
        let line: HandoutRun[] = [];
        for (const part of child.children) {
          if (skipped(part)) continue;
          if (part.tagName === 'DT') {
            paragraph(line, quote);
            line = [...inlineRuns(part, { bold: true }), { text: '：', bold: true }];
          } else line.push(...inlineRuns(part));
        }
        paragraph(line, quote);
      } else if (tag === 'UL' || tag === 'OL') {
        list(child, 0);
      } else if (tag === 'TR') {
        paragraph(
          [...child.children].flatMap((cell) => [...inlineRuns(cell), { text: GAP }]),
          quote,
        );
      } else {
        walk(child, quote || tag === 'BLOCKQUOTE');
        flush(quote || tag === 'BLOCKQUOTE');
      }
    }
  };
  walk(root, false);
  flush(false);
  return blocks;
}
