/**
 * Cells set in the middle of their row moved up to its top (src/ingest/pdf/middle.ts) and centred
 * columns left-aligned (src/ingest/pdf/centred.ts). Items are built by hand as a browser prints a
 * 10 pt table: a cell's lines 12 pt apart, rows 4 pt of padding further.
 */
import { describe, expect, it } from 'vitest';
import { layoutPages, type PositionedItem } from '../../src/ingest/pdf/lines.ts';
import { leftAligned, type CentredColumn } from '../../src/ingest/pdf/centred.ts';
import { documentAlignment, documentCellSpacing, pageAlignment, topAligned } from '../../src/ingest/pdf/middle.ts';

const SIZE = 10;
/** An item of `str` at (x, y), 5 pt per character. */
const item = (str: string, x: number, y: number): PositionedItem => ({ str, x, y, width: 5 * str.length, size: SIZE });

/**
 * Rows of a three-column table: a number, a text of `lines` lines and a figure. `align` sets where
 * the number and the figure sit in the row: level with the text's first line (top), centred on its
 * lines (middle) or level with its last line (bottom). `padding`: from a row's last line to the
 * next row's first (16 pt; 12, a line spacing, for rows printed as close as a cell's lines), or one
 * for each row.
 */
function table(rows: { n: string; text: string[]; figure: string }[], align: 'top' | 'middle' | 'bottom', padding: number | number[] = 16): PositionedItem[] {
  const items: PositionedItem[] = [];
  let y = 100;
  for (const [k, r] of rows.entries()) {
    const last = y + (r.text.length - 1) * 12;
    const at = align === 'top' ? y : align === 'middle' ? (y + last) / 2 : last;
    items.push(item(r.n, 50, at));
    r.text.forEach((t, k) => items.push(item(t, 80, y + k * 12)));
    items.push(item(r.figure, 300, at));
    y = last + (typeof padding === 'number' ? padding : padding[k]!);
  }
  return items.sort((a, b) => a.y - b.y || a.x - b.x);
}

const ROWS = [
  { n: '1', text: ['Fortalecer la gestión', 'institucional del', 'consejo'], figure: '95,00%' },
  { n: '2', text: ['Incrementar la', 'participación'], figure: '100,00%' },
  { n: '3', text: ['Mejorar los procesos', 'de contratación', 'pública del', 'consejo'], figure: '87,50%' },
];

/** The baseline an item of `str` ends up on. */
const yOf = (items: readonly PositionedItem[], str: string): number => items.find((i) => i.str === str)!.y;
/** A page's layout text (lines.ts). */
const page = (items: PositionedItem[]): string => layoutPages([{ width: 400, height: 400, items }]).text;
/** The baselines of the three ROWS's number, figure and text's first line, row by row. */
const rowStarts = (items: readonly PositionedItem[]): number[][] =>
  [['1', '95,00%', 'Fortalecer la gestión'], ['2', '100,00%', 'Incrementar la'], ['3', '87,50%', 'Mejorar los procesos']].map((r) => r.map((s) => yOf(items, s)));

describe('topAligned: a middle-aligned table read as a top-aligned one', () => {
  it('moves each row\'s number and figure up to the line of its text\'s first line', () => {
    // rows start at 100, 140 (3 lines: 100 + 24 + 16) and 168 (2 lines: 140 + 12 + 16)
    expect(rowStarts(topAligned(table(ROWS, 'middle')))).toEqual([[100, 100, 100], [140, 140, 140], [168, 168, 168]]);
  });

  it('votes with the cells a table\'s borders put in their rows where they were printed, and leaves them there', () => {
    // rows 1 and 2 as ruled.ts gives them: number and figure moved up from the middle of their rows
    // (112, 146) to their tops (100, 140), `placed` where they were printed; row 3 as printed, its
    // number and figure in the middle of its four lines (186), outside any box
    const printed = table(ROWS, 'middle');
    const placed = (str: string, y: number, at: number): PositionedItem => ({ ...printed.find((i) => i.str === str)!, y, placed: at });
    const items = [
      placed('1', 100, 112), placed('95,00%', 100, 112), placed('2', 140, 146), placed('100,00%', 140, 146),
      ...printed.filter((i) => !['1', '95,00%', '2', '100,00%'].includes(i.str)),
    ].sort((a, b) => a.y - b.y || a.x - b.x);
    expect(rowStarts(topAligned(items))).toEqual([[100, 100, 100], [140, 140, 140], [168, 168, 168]]);
    // without where they were printed, rows 1 and 2 vote top-aligned and row 3 stays in the middle
    const unplaced = items.map(({ placed: _p, ...it }) => it);
    expect(rowStarts(topAligned(unplaced))[2]).toEqual([186, 186, 168]);
  });

  it('gives the same layout text as the table printed top-aligned', () => {
    expect(page(table(ROWS, 'middle'))).toBe(page(table(ROWS, 'top')));
    expect(page(table(ROWS, 'top')).split('\n')[0]).toMatch(/^1 +Fortalecer la gestión +95,00%$/);
  });

  it('leaves a top-aligned table as it is', () => {
    const items = table(ROWS, 'top');
    expect(topAligned(items)).toBe(items);
  });
});

