// What a Word handout holds, read as Word reads it: the text of document.xml, and each picture
// with the paragraph under it — each QR code decoded by a real QR reader (jsQR), not by the
// encoder that drew it.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { execFileSync } from 'node:child_process';

const unzip = (file: string, part: string) =>
  execFileSync('unzip', ['-p', file, part], { maxBuffer: 32 * 1024 * 1024 });

export interface WordPicture {
  /** What the QR code in the picture says, or null when no code can be read from it. */
  decoded: string | null;
  /** The text of the paragraph after the picture's (its caption). */
  caption: string;
}

const paragraphText = (xml: string) =>
  (xml.match(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('');
const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The pictures of a .docx, in document order, each decoded, with the caption under it. */
export function wordPictures(file: string): WordPicture[] {
  const xml = unzip(file, 'word/document.xml').toString('utf8');
  const rels = unzip(file, 'word/_rels/document.xml.rels').toString('utf8');
  const target = (id: string) =>
    rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))?.[1] ??
    rels.match(new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`))?.[1];
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  const pictures: WordPicture[] = [];
  paragraphs.forEach((paragraph, index) => {
    for (const [, id] of paragraph.matchAll(/<a:blip r:embed="([^"]+)"/g)) {
      const path = target(id!);
      if (!path) throw new Error(`picture ${id} has no relationship`);
      const png = PNG.sync.read(unzip(file, `word/${path}`));
      const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      pictures.push({ decoded: code?.data ?? null, caption: unescapeXml(paragraphText(paragraphs[index + 1] ?? '')) });
    }
  });
  return pictures;
}

/** How many drawings document.xml holds, counted as Word would. */
export const drawingCount = (xml: string) => (xml.match(/<w:drawing>/g) ?? []).length;
