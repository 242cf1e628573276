import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SearchLexicon } from '../../src/search/lexicon-build.ts';
import { INDEXED_PAGES_GLOB } from '../../src/search/indexed.ts';
import { entryPageIds, SHARD_FOLDER, shardLexicon } from '../../src/search/lexicon-shards.ts';
import { punctuateFragments } from './fragment-punctuation.ts';
import { indexedPages, readFragments } from './pagefind-pages.ts';

/**
 * Pagefind's command (the npm package's `bin`), which runs its extended binary: that one segments
 * Chinese at index time. Not the package's Node API: through it, the service built the index
 * twice before writing it (as its verbose log shows), 16–18 s at 3,000 entries where the command
 * takes 11–12 s for the same, byte-identical, files.
 */
const PAGEFIND = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));

/** Where in the built site Pagefind writes its index (its own default, named once for the paths below). */
const INDEX_FOLDER = 'pagefind';

/** Runs Pagefind over the built pages; resolves when it has written its index, or rejects with its output. */
function runPagefind(outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // Only the pages that carry `data-pagefind-body`: Pagefind would otherwise read every page only
    // to drop the rest (5 of its 15 seconds at 3,000 entries), for a byte-identical index.
    // tests/dist/search-lexicon.test.ts fails if an entry goes unindexed.
    const args = ['--site', outDir, '--glob', INDEXED_PAGES_GLOB, '--output-subdir', INDEX_FOLDER];
    const child = spawn(process.execPath, [PAGEFIND, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`Pagefind 索引出错（退出码 ${code}）：${output.trim()}`)),
    );
  });
}

const LEXICON_FILE = 'search-lexicon.json';

/** The whole search lexicon the build wrote (src/pages/search-lexicon.json.ts), before indexSearch splits it. */
export async function readLexicon(outDir: string): Promise<SearchLexicon> {
  return JSON.parse(await readFile(join(outDir, LEXICON_FILE), 'utf8')) as SearchLexicon;
}

/**
 * Indexes the built pages in `outDir` (served under `base`) with Pagefind, then splits the search
 * lexicon (as readLexicon read it) into shards. Returns what it did, in a line for the build's log.
 */
export async function indexSearch(outDir: string, base: string, lexicon: SearchLexicon): Promise<string> {
  const indexDir = join(outDir, INDEX_FOLDER);
  await rm(indexDir, { recursive: true, force: true });
  await runPagefind(outDir);
  const fragments = await readFragments(indexDir);
  const pages = indexedPages(fragments);
  if (pages.length === 0) throw new Error('Pagefind 没有索引到任何页面（检查 data-pagefind-body）');
  await punctuateFragments(fragments);
  // The site builds its own search interface on Pagefind's JS API: Pagefind's packaged UIs
  // (about 400 KB) would only be dead weight for an offline cache to download.
  for (const unused of [
    'pagefind-ui.js',
    'pagefind-ui.css',
    'pagefind-modular-ui.js',
    'pagefind-modular-ui.css',
    'pagefind-component-ui.js',
    'pagefind-component-ui.css',
    'pagefind-highlight.js',
  ]) {
    await rm(join(indexDir, unused), { force: true });
  }
  // The lexicon learns each entry's page id, so search can show titles before page texts
  // arrive; then it is split so a query fetches only the part it can use (src/search/lexicon-shards.ts).
  const pageIds = entryPageIds(lexicon.entries, pages, base);
  const { core, files } = shardLexicon(lexicon, pageIds);
  await rm(join(outDir, SHARD_FOLDER), { recursive: true, force: true });
  await writeFile(join(outDir, LEXICON_FILE), JSON.stringify(core));
  // All at once: one after another, 2,000 small files took 2.4 s at 3,000 entries.
  await Promise.all(
    [...new Set([...files.keys()].map((path) => dirname(join(outDir, path))))].map((folder) =>
      mkdir(folder, { recursive: true }),
    ),
  );
  await Promise.all([...files].map(([path, shard]) => writeFile(join(outDir, path), JSON.stringify(shard))));
  const named = Object.keys(pageIds).length;
  const split =
    files.size === 0
      ? '搜索词表为一个文件'
      : `搜索词表分为 ${files.size} 个分片（词 ${core.shards.words}、拼音 ${core.shards.pinyin}、条目 ${core.shards.entries}、页面 ${core.shards.pages}）`;
  return `Pagefind 已索引 ${pages.length} 个页面（其中 ${named} 个是搜索词表中的条目）；${split}`;
}
