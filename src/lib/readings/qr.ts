import { encode } from 'uqr';

/** A QR code as one SVG path: each dark module a unit square, neighbours in a row merged. */
export interface QrCode {
  /** Modules per side, without a quiet zone. */
  size: number;
  /** Path data in module units, for a viewBox of `0 0 size size` (plus any quiet zone). */
  path: string;
}

/**
 * The QR code of a handout entry's address. Medium error correction, so a smudged or folded
 * printout still scans; plain path data, so it is drawn with DOM calls and no inline style
 * (which the site's CSP would refuse).
 */
export function qrCode(text: string): QrCode {
  const data = qrModules(text);
  const size = data.length;
  let path = '';
  data.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      let run = 1;
      while (row[x + run]) run++;
      path += `M${x} ${y}h${run}v1h-${run}z`;
      x += run - 1;
    }
  });
  return { size, path };
}

/**
 * The modules of the QR code of `text`, row by row (true is dark), without a quiet zone: what
 * `qrCode` draws and the Word handout's picture is painted from. Throws when `text` is longer
 * than a QR code holds.
 */
export function qrModules(text: string): boolean[][] {
  return encode(text, { ecc: 'M', border: 0 }).data;
}
