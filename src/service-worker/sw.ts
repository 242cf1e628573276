// The service worker's own code, bundled by esbuild at build time (scripts/after-build/service-worker.ts)
// with the list of files to precache put in place of `self.__WB_MANIFEST` and its settings in
// place of `SW_SETTINGS`. Workbox's modules do the work; this file only says which.
import { clientsClaim } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types';
import { ExpirationPlugin } from 'workbox-expiration';
import {
  cleanupOutdatedCaches,
  PrecacheFallbackPlugin,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst, NetworkOnly } from 'workbox-strategies';

declare const self: { __WB_MANIFEST: PrecacheEntry[]; skipWaiting(): Promise<void>; location: Location };
declare const SW_SETTINGS: { mode: 'all' | 'essential'; fallbackURL: string };

// A new build takes over at once; the page tells the reader that content was updated.
void self.skipWaiting();
clientsClaim();

// Query strings only steer scripts on the page (?q=, ?hl=, Pagefind's ?ts=): the cached file is the same.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/], directoryIndex: 'index.html' });
cleanupOutdatedCaches();

// Workbox's plugin classes declare their optional callbacks in a way the project's
// exactOptionalPropertyTypes rejects; they are plugins all the same.
const plugin = (instance: object) => instance as WorkboxPlugin;
const offlinePage = plugin(new PrecacheFallbackPlugin({ fallbackURL: SW_SETTINGS.fallbackURL }));

if (SW_SETTINGS.mode === 'all') {
  // A page that is not in the cache (a mistyped URL, say): try the network, else the offline page.
  registerRoute(({ request }) => request.mode === 'navigate', new NetworkOnly({ plugins: [offlinePage] }));
} else {
  // A page not precached: from the network while there is one, kept as it is read, so it opens
  // offline later; never read and no network, the offline page. Pages fetched by the site's own
  // scripts (a reading list's handout) are kept the same way.
  registerRoute(
    ({ request, url }) =>
      request.mode === 'navigate' ||
      (url.origin === self.location.origin && (url.pathname.endsWith('/') || url.pathname.endsWith('.html'))),
    new NetworkFirst({
      cacheName: 'pages-read',
      // The pages a reader has read, up to about 40 MB; the longest unread go first.
      plugins: [plugin(new ExpirationPlugin({ maxEntries: 1000, purgeOnQuotaError: true })), offlinePage],
    }),
  );
}
