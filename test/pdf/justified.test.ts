/**
 * Justified table cells (src/ingest/pdf/justified.ts): a stretched line of a cell stays one cell
 * among the other cells of its row; table rows whose gaps happen to be equal stay cells. The items
 * are positioned by hand with the values PDF.js gives for the printed layouts (x, end, baseline in
 * points), read with a throwaway script printing each page's items.
 */
import { describe, expect, it } from 'vitest';
import { gapsFromSpans, stretchedSpans } from '../../src/ingest/pdf/justified.ts';
import { layoutPages, type PositionedItem } from '../../src/ingest/pdf/lines.ts';

/** An item from its left edge to its right edge (`end`), in an 8 pt (or `size`) font. */
function item(str: string, x: number, end: number, y: number, run: number, size = 8): PositionedItem {
  return { str, x, y, width: end - x, size, run };
}

/** The cells of each non-blank line of the layout text (runs of two or more spaces part cells). */
function cellsOf(items: PositionedItem[], width = 612): string[][] {
  return layoutPages([{ width, height: 792, items }]).text.split('\n').filter((l) => l.trim()).map((l) => l.trim().split(/ {2,}/));
}

/**
 * letter-portrait-8pt-justified, CNE report, page 1, unit 1's first row (y 206.2 to 235.5): its
 * stretched lines show justified cells (first test).
 */
const CNE_UNIT_1 = [
  item('Coordinación', 53.51, 105.84, 206.2, 23), item('Nacional', 134.72, 169.29, 206.2, 24),
  item('Incrementar la calidad de la gestión', 177.28, 332.08, 206.2, 27),
  item('Porcentaje', 340.08, 382.16, 206.2, 34), item('de', 391.57, 401.57, 206.2, 34),
  item('ejecución', 410.98, 449.06, 206.2, 34), item('presupuestaria', 458.48, 518.46, 206.2, 34),
  item('70,36', 526.46, 549.35, 206.2, 36),
  item('Administrativa', 53.51, 111.66, 216.0, 25), item('Financiera', 117.62, 158.60, 216.0, 25), item('y', 164.55, 169.29, 216.0, 25),
  item('administrativa, financiera y de talento', 177.28, 332.08, 216.0, 28),
  item('institucional', 340.08, 388.77, 216.0, 35), item('%', 526.46, 534.06, 216.0, 37),
  item('Talento Humano', 53.51, 118.45, 225.7, 26),
  item('humano', 177.28, 210.05, 225.7, 29), item('del', 224.56, 236.77, 225.7, 30),
  item('Consejo', 251.28, 283.01, 225.7, 31), item('Nacional', 297.52, 332.08, 225.7, 32),
  item('Electoral.', 177.28, 214.83, 235.5, 33),
];

