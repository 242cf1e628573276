import { decodeList, encodeList, type ReadingList } from '~/lib/reading-list';
import { readStoredList, storeList } from './stored-list';

interface EntryInfo {
  key: string;
  type: string;
  title: string;
  summary: string;
  minutes: number;
  url: string;
}

/** Builds an element with text content only: titles and notes from a link are never parsed as HTML. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The entry's content, as its own page shows it, for the printed handout. */
async function handoutArticle(entry: EntryInfo, position: number): Promise<HTMLElement> {
  const wrapper = el('article', 'handout-entry mt-10 break-before-page');
  wrapper.append(el('p', 'text-sm font-bold text-accent', `${position}. ${entry.type}`));
  try {
    // The page's <style> elements go before parsing: a parsed document shares this page's CSP,
    // which does not list another page's style hashes, so each one would log a violation.
    const html = (await (await fetch(entry.url)).text()).replace(/<style[^>]*>[\s\S]*?<\/style>/gi, '');
    const article = new DOMParser().parseFromString(html, 'text/html').querySelector('article[data-pagefind-body]');
    if (!article) throw new Error('no article');
    article.querySelectorAll('script, style, .no-print, [hidden], .term-tip').forEach((node) => node.remove());
    wrapper.append(...article.childNodes);
  } catch {
    wrapper.append(el('h2', 'text-2xl', entry.title), el('p', '', entry.summary));
  }
  return wrapper;
}

