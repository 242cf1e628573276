import { describe, expect, it } from 'vitest';
import { excerptHtml, MatchTier, matchTier, normalizeForMatch, querySegments, rankByMatch } from '~/lib/search-ranking';

const doc = (title: string, content: string, aliases: string[] = []) => ({ title, content, aliases });

describe('querySegments', () => {
  it('splits a Chinese query into words and drops punctuation and quotes', () => {
    expect(querySegments('“矛盾纠纷”化解')).toEqual(expect.arrayContaining(['矛盾', '纠纷']));
    expect(querySegments('  ')).toEqual([]);
  });

  it('keeps a mixed token whole', () => {
    expect(querySegments('12345')).toEqual(['12345']);
  });
});

describe('normalizeForMatch', () => {
  it('ignores quotation marks, spaces, case and full-width digits', () => {
    expect(normalizeForMatch('“村ＢＡ” 篮球赛')).toBe('村ba篮球赛');
    expect(normalizeForMatch('３４５６工作法')).toBe('3456工作法');
  });
});

describe('matchTier', () => {
  it('puts an exact title first, then an exact alias, then a title or alias containing the query', () => {
    expect(matchTier('三官一律', doc('三官一律', ''))).toBe(MatchTier.TitleExact);
    expect(matchTier('红马甲', doc('五红矩阵', '红网格、红管家', ['红马甲']))).toBe(MatchTier.AliasExact);
    expect(matchTier('3456工作法', doc('杏北社区“3456”工作法', ''))).toBe(MatchTier.TitleContains);
    expect(matchTier('调解', doc('矛调中心', '', ['矛盾纠纷调解中心']))).toBe(MatchTier.AliasContains);
    expect(MatchTier.TitleExact < MatchTier.AliasExact && MatchTier.AliasExact < MatchTier.TitleContains).toBe(true);
    expect(MatchTier.AliasContains < MatchTier.Phrase && MatchTier.Phrase < MatchTier.AllWords).toBe(true);
  });

  it('ranks the exact phrase above the words found apart', () => {
    expect(matchTier('矛盾纠纷', doc('甲', '排查化解矛盾纠纷1340件'))).toBe(MatchTier.Phrase);
    expect(matchTier('矛盾纠纷', doc('乙', '矛盾不上交……各类纠纷'))).toBe(MatchTier.AllWords);
  });

  it('rejects a page that lacks one of the words', () => {
    expect(matchTier('量子计算机', doc('110', '110接警量下降'))).toBe(MatchTier.NoMatch);
  });
});

describe('rankByMatch', () => {
  it('orders by tier and keeps the engine order within a tier', () => {
    const ranked = rankByMatch('矛盾纠纷', [
      doc('矛盾不上交', '矛盾……纠纷'),
      doc('平安永济', '化解矛盾纠纷'),
      doc('无关', '网格'),
      doc('矛盾纠纷警情调解AB卷', ''),
      doc('矛调中心', '矛盾纠纷调解中心'),
    ]);
    expect(ranked.map((d) => d.title)).toEqual(['矛盾纠纷警情调解AB卷', '平安永济', '矛调中心', '矛盾不上交']);
  });
});

describe('excerptHtml', () => {
  it('centres on the phrase and marks it whole', () => {
    const html = excerptHtml('永济整合力量。排查化解矛盾纠纷1340件，调解187起。', '矛盾纠纷', 20);
    expect(html).toContain('<mark>矛盾纠纷</mark>');
    expect(html.startsWith('…')).toBe(true);
  });

  it('escapes markup in the text', () => {
    expect(excerptHtml('<b>调解</b>', '调解')).toBe('&#60;b&#62;<mark>调解</mark>&#60;/b&#62;');
  });
});
