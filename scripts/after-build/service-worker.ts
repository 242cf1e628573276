import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
// The one function used, from its own module: the package's index also loads generateSW's
// Rollup, Babel and Terser (0.4–0.7 s at every build's start).
import { getManifest } from 'workbox-build/build/get-manifest.js';
import { PRECACHE_MAX_BYTES } from '../../src/lib/scale-bounds.ts';

/** What the offline status on /about/ compares the reader's cache with. */
export const OFFLINE_MANIFEST = 'offline-manifest.json';

/** Everything a reader may need offline: pages, styles, scripts, icons, data and the search index. */
const ALL_FILES = ['**/*.{html,css,js,svg,png,webmanifest,json,pagefind,pf_meta,pf_index,pf_fragment,pf_filter}'];

/**
 * For a library past PRECACHE_MAX_BYTES: the shell (styles, scripts, icons, data files), the
 * whole search index, and the pages a reader starts from — home, the sections' first pages,
 * search, about, the offline page, reading paths, sources, and each theme's and place's first
 * page. Other pages (entries, later list pages) are cached as they are read.
 */
export const ESSENTIAL_FILES = [
  '**/*.{css,js,svg,png,webmanifest,json,pagefind,pf_meta,pf_index,pf_fragment,pf_filter}',
  'index.html',
  '404.html',
  '*/index.html',
  'readings/*/index.html',
  'sources/*/index.html',
  'themes/*/index.html',
  'places/*/index.html',
];

/** What the offline status on /about/ reads: how much is precached, and whether that is everything. */
export interface OfflineManifest {
  files: number;
  bytes: number;
  built: string;
  /** `all`: every file is precached; `essential`: the shell, search and main pages, other pages as they are read. */
  mode: 'all' | 'essential';
  /** Bytes the whole site would take (equal to `bytes` in `all` mode). */
  siteBytes: number;
}

const WORKER_SOURCE = fileURLToPath(new URL('../../src/service-worker/sw.ts', import.meta.url));

/**
 * The service worker: src/service-worker/sw.ts and the Workbox modules it imports, bundled and
 * minified by esbuild (about 0.1 s; workbox-build's generateSW bundles the same modules with
 * Rollup, Babel and Terser in about 2 s, and globs and hashes every file a second time), with
 * the precache list and settings written in.
 */
async function bundleWorker(
  entries: { url: string; revision: string | null }[],
  settings: { mode: OfflineManifest['mode']; fallbackURL: string },
): Promise<string> {
  const result = await build({
    entryPoints: [WORKER_SOURCE],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    legalComments: 'none',
    define: {
      'process.env.NODE_ENV': '"production"',
      SW_SETTINGS: JSON.stringify(settings),
      'self.__WB_MANIFEST': JSON.stringify(entries),
    },
  });
  return result.outputFiles[0]?.text ?? '';
}

/**
 * Writes sw.js (and the offline manifest) for a built site in `outDir` served under `base`.
 * Exported so the update test can "deploy" a changed build without a full rebuild.
 * Precaches every file while they come to PRECACHE_MAX_BYTES or less (`limit`); past that, the
 * essential files only, and caches other pages at run time as they are read.
 */
export async function writeServiceWorker(
  outDir: string,
  base: string,
  limit = PRECACHE_MAX_BYTES,
): Promise<{ count: number; size: number; mode: OfflineManifest['mode']; siteBytes: number; warnings: string[] }> {
  const files = {
    globDirectory: outDir,
    globPatterns: ALL_FILES,
    globIgnores: ['sw.js', OFFLINE_MANIFEST, 'sitemap-*.xml'],
    // URLs are relative to dist/; the site may be served under a sub-path.
    modifyURLPrefix: { '': base },
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    // Files whose names already carry a content hash need no revision of their own.
    dontCacheBustURLsMatching: /(\/_astro\/|\/pagefind\/(fragment|index|filter)\/|\.pf_meta$)/,
  };
  const whole = await getManifest(files);
  const mode = whole.size <= limit ? 'all' : 'essential';
  const chosen = mode === 'all' ? whole : await getManifest({ ...files, globPatterns: ESSENTIAL_FILES });
  const { count, size, manifestEntries = [] } = chosen;
  const manifest: OfflineManifest = {
    files: count,
    bytes: size,
    built: new Date().toISOString(),
    mode,
    siteBytes: whole.size,
  };
  await writeFile(join(outDir, OFFLINE_MANIFEST), JSON.stringify(manifest));
  await writeFile(
    join(outDir, 'sw.js'),
    await bundleWorker(manifestEntries, { mode, fallbackURL: `${base}offline/index.html` }),
  );
  const warnings = [...whole.warnings, ...(chosen === whole ? [] : chosen.warnings)];
  return { count, size, mode, siteBytes: whole.size, warnings };
}

/**
 * Writes the service worker for a built site and says what it did, in a line for the build's log.
 * Up to PRECACHE_MAX_BYTES it precaches the whole site — every page, asset and search file — so
 * that after one visit everything works offline; past it, the shell, the search index and the main
 * pages, and other pages as they are read. It runs after the search index, which it precaches.
 */
export async function serviceWorkerStep(outDir: string, base: string): Promise<{ line: string; warnings: string[] }> {
  const started = performance.now();
  const { count, size, mode, siteBytes, warnings } = await writeServiceWorker(outDir, base);
  const took = `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  const line =
    mode === 'all'
      ? `Service worker precaches ${count} files (${kb(size)}), written in ${took}`
      : `Service worker precaches ${count} essential files (${kb(size)} of ${kb(siteBytes)}, over the ${kb(PRECACHE_MAX_BYTES)} limit); other pages are cached as they are read; written in ${took}`;
  return { line, warnings };
}