describe('justified table cells', () => {
  it('keeps the words of a stretched cell line one cell, however wide its gaps (CNE matrix, Letter 8 pt, justify)', () => {
    // letter-portrait-8pt-justified, CNE report, page 1. The unit column runs from x 53.51 to
    // 169.29, the objective column from 177.28 to 332.08, the indicator column from 340.08 to
    // 518.46 (cells 8 pt apart). «Coordinación» / «Nacional» are stretched 28.9 pt apart (3.6 font
    // sizes); «Porcentaje de ejecución presupuestaria» 9.4 pt apart, more than the 8 pt between cells.
    const items = [
      ...CNE_UNIT_1,
      item('1', 37.75, 42.83, 247.5, 38), item('Porcentaje de cumplimiento del PAC ( E )', 340.08, 503.42, 247.5, 39), item('N/A', 526.46, 540.61, 247.5, 40),
      item('Porcentaje del personal que recibe cursos', 340.08, 518.46, 258.7, 41), item('N/A', 526.46, 540.61, 258.7, 43),
    ];
    expect(cellsOf(items)).toEqual([
      ['Coordinación Nacional', 'Incrementar la calidad de la gestión', 'Porcentaje de ejecución presupuestaria', '70,36'],
      ['Administrativa Financiera y', 'administrativa, financiera y de talento', 'institucional', '%'],
      ['Talento Humano', 'humano del Consejo Nacional'],
      ['Electoral.'],
      ['1', 'Porcentaje de cumplimiento del PAC ( E )', 'N/A'],
      ['Porcentaje del personal que recibe cursos', 'N/A'],
    ]);
  });

  it('keeps a cell of two-word stretched lines one cell when two other rows stretch words over the same edges', () => {
    // letter-portrait-8pt-justified, CNE report, page 3: the unit cell «Dirección Nacional de
    // Infraestructura Tecnológica y Comunicaciones Electorales» in a column from x 50.82 to 132.43,
    // three lines of two words each stretched to both edges (their last words start at 97.87,
    // 72.67 and 127.69); no line of the column shows the edges alone. Beside it, the indicator cell
    // (x 403.08 to 536.25), whose second line PDF.js read as one text.
    const items = [
      item('8', 37.75, 42.83, 177.0, 34), item('Dirección', 50.82, 88.19, 177.0, 34), item('Nacional', 97.87, 132.43, 177.0, 34),
      item('(O.O)', 403.08, 424.11, 177.0, 40), item('Porcentaje', 454.14, 496.23, 177.0, 41), item('de', 526.26, 536.25, 177.0, 42),
      item('10', 544.24, 554.41, 177.0, 50),
      item('de', 50.82, 60.82, 186.7, 35), item('Infraestructura', 72.67, 132.43, 186.7, 35),
      item('cumplimiento de los procesos de', 403.08, 536.24, 186.7, 43), item('0,0', 544.24, 556.95, 186.7, 51),
      item('Tecnológica', 50.82, 97.31, 196.5, 36), item('y', 127.69, 132.43, 196.5, 37),
      item('la', 403.08, 410.20, 196.5, 44), item('Dirección', 424.90, 462.27, 196.5, 45), item('Nacional', 476.98, 511.54, 196.5, 46),
      item('de', 526.25, 536.24, 196.5, 47), item('0%', 544.24, 556.92, 196.5, 52),
      item('Comunicaciones', 50.82, 116.37, 206.2, 38),
      item('Infraestructura', 403.08, 462.84, 206.2, 48), item('Tecnológica', 473.94, 520.42, 206.2, 48), item('y', 531.52, 536.25, 206.2, 48),
      item('Electorales', 50.82, 94.92, 216.0, 39), item('Comunicaciones Electorales', 403.08, 515.26, 216.0, 49),
    ];
    expect(cellsOf(items)).toEqual([
      ['8', 'Dirección Nacional', '(O.O) Porcentaje de', '10'],
      ['de Infraestructura', 'cumplimiento de los procesos de', '0,0'],
      ['Tecnológica y', 'la Dirección Nacional de', '0%'],
      ['Comunicaciones', 'Infraestructura Tecnológica y'],
      ['Electorales', 'Comunicaciones Electorales'],
    ]);
  });

  it('keeps apart the cells of a header whose columns are as wide as their texts (equal gaps, no other row spanning them)', () => {
    // wide-ruled, Ministerio del Interior, page 1: the media table's header, each column as wide as
    // its header text, so every gap between cells is 8.74 pt; its data rows below.
    const header = [
      ['MEDIOS DE VERIFICACIÓN', 38.50, 143.10], ['No. DE MEDIOS', 151.84, 213.22],
      ['PORCENTAJE DEL PPTO. DEL PAUTAJE QUE SE DESTINO A MEDIOS LOCALES Y REGIONALES', 221.96, 582.38],
      ['PORCENTAJE DEL PPTO. DEL PAUTAJE QUE SE DESTINO A MEDIOS NACIONALES', 591.13, 905.59],
      ['PORCENTAJE DEL PPTO. DEL PAUTAJE QUE SE DESTINO A MEDIOS INTERNACIONALES', 914.33, 1252.61],
      ['LINK AL MEDIO DE VERIFICACIÓN PUBLICADO EN LA PÁG. WEB DE LA INSTITUCIÓN', 1261.36, 1591.53],
      ['NOMBRE DE LA RADIO', 1600.28, 1689.96], ['MONTO', 1698.70, 1729.04], ['MINUTOS', 1737.79, 1775.11],
    ] as const;
    const row = (label: string, end: number, y: number, run: number) => [
      item(label, 38.50, end, y, run), item('0', 151.84, 156.93, y, run + 1), item('0,00 %', 221.96, 249.90, y, run + 2),
      item('0,00 %', 591.13, 619.06, y, run + 3), item('0,00 %', 914.33, 942.26, y, run + 4), item('NO APLICA', 1261.36, 1304.32, y, run + 5),
    ];
    const items = [...header.map(([s, x, end]) => item(s, x, end, 1324.5, 244)), ...row('Radio', 60.96, 1337.2, 245), ...row('Medios digitales', 103.12, 1374.7, 263)];
    const lines = cellsOf(items, 1800);
    expect(lines[0]).toEqual(header.map(([s]) => s));
    expect(lines[1]).toEqual(['Radio', '0', '0,00 %', '0,00 %', '0,00 %', 'NO APLICA']);
  });

  it('keeps apart figures in columns of equal width, though their gaps are equal (budget sheet)', () => {
    // portoparques-2025-cedula-presupuestaria.pdf, page 2 (7 pt): «0.00  100.00  100.00» of the
    // TELECOMUNICACIONES row 14.4 and 14.3 pt apart; the AGUA POTABLE row (printed further down,
    // placed here on the line after) has «0.00  5,957.61  5,957.61» from the same left edge to the
    // same right edge at equal gaps (8.5 and 8.4 pt).
    const items = [
      item('TELECOMUNICACIONES', 336.89, 419.11, 212.6, 77, 7), item('0.00', 547.87, 561.46, 212.6, 80, 7),
      item('100.00', 575.83, 597.10, 212.6, 80, 7), item('100.00', 611.35, 632.62, 212.6, 80, 7), item('100.00', 640.87, 662.14, 212.6, 80, 7),
      item('AGUA POTABLE', 365.21, 419.12, 222.6, 106, 7), item('0.00', 547.87, 561.46, 222.6, 109, 7),
      item('5,957.61', 569.95, 597.09, 222.6, 109, 7), item('5,957.61', 605.47, 632.61, 222.6, 109, 7), item('5,356.40', 634.99, 662.13, 222.6, 109, 7),
    ];
    expect(cellsOf(items, 842)[0]).toEqual(['TELECOMUNICACIONES', '0.00', '100.00', '100.00', '100.00']);
  });

  it('takes no edges from a text PDF.js joined over two cells (CNE matrix, Letter 8 pt, no cell padding)', () => {
    // letter-portrait-sans-8pt-tight, CNE report, page 5: rows of an indicator (from x 35.74) and
    // its goal (from 526.61, «N/A» ending at 539.93), 2 pt apart. On one row the gap before «N/A» is
    // under 0.6 em, and PDF.js gives «… así como el N/A» as one text from 35.74 to 539.93: the span
    // of a cell line, but two cells. A row of a text and «N/A» is no stretched line over it. (That
    // text is at y 591.75 on the page, ten rows further down the same table; here it follows.)
    const items = [
      item('Porcentaje de gestión de solicitudes de inscripción en el registro permanente de organizaciones políticas', 35.74, 406.71, 483.75, 94),
      item('N/A', 526.61, 539.93, 483.75, 95),
      item('Porcentaje de ejecución de mecanismos de democracia interna de organizaciones políticas nacionales', 35.74, 399.6, 492.75, 96),
      item('N/A', 526.61, 539.93, 492.75, 97),
      item('Porcentaje de ejecución presupuestaria', 35.74, 176.14, 501.75, 98), item('3,56%', 526.61, 549.27, 501.75, 99),
      item('electoral MEDIANTE la emisión de propuestas de reformas al Reglamento de Promoción Electoral su difusión y canacitación: así como el N/A', 35.74, 539.93, 510.75, 118),
    ];
    expect(cellsOf(items).slice(0, 3)).toEqual([
      ['Porcentaje de gestión de solicitudes de inscripción en el registro permanente de organizaciones políticas', 'N/A'],
      ['Porcentaje de ejecución de mecanismos de democracia interna de organizaciones políticas nacionales', 'N/A'],
      ['Porcentaje de ejecución presupuestaria', '3,56%'],
    ]);
  });

  it('keeps one cell a stretched line no other row spans alike, ending a cell gap before the next column (Ministerio, Letter 8 pt, justify)', () => {
    // letter-portrait-8pt-justified, Ministerio report, page 11: the budget table's first four rows
    // (y 42.0 to 235.5) and the procurement table's header and first rows (y 390.0 to 475.5). Its
    // type column (x 37.75) prints «PROGRAMA Y/O PROYECTO» cut as «PROGRAM» / «A   Y/O» / «PROYECT»
    // / «O», «Y/O» stretched to the column's right edge (80.20), 8 pt before the next column
    // (88.20): the cell gap after every line that fills its column. The same line on every row, so
    // no two rows show that span with different last words. The procurement header's «Número
    // Total» / «Adjudicados» and «TIPO   DE» / «CONTRATACIÓN» are stretched the same way, 8 pt before
    // the next column, on lines no other row repeats.
    const items = [
      item('PROGRAM', 37.75, 78.20, 42.0, 1), item('Egresos', 88.20, 119.56, 42.0, 6), item('en', 142.08, 152.07, 42.0, 7), item('\\$234.501,', 160.07, 203.44, 42.0, 10), item('\\$196.648', 212.52, 253.35, 42.0, 12), item('83,86 %', 262.28, 295.29, 42.0, 14), item('http://repositorio.ministeriodelinterior.gob.ec/owncloud/index.', 323.25, 570.68, 42.0, 15),
      item('A', 37.75, 43.22, 51.7, 2), item('Y/O', 66.33, 80.20, 51.7, 3), item('personal', 88.20, 122.71, 51.7, 8), item('para', 133.91, 152.06, 51.7, 8), item('52', 160.07, 170.24, 51.7, 11), item(',23', 212.52, 225.23, 51.7, 13), item('php/s/cxyZbpd0lSn8wQP', 323.25, 422.74, 51.7, 16),
      item('PROYECT', 37.75, 74.37, 61.5, 4), item('inversión', 88.20, 124.76, 61.5, 9), item('https://repositorio.ministeriodelinterior.gob.ec/owncloud/index', 323.25, 572.30, 61.5, 17),
      item('O', 37.75, 44.04, 71.2, 5), item('.php/s/Gsie8EIF13deZHK', 323.25, 422.02, 71.2, 18),
      item('PROGRAM', 37.75, 78.20, 83.2, 19), item('Bienes', 88.20, 114.96, 83.2, 24), item('y', 147.34, 152.07, 83.2, 25), item('\\$32.029.5', 160.07, 203.44, 83.2, 28), item('\\$3.035.2', 212.52, 250.80, 83.2, 30), item('9,48 %', 262.28, 290.21, 83.2, 32), item('http://repositorio.ministeriodelinterior.gob.ec/owncloud/index.', 323.25, 570.68, 83.2, 33),
      item('A', 37.75, 43.22, 93.0, 20), item('Y/O', 66.33, 80.20, 93.0, 21), item('servicios', 88.20, 123.18, 93.0, 26), item('para', 133.91, 152.07, 93.0, 26), item('86,58', 160.07, 182.95, 93.0, 29), item('81,00', 212.52, 235.40, 93.0, 31), item('php/s/cxyZbpd0lSn8wQP', 323.25, 422.74, 93.0, 34),
      item('PROYECT', 37.75, 74.37, 102.7, 22), item('inversión', 88.20, 124.76, 102.7, 27), item('https://repositorio.ministeriodelinterior.gob.ec/owncloud/index', 323.25, 572.30, 102.7, 35),
      item('O', 37.75, 44.04, 112.5, 23), item('.php/s/Gsie8EIF13deZHK', 323.25, 422.02, 112.5, 36),
      item('PROGRAM', 37.75, 78.20, 124.5, 37), item('Otros', 88.20, 109.78, 124.5, 42), item('egresos', 120.83, 152.07, 124.5, 42), item('\\$312.915,', 160.07, 203.44, 124.5, 44), item('\\$0,00', 212.52, 238.09, 124.5, 46), item('0,00 %', 262.28, 290.21, 124.5, 47), item('http://repositorio.ministeriodelinterior.gob.ec/owncloud/index.', 323.25, 570.68, 124.5, 48),
      item('A', 37.75, 43.22, 134.2, 38), item('Y/O', 66.33, 80.20, 134.2, 39), item('de inversión', 88.20, 137.29, 134.2, 43), item('17', 160.07, 170.24, 134.2, 45), item('php/s/cxyZbpd0lSn8wQP', 323.25, 422.74, 134.2, 49),
      item('PROYECT', 37.75, 74.37, 144.0, 40), item('https://repositorio.ministeriodelinterior.gob.ec/owncloud/index', 323.25, 572.30, 144.0, 50),
      item('O', 37.75, 44.04, 153.7, 41), item('.php/s/Gsie8EIF13deZHK', 323.25, 422.02, 153.7, 51),
      item('PROGRAM', 37.75, 78.20, 165.0, 52), item('Egresos', 88.20, 119.56, 165.0, 57), item('de', 142.08, 152.08, 165.0, 58), item('\\$22.821.5', 160.07, 203.44, 165.0, 60), item('\\$8.443.7', 212.52, 250.80, 165.0, 62), item('37,00 %', 262.28, 295.29, 165.0, 64), item('http://repositorio.ministeriodelinterior.gob.ec/owncloud/index.', 323.25, 570.68, 165.0, 65),
      item('A', 37.75, 43.22, 174.7, 53), item('Y/O', 66.33, 80.20, 174.7, 54), item('capital', 88.20, 115.03, 174.7, 59), item('56,73', 160.07, 182.95, 174.7, 61), item('78,70', 212.52, 235.40, 174.7, 63), item('php/s/cxyZbpd0lSn8wQP', 323.25, 422.74, 174.7, 66),
      item('PROYECT', 37.75, 74.37, 184.5, 55), item('https://repositorio.ministeriodelinterior.gob.ec/owncloud/index', 323.25, 572.30, 184.5, 67),
      item('O', 37.75, 44.04, 194.2, 56), item('.php/s/Gsie8EIF13deZHK', 323.25, 422.02, 194.2, 68),
      item('PROGRAM', 37.75, 78.20, 206.2, 69), item('Otros Pasivos', 88.20, 141.85, 206.2, 74), item('\\$17.990,5', 160.07, 203.44, 206.2, 75), item('\\$17.990,', 212.52, 250.80, 206.2, 77), item('100,00 %', 262.28, 300.38, 206.2, 79), item('http://repositorio.ministeriodelinterior.gob.ec/owncloud/index.', 323.25, 570.68, 206.2, 80),
      item('A', 37.75, 43.22, 216.0, 70), item('Y/O', 66.33, 80.20, 216.0, 71), item('5', 160.07, 165.15, 216.0, 76), item('55', 212.52, 222.69, 216.0, 78), item('php/s/cxyZbpd0lSn8wQP', 323.25, 422.74, 216.0, 81),
      item('PROYECT', 37.75, 74.37, 225.7, 72), item('https://repositorio.ministeriodelinterior.gob.ec/owncloud/index', 323.25, 572.30, 225.7, 82),
      item('O', 37.75, 44.04, 235.5, 73), item('.php/s/Gsie8EIF13deZHK', 323.25, 422.02, 235.5, 83),
      item('TIPO', 37.75, 56.10, 390.0, 125), item('DE', 89.75, 100.95, 390.0, 126), item('ESTADO', 108.95, 141.25, 390.0, 128), item('LINK AL MEDIO DE VERIFICACIÓN PUBLICADO EN', 376.90, 574.25, 390.0, 130),
      item('CONTRATACIÓN', 37.75, 100.35, 399.7, 127), item('ACTUAL', 108.95, 140.51, 399.7, 129), item('LA PÁG. WEB DE LA INSTITUCIÓN', 376.90, 509.40, 399.7, 131),
      item('Número', 108.95, 140.70, 411.0, 132), item('Total', 154.56, 173.22, 411.0, 133), item('Valor', 181.22, 201.36, 411.0, 135), item('Total', 218.98, 237.65, 411.0, 136), item('Número', 245.65, 277.40, 411.0, 138), item('Total', 288.57, 307.24, 411.0, 138), item('Valor', 315.23, 335.38, 411.0, 140), item('Total', 350.23, 368.90, 411.0, 141),
      item('Adjudicados', 108.95, 157.35, 420.7, 134), item('Adjudicados', 181.22, 229.62, 420.7, 137), item('Finalizados', 245.65, 289.51, 420.7, 139), item('Finalizados', 315.23, 359.10, 420.7, 142),
      item('CATÁLOGO', 37.75, 80.85, 432.7, 143), item('7', 108.95, 114.04, 432.7, 145), item('\\$15.666.193,', 181.22, 237.30, 432.7, 146), item('1', 245.65, 250.74, 432.7, 148), item('\\$14.794,25', 315.23, 363.69, 432.7, 149), item('http://www.ministeriodelinterior.gob.ec/transpare', 376.90, 573.86, 432.7, 150),
      item('ELECTRÓNICO', 37.75, 94.81, 442.5, 144), item('21', 181.22, 191.39, 442.5, 147), item('ncia/', 376.90, 396.17, 442.5, 151),
      item('CONSULTORÍA', 37.75, 94.42, 454.5, 152), item('1', 108.95, 114.04, 454.5, 153), item('\\$22.321,43', 181.22, 229.67, 454.5, 154), item('0', 245.65, 250.74, 454.5, 155), item('\\$0,00', 315.23, 340.81, 454.5, 156), item('http://www.ministeriodelinterior.gob.ec/transpare', 376.90, 573.86, 454.5, 157),
      item('ncia/', 376.90, 396.17, 464.2, 158),
      item('COTIZACIÓN', 37.75, 87.87, 475.5, 159), item('4', 108.95, 114.04, 475.5, 160), item('\\$573.425,14', 181.22, 234.76, 475.5, 161), item('0', 245.65, 250.74, 475.5, 161), item('\\$0,00', 315.23, 340.81, 475.5, 162), item('http://www.ministeriodelinterior.gob.ec/transpare', 376.90, 573.86, 475.5, 163),
    ];
    const lines = cellsOf(items);
    expect(lines[1]).toEqual(['A Y/O', 'personal para', '52', ',23', 'php/s/cxyZbpd0lSn8wQP']);
    expect(lines[17]).toEqual(['A Y/O', '5', '55', 'php/s/cxyZbpd0lSn8wQP']);
    expect(lines.find((l) => l[0]!.startsWith('TIPO'))).toEqual(['TIPO DE', 'ESTADO', 'LINK AL MEDIO DE VERIFICACIÓN PUBLICADO EN']);
    expect(lines.find((l) => l[0]!.startsWith('Número'))).toEqual(['Número Total', 'Valor Total', 'Número Total', 'Valor Total']);
    // (the data rows keep their cells)
    expect(lines.find((l) => l[0] === 'CONSULTORÍA')).toEqual(['CONSULTORÍA', '1', '\\$22.321,43', '0', '\\$0,00', 'http://www.ministeriodelinterior.gob.ec/transpare']);
  });

  it('keeps one cell a stretched header line whose first word starts only where the cell\'s next line does (Ministerio, Letter 8 pt, justify)', () => {
    // letter-portrait-8pt-justified, Ministerio report, page 7, y 255.0 to 737.2: three tables of
    // justified lines and the header of the goals table, whose «INDICADOR   DE   LA» / «META» (x
    // 232.50) is stretched to 325.56, 8 pt before the next column (333.55), the cell gap of the
    // page's other tables. No data row of that block starts at 232.50: only the cell's next line.
    // Its last column's «DESCRIPCIÓN   DE   LA   GESTIÓN   POR» ends at the page's right edge (574.25).
    const items = [
      item('MEDIO', 37.75, 64.50, 255.0, 64), item('No.', 77.48, 90.75, 255.0, 69), item('PORCENTAJE DEL PPTO.', 106.23, 203.56, 255.0, 73), item('PORCENTAJE', 211.56, 261.57, 255.0, 81), item('DEL', 281.55, 297.20, 255.0, 82), item('PORCENTAJE', 305.20, 355.21, 255.0, 87), item('DEL', 381.25, 396.91, 255.0, 88), item('LINK', 404.91, 422.94, 255.0, 93), item('AL', 430.93, 440.85, 255.0, 93), item('MEDIO', 448.83, 475.58, 255.0, 93), item('DE', 483.57, 494.78, 255.0, 93), item('NOMB', 502.77, 527.42, 255.0, 98), item('M', 538.71, 545.61, 255.0, 102), item('MI', 559.56, 568.81, 255.0, 105),
      item('S', 37.75, 42.82, 264.7, 65), item('DE', 58.29, 69.49, 264.7, 66), item('DE', 77.48, 88.69, 264.7, 70), item('DEL', 106.23, 121.89, 264.7, 74), item('PAUTAJE', 129.09, 161.85, 264.7, 74), item('QUE', 169.05, 186.24, 264.7, 74), item('SE', 193.44, 203.56, 264.7, 74), item('PPTO.', 211.56, 234.59, 264.7, 83), item('DEL', 241.69, 257.34, 264.7, 83), item('PAUTAJE', 264.44, 297.20, 264.7, 83), item('PPTO.', 305.20, 328.23, 264.7, 89), item('DEL', 338.36, 354.02, 264.7, 89), item('PAUTAJE', 364.14, 396.91, 264.7, 89), item('VERIFICACIÓN', 404.91, 461.40, 264.7, 94), item('RE', 502.77, 513.37, 264.7, 99), item('DE', 519.51, 530.72, 264.7, 99), item('ON', 538.71, 550.98, 264.7, 103), item('NU', 559.56, 571.39, 264.7, 106),
      item('VERIFIC', 37.75, 68.71, 274.5, 67), item('MEDI', 77.48, 97.94, 274.5, 71), item('DESTINO', 106.23, 142.02, 274.5, 75), item('A', 154.14, 159.61, 274.5, 76), item('MEDIOS', 171.74, 203.56, 274.5, 77), item('QUE', 211.56, 228.75, 274.5, 84), item('SE', 234.44, 244.57, 274.5, 84), item('DESTINO', 250.26, 286.04, 274.5, 84), item('A', 291.74, 297.20, 274.5, 84), item('QUE', 305.20, 322.40, 274.5, 90), item('SE', 330.11, 340.23, 274.5, 90), item('DESTINO', 347.94, 383.73, 274.5, 90), item('A', 391.44, 396.91, 274.5, 90), item('PUBLICADO', 404.91, 451.36, 274.5, 95), item('EN', 462.50, 473.53, 274.5, 95), item('LA', 484.67, 494.78, 274.5, 95), item('LA', 502.77, 512.87, 274.5, 100), item('TO', 538.71, 549.89, 274.5, 104), item('TO', 559.56, 570.73, 274.5, 107),
      item('ACIÓN', 37.75, 63.28, 284.2, 68), item('OS', 77.48, 88.85, 284.2, 72), item('LOCALES', 106.23, 142.31, 284.2, 78), item('Y', 198.68, 203.56, 284.2, 79), item('MEDIOS', 211.56, 243.38, 284.2, 85), item('MEDIOS', 305.20, 337.03, 284.2, 91), item('PÁG.', 404.91, 423.28, 284.2, 96), item('WEB', 433.86, 452.30, 284.2, 96), item('DE', 462.88, 474.08, 284.2, 96), item('LA', 484.66, 494.77, 284.2, 96), item('RADIO', 502.77, 528.27, 284.2, 101), item('S', 559.56, 564.63, 284.2, 108),
      item('REGIONALES', 106.23, 157.70, 294.0, 80), item('NACIONALES', 211.56, 263.12, 294.0, 86), item('INTERNACIONALES', 305.20, 380.58, 294.0, 92), item('INSTITUCIÓN', 404.91, 456.49, 294.0, 97),
      item('Radio', 37.75, 60.21, 306.0, 109), item('0', 77.48, 82.57, 306.0, 110), item('0,00 %', 106.23, 134.16, 306.0, 111), item('0,00 %', 211.56, 239.49, 306.0, 112), item('0,00 %', 305.20, 333.14, 306.0, 113), item('NO APLICA', 404.91, 447.86, 306.0, 114),
      item('Prensa', 37.75, 64.58, 317.2, 115), item('0', 77.48, 82.57, 317.2, 116), item('0,00 %', 106.23, 134.16, 317.2, 117), item('0,00 %', 211.56, 239.49, 317.2, 118), item('0,00 %', 305.20, 333.14, 317.2, 119), item('NO APLICA', 404.91, 447.86, 317.2, 120),
      item('Televisi', 37.75, 66.66, 329.2, 121), item('0', 77.48, 82.57, 329.2, 123), item('0,00 %', 106.23, 134.16, 329.2, 124), item('0,00 %', 211.56, 239.49, 329.2, 125), item('0,00 %', 305.20, 333.14, 329.2, 126), item('NO APLICA', 404.91, 447.86, 329.2, 127),
      item('ón', 37.75, 47.70, 339.0, 122),
      item('Medios', 37.75, 65.91, 351.0, 128), item('0', 77.48, 82.57, 351.0, 131), item('0,00 %', 106.23, 134.16, 351.0, 132), item('0,00 %', 211.56, 239.49, 351.0, 133), item('0,00 %', 305.20, 333.14, 351.0, 134), item('NO APLICA', 404.91, 447.86, 351.0, 135),
      item('digitale', 37.75, 67.50, 360.7, 129),
      item('s', 37.75, 41.91, 370.5, 130),
      item('MECANISMOS ADOPTADOS', 37.75, 144.93, 411.0, 137), item('PONGA', 303.12, 331.87, 411.0, 138), item('SI', 338.86, 346.29, 411.0, 138), item('LINK AL MEDIO DE VERIFICACIÓN PUBLICADO EN LA', 354.29, 574.25, 411.0, 140),
      item('O NO', 303.12, 324.22, 420.7, 139), item('PÁG. WEB DE LA INSTITUCIÓN', 354.29, 474.15, 420.7, 141),
      item('PUBLICACIÓN', 37.75, 91.82, 432.7, 142), item('EN', 101.11, 112.14, 432.7, 142), item('LA', 121.42, 131.52, 432.7, 142), item('PÁG.', 140.81, 159.17, 432.7, 142), item('WEB', 168.46, 186.89, 432.7, 142), item('DE', 196.18, 207.38, 432.7, 142), item('LOS', 216.66, 232.20, 432.7, 142), item('CONTENIDOS', 241.48, 295.12, 432.7, 142), item('SI', 303.12, 310.55, 432.7, 144), item('http://www.ministeriodelinterior.gob.ec/transparencia/', 354.29, 570.53, 432.7, 145),
      item('ESTABLECIDOS EN EL ART. 19 DE LA LOTAIP', 37.75, 212.11, 442.5, 143),
      item('PUBLICACIÓN', 37.75, 91.82, 454.5, 146), item('EN', 101.11, 112.14, 454.5, 146), item('LA', 121.42, 131.52, 454.5, 146), item('PÁG.', 140.81, 159.17, 454.5, 146), item('WEB', 168.46, 186.89, 454.5, 146), item('DE', 196.18, 207.38, 454.5, 146), item('LOS', 216.66, 232.20, 454.5, 146), item('CONTENIDOS', 241.48, 295.12, 454.5, 146), item('SI', 303.12, 310.55, 454.5, 148), item('http://www.ministeriodelinterior.gob.ec/transparencia/', 354.29, 570.53, 454.5, 149),
      item('ESTABLECIDOS EN EL ART. 29 DE LA LOTAIP', 37.75, 212.11, 464.2, 147),
      item('LA', 37.75, 47.85, 504.7, 151), item('INSTITUCIÓN', 61.89, 113.48, 504.7, 152), item('TIENE', 127.52, 150.84, 504.7, 153), item('ARTICULADO', 164.88, 216.54, 504.7, 154), item('EL', 230.57, 240.08, 504.7, 155), item('PLAN', 254.12, 275.02, 504.7, 156), item('PONGA', 283.02, 311.77, 504.7, 158), item('SI', 321.12, 328.55, 504.7, 158), item('LINK AL MEDIO DE VERIFICACIÓN PUBLICADO EN LA PÁG.', 336.55, 574.25, 504.7, 160),
      item('ESTRATÉGICO INSTITUCIONAL', 37.75, 157.23, 514.5, 157), item('O NO', 283.02, 304.12, 514.5, 159), item('WEB DE LA INSTITUCIÓN', 336.55, 435.50, 514.5, 161),
      item('LA INSTITUCIÓN TIENE ARTICULADAS SUS POA AL PLAN', 37.75, 275.03, 526.5, 162), item('SI', 283.02, 290.45, 526.5, 164), item('http://www.ministeriodelinterior.gob.ec/transparencia/', 336.55, 552.79, 526.5, 165),
      item('NACIONAL DE DESARROLLO', 37.75, 149.67, 536.2, 163),
      item('EL POA ESTÁ ARTICULADO AL PLAN ESTRATÉGICO', 37.75, 236.69, 548.2, 166), item('SI', 283.02, 290.45, 548.2, 167), item('http://repositorio.ministeriodelinterior.gob.ec/owncloud/ind', 336.55, 571.94, 548.2, 168),
      item('ex.php/s/zdw5TdsKcwBlp', 336.55, 437.32, 558.0, 169),
      item('OBJETIVOS', 37.75, 80.86, 598.5, 171), item('ME', 129.07, 141.02, 598.5, 175), item('INDICADOR', 232.50, 278.39, 598.5, 179), item('DE', 291.32, 302.53, 598.5, 180), item('LA', 315.45, 325.56, 598.5, 181), item('RES', 333.55, 349.23, 598.5, 183), item('%', 383.12, 390.72, 598.5, 187), item('DESCRIPCIÓN', 414.25, 469.04, 598.5, 195), item('DE', 476.89, 488.10, 598.5, 195), item('LA', 495.95, 506.05, 598.5, 195), item('GESTIÓN', 513.90, 549.73, 598.5, 195), item('POR', 557.58, 574.25, 598.5, 195),
      item('ESTRATEGICOS/COM', 37.75, 119.71, 608.2, 172), item('TA', 129.07, 138.80, 608.2, 176), item('META', 232.50, 254.18, 608.2, 182), item('ULT', 333.55, 347.64, 608.2, 184), item('CUM', 383.12, 401.45, 608.2, 188), item('META', 414.25, 435.92, 608.2, 196),
      item('PETENCIAS', 37.75, 82.01, 618.0, 173), item('PO', 129.07, 140.18, 618.0, 177), item('AD', 333.55, 345.17, 618.0, 185), item('PLIMI', 383.12, 404.00, 618.0, 189),
      item('EXCLUSIVAS', 37.75, 86.10, 627.7, 174), item('A', 129.07, 134.54, 627.7, 178), item('OS', 333.55, 344.92, 627.7, 186), item('ENTO', 383.12, 405.32, 627.7, 190),
      item('DE', 383.12, 394.33, 637.5, 191),
      item('LA', 383.12, 393.23, 647.2, 192),
      item('GEST', 383.12, 404.32, 657.0, 193),
      item('ION', 383.12, 397.75, 666.7, 194),
      item('NO', 129.07, 141.34, 678.7, 197), item('DESCRIPCIÓN', 149.46, 204.26, 678.7, 202), item('TOT', 333.55, 349.61, 678.7, 203), item('TOT', 358.76, 374.81, 678.7, 210),
      item('.', 129.07, 131.61, 688.5, 198), item('ALE', 333.55, 348.52, 688.5, 204), item('ALE', 358.76, 373.73, 688.5, 211),
      item('DE', 129.07, 140.28, 698.2, 199), item('S', 333.55, 338.63, 698.2, 205), item('S', 358.76, 363.83, 698.2, 212),
      item('ME', 129.07, 141.02, 708.0, 200), item('PLA', 333.55, 348.48, 708.0, 206), item('CU', 358.76, 370.19, 708.0, 213),
      item('TA', 129.07, 138.80, 717.7, 201), item('NIFI', 333.55, 348.84, 717.7, 207), item('MPL', 358.76, 374.93, 717.7, 214),
      item('CAD', 333.55, 350.75, 727.5, 208), item('IDO', 358.76, 373.56, 727.5, 215),
      item('OS', 333.55, 344.92, 737.2, 209), item('S', 358.76, 363.83, 737.2, 216),
    ];
    const lines = cellsOf(items);
    expect(lines.find((l) => l[0] === 'OBJETIVOS')).toEqual(['OBJETIVOS', 'ME', 'INDICADOR DE LA', 'RES', '%', 'DESCRIPCIÓN DE LA GESTIÓN POR']);
  });

  it('keeps one cell a stretched line of words and codes whose edges other lines of its column show (Ministerio, Letter 8 pt, justify)', () => {
    // letter-portrait-8pt-justified, Ministerio report, page 12, y 360.7 to 520.5: the
    // recommendations table. Its observations column runs from x 261.43 to 508.86 (the line «obras
    // ejecutadas por el Ministerio del Interior a través de los», one text, spans it), and the line
    // «contratos   CGAJ   2017-037   CGAJ   2017-051   CGAJ-2017-056» is stretched over it: as
    // many digits as letters, two words of letters alone.
    const items = [
      item('ENTID', 37.75, 62.17, 360.7, 95), item('Nº.', 74.65, 86.93, 360.7, 101), item('DE', 100.98, 112.19, 360.7, 102), item('Nº.', 120.19, 132.47, 360.7, 110), item('DE', 137.97, 149.18, 360.7, 110), item('INFORME', 154.67, 191.39, 360.7, 110), item('DE', 196.89, 208.10, 360.7, 110), item('%', 216.09, 223.69, 360.7, 112), item('DE', 242.24, 253.44, 360.7, 113), item('OBSERVACIONES', 261.43, 328.92, 360.7, 120), item('LINK', 516.86, 534.89, 360.7, 121), item('AL', 564.33, 574.25, 360.7, 122),
      item('AD', 37.75, 49.37, 370.5, 96), item('INFORME', 74.65, 111.37, 370.5, 103), item('CUMPLIMIENTO', 120.19, 181.60, 370.5, 111), item('CUMPLIM', 216.09, 252.95, 370.5, 114), item('MEDIO', 516.86, 543.60, 370.5, 123), item('DE', 563.04, 574.25, 370.5, 124),
      item('QUE', 37.75, 54.94, 380.2, 97), item('DE', 74.65, 85.85, 380.2, 104), item('LA', 102.08, 112.19, 380.2, 105), item('IENTO', 216.09, 240.65, 380.2, 115), item('VERIFICACIÓN', 516.86, 573.35, 380.2, 125),
      item('RECO', 37.75, 60.22, 390.0, 98), item('ENTIDAD', 74.65, 110.55, 390.0, 106), item('DE', 216.09, 227.30, 390.0, 116), item('LAS', 238.26, 253.44, 390.0, 116), item('PUBLICADO', 516.86, 563.31, 390.0, 126),
      item('MIEND', 37.75, 64.18, 399.7, 99), item('QUE', 74.65, 91.84, 399.7, 107), item('RECOME', 216.09, 250.51, 399.7, 117), item('EN', 516.86, 527.89, 399.7, 127), item('LA', 536.83, 546.93, 399.7, 127), item('PÁG.', 555.88, 574.25, 399.7, 127),
      item('A', 37.75, 43.22, 409.5, 100), item('RECOMIE', 74.65, 111.43, 409.5, 108), item('NDACIO', 216.09, 247.64, 409.5, 118), item('WEB', 516.86, 535.29, 409.5, 128), item('DE', 544.12, 555.32, 409.5, 128), item('LA', 564.15, 574.26, 409.5, 128),
      item('NDA', 74.65, 92.11, 419.2, 109), item('NES', 216.09, 232.20, 419.2, 119), item('INSTITUCIÓN', 516.86, 568.44, 419.2, 129),
      item('CONTR', 37.75, 66.03, 431.2, 130), item('DNAI-', 74.65, 97.49, 431.2, 137), item('Información', 120.19, 167.71, 431.2, 140), item('no', 198.14, 208.10, 431.2, 141), item('75,00 %', 216.09, 249.11, 431.2, 154), item('Examen', 261.43, 293.88, 431.2, 155), item('especial', 299.00, 331.80, 431.2, 155), item('a', 336.92, 341.82, 431.2, 155), item('la', 346.94, 354.06, 431.2, 155), item('ejecución,', 359.18, 399.80, 431.2, 155), item('liquidación', 404.92, 448.26, 431.2, 155), item('y', 453.38, 458.11, 431.2, 155), item('uso', 463.23, 477.35, 431.2, 155), item('de', 482.47, 492.46, 431.2, 155), item('las', 497.58, 508.86, 431.2, 155), item('http://www.co', 516.86, 572.04, 431.2, 162),
      item('ALORÍ', 37.75, 61.58, 441.0, 131), item('0074-', 74.65, 97.87, 441.0, 138), item('disponible', 120.19, 161.11, 441.0, 142), item('debido', 168.53, 195.77, 441.0, 142), item('a', 203.19, 208.09, 441.0, 142), item('obras ejecutadas por el Ministerio del Interior a través de los', 261.43, 508.86, 441.0, 156), item('ntraloria.gob.', 516.86, 570.87, 441.0, 163),
      item('A', 37.75, 43.22, 450.7, 132), item('2023', 74.65, 94.99, 450.7, 139), item('que', 120.19, 135.24, 450.7, 143), item('el', 140.07, 147.21, 450.7, 143), item('Ministerio', 152.04, 191.05, 450.7, 143), item('del', 195.88, 208.09, 450.7, 143), item('contratos', 261.43, 299.29, 450.7, 157), item('CGAJ', 305.84, 325.43, 450.7, 157), item('2017-037', 331.98, 370.46, 450.7, 157), item('CGAJ', 377.01, 396.61, 450.7, 157), item('2017-051', 403.15, 441.63, 450.7, 157), item('CGAJ-2017-056', 448.18, 508.86, 450.7, 157), item('ec/NoEncontr', 516.86, 570.61, 450.7, 164),
      item('GENER', 37.75, 65.57, 460.5, 133), item('Interior', 120.19, 149.34, 460.5, 144), item('aún', 166.67, 181.70, 460.5, 145), item('se', 199.02, 208.10, 460.5, 146), item('CAGJ', 261.43, 280.89, 460.5, 158), item('058', 287.73, 302.99, 460.5, 158), item('Y', 309.83, 314.71, 460.5, 158), item('CGAJ', 321.55, 341.15, 460.5, 158), item('2018-017,', 347.98, 389.00, 460.5, 158), item('y', 395.84, 400.57, 460.5, 158), item('sus', 407.41, 420.81, 460.5, 158), item('complementarios', 427.65, 497.29, 460.5, 158), item('y', 504.12, 508.86, 460.5, 158), item('ado', 516.86, 531.72, 460.5, 165),
      item('AL DEL', 37.75, 66.65, 470.2, 134), item('encuentra en proceso', 120.19, 208.10, 470.2, 147), item('fiscalizaciones ejecutadas en las provincias Guayas, Manabí y', 261.43, 508.87, 470.2, 159),
      item('ESTAD', 37.75, 63.75, 480.0, 135), item('de', 120.19, 130.18, 480.0, 148), item('escisión', 147.02, 179.05, 480.0, 149), item('del', 195.89, 208.10, 480.0, 150), item('Esmeraldas,', 261.43, 310.43, 480.0, 160), item('posterior', 320.94, 356.80, 480.0, 160), item('Ministerio', 367.31, 406.33, 480.0, 160), item('de', 416.84, 426.83, 480.0, 160), item('Gobierno', 437.34, 473.73, 480.0, 160), item('actual', 484.24, 508.85, 480.0, 160),
      item('O', 37.75, 44.04, 489.7, 136), item('Ministerio', 120.19, 159.20, 489.7, 151), item('de', 198.10, 208.10, 489.7, 152), item('Ministerio del Interior y entidades relacionadas.', 261.43, 451.99, 489.7, 161),
      item('Gobierno', 120.19, 156.58, 499.5, 153),
      item('CONTR', 37.75, 66.03, 510.7, 166), item('DNAI-', 74.65, 97.49, 510.7, 173), item('Información', 120.19, 167.71, 510.7, 176), item('no', 198.14, 208.10, 510.7, 177), item('75,00 %', 216.09, 249.11, 510.7, 190), item('Examen', 261.43, 293.88, 510.7, 191), item('especial', 300.57, 333.37, 510.7, 191), item('a', 340.06, 344.96, 510.7, 191), item('la', 351.64, 358.76, 510.7, 191), item('fase', 365.45, 382.24, 510.7, 191), item('preparatoria,', 388.92, 441.15, 510.7, 191), item('precontractual,', 447.83, 508.85, 510.7, 191), item('http://www.co', 516.86, 572.04, 510.7, 195),
      item('ALORÍ', 37.75, 61.58, 520.5, 167), item('0076-', 74.65, 97.87, 520.5, 174), item('disponible', 120.19, 161.11, 520.5, 178), item('debido', 168.53, 195.77, 520.5, 178), item('a', 203.19, 208.09, 520.5, 178), item('contractual,', 261.43, 309.35, 520.5, 192), item('ejecución,', 314.95, 355.57, 520.5, 192), item('liquidación', 361.17, 404.51, 520.5, 192), item('uso', 410.10, 424.22, 520.5, 192), item('y', 429.82, 434.55, 520.5, 192), item('consumo', 440.14, 476.40, 520.5, 192), item('de', 481.99, 491.99, 520.5, 192), item('los', 497.58, 508.85, 520.5, 192), item('ntraloria.gob.', 516.86, 570.87, 520.5, 196),
      item('A', 37.75, 43.22, 530.2, 168), item('2023', 74.65, 94.99, 530.2, 175), item('que', 120.19, 135.24, 530.2, 179), item('el', 140.07, 147.21, 530.2, 179), item('Ministerio', 152.04, 191.05, 530.2, 179), item('del', 195.88, 208.09, 530.2, 179), item('procesos', 261.43, 297.04, 530.2, 193), item('de', 303.13, 313.13, 530.2, 193), item('contratación,', 319.22, 372.03, 530.2, 193), item('MDG-RE-002-2020-MDG-RE-001-', 378.13, 508.86, 530.2, 193), item('ec/NoEncontr', 516.86, 570.61, 530.2, 197),
      item('GENER', 37.75, 65.57, 540.0, 169), item('Interior', 120.19, 149.34, 540.0, 180), item('aún', 166.67, 181.70, 540.0, 181), item('se', 199.02, 208.10, 540.0, 182), item('2020, MDG-PDSSDC-RE-001-2020', 261.43, 396.69, 540.0, 194), item('ado', 516.86, 531.72, 540.0, 198),
      item('AL DEL', 37.75, 66.65, 549.7, 170), item('encuentra en proceso', 120.19, 208.10, 549.7, 183),
      item('ESTAD', 37.75, 63.75, 559.5, 171), item('de', 120.19, 130.18, 559.5, 184), item('escisión', 147.02, 179.05, 559.5, 185), item('del', 195.89, 208.10, 559.5, 186),
      item('O', 37.75, 44.04, 569.2, 172), item('Ministerio', 120.19, 159.20, 569.2, 187), item('de', 198.10, 208.10, 569.2, 188),
      item('Gobierno', 120.19, 156.58, 579.0, 189),
    ];
    const line = cellsOf(items).find((l) => l.some((c) => c.includes('2017-037')));
    expect(line).toEqual(['A', '2023', 'que el Ministerio del', 'contratos CGAJ 2017-037 CGAJ 2017-051 CGAJ-2017-056', 'ec/NoEncontr']);
  });

  it('keeps one cell two stretched lines of a header cell ending in the same word at the same place (IESS, Letter 8 pt, justify)', () => {
    // letter-portrait-8pt-justified, IESS report, the recommendations table (y 548.2 to 711.7): the
    // header cell «NO. DE INFORME DE CUMPLIMIENTO» (x 199.43) prints «NO.   DE» / «INFORME   DE» /
    // «CUMPLIMIENT» / «O», both «DE» from 247.94 to the column's right edge (259.15), 8 pt before the
    // next column (267.14); beside it «%   DE» / «CUMPLIMIENTO   DE» / «LAS» / «RECOMENDACIONE» / «S».
    const items = [
      item('ENTIDAD', 37.75, 73.65, 548.2, 140), item('QUE', 82.21, 99.40, 548.2, 140), item('NO. DE INFORME DE', 107.40, 191.43, 548.2, 142), item('NO.', 199.43, 213.92, 548.2, 145), item('DE', 247.94, 259.15, 548.2, 146), item('%', 267.14, 274.74, 548.2, 150), item('DE', 337.56, 348.76, 548.2, 151), item('OBSERVACIONES', 356.75, 424.24, 548.2, 156), item('LINK AL MEDIO DE VERIFICACIÓN', 439.18, 574.25, 548.2, 157),
      item('RECOMIENDA', 37.75, 91.98, 558.0, 141), item('LA', 107.40, 117.51, 558.0, 143), item('ENTIDAD', 127.92, 163.83, 558.0, 143), item('QUE', 174.24, 191.43, 558.0, 143), item('INFORME', 199.43, 236.15, 558.0, 147), item('DE', 247.94, 259.14, 558.0, 147), item('CUMPLIMIENTO', 267.14, 328.55, 558.0, 152), item('DE', 337.55, 348.75, 558.0, 152), item('PUBLICADO EN LA PÁG. WEB DE', 439.18, 574.26, 558.0, 158),
      item('RECOMIENDA', 107.40, 161.64, 567.7, 144), item('CUMPLIMIENT', 199.43, 254.55, 567.7, 148), item('LAS', 267.14, 282.32, 567.7, 153), item('LA INSTITUCIÓN', 439.18, 503.42, 567.7, 159),
      item('O', 199.43, 205.72, 577.5, 149), item('RECOMENDACIONE', 267.14, 344.14, 577.5, 154),
      item('S', 267.14, 272.22, 587.2, 155),
      item('CONTRALORÍA', 37.75, 95.01, 598.5, 160), item('DNA7-0037-2018', 107.40, 176.54, 598.5, 163), item('S/N', 199.43, 213.18, 598.5, 164), item('100,00 %', 267.14, 305.24, 598.5, 165), item('Recomendación', 356.75, 420.46, 598.5, 166), item('https://www.iess.gob.ec/documen', 439.18, 574.03, 598.5, 169),
      item('GENERAL', 37.75, 75.17, 608.2, 161), item('DEL', 83.74, 99.40, 608.2, 161), item('de', 356.75, 366.75, 608.2, 167), item('Cumplimiento', 375.23, 431.18, 608.2, 167), item('ts/10162/97ed0f4b-fc2a-4de1-', 439.18, 561.51, 608.2, 170),
      item('ESTADO', 37.75, 70.04, 618.0, 162), item('Continuo', 356.75, 392.67, 618.0, 168), item('bd17-1572420574c8', 439.18, 522.71, 618.0, 171),
      item('CONTRALORÍA', 37.75, 95.01, 630.0, 172), item('DNA7-0038-2018', 107.40, 176.54, 630.0, 175), item('S/N', 199.43, 213.18, 630.0, 176), item('100,00 %', 267.14, 305.24, 630.0, 177), item('Recomendaciones', 356.75, 429.54, 630.0, 178), item('https://www.iess.gob.ec/documen', 439.18, 574.03, 630.0, 181),
      item('GENERAL', 37.75, 75.17, 639.7, 173), item('DEL', 83.74, 99.40, 639.7, 173), item('de', 356.75, 366.75, 639.7, 179), item('Cumplimiento', 375.23, 431.18, 639.7, 179), item('ts/10162/97ed0f4b-fc2a-4de1-', 439.18, 561.51, 639.7, 182),
      item('ESTADO', 37.75, 70.04, 649.5, 174), item('Continuo', 356.75, 392.67, 649.5, 180), item('bd17-1572420574c8', 439.18, 522.71, 649.5, 183),
      item('CONTRALORÍA', 37.75, 95.01, 660.7, 184), item('DNA7-SySS-0031-', 107.40, 179.03, 660.7, 187), item('S/N', 199.43, 213.18, 660.7, 189), item('100,00 %', 267.14, 305.24, 660.7, 190), item('Recomendaciones', 356.75, 429.54, 660.7, 191), item('https://www.iess.gob.ec/documen', 439.18, 574.03, 660.7, 194),
      item('GENERAL', 37.75, 75.17, 670.5, 185), item('DEL', 83.74, 99.40, 670.5, 185), item('2022', 107.40, 127.74, 670.5, 188), item('de', 356.75, 366.75, 670.5, 192), item('cumplimiento', 376.41, 431.18, 670.5, 192), item('ts/10162/97ed0f4b-fc2a-4de1-', 439.18, 561.51, 670.5, 195),
      item('ESTADO', 37.75, 70.04, 680.2, 186), item('continuo', 356.75, 391.48, 680.2, 193), item('bd17-1572420574c8', 439.18, 522.71, 680.2, 196),
      item('CONTRALORÍA', 37.75, 95.01, 692.2, 197), item('DNA7-SySS-0047-', 107.40, 179.03, 692.2, 200), item('S/N', 199.43, 213.18, 692.2, 202), item('60,00 %', 267.14, 300.16, 692.2, 203), item('En', 356.75, 366.87, 692.2, 204), item('proceso', 378.32, 409.76, 692.2, 204), item('de', 421.20, 431.19, 692.2, 204), item('https://www.iess.gob.ec/documen', 439.18, 574.03, 692.2, 206),
      item('GENERAL', 37.75, 75.17, 702.0, 198), item('DEL', 83.74, 99.40, 702.0, 198), item('2023', 107.40, 127.74, 702.0, 201), item('aplicación', 356.75, 397.03, 702.0, 205), item('ts/10162/97ed0f4b-fc2a-4de1-', 439.18, 561.51, 702.0, 207),
      item('ESTADO', 37.75, 70.04, 711.7, 199), item('bd17-1572420574c8', 439.18, 522.71, 711.7, 208),
    ];
    const lines = cellsOf(items);
    expect(lines[0]).toEqual(['ENTIDAD QUE', 'NO. DE INFORME DE', 'NO. DE', '% DE', 'OBSERVACIONES', 'LINK AL MEDIO DE VERIFICACIÓN']);
    expect(lines[1]).toEqual(['RECOMIENDA', 'LA ENTIDAD QUE', 'INFORME DE', 'CUMPLIMIENTO DE', 'PUBLICADO EN LA PÁG. WEB DE']);
  });

  it('keeps one cell a stretched line ending a cell gap before where the line above starts its next cell (plan, Letter 8 pt, justify)', () => {
    // letter-portrait-8pt-justified, Open Government plan, commitment 9's page (y 42.0 to 733.5):
    // tables of justified lines, and at the page's foot the first row of a two-column table: «<b>Instituci» / «ón   o   actor» / «responsable» … beside «<b>Presidencia de la
    // República del Ecuador Ministerio de …». «actor» ends at 89.61, 8 pt before the value column
    // (97.61), which only the line above starts on this page.
    const items = [
      item('Vinculación', 37.75, 83.47, 42.0, 1), item('<p><b>Objetivo', 98.24, 168.65, 42.0, 4), item('9:</b>', 174.66, 203.60, 42.0, 4), item('Industria,', 209.60, 247.41, 42.0, 4), item('innovación', 253.42, 296.86, 42.0, 4), item('e', 302.87, 307.78, 42.0, 4), item('infraestructura</p>', 313.79, 394.58, 42.0, 4), item('<p><b>Objetivo', 400.59, 471.00, 42.0, 4), item('10:</b>', 477.01, 511.03, 42.0, 4), item('Reducción', 517.04, 558.25, 42.0, 4), item('de', 564.26, 574.25, 42.0, 4),
      item('a', 37.75, 42.65, 51.7, 2), item('la', 47.63, 54.75, 51.7, 2), item('Agenda', 59.74, 90.24, 51.7, 2), item('desigualdades</p> <p><b>Objetivo 16:</b> Paz, justicia e instituciones sólidas</p> <p><b>Objetivo 17:</b>', 98.24, 574.25, 51.7, 5),
      item('2030', 37.75, 58.09, 61.5, 3), item('Alianzas para lograr los objetivos</p>', 98.24, 252.01, 61.5, 6),
      item('Información', 37.75, 85.27, 73.5, 7), item('El compromiso está vinculado con instrumentos nacionales e Internacionales de planificación como la Agenda 2030 y', 98.24, 574.25, 73.5, 9),
      item('adicional', 37.75, 73.63, 83.2, 8), item('el Plan Nacional de Desarrollo 2017 2021, y con instrumentos normativos como la Constitución de la República, el', 98.24, 574.25, 83.2, 10),
      item('Código Orgánico de la Economía Social de los Conocimientos y su reglamento y con la Ley Orgánica de Participación', 98.24, 574.25, 93.0, 11),
      item('Ciudadana.', 98.24, 143.55, 102.7, 12),
      item('Actividad y producto entregable', 37.75, 166.12, 124.5, 13), item('Fecha de inicio', 263.43, 322.94, 124.5, 14), item('Fech', 554.11, 572.65, 124.5, 15),
      item('a', 554.11, 559.01, 134.2, 16), item('de', 564.25, 574.25, 134.2, 16),
      item('térm', 554.11, 573.09, 144.0, 17),
      item('ino', 554.11, 566.29, 153.7, 18),
      item('<b>Hito', 37.75, 72.47, 165.0, 19), item('1:</b>', 77.39, 106.33, 165.0, 19), item('Capacitación', 111.26, 162.92, 165.0, 19), item('en', 167.85, 177.83, 165.0, 19), item('Enero 2020', 263.43, 309.34, 165.0, 27), item('Abril', 554.11, 572.38, 165.0, 28),
      item('innovación del servicio público al', 37.75, 177.83, 174.7, 20), item('202', 554.11, 569.37, 174.7, 29),
      item('equipo', 37.75, 64.99, 184.5, 21), item('técnico', 74.23, 103.25, 184.5, 21), item('multiactor', 112.49, 153.52, 184.5, 21), item('que', 162.77, 177.83, 184.5, 21), item('1', 554.11, 559.20, 184.5, 30),
      item('formará', 37.75, 69.46, 194.2, 22), item('el', 85.31, 92.45, 194.2, 23), item('laboratorio', 108.30, 151.99, 194.2, 24), item('de', 167.84, 177.83, 194.2, 25),
      item('innovación.', 37.75, 83.73, 204.0, 26),
      item('<b>Hito', 37.75, 72.47, 216.0, 31), item('2:</b>', 78.91, 107.85, 216.0, 31), item('Diagnóstico', 114.29, 161.39, 216.0, 31), item('de', 167.83, 177.83, 216.0, 31), item('Enero 2021', 263.43, 309.34, 216.0, 41), item('Julio', 554.11, 570.86, 216.0, 42),
      item('contexto,', 37.75, 75.30, 225.7, 32), item('actores,', 94.26, 126.31, 225.7, 33), item('alianzas', 145.26, 177.82, 225.7, 34), item('202', 554.11, 569.37, 225.7, 43),
      item('estratégicas y necesidades para la', 37.75, 177.83, 235.5, 35), item('1', 554.11, 559.20, 235.5, 44),
      item('creación', 37.75, 71.64, 245.2, 36), item('e', 79.79, 84.71, 245.2, 36), item('implementación', 92.87, 157.45, 245.2, 36), item('del', 165.61, 177.82, 245.2, 36),
      item('laboratorio,', 37.75, 83.97, 255.0, 37), item('con', 108.54, 122.89, 255.0, 38), item('aportes', 147.46, 177.83, 255.0, 39),
      item('ciudadanos.', 37.75, 86.03, 264.7, 40),
      item('<b>Hito', 37.75, 72.47, 276.7, 45), item('3:</b>', 84.73, 113.67, 276.7, 46), item('Diseño', 125.94, 153.35, 276.7, 47), item('del', 165.61, 177.83, 276.7, 48), item('Julio 2021', 263.43, 303.06, 276.7, 55), item('Dicie', 554.11, 574.02, 276.7, 56),
      item('modelo de gestión del laboratorio,', 37.75, 177.82, 286.5, 49), item('mbr', 554.11, 570.25, 286.5, 57),
      item('que', 37.75, 52.80, 296.2, 50), item('incluya', 71.50, 100.10, 296.2, 51), item('procesos', 118.80, 154.40, 296.2, 52), item('y', 173.10, 177.83, 296.2, 53), item('e', 554.11, 559.03, 296.2, 58),
      item('metodologías de innovación.', 37.75, 152.95, 306.0, 54), item('202', 554.11, 569.37, 306.0, 59),
      item('1', 554.11, 559.20, 315.7, 60),
      item('<b>Hito 4:</b> Lanzamiento del', 37.75, 177.83, 327.0, 61), item('Julio 2021', 263.43, 303.06, 327.0, 68), item('Dicie', 554.11, 574.02, 327.0, 69),
      item('laboratorio', 37.75, 81.43, 336.7, 62), item('de', 94.18, 104.17, 336.7, 63), item('innovación', 116.92, 160.36, 336.7, 64), item('y', 173.10, 177.83, 336.7, 65), item('mbr', 554.11, 570.25, 336.7, 70),
      item('convocatoria', 37.75, 89.44, 346.5, 66), item('para', 95.98, 114.13, 346.5, 66), item('al', 120.67, 127.79, 346.5, 66), item('menos', 134.33, 161.16, 346.5, 66), item('un', 167.70, 177.83, 346.5, 66), item('e', 554.11, 559.03, 346.5, 71),
      item('reto de co-creación nacional.', 37.75, 153.81, 356.2, 67), item('202', 554.11, 569.37, 356.2, 72),
      item('1', 554.11, 559.20, 366.0, 73),
      item('<b>Hito', 37.75, 72.47, 378.0, 74), item('5:</b>', 78.32, 107.26, 378.0, 74), item('Implementación', 113.10, 177.83, 378.0, 74), item('Enero 2022', 263.43, 309.34, 378.0, 79), item('Junio', 554.11, 573.71, 378.0, 80),
      item('del proyecto piloto identificado en', 37.75, 177.83, 387.7, 75), item('202', 554.11, 569.37, 387.7, 81),
      item('el laboratorio que utilice procesos', 37.75, 177.83, 397.5, 76), item('2', 554.11, 559.20, 397.5, 82),
      item('y', 37.75, 42.48, 407.2, 77), item('metodologías', 51.73, 105.89, 407.2, 77), item('de', 115.14, 125.13, 407.2, 77), item('innovación', 134.39, 177.83, 407.2, 77),
      item('basadas en inteligencia colectiva.', 37.75, 173.20, 417.0, 78),
      item('Información de Contacto', 37.75, 136.33, 429.0, 83),
      item('<b>Nombre', 37.75, 87.97, 440.2, 84), item('de', 101.45, 111.44, 440.2, 85), item('la', 124.93, 132.05, 440.2, 86), item('persona', 145.53, 177.83, 440.2, 87), item('Evelin Yandún', 263.43, 319.12, 440.2, 89),
      item('responsable</b>', 37.75, 107.40, 450.0, 88),
      item('<b>Título, Departamento</b>', 37.75, 163.02, 462.0, 90), item('Directora Dirección de Calidad de Servicios y Diseño Institucional', 263.43, 524.92, 462.0, 91),
      item('<b>Correo', 37.75, 82.75, 474.0, 92), item('electrónico', 105.85, 150.00, 474.0, 93), item('y', 173.10, 177.83, 474.0, 94), item('yandune@presidencia.gob.ec 02 382 7000 Ext: 7521', 263.43, 476.13, 474.0, 96),
      item('teléfono</b>', 37.75, 91.75, 483.7, 95),
      item('<b>Otros', 37.75, 77.80, 495.0, 97), item('actores', 148.32, 177.83, 495.0, 98), item('<b>Actores', 185.82, 234.23, 495.0, 100), item('de', 245.44, 255.43, 495.0, 100), item('<ul', 263.43, 277.41, 495.0, 102), item('style="list-style-type:', 293.43, 380.18, 495.0, 103), item('none">', 396.20, 426.51, 495.0, 104), item('<li>•', 442.52, 465.07, 495.0, 105), item('Ministerio', 481.09, 520.10, 495.0, 106), item('de', 536.12, 546.11, 495.0, 107),
      item('involucrados</b>', 37.75, 109.80, 504.7, 99), item('gobierno</b>', 185.82, 242.26, 504.7, 101), item('Telecomunicaciones y de la Sociedad de la Información</li> <li>•', 263.43, 546.11, 504.7, 108),
      item('Ministerio del Trabajo</li> <li>• Servicio de Gestión Inmobiliaria del', 263.43, 546.11, 514.5, 109),
      item('Sector Público</li> <li>• Secretaría de Educación Superior, Ciencia,', 263.43, 546.11, 524.2, 110),
      item('Tecnología', 263.43, 305.52, 534.0, 111), item('e', 315.44, 320.36, 534.0, 111), item('Innovación</li>', 330.27, 394.38, 534.0, 111), item('<li>•', 404.29, 426.84, 534.0, 111), item('Servicio', 436.76, 468.49, 534.0, 111), item('Ecuatoriano', 478.41, 526.20, 534.0, 111), item('de', 536.12, 546.11, 534.0, 111),
      item('Normalización</li> </ul>', 263.43, 366.67, 543.7, 112),
      item('<b>OSC,', 185.82, 223.78, 555.7, 113), item('sector', 230.64, 255.43, 555.7, 113), item('<ul style="list-style-type: none"> <li>• <b>Fundación San Francisco', 263.43, 546.12, 555.7, 120),
      item('privado,', 185.82, 218.54, 565.5, 114), item('Global', 263.43, 288.92, 565.5, 121), item('(Contraparte)</b></li>', 294.55, 390.64, 565.5, 121), item('<li>•', 396.27, 418.82, 565.5, 121), item('Fundación', 424.45, 465.28, 565.5, 121), item('Esquel</li>', 470.91, 517.93, 565.5, 121), item('<li>•', 523.56, 546.11, 565.5, 121),
      item('organizaciones', 185.82, 245.86, 575.2, 115), item('Instituto de Altos Estudios Nacionales</li> <li>• Grupo FARO</li>', 263.43, 546.12, 575.2, 122),
      item('multilaterales,', 185.82, 243.44, 585.0, 116), item('<li>• Fundación Ciudadanía y Desarrollo</li> </ul>', 263.43, 473.74, 585.0, 123),
      item('grupos', 185.82, 213.38, 594.7, 117), item('de', 245.44, 255.43, 594.7, 118),
      item('trabajo</b>', 185.82, 235.38, 604.5, 119),
      item('**Nota técnica:** Los hitos de este compromiso se reprogramaron para cumplirse hasta el año 2022.', 33.75, 438.57, 624.7, 124),
      item('## Ciudadanización de la mejora de los trámites (simplificación)', 33.75, 293.95, 644.2, 125),
      item('Fecha de inicio y término del compromiso: julio 2020 - marzo 2022', 33.75, 301.36, 663.7, 126),
      item('<b>Instituci', 37.75, 87.97, 684.7, 127), item('<b>Presidencia de la República del Ecuador Ministerio de Telecomunicaciones y de la Sociedad de la Información</b>', 97.61, 573.98, 684.7, 134),
      item('ón', 37.75, 47.70, 694.5, 128), item('o', 55.91, 60.80, 694.5, 128), item('actor', 69.00, 89.61, 694.5, 128),
      item('responsable', 37.75, 86.24, 704.2, 129),
      item('de', 37.75, 47.74, 714.0, 130), item('la', 82.49, 89.61, 714.0, 131),
      item('implementa', 37.75, 85.76, 723.7, 132),
      item('ción</b>', 37.75, 75.48, 733.5, 133),
    ];
    expect(cellsOf(items).find((l) => l[0]!.startsWith('ón'))).toEqual(['ón o actor']);
  });
  it('keeps one cell a lone stretched line on a page that shows no other justified cell, when another page of the document does (Ministerio, B5 7 pt, justify)', () => {
    // OTHER_VARIANTS_2 b5-portrait-arial-7pt-justified-zebra, Ministerio report, page 10 (498.96 ×
    // 708.96 pt): the budget table's header and values, its only table rows with more than one
    // line. «GASTO   DE» (of «GASTO DE INVERSIÓN PLANIFICADO», bundled report line 163) is stretched
    // to its column's right edge, 8 pt before the next column (336.46), as in the Letter layout's
    // «TIPO   DE»; but no line of this page spans any column alike, so the page alone shows no
    // justified cell. Page 1 here is CNE_UNIT_1, whose stretched lines do.
    const budget = [
      item('TOTAL DE PRESUPUESTO', 37.75, 129.65, 40.5, 1, 7), item('GASTO', 137.65, 162.01, 40.5, 4, 7), item('GASTO', 203.27, 227.64, 40.5, 7, 7),
      item('GASTO', 266.62, 290.99, 40.5, 10, 7), item('DE', 318.74, 328.46, 40.5, 11, 7), item('GASTO', 336.46, 360.82, 40.5, 14, 7),
      item('DE', 386.32, 396.04, 40.5, 15, 7), item('%', 404.04, 410.26, 40.5, 18, 7), item('EJECUCIÓN', 420.57, 461.00, 40.5, 18, 7),
      item('INSTITUCIONAL', 37.75, 91.00, 48.0, 2, 7), item('CORRIENTE', 137.65, 178.85, 48.0, 5, 7), item('CORRIENTE', 203.27, 244.48, 48.0, 8, 7),
      item('INVERSIÓN', 266.62, 305.11, 48.0, 12, 7), item('INVERSIÓN', 336.46, 374.94, 48.0, 16, 7), item('PRESUPUESTAR', 404.04, 460.67, 48.0, 19, 7),
      item('CODIFICADO', 37.75, 81.67, 55.5, 3, 7), item('PLANIFICADO', 137.65, 184.30, 55.5, 6, 7), item('EJECUTADO', 203.27, 245.12, 55.5, 9, 7),
      item('PLANIFICADO', 266.62, 313.28, 55.5, 13, 7), item('EJECUTADO', 336.46, 378.31, 55.5, 17, 7), item('IA', 404.04, 410.65, 55.5, 20, 7),
      item('\\$78.537.516,23', 37.75, 88.32, 65.2, 21, 7), item('\\$23.864.701,23', 137.65, 188.22, 65.2, 22, 7), item('\\$20.613.486,20', 203.27, 253.85, 65.2, 23, 7),
      item('\\$54.672.815,00', 266.62, 317.20, 65.2, 24, 7), item('\\$11.104.062,93', 336.46, 387.03, 65.2, 25, 7), item('40,39 %', 404.04, 429.71, 65.2, 26, 7),
    ];
    const lines = layoutPages([{ width: 612, height: 792, items: CNE_UNIT_1 }, { width: 498.96, height: 708.96, items: budget }]).text
      .split('\n').filter((l) => l.trim()).map((l) => l.trim().split(/ {2,}/));
    const header = lines.find((l) => l[0] === 'TOTAL DE PRESUPUESTO')!;
    expect(header.slice(0, 5)).toEqual(['TOTAL DE PRESUPUESTO', 'GASTO', 'GASTO', 'GASTO DE', 'GASTO DE']);
    // (alone, the page keeps them apart: nothing on it shows a justified cell)
    const alone = layoutPages([{ width: 498.96, height: 708.96, items: budget }]).text.split('\n').filter((l) => l.trim()).map((l) => l.trim().split(/ {2,}/));
    expect(alone[0]!.slice(0, 6)).toEqual(['TOTAL DE PRESUPUESTO', 'GASTO', 'GASTO', 'GASTO', 'DE', 'GASTO']);
  });
  it('keeps apart a word cut to its column\'s width and the next cell, a stretched gap away, when the row below is no line of one cell (Ministerio, B5 7 pt, justify)', () => {
    // b5-portrait-arial-7pt-justified-zebra (otras2 set), Ministerio report, page 9, as PDF.js gives
    // the items: goals 4.1 and 4.2 and the header repeated between them (bundled report lines
    // 143 and 145), one block of rows. «FORTALECIM» (of
    // «FORTALECIMIENTO INSTITUCIONAL», cut to its column's width) ends 8.33 pt before «4.1.», which
    // ends 8.46 pt before «NÚMERO»: three words at equal gaps, on two rows alike. But the rows below
    // hold «IENTO» and «DE» 31.5 pt apart inside that span, and a cell's line is either stretched to
    // its right edge or spaced naturally: two cells.
    const rows = cellsOf([
      item('2', 123.11, 127.00, 95.25, 25, 7), item('FORTALECIM', 143.02, 187.46, 95.25, 26, 7), item('4.1.', 195.79, 207.45, 95.25, 30, 7),
      item('NÚMERO', 215.91, 247.01, 95.25, 30, 7), item('10,00', 255.00, 272.51, 95.25, 38, 7), item('10,0', 280.75, 294.36, 95.25, 38, 7),
      item('10', 305.30, 313.08, 95.25, 40, 7), item('DOCUMENTOS', 323.14, 373.55, 95.25, 44, 7), item('DE', 378.34, 388.06, 95.25, 44, 7),
      item('PROCESOS', 392.85, 432.50, 95.25, 44, 7), item('ENTRE', 437.29, 461.00, 95.25, 44, 7),
      item('IENTO', 143.02, 164.27, 102.75, 27, 7), item('DE', 195.79, 205.50, 102.75, 31, 7), item('0', 280.75, 284.64, 102.75, 39, 7),
      item('0,0', 305.30, 315.02, 102.75, 41, 7), item('MANUALES DE PROCESOS, MANUALES', 323.14, 461.00, 102.75, 45, 7),
      item('INSTITUCION', 143.02, 187.71, 110.25, 28, 7), item('PROCESOS', 195.79, 235.44, 110.25, 32, 7), item('0', 305.30, 309.19, 110.25, 42, 7),
      item('DE FUNCIONALIDADES, INSTRUCTIVOS', 323.14, 461.00, 110.25, 46, 7),
      item('AL', 143.02, 151.57, 117.75, 29, 7), item('SUSTANTIVOS', 195.79, 244.64, 117.75, 33, 7), item('%', 305.30, 311.52, 117.75, 43, 7),
      item('Y', 323.14, 327.81, 117.75, 47, 7), item('GUÍAS,', 334.28, 358.00, 117.75, 47, 7), item('CORRESPONDIENTE', 364.60, 435.34, 117.75, 47, 7),
      item('A', 441.56, 446.22, 117.75, 47, 7), item('LA', 452.44, 460.99, 117.75, 47, 7),
      item('LEVANTADOS', 195.79, 241.79, 125.25, 34, 7), item('GESTIÓN', 323.14, 354.63, 125.25, 48, 7), item('SUSTANTIVA', 361.68, 404.57, 125.25, 48, 7),
      item('AGREGADORA', 410.85, 461.00, 125.25, 48, 7),
      item('Y/O', 195.79, 207.84, 132.75, 35, 7), item('DE', 323.14, 332.86, 132.75, 49, 7), item('VALOR', 341.99, 365.19, 132.75, 49, 7),
      item('Y', 374.19, 378.86, 132.75, 49, 7), item('GESTIÓN', 387.86, 419.34, 132.75, 49, 7), item('ADJETIVA', 428.08, 461.00, 132.75, 49, 7),
      item('ACTUALIZADO', 195.79, 244.77, 140.25, 36, 7), item('HABITANTE DE ASESORÍA.', 323.14, 412.82, 140.25, 50, 7),
      item('S', 195.79, 200.45, 147.75, 37, 7),
      item('Fortalecer', 37.75, 69.24, 157.50, 51, 7), item('las', 106.16, 115.11, 157.50, 52, 7), item('NO', 123.11, 133.60, 157.50, 55, 7),
      item('DESCRIPCIÓ', 143.02, 186.55, 157.50, 60, 7), item('TOT', 255.00, 268.86, 157.50, 62, 7), item('TOT', 280.75, 294.61, 157.50, 69, 7),
      item('Capacidades', 37.75, 78.59, 165.00, 53, 7), item('.', 123.11, 125.05, 165.00, 56, 7), item('N', 143.02, 148.07, 165.00, 61, 7),
      item('ALE', 255.00, 268.22, 165.00, 63, 7), item('ALE', 280.75, 293.97, 165.00, 70, 7),
      item('Institucionales.', 37.75, 84.02, 172.50, 54, 7), item('DE', 123.11, 132.83, 172.50, 57, 7), item('S', 255.00, 259.67, 172.50, 64, 7),
      item('S', 280.75, 285.41, 172.50, 71, 7),
      item('ME', 123.11, 133.60, 180.00, 58, 7), item('PLA', 255.00, 268.22, 180.00, 65, 7), item('CUM', 280.75, 296.68, 180.00, 72, 7),
      item('TA', 123.11, 131.53, 187.50, 59, 7), item('NIFI', 255.00, 268.21, 187.50, 66, 7), item('PLID', 280.75, 296.30, 187.50, 73, 7),
      item('CAD', 255.00, 269.77, 195.00, 67, 7), item('OS', 280.75, 290.86, 195.00, 74, 7),
      item('OS', 255.00, 265.11, 202.50, 68, 7),
      item('2', 123.11, 127.00, 211.50, 75, 7), item('FORTALECIM', 143.02, 187.46, 211.50, 76, 7), item('4.2.', 195.79, 207.45, 211.50, 80, 7),
      item('NÚMERO', 215.91, 247.01, 211.50, 80, 7), item('3,00', 255.00, 268.62, 211.50, 86, 7), item('3,00', 280.75, 294.36, 211.50, 87, 7),
      item('10', 305.30, 313.08, 211.50, 88, 7), item('MATRIZ', 323.14, 348.66, 211.50, 92, 7), item('DE', 354.10, 363.82, 211.50, 92, 7),
      item('COMPETENCIAS', 369.26, 425.24, 211.50, 92, 7), item('MODELO', 430.68, 461.00, 211.50, 92, 7),
      item('IENTO', 143.02, 164.27, 219.00, 77, 7), item('DE', 195.79, 205.50, 219.00, 81, 7), item('0,0', 305.30, 315.02, 219.00, 89, 7),
      item('DE', 323.14, 332.86, 219.00, 93, 7), item('GESTIÓN', 341.32, 372.81, 219.00, 93, 7), item('INSTITUCIONAL', 381.27, 434.52, 219.00, 93, 7),
      item('PLAN', 442.72, 461.00, 219.00, 93, 7),
      item('INSTITUCION', 143.02, 187.71, 226.50, 78, 7), item('INSTRUMENTO', 195.79, 246.96, 226.50, 82, 7), item('0', 305.30, 309.19, 226.50, 90, 7),
      item('ESTRATÉGICO INSTITUCIONAL', 323.14, 427.97, 226.50, 94, 7),
      item('AL', 143.02, 151.57, 234.00, 79, 7), item('S DE GESTIÓN', 195.79, 247.00, 234.00, 83, 7), item('%', 305.30, 311.52, 234.00, 91, 7),
    ], 498.96);
    const goals = rows.filter((r) => r[0] === '2');
    expect(goals.map((r) => r.slice(0, 2))).toEqual([['2', 'FORTALECIM'], ['2', 'FORTALECIM']]);
    // (goal 4.2's indicator column shows its span alone below, «S DE GESTIÓN» from 195.79 to 247.00)
    expect(goals[1]![2]).toBe('4.2. NÚMERO');
    // (the stretched lines of the verification column stay one cell each)
    expect(goals.map((r) => r.at(-1))).toEqual(['DOCUMENTOS DE PROCESOS ENTRE', 'MATRIZ DE COMPETENCIAS MODELO']);
  });
  it('keeps one cell a stretched line of two words whose last word other rows end their like lines with (IESS, Letter landscape 8 pt, justify)', () => {
    // otras3 letter-landscape-condensed-8pt-ruled-justified, IESS report, page 4: the recommendations
    // table, every item as PDF.js gives it. Bundled report lines 101-103: observations «Recomendación de
    // Cumplimiento Continuo», «Recomendaciones de Cumplimiento Continuo», «Recomendaciones de
    // cumplimiento continuo». Each first line is stretched: «de» ends at 560.12, the column's right
    // edge, 8.74 pt before the links' column; three rows end it so, after words starting at 460.05.
    const at = (str: string, x: number, end: number, y: number, run: number) => item(str, x, end, y, run, 8);
    const page = [
      at('ENTIDAD', 38.50, 70.78, 62.25, 2), at('QUE', 105.59, 121.06, 62.25, 3), at('NO.', 129.81, 142.80, 62.25, 5), at('DE', 152.45, 162.53, 62.25, 5),
      at('INFORME', 172.17, 205.21, 62.25, 5), at('DE', 214.85, 224.93, 62.25, 5), at('LA', 234.58, 243.68, 62.25, 5), at('NO. DE INFORME DE', 252.43, 332.38, 62.25, 7),
      at('% DE CUMPLIMIENTO DE LAS', 341.12, 451.31, 62.25, 9), at('OBSERVACIONES', 460.05, 520.64, 62.25, 11), at('LINK AL MEDIO DE VERIFICACIÓN PUBLICADO EN', 568.86, 753.50, 62.25, 12),
      at('RECOMIENDA', 38.50, 87.27, 72.00, 4), at('ENTIDAD QUE RECOMIENDA', 129.81, 230.90, 72.00, 6), at('CUMPLIMIENTO', 252.43, 307.68, 72.00, 8),
      at('RECOMENDACIONES', 341.12, 414.93, 72.00, 10), at('LA PÁG. WEB DE LA INSTITUCIÓN', 568.86, 688.01, 72.00, 13),
      at('CONTRALORÍA', 38.50, 89.94, 84.75, 14), at('DNA7-0037-2018', 129.81, 192.00, 84.75, 16), at('S/N', 252.43, 264.80, 84.75, 17), at('100,00 %', 341.12, 375.39, 84.75, 18),
      at('Recomendación', 460.05, 517.34, 84.75, 19), at('de', 551.13, 560.12, 84.75, 20), at('https://www.iess.gob.ec/documents/10162/97ed0f', 568.86, 749.63, 84.75, 22),
      at('GENERAL DEL ESTADO', 38.50, 119.77, 94.50, 15), at('Cumplimiento Continuo', 460.05, 545.00, 94.50, 21), at('4b-fc2a-4de1-bd17-1572420574c8', 568.86, 694.53, 94.50, 23),
      at('CONTRALORÍA', 38.50, 89.94, 107.25, 24), at('DNA7-0038-2018', 129.81, 192.00, 107.25, 26), at('S/N', 252.43, 264.80, 107.25, 27), at('100,00 %', 341.12, 375.39, 107.25, 28),
      at('Recomendaciones', 460.05, 525.51, 107.25, 29), at('de', 551.12, 560.11, 107.25, 30), at('https://www.iess.gob.ec/documents/10162/97ed0f', 568.86, 749.63, 107.25, 32),
      at('GENERAL DEL ESTADO', 38.50, 119.77, 117.00, 25), at('Cumplimiento Continuo', 460.05, 545.00, 117.00, 31), at('4b-fc2a-4de1-bd17-1572420574c8', 568.86, 694.53, 117.00, 33),
      at('CONTRALORÍA', 38.50, 89.94, 129.00, 34), at('DNA7-SySS-0031-2022', 129.81, 212.54, 129.00, 36), at('S/N', 252.43, 264.80, 129.00, 37), at('100,00 %', 341.12, 375.39, 129.00, 38),
      at('Recomendaciones', 460.05, 525.51, 129.00, 39), at('de', 551.12, 560.11, 129.00, 40), at('https://www.iess.gob.ec/documents/10162/97ed0f', 568.86, 749.63, 129.00, 42),
      at('GENERAL DEL ESTADO', 38.50, 119.77, 138.75, 35), at('cumplimiento continuo', 460.05, 542.86, 138.75, 41), at('4b-fc2a-4de1-bd17-1572420574c8', 568.86, 694.53, 138.75, 43),
      at('CONTRALORÍA', 38.50, 89.94, 151.50, 44), at('DNA7-SySS-0047-2023', 129.81, 212.54, 151.50, 46), at('S/N', 252.43, 264.80, 151.50, 47), at('60,00 %', 341.12, 370.82, 151.50, 48),
      at('En proceso de aplicación', 460.05, 549.50, 151.50, 49), at('https://www.iess.gob.ec/documents/10162/97ed0f', 568.86, 749.63, 151.50, 50),
      at('GENERAL DEL ESTADO', 38.50, 119.77, 161.25, 45), at('4b-fc2a-4de1-bd17-1572420574c8', 568.86, 694.53, 161.25, 51),
    ];
    const lines = layoutPages([{ width: 612, height: 792, items: CNE_UNIT_1 }, { width: 792, height: 612, items: page }]).text
      .split('\n').filter((l) => l.trim()).map((l) => l.trim().split(/ {2,}/));
    expect(lines.filter((l) => l[0] === 'CONTRALORÍA').map((l) => l[4])).toEqual(['Recomendación de', 'Recomendaciones de', 'Recomendaciones de', 'En proceso de aplicación']);
  });
  it('takes word gaps as equal within a fourteenth of the font size: PDF.js\'s widths put a stretched line\'s gaps up to 0.4 pt apart (IESS, B5 7 pt, justify)', () => {
    // b5-portrait-arial-7pt-justified-zebra (otras2 set), IESS report, page 3: the recommendations
    // table's header and first rows, every item as PDF.js gives it. The link column's header is
    // stretched: «LINK» «AL» «MEDIO» «DE» 15.11, 15.24 and 15.50 pt apart; «EN» «LA» «PÁG.» «WEB»
    // «DE» «LA» 6.76, 6.38, 6.77, 6.77, 6.77. Bundled report, line 100: the header «LINK AL MEDIO DE
    // VERIFICACIÓN PUBLICADO EN LA PÁG. WEB DE LA INSTITUCIÓN», one cell.
    const rows = cellsOf([
  item('ENTIDAD QUE', 37.75, 86.99, 376.5, 126, 7), item('NO.', 94.98, 107.42, 376.5, 128, 7), item('DE', 113.25, 122.97, 376.5, 128, 7),
  item('INFORME', 128.79, 161.05, 376.5, 128, 7), item('NO.', 169.05, 181.49, 376.5, 131, 7), item('DE', 206.72, 216.44, 376.5, 132, 7),
  item('%', 224.44, 230.66, 376.5, 136, 7), item('DE', 279.38, 289.10, 376.5, 137, 7), item('OBSERVACION', 297.11, 347.78, 376.5, 143, 7),
  item('LINK', 358.37, 373.93, 376.5, 145, 7), item('AL', 389.04, 397.60, 376.5, 146, 7), item('MEDIO', 412.84, 435.77, 376.5, 147, 7),
  item('DE', 451.27, 460.99, 376.5, 148, 7), item('RECOMIENDA', 37.75, 85.17, 384.0, 127, 7), item('DE', 94.98, 104.70, 384.0, 129, 7),
  item('LA', 113.44, 122.00, 384.0, 129, 7), item('ENTIDAD', 130.35, 161.06, 384.0, 129, 7), item('INFORME', 169.05, 201.31, 384.0, 133, 7),
  item('DE', 206.73, 216.44, 384.0, 133, 7), item('CUMPLIMIENTO', 224.44, 277.95, 384.0, 138, 7), item('ES', 297.11, 306.44, 384.0, 144, 7),
  item('VERIFICACIÓN', 358.37, 408.13, 384.0, 149, 7), item('PUBLICADO', 420.57, 461.00, 384.0, 150, 7),
  item('QUE RECOMIENDA', 94.98, 159.51, 391.5, 130, 7), item('CUMPLIMIEN', 169.05, 212.98, 391.5, 134, 7), item('DE', 224.44, 234.16, 391.5, 139, 7),
  item('LAS', 275.89, 289.11, 391.5, 140, 7), item('EN', 358.37, 368.09, 391.5, 151, 7), item('LA', 374.85, 383.41, 391.5, 151, 7),
  item('PÁG.', 389.79, 406.50, 391.5, 151, 7), item('WEB', 413.27, 429.20, 391.5, 151, 7), item('DE', 435.97, 445.68, 391.5, 151, 7),
  item('LA', 452.45, 461.00, 391.5, 151, 7), item('TO', 169.05, 178.64, 399.0, 135, 7), item('RECOMENDACION', 224.44, 287.41, 399.0, 141, 7),
  item('INSTITUCIÓN', 358.37, 403.07, 399.0, 152, 7), item('ES', 224.44, 233.77, 406.5, 142, 7), item('CONTRALORÍ', 37.75, 83.61, 416.2, 153, 7),
  item('DNA7-0037-2018', 94.98, 149.43, 416.2, 157, 7), item('S/N', 169.05, 180.72, 416.2, 158, 7), item('100,00 %', 224.44, 254.00, 416.2, 159, 7),
  item('Recomendación', 297.11, 347.66, 416.2, 160, 7), item('https://www.iess.gob.ec/docume', 358.37, 458.31, 416.2, 163, 7),
  item('A', 37.75, 42.41, 423.7, 154, 7), item('GENERAL', 53.54, 86.98, 423.7, 155, 7), item('de Cumplimiento', 297.11, 350.37, 423.7, 161, 7),
  item('nts/10162/97ed0f4b-fc2a-4de1-', 358.37, 456.00, 423.7, 164, 7), item('DEL ESTADO', 37.75, 81.29, 431.2, 156, 7),
  item('Continuo', 297.11, 325.11, 431.2, 162, 7), item('bd17-1572420574c8', 358.37, 422.56, 431.2, 165, 7),
  item('CONTRALORÍ', 37.75, 83.61, 440.2, 166, 7), item('DNA7-0038-2018', 94.98, 149.43, 440.2, 170, 7), item('S/N', 169.05, 180.72, 440.2, 171, 7),
  item('100,00 %', 224.44, 254.00, 440.2, 172, 7), item('Recomendacion', 297.11, 347.66, 440.2, 173, 7),
  item('https://www.iess.gob.ec/docume', 358.37, 458.31, 440.2, 178, 7), item('A', 37.75, 42.41, 447.7, 167, 7),
  item('GENERAL', 53.54, 86.98, 447.7, 168, 7), item('es', 297.11, 304.50, 447.7, 174, 7), item('de', 342.59, 350.37, 447.7, 175, 7),
  item('nts/10162/97ed0f4b-fc2a-4de1-', 358.37, 456.00, 447.7, 179, 7), item('DEL ESTADO', 37.75, 81.29, 455.2, 169, 7),
  item('Cumplimiento', 297.11, 339.88, 455.2, 176, 7), item('bd17-1572420574c8', 358.37, 422.56, 455.2, 180, 7),

    ], 499);
    expect(rows.slice(0, 4).map((r) => r.at(-1))).toEqual(['LINK AL MEDIO DE', 'VERIFICACIÓN PUBLICADO', 'EN LA PÁG. WEB DE LA', 'INSTITUCIÓN']);
  });

  it('keeps one cell a line of three words stretched over a span two other lines of the cell show alone, its gaps 0.8 pt apart (Ministerio, B5 7 pt, justify)', () => {
    // b5-portrait-arial-7pt-justified-zebra (otras2 set), Ministerio report, page 9, y 40 to 160:
    // goal 4.1's description cell runs from 323.1 to 461.0 pt (its lines «DOCUMENTOS DE PROCESOS
    // ENTRE», «MANUALES DE PROCESOS, MANUALES», … PDF.js gives as one text each); its line «GESTIÓN»
    // «SUSTANTIVA» «AGREGADORA» is stretched over it at gaps of 7.1 and 6.3 pt, 0.11 of the font size
    // apart. Bundled report, line 143: «… CORRESPONDIENTE A LA GESTIÓN SUSTANTIVA AGREGADORA DE VALOR …», one cell.
    const rows = cellsOf([
  item("Fortalecer", 37.75, 69.24, 40.5, 1, 7), item("las", 106.16, 115.11, 40.5, 2, 7),
  item("Capacidades", 37.75, 78.59, 48, 3, 7),
  item("Institucionales.", 37.75, 84.02, 55.5, 4, 7),
  item("NO", 123.11, 133.6, 40.5, 5, 7),
  item(".", 123.11, 125.05, 48, 6, 7),
  item("DE", 123.11, 132.83, 55.5, 7, 7),
  item("ME", 123.11, 133.6, 63, 8, 7),
  item("TA", 123.11, 131.53, 70.5, 9, 7),
  item("DESCRIPCIÓ", 143.02, 186.55, 40.5, 10, 7),
  item("N", 143.02, 148.07, 48, 11, 7),
  item("TOT", 255, 268.86, 40.5, 12, 7),
  item("ALE", 255, 268.22, 48, 13, 7),
  item("S", 255, 259.67, 55.5, 14, 7),
  item("PLA", 255, 268.22, 63, 15, 7),
  item("NIFI", 255, 268.21, 70.5, 16, 7),
  item("CAD", 255, 269.77, 78, 17, 7),
  item("OS", 255, 265.11, 85.5, 18, 7),
  item("TOT", 280.75, 294.61, 40.5, 19, 7),
  item("ALE", 280.75, 293.97, 48, 20, 7),
  item("S", 280.75, 285.41, 55.5, 21, 7),
  item("CUM", 280.75, 296.68, 63, 22, 7),
  item("PLID", 280.75, 296.3, 70.5, 23, 7),
  item("OS", 280.75, 290.86, 78, 24, 7),
  item("2", 123.11, 127, 95.25, 25, 7), item("FORTALECIM", 143.02, 187.46, 95.25, 26, 7),
  item("IENTO", 143.02, 164.27, 102.75, 27, 7),
  item("INSTITUCION", 143.02, 187.71, 110.25, 28, 7),
  item("AL", 143.02, 151.57, 117.75, 29, 7),
  item("4.1.", 195.79, 207.45, 95.25, 30, 7), item("NÚMERO", 215.91, 247.01, 95.25, 30, 7),
  item("DE", 195.79, 205.5, 102.75, 31, 7),
  item("PROCESOS", 195.79, 235.44, 110.25, 32, 7),
  item("SUSTANTIVOS", 195.79, 244.64, 117.75, 33, 7),
  item("LEVANTADOS", 195.79, 241.79, 125.25, 34, 7),
  item("Y/O", 195.79, 207.84, 132.75, 35, 7),
  item("ACTUALIZADO", 195.79, 244.77, 140.25, 36, 7),
  item("S", 195.79, 200.45, 147.75, 37, 7),
  item("10,00", 255, 272.51, 95.25, 38, 7), item("10,0", 280.75, 294.36, 95.25, 38, 7),
  item("0", 280.75, 284.64, 102.75, 39, 7),
  item("10", 305.3, 313.08, 95.25, 40, 7),
  item("0,0", 305.3, 315.02, 102.75, 41, 7),
  item("0", 305.3, 309.19, 110.25, 42, 7),
  item("%", 305.3, 311.52, 117.75, 43, 7),
  item("DOCUMENTOS", 323.14, 373.55, 95.25, 44, 7), item("DE", 378.34, 388.06, 95.25, 44, 7), item("PROCESOS", 392.85, 432.5, 95.25, 44, 7), item("ENTRE", 437.29, 461, 95.25, 44, 7),
  item("MANUALES DE PROCESOS, MANUALES", 323.14, 461, 102.75, 45, 7),
  item("DE FUNCIONALIDADES, INSTRUCTIVOS", 323.14, 461, 110.25, 46, 7),
  item("Y", 323.14, 327.81, 117.75, 47, 7), item("GUÍAS,", 334.28, 358, 117.75, 47, 7), item("CORRESPONDIENTE", 364.6, 435.34, 117.75, 47, 7), item("A", 441.56, 446.22, 117.75, 47, 7), item("LA", 452.44, 460.99, 117.75, 47, 7),
  item("GESTIÓN", 323.14, 354.63, 125.25, 48, 7), item("SUSTANTIVA", 361.68, 404.57, 125.25, 48, 7), item("AGREGADORA", 410.85, 461, 125.25, 48, 7),
  item("DE", 323.14, 332.86, 132.75, 49, 7), item("VALOR", 341.99, 365.19, 132.75, 49, 7), item("Y", 374.19, 378.86, 132.75, 49, 7), item("GESTIÓN", 387.86, 419.34, 132.75, 49, 7), item("ADJETIVA", 428.08, 461, 132.75, 49, 7),
  item("HABITANTE DE ASESORÍA.", 323.14, 412.82, 140.25, 50, 7),
  item("Fortalecer", 37.75, 69.24, 157.5, 51, 7), item("las", 106.16, 115.11, 157.5, 52, 7), item("NO", 123.11, 133.6, 157.5, 55, 7), item("DESCRIPCIÓ", 143.02, 186.55, 157.5, 60, 7), item("TOT", 255, 268.86, 157.5, 62, 7), item("TOT", 280.75, 294.61, 157.5, 69, 7),
    ], 499);
    expect(rows.find((r) => r.at(-1)!.startsWith('GESTIÓN'))?.at(-1)).toBe('GESTIÓN SUSTANTIVA AGREGADORA');
  });

  it('keeps one cell two-word stretched lines whose last words start at one place, where a line of the cell runs past that place (Ministerio, B5 7 pt, justify)', () => {
    // b5-portrait-arial-7pt-justified-zebra (otras2 set), Ministerio report, page 8, y 480 to 645:
    // goal 3.3's cell runs from 143.0 to 187.8 pt; «FRENTE» … «A» and «RIESGOS» … «Y» are stretched
    // over it, «A» and «Y» both at 183.1, as a column one letter wide would be; but «SEGURIDAD,», a
    // line of the same cell, runs to 186.6, past 183.1. Bundled report, line 141: «SISTEMA INTEGRAL DE
    // SEGURIDAD, FRENTE A LOS RIESGOS Y AMENAZAS», one cell.
    const rows = cellsOf([
  item("Mejorar el sistema", 37.75, 95.19, 487.5, 234, 7),
  item("integral", 37.75, 60.69, 495, 235, 7), item("de", 87.41, 95.19, 495, 236, 7),
  item("seguridad,", 37.75, 70.42, 502.5, 237, 7), item("frente", 77.29, 95.19, 502.5, 237, 7),
  item("a", 37.75, 41.64, 510, 238, 7), item("los", 47.82, 56.77, 510, 238, 7), item("riesgos", 62.95, 85.51, 510, 238, 7), item("y", 91.69, 95.19, 510, 238, 7),
  item("amenazas", 37.75, 70.03, 517.5, 239, 7), item("que", 83.51, 95.18, 517.5, 240, 7),
  item("afectan", 37.75, 60.7, 525, 241, 7), item("la", 89.74, 95.19, 525, 242, 7),
  item("seguridad", 37.75, 68.47, 532.5, 243, 7),
  item("ciudadana", 37.75, 70.04, 540, 244, 7), item("con", 83.91, 95.19, 540, 245, 7),
  item("transparencia", 37.75, 80.14, 547.5, 246, 7), item("y", 91.69, 95.19, 547.5, 247, 7),
  item("calidad", 37.75, 59.92, 555, 248, 7), item("de", 87.41, 95.19, 555, 249, 7),
  item("servicio.", 37.75, 63.4, 562.5, 250, 7),
  item("N", 103.18, 108.24, 487.5, 251, 7),
  item("O.", 103.18, 110.57, 495, 252, 7),
  item("DE", 103.18, 112.9, 502.5, 253, 7),
  item("M", 103.18, 109.01, 510, 254, 7),
  item("ET", 103.18, 112.12, 517.5, 255, 7),
  item("A", 103.18, 107.85, 525, 256, 7),
  item("DESCRIPCIÓN", 121.22, 169.81, 487.5, 257, 7), item("TOT", 267.71, 281.58, 487.5, 258, 7),
  item("ALE", 267.71, 280.94, 495, 259, 7),
  item("S", 267.71, 272.38, 502.5, 260, 7),
  item("PLA", 267.71, 280.94, 510, 261, 7),
  item("NIFI", 267.71, 280.93, 517.5, 262, 7),
  item("CA", 267.71, 277.43, 525, 263, 7),
  item("DO", 267.71, 278.21, 532.5, 264, 7),
  item("S", 267.71, 272.38, 540, 265, 7),
  item("TO", 289.65, 299.24, 487.5, 266, 7),
  item("TAL", 289.65, 301.96, 495, 267, 7),
  item("ES", 289.65, 298.99, 502.5, 268, 7),
  item("CU", 289.65, 299.76, 510, 269, 7),
  item("MP", 289.65, 300.15, 517.5, 270, 7),
  item("LID", 289.65, 300.54, 525, 271, 7),
  item("OS", 289.65, 299.76, 532.5, 272, 7),
  item("Mejorar", 37.75, 61.46, 580.5, 273, 7), item("el", 73.51, 78.96, 580.5, 274, 7), item("sistema", 91.01, 115.11, 580.5, 275, 7),
  item("integral", 37.75, 60.69, 588, 276, 7), item("de", 67.67, 75.46, 588, 276, 7), item("seguridad,", 82.44, 115.11, 588, 276, 7),
  item("frente", 37.75, 55.64, 595.5, 277, 7), item("a", 60.78, 64.67, 595.5, 277, 7), item("los", 69.82, 78.76, 595.5, 277, 7), item("riesgos", 83.91, 106.46, 595.5, 277, 7), item("y", 111.61, 115.11, 595.5, 277, 7),
  item("amenazas", 37.75, 70.03, 603, 278, 7), item("que", 75.26, 86.93, 603, 278, 7), item("afectan", 92.16, 115.11, 603, 278, 7),
  item("la", 37.75, 43.19, 610.5, 279, 7), item("seguridad", 47.64, 78.37, 610.5, 279, 7), item("ciudadana", 82.82, 115.11, 610.5, 279, 7),
  item("con", 37.75, 49.03, 618, 280, 7), item("transparencia", 59.12, 101.51, 618, 280, 7), item("y", 111.6, 115.1, 618, 280, 7),
  item("calidad de gestión.", 37.75, 96.09, 625.5, 281, 7),
  item("3", 123.11, 127, 580.5, 282, 7), item("SISTEMA", 143.02, 173.73, 580.5, 283, 7),
  item("INTEGRAL", 143.02, 178, 588, 284, 7),
  item("DE", 143.02, 152.74, 595.5, 285, 7),
  item("SEGURIDAD,", 143.02, 186.55, 603, 286, 7),
  item("FRENTE", 143.02, 171, 610.5, 287, 7), item("A", 183.12, 187.78, 610.5, 288, 7),
  item("LOS", 143.02, 157.02, 618, 289, 7),
  item("RIESGOS", 143.02, 174.9, 625.5, 290, 7), item("Y", 183.12, 187.79, 625.5, 290, 7),
  item("AMENAZAS", 143.02, 181.5, 633, 291, 7),
  item("3.3. CANTIDAD", 195.79, 247, 580.5, 292, 7),
  item("DE", 195.79, 205.5, 588, 293, 7),
  item("INFRAESTRUC", 195.79, 245.54, 595.5, 294, 7),
  item("TURA", 195.79, 214.83, 603, 295, 7),
  item("POLICIAL", 195.79, 227.28, 610.5, 296, 7),
  item("ADECUADA EN", 195.79, 247, 618, 297, 7),
  item("SITIOS", 195.79, 218.72, 625.5, 298, 7),
  item("ESTRATÉGICO", 195.79, 245.41, 633, 299, 7),
  item("S", 195.79, 200.45, 640.5, 300, 7),
  item("30,00", 255, 272.51, 580.5, 301, 7), item("0,00", 280.75, 294.36, 580.5, 301, 7), item("0,0", 305.3, 315.02, 580.5, 302, 7),
  item("0", 305.3, 309.19, 588, 303, 7),
  item("%", 305.3, 311.52, 595.5, 304, 7),
  item("PROYECTO", 323.14, 362.28, 580.5, 305, 7), item("\"DESCONCENTRACIÓN", 367.45, 446.11, 580.5, 305, 7), item("DE", 451.28, 461, 580.5, 305, 7),
  item("LOS", 323.14, 337.14, 588, 306, 7), item("SERVICIOS", 343.36, 381.33, 588, 306, 7), item("DE", 387.54, 397.26, 588, 306, 7), item("SEGURIDAD", 403.47, 445.07, 588, 306, 7), item("EN", 451.28, 461, 588, 306, 7),
  item("DISTRITOS Y CIRCUITOS\"", 323.14, 409.47, 595.5, 307, 7),
    ], 499);
    expect(rows.filter((r) => /^(FRENTE|RIESGOS)\b/.test(r[1] ?? '')).map((r) => r[1])).toEqual(['FRENTE A', 'RIESGOS Y']);
  });

  it('keeps one cell a stretched line of a figure and a word, «85%   DE» (IESS, Letter landscape 8 pt, justify)', () => {
    // letter-landscape-condensed-8pt-ruled-justified (otras3 set), IESS report, page 3, y 40 to 290:
    // the goal's description cell runs from 520.9 to 555.7 pt, its first line «85%» … «DE» stretched
    // over it, the indicator column starting a cell gap further, at 564.5. Bundled report, line 70:
    // the goal «85% DE EJECUCIÓN PRESUPUESTARIA», one cell.
    const rows = cellsOf([
  item("NO.", 474.28, 487.28, 42.75, 1, 7.99), item("DE", 502.11, 512.19, 42.75, 2, 7.99),
  item("META", 474.28, 493.72, 52.5, 3, 7.99),
  item("DESCRIP", 520.93, 552.05, 42.75, 4, 7.99),
  item("CIÓN", 520.93, 539.11, 52.5, 5, 7.99),
  item("TOTAL", 613.78, 636.52, 42.75, 6, 7.99),
  item("ES", 613.78, 622.89, 52.5, 7, 7.99),
  item("PLANI", 613.78, 634.72, 62.25, 8, 7.99),
  item("FICAD", 613.78, 635.52, 72, 9, 7.99),
  item("OS", 613.78, 624.01, 81.75, 10, 7.99),
  item("TOTA", 645.83, 664.57, 42.75, 11, 7.99),
  item("LES", 645.83, 658.95, 52.5, 12, 7.99),
  item("CUMP", 645.83, 666.66, 62.25, 13, 7.99),
  item("LIDO", 645.83, 663.15, 72, 14, 7.99),
  item("S", 645.83, 650.4, 81.75, 15, 7.99),
  item("OE 1. Incrementar la sostenibilidad de los fondos de los seguros especializados,OE 2. Incrementar la eficiencia en el", 38.5, 465.53, 93.75, 16, 7.99),
  item("uso de recursos financieros,OE 3. Incrementar la efectividad de la afiliación a la seguridad social,OE 4. Incrementar la", 38.5, 465.54, 103.5, 17, 7.99),
  item("calidad, calidez y oportunidad en el acceso y entrega de las prestaciones y servicios,OE 5. Incrementar la eficiencia", 38.5, 465.54, 113.25, 18, 7.99),
  item("operacional de la gestión de los procesos,OE 6. Incrementar el desarrollo profesional de los servidores de la", 38.5, 465.53, 123, 19, 7.99),
  item("institución,OE 7. Incrementar el grado de innovación en la gestión institucional", 38.5, 323.15, 132.75, 20, 7.99),
  item("85", 474.28, 483.43, 93.75, 21, 7.99), item("85%", 520.93, 536.92, 93.75, 22, 7.99), item("DE", 545.64, 555.72, 93.75, 22, 7.99),
  item("EJECUCIÓ", 520.93, 555.23, 103.5, 23, 7.99),
  item("N", 520.93, 526.31, 113.25, 24, 7.99),
  item("PRESUPU", 520.93, 554.24, 123, 25, 7.99),
  item("ESTARIA", 520.93, 550.76, 132.75, 26, 7.99),
  item("PORCENTAJ", 564.47, 604.81, 93.75, 27, 7.99),
  item("E", 564.47, 569.01, 103.5, 28, 7.99), item("DE", 594.95, 605.04, 103.5, 29, 7.99),
  item("EJECUCIÓN", 564.47, 604.14, 113.25, 30, 7.99),
  item("PRESUPUE", 564.47, 602.32, 123, 31, 7.99),
  item("STARIA", 564.47, 589.75, 132.75, 32, 7.99),
  item("0,85", 613.78, 629.79, 93.75, 33, 7.99), item("0,91", 645.83, 661.84, 93.75, 34, 7.99), item("107,06", 676.1, 701.25, 93.75, 35, 7.99),
  item("%", 676.1, 682.94, 103.5, 36, 7.99),
  item("SE", 716.8, 725.91, 93.75, 37, 7.99),
  item("SUPERÓ", 716.8, 746.16, 103.5, 38, 7.99),
  item("LA", 716.8, 725.91, 113.25, 39, 7.99), item("META", 734.06, 753.49, 113.25, 39, 7.99),
  item("PROYECT", 716.8, 749.7, 123, 40, 7.99),
  item("ADA", 716.8, 732.03, 132.75, 41, 7.99),
  item("TOTAL", 474.28, 497.02, 145.5, 42, 7.99), item("%", 505.35, 512.19, 145.5, 42, 7.99),
  item("CUMPLIMI", 474.28, 509.56, 155.25, 43, 7.99),
  item("ENTO", 474.28, 494.25, 165, 44, 7.99), item("DE", 502.11, 512.19, 165, 44, 7.99),
  item("LA", 474.28, 483.39, 174.75, 45, 7.99),
  item("GESTIÓN:", 474.28, 508.93, 184.5, 46, 7.99),
  item("107,06", 676.1, 701.25, 145.5, 47, 7.99),
  item("%", 676.1, 682.94, 155.25, 48, 7.99),
  item("CUMPLIMIENTO DE LA EJECUCIÓN PRESUPUESTARIA:", 33.75, 222.39, 205.5, 49, 7.99),
  item("TIPO", 38.5, 55, 227.25, 50, 7.99), item("DESCRIPCIÓN", 64.45, 113.75, 227.25, 50, 7.99), item("PRESUPUESTO", 199.25, 251.72, 227.25, 51, 7.99),
  item("PLANIFICADO", 199.25, 247.58, 237, 52, 7.99),
  item("PRESUPUESTO", 294.75, 347.21, 227.25, 53, 7.99),
  item("EJECUTADO", 294.75, 336.13, 237, 54, 7.99),
  item("%", 384.45, 391.28, 227.25, 55, 7.99), item("CUMPLIMIENTO", 398.6, 453.84, 227.25, 55, 7.99), item("DE", 461.16, 471.24, 227.25, 55, 7.99), item("LA", 478.56, 487.66, 227.25, 55, 7.99),
  item("GESTIÓN", 384.45, 416.67, 237, 56, 7.99),
  item("LINK AL MEDIO DE VERIFICACIÓN PUBLICADO EN LA PÁG. WEB DE LA", 496.41, 753.51, 227.25, 57, 7.99),
  item("INSTITUCIÓN", 496.41, 542.81, 237, 58, 7.99),
  item("MET", 38.5, 53.64, 249, 59, 7.99),
  item("A", 38.5, 43.41, 258.75, 60, 7.99),
  item("85%", 64.45, 80.44, 249, 61, 7.99), item("DE", 110.6, 120.68, 249, 62, 7.99), item("EJECUCIÓN", 150.84, 190.51, 249, 63, 7.99),
  item("PRESUPUESTARIA", 64.45, 127.58, 258.75, 64, 7.99),
  item("\\$18.215.009,19", 199.25, 258.84, 249, 65, 7.99), item("\\$16.599.214,93", 294.75, 354.33, 249, 66, 7.99), item("91,13 %", 384.45, 414.14, 249, 67, 7.99), item("https://www.iess.gob.ec/documents/10162/bb7c883e-0204-43e7-a1a8-", 496.41, 752.52, 249, 68, 7.99),
  item("be080dfacc0b", 496.41, 547.67, 258.75, 69, 7.99),
  item("Total", 38.5, 55.15, 271.5, 70, 7.99), item("TOTAL", 64.45, 87.19, 271.5, 70, 7.99), item("%", 92.71, 99.54, 271.5, 70, 7.99), item("CUMPLIMIENTO", 105.05, 160.3, 271.5, 70, 7.99), item("DE", 165.81, 175.89, 271.5, 70, 7.99), item("LA", 181.41, 190.51, 271.5, 70, 7.99),
  item("GESTIÓN:", 64.45, 99.1, 281.25, 71, 7.99),
  item("\\$18.215.009,19", 199.25, 258.84, 271.5, 72, 7.99), item("\\$16.599.214,93", 294.75, 354.33, 271.5, 73, 7.99), item("91,13 %", 384.45, 414.14, 271.5, 74, 7.99),
    ], 792);
    expect(rows.find((r) => r[0]!.startsWith('OE 1.'))?.slice(1, 4)).toEqual(['85', '85% DE', 'PORCENTAJ']);
  });
});

