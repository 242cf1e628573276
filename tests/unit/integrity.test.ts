import { describe, expect, it } from 'vitest';
import { checkLibrary, type ContentRecord } from '~/lib/library/integrity';

const ref = (collection: string, id: string) => ({ collection, id });
const cite = (part = '§1') => ({ source: ref('sources', 'src'), part });

/** A small, valid library; each test breaks one thing. */
function library(): ContentRecord[] {
  return [
    {
      collection: 'sources',
      id: 'src',
      filePath: 'content/sources.yaml',
      data: { parts: [{ id: '§1' }, { id: '§2' }] },
    },
    { collection: 'places', id: 'town', filePath: 'content/places.yaml', data: { sources: [cite()] } },
    {
      collection: 'glossary',
      id: 'sanzhi',
      filePath: 'content/glossary/sanzhi.yaml',
      data: { term: '三治', aliases: ['自治法治德治'], sources: [cite()] },
    },
    {
      collection: 'methods',
      id: 'm',
      filePath: 'content/methods/m.mdx',
      data: {
        place: ref('places', 'town'),
        terms: [ref('glossary', 'sanzhi')],
        structure: [{ name: '三治', items: [{ name: '自治' }], cite: cite('§2') }],
        sources: [cite()],
        buildsOn: [],
      },
      body: '正文<Cite source="src" part="§1" />，见 <EntryLink to="glossary/sanzhi" />。',
    },
    {
      collection: 'cases',
      id: 'c',
      filePath: 'content/cases/c.mdx',
      data: {
        place: ref('places', 'town'),
        methods: [{ method: ref('methods', 'm'), part: '自治' }],
        sources: [cite()],
      },
    },
  ];
}

function withChange(collection: string, id: string, change: (record: ContentRecord) => void): ContentRecord[] {
  const records = library();
  const record = records.find((r) => r.collection === collection && r.id === id);
  if (!record) throw new Error(`no ${collection}/${id} in the fixture`);
  change(record);
  return records;
}

const data = (record: ContentRecord) => record.data as Record<string, unknown>;

