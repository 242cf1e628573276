import { describe, expect, it } from 'vitest';
import type { QueryWord } from '~/search/query-understanding';
import { excerptHtml, matchPage, MatchTier, normalizeForMatch, rankByCoverage } from '~/search/ranking';

const doc = (title: string, content: string, aliases: string[] = [], weight?: number) => ({
  title,
  content,
  aliases,
  ...(weight ? { weight } : {}),
});
const word = (text: string, alternatives: string[] = [], parts: string[] = []): QueryWord => ({
  text,
  alternatives,
  parts,
});
/** A query of one phrase made of these words. */
const query = (...words: QueryWord[]) => ({ pieces: [words.map((w) => w.text).join('')], words });

describe('normalizeForMatch', () => {
  it('ignores punctuation, spaces, case and full-width digits', () => {
    expect(normalizeForMatch('“村ＢＡ” 篮球赛')).toBe('村ba篮球赛');
    expect(normalizeForMatch('３４５６工作法')).toBe('3456工作法');
    expect(normalizeForMatch('自治、法治、德治')).toBe('自治法治德治');
  });
});

describe('matchPage: tiers', () => {
  it('puts an exact title first, then an exact other name, then a synonym that is the name', () => {
    expect(matchPage(query(word('三官一律')), doc('三官一律', '')).tier).toBe(MatchTier.TitleExact);
    expect(matchPage(query(word('红马甲')), doc('五红矩阵', '红网格、红管家', ['红马甲'])).tier).toBe(
      MatchTier.AliasExact,
    );
    expect(matchPage(query(word('篮球赛', ['村BA'])), doc('村BA', '乡村篮球赛')).tier).toBe(MatchTier.SynonymExact);
  });

  it('then a title or other name holding the phrase, then names holding every word apart', () => {
    expect(matchPage(query(word('3456工作法')), doc('杏北社区“3456”工作法', '')).tier).toBe(MatchTier.TitleContains);
    expect(matchPage(query(word('调解')), doc('矛调中心', '', ['矛盾纠纷调解中心'])).tier).toBe(
      MatchTier.AliasContains,
    );
    expect(
      matchPage(query(word('矛盾'), word('调解'), word('中心')), doc('矛调中心', '', ['矛盾纠纷调解中心'])).tier,
    ).toBe(MatchTier.NamesHoldWords);
  });

  it('ranks the phrase above the words close together, and those above the words far apart', () => {
    const q = query(word('矛盾'), word('纠纷'));
    expect(matchPage(q, doc('甲', '排查化解矛盾纠纷1340件')).tier).toBe(MatchTier.Phrase);
    expect(matchPage(q, doc('乙', '各类纠纷和矛盾都在这里化解')).tier).toBe(MatchTier.Near);
    expect(matchPage(q, doc('丙', `矛盾不上交${'，服务不缺位'.repeat(10)}……各类纠纷`)).tier).toBe(MatchTier.Words);
  });
});

describe('matchPage: coverage', () => {
  it('weighs each word: a page with the rare word covers more than one with the common word', () => {
    const q = query(word('潼'), word('工作'));
    const weights = new Map([
      ['潼', 3],
      ['工作', 1],
    ]);
    expect(matchPage(q, doc('甲', '陈潼兰'), weights).coverage).toBeCloseTo(0.75);
    expect(matchPage(q, doc('乙', '工作'), weights).coverage).toBeCloseTo(0.25);
    expect(matchPage(q, doc('乙', '工作'), weights).missing).toEqual(['潼']);
  });

  it('counts a synonym as the word, but below the word as typed', () => {
    const q = query(word('化解', ['调解']), word('纠纷', ['矛盾']));
    const bySynonym = matchPage(q, doc('甲', '调解矛盾'));
    const asTyped = matchPage(q, doc('乙', '化解纠纷'));
    expect(bySynonym.coverage).toBe(1);
    expect(bySynonym.literal).toBe(0);
    expect(asTyped.literal).toBe(1);
    expect(bySynonym.marks).toEqual(['调解', '矛盾']);
  });

  it('counts a long word whose parts all occur, and never marks a lone character', () => {
    const q = query(word('矛盾纠纷化解', [], ['矛盾', '纠纷', '化解']));
    const apart = matchPage(q, doc('甲', '化解……矛盾……纠纷'));
    expect(apart.coverage).toBe(1);
    expect(apart.marks).not.toContain('矛盾纠纷化解');
    expect(matchPage(query(word('三审三订', [], ['三审'])), doc('乙', '三个三')).marks).toEqual([]);
  });

  it('counts the one word inside a word no page uses as half of it, still missing (物业 of 没物业)', () => {
    const q = query(word('小区'), word('没物业', ['无物业'], ['物业']));
    const about = matchPage(q, doc('甲', '小区……物业'));
    expect(about.coverage).toBeCloseTo(0.75);
    expect(about.missing).toEqual(['没物业']);
    expect(about.marks).toContain('物业');
    expect(matchPage(q, doc('乙', '小区')).coverage).toBeCloseTo(0.5);
  });

  it('weights a source page below an entry with the same words', () => {
    const q = query(word('调解'));
    expect(matchPage(q, doc('永济报道', '调解', [], 0.75)).coverage).toBe(0.75);
  });
});

