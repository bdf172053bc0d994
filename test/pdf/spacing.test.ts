/**
 * A document's line spacing (src/ingest/pdf/spacing.ts) and the wrapped-cell joiner at «1.5 lines»
 * spacing (src/ingest/pdf/wrapped.ts). Lines are built by hand in a 10 pt font: single spacing puts
 * a cell's lines 12 pt apart, «1.5 lines» 15 pt; rows add 4 pt of padding and ruling.
 */
import { describe, expect, it } from 'vitest';
import { layoutLines, type PageLine, type PositionedItem } from '../../src/ingest/pdf/lines.ts';
import { lineSpacing, wrapLimit } from '../../src/ingest/pdf/spacing.ts';
import { joinWrapped } from '../../src/ingest/pdf/wrapped.ts';

/** Lines of one cell each at the given y's (10 pt font). */
function lines(ys: number[]): PageLine[] {
  return ys.map((y) => ({ text: 'texto', y, cells: [{ x: 50, end: 100, text: 'texto', size: 10 }] }));
}

/** y's of `rows` rows of `perRow` lines each: lines `line` pt apart, rows `row` pt apart. */
function ys(rows: number, perRow: number, line: number, row: number): number[] {
  const out: number[] = [];
  let y = 100;
  for (let r = 0; r < rows; r++) {
    for (let k = 0; k < perRow; k++) out.push(y + k * line);
    y += (perRow - 1) * line + row;
  }
  return out;
}

/**
 * y's of `rows` rows of `perRow` lines each, on whole pixels as a browser prints them: the pitch
 * between line k and k + 1 of row r is `line(k, r)`, between rows `row(r)` (points).
 */
function pixelYs(rows: number, perRow: number, line: (k: number, r: number) => number, row: (r: number) => number): number[] {
  const out: number[] = [];
  let at = 100;
  for (let r = 0; r < rows; r++) {
    for (let k = 0; k < perRow; k++) {
      out.push(at);
      if (k < perRow - 1) at += line(k, r);
    }
    at += row(r);
  }
  return out;
}

/** Lines of one cell each at the given y's, in a font of `size` points. */
const sized = (y: readonly number[], size: number): PageLine[] => y.map((v) => ({ text: 'texto', y: v, cells: [{ x: 50, end: 100, text: 'texto', size }] }));

