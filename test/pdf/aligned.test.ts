/**
 * Figures right-aligned in their cells placed at their column's start in the layout text
 * (src/ingest/pdf/aligned.ts). Lines are built by hand (x and end in points, 10 pt font); the
 * expected starts are the header cells' x written below, not values the code computed.
 */
import { describe, expect, it } from 'vitest';
import { alignAcrossPages, alignFigures } from '../../src/ingest/pdf/aligned.ts';
import type { LineCell, PageLine } from '../../src/ingest/pdf/lines.ts';

const cell = (text: string, x: number, end: number): LineCell => ({ text, x, end, size: 10 });
const line = (y: number, ...cells: LineCell[]): PageLine => ({ text: '', y, cells });
/** Where each figure of the lines is placed: its text and `at` (undefined: where printed). */
const placed = (lines: PageLine[]) => lines.flatMap((l) => l.cells.filter((c) => /\d/.test(c.text)).map((c) => [c.text, c.at]));

/** A procurement table's count column, header «Número Total» / `second` at x 60 to 110, one figure per row. */
const countColumn = (second: string, figures: LineCell[]): PageLine[] => [
  line(100, cell('Tipo', 10, 30), cell('Número Total', 60, 110)),
  line(112, cell(second, 60, 105)),
  ...['CATÁLOGO', 'ÍNFIMA', 'OTRAS'].map((kind, i) => line(124 + 12 * i, cell(kind, 10, 10 + 5 * kind.length), figures[i]!)),
];