describe('pageAlignment: a page of a middle-aligned document', () => {
  // (a key of three lines at x = 20 beside its value, one line centred on them at x = 150, and
  // prose under them: one centred pair, too few for the page alone; the plan printed on Letter,
  // serif, cells in the middle, page 19: «Institución o actor responsable de la implementación»
  // beside «Ministerio de Telecomunicaciones …», which was read as a row of its own)
  const items = [
    item('Institución o', 20, 100), item('actor', 20, 112), item('Ministerio de Telecomunicaciones', 150, 112), item('responsable', 20, 124),
    ...['Un párrafo de texto corrido', 'que sigue en otra línea', 'y en una tercera', 'y una cuarta', 'hasta la quinta'].map((t, k) => item(t, 20, 160 + k * 12)),
  ];

  it('moves a lone centred pair up to its row\'s top when the document is middle-aligned, not otherwise', () => {
    const a = pageAlignment(items);
    expect(a.votes).toMatchObject({ middle: 1, top: 0 });
    expect(a.apply({ middle: false, bottom: false })).toBe(items);
    expect(a.apply({ middle: false, bottom: true })).toBe(items);
    expect(topAligned(items)).toBe(items);
    expect(a.apply({ middle: true, bottom: false }).find((i) => i.str.startsWith('Ministerio'))!.y).toBe(100);
  });

  it('calls a document middle- (bottom-) aligned when two pages or more are, three times as many as pages of top pairs', () => {
    // (the plan on Letter, serif, cells in the middle: pages of 2 to 48 centred pairs, one of 150
    // pairs starting together, a table whose cells all wrap alike)
    const v = (middle: number, top: number, bottom = 0, bottomRows = 0) => ({ middle, top, bottom, bottomRows });
    expect(documentAlignment([v(3, 0), v(48, 0), v(6, 0), v(0, 150)])).toEqual({ middle: true, bottom: false });
    expect(documentAlignment([v(3, 0), v(48, 0), v(0, 150)])).toEqual({ middle: false, bottom: false });
    expect(documentAlignment([v(1, 0), v(1, 0), v(1, 0)])).toEqual({ middle: false, bottom: false });
    expect(documentAlignment([])).toEqual({ middle: false, bottom: false });
    // (pages of two rows or more whose cells end together: bottom-aligned)
    expect(documentAlignment([v(0, 0, 4, 2), v(0, 0, 9, 3), v(0, 1), v(0, 150)])).toEqual({ middle: false, bottom: false });
    expect(documentAlignment([v(0, 0, 4, 2), v(0, 0, 9, 3), v(0, 0, 5, 2), v(0, 150)])).toEqual({ middle: false, bottom: true });
  });

  it('calls a short document bottom-aligned by its pairs together: one pair ending together on each of its pages, none starting together', () => {
    // (the Quito report on Legal landscape, cells at the bottom (otras5): two pages, one bottom pair
    // on each, «Objetivo del PMDOT 2021 – 2033» / «al que contribuye» beside «OE6. …» on its last line)
    const v = (bottom: number, bottomRows: number, top = 0) => ({ middle: 0, top, bottom, bottomRows });
    expect(documentAlignment([v(1, 1), v(1, 1)])).toEqual({ middle: false, bottom: true });
    expect(documentAlignment([v(1, 1)])).toEqual({ middle: false, bottom: false });
    // (a pair starting together on another page: five times as many ending together needed)
    expect(documentAlignment([v(1, 1), v(1, 1), v(0, 0, 1)])).toEqual({ middle: false, bottom: false });
    // (centred pairs do not add up so: three pages of one each stay as they are, above)
  });

  it('moves a lone pair ending together up to its row\'s top when the document is bottom-aligned', () => {
    // (the plan on A4 landscape, cells at the bottom, page 25: «<b>Institución o actor» / «responsable
    // de la» / «implementación</b>» beside the institution, on the key's last line, then prose)
    const bottom = [
      item('Institución o', 20, 100), item('responsable', 20, 112), item('implementación', 20, 124), item('Ministerio de Telecomunicaciones', 150, 124),
      ...['Un párrafo de texto corrido', 'que sigue en otra línea', 'y en una tercera', 'y una cuarta', 'hasta la quinta'].map((t, k) => item(t, 20, 160 + k * 12)),
    ];
    const a = pageAlignment(bottom);
    expect(a.votes).toMatchObject({ bottom: 1, top: 0 });
    expect(a.apply({ middle: false, bottom: false })).toBe(bottom);
    expect(a.apply({ middle: false, bottom: true }).find((i) => i.str.startsWith('Ministerio'))!.y).toBe(100);
  });
});

