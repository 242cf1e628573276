// `npm run new -- <method|case|term|reading> <id>`: a new entry with every field (see scripts/new-entry/).
import { scaffold } from './new-entry/scaffold.ts';

const [kind, id, ...rest] = process.argv.slice(2);
const result =
  rest.length > 0
    ? {
        ok: false as const,
        message: `参数太多：${rest.join(' ')}。用法：npm run new -- <method|case|term|reading> <id>`,
      }
    : scaffold(process.cwd(), kind, id);
if (result.ok) {
  console.log(result.message);
} else {
  console.error(result.message);
  process.exitCode = 1;
}