describe('stretched lines that are not all words', () => {
  // letter-portrait-sans-9pt-ruled-justified-spaced (otras6), plan, page 36, y 494.25 to 660.75: the
  // commitment's first column runs from 38.50 to 80.14 pt, its lines justified. «Fecha de», «acceso
  // a», «n o actor» and «ble de la» show those edges alone (one text each). Bundled plan, line 1024:
  // «Fecha de inicio y término del compromiso: noviembre 2019 – junio 2022», one cell.
  const column = (line: PositionedItem[]) => [
    item('Fecha de', 38.5, 80.14, 494.25, 46, 9), item('inicio', 38.5, 62.16, 506.25, 47, 9), item('y', 74.81, 80.14, 506.25, 47, 9),
    item('término', 38.5, 73.58, 519, 48, 9), item('del', 38.5, 52.25, 531.75, 49, 9),
    item('compro', 38.5, 72.44, 544.5, 50, 9), item('miso:', 38.5, 62.99, 557.25, 51, 9),
    item('noviemb', 38.5, 77.55, 569.25, 52, 9),
    ...line,
    item('–', 38.5, 43, 594.75, 54, 9), item('junio', 58.22, 80.14, 594.75, 55, 9),
    item('2022', 38.5, 61.4, 607.5, 56, 9),
    item('Institució', 38.5, 79.76, 622.5, 57, 9), item('n o actor', 38.5, 80.14, 635.25, 58, 9),
    item('responsa', 38.5, 79.35, 648, 59, 9), item('ble de la', 38.5, 80.14, 660.75, 60, 9),
  ];

  it('keeps one cell a stretched line of a cut word\'s end and a year, «re   2019», over edges two other lines show alone', () => {
    const rows = cellsOf(column([item('re', 38.5, 47.54, 582, 53, 9), item('2019', 57.24, 80.14, 582, 53, 9)]));
    const at = rows.findIndex((r) => r[0] === 'noviemb');
    expect(rows.slice(at, at + 3)).toEqual([['noviemb'], ['re 2019'], ['– junio']]);
  });

  it('keeps apart two figures over those edges: a line of figures alone is no proof of a stretched line', () => {
    // (the same line with «10» for «re»: a figure's width at 9 pt, 11.45 pt)
    const rows = cellsOf(column([item('10', 38.5, 49.95, 582, 53, 9), item('2019', 57.24, 80.14, 582, 53, 9)]));
    expect(rows[rows.findIndex((r) => r[0] === 'noviemb') + 1]).toEqual(['10', '2019']);
  });
});

