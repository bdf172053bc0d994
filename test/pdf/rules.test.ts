import { describe, expect, it } from 'vitest';
import { importPdfjs } from '../../src/ingest/pdf/load.mjs';
import { pageRules, type Matrix } from '../../src/ingest/pdf/rules.mjs';

const { OPS } = await importPdfjs();
// constructPath's path data (pdfjs-dist 5): 0 moveTo x y, 1 lineTo x y, 2 curveTo (6 numbers), 4 closePath
const rect = (x: number, y: number, w: number, h: number): number[] => [0, x, y, 1, x + w, y, 1, x + w, y + h, 1, x, y + h, 4];
const path = (paint: number, data: number[]) => [paint, [Float32Array.from(data)], null];
/** A page 800 points high: PDF user space (y up) → y down from the page's top. */
const VIEWPORT: Matrix = [1, 0, 0, -1, 0, 800];

function ops(list: [number, unknown][]) {
  return { fnArray: list.map(([fn]) => fn), argsArray: list.map(([, args]) => args) };
}

describe('pageRules', () => {
  it('reads thin filled rectangles as rules, merged where they touch on one line', () => {
    const r = pageRules(ops([
      // two pieces of one horizontal border (a cell's each), 1 point thick, at y = 700..701 (up)
      [OPS.constructPath, path(OPS.fill, [...rect(10, 700, 100, 1), ...rect(110, 700, 50, 1)])],
      // a vertical border, 1 point wide, from y = 600 to 701
      [OPS.constructPath, path(OPS.fill, rect(10, 600, 1, 101))],
      // a shaded cell (no rule: its edges are bands) and a dot (too short)
      [OPS.constructPath, path(OPS.fill, rect(20, 610, 80, 20))],
      [OPS.constructPath, path(OPS.fill, rect(30, 650, 1, 1))],
    ]), OPS, VIEWPORT);
    // y from the top: 800 - 700.5 = 99.5; the vertical one from 800 - 701 = 99 to 800 - 600 = 200
    expect(r.h).toEqual([{ at: 99.5, from: 10, to: 160 }]);
    expect(r.v).toEqual([{ at: 10.5, from: 99, to: 200 }]);
    // the shaded cell's top and bottom edges (800 - 630 = 170, 800 - 610 = 190): where a shaded row ends
    expect(r.bands).toEqual([{ at: 170, from: 20, to: 100 }, { at: 190, from: 20, to: 100 }]);
  });

  it('reads the straight segments of stroked paths under the current transform, not curves or clipping paths', () => {
    const r = pageRules(ops([
      [OPS.save, null],
      // scale by 2: the line from (10, 100) to (60, 100) is drawn from (20, 200) to (120, 200)
      [OPS.transform, [2, 0, 0, 2, 0, 0]],
      [OPS.constructPath, path(OPS.stroke, [0, 10, 100, 1, 60, 100, 2, 60, 110, 70, 120, 80, 130])],
      [OPS.restore, null],
      // after restore: unscaled; a stroked rectangle gives its four sides
      [OPS.constructPath, path(OPS.stroke, rect(300, 300, 40, 20))],
      // a clipping path (painted by nothing) is no rule
      [OPS.constructPath, path(OPS.endPath, rect(0, 0, 500, 1))],
    ]), OPS, VIEWPORT);
    expect(r.h).toEqual([
      { at: 480, from: 300, to: 340 },
      { at: 500, from: 300, to: 340 },
      { at: 600, from: 20, to: 120 },
    ]);
    expect(r.v).toEqual([
      { at: 300, from: 480, to: 500 },
      { at: 340, from: 480, to: 500 },
    ]);
  });

  it('reads where a shade changes as band edges: not between two areas of one colour, not around white', () => {
    // (as the real informe de gestión's page 4 is drawn: a word processor shades a header cell one
    // rectangle a line, #d9d9d9 from y 105.26 to 117.50 and 117.50 to 129.62; then a zebra's
    // shaded row, #e8e8e8 (otras7 B5, plan page 48: 92.2 to 170.2), and a white cell behind text)
    const r = pageRules(ops([
      [OPS.setFillRGBColor, ['#d9d9d9']],
      [OPS.constructPath, path(OPS.fill, rect(396, 800 - 117.5, 68, 12.24))],
      [OPS.constructPath, path(OPS.fill, rect(396, 800 - 129.62, 68, 12.12))],
      [OPS.save, null],
      [OPS.setFillRGBColor, ['#e8e8e8']],
      // touching the grey cell's bottom in another colour: both edges stay
      [OPS.constructPath, path(OPS.fill, rect(396, 800 - 170, 68, 40.38))],
      [OPS.restore, null],
      // after restore the colour is grey again: an area under the other colour's, then one continuing it
      [OPS.constructPath, path(OPS.fill, rect(396, 800 - 200, 68, 30))],
      [OPS.constructPath, path(OPS.fill, rect(396, 800 - 220, 68, 20))],
      [OPS.setFillRGBColor, ['#ffffff']],
      [OPS.constructPath, path(OPS.fill, rect(300, 800 - 300, 100, 50))],
    ]), OPS, VIEWPORT);
    // grey cell: top 800 - 694.74 = 105.26, bottom 129.62 (where the other colour's top is too,
    // merged), its inner edge at 117.5 left out; the other colour's bottom at 170, where the grey
    // area from 170 to 220 starts (its inner edge at 200 left out); nothing for the white one
    expect(r.bands).toEqual([
      { at: 105.26, from: 396, to: 464 },
      { at: 129.62, from: 396, to: 464 },
      { at: 170, from: 396, to: 464 },
      { at: 220, from: 396, to: 464 },
    ]);
    // the shaded areas themselves, white left out
    expect(r.shades).toEqual([
      { x0: 396, x1: 464, y0: 105.26, y1: 117.5 },
      { x0: 396, x1: 464, y0: 117.5, y1: 129.62 },
      { x0: 396, x1: 464, y0: 129.62, y1: 170 },
      { x0: 396, x1: 464, y0: 170, y1: 200 },
      { x0: 396, x1: 464, y0: 200, y1: 220 },
    ]);
  });
});
