import { findBodyRefs } from './body-refs';
import { isCollectionName, TYPE_LABEL, type CollectionName } from '../collections';
import { isPlaceholder, placeholderFields, placeholderLines, placeholderMessage } from './placeholders';

/** A reference as Astro's `reference()` leaves it in entry data. */
export interface EntryRef {
  collection: string;
  id: string;
}

/** One content entry, as much of it as the checks need. */
export interface ContentRecord {
  collection: CollectionName;
  id: string;
  /** Path of the file the entry came from, relative to the project root. */
  filePath: string;
  data: unknown;
  body?: string | undefined;
}

/** Fields whose references point at other entries of the same kind, where pointing at oneself is a mistake. */
const SELF_RELATIONS = new Set(['partOf', 'buildsOn', 'related']);

export function isEntryRef(value: unknown): value is EntryRef {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const record = value as Record<string, unknown>;
  return keys.length === 2 && typeof record['collection'] === 'string' && typeof record['id'] === 'string';
}

/** Calls `visit` for every reference inside `value`, with its field path (e.g. `structure[0].term`). */
function walkRefs(
  value: unknown,
  path: string,
  visit: (ref: EntryRef, path: string, parent: unknown) => void,
  parent?: unknown,
): void {
  if (isEntryRef(value)) {
    visit(value, path, parent);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => walkRefs(item, `${path}[${index}]`, visit, value));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) walkRefs(child, path ? `${path}.${key}` : key, visit, value);
  }
}

/** The names of a method's structure: its groups and their items. */
function structureNames(data: unknown): Set<string> {
  const names = new Set<string>();
  const structure = (data as { structure?: { name: string; items?: { name: string }[] }[] }).structure ?? [];
  for (const group of structure) {
    names.add(group.name);
    for (const item of group.items ?? []) names.add(item.name);
  }
  return names;
}

/** The `source`+`part` pairs an entry's frontmatter `sources` lists; undefined for entries without the field. */
function citedParts(data: unknown): Set<string> | undefined {
  const sources = (data as { sources?: { source: EntryRef; part: string }[] }).sources;
  if (!Array.isArray(sources)) return undefined;
  return new Set(sources.map(({ source, part }) => `${source.id}\u0000${part}`));
}

/**
 * Checks what a schema cannot: that every reference, citation part and in-prose link points at
 * something that exists, that every part cited in prose or by a situation (`problems`) is listed in
 * `sources`, that relations are
 * not circular, and that glossary terms are unambiguous.
 * Returns one message per problem, each naming the file and the field or line.
 */