describe('a cell of two stretched lines', () => {
  // a4-landscape-serif-9pt-rows-justified-spaced (otras6), plan, page 59, y 442.5 to 510: the header
  // cell «Institución o actor responsable de la implementación» in a column from 37.75 to 109.61 pt
  // (the institutions' cell starts at 117.61). Two of its lines are stretched to both edges, «o» /
  // «actor» 42.7 pt apart and «responsable» / «de» 5.6 pt apart; its other lines are one word each.
  // Bundled plan, line 1133: the header and «Presidencia de la República del Ecuador Ministerio de
  // Telecomunicaciones y de la Sociedad de la Información», two cells.
  const cell = [
    item('<b>Institución', 37.75, 107.6, 442.5, 52, 9),
    item('o', 37.75, 43.16, 456, 53, 9), item('actor', 85.87, 109.61, 456, 54, 9),
    item('responsable', 37.75, 92.92, 469.5, 55, 9), item('de', 98.52, 109.61, 469.5, 55, 9),
    item('la', 37.75, 45.99, 483, 56, 9), item('implementació', 37.75, 105.1, 496.5, 57, 9), item('n</b>', 37.75, 67.42, 510, 58, 9),
    item('<b>Presidencia de la República del Ecuador Ministerio de Telecomunicaciones y de la Sociedad de la Información</b>', 117.61, 666.43, 442.5, 59, 9),
  ];

  it('keeps each one cell when the line above or below stretches words over the same edges, its last word elsewhere', () => {
    const rows = cellsOf(cell, 842);
    expect(rows.slice(1, 3)).toEqual([['o actor'], ['responsable de']]);
  });

  it('keeps apart the cells of two rows of a table whose last column is right-aligned (no line of one word beside them)', () => {
    // (the same edges and lines; «Obra» / «Cerrado» and «Bien» / «Estado», 42.7 and 5.6 pt apart,
    // between a title line wider than both columns and a blank line)
    const rows = cellsOf([
      item('Estado de los contratos del año', 37.75, 170, 442.5, 1, 9),
      item('Obra', 37.75, 58, 456, 3, 9), item('Cerrado', 85.87, 109.61, 456, 4, 9),
      item('Servicio', 37.75, 92.92, 469.5, 5, 9), item('Fin', 98.52, 109.61, 469.5, 6, 9),
    ], 842);
    expect(rows.slice(1)).toEqual([['Obra', 'Cerrado'], ['Servicio', 'Fin']]);
  });
});

