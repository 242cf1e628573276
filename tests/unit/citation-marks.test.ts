import { describe, expect, it } from 'vitest';
import { collapseCitations } from '~/lib/library/citation-marks';

const cite = (part: string, source = 'yongji-article') =>
  `<sup class="cite" data-pagefind-ignore data-astro-cid-x><a href="/sources/${source}/#part-${part}" title="出处" data-astro-cid-x>永济报道§${part}</a></sup>`;
const marks = (html: string) => [...html.matchAll(/#part-(\w+)/g)].map((m) => m[1]);

describe('collapseCitations', () => {
  it('ends a run of facts from the same part with one mark', () => {
    const html = `<p>她是调解员${cite('3')}，获得过称号${cite('3')}，从事调解10多年${cite('3')}。</p>`;
    expect(collapseCitations(html)).toBe(`<p>她是调解员，获得过称号，从事调解10多年${cite('3')}。</p>`);
  });

  it('keeps both marks when another citation stands between them', () => {
    const html = `<p>甲${cite('3')}乙${cite('2')}丙${cite('3')}</p>`;
    expect(marks(collapseCitations(html))).toEqual(['3', '2', '3']);
  });

  it('counts runs within one paragraph or list item, never across two', () => {
    const html = `<p>甲${cite('3')}</p><p>乙${cite('3')}</p><ul><li>丙${cite('3')}</li><li>丁${cite('3')}戊${cite('3')}</li></ul>`;
    expect(marks(collapseCitations(html))).toEqual(['3', '3', '3', '3']);
  });

  it('treats a nested list item as its own block, and a mark there as breaking the run', () => {
    const html = `<ul><li>甲${cite('3')}<ul><li>乙${cite('3')}</li></ul>丙${cite('3')}</li></ul>`;
    expect(collapseCitations(html)).toBe(html);
  });

  it('tells sources apart, and leaves prose without marks untouched', () => {
    const html = `<p>甲${cite('3')}乙${cite('3', 'zxxx-reprint')}</p>`;
    expect(collapseCitations(html)).toBe(html);
    expect(collapseCitations('<p>没有出处<br>的一段</p>')).toBe('<p>没有出处<br>的一段</p>');
  });
});
