import { describe, expect, it } from 'vitest';
import { linkTerms, tooltipText, type LinkableTerm } from '~/lib/library/term-links';

const terms: LinkableTerm[] = [
  {
    id: 'wangge-yuan',
    href: '/glossary/wangge-yuan/',
    words: ['网格员', '基层网格员'],
    definition: '进入网格包户的人员。',
  },
  {
    id: 'renmin-tiaojieyuan',
    href: '/glossary/renmin-tiaojieyuan/',
    words: ['人民调解员', '调解员'],
    definition: '调解民间纠纷的人。',
  },
];
const links = (html: string) => [...html.matchAll(/class="term-link"[^>]*>([^<]+)</g)].map((m) => m[1]);

describe('linkTerms', () => {
  it('links the first use of a term, with its definition as a tooltip', () => {
    const html = linkTerms('<p>网格员走访入户，网格员再上报。</p>', terms);
    expect(links(html)).toEqual(['网格员']);
    expect(html).toContain('href="/glossary/wangge-yuan/"');
    expect(html).toContain('aria-describedby="term-tip-wangge-yuan"');
    expect(html).toContain(
      '<span role="tooltip" id="term-tip-wangge-yuan" class="term-tip" data-pagefind-ignore>进入网格包户的人员。</span>',
    );
    expect(html.match(/网格员再上报/)).not.toBeNull();
  });

  it('prefers the longest name where names overlap, and counts an alias as its term', () => {
    expect(links(linkTerms('<p>城西街道的人民调解员，也是调解员。</p>', terms))).toEqual(['人民调解员']);
    expect(links(linkTerms('<p>基层网格员进网格。</p>', terms))).toEqual(['基层网格员']);
  });

  it('leaves headings, links, quotations and citation marks alone', () => {
    const html = linkTerms(
      '<h2>网格员</h2><p><a href="/x/">网格员</a><q>网格员说</q><sup class="cite"><a>网格员</a></sup>后来网格员</p>',
      terms,
    );
    expect(links(html)).toEqual(['网格员']);
    expect(html).toContain('<h2>网格员</h2>');
    expect(html).toContain('<q>网格员说</q>');
    expect(html.indexOf('term-link')).toBeGreaterThan(html.indexOf('后来'));
  });

  it('keeps counting open elements across void and self-closing tags', () => {
    expect(links(linkTerms('<h3>标题<br>网格员</h3><p>正文<img src="a.png" />网格员</p>', terms))).toEqual(['网格员']);
  });

  it('cuts a long definition short', () => {
    const long = [{ ...terms[0]!, definition: '很长'.repeat(50) }];
    expect(linkTerms('<p>网格员</p>', long, 10)).toContain('很长很长很长很长很…</span>');
  });
});

describe('tooltipText', () => {
  it('keeps a definition that fits', () => {
    expect(tooltipText('调解民间纠纷的人。', 20)).toBe('调解民间纠纷的人。');
  });

  it('ends at the last whole sentence that fits, with its closing quotation mark', () => {
    const definition = '永济市的矛盾纠纷调解中心，简称“矛调中心”。它汇集十余个行业性调解组织，目标是让群众只跑一地。';
    expect(tooltipText(definition, 30)).toBe('永济市的矛盾纠纷调解中心，简称“矛调中心”。');
    expect(tooltipText('来源称它是“黏合剂。”后面还有很长很长的一句话没有说完', 16)).toBe('来源称它是“黏合剂。”');
  });

  it('cuts a first sentence that is too long at a pause, never mid-phrase, and says so with …', () => {
    const definition =
      '转载稿介绍的永济市矛盾纠纷调解中心，汇集交通事故、婚姻家庭、医疗等十余个行业性调解组织和个人品牌调解室。';
    const tip = tooltipText(definition, 30);
    expect(tip).toBe('转载稿介绍的永济市矛盾纠纷调解中心，汇集交通事故、婚姻家庭…');
    expect([...tip].length).toBeLessThanOrEqual(30);
  });
});
