// Makes sure the browser tests have a Chromium to drive. Playwright cannot download its own
// browser on this network, so on Debian as root we install Debian's `chromium` package.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, reportBrowserSetup } from './browser.ts';

async function playwrightHasOwnBrowser(): Promise<boolean> {
  try {
    const { chromium } = await import('@playwright/test');
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

/** Ends the setup, telling a test that waits on it (browserReady) how it went. */
function finish(failure?: string): never {
  reportBrowserSetup(failure ?? 'ok');
  if (failure) console.error(failure);
  process.exit(failure ? 1 : 0);
}

if (chromiumPath() || (await playwrightHasOwnBrowser())) finish();

const isRoot = process.getuid?.() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  finish(
    '找不到可用的 Chromium。请安装 Debian 的 chromium（apt-get install chromium），' +
      '或运行 npx playwright install chromium，或用 CHROMIUM_PATH 指向已有的浏览器。',
  );
}
console.log('Installing Debian chromium for the browser tests…');
const run = (args: string[]) =>
  spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
if (run(['update', '-qq']).status !== 0 || run(['install', '-y', '-qq', 'chromium']).status !== 0)
  finish('apt-get 安装 chromium 失败。');
finish();
