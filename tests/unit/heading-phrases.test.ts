import { describe, expect, it } from 'vitest';
import { PhraseBreaker, phraseHeadings, phraseLists } from '../../scripts/after-build/heading-phrases.ts';

const LIBRARY_WORDS = ['三无小区', '虞乡镇', '三审三定', '六个起来', '陈潼兰', '七字诀'];
const breaker = new PhraseBreaker(LIBRARY_WORDS);
/** The phrases a text is cut into. */
const phrases = (text: string) => breaker.markup(text).split('<wbr>');

describe('PhraseBreaker', () => {
  it("never cuts one of the library's words, which BudouX alone would", () => {
    expect(phrases('唐御苑小区：从“三无小区”到大变样').some((phrase) => phrase.includes('“三无小区”'))).toBe(true);
    expect(phrases('虞乡镇“三审三定”')).toEqual(['虞乡镇', '“三审三定”']);
    expect(phrases('“六个起来”网格治理模式').join('|')).toMatch(/^“六个起来”\|/);
    expect(phrases('陈潼兰调解工作法：“七字诀”与“五心”')[0]).toMatch(/^陈潼兰/);
  });

  it('keeps a lone character with its neighbour: a particle with the word before, any other with the word after', () => {
    expect(phrases('社区党组织的力量落不到楼栋和单元')).toEqual(['社区', '党组织的', '力量', '落不到楼栋', '和单元']);
  });

  it('never cuts a number or a Latin word, and still breaks between phrases', () => {
    expect(phrases('杏北社区“3456”工作法')).toContain('“3456”');
    expect(phrases('平安e家')).toEqual(['平安e家']);
    expect(phrases('现在没有网络，这个页面也没有缓存').length).toBeGreaterThan(3);
  });
});

describe('phraseHeadings', () => {
  it('marks the text of h1–h3 only, leaves tags, attributes and other elements alone, and escapes', () => {
    const html =
      '<h1 class="t" data-x="三无小区">唐御苑小区：从“三无小区”到大变样</h1><p>没有网络，这个页面</p><h3><a href="/x/">A &amp; B 陈潼兰调解工作法的七字诀</a></h3>';
    const out = phraseHeadings(html, breaker);
    expect(out).toMatch(/^<h1 class="t" data-x="三无小区">唐御苑<wbr>.*“三无小区”<wbr>/);
    expect(phraseHeadings('<h2>做了什么</h2>', breaker)).toBe('<h2>做了什么</h2>');
    expect(out).toContain('<p>没有网络，这个页面</p>');
    expect(out).toMatch(/<h3><a href="\/x\/">A &amp; B [^<]*(<wbr>[^<]*)+<\/a><\/h3>/);
    expect(out.replace(/<wbr>/g, '')).toBe(html);
  });
});

describe('phraseLists', () => {
  it('marks the items of a phrases list, leaving its citation marks and other lists alone', () => {
    const html =
      '<ul class="phrases mt-1"><li>小区里的物业纠纷，是块难啃的骨头<sup class="cite"><a href="/s/">永济报道§3，很长很长的出处说明文字</a></sup></li></ul><ul class="x"><li>小区里的物业纠纷，是块难啃的骨头</li></ul>';
    const out = phraseLists(html, breaker);
    expect(out).toMatch(
      /^<ul class="phrases mt-1"><li>[^<]+(<wbr>[^<]+)+<sup class="cite"><a href="\/s\/">永济报道§3，很长很长的出处说明文字<\/a><\/sup><\/li><\/ul>/,
    );
    expect(out).toContain('<ul class="x"><li>小区里的物业纠纷，是块难啃的骨头</li></ul>');
    expect(out.replace(/<wbr>/g, '')).toBe(html);
  });
});
