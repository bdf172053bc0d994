import { describe, expect, it } from 'vitest';
import type { PositionedItem, PositionedPage } from '../../src/ingest/pdf/lines.ts';
import { boxRight, ruledItems, withEnds } from '../../src/ingest/pdf/ruled.ts';
import type { Rules } from '../../src/ingest/pdf/rules.mjs';

const item = (str: string, x: number, y: number, width: number, run: number): PositionedItem => ({ str, x, y, width, size: 9, run });
const sorted = (items: readonly PositionedItem[]) => [...items].sort((a, b) => a.y - b.y || a.x - b.x).map((i) => [i.str, i.x, i.y]);

/** A table of three columns (x 10-100-200-300) and two rows (y 50-100-160), every border drawn. */
const GRID: Rules = {
  h: [{ at: 50, from: 10, to: 300 }, { at: 100, from: 10, to: 300 }, { at: 160, from: 10, to: 300 }],
  v: [{ at: 10, from: 50, to: 160 }, { at: 100, from: 50, to: 160 }, { at: 200, from: 50, to: 160 }, { at: 300, from: 50, to: 160 }],
};

/** A page with these items and rules (GRID by default). */
const onGrid = (items: PositionedItem[], rules: Rules = GRID): PositionedPage => ({ width: 400, height: 400, rules, items });

describe('ruledItems', () => {
  it('joins the words of a justified line of one cell and moves the cells in the middle of their row up to its top', () => {
    const page = onGrid([
      // row 1, top-aligned header
      item('Unidad', 12, 62, 30, 1), item('Indicador', 102, 62, 40, 2), item('Meta', 202, 62, 20, 3),
      // row 2: the unit on two lines at the row's top (112, 124), the indicator justified over
      // three lines in the middle (118, 130, 142: «Porcentaje   de   ejecución» stretched to the
      // cell's edges, then «presupuestaria   del   gasto», then «corriente»), the value in the middle (130)
      item('Dirección', 12, 112, 40, 4), item('Nacional', 12, 124, 36, 5),
      // (the box's sides at 100 and 200: 2 points of padding each side, gaps of 13 and 10 points)
      item('Porcentaje', 102, 118, 45, 6), item('de', 160, 118, 10, 6), item('ejecución', 183, 118, 15, 6),
      item('presupuestaria', 102, 130, 50, 7), item('del', 162, 130, 12, 7), item('gasto', 184, 130, 14, 7),
      item('corriente', 102, 142, 40, 8),
      item('94,51%', 202, 130, 28, 9),
    ]);
    expect(sorted(ruledItems(page))).toEqual([
      ['Unidad', 12, 62], ['Indicador', 102, 62], ['Meta', 202, 62],
      ['Dirección', 12, 112], ['Porcentaje de ejecución', 102, 112], ['94,51%', 202, 112],
      ['Nacional', 12, 124], ['presupuestaria del gasto', 102, 124],
      ['corriente', 102, 136],
    ]);
  });

  it('joins pieces of one word without a space, and words drawn apart a word space away with one', () => {
    const page = onGrid([item('Porcen', 102, 112, 30, 1), item('taje', 132.5, 112, 20, 2), item('Nombre del', 202, 112, 40, 3), item('responsable:', 244, 112, 50, 4)]);
    expect(sorted(ruledItems(page))).toEqual([['Porcentaje', 102, 112], ['Nombre del responsable:', 202, 112]]);
  });

  it('leaves text in a frame (a box alone on its row) and outside every box as it is', () => {
    const frame: Rules = { h: [{ at: 50, from: 10, to: 300 }, { at: 160, from: 10, to: 300 }], v: [{ at: 10, from: 50, to: 160 }, { at: 300, from: 50, to: 160 }] };
    const items = [item('Dirección', 12, 112, 40, 1), item('Porcentaje', 150, 118, 45, 2), item('de', 210, 118, 10, 2), item('Pie', 12, 300, 10, 3)];
    expect(ruledItems(onGrid(items, frame))).toEqual(items);
  });

  it('does not move a row that leaves text between its rules outside every box, but still joins a box\'s line', () => {
    // the third column's right side is not drawn below y 100: its text there is in no box
    const rules: Rules = { h: GRID.h, v: [...GRID.v.slice(0, 3), { at: 300, from: 50, to: 100 }] };
    const page = onGrid([item('Dirección', 12, 112, 40, 1), item('Porcentaje', 102, 118, 45, 2), item('de', 185, 118, 13, 2), item('94,51%', 250, 118, 28, 3)], rules);
    expect(sorted(ruledItems(page))).toEqual([['Dirección', 12, 112], ['Porcentaje de', 102, 118], ['94,51%', 250, 118]]);
  });

  it('neither joins nor moves a row where one box holds two columns side by side (a border left undrawn)', () => {
    // the first box holds «Portoviejo», centred, beside the first lines of «Desarrollar un cantón…»,
    // as the Portoparques POA prints its EJE and OBJETIVOS columns (page 7) without a border between them
    const page = onGrid([
      item('Desarrollar un', 40, 112, 55, 1), item('Portoviejo', 12, 124, 24, 2), item('cantón seguro', 45, 124, 45, 3),
      item('EcoVida', 102, 124, 30, 4), item('PLAN', 202, 124, 20, 5),
    ]);
    expect(sorted(ruledItems(page))).toEqual([['Desarrollar un', 40, 112], ['Portoviejo', 12, 124], ['cantón seguro', 45, 124], ['EcoVida', 102, 124], ['PLAN', 202, 124]]);
    // the same with «Portoviejo» on a baseline of its own, between two lines of the other stack
    const offset: PositionedPage = { ...page, items: page.items.map((i) => (i.str === 'Portoviejo' ? { ...i, y: 118 } : i)) };
    expect(sorted(ruledItems(offset))).toEqual([['Desarrollar un', 40, 112], ['Portoviejo', 12, 118], ['cantón seguro', 45, 124], ['EcoVida', 102, 124], ['PLAN', 202, 124]]);
  });

  it('closes the boxes of a table cut by the page where its side rules start, though no rule is drawn there', () => {
    // a row going on from the page before: its sides start at 50, its first rule is at 100
    const cut: Rules = { h: GRID.h.slice(1), v: GRID.v };
    const page = onGrid([item('Servicio de', 102, 62, 40, 1), item('alquiler', 102, 74, 30, 2), item('1100,00', 202, 74, 28, 3)], cut);
    expect(sorted(ruledItems(page))).toEqual([['Servicio de', 102, 62], ['1100,00', 202, 62], ['alquiler', 102, 74]]);
  });

  it('closes no box where short side rules end inside a table whose other side rules run on (a spreadsheet\'s header)', () => {
    // three short side rules start at 70 inside the grid's first row; the grid's own sides cross 70
    const v = [...GRID.v, { at: 130, from: 70, to: 100 }, { at: 160, from: 70, to: 100 }, { at: 250, from: 70, to: 100 }];
    expect(withEnds(GRID.h, v)).toEqual(GRID.h);
    // where nothing crosses it, the rule is assumed: the cut table above
    expect(withEnds(GRID.h.slice(1), GRID.v)).toEqual([...GRID.h.slice(1), { at: 50, from: 10, to: 300 }]);
  });

  it('joins a figure and a word stretched over a box when another line of the box crosses the gap between them, not when none does', () => {
    // letter-landscape-condensed-8pt-ruled-justified (otras3 set), IESS report, page 3: the goal's
    // description box, sides at 516.37 and 559.87 pt, rules at 85.12 and 136.87, the boxes beside
    // it closing the row (469.87, 609.37); «85%» and «DE» stretched to its sides, «EJECUCIÓ» under
    // them from the same side running past where «DE» starts. Bundled report, line 70: the goal
    // «85% DE EJECUCIÓN PRESUPUESTARIA», one cell.
    const rules: Rules = {
      h: [{ at: 85.12, from: 33.75, to: 758.25 }, { at: 136.87, from: 33.75, to: 758.25 }],
      v: [469.87, 516.37, 559.87, 609.37].map((at) => ({ at, from: 33.75, to: 188.25 })),
    };
    const box = (second: PositionedItem) => ({ width: 792, height: 612, rules, items: [
      { ...item('85', 474.28, 93.75, 9.15, 1), size: 7.99 },
      { ...item('85%', 520.93, 93.75, 15.98, 2), size: 7.99 }, { ...item('DE', 545.64, 93.75, 10.08, 2), size: 7.99 },
      { ...second, size: 7.99 },
      { ...item('PORCENTAJ', 564.47, 93.75, 40.34, 3), size: 7.99 },
    ] });
    expect(sorted(ruledItems(box(item('EJECUCIÓ', 520.93, 103.5, 34.29, 4)))).filter(([s]) => /85%|DE/u.test(String(s)))).toEqual([['85% DE', 520.93, 93.75]]);
    // the line under them shorter than where «DE» starts (two columns one box may hold): kept apart
    expect(sorted(ruledItems(box(item('N', 520.93, 103.5, 5.38, 4)))).filter(([s]) => /85%|DE/u.test(String(s)))).toEqual([['85%', 520.93, 93.75], ['DE', 545.64, 93.75]]);
  });

  it('does not join a line of figures, or of words at uneven gaps', () => {
    const page = onGrid([item('1.234,00', 102, 112, 30, 1), item('98,2%', 170, 112, 28, 2), item('Total', 202, 112, 20, 3), item('de', 240, 112, 10, 4), item('metas', 262, 112, 36, 5)]);
    expect(sorted(ruledItems(page))).toEqual([['1.234,00', 102, 112], ['98,2%', 170, 112], ['Total', 202, 112], ['de', 240, 112], ['metas', 262, 112]]);
  });
});

