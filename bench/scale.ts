// Scale benchmark (not a test): how the build grows with the size of the library. For each size,
// copies the site to a temp folder (as tests/build/fixture-site.ts does), writes a synthetic
// corpus of that many entries as its content/ (tests/support/synthetic.ts), runs `astro build`, and
// measures wall and CPU time, peak memory of the whole process group, the Astro and Pagefind
// phases, output and index size, pages built, page sizes, warnings repeated per entry and what a
// first search fetches. With `--peer starlight` it builds stock Starlight over the same entries
// right after the site at each size (bench/peers/starlight.ts), one build at a time, with the same
// Node, and prints the two side by side with their ratio.
//
//   npm run bench                                  sizes 100, 1000, 3000
//   npm run bench -- --sizes 100,1000              other sizes (10000 works, given the time)
//   npm run bench -- --peer starlight              the site and stock Starlight side by side
//   npm run bench -- --ref HEAD                    build the committed site (git archive), not the work tree
//   npm run bench -- --timeout 10 --keep --seed 1  minutes per build; keep the temp folders; corpus seed
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstSearchBytes, FIRST_SEARCH_QUERY, lexiconFirstSearch } from '../tests/support/first-search.ts';
import { perEntryWarnings, summarizeWarnings, type RepeatedWarning } from './log-warnings.ts';
import { ensureStarlight, starlightBuildArgs, starlightBuildDir, writeStarlightSite } from './peers/starlight.ts';
import { generateCorpus, writeCorpus, type CorpusCounts } from '../tests/support/synthetic.ts';
import { cpuCount, folderBytes, timedBuild, type BuildRun } from './timed-build.ts';
import { htmlFiles } from '../scripts/dist-checks/load-built-pages.ts';
import { BUILD_SCRIPT, buildEnv, copySite, linkModules, ROOT, SITE_FILES } from '../scripts/site-copy.ts';

interface Options {
  sizes: number[];
  ref: string | undefined;
  timeoutMs: number;
  seed: number;
  keep: boolean;
  peer: 'starlight' | undefined;
}

function parseArgs(argv: string[]): Options {
  const arg = (name: string, fallback: string | undefined) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
  };
  const peer = arg('--peer', undefined);
  if (peer !== undefined && peer !== 'starlight') throw new Error(`unknown peer “${peer}” (known: starlight)`);
  return {
    sizes: String(arg('--sizes', '100,1000,3000'))
      .split(',')
      .map(Number)
      .filter((n) => Number.isInteger(n) && n >= 6),
    ref: arg('--ref', undefined),
    timeoutMs: Number(arg('--timeout', '10')) * 60_000,
    seed: Number(arg('--seed', '1')),
    keep: argv.includes('--keep'),
    peer,
  };
}

/** The Node that runs every build: the project's pinned one, whichever Node runs this script. */
const NODE = realpathSync(join(ROOT, 'node_modules/.bin/node'));

