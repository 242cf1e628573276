// `npm run source:add -- <file.docx|file.txt|file.md> [--id <id>]`: a Word, text or Markdown
// document becomes a source — its text in content/source-texts/<id>.txt, split into numbered parts
// (./split.ts), and its entry in content/sources.yaml with placeholders for what an editor writes.
// A file that cannot be read (an old .doc, an encrypted or empty file, not a document) is refused
// with a Chinese message, and nothing is written.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import mammoth from 'mammoth';
import { parse, stringify } from 'yaml';
import { pad, width as columns } from '../../src/lib/sources/coverage.ts';
import { partMarker, SOURCE_TEXTS_DIR } from '../../src/lib/sources/source-text.ts';
import { PLACEHOLDER_TEXT } from '../../src/lib/library/placeholders.ts';
import { splitDocument, type Paragraph, type SplitDocument } from './split.ts';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SOURCES_FILE = 'content/sources.yaml';

/** Thrown for a file or an id that cannot be imported; its message is for the editor. */
export class ImportRefused extends Error {}

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Whether a Compound File (old Office format) holds an encrypted OOXML package. */
function isEncryptedPackage(bytes: Buffer): boolean {
  return (
    bytes.includes(Buffer.from('EncryptionInfo', 'utf16le')) ||
    bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'))
  );
}

/** What kind of file the bytes are, by their first bytes rather than the name. */
export function sniff(bytes: Buffer): 'empty' | 'zip' | 'cfb-encrypted' | 'cfb' | 'pdf' | 'binary' | 'text' {
  if (
    bytes
      .toString('utf8')
      .trim()
      .replace(/^\uFEFF/, '').length === 0
  )
    return 'empty';
  if (bytes.subarray(0, 4).equals(ZIP)) return 'zip';
  if (bytes.subarray(0, 8).equals(CFB)) return isEncryptedPackage(bytes) ? 'cfb-encrypted' : 'cfb';
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (bytes.includes(0)) return 'binary';
  return 'text';
}

/** The paragraphs of a .docx, from mammoth's HTML: headings, paragraphs, list items, table cells. */
export async function docxParagraphs(bytes: Buffer, name: string): Promise<Paragraph[]> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch (error) {
    throw new ImportRefused(
      `无法读取文件“${name}”：它不是有效的 Word 文档（.docx），可能已损坏。（${(error as Error).message}）`,
    );
  }
  const decode = (s: string) =>
    s
      .replace(/<br\s*\/?>/g, ' ')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&')
      .trim();
  const paragraphs: Paragraph[] = [];
  for (const match of html.matchAll(/<(h[1-6]|p|li)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
    const [, tag = '', inner = ''] = match;
    const text = decode(inner);
    if (!text) continue;
    const bold = /^(?:<a [^>]*><\/a>)*<strong>([\s\S]*?)<\/strong>/.exec(inner);
    const paragraph: Paragraph = { text };
    if (tag.startsWith('h')) paragraph.heading = Number(tag.slice(1));
    if (bold?.[1]) paragraph.boldLead = decode(bold[1]);
    paragraphs.push(paragraph);
  }
  return paragraphs;
}

/** The paragraphs of a text or Markdown file: one a line; Markdown `#` headings and `**bold**` leads. */
export function textParagraphs(text: string, markdown: boolean): Paragraph[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line): Paragraph => {
      if (!markdown) return { text: line };
      const heading = /^(#{1,6})\s+(.*)$/.exec(line);
      if (heading) return { text: (heading[2] ?? '').replace(/\*\*|__/g, ''), heading: heading[1]?.length ?? 1 };
      const bold = /^\*\*(.+?)\*\*/.exec(line);
      const plain = line.replace(/\*\*|__/g, '').replace(/^[-*]\s+/, '');
      return bold?.[1] ? { text: plain, boldLead: bold[1] } : { text: plain };
    });
}

