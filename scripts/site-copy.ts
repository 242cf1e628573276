// Building a copy of the site in another folder, for the build tests (fixture content) and the
// scale benchmark (synthetic content): a copy keeps their generated files away from the real site.
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** What `npm run build` runs: Astro, then the search index and the service worker (relative to the site). */
export const BUILD_SCRIPT = 'scripts/build-site.ts';

/** What a copy needs besides its content/ (node_modules is linked, not copied): the build script's steps after Astro are in scripts/after-build/. */
export const SITE_FILES: string[] = [
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'src',
  'public',
  BUILD_SCRIPT,
  'scripts/after-build',
];

/** Copies the site's code into `dir` and links the project's node_modules. */
export function copySite(dir: string): void {
  for (const name of SITE_FILES) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  linkModules(dir);
}

/** Links the project's node_modules into a copy. */
export function linkModules(dir: string): void {
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
}

/** The environment for building a copy: the pinned Node first, its own cache, no telemetry or colour. */
export function buildEnv(dir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
    ASTRO_CACHE_DIR: join(dir, '.cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
}
