import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Packer } from 'docx';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { demoteHeadings } from '~/lib/readings/demote-headings';
import { GAP, handoutFileName, readableSpacing, tidyRuns, type HandoutBlock } from '~/lib/readings/handout-document';
import { publicAddress } from '~/lib/readings/public-address';
import { qrCode } from '~/lib/readings/qr';
import { wordDocument } from '~/lib/readings/word-document';

describe('publicAddress', () => {
  it('uses SITE_URL when the build has one, else the address the page was opened from', () => {
    expect(publicAddress('/zhili/methods/xingbei-3456/', 'https://zhili.example.cn', 'http://10.0.0.5:8080')).toBe(
      'https://zhili.example.cn/zhili/methods/xingbei-3456/',
    );
    expect(publicAddress('/methods/xingbei-3456/', undefined, 'http://10.0.0.5:8080')).toBe(
      'http://10.0.0.5:8080/methods/xingbei-3456/',
    );
    expect(publicAddress('/readings/custom/?l=eyJ0Ijoi', '', 'http://127.0.0.1:4321')).toBe(
      'http://127.0.0.1:4321/readings/custom/?l=eyJ0Ijoi',
    );
  });
});

describe('qrCode', () => {
  it('draws exactly the dark modules of the code uqr computes, row runs merged', () => {
    const text = 'http://127.0.0.1:4321/methods/chen-tonglan-mediation/';
    const { size, path } = qrCode(text);
    const { data } = encode(text, { ecc: 'M', border: 0 });
    expect(size).toBe(data.length);
    const drawn = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
    for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
      for (let dx = 0; dx < Number(run); dx++) drawn[Number(y)]![Number(x) + dx] = true;
    }
    expect(drawn).toEqual(data);
    expect(path.match(/M/g)!.length).toBeLessThan(data.flat().filter(Boolean).length);
  });

  it('refuses what no QR code can hold (the handout then prints the address alone)', () => {
    expect(() => qrCode(`http://127.0.0.1/readings/custom/?l=${'x'.repeat(3000)}`)).toThrow();
  });
});

describe('demoteHeadings', () => {
  it('moves every heading one level down and leaves the rest alone', () => {
    expect(demoteHeadings('<h1 class="t">题</h1><H2 id="a">节</H2><h5>小</h5><h6>末</h6><header>头</header><hr>')).toBe(
      '<h2 class="t">题</h2><h3 id="a">节</h3><h6>小</h6><h6>末</h6><header>头</header><hr>',
    );
  });
});

describe('handout text', () => {
  it('spaces text as a browser shows it', () => {
    expect(readableSpacing('为什么读：\n      四个方法里\n  结构')).toBe('为什么读：四个方法里结构');
    expect(readableSpacing('篇目： 7 篇，约 18 分钟')).toBe('篇目：7 篇，约 18 分钟');
  });

  it('turns layout gaps into one space, but none beside punctuation or at the ends', () => {
    const runs = tidyRuns([
      { text: GAP },
      { text: '第 1 篇' },
      { text: GAP },
      { text: '方法 · 约 2 分钟', small: true },
      { text: GAP },
    ]);
    expect(runs).toEqual([{ text: '第 1 篇 ' }, { text: '方法 · 约 2 分钟', small: true }]);
    expect(tidyRuns([{ text: '编者按' }, { text: GAP }, { text: '（编辑内容）', small: true }])).toEqual([
      { text: '编者按' },
      { text: '（编辑内容）', small: true },
    ]);
  });

  it('leaves no space where two runs meet beside punctuation', () => {
    expect(tidyRuns([{ text: '篇目：', bold: true }, { text: ' 7 篇' }])).toEqual([
      { text: '篇目：', bold: true },
      { text: '7 篇' },
    ]);
  });

  it('joins runs of the same look', () => {
    expect(tidyRuns([{ text: ' 先读' }, { text: '这篇 ' }, { text: '〔永济报道§3〕', small: true }])).toEqual([
      { text: '先读这篇' },
      { text: '〔永济报道§3〕', small: true },
    ]);
  });

  it('names the file after the handout, without characters Windows refuses', () => {
    expect(handoutFileName('调解员培训 · 第一讲', new Date(2026, 2, 8))).toBe('调解员培训 · 第一讲-讲义-20260308.docx');
    expect(handoutFileName('a/b:c*?"<>|', new Date(2026, 11, 31))).toBe('a b c-讲义-20261231.docx');
    expect(handoutFileName('  ', new Date(2026, 0, 1))).toBe('讲义-讲义-20260101.docx');
  });
});

describe('wordDocument', () => {
  it('writes a .docx whose text is every heading, paragraph and item, with markup in titles and notes kept as text', async () => {
    const blocks: HandoutBlock[] = [
      { kind: 'heading', level: 1, text: '<script>alert(1)</script> & 培训' },
      { kind: 'paragraph', runs: [{ text: '先读这篇' }, { text: '〔永济报道§3〕', small: true }] },
      { kind: 'item', runs: [{ text: '备注：</w:t></w:r><w:r><w:t>注入' }], marker: '1.', depth: 0 },
      { kind: 'heading', level: 2, text: '三官一律', pageBreak: true },
    ];
    const file = join(mkdtempSync(join(tmpdir(), 'jiceng-docx-')), 'h.docx');
    writeFileSync(file, await Packer.toBuffer(wordDocument(blocks, '讲义')));
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; 培训');
    expect(xml).toContain('备注：&lt;/w:t&gt;&lt;/w:r&gt;&lt;w:r&gt;&lt;w:t&gt;注入');
    expect(xml).not.toContain('<script>');
    const paragraphs = xml.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? [];
    const entryHeading = paragraphs.find((p) => p.includes('三官一律')) ?? '';
    expect(entryHeading).toContain('<w:pStyle w:val="Heading2"/>');
    expect(entryHeading).toContain('<w:pageBreakBefore/>');
    expect(paragraphs.find((p) => p.includes('&lt;script&gt;'))).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml.replace(/<[^>]+>/g, '')).toContain('先读这篇〔永济报道§3〕');
    const styles = execFileSync('unzip', ['-p', file, 'word/styles.xml'], { encoding: 'utf8' });
    expect(styles).toContain('w:eastAsia="宋体"');
    expect(styles).toContain('w:eastAsia="黑体"');
  });
});
