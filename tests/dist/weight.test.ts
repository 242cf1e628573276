import { expect, test } from 'vitest';
import { templateWeights, weightTable } from '../../scripts/dist-checks/page-weight.ts';

// Gzipped bytes of each template's HTML, the CSS it links and the JS it runs on first load
// (scripts and their static imports; the dynamic import() that loads search when it is opened
// does not count). Budgets and their reasons are in scripts/dist-checks/page-weight.ts (WEIGHT_TEMPLATES).
test('each page template stays within its weight budget', async () => {
  const rows = await templateWeights();
  console.log(weightTable(rows));
  const over = rows.flatMap((row) => row.over.map((o) => `${row.template} (${row.path}): ${o} — ${row.budget.reason}`));
  expect(over, over.join('\n')).toEqual([]);
});
