import { AlignmentType, Document, Footer, HeadingLevel, PageNumber, Paragraph, TextRun } from 'docx';
import type { HandoutBlock, HandoutRun } from './handout-document';

/**
 * A handout as a Word document (.docx) that Word and WPS open and a trainer can edit: the usual
 * Chinese document fonts (宋体 for text, 黑体 for headings), A4, page numbers at the foot, real
 * heading styles (so Word's navigation pane lists the entries). Every piece of text goes in as a
 * text run, which the library escapes: nothing from a title or note can become markup.
 */
export function wordDocument(blocks: HandoutBlock[], title: string): Document {
  const heading = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;
  const runs = (parts: HandoutRun[]) =>
    parts.map((run) => new TextRun({ text: run.text, bold: run.bold ?? false, italics: run.italic ?? false, ...(run.small ? { size: 18, color: '555555' } : {}) }));
  const children = blocks.map((block) => {
    switch (block.kind) {
      case 'heading':
        return new Paragraph({ heading: heading[block.level], pageBreakBefore: block.pageBreak ?? false, keepNext: true, children: [new TextRun(block.text)] });
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
  const headingStyle = (size: number) => ({ run: { font: font('黑体'), size, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 } } });
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
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1021, bottom: 1021, left: 907, right: 907 } } },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页'] })] })] }) },
        children,
      },
    ],
  });
}
