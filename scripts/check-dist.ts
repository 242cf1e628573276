// Checks over the built site (dist/), one check per file in scripts/dist-checks/: links and
// anchors, head tags, the sitemap, valid HTML, and page weight per template. The tests in
// tests/dist/ run the same checks; this is the command line:
//
//   node scripts/check-dist.ts            links, anchors, external links, head tags, sitemap, html-validate
//   node scripts/check-dist.ts --weights  gzipped weight per page template, against the budgets
//   node scripts/check-dist.ts --dist other/dist   check another build
//
// Exits 1 when anything fails. Build first: `npm run build`.
import { relative, resolve } from 'node:path';
import { checkHead } from './dist-checks/head-tags.ts';
import { checkLinks } from './dist-checks/links.ts';
import { DEFAULT_DIST, htmlFiles, requireDist } from './dist-checks/load-built-pages.ts';
import { ARTICLE_BUDGET, OTHER_BUDGET, templateWeights, weightTable } from './dist-checks/page-weight.ts';
import { checkSitemap } from './dist-checks/sitemap.ts';
import { validateHtml } from './dist-checks/valid-html.ts';

async function main(argv: string[]): Promise<void> {
  const distArg = argv.indexOf('--dist');
  const distValue = distArg >= 0 ? argv[distArg + 1] : undefined;
  const dist = requireDist(distValue ? resolve(distValue) : DEFAULT_DIST);
  let failed = false;
  const section = (title: string, problems: string[]) => {
    console.log(`\n## ${title}: ${problems.length === 0 ? 'OK' : `${problems.length} problem(s)`}`);
    for (const problem of problems) console.log(`  - ${problem}`);
    if (problems.length > 0) failed = true;
  };

  if (argv.includes('--weights')) {
    const rows = await templateWeights(dist);
    console.log(
      'Page weight, gzipped (each file gzipped on its own; JS = scripts run at load and their static imports, not dynamic import())\n',
    );
    console.log(weightTable(rows));
    for (const row of rows)
      if (row.budget !== OTHER_BUDGET && row.budget !== ARTICLE_BUDGET)
        console.log(`\n${row.template}: ${row.budget.reason}`);
    section(
      'Budgets',
      rows.flatMap((row) => row.over.map((o) => `${row.template} ${row.path}: ${o}`)),
    );
  } else {
    console.log(`Checking ${relative(process.cwd(), dist) || dist}: ${htmlFiles(dist).length} pages`);
    const links = checkLinks(dist);
    section(`Internal links and anchors (${links.checked} URLs)`, links.problems);
    section(`External links (${links.external.length})`, links.externalProblems);
    for (const link of links.external) console.log(`    ${link.page} → ${link.url} (rel="${link.rel}")`);
    section('Head tags', checkHead(dist));
    section('Sitemap', checkSitemap(dist));
    section('html-validate', await validateHtml(dist));
  }
  process.exitCode = failed ? 1 : 0;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
