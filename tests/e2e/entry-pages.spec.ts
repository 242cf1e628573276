import { expect, test, type Page } from '@playwright/test';
import { NAV } from '../../src/lib/addresses';
import { axeViolations } from './axe';
import { smallTargets } from './targets';

// Entry pages as a cadre reads them on a phone and a trainer on a desktop: contents, each gap
// said once, targets big enough to hit, a header whose every section is reachable, maps that fit.

// Several pages per test: room for a busy machine.
test.describe.configure({ timeout: 90_000 });

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

test.describe('contents', () => {
  test('on a wide screen 本页目录 stands beside the text, its links resolve, and the section being read is marked', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.setViewportSize(DESKTOP);
    await page.goto('/methods/chen-tonglan-mediation/');
    const contents = page.getByRole('navigation', { name: '本页目录' });
    await expect(contents).toBeVisible();
    const links = contents.getByRole('link');
    const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs) await expect(page.locator(`[id="${href.slice(1)}"]`), href).toHaveCount(1);

    // Beside the text, in the column that used to be empty.
    const column = await contents.boundingBox();
    const prose = await page.locator('.prose').boundingBox();
    expect(column && prose && column.x >= prose.x + prose.width).toBe(true);

    const who = links.filter({ hasText: '陈潼兰是谁' });
    await who.click();
    await expect(page).toHaveURL(/#陈潼兰是谁$|#%E9%99%88/);
    await expect(who).toHaveAttribute('aria-current', 'location');
    await expect(contents.locator('[aria-current]')).toHaveCount(1);
    // It stays in view while the reader scrolls on, and the mark follows — also after a jump
    // that carries every heading past at once (to the end, back to the top).
    await page.mouse.wheel(0, 1200);
    await expect(contents.locator('[aria-current]')).not.toHaveText('陈潼兰是谁');
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await expect(contents).toBeInViewport();
    await expect(contents.locator('[aria-current]')).toHaveText(/来源|相关内容/);
    await page.evaluate(() => scrollTo(0, 0));
    await expect(contents.locator('[aria-current]')).toHaveCount(0);
  });

  test('on a phone 目录 is folded at the top of the page and opens to links that lead to each section', async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/cases/yinghua-community/');
    const contents = page.getByRole('navigation', { name: '目录', exact: true });
    const summary = contents.locator('summary');
    await expect(summary).toBeInViewport();
    await expect(contents.getByRole('link').first()).toBeHidden();
    await summary.click();
    await contents.getByRole('link', { name: '资料待补' }).click();
    await expect(page.getByRole('heading', { name: '资料待补：来源没有说明的内容' })).toBeInViewport();
  });

  for (const path of [
    '/methods/chen-tonglan-mediation/',
    '/methods/xingbei-3456/',
    '/methods/yuxiang-sanshen-sanding/',
    '/methods/liuge-qilai/',
  ]) {
    test(`on a phone the reader reaches how ${path} works within two screens of the title`, async ({ page }) => {
      await page.setViewportSize(PHONE);
      await page.goto(path);
      const title = await page.locator('h1').boundingBox();
      // What the method is made of (its structure), or else the first section of its text.
      const start = await page.locator('#structure-title, .prose h2').first().boundingBox();
      expect(title && start).toBeTruthy();
      expect((start?.y ?? 0) - (title?.y ?? 0)).toBeLessThan(2 * PHONE.height);
      const text = await page.locator('.prose h2').first().boundingBox();
      expect((text?.y ?? 0) - (title?.y ?? 0)).toBeLessThan(2 * PHONE.height);
    });
  }
});