describe('stretched lines ending where a line of their cell ends in the same word, or holding a sign', () => {
  // a4-landscape-serif-9pt-rows-justified-spaced (otras6), Ministerio report, page 16, y 45 to
  // 141.75: goal 4.2's row and the goals' total. The indicator cell (324.23 to 423.49 pt) starts
  // «4.2.   NÚMERO   DE» stretched, over «INSTRUMENTOS DE», one text ending in the same word at the
  // same place; the total's label spans the first columns, «TOTAL   %   CUMPLIMIENTO   DE» stretched
  // over «LA GESTIÓN:». Bundled report, lines 146 and 148: «4.2. NÚMERO DE INSTRUMENTOS DE GESTIÓN
  // INSTITUCIONAL VALIDADOS» and «TOTAL % CUMPLIMIENTO DE LA GESTIÓN:», one cell each.
  const items = [
    item('2', 200.64, 206.36, 45, 1, 9), item('FORTALECIMIEN', 229.85, 312.31, 45, 2, 9),
    item('TO', 229.85, 243.23, 58.5, 3, 9), item('INSTITUCIONAL', 229.85, 308.76, 72, 4, 9),
    item('4.2.', 324.23, 341.41, 45, 5, 9), item('NÚMERO', 352.85, 398.25, 45, 5, 9), item('DE', 409.7, 423.48, 45, 5, 9),
    item('INSTRUMENTOS DE', 324.23, 423.49, 58.5, 6, 9), item('GESTIÓN', 324.23, 368.97, 72, 7, 9),
    item('INSTITUCIONAL', 324.23, 403.15, 85.5, 8, 9), item('VALIDADOS', 324.23, 380.63, 99, 9, 9),
    item('3,00', 431.48, 451.52, 45, 10, 9), item('3,00', 471.73, 491.77, 45, 11, 9),
    item('10', 510.02, 521.48, 45, 12, 9), item('0,0', 510.02, 524.34, 58.5, 13, 9), item('0', 510.02, 515.75, 72, 14, 9), item('%', 510.02, 518.58, 85.5, 15, 9),
    item('MATRIZ', 533.98, 571.79, 45, 16, 9), item('DE', 579.04, 592.83, 45, 16, 9), item('COMPETENCIAS', 600.08, 679.74, 45, 16, 9),
    item('MODELO', 686.99, 730.73, 45, 16, 9), item('DE', 737.98, 751.76, 45, 16, 9), item('GESTIÓN', 759.02, 803.75, 45, 16, 9),
    item('INSTITUCIONAL PLAN ESTRATÉGICO INSTITUCIONAL', 533.98, 795.89, 58.5, 17, 9),
    item('TOTAL', 37.75, 69.11, 114.75, 18, 9), item('%', 76.22, 84.77, 114.75, 18, 9), item('CUMPLIMIENTO', 91.88, 171.75, 114.75, 18, 9), item('DE', 178.86, 192.64, 114.75, 18, 9),
    item('LA GESTIÓN:', 37.75, 100.53, 128.25, 19, 9),
    item('11', 510.02, 521.48, 114.75, 20, 9), item('2,3', 510.02, 524.34, 128.25, 21, 9), item('7', 510.02, 515.75, 141.75, 22, 9),
  ];

  /** Page 15, y 366.75 to 420.75: goal 4.1's row, its observations cell justified (the document shows justified cells). */
  const page15 = [
    item('4.1.', 324.23, 341.41, 366.75, 115, 9), item('NÚMERO', 352.85, 398.25, 366.75, 115, 9), item('DE', 409.7, 423.48, 366.75, 115, 9),
    item('PROCESOS', 324.23, 377.61, 380.25, 116, 9), item('SUSTANTIVOS', 324.23, 393.48, 393.75, 117, 9),
    item('DOCUMENTOS DE PROCESOS ENTRE MANUALES DE', 533.98, 803.74, 366.75, 126, 9),
    item('PROCESOS,', 533.98, 589.89, 380.25, 127, 9), item('MANUALES', 604.67, 660.78, 380.25, 128, 9), item('DE', 675.55, 689.34, 380.25, 129, 9), item('FUNCIONALIDADES,', 704.11, 803.75, 380.25, 130, 9),
    item('INSTRUCTIVOS', 533.98, 608.27, 393.75, 131, 9), item('Y', 615.74, 621.68, 393.75, 131, 9), item('GUÍAS,', 629.16, 662.69, 393.75, 131, 9),
    item('CORRESPONDIENTE', 670.17, 769.82, 393.75, 131, 9), item('A', 777.3, 783.79, 393.75, 131, 9), item('LA', 791.27, 803.75, 393.75, 131, 9),
    item('GESTIÓN ADJETIVA HABITANTE DE ASESORÍA.', 533.98, 759.23, 407.25, 133, 9),
  ];
  /** The rest of page 16 (y 155.25 to 537): the budget table, whose columns give the page its cell gap (loneLines). */
  const rest = [
    item("%", 510.02, 518.58, 155.25, 23, 9),
    item("CUMPLIMIENTO DE LA EJECUCIÓN PRESUPUESTARIA:", 33.75, 299.48, 184.5, 24, 9),
    item("TIPO", 37.75, 60.74, 213, 25, 9),
    item("DESCRIPCIÓN", 108.45, 177.36, 213, 26, 9),
    item("PRESUPUEST", 212.55, 277.93, 213, 27, 9),
    item("O", 212.55, 219.93, 226.5, 28, 9),
    item("PLANIFICAD", 212.55, 272.92, 240, 29, 9),
    item("O", 212.55, 219.93, 253.5, 30, 9),
    item("PRESUPUES", 287.71, 347.08, 213, 31, 9),
    item("TO", 287.71, 301.09, 226.5, 32, 9),
    item("EJECUTADO", 287.71, 345.53, 240, 33, 9),
    item("%", 358.36, 366.91, 213, 34, 9),
    item("CUMPLIMIENTO", 358.36, 438.23, 226.5, 35, 9),
    item("DE LA GESTIÓN", 358.36, 435.08, 240, 36, 9),
    item("LINK AL MEDIO DE VERIFICACIÓN PUBLICADO EN LA PÁG. WEB DE LA", 446.31, 803.75, 213, 37, 9),
    item("INSTITUCIÓN", 446.31, 512.75, 226.5, 38, 9),
    item("PROGRAMA", 37.75, 94.14, 270, 39, 9),
    item("Y/O", 37.75, 54.1, 283.5, 40, 9),
    item("PROYECTO", 37.75, 90.74, 297, 41, 9),
    item("Egresos en personal", 108.45, 201.37, 270, 42, 9),
    item("\\$14.586.155,", 212.55, 275.7, 270, 42, 9),
    item("85", 212.55, 224.01, 283.5, 43, 9),
    item("\\$14.586.155", 287.71, 348, 270, 44, 9),
    item(",85", 287.71, 302.02, 283.5, 45, 9),
    item("100,00 %", 358.36, 401.26, 270, 46, 9),
    item("http://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/cxyZbpd0", 446.31, 803.65, 270, 47, 9),
    item("lSn8wQP", 446.31, 488.01, 283.5, 48, 9),
    item("https://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/Gsie8EI", 446.31, 799.67, 297, 49, 9),
    item("F13deZHK", 446.31, 495.92, 310.5, 50, 9),
    item("PROGRAMA", 37.75, 94.14, 326.25, 51, 9),
    item("Y/O", 37.75, 54.1, 339.75, 52, 9),
    item("PROYECTO", 37.75, 90.74, 353.25, 53, 9),
    item("Bienes y servicios de", 108.45, 204.56, 326.25, 54, 9),
    item("consumo", 108.45, 149.07, 339.75, 55, 9),
    item("\\$7.496.825,8", 212.55, 275.7, 326.25, 56, 9),
    item("5", 212.55, 218.28, 339.75, 57, 9),
    item("\\$5.183.550,", 287.71, 345.13, 326.25, 58, 9),
    item("70", 287.71, 299.16, 339.75, 59, 9),
    item("69,14 %", 358.36, 395.54, 326.25, 60, 9),
    item("http://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/cxyZbpd0", 446.31, 803.65, 326.25, 61, 9),
    item("lSn8wQP", 446.31, 488.01, 339.75, 62, 9),
    item("https://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/Gsie8EI", 446.31, 799.67, 353.25, 63, 9),
    item("F13deZHK", 446.31, 495.92, 366.75, 64, 9),
    item("PROGRAMA", 37.75, 94.14, 383.25, 65, 9),
    item("Y/O", 37.75, 54.1, 396.75, 66, 9),
    item("PROYECTO", 37.75, 90.74, 410.25, 67, 9),
    item("Otros", 108.45, 133.78, 383.25, 68, 9),
    item("egresos", 169.18, 204.56, 383.25, 69, 9),
    item("corrientes", 108.45, 155.07, 396.75, 70, 9),
    item("\\$1.037.983,9", 212.55, 275.7, 383.25, 71, 9),
    item("8", 212.55, 218.28, 396.75, 72, 9),
    item("\\$264.144,00", 287.71, 348, 383.25, 73, 9),
    item("25,45 %", 358.36, 395.54, 383.25, 73, 9),
    item("http://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/cxyZbpd0", 446.31, 803.65, 383.25, 74, 9),
    item("lSn8wQP", 446.31, 488.01, 396.75, 75, 9),
    item("https://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/Gsie8EI", 446.31, 799.67, 410.25, 76, 9),
    item("F13deZHK", 446.31, 495.92, 423.75, 77, 9),
    item("PROGRAMA", 37.75, 94.14, 440.25, 78, 9),
    item("Y/O", 37.75, 54.1, 453.75, 79, 9),
    item("PROYECTO", 37.75, 90.74, 467.25, 80, 9),
    item("Egresos en personal", 108.45, 204.56, 440.25, 81, 9),
    item("para inversión", 108.45, 174.2, 453.75, 82, 9),
    item("\\$234.501,52", 212.55, 272.84, 440.25, 83, 9),
    item("\\$196.648,23", 287.71, 348, 440.25, 84, 9),
    item("83,86 %", 358.36, 395.54, 440.25, 84, 9),
    item("http://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/cxyZbpd0", 446.31, 803.65, 440.25, 85, 9),
    item("lSn8wQP", 446.31, 488.01, 453.75, 86, 9),
    item("https://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/Gsie8EI", 446.31, 799.67, 467.25, 87, 9),
    item("F13deZHK", 446.31, 495.92, 480.75, 88, 9),
    item("PROGRAMA", 37.75, 94.14, 496.5, 89, 9),
    item("Y/O", 37.75, 54.1, 510, 90, 9),
    item("PROYECTO", 37.75, 90.74, 523.5, 91, 9),
    item("Bienes", 108.45, 139, 496.5, 92, 9),
    item("y", 149.15, 154.24, 496.5, 92, 9),
    item("servicios", 164.39, 204.56, 496.5, 92, 9),
    item("para inversión", 108.45, 174.2, 510, 93, 9),
    item("\\$32.029.586,", 212.55, 275.7, 496.5, 94, 9),
    item("58", 212.55, 224.01, 510, 95, 9),
    item("\\$3.035.281,", 287.71, 345.13, 496.5, 96, 9),
    item("00", 287.71, 299.16, 510, 97, 9),
    item("9,48 %", 358.36, 389.81, 496.5, 98, 9),
    item("http://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/cxyZbpd0", 446.31, 803.65, 496.5, 99, 9),
    item("lSn8wQP", 446.31, 488.01, 510, 100, 9),
    item("https://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/Gsie8EI", 446.31, 799.67, 523.5, 101, 9),
    item("F13deZHK", 446.31, 495.92, 537, 102, 9),
  ];
  const twoPages = () => layoutPages([{ width: 842, height: 595, items: page15 }, { width: 842, height: 595, items: [...items, ...rest] }]).text
    .split('\n').filter((l) => l.trim()).map((l) => l.trim().split(/ {2,}/));

  it('keeps one cell «4.2.   NÚMERO   DE» over «INSTRUMENTOS DE», whose last word is no cell of its own', () => {
    expect(cellsOf(items, 842)[0]).toContain('4.2. NÚMERO DE');
  });

  it('keeps one cell a lone stretched line with a sign among its words, «TOTAL   %   CUMPLIMIENTO   DE», in a document of justified cells', () => {
    expect(twoPages().find((r) => r[0]!.startsWith('TOTAL'))).toEqual(['TOTAL % CUMPLIMIENTO DE', '11']);
  });
});

