import { longListEntries } from '../graph/connections';
import type { Library, MethodEntry } from './library';
import { COMPARE_CASES_SHOWN, COMPARE_IN_PAGE_MAX_METHODS } from '../scale-bounds';
import { entryPath, withBase } from '../urls';

/**
 * `/compare/`: the methods side by side, one row per aspect. What each cell says is worked out
 * here once, for the page (which renders the methods it shows at first) and for the data file of
 * each method (which the page fetches when a reader adds a method, in a library too large to
 * render every method's cells into one page).
 */

export interface CompareCell {
  text?: string;
  list?: { label: string; href?: string }[];
}

export interface ComparedMethod {
  id: string;
  title: string;
  href: string;
  /** One cell per aspect, by the aspect's id. */
  cells: Record<string, CompareCell>;
}

export const COMPARE_ASPECTS = [
  { id: 'origin', label: '来自哪里、在哪一级' },
  { id: 'who', label: '谁来做' },
  { id: 'when', label: '时间' },
  { id: 'parts', label: '组成' },
  { id: 'problems', label: '针对的问题（主题）' },
  { id: 'cases', label: '应用它的案例' },
  { id: 'gaps', label: '来源没有说明的' },
] as const;

export function comparedMethod(library: Library, m: MethodEntry): ComparedMethod {
  const place = library
    .placeChain(m.data.place.id)
    .map((p) => p.name)
    .join(' › ');
  const level = library.get('places', m.data.place.id).data.kind;
  const cases = longListEntries(library.graph, 'cases', m.id);
  const href = withBase(entryPath('methods', m.id));
  const shownCases = cases
    .slice(0, COMPARE_CASES_SHOWN)
    .map((node) => ({ label: node.title, href: withBase(entryPath('cases', node.id)) }));
  // A method applied by more cases than a cell can hold names the first and links to its page, which lists them all.
  if (cases.length > COMPARE_CASES_SHOWN) shownCases.push({ label: `共 ${cases.length} 个案例，全部见方法页`, href });
  return {
    id: m.id,
    title: m.data.title,
    href,
    cells: {
      origin: { text: `${place}（${level}）` },
      who: { text: m.data.originator ?? '来源未写明提出者' },
      when: { text: m.data.period ?? '来源未注明' },
      parts:
        m.data.structure.length === 0
          ? { text: '来源没有分列组成部分' }
          : {
              list: m.data.structure.map((g) => ({
                label:
                  g.items.length > 0 ? `${g.name}：${g.items.map((i) => i.name).join('、')}` : `${g.name}：资料待补`,
              })),
            },
      problems: {
        list: m.data.themes.map((t) => ({
          label: library.get('themes', t.id).data.name,
          href: withBase(entryPath('themes', t.id)),
        })),
      },
      cases: cases.length === 0 ? { text: '暂无' } : { list: shownCases },
      gaps: m.data.gaps.length === 0 ? { text: '没有列出' } : { list: m.data.gaps.map((g) => ({ label: g.topic })) },
    },
  };
}

/** Whether the page renders every method's cells, or only the core methods' and fetches the others. */
export const comparesInPage = (library: Library): boolean => library.methods.length <= COMPARE_IN_PAGE_MAX_METHODS;