describe('lineSpacing: the spacing of a document\'s lines and of its rows, in font sizes', () => {
  it('«1.5 lines»: lines 15 pt apart in a 10 pt font, rows 19 pt', () => {
    expect(lineSpacing([lines(ys(8, 2, 15, 19))])).toEqual({ line: 1.5, rows: 1.9 });
  });

  it('single spacing: lines 12 pt apart, rows 16 pt', () => {
    expect(lineSpacing([lines(ys(8, 2, 12, 16))])).toEqual({ line: 1.2, rows: 1.6 });
  });

  it('a table whose cells never wrap has only its rows\' spacings, close to each other: no rows above its «line»', () => {
    // one-line rows 15 and 16 pt apart (rows of different padding), as on a page wide enough for every cell
    const y = [100, 115, 131, 146, 162, 177, 193, 208, 224, 239];
    const got = lineSpacing([lines(y)]);
    expect(got?.rows).toBeNull();
  });

  it('lines and rows on whole pixels (0.75 pt): rows 18 and 18.75 pt apart, two bins apart, are one spacing', () => {
    // a4-portrait-arial-11pt-rows-spaced (otras3 set), Ministerio report: 11 pt at CSS line-height 1.4
    // puts a cell's lines 15.4 pt apart, which Chromium prints 15 or 15.75 pt apart (20 or 21 px); its
    // rows, 2.75 pt of padding and rule further, 18 or 18.75 pt apart (1.636 and 1.705 font sizes).
    // Here 8 rows of 6 lines in an 11 pt font: 40 pairs of lines, 7 of rows (4 at 18 pt, 3 at 18.75
    // pt), 5 needed for a spacing; neither row bin has 5 alone.
    const got = lineSpacing([sized(pixelYs(8, 6, (k) => (k % 2 ? 15.75 : 15), (r) => (r % 2 ? 18.75 : 18)), 11)]);
    expect(got?.line).toBeCloseTo(15 / 11, 6);
    expect(got?.rows).toBeCloseTo(18 / 11, 6);
  });

  it('lines on whole pixels, most one pixel further than the lowest: the lines\' spacing is the one most keep', () => {
    // b5-landscape-condensed-8pt-ruled-spaced-right (otras6 set): 7.99 pt at CSS line-height 1.3 puts a
    // cell's lines 10.39 pt apart (13.85 px), which Chromium prints 10.5 pt apart (14 px) mostly and
    // 9.75 pt (13 px) now and then: 1.314 and 1.220 font sizes; the rows 13.5 pt apart (1.690). The
    // lower spacing alone was taken as the lines', and the wrapped lines, 1.314 apart, as rows.
    // Here 10 rows of 5 lines: in each row 3 pairs at 10.5 pt and 1 at 9.75 pt.
    const got = lineSpacing([sized(pixelYs(10, 5, (k) => (k === 2 ? 9.75 : 10.5), () => 13.5), 7.99)]);
    expect(got?.line).toBeCloseTo(10.5 / 7.99, 6);
    expect(got?.rows).toBeCloseTo(13.5 / 7.99, 6);
    // the rows then a pixel short of the lines' spacing and ROWS_OVER_LINES (0.2): legal-portrait-arial-9pt-zebra-spaced,
    // lines 12.75 pt apart (17 px) mostly and 12 pt (16 px), rows 14.25 pt (19 px): 1.417, 1.333, 1.583 font sizes
    const nine = sized(pixelYs(10, 5, (k) => (k === 2 ? 12 : 12.75), () => 14.25), 9);
    expect(lineSpacing([nine])).toEqual({ line: expect.closeTo(12.75 / 9, 6), rows: expect.closeTo(14.25 / 9, 6) });
    // a row now and then one pixel after the lines (a total under the months, 1.301 font sizes after
    // 1.229 in the real informe de gestión) leaves the lines' spacing where most lines keep it
    const few = ys(8, 4, 10, 14).map((v, i) => v + (i % 12 === 11 ? 0.75 : 0));
    expect(lineSpacing([lines(few)])?.line).toBeCloseTo(1, 6);
  });

  it('too few lines close enough to tell: null', () => {
    expect(lineSpacing([lines([100, 140, 180])])).toBeNull();
  });
});