describe('copies of a stretched line found on another page', () => {
  // a4-landscape-serif-9pt-rows-justified-spaced (otras6), IESS report, the recommendations: page 5
  // reads «GENERAL   DEL» stretched in its cell (37.75 to 129.21 pt); page 6 holds three more rows
  // of the same cell («CONTRALORÍA» / «GENERAL   DEL» / «ESTADO»), the same words at the same places,
  // which no row of page 6 tells from two cells. Positions as PDF.js gives them (9 pt).
  const at = (str: string, x: number, end: number, y: number) => item(str, x, end, y, 0, 9);
  const page6 = [
    [at('CONTRALORÍA', 37.75, 109.35, 45), at('DNA7-0038-2018', 137.21, 216.42, 45), at('S/N', 270.75, 287.82, 45)],
    [at('GENERAL', 37.75, 85.2, 58.5), at('DEL', 109.45, 129.21, 58.5), at('Cumplimiento', 498.87, 563.17, 58.5)],
    [at('ESTADO', 37.75, 77.09, 72), at('Continuo', 498.87, 540.47, 72)],
  ];
  const page5 = [[at('GENERAL', 37.75, 85.2, 400), at('DEL', 109.45, 129.21, 400)]];

  it('are stretched too: the same words from the same left edge to the same right edge', () => {
    const spans = stretchedSpans(page5, [new Set([1])]);
    expect(spans).toEqual([{ x: 37.75, end: 129.21, text: 'GENERAL DEL' }]);
    const gaps = page6.map(() => new Set<number>());
    gapsFromSpans(page6, [false, false, false], gaps, spans);
    expect(gaps.map((g) => [...g])).toEqual([[], [1], []]);
  });

  it('other words over those edges, or the same words elsewhere, are not', () => {
    const gaps = page6.map(() => new Set<number>());
    gapsFromSpans(page6, [false, false, false], gaps, [{ x: 37.75, end: 129.21, text: 'GENERAL DE' }, { x: 37.75, end: 131, text: 'GENERAL DEL' }]);
    expect(gaps.map((g) => [...g])).toEqual([[], [], []]);
  });
});

