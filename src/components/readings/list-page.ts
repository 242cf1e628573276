import { encodeList, type ReadingList } from '~/lib/reading-list';
import { completePrintHeader, fillHandoutAddresses } from './handout-addresses';
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
  /** Updates the handout for the list; `ready()` resolves when the handout on the page is complete. */
  handout: { render(list: ReadingList): void; ready(): Promise<void> };
}

/** The list's link, as a site path with its `?l=` (what a trainer sends and a QR code carries). */
export function sharePath(list: ReadingList): string {
  return list.items.length > 0 || list.title ? `${location.pathname}?l=${encodeList(list)}` : location.pathname;
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
  if (!root || !pageTitle || !heading || !summary || !empty || !items || !status || !problems || !qr || !body || !addresses || !handoutStatus) return null;
  const renderHandout = listHandout(body, addresses, entries, handoutStatus);
  let pending: Promise<void> = Promise.resolve();
  let shownKeys = '';
  let coverTimer: ReturnType<typeof setTimeout> | undefined;
  let drawCover: (() => void) | undefined;
  // Printed from the browser's menu straight after typing: bring the cover up to date first.
  addEventListener('beforeprint', () => drawCover?.());
  return {
    root, pageTitle, heading, summary, empty, items, status, problems, qr,
    handout: {
      render(list) {
        const path = sharePath(list);
        // The cover, the list of addresses and the page header carry the list's own link, with
        // its title and notes: what a student scans or types opens this very list. Drawn a
        // moment after typing stops, so a long link's QR code never slows a keystroke.
        clearTimeout(coverTimer);
        drawCover = () => {
          drawCover = undefined;
          qr.dataset['qr'] = path;
          fillHandoutAddresses(qr);
          for (const node of root.querySelectorAll<HTMLElement>('[data-list-address]')) {
            node.dataset['address'] = path;
            fillHandoutAddresses(node);
          }
          completePrintHeader(path);
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
