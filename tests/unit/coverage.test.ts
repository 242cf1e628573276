// The coverage report: which parts entries cite, which figures of a source's text no page states.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageReport, findFigures, formatCoverage, type CoverageEntry } from '~/lib/sources/coverage';
import { readCoverageInput } from '~/lib/sources/coverage-files';
import { parseSourceText, plainSourceText } from '~/lib/sources/source-text';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('findFigures', () => {
  it('finds digits with units as written, with qualifiers, and skips years and bare numbers', () => {
    const text =
      '共233个，占78.13%，投入3645万元；超10万观众、60余户摊位、10多名老同志，2024年提高，\n1.7万\n人次，第3456号';
    expect(findFigures(text).map((f) => f.text)).toEqual([
      '233个',
      '78.13%',
      '3645万元',
      '超10万',
      '60余户',
      '10多名',
      '1.7万人次',
    ]);
    expect(findFigures('超10万')[0]).toEqual({
      text: '超10万',
      value: '10',
      unit: '万',
      qualifier: '超',
      part: undefined,
    });
    expect(findFigures('占１２．５％')[0]).toMatchObject({ text: '12.5％', value: '12.5', unit: '%' });
    expect(findFigures('占5％')[0]?.unit).toBe('%');
  });
});

describe('parseSourceText', () => {
  it('splits at part markers, joins a part that starts twice, and keeps the preamble apart', () => {
    const text =
      '标题\n署名\n【部分 导语】\n导语文字\n【部分 §1】\n一、标题\n正文\n【部分 图片说明】\n▲图一\n【部分 §2】\n二、\n【部分 图片说明】\n▲图二';
    const parsed = parseSourceText(text);
    expect(parsed.preamble).toBe('标题\n署名');
    expect(parsed.parts).toEqual([
      { id: '导语', text: '导语文字' },
      { id: '§1', text: '一、标题\n正文' },
      { id: '图片说明', text: '▲图一\n▲图二' },
      { id: '§2', text: '二、' },
    ]);
    expect(plainSourceText(text)).not.toContain('【部分');
  });
});

describe('coverageReport', () => {
  const sources = [
    {
      id: 'src',
      title: '来源',
      parts: [
        { id: '§1', title: '一' },
        { id: '§2', title: '二' },
        { id: '§3', title: '三' },
      ],
    },
    { id: 'other', title: '无原文', parts: [{ id: 'a', title: 'A' }] },
  ];
  const texts = new Map([
    ['src', '标题，2025年\n【部分 §1】\n有233个小区，投入3645万元。\n【部分 §2】\n占78.13%。\n【部分 §3】\n60余户'],
  ]);
  const entries: CoverageEntry[] = [
    {
      key: 'cases/a',
      citations: [
        ['src', '§1'],
        ['src', '§1'],
      ],
      figures: [{ value: '233', unit: '个' }],
      text: '',
    },
    {
      key: 'methods/b',
      citations: [
        ['src', '§1'],
        ['other', 'a'],
      ],
      figures: [],
      text: '正文说到 3645 万元。',
    },
    { key: 'glossary/c', citations: [['src', '§2']], figures: [], text: '' },
  ];
  const [src, other] = coverageReport(sources, texts, entries);

  it('counts the entries citing each part once each, and names the parts nobody cites', () => {
    expect(src?.parts.map((p) => [p.id, p.entries])).toEqual([
      ['§1', ['cases/a', 'methods/b']],
      ['§2', ['glossary/c']],
      ['§3', []],
    ]);
    expect(src?.uncited).toEqual(['§3']);
    expect(other?.uncited).toEqual([]);
  });

  it('lists the figures no entry states, by part, whether stated in figures or in prose', () => {
    expect(src?.figures.map((f) => f.text)).toEqual(['233个', '3645万元', '78.13%', '60余户']);
    expect(src?.unstated.map((f) => [f.part, f.text])).toEqual([
      ['§2', '78.13%'],
      ['§3', '60余户'],
    ]);
    expect(other?.hasText).toBe(false);
  });

  it('prints a table in Chinese', () => {
    const table = formatCoverage([src, other].filter((s) => s !== undefined));
    expect(table).toContain('来源 src　来源');
    expect(table).toMatch(/§1\s+一\s+2\n/);
    expect(table).toMatch(/§3\s+三\s+0 {2}← 尚无条目引用/);
    expect(table).toContain('尚无条目引用的部分（1）：§3');
    expect(table).toContain('原文中尚无页面写到的数字（2/4）：');
    expect(table).toMatch(/§2\s+78\.13%\n\s+§3\s+60余户/);
    expect(table).toContain('没有保存原文（content/source-texts/），无法统计尚未写到的数字。');
  });
});

describe('the real library', () => {
  const { sources, texts, entries } = readCoverageInput(join(ROOT, 'content'));
  const report = coverageReport(sources, texts, entries);

  it('has the primary article stored, in parts that are the sources.yaml parts', () => {
    const article = report.find((s) => s.id === 'yongji-article');
    expect(article?.hasText).toBe(true);
    const parsed = parseSourceText(readFileSync(join(ROOT, 'content/source-texts/yongji-article.txt'), 'utf8'));
    expect(parsed.parts.map((p) => p.id).sort()).toEqual(article?.parts.map((p) => p.id).sort());
    expect(article?.figures.map((f) => f.text)).toContain('3164.4万元');
  });

  it('counts citations from frontmatter and prose, places included', () => {
    const article = report.find((s) => s.id === 'yongji-article');
    const part3 = article?.parts.find((p) => p.id === '§3')?.entries ?? [];
    expect(part3).toContain('methods/xingbei-3456');
    expect(part3).toContain('cases/xingbei-community');
    expect(article?.parts.find((p) => p.id === '§1')?.entries).toContain('places/xingbei');
  });
});
