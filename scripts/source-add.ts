// `npm run source:add -- <file.docx|file.txt|file.md> [--id <id>]` (see scripts/source-add/import.ts).
import { ImportRefused, importSource } from './source-add/import.ts';

const args = process.argv.slice(2);
const idAt = args.indexOf('--id');
const id = idAt >= 0 ? (args[idAt + 1] ?? '') : undefined;
const files = args.filter((_, index) => idAt < 0 || (index !== idAt && index !== idAt + 1));

if (files.length !== 1) {
  console.error('用法：npm run source:add -- <文件.docx|文件.txt|文件.md> [--id <来源 id>]');
  process.exitCode = 1;
} else {
  try {
    console.log((await importSource(process.cwd(), files[0] ?? '', id)).message);
  } catch (error) {
    if (!(error instanceof ImportRefused)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