describe('wrapLimit: how far a wrapped line may follow the line above, in font sizes', () => {
  it('single spacing: 1.3 font sizes at least; «1.5 lines»: the lines\' spacing and 0.13, halfway to the rows at most', () => {
    expect(wrapLimit([lines(ys(8, 2, 11.5, 16))])).toBe(1.3);
    expect(wrapLimit([lines(ys(8, 2, 15, 19))])).toBeCloseTo(1.63, 6);
    expect(wrapLimit([lines(ys(8, 2, 15, 17.2))])).toBeCloseTo(1.61, 6);
  });

  it('lines 1.3 font sizes apart on whole pixels: the pixel further now and then is a wrapped line\'s', () => {
    // a3-landscape-sans-7pt-spaced-bottom (otras9 set), Ministerio report: DejaVu Sans 7 pt at CSS
    // line-height 1.3 puts a cell's lines 9.1 pt apart (12.13 px), which Chromium prints 9 pt apart
    // (12 px) mostly and 9.75 pt (13 px) now and then (page 4: «4.1. NÚMERO DE PROCESOS» at y 677.2,
    // «SUSTANTIVOS LEVANTADOS Y/O» at 687.0, «ACTUALIZADOS» at 696.0): 1.286 and 1.393 font sizes;
    // rows 11.25 pt apart (1.607). The limit was 1.3 and the lines 1.393 apart were cut off their cell.
    // Here 8 rows of 3 lines, one pair in three at 9.75 pt.
    const seven = sized(pixelYs(8, 3, (k, r) => ((k + r) % 3 === 0 ? 9.75 : 9), () => 11.25), 7);
    expect(lineSpacing([seven])).toEqual({ line: expect.closeTo(9 / 7, 6), rows: expect.closeTo(11.25 / 7, 6) });
    const limit = wrapLimit([seven]);
    expect(limit).toBeGreaterThan(9.75 / 7);
    expect(limit).toBeLessThan(11.25 / 7);
  });

  it('lines set tighter than single spacing: halfway to the rows, which are closer than 1.3 font sizes', () => {
    // letter-landscape-serif-condensed-7pt-centered-tight (otras10 set), Ministerio report: DejaVu
    // Serif Condensed 7 pt (6.9975 pt in the PDF) at CSS line-height 1 puts a cell's lines 6.75 pt
    // apart (9 px) mostly and 7.5 pt (10 px) now and then (page 6: «GESTIÓN ESTRATÉGICA» at y 129.0,
    // «EFECTIVA DE LOS RIESGOS Y» 135.7, «AMENAZAS QUE AFECTAN A» 142.5, «LA CONVIVENCIA SOCIAL Y EL»
    // 150.0), and its rows, one line and 2 pt of padding, 9 pt apart (page 1: «NOMBRE DE LA
    // INSTITUCIÓN:» at 124.5, «RUC:» 133.5): 0.965, 1.072 and 1.286 font sizes. The limit was 1.3 and
    // «RUC:» was read as the second line of «NOMBRE DE LA INSTITUCIÓN:», the report with no name.
    // Here 8 rows of 3 lines, one pair in three at 7.5 pt.
    const tight = sized(pixelYs(8, 3, (k, r) => ((k + r) % 3 === 0 ? 7.5 : 6.75), () => 9), 6.9975);
    expect(lineSpacing([tight])).toEqual({ line: expect.closeTo(6.75 / 6.9975, 6), rows: expect.closeTo(9 / 6.9975, 6) });
    const limit = wrapLimit([tight]);
    expect(limit).toBeGreaterThan(7.5 / 6.9975);
    expect(limit).toBeLessThan(9 / 6.9975);
  });

  it('lines on no pixel grid (an office suite\'s): rows set a little further than its lines stay rows', () => {
    // the real informe de gestión (test/fixtures/pdf): its lines 1.229 font sizes apart (16.3 px at
    // its median 10 pt), and on page 27 «DICIEMBRE | 19» at y 296.5, «TOTAL | 402» at 307.1 (8.13 pt:
    // 1.304 font sizes, one pixel and its rounding further): two rows of a table, not a wrapped line.
    // Here 8 rows of 3 lines in 8.128 pt, lines 9.99 pt apart, one pair in three 10.6 pt.
    const office = sized(pixelYs(8, 3, (k, r) => ((k + r) % 3 === 0 ? 10.6 : 9.99), () => 13.3), 8.128);
    expect(lineSpacing([office])?.line).toBeCloseTo(9.99 / 8.128, 6);
    expect(wrapLimit([office])).toBe(1.3);
  });
});

describe('joinWrapped at «1.5 lines» spacing', () => {
  const item = (str: string, x: number, y: number): PositionedItem => ({ str, x, y, width: str.length * 5, size: 10 });
  // A table of 6 rows: column 1 at 50 (50 pt wide, 10 characters), column 2 at 110; each first
  // cell wraps («Egresos en» / «personal N»): its lines 15 pt apart, rows 19 pt apart.
  const items: PositionedItem[] = [item('Programa', 50, 81), item('Monto', 110, 81)];
  for (let r = 0; r < 6; r++) {
    const y = 100 + r * 34;
    items.push(item('Egresos en', 50, y), item(`${r + 1},00`, 110, y), item(`personal ${r + 1}`, 50, y + 15));
  }
  const pages = [{ width: 600, height: 800, items }];

  it('joins each row\'s wrapped lines (15 pt apart) and keeps the rows (19 pt apart) apart', () => {
    const { lines: pageLines, grids } = layoutLines(pages);
    const joined = joinWrapped(pageLines, pages, grids);
    expect(joined).not.toBeNull();
    const rows = joined!.text.split('\n').map((l) => l.trim().replace(/\s{2,}/g, ' | '));
    expect(rows).toEqual([
      'Programa | Monto',
      'Egresos en personal 1 | 1,00',
      'Egresos en personal 2 | 2,00',
      'Egresos en personal 3 | 3,00',
      'Egresos en personal 4 | 4,00',
      'Egresos en personal 5 | 5,00',
      'Egresos en personal 6 | 6,00',
    ]);
  });
});