describe('alignFigures', () => {
  it('a figure under a header that runs past its start goes to the header\'s start (x 60)', () => {
    const lines = [
      line(100, cell('Unidad', 10, 40), cell('Porcentaje ejecutado', 60, 140)),
      line(112, cell('de metas', 60, 100)),
      line(124, cell('Financiera', 10, 55), cell('70,36', 115, 140)),
    ];
    alignFigures(lines);
    expect(placed(lines)).toEqual([['70,36', 60]]);
  });

  it('a column of figures right-aligned under a narrower header («Número Total» ends at 110, the figures at 135) goes to the header\'s start (x 60)', () => {
    const lines = [
      line(100, cell('Tipo', 10, 30), cell('Número Total', 60, 110), cell('Valor', 150, 175)),
      line(112, cell('Adjudicados', 60, 105)),
      line(124, cell('CATÁLOGO', 10, 50), cell('7', 130, 135), cell('$15,00', 150, 180)),
      line(136, cell('ÍNFIMA', 10, 40), cell('19', 125, 135), cell('$1,00', 150, 175)),
      line(148, cell('OTRAS', 10, 35), cell('2', 130, 135), cell('$3,00', 150, 175)),
    ];
    alignFigures(lines);
    expect(placed(lines)).toEqual([['7', 60], ['$15,00', undefined], ['19', 60], ['$1,00', undefined], ['2', 60], ['$3,00', undefined]]);
  });

  it('left-aligned figures stay: they start where their header does, or all at one place', () => {
    const under = countColumn('Adjudicados', [cell('7', 60, 65), cell('19', 60, 70), cell('2', 60, 65)]);
    alignFigures(under);
    expect(placed(under)).toEqual([['7', undefined], ['19', undefined], ['2', undefined]]);
    // one digit each, ending together right of a narrower header: right- or left-aligned cannot be told
    const digits = countColumn('Finalizados', [cell('1', 130, 135), cell('0', 130, 135), cell('3', 130, 135)]);
    alignFigures(digits);
    expect(placed(digits)).toEqual([['1', undefined], ['0', undefined], ['3', undefined]]);
  });

  it('a column of right-aligned figures with another column\'s header between goes to that nearer column (x 100)', () => {
    const lines = [
      line(100, cell('Tipo', 10, 30), cell('Número', 60, 90), cell('Código', 100, 120)),
      line(112, cell('Total', 60, 85), cell('del bien', 100, 122)),
      line(124, cell('CATÁLOGO', 10, 50), cell('7', 130, 135)),
      line(136, cell('ÍNFIMA', 10, 40), cell('19', 125, 135)),
      line(148, cell('OTRAS', 10, 35), cell('2', 130, 135)),
    ];
    alignFigures(lines);
    expect(placed(lines)).toEqual([['7', 100], ['19', 100], ['2', 100]]);
  });

  it('the piece of a figure cut after its separator goes under it, though wider («100,» / «00 %», a4-portrait-dejavu-8pt-right)', () => {
    // The Ministerio goals table printed with figures right-aligned (DejaVu Sans 8 pt), goal 1.1: the %
    // cell «100,00 %» cut as «100,» (x 378.84 to 396.64) over «00 %» (376.34 to 396.64), both ending
    // at the cell's right edge; the piece is the wider line. A whole figure under a whole figure
    // (a chart's axis, «1.000» / «500») is no piece and stays.
    const lines = [
      line(100, cell('%', 378.84, 385), cell('DESCRIPCIÓN', 410, 460)),
      line(112, cell('100,', 378.84, 396.64), cell('MANUAL DEL', 410, 450)),
      line(124, cell('00 %', 376.34, 396.64), cell('ACTUACIÓN', 410, 450)),
      line(200, cell('Eje', 10, 30)),
      line(212, cell('1.000', 20, 45)),
      line(224, cell('500', 30, 45)),
    ];
    alignFigures(lines);
    expect(placed(lines)).toEqual([['100,', undefined], ['00 %', 378.84], ['1.000', undefined], ['500', undefined]]);
  });

  it('the piece that ends a percentage goes under it, and a piece of a cut figure goes under it wherever a column rule put it', () => {
    // The same table, goal 3.1: «96,2» (x 378.8 to 396.6) over «1 %» (381.4 to 396.6); goal 4.2, on
    // a page laid out narrower: «10» (370.6) over «0,» (373.1) over «00» (370.6), in the % column
    // right of the achieved column, where the rule for columns of right-aligned figures had put
    // «00» (339.6, set here by hand).
    const lines = [
      line(100, cell('%', 378.8, 386), cell('DESCRIPCIÓN', 405.4, 460)),
      line(112, cell('CUMPLIDOS', 339.6, 369), cell('96,2', 378.8, 396.6)),
      line(124, cell('1 %', 381.4, 396.6)),
      line(150),
      line(200, cell('TOTALES', 339.6, 369), cell('10', 370.6, 383.3)),
      line(212, cell('0,', 373.1, 383.3)),
      line(224, cell('00', 370.6, 383.3)),
    ];
    lines[6]!.cells[0]!.at = 339.6;
    alignFigures(lines);
    expect(placed(lines).filter(([t]) => ['1 %', '0,', '00'].includes(t as string))).toEqual([['1 %', 378.8], ['0,', 370.6], ['00', 370.6]]);
  });

  it('a column of right-aligned figures on a page without its header goes where the column\'s lone «N/A» starts (legal-landscape-times-9pt-rows-right)', () => {
    // The CNE matrix's unit 8 at the top of page 3 of the otras2 set's legal-landscape-times-9pt-rows-right
    // PDF, as PDF.js gives it: the value column's figures right-aligned, cut in two, ending at 954.25;
    // its one «N/A» (935.02 to 950.52) is not right-aligned. No header and no second text start the
    // column on this page.
    const lines = [
      line(43.5, cell('Porcentaje de disponibilidad de los servicios de infraestructura', 682.78, 908.46), cell('97,0', 938.5, 954.25)),
      line(54.7, cell('tecnológica y comunicaciones (', 682.78, 796.49), cell('0%', 942.25, 954.24)),
      line(68.2, cell('Porcentaje de ejecución presupuestaria', 682.78, 822.47), cell('97,2', 938.5, 954.25)),
      line(79.5, cell('2%', 942.25, 954.24)),
      line(93.7, cell('8', 37.75, 42.25), cell('Dirección Nacional de Infraestructura', 50.24, 186.42), cell('(O.O) Porcentaje de cumplimiento de los procesos de la Dirección', 682.78, 921.70), cell('100,', 938.5, 954.25)),
      line(105, cell('Tecnológica y Comunicaciones', 50.24, 163.07), cell('Nacional de Infraestructura Tecnológica y Comunicaciones', 682.78, 896.15), cell('00%', 937.75, 954.24)),
      line(130.5, cell('Porcentaje de asistencias técnicas atendidas', 682.78, 839.71), cell('N/A', 935.02, 950.52)),
    ];
    alignFigures(lines);
    expect(placed(lines).filter(([t]) => t !== '8')).toEqual([
      ['97,0', 935.02], ['0%', 935.02], ['97,2', 935.02], ['2%', 935.02], ['100,', 935.02], ['00%', 935.02],
    ]);
  });

  it('a lone text of the figures\' column that is no «no value» mark (a header centred over them) does not place them', () => {
    const lines = [
      line(100, cell('Tipo', 10, 30), cell('CUMPLIMIENTO', 118, 150)),
      line(112, cell('ENERO', 10, 40), cell('69%', 135, 150)),
      line(124, cell('FEBRERO', 10, 45), cell('61%', 135, 150)),
      line(136, cell('TOTAL', 10, 35), cell('100%', 130, 150)),
    ];
    alignFigures(lines);
    expect(placed(lines)).toEqual([['69%', undefined], ['61%', undefined], ['100%', undefined]]);
  });
});