describe('topAligned: a bottom-aligned table (a spreadsheet\'s default) read as a top-aligned one', () => {
  it('moves each row\'s number and figure up from its text\'s last line to its first', () => {
    // printed at 124, 152 and 204 (each row's last line); rows start at 100, 140 and 168
    expect(rowStarts(topAligned(table(ROWS, 'bottom')))).toEqual([[100, 100, 100], [140, 140, 140], [168, 168, 168]]);
    expect(page(table(ROWS, 'bottom'))).toBe(page(table(ROWS, 'top')));
  });

  it('reads rows printed as close as a cell\'s lines: a column\'s text is cut where a row ends', () => {
    // (rows of 3, 2, 4 and 5 lines, no padding but between rows 2 and 3: the texts make two columns
    // of lines, 100 to 148 and 164 to 260, ending with rows 2 and 4, where «2» and «4» and their
    // figures are printed; «1» and «95,00%» end row 1 at 124, «3» and «87,50%» row 3 at 200: the
    // columns are cut after those lines, so rows start at 100, 136, 164 and 212, as in the same
    // table printed top-aligned)
    const rows = [
      ROWS[0]!, ROWS[1]!, ROWS[2]!,
      { n: '4', text: ['Reducir los tiempos', 'de atención', 'en ventanilla', 'a la ciudadanía', 'del consejo'], figure: '60,00%' },
    ];
    const padding = [12, 16, 12, 12];
    const moved = topAligned(table(rows, 'bottom', padding));
    expect(['1', '95,00%', '2', '100,00%', '3', '87,50%', '4', '60,00%'].map((s) => yOf(moved, s))).toEqual([100, 100, 136, 136, 164, 164, 212, 212]);
    expect(page(table(rows, 'bottom', padding))).toBe(page(table(rows, 'top', padding)));
  });

  it('leaves a table whose stacks end together in one row only (a small top-aligned table whose rows are as far apart as a wrapped cell\'s lines)', () => {
    // (rows 16 pt apart, cells' lines 12 pt: only «Egresos en» / «personal» wraps, so the page's
    // line spacing is the row pitch and each column is one stack down to the last row)
    const items = [
      item('Programa', 50, 100), item('Monto', 110, 100), item('Estado', 300, 100),
      item('Egresos en', 50, 116), item('1.234,56', 110, 116), item('EJECUTADO', 300, 116),
      item('personal', 50, 128),
      item('Bienes', 50, 144), item('7,00', 110, 144), item('CERRADO', 300, 144),
      item('Obras', 50, 160), item('9,00', 110, 160), item('ABIERTO', 300, 160),
    ];
    expect(topAligned(items)).toBe(items);
  });
});

