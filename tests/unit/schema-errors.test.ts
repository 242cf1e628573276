// Schema errors in Chinese: what Astro prints after each field's path, for an editor to act on.
import { describe, expect, it } from 'vitest';
import { inChinese } from '~/lib/library/schema-errors';
import { caseSchema } from '~/schemas/case';
import { sourceSchema } from '~/schemas/source';

async function problems(schema: Parameters<typeof inChinese>[0], data: unknown): Promise<string[]> {
  const result = await inChinese(schema).safeParseAsync(data);
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const good = {
  title: '测试案例',
  summary: '一个只用于单元测试的案例条目。',
  place: 'a',
  themes: ['t'],
  actors: ['测试街道'],
  sources: [{ source: 's', part: '§1' }],
  // Methods and cases gain a required `problems` on another branch; a good case has it once they do.
  ...('problems' in caseSchema.shape
    ? {
        problems: [
          { text: '小区里没有党组织，群众诉求无人回应', editorial: true },
          { text: '服务站点分散，群众办事要来回跑', editorial: true },
        ],
      }
    : {}),
};

describe('inChinese', () => {
  it('passes a good entry through, as the schema parses it', async () => {
    const result = await inChinese(caseSchema).safeParseAsync(good);
    expect(result.data).toEqual(caseSchema.parse(good));
  });

  it('says in Chinese what is wrong with each field', async () => {
    const { actors: _actors, ...withoutActors } = good;
    expect(
      await problems(caseSchema, {
        ...withoutActors,
        title: '测',
        featured: 'yes',
        theme: ['t'],
        sources: [{ source: 's' }],
      }),
    ).toEqual([
      'title: 太短：至少要写 2 个字',
      'sources.0.part: 缺少必填字段（应为文字）',
      'actors: 缺少必填字段（应为列表（[…] 或一行一个“- ”））',
      'featured: 类型不对：应为true 或 false，实际写的是文字（"yes"）',
      'theme: 不认识的字段“theme”（是否拼错了？可用的字段见 src/schemas/ 中的说明）',
    ]);
  });

  it("keeps the schema's own messages", async () => {
    expect(await problems(caseSchema, { ...good, themes: [] })).toEqual(['themes: 至少指定一个主题（themes）']);
  });

  it('names the allowed values and a bad address', async () => {
    const source = {
      id: 'x',
      title: '来源',
      short: '简',
      publisher: null,
      date: null,
      url: 'not a url',
      kind: 'first',
      parts: [{ id: '§1', title: '一' }],
    };
    expect(await problems(sourceSchema, source)).toEqual([
      'url: 不是有效的网址："not a url"',
      'kind: 只能是以下之一：primary、secondary（实际写的是 "first"）',
    ]);
  });
});
