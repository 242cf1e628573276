import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The folders of src/ are layers: a module may import its own layer or a lower one, never a
// higher one, and no chain of imports comes back to where it started. A newcomer can then read
// the tree from the bottom up (docs/architecture.md) and change a lower layer without a higher
// one's code running into it.

const ROOT = new URL('../../', import.meta.url).pathname;
const SRC = join(ROOT, 'src');

/** Each folder's layer, most specific first; higher numbers may import lower ones. */
const LAYERS: [prefix: string, layer: number][] = [
  ['pages/', 5],
  ['content.config.ts', 5],
  ['layouts/', 4],
  ['components/', 3],
  ['search/ui/', 3],
  ['service-worker/', 3],
  ['search/', 2],
  ['lib/', 1],
  ['schemas/', 0],
  ['styles/', 0],
  ['types/', 0],
];

function layerOf(file: string): number {
  const path = relative(SRC, file);
  const found = LAYERS.find(([prefix]) => path.startsWith(prefix));
  if (!found) throw new Error(`src/${path} is in no layer: add its folder to LAYERS`);
  return found[1];
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(join(dir, entry.name), pattern)
      : pattern.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

/** Every module specifier a file imports: static, side-effect, re-export and dynamic imports. */
function importedSpecifiers(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  const pattern =
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
  return [...code.matchAll(pattern)].map((match) => (match[1] ?? match[2] ?? match[3]) as string);
}

/** The file a specifier names within the repository, or undefined for a package or a virtual module. */
function resolveImport(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith('~/')) base = join(SRC, specifier.slice(2));
  else if (specifier.startsWith('.')) base = resolve(dirname(from), specifier);
  else return undefined;
  const candidates = [base, `${base}.ts`, `${base}.astro`, join(base, 'index.ts')];
  const found = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  if (!found) throw new Error(`${relative(ROOT, from)} imports ${specifier}, which is not there`);
  return found;
}

function importGraph(files: string[]): Map<string, string[]> {
  return new Map(
    files.map((file) => [
      file,
      importedSpecifiers(readFileSync(file, 'utf8'))
        .map((specifier) => resolveImport(file, specifier))
        .filter((target): target is string => target !== undefined),
    ]),
  );
}

/** One cycle of imports, as file paths, or undefined when there is none. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const done = new Set<string>();
  const path: string[] = [];
  const onPath = new Set<string>();
  const visit = (file: string): string[] | undefined => {
    if (onPath.has(file)) return [...path.slice(path.indexOf(file)), file];
    if (done.has(file)) return undefined;
    path.push(file);
    onPath.add(file);
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    onPath.delete(file);
    done.add(file);
    return undefined;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return undefined;
}

const sourceGraph = importGraph(filesUnder(SRC, /\.(ts|astro)$/));

describe('layers of src/', () => {
  it('reads every kind of import', () => {
    expect(
      importedSpecifiers(
        [
          "import a from '~/lib/a';",
          "import type { B } from './b.ts';",
          "import '~/styles/c.css';",
          "export { d } from '../d';",
          "const e = await import('./e.ts');",
          "// import f from './f';",
        ].join('\n'),
      ),
    ).toEqual(['~/lib/a', './b.ts', '~/styles/c.css', '../d', './e.ts']);
  });

  it('finds a cycle, and none where there is none', () => {
    expect(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
        ]),
      ),
    ).toEqual(['a', 'b', 'c', 'a']);
    expect(
      findCycle(
        new Map([
          ['a', ['b', 'c']],
          ['b', ['c']],
          ['c', []],
        ]),
      ),
    ).toBeUndefined();
  });

  it('import only their own layer or a lower one', () => {
    const upward = [...sourceGraph].flatMap(([file, targets]) =>
      targets
        .filter((target) => target.startsWith(SRC) && layerOf(target) > layerOf(file))
        .map((target) => `${relative(SRC, file)} → ${relative(SRC, target)}`),
    );
    expect(upward).toEqual([]);
  });

  it('have no import cycle', () => {
    expect(findCycle(sourceGraph)?.map((file) => relative(ROOT, file))).toBeUndefined();
  });
});

describe('tests', () => {
  it('never import a benchmark (what both use is in tests/support/)', () => {
    const fromBench = filesUnder(join(ROOT, 'tests'), /\.(ts|mts)$/).flatMap((file) =>
      importedSpecifiers(readFileSync(file, 'utf8'))
        .filter(
          (specifier) => specifier.startsWith('.') && resolve(dirname(file), specifier).startsWith(join(ROOT, 'bench')),
        )
        .map((specifier) => `${relative(ROOT, file)}: ${specifier}`),
    );
    expect(fromBench).toEqual([]);
  });
});