describe('pageAlignment with the document\'s cell spacing: a page of one-line rows and a few wrapped ones', () => {
  // The Ministerio report on Legal landscape, Caladea 9 pt, cells at the bottom (check:layouts
  // otras10), page 9: the budget table's last three rows, «PROGRAMA Y/O» / «PROYECTO» and a link on
  // two lines 10.5 pt apart, the category and figures level with the second, then 30 rows of one line
  // 12.5 pt apart. The page's own spacing is its rows' and its two-line cells were no stacks: the
  // figures stayed a line under «PROGRAMA Y/O» and the rows were skipped («fila no reconocida»).
  // Here at 10 pt: two-line cells 12 pt apart, rows 16 pt.
  const wrappedRows = (y0: number): PositionedItem[] => {
    const out: PositionedItem[] = [];
    ['Egresos de capital', 'Otros Pasivos', 'Otros egresos'].forEach((category, k) => {
      const y = y0 + k * 28;
      out.push(item('PROGRAMA Y/O', 50, y), item('http://repositorio', 320, y));
      out.push(item('PROYECTO', 50, y + 12), item(category, 150, y + 12), item(`${k + 1}.234,00`, 250, y + 12), item('index.php/s/Gsie', 320, y + 12));
    });
    return out;
  };
  const oneLineRows = (y0: number, n: number): PositionedItem[] =>
    Array.from({ length: n }, (_, k) => [item('DONACIONES', 50, y0 + k * 16), item(`Bien ${k + 1}`, 150, y0 + k * 16), item(`${k + 1},00`, 250, y0 + k * 16), item('http://www', 320, y0 + k * 16)]).flat();
  const sortedPage = (items: PositionedItem[]) => items.sort((a, b) => a.y - b.y || a.x - b.x);
  // (the pages before: the budget table's rows of two lines, as page 8 prints them)
  const before = sortedPage([...wrappedRows(100), ...wrappedRows(190), ...wrappedRows(280)]);
  const page9 = sortedPage([...wrappedRows(100), ...oneLineRows(200, 30)]);
  const bottom = { middle: false, bottom: true };

  it('the document\'s cell spacing is its wrapped lines\', 1.2 font sizes; the page\'s own, its rows\'', () => {
    expect(documentCellSpacing([before, page9])).toBeCloseTo(1.2, 6);
    expect(documentCellSpacing([page9])).toBeCloseTo(1.6, 6);
  });

  it('moves each wrapped row\'s category and figure up to its first line with the document\'s spacing, and not with the page\'s own', () => {
    const moved = pageAlignment(page9, documentCellSpacing([before, page9])).apply(bottom);
    expect(['Egresos de capital', '1.234,00', 'Otros Pasivos', '2.234,00', 'Otros egresos', '3.234,00'].map((s) => yOf(moved, s))).toEqual([100, 100, 128, 128, 156, 156]);
    expect(yOf(moved, 'Bien 1')).toBe(200);
    expect(yOf(pageAlignment(page9).apply(bottom), 'Egresos de capital')).toBe(112);
  });

  it('a page whose own spacing is the document\'s keeps it', () => {
    expect(yOf(pageAlignment(before, 1.2).apply(bottom), 'Egresos de capital')).toBe(yOf(pageAlignment(before).apply(bottom), 'Egresos de capital'));
  });
});