describe('alignFigures: two figures beside «no value» marks', () => {
  it('puts two right-aligned percentages at the start of the «N/A» marks of their column (CNE, Legal 10 pt serif, figures right-aligned)', () => {
    // otras3 legal-portrait-serif-10pt-ruled-right, CNE report, page 8's first table (it goes on from
    // page 7, its header there), its cells as the ingest reads them: «25,42%» from 535.4 and
    // «100,00%» from 529.0 both end at 573.5; «N/A» twice from 500.9 (bundled report lines 155-158,
    // unit 21's meta cuantificable: 25,42%, N/A, N/A, 100,00%).
    const lines = [
      line(44.2, cell('Porcentaje de', 405.7, 475.2), cell('25,42%', 535.4, 573.5)),
      line(55.5, cell('ejecución', 405.7, 453.9)),
      line(80.2, cell('2', 39.2, 45.6), cell('Dirección Nacional de Asesoría', 54.3, 213.4), cell('Porcentaje de', 405.7, 475.2), cell('N/A', 500.9, 520.2)),
      line(91.5, cell('1', 39.2, 45.6), cell('Jurídica', 54.3, 93.9), cell('presentación de', 405.7, 487.0)),
      line(195.7, cell('Porcentaje de', 405.7, 475.2), cell('N/A', 500.9, 520.2)),
      line(243.7, cell('Porcentaje de', 405.7, 475.2), cell('100,00%', 529.0, 573.5)),
    ];
    alignFigures(lines);
    expect(placed(lines).filter(([t]) => /%/.test(String(t)))).toEqual([['25,42%', 500.9], ['100,00%', 500.9]]);
  });
});

describe('alignFigures: the pieces of a cut figure', () => {
  it('a «%» under a piece placed under its figure goes with them, though wider than the piece above it (CNE, Letter portrait serif 9 pt, cells in the middle, right-aligned)', () => {
    // (letter-portrait-serif-9pt-middle-right (otras4 set), CNE matrix, page 8: unit 22's budget
    // execution «66» / «,1» / «5» / «%» ending at 574.2–574.3 pt, report line 164 «66,15%»; the «%»
    // starts at 565.7, left of the «5» at 568.5: it was left where printed, and read as a row of its own)
    const lines = [
      line(100, cell('Porcentaje de ejecución', 437, 545.9), cell('66', 562.8, 574.2)),
      line(112, cell('presupuestaria', 437, 505.8), cell(',1', 565.7, 574.3)),
      line(124, cell('5', 568.5, 574.2)),
      line(136, cell('%', 565.7, 574.3)),
    ];
    alignFigures(lines);
    expect(lines.flatMap((l) => l.cells.filter((c) => /^[\d,%]+$/.test(c.text)).map((c) => [c.text, c.at]))).toEqual([['66', undefined], [',1', 562.8], ['5', 562.8], ['%', 562.8]]);
  });
});

