import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW, getManifest } from 'workbox-build';
import { PRECACHE_MAX_BYTES } from '../lib/scale-bounds';

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
  const chosen = mode === 'all' ? files : { ...files, globPatterns: ESSENTIAL_FILES };
  const { count, size } = mode === 'all' ? whole : await getManifest(chosen);
  const manifest: OfflineManifest = { files: count, bytes: size, built: new Date().toISOString(), mode, siteBytes: whole.size };
  await writeFile(join(outDir, OFFLINE_MANIFEST), JSON.stringify(manifest));
  const offlineFallback = { precacheFallback: { fallbackURL: `${base}offline/index.html` } };
  const { warnings } = await generateSW({
    ...chosen,
    swDest: join(outDir, 'sw.js'),
    directoryIndex: 'index.html',
    // Query strings only steer scripts on the page (?q=, ?hl=, Pagefind's ?ts=): the cached file is the same.
    ignoreURLParametersMatching: [/.*/],
    cleanupOutdatedCaches: true,
    // A new build takes over at once; the page tells the reader that content was updated.
    skipWaiting: true,
    clientsClaim: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    runtimeCaching:
      mode === 'all'
        ? [
            {
              // A page that is not in the cache (a mistyped URL, say): try the network, else the offline page.
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkOnly',
              options: offlineFallback,
            },
          ]
        : [
            {
              // A page not precached: from the network while there is one, kept as it is read, so it
              // opens offline later; never read and no network, the offline page. Pages fetched by
              // the site's own scripts (a reading list's handout) are kept the same way.
              urlPattern: ({ request, url }) =>
                request.mode === 'navigate' || (url.origin === self.location.origin && (url.pathname.endsWith('/') || url.pathname.endsWith('.html'))),
              handler: 'NetworkFirst',
              options: {
                cacheName: 'pages-read',
                // The pages a reader has read, up to about 40 MB; the longest unread go first.
                expiration: { maxEntries: 1000, purgeOnQuotaError: true },
                ...offlineFallback,
              },
            },
          ],
  });
  return { count, size, mode, siteBytes: whole.size, warnings };
}

/**
 * Generates the service worker with workbox-build once the pages and Pagefind's index are
 * written (so it must come after the Pagefind integration). Up to PRECACHE_MAX_BYTES it precaches
 * the whole site — every page, asset and search file — so that after one visit everything works
 * offline; past it, the shell, the search index and the main pages, and other pages as they are read.
 */
export default function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'jiceng/service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, mode, siteBytes, warnings } = await writeServiceWorker(fileURLToPath(dir), base);
        for (const warning of warnings) logger.warn(warning);
        const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
        logger.info(
          mode === 'all'
            ? `Service worker precaches ${count} files (${kb(size)})`
            : `Service worker precaches ${count} essential files (${kb(size)} of ${kb(siteBytes)}, over the ${kb(PRECACHE_MAX_BYTES)} limit); other pages are cached as they are read`,
        );
      },
    },
  };
}
