// The scale benchmark's synthetic corpus (bench/synthetic.mjs), made to pass today's integrity
// checks: every part its prose cites (<Cite>, <Quote>) is also listed in the entry's `sources`,
// as src/lib/integrity.ts requires since the generator was written.
import { parse, stringify } from 'yaml';
import { generateCorpus } from '../../bench/synthetic.mjs';

export interface SyntheticLibrary {
  /** Path under content/ → text. */
  files: Map<string, string>;
  counts: { methods: number; cases: number; glossary: number };
}

export function syntheticLibrary(size: number, seed = 1): SyntheticLibrary {
  const corpus = generateCorpus({ size, seed }) as SyntheticLibrary;
  for (const [path, text] of corpus.files) {
    if (!path.endsWith('.mdx')) continue;
    const [, yaml = '', ...rest] = text.split('---\n');
    const body = rest.join('---\n');
    const data = parse(yaml) as { sources: { source: string; part: string }[] };
    const listed = new Set(data.sources.map((s) => `${s.source}\u0000${s.part}`));
    for (const [, source = '', part = ''] of body.matchAll(/source="([^"]+)"\s+part="([^"]+)"/g)) {
      if (!listed.has(`${source}\u0000${part}`)) {
        listed.add(`${source}\u0000${part}`);
        data.sources.push({ source, part });
      }
    }
    corpus.files.set(path, `---\n${stringify(data)}---\n${body}`);
  }
  return corpus;
}
