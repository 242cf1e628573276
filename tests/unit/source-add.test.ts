// `npm run source:add`: a 公文-style Word document is split into numbered parts and added as a
// source; a file that cannot be read, or an id that is taken or invalid, gets a Chinese message
// and leaves every file as it was.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coverageReport } from '~/lib/sources/coverage';
import { readCoverageInput } from '~/lib/sources/coverage-files';
import { parseSourceText } from '~/lib/sources/source-text';
import { splitDocument, type Paragraph } from '../../scripts/source-add/split.ts';
import { GONGWEN_TITLE, gongwenDocx } from '../build/gongwen-docx.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const NODE = join(ROOT, 'node_modules/.bin/node');
const SCRIPT = join(ROOT, 'scripts/source-add.ts');

describe('splitDocument', () => {
  const p = (text: string, extra: Partial<Paragraph> = {}): Paragraph => ({ text, ...extra });

  it('takes the two highest levels of 公文 numbering as parts, and the text before them as 导语', () => {
    const doc = splitDocument([
      p('标题'),
      p('导语文字。'),
      p('一、总体要求'),
      p('（一）指导思想。正文。'),
      p('1. 细项。'),
      p('（1）更细。'),
      p('二、主要任务'),
      p('正文。'),
    ]);
    expect(doc.title).toBe('标题');
    expect(doc.parts.map((part) => [part.id, part.title])).toEqual([
      ['导语', '导语'],
      ['§1', '总体要求'],
      ['§1.1', '指导思想'],
      ['§2', '主要任务'],
    ]);
    expect(doc.parts[2]?.paragraphs).toEqual(['（一）指导思想。正文。', '1. 细项。', '（1）更细。']);
  });

  it('uses Word heading styles first, numbered 1. items and bold run-ins when nothing else', () => {
    expect(
      splitDocument([
        p('文件', { heading: 1 }),
        p('第一章', { heading: 2 }),
        p('一、甲'),
        p('第二章', { heading: 2 }),
      ]).parts.map((x) => x.id),
    ).toEqual(['§1', '§1.1', '§2']);
    expect(splitDocument([p('题目'), p('1. 第一条：内容'), p('2、第二条')]).parts.map((x) => x.title)).toEqual([
      '第一条',
      '第二条',
    ]);
    const bold = splitDocument([
      p('题目'),
      p('加强阵地建设。正文', { boldLead: '加强阵地建设。' }),
      p('正文二'),
      p('完善机制。正文', { boldLead: '完善机制。' }),
    ]);
    expect(bold.parts.map((x) => [x.id, x.title])).toEqual([
      ['§1', '加强阵地建设'],
      ['§2', '完善机制'],
    ]);
  });

  it('reads newspaper section numbers (“1 党建引领赋动能”) but not a figure starting a sentence', () => {
    const doc = splitDocument([
      p('题目'),
      p('导语。'),
      p('1 党建引领赋动能 基层治理活力足'),
      p('1.7万人次参加。'),
      p('2 围绕目标优服务'),
    ]);
    expect(doc.parts.map((x) => [x.id, x.title])).toEqual([
      ['导语', '导语'],
      ['§1', '党建引领赋动能 基层治理活力足'],
      ['§2', '围绕目标优服务'],
    ]);
  });

  it('makes a document without headings one part, 全文', () => {
    expect(
      splitDocument([
        p('一段很长的正文，没有任何标题，也没有编号，只有文字而已，而且不止一句话。'),
        p('第二段。'),
      ]).parts.map((x) => x.id),
    ).toEqual(['全文']);
  });
});

/** A copy of the fixture library's content/ to import into, and the files in it. */
let dir: string;
const tree = () =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .sort()
      .map((name) => {
        try {
          return [name, readFileSync(join(dir, name), 'utf8')];
        } catch {
          return [name, '(folder)'];
        }
      }),
  );
const run = (...args: string[]) => {
  const result = spawnSync(NODE, [SCRIPT, ...args], { cwd: dir, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};
let inputs: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'source-add-'));
  cpSync(join(ROOT, 'tests/fixtures/content-good'), join(dir, 'content'), { recursive: true });
  mkdirSync(join(dir, 'content/source-texts'));
  inputs = mkdtempSync(join(tmpdir(), 'source-add-inputs-'));
  writeFileSync(join(inputs, 'report.docx'), await gongwenDocx());
  const cfb = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
  Buffer.from('WordDocument', 'utf16le').copy(cfb, 1024);
  writeFileSync(join(inputs, 'old.doc'), cfb);
  writeFileSync(join(inputs, 'old-renamed.docx'), cfb);
  const encrypted = Buffer.from(cfb);
  Buffer.from('EncryptionInfo', 'utf16le').copy(encrypted, 1100);
  writeFileSync(join(inputs, 'locked.docx'), encrypted);
  writeFileSync(join(inputs, 'empty.docx'), '');
  writeFileSync(join(inputs, 'blank.txt'), '\n \n');
  writeFileSync(join(inputs, 'notes.docx'), '这只是改了扩展名的文本。');
  writeFileSync(join(inputs, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  writeFileSync(join(inputs, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  writeFileSync(join(inputs, 'gbk.txt'), Buffer.from([0xd3, 0xc0, 0xbc, 0xc3, 0xca, 0xd0]));
  writeFileSync(join(inputs, '报告.md'), '# 标题\n\n正文。\n');
  writeFileSync(
    join(inputs, 'broken.docx'),
    Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 1)]),
  );
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(inputs, { recursive: true, force: true });
});

