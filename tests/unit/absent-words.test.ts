import { describe, expect, it } from 'vitest';
import { absentPhrases } from '~/search/absent-words';
import type { QueryWord } from '~/search/query-understanding';

const word = (text: string, extra: Partial<QueryWord> = {}): QueryWord => ({
  text,
  alternatives: [],
  parts: [],
  ...extra,
});
/** A query from its pieces; words of one character are weak, as beside real words. */
const query = (...pieces: string[][]) => {
  const texts = [...new Set(pieces.flat())];
  return { sequence: pieces, words: texts.map((text) => word(text, [...text].length === 1 ? { weak: true } : {})) };
};
const DICTIONARY = new Set([
  '基地',
  '审批',
  '残疾',
  '医保',
  '报销',
  '养老',
  '保险',
  '秸秆',
  '焚烧',
  '流程',
  '疫苗',
  '新生',
]);
const isWord = (text: string) => DICTIONARY.has(text);

describe('absentPhrases', () => {
  it('names each absent word, with the lone characters the segmenter cut from it', () => {
    expect(absentPhrases(query(['宅', '基地', '审批', '走', '流程']), new Set(['基地', '审批']), isWord)).toEqual([
      '宅基地',
      '审批',
    ]);
    expect(absentPhrases(query(['残疾', '证'], ['去', '评残']), new Set(['残疾']), isWord)).toEqual(['残疾证']);
    expect(absentPhrases(query(['新生', '儿', '疫苗'], ['打']), new Set(['新生', '疫苗']), isWord)).toEqual([
      '新生儿',
      '疫苗',
    ]);
  });

  it('names a word joined from lone characters, and not a run the segmenter made of context it could not read', () => {
    const q = query(['农村', '低保', '申请']);
    q.words[1] = word('低保', { joined: true });
    expect(absentPhrases(q, new Set(['低保', '申请']), isWord)).toEqual(['低保']);
    expect(absentPhrases(query(['片好', '几栋', '老楼']), new Set(['片好', '几栋', '老楼']), isWord)).toEqual([]);
  });

  it('names nothing a page holds, and no lone character on its own', () => {
    expect(absentPhrases(query(['养老', '保险', '一年', '交']), new Set(['养老', '保险']), isWord)).toEqual([
      '养老',
      '保险',
    ]);
    expect(absentPhrases(query(['农村', '低', '保']), new Set(), isWord)).toEqual([]);
  });
});