/** Reads a file into paragraphs, refusing what is not a readable document. */
export async function readDocument(path: string): Promise<Paragraph[]> {
  const name = basename(path);
  if (!existsSync(path)) throw new ImportRefused(`找不到文件“${path}”。`);
  const ext = extname(path).toLowerCase();
  const bytes = readFileSync(path);
  const kind = sniff(bytes);
  if (kind === 'empty') throw new ImportRefused(`文件“${name}”是空的，没有可导入的内容。`);
  if (kind === 'cfb-encrypted') {
    throw new ImportRefused(
      `文件“${name}”设有打开密码（加密的 Word 文件），无法读取。请在 Word 中取消密码（文件 → 信息 → 保护文档 → 用密码进行加密，清空密码），保存为 .docx 后再导入。`,
    );
  }
  if (kind === 'cfb') {
    throw new ImportRefused(
      `文件“${name}”是旧版 Word 格式（.doc），无法直接导入。请用 Word 或 WPS 打开，另存为“Word 文档（*.docx）”后再导入。`,
    );
  }
  if (ext === '.docx') {
    if (kind !== 'zip')
      throw new ImportRefused(
        `文件“${name}”的扩展名是 .docx，但它不是 Word 文档（内容不是 .docx 格式）。请用 Word 或 WPS 打开后另存为 .docx 再导入。`,
      );
    const paragraphs = await docxParagraphs(bytes, name);
    if (paragraphs.length === 0) throw new ImportRefused(`文件“${name}”里没有文字，没有可导入的内容。`);
    return paragraphs;
  }
  if (ext === '.txt' || ext === '.md') {
    if (kind !== 'text')
      throw new ImportRefused(`文件“${name}”不是文本文件（内容是二进制数据），无法作为 ${ext} 导入。`);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new ImportRefused(
        `文件“${name}”不是 UTF-8 编码的文本（可能是 GBK 编码）。请用记事本或 WPS 打开，另存为 UTF-8 编码后再导入。`,
      );
    }
    return textParagraphs(text, ext === '.md');
  }
  if (ext === '.doc')
    throw new ImportRefused(`文件“${name}”无法识别为旧版 Word 文档。请用 Word 或 WPS 打开，另存为 .docx 后再导入。`);
  throw new ImportRefused(
    `不支持的文件类型“${ext || '（无扩展名）'}”：只能导入 Word 文档（.docx）、文本（.txt）或 Markdown（.md）文件。`,
  );
}

/** An id from the file's name (`Yongji Report 2025.docx` → `yongji-report-2025`), or undefined. */
export function idFromName(path: string): string | undefined {
  const id = basename(path, extname(path))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ID_PATTERN.test(id) ? id : undefined;
}

/** The stored text: the title, then each part's marker and paragraphs. */
export function sourceText(doc: SplitDocument): string {
  const blocks = doc.title ? [doc.title] : [];
  for (const part of doc.parts) blocks.push(`${partMarker(part.id)}\n${part.paragraphs.join('\n\n')}`);
  return `${blocks.join('\n\n')}\n`;
}

/** The entry for content/sources.yaml, as YAML text (a list item), with placeholders to fill in. */
export function sourceEntry(id: string, doc: SplitDocument, fileName: string): string {
  const entry = {
    id,
    title: doc.title ?? `${PLACEHOLDER_TEXT}来源标题`,
    short: `${PLACEHOLDER_TEXT}简称`,
    authors: [],
    publisher: null,
    date: null,
    url: null,
    kind: 'primary',
    note: `由 npm run source:add 从“${fileName}”导入，原文见 ${SOURCE_TEXTS_DIR}/${id}.txt。${PLACEHOLDER_TEXT}写明来源是什么、可靠程度和引用时的注意事项。`,
    parts: doc.parts.map((part) => ({
      id: part.id,
      title: part.title,
      covers: `${PLACEHOLDER_TEXT}用本库自己的话概括这一部分讲了什么`,
    })),
  };
  const yaml = stringify([entry], { lineWidth: 0 });
  // A short comment on the fields an editor checks by hand.
  return yaml
    .replace(/^( {2}kind: primary)$/m, '$1 # primary：第一手报道或原始文件；secondary：转载、摘编等较弱的来源')
    .replace(/^( {2}publisher: null)$/m, '$1 # 刊发单位，未注明写 null')
    .replace(/^( {2}date: null)$/m, '$1 # 日期，未注明写 null')
    .replace(/^( {2}url: null)$/m, '$1 # 网址，没有写 null')
    .replace(/^( {2}authors: \[\])$/m, '$1 # 作者，照原文署名');
}

