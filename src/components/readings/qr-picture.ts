import { qrModules } from '~/lib/readings/qr';

/** Pixels per module: a 57-module code is then 488 px across, sharp at 34 mm in Word. */
const SCALE = 8;
/** The quiet zone a scanner needs around the code, in modules. */
const QUIET = 4;

/**
 * The QR code of `text` as PNG bytes, painted on a canvas from the same modules the printed SVG
 * draws, so the Word copy's code is the paper's code. Runs in the browser (the Word handout).
 */
export async function qrPicture(text: string): Promise<Uint8Array> {
  const modules = qrModules(text);
  const side = (modules.length + 2 * QUIET) * SCALE;
  const canvas = document.createElement('canvas');
  canvas.width = side;
  canvas.height = side;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, side, side);
  context.fillStyle = '#000';
  modules.forEach((row, y) =>
    row.forEach((dark, x) => dark && context.fillRect((x + QUIET) * SCALE, (y + QUIET) * SCALE, SCALE, SCALE)),
  );
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the canvas gave no PNG');
  return new Uint8Array(await blob.arrayBuffer());
}
