import { describe, expect, it } from 'vitest';
import { decodeList, encodeList, LIMITS, type ReadingList } from '~/lib/reading-list';
import { readableText, readingMinutes } from '~/lib/reading-time';

const known = new Set(['methods/xingbei-3456', 'cases/pingan-yongji', 'glossary/sanguan-yilv', 'methods/liuge-qilai']);
const list: ReadingList = {
  title: '矛盾调解培训（第一期）',
  items: [
    { key: 'methods/xingbei-3456', note: '重点看“四项机制”' },
    { key: 'cases/pingan-yongji', note: '' },
    { key: 'glossary/sanguan-yilv', note: '课前读' },
  ],
};
const encode = (raw: unknown) => btoa(unescape(encodeURIComponent(JSON.stringify(raw)))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('reading list URLs', () => {
  it('round-trips a list exactly, order and notes included', () => {
    expect(decodeList(encodeList(list), known)).toEqual({ list, problems: [] });
  });

  it('is short enough to paste into a chat', () => {
    const encoded = encodeList(list);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(encoded.length).toBeLessThan(200);
  });

  it('keeps the known entries and names the unknown one', () => {
    const raw = encode({ t: '清单', i: [['m.xingbei-3456'], ['m.no-such-method'], ['g.sanguan-yilv']] });
    const { list: decoded, problems } = decodeList(raw, known);
    expect(decoded.items.map((item) => item.key)).toEqual(['methods/xingbei-3456', 'glossary/sanguan-yilv']);
    expect(problems).toEqual(['第 2 项“m.no-such-method”不是本库的条目（可能已改名或删除），已略过。']);
  });

  it('explains a link that was cut short instead of failing', () => {
    const cut = encodeList(list).slice(0, 25);
    const { list: decoded, problems } = decodeList(cut, known);
    expect(decoded.items).toEqual([]);
    expect(problems[0]).toContain('无法读取');
  });

  it('refuses an over-long link, and caps items, title and notes', () => {
    expect(decodeList('A'.repeat(LIMITS.encoded + 1), known).problems[0]).toContain('链接太长');
    const raw = encode({ t: '长'.repeat(100), i: [['m.xingbei-3456', '注'.repeat(400)]] });
    const { list: decoded, problems } = decodeList(raw, known);
    expect(decoded.title).toHaveLength(LIMITS.title);
    expect(decoded.items[0]?.note).toHaveLength(LIMITS.note);
    expect(problems).toHaveLength(2);
  });

  it('carries markup in a title as plain text, for the page to show as text', () => {
    const hostile = { title: '<img src=x onerror="alert(1)">', items: [{ key: 'methods/liuge-qilai', note: '<script>alert(2)</script>' }] };
    expect(decodeList(encodeList(hostile), known).list).toEqual(hostile);
  });

  it('drops duplicates and malformed items with a message each', () => {
    const raw = encode({ t: 'x', i: [['m.xingbei-3456'], ['m.xingbei-3456'], [42], 'oops'] });
    const { list: decoded, problems } = decodeList(raw, known);
    expect(decoded.items).toHaveLength(1);
    expect(problems).toEqual(['第 2 项与前面的条目重复，已略过。', '第 3 项格式不对，已略过。', '第 4 项格式不对，已略过。']);
  });
});

describe('reading time', () => {
  it('counts Chinese by character, about 400 a minute', () => {
    expect(readingMinutes('字'.repeat(2000))).toBe(5);
    expect(readingMinutes('短')).toBe(1);
  });

  it('counts Latin words separately and ignores MDX syntax', () => {
    expect(readingMinutes(readableText('<Cite source="yongji-article" part="§3" />' + '调解'.repeat(400)))).toBe(2);
    expect(readableText('---\ntitle: x\n---\n## 标题\n<Editorial kind="研讨题">问</Editorial>')).not.toContain('Editorial');
  });
});
