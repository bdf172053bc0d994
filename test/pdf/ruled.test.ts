import { describe, expect, it } from 'vitest';
import { layoutPages, type PositionedItem, type PositionedPage } from '../../src/ingest/pdf/lines.ts';
import { boxedItems, boxRight, cutsFigures, rowsApart, ruledItems, withEnds } from '../../src/ingest/pdf/ruled.ts';
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

describe('rowsApart: two lines of a column in two rows of a bordered table', () => {
  const h = withEnds(GRID.h, GRID.v);
  const line = (x: number, end: number, y: number) => ({ x, end, y, size: 9 });

  it('is true for a line in the box under the box of the line above', () => {
    // (the first column, rows 50-100 and 100-160)
    expect(rowsApart(line(12, 60, 92), line(12, 40, 112), h, GRID.v)).toBe(true);
  });

  it('is false for two lines of one box, or a line in no box', () => {
    expect(rowsApart(line(12, 60, 112), line(12, 40, 124), h, GRID.v)).toBe(false);
    expect(rowsApart(line(12, 60, 40), line(12, 40, 62), h, GRID.v)).toBe(false);
    expect(rowsApart(line(12, 60, 150), line(12, 40, 180), h, GRID.v)).toBe(false);
  });
});

describe('a numbering right-aligned in its bordered cell', () => {
  // a4-portrait-narrow-8pt-ruled-fixed-right (otras7), CNE report, page 1, y 175.87 to 435.37: the
  // matrix's header and its first rows, in eight columns of equal width (sides at 34.12, 100.12 …
  // 561.37 pt). «No.» starts at 38.50, 4.38 pt in; the unit numbers «1» and «2» end at 95.65, 4.47 pt
  // short of the column's right side, «70,36%» at 359.28 under «Meta cuantificable» (302.12). Bundled
  // CNE report, lines 3 to 8: «No.», «1», «2» and «70,36%» each in the column of its header.
  const at = (str: string, x: number, end: number, y: number, run: number): PositionedItem => ({ str, x, y, width: end - x, size: 7.99, run });
  const page: PositionedPage = {
    width: 594.96, height: 841.92,
    rules: {
      h: [175.87, 196.87, 226.12, 301.12, 331.12, 369.37, 435.37].map((y) => ({ at: y, from: 33.75, to: 561.75 })),
      v: [34.12, 100.12, 166.12, 232.12, 298.12, 363.37, 429.37, 495.37, 561.37].map((x) => ({ at: x, from: 53.25, to: 755.25 })),
    },
    items: [
      at('No.', 38.50, 48.69, 184.50, 14), at('Descripción de la', 104.40, 154.67, 184.50, 15), at('unidad', 104.40, 124.08, 193.50, 16), at('Objetivo de la', 170.31, 210.39, 184.50, 17),
      at('unidad', 170.31, 189.99, 193.50, 18), at('Indicador', 236.21, 263.18, 184.50, 19), at('Meta cuantificable', 302.12, 354.95, 184.50, 20), at('PROCESOS', 104.40, 141.55, 205.50, 21),
      at('GOBERNANTES /', 104.40, 158.30, 214.50, 22), at('NIVEL DIRECTIVO', 104.40, 160.61, 223.50, 23), at('Coordinación', 104.40, 143.02, 235.50, 24), at('Nacional', 104.40, 129.90, 244.50, 25),
      at('Administrativa', 104.40, 145.56, 253.50, 26), at('Financiera y', 104.40, 140.10, 262.50, 27), at('Talento Humano', 104.40, 152.13, 271.50, 28), at('Incrementar la', 170.31, 212.20, 235.50, 29),
      at('calidad de la', 170.31, 207.11, 244.50, 30), at('gestión', 170.31, 191.45, 253.50, 31), at('administrativa,', 170.31, 212.56, 262.50, 32), at('financiera y de', 170.31, 212.94, 271.50, 33),
      at('talento humano del', 170.31, 226.06, 280.50, 34), at('Consejo Nacional', 170.31, 221.67, 289.50, 35), at('Electoral.', 170.31, 197.63, 298.50, 36), at('Porcentaje de', 236.21, 276.66, 235.50, 37),
      at('ejecución', 236.21, 263.91, 244.50, 38), at('presupuestaria', 236.21, 279.57, 253.50, 39), at('institucional', 236.21, 270.46, 262.50, 40), at('70,36%', 337.05, 359.28, 235.50, 41),
      at('1', 92.00, 95.65, 309.75, 42), at('Porcentaje de', 236.21, 276.66, 309.75, 43), at('cumplimiento del', 236.21, 285.39, 318.75, 44), at('PAC ( E )', 236.21, 263.41, 327.75, 45),
      at('N/A', 302.12, 313.05, 309.75, 46), at('Porcentaje del', 236.21, 278.12, 339.75, 47), at('personal que', 236.21, 274.11, 348.75, 48), at('recibe cursos de', 236.21, 284.31, 357.75, 49),
      at('actualización ( E )', 236.21, 288.31, 366.75, 50), at('N/A', 302.12, 313.05, 339.75, 51), at('2', 92.00, 95.65, 378.75, 52), at('Cooridnación', 104.40, 143.02, 378.75, 52),
      at('Nacional de', 104.40, 139.01, 387.75, 53), at('Gestión', 104.40, 126.99, 396.75, 54), at('Estratégica y', 104.40, 142.29, 405.75, 55), at('Planificación', 104.40, 141.20, 414.75, 56),
      at('Incrementar la', 170.31, 212.20, 378.75, 57), at('calidad de la', 170.31, 207.11, 387.75, 58), at('gestión pública y la', 170.31, 226.06, 396.75, 59), at('planificación', 170.31, 206.38, 405.75, 60),
      at('estratégica del', 170.31, 212.94, 414.75, 61), at('Consejo Nacional', 170.31, 221.67, 423.75, 62), at('índice de Gestión', 236.21, 287.23, 378.75, 64), at('Estratégica', 236.21, 269.00, 387.75, 65),
      at('Institucional', 236.21, 270.83, 396.75, 66), at('94,00%', 337.05, 359.28, 378.75, 67),
    ],
  };

  it('is placed where its column\'s text starts', () => {
    const items = ruledItems(page);
    expect(['1', '2'].map((s) => items.find((i) => i.str === s)!.column)).toEqual([38.5, 38.5]);
    // (an amount is left to aligned.ts, which places it by the text around it; a mark left-aligned
    // in its cell stays where it is printed)
    expect(['70,36%', 'N/A'].map((s) => items.find((i) => i.str === s)!.column)).toEqual([undefined, undefined]);
  });

  it('places an amount too where the document\'s cells never cut a figure (wholeFigures)', () => {
    const items = ruledItems(page, true);
    expect(['1', '70,36%', 'N/A'].map((s) => items.find((i) => i.str === s)!.column)).toEqual([38.5, 302.12, undefined]);
    expect(cutsFigures(boxedItems(page))).toBe(false);
  });

  it('so the layout text prints it in its header\'s column', () => {
    const lines = layoutPages([{ ...page, items: ruledItems(page) }]).text.split('\n');
    const column = (s: string) => lines.find((l) => l.trim().startsWith(s))!.indexOf(s);
    expect([column('1'), column('2')]).toEqual([column('No.'), column('No.')]);
    expect(lines.find((l) => l.includes('70,36%'))!.indexOf('70,36%')).toBe(lines.find((l) => l.includes('Meta cuantificable'))!.indexOf('Meta cuantificable'));
  });
});

