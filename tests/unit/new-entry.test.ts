// `npm run new`: the templates list every field of their schema, the placeholders pass the schema
// but stop the integrity check field by field, and bad kinds or ids write nothing.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkLibrary, type ContentRecord } from '~/lib/library/integrity';
import { caseSchema } from '~/schemas/case';
import { glossarySchema } from '~/schemas/glossary';
import { methodSchema } from '~/schemas/method';
import { readingSchema } from '~/schemas/reading';
import { KINDS, renderTemplate, scaffold, TEMPLATES_DIR } from '../../scripts/new-entry/scaffold.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const SCHEMAS = { method: methodSchema, case: caseSchema, term: glossarySchema, reading: readingSchema } as const;
/** Fields the templates carry before this branch's schemas have them (added on other branches). */
const PENDING = new Set(['problems']);

function split(text: string): { front: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  return match ? { front: match[1] ?? '', body: match[2] ?? '' } : { front: text, body: '' };
}

/** Top-level fields a template names, written or commented out (`# period: …`). */
function templateFields(text: string): Set<string> {
  return new Set([...split(text).front.matchAll(/^(?:# )?([a-zA-Z]+):/gm)].map((m) => m[1] ?? ''));
}

describe('the templates', () => {
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    const template = readFileSync(join(TEMPLATES_DIR, KINDS[name]?.template ?? ''), 'utf8');

    it(`${name} lists every field of its schema, and no other`, () => {
      const fields = templateFields(template);
      const schemaFields = Object.keys(schema.shape);
      for (const field of schemaFields) expect(fields, `missing ${field}`).toContain(field);
      for (const field of fields) if (!PENDING.has(field)) expect(schemaFields, `unknown ${field}`).toContain(field);
    });

    it(`${name} passes its schema, and every required placeholder stops the integrity check`, () => {
      // A pending field is kept once the schema has it (as the scaffold does, reading the schema files).
      const rendered = renderTemplate(template, (field) => field in schema.shape);
      const { front, body } = split(rendered);
      const data = parse(front) as Record<string, unknown>;
      const parsed = schema.safeParse(data);
      expect(parsed.error?.issues ?? []).toEqual([]);
      const collection = KINDS[name]?.collection ?? 'methods';
      const problems = checkLibrary([
        { collection, id: 'x', filePath: `content/${collection}/x`, data: parsed.data, body },
      ] as ContentRecord[]);
      expect(problems).toContain(`content/${collection}/x: ${name === 'term' ? 'term' : 'title'} 仍是占位内容，请填写`);
      expect(problems).toContain(
        `content/${collection}/x: ${name === 'reading' ? 'items[0].entry' : 'sources[0]'} 仍是占位内容，请填写`.replace(
          'sources[0] ',
          name === 'reading' ? '' : 'sources[0].source ',
        ),
      );
      // Placeholders are reported as such, not as references to entries that do not exist.
      expect(problems.filter((p) => !p.endsWith('仍是占位内容，请填写'))).toEqual([]);
    });
  }

  it('keeps a pending field only when the schema declares it', () => {
    const template = readFileSync(join(TEMPLATES_DIR, 'case.mdx'), 'utf8');
    expect(renderTemplate(template, () => false)).not.toMatch(/problems|>>>|<<</);
    const kept = renderTemplate(template, (field) => field === 'problems');
    expect(kept).toMatch(/^problems:\n {2}- \{ text: 【待填写】/m);
    expect(kept).not.toMatch(/>>>|<<</);
  });
});

describe('scaffold', () => {
  let dir: string;
  /** Every file and folder under the copy, with each file's text. */
  const tree = () =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .sort()
      .map((name) => (statSync(join(dir, name)).isFile() ? `${name}\n${readFileSync(join(dir, name), 'utf8')}` : name));
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'new-entry-'));
    for (const folder of ['methods', 'cases', 'glossary', 'readings'])
      mkdirSync(join(dir, 'content', folder), { recursive: true });
    writeFileSync(join(dir, 'content/cases/old.mdx'), 'old');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a case from its template and says where to preview it', () => {
    const result = scaffold(dir, 'case', 'new-case-2');
    expect(result.ok).toBe(true);
    expect(result.message).toContain('已创建案例：content/cases/new-case-2.mdx');
    expect(result.message).toContain('http://localhost:4321/cases/new-case-2/');
    const text = readFileSync(join(dir, 'content/cases/new-case-2.mdx'), 'utf8');
    expect(text).toContain('title: 【待填写】案例标题');
    expect(text).toContain('actors: [【待填写】实施主体]');
  });

  it('writes a term as YAML under glossary/', () => {
    expect(scaffold(dir, 'term', 'new-term').ok).toBe(true);
    expect(readFileSync(join(dir, 'content/glossary/new-term.yaml'), 'utf8')).toContain('term: 【待填写】术语');
  });

  it('takes the pending `problems` field when the schema has it', () => {
    mkdirSync(join(dir, 'src/schemas'), { recursive: true });
    writeFileSync(join(dir, 'src/schemas/entry.ts'), '  problems: z.array(problemSchema),\n');
    scaffold(dir, 'method', 'with-problems');
    expect(readFileSync(join(dir, 'content/methods/with-problems.mdx'), 'utf8')).toMatch(/^problems:$/m);
    scaffold(dir, 'term', 'term-without');
    expect(readFileSync(join(dir, 'content/glossary/term-without.yaml'), 'utf8')).not.toContain('problems');
  });

  const refusals: [string, string | undefined, string | undefined, RegExp][] = [
    ['an id that exists', 'case', 'old', /^案例“old”已经存在：content\/cases\/old\.mdx。请换一个 id/],
    ['an id with capitals and underscores', 'case', 'Bad_Id', /^id“Bad_Id”无效：只能用小写英文字母、数字和连字符/],
    ['a Chinese id', 'method', '调解', /^id“调解”无效/],
    ['an id ending in a hyphen', 'term', 'abc-', /^id“abc-”无效/],
    ['a missing id', 'case', undefined, /^缺少 id。用法：npm run new/],
    [
      'an unknown kind',
      'thing',
      'x',
      /^未知的条目类型“thing”。可用的类型：method（方法）、case（案例）、term（术语）、reading（学习路径）/,
    ],
  ];
  for (const [what, kind, id, message] of refusals) {
    it(`refuses ${what} and writes nothing`, () => {
      const before = tree();
      const result = scaffold(dir, kind, id);
      expect(result.ok).toBe(false);
      expect(result.message).toMatch(message);
      expect(tree()).toEqual(before);
      expect(readFileSync(join(dir, 'content/cases/old.mdx'), 'utf8')).toBe('old');
    });
  }
});

it('the real schemas are where the scaffold looks for pending fields', () => {
  for (const kind of Object.values(KINDS))
    for (const file of kind.schemaFiles) expect(readFileSync(join(ROOT, file), 'utf8')).toContain('z.');
});

it('names the entry of a data file that holds many, as well as the file', () => {
  const problems = checkLibrary([
    {
      collection: 'sources',
      id: 'new-report',
      filePath: 'content/sources.yaml',
      data: { id: 'new-report', short: '【待填写】简称', parts: [{ id: '§1', covers: '【待填写】概括' }] },
    },
    {
      collection: 'glossary',
      id: 'new-term',
      filePath: 'content/glossary/new-term.yaml',
      data: { term: '【待填写】术语' },
    },
  ]);
  expect(problems).toEqual([
    'content/sources.yaml（new-report）: short 仍是占位内容，请填写',
    'content/sources.yaml（new-report）: parts[0].covers 仍是占位内容，请填写',
    'content/glossary/new-term.yaml: term 仍是占位内容，请填写',
  ]);
});
