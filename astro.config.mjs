// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind';

// SITE_BASE serves the site under a sub-path on an intranet host (e.g. /zhili/);
// SITE_URL is only used for canonical links and the sitemap.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'always',
  // Two entries with the same id stop the build instead of one silently replacing the other.
  prerenderConflictBehavior: 'error',
  integrations: [mdx(), sitemap(), pagefind()],
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Scripts stay files, never inlined: an inlined script leaves Vite's dynamic-import preload
      // placeholder unresolved (breaking the lazy Pagefind import), and a file is cached across pages.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
  devToolbar: { enabled: false },
  // The build tests build copies of the site with fixture content; each keeps its own cache.
  ...(process.env['ASTRO_CACHE_DIR'] ? { cacheDir: process.env['ASTRO_CACHE_DIR'] } : {}),
});
