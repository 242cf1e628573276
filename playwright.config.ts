import { defineConfig } from '@playwright/test';
import { launchOptions } from './scripts/browser.ts';

// PW_PORT lets two checkouts run their browser tests at once without sharing a server.
const PORT = Number(process.env['PW_PORT'] ?? 4330);

// Browser tests run against the built site (dist/), served by `astro preview`; build first.
export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'offline/**/*.spec.ts'],
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Waits are for what a reader waits for; on a busy 2-core machine a search can take a few seconds.
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: launchOptions(),
    locale: 'zh-CN',
    // Each test's fresh browser would otherwise install the service worker, which precaches the
    // whole site (265 files) behind the test's back — most of the CPU of a page check. The tests
    // of offline use allow it (test.use in tests/offline/ and the trainer's offline note).
    serviceWorkers: 'block',
  },
  webServer: {
    command: `astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
