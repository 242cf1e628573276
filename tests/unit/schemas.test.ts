import { describe, expect, it } from 'vitest';
import { caseSchema } from '~/schemas/case';
import { glossarySchema } from '~/schemas/glossary';
import { methodSchema } from '~/schemas/method';
import { placeSchema } from '~/schemas/place';
import { sourceSchema } from '~/schemas/source';

const cite = { source: 'yongji-article', part: '§3' };
const method = {
  title: '测试方法',
  summary: '一个用于单元测试的方法条目，字数足够。',
  place: 'xingbei',
  themes: ['mediation'],
  sources: [cite],
  structure: [{ name: '三治', items: [{ name: '自治' }], cite }],
};

/** The messages Zod gives for a value, each prefixed with the field's path. */
function problems(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
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
    expect(problems(methodSchema.safeParse({ ...method, sources: [] }))).toEqual(['sources: 至少需要一条来源引用（sources）']);
  });

  it('requires a citation to name the part of its source', () => {
    const result = methodSchema.safeParse({ ...method, sources: [{ source: 'yongji-article' }] });
    expect(problems(result).join('\n')).toMatch(/^sources\.0\.part: /m);
  });

  it('refuses a structure group with no parts unless it says what is missing', () => {
    const empty = { name: '七字诀', items: [], cite };
    expect(problems(methodSchema.safeParse({ ...method, structure: [empty] })).join('\n')).toContain('missing');
    expect(problems(methodSchema.safeParse({ ...method, structure: [{ ...empty, missing: '来源未给出七个字' }] }))).toEqual([]);
  });

  it('keeps a figure exactly as written and refuses one that is not a number', () => {
    const figure = { value: '3164.4', unit: '万元', label: '村级集体经济收入', cite };
    expect(methodSchema.safeParse({ ...method, figures: [figure] }).data?.figures[0]?.value).toBe('3164.4');
    expect(problems(methodSchema.safeParse({ ...method, figures: [{ ...figure, value: '约3千' }] }))).toEqual([
      'figures.0.value: value 只能是数字，例如 "223" 或 "78.13"',
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
      actors: ['杏北社区党总支'],
      sources: [cite],
      methods: [{ method: 'xingbei-3456', part: '矛盾调处' }],
    });
    expect(result.data?.methods[0]).toEqual({ method: { id: 'xingbei-3456', collection: 'methods' }, part: '矛盾调处' });
  });
});

describe('data schemas', () => {
  it('refuses a non-ASCII id for a place, so URLs survive chat apps', () => {
    const result = placeSchema.safeParse({ id: '杏北', name: '杏北社区', kind: '社区', sources: [cite] });
    expect(problems(result)).toEqual(['id: id 只能用小写字母、数字和连字符']);
  });

  it('refuses an unknown kind of place', () => {
    expect(problems(placeSchema.safeParse({ id: 'x', name: '某地', kind: '乡', sources: [cite] })).join()).toMatch(/^kind: /);
  });

  it('lets a source leave its publisher and date unknown, but not absent', () => {
    const source = { id: 's', title: 't', short: 's', url: null, kind: 'primary', parts: [{ id: '§1', title: '一' }] };
    expect(problems(sourceSchema.safeParse({ ...source, publisher: null, date: null }))).toEqual([]);
    expect(problems(sourceSchema.safeParse(source)).sort()).toEqual([expect.stringMatching(/^date: /), expect.stringMatching(/^publisher: /)]);
  });

  it('accepts a glossary term with a 通用释义 and rejects one with no citation', () => {
    const term = { term: '两委', definition: '来源中村“两委”干部的说法。', sources: [cite], general: '村党组织委员会和村民委员会。' };
    expect(problems(glossarySchema.safeParse(term))).toEqual([]);
    expect(problems(glossarySchema.safeParse({ ...term, sources: [] }))).toEqual(['sources: 至少需要一条来源引用（sources）']);
  });

  it('accepts a glossary term that records what the sources leave open, and refuses a gap with no detail', () => {
    const term = { term: '八个更加', definition: '来源导语提到的目标。', sources: [cite] };
    const gap = { topic: '八个“更加”各是什么', detail: '来源没有列出。', cite };
    expect(problems(glossarySchema.safeParse({ ...term, gaps: [gap] }))).toEqual([]);
    expect(glossarySchema.parse(term).gaps).toEqual([]);
    expect(problems(glossarySchema.safeParse({ ...term, gaps: [{ topic: gap.topic }] }))).toEqual([expect.stringMatching(/^gaps\.0\.detail: /)]);
  });
});
