import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

// axe-core run in the page itself. @axe-core/playwright's AxeBuilder runs axe in every frame and
// then opens a second page to merge the frames' results — about 1.5 s of overhead per check,
// which across the sweep of every page in two settings was most of the browser tests' time. The
// site's pages have no frames, so one `axe.run` in the page gives the same answer, 3× faster.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what every page is held to. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Puts axe-core into every page this page loads from now on, so a test that checks page after
 * page does not send it again for each.
 */
export async function preloadAxe(page: Page): Promise<void> {
  await page.addInitScript({ content: AXE_SOURCE });
}

/**
 * One violation per rule and element: `rule-id: selector, selector`. The check runs without
 * building a CSS selector for every element it visits (a third of its time on a long page);
 * only when it finds something does it run again with selectors, to name the elements.
 */
export async function axeViolations(page: Page, tags: string[] = WCAG_TAGS): Promise<string[]> {
  // Injected by the test harness (not a page script), so the page's CSP does not apply.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const run = (selectors: boolean) =>
    page.evaluate(
      async ({ values, selectors }) => {
        const { axe } = window as unknown as {
          axe: {
            run(
              context: Document,
              options: object,
            ): Promise<{ violations: { id: string; nodes: { target?: unknown[] }[] }[] }>;
          };
        };
        const { violations } = await axe.run(document, {
          runOnly: { type: 'tag', values },
          resultTypes: ['violations'],
          selectors,
        });
        // Without selectors a node has no target; the first run needs only the rules' ids.
        return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target?.join(' ') ?? '').join(', ')}`);
      },
      { values: tags, selectors },
    );
  const found = await run(false);
  return found.length === 0 ? found : run(true);
}
