import { describe, expect, it } from 'vitest';
import { nearMiss, prepareLexicon, readPinyin, understandQuery } from '~/search/query-understanding';
import { buildSearchLexicon } from '~/search/lexicon-build';
import { entryPageIds } from '~/search/lexicon-shards';
import { countNote, readingNote } from '~/search/notes';
import { lexiconEntry as entry } from '../support/lexicon-entry.ts';

const built = new Map<string, ReturnType<typeof prepareLexicon>>();

/** A small library: a few entries, stop words and synonym groups as an editor would write them. */
function lexicon(options: { stopwords?: string[]; synonyms?: string[][] } = {}) {
  const key = JSON.stringify(options);
  if (!built.has(key)) built.set(key, buildLexicon(options));
  return built.get(key) as ReturnType<typeof prepareLexicon>;
}

function buildLexicon({
  stopwords = ['怎么', '怎么办', '是什么', '什么', '是', '的', '谁'],
  synonyms = [
    ['调解', '化解', '调处'],
    ['纠纷', '矛盾'],
  ],
} = {}) {
  return prepareLexicon(
    buildSearchLexicon({
      pageCount: 10,
      entries: [
        entry('陈潼兰调解工作法：“七字诀”与“五心”', ['陈潼兰', '七字诀']),
        entry('虞乡镇“三审三定”', ['三审三定']),
        entry('网格员', ['网格管理员'], true),
        entry('党员中心户', [], true),
        entry('矛调中心', ['矛盾纠纷调解中心'], true),
        entry('杏北社区“3456”工作法', ['3456工作法']),
        entry('村BA', ['乡村篮球赛'], true),
        entry('三官一律', [], true),
      ],
      extraWords: ['杏北社区'],
      vocabulary: { stopwords, synonyms },
      text: '陈潼兰调解工作法三审三定网格员党员中心户矛调中心杏北社区',
    }),
  );
}

describe('stop words', () => {
  it('sets question words aside and says which', () => {
    const q = understandQuery('网格员是什么', lexicon());
    expect(q.words.map((w) => w.text)).toEqual(['网格员']);
    expect(q.ignored).toEqual(['是什么']);
  });

  it('takes the longest stop phrase (怎么办, not 怎么 and a stray 办)', () => {
    expect(understandQuery('网格员怎么办', lexicon()).ignored).toEqual(['怎么办']);
  });

  it('never cuts a stop word out of a word the library knows (党员中心户 keeps its characters)', () => {
    const q = understandQuery('党员中心户是谁', lexicon({ stopwords: ['是', '谁', '中心'] }));
    expect(q.words.map((w) => w.text)).toEqual(['党员中心户']);
  });

  it('keeps every word when there are no stop words', () => {
    expect(understandQuery('网格员是什么', lexicon({ stopwords: [] })).ignored).toEqual([]);
  });
});

describe('Traditional characters', () => {
  it('are read as Simplified, and the reading says so', () => {
    const q = understandQuery('三審三定', lexicon());
    expect(q.words.map((w) => w.text)).toEqual(['三审三定']);
    expect(q.converted).toBe(true);
    expect(understandQuery('三审三定', lexicon()).converted).toBe(false);
  });
});

describe('synonyms and other names', () => {
  it('bring the words of their group', () => {
    const q = understandQuery('化解纠纷', lexicon());
    expect(q.words.find((w) => w.text === '化解')?.alternatives).toEqual(expect.arrayContaining(['调解', '调处']));
    expect(q.words.find((w) => w.text === '纠纷')?.alternatives).toEqual(['矛盾']);
  });

  it('link a term and its other names, but not two other names to each other', () => {
    const q = understandQuery('网格管理员', lexicon());
    expect(q.words[0]?.alternatives).toEqual(['网格员']);
  });

  it('bring nothing when the groups are empty', () => {
    expect(understandQuery('化解', lexicon({ synonyms: [] })).words[0]?.alternatives).toEqual([]);
  });
});

describe('pinyin', () => {
  it('reads full pinyin, pinyin with spaces and initials as the word they spell', () => {
    const lex = lexicon();
    expect(readPinyin('chentonglan', lex)[0]).toBe('陈潼兰');
    expect(readPinyin('ctl', lex)[0]).toBe('陈潼兰');
    expect(understandQuery('chen tong lan', lex).words.map((w) => w.text)).toEqual(['陈潼兰']);
    expect(understandQuery('sssd', lex).pinyin).toEqual([{ typed: 'sssd', read: '三审三定' }]);
    expect(readPinyin('sanguanyilv', lex)[0]).toBe('三官一律');
  });

  it('accepts either reading of a character with two (矛调: mao tiao or mao diao)', () => {
    expect(readPinyin('maotiaozhongxin', lexicon())[0]).toBe('矛调中心');
    expect(readPinyin('maodiaozhongxin', lexicon())[0]).toBe('矛调中心');
  });

  it('reads digits and pinyin mixed, and leaves the library’s own lettered words alone', () => {
    expect(understandQuery('3456gongzuofa', lexicon()).pieces).toEqual(['3456工作法']);
    expect(understandQuery('村BA', lexicon()).words.map((w) => w.text)).toEqual(['村ba']);
  });

  it('does not read one syllable as every character that sounds like it', () => {
    expect(readPinyin('chen', lexicon())).toEqual([]);
    expect(readPinyin('qwxz', lexicon())).toEqual([]);
  });
});