describe('a narrow justified cell whose stretched lines have one-word lines between them', () => {
  // b5-portrait-serif-8pt-zebra-justified-tight (otras7), CNE report, page 4, y 41.25 to 168: unit 8's
  // row. Its name, in a column from 47.84 to 113.56 pt, has two stretched lines, «Nacional» / «de»
  // 19.8 pt apart and «Tecnológica» / «y» 13 pt apart, with «Infraestructura» between them, a word
  // that fills its line alone; the indicator beside it holds the same words. Bundled CNE report, line
  // 54: «Dirección Nacional de Infraestructura Tecnológica y Comunicaciones Electorales», one cell.
  const rows = cellsOf([
    item('8', 36.75, 41.84, 41.25, 1), item('Dirección', 47.84, 86.82, 41.25, 1), item('Nacional', 47.84, 83.91, 51.00, 2), item('de', 103.71, 113.56, 51.00, 3),
    item('Infraestructura', 47.84, 110.12, 60.75, 4), item('Tecnológica', 47.84, 95.99, 70.50, 5), item('y', 109.03, 113.55, 70.50, 6), item('Comunicacione', 47.84, 110.16, 80.25, 7),
    item('s Electorales', 47.84, 100.07, 90.00, 8), item('(O.O)', 325.97, 347.38, 41.25, 9), item('Porcentaje', 362.90, 406.13, 41.25, 10), item('de', 421.64, 431.49, 41.25, 11),
    item('cumplimiento', 325.97, 381.44, 51.00, 12), item('de', 395.80, 405.65, 51.00, 13), item('los', 420.02, 431.49, 51.00, 14), item('procesos de la Dirección', 325.97, 431.49, 60.75, 15),
    item('Nacional', 325.97, 362.04, 70.50, 16), item('de', 421.65, 431.50, 70.50, 17), item('Infraestructura', 325.97, 388.25, 80.25, 18), item('Tecnológica', 325.97, 374.13, 90.00, 19),
    item('y', 426.97, 431.49, 90.00, 20), item('Comunicaciones', 325.97, 392.39, 99.75, 21), item('Electorales', 325.97, 371.56, 109.50, 22), item('10', 437.50, 447.67, 41.25, 23),
    item('0,', 437.50, 445.12, 51.00, 24), item('00', 437.50, 447.67, 60.75, 25), item('%', 437.50, 445.09, 70.50, 26), item('Porcentaje de asistencias', 325.97, 431.49, 119.25, 27),
    item('técnicas atendidas', 325.97, 401.48, 129.00, 28), item('N/', 437.50, 447.18, 119.25, 29), item('A', 437.50, 443.27, 129.00, 30), item('Porcentaje', 325.97, 369.19, 138.75, 31),
    item('de', 374.53, 384.38, 138.75, 31), item('incidentes', 389.72, 431.49, 138.75, 31), item('en', 325.97, 335.85, 148.50, 32), item('infraestructura', 369.82, 431.50, 148.50, 33),
    item('tecnológica resueltos', 325.97, 412.38, 158.25, 34), item('10', 437.50, 447.67, 138.75, 35), item('0,', 437.50, 445.12, 148.50, 36), item('00', 437.50, 447.67, 158.25, 37),
    item('%', 437.50, 445.09, 168.00, 38),
  ], 499);

  it('keeps each of its stretched lines one cell', () => {
    expect(rows.slice(1, 4).map((r) => r[0])).toEqual(['Nacional de', 'Infraestructura', 'Tecnológica y']);
  });
});

