import { expect, test } from 'vitest';
import { htmlFiles } from '../../scripts/dist-checks/load-built-pages.ts';
import { validateHtml } from '../../scripts/dist-checks/valid-html.ts';

// Every built page is checked with html-validate's recommended rules (.htmlvalidate.json), with one
// exception: prefer-native-element allows role="listbox". The header search is the WAI-ARIA
// combobox pattern, an input with role="combobox" controlling a list with role="listbox"; a native
// <select> cannot show live search results while the reader types.
test('every page of the build is valid HTML', async () => {
  expect(htmlFiles().length).toBeGreaterThan(0);
  const errors = await validateHtml();
  expect(errors, `html-validate found ${errors.length} error(s):\n${errors.join('\n')}`).toEqual([]);
});