test('陈潼兰: the gaps are said once, in the 资料待补 box, and the structure cards link there', async ({ page }) => {
  await page.goto('/methods/chen-tonglan-mediation/');
  const markers = page.getByRole('region', { name: '方法的组成' }).getByRole('link', { name: /^资料待补/ });
  await expect(markers).toHaveCount(2);
  for (const marker of await markers.all()) await expect(marker).toHaveAttribute('href', '#gaps-title');
  const box = page.getByRole('region', { name: '资料待补：来源没有说明的内容' });
  await expect(box.locator('li > p.font-bold')).toHaveText([
    /“七字诀”的七个字/,
    /“五心”工作法的内容/,
    /关系/,
    /时间/,
    /结果/,
  ]);
  // The prose says what the sources say and points to the box; it does not list the gaps again.
  const prose = page.locator('.prose');
  await expect(prose.getByRole('heading', { name: '资料没有说什么' })).toHaveCount(0);
  await expect(prose).not.toContainText('哪七个字');
  await expect(prose).not.toContainText('五个“心”各是什么');
  await markers.first().click();
  await expect(page.getByRole('heading', { name: '资料待补：来源没有说明的内容' })).toBeInViewport();
});

test.describe('targets and stops', () => {
  // On a phone, every entry page is checked in the sweep of every page (accessibility.spec.ts).
  for (const path of [
    '/methods/chen-tonglan-mediation/',
    '/cases/yinghua-community/',
    '/glossary/wangge-yuan/',
    '/methods/liuge-qilai/',
  ]) {
    test(`on a desktop every link and button on ${path} is at least 24 × 24 px`, async ({ page }) => {
      await page.setViewportSize(DESKTOP);
      await page.goto(path);
      expect(await smallTargets(page)).toEqual([]);
    });
  }

  test('六个起来: a run of citations of one part ends in one mark, so the keyboard reaches the first term in the text sooner', async ({
    page,
  }) => {
    await page.goto('/methods/liuge-qilai/');
    // Two marks in a row in one paragraph or list item that cite the same part would be a repeat.
    const repeats = await page.locator('.prose').evaluate((prose) => {
      const marks = [...prose.querySelectorAll('.cite a')].map((a) => ({
        href: a.getAttribute('href'),
        block: a.closest('p, li'),
      }));
      return marks.flatMap((mark, i) =>
        i > 0 && mark.href === marks[i - 1]?.href && mark.block === marks[i - 1]?.block
          ? [`${mark.block?.textContent?.slice(0, 30)}`]
          : [],
      );
    });
    expect(repeats).toEqual([]);

    // From the title to the first term in the text, a keyboard user passes one citation mark per
    // structure group (each names where the group comes from), not one per fact.
    await page.locator('main h1').click();
    const citations: string[] = [];
    for (let stops = 0; stops < 60; stops++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => ({
        term: document.activeElement?.matches('.prose .term-link') ?? false,
        cite: document.activeElement?.closest('.cite') ? document.activeElement.textContent : null,
      }));
      if (focused.term) break;
      if (focused.cite) citations.push(focused.cite);
    }
    expect(citations.length, citations.join(' ')).toBeLessThanOrEqual(
      await page.locator('.method-structure > ol > li').count(),
    );
  });

  test('a definition opened by keyboard focus near the bottom of the screen scrolls into view, and ends at a sentence or with …', async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/methods/liuge-qilai/');
    const term = page.locator('.prose .term-link').first();
    // Put the term on the last line of the screen, focus whatever comes before it, then Tab to it.
    await page.evaluate(() => {
      const link = document.querySelector<HTMLElement>('.prose .term-link');
      if (!link) return;
      scrollBy(0, link.getBoundingClientRect().bottom - innerHeight + 8);
      const focusable = [...document.querySelectorAll<HTMLElement>('a[href]:not([tabindex="-1"]), button, summary')];
      focusable[focusable.indexOf(link) - 1]?.focus({ preventScroll: true });
    });
    await expect(term).toBeInViewport();
    await page.keyboard.press('Tab');
    await expect(term).toBeFocused();
    const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
    await expect(tip).toBeVisible();
    await expect(tip).toBeInViewport({ ratio: 1 });
    for (const text of await page.locator('.term-tip').allTextContents())
      expect(text.trim(), text).toMatch(/[。！？”）]$|…$/);
  });
});

