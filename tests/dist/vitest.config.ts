import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests over the built site in dist/ (or the folder in DIST_DIR): `npm run build && npm run test:dist`.
// Kept apart from the root config, whose unit and build tests need no build.
export default defineConfig({
  root: fileURLToPath(new URL('../../', import.meta.url)),
  test: {
    include: ['tests/dist/**/*.test.ts'],
    globalSetup: ['tests/dist/global-setup.ts'],
    testTimeout: 60_000,
    // Lighthouse drives one Chromium at a time; the other files are quick.
    fileParallelism: false,
  },
});
