/**
 * The full address of a page of this site, as a reader must type it from paper: under SITE_URL
 * when the build was given one (an intranet's public name, say), otherwise under the address the
 * page was opened from. `path` is a site path already under the base (`withBase`).
 */
export function publicAddress(path: string, configured: string | undefined, openedFrom: string): string {
  return new URL(path, configured || openedFrom).href;
}