test.describe('header on a phone', () => {
  test.use({ viewport: PHONE });

  test('every section is reachable by keyboard from the 栏目 button, without sideways scrolling, and Escape closes the list', async ({
    page,
  }) => {
    await page.goto('/methods/chen-tonglan-mediation/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const button = page.getByRole('button', { name: '栏目' });
    const list = page.locator('#site-nav-list');
    await expect(list).toBeHidden();
    const expanded = await axExpanded(page, '栏目');
    expect(expanded).toBe(false);

    for (let presses = 0; presses < 5 && !(await button.evaluate((b) => b === document.activeElement)); presses++)
      await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(list).toBeVisible();
    expect(await axExpanded(page, '栏目')).toBe(true);
    for (const { href, label } of NAV) {
      await page.keyboard.press('Tab');
      const link = page.locator(':focus');
      await expect(link).toHaveText(label);
      await expect(link).toHaveAttribute('href', href);
      await expect(link).toBeInViewport({ ratio: 1 });
    }
    await page.keyboard.press('Escape');
    await expect(list).toBeHidden();
    await expect(button).toBeFocused();
    expect(await axExpanded(page, '栏目')).toBe(false);

    // And the last one opens: 使用说明 was off screen before.
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: '使用说明' }).click();
    await expect(page.locator('h1')).toHaveText('使用说明');
  });

  test('a tap outside closes the list', async ({ page }) => {
    await page.goto('/cases/');
    await page.getByRole('button', { name: '栏目' }).click();
    await expect(page.locator('#site-nav-list')).toBeVisible();
    // The page's title, left of the list.
    await page.locator('h1').click({ position: { x: 4, y: 4 } });
    await expect(page.locator('#site-nav-list')).toBeHidden();
  });
});

