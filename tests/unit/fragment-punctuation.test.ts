import { describe, expect, it } from 'vitest';
import { chineseStops } from '../../scripts/after-build/fragment-punctuation.ts';

describe('chineseStops', () => {
  it('joins a heading and its text with 。 where Pagefind wrote ". ", keeping the space and the zero-width marks', () => {
    expect(chineseStops('三\u200b无\u200b小区\u200b. \u200b又\u200b称')).toBe(
      '三\u200b无\u200b小区\u200b。 \u200b又\u200b称',
    );
    expect(chineseStops('组织强. 服务优. 环境美.')).toBe('组织强。 服务优。 环境美.');
    expect(chineseStops('排查化解矛盾纠纷1340. 件')).toBe('排查化解矛盾纠纷1340。 件');
    expect(chineseStops('来源中的含义. “三无小区”')).toBe('来源中的含义。 “三无小区”');
  });

  it('keeps a full stop between Latin words or before Latin text, and keeps lengths in words', () => {
    for (const text of ['Pagefind. Search', '平安e家 App. 12345', '3.14 元', '源原文. http'])
      expect(chineseStops(text)).toBe(text);
    const text = '来源中的含义. 永济在. 源原文. 如果要';
    expect(chineseStops(text).split(/\s+/)).toHaveLength(text.split(/\s+/).length);
  });
});
