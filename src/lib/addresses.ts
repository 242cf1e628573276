/**
 * Every page's address that is not an entry's (entries go through `entryPath` in urls.ts): the
 * one place a section's path is written. Paths are site paths before the base; `withBase` adds
 * it. `tests/unit/addresses.test.ts` fails when a page address is written anywhere else in src/.
 */
export const PAGES = {
  home: '/',
  methods: '/methods/',
  cases: '/cases/',
  problems: '/problems/',
  glossary: '/glossary/',
  readings: '/readings/',
  /** The reader's own reading list, and a list opened from a link. */
  myList: '/readings/custom/',
  /** What the list page knows of every entry (readings/entries.json.ts). */
  readingEntries: '/readings/entries.json',
  compare: '/compare/',
  graph: '/graph/',
  figures: '/figures/',
  gaps: '/gaps/',
  sources: '/sources/',
  search: '/search/',
  about: '/about/',
  offline: '/offline/',
} as const;

/** The map of one theme or place, when the library is too big for one map (`/graph/themes/<id>/`). */
export function graphMapPath(kind: 'themes' | 'places', id: string): string {
  return `${PAGES.graph}${kind}/${id}/`;
}

/** The main sections, in the order the header lists them. */
export const NAV = [
  { href: PAGES.methods, label: '方法' },
  { href: PAGES.cases, label: '案例' },
  { href: PAGES.problems, label: '按问题找' },
  { href: PAGES.glossary, label: '术语' },
  { href: PAGES.readings, label: '学习路径' },
  { href: PAGES.compare, label: '方法对照' },
  { href: PAGES.graph, label: '关系图' },
  { href: PAGES.about, label: '使用说明' },
] as const;

/** Reference pages, listed in the footer. */
export const FOOTER_NAV = [
  { href: PAGES.myList, label: '我的阅读清单' },
  { href: PAGES.figures, label: '来源中的数字' },
  { href: PAGES.gaps, label: '资料待补' },
  { href: PAGES.sources, label: '来源' },
  { href: PAGES.search, label: '搜索' },
] as const;
