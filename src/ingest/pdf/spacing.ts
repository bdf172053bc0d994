/**
 * A document's line spacing, in font sizes: how far apart the lines of one paragraph or of one
 * wrapped table cell are. Browsers and office suites set text at about 1.15–1.2 font sizes, but a
 * document set at «1.5 lines» (CSS line-height 1.5, Word's 1,5 líneas) puts its wrapped lines as
 * far apart as the rows of a table set at single spacing: the wrapped-cell joiner (wrapped.ts)
 * must measure what a wrapped line is in this document, not assume it.
 *
 * The spacing is the smallest spacing many pairs of consecutive lines share: rows of a table are
 * further apart than the lines of a cell (its padding and rules come between), and a paragraph
 * break further still, so the lowest frequent spacing is the lines', unless one pixel above it is a
 * spacing more lines keep (a browser puts each line on whole pixels: lines 13.85 px apart print 14
 * px apart mostly, 13 px now and then). Pure.
 */
import type { PageLine } from './lines.ts';

/** Spacings (font sizes) are counted in bins this wide. */
const BIN = 0.05;
/** Spacings looked at: closer lines are sub- or superscripts, further ones are paragraph breaks. */
const LOWEST = 0.9;
const HIGHEST = 2.2;
/** A bin is "frequent" with this many pairs at least, and this share of all pairs looked at. */
const MIN_PAIRS = 5;
const MIN_SHARE = 0.1;

/**
 * A wrapped line follows the one above at most this many font sizes lower, in a document set at
 * single spacing; at wider spacing, at most WRAP_OVER_SPACING more than its spacing (wrapLimit).
 */
export const MAX_WRAP_PITCH = 1.3;
export const WRAP_OVER_SPACING = 0.13;

/**
 * Lines closer than this many font sizes are set tighter than single spacing (CSS line-height 1,
 * Word's «exactamente» at the font size): their table's rows, a padding further, may be closer than
 * MAX_WRAP_PITCH (wrapLimit).
 */
const TIGHT = 1.1;

/** Rows are at least this many font sizes further apart than lines to be told apart from them. */
const ROWS_OVER_LINES = 0.2;

/** A document's spacings, in font sizes: of its lines, and of its table rows (the next frequent one). */
export interface Spacing {
  line: number;
  rows: number | null;
}

/**
 * The lowest spacing shared by many pairs of consecutive lines (the median of its bin and the one
 * above it), and the next one shared by many that is ROWS_OVER_LINES further or more (rows: their
 * padding and rules come between); null when no spacing is frequent (a one-line document). A
 * document whose lines never wrap (a wide page, a sheet of one-line rows) has only its rows'
 * spacings, close to each other, and no `rows` above: its `line` is no line spacing.
 */
export function lineSpacing(pages: readonly (readonly PageLine[])[]): Spacing | null {
  const { ratios, pixel } = linePairs(pages);
  return spacingOf(ratios, pixel);
}

/** The distances between consecutive lines with text, in font sizes, and a CSS pixel in font sizes (at the median size). */
function linePairs(pages: readonly (readonly PageLine[])[]): { ratios: number[]; pixel: number } {
  const ratios: number[] = [];
  const sizes: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const a = lines[i - 1]!;
      const b = lines[i]!;
      if (!a.cells.length || !b.cells.length) continue;
      const size = Math.max(...a.cells.map((c) => c.size), ...b.cells.map((c) => c.size));
      ratios.push((b.y - a.y) / size);
      sizes.push(size);
    }
  }
  sizes.sort((x, y) => x - y);
  return { ratios, pixel: sizes.length ? PIXEL / median(sizes) : 0 };
}

/** A CSS pixel in points: a browser puts each line of text on whole pixels. */
const PIXEL = 0.75;
/** How far (font sizes) a spacing may be from one pixel above another to be the same lines' (a pixel's rounding). */
const PIXEL_SLACK = 0.02;
/** A spacing is a whole number of pixels within this many pixels. */
const WHOLE_PIXEL = 0.05;

/**
 * The spacings (lineSpacing) of given distances between lines, in font sizes; those outside
 * LOWEST–HIGHEST are not looked at.
 */
