import { SITE_URL } from 'astro:env/client';
import { publicAddress } from '~/lib/readings/public-address';
import { qrCode } from '~/lib/readings/qr';

const SVG = 'http://www.w3.org/2000/svg';

/** A QR code as an SVG element, built with DOM calls: no markup from strings, no inline style. */
export function qrSvg(text: string): SVGSVGElement {
  const { size, path } = qrCode(text);
  const quiet = 2;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `${-quiet} ${-quiet} ${size + 2 * quiet} ${size + 2 * quiet}`);
  svg.setAttribute('class', 'handout-qr-code');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `二维码：${text}`);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(SVG, 'rect');
  for (const [name, value] of [
    ['x', -quiet],
    ['y', -quiet],
    ['width', size + 2 * quiet],
    ['height', size + 2 * quiet],
    ['fill', '#fff'],
  ] as const)
    background.setAttribute(name, String(value));
  const modules = document.createElementNS(SVG, 'path');
  modules.setAttribute('d', path);
  modules.setAttribute('fill', '#000');
  svg.append(background, modules);
  return svg;
}

/** The full address of a site path (with any query), as it must be typed from paper. */
export function fullAddress(path: string): string {
  return publicAddress(path, SITE_URL, location.origin);
}

/**
 * Completes a handout's addresses for paper: each `[data-address]` shows the full address of its
 * path, each `[data-qr]` gets a QR code of its path. Built here, not at build time, because
 * without SITE_URL the address is wherever the reader opened the site (an intranet host, say).
 */
export function fillHandoutAddresses(root: ParentNode): void {
  const within = (selector: string) => [
    ...(root instanceof HTMLElement && root.matches(selector) ? [root] : []),
    ...root.querySelectorAll<HTMLElement>(selector),
  ];
  for (const node of within('[data-address]')) node.textContent = fullAddress(node.dataset['address'] ?? '');
  for (const node of within('[data-qr]')) {
    node.querySelector('svg')?.remove();
    node.querySelector('[data-qr-too-long]')?.remove();
    delete node.dataset['qrAddress'];
    try {
      const address = fullAddress(node.dataset['qr'] ?? '');
      node.prepend(qrSvg(address));
      // What the code holds, for the Word copy to draw the same code (handout-reader.ts).
      node.dataset['qrAddress'] = address;
    } catch {
      // A list with many long notes makes a link longer than a QR code can hold (about 2,300
      // characters): say so where the code would be; the address is printed in full anyway.
      const note = document.createElement('p');
      note.dataset['qrTooLong'] = '';
      note.textContent = '链接太长，印不成二维码，请用文字网址。';
      node.prepend(note);
    }
  }
}

/** Gives the printed page header (PrintHeader.astro) the full address of `path`, by default its own. */
export function completePrintHeader(path?: string): void {
  for (const node of document.querySelectorAll<HTMLElement>('[data-print-address]'))
    node.textContent = fullAddress(path ?? node.dataset['printAddress'] ?? '');
}

/** Today's date as a handout's cover gives it: 2025年3月8日. */
export function handoutDate(date = new Date()): string {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}
