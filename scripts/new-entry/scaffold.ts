// `npm run new -- <kind> <id>`: writes a new entry from its template in ./templates/, with every
// field of its schema — required ones as placeholders the build refuses until they are filled in
// (src/lib/library/placeholders.ts), optional ones present and explained in Chinese comments.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TEMPLATES_DIR = fileURLToPath(new URL('./templates/', import.meta.url));

export interface EntryKind {
  /** Chinese name, as in messages. */
  label: string;
  /** Folder under content/ and first segment of the page's URL. */
  collection: 'methods' | 'cases' | 'glossary' | 'readings';
  /** File extension of the entry (and of its template). */
  ext: '.mdx' | '.yaml';
  /** Template file in TEMPLATES_DIR. */
  template: string;
  /** The schema files whose fields the template lists (for the template test and pending fields). */
  schemaFiles: string[];
}

export const KINDS: Record<string, EntryKind> = {
  method: {
    label: '方法',
    collection: 'methods',
    ext: '.mdx',
    template: 'method.mdx',
    schemaFiles: ['src/schemas/entry.ts', 'src/schemas/method.ts'],
  },
  case: {
    label: '案例',
    collection: 'cases',
    ext: '.mdx',
    template: 'case.mdx',
    schemaFiles: ['src/schemas/entry.ts', 'src/schemas/case.ts'],
  },
  term: {
    label: '术语',
    collection: 'glossary',
    ext: '.yaml',
    template: 'term.yaml',
    schemaFiles: ['src/schemas/glossary.ts'],
  },
  reading: {
    label: '学习路径',
    collection: 'readings',
    ext: '.mdx',
    template: 'reading.mdx',
    schemaFiles: ['src/schemas/reading.ts'],
  },
};

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Why `id` cannot be an id, or undefined when it can. */
export function idProblem(id: string | undefined): string | undefined {
  if (!id)
    return '缺少 id。用法：npm run new -- <method|case|term|reading> <id>，例如 npm run new -- case xingbei-canteen';
  if (!ID_PATTERN.test(id)) {
    return `id“${id}”无效：只能用小写英文字母、数字和连字符（-），不能以连字符开头或结尾，例如 xingbei-canteen。中文标题写在文件里的 title 中。`;
  }
  return undefined;
}

/**
 * A template's block between `# >>> field` and `# <<< field` lines is a field a schema is still
 * to gain (other branches add `problems`): it is kept only when one of the kind's schema files
 * declares the field. The marker lines themselves are always removed.
 */
export function renderTemplate(template: string, schemaHasField: (field: string) => boolean): string {
  return template.replace(/^# >>> (\w+)\n([\s\S]*?)^# <<< \1\n/gm, (_all, field: string, block: string) =>
    schemaHasField(field) ? block : '',
  );
}

/** Whether the kind's schema files (under `root`) declare `field`. */
export function schemaDeclares(root: string, kind: EntryKind, field: string): boolean {
  const pattern = new RegExp(`^\\s*${field}:`, 'm');
  return kind.schemaFiles.some(
    (file) => existsSync(join(root, file)) && pattern.test(readFileSync(join(root, file), 'utf8')),
  );
}

export type ScaffoldResult = { ok: true; file: string; url: string; message: string } | { ok: false; message: string };

/** Writes a new entry of `kindName` with `id` under `root`/content, or explains why not (writing nothing). */
export function scaffold(root: string, kindName: string | undefined, id: string | undefined): ScaffoldResult {
  const kind = kindName ? KINDS[kindName] : undefined;
  if (!kind) {
    const known = Object.entries(KINDS)
      .map(([name, k]) => `${name}（${k.label}）`)
      .join('、');
    return {
      ok: false,
      message: `未知的条目类型“${kindName ?? ''}”。可用的类型：${known}。用法：npm run new -- <类型> <id>`,
    };
  }
  const problem = idProblem(id);
  if (problem || !id) return { ok: false, message: problem ?? '' };

  const folder = join('content', kind.collection);
  const existing = ['.mdx', '.md', '.yaml', '.yml']
    .map((ext) => join(folder, `${id}${ext}`))
    .find((file) => existsSync(join(root, file)));
  if (existing)
    return {
      ok: false,
      message: `${kind.label}“${id}”已经存在：${existing}。请换一个 id，或直接编辑这个文件。没有写入任何文件。`,
    };
  if (!existsSync(join(root, folder)))
    return { ok: false, message: `找不到文件夹 ${folder}：请在项目根目录运行 npm run new。` };

  const template = readFileSync(join(TEMPLATES_DIR, kind.template), 'utf8');
  const text = renderTemplate(template, (field) => schemaDeclares(root, kind, field));
  const file = join(folder, `${id}${kind.ext}`);
  writeFileSync(join(root, file), text, { flag: 'wx' });
  const url = `http://localhost:4321/${kind.collection}/${id}/`;
  const message = [
    `已创建${kind.label}：${file}`,
    `请填写所有标有“【待填写】”或 dai-tianxie 的内容；没填完之前，构建会停下并指出文件和字段。`,
    `预览：运行 npm run dev，然后打开 ${url}`,
  ].join('\n');
  return { ok: true, file, url, message };
}
