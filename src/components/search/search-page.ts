import { loadPagefind } from './pagefind-client';

const MAX_RESULTS = 30;

/** Escapes text for HTML; Pagefind's excerpts are already escaped, with <mark> around matches. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Wires the /search/ page: the query lives in `?q=` so a trainer can share a search. */
export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#search-input');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  if (!form || !input || !status || !list) return;

  let latest = 0;
  const show = async (query: string) => {
    const ticket = ++latest;
    list.replaceChildren();
    if (!query.trim()) {
      status.textContent = '输入关键词开始搜索。';
      return;
    }
    status.textContent = '正在搜索…';
    try {
      const pagefind = await loadPagefind();
      const search = await pagefind.search(query);
      const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (ticket !== latest) return;
      status.textContent =
        search.results.length === 0 ? `没有找到与“${query}”相关的内容。可以换一个说法，或从术语表浏览。` : `找到 ${search.results.length} 条结果。`;
      list.innerHTML = data
        .map((result) => {
          const type = result.meta['type'] ?? '';
          const place = result.meta['place'] ? ` · ${escapeHtml(result.meta['place'])}` : '';
          return `<li class="rounded-md border border-line p-4">
            <p class="text-xs font-bold tracking-widest text-accent">${escapeHtml(type)}<span class="font-normal tracking-normal text-muted">${place}</span></p>
            <h2 class="mt-1 text-lg"><a href="${escapeHtml(result.url)}">${escapeHtml(result.meta['title'] ?? result.url)}</a></h2>
            <p class="mt-1 text-sm text-muted">${result.excerpt}</p>
          </li>`;
        })
        .join('');
    } catch (error) {
      if (ticket === latest) status.textContent = "搜索索引加载失败。请检查网络后刷新页面重试。";
      console.error(error);
    }
  };

  const query = new URLSearchParams(location.search).get('q') ?? '';
  input.value = query;
  void show(query);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void show(input.value);
  });
}
