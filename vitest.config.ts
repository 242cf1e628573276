import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      // Unit tests check schemas and helpers without building a site: Astro's content module is mocked.
      'astro:content': path('./tests/unit/mocks/astro-content.ts'),
      '~': path('./src'),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
