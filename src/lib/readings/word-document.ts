import { AlignmentType, Document, Footer, HeadingLevel, ImageRun, PageNumber, Paragraph, TextRun } from 'docx';
import type { HandoutBlock, HandoutRun } from './handout-document';

/** A QR code's printed width: 26 mm beside an entry, 34 mm on the cover (in Word's 96-to-the-inch pixels). */
const QR_PIXELS = { entry: Math.round((26 / 25.4) * 96), cover: Math.round((34 / 25.4) * 96) };

/**
 * A handout as a Word document (.docx) that Word and WPS open and a trainer can edit: the usual
 * Chinese document fonts (宋体 for text, 黑体 for headings), A4, page numbers at the foot, real
 * heading styles (so Word's navigation pane lists the entries), and each QR code the paper has,
 * as a picture (`pictures`: PNG bytes by the address the code holds) with its caption. Every
 * piece of text goes in as a text run, which the library escapes: nothing from a title or note
 * can become markup.
 */
export function wordDocument(
  blocks: HandoutBlock[],
  title: string,
  pictures: ReadonlyMap<string, Uint8Array> = new Map(),
): Document {
  const heading = {
    1: HeadingLevel.HEADING_1,
    2: HeadingLevel.HEADING_2,
    3: HeadingLevel.HEADING_3,
    4: HeadingLevel.HEADING_4,
  } as const;
  const runs = (parts: HandoutRun[]) =>
    parts.map(
      (run) =>
        new TextRun({
          text: run.text,
          bold: run.bold ?? false,
          italics: run.italic ?? false,
          ...(run.small ? { size: 18, color: '555555' } : {}),
        }),
    );
  const children = blocks.flatMap((block) => {
    switch (block.kind) {
      case 'qr': {
        const png = pictures.get(block.address);
        // No picture, no promise: the caption (扫码…) goes too, and the address stays in the text.
        if (!png) return block.pageBreak ? [new Paragraph({ pageBreakBefore: true })] : [];
        const side = block.cover ? QR_PIXELS.cover : QR_PIXELS.entry;
        return [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            pageBreakBefore: block.pageBreak ?? false,
            keepNext: true,
            spacing: { after: 0 },
            children: [
              new ImageRun({
                type: 'png',
                data: png,
                transformation: { width: side, height: side },
                altText: { name: '二维码', description: block.address, title: '二维码' },
              }),
            ],
          }),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: runs(block.caption) }),
        ];
      }
      case 'heading':
        return new Paragraph({
          heading: heading[block.level],
          pageBreakBefore: block.pageBreak ?? false,
          keepNext: true,
          children: [new TextRun(block.text)],
        });
      case 'item':
        return new Paragraph({
          indent: { left: 420 * (block.depth + 1), hanging: 420 },
          children: [new TextRun(`${block.marker}\t`), ...runs(block.runs)],
        });
      case 'paragraph':
        return new Paragraph({
          pageBreakBefore: block.pageBreak ?? false,
          ...(block.quote ? { indent: { left: 420 } } : {}),
          children: runs(block.runs),
        });
    }
  });
  const font = (eastAsia: string) => ({ ascii: 'Arial', hAnsi: 'Arial', eastAsia });
  const headingStyle = (size: number) => ({
    run: { font: font('黑体'), size, bold: true, color: '000000' },
    paragraph: { spacing: { before: 240, after: 120 } },
  });
  return new Document({
    title,
    creator: '基层治理方法库',
    styles: {
      default: {
        document: { run: { font: font('宋体'), size: 24 }, paragraph: { spacing: { after: 120, line: 360 } } },
        heading1: headingStyle(36),
        heading2: headingStyle(32),
        heading3: headingStyle(28),
        heading4: headingStyle(24),
      },
    },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1021, bottom: 1021, left: 907, right: 907 } },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页'] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}
