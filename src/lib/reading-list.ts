/**
 * An ad-hoc reading list carried entirely in its URL (`/readings/custom/?l=…`): no server, no
 * account. The list is compact JSON in URL-safe base64, which keeps Chinese titles and notes
 * far shorter than percent-encoding would, so the link fits in a chat message.
 */

export interface ReadingListItem {
  /** `collection/id`, e.g. `methods/xingbei-3456`. */
  key: string;
  /** The trainer's note for this item. */
  note: string;
}

export interface ReadingList {
  title: string;
  items: ReadingListItem[];
}

export const LIMITS = { items: 40, title: 60, note: 300, encoded: 6000 } as const;

const SHORT: Record<string, string> = { methods: 'm', cases: 'c', glossary: 'g' };
const LONG: Record<string, string> = { m: 'methods', c: 'cases', g: 'glossary' };

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** The `l` parameter for a list. */
export function encodeList(list: ReadingList): string {
  const items = list.items.map(({ key, note }) => {
    const [collection = '', id = ''] = key.split('/');
    const short = `${SHORT[collection] ?? collection}.${id}`;
    return note ? [short, note] : [short];
  });
  return toBase64Url(JSON.stringify({ t: list.title, i: items }));
}

export interface DecodedList {
  list: ReadingList;
  /** One message per problem, in Chinese, naming the bad part; the rest of the list still shows. */
  problems: string[];
}

/**
 * Reads a list from its `l` parameter. Never throws: a link that was cut short, tampered with or
 * names entries this library does not have gives a message for that part and keeps the rest.
 */
export function decodeList(encoded: string, knownKeys: ReadonlySet<string>): DecodedList {
  const empty = { title: '', items: [] };
  if (encoded.length > LIMITS.encoded) return { list: empty, problems: [`链接太长（${encoded.length} 个字符，上限 ${LIMITS.encoded}），无法读取。`] };
  let raw: unknown;
  try {
    raw = JSON.parse(fromBase64Url(encoded));
  } catch {
    return { list: empty, problems: ['链接中的阅读清单无法读取：链接可能被截断或改动过。请向发送者要一个完整的链接。'] };
  }
  if (typeof raw !== 'object' || raw === null || !Array.isArray((raw as { i?: unknown }).i)) {
    return { list: empty, problems: ['链接中的阅读清单格式不对，无法读取。'] };
  }
  const problems: string[] = [];
  const { t, i } = raw as { t?: unknown; i: unknown[] };
  let title = typeof t === 'string' ? t : '';
  if (title.length > LIMITS.title) {
    title = title.slice(0, LIMITS.title);
    problems.push(`清单标题太长，只显示前 ${LIMITS.title} 个字。`);
  }
  const items: ReadingListItem[] = [];
  i.forEach((entry, index) => {
    const position = `第 ${index + 1} 项`;
    if (!Array.isArray(entry) || typeof entry[0] !== 'string') {
      problems.push(`${position}格式不对，已略过。`);
      return;
    }
    const [short, note] = entry as [string, unknown];
    const [code = '', id = ''] = short.split('.');
    const key = `${LONG[code] ?? code}/${id}`;
    if (!knownKeys.has(key)) {
      problems.push(`${position}“${short.slice(0, 40)}”不是本库的条目（可能已改名或删除），已略过。`);
      return;
    }
    if (items.some((item) => item.key === key)) {
      problems.push(`${position}与前面的条目重复，已略过。`);
      return;
    }
    if (items.length >= LIMITS.items) {
      problems.push(`${position}超出清单上限 ${LIMITS.items} 项，已略过。`);
      return;
    }
    let text = typeof note === 'string' ? note : '';
    if (text.length > LIMITS.note) {
      text = text.slice(0, LIMITS.note);
      problems.push(`${position}的备注太长，只显示前 ${LIMITS.note} 个字。`);
    }
    items.push({ key, note: text });
  });
  return { list: { title, items }, problems };
}
