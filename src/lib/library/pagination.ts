/**
 * Lists split into pages of a bounded size, keeping their sections: a list is a sequence of
 * sections (核心方法 and 其他方法; the letters of the glossary; the parts of a source), and a page
 * holds at most `pageSize` items, showing each section it reaches under its own heading. Page 1
 * is the list's own address (`/cases/`), page n is `/cases/page/n/`.
 *
 * Written here rather than with Astro's `paginate()` because a list's first page stays at its own
 * address (paginate puts it at `/cases/page/1/` or takes the id space of `/cases/<id>/`) and
 * because pages keep their sections; the slicing is pure and unit-tested.
 */

export interface Section<T> {
  /** ASCII, unique in the list: the section's anchor on its page is built from it. */
  key: string;
  label: string;
  items: T[];
  /** Shown (on page 1) when the section has no items; without it an empty section is left out. */
  empty?: string | undefined;
}

export interface PageSection<T> {
  key: string;
  label: string;
  /** This page's share of the section's items. */
  items: T[];
  /** How many items the section has in all. */
  total: number;
  /** The position (1-based) in the section of this page's first item. */
  from: number;
  empty?: string | undefined;
}

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  /** How many pages the list has. */
  count: number;
  sections: PageSection<T>[];
}

/** Splits sections into pages of at most `pageSize` items. A list with no items at all is one page. */
export function paginateSections<T>(sections: Section<T>[], pageSize: number): ListPage<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new Error(`pageSize must be a positive integer, not ${pageSize}`);
  const pages: PageSection<T>[][] = [[]];
  let room = pageSize;
  for (const section of sections) {
    const base = {
      key: section.key,
      label: section.label,
      total: section.items.length,
      ...(section.empty ? { empty: section.empty } : {}),
    };
    if (section.items.length === 0) {
      if (section.empty) pages[0]?.push({ ...base, items: [], from: 1 });
      continue;
    }
    for (let start = 0; start < section.items.length;) {
      if (room === 0) {
        pages.push([]);
        room = pageSize;
      }
      const items = section.items.slice(start, start + room);
      pages[pages.length - 1]?.push({ ...base, items, from: start + 1 });
      start += items.length;
      room -= items.length;
    }
  }
  return pages.map((sections, i) => ({ number: i + 1, count: pages.length, sections }));
}

/** Splits one plain list into pages (one section with no heading of its own). */
export function paginateList<T>(items: T[], pageSize: number): ListPage<T>[] {
  return paginateSections([{ key: 'all', label: '', items }], pageSize);
}

/** The page each section starts on (its first item, or page 1 for an empty one). */
export function sectionStarts<T>(pages: ListPage<T>[]): Map<string, number> {
  const starts = new Map<string, number>();
  for (const page of pages)
    for (const section of page.sections) if (!starts.has(section.key)) starts.set(section.key, page.number);
  return starts;
}

/** The site path of page `n` of a list whose first page is at `listPath` (which ends in `/`). */
export function pagePath(listPath: string, n: number): string {
  return n <= 1 ? listPath : `${listPath}page/${n}/`;
}

/**
 * The page numbers a pagination bar shows: the first, the last, and the current page with two
 * either side; `null` where numbers are left out (shown as …). Never more than nine slots.
 */
export function pageWindow(current: number, count: number): (number | null)[] {
  const shown = new Set([1, count]);
  for (let n = current - 2; n <= current + 2; n++) if (n >= 1 && n <= count) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  numbers.forEach((n, i) => {
    const previous = numbers[i - 1];
    if (previous !== undefined && n - previous === 2) out.push(previous + 1);
    else if (previous !== undefined && n - previous > 2) out.push(null);
    out.push(n);
  });
  return out;
}

/** A page's `<title>`: the list's name, and which page when there is more than one. */
export function pageTitle(title: string, page: { number: number; count: number }): string {
  return page.count > 1 ? `${title}（第 ${page.number} 页，共 ${page.count} 页）` : title;
}