describe('alignFigures: a figure cut in a column without a header in its block', () => {
  it('its pieces go under its first line, not to the column of the cell before it (Ministerio, B5 landscape condensed 8 pt, ruled, right-aligned)', () => {
    // (b5-landscape-condensed-8pt-ruled-spaced-right (otras6 set), Ministerio report, page 15: goal
    // 4.1's percentage «10» / «0,0» / «0» / «%» ending at 447.1 pt, report line 152 «100,00%»; the
    // achieved column's «10,00» (404.4 to 425.0) before it on the row's first line, that column's
    // header «TOTAL» / «ES» / «CUMP» / «LIDOS» at 402.1 below in the same block, the percentage
    // column's header on the page before. «0,0» starts at 435.6, left of «10» at 437.9: it went to
    // the achieved column's start, and the goal read achieved «10,000,00%» and 10 %.)
    const lines = [
      line(42.7, cell('4.1. NÚMERO DE', 281.7, 342.1), cell('10,00', 372.8, 393.4), cell('10,00', 404.4, 425.0), cell('10', 437.9, 447.1), cell('DOCUMENTOS DE PROCESOS', 455.8, 560.2)),
      line(53.2, cell('PROCESOS', 281.7, 321.1), cell('0,0', 435.6, 447.1), cell('PROCESOS, MANUALES', 455.8, 540.1)),
      line(63.7, cell('SUSTANTIVOS', 281.7, 331.7), cell('0', 442.5, 447.1), cell('INSTRUCTIVOS Y GUÍAS', 455.8, 549.6)),
      line(73.5, cell('LEVANTADOS Y/O', 281.7, 344.2), cell('%', 440.2, 447.1), cell('SUSTANTIVA AGREGADORA', 455.8, 560.0)),
      line(84.0, cell('ACTUALIZADOS', 281.7, 337.8), cell('HABITANTE DE ASESORÍA.', 455.8, 549.3)),
      line(97.5, cell('Fortalecer las Capacidades', 38.5, 135.5), cell('DESCRIPCIÓN', 205.2, 254.5), cell('TOTAL', 368.4, 391.2), cell('TOTAL', 402.1, 424.8)),
      line(108.0, cell('Institucionales.', 38.5, 92.9), cell('ES', 368.4, 377.5), cell('ES', 402.1, 411.2)),
      line(118.5, cell('PLANI', 368.4, 389.4), cell('CUMP', 402.1, 422.9)),
      line(128.2, cell('FICAD', 368.4, 390.2), cell('LIDOS', 402.1, 424.0)),
    ];
    alignFigures(lines);
    const pct = lines.flatMap((l) => l.cells.filter((c) => Math.abs(c.end - 447.1) < 0.05).map((c) => [c.text, c.at]));
    expect(pct).toEqual([['10', undefined], ['0,0', 437.9], ['0', 437.9], ['%', 437.9]]);
  });

  it('under a centred header its figures run over, a percentage\'s cut end still goes under its first line, nothing else moves (Ministerio, Letter Times 11 pt)', () => {
    // (letter-portrait-times-11pt-rows-header-right (otras8 set), Ministerio report, page 11: the
    // header «%» / «CUM» / «PLI» / «MIE» centred in its column (389.0, 381.4, 385.3, 383.5 …), the
    // achieved column's «TO» / «TA» / «CU» at 353.9; goal 1.1's row, report line 124, achieved
    // «2,00» printed «2,0» / «0» and «100,00 %» printed «100,0» / «0 %», right-aligned. «100,0»
    // (383.3 to 408.0) runs over «PLI»'s start: the block has no columns to place figures in. Its
    // «0 %» (390.6) was left where printed, apart from «100,0», and the row was cut after its first
    // line. A real budget sheet's amounts cut down such a block stay where printed: «0» too.)
    const lines = [
      line(45, cell('%', 389, 400)),
      line(57.75, cell('CUM', 381.37, 407.63)),
      line(70.5, cell('PLI', 385.34, 403.66)),
      line(83.25, cell('MIE', 383.51, 405.49)),
      line(175.5, cell('TO', 353.94, 368.4)),
      line(188.25, cell('TA', 353.94, 367.72)),
      line(226.5, cell('CU', 353.94, 369.21)),
      line(474, cell('3', 126.96, 132.46), cell('PREVENCIÓN,', 140.45, 212.82), cell('2,00', 326.71, 345.94), cell('2,0', 359.23, 372.97), cell('100,0', 383.31, 408.04)),
      line(486.75, cell('PROTECCIÓN', 140.45, 209.46), cell('0', 367.48, 372.97), cell('0 %', 390.64, 408.05)),
    ];
    alignFigures(lines);
    expect(placed(lines.slice(-2))).toEqual([['3', undefined], ['2,00', undefined], ['2,0', undefined], ['100,0', undefined], ['0', undefined], ['0 %', 383.31]]);
  });
});

