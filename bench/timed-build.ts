// Runs one build command and watches it: wall time, CPU time and the largest process's peak memory
// (GNU time, when installed), the peak memory of the whole process group (sampled from /proc), and
// the moment each output line arrives, so a log line can mark the start of a phase.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const TIME = '/usr/bin/time';
const PAGE_BYTES = 4096;
const SAMPLE_MS = 200;

export interface BuildCommand {
  /** Folder the build runs in; GNU time writes its report there as time.txt. */
  cwd: string;
  /** The program (an absolute path) and its arguments. */
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  /** Log lines that mark phases: the first line matching each pattern records the time it arrived. */
  markers?: Record<string, RegExp>;
}

export interface BuildRun {
  ok: boolean;
  timedOut: boolean;
  wallMs: number;
  /** User + system CPU time of the whole tree (GNU time counts waited-for children); NaN without GNU time. */
  cpuMs: number;
  /** Peak resident memory of the largest single process (GNU time); NaN without it. */
  maxRss: number;
  /** Peak of the summed resident memory of every process in the build's process group. */
  peakGroupRss: number;
  /** Milliseconds after the start at which each marker's first line arrived. */
  marks: Record<string, number>;
  log: string[];
  /** The 1-minute load average when the build ended. */
  load: number;
}

/** Bytes of every file under a folder (0 when it does not exist): what a build wrote. */
export function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, entry) =>
      sum + (entry.isDirectory() ? folderBytes(join(dir, entry.name)) : statSync(join(dir, entry.name)).size),
    0,
  );
}

/**
 * Resident memory (bytes) summed over every process whose process group is `pgid`. A build
 * started detached leads its own group, and the processes it spawns stay in it even when their
 * parent exits first, which a walk of the parent links would miss. Shared pages count once per
 * process, so the sum can exceed what the machine actually gave the build.
 */
export function groupRss(pgid: number): number {
  let total = 0;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name: state, ppid, pgrp, …
      const group = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (group !== pgid) continue;
      total += Number(readFileSync(`/proc/${name}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES;
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total;
}

/** The 1-minute load average: above the number of CPUs, other work was competing with the build. */
export function loadAverage(): number {
  try {
    return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  } catch {
    return NaN;
  }
}

export function cpuCount(): number {
  try {
    return readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm)?.length ?? NaN;
  } catch {
    return NaN;
  }
}

const timeField = (report: string, label: string) => Number(new RegExp(`${label}: ([\\d.]+)`).exec(report)?.[1] ?? NaN);

/** Runs the command in its own process group, killed as a whole at the timeout. */
export function timedBuild({ cwd, command, args, env, timeoutMs, markers = {} }: BuildCommand): Promise<BuildRun> {
  return new Promise((resolvePromise) => {
    const timeFile = join(cwd, 'time.txt');
    const useTime = existsSync(TIME);
    const [program, programArgs] = useTime ? [TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
    const started = performance.now();
    const child = spawn(program, programArgs, { cwd, env, detached: true });
    const marks: Record<string, number> = {};
    const log: string[] = [];
    let pending = '';
    const onData = (chunk: string) => {
      const at = performance.now() - started;
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        log.push(line);
        for (const [name, pattern] of Object.entries(markers))
          if (marks[name] === undefined && pattern.test(line)) marks[name] = at;
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    let peakGroupRss = 0;
    const sampler = setInterval(() => {
      if (child.pid) peakGroupRss = Math.max(peakGroupRss, groupRss(child.pid));
    }, SAMPLE_MS);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-(child.pid ?? 0), 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, timeoutMs);
    child.on('close', (code) => {
      clearInterval(sampler);
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      if (pending) log.push(pending);
      const report = useTime && existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
      resolvePromise({
        ok: code === 0 && !timedOut,
        timedOut,
        wallMs,
        cpuMs: (timeField(report, 'User time \\(seconds\\)') + timeField(report, 'System time \\(seconds\\)')) * 1000,
        maxRss: timeField(report, 'Maximum resident set size \\(kbytes\\)') * 1024,
        peakGroupRss,
        marks,
        log,
        load: loadAverage(),
      });
    });
  });
}
