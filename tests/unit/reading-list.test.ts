import { describe, expect, it } from 'vitest';
import {
  decodeList,
  decodeListParams,
  encodeList,
  encodeShortList,
  LIMITS,
  type ReadingList,
} from '~/lib/readings/reading-list';
import { readableText, readingMinutes } from '~/lib/readings/reading-time';

const known = new Set(['methods/xingbei-3456', 'cases/pingan-yongji', 'glossary/sanguan-yilv', 'methods/liuge-qilai']);
const list: ReadingList = {
  title: '矛盾调解培训（第一期）',
  items: [
    { key: 'methods/xingbei-3456', note: '重点看“四项机制”' },
    { key: 'cases/pingan-yongji', note: '' },
    { key: 'glossary/sanguan-yilv', note: '课前读' },
  ],
};
/** A link's `l=` value as another browser would write it: the JSON in URL-safe base64, unpadded. */
const encode = (raw: unknown) => Buffer.from(JSON.stringify(raw), 'utf8').toString('base64url');

describe('reading list URLs', () => {
  it('round-trips a list exactly, order and notes included', () => {
    expect(decodeList(encodeList(list), known)).toEqual({ list, problems: [], readable: true });
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

  it('explains a link that was cut short, garbled or empty instead of failing, and says it cannot be read', () => {
    for (const bad of [encodeList(list).slice(0, 25), 'garbage', '', '%%%']) {
      const decoded = decodeList(bad, known);
      expect(decoded.readable).toBe(false);
      expect(decoded.list.items).toEqual([]);
      expect(decoded.problems).toHaveLength(1);
      expect(decoded.problems[0]).toMatch(/无法读取|后面是空的/);
      expect(decoded.problems[0]).toContain('请向发送者重新要一份完整的链接');
    }
    expect(decodeList('', known).problems[0]).toContain('“l=”后面是空的');
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
    const hostile = {
      title: '<img src=x onerror="alert(1)">',
      items: [{ key: 'methods/liuge-qilai', note: '<script>alert(2)</script>' }],
    };
    expect(decodeList(encodeList(hostile), known).list).toEqual(hostile);
  });

  it('drops duplicates and malformed items with a message each', () => {
    const raw = encode({ t: 'x', i: [['m.xingbei-3456'], ['m.xingbei-3456'], [42], 'oops'] });
    const { list: decoded, problems } = decodeList(raw, known);
    expect(decoded.items).toHaveLength(1);
    expect(problems).toEqual([
      '第 2 项与前面的条目重复，已略过。',
      '第 3 项格式不对，已略过。',
      '第 4 项格式不对，已略过。',
    ]);
  });
});

describe("the short link a handout's QR code carries", () => {
  const four: ReadingList = {
    title: '社区调解员培训·第一讲',
    items: [
      { key: 'methods/xingbei-3456', note: '课前读：记下三四五六各指什么，第二讲再用' },
      { key: 'cases/pingan-yongji', note: '对照本地的“三官一律”，想想谁来联起来吧' },
      { key: 'glossary/sanguan-yilv', note: '分组讨论：四种人各管什么，怎样进网格包户' },
      { key: 'methods/liuge-qilai', note: '结合本社区的网格，说说哪一个起来最难办呢' },
    ],
  };
  const params = (query: string) => new URLSearchParams(query);

  it('carries the entries and the title, not the notes, in under 200 characters with the site address', () => {
    for (const item of four.items) expect(item.note).toHaveLength(20);
    const link = `https://zhili.example.gov.cn/readings/custom/?${encodeShortList(four)}`;
    expect(link.length).toBeLessThanOrEqual(200);
    expect(link.length).toBeLessThan(`https://zhili.example.gov.cn/readings/custom/?l=${encodeList(four)}`.length / 2);
    expect(decodeListParams(new URL(link).searchParams, known)).toEqual({
      list: { title: four.title, items: four.items.map(({ key }) => ({ key, note: '' })) },
      problems: [],
      readable: true,
    });
  });

  it('still opens a whole list from the links made before it, notes included', () => {
    expect(decodeListParams(params(`l=${encodeList(four)}`), known)).toEqual({
      list: four,
      problems: [],
      readable: true,
    });
  });

  it("is no list at all without l or k: the reader's own list", () => {
    expect(decodeListParams(params(''), known)).toBeNull();
    expect(decodeListParams(params('hl=三治'), known)).toBeNull();
  });

  it('names an unknown entry and keeps the rest; an empty or garbled short link cannot be read', () => {
    const partial = decodeListParams(params('k=m.xingbei-3456~m.gone~g.sanguan-yilv'), known);
    expect(partial?.list.items.map((item) => item.key)).toEqual(['methods/xingbei-3456', 'glossary/sanguan-yilv']);
    expect(partial?.problems).toEqual(['第 2 项“m.gone”不是本库的条目（可能已改名或删除），已略过。']);
    expect(partial?.readable).toBe(true);
    expect(decodeListParams(params('k='), known)).toMatchObject({
      readable: false,
      problems: [expect.stringContaining('“k=”后面是空的')],
    });
    expect(decodeListParams(params('k=m.xingbei-3456&t=%%%'), known)).toMatchObject({
      readable: false,
      problems: [expect.stringContaining('标题无法读取')],
    });
  });
});

describe('reading time', () => {
  it('counts Chinese by character, about 400 a minute', () => {
    expect(readingMinutes('字'.repeat(2000))).toBe(5);
    expect(readingMinutes('短')).toBe(1);
  });

  it('counts Latin words separately and ignores MDX syntax', () => {
    expect(readingMinutes(readableText('<Cite source="yongji-article" part="§3" />' + '调解'.repeat(400)))).toBe(2);
    expect(readableText('---\ntitle: x\n---\n## 标题\n<Editorial kind="研讨题">问</Editorial>')).not.toContain(
      'Editorial',
    );
  });
});
