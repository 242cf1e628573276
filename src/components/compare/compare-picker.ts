import type { CompareCell, ComparedMethod } from '~/lib/library/compare';
import { siteBase } from '~/lib/urls';

/**
 * Picks which methods `/compare/` shows, at most MAX at a time; the choice lives in the URL
 * (?m=a,b) so it can be shared. A library small enough has every method's cells in the page and
 * a box for each; a larger one has the core methods' cells, and a field that finds any other
 * method by name and fetches its cells (src/lib/library/compare.ts).
 */
const MAX = 4;

function cellItem(cell: CompareCell): Node[] {
  if (cell.text !== undefined) {
    const p = document.createElement('p');
    p.textContent = cell.text;
    return [p];
  }
  const ul = document.createElement('ul');
  ul.className = 'list-disc pl-5';
  for (const item of cell.list ?? []) {
    const li = document.createElement('li');
    if (item.href) {
      const a = document.createElement('a');
      a.className = 'block py-1'; // as the page renders it (compare.astro)
      a.href = item.href;
      a.textContent = item.label;
      li.append(a);
    } else li.textContent = item.label;
    ul.append(li);
  }
  return [ul];
}

/** The method's cell in each aspect's row, as the page renders it. */
function renderCells(method: ComparedMethod): void {
  document.querySelectorAll<HTMLUListElement>('ul[data-aspect]').forEach((row) => {
    const li = document.createElement('li');
    li.className = 'rounded-md border border-line p-3 text-sm';
    li.dataset['method'] = method.id;
    const name = document.createElement('p');
    name.className = 'mb-1 font-bold';
    const link = document.createElement('a');
    link.className = 'inline-block py-1';
    link.href = method.href;
    link.textContent = method.title;
    name.append(link);
    li.append(name, ...cellItem(method.cells[row.dataset['aspect'] ?? ''] ?? { text: '' }));
    row.append(li);
  });
}

/** The file's data; `missing` when the site has no such file; `failed` when it could not be fetched (offline). */
async function fetchJson<T>(path: string): Promise<T | 'missing' | 'failed'> {
  try {
    const response = await fetch(`${siteBase()}${path}`);
    if (response.status === 404) return 'missing';
    return response.ok ? ((await response.json()) as T) : 'failed';
  } catch {
    return 'failed';
  }
}

export function wireComparePicker(picker: HTMLFieldSetElement): void {
  const status = picker.querySelector<HTMLElement>('#compare-status');
  const list = picker.querySelector<HTMLUListElement>('#compare-boxes');
  const adder = picker.querySelector<HTMLFormElement>('#compare-add');
  if (!status || !list) return;
  const boxes = () => [...list.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];

  const apply = () => {
    const chosen = boxes()
      .filter((b) => b.checked)
      .map((b) => b.value);
    document
      .querySelectorAll<HTMLElement>('li[data-method]')
      .forEach((cell) => (cell.hidden = !chosen.includes(cell.dataset['method'] ?? '')));
    boxes().forEach((b) => (b.disabled = !b.checked && chosen.length >= MAX));
    const url = new URL(location.href);
    url.searchParams.set('m', chosen.join(','));
    history.replaceState(null, '', url);
  };

  const addBox = (id: string, title: string) => {
    const template = list.querySelector('li');
    const li = template ? (template.cloneNode(true) as HTMLLIElement) : document.createElement('li');
    const box = li.querySelector('input');
    const label = li.querySelector('span');
    if (!box || !label) return;
    box.value = id;
    box.checked = true;
    label.textContent = title;
    list.append(li);
  };

  /** Gives a method a box, checked, fetching its cells when the page does not have them. */
  const addMethod = async (id: string): Promise<'added' | 'missing' | 'failed'> => {
    const existing = boxes().find((b) => b.value === id);
    if (existing) {
      existing.checked = true;
      return 'added';
    }
    const method = await fetchJson<ComparedMethod>(`compare/methods/${encodeURIComponent(id)}.json`);
    if (typeof method === 'string') return method;
    // Every method whose cells the page has also has a box, so this one's cells are new.
    renderCells(method);
    addBox(id, method.title);
    return 'added';
  };

  const fromUrl = new URLSearchParams(location.search).get('m')?.split(',').filter(Boolean);
  const start = async () => {
    if (fromUrl) {
      const unknown: string[] = [];
      const unfetched: string[] = [];
      boxes().forEach((box) => (box.checked = false));
      for (const id of fromUrl.slice(0, MAX)) {
        const box = boxes().find((b) => b.value === id);
        if (box) box.checked = true;
        else if (!adder) unknown.push(id);
        else {
          const outcome = await addMethod(id);
          if (outcome === 'missing') unknown.push(id);
          if (outcome === 'failed') unfetched.push(id);
        }
      }
      unknown.push(...fromUrl.slice(MAX).filter((id) => !boxes().some((b) => b.value === id)));
      status.textContent = [
        unknown.length > 0 ? `地址中的“${unknown.join('、')}”不是本库的方法，已略过。` : '',
        unfetched.length > 0 ? `“${unfetched.join('、')}”的对照内容没有取到（可能已离线），请稍后再打开此链接。` : '',
      ].join('');
    }
    apply();
  };

  picker.addEventListener('change', (event) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'checkbox') return;
    status.textContent = '';
    apply();
  });

  if (adder) {
    const input = adder.querySelector<HTMLInputElement>('input');
    const options = adder.querySelector<HTMLDataListElement>('datalist');
    let methods: Promise<[string, string, string][] | 'missing' | 'failed'> | undefined;
    const loadMethods = async () => {
      methods ??= fetchJson<[string, string, string][]>('compare/methods.json');
      const rows = await methods;
      if (typeof rows === 'string') methods = undefined; // asked again next time
      return rows;
    };
    // The names are fetched when the field is first used, not with the page.
    input?.addEventListener('focus', async () => {
      const rows = await loadMethods();
      if (!options || options.childElementCount > 0 || typeof rows === 'string') return;
      for (const [, title, place] of rows) {
        const option = document.createElement('option');
        option.value = title;
        option.label = place;
        options.append(option);
      }
    });
    adder.addEventListener('submit', async (event) => {
      event.preventDefault();
      const typed = input?.value.trim() ?? '';
      if (!typed) {
        status.textContent = '请先输入或选择一个方法的名称。';
        return;
      }
      const rows = await loadMethods();
      if (typeof rows === 'string') {
        status.textContent = '方法列表没有取到（可能已离线），请稍后再试。';
        return;
      }
      const found = rows.find(([id, title]) => title === typed || id === typed);
      if (!found) {
        status.textContent = `没有名为“${typed}”的方法，请从列表中选择。`;
        return;
      }
      const [id, title] = found;
      if (boxes().filter((b) => b.checked).length >= MAX && !boxes().some((b) => b.value === id && b.checked)) {
        status.textContent = `最多同时比较 ${MAX} 个方法，请先取消一个。`;
        return;
      }
      const outcome = await addMethod(id);
      status.textContent =
        outcome === 'added' ? `已加入对照：${title}` : `“${title}”的对照内容没有取到（可能已离线），请稍后再试。`;
      if (outcome === 'added' && input) input.value = '';
      apply();
    });
  }
  void start();
}
