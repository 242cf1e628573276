import { encodeList, encodeShortList, type ReadingList } from '~/lib/readings/reading-list';
import { completePrintHeader, fillHandoutAddresses, fullAddress } from './handout-addresses';
import { listHandout } from './list-handout';
import type { EntryInfo } from './list-items';

/** The parts of /readings/custom/ that the editor and the shared view both fill. */
export interface ListPage {
  root: HTMLElement;
  pageTitle: HTMLElement;
  heading: HTMLElement;
  summary: HTMLElement;
  empty: HTMLElement;
  items: HTMLOListElement;
  status: HTMLElement;
  problems: HTMLElement;
  /** The cover's QR code of the list's link. */
  qr: HTMLElement;
  /**
   * Updates the handout for the list; `ready()` resolves when the handout on the page is complete;
   * `nothing(why)` says there is nothing to print (a link that could not be read).
   */
  handout: { render(list: ReadingList): void; ready(): Promise<void>; nothing(why: string): void };
}

/** The list's link, as a site path with its `?l=`: what a trainer sends, notes and all. */
export function sharePath(list: ReadingList): string {
  return list.items.length > 0 || list.title ? `${location.pathname}?l=${encodeList(list)}` : location.pathname;
}

/**
 * The list's short link (`?k=`, entries and title without the notes), for paper and Word: the
 * notes are printed beside each entry, and a short link makes a QR code small enough to scan.
 */
export function handoutPath(list: ReadingList): string {
  return list.items.length > 0 ? `${location.pathname}?${encodeShortList(list)}` : location.pathname;
}

export function findListPage(entries: Map<string, EntryInfo>): ListPage | null {
  const root = document.querySelector<HTMLElement>('[data-reading-list]');
  const q = <T extends Element>(selector: string) => root?.querySelector<T>(selector) ?? null;
  const [pageTitle, heading, summary, empty, items, status, problems, qr, body, addresses, handoutStatus] = [
    q<HTMLElement>('#list-page-title'),
    q<HTMLElement>('#list-heading'),
    q<HTMLElement>('#list-summary'),
    q<HTMLElement>('#list-empty'),
    q<HTMLOListElement>('#list-items'),
    q<HTMLElement>('#list-status'),
    q<HTMLElement>('#list-problems'),
    q<HTMLElement>('#list-qr'),
    q<HTMLElement>('#handout-entries'),
    q<HTMLOListElement>('#handout-addresses'),
    q<HTMLElement>('#handout-status'),
  ];
  if (
    !root ||
    !pageTitle ||
    !heading ||
    !summary ||
    !empty ||
    !items ||
    !status ||
    !problems ||
    !qr ||
    !body ||
    !addresses ||
    !handoutStatus
  )
    return null;
  const renderHandout = listHandout(body, addresses, entries, handoutStatus);
  let pending: Promise<void> = Promise.resolve();
  let shownKeys: string | undefined;
  let coverTimer: ReturnType<typeof setTimeout> | undefined;
  let drawCover: (() => void) | undefined;
  // Printed from the browser's menu straight after typing: bring the cover up to date first.
  addEventListener('beforeprint', () => drawCover?.());
  return {
    root,
    pageTitle,
    heading,
    summary,
    empty,
    items,
    status,
    problems,
    qr,
    handout: {
      render(list) {
        const path = handoutPath(list);
        // The cover's QR code and the list of addresses carry the list's short link: what a
        // student scans or types opens this very list (its notes are on the paper). The page
        // header names the site, not a link no one would type. Drawn a moment after typing
        // stops, so a QR code never slows a keystroke.
        clearTimeout(coverTimer);
        drawCover = () => {
          drawCover = undefined;
          qr.dataset['qr'] = path;
          fillHandoutAddresses(qr);
          for (const node of root.querySelectorAll<HTMLElement>('[data-list-address]')) {
            node.dataset['address'] = path;
            fillHandoutAddresses(node);
          }
          const home = root.dataset['home'] ?? '/';
          for (const node of root.querySelectorAll<HTMLElement>('[data-site-address]'))
            node.textContent = fullAddress(home);
          completePrintHeader(home);
        };
        coverTimer = setTimeout(() => drawCover?.(), 200);
        // The entries are fetched again only when which entries, or their order, changed.
        const keys = list.items.map((item) => item.key).join(' ');
        if (keys !== shownKeys) {
          shownKeys = keys;
          pending = renderHandout(list);
        }
      },
      ready: () => {
        drawCover?.(); // printing or writing Word now: the cover must be current
        return pending;
      },
      nothing(why) {
        shownKeys = undefined;
        handoutStatus.textContent = why;
      },
    },
  };
}

/** Lists problems (from a link, or entries no longer in the library) above the list. */
export function showProblems(page: ListPage, problems: string[]): void {
  if (problems.length === 0) return;
  page.problems.hidden = false;
  const list = page.problems.querySelector('ul');
  for (const problem of problems) {
    const li = document.createElement('li');
    li.textContent = problem;
    list?.append(li);
  }
}