export interface ImportResult {
  id: string;
  doc: SplitDocument;
  textFile: string;
  message: string;
}

/** Imports `file` into the library at `root`, or throws ImportRefused having written nothing. */
export async function importSource(root: string, file: string, requestedId?: string): Promise<ImportResult> {
  const name = basename(file);
  const id = requestedId ?? idFromName(file);
  if (requestedId !== undefined && !ID_PATTERN.test(requestedId)) {
    throw new ImportRefused(`id“${requestedId}”无效：只能用小写英文字母、数字和连字符（-），例如 yongji-report-2025。`);
  }
  if (!id) {
    throw new ImportRefused(
      `无法从文件名“${name}”得出来源 id（只能用小写英文字母、数字和连字符）。请用 --id 指定，例如：npm run source:add -- "${file}" --id yongji-report-2025`,
    );
  }
  const sourcesPath = join(root, SOURCES_FILE);
  if (!existsSync(sourcesPath))
    throw new ImportRefused(`找不到 ${SOURCES_FILE}：请在项目根目录运行 npm run source:add。`);
  const sourcesText = readFileSync(sourcesPath, 'utf8');
  const existing = (parse(sourcesText) as { id?: string }[] | null) ?? [];
  const textFile = join(SOURCE_TEXTS_DIR, `${id}.txt`);
  if (existing.some((source) => source.id === id))
    throw new ImportRefused(`来源“${id}”已经存在（${SOURCES_FILE}）。请用 --id 换一个 id。没有写入任何文件。`);
  if (existsSync(join(root, textFile)))
    throw new ImportRefused(`原文文件 ${textFile} 已经存在。请用 --id 换一个 id。没有写入任何文件。`);

  const doc = splitDocument(await readDocument(file));
  if (doc.parts.length === 0) throw new ImportRefused(`文件“${name}”里只有标题，没有可导入的正文。`);

  mkdirSync(join(root, SOURCE_TEXTS_DIR), { recursive: true });
  writeFileSync(join(root, textFile), sourceText(doc), { flag: 'wx' });
  try {
    writeFileSync(sourcesPath, `${sourcesText.replace(/\n*$/, '\n')}${sourceEntry(id, doc, name)}`);
  } catch (error) {
    rmSync(join(root, textFile), { force: true });
    throw error;
  }

  const idColumns = Math.max(...doc.parts.map((p) => columns(p.id)));
  const rows = doc.parts.map((part) => {
    const chars = part.paragraphs.join('').replace(/\s/g, '').length;
    return `  ${pad(part.id, idColumns)}  ${part.title}（${chars} 字）`;
  });
  const message = [
    `已导入来源“${id}”${doc.title ? `：${doc.title}` : ''}，共 ${doc.parts.length} 个部分：`,
    ...rows,
    '',
    `写入：${textFile}（原文，只供检查，不发布）`,
    `追加：${SOURCES_FILE}（来源条目）`,
    '',
    '下一步：',
    `  1. 在 ${SOURCES_FILE} 中填写“${id}”的 short（简称）、note 和每个部分的 covers（现为“${PLACEHOLDER_TEXT}”），核对 title、authors、kind、publisher、date；`,
    `  2. npm run new -- case <案例 id>，引用时写 { source: ${id}, part: ${doc.parts[0]?.id ?? '§1'} }；`,
    '  3. npm run coverage 查看还有哪些部分和数字没有写到。',
  ].join('\n');
  return { id, doc, textFile, message };
}