describe('rankByCoverage', () => {
  it('puts the entry named by the question first, then pages with every word, then pages with some', () => {
    const q = { pieces: ['网格员', '职责'], words: [word('网格员'), word('职责')] };
    const ranked = rankByCoverage(q, [
      doc('无关', '网格'),
      doc('六个起来', '网格员跑起来'),
      doc('减负', '网格员的职责清单'),
      doc('网格员', '网格员是……'),
    ]);
    expect(ranked.map((d) => d.title)).toEqual(['网格员', '减负', '六个起来']);
  });

  it('keeps the engine order within a tier and drops pages with none of the words', () => {
    const ranked = rankByCoverage(query(word('矛盾'), word('纠纷')), [
      doc('矛盾不上交', `矛盾${'服务'.repeat(20)}纠纷`),
      doc('平安永济', '化解矛盾纠纷'),
      doc('无关', '网格'),
      doc('矛盾纠纷警情调解AB卷', ''),
      doc('矛调中心', '矛盾纠纷调解中心'),
    ]);
    expect(ranked.map((d) => d.title)).toEqual(['矛盾纠纷警情调解AB卷', '平安永济', '矛调中心', '矛盾不上交']);
  });
});

describe('excerptHtml', () => {
  it('centres on the first mark and marks each whole', () => {
    const html = excerptHtml('永济整合力量。排查化解矛盾纠纷1340件，调解187起。', ['矛盾纠纷', '调解'], 20);
    expect(html).toContain('<mark>矛盾纠纷</mark>');
    expect(html.startsWith('…')).toBe(true);
  });

  it('escapes markup in the text', () => {
    expect(excerptHtml('<b>调解</b>', ['调解'])).toBe('&#60;b&#62;<mark>调解</mark>&#60;/b&#62;');
  });
});

describe('marks', () => {
  it('never mark a lone character of a longer query, but do mark a one-character query', () => {
    const q = { pieces: ['三审三订'], words: [word('三'), word('审'), word('订')] };
    expect(matchPage(q, doc('虞乡镇“三审三定”', '三审三定')).marks).toEqual([]);
    expect(matchPage({ pieces: ['潼'], words: [word('潼')] }, doc('甲', '陈潼兰')).marks).toEqual(['潼']);
  });
});

describe('weak words', () => {
  it('a lone character beside real words never brings a page in by itself, but orders pages that have a real word', () => {
    const q = { pieces: ['量子计算机'], words: [word('量子'), word('计算'), { ...word('机'), weak: true }] };
    expect(rankByCoverage(q, [doc('平台联动机制', '机制')])).toEqual([]);
    const ranked = rankByCoverage(q, [doc('甲', '计算'), doc('乙', '计算机')]);
    expect(ranked.map((d) => d.title)).toEqual(['乙', '甲']);
  });
});

describe('rankByCoverage: length does not buy rank', () => {
  it('puts an entry whose situations hold the words above a long page that mentions them in passing', () => {
    const words = [word('物业'), word('没人管'), word('老小区')];
    const long = {
      ...doc('陈潼兰调解工作法', `${'调解经验'.repeat(200)}物业纠纷……没人管的事……老小区的居民`),
      lead: '陈潼兰总结的调解方法',
    };
    // As on a page, the summary and situations are part of the page's text too.
    const entry = {
      ...doc('“三无小区”治理', '老小区没有物业，也没人管。住建部门摸底排查'),
      lead: '老小区没有物业，也没人管',
    };
    expect(rankByCoverage(query(...words), [long, entry]).map((d) => d.title)).toEqual([
      '“三无小区”治理',
      '陈潼兰调解工作法',
    ]);
    // Without a lead (a source page) every word of the text counts in full, as before.
    expect(matchPage(query(...words), doc('来源', '物业 没人管 老小区')).coverage).toBe(1);
    expect(matchPage(query(...words), long).coverage).toBeCloseTo(0.5);
  });
});
