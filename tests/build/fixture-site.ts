import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEnv, copySite, ROOT } from '../../scripts/site-copy.mjs';

const FIXTURE = join(ROOT, 'tests/fixtures/content-good');

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
 * broken it in some way. A copy keeps the fixture's generated files away from the real site's.
 */
export function buildFixture(mutate: (contentDir: string) => void = () => {}): FixtureBuild {
  const dir = mkdtempSync(join(tmpdir(), 'jiceng-fixture-'));
  copySite(dir);
  cpSync(FIXTURE, join(dir, 'content'), { recursive: true });
  mutate(join(dir, 'content'));

  const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    // Generous: on a busy 2-core machine one build of the small fixture has taken two minutes.
    timeout: 280_000,
    env: buildEnv(dir),
  });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { ok: result.status === 0, output, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
