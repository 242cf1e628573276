import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW, getManifest } from 'workbox-build';

/** What the offline status on /about/ compares the reader's cache with. */
export const OFFLINE_MANIFEST = 'offline-manifest.json';

/**
 * Writes sw.js (and the offline manifest) for a built site in `outDir` served under `base`.
 * Exported so the update test can "deploy" a changed build without a full rebuild.
 */
export async function writeServiceWorker(outDir: string, base: string): Promise<{ count: number; size: number; warnings: string[] }> {
  const files = {
    globDirectory: outDir,
    globPatterns: ['**/*.{html,css,js,svg,png,webmanifest,json,pagefind,pf_meta,pf_index,pf_fragment,pf_filter}'],
    globIgnores: ['sw.js', OFFLINE_MANIFEST, 'sitemap-*.xml'],
    // URLs are relative to dist/; the site may be served under a sub-path.
    modifyURLPrefix: { '': base },
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    // Files whose names already carry a content hash need no revision of their own.
    dontCacheBustURLsMatching: /(\/_astro\/|\/pagefind\/(fragment|index|filter)\/|\.pf_meta$)/,
  };
  const { count, size } = await getManifest(files);
  await writeFile(join(outDir, OFFLINE_MANIFEST), JSON.stringify({ files: count, bytes: size, built: new Date().toISOString() }));
  const { warnings } = await generateSW({
    ...files,
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
    runtimeCaching: [
      {
        // A page that is not in the cache (a mistyped URL, say): try the network, else the offline page.
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: `${base}offline/index.html` } },
      },
    ],
  });
  return { count, size, warnings };
}

/**
 * Generates the service worker with workbox-build once the pages and Pagefind's index are
 * written (so it must come after the Pagefind integration). It precaches the whole site —
 * every page, asset and search file — so that after one visit everything works offline.
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
        const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir), base);
        for (const warning of warnings) logger.warn(warning);
        logger.info(`Service worker precaches ${count} files (${(size / 1024).toFixed(0)} KB)`);
      },
    },
  };
}
