// Reads a library's content/ folder for the coverage report (`npm run coverage`), without Astro:
// the sources, their stored texts, and every entry's citations, figures and text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { findBodyRefs } from '../library/body-refs.ts';
import type { CoverageEntry, CoverageSource } from './coverage.ts';

/** Every `{ source, part }` pair in parsed YAML, at any depth. */
function citations(value: unknown): [string, string][] {
  if (Array.isArray(value)) return value.flatMap(citations);
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if (typeof record['source'] === 'string' && record['part'] !== undefined)
    return [[record['source'], String(record['part'])]];
  return Object.values(record).flatMap(citations);
}

function figures(data: unknown): { value: string; unit: string }[] {
  const list = (data as { figures?: unknown } | null)?.figures;
  return Array.isArray(list)
    ? list.map((f: { value?: unknown; unit?: unknown }) => ({
        value: String(f.value ?? ''),
        unit: String(f.unit ?? ''),
      }))
    : [];
}

function entry(key: string, data: unknown, body: string, text: string): CoverageEntry {
  const fromBody = findBodyRefs(body)
    .filter((ref) => ref.component !== 'EntryLink' && ref.attributes['source'] && ref.attributes['part'])
    .map((ref): [string, string] => [ref.attributes['source'] ?? '', ref.attributes['part'] ?? '']);
  return { key, citations: [...citations(data), ...fromBody], figures: figures(data), text };
}

/** Reads `content` (a library's content/ folder). */
export function readCoverageInput(content: string): {
  sources: CoverageSource[];
  texts: Map<string, string>;
  entries: CoverageEntry[];
} {
  const yamlFile = (name: string): unknown =>
    existsSync(join(content, name)) ? parse(readFileSync(join(content, name), 'utf8')) : [];
  const sources = (
    yamlFile('sources.yaml') as { id: string; title: string; parts?: { id: unknown; title: string }[] }[]
  ).map((s) => ({
    id: s.id,
    title: s.title,
    parts: (s.parts ?? []).map((p) => ({ id: String(p.id), title: p.title })),
  }));

  const texts = new Map<string, string>();
  const textsDir = join(content, 'source-texts');
  if (existsSync(textsDir)) {
    for (const name of readdirSync(textsDir).filter((n) => n.endsWith('.txt')))
      texts.set(name.replace(/\.txt$/, ''), readFileSync(join(textsDir, name), 'utf8'));
  }

  const entries: CoverageEntry[] = [];
  for (const collection of ['methods', 'cases', 'readings', 'glossary']) {
    const dir = join(content, collection);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const text = readFileSync(join(dir, name), 'utf8');
      const id = name.replace(/\.(mdx|md|yaml|yml)$/, '');
      if (name.endsWith('.yaml') || name.endsWith('.yml')) {
        entries.push(entry(`${collection}/${id}`, parse(text), '', text));
      } else if (name.endsWith('.mdx') || name.endsWith('.md')) {
        const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
        entries.push(entry(`${collection}/${id}`, match ? parse(match[1] ?? '') : {}, match?.[2] ?? text, text));
      }
    }
  }
  for (const [collection, file] of [
    ['places', 'places.yaml'],
    ['themes', 'themes.yaml'],
  ] as const) {
    for (const item of yamlFile(file) as { id: string }[])
      entries.push(entry(`${collection}/${item.id}`, item, '', JSON.stringify(item)));
  }
  return { sources, texts, entries };
}
