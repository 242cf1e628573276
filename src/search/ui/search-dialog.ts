import { wireClearButton } from './clear-button';
import { loadLexicon, loadPagefind } from '../pagefind-client';
import { hitHref, hitHtml, statusHtml } from './results-view';
import { searchLibrary, type SearchHit, type SearchOutcome } from '../search-engine';

const SHOWN = 8;
/** The dialog shows eight: checking the twenty likeliest pages is enough, and keeps a first search small. */
const CHECKED = 20;
let wired = false;

// Whoever loads the dialog is about to search: start loading what a first search needs (the
// lexicon and Pagefind) now, ignoring a failure — the search itself reports it.
void Promise.all([loadLexicon(), loadPagefind()]).catch(() => undefined);

/**
 * The header search: a combobox over a listbox of results (ARIA 1.2 pattern). Arrow keys move
 * the active option, Enter opens it (or the full search page), Escape closes the dialog at once
 * (not, as a search box does by itself, first clearing the query: the × button clears it).
 */
export function wireSearchDialog(dialog: HTMLDialogElement): void {
  const input = dialog.querySelector<HTMLInputElement>('#search-dialog-input');
  const list = dialog.querySelector<HTMLUListElement>('#search-dialog-results');
  const status = dialog.querySelector<HTMLElement>('#search-dialog-status');
  const more = dialog.querySelector<HTMLAnchorElement>('#search-dialog-more');
  const close = dialog.querySelector<HTMLButtonElement>('#search-dialog-close');
  if (!input || !list || !status || !more || !close) return;
  input.focus();
  if (wired) return;
  wired = true;

  // The search page's address, as the header rendered it (with the base).
  const searchPage = more.getAttribute('href') ?? more.href;
  let hits: SearchHit[] = [];
  let active = -1;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const setActive = (index: number) => {
    active = index;
    list
      .querySelectorAll('[role="option"]')
      .forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const option = index >= 0 ? list.children[index] : undefined;
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const render = () => {
    // Results arrive in steps (names first, then checked pages): the option the reader has moved
    // to with the arrow keys stays selected when it is still there.
    const chosen = active > 0 ? (list.children[active] as HTMLElement | undefined)?.dataset['href'] : undefined;
    list.innerHTML = hits
      .slice(0, SHOWN)
      .map(
        (hit, i) =>
          `<li id="search-option-${i}" role="option" aria-selected="false" data-href="${hitHref(hit).replace(/"/g, '&quot;')}"
            class="cursor-pointer rounded-md border border-transparent p-3 aria-selected:border-accent aria-selected:bg-panel hover:bg-panel">${hitHtml(hit, 'span', false)}</li>`,
      )
      .join('');
    input.setAttribute('aria-expanded', String(hits.length > 0));
    const kept = chosen
      ? [...list.children].findIndex((option) => (option as HTMLElement).dataset['href'] === chosen)
      : -1;
    setActive(kept >= 0 ? kept : hits.length > 0 ? 0 : -1);
  };

  const suggestionHref = (query: string) => `${searchPage}?q=${encodeURIComponent(query)}`;

  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    more.href = query ? suggestionHref(query) : searchPage;
    if (!query) {
      hits = [];
      render();
      status.textContent = '';
      return;
    }
    status.textContent = '正在搜索…';
    try {
      const show = (outcome: SearchOutcome) => {
        if (ticket !== latest) return;
        hits = outcome.hits;
        render();
      };
      const outcome = await searchLibrary(query, {}, { limit: CHECKED, onProgress: show });
      if (ticket !== latest) return;
      show(outcome);
      status.innerHTML = statusHtml(outcome, query, suggestionHref, SHOWN);
      status.dataset['query'] = query;
    } catch (error) {
      if (ticket !== latest) return;
      status.textContent = '搜索索引加载失败。请检查网络后重试。';
      console.error(error);
    }
  };

  const go = (index: number) => {
    const option = list.children[index] as HTMLElement | undefined;
    const href = option?.dataset['href'];
    location.href = href ?? more.href;
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 30);
  });
  input.addEventListener('keydown', (event) => {
    const count = list.children.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      setActive((active + 1) % count);
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      setActive((active - 1 + count) % count);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      clearTimeout(timer);
      if (active >= 0) go(active);
      else if (input.value.trim()) location.href = more.href;
    } else if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
    }
  });
  wireClearButton(input);
  list.addEventListener('click', (event) => {
    const option = (event.target as HTMLElement).closest<HTMLElement>('[role="option"]');
    if (option) go([...list.children].indexOf(option));
  });
  close.addEventListener('click', () => dialog.close());
  // “您要找的是不是”: search for the suggestion here, in the dialog, rather than leave it.
  status.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-suggested-query]');
    if (!link) return;
    event.preventDefault();
    input.value = link.dataset['suggestedQuery'] ?? '';
    input.focus();
    void run();
  });
  // Whatever the reader typed while this code was loading is searched at once.
  if (input.value.trim()) void run();
  // A click on the backdrop (outside the panel) closes the dialog too.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
}
