import type { Page } from '@playwright/test';

/** Every visible link, button and disclosure in the page's main content smaller than 24 × 24 px (WCAG 2.5.8, without its spacing exception). */
export function smallTargets(page: Page): Promise<string[]> {
  return page.locator('main').evaluate((main) =>
    [...main.querySelectorAll<HTMLElement>('a[href], button, summary, input, select, textarea')]
      // The maps' dots are pictures of the lists beside them (WCAG 2.5.8's equivalent exception), out of the Tab order.
      .filter(
        (el) => !el.closest('svg') && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden',
      )
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(
        ({ el, box }) => `“${el.textContent?.trim().slice(0, 20)}” ${Math.round(box.width)}×${Math.round(box.height)}`,
      ),
  );
}

/** Entry pages: methods, cases and glossary terms. */
export const isEntry = (path: string) => /^\/(methods|cases|glossary)\/[^/]+\/$/.test(path);