describe('alignAcrossPages', () => {
  // (the Ministerio's budget on Letter, serif, cells in the middle, figures right-aligned: page 12
  // holds the header «% CUMPLIMIENTO DE LA GESTIÓN» at x 290 and rows whose percentages end at 330;
  // page 13 only rows, «37,00 %» ending at 330, no header to place them: read in a column of their own)
  const header = (at = 290) => [
    line(100, cell('TIPO', 10, 30), cell('DESCRIPCIÓN', 60, 120), cell('% CUMPLIMIENTO', at, 328)),
    line(112, cell('DE LA GESTIÓN', at, 326)),
    line(124, cell('PROGRAMA', 10, 55), cell('Egresos en personal', 60, 155), cell('100,00 %', 290, 330)),
    line(136, cell('PROGRAMA', 10, 55), cell('Otros egresos', 60, 125), cell('25,45 %', 295, 330)),
  ];
  const rows = () => [
    line(100, cell('PROGRAMA', 10, 55), cell('Egresos de capital', 60, 150), cell('37,00 %', 295, 330)),
    line(112, cell('PROGRAMA', 10, 55), cell('Otros Pasivos', 60, 125), cell('9,48 %', 300, 330)),
  ];

  it('places a page\'s figures where the page before placed figures ending with them', () => {
    const pages = [header(), rows()];
    pages.forEach(alignFigures);
    expect(placed(pages[1]!)).toEqual([['37,00 %', undefined], ['9,48 %', undefined]]);
    expect(alignAcrossPages(pages)).toEqual(new Set([1]));
    expect(placed(pages[1]!)).toEqual([['37,00 %', 290], ['9,48 %', 290]]);
  });

  it('places a figure cut down its cell, and its pieces, where the page before placed figures ending with it by their header', () => {
    // (the Ministerio's goals on Legal portrait, serif, figures right-aligned (otras3): page 8 holds
    // the header «%» / «CUMPLIMIENTO» at x 385.4 and goal 1.1's «100,» / «00» / «%» ending at 410.4;
    // page 9 starts with goal 1.2's «400,» / «00» / «%», no header: its pieces followed «400,» at 388.1,
    // and the rows of one table read in two columns)
    const above = [
      line(100, cell('NO.', 130, 140), cell('%', 385.4, 392), cell('DESCRIPCIÓN', 419, 480)),
      line(112, cell('CUMPLIMIENTO', 385.4, 415), cell('DE LA GESTIÓN', 419, 482)),
      line(124, cell('3', 131.7, 138), cell('100,', 388.1, 410.4), cell('MANUAL DEL', 419.1, 470)),
      line(136, cell('00', 397.7, 410.4), cell('ACTUACIÓN', 419.1, 465)),
      line(148, cell('%', 400.9, 410.4), cell('INTERINSTITUCIONAL', 419.1, 510)),
    ];
    const next = [
      line(44, cell('3', 131.7, 138), cell('400,', 388.1, 410.4), cell('PROYECTO', 419.1, 460)),
      line(56, cell('00', 397.7, 410.4), cell('BÁSICO', 419.1, 450)),
      line(68, cell('%', 400.9, 410.4), cell('RENOVACIÓN', 419.1, 470)),
    ];
    const pages = [above, next];
    pages.forEach(alignFigures);
    // (the pieces «%» too: figures and marks, not the header's «%», a text cell of its own line)
    const placed = (lines: PageLine[]) => lines.slice(lines === above ? 2 : 0).flatMap((l) => l.cells.filter((c) => /^[\d,%]+$/.test(c.text)).map((c) => [c.text, c.at]));
    expect(placed(pages[0]!)).toEqual([['3', undefined], ['100,', 385.4], ['00', 385.4], ['%', 385.4]]);
    expect(placed(pages[1]!)).toEqual([['3', undefined], ['400,', undefined], ['00', 388.1], ['%', 388.1]]);
    expect(alignAcrossPages(pages)).toEqual(new Set([1]));
    expect(placed(pages[1]!)).toEqual([['3', undefined], ['400,', 385.4], ['00', 385.4], ['%', 385.4]]);
  });

  it('not from a page further away, nor a piece of a cut figure, nor past a text between', () => {
    const far = [header(), [line(100, cell('Nota', 10, 40))], rows()];
    far.forEach(alignFigures);
    expect(alignAcrossPages(far)).toEqual(new Set());
    // («107,0» / «6 %»: a figure cut down its cell keeps its pieces together)
    const cut = [header(), [line(100, cell('TOTAL', 10, 40), cell('107,0', 305, 330)), line(112, cell('6 %', 315, 330))]];
    cut.forEach(alignFigures);
    expect(alignAcrossPages(cut)).toEqual(new Set());
    // (a text starting between the column start, 250 on the page before, and the figure: another column)
    const between = [header(250), [line(100, cell('PROGRAMA', 10, 55), cell('Otro', 270, 285), cell('37,00 %', 295, 330))]];
    between.forEach(alignFigures);
    expect(alignAcrossPages(between)).toEqual(new Set());
  });
});
