/**
 * An ad-hoc reading list carried entirely in its URL: no server, no account. Two forms:
 *
 * - `?l=…`, the whole list (title, entries, notes) as compact JSON in URL-safe base64, which keeps
 *   Chinese titles and notes far shorter than percent-encoding would: the link a trainer sends.
 * - `?k=m.xingbei-3456~c.pingan-yongji&t=…`, the entries' keys as they are and the title in
 *   base64, without the notes: what a printed or Word handout's QR code carries, since the notes
 *   are on the paper already and a short link makes a small code that an old phone still scans.
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
  /**
   * False when the link could not be read at all (cut short, garbled, empty): there is no list to
   * show or save, and `problems[0]` says what happened and how to get a good link.
   */
  readable: boolean;
}

/** Said after every link that cannot be read: where a good one comes from. */
const GET_A_GOOD_LINK = '请向发送者重新要一份完整的链接（在“我的阅读清单”页点“复制链接”得到）。';

function unreadable(problem: string): DecodedList {
  return { list: { title: '', items: [] }, problems: [`${problem}${GET_A_GOOD_LINK}`], readable: false };
}

/** The query (without `?`) of a list's short link: its entries' keys and its title, no notes. */
export function encodeShortList(list: ReadingList): string {
  const keys = list.items.map(({ key }) => {
    const [collection = '', id = ''] = key.split('/');
    return `${SHORT[collection] ?? collection}.${id}`;
  });
  return `k=${keys.join('~')}${list.title ? `&t=${toBase64Url(list.title)}` : ''}`;
}

/**
 * The list a page address carries, from its query: `l` (the whole list) or `k` and `t` (the short
 * link of a handout); null when it carries none, which is the reader's own list.
 */
export function decodeListParams(params: URLSearchParams, knownKeys: ReadonlySet<string>): DecodedList | null {
  const whole = params.get('l');
  if (whole !== null) return decodeList(whole, knownKeys);
  const keys = params.get('k');
  if (keys === null) return null;
  if (keys.trim() === '') return unreadable('链接里没有清单内容（“k=”后面是空的），可能没有复制完整。');
  if (keys.length > LIMITS.encoded)
    return unreadable(`链接太长（${keys.length} 个字符，上限 ${LIMITS.encoded}），无法读取。`);
  let title = '';
  try {
    title = fromBase64Url(params.get('t') ?? '');
  } catch {
    return unreadable('链接中的清单标题无法读取：链接可能被截断或改动过。');
  }
  return readItems(
    title,
    keys.split('~').map((short) => [short]),
    knownKeys,
  );
}

/**
 * Reads a list from its `l` parameter. Never throws: a link that was cut short, tampered with or
 * names entries this library does not have gives a message for that part and keeps the rest.
 */
export function decodeList(encoded: string, knownKeys: ReadonlySet<string>): DecodedList {
  if (encoded.trim() === '') return unreadable('链接里没有清单内容（“l=”后面是空的），可能没有复制完整。');
  if (encoded.length > LIMITS.encoded)
    return unreadable(`链接太长（${encoded.length} 个字符，上限 ${LIMITS.encoded}），无法读取。`);
  let raw: unknown;
  try {
    raw = JSON.parse(fromBase64Url(encoded));
  } catch {
    return unreadable('链接中的阅读清单无法读取：链接可能被截断或改动过。');
  }
  if (typeof raw !== 'object' || raw === null || !Array.isArray((raw as { i?: unknown }).i)) {
    return unreadable('链接中的阅读清单格式不对，无法读取。');
  }
  const { t, i } = raw as { t?: unknown; i: unknown[] };
  return readItems(typeof t === 'string' ? t : '', i, knownKeys);
}

/** A list's title and items as a link gives them, checked: what is wrong is named and left out. */
function readItems(rawTitle: string, i: unknown[], knownKeys: ReadonlySet<string>): DecodedList {
  const problems: string[] = [];
  let title = rawTitle;
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
  return { list: { title, items }, problems, readable: true };
}
