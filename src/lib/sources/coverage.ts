// What a source still holds that no entry tells: per source, how many entries cite each part, the
// parts nobody cites, and the figures in its stored text that no page states. Pure; the files are
// read by scripts/coverage.ts (`npm run coverage`).
import { parseSourceText } from './source-text.ts';

export interface CoverageSource {
  id: string;
  title: string;
  parts: { id: string; title: string }[];
}

/** An entry as the report needs it: what it cites, the figures it lists, and all its text. */
export interface CoverageEntry {
  /** `collection/id`, e.g. `cases/xingbei-community`. */
  key: string;
  /** `[source id, part id]` pairs, from frontmatter and from <Cite>/<Quote> in the body. */
  citations: [string, string][];
  /** The figures in its frontmatter. */
  figures: { value: string; unit: string }[];
  /** Its whole file (frontmatter and body), where a figure may be stated in prose. */
  text: string;
}

/** A number with its unit as the source writes it, e.g. `233个`, `78.13%`, `超10万`, `60余户`. */
export interface SourceFigure {
  /** As written, e.g. `60余户`. */
  text: string;
  value: string;
  unit: string;
  qualifier?: string;
  /** The part it stands in; undefined for the title and byline. */
  part: string | undefined;
}

export interface PartCoverage {
  id: string;
  title: string;
  /** Keys of the entries that cite it. */
  entries: string[];
}

export interface SourceCoverage {
  id: string;
  title: string;
  parts: PartCoverage[];
  /** Ids of the parts no entry cites. */
  uncited: string[];
  /** False when no text is stored for the source (figures cannot be counted). */
  hasText: boolean;
  /** Every figure in the stored text. */
  figures: SourceFigure[];
  /** The figures no entry states. */
  unstated: SourceFigure[];
}

/** Units a figure is counted with, longest first so 万人次 wins over 万. */
const UNITS = [
  '万人次',
  '平方米',
  '万元',
  '亿元',
  '人次',
  '场次',
  '公里',
  '小时',
  '万',
  '亿',
  '元',
  '%',
  '％',
  '个',
  '名',
  '人',
  '件',
  '条',
  '起',
  '项',
  '户',
  '岁',
  '年',
  '届',
  '家',
  '次',
  '所',
  '处',
  '座',
  '支',
  '栋',
  '套',
  '亩',
  '天',
  '米',
  '批',
  '类',
  '种',
  '张',
  '台',
  '辆',
  '间',
  '场',
  '期',
];
const FIGURE = new RegExp(
  `(超|近|约)?(\\d+(?:\\.\\d+)?)(余|多)?(${UNITS.map((u) => u.replace('%', '\\%')).join('|')})`,
  'g',
);

/** The figures in a text: digits with a unit. A year (2024年) is a date, not a figure. */
export function findFigures(text: string, part?: string): SourceFigure[] {
  const figures: SourceFigure[] = [];
  const halfWidth = text.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String(c.charCodeAt(0) - 0xff10)));
  for (const match of halfWidth.replace(/[\s\u3000]+/g, '').matchAll(FIGURE)) {
    const [whole, before, value = '', after, unit = ''] = match;
    if (unit === '年' && /^(19|20)\d\d$/.test(value)) continue;
    const qualifier = before ?? after;
    figures.push({ text: whole, value, unit: unit === '％' ? '%' : unit, ...(qualifier ? { qualifier } : {}), part });
  }
  return figures;
}

/** Whether an entry states the figure: in its `figures` (value and unit), or in its text as written. */
function states(entry: CoverageEntry, figure: SourceFigure, normalized: string): boolean {
  if (entry.figures.some((f) => f.value === figure.value && f.unit === figure.unit)) return true;
  const written = figure.text.replace(/^(超|近|约)/, '');
  return normalized.includes(written) || normalized.includes(`${figure.value}${figure.unit}`);
}

export function coverageReport(
  sources: readonly CoverageSource[],
  texts: ReadonlyMap<string, string>,
  entries: readonly CoverageEntry[],
): SourceCoverage[] {
  const normalized = new Map(entries.map((entry) => [entry.key, entry.text.replace(/[\s\u3000]+/g, '')]));
  return sources.map((source) => {
    const parts = source.parts.map((part) => ({
      id: part.id,
      title: part.title,
      entries: entries.filter((e) => e.citations.some(([s, p]) => s === source.id && p === part.id)).map((e) => e.key),
    }));
    const text = texts.get(source.id);
    const figures: SourceFigure[] = [];
    if (text !== undefined) {
      const parsed = parseSourceText(text);
      figures.push(...findFigures(parsed.preamble), ...parsed.parts.flatMap((part) => findFigures(part.text, part.id)));
    }
    const unstated = figures.filter(
      (figure) => !entries.some((entry) => states(entry, figure, normalized.get(entry.key) ?? '')),
    );
    return {
      id: source.id,
      title: source.title,
      parts,
      uncited: parts.filter((p) => p.entries.length === 0).map((p) => p.id),
      hasText: text !== undefined,
      figures,
      unstated,
    };
  });
}

/** Display width in a terminal: CJK and full-width characters take two columns. */
export function width(text: string): number {
  let columns = 0;
  for (const char of text)
    columns +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u3000-\u303f“”‘’…—]/.test(
        char,
      )
        ? 2
        : 1;
  return columns;
}

export function pad(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - width(text)));
}

/** The report as a readable table, in Chinese. */
export function formatCoverage(report: readonly SourceCoverage[]): string {
  const lines: string[] = [];
  for (const source of report) {
    lines.push(`来源 ${source.id}　${source.title}`);
    const idWidth = Math.max(4, ...source.parts.map((p) => width(p.id)));
    const titleWidth = Math.min(36, Math.max(4, ...source.parts.map((p) => width(p.title))));
    lines.push(`  ${pad('部分', idWidth)}  ${pad('标题', titleWidth)}  引用条目数`);
    for (const part of source.parts) {
      const title =
        width(part.title) > titleWidth ? `${[...part.title].slice(0, titleWidth / 2 - 1).join('')}…` : part.title;
      lines.push(
        `  ${pad(part.id, idWidth)}  ${pad(title, titleWidth)}  ${String(part.entries.length).padStart(4)}${part.entries.length === 0 ? '  ← 尚无条目引用' : ''}`,
      );
    }
    lines.push(
      source.uncited.length === 0
        ? '  每个部分都已有条目引用。'
        : `  尚无条目引用的部分（${source.uncited.length}）：${source.uncited.join('、')}`,
    );
    if (!source.hasText) {
      lines.push('  没有保存原文（content/source-texts/），无法统计尚未写到的数字。');
    } else if (source.unstated.length === 0) {
      lines.push(`  原文中的 ${source.figures.length} 个数字都已有页面写到。`);
    } else {
      lines.push(`  原文中尚无页面写到的数字（${source.unstated.length}/${source.figures.length}）：`);
      const byPart = new Map<string, string[]>();
      for (const figure of source.unstated) {
        const key = figure.part ?? '（标题、署名）';
        byPart.set(key, [...(byPart.get(key) ?? []), figure.text]);
      }
      for (const [part, figures] of byPart) lines.push(`    ${pad(part, idWidth)}  ${figures.join('、')}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
