// Lighthouse over the built site (not a test; tests/dist/lighthouse.test.ts runs the same code on
// four templates and judges the deterministic audits). Prints each template's four category
// scores, LCP, TBT and CLS, and every audit that cost points.
//
//   npm run build && npm run lighthouse            all templates
//   npm run lighthouse -- /methods/xingbei-3456/   only the paths given
//   npm run lighthouse -- --runs 3                 each page 3 times, the median run by performance
//   DIST_DIR=other/dist npm run lighthouse         another build
import { auditPages, CATEGORIES, DIST, LIGHTHOUSE_PAGES, report, serve } from '../tests/support/lighthouse.ts';

async function main(argv: string[]): Promise<void> {
  const port = 4350;
  const only = argv.filter((arg) => arg.startsWith('/'));
  const runsArg = argv.indexOf('--runs');
  const runs = runsArg >= 0 ? Number(argv[runsArg + 1]) : 1;
  const pages = only.length
    ? only.map((path) => LIGHTHOUSE_PAGES.find((p) => p.path === path) ?? { template: path, path })
    : LIGHTHOUSE_PAGES;
  const server = await serve(DIST, port);
  try {
    const results = await auditPages(`http://127.0.0.1:${port}`, pages, {
      runs,
      onPage: (r) => console.error(`${r.path}: ${CATEGORIES.map((c) => `${c} ${r.scores[c]}`).join(', ')}`),
    });
    const { version } = (await import('lighthouse/package.json', { with: { type: 'json' } })).default;
    console.log(
      `\nLighthouse ${version}, default config (mobile, simulated throttling), ${DIST}${runs > 1 ? `, median of ${runs} runs by performance` : ''}\n`,
    );
    console.log(report(results));
  } finally {
    server.kill();
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
