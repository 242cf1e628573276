// Scale benchmark (not a test): how the build grows with the size of the library. For each size,
// copies the site to a temp folder (as tests/build/fixture-site.ts does), writes a synthetic
// corpus of that many entries as its content/ (bench/synthetic.mjs), runs `astro build`, and
// measures wall time, peak memory, the Astro and Pagefind phases, output and index size, pages
// built, and the size of one method page. Prints a markdown table and how each column grows.
//
//   npm run bench                                  sizes 100, 1000, 3000
//   npm run bench -- --sizes 100,1000              other sizes
//   npm run bench -- --ref HEAD                    build the committed site (git archive), not the work tree
//   npm run bench -- --timeout 10 --keep --seed 1  minutes per build; keep the temp folders; corpus seed
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateCorpus, writeCorpus } from './synthetic.mjs';
import { buildEnv, copySite, linkModules, ROOT, SITE_FILES } from '../scripts/site-copy.mjs';

const TIME = '/usr/bin/time';

function parseArgs(argv) {
  const arg = (name, fallback) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
  };
  return {
    sizes: String(arg('--sizes', '100,1000,3000')).split(',').map(Number).filter((n) => Number.isInteger(n) && n >= 6),
    ref: arg('--ref', undefined),
    timeoutMs: Number(arg('--timeout', '10')) * 60_000,
    seed: Number(arg('--seed', '1')),
    keep: argv.includes('--keep'),
  };
}

/** A copy of the site to build: from the work tree, or from a git ref (so edits in progress do not count). */
function copySiteAt(dir, ref) {
  if (!ref) return copySite(dir);
  const archive = execFileSync('git', ['archive', ref, ...SITE_FILES], { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  linkModules(dir);
}

function folderBytes(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, entry) => sum + (entry.isDirectory() ? folderBytes(join(dir, entry.name)) : statSync(join(dir, entry.name)).size),
    0,
  );
}

function htmlPages(dir, found = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) htmlPages(full, found);
    else if (entry.name.endsWith('.html')) found.push(full);
  }
  return found;
}

/** Resident memory (bytes) of a process and all its descendants, from /proc. */
function treeRss(rootPid) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch {}
  }
  let total = 0;
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.shift();
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
    } catch {}
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** The moments (ms after the start) the build log reaches each phase. */
const MARKERS = {
  sync: /\[content\] Syncing content/,
  bundle: /\[build\] Building static entrypoints/,
  render: /generating static routes/,
  done: /\[@astrojs\/sitemap\]|\[jiceng\/pagefind\]/,
  pagefind: /\[jiceng\/pagefind\] Pagefind/,
};

/** Runs `astro build` in `dir`, timing each output line as it arrives and sampling memory. */
function build(dir, timeoutMs) {
  return new Promise((resolvePromise) => {
    const timeFile = join(dir, 'time.txt');
    const useTime = existsSync(TIME);
    const astro = join(ROOT, 'node_modules/.bin/astro');
    const [command, args] = useTime ? [TIME, ['-v', '-o', timeFile, astro, 'build']] : [astro, ['build']];
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: dir,
      detached: true, // its own process group, so a timeout stops astro and Pagefind too
      env: buildEnv(dir),
    });
    const marks = {};
    const log = [];
    let pending = '';
    const onData = (chunk) => {
      const at = performance.now() - started;
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        log.push(line);
        for (const [name, pattern] of Object.entries(MARKERS)) if (marks[name] === undefined && pattern.test(line)) marks[name] = at;
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    let peakTree = 0;
    const sampler = setInterval(() => {
      if (child.pid) peakTree = Math.max(peakTree, treeRss(child.pid));
    }, 200);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-(child.pid ?? 0), 'SIGKILL');
      } catch {}
    }, timeoutMs);
    child.on('close', (code) => {
      clearInterval(sampler);
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      const timeText = useTime && existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
      const maxRssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(timeText)?.[1] ?? NaN);
      const cpuSeconds = Number(/User time \(seconds\): ([\d.]+)/.exec(timeText)?.[1] ?? NaN) + Number(/System time \(seconds\): ([\d.]+)/.exec(timeText)?.[1] ?? NaN);
      const output = log.join('\n');
      const astroSeconds = Number(/page\(s\) built in ([\d.]+)s/.exec(output)?.[1] ?? NaN);
      resolvePromise({ ok: code === 0 && !timedOut, timedOut, wallMs, cpuMs: cpuSeconds * 1000, marks, maxRss: maxRssKb * 1024, peakTree, astroSeconds, output, load: loadAverage() });
    });
  });
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (ms) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : '–');
const span = (marks, from, to) => (marks[from] !== undefined && marks[to] !== undefined ? marks[to] - marks[from] : NaN);