export function spacingOf(distances: readonly number[], pixel = 0): Spacing | null {
  const ratios = distances.filter((r) => r >= LOWEST && r <= HIGHEST);
  const bins = new Map<number, number[]>();
  for (const r of ratios) {
    const k = Math.floor(r / BIN);
    const bin = bins.get(k);
    if (bin) bin.push(r);
    else bins.set(k, [r]);
  }
  const needed = Math.max(MIN_PAIRS, MIN_SHARE * ratios.length);
  const keys = [...bins.keys()].sort((a, b) => a - b);
  // (a bin and the one above it together: a spacing on a bin's edge splits over two bins)
  const group = (k: number) => [...bins.get(k)!, ...(bins.get(k + 1) ?? [])].sort((a, b) => a - b);
  const frequent = (k: number) => group(k).length >= needed;
  const at = keys.find(frequent);
  if (at === undefined) return null;
  let line = median(group(at));
  // (a browser puts each line on whole pixels: lines 13.85 px apart come 14 px apart, most of them,
  // and 13 px now and then; when the spacing one pixel above the lowest is the more frequent, the
  // lowest is that rounding, and the lines' spacing is the one above)
  const near = (x: number) => ratios.filter((r) => Math.abs(r - x) <= PIXEL_SLACK);
  const above1 = pixel > 0 ? near(line + pixel).sort((a, b) => a - b) : [];
  const raised = above1.length >= needed && above1.length > near(line).length;
  if (raised) line = median(above1);
  const from = raised ? Math.floor(line / BIN) : at;
  // (and then the rows' spacing may be a pixel short of theirs too: 19 px where most are 20)
  const rowsOver = ROWS_OVER_LINES - (raised ? pixel : 0);
  // (rows: three bins together; a browser puts lines on whole pixels, 0.75 pt, more than a bin at 11
  // pt and over, so the rows of a table at 18.15 pt spacing are 18 and 18.75 pt apart, bins apart)
  const rowGroup = (k: number) => [...group(k), ...(bins.get(k + 2) ?? [])].sort((a, b) => a - b);
  const above = keys.find((k) => k > from + 1 && rowGroup(k).length >= needed && median(rowGroup(k)) >= line + rowsOver);
  return { line, rows: above === undefined ? null : median(rowGroup(above)) };
}

function median(sorted: readonly number[]): number {
  return sorted[sorted.length >> 1]!;
}

/**
 * How far, in font sizes, a wrapped line may follow the line above in a document: MAX_WRAP_PITCH at
 * single spacing (1.15–1.3 font sizes), at most halfway to its rows' spacing when it is set tighter
 * (DejaVu Serif Condensed 7 pt at line-height 1: lines 9 px apart, 0.96 font sizes, and 10 px now
 * and then, its rows 12 px, 1.29: a row under a row was read as its second line); in a document
 * whose lines are set further apart than that («1.5 lines») and whose rows further still, its line spacing and a margin, at most halfway to its
 * rows' spacing. And, in a document printed on whole pixels (its line spacing a whole number of CSS
 * pixels, as a browser prints), one pixel further than its line spacing (and a pixel's rounding)
 * where MIN_PAIRS pairs of lines are, when that is more, at most halfway to the rows too: lines set
 * 1.3 font sizes apart come now and then a pixel further (DejaVu Sans 7 pt at line-height 1.3: 12 px
 * apart mostly, 13 px now and then, 1.29 and 1.39 font sizes). An office suite's lines are on no
 * pixel grid: its rows set close are not taken for lines (the informe de gestión's «DICIEMBRE | 19» /
 * «TOTAL | 402», 1.30 font sizes apart, its lines 1.23: 16.3 px).
 * The wrapped-cell joiner (wrapped.ts) and the repeated-header check (lines.ts) use it.
 */
export function wrapLimit(pages: readonly (readonly PageLine[])[]): number {
  const { ratios, pixel } = linePairs(pages);
  const spacing = spacingOf(ratios, pixel);
  if (!spacing || spacing.rows === null) return MAX_WRAP_PITCH;
  const halfway = (spacing.line + spacing.rows) / 2;
  if (spacing.line < TIGHT) return Math.min(MAX_WRAP_PITCH, halfway);
  if (spacing.line > MAX_WRAP_PITCH) return Math.min(spacing.line + WRAP_OVER_SPACING, halfway);
  const pixels = pixel > 0 ? spacing.line / pixel : 0;
  const onPixels = pixels > 0 && Math.abs(pixels - Math.round(pixels)) <= WHOLE_PIXEL;
  const further = ratios.filter((r) => Math.abs(r - (spacing.line + pixel)) <= PIXEL_SLACK).length;
  return onPixels && further >= MIN_PAIRS ? Math.max(MAX_WRAP_PITCH, Math.min(spacing.line + pixel + PIXEL_SLACK, halfway)) : MAX_WRAP_PITCH;
}

