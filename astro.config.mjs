// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, envField } from 'astro/config';

// SITE_BASE serves the site under a sub-path on an intranet host (e.g. /zhili/);
// SITE_URL is the public address (e.g. http://zhili.example.cn): canonical links, the sitemap, and
// the addresses and QR codes printed on handouts. Without it, handouts print the address the
// page was opened from.
const siteUrl = process.env.SITE_URL || undefined;
if (siteUrl && !/^https?:$/.test(URL.parse(siteUrl)?.protocol ?? '')) {
  throw new Error(
    `SITE_URL 必须是以 http:// 或 https:// 开头的完整网址，现在是“${siteUrl}”（例如 SITE_URL=http://zhili.example.cn）`,
  );
}

export default defineConfig({
  site: siteUrl ?? 'http://localhost:4321',
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'always',
  // Pages render four at a time: one at a time, the build waits on each page's file write before
  // the next begins. At 3,000 entries this took rendering from about 24 to 21 s; pages come out
  // byte for byte the same.
  build: { concurrency: 4 },
  // Read on pages and handouts through astro:env (checked above: a value that is not a URL stops the build).
  env: { schema: { SITE_URL: envField.string({ context: 'client', access: 'public', optional: true }) } },
  // Two entries with the same id stop the build instead of one silently replacing the other.
  prerenderConflictBehavior: 'error',
  // The search index and the service worker are written after Astro has exited (scripts/build-site.ts).
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/offline/') })],
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Scripts stay files, never inlined: an inlined script leaves Vite's dynamic-import preload
      // placeholder unresolved (breaking the lazy Pagefind import), and a file is cached across pages.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        // Astro marks every compiled MDX module with its own "use astro:head-inject" directive and
        // handles it itself; the bundler's note that it "may not be preserved" came once per MDX
        // file (1,500 lines at 3,000 entries), burying real warnings. Every other warning is kept.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
  // The content has no code blocks; Shiki's inline styles would break the CSP below (and Astro
  // warns about it on every build).
  markdown: { syntaxHighlight: false },
  // Nothing from outside: every script, style, font, image and request must come from the site
  // itself. Astro adds hashes for its own inline scripts and styles; Pagefind needs WebAssembly.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // The build tests build copies of the site with fixture content; each keeps its own cache.
  ...(process.env['ASTRO_CACHE_DIR'] ? { cacheDir: process.env['ASTRO_CACHE_DIR'] } : {}),
});
