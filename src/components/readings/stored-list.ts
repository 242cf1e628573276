import type { ReadingList } from '~/lib/readings/reading-list';

/** Where the reader's own list is kept in this browser. */
export const LIST_STORAGE_KEY = 'jiceng:reading-list';

export function readStoredList(): ReadingList {
  try {
    const raw = JSON.parse(localStorage.getItem(LIST_STORAGE_KEY) ?? 'null') as ReadingList | null;
    if (raw && typeof raw.title === 'string' && Array.isArray(raw.items)) return raw;
  } catch {
    // Unreadable storage: start an empty list rather than fail.
  }
  return { title: '', items: [] };
}

export function storeList(list: ReadingList): void {
  try {
    localStorage.setItem(LIST_STORAGE_KEY, JSON.stringify(list));
  } catch {
    // Private mode or full storage: the list still works for this visit.
  }
}
