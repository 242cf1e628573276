import { describe, expect, it } from 'vitest';
import { caseSchema } from '~/schemas/case';
import { glossarySchema } from '~/schemas/glossary';
import { methodSchema } from '~/schemas/method';
import { placeSchema } from '~/schemas/place';
import { sourceSchema } from '~/schemas/source';

const cite = { source: 'yongji-article', part: '§3' };
const situations = [
  { text: '小区里物业纠纷多，居民找不到人管', cite },
  { text: '社区里谁家有困难，干部心里没数', editorial: true },
];
const method = {
  title: '测试方法',
  summary: '一个用于单元测试的方法条目，字数足够。',
  place: 'xingbei',
  themes: ['mediation'],
  problems: situations,
  sources: [cite],
  structure: [{ name: '三治', items: [{ name: '自治' }], cite }],
};

/** The messages Zod gives for a value, each prefixed with the field's path. */
function problems(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}): string[] {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('method schema', () => {
  it('accepts a complete method and fills defaults', () => {
    const result = methodSchema.safeParse(method);
    expect(problems(result)).toEqual([]);
    expect(result.data?.core).toBe(false);
    expect(result.data?.place).toEqual({ id: 'xingbei', collection: 'places' });
  });

  it('names a missing title', () => {
    const { title: _omit, ...rest } = method;
    expect(problems(methodSchema.safeParse(rest)).join('\n')).toMatch(/^title: /m);
  });

  it('rejects a misspelt field by name instead of dropping it', () => {
    const result = methodSchema.safeParse({ ...method, soruces: [cite] });
    expect(problems(result).join('\n')).toContain('soruces');
  });

  it('requires at least one citation, with a message in Chinese', () => {
    expect(problems(methodSchema.safeParse({ ...method, sources: [] }))).toEqual([
      'sources: 至少需要一条来源引用（sources）',
    ]);
  });

  it('requires a citation to name the part of its source', () => {
    const result = methodSchema.safeParse({ ...method, sources: [{ source: 'yongji-article' }] });
    expect(problems(result).join('\n')).toMatch(/^sources\.0\.part: /m);
  });

  it('refuses a structure group with no parts unless it says what is missing', () => {
    const empty = { name: '七字诀', items: [], cite };
    expect(problems(methodSchema.safeParse({ ...method, structure: [empty] })).join('\n')).toContain('missing');
    expect(
      problems(methodSchema.safeParse({ ...method, structure: [{ ...empty, missing: '来源未给出七个字' }] })),
    ).toEqual([]);
  });

  it('keeps a figure exactly as written and refuses one that is not a number', () => {
    const figure = { value: '3164.4', unit: '万元', label: '村级集体经济收入', cite };
    expect(methodSchema.safeParse({ ...method, figures: [figure] }).data?.figures[0]?.value).toBe('3164.4');
    expect(problems(methodSchema.safeParse({ ...method, figures: [{ ...figure, value: '约3千' }] }))).toEqual([
      'figures.0.value: value 只能是数字，例如 "223" 或 "78.13"',
    ]);
  });
});

describe('problems (适用情形)', () => {
  const withProblems = (list: unknown) => problems(methodSchema.safeParse({ ...method, problems: list }));

  it('accepts cited and editorial situations and keeps which is which', () => {
    const result = methodSchema.safeParse(method);
    expect(result.data?.problems).toEqual([
      {
        text: '小区里物业纠纷多，居民找不到人管',
        cite: { source: { id: 'yongji-article', collection: 'sources' }, part: '§3' },
      },
      { text: '社区里谁家有困难，干部心里没数', editorial: true },
    ]);
  });

  it('is required on methods and cases, with a message naming the field', () => {
    const { problems: _omit, structure, ...rest } = method;
    expect(problems(methodSchema.safeParse({ ...rest, structure }))).toEqual([
      'problems: 缺少 problems（适用情形）：写 2–6 条这个条目能帮上忙的情况',
    ]);
    expect(problems(caseSchema.safeParse({ ...rest, actors: ['某社区'] }))).toEqual([
      'problems: 缺少 problems（适用情形）：写 2–6 条这个条目能帮上忙的情况',
    ]);
  });

  it('needs at least two situations and at most six', () => {
    expect(withProblems(situations.slice(0, 1))).toEqual(['problems: problems（适用情形）至少写 2 条']);
    expect(withProblems(Array.from({ length: 7 }, () => situations[1]))).toEqual([
      'problems: problems（适用情形）最多写 6 条：只留最常遇到的',
    ]);
  });

  it('refuses a text shorter than 10 or longer than 30 characters', () => {
    expect(withProblems([{ text: '没人管事', cite }, situations[1]])).toEqual([
      'problems.0.text: problems 的 text 至少 10 个字：用平常话写出遇到的情况',
    ]);
    const long = '老旧小区没有物业也没有业委会，停车乱、垃圾没人清，居民意见很大却不知道该找谁';
    expect(long.length).toBeGreaterThan(30);
    expect(withProblems([situations[0], { text: long, editorial: true }])).toEqual([
      'problems.1.text: problems 的 text 最多 30 个字：只写遇到的情况，不写做法和结果',
    ]);
  });

  it('refuses a method name in quotation marks', () => {
    expect(withProblems([{ text: '想学“3456”工作法但不知道从哪开始', editorial: true }, situations[1]])).toEqual([
      'problems.0.text: problems 的 text 不用引号里的名称或提法：用平常话说出遇到的情况',
    ]);
  });

  it('needs exactly one of cite and editorial', () => {
    expect(withProblems([{ text: '小区里物业纠纷多，居民找不到人管' }, situations[1]])).toEqual([
      'problems.0: problems 的每一条要么写 cite（来源里的出处），要么写 editorial: true（编者概括）',
    ]);
    expect(withProblems([{ ...situations[0], editorial: true }, situations[1]])).toEqual([
      'problems.0: problems 的一条不能既有 cite 又标 editorial: true：来源写到的情况只写 cite，编者的概括只写 editorial',
    ]);
    expect(withProblems([situations[0], { text: '社区里谁家有困难，干部心里没数', editorial: false }])).toEqual([
      'problems.1.editorial: editorial 只能写 true（表示编者概括）；有出处时删去 editorial，改写 cite',
    ]);
  });
});

describe('case schema', () => {
  it('requires who acted', () => {
    const result = caseSchema.safeParse({ ...method, structure: undefined, actors: [] });
    expect(problems(result).join('\n')).toContain('actors: 至少写出一个实施主体（actors）');
  });

  it('records which part of a method a case applies', () => {
    const result = caseSchema.safeParse({
      title: '测试案例',
      summary: '一个用于单元测试的案例条目，字数足够。',
      place: 'xingbei',
      themes: ['mediation'],
      problems: situations,
      actors: ['杏北社区党总支'],
      sources: [cite],
      methods: [{ method: 'xingbei-3456', part: '矛盾调处' }],
    });
    expect(result.data?.methods[0]).toEqual({
      method: { id: 'xingbei-3456', collection: 'methods' },
      part: '矛盾调处',
    });
  });
});

describe('data schemas', () => {
  it('refuses a non-ASCII id for a place, so URLs survive chat apps', () => {
    const result = placeSchema.safeParse({ id: '杏北', name: '杏北社区', kind: '社区', sources: [cite] });
    expect(problems(result)).toEqual(['id: id 只能用小写字母、数字和连字符']);
  });

  it('refuses an unknown kind of place', () => {
    expect(problems(placeSchema.safeParse({ id: 'x', name: '某地', kind: '乡', sources: [cite] })).join()).toMatch(
      /^kind: /,
    );
  });

  it('lets a source leave its publisher and date unknown, but not absent', () => {
    const source = { id: 's', title: 't', short: 's', url: null, kind: 'primary', parts: [{ id: '§1', title: '一' }] };
    expect(problems(sourceSchema.safeParse({ ...source, publisher: null, date: null }))).toEqual([]);
    expect(problems(sourceSchema.safeParse(source)).sort()).toEqual([
      expect.stringMatching(/^date: /),
      expect.stringMatching(/^publisher: /),
    ]);
  });

  it('accepts a glossary term with a 通用释义 and rejects one with no citation', () => {
    const term = {
      term: '两委',
      definition: '来源中村“两委”干部的说法。',
      sources: [cite],
      general: '村党组织委员会和村民委员会。',
    };
    expect(problems(glossarySchema.safeParse(term))).toEqual([]);
    expect(problems(glossarySchema.safeParse({ ...term, sources: [] }))).toEqual([
      'sources: 至少需要一条来源引用（sources）',
    ]);
  });

  it('accepts a glossary term that records what the sources leave open, and refuses a gap with no detail', () => {
    const term = { term: '八个更加', definition: '来源导语提到的目标。', sources: [cite] };
    const gap = { topic: '八个“更加”各是什么', detail: '来源没有列出。', cite };
    expect(problems(glossarySchema.safeParse({ ...term, gaps: [gap] }))).toEqual([]);
    expect(glossarySchema.parse(term).gaps).toEqual([]);
    expect(problems(glossarySchema.safeParse({ ...term, gaps: [{ topic: gap.topic }] }))).toEqual([
      expect.stringMatching(/^gaps\.0\.detail: /),
    ]);
  });
});
