/**
 * Relative advances of characters, for estimating how wide part of a run is from the width of the
 * whole run (PDF.js gives a run's width, not each glyph's). Helvetica's widths in thousandths of an
 * em (Arial, Liberation Sans and most sans fonts share them; other fonts keep roughly the same
 * proportions: «m» about three «i», capitals wider than lower case).
 */
const WIDTHS: Record<string, number> = {};
const set = (chars: string, width: number) => { for (const ch of chars) WIDTHS[ch] = width; };
set('abdeghnopqu0123456789$#_?', 556);
set('cksvxyz', 500);
set('ijl|', 222);
set('ft .,:;/!', 278);
set('r-()[]{}¡', 333);
set('m', 833);
set('w', 722);
set('ABEKPSVXY&', 667);
set('CDHNRU', 722);
set('FTZ¿', 611);
set('GOQ', 778);
set('I', 278);
set('J', 500);
set('L', 556);
set('M', 833);
set('W', 944);
set('%', 889);
set('@', 1015);
set("'", 191);
set('"', 355);
set('*', 389);
set('+=<>~', 584);
set('«»', 556);

/** The base letter's advance for an accented letter (its decomposition's first character). */
const baseAdvance = (ch: string): number => WIDTHS[ch.normalize('NFD')[0]!] ?? 556;
// (Spanish accented letters looked up directly: decomposing each one as it comes is most of the cost)
for (const ch of 'áéíóúüñÁÉÍÓÚÜÑàèìòùç') WIDTHS[ch] = baseAdvance(ch);

/** Helvetica's advance of one character (an accented letter as its base letter; anything else as a digit). */
function advance(ch: string): number {
  return WIDTHS[ch] ?? baseAdvance(ch);
}

/** The summed relative advance of a text's characters. */
export function advanceOf(text: string): number {
  let sum = 0;
  for (const ch of text) sum += advance(ch);
  return sum;
}
