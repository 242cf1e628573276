// `npm test`: every test tier in order, stopping at the first failure with its exit code, and at
// the end a table of the time each tier took. A tier is one or more lanes that run at once; the
// steps of a lane run one after another. Each step is an npm script, so each can also be run on
// its own (`npm run test:unit`, `npm run build`, …). Lines from a lane that runs beside another
// are prefixed with its step's name.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BROWSER_SETUP_FILE_ENV } from './browser.ts';

interface Step {
  /** What the table calls it. */
  name: string;
  /** The npm script that runs it. */
  script: string;
}

interface Tier {
  name: string;
  /** Lanes run at once; the steps of one lane run in order. */
  lanes: Step[][];
}

const TIERS: Tier[] = [
  {
    name: 'browser setup, type check, unit and build tests, site builds',
    // The browser setup (on a fresh machine, a minute of apt-get) runs beside the rest: the one
    // build test that opens a browser waits for it (browserReady in scripts/browser.ts). The unit
    // and build tests need no build of the site; the fixture builds work in copies of it, so they
    // run beside the real builds. The two real builds share .astro/ and run in turn.
    lanes: [
      [{ name: 'browser setup', script: 'test:browser-setup' }],
      [
        { name: 'type check', script: 'check' },
        { name: 'build', script: 'build' },
        { name: 'sub-path build', script: 'build:subpath' },
      ],
      [{ name: 'unit and build tests', script: 'test:unit' }],
      [{ name: 'format check', script: 'format:check' }],
    ],
  },
  { name: 'dist tests (incl. Lighthouse)', lanes: [[{ name: 'dist tests', script: 'test:dist' }]] },
  { name: 'browser tests', lanes: [[{ name: 'browser tests', script: 'test:e2e' }]] },
];

// Where the browser setup says how it ended, for the test that waits on it.
const setupFile = join(mkdtempSync(join(tmpdir(), 'jiceng-tests-')), 'browser-setup');
process.env[BROWSER_SETUP_FILE_ENV] = setupFile;
process.on('exit', () => rmSync(dirname(setupFile), { recursive: true, force: true }));

interface Timing {
  name: string;
  seconds: number;
  indent: boolean;
}

const timings: Timing[] = [];
const running = new Set<number>();

/** Runs one npm script; resolves with its exit code. Output is prefixed when `prefix` is set. */
function runScript(step: Step, prefix: boolean): Promise<number> {
  return new Promise((resolve) => {
    // Its own process group, so a failure elsewhere can stop it and everything it started.
    const child = spawn('npm', ['run', '--silent', step.script], {
      stdio: prefix ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      detached: true,
    });
    if (child.pid) running.add(child.pid);
    if (prefix) {
      for (const [stream, out] of [
        [child.stdout, process.stdout],
        [child.stderr, process.stderr],
      ] as const) {
        let rest = '';
        stream?.setEncoding('utf8').on('data', (chunk: string) => {
          const lines = (rest + chunk).split('\n');
          rest = lines.pop() ?? '';
          for (const line of lines) out.write(`[${step.name}] ${line}\n`);
        });
        stream?.on('end', () => rest && out.write(`[${step.name}] ${rest}\n`));
      }
    }
    child.on('close', (code, signal) => {
      if (child.pid) running.delete(child.pid);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** Stops every step still running (each with the processes it started). */
function stopAll(): void {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

const seconds = (start: number) => (performance.now() - start) / 1000;

function printTable(failed?: string): void {
  const width = Math.max(...timings.map((t) => t.name.length + (t.indent ? 2 : 0)), 'tier'.length);
  const lines = ['', `${'tier'.padEnd(width)}  seconds`, `${'-'.repeat(width)}  -------`];
  for (const { name, seconds: s, indent } of timings)
    lines.push(`${(indent ? `  ${name}` : name).padEnd(width)}  ${s.toFixed(1).padStart(7)}`);
  const total = timings.filter((t) => !t.indent).reduce((sum, t) => sum + t.seconds, 0);
  lines.push(`${'total'.padEnd(width)}  ${total.toFixed(1).padStart(7)}`);
  if (failed) lines.push('', `Stopped: ${failed} failed.`);
  console.log(lines.join('\n'));
}

for (const tier of TIERS) {
  const tierStart = performance.now();
  const parallel = tier.lanes.length > 1;
  const stepTimings: Timing[] = [];
  let failure: { step: Step; code: number } | undefined;
  await Promise.all(
    tier.lanes.map(async (lane) => {
      for (const step of lane) {
        if (failure) return;
        if (!parallel) console.log(`\n▶ ${step.name} (npm run ${step.script})`);
        const start = performance.now();
        const code = await runScript(step, parallel);
        stepTimings.push({ name: step.name, seconds: seconds(start), indent: true });
        if (code !== 0 && !failure) {
          failure = { step, code };
          stopAll();
        }
      }
    }),
  );
  timings.push({ name: tier.name, seconds: seconds(tierStart), indent: false });
  if (parallel) timings.push(...stepTimings);
  if (failure) {
    printTable(`${failure.step.name} (npm run ${failure.step.script}, exit code ${failure.code})`);
    process.exit(failure.code);
  }
}
printTable();