describe('importing a 公文-style Word document', () => {
  let result: ReturnType<typeof run>;
  beforeAll(() => {
    result = run(join(inputs, 'report.docx'), '--id', 'test-report');
  });

  it('says what it imported, part by part, and what to do next', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`已导入来源“test-report”：${GONGWEN_TITLE}，共 8 个部分：`);
    expect(result.stdout).toMatch(/§1\.1 +强化组织引领（\d+ 字）/);
    expect(result.stdout).toContain('写入：content/source-texts/test-report.txt（原文，只供检查，不发布）');
    expect(result.stdout).toContain('npm run new -- case <案例 id>');
  });

  it('adds the source to sources.yaml with its parts and placeholders, keeping what was there', () => {
    const yaml = readFileSync(join(dir, 'content/sources.yaml'), 'utf8');
    expect(
      yaml.startsWith(readFileSync(join(ROOT, 'tests/fixtures/content-good/sources.yaml'), 'utf8').trimEnd()),
    ).toBe(true);
    const added = (
      parse(yaml) as {
        id: string;
        title: string;
        short: string;
        kind: string;
        parts: { id: string; title: string; covers: string }[];
      }[]
    ).at(-1);
    expect(added?.id).toBe('test-report');
    expect(added?.title).toBe(GONGWEN_TITLE);
    expect(added?.short).toBe('【待填写】简称');
    expect(added?.kind).toBe('primary');
    expect(added?.parts.map((p) => `${p.id} ${p.title}`)).toEqual([
      '导语 导语',
      '§1 主要做法',
      '§1.1 强化组织引领',
      '§1.2 完善服务网络',
      '§2 取得成效',
      '§3 下一步打算',
      '§3.1 深化网格治理',
      '§3.2 提升服务水平',
    ]);
    expect(added?.parts.every((p) => p.covers.startsWith('【待填写】'))).toBe(true);
  });

  it('keeps the text, split at the same parts, with the bold run-in heading inside its part', () => {
    const text = readFileSync(join(dir, 'content/source-texts/test-report.txt'), 'utf8');
    const parsed = parseSourceText(text);
    expect(parsed.preamble.trim()).toBe(GONGWEN_TITLE);
    expect(parsed.parts.map((p) => p.id)).toEqual(['导语', '§1', '§1.1', '§1.2', '§2', '§3', '§3.1', '§3.2']);
    expect(parsed.parts.find((p) => p.id === '§1.2')?.text).toContain('加强阵地建设。新建和改造服务站点');
    expect(parsed.parts.find((p) => p.id === '§1.1')?.text).toContain('1. 健全工作机制。');
  });

  it("feeds the coverage report: every part uncited, the document's figures unstated", () => {
    const { sources, texts, entries } = readCoverageInput(join(dir, 'content'));
    const report = coverageReport(sources, texts, entries).find((s) => s.id === 'test-report');
    expect(report?.uncited).toHaveLength(8);
    expect(report?.unstated.map((f) => `${f.part} ${f.text}`)).toEqual([
      '§1.1 233个',
      '§1.1 41名',
      '§1.2 3645万元',
      '§2 78.13%',
      '§2 超10万',
    ]);
  });

  const refusals: [string, string[], RegExp][] = [
    [
      'an id that exists',
      ['report.docx', '--id', 'src-a'],
      /^来源“src-a”已经存在（content\/sources\.yaml）。请用 --id 换一个 id。没有写入任何文件。/,
    ],
    ['the id it just imported', ['report.docx', '--id', 'test-report'], /^来源“test-report”已经存在/],
    ['an invalid id', ['report.docx', '--id', 'Test_Report'], /^id“Test_Report”无效：只能用小写英文字母、数字和连字符/],
    ['a file name that gives no id', ['报告.md'], /^无法从文件名“报告\.md”得出来源 id.*请用 --id 指定/],
    [
      'an old binary .doc',
      ['old.doc'],
      /^文件“old\.doc”是旧版 Word 格式（\.doc），无法直接导入。请用 Word 或 WPS 打开，另存为“Word 文档（\*\.docx）”/,
    ],
    ['an old .doc renamed .docx', ['old-renamed.docx'], /^文件“old-renamed\.docx”是旧版 Word 格式（\.doc）/],
    ['an encrypted Word file', ['locked.docx'], /^文件“locked\.docx”设有打开密码（加密的 Word 文件），无法读取。/],
    ['an empty file', ['empty.docx'], /^文件“empty\.docx”是空的，没有可导入的内容。/],
    ['a text file of blank lines', ['blank.txt'], /^文件“blank\.txt”是空的/],
    ['a text file named .docx', ['notes.docx'], /^文件“notes\.docx”的扩展名是 \.docx，但它不是 Word 文档/],
    [
      'a zip that is not a Word document',
      ['broken.docx'],
      /^无法读取文件“broken\.docx”：它不是有效的 Word 文档（\.docx）/,
    ],
    [
      'an image',
      ['photo.png'],
      /^不支持的文件类型“\.png”：只能导入 Word 文档（\.docx）、文本（\.txt）或 Markdown（\.md）文件。/,
    ],
    ['an image named .txt', ['photo.txt'], /^文件“photo\.txt”不是文本文件（内容是二进制数据）/],
    ['a GBK text file', ['gbk.txt'], /^文件“gbk\.txt”不是 UTF-8 编码的文本（可能是 GBK 编码）/],
    ['a file that does not exist', ['missing.docx'], /^找不到文件“.*missing\.docx”。/],
  ];
  for (const [what, [file = '', ...rest], message] of refusals) {
    it(`refuses ${what} with a message, changing nothing`, () => {
      const before = tree();
      const refused = run(join(inputs, file), ...rest);
      expect(refused.status).toBe(1);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toMatch(message);
      expect(tree()).toEqual(before);
    });
  }
});
