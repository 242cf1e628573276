import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_SCRIPT, buildEnv, copySite, ROOT } from '../../scripts/site-copy.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/content-good');
/** Generous: on a busy 2-core machine one build of the small fixture has taken two minutes. */
export const BUILD_TIMEOUT = 280_000;

export interface FixtureBuild {
  ok: boolean;
  /** Everything the build printed, stdout and stderr together, without colour codes. */
  output: string;
  /** Where the copy was made; its dist/ holds the built site when ok. */
  dir: string;
  cleanup(): void;
}

/**
 * Builds a copy of the site with the small fixture corpus as its content/, after `mutate` has
 * broken it in some way. A copy keeps the fixture's generated files away from the real site's,
 * and lets several builds run at once (each in its own folder, with its own cache).
 */
export async function buildFixture(mutate: (contentDir: string) => void = () => {}): Promise<FixtureBuild> {
  const dir = mkdtempSync(join(tmpdir(), 'jiceng-fixture-'));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  copySite(dir);
  cpSync(FIXTURE, join(dir, 'content'), { recursive: true });
  mutate(join(dir, 'content'));

  const child = spawn('node', [BUILD_SCRIPT], { cwd: dir, timeout: BUILD_TIMEOUT, env: buildEnv(dir) });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  // eslint-disable-next-line no-control-regex
  const output = `${stdout}\n${stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { ok: status === 0, output, dir, cleanup };
}
