// Lighthouse over the built site, shared by the benchmark (bench/lighthouse.ts, every template)
// and tests/dist/lighthouse.test.ts (four templates, the deterministic audits): serves dist/ with
// `astro preview`, runs Lighthouse's Node API with its default config — the mobile profile,
// simulated throttling — in Debian's Chromium, and summarises each page's scores, LCP, TBT and CLS
// and every audit that cost points.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = process.env['DIST_DIR'] ? resolve(process.env['DIST_DIR']) : join(ROOT, 'dist');
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** A page to audit: which template it shows, and its path. */
export interface Page {
  template: string;
  path: string;
}

/** One page of each template. */
export const LIGHTHOUSE_PAGES: Page[] = [
  { template: 'home', path: '/' },
  { template: 'method', path: '/methods/xingbei-3456/' },
  { template: 'case', path: '/cases/yuxiang-cunba/' },
  { template: 'term', path: '/glossary/sanguan-yilv/' },
  { template: 'glossary index', path: '/glossary/' },
  { template: 'source', path: '/sources/yongji-article/' },
  { template: 'search', path: '/search/' },
  { template: 'figures', path: '/figures/' },
  { template: 'about', path: '/about/' },
  { template: '404', path: '/404.html' },
  // Templates added since the list above was set: the whole-library map, comparison, reading paths.
  { template: 'graph', path: '/graph/' },
  { template: 'compare', path: '/compare/' },
  { template: 'readings index', path: '/readings/' },
  { template: 'reading path', path: '/readings/core-methods/' },
  { template: 'problems', path: '/problems/' },
];

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Serves a built folder with Astro's preview server; resolves once it answers. Call `.kill()` to
 * stop it. --ignore-lock: Astro allows one tracked preview per project, and the browser tests or
 * a developer's `npm start` may hold it; this one runs alongside and is not tracked.
 */
export async function serve(dist = DIST, port = 4350): Promise<ChildProcess> {
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`No build to audit: ${join(dist, 'index.html')} does not exist. Run \`npm run build\` first.`);
  const server = spawn(
    join(ROOT, 'node_modules/.bin/astro'),
    ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port), '--outDir', dist],
    {
      cwd: ROOT,
      stdio: 'pipe',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    },
  );
  let output = '';
  server.stdout.on('data', (chunk: Buffer) => (output += chunk));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk));
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {}
    if (server.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`astro preview did not start on port ${port}:\n${output}`);
}

/** The fields of an audit's detail items this report reads (Lighthouse's own types are a wide union). */
interface DetailItem {
  node?: { selector?: string; snippet?: string };
  url?: string;
  source?: { url?: string };
  description?: string;
  groupLabel?: string;
  group?: string;
  duration?: number;
  score?: number;
}

/** An audit that cost points. */
export interface LostAudit {
  category: string;
  id: string;
  title: string;
  score: number;
  weight: number;
  displayValue: string;
  items: number;
  examples: string[];
}

/** What one Lighthouse run says about a page. */
export interface Summary {
  finalUrl: string | undefined;
  benchmarkIndex: number | undefined;
  mainThread: string[];
  longTasks: string[];
  layoutShifts: string[];
  runtimeError: string | undefined;
  warnings: string[];
  scores: Record<string, number>;
  metrics: { lcp: number | undefined; tbt: number | undefined; cls: number | undefined; fcp: number | undefined };
  lost: LostAudit[];
}

/** A page's summary, with the performance scores of every run when it was run more than once. */
export type PageResult = Page & Summary & { runs?: number[] };

/**
 * What a Lighthouse report says about one page: the category scores (0–100), LCP/TBT/CLS, and
 * the audits that cost points — those that carry weight in a category and scored below 1.
 */
