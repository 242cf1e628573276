import { SITE_NAME } from '~/lib/site';
import { encodeList, type DecodedList, type ReadingList } from '~/lib/readings/reading-list';
import { itemCard, listSummary, type EntryInfo } from './list-items';
import { showProblems, type ListPage } from './list-page';
import { readStoredList, storeList } from './stored-list';

const PAGE_TITLE = '分享的阅读清单';

/** Says the page shows someone else's list, before anything else loads: the heading never claims it is yours. */
export function markShared(page: Pick<ListPage, 'pageTitle'>): void {
  page.pageTitle.textContent = PAGE_TITLE;
  document.title = `${PAGE_TITLE} · ${SITE_NAME}`;
  for (const node of document.querySelectorAll<HTMLElement>('[data-mine-only]')) node.hidden = true;
  const banner = document.querySelector<HTMLElement>('#shared-banner');
  if (banner) banner.hidden = false;
  const printTitle = document.querySelector('[data-print-title]');
  if (printTitle) printTitle.textContent = PAGE_TITLE;
}

/** How the reader's own list stands next to this one, for the banner. */
function mineComparedTo(shared: ReadingList): string {
  const mine = readStoredList();
  if (mine.items.length === 0) return '保存后，这份清单就是你在这个浏览器里的阅读清单。';
  if (encodeList(mine) === encodeList(shared)) return '这份清单与你在这个浏览器里保存的清单相同。';
  return `你在这个浏览器里已有一份清单${mine.title ? `“${mine.title}”` : ''}（${mine.items.length} 篇）；保存会替换它。`;
}

/** Shows that the link held nothing to save or print, and keeps every control that would act on it out of reach. */
function showNothingToKeep(page: ListPage, readable: boolean): void {
  page.heading.textContent = readable ? '（清单里没有本库的条目）' : '（无法读取的清单）';
  page.summary.textContent = readable ? '这份清单里没有可以显示的条目。' : '没有可以显示的条目。';
  page.problems.querySelector('p')!.textContent = readable ? '链接中的条目都无法显示：' : '出了什么问题：';
  const bannerTitle = document.querySelector('#shared-banner-title');
  if (bannerTitle) bannerTitle.textContent = '这个链接打不开清单';
  for (const selector of ['#shared-save', '#shared-how', '#list-print', '#list-word']) {
    const node = document.querySelector<HTMLElement>(selector);
    if (node) node.hidden = true;
  }
  const mineNote = document.querySelector<HTMLElement>('#shared-mine');
  if (mineNote) mineNote.textContent = '这个链接里没有可以保存的清单；你在这个浏览器里的阅读清单没有改动。';
  page.handout.nothing('没有可以打印的内容：链接中没有能读出的条目。');
}

/**
 * A list opened from a link (`?l=` or a handout's `?k=`): shown read-only, titled as shared, with
 * its title, notes and count, and “保存为我的清单”, which asks before replacing a list of the
 * reader's own. The reader's own list is never changed by opening a link, and a link that cannot
 * be read, or holds nothing of this library, offers no save and nothing to print.
 */
export function runSharedList(page: ListPage, entries: Map<string, EntryInfo>, decoded: DecodedList): void {
  const { list, problems, readable } = decoded;
  showProblems(page, problems);
  if (!readable || list.items.length === 0) {
    showNothingToKeep(page, readable);
    return;
  }
  page.heading.textContent = list.title || '（未命名的清单）';
  page.summary.textContent = listSummary(list.items, entries);
  page.items.replaceChildren(
    ...list.items.map((item, index) => itemCard(entries.get(item.key)!, item, index, list.items.length)),
  );
  page.handout.render(list);

  const mineNote = document.querySelector<HTMLElement>('#shared-mine');
  const status = document.querySelector<HTMLElement>('#shared-status');
  const save = document.querySelector<HTMLButtonElement>('#shared-save');
  // Part of the link could not be read: what is saved is what the page shows, and the button says so.
  const partial = problems.length > 0;
  if (save && partial) save.textContent = `保存其中 ${list.items.length} 篇为我的清单`;
  if (mineNote) mineNote.textContent = mineComparedTo(list);
  save?.addEventListener('click', () => {
    const mine = readStoredList();
    if (mine.items.length > 0 && encodeList(mine) !== encodeList(list)) {
      const name = mine.title ? `“${mine.title}”` : '';
      const shown = partial ? `（只含这里显示的 ${list.items.length} 篇，链接中无法读取的部分不会保存）` : '';
      if (
        !confirm(
          `你在这个浏览器里已有一份阅读清单${name}（${mine.items.length} 篇）。用这份分享的清单${shown}替换它吗？原来的清单不会保留。`,
        )
      ) {
        if (status) status.textContent = '没有保存，你原来的清单保持不变。';
        return;
      }
    }
    storeList(list);
    if (mineNote) mineNote.textContent = mineComparedTo(list);
    if (status) status.textContent = '已保存为你的阅读清单。点“打开我的阅读清单”可以修改和再分享。';
  });
}