async function measure(size, options) {
  const dir = mkdtempSync(join(tmpdir(), `jiceng-scale-${size}-`));
  try {
    copySiteAt(dir, options.ref);
    const { files, counts } = generateCorpus({ size, seed: options.seed });
    writeCorpus(join(dir, 'content'), files);
    console.error(`size ${size}: ${counts.methods} methods, ${counts.cases} cases, ${counts.glossary} terms — building in ${dir}`);
    const run = await build(dir, options.timeoutMs);
    writeFileSync(join(dir, 'build.log'), run.output);
    if (!run.ok) {
      console.error(run.timedOut ? `size ${size}: stopped after ${s(options.timeoutMs)}` : `size ${size}: build failed\n${run.output.slice(-4000)}`);
      return { size, counts, ok: false, timedOut: run.timedOut, wallMs: run.wallMs, load: run.load };
    }
    const dist = join(dir, 'dist');
    const pages = htmlPages(dist);
    const methodPage = join(dist, 'methods/method-0005/index.html');
    const largest = pages.map((file) => ({ file, bytes: statSync(file).size })).sort((a, b) => b.bytes - a.bytes)[0];
    const htmlBytes = pages.reduce((sum, file) => sum + statSync(file).size, 0);
    return {
      size,
      counts,
      ok: true,
      pages: pages.length,
      wallMs: run.wallMs,
      cpuMs: run.cpuMs,
      load: run.load,
      // Astro: from the start to its build:done hooks (startup, content sync, bundling, rendering).
      astroMs: run.marks.done ?? NaN,
      startupMs: run.marks.sync ?? NaN,
      syncMs: span(run.marks, 'sync', 'bundle'),
      bundleMs: span(run.marks, 'bundle', 'render'),
      renderMs: span(run.marks, 'render', 'done'),
      pagefindMs: span(run.marks, 'done', 'pagefind'),
      astroReportedS: run.astroSeconds,
      maxRss: run.maxRss,
      peakTree: run.peakTree,
      distBytes: folderBytes(dist),
      htmlBytes,
      pagefindBytes: folderBytes(join(dist, 'pagefind')),
      methodPageBytes: existsSync(methodPage) ? statSync(methodPage).size : NaN,
      methodPageGz: existsSync(methodPage) ? gzipSync(readFileSync(methodPage)).length : NaN,
      largest: largest ? { path: largest.file.slice(dist.length).replace(/index\.html$/, ''), bytes: largest.bytes } : undefined,
    };
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
    else console.error(`kept ${dir}`);
  }
}

/** How a value grows between two sizes: the exponent k in value ∝ pages^k (1 = linear). */
const exponent = (a, b, pa, pb) => (a > 0 && b > 0 && pb !== pa ? Math.log(b / a) / Math.log(pb / pa) : NaN);