describe('checkLibrary', () => {
  it('finds nothing wrong with a consistent library', () => {
    expect(checkLibrary(library())).toEqual([]);
  });

  it('names the file, the field and the missing id of a broken reference', () => {
    const records = withChange(
      'methods',
      'm',
      (r) => (data(r)['terms'] = [ref('glossary', 'sanzhi'), ref('glossary', 'wuhong')]),
    );
    expect(checkLibrary(records)).toEqual(['content/methods/m.mdx: terms[1] 引用了不存在的术语“wuhong”']);
  });

  it('finds a broken reference nested inside structure', () => {
    const records = withChange(
      'methods',
      'm',
      (r) =>
        (data(r)['structure'] = [
          { name: '三治', items: [{ name: '自治', term: ref('glossary', 'zizhi') }], cite: cite() },
        ]),
    );
    expect(checkLibrary(records)).toEqual([
      'content/methods/m.mdx: structure[0].items[0].term 引用了不存在的术语“zizhi”',
    ]);
  });

  it('refuses a citation of a part the source does not have, listing the parts it has', () => {
    const records = withChange('places', 'town', (r) => (data(r)['sources'] = [cite('§9')]));
    expect(checkLibrary(records)).toEqual(['content/places.yaml: sources[0] 来源“src”没有部分“§9”（可用：§1、§2）']);
  });

  it('refuses a method that builds on itself', () => {
    const records = withChange('methods', 'm', (r) => (data(r)['buildsOn'] = [ref('methods', 'm')]));
    expect(checkLibrary(records)).toEqual(['content/methods/m.mdx: buildsOn[0] 不能指向条目自己（“m”）']);
  });

  it('finds a loop of partOf between two methods', () => {
    const records = library();
    records.push({
      collection: 'methods',
      id: 'n',
      filePath: 'content/methods/n.mdx',
      data: { partOf: ref('methods', 'm') },
    });
    data(records.find((r) => r.id === 'm')!)['partOf'] = ref('methods', 'n');
    expect(checkLibrary(records)).toContain('content/methods/m.mdx: partOf 形成了循环（m → n → m）');
  });

  it("refuses a case that applies a part the method doesn't have", () => {
    const records = withChange(
      'cases',
      'c',
      (r) => (data(r)['methods'] = [{ method: ref('methods', 'm'), part: '网格' }]),
    );
    expect(checkLibrary(records)).toEqual([
      'content/cases/c.mdx: methods[0].part “网格” 不是方法“m”结构中的部分（可用：三治、自治）',
    ]);
  });

  it('checks citations and links written in the prose, with their line', () => {
    const records = withChange('methods', 'm', (r) => {
      r.body =
        '第一行\n<Cite source="nope" part="§1" />\n<Quote source="src" part="§7">话</Quote>\n<EntryLink to="cases/zz" />\n<EntryLink to="xingbei" />';
    });
    expect(checkLibrary(records)).toEqual([
      'content/methods/m.mdx: 正文第2行 <Cite> 引用了不存在的来源“nope”',
      'content/methods/m.mdx: 正文第3行 <Quote> 来源“src”没有部分“§7”（可用：§1、§2）',
      'content/methods/m.mdx: 正文第4行 <EntryLink> 链接到不存在的案例“zz”',
      'content/methods/m.mdx: 正文第5行 <EntryLink> 的 to="xingbei" 应写成“集合/id”，例如 methods/xingbei-3456',
    ]);
  });

  it('refuses a part cited in the prose that the frontmatter sources do not list, naming the file, line and part', () => {
    const records = withChange('methods', 'm', (r) => {
      r.body =
        '第一行<Cite source="src" part="§1" />\n<Quote source="src" part="§2">话</Quote>\n<Cite source="src" part="§2" />';
    });
    expect(checkLibrary(records)).toEqual([
      'content/methods/m.mdx: 正文第2行 <Quote> 引用的来源“src”部分“§2”没有列在 sources 中',
      'content/methods/m.mdx: 正文第3行 <Cite> 引用的来源“src”部分“§2”没有列在 sources 中',
    ]);
    data(records.find((r) => r.id === 'm')!)['sources'] = [cite(), cite('§2')];
    expect(checkLibrary(records)).toEqual([]);
  });

  it('refuses a situation citing a part the source lacks, or a part the entry does not list in sources', () => {
    const records = withChange('cases', 'c', (r) => {
      data(r)['problems'] = [
        { text: '小区没有物业，停车乱没人管', cite: cite('§1') },
        { text: '居民有事不知道该找谁说', cite: cite('§2') },
        { text: '矛盾纠纷发现得晚，拖成大事', cite: cite('§8') },
        { text: '社区干部对各家情况心里没数', editorial: true },
      ];
    });
    expect(checkLibrary(records)).toEqual([
      'content/cases/c.mdx: problems[2].cite 来源“src”没有部分“§8”（可用：§1、§2）',
      'content/cases/c.mdx: problems[1].cite 引用的来源“src”部分“§2”没有列在 sources 中',
    ]);
    data(records.find((r) => r.id === 'c')!)['sources'] = [cite(), cite('§2')];
    expect(checkLibrary(records)).toEqual([
      'content/cases/c.mdx: problems[2].cite 来源“src”没有部分“§8”（可用：§1、§2）',
    ]);
  });

  it('refuses a term or alias that two glossary entries claim', () => {
    const records = library();
    records.push({
      collection: 'glossary',
      id: 'dup',
      filePath: 'content/glossary/dup.yaml',
      data: { term: '德治', aliases: ['三治'], sources: [cite()] },
    });
    expect(checkLibrary(records)).toEqual([
      'content/glossary/dup.yaml: 术语或别名“三治”已由 content/glossary/sanzhi.yaml 使用',
    ]);
  });
});
