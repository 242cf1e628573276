import type { AstroIntegration } from 'astro';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { entryPageIds, type SearchLexicon } from '../lib/search-lexicon';
import { indexedPages } from './pagefind-pages';

/**
 * Indexes the built pages with Pagefind's Node API once Astro has written them.
 * The npm package runs Pagefind's extended binary, which segments Chinese at index time.
 */
export default function pagefindIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'jiceng/pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
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
        // The lexicon learns each entry's page id, so search can show titles before page texts arrive.
        const lexiconFile = `${outDir}/search-lexicon.json`;
        const lexicon = JSON.parse(await readFile(lexiconFile, 'utf8')) as SearchLexicon;
        lexicon.pageIds = entryPageIds(lexicon.entries, await indexedPages(`${outDir}/pagefind`), base);
        await writeFile(lexiconFile, JSON.stringify(lexicon));
        const named = Object.keys(lexicon.pageIds).length;
        logger.info(`Pagefind 已索引 ${added.page_count} 个页面（其中 ${named} 个是搜索词表中的条目）`);
      },
    },
  };
}
