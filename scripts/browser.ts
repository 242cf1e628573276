// One place that knows how to start Chromium here: Debian's /usr/bin/chromium when present
// (Playwright cannot download its own browser on this network), else Playwright's own.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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

/**
 * `npm test` installs the browser (scripts/ensure-browser.ts) beside the type check and the build
 * tests instead of before them; this file, named in the environment, says when it has finished:
 * `ok`, or why it failed.
 */
export const BROWSER_SETUP_FILE_ENV = 'JICENG_BROWSER_SETUP_FILE';

/** Records how the browser setup ended, for a test that waits on it (see browserReady). */
export function reportBrowserSetup(outcome: string): void {
  const file = process.env[BROWSER_SETUP_FILE_ENV];
  if (file) writeFileSync(file, outcome);
}

/**
 * Resolves once the browser can be launched: at once when no setup runs beside this process,
 * else when the setup reports `ok`. Rejects with the setup's own reason when it failed, or after
 * `timeoutMs` without an answer.
 */
export async function browserReady(timeoutMs = 300_000): Promise<void> {
  const file = process.env[BROWSER_SETUP_FILE_ENV];
  if (!file) return;
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`浏览器安装在 ${timeoutMs / 1000} 秒内没有完成（${file}）`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const outcome = readFileSync(file, 'utf8');
  if (outcome !== 'ok') throw new Error(`浏览器安装失败：${outcome}`);
}
