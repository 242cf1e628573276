// What `npm run new` leaves for an editor to fill in. An entry that still holds a placeholder
// stops the build, naming the file and the field (src/lib/library/integrity.ts).

/** A placeholder in text fields and prose. */
export const PLACEHOLDER_TEXT = '【待填写】';
/** A placeholder where an id goes (a place, theme, source, or the id in `methods/<id>`): 待填写 in pinyin. */
export const PLACEHOLDER_ID = 'dai-tianxie';

/** Whether a value written in content is still a placeholder. */
export function isPlaceholder(value: string): boolean {
  return value.includes(PLACEHOLDER_TEXT) || value === PLACEHOLDER_ID || value.endsWith(`/${PLACEHOLDER_ID}`);
}

/** The message for a field (or a line of prose) that is still a placeholder. */
export function placeholderMessage(where: string): string {
  return `${where} 仍是占位内容，请填写`;
}

/**
 * The field paths in `data` whose value is still a placeholder, e.g. `title`, `themes[0]`,
 * `sources[0].source` (a reference, `{ collection, id }`, counts by its id).
 */
export function placeholderFields(data: unknown, path = ''): string[] {
  if (typeof data === 'string') return isPlaceholder(data) ? [path] : [];
  if (Array.isArray(data)) return data.flatMap((item, index) => placeholderFields(item, `${path}[${index}]`));
  if (typeof data === 'object' && data !== null) {
    const record = data as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 2 && typeof record['collection'] === 'string' && typeof record['id'] === 'string') {
      return isPlaceholder(record['id']) ? [path] : [];
    }
    return Object.entries(record).flatMap(([key, value]) => placeholderFields(value, path ? `${path}.${key}` : key));
  }
  return [];
}

/** The 1-based lines of an MDX body that still hold a placeholder. */
export function placeholderLines(body: string): number[] {
  return body.split('\n').flatMap((line, index) => (line.includes(PLACEHOLDER_TEXT) ? [index + 1] : []));
}
