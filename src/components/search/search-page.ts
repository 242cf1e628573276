import { escapeHtml } from '~/lib/escape';
import { hitHtml } from './results-view';
import { allFacets, FACETS, searchLibrary, type FacetKey, type SearchOutcome, type Selection } from './search-engine';

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
        (value) => `<li><label class="flex items-center gap-2">
          <input type="checkbox" name="${key}" value="${escapeHtml(value)}" ${selected.has(value) ? 'checked' : ''} class="size-4 accent-[var(--accent)]">
          <span>${escapeHtml(value)}</span><span class="text-muted">(${counts[key][value] ?? 0})</span></label></li>`,
      )
      .join('');
    return `<fieldset><legend class="mb-1 font-bold">${label}</legend><ul class="space-y-1">${options}</ul></fieldset>`;
  }).join('');
  if (refocus) {
    [...container.querySelectorAll<HTMLInputElement>('input')].find((box) => box.name === refocus.name && box.value === refocus.value)?.focus();
  }
}

/** Wires the /search/ page: query and filters in the URL, results ranked, facets with counts. */
export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#search-input');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const facets = document.querySelector<HTMLElement>('#search-facets');
  const suggestions = document.querySelector<HTMLElement>('#search-suggestions');
  if (!form || !input || !status || !list || !facets || !suggestions) return;
  // On a phone the filters start folded so the results come first.
  if (matchMedia('(max-width: 767px)').matches) facets.closest('details')?.removeAttribute('open');

  let { query, selection } = readState();
  input.value = query;
  let latest = 0;

  const show = async () => {
    const ticket = ++latest;
    writeState(query, selection);
    suggestions.hidden = true;
    const browsing = !query.trim() && !Object.values(selection).some((v) => v && v.length > 0);
    status.textContent = browsing ? '' : '正在搜索…';
    try {
      const outcome = browsing ? { hits: [], counts: await allFacets() } : await searchLibrary(query, selection);
      if (ticket !== latest) return;
      renderFacets(facets, outcome.counts, selection);
      list.innerHTML = outcome.hits
        .map((hit) => `<li class="rounded-md border border-line p-4">${hitHtml(hit, query, 'h2', true)}</li>`)
        .join('');
      if (browsing) status.textContent = '输入关键词，或在左侧选择类型、主题、地点浏览。';
      else if (outcome.hits.length === 0) {
        status.textContent = query.trim() ? `没有找到与“${query.trim()}”相关的内容。` : '没有符合这些筛选条件的内容。';
        suggestions.hidden = false;
      } else status.textContent = `找到 ${outcome.hits.length} 条结果${query.trim() ? `，与“${query.trim()}”完全匹配的排在前面` : ''}。`;
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
  void show();
}