describe('near misses', () => {
  it('offers the word a slip or a homophone was meant to be', () => {
    const lex = lexicon();
    expect(nearMiss('三审三订', lex)).toBe('三审三定');
    expect(nearMiss('陈童兰', lex)).toBe('陈潼兰');
    expect(understandQuery('虞乡镇三审三订', lex).nearMisses.map((miss) => miss.query)).toEqual(['虞乡镇三审三定']);
    expect(understandQuery('陈童兰是谁', lex).nearMisses).toEqual([
      { typed: '陈童兰', word: '陈潼兰', query: '陈潼兰是谁' },
    ]);
  });

  it('offers nothing for a word the library has, or one too far from any', () => {
    expect(nearMiss('三审三定', lexicon())).toBeUndefined();
    expect(nearMiss('量子计算', lexicon())).toBeUndefined();
  });
});

describe('the reading note', () => {
  it('says what was converted, read as pinyin, ignored and not found', () => {
    const q = understandQuery('網格員是什么', lexicon());
    expect(readingNote({ query: q, total: 3, complete: 3, notFound: [] })).toBe(
      '已按简体“网格员是什么”搜索；已忽略“是什么”。',
    );
    const p = understandQuery('ctl', lexicon());
    expect(readingNote({ query: p, total: 1, complete: 1, notFound: [] })).toBe('拼音“ctl”按“陈潼兰”搜索。');
    const two = {
      ...understandQuery('网格员', lexicon()),
      words: [
        { text: '网格员', alternatives: [], parts: [] },
        { text: '意思', alternatives: [], parts: [] },
      ],
    };
    expect(readingNote({ query: two, total: 2, complete: 0, notFound: ['意思'] })).toBe(
      '未找到“意思”，以下结果包含“网格员”。',
    );
    expect(readingNote({ query: two, total: 5, complete: 2, notFound: [] })).toBe(
      '前 2 条包含全部词语，其余只包含其中一部分。',
    );
  });

  it('names neither lone characters that only order the results, found or not', () => {
    const q = understandQuery('网格员意思咋整', lexicon());
    expect(q.words.filter((w) => w.weak).map((w) => w.text)).toEqual(['咋', '整']);
    const query = { ...q, words: q.words.map((w) => (w.text === '意思' ? { ...w, parts: [] } : w)) };
    expect(readingNote({ query, total: 2, complete: 0, notFound: ['意思', '咋'] })).toBe(
      '未找到“意思”，以下结果包含“网格员”。',
    );
  });

  it('counts the results, or says none were found', () => {
    expect(countNote('调解', 12, 8)).toBe('“调解”：找到 12 条结果，显示前 8 条。');
    expect(countNote('量子', 0)).toBe('没有找到与“量子”相关的内容。');
  });
});

describe('the reading note for a near miss', () => {
  it('names what was typed, not the characters left of it', () => {
    const q = understandQuery('三审三订', lexicon());
    expect(readingNote({ query: q, total: 9, complete: 0, notFound: ['订'], nearMiss: '三审三订' })).toBe(
      '未找到“三审三订”。',
    );
  });
});

describe('parts of a word', () => {
  it('are the smaller words inside it, even one alone (物业 of a synonym 没物业), never the word itself', () => {
    const lex = lexicon({ synonyms: [['无物业', '没物业']] });
    expect(understandQuery('小区没物业', lex).words.find((w) => w.text === '没物业')?.parts).toEqual(['物业']);
    expect(understandQuery('网格员', lex).words[0]?.parts).toEqual([]);
  });
});

describe('weak words', () => {
  it('marks a lone unknown character beside a real word as weak, and not when it is the whole query', () => {
    const q = understandQuery('网格员机', lexicon());
    expect(q.words.find((w) => w.text === '机')?.weak).toBe(true);
    expect(q.words.find((w) => w.text === '网格员')?.weak).toBeUndefined();
    expect(understandQuery('潼', lexicon()).words[0]?.weak).toBeUndefined();
  });
});

describe('page ids in the lexicon', () => {
  const entries: [string, string, string[], string, string][] = [
    ['/zhili/methods/a/', '甲', [], '方法', ''],
    ['/zhili/cases/b/', '乙', [], '案例', ''],
  ];
  it('matches Pagefind’s root-relative addresses to entries under the base path', () => {
    const ids = entryPageIds(
      entries,
      [
        { id: 'zh-cn_1', url: '/cases/b/' },
        { id: 'zh-cn_2', url: '/methods/a/' },
      ],
      '/zhili/',
    );
    expect(ids).toEqual({ 'zh-cn_1': 1, 'zh-cn_2': 0 });
  });
  it('leaves out an indexed page that is no entry, rather than naming the wrong one', () => {
    expect(entryPageIds(entries, [{ id: 'zh-cn_3', url: '/themes/c/' }], '/zhili/')).toEqual({});
  });
});

describe('words the library has a name for', () => {
  it('are topics: a synonym-group word or a glossary term with other names; everyday words are not', () => {
    const q = understandQuery('邻居纠纷网格员看看', lexicon());
    expect(q.words.filter((w) => w.topic).map((w) => w.text)).toEqual(['纠纷', '网格员']);
  });
});
