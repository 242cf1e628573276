import { describe, expect, it } from 'vitest';
import { parseStopwords, parseSynonyms } from '~/search/vocabulary';
import { readSearchVocabulary } from '~/search/vocabulary-files';

describe('stop words', () => {
  it('reads one word a line, without comments, blank lines or repeats', () => {
    expect(parseStopwords('# 疑问词\n怎么\n\n怎么  # 重复\n是什么\n')).toEqual(['怎么', '是什么']);
  });
});

describe('synonym groups', () => {
  it('reads groups of words, folded', () => {
    expect(
      parseSynonyms(
        [
          ['调解', '化解'],
          ['村ＢＡ', '篮球赛'],
        ],
        'synonyms.yaml',
      ),
    ).toEqual([
      ['调解', '化解'],
      ['村ba', '篮球赛'],
    ]);
  });

  it('names the file and the group for a group of one word', () => {
    expect(() => parseSynonyms([['调解']], 'content/search/synonyms.yaml')).toThrow(
      'content/search/synonyms.yaml: 第 1 组至少要有两个不同的词',
    );
  });

  it('names the word that stands in two groups', () => {
    expect(() =>
      parseSynonyms(
        [
          ['调解', '化解'],
          ['化解', '调处'],
        ],
        'synonyms.yaml',
      ),
    ).toThrow('“化解”同时出现在第 1 组和第 2 组');
  });

  it('names a group that is not a list', () => {
    expect(() => parseSynonyms(['调解'], 'synonyms.yaml')).toThrow('第 1 组应是一组词');
    expect(() => parseSynonyms({ a: 1 }, 'synonyms.yaml')).toThrow('应是一个列表');
  });

  it('accepts the library’s own files', () => {
    const { stopwords, synonyms } = readSearchVocabulary();
    expect(stopwords).toEqual(expect.arrayContaining(['怎么', '是什么', '的']));
    expect(synonyms.find((group) => group.includes('调解'))).toEqual(expect.arrayContaining(['化解', '调处']));
  });
});
