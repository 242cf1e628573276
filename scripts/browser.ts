// One place that knows how to start Chromium here: Debian's /usr/bin/chromium when present
// (Playwright cannot download its own browser on this network), else Playwright's own.
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The executable to launch, or undefined to let Playwright use its own browser. */
export function chromiumPath(): string | undefined {
  return process.env['CHROMIUM_PATH'] ?? SYSTEM_CHROMIUM.find((path) => existsSync(path));
}

/** Launch options for chromium.launch(): sandbox off as root, no background traffic to any host. */
export function launchOptions(): LaunchOptions {
  const executablePath = chromiumPath();
  return {
    ...(executablePath ? { executablePath } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}