describe('a justified line ending at its cell\'s edge, the next cell a padding away', () => {
  // b5-portrait-serif-8pt-zebra-justified-tight (otras7), CNE report, page 4, y 207 to 714: units 9 to
  // 11. The objective's line «MEDIANTE   la   implementación   de   controles   de» is stretched to
  // 312.43 pt (where «confidencialidad de los sistemas de información» ends), its gaps 5.56 pt; the
  // indicator's «cumplimiento de los procesos» starts 5.99 pt after it (3 pt of padding a side). A line
  // of two cells, «Incrementar la disponibilidad, integridad y» and «Porcentaje de implementación»,
  // starts and ends at the same two places as two others of the block (unit 11's «fiscalización del
  // financiamiento público y privado» and «políticas   que   presentaron   su», whose last word starts
  // elsewhere): no stretched line. Bundled CNE report, line 64: the objective ends «… controles de
  // seguridad informática.», the indicator is «(O.O) Porcentaje de cumplimiento de los procesos de la
  // Dirección …».
  const rows = cellsOf([
    item('T', 48.53, 53.86, 207.00, 39), item('1', 318.43, 323.52, 207.00, 40), item('1', 450.56, 455.65, 207.00, 41), item('9', 36.75, 41.84, 216.75, 42),
    item('Dirección', 48.53, 87.51, 216.75, 42), item('Nacional', 48.53, 84.60, 226.50, 43), item('de', 91.65, 101.50, 226.50, 43), item('Seguridad', 48.53, 90.37, 236.25, 44),
    item('y', 96.98, 101.49, 236.25, 44), item('Proyectos de', 48.53, 101.50, 246.00, 45), item('Tecnología', 48.53, 92.21, 255.75, 46), item('Informática', 48.53, 95.78, 265.50, 47),
    item('Electorales', 48.53, 94.12, 275.25, 48), item('Porcentaje', 318.43, 361.66, 216.75, 49), item('de', 378.91, 388.76, 216.75, 50), item('ejecución', 406.01, 444.56, 216.75, 51),
    item('presupuestaria', 318.43, 379.56, 226.50, 52), item('95', 450.56, 460.73, 216.75, 53), item(',7', 450.56, 458.19, 226.50, 54), item('7', 450.56, 455.65, 236.25, 55),
    item('%', 450.56, 458.16, 246.00, 56), item('Porcentaje', 318.43, 361.66, 285.00, 57), item('de', 371.79, 381.64, 285.00, 57), item('pruebas', 391.78, 424.58, 285.00, 57),
    item('de', 434.71, 444.56, 285.00, 57), item('seguridad informática', 318.43, 408.09, 294.75, 58), item('N/', 450.56, 460.25, 285.00, 59), item('A', 450.56, 456.34, 294.75, 60),
    item('Incrementar la disponibilidad, integridad y', 107.50, 281.94, 304.50, 61), item('Porcentaje de implementación', 318.43, 444.56, 304.50, 62), item('de normativas de seguridad al', 318.43, 444.56, 314.25, 63), item('sistema electoral', 318.43, 387.68, 324.00, 64),
    item('N/', 450.56, 460.25, 304.50, 65), item('A', 450.56, 456.34, 314.25, 66), item('confidencialidad de los sistemas de información', 107.50, 312.42, 333.75, 67), item('MEDIANTE', 107.50, 155.01, 343.50, 68),
    item('la', 160.57, 167.89, 343.50, 68), item('implementación', 173.44, 238.40, 343.50, 68), item('de', 243.96, 253.81, 343.50, 68), item('controles', 259.36, 297.03, 343.50, 68),
    item('de', 302.59, 312.43, 343.50, 68), item('seguridad informática.', 107.50, 199.69, 353.25, 69), item('(O.O)', 318.43, 339.85, 333.75, 70), item('Porcentaje', 365.67, 408.89, 333.75, 71),
    item('de', 434.71, 444.56, 333.75, 72), item('cumplimiento de los procesos', 318.43, 444.56, 343.50, 73), item('de', 318.43, 328.28, 353.25, 74), item('la', 334.29, 341.62, 353.25, 74),
    item('Dirección', 347.63, 386.61, 353.25, 74), item('Nacional', 392.63, 428.70, 353.25, 74), item('de', 434.71, 444.56, 353.25, 74), item('Seguridad', 318.43, 360.28, 363.00, 75),
    item('y', 370.30, 374.81, 363.00, 75), item('Proyectos', 384.83, 424.69, 363.00, 75), item('de', 434.71, 444.56, 363.00, 75), item('Tecnología', 318.43, 362.11, 372.75, 76),
    item('Informática', 397.31, 444.56, 372.75, 77), item('Electorales', 318.43, 364.03, 382.50, 78), item('10', 450.56, 460.73, 333.75, 79), item('0,', 450.56, 458.19, 343.50, 80),
    item('00', 450.56, 460.73, 353.25, 81), item('%', 450.56, 458.16, 363.00, 82), item('Porcentaje', 318.43, 361.66, 392.25, 83), item('de', 368.93, 378.78, 392.25, 83),
    item('insidentes', 386.04, 427.44, 392.25, 83), item('de', 434.71, 444.56, 392.25, 83), item('seguridad informatica ( E )', 318.43, 427.78, 402.00, 84), item('10', 450.56, 460.73, 392.25, 85),
    item('0,', 450.56, 458.19, 402.00, 86), item('00', 450.56, 460.73, 411.75, 87), item('%', 450.56, 458.16, 421.50, 88), item('Porcentaje', 318.43, 361.66, 431.25, 89),
    item('de', 375.93, 385.78, 431.25, 90), item('asistencias', 400.04, 444.56, 431.25, 91), item('técnicas atendidas', 318.43, 393.95, 441.00, 92), item('N/', 450.56, 460.25, 431.25, 93),
    item('A', 450.56, 456.34, 441.00, 94), item('Porcentaje', 318.43, 361.66, 450.75, 95), item('de', 380.61, 390.46, 450.75, 96), item('sistemas', 409.41, 444.55, 450.75, 97),
    item('informáticos', 318.43, 369.23, 460.50, 98), item('desarrollados', 377.10, 432.17, 460.50, 98), item('y', 440.04, 444.56, 460.50, 98), item('actualizados', 318.43, 368.92, 470.25, 99),
    item('N/', 450.56, 460.25, 450.75, 100), item('A', 450.56, 456.34, 460.50, 101), item('Incrementar la eficiencia en servicios y', 107.50, 267.12, 480.00, 102), item('(O.O)', 318.43, 339.85, 480.00, 103),
    item('Porcentaje', 365.67, 408.89, 480.00, 104), item('de', 434.71, 444.56, 480.00, 105), item('cumplimiento de los procesos', 318.43, 444.56, 489.75, 106), item('de', 318.43, 328.28, 499.50, 107),
    item('la', 334.29, 341.62, 499.50, 107), item('Dirección', 347.63, 386.61, 499.50, 107), item('Nacional', 392.63, 428.70, 499.50, 107), item('de', 434.71, 444.56, 499.50, 107),
    item('Sistemas Informáticos', 318.43, 408.89, 509.25, 108), item('N/', 450.56, 460.25, 480.00, 109), item('A', 450.56, 456.34, 489.75, 110), item('1', 36.75, 41.84, 519.00, 111),
    item('0', 36.75, 41.84, 528.75, 112), item('Dirección', 48.53, 87.51, 519.00, 113), item('Nacional', 48.53, 84.60, 528.75, 114), item('de', 91.65, 101.50, 528.75, 114),
    item('Sistemas', 48.53, 85.05, 538.50, 115), item('e', 96.76, 101.49, 538.50, 115), item('Informática', 48.53, 95.78, 548.25, 116), item('Electoral', 48.53, 85.29, 558.00, 117),
    item('soluciones tecnológicas MEDIANTE la aplicación', 107.50, 312.42, 519.00, 118), item('de', 107.50, 117.34, 528.75, 119), item('estándares', 122.87, 167.36, 528.75, 119), item('y', 172.88, 177.40, 528.75, 119),
    item('normas', 182.92, 213.15, 528.75, 119), item('de', 218.67, 228.52, 528.75, 119), item('alta', 234.04, 249.34, 528.75, 119), item('calidad', 254.87, 284.22, 528.75, 119),
    item('en', 289.74, 299.62, 528.75, 119), item('el', 305.15, 312.43, 528.75, 119), item('desarrollo de sistemas informáticos.', 107.50, 254.53, 538.50, 120), item('Porcentaje', 318.43, 361.66, 519.00, 121),
    item('de', 378.91, 388.76, 519.00, 122), item('ejecución', 406.01, 444.56, 519.00, 123), item('presupuestaria', 318.43, 379.56, 528.75, 124), item('97', 450.56, 460.73, 519.00, 125),
    item(',9', 450.56, 458.19, 528.75, 126), item('8', 450.56, 455.65, 538.50, 127), item('%', 450.56, 458.16, 548.25, 128), item('uesan ono de sistemas informaticos.', 107.50, 254.65, 567.75, 129),
    item('Porcentaje', 318.43, 361.66, 567.75, 130), item('de', 375.93, 385.78, 567.75, 131), item('asistencias', 400.04, 444.56, 567.75, 132), item('técnicas atendidas', 318.43, 393.95, 577.50, 133),
    item('N/', 450.56, 460.25, 567.75, 134), item('A', 450.56, 456.34, 577.50, 135), item('Porcentaje', 318.43, 361.66, 587.25, 136), item('de', 368.80, 378.65, 587.25, 136),
    item('incidentes', 385.79, 427.57, 587.25, 136), item('de', 434.71, 444.56, 587.25, 136), item('sistemas', 318.43, 353.58, 597.00, 137), item('informáticos', 393.76, 444.56, 597.00, 138),
    item('resueltos', 318.43, 355.64, 606.75, 139), item('N/', 450.56, 460.25, 587.25, 140), item('A', 450.56, 456.34, 597.00, 141), item('Dirección', 48.53, 87.51, 616.50, 142),
    item('Nacional', 48.53, 84.60, 626.25, 143), item('de', 91.65, 101.50, 626.25, 143), item('Fiscalización', 48.53, 101.05, 636.00, 144), item('y Control del', 48.53, 101.49, 645.75, 145),
    item('Gasto', 48.53, 71.80, 655.50, 146), item('Electoral', 48.53, 85.29, 665.25, 147), item('Incrementar', 107.50, 158.08, 616.50, 148), item('la', 166.71, 174.03, 616.50, 148),
    item('efectividad', 182.66, 227.39, 616.50, 148), item('en', 236.02, 245.90, 616.50, 148), item('el', 254.53, 261.82, 616.50, 148), item('control', 270.44, 299.28, 616.50, 148),
    item('y', 307.91, 312.43, 616.50, 148), item('fiscalización del financiamiento público y privado', 107.50, 312.43, 626.25, 149), item('de', 107.50, 117.34, 636.00, 150), item('las', 124.08, 135.51, 636.00, 150),
    item('organizaciones', 142.25, 203.26, 636.00, 150), item('políticas', 210.00, 244.15, 636.00, 150), item('MEDIANTE', 250.89, 298.41, 636.00, 150), item('el', 305.14, 312.43, 636.00, 150),
    item('análisis', 107.50, 138.05, 645.75, 151), item('del', 145.86, 158.27, 645.75, 151), item('monto', 166.08, 191.65, 645.75, 151), item('origen', 199.46, 225.65, 645.75, 151),
    item('y', 233.46, 237.98, 645.75, 151), item('destino', 245.80, 275.47, 645.75, 151), item('de', 283.29, 293.14, 645.75, 151), item('los', 300.96, 312.43, 645.75, 151),
    item('recursos', 107.50, 142.51, 655.50, 152), item('administrados', 155.98, 213.62, 655.50, 153), item('por', 227.09, 240.84, 655.50, 154), item('las', 254.31, 265.74, 655.50, 155),
    item('mismas,', 279.21, 312.43, 655.50, 156), item('brindándoles además asistencia técnica y legal.', 107.50, 300.79, 665.25, 157), item('Porcentaje', 318.43, 361.66, 616.50, 158), item('de', 367.68, 377.53, 616.50, 158),
    item('organizaciones', 383.54, 444.56, 616.50, 158), item('políticas', 318.43, 352.59, 626.25, 159), item('que', 358.69, 373.69, 626.25, 159), item('presentaron', 379.80, 429.20, 626.25, 159),
    item('su', 435.31, 444.56, 626.25, 159), item('informe', 318.43, 350.04, 636.00, 160), item('económico', 355.11, 398.51, 636.00, 160), item('financiero', 403.59, 444.56, 636.00, 160),
    item('de', 318.43, 328.28, 645.75, 161), item('acuerdo', 335.82, 368.69, 645.75, 161), item('a', 376.22, 380.99, 645.75, 161), item('la', 388.53, 395.85, 645.75, 161),
    item('normativa', 403.39, 444.56, 645.75, 161), item('electoral.', 318.43, 356.63, 655.50, 162), item('N/', 450.56, 460.25, 616.50, 163), item('A', 450.56, 456.34, 626.25, 164),
  ], 499);

  it('keeps the indicator\'s line its own cell', () => {
    expect(rows.find((r) => r[0]!.startsWith('MEDIANTE'))).toEqual(['MEDIANTE la implementación de controles de', 'cumplimiento de los procesos', '0,']);
  });
});
