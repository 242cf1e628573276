import { describe, expect, it } from 'vitest';
import { wordsInText } from '~/search/words-in-text';

describe('wordsInText', () => {
  it('finds words anywhere in the text, including a word inside another and overlapping words', () => {
    const found = wordsInText('永济市三审三定做法', ['三审三定', '审三', '三定做', '永济', '调解', '做法啊']);
    expect([...found].sort()).toEqual(['三定做', '三审三定', '审三', '永济'].sort());
  });
  it('agrees with asking the text for each word', () => {
    const text = '网格员是干什么的？矛盾纠纷怎么调解，村BA和3456工作法';
    const words = ['网格', '网格员', '矛盾纠纷', '调解员', '村BA', '3456', '工作法', '干什么的？', '的', ''];
    expect(wordsInText(text, words)).toEqual(new Set(words.filter((w) => w && text.includes(w))));
  });
});
