// Builds the site: `astro build` writes the pages, in a process of its own; once it has exited,
// this process writes what is made from the finished pages (scripts/after-build/): phrase breaks in the
// headings, the Pagefind index
// and the split search lexicon, then the service worker that precaches them. Pagefind's indexer
// needs about as much memory as Astro at 3,000 entries; run inside Astro's build:done hook it ran
// while Astro's memory was still held, and the build needed both at once.
//
//   node scripts/build-site.ts [astro build options, e.g. --outDir dist-subpath]
//
// SITE_BASE and SITE_URL are read as astro.config.mjs reads them.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { phraseBuiltHeadings } from './after-build/heading-phrases.ts';
import { indexSearch, readLexicon } from './after-build/search-index.ts';
import { serviceWorkerStep } from './after-build/service-worker.ts';
import { siteBase } from '../src/lib/urls.ts';

const args = process.argv.slice(2);
const outDirAt = args.indexOf('--outDir');
const outDir = resolve(outDirAt >= 0 && args[outDirAt + 1] ? (args[outDirAt + 1] as string) : 'dist');
const base = siteBase(process.env['SITE_BASE'] ?? '/');

const astro = spawnSync(process.execPath, [join(process.cwd(), 'node_modules/astro/bin/astro.mjs'), 'build', ...args], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) process.exit(astro.status ?? 1);

/** A log line in Astro's format, so the build reads as one log (and the bench finds its phases). */
const log = (step: string, line: string) =>
  console.log(`${new Date().toTimeString().slice(0, 8)} [jiceng/${step}] ${line}`);
try {
  const phrasing = performance.now();
  // Read once, before the index cuts it into shards: the whole lexicon names the library's words.
  const lexicon = await readLexicon(outDir);
  const pages = await phraseBuiltHeadings(
    outDir,
    lexicon.words.map(([word]) => word),
  );
  log('headings', `${pages} 个页面的标题按词组断行，用时 ${((performance.now() - phrasing) / 1000).toFixed(1)} 秒`);
  const started = performance.now();
  const indexed = await indexSearch(outDir, base, lexicon);
  log('pagefind', `${indexed}，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`);
  const { line, warnings } = await serviceWorkerStep(outDir, base);
  for (const warning of warnings) log('service-worker', `警告：${warning}`);
  log('service-worker', line);
} catch (error) {
  console.error(`构建的最后一步出错（${outDir}）：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
