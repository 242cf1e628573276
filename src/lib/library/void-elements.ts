/** HTML's void elements: they have no end tag, so code that pairs start and end tags skips them. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set(
  'area base br col embed hr img input link meta source track wbr'.split(' '),
);
