import { describe, expect, it } from 'vitest';
import { briefly } from '~/lib/graph/brief';

describe('briefly', () => {
  it('keeps a short summary whole and cuts a long one at its first sentence or last clause that fits', () => {
    expect(briefly('短的摘要。')).toBe('短的摘要。');
    expect(
      briefly('第一句话说清楚它是什么。第二句话再补充一些很长很长很长很长很长很长的细节内容，超过了卡片的长度。', 30),
    ).toBe('第一句话说清楚它是什么。');
    expect(briefly('城东街道杏北社区党总支在示范区创建中探索出的社区治理方法：强化“三治”理念、构建四项机制', 30)).toBe(
      '城东街道杏北社区党总支在示范区创建中探索出的社区治理方法……',
    );
  });
});