/** Wires /readings/custom/: the list from the link (?l=) or this browser, editable, shareable, printable. */
export async function runReadingList(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-reading-list]');
  const q = <T extends Element>(selector: string) => root?.querySelector<T>(selector) ?? null;
  const titleInput = q<HTMLInputElement>('#list-title');
  const heading = q<HTMLElement>('#list-heading');
  const summary = q<HTMLElement>('#list-summary');
  const empty = q<HTMLElement>('#list-empty');
  const itemsList = q<HTMLOListElement>('#list-items');
  const share = q<HTMLInputElement>('#share-url');
  const shareStatus = q<HTMLElement>('#share-status');
  // Opened from disk (the file edition) the link names a file on this computer: say so.
  const shareLocal = q<HTMLElement>('#share-local');
  if (shareLocal) shareLocal.hidden = location.protocol !== 'file:';
  const problemsBox = q<HTMLElement>('#list-problems');
  const handout = q<HTMLElement>('#handout-entries');
  if (!root || !titleInput || !heading || !summary || !empty || !itemsList || !share || !shareStatus || !problemsBox || !handout) return;

  let entries: Map<string, EntryInfo>;
  try {
    const all = (await (await fetch(root.dataset['entries'] ?? '')).json()) as EntryInfo[];
    entries = new Map(all.map((entry) => [entry.key, entry]));
  } catch {
    summary.textContent = '条目目录加载失败，请检查网络后刷新页面。';
    return;
  }

  const fromLink = new URLSearchParams(location.search).get('l');
  let list: ReadingList;
  if (fromLink !== null) {
    const decoded = decodeList(fromLink, new Set(entries.keys()));
    list = decoded.list;
    if (decoded.problems.length > 0) {
      problemsBox.hidden = false;
      problemsBox.querySelector('ul')?.append(...decoded.problems.map((problem) => el('li', '', problem)));
    }
  } else {
    list = readStoredList();
    list = { ...list, items: list.items.filter((item) => entries.has(item.key)) };
  }

  const shareUrl = () => {
    const url = new URL(location.pathname, location.origin);
    if (list.items.length > 0 || list.title) url.searchParams.set('l', encodeList(list));
    return url.href;
  };

  let handoutVersion = 0;
  const renderHandout = async () => {
    const version = ++handoutVersion;
    const articles = await Promise.all(
      list.items.map((item, index) => {
        const entry = entries.get(item.key);
        return entry ? handoutArticle(entry, index + 1) : Promise.resolve(el('article', ''));
      }),
    );
    if (version === handoutVersion) handout.replaceChildren(...articles);
  };

  const save = () => {
    storeList(list);
    history.replaceState(null, '', shareUrl());
    render();
  };

  const move = (index: number, by: number) => {
    const items = [...list.items];
    const [item] = items.splice(index, 1);
    if (!item) return;
    items.splice(index + by, 0, item);
    list = { ...list, items };
    save();
    // Keep the keyboard where the reader is: on the same button of the moved item.
    itemsList.children[index + by]?.querySelector<HTMLButtonElement>(by < 0 ? '[data-move="up"]' : '[data-move="down"]')?.focus();
  };

  const render = () => {
    titleInput.value = list.title;
    heading.textContent = list.title || '阅读清单';
    const minutes = list.items.reduce((sum, item) => sum + (entries.get(item.key)?.minutes ?? 0), 0);
    summary.textContent = list.items.length > 0 ? `共 ${list.items.length} 篇，约 ${minutes} 分钟。` : '';
    empty.hidden = list.items.length > 0;
    share.value = shareUrl();
    itemsList.replaceChildren(
      ...list.items.map((item, index) => {
        const entry = entries.get(item.key);
        const li = el('li', 'rounded-md border border-line p-4 break-inside-avoid');
        if (!entry) return li;
        const meta = el('p', 'text-xs text-muted', `${index + 1} · ${entry.type} · 约 ${entry.minutes} 分钟`);
        const title = el('h3', 'mt-1 text-lg');
        const link = el('a', '', entry.title);
        link.href = entry.url;
        title.append(link);
        const about = el('p', 'mt-1 text-sm text-muted', entry.summary);
        const noteId = `note-${index}`;
        const noteLabel = el('label', 'no-print mt-3 block text-sm font-bold', '备注');
        noteLabel.htmlFor = noteId;
        const note = el('textarea', 'no-print mt-1 w-full rounded-md border border-line bg-paper px-3 py-2 text-sm');
        note.id = noteId;
        note.maxLength = 300;
        note.rows = 2;
        note.value = item.note;
        note.addEventListener('change', () => {
          list = { ...list, items: list.items.map((it, i) => (i === index ? { ...it, note: note.value } : it)) };
          save();
        });
        const printedNote = el('p', 'print-only mt-2 text-sm', item.note ? `备注：${item.note}` : '');
        const controls = el('div', 'no-print mt-2 flex flex-wrap gap-2 text-sm');
        const button = (label: string, name: string, onClick: () => void, disabled = false) => {
          const b = el('button', 'rounded-md border border-line px-2.5 py-1 disabled:opacity-40', label);
          b.type = 'button';
          b.disabled = disabled;
          b.setAttribute('aria-label', `${label}：${entry.title}`);
          b.dataset['move'] = name;
          b.addEventListener('click', onClick);
          return b;
        };
        controls.append(
          button('上移', 'up', () => move(index, -1), index === 0),
          button('下移', 'down', () => move(index, 1), index === list.items.length - 1),
          button('移出', 'remove', () => {
            list = { ...list, items: list.items.filter((_, i) => i !== index) };
            save();
          }),
        );
        li.append(meta, title, about, printedNote, noteLabel, note, controls);
        return li;
      }),
    );
    void renderHandout();
  };

  titleInput.addEventListener('input', () => {
    list = { ...list, title: titleInput.value.slice(0, 60) };
    storeList(list);
    history.replaceState(null, '', shareUrl());
    heading.textContent = list.title || '阅读清单';
    share.value = shareUrl();
  });
  q<HTMLButtonElement>('#share-copy')?.addEventListener('click', async () => {
    share.select();
    try {
      await navigator.clipboard.writeText(share.value);
      shareStatus.textContent = '已复制。粘贴到聊天或邮件里发给学员即可。';
    } catch {
      shareStatus.textContent = '浏览器不允许自动复制：链接已选中，请按 Ctrl+C（手机上长按）复制。';
    }
  });
  q<HTMLButtonElement>('#list-print')?.addEventListener('click', () => print());
  q<HTMLButtonElement>('#list-clear')?.addEventListener('click', () => {
    if (!confirm('清空阅读清单？这个操作不能撤销。')) return;
    list = { title: '', items: [] };
    save();
  });
  render();
}