describe('leftAligned: centred columns read as left-aligned ones', () => {
  /** A column of centred lines around x = 150, 12 pt apart. */
  const centred = (lines: string[]) => lines.map((t, k) => item(t, 150 - (5 * t.length) / 2, 100 + k * 12));

  it('moves the lines of a centred column to the start of its widest line', () => {
    // (widths 90, 55, 65, 130 and 25 pt: starts 105, 122.5, 117.5, 85 and 137.5)
    const items = centred(['Dirección Nacional', 'de Registro', 'Electoral del', 'Consejo Nacional Electoral', 'Quito']);
    expect(leftAligned(items).map((i) => i.x)).toEqual([85, 85, 85, 85, 85]);
  });

  it('chains a column through cells as wide as the one above, and not into a table below a gap', () => {
    // (widths 115, 65, 55, 55 and 65 pt: starts 92.5, 117.5, 122.5, 122.5 and 117.5; «$603.101,42»
    // and «$557.484,30» share their start and their middle; 40 pt under the column, past a gap, a
    // wide heading of the next table centred on the same middle, starting at 20)
    const column = centred(['Valor Total Adjudicados', '$1.149.741,23', '$603.101,42', '$557.484,30', '$3.497.680,50']);
    const heading = item('LINK AL MEDIO DE VERIFICACIÓN PUBLICADO EN', 150 - (5 * 42) / 2, 188);
    expect(leftAligned([...column, heading]).map((i) => i.x)).toEqual([92.5, 92.5, 92.5, 92.5, 92.5, 45]);
  });

  it('on a page of left-aligned text, a centred header starts where the cell under it does', () => {
    // (a header «TOTAL DE» / «PRESUPUESTO» / «INSTITUCIONAL» / «CODIFICADO» centred on x = 300, widths
    // 40, 55, 65 and 50 pt: starts 280, 272.5, 267.5 and 275; under it, a row lower, its column's
    // figure left-aligned at 262; beside them a left-aligned column at x = 20 whose lines share their
    // start, not their middle)
    const left = ['Uno', 'Dos tres cuatro', 'Cinco', 'Seis siete ocho', 'Nueve', 'Diez once doce'].map((t, k) => item(t, 20, 100 + k * 12));
    const header = ['TOTAL DE', 'PRESUPUESTO', 'INSTITUCIONAL', 'CODIFICADO'].map((t, k) => item(t, 300 - (5 * t.length) / 2, 100 + k * 12));
    const figure = item('$78.537.516,23', 262, 152);
    const out = leftAligned([...left, ...header, figure]);
    expect(out.slice(0, 6).map((i) => i.x)).toEqual([20, 20, 20, 20, 20, 20]);
    expect(out.slice(6).map((i) => i.x)).toEqual([262, 262, 262, 262, 262]);
  });

  it('on a page of left-aligned text, aligns a column of one centred pair whose lines are a centred column\'s: a row centred as a whole', () => {
    // (otras4 a4-portrait-times-10pt-rows-middle-header, CNE report, page 5: the first row of unit
    // 15's table printed as a centred header, its name and objective centred over four lines, its
    // indicator «Porcentaje de actualizaciones del» / «sistema estadístico electoral» over two, at
    // 382 and 394. Left as printed, the indicator's second line started a row of its own, and its
    // unit number's second digit, «5», was read as unit 5's.)
    const left = ['Uno', 'Dos tres cuatro', 'Cinco', 'Seis siete ocho', 'Nueve', 'Diez once doce', 'Trece'].map((t, k) => item(t, 20, 100 + k * 12));
    // (the name centred on x = 150: widths 90, 10, 75 and 15 pt, starts 105, 145, 112.5 and 142.5)
    const name = ['Dirección Nacional', 'de', 'Estadística del', 'CNE'].map((t, k) => item(t, 150 - (5 * t.length) / 2, 100 + k * 12));
    // (the indicator centred on x = 300 on the name's first two lines: widths 165 and 95 pt, starts 217.5 and 252.5)
    const indicator = ['Porcentaje de actualizaciones del', 'sistema estadístico'].map((t, k) => item(t, 300 - (5 * t.length) / 2, 100 + k * 12));
    // (a pair alike further down, centred on x = 320, on lines no centred column holds: left as printed)
    const lone = ['Porcentaje de requerimientos atendidos', 'oportunamente'].map((t, k) => item(t, 320 - (5 * t.length) / 2, 160 + k * 12));
    const out = leftAligned([...left, ...name, ...indicator, ...lone]);
    const xOf = (s: string) => out.find((i) => i.str === s)!.x;
    expect(['Dirección Nacional', 'de', 'Estadística del', 'CNE'].map(xOf)).toEqual([105, 105, 105, 105]);
    expect(['Porcentaje de actualizaciones del', 'sistema estadístico'].map(xOf)).toEqual([217.5, 217.5]);
    expect(['Porcentaje de requerimientos atendidos', 'oportunamente'].map(xOf)).toEqual([225, 287.5]);
    expect(xOf('Trece')).toBe(20);
  });

  it('left-aligns a cell\'s one centred pair when a ruled row holds it beside other text, and not without the rules', () => {
    // (otras4 a4-portrait-times-10pt-rows-middle-header, Quito report, page 1: the goal's header
    // row, ruled above at 322.12 and below at 348.37 from 33.75 to 561.75, holds «Meta 1:» and a
    // bold cell centred on 330.03 over two lines. One pair is short of the three centred.ts asks of
    // a column on a page of left-aligned text; left as printed, «PARA LA SEGURIDAD Y CONVIVENCIA»
    // was not joined to its cell, and the goal lost it.)
    const at = (str: string, x: number, y: number, width: number): PositionedItem => ({ str, x, y, width, size: SIZE });
    const label = at('Meta 1:', 49.51, 338.25, 33.02);
    const first = at('IMPLEMENTAR 21 ACCIONES DESTINADAS A MEJORAR LA ORGANIZACIÓN DE BARRIOS', 111.98, 332.25, 436.09);
    const second = at('PARA LA SEGURIDAD Y CONVIVENCIA', 235.52, 344.25, 189.02);
    const rules = [{ at: 322.12, from: 33.75, to: 561.75 }, { at: 348.37, from: 33.75, to: 561.75 }];
    const xOf = (out: readonly PositionedItem[], s: string) => out.find((i) => i.str === s)!.x;
    expect(xOf(leftAligned([label, first, second], [], undefined, [], rules), second.str)).toBe(111.98);
    expect(xOf(leftAligned([label, first, second]), second.str)).toBe(235.52);
    // (a rule between the two lines: two rows)
    expect(xOf(leftAligned([label, first, second], [], undefined, [], [...rules, { at: 336, from: 33.75, to: 561.75 }]), second.str)).toBe(235.52);
    // (nothing else in the row: a title framed by two rules, not a table's row)
    expect(xOf(leftAligned([first, second], [], undefined, [], rules), second.str)).toBe(235.52);
  });

  it('in a ruled row, leaves a lone word over a line that shares its middle by chance (words of a justified cell)', () => {
    // (otras6 a4-landscape-serif-9pt-rows-justified-spaced, CNE report: each word of a justified
    // line is a box of its own, and «la» at 250.7 shared its middle with the line under it, «gasto
    // corriente y de inversión MEDIANTE la implementación de» from 107.9. Moved, the line left its
    // column. Here «la» centred on x = 200 over a line 150 pt wide, beside «Uno».)
    const rules = [{ at: 88, from: 10, to: 400 }, { at: 120, from: 10, to: 400 }];
    const out = leftAligned([item('Uno', 20, 100), item('la', 195, 100), item('gasto corriente y de inversión', 125, 112)], [], undefined, [], rules);
    expect(out.map((i) => i.x)).toEqual([20, 195, 125]);
    // (the same with a line of words above: one centred cell)
    const cell = leftAligned([item('Uno', 20, 100), item('de la gestión', 167.5, 100), item('gasto corriente y de inversión', 125, 112)], [], undefined, [], rules);
    expect(cell.map((i) => i.x)).toEqual([20, 125, 125]);
  });

  it('starts a centred column where the columns of its middle start on any page, and says where its own starts', () => {
    // (on this page the column's widest line, «Electoral del», 65 pt, starts at 117.5; on another
    // page of the document the column centred on x = 150 ran 130 pt wide, from 85: the otras4
    // Legal centred CNE matrix, whose pages each started its columns where their widest line did)
    const items = centred(['Dirección', 'de Registro', 'Electoral del', 'Quito']);
    const found: CentredColumn[] = [];
    expect(leftAligned(items, [{ middle: 150, start: 85 }], found).map((i) => i.x)).toEqual([85, 85, 85, 85]);
    expect(found).toEqual([{ middle: 150, start: 117.5 }]);
    // (a column of another middle does not move it)
    expect(leftAligned(items, [{ middle: 160, start: 85 }]).map((i) => i.x)).toEqual([117.5, 117.5, 117.5, 117.5]);
  });

  it('on a page of left-aligned text, aligns a cell of four centred lines whose starts are half a font size apart or a little less', () => {
    // (otras4 a4-portrait-times-10pt-rows-middle-header, CNE report, page 6: unit 19's first row
    // printed as a centred header, its indicator «Porcentaje de» / «participación de la» /
    // «ciudadanía en el» / «exterior ( E )» from 408.77, 398.25, 403.24 and 410.72 pt, each centred
    // on 437.96, in a 9.9975 pt font: 10.52, 4.99 and 7.48 pt apart, the second a hair under half the
    // font size. Left as printed, each line made a row of its own.)
    const at = (str: string, x: number, end: number, y: number): PositionedItem => ({ str, x, y, width: end - x, size: 9.9975 });
    const left = ['Uno', 'Dos tres cuatro', 'Cinco', 'Seis siete ocho', 'Nueve'].map((t, k) => item(t, 20, 727.5 + k * 12));
    const cell = [at('Porcentaje de', 408.77, 467.15, 727.5), at('participación de la', 398.25, 477.66, 739.5), at('ciudadanía en el', 403.24, 472.67, 751.5), at('exterior ( E )', 410.72, 465.21, 763.5)];
    const out = leftAligned([...left, ...cell]);
    expect(out.filter((i) => i.x > 100).map((i) => i.x)).toEqual([398.25, 398.25, 398.25, 398.25]);
    expect(out.filter((i) => i.x <= 100).map((i) => i.x)).toEqual([20, 20, 20, 20, 20]);
  });

  it('on a page of centred columns, moves a line alone at the page\'s top to the column of its middle on the page before (a row carried over)', () => {
    // (otras4 letter-landscape-narrow-9pt-zebra-centered-middle, CNE report: unit 27's last indicator
    // «Porcentaje de asistencias técnicas atendidas» tops page 10, alone, padded apart from unit 28's
    // table, whose columns are centred elsewhere; unit 27's indicator column on page 9 is centred on
    // its middle. Left as printed, it lost the row's empty cells and its unit.)
    const stray = item('Porcentaje de asistencias', 200 - (5 * 25) / 2, 60);
    const table = centred(['Dirección Nacional', 'de Registro', 'Electoral del', 'Consejo Nacional Electoral', 'Quito']);
    const before: CentredColumn[] = [{ middle: 200, start: 120 }];
    expect(leftAligned([stray, ...table], [], undefined, before)[0]!.x).toBe(120);
    // (not without the page before's column of its middle, nor under the page's first block)
    expect(leftAligned([stray, ...table])[0]!.x).toBe(137.5);
    const below = { ...stray, y: 200 };
    expect(leftAligned([...table, below], [], undefined, before).at(-1)!.x).toBe(137.5);
  });

  it('on a mixed page, moves a cell carried over to the page\'s top whose lines share a middle to one start, when the page before has a centred column of that middle', () => {
    // (otras7 legal-portrait-condensed-8pt-centered-spaced, Quito report, page 2, y 42.75 to 78.75:
    // the key «Objetivo del PMDOT 2021 – 2033 al que contribuye» of goal 2, carried over from page 1,
    // centred on 71.53 pt in a column 53 pt wide, two of its pairs of lines apart enough to vote, one
    // short of a column of its own; page 1's key column is centred on 71.53 and starts at 38.59.
    // Bundled report, line 49: the key and «OE6. Asegurar una vida plena …», two cells. Left as
    // printed, its four lines were four rows and the goal lost its plan objective.)
    const at = (str: string, x: number, end: number, y: number, run: number): PositionedItem => ({ str, x, y, width: end - x, size: 7.99, run });
    const top = [
      at('Objetivo del', 49.84, 93.23, 42.75, 1), at('PMDOT 2021 –', 45.25, 97.83, 54.75, 2), at('2033 al que', 50.12, 92.94, 66.75, 3), at('contribuye', 52.29, 90.77, 78.75, 4),
      at('OE6. Asegurar una vida plena y justa, con igualdad de oportunidades; y con acceso a salud, educación, cultura y seguridad.', 119.92, 567.66, 42.75, 5),
    ];
    const before: CentredColumn[] = [{ middle: 71.53, start: 38.59 }];
    expect(leftAligned(top, [], undefined, before).map((i) => i.x)).toEqual([45.25, 45.25, 45.25, 45.25, 119.92]);
    // (not without the page before's column of that middle)
    expect(leftAligned(top, [], undefined, [{ middle: 158.08, start: 37.75 }]).map((i) => i.x)).toEqual([49.84, 45.25, 50.12, 52.29, 119.92]);
  });

  it('does not start a centred column within a font size of text left of it on its rows', () => {
    // (a number at 70-85 on the column's first line: from 85, the column would touch it)
    const items = [item('12', 75, 100), ...centred(['Dirección', 'de Registro', 'Electoral del', 'Quito'])];
    expect(leftAligned(items, [{ middle: 150, start: 85 }]).map((i) => i.x)).toEqual([75, 117.5, 117.5, 117.5, 117.5]);
    expect(leftAligned(items, [{ middle: 150, start: 95 }]).map((i) => i.x)).toEqual([75, 95, 95, 95, 95]);
  });

  it('lays a table centred on every page with its columns at the same place on each page', () => {
    // (two pages of one table: a number at 20, a column centred on x = 150 whose widest line is
    // 130 pt on the first page and 65 pt on the second)
    const pageOf = (lines: string[]) => ({ width: 600, height: 800, items: [item('1', 20, 100), item('2', 20, 124), ...centred(lines)] });
    const text = layoutPages([pageOf(['Consejo Nacional Electoral', 'de', 'Quito', 'Nacional']), pageOf(['Dirección', 'de Registro', 'Electoral del', 'Quito'])]).text;
    const starts = text.split('\n').filter((l) => /Consejo|Dirección|Electoral del/u.test(l)).map((l) => l.search(/[A-Z]/u));
    expect(starts).toHaveLength(3);
    expect(new Set(starts).size).toBe(1);
  });

  it('on a page of left-aligned rows, left-aligns a header of centred capitals, three cells side by side', () => {
    // (the IESS form on A4, Times, centred header: «TIPO DE» / «CONTRATACIÓN» centred on x = 80,
    // «ESTADO» / «ACTUAL» on 160, «LINK AL MEDIO DE» / «PUBLICADO EN LA» / «INSTITUCIÓN» on 300; the
    // rows under it left-aligned at 50, 145 and 260. Left as printed, each header line was a row)
    const header = (upper: boolean) => [
      ['TIPO DE', 80, 100], ['CONTRATACIÓN', 80, 112], ['ESTADO', 160, 100], ['ACTUAL', 160, 112],
      ['LINK AL MEDIO DE', 300, 100], ['PUBLICADO EN LA', 300, 112], ['INSTITUCIÓN', 300, 124],
    ].map(([t, middle, y]) => item(upper ? String(t) : String(t).toLowerCase(), Number(middle) - (5 * String(t).length) / 2, Number(y)));
    const rows = [['Catálogo electrónico', 'adjudicado', 'https://www.iess.gob.ec'], ['Ínfima cuantía', 'finalizado', 'https://www.iess.gob.ec/x'], ['Menor cuantía', 'adjudicado', 'https://portal.compras']]
      .flatMap((r, k) => [item(r[0]!, 50, 140 + k * 16), item(r[1]!, 145, 140 + k * 16), item(r[2]!, 260, 140 + k * 16)]);
    const out = leftAligned([...header(true), ...rows]);
    const xOf = (s: string) => out.find((i) => i.str === s)!.x;
    expect(['TIPO DE', 'CONTRATACIÓN', 'ESTADO', 'ACTUAL', 'LINK AL MEDIO DE', 'PUBLICADO EN LA', 'INSTITUCIÓN'].map(xOf)).toEqual([50, 50, 145, 145, 260, 260, 260]);
    expect(out.slice(7)).toEqual(rows);
    // (the same header in lower case: text, not a form's header: left as printed)
    const lower = leftAligned([...header(false), ...rows]);
    expect(lower.find((i) => i.str === 'tipo de')!.x).toBe(62.5);
  });

  it('leaves left-aligned lines as they are', () => {
    const items = ['Dirección Nacional', 'de Registro', 'Electoral', 'Talento Humano'].map((t, k) => item(t, 105, 100 + k * 12));
    expect(leftAligned(items)).toBe(items);
  });
});