export function checkLibrary(records: readonly ContentRecord[]): string[] {
  const problems: string[] = [];
  const byKey = new Map(records.map((record) => [`${record.collection}/${record.id}`, record]));
  const find = (collection: string, id: string) => byKey.get(`${collection}/${id}`);

  const describe = (collection: string, id: string) =>
    isCollectionName(collection) ? `${TYPE_LABEL[collection]}“${id}”` : `“${collection}/${id}”`;

  /** Checks a citation's source and part; returns a problem or undefined. */
  const citationProblem = (sourceId: string | undefined, part: string | undefined): string | undefined => {
    if (!sourceId) return '缺少 source';
    const source = find('sources', sourceId);
    if (!source) return `引用了不存在的来源“${sourceId}”`;
    const parts = ((source.data as { parts?: { id: string }[] }).parts ?? []).map((p) => p.id);
    if (!part) return `引用来源“${sourceId}”时缺少 part（可用：${parts.join('、')}）`;
    if (!parts.includes(part)) return `来源“${sourceId}”没有部分“${part}”（可用：${parts.join('、')}）`;
    return undefined;
  };

  for (const record of records) {
    const where = record.filePath;

    // What `npm run new` left to fill in: named field by field, and not checked further.
    // (An entry of a data file that holds many, such as sources.yaml, is named by its id too.)
    const entryAt = /\.ya?ml$/.test(where) && !where.endsWith(`${record.id}.yaml`) ? `${where}（${record.id}）` : where;
    for (const path of placeholderFields(record.data)) problems.push(`${entryAt}: ${placeholderMessage(path)}`);
    const unfilledLines = new Set(placeholderLines(record.body ?? ''));
    for (const line of unfilledLines) problems.push(`${where}: ${placeholderMessage(`正文第${line}行`)}`);

    walkRefs(record.data, '', (ref, path, parent) => {
      if (isPlaceholder(ref.id)) return;
      if (
        typeof parent === 'object' &&
        parent !== null &&
        isPlaceholder(String((parent as { part?: unknown }).part ?? ''))
      )
        return;
      if (!find(ref.collection, ref.id)) {
        problems.push(`${where}: ${path} 引用了不存在的${describe(ref.collection, ref.id)}`);
        return;
      }
      const topField = path.split(/[.[]/)[0] ?? '';
      if (SELF_RELATIONS.has(topField) && ref.collection === record.collection && ref.id === record.id) {
        problems.push(`${where}: ${path} 不能指向条目自己（“${record.id}”）`);
      }
      // A citation is an object { source: ref, part }: its part must exist in the source.
      if (ref.collection === 'sources' && typeof parent === 'object' && parent !== null && 'part' in parent) {
        const problem = citationProblem(ref.id, String((parent as { part: unknown }).part));
        if (problem) problems.push(`${where}: ${path.replace(/\.source$/, '')} ${problem}`);
      }
    });

    if (record.collection === 'cases') {
      const applied = (record.data as { methods?: { method: EntryRef; part?: string }[] }).methods ?? [];
      applied.forEach(({ method, part }, index) => {
        const target = find('methods', method.id);
        if (target && part && !structureNames(target.data).has(part)) {
          const names = [...structureNames(target.data)].join('、') || '（无）';
          problems.push(
            `${where}: methods[${index}].part “${part}” 不是方法“${method.id}”结构中的部分（可用：${names}）`,
          );
        }
      });
    }

    if (record.collection === 'readings') {
      const items = (record.data as { items?: { entry: string }[] }).items ?? [];
      items.forEach(({ entry }, index) => {
        if (isPlaceholder(entry)) return;
        const [collection = '', id = ''] = entry.split('/');
        if (!find(collection, id))
          problems.push(`${where}: items[${index}].entry 指向不存在的${describe(collection, id)}`);
      });
    }

    if (record.collection === 'methods') {
      // partOf must not loop back: a → b → a.
      const seen = new Set([record.id]);
      let current = (record.data as { partOf?: EntryRef }).partOf;
      while (current) {
        if (seen.has(current.id)) {
          problems.push(`${where}: partOf 形成了循环（${[...seen, current.id].join(' → ')}）`);
          break;
        }
        seen.add(current.id);
        current = (find('methods', current.id)?.data as { partOf?: EntryRef } | undefined)?.partOf;
      }
    }

    // What the prose cites must be in the frontmatter's sources too, so the source list is complete.
    const listed = citedParts(record.data);

    // So must what a situation (适用情形) cites; a part the source lacks is reported above.
    const situations = (record.data as { problems?: { cite?: { source: EntryRef; part: string } }[] }).problems ?? [];
    situations.forEach(({ cite }, index) => {
      if (!cite || !listed || citationProblem(cite.source.id, cite.part)) return;
      if (!listed.has(`${cite.source.id}\u0000${cite.part}`)) {
        problems.push(
          `${where}: problems[${index}].cite 引用的来源“${cite.source.id}”部分“${cite.part}”没有列在 sources 中`,
        );
      }
    });
    for (const ref of findBodyRefs(record.body ?? '')) {
      if (unfilledLines.has(ref.line) || Object.values(ref.attributes).some(isPlaceholder)) continue;
      const at = `${where}: 正文第${ref.line}行 <${ref.component}>`;
      if (ref.component === 'EntryLink') {
        const to = ref.attributes['to'] ?? '';
        const [collection = '', id = ''] = to.split('/');
        if (!isCollectionName(collection) || !id) {
          problems.push(`${at} 的 to="${to}" 应写成“集合/id”，例如 methods/xingbei-3456`);
        } else if (!find(collection, id)) {
          problems.push(`${at} 链接到不存在的${describe(collection, id)}`);
        }
      } else {
        const { source = '', part = '' } = ref.attributes;
        const problem = citationProblem(source, part);
        if (problem) problems.push(`${at} ${problem}`);
        else if (listed && !listed.has(`${source}\u0000${part}`))
          problems.push(`${at} 引用的来源“${source}”部分“${part}”没有列在 sources 中`);
      }
    }
  }

  // A word a reader types must lead to one term: no term or alias may belong to two entries.
  const owners = new Map<string, string>();
  for (const record of records.filter((r) => r.collection === 'glossary')) {
    const { term, aliases = [] } = record.data as { term: string; aliases?: string[] };
    for (const word of new Set([term, ...aliases])) {
      const owner = owners.get(word);
      if (owner && owner !== record.filePath)
        problems.push(`${record.filePath}: 术语或别名“${word}”已由 ${owner} 使用`);
      else owners.set(word, record.filePath);
    }
  }

  return problems;
}
