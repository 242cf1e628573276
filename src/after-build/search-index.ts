import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchLexicon } from '../lib/search-lexicon.ts';
import { entryPageIds, SHARD_FOLDER, shardLexicon } from '../lib/search-shards.ts';
import { indexedPages } from './pagefind-pages.ts';

/**
 * The pages that carry `data-pagefind-body` (the entry templates). Pagefind would otherwise read
 * every page only to drop those without it, which at 3,000 entries took 5 of its 15 seconds; the
 * index written is byte-identical. tests/dist/search-lexicon.test.ts fails if an entry goes unindexed.
 */
const INDEXED_PAGES = '{methods,cases,glossary,readings,sources}/*/index.html';

/**
 * Indexes the built pages in `outDir` (served under `base`) with Pagefind's Node API, then splits
 * the search lexicon the pages wrote. The npm package runs Pagefind's extended binary, which
 * segments Chinese at index time. Returns what it did, in a line for the build's log.
 */
export async function indexSearch(outDir: string, base: string): Promise<string> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir, glob: INDEXED_PAGES });
  if (added.errors.length > 0) throw new Error(`Pagefind 索引出错：${added.errors.join('; ')}`);
  if (added.page_count === 0) throw new Error('Pagefind 没有索引到任何页面（检查 data-pagefind-body）');
  const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
  if (written.errors.length > 0) throw new Error(`Pagefind 写入出错：${written.errors.join('; ')}`);
  await pagefind.close();
  // The site builds its own search interface on Pagefind's JS API: Pagefind's packaged UIs
  // (about 400 KB) would only be dead weight for an offline cache to download.
  for (const unused of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js']) {
    await rm(`${outDir}/pagefind/${unused}`, { force: true });
  }
  // The lexicon learns each entry's page id, so search can show titles before page texts
  // arrive; then it is split so a query fetches only the part it can use (search-shards.ts).
  const lexiconFile = `${outDir}/search-lexicon.json`;
  const lexicon = JSON.parse(await readFile(lexiconFile, 'utf8')) as SearchLexicon;
  const pageIds = entryPageIds(lexicon.entries, await indexedPages(`${outDir}/pagefind`), base);
  const { core, files } = shardLexicon(lexicon, pageIds);
  await rm(join(outDir, SHARD_FOLDER), { recursive: true, force: true });
  await writeFile(lexiconFile, JSON.stringify(core));
  // All at once: one after another, 2,000 small files took 2.4 s at 3,000 entries.
  await Promise.all([...new Set([...files.keys()].map((path) => dirname(join(outDir, path))))].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all([...files].map(([path, shard]) => writeFile(join(outDir, path), JSON.stringify(shard))));
  const named = Object.keys(pageIds).length;
  const split = files.size === 0 ? '搜索词表为一个文件' : `搜索词表分为 ${files.size} 个分片（词 ${core.shards.words}、拼音 ${core.shards.pinyin}、条目 ${core.shards.entries}、页面 ${core.shards.pages}）`;
  return `Pagefind 已索引 ${added.page_count} 个页面（其中 ${named} 个是搜索词表中的条目）；${split}`;
}
