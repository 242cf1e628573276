import { encodeList, LIMITS, type ReadingList } from '~/lib/readings/reading-list';
import { keepingFocus } from './focus-keeper';
import { fullAddress } from './handout-addresses';
import { itemCard, listSummary, type EntryInfo } from './list-items';
import { sharePath, showProblems, type ListPage } from './list-page';
import { LIST_STORAGE_KEY, readStoredList, storeList } from './stored-list';

/**
 * The trainer's own list at /readings/custom/: title, order, notes, share link, clear. Every
 * keystroke is stored at once and nothing is re-rendered while typing; moving or removing an
 * item re-renders the list and gives focus back to the same control (focus-keeper.ts).
 */
export function runListEditor(page: ListPage, entries: Map<string, EntryInfo>): void {
  const titleInput = document.querySelector<HTMLInputElement>('#list-title');
  const share = document.querySelector<HTMLInputElement>('#share-url');
  const shareStatus = document.querySelector<HTMLElement>('#share-status');
  if (!titleInput || !share || !shareStatus) return;

  const known = (stored: ReadingList): ReadingList => ({
    ...stored,
    items: stored.items.filter((item) => entries.has(item.key)),
  });
  let list = readStoredList();
  const gone = list.items.filter((item) => !entries.has(item.key));
  showProblems(
    page,
    gone.map((item) => `清单里的“${item.key}”已不在本库（可能已改名或删除），已略过。`),
  );
  list = known(list);
  // A title typed before this script ran is the reader's latest word: keep it.
  if (titleInput.value && titleInput.value !== list.title) list = { ...list, title: titleInput.value.slice(0, 60) };
  titleInput.value = list.title;

  const keep = () => storeList(list);
  const showTitle = () => (page.heading.textContent = list.title || '阅读清单');
  let tooLong = false;
  const showShare = () => {
    share.value = fullAddress(sharePath(list));
    page.handout.render(list);
    // A link past the limit would not open: say so while there is still time to shorten notes.
    const length = encodeList(list).length;
    if (length > LIMITS.encoded)
      shareStatus.textContent = `链接已有 ${length} 个字符，超过上限 ${LIMITS.encoded}，学员打开时将无法读取。请缩短备注或减少篇目。`;
    else if (tooLong) shareStatus.textContent = '';
    tooLong = length > LIMITS.encoded;
  };

  const render = () => {
    showTitle();
    page.summary.textContent = listSummary(list.items, entries);
    page.empty.hidden = list.items.length > 0;
    page.items.replaceChildren(
      ...list.items.map((item, index) => itemCard(entries.get(item.key)!, item, index, list.items.length, actions)),
    );
    showShare();
  };

  const actions = {
    note(index: number, text: string) {
      list = { ...list, items: list.items.map((item, i) => (i === index ? { ...item, note: text } : item)) };
      keep();
      showShare();
    },
    move(index: number, by: -1 | 1) {
      const items = [...list.items];
      const [item] = items.splice(index, 1);
      if (!item) return;
      items.splice(index + by, 0, item);
      list = { ...list, items };
      keep();
      // At the top (or bottom) its button in that direction is disabled: focus the other one.
      keepingFocus(page.items, render, (key) =>
        page.items.querySelector<HTMLElement>(
          `[data-focus-key="${CSS.escape(key.replace(/\|(up|down)$/, (_, d: string) => `|${d === 'up' ? 'down' : 'up'}`))}"]`,
        ),
      );
      page.status.textContent = `已将“${entries.get(item.key)?.title ?? ''}”移到第 ${index + by + 1} 篇。`;
    },
    remove(index: number) {
      const removed = list.items[index];
      list = { ...list, items: list.items.filter((_, i) => i !== index) };
      keep();
      // Focus goes to the item that took its place (or the one before, or the empty-list note).
      keepingFocus(
        page.items,
        render,
        () =>
          page.items.querySelectorAll<HTMLElement>('[data-focus-key$="|link"]')[
            Math.min(index, list.items.length - 1)
          ] ?? page.empty,
      );
      page.status.textContent = removed ? `已移出“${entries.get(removed.key)?.title ?? ''}”。` : '';
    },
  };

  titleInput.addEventListener('input', () => {
    list = { ...list, title: titleInput.value.slice(0, 60) };
    keep();
    showTitle();
    showShare();
  });
  // Another tab added or removed an entry (“加入阅读清单”): show it, keeping focus and caret here.
  addEventListener('storage', (event) => {
    if (event.key !== LIST_STORAGE_KEY) return;
    list = known(readStoredList());
    if (document.activeElement !== titleInput) titleInput.value = list.title;
    keepingFocus(page.items, render);
  });
  document.querySelector('#share-copy')?.addEventListener('click', async () => {
    share.select();
    try {
      await navigator.clipboard.writeText(share.value);
      shareStatus.textContent = '已复制。粘贴到聊天或邮件里发给学员即可。';
    } catch {
      shareStatus.textContent = '浏览器不允许自动复制：链接已选中，请按 Ctrl+C（手机上长按）复制。';
    }
  });
  document.querySelector('#list-clear')?.addEventListener('click', () => {
    if (!confirm('清空阅读清单？这个操作不能撤销。')) return;
    list = { title: '', items: [] };
    keep();
    titleInput.value = '';
    render();
  });
  keep();
  render();
}
