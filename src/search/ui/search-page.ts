import { escapeHtml } from '~/lib/escape';
import { wireClearButton } from './clear-button';
import { hitHtml, statusHtml } from './results-view';
import { allFacets, FACETS, searchLibrary, type FacetKey, type SearchOutcome, type Selection } from '../search-engine';

/** The query and filters, read from and written to the URL so a trainer can share a search. */
function readState(): { query: string; selection: Selection } {
  const params = new URLSearchParams(location.search);
  const selection: Selection = {};
  for (const { key } of FACETS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length > 0) selection[key] = values;
  }
  return { query: params.get('q') ?? '', selection };
}

function writeState(query: string, selection: Selection): void {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const { key } of FACETS) for (const value of selection[key] ?? []) params.append(key, value);
  const search = params.toString();
  history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
}

/**
 * Splits a selection from the URL into the filters the library has and those it does not (a
 * mistyped or outdated link): the unknown ones are named to the reader and dropped, never shown
 * as ticked boxes that match nothing.
 */
function knownFilters(selection: Selection, all: SearchOutcome['counts']): { known: Selection; unknown: string[] } {
  const known: Selection = {};
  const unknown: string[] = [];
  for (const { key } of FACETS) {
    for (const value of selection[key] ?? []) {
      if (all[key][value] !== undefined) (known[key] ??= []).push(value);
      else unknown.push(value);
    }
  }
  return { known, unknown };
}

function renderFacets(container: HTMLElement, counts: SearchOutcome['counts'], selection: Selection): void {
  // Re-rendering replaces the checkboxes: keep keyboard focus on the one the reader just toggled.
  const focused = container.contains(document.activeElement) ? (document.activeElement as HTMLInputElement) : undefined;
  const refocus = focused ? { name: focused.name, value: focused.value } : undefined;
  container.innerHTML = FACETS.map(({ key, label }) => {
    const selected = new Set(selection[key] ?? []);
    const values = Object.keys(counts[key]).filter((value) => counts[key][value] || selected.has(value));
    for (const value of selected) if (!values.includes(value)) values.push(value);
    if (values.length === 0) return '';
    const options = values
      .sort((a, b) => (counts[key][b] ?? 0) - (counts[key][a] ?? 0) || a.localeCompare(b, 'zh-CN'))
      .map(
        (value) => `<li><label class="flex min-h-6 items-center gap-2">
          <input type="checkbox" name="${key}" value="${escapeHtml(value)}" ${selected.has(value) ? 'checked' : ''} class="size-4 accent-[var(--accent)]">
          <span>${escapeHtml(value)}</span><span class="text-muted">(${counts[key][value] ?? 0})</span></label></li>`,
      )
      .join('');
    return `<fieldset><legend class="mb-1 font-bold">${label}</legend><ul class="space-y-1">${options}</ul></fieldset>`;
  }).join('');
  if (refocus) {
    [...container.querySelectorAll<HTMLInputElement>('input')]
      .find((box) => box.name === refocus.name && box.value === refocus.value)
      ?.focus();
  }
}

/** Wires the /search/ page: query and filters in the URL, results ranked, facets with counts. */
export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#search-input');
  const status = document.querySelector<HTMLElement>('#search-status');
  const filterNote = document.querySelector<HTMLElement>('#search-filter-note');
  const clear = document.querySelector<HTMLButtonElement>('#search-clear-filters');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const facets = document.querySelector<HTMLElement>('#search-facets');
  const suggestions = document.querySelector<HTMLElement>('#search-suggestions');
  if (!form || !input || !status || !filterNote || !clear || !list || !facets || !suggestions) return;
  // On a phone the filters start folded so the results come first.
  if (matchMedia('(max-width: 767px)').matches) facets.closest('details')?.removeAttribute('open');

  let { query, selection } = readState();
  input.value = query;
  wireClearButton(input);
  let latest = 0;
  let checkedFilters = false;
  const href = (q: string) => `${location.pathname}?q=${encodeURIComponent(q)}`;

  const show = async () => {
    const ticket = ++latest;
    suggestions.hidden = true;
    status.dataset['query'] = '';
    try {
      if (!checkedFilters && Object.keys(selection).length > 0) {
        const { known, unknown } = knownFilters(selection, await allFacets());
        checkedFilters = true;
        selection = known;
        filterNote.hidden = unknown.length === 0;
        filterNote.textContent =
          unknown.length > 0 ? `筛选条件${unknown.map((v) => `“${v}”`).join('')}不存在，已忽略。` : '';
      }
      writeState(query, selection);
      const filtered = Object.values(selection).some((v) => v && v.length > 0);
      clear.hidden = !filtered;
      const browsing = !query.trim() && !filtered;
      status.textContent = browsing ? '' : '正在搜索…';
      const outcome = browsing ? { hits: [], counts: await allFacets() } : await searchLibrary(query, selection);
      if (ticket !== latest) return;
      renderFacets(facets, outcome.counts, selection);
      list.innerHTML = outcome.hits
        .map((hit) => `<li class="rounded-md border border-line p-4">${hitHtml(hit, 'h2', true)}</li>`)
        .join('');
      if (browsing) status.textContent = '输入关键词，或在左侧选择类型、主题、地点浏览。';
      else if (!query.trim())
        status.textContent =
          outcome.hits.length === 0
            ? '没有符合这些筛选条件的内容。'
            : `找到 ${outcome.hits.length} 条符合筛选条件的内容。`;
      else status.innerHTML = statusHtml(outcome as SearchOutcome, query, href);
      suggestions.hidden = outcome.hits.length > 0 || browsing;
      status.dataset['query'] = query.trim();
    } catch (error) {
      if (ticket !== latest) return;
      status.textContent = '搜索索引加载失败。请检查网络后刷新页面重试；如果曾经打开过本站，离线时也应能搜索。';
      console.error(error);
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    query = input.value;
    void show();
  });
  facets.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const key = box.name as FacetKey;
    const values = new Set(selection[key] ?? []);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    selection = { ...selection, [key]: [...values] };
    void show();
  });
  clear.addEventListener('click', () => {
    selection = {};
    filterNote.hidden = true;
    input.focus();
    void show();
  });
  // “您要找的是不是”: search for the suggestion here; the link also works opened in a new tab.
  status.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-suggested-query]');
    if (!link) return;
    event.preventDefault();
    query = link.dataset['suggestedQuery'] ?? '';
    input.value = query;
    void show();
  });
  void show();
}
