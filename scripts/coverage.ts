// `npm run coverage`: per source, how many entries cite each part, the parts no entry cites, and
// the figures in its stored text that no page states yet (src/lib/sources/coverage.ts).
import { join } from 'node:path';
import { coverageReport, formatCoverage } from '../src/lib/sources/coverage.ts';
import { readCoverageInput } from '../src/lib/sources/coverage-files.ts';

const { sources, texts, entries } = readCoverageInput(join(process.cwd(), 'content'));
console.log(formatCoverage(coverageReport(sources, texts, entries)));
