/**
 * Justified table cells (src/ingest/pdf/justified.ts): a stretched line of a cell stays one cell
 * among the other cells of its row; table rows whose gaps happen to be equal stay cells. The items
 * are positioned by hand with the values PDF.js gives for the printed layouts (x, end, baseline in
 * points), read with a throwaway script printing each page's items.
 */
import { describe, expect, it } from 'vitest';
import { layoutPages, type PositionedItem } from '../../src/ingest/pdf/lines.ts';

/** An item from its left edge to its right edge (`end`), in an 8 pt (or `size`) font. */
function item(str: string, x: number, end: number, y: number, run: number, size = 8): PositionedItem {
  return { str, x, y, width: end - x, size, run };
}

/** The cells of each non-blank line of the layout text (runs of two or more spaces part cells). */
function cellsOf(items: PositionedItem[], width = 612): string[][] {
  return layoutPages([{ width, height: 792, items }]).text.split('\n').filter((l) => l.trim()).map((l) => l.trim().split(/ {2,}/));
}

describe('justified table cells', () => {
  it('keeps the words of a stretched cell line one cell, however wide its gaps (CNE matrix, Letter 8 pt, justify)', () => {
    // letter-portrait-8pt-justified, CNE report, page 1. The unit column runs from x 53.51 to
    // 169.29, the objective column from 177.28 to 332.08, the indicator column from 340.08 to
    // 518.46 (cells 8 pt apart). «Coordinación» / «Nacional» are stretched 28.9 pt apart (3.6 font
    // sizes); «Porcentaje de ejecución presupuestaria» 9.4 pt apart, more than the 8 pt between cells.
    const items = [
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
});
