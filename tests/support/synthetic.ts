// A synthetic library for the scale benchmark (bench/scale.ts): N entries in the project's
// content format — methods (~15%), cases (~35%) and glossary terms (~50%) — that pass the schemas
// in src/schemas/ and the integrity checks in src/lib/library/integrity.ts. The text is Chinese made of
// 2–4 character pieces cut from the real content, so Pagefind segments and indexes something like
// the real thing. Sources, places and themes are copied from content/. What an entry's prose cites
// is listed in its sources, as the integrity check requires. A fixed seed gives the same corpus
// every time (for the same content/ it draws words from); no dependencies.
//
//   npx node tests/support/synthetic.ts --size 1000 --out /tmp/corpus [--seed 1]
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** mulberry32: a small, fast 32-bit PRNG; returns numbers in [0, 1). */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Helpers over one random stream. */
function chooser(random: () => number) {
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => {
    const item = list[Math.floor(random() * list.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  const chance = (p: number) => random() < p;
  /** `count` distinct items of `list` (fewer when the list is shorter). */
  const some = <T>(list: readonly T[], count: number): T[] => {
    const copy = [...list];
    const out: T[] = [];
    while (out.length < count && copy.length > 0) out.push(...copy.splice(Math.floor(random() * copy.length), 1));
    return out;
  };
  return { int, pick, chance, some };
}

const CJK_RUN = /[\u4e00-\u9fff]+/g;

/**
 * Words for the synthetic text: every run of Chinese characters in the real methods, cases and
 * glossary, cut into pieces of 2–4 characters. Sorted and deduplicated, so the list depends only
 * on the content and the seed.
 */
export function vocabulary(root = ROOT, seed = 1): string[] {
  const { int } = chooser(prng(seed));
  const texts: string[] = [];
  for (const folder of ['methods', 'cases', 'glossary']) {
    const dir = join(root, 'content', folder);
    for (const name of readdirSync(dir).sort()) texts.push(readFileSync(join(dir, name), 'utf8'));
  }
  const words = new Set<string>();
  for (const text of texts) {
    for (const [run] of text.matchAll(CJK_RUN)) {
      for (let i = 0; i + 2 <= run.length;) {
        const length = Math.min(int(2, 4), run.length - i);
        if (length >= 2) words.add(run.slice(i, i + length));
        i += length;
      }
    }
  }
  return [...words].sort();
}

/** The ids (and for sources, the part ids) in content/sources.yaml, places.yaml and themes.yaml. */
/** A source and the ids of its parts. */
export interface SourceParts {
  id: string;
  parts: string[];
}

export function realLists(root = ROOT): { sources: SourceParts[]; places: string[]; themes: string[] } {
  const read = (name: string) => readFileSync(join(root, 'content', name), 'utf8');
  const topIds = (yaml: string) => [...yaml.matchAll(/^- id:\s*(\S+)\s*$/gm)].map(([, id]) => id ?? '');
  const sources: SourceParts[] = [];
  for (const line of read('sources.yaml').split('\n')) {
    const top = /^- id:\s*(\S+)\s*$/.exec(line);
    const part = /^\s+- id:\s*(.+?)\s*$/.exec(line);
    if (top) sources.push({ id: top[1] ?? '', parts: [] });
    else if (part && sources.length > 0)
      sources[sources.length - 1]?.parts.push((part[1] ?? '').replace(/^["']|["']$/g, ''));
  }
  return { sources, places: topIds(read('places.yaml')), themes: topIds(read('themes.yaml')) };
}

/** YAML for a mapping: one key a line, every value as JSON (JSON is YAML), lists of objects in block style. */
function toYaml(data: Record<string, unknown>): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    if (Array.isArray(value) && value.some((item) => typeof item === 'object')) {
      lines.push(`${key}:`);
      for (const item of value) lines.push(`  - ${JSON.stringify(item)}`);
    } else {
      lines.push(`${key}: ${JSON.stringify(value)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const ROLES = ['理念', '机制', '载体', '目标', '原则'];
const UNITS = ['个', '人', '次', '万元', '%', '户', '件', '人次', '场'];
const EDITORIAL = ['学习要点', '研讨题', '编者按', '借鉴'];
const PERIODS = ['2025年5月', '截至2025年5月底', '2024年以来', '示范区创建以来'];

/** How many entries of each kind a corpus has. */
export interface CorpusCounts {
  methods: number;
  cases: number;
  glossary: number;
}

/** A citation of one part of a source. */
interface Citation {
  source: string;
  part: string;
}

/**
 * Generates the corpus: a map from paths under content/ to file text. `popular` makes the first
 * method applied by that many cases besides (the first cases), as a well-known method is in a
 * province's library; the bench leaves it at 0, so its corpus is the same from run to run.
 */
export function generateCorpus({
  size,
  seed = 1,
  root = ROOT,
  popular = 0,
}: {
  size: number;
  seed?: number;
  root?: string;
  popular?: number;
}): {
  files: Map<string, string>;
  counts: CorpusCounts;
} {
  const random = prng(seed);
  const { int, pick, chance, some } = chooser(random);
  const words = vocabulary(root, seed);
  const { sources, places, themes } = realLists(root);

  const nMethods = Math.max(4, Math.round(size * 0.15));
  const nCases = Math.max(1, Math.round(size * 0.35));
  const nTerms = Math.max(1, size - nMethods - nCases);
  const pad = (n: number) => String(n).padStart(4, '0');
  const methodIds = Array.from({ length: nMethods }, (_, i) => `method-${pad(i + 1)}`);
  const caseIds = Array.from({ length: nCases }, (_, i) => `case-${pad(i + 1)}`);
  const termIds = Array.from({ length: nTerms }, (_, i) => `term-${pad(i + 1)}`);

  const phrase = (min: number, max: number) => Array.from({ length: int(min, max) }, () => pick(words)).join('');
  /** A sentence of 4–12 words with commas, ending in 。 */
  const sentence = () => {
    const parts: string[] = [];
    const count = int(4, 12);
    for (let i = 0; i < count; i++) parts.push(pick(words) + (i < count - 1 && chance(0.3) ? '，' : ''));
    return `${parts.join('')}。`;
  };
  const text = (min: number, max: number) => {
    let out = '';
    while (out.length < min) out += sentence();
    return out.length > max ? `${out.slice(0, max - 1)}。` : out;
  };
  const cite = (): Citation => {
    const source = pick(sources);
    return { source: source.id, part: pick(source.parts) };
  };
  const figures = (max: number) =>
    Array.from({ length: int(0, max) }, () => ({
      value: chance(0.3) ? `${int(1, 999)}.${int(1, 99)}` : String(int(1, 5000)),
      unit: pick(UNITS),
      ...(chance(0.2) ? { qualifier: pick(['超', '余', '多']) } : {}),
      label: phrase(3, 8),
      ...(chance(0.3) ? { period: pick(PERIODS) } : {}),
      cite: cite(),
    }));
  // Situations (适用情形) come from a stream of their own, so adding them left the rest of the
  // corpus as it was: 2–4 per entry, 10–30 characters, each citing a part the entry lists in its
  // sources or marked editorial.
  const situationChooser = chooser(prng(seed + 0x5eed));
  const situations = (cited: Citation[]) =>
    Array.from({ length: situationChooser.int(2, 4) }, () => {
      let text = '';
      while (text.length < 10) text += situationChooser.pick(words);
      text = text.slice(0, 30);
      return situationChooser.chance(0.6) ? { text, cite: situationChooser.pick(cited) } : { text, editorial: true };
    });
  const gaps = (max: number) =>
    Array.from({ length: int(0, max) }, () => ({ topic: phrase(2, 5), detail: text(30, 90), cite: cite() }));
  const sourceList = () => {
    const seen = new Map<string, Citation>();
    for (let i = int(1, 3); i > 0; i--) {
      const c = cite();
      seen.set(`${c.source}/${c.part}`, c);
    }
    return [...seen.values()];
  };

  // Terms and aliases must be unique across the glossary (the integrity check says so).
  const usedWords = new Set();
  const uniqueWord = () => {
    for (;;) {
      const word = phrase(2, 3);
      if (!usedWords.has(word)) {
        usedWords.add(word);
        return word;
      }
    }
  };

  /**
   * An article's body: sections of cited prose, a list, links to other entries, a quotation, an
   * editorial box. It cites only the parts in `cited`, the entry's sources.
   */
  const body = (links: string[], cited: Citation[]) => {
    const citeTag = () => {
      const { source, part } = pick(cited);
      return `<Cite source="${source}" part="${part}" />`;
    };
    const out: string[] = [];
    for (let s = int(3, 5); s > 0; s--) {
      out.push(`## ${phrase(2, 4)}`, '');
      for (let p = int(1, 3); p > 0; p--) {
        const sentences = Array.from({ length: int(2, 4) }, () => `${sentence()}${chance(0.7) ? citeTag() : ''}`);
        if (chance(0.4) && links.length > 0) sentences.push(`${phrase(2, 4)}见<EntryLink to="${pick(links)}" />。`);
        out.push(sentences.join(''), '');
      }
      if (chance(0.5)) {
        for (let i = int(2, 4); i > 0; i--) out.push(`- **${phrase(1, 2)}。** ${sentence()}${citeTag()}`);
        out.push('');
      }
      if (chance(0.3)) {
        const { source, part } = pick(cited);
        out.push(`报道说<Quote source="${source}" part="${part}">${phrase(3, 6)}</Quote>。`, '');
      }
    }
    out.push(`<Editorial kind="${pick(EDITORIAL)}">`);
    for (let i = int(2, 4); i > 0; i--) out.push(`- ${text(30, 80)}`);
    out.push('</Editorial>', '');
    return out.join('\n');
  };

  const files = new Map<string, string>();
  const methodStructures = new Map<string, string[]>();

  methodIds.forEach((id, index) => {
    const structure = Array.from({ length: int(1, 4) }, () => {
      const items = chance(0.1)
        ? []
        : Array.from({ length: int(2, 6) }, () => ({
            name: phrase(1, 2),
            ...(chance(0.3) ? { note: text(10, 40) } : {}),
            ...(chance(0.2) ? { term: pick(termIds) } : {}),
          }));
      return {
        name: phrase(1, 2),
        role: pick(ROLES),
        ...(chance(0.3) ? { term: pick(termIds) } : {}),
        items,
        ...(items.length === 0 ? { missing: text(20, 60) } : {}),
        cite: cite(),
      };
    });
    methodStructures.set(
      id,
      structure.flatMap((group) => [group.name, ...group.items.map((item) => item.name)]),
    );
    const earlier = methodIds.slice(0, index);
    const cited = sourceList();
    const data = {
      title: `${phrase(2, 4)}工作法`,
      summary: text(40, 150),
      aliases: Array.from({ length: int(0, 2) }, () => phrase(2, 3)),
      core: index < 4,
      order: index + 1,
      ...(chance(0.6) ? { originator: phrase(2, 4) } : {}),
      ...(chance(0.4) ? { period: pick(PERIODS) } : {}),
      place: pick(places),
      themes: some(themes, int(1, 3)),
      terms: some(termIds, int(2, 6)),
      structure,
      figures: figures(3),
      problems: situations(cited),
      sources: cited,
      gaps: gaps(2),
      ...(earlier.length > 0 && chance(0.1) ? { partOf: pick(earlier) } : {}),
      buildsOn: some(earlier, int(0, 2)),
      related: some(
        methodIds.filter((m) => m !== id),
        int(0, 3),
      ),
    };
    const links = [...some(termIds, 2).map((t) => `glossary/${t}`), ...some(methodIds, 1).map((m) => `methods/${m}`)];
    files.set(`methods/${id}.mdx`, `---\n${toYaml(data)}---\n\n${body(links, cited)}`);
  });

  caseIds.forEach((id, index) => {
    const applied = some(methodIds, int(1, 3)).map((method) => {
      const parts = methodStructures.get(method) ?? [];
      return chance(0.5) && parts.length > 0 ? { method, part: pick(parts) } : { method };
    });
    const first = methodIds[0] as string;
    if (index < popular && !applied.some((a) => a.method === first)) applied.push({ method: first });
    const cited = sourceList();
    const data = {
      title: `${phrase(2, 4)}的${phrase(1, 2)}`,
      summary: text(40, 150),
      aliases: Array.from({ length: int(0, 3) }, () => phrase(2, 3)),
      place: pick(places),
      ...(chance(0.5) ? { period: pick(PERIODS) } : {}),
      actors: Array.from({ length: int(1, 3) }, () => phrase(2, 4)),
      methods: applied,
      themes: some(themes, int(1, 3)),
      terms: some(termIds, int(1, 5)),
      figures: figures(5),
      problems: situations(cited),
      sources: cited,
      gaps: gaps(3),
      featured: index < 6,
      related: some(
        caseIds.filter((c) => c !== id),
        int(0, 3),
      ),
    };
    const links = [...applied.map((a) => `methods/${a.method}`), ...some(termIds, 1).map((t) => `glossary/${t}`)];
    files.set(`cases/${id}.mdx`, `---\n${toYaml(data)}---\n\n${body(links, cited)}`);
  });

  termIds.forEach((id) => {
    const data = {
      term: uniqueWord(),
      aliases: Array.from({ length: int(0, 2) }, uniqueWord),
      definition: text(30, 120),
      sources: sourceList(),
      ...(chance(0.2) ? { general: text(20, 80) } : {}),
      methods: some(methodIds, int(0, 2)),
      related: some(
        termIds.filter((t) => t !== id),
        int(0, 4),
      ),
      themes: some(themes, int(0, 2)),
    };
    files.set(`glossary/${id}.yaml`, toYaml(data));
  });

  for (const name of ['sources.yaml', 'places.yaml', 'themes.yaml'])
    files.set(name, readFileSync(join(root, 'content', name), 'utf8'));
  return { files, counts: { methods: nMethods, cases: nCases, glossary: nTerms } };
}

/** Writes a generated corpus as a content/ folder (replacing what is there). */
export function writeCorpus(dir: string, files: Map<string, string>): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const arg = (name: string, fallback: string | undefined) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
  };
  const size = Number(arg('--size', '100'));
  const out = arg('--out', undefined);
  if (!out || !Number.isInteger(size) || size < 6) {
    console.error('usage: npx node tests/support/synthetic.ts --size N --out DIR [--seed S]   (N ≥ 6)');
    process.exit(2);
  }
  const { files, counts } = generateCorpus({ size, seed: Number(arg('--seed', '1')) });
  writeCorpus(resolve(out), files);
  console.log(
    `${files.size} files in ${out}: ${counts.methods} methods, ${counts.cases} cases, ${counts.glossary} terms`,
  );
}