export function summarize(lhr: Result): Summary {
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
  const audit = (id: string) => lhr.audits[id];
  const itemsOf = (id: string) => (audit(id)?.details as { items?: DetailItem[] } | undefined)?.items ?? [];
  const lost: LostAudit[] = [];
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const result = audit(ref.id);
      if (!result || ref.weight === 0 || result.score === null || result.score >= 1) continue;
      const items = (result.details as { items?: DetailItem[] } | undefined)?.items ?? [];
      const examples = items
        .slice(0, 3)
        .map(
          (item) => item.node?.selector ?? item.node?.snippet ?? item.url ?? item.source?.url ?? item.description ?? '',
        )
        .filter(Boolean);
      lost.push({
        category: id,
        id: ref.id,
        title: result.title,
        score: result.score,
        weight: ref.weight,
        displayValue: result.displayValue ?? '',
        items: items.length,
        examples,
      });
    }
  }
  // Why performance lost points: the main thread's work and its long tasks, as observed
  // (simulated throttling multiplies them by 4 for the mobile CPU).
  const mainThread = itemsOf('mainthread-work-breakdown').map(
    (i) => `${i.groupLabel ?? i.group} ${Math.round(i.duration ?? 0)} ms`,
  );
  const longTasks = itemsOf('long-tasks')
    .slice(0, 5)
    .map((i) => `${i.url} ${Math.round(i.duration ?? 0)} ms`);
  // What moved, when CLS is above 0.
  const layoutShifts = itemsOf('layout-shifts')
    .slice(0, 5)
    .map((i) => `${i.node?.selector ?? i.node?.snippet ?? '?'} (${Number(i.score ?? 0).toFixed(3)})`);
  return {
    finalUrl: lhr.finalDisplayedUrl,
    // Lighthouse's measure of how fast this machine ran at the time (higher is faster); a busy
    // machine gives low numbers and long tasks, hence lower performance scores.
    benchmarkIndex: lhr.environment?.benchmarkIndex,
    mainThread,
    longTasks,
    layoutShifts,
    runtimeError: lhr.runtimeError?.message,
    warnings: lhr.runWarnings ?? [],
    scores,
    metrics: {
      lcp: audit('largest-contentful-paint')?.numericValue,
      tbt: audit('total-blocking-time')?.numericValue,
      cls: audit('cumulative-layout-shift')?.numericValue,
      fcp: audit('first-contentful-paint')?.numericValue,
    },
    lost,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * The run to report out of several of one page: the one with the median performance score.
 * Performance is measured (simulated throttling scales the tasks the machine actually ran), so it
 * varies from run to run on a busy machine; the other categories do not.
 */
export function medianRun<T extends Summary>(runs: T[]): T & { runs: number[] } {
  const performance = (r: T) => r.scores['performance'] ?? 0;
  const target = median(runs.map(performance));
  const chosen = runs.find((r) => performance(r) === target) ?? runs[0];
  if (!chosen) throw new Error('medianRun of no runs');
  return { ...chosen, runs: runs.map(performance) };
}

/**
 * Runs Lighthouse (default config: mobile, simulated throttling) on each path of a site served
 * at `origin`, one after another in one headless Chromium, `runs` times each (the median run
 * by performance is kept). Returns one summary per page.
 */
export async function auditPages(
  origin: string,
  pages: Page[],
  { onPage, runs = 1 }: { onPage?: (result: PageResult) => void; runs?: number } = {},
): Promise<PageResult[]> {
  const chrome = await launchChrome();
  const results: PageResult[] = [];
  try {
    for (const page of pages) {
      const attempts: (Page & Summary)[] = [];
      for (let i = 0; i < runs; i++)
        attempts.push({ ...page, ...(await auditOnce(chrome.port, `${origin}${page.path}`)) });
      const result = medianRun(attempts);
      results.push(result);
      onPage?.(result);
    }
  } finally {
    chrome.kill();
  }
  return results;
}

/** One Lighthouse run on one URL in the Chromium listening on `port`, summarized. */
export async function auditOnce(port: number, url: string): Promise<Summary> {
  const runner = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
  if (!runner) throw new Error(`Lighthouse returned no result for ${url}`);
  return summarize(runner.lhr);
}

/** Starts the headless Chromium Lighthouse drives. Call `.kill()` when done. */
export function launchChrome(): Promise<chromeLauncher.LaunchedChrome> {
  return chromeLauncher.launch({
    chromePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
    logLevel: 'silent',
  });
}

const ms = (value: number | undefined) => (value === undefined ? '–' : `${Math.round(value)} ms`);

/** The results as a markdown table, then every audit that cost points, per page. */
export function report(results: (Page & Summary & { runs?: number[] })[]): string {
  const lines = [
    '| template | path | performance | accessibility | best-practices | seo | LCP | TBT | CLS |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results) {
    const performance =
      r.runs && r.runs.length > 1 ? `${r.scores['performance']} (runs: ${r.runs.join(', ')})` : r.scores['performance'];
    lines.push(
      `| ${r.template} | ${r.path} | ${performance} | ${r.scores['accessibility']} | ${r.scores['best-practices']} | ${r.scores['seo']} | ${ms(r.metrics.lcp)} | ${ms(r.metrics.tbt)} | ${r.metrics.cls === undefined ? '–' : r.metrics.cls.toFixed(3)} |`,
    );
  }
  lines.push('', 'Audits that cost points (weight > 0, score < 1):');
  for (const r of results) {
    if (r.runtimeError) lines.push(`- ${r.path}: runtime error: ${r.runtimeError}`);
    for (const warning of r.warnings) lines.push(`- ${r.path}: warning: ${warning}`);
    if (r.layoutShifts.length > 0)
      lines.push(
        `- ${r.path} [performance] layout shifts (CLS ${r.metrics.cls?.toFixed(3)}): ${r.layoutShifts.join(', ')}`,
      );
    if ((r.scores['performance'] ?? 0) < 100) {
      lines.push(
        `- ${r.path} [performance] context: benchmarkIndex ${Math.round(r.benchmarkIndex ?? 0)}; main thread ${r.mainThread.join(', ')}${r.longTasks.length ? `; long tasks ${r.longTasks.join(', ')}` : ''}`,
      );
    }
    for (const a of r.lost) {
      const value = a.displayValue ? ` — ${a.displayValue}` : '';
      const where = a.examples.length ? ` — e.g. ${a.examples.join(' | ')}` : '';
      lines.push(
        `- ${r.path} [${a.category}] ${a.id} (score ${a.score}, weight ${a.weight}): ${a.title}${value}${a.items ? ` (${a.items} item(s))` : ''}${where}`,
      );
    }
  }
  return lines.join('\n');
}
