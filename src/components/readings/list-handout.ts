import { demoteHeadings } from '~/lib/readings/demote-headings';
import type { ReadingList } from '~/lib/readings/reading-list';
import { scopeIds } from '~/lib/readings/scope-ids';
import { fillHandoutAddresses } from './handout-addresses';
import { el, type EntryInfo } from './list-items';

/**
 * An entry page's HTML made safe to take its article from: style and script elements and style
 * attributes go before the page is parsed (parsing a page's <style> here counts against this
 * page's CSP and logs an error), ids get the entry's prefix, headings move one level down.
 */
function articleHtml(html: string, prefix: string): string {
  const bare = html
    .replace(/<style\b[\s\S]*?<\/style>/gi, '')
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/\sstyle="[^"]*"/gi, '');
  return demoteHeadings(scopeIds(bare, prefix));
}

/**
 * The printed body of a reading list: each entry in full, as its own page shows it, with its
 * position, its address and QR code, then every entry's address after the list's own (the
 * first line of `addresses`, kept). Entry pages are fetched
 * (from the offline cache when there is no network) once each and reused when the list changes.
 */
export function listHandout(
  body: HTMLElement,
  addresses: HTMLOListElement,
  entries: Map<string, EntryInfo>,
  status: HTMLElement,
) {
  const pages = new Map<string, Promise<string>>();
  const page = (entry: EntryInfo) => {
    let html = pages.get(entry.key);
    if (!html) {
      html = fetch(entry.url).then((response) =>
        response.ok ? response.text() : Promise.reject(new Error(`${response.status}`)),
      );
      html.catch(() => pages.delete(entry.key)); // a failed fetch is tried again next time
      pages.set(entry.key, html);
    }
    return html;
  };

  let missing = 0;
  const article = async (entry: EntryInfo, position: number, total: number): Promise<HTMLElement> => {
    const wrapper = el('article', 'handout-entry mt-10 break-before-page');
    wrapper.dataset['handoutEntry'] = entry.key;
    const qr = el('figure', 'handout-qr');
    qr.dataset['qr'] = entry.url;
    const caption = el('figcaption', '', '扫码阅读网上版');
    const address = el('span', '', entry.url);
    address.dataset['address'] = entry.url;
    caption.append(el('br', ''), address);
    qr.append(caption);
    wrapper.append(qr, el('p', 'text-sm font-bold text-accent', `第 ${position} 篇（共 ${total} 篇）`)); // the type follows in the entry's own header
    try {
      const doc = new DOMParser().parseFromString(articleHtml(await page(entry), `h${position}`), 'text/html');
      const content = doc.querySelector('article[data-pagefind-body]');
      if (!content) throw new Error('no article');
      content.querySelectorAll('.no-print, [hidden], .term-tip, svg').forEach((node) => node.remove());
      wrapper.append(...[...content.childNodes].map((node) => document.importNode(node, true)));
    } catch {
      missing++;
      wrapper.append(
        el('h2', 'text-2xl', entry.title),
        el('p', '', entry.summary),
        el('p', 'text-sm text-muted', '（全文未能载入：请联网后刷新页面再打印。）'),
      );
    }
    return wrapper;
  };

  let version = 0;
  /** Renders the handout for `list`; resolves when it is complete (or superseded by a newer list). */
  return async (list: ReadingList): Promise<void> => {
    const mine = ++version;
    const shown = list.items
      .map((item) => entries.get(item.key))
      .filter((entry): entry is EntryInfo => entry !== undefined);
    // Said on the page, so a trainer knows when the handout is whole (it may take a while offline).
    status.textContent =
      shown.length > 0 ? `正在准备讲义：读取 ${shown.length} 篇全文……` : '清单是空的，讲义只有封面。';
    missing = 0;
    const articles = await Promise.all(shown.map((entry, index) => article(entry, index + 1, shown.length)));
    if (mine !== version) return;
    body.replaceChildren(...articles);
    const line = (label: string, path: string) => {
      const li = el('li', '', `${label}：`);
      const address = el('span', 'handout-address', path);
      address.dataset['address'] = path;
      li.append(address);
      return li;
    };
    // The first line, the list's own link, is the page's and stays.
    const first = addresses.firstElementChild;
    const lines = shown.map((entry, index) => line(`第 ${index + 1} 篇 · ${entry.title}`, entry.url));
    addresses.replaceChildren(...(first ? [first] : []), ...lines);
    fillHandoutAddresses(body);
    for (const li of lines) fillHandoutAddresses(li);
    if (shown.length > 0) {
      status.textContent =
        missing > 0
          ? `讲义已备好，但有 ${missing} 篇全文未能读取（可能没有网络），印出来只有标题和摘要。`
          : `讲义已备好：${shown.length} 篇全文，可以打印或下载 Word。`;
    }
  };
}