describe('cutsFigures', () => {
  it('is true for a page whose cells cut a figure down their width (a budget sheet)', () => {
    // portoparques-2025-cedula-presupuestaria.pdf (real document), page 1, y 138.02 to 159.20: the
    // programme's row, «3,706,504.22» cut «3,706,50» / «4.22» in a cell from 420.23 to 449.75 pt and
    // «17,293.89» cut «17,29» / «3.89» in the next one (6.96 pt type).
    const at = (str: string, x: number, end: number, y: number, run: number): PositionedItem => ({ str, x, y, width: end - x, size: 6.96, run });
    const page: PositionedPage = {
      width: 842, height: 595,
      rules: {
        h: [{ at: 138.02, from: 29.04, to: 810.46 }, { at: 159.2, from: 29.04, to: 810.34 }],
        v: [420.23, 449.75, 472.81].map((x) => ({ at: x, from: 95.18, to: 471.34 })),
      },
      items: [at('3,706,50', 421.61, 448.75, 146.18, 44), at('4.22', 435.17, 448.76, 155.42, 45), at('17,29', 454.37, 471.8, 146.18, 46), at('3.89', 458.21, 471.8, 155.42, 47)],
    };
    expect(cutsFigures(boxedItems(page))).toBe(true);
    // (one piece each: whole figures)
    expect(cutsFigures(boxedItems({ ...page, items: [page.items[0]!, page.items[2]!] }))).toBe(false);
  });
});
