// The peer the scale benchmark builds beside the site (`npm run bench -- --peer starlight`): stock
// Starlight — the pinned versions in bench/peers/starlight/package.json, installed there with
// `npm ci` on first use, never a dependency of the site — over the same synthetic entries. Each
// method, case and term becomes one docs page with the same title and text: the summary or
// definition first, then the body, with the site's components written as what stock Starlight has
// (citations as footnotes, links to other entries as links, editorial boxes as asides). Methods and
// cases stay MDX as in the site; terms, which the site keeps as YAML data, become Markdown.
// The configuration is Starlight's minimal one plus the site's language, so that Pagefind
// segments the Chinese text the same way for both.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const PEER_DIR = fileURLToPath(new URL('./starlight/', import.meta.url));
const MODULES = join(PEER_DIR, 'node_modules');

const ASTRO_CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [
    starlight({
      title: '基层治理方法库',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
    }),
  ],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
`;

/** The installed version of a package in the peer's node_modules, or undefined. */
function installedVersion(name: string): string | undefined {
  const file = join(MODULES, name, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : undefined;
}

/** The versions package.json pins. */
export function pinnedVersions(): Record<string, string> {
  return (JSON.parse(readFileSync(join(PEER_DIR, 'package.json'), 'utf8')) as { dependencies: Record<string, string> })
    .dependencies;
}

/**
 * Installs the peer with `npm ci` unless what is installed matches the pins already. Returns the
 * versions built, e.g. `@astrojs/starlight 0.42.4, astro 7.3.5`.
 */
export function ensureStarlight(): string {
  const pins = pinnedVersions();
  const current = Object.entries(pins).every(([name, version]) => installedVersion(name) === version);
  const lock = join(PEER_DIR, 'package-lock.json');
  const stamp = join(MODULES, '.package-lock.json');
  if (!current || !existsSync(stamp) || statSync(stamp).mtimeMs < statSync(lock).mtimeMs) {
    console.error(`installing stock Starlight in ${PEER_DIR} (npm ci)`);
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: PEER_DIR, stdio: ['ignore', 'inherit', 'inherit'] });
  }
  return Object.keys(pins)
    .map((name) => `${name} ${installedVersion(name) ?? '?'}`)
    .join(', ');
}

/** The program and arguments that build a Starlight project in the current folder. */
export function starlightBuildArgs(): string[] {
  return [join(MODULES, 'astro/bin/astro.mjs'), 'build'];
}

interface Frontmatter {
  title?: string;
  summary?: string;
  term?: string;
  definition?: string;
  general?: string;
}

/** Splits an MDX file into its YAML frontmatter (parsed) and body. */
function splitMdx(text: string): { data: Frontmatter; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) return { data: {}, body: text };
  return { data: parse(match[1] ?? '') as Frontmatter, body: text.slice(match[0].length) };
}

/** A YAML string value (JSON strings are YAML). */
const yamlString = (value: string) => JSON.stringify(value);

/**
 * The body with the site's components replaced by stock Markdown: `<Cite>` and `<Quote>` cite
 * numbered footnotes (one per source part), `<EntryLink>` a link titled with the target's title,
 * `<Editorial>` a Starlight aside titled with its kind.
 */
export function toStarlightBody(body: string, titles: ReadonlyMap<string, string>): string {
  const notes = new Map<string, number>();
  const footnote = (source: string, part: string) => {
    const key = `${source}，${part}`;
    if (!notes.has(key)) notes.set(key, notes.size + 1);
    return `[^${notes.get(key)}]`;
  };
  const text = body
    .replace(/<Cite source="([^"]*)" part="([^"]*)" \/>/g, (_, source: string, part: string) => footnote(source, part))
    .replace(
      /<Quote source="([^"]*)" part="([^"]*)">([\s\S]*?)<\/Quote>/g,
      (_, source: string, part: string, quoted: string) => `“${quoted}”${footnote(source, part)}`,
    )
    .replace(/<EntryLink to="([^"]*)" \/>/g, (_, to: string) => `[${titles.get(to) ?? to}](/${to}/)`)
    .replace(/<Editorial kind="([^"]*)">/g, (_, kind: string) => `:::note[${kind}]`)
    .replace(/<\/Editorial>/g, ':::');
  const definitions = [...notes].map(([key, n]) => `[^${n}]: ${key}`);
  return `${text.trimEnd()}\n\n${definitions.join('\n')}\n`;
}

/**
 * Converts a synthetic corpus (paths under content/ → text, from tests/support/synthetic.ts) to Starlight
 * docs (paths under src/content/docs/ → text), one page per method, case and term.
 */
export function toStarlightDocs(files: ReadonlyMap<string, string>): Map<string, string> {
  const entries = new Map<string, { data: Frontmatter; body: string; ext: string }>();
  for (const [path, text] of files) {
    const match = /^(methods|cases|glossary)\/([^/]+)\.(mdx|yaml)$/.exec(path);
    if (!match) continue;
    const [, collection, id, ext] = match;
    entries.set(
      `${collection}/${id}`,
      ext === 'yaml' ? { data: parse(text) as Frontmatter, body: '', ext: 'md' } : { ...splitMdx(text), ext: 'mdx' },
    );
  }
  const titles = new Map([...entries].map(([key, { data }]) => [key, data.title ?? data.term ?? key]));
  const docs = new Map<string, string>();
  docs.set('index.md', `---\ntitle: ${yamlString('基层治理方法库')}\n---\n\n${entries.size} 个条目。\n`);
  for (const [key, { data, body, ext }] of entries) {
    const lead = data.summary ?? data.definition ?? '';
    const description = lead ? `description: ${yamlString(lead)}\n` : '';
    const rest = ext === 'md' ? (data.general ? `${data.general}\n` : '') : toStarlightBody(body, titles);
    docs.set(
      `${key}.${ext}`,
      `---\ntitle: ${yamlString(titles.get(key) ?? key)}\n${description}---\n\n${lead}\n\n${rest}`,
    );
  }
  return docs;
}

/**
 * A new empty folder for one Starlight build, inside the peer's folder (git-ignored): Node finds
 * the peer's node_modules by walking up, with no symlink. (A node_modules linked into a folder
 * elsewhere fails: Astro 7 resolves Starlight's own .astro components to their real path and then
 * cannot find the compiled styles it filed under the linked path.)
 */
export function starlightBuildDir(size: number): string {
  return mkdtempSync(join(PEER_DIR, `build-${size}-`));
}

/** Writes a Starlight project over `files` into the empty folder `dir`; returns how many docs. */
export function writeStarlightSite(dir: string, files: ReadonlyMap<string, string>): number {
  writeFileSync(join(dir, 'astro.config.mjs'), ASTRO_CONFIG);
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'src/content.config.ts'), CONTENT_CONFIG);
  const docs = toStarlightDocs(files);
  for (const [path, text] of docs) {
    const file = join(dir, 'src/content/docs', path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return docs.size;
}
