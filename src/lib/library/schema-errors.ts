// Schema errors in Chinese, for the editor who reads them in the terminal or in the dev server's
// overlay. Astro validates each entry with its own error map, which answers before Zod's locale
// (`z.config(z.locales.zhCN())` alone still prints “Required” for a missing field, since Zod asks
// the map a parse passes in before the configured locale). So each collection's schema is wrapped:
// the entry is parsed with the map below, and each problem is handed to Astro with its message
// already written, which Astro prints as given, after the field's path and before the file.
import { z } from 'astro/zod';

const zhCN = z.locales.zhCN().localeError;

const TYPE_NAME: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: 'true 或 false',
  array: '列表（[…] 或一行一个“- ”）',
  object: '对象（{ … } 或缩进的字段）',
  null: 'null',
  undefined: '空',
};

function received(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return '列表';
  return TYPE_NAME[typeof input] ?? typeof input;
}

/** The message for one problem, in Chinese; the field's path is printed before it. */
export function chineseError(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `缺少必填字段（应为${TYPE_NAME[issue.expected] ?? issue.expected}）`;
      return `类型不对：应为${TYPE_NAME[issue.expected] ?? issue.expected}，实际写的是${received(issue.input)}（${JSON.stringify(issue.input)}）`;
    case 'unrecognized_keys':
      return `有不认识的字段：${issue.keys.join('、')}（是否拼错了？可用的字段见 src/schemas/ 中的说明）`;
    case 'too_small':
      if (issue.origin === 'string') return `太短：至少要写 ${String(issue.minimum)} 个字`;
      if (issue.origin === 'array') return `至少要有 ${String(issue.minimum)} 项`;
      break;
    case 'too_big':
      if (issue.origin === 'string') return `太长：最多 ${String(issue.maximum)} 个字`;
      if (issue.origin === 'array') return `最多只能有 ${String(issue.maximum)} 项`;
      break;
    case 'invalid_value':
      return `只能是以下之一：${issue.values.map((v) => String(v)).join('、')}（实际写的是 ${JSON.stringify(issue.input)}）`;
    case 'invalid_format':
      if (issue.format === 'url') return `不是有效的网址：${JSON.stringify(issue.input)}`;
      break;
    default:
      break;
  }
  const fallback = zhCN(issue);
  return typeof fallback === 'string' ? fallback : (fallback?.message ?? '无效输入');
}

/**
 * The schema, parsed with Chinese messages. The messages a schema writes itself (“至少写出一个实施
 * 主体（actors）”) are kept; the rest come from `chineseError`.
 */
export function inChinese<T extends z.ZodType>(schema: T) {
  return z.unknown().transform(async (data, ctx): Promise<z.output<T>> => {
    const result = await schema.safeParseAsync(data, { error: chineseError });
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      // A misspelt field is named as the field itself, like a missing one.
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
      for (const key of keys) {
        const path = key === undefined ? issue.path : [...issue.path, key];
        const message =
          key === undefined ? issue.message : `不认识的字段“${key}”（是否拼错了？可用的字段见 src/schemas/ 中的说明）`;
        ctx.addIssue({ code: 'custom', message, path, input: data });
      }
    }
    return z.NEVER;
  });
}