describe('boxRight: how far a bordered cell\'s text can run', () => {
  const h = withEnds(GRID.h, GRID.v);
  const line = (x: number, end: number, y: number) => ({ x, end, y, size: 9 });

  it('is the box\'s right side less the padding its text leaves at the left side', () => {
    // (the second column, sides at 100 and 200, text 2 points in: it runs to 198)
    expect(boxRight(line(102, 140, 112), line(102, 120, 124), h, GRID.v)).toBe(198);
    // (lines a point apart at most start together: the padding is the less of the two lines')
    expect(boxRight(line(103, 140, 112), line(102, 120, 124), h, GRID.v)).toBe(198);
  });

  it('is null for lines of two boxes, text in no box, or text further in than a padding (centred)', () => {
    expect(boxRight(line(102, 140, 62), line(102, 120, 112), h, GRID.v)).toBeNull();
    expect(boxRight(line(102, 140, 112), line(202, 220, 124), h, GRID.v)).toBeNull();
    expect(boxRight(line(102, 140, 300), line(102, 120, 312), h, GRID.v)).toBeNull();
    expect(boxRight(line(130, 170, 112), line(130, 160, 124), h, GRID.v)).toBeNull();
    // (lines that start apart: centred, «90,» over «25 %», or right-aligned)
    expect(boxRight(line(104, 110, 112), line(102, 112, 124), h, GRID.v)).toBeNull();
  });
});
