import { decodeListParams } from '~/lib/readings/reading-list';
import { handoutDate } from './handout-addresses';
import { runListEditor } from './list-editor';
import type { EntryInfo } from './list-items';
import { findListPage } from './list-page';
import { markShared, runSharedList } from './shared-list';
import { readStoredList } from './stored-list';
import { wireWordButton } from './word-button';

/**
 * Wires /readings/custom/: the reader's own list (no parameter) or a list from a link (`?l=`),
 * and the handout both print and write to Word.
 */
export async function runReadingList(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-reading-list]');
  if (!root) return;
  // Opened from disk (the file edition) the link names a file on this computer: say so.
  const shareLocal = root.querySelector<HTMLElement>('#share-local');
  if (shareLocal) shareLocal.hidden = location.protocol !== 'file:';
  const params = new URLSearchParams(location.search);
  const fromLink = params.has('l') || params.has('k');
  const title = root.querySelector<HTMLElement>('#list-page-title');
  if (fromLink && title) markShared({ pageTitle: title });
  // The stored title shows at once, so nothing typed before the catalogue loads is typed over it.
  const titleInput = root.querySelector<HTMLInputElement>('#list-title');
  if (!fromLink && titleInput && !titleInput.value) titleInput.value = readStoredList().title;

  let entries: Map<string, EntryInfo>;
  try {
    const all = (await (await fetch(root.dataset['entries'] ?? '')).json()) as EntryInfo[];
    entries = new Map(all.map((entry) => [entry.key, entry]));
  } catch {
    const summary = root.querySelector('#list-summary');
    if (summary) summary.textContent = '条目目录加载失败，请检查网络后刷新页面。';
    return;
  }
  const page = findListPage(entries);
  if (!page) return;
  for (const date of root.querySelectorAll('[data-handout-date]')) date.textContent = handoutDate();
  const shared = decodeListParams(params, new Set(entries.keys()));
  if (shared) runSharedList(page, entries, shared);
  else runListEditor(page, entries);

  document.querySelector('#list-print')?.addEventListener('click', async () => {
    await page.handout.ready();
    print();
  });
  const word = document.querySelector<HTMLButtonElement>('#list-word');
  const status = document.querySelector<HTMLElement>('#word-status');
  if (word && status)
    wireWordButton(
      word,
      status,
      () => document.querySelector('main'),
      () => page.heading.textContent ?? '阅读清单',
      () => page.handout.ready(),
    );
}