test.describe('maps that fit', () => {
  for (const viewport of [PHONE, DESKTOP]) {
    test(`an entry's neighbourhood map is never clipped and its labels never overlap (${viewport.width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      for (const path of [
        '/methods/chen-tonglan-mediation/',
        '/cases/yinghua-community/',
        '/glossary/wangge-yuan/',
        '/cases/pingan-yongji/',
      ]) {
        await page.goto(path);
        const map = page.locator('figure svg.graph-svg');
        await map.scrollIntoViewIfNeeded();
        expect(await mapProblems(page, 'figure svg.graph-svg'), path).toEqual([]);
      }
    });
  }

  test('/graph/ on a phone: the list first, nothing wider than the screen, the map folded until asked for', async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/graph/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expect(page.locator('.graph-map svg.graph-svg')).toBeHidden();
    await expect(page.getByRole('heading', { name: '按类型列出的关系' })).toBeInViewport();
    await page.locator('.graph-map summary').click();
    await expect(page.locator('.graph-map svg.graph-svg')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });

  test('/graph/ on a desktop: the map is open, every label inside it and none over another', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto('/graph/');
    await expect(page.locator('.graph-map svg.graph-svg')).toBeVisible();
    expect(await page.locator('.graph-map svg.graph-svg text').count()).toBeGreaterThan(30);
    expect(await mapProblems(page, '.graph-map svg.graph-svg')).toEqual([]);
  });
});

// The sweep in accessibility.spec.ts sees pages as they load; these are the states a reader opens.
for (const colorScheme of ['light', 'dark'] as const) {
  test(`no WCAG 2.2 A/AA violation with the phone menu, the contents and a definition open (${colorScheme})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize(PHONE);
    await page.goto('/methods/liuge-qilai/');
    await page.getByRole('navigation', { name: '目录', exact: true }).locator('summary').click();
    await page.locator('.term-chips .term-link').first().focus();
    await page.getByRole('button', { name: '栏目' }).click();
    await expect(page.locator('#site-nav-list')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

/** Labels of a map that stick out of it or overlap another label, and a map wider than its box or the screen. */
function mapProblems(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluate((svg) => {
    const problems: string[] = [];
    const frame = svg.getBoundingClientRect();
    if (frame.right > document.documentElement.clientWidth + 0.5)
      problems.push(`map ends at ${frame.right}, past the screen`);
    const box = svg.parentElement;
    if (box && box.scrollWidth > box.clientWidth + 1 && !box.classList.contains('graph-frame'))
      problems.push('map scrolls sideways');
    const labels = [...svg.querySelectorAll('text')].map((t) => ({
      text: t.textContent ?? '',
      r: t.getBoundingClientRect(),
    }));
    for (const [i, a] of labels.entries()) {
      if (
        a.r.left < frame.left - 0.5 ||
        a.r.right > frame.right + 0.5 ||
        a.r.top < frame.top - 0.5 ||
        a.r.bottom > frame.bottom + 0.5
      )
        problems.push(`“${a.text}” is cut off`);
      for (const b of labels.slice(i + 1)) {
        const overlap =
          Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left) > 1 &&
          Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top) > 1;
        if (overlap) problems.push(`“${a.text}” overlaps “${b.text}”`);
      }
    }
    return problems;
  });
}

/** Whether the browser tells screen readers that the named button is expanded (from its accessibility tree). */
async function axExpanded(page: Page, name: string): Promise<boolean | undefined> {
  const client = await page.context().newCDPSession(page);
  const { nodes } = (await client.send('Accessibility.getFullAXTree')) as {
    nodes: {
      role?: { value?: string };
      name?: { value?: string };
      properties?: { name: string; value: { value?: unknown } }[];
    }[];
  };
  await client.detach();
  const button = nodes.find((n) => n.role?.value === 'button' && n.name?.value === name);
  const expanded = button?.properties?.find((p) => p.name === 'expanded')?.value.value;
  return typeof expanded === 'boolean' ? expanded : undefined;
}

test.describe('headings on a phone', () => {
  test.use({ viewport: PHONE });

  /**
   * Where each line of a heading starts (offsets into its text), and where a break is between
   * phrases: the build's <wbr>, a space, or beside punctuation.
   */
  const lineBreaks = (page: Page, selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((heading) => {
        const starts: number[] = [];
        const allowed: number[] = [];
        let offset = 0;
        let lastTop: number | undefined;
        const walk = (node: Node) => {
          if (node instanceof HTMLElement && node.tagName === 'WBR') allowed.push(offset);
          if (node.nodeType === Node.TEXT_NODE) {
            const text = node.textContent ?? '';
            for (let i = 0; i < text.length; i++) {
              if (/\s/.test(text[i]!)) allowed.push(offset + i + 1);
              // Punctuation is a phrase boundary too: a line may start at an opening mark or after a closing one.
              if (/[“‘《（「]/.test(text[i]!)) allowed.push(offset + i);
              if (/[，。：；、！？”’》）」]/.test(text[i]!)) allowed.push(offset + i + 1);
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const rect = range.getClientRects()[0];
              if (!rect || rect.width === 0) continue;
              if (lastTop !== undefined && rect.top > lastTop + rect.height / 2) starts.push(offset + i);
              lastTop = rect.top;
            }
            offset += text.length;
          }
          node.childNodes.forEach(walk);
        };
        walk(heading);
        return { text: heading.textContent ?? '', starts, allowed };
      });

  for (const { path, selector } of [
    { path: '/cases/tangyuyuan-xiaoqu/', selector: 'h1' },
    { path: '/offline/', selector: 'h1' },
    { path: '/cases/pingan-yongji/', selector: 'h1' },
    { path: '/methods/pingtai-liandong/', selector: 'h1' },
    { path: '/methods/chen-tonglan-mediation/', selector: 'h1' },
  ]) {
    test(`${path}: the title breaks only between phrases`, async ({ page }) => {
      await page.goto(path);
      const { text, starts, allowed } = await lineBreaks(page, selector);
      // Every line after the first starts where a phrase starts, never inside a word.
      for (const at of starts) expect(allowed, `“${text.slice(0, at)}|${text.slice(at)}”`).toContain(at);
      expect(text).not.toMatch(/^\s*$/);
    });
  }

  test('a title long enough to wrap does wrap, between phrases (the check above can fail)', async ({ page }) => {
    await page.goto('/cases/tangyuyuan-xiaoqu/');
    const { text, starts } = await lineBreaks(page, 'h1');
    expect(starts.length).toBeGreaterThan(0);
    for (const at of starts) expect(text.slice(0, at)).not.toMatch(/“三$|“三无$|“三无小$/);
  });
});
