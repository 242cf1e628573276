import { describe, expect, it } from 'vitest';
import { findBodyRefs } from '~/lib/library/body-refs';
import { formatFigure } from '~/lib/library/figures';
import { pinyinInitial, sortByPinyin } from '~/lib/library/pinyin';
import { placeAndBelow, placeChain } from '~/lib/library/places';
import { entryPath, partAnchor, withBase } from '~/lib/urls';

describe('pinyin ordering', () => {
  it('orders terms as a dictionary does, not by code point', () => {
    const terms = ['网格员', '三官一律', '党员中心户', '两委', '村BA', '12345', '矛调中心'];
    expect(sortByPinyin(terms, (t) => t)).toEqual([
      '12345',
      '村BA',
      '党员中心户',
      '两委',
      '矛调中心',
      '三官一律',
      '网格员',
    ]);
  });

  it('files a term under the initial of its first syllable, skipping opening quotes', () => {
    expect(pinyinInitial('三官一律')).toBe('S');
    expect(pinyinInitial('“五有”示范点')).toBe('W');
    expect(pinyinInitial('12345')).toBe('#');
  });
});

describe('urls', () => {
  it('builds entry paths from collection and id', () => {
    expect(entryPath('methods', 'xingbei-3456')).toBe('/methods/xingbei-3456/');
  });

  it('prefixes the base path the site is served under', () => {
    expect(withBase('/methods/', '/')).toBe('/methods/');
    expect(withBase('/methods/', '/zhili/')).toBe('/zhili/methods/');
    expect(withBase('methods/', '/zhili')).toBe('/zhili/methods/');
  });

  it('turns a source part into an anchor', () => {
    expect(partAnchor('§3')).toBe('part-3');
    expect(partAnchor('导语')).toBe('part-导语');
  });
});

describe('formatFigure', () => {
  it('writes a figure as the source does', () => {
    expect(formatFigure({ value: '223', unit: '条' })).toBe('223条');
    expect(formatFigure({ value: '10', unit: '万', qualifier: '超' })).toBe('超10万');
    expect(formatFigure({ value: '60', unit: '户', qualifier: '余' })).toBe('60余户');
    expect(formatFigure({ value: '78.13', unit: '%' })).toBe('78.13%');
  });
});

describe('places', () => {
  const places = [
    { id: 'yongji' },
    { id: 'chengdong', parent: 'yongji' },
    { id: 'xingbei', parent: 'chengdong' },
    { id: 'yuxiang', parent: 'yongji' },
  ];

  it('gives the chain from the top down to the place', () => {
    expect(placeChain(places, 'xingbei').map((p) => p.id)).toEqual(['yongji', 'chengdong', 'xingbei']);
  });

  it('collects a place and everything below it', () => {
    expect([...placeAndBelow(places, 'chengdong')].sort()).toEqual(['chengdong', 'xingbei']);
    expect(placeAndBelow(places, 'yongji').size).toBe(4);
  });
});

describe('findBodyRefs', () => {
  it('finds citations, quotations and entry links with their attributes and lines', () => {
    const body =
      '甲<Cite source="a" part="§1" />\n乙<Quote part="§2" source="b">话</Quote>\n<EntryLink to="methods/m">文</EntryLink>';
    expect(findBodyRefs(body)).toEqual([
      { component: 'Cite', attributes: { source: 'a', part: '§1' }, line: 1 },
      { component: 'Quote', attributes: { part: '§2', source: 'b' }, line: 2 },
      { component: 'EntryLink', attributes: { to: 'methods/m' }, line: 3 },
    ]);
  });
});

describe('scopeIds', () => {
  it('prefixes ids and the attributes that point at them, and turns sections into blocks', async () => {
    const { scopeIds } = await import('~/lib/readings/scope-ids');
    const html =
      '<section aria-labelledby="gaps-title"><h2 id="gaps-title">资料待补</h2><a href="#gaps-title">上</a><a href="/x/#y">外</a></section>';
    expect(scopeIds(html, 'h1')).toBe(
      '<div><h2 id="h1-gaps-title">资料待补</h2><a href="#h1-gaps-title">上</a><a href="/x/#y">外</a></div>',
    );
    expect(scopeIds('<aside aria-label="编辑内容：研讨题">问</aside>', 'h2')).toBe(
      '<div role="note" aria-label="编辑内容：研讨题">问</div>',
    );
  });
});