function report(rows, options, site) {
  const ok = rows.filter((r) => r.ok);
  const lines = [];
  lines.push(`Scale benchmark — ${site}, seed ${options.seed}, ${process.platform} ${os()}\n`);
  lines.push(
    '| entries (methods/cases/terms) | pages | wall | CPU (user+sys) | Astro (startup · sync · bundle · render) | Pagefind | peak RSS (largest process · whole tree) | dist | HTML | Pagefind index | one method page | largest page |',
    '| --- | ---: | ---: | ---: | --- | ---: | --- | ---: | ---: | ---: | ---: | --- |',
  );
  for (const r of rows) {
    if (!r.ok) {
      lines.push(`| ${r.size} (${r.counts.methods}/${r.counts.cases}/${r.counts.glossary}) | – | ${r.timedOut ? `stopped at ${s(r.wallMs)}` : 'build failed'} | | | | | | | | | |`);
      continue;
    }
    lines.push(
      `| ${r.size} (${r.counts.methods}/${r.counts.cases}/${r.counts.glossary}) | ${r.pages} | ${s(r.wallMs)} | ${s(r.cpuMs)} | ${s(r.astroMs)} (${s(r.startupMs)} · ${s(r.syncMs)} · ${s(r.bundleMs)} · ${s(r.renderMs)}) | ${s(r.pagefindMs)} | ${mb(r.maxRss)} · ${mb(r.peakTree)} | ${mb(r.distBytes)} | ${mb(r.htmlBytes)} | ${mb(r.pagefindBytes)} | ${kb(r.methodPageBytes)} (${kb(r.methodPageGz)} gz) | ${r.largest ? `${r.largest.path} ${kb(r.largest.bytes)}` : '–'} |`,
    );
  }
  lines.push('', `Load average (1 min) when each build ended: ${rows.map((r) => `${r.size}: ${r.load ?? '–'}`).join(', ')} — above ${cpuCount()} other work competed for the CPUs and wall times are inflated; CPU time is the steadier measure.`);
  if (ok.length > 0) {
    lines.push('', 'Per page:', '', '| entries | wall / page | CPU / page | Astro / page | render / page | Pagefind / page | dist / page | HTML / page | index / page | peak RSS / page |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of ok) {
      lines.push(
        `| ${r.size} | ${(r.wallMs / r.pages).toFixed(1)} ms | ${(r.cpuMs / r.pages).toFixed(1)} ms | ${(r.astroMs / r.pages).toFixed(1)} ms | ${(r.renderMs / r.pages).toFixed(1)} ms | ${(r.pagefindMs / r.pages).toFixed(1)} ms | ${kb(r.distBytes / r.pages)} | ${kb(r.htmlBytes / r.pages)} | ${kb(r.pagefindBytes / r.pages)} | ${kb(r.maxRss / r.pages)} |`,
      );
    }
  }
  if (ok.length > 1) {
    lines.push('', 'Growth between sizes, as the exponent k in value ∝ pages^k (1 = linear, 2 = quadratic; fixed costs pull k below 1 at small sizes):', '');
    const columns = [
      ['wall', 'wallMs'],
      ['CPU', 'cpuMs'],
      ['Astro', 'astroMs'],
      ['startup', 'startupMs'],
      ['sync', 'syncMs'],
      ['bundle', 'bundleMs'],
      ['render', 'renderMs'],
      ['Pagefind', 'pagefindMs'],
      ['peak RSS', 'maxRss'],
      ['dist', 'distBytes'],
      ['HTML', 'htmlBytes'],
      ['index', 'pagefindBytes'],
      ['method page', 'methodPageBytes'],
    ];
    lines.push(`| from → to | ${columns.map(([label]) => label).join(' | ')} |`, `| --- | ${columns.map(() => '---:').join(' | ')} |`);
    for (let i = 1; i < ok.length; i++) {
      const a = ok[i - 1];
      const b = ok[i];
      lines.push(`| ${a.size} → ${b.size} | ${columns.map(([, key]) => exponent(a[key], b[key], a.pages, b.pages).toFixed(2)).join(' | ')} |`);
    }
  }
  return lines.join('\n');
}

/** Which code was built: the ref and its commit, or the work tree's HEAD and whether site files differ from it. */
function describeSite(ref) {
  const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  try {
    if (ref) return `git ${ref} (${git('rev-parse', '--short', ref)})`;
    const dirty = git('status', '--porcelain', '--', ...SITE_FILES) !== '';
    return `work tree (HEAD ${git('rev-parse', '--short', 'HEAD')}${dirty ? ' + uncommitted changes' : ''})`;
  } catch {
    return ref ? `git ${ref}` : 'work tree';
  }
}

/** The 1-minute load average: above the number of CPUs, other work was competing with the build. */
function loadAverage() {
  try {
    return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  } catch {
    return NaN;
  }
}

function cpuCount() {
  try {
    return readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm)?.length ?? NaN;
  } catch {
    return NaN;
  }
}

function os() {
  return `${cpuCount()} CPU(s), Node ${process.versions.node}`;
}

const options = parseArgs(process.argv.slice(2));
if (options.sizes.length === 0) {
  console.error('usage: node bench/scale.mjs [--sizes 100,1000,3000] [--ref HEAD] [--timeout 10] [--seed 1] [--keep]');
  process.exit(2);
}
const site = describeSite(options.ref);
// Every size builds the same commit, even when the branch moves during a long run.
if (options.ref) options.ref = execFileSync('git', ['rev-parse', options.ref], { cwd: ROOT, encoding: 'utf8' }).trim();
console.error(`building ${site}`);
const rows = [];
for (const size of options.sizes) {
  const row = await measure(size, options);
  rows.push(row);
  if (row.ok) console.error(`size ${size}: ${row.pages} pages in ${s(row.wallMs)}`);
}
console.log(`\n${report(rows, options, site)}`);
if (rows.some((r) => !r.ok)) process.exitCode = 1;