/** A copy of the site to build: from the work tree, or from a git ref (so edits in progress do not count). */
function copySiteAt(dir: string, ref: string | undefined): void {
  if (!ref) return copySite(dir);
  // Only what the ref has: an older one kept the steps after Astro in src/after-build/.
  const present = execFileSync('git', ['ls-tree', '--name-only', ref, '--', ...SITE_FILES], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\n')
    .filter(Boolean);
  const archive = execFileSync('git', ['archive', ref, ...present], { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  linkModules(dir);
}

const htmlPages = (dist: string) => htmlFiles(dist).map((file) => join(dist, file));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** The moments (ms after the start) the site's build log reaches each phase. */
const SITE_MARKERS = {
  sync: /\[content\] Syncing content/,
  bundle: /\[build\] Building static entrypoints/,
  render: /generating static routes/,
  done: /\[@astrojs\/sitemap\]|\[jiceng\/pagefind\]/,
  pagefind: /\[jiceng\/pagefind\] Pagefind/,
};

/** What every build reports, the site's or the peer's. */
interface Measured extends Pick<BuildRun, 'ok' | 'timedOut' | 'wallMs' | 'cpuMs' | 'maxRss' | 'peakGroupRss'> {
  load: number;
  pages: number;
  distBytes: number;
  htmlBytes: number;
  medianPageBytes: number;
  pagefindBytes: number;
  firstSearchBytes: number;
  warningLines: number;
  perEntryWarnings: RepeatedWarning[];
}

/** The site's own figures: its phases and one method page. */
interface SiteMeasured extends Measured {
  astroMs: number;
  startupMs: number;
  syncMs: number;
  bundleMs: number;
  renderMs: number;
  pagefindMs: number;
  methodPageBytes: number;
  methodPageGz: number;
  /** What a first search fetches of the site's own lexicon (gzipped), and in how many files. */
  lexicon: { bytes: number; files: number };
  largest: { path: string; bytes: number } | undefined;
}

interface Row {
  size: number;
  counts: CorpusCounts;
  site: SiteMeasured;
  peer: Measured | undefined;
}

/** The figures common to both builds, from the run and its dist/. */
function measured(run: BuildRun, dist: string, entries: number): Measured {
  const warnings = summarizeWarnings(run.log);
  const base = {
    ok: run.ok,
    timedOut: run.timedOut,
    wallMs: run.wallMs,
    cpuMs: run.cpuMs,
    maxRss: run.maxRss,
    peakGroupRss: run.peakGroupRss,
    load: run.load,
    warningLines: warnings.lines,
    perEntryWarnings: perEntryWarnings(warnings, entries),
  };
  if (!run.ok || !existsSync(dist)) {
    return {
      ...base,
      pages: NaN,
      distBytes: NaN,
      htmlBytes: NaN,
      medianPageBytes: NaN,
      pagefindBytes: NaN,
      firstSearchBytes: NaN,
    };
  }
  const sizes = htmlPages(dist).map((file) => statSync(file).size);
  return {
    ...base,
    pages: sizes.length,
    distBytes: folderBytes(dist),
    htmlBytes: sizes.reduce((a, b) => a + b, 0),
    medianPageBytes: median(sizes),
    pagefindBytes: folderBytes(join(dist, 'pagefind')),
    firstSearchBytes: firstSearchBytes(join(dist, 'pagefind')),
  };
}

const span = (marks: Record<string, number>, from: string, to: string) => {
  const a = marks[from];
  const b = marks[to];
  return a !== undefined && b !== undefined ? b - a : NaN;
};

/** Builds the site over `files` in a temp folder. */
async function measureSite(size: number, files: Map<string, string>, options: Options): Promise<SiteMeasured> {
  const dir = mkdtempSync(join(tmpdir(), `jiceng-scale-${size}-`));
  try {
    copySiteAt(dir, options.ref);
    writeCorpus(join(dir, 'content'), files);
    console.error(`size ${size}: building the site in ${dir}`);
    const run = await timedBuild({
      cwd: dir,
      command: NODE,
      // A copy of a commit from before scripts/build-site.ts built with Astro's integrations alone.
      args: existsSync(join(dir, BUILD_SCRIPT))
        ? [BUILD_SCRIPT]
        : [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'],
      env: buildEnv(dir),
      timeoutMs: options.timeoutMs,
      markers: SITE_MARKERS,
    });
    writeFileSync(join(dir, 'build.log'), run.log.join('\n'));
    report1('site', size, run, options);
    const dist = join(dir, 'dist');
    const common = measured(run, dist, size);
    const methodPage = join(dist, 'methods/method-0005/index.html');
    const pages = run.ok ? htmlPages(dist).map((file) => ({ file, bytes: statSync(file).size })) : [];
    const largest = pages.sort((a, b) => b.bytes - a.bytes)[0];
    const astroReported = Number(/page\(s\) built in ([\d.]+)s/.exec(run.log.join('\n'))?.[1] ?? NaN);
    return {
      ...common,
      // Astro: from the start to its build:done hooks (startup, content sync, bundling, rendering).
      astroMs: run.marks['done'] ?? astroReported * 1000,
      startupMs: run.marks['sync'] ?? NaN,
      syncMs: span(run.marks, 'sync', 'bundle'),
      bundleMs: span(run.marks, 'bundle', 'render'),
      renderMs: span(run.marks, 'render', 'done'),
      pagefindMs: span(run.marks, 'done', 'pagefind'),
      methodPageBytes: existsSync(methodPage) ? statSync(methodPage).size : NaN,
      methodPageGz: existsSync(methodPage) ? gzipSync(readFileSync(methodPage)).length : NaN,
      lexicon: run.ok ? await lexiconFirstSearch(dist) : { bytes: NaN, files: NaN },
      largest: largest
        ? { path: largest.file.slice(dist.length).replace(/index\.html$/, ''), bytes: largest.bytes }
        : undefined,
    };
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
    else console.error(`kept ${dir}`);
  }
}

/** Builds stock Starlight over the same `files` in a temp folder. */
async function measureStarlight(size: number, files: Map<string, string>, options: Options): Promise<Measured> {
  const dir = starlightBuildDir(size);
  try {
    const docs = writeStarlightSite(dir, files);
    console.error(`size ${size}: building stock Starlight (${docs} docs) in ${dir}`);
    const run = await timedBuild({
      cwd: dir,
      command: NODE,
      args: starlightBuildArgs(),
      env: buildEnv(dir),
      timeoutMs: options.timeoutMs,
    });
    writeFileSync(join(dir, 'build.log'), run.log.join('\n'));
    report1('Starlight', size, run, options);
    return measured(run, join(dir, 'dist'), size);
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
    else console.error(`kept ${dir}`);
  }
}

/** One line to stderr as each build ends; on failure, the end of its log. */
function report1(what: string, size: number, run: BuildRun, options: Options): void {
  if (run.ok) console.error(`size ${size}: ${what} built in ${s(run.wallMs)}`);
  else if (run.timedOut) console.error(`size ${size}: ${what} stopped after ${s(options.timeoutMs)}`);
  else console.error(`size ${size}: ${what} build failed\n${run.log.slice(-60).join('\n')}`);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const gb = (bytes: number) => `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : '–');
const entriesLabel = (r: Row) =>
  `${r.size.toLocaleString('en')} (${r.counts.methods}/${r.counts.cases}/${r.counts.glossary})`;

/** How a value grows between two sizes: the exponent k in value ∝ size^k (1 = linear). */
const exponent = (a: number, b: number, na: number, nb: number) =>
  a > 0 && b > 0 && nb !== na ? Math.log(b / a) / Math.log(nb / na) : NaN;

/** A build that did not finish, as a table cell. */
const failed = (m: Measured) => (m.timedOut ? `stopped at ${s(m.wallMs)}` : 'failed');

/** Per-entry warnings as a table cell: how many lines, and how many distinct messages. */
const warningsCell = (m: Measured) => {
  const lines = m.perEntryWarnings.reduce((sum, w) => sum + w.count, 0);
  return lines === 0
    ? `none (${m.warningLines} warning lines)`
    : `${lines} lines, ${m.perEntryWarnings.length} message(s)`;
};

function siteTable(rows: Row[]): string[] {
  const lines = [
    '| entries (methods/cases/terms) | pages | wall | CPU (user+sys) | Astro (startup · sync · bundle · render) | Pagefind | peak RSS (largest process · process group) | dist | HTML | Pagefind index | one method page | largest page | lexicon, first search (files) |',
    '| --- | ---: | ---: | ---: | --- | ---: | --- | ---: | ---: | ---: | ---: | --- | ---: |',
  ];
  for (const r of rows) {
    const m = r.site;
    if (!m.ok) {
      lines.push(`| ${entriesLabel(r)} | – | ${failed(m)} | | | | | | | | | | |`);
      continue;
    }
    lines.push(
      `| ${entriesLabel(r)} | ${m.pages} | ${s(m.wallMs)} | ${s(m.cpuMs)} | ${s(m.astroMs)} (${s(m.startupMs)} · ${s(m.syncMs)} · ${s(m.bundleMs)} · ${s(m.renderMs)}) | ${s(m.pagefindMs)} | ${mb(m.maxRss)} · ${mb(m.peakGroupRss)} | ${mb(m.distBytes)} | ${mb(m.htmlBytes)} | ${mb(m.pagefindBytes)} | ${kb(m.methodPageBytes)} (${kb(m.methodPageGz)} gz) | ${m.largest ? `${m.largest.path} ${kb(m.largest.bytes)}` : '–'} | ${kb(m.lexicon.bytes)} (${m.lexicon.files}) |`,
    );
  }
  return lines;
}

function siteGrowth(rows: Row[]): string[] {
  const ok = rows.filter((r) => r.site.ok);
  if (ok.length === 0) return [];
  const lines = [
    '',
    'Per page:',
    '',
    '| entries | wall / page | CPU / page | Astro / page | render / page | Pagefind / page | dist / page | HTML / page | index / page |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { size, site: m } of ok) {
    lines.push(
      `| ${size} | ${(m.wallMs / m.pages).toFixed(1)} ms | ${(m.cpuMs / m.pages).toFixed(1)} ms | ${(m.astroMs / m.pages).toFixed(1)} ms | ${(m.renderMs / m.pages).toFixed(1)} ms | ${(m.pagefindMs / m.pages).toFixed(1)} ms | ${kb(m.distBytes / m.pages)} | ${kb(m.htmlBytes / m.pages)} | ${kb(m.pagefindBytes / m.pages)} |`,
    );
  }
  if (ok.length < 2) return lines;
  lines.push(
    '',
    'Growth between sizes, as the exponent k in value ∝ pages^k (1 = linear, 2 = quadratic; fixed costs pull k below 1 at small sizes):',
    '',
  );
  const columns: [string, keyof SiteMeasured][] = [
    ['wall', 'wallMs'],
    ['CPU', 'cpuMs'],
    ['Astro', 'astroMs'],
    ['startup', 'startupMs'],
    ['sync', 'syncMs'],
    ['bundle', 'bundleMs'],
    ['render', 'renderMs'],
    ['Pagefind', 'pagefindMs'],
    ['peak RSS', 'peakGroupRss'],
    ['dist', 'distBytes'],
    ['HTML', 'htmlBytes'],
    ['index', 'pagefindBytes'],
    ['method page', 'methodPageBytes'],
  ];
  lines.push(
    `| from → to | ${columns.map(([label]) => label).join(' | ')} |`,
    `| --- | ${columns.map(() => '---:').join(' | ')} |`,
  );
  for (let i = 1; i < ok.length; i++) {
    const a = ok[i - 1];
    const b = ok[i];
    if (!a || !b) continue;
    const value = (m: SiteMeasured, key: keyof SiteMeasured) => Number(m[key]);
    lines.push(
      `| ${a.size} → ${b.size} | ${columns.map(([, key]) => exponent(value(a.site, key), value(b.site, key), a.site.pages, b.site.pages).toFixed(2)).join(' | ')} |`,
    );
  }
  return lines;
}

/** The site and its peer side by side, with the ratio of their wall times. */
function sideBySide(rows: Row[], peerName: string): string[] {
  const lines = [
    `| entries | pages (site / ${peerName}) | this site | ${peerName} | ratio | CPU (site / ${peerName}) | peak RSS, process group (site / ${peerName}) | median page HTML (site / ${peerName}) | warnings repeated per entry (site / ${peerName}) | first search fetches (site / ${peerName}) |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
  ];
  for (const r of rows) {
    const a = r.site;
    const b = r.peer;
    if (!b) continue;
    const wall = (m: Measured) => (m.ok ? s(m.wallMs) : failed(m));
    const ratio = a.ok && b.ok ? `${(a.wallMs / b.wallMs).toFixed(2)}×` : '–';
    lines.push(
      `| ${r.size.toLocaleString('en')} | ${a.pages} / ${b.pages} | ${wall(a)} | ${wall(b)} | ${ratio} | ${s(a.cpuMs)} / ${s(b.cpuMs)} | ${gb(a.peakGroupRss)} / ${gb(b.peakGroupRss)} | ${kb(a.medianPageBytes)} / ${kb(b.medianPageBytes)} | ${warningsCell(a)} / ${warningsCell(b)} | ${kb(a.firstSearchBytes)} / ${kb(b.firstSearchBytes)} |`,
    );
  }
  return lines;
}

/** Build time's growth exponent between the smallest and the largest size that both built. */
function growthLine(rows: Row[], label: string, pick: (r: Row) => Measured | undefined): string | undefined {
  const ok = rows.filter((r) => pick(r)?.ok).sort((a, b) => a.size - b.size);
  const first = ok[0];
  const last = ok[ok.length - 1];
  if (!first || !last || first === last) return undefined;
  const a = pick(first) as Measured;
  const b = pick(last) as Measured;
  return `- ${label}: wall time ∝ entries^${exponent(a.wallMs, b.wallMs, first.size, last.size).toFixed(2)}, CPU time ∝ entries^${exponent(a.cpuMs, b.cpuMs, first.size, last.size).toFixed(2)} (${first.size} → ${last.size} entries: ${s(a.wallMs)} → ${s(b.wallMs)})`;
}

/** The messages repeated per entry, in full, once per build that printed any. */
function warningDetails(rows: Row[], peerName: string): string[] {
  const lines: string[] = [];
  for (const r of rows) {
    for (const [who, m] of [
      ['site', r.site],
      [peerName, r.peer],
    ] as const) {
      for (const w of m?.perEntryWarnings ?? [])
        lines.push(`- ${who}, ${r.size} entries: ${w.count} × ${w.message.slice(0, 240)}`);
    }
  }
  return lines.length > 0 ? ['', 'Warnings repeated per entry (paths and numbers blanked):', '', ...lines] : [];
}

function report(rows: Row[], options: Options, site: string, peerVersions: string | undefined): string {
  const lines = [
    `Scale benchmark — ${site}, seed ${options.seed}, ${process.platform}, ${cpuCount()} CPU(s), builds run by Node ${execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim()}`,
    '',
  ];
  lines.push(...siteTable(rows));
  lines.push(
    '',
    `Load average (1 min) when each build ended: ${rows.map((r) => `${r.size}: ${r.site.load}${r.peer ? ` / ${r.peer.load}` : ''}`).join(', ')} — above ${cpuCount()} other work competed for the CPUs and wall times are inflated; CPU time is the steadier measure.`,
  );
  lines.push(...siteGrowth(rows));
  const peerName = 'stock Starlight';
  if (options.peer) {
    lines.push(
      '',
      `Side by side with ${peerName} (${peerVersions}) over the same entries, built one after the other by the same Node:`,
      '',
    );
    lines.push(...sideBySide(rows, peerName));
  }
  const growth = [
    growthLine(rows, 'this site', (r) => r.site),
    options.peer ? growthLine(rows, peerName, (r) => r.peer) : undefined,
  ].filter(Boolean);
  if (growth.length > 0) lines.push('', 'Growth from the smallest to the largest size:', '', ...(growth as string[]));
  lines.push(...warningDetails(rows, peerName));
  lines.push(
    '',
    `First search fetches: Pagefind's script, entry file, metadata, WebAssembly and the index chunk for “${FIRST_SEARCH_QUERY}”, as stored (the index files are gzipped already; the script is counted gzipped).`,
  );
  return lines.join('\n');
}

/** Which code was built: the ref and its commit, or the work tree's HEAD and whether site files differ from it. */
function describeSite(ref: string | undefined): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  try {
    if (ref) return `git ${ref} (${git('rev-parse', '--short', ref)})`;
    const dirty = git('status', '--porcelain', '--', ...SITE_FILES) !== '';
    return `work tree (HEAD ${git('rev-parse', '--short', 'HEAD')}${dirty ? ' + uncommitted changes' : ''})`;
  } catch {
    return ref ? `git ${ref}` : 'work tree';
  }
}

const options = parseArgs(process.argv.slice(2));
if (options.sizes.length === 0) {
  console.error(
    'usage: npm run bench -- [--sizes 100,1000,3000] [--peer starlight] [--ref HEAD] [--timeout 10] [--seed 1] [--keep]',
  );
  process.exit(2);
}
const site = describeSite(options.ref);
// Every size builds the same commit, even when the branch moves during a long run.
if (options.ref) options.ref = execFileSync('git', ['rev-parse', options.ref], { cwd: ROOT, encoding: 'utf8' }).trim();
const peerVersions = options.peer === 'starlight' ? ensureStarlight() : undefined;
console.error(`building ${site}${peerVersions ? ` and stock Starlight (${peerVersions})` : ''}`);
const rows: Row[] = [];
for (const size of options.sizes) {
  const { files, counts } = generateCorpus({ size, seed: options.seed });
  console.error(`size ${size}: ${counts.methods} methods, ${counts.cases} cases, ${counts.glossary} terms`);
  const siteResult = await measureSite(size, files, options);
  const peer = options.peer ? await measureStarlight(size, files, options) : undefined;
  rows.push({ size, counts, site: siteResult, peer });
}
const table = report(rows, options, site, peerVersions);
console.log(`\n${table}`);
// The latest run, with its date and machine, where the docs point (docs/testing.md).
mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/scale.md',
  `Scale benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB\n\n${table}\n`,
);
if (rows.some((r) => !r.site.ok || (r.peer && !r.peer.ok))) process.exitCode = 1;
