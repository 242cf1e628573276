import type { ReadingListItem } from '~/lib/readings/reading-list';

/** What the list page knows of an entry (from /readings/entries.json). */
export interface EntryInfo {
  key: string;
  type: string;
  title: string;
  summary: string;
  minutes: number;
  url: string;
}

/** What a trainer can do to an item of their own list. */
export interface ItemActions {
  note(index: number, text: string): void;
  move(index: number, by: -1 | 1): void;
  remove(index: number): void;
}

/** Builds an element with text content only: titles and notes from a link are never parsed as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const noteText = (note: string) => (note ? `备注：${note}` : '');

/**
 * One item of a reading list as a card: position, type and time, the title as a link, the summary
 * and the trainer's note. With `actions` (the trainer's own list) the note is a text box and the
 * card has move and remove buttons; without (a list opened from a link) the note is text. Every
 * control carries a `data-focus-key` so a re-render can give focus back (see focus-keeper.ts).
 */
export function itemCard(
  entry: EntryInfo,
  item: ReadingListItem,
  index: number,
  count: number,
  actions?: ItemActions,
): HTMLLIElement {
  const li = el('li', 'rounded-md border border-line p-4 break-inside-avoid');
  li.dataset['itemKey'] = item.key;
  const meta = el('p', 'text-xs text-muted', `第 ${index + 1} 篇 · ${entry.type} · 约 ${entry.minutes} 分钟`);
  const title = el('h3', 'mt-1 text-lg');
  const link = el('a', '', entry.title);
  link.href = entry.url;
  link.dataset['focusKey'] = `${item.key}|link`;
  title.append(link);
  const about = el('p', 'mt-1 text-sm text-muted', entry.summary);
  // On paper (and in a shared list, on screen too) the note is plain text under the summary.
  const printedNote = el(
    'p',
    actions ? 'print-only mt-2 text-sm' : 'mt-2 border-l-4 border-note-line pl-2 text-sm',
    noteText(item.note),
  );
  li.append(meta, title, about, printedNote);
  if (!actions) return li;

  const noteId = `note-${index}`;
  const noteLabel = el('label', 'no-print mt-3 block text-sm font-bold', '备注');
  noteLabel.htmlFor = noteId;
  const note = el('textarea', 'no-print mt-1 w-full rounded-md border border-line bg-paper px-3 py-2 text-sm');
  note.id = noteId;
  note.maxLength = 300;
  note.rows = 2;
  note.value = item.note;
  note.dataset['focusKey'] = `${item.key}|note`;
  // Kept on every keystroke, and nothing is re-rendered while typing: focus and caret stay put.
  note.addEventListener('input', () => {
    actions.note(index, note.value);
    printedNote.textContent = noteText(note.value);
  });
  const controls = el('div', 'no-print mt-2 flex flex-wrap gap-2 text-sm');
  const button = (label: string, name: string, onClick: () => void, disabled = false) => {
    const b = el('button', 'rounded-md border border-line px-2.5 py-1 disabled:opacity-40', label);
    b.type = 'button';
    b.disabled = disabled;
    b.setAttribute('aria-label', `${label}：${entry.title}`);
    b.dataset['move'] = name;
    b.dataset['focusKey'] = `${item.key}|${name}`;
    b.addEventListener('click', onClick);
    return b;
  };
  controls.append(
    button('上移', 'up', () => actions.move(index, -1), index === 0),
    button('下移', 'down', () => actions.move(index, 1), index === count - 1),
    button('移出', 'remove', () => actions.remove(index)),
  );
  li.append(noteLabel, note, controls);
  return li;
}

/** “共 5 篇，约 40 分钟。” */
export function listSummary(items: ReadingListItem[], entries: Map<string, EntryInfo>): string {
  const minutes = items.reduce((sum, item) => sum + (entries.get(item.key)?.minutes ?? 0), 0);
  return items.length > 0 ? `共 ${items.length} 篇，约 ${minutes} 分钟。` : '';
}
