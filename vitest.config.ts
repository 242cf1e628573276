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
    // The build tests spend their time waiting for fixture builds in child processes, so their
    // files run beside the unit tests' (the default on 2 cores is one file at a time).
    maxWorkers: 3,
    // Two fixture builds at a time within a file (and the good fixture's beside them): more only
    // share the same 2 cores and push each build towards its timeout on a busy machine.
    maxConcurrency: 2,
  },
});
