import { Packer } from 'docx';
import { handoutFileName } from '~/lib/readings/handout-document';
import { wordDocument } from '~/lib/readings/word-document';
import { readHandout } from './handout-reader';
import { qrPicture } from './qr-picture';

/**
 * Writes the handout in `root` as a .docx and hands it to the browser as a download. This module
 * and the docx library load only when a trainer asks for the Word copy (see word-button.ts).
 */
export async function downloadWordHandout(root: Element, title: string): Promise<void> {
  const blocks = readHandout(root);
  // Every code the paper has is drawn into the Word copy too, from the address it holds.
  const addresses = [...new Set(blocks.flatMap((block) => (block.kind === 'qr' ? [block.address] : [])))];
  const pictures = new Map(
    await Promise.all(addresses.map(async (address) => [address, await qrPicture(address)] as const)),
  );
  const blob = await Packer.toBlob(wordDocument(blocks, title, pictures));
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = handoutFileName(title, new Date());
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy; the address is freed once the browser has started it.
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
