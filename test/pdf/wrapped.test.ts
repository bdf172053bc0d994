/**
 * Wrapped table cells joined for the parsers (src/ingest/pdf/wrapped.ts), with the line map back
 * to the displayed lines. Pages are built by hand: a 10 pt font whose characters advance 5 pt,
 * lines 12 pt apart inside a cell (single spacing), rows 16 pt apart (padding and ruling).
 */
import { describe, expect, it } from 'vitest';
import { displayedLine } from '../../src/ingest/layout/line-map.ts';
import { layoutLines, type PositionedItem, type PositionedPage } from '../../src/ingest/pdf/lines.ts';
import { joinWrapped } from '../../src/ingest/pdf/wrapped.ts';

function item(str: string, x: number, y: number): PositionedItem {
  return { str, x, y, width: str.length * 5, size: 10 };
}

/** Items as PDF.js gives them for a printed PDF, in a `size` pt font: from x to `end`, on baseline y. */
const itemsAt = (size: number) => (str: string, x: number, end: number, y: number): PositionedItem => ({ str, x, y, width: end - x, size });

function page(items: PositionedItem[]): PositionedPage {
  return { width: 600, height: 800, items };
}

function joined(pages: PositionedPage[]) {
  const { layout, lines, grids } = layoutLines(pages);
  return { displayed: layout.text.split('\n'), joined: joinWrapped(lines, pages, grids) };
}

/** The joined text's rows, each as its cells (two or more spaces part cells); null when nothing was joined. */
function joinedCells(pages: PositionedPage[]): string[][] | null {
  return joined(pages).joined?.text.split('\n').map((r) => r.trim().split(/ {2,}/)) ?? null;
}

/** Cell starts: column 1 at 50 (50 pt wide: 10 characters), column 2 at 110, column 3 at 300. */
const table = page([
  item('Programa', 50, 100), item('Monto', 110, 100), item('Estado', 300, 100),
  // A row whose first and last cells wrap: "Egresos en" / "personal" (a space break: "personal"
  // does not fit after "Egresos en"), and "EJECUTA" / "DO" (a word cut: the column is full).
  item('Egresos en', 50, 116), item('1.234,56', 110, 116), item('EJECUTA', 300, 116),
  item('personal', 50, 128), item('DO', 300, 128),
  // The next row, 16 pt lower: a row of its own.
  item('Bienes', 50, 144), item('7,00', 110, 144), item('CERRADO', 300, 144),
  item('Obras', 50, 160), item('9,00', 110, 160), item('ABIERTO', 300, 160),
]);

describe('joinWrapped: wrapped table cells joined, lines mapped back', () => {
  it('joins the lines of a wrapped row, cell by cell, with a space or (a cut word) without', () => {
    const { displayed, joined: j } = joined([table]);
    expect(displayed).toHaveLength(5);
    expect(j).not.toBeNull();
    const rows = j!.text.split('\n');
    expect(rows).toHaveLength(4);
    expect(rows[1]!.split(/ {2,}/)).toEqual(['Egresos en personal', '1.234,56', 'EJECUTADO']);
    expect(rows[2]!.split(/ {2,}/)).toEqual(['Bienes', '7,00', 'CERRADO']);
    expect(j!.map).toEqual({ starts: [1, 2, 4, 5], displayedLines: 5 });
  });

  it('a blank page does not indent the text: its leftmost cells start the joined lines', () => {
    // (a page with no text, as a browser prints when a row does not fit, had a grid at x 0: the
    // document's lines started 10 characters in, past «# » headings the plan parser looks for)
    const rows = joined([table, page([])]).joined!.text.split('\n');
    expect(rows[0]!.startsWith('Programa')).toBe(true);
    expect(rows[1]!.startsWith('Egresos en personal')).toBe(true);
  });

  it('keeps the columns aligned: a joined cell longer than its column moves the next columns of every line alike', () => {
    const rows = joined([table]).joined!.text.split('\n');
    const starts = (needle: string) => rows.map((r) => r.indexOf(needle)).filter((i) => i >= 0);
    const amountColumn = new Set([rows[0]!.indexOf('Monto'), rows[1]!.indexOf('1.234,56'), rows[2]!.indexOf('7,00'), rows[3]!.indexOf('9,00')]);
    expect(amountColumn.size).toBe(1);
    expect(starts('Egresos en personal')[0]! + 'Egresos en personal'.length + 2).toBeLessThanOrEqual([...amountColumn][0]!);
  });

  it('cites the displayed line that holds the row\'s figure', () => {
    const { displayed, joined: j } = joined([table]);
    expect(displayedLine(j!.map, 2)).toBe(2);
    expect(displayed[displayedLine(j!.map, 2) - 1]).toContain('1.234,56');
    expect(displayedLine(j!.map, 3)).toBe(4);
    expect(displayed[displayedLine(j!.map, 3) - 1]).toContain('7,00');
  });

  it('leaves rows drawn at single spacing apart when the next line fills every column with a number (a new row, not a wrap)', () => {
    const tight = page([
      item('1301', 50, 100), item('TASAS GENERALES', 110, 100), item('2.134,36', 300, 100),
      item('1303', 50, 112), item('TASAS DIVERSAS', 110, 112), item('200,00', 300, 112),
    ]);
    expect(joined([tight]).joined).toBeNull();
  });

  it('joins a line that fills every column with a number when the table sets its rows further apart than a row\'s lines', () => {
    // Rows 16 pt apart (padding), lines of a row 12 pt apart. The date columns are three characters
    // wide ("Ene" / "ro" / "202" / "0"): the third line has a cell in every column, one a bare
    // number, yet it follows at the row's line spacing, not a new row's.
    const dates = page([
      item('Hito', 50, 100), item('Ini', 170, 100), item('Fin', 195, 100),
      item('Hito 1: capacitación', 50, 116), item('Ene', 170, 116), item('Mar', 195, 116),
      item('de los actores', 50, 128), item('ro', 170, 128), item('zo', 195, 128),
      item('clave', 50, 140), item('202', 170, 140), item('202', 195, 140),
      item('0', 170, 152), item('1', 195, 152),
      item('Hito 2', 50, 168), item('Abr', 170, 168), item('May', 195, 168),
      item('Enero 2020 y Marzo 2021', 50, 200),
    ]);
    const rows = joined([dates]).joined!.text.split('\n').map((r) => r.split(/ {2,}/).map((c) => c.trim()));
    expect(rows.slice(1, 3)).toEqual([['Hito 1: capacitación de los actores clave', 'Enero 2020', 'Marzo 2021'], ['Hito 2', 'Abr', 'May']]);
  });

  it('reads a row at the top of a page by the table\'s other rows, and a word running down a column one letter wide', () => {
    // No line above the first row (page top); the next row starts 16 pt below the row's last line,
    // whose lines are 12 pt apart: the table sets its rows apart, so the line "ciudadana  2  2",
    // with a cell in every column and bare numbers, is inside the row. The date columns hold one
    // letter a line: "E" / "n" / "e" / "r" / "o" is "Enero" (printed below), although "en" and "e"
    // are words of the document too.
    const col1 = ['Hito 1: capacitación', 'de los actores', 'interinstitucional', 'de la gestión', 'participación', 'ciudadana', 'transparente', 'concurrencia', 'pública.'];
    const top = page([
      ...col1.flatMap((t, k) => [item(t, 50, 100 + 12 * k), item('Enero2020'[k]!, 170, 100 + 12 * k), item('Marzo2021'[k]!, 185, 100 + 12 * k)]),
      item('Hito 2', 50, 212), item('A', 170, 212), item('B', 185, 212),
      item('Desde enero de 2020 hasta marzo de 2021 en la sede', 50, 300),
    ]);
    const rows = joined([top]).joined!.text.split('\n').map((r) => r.split(/ {2,}/).map((c) => c.trim()));
    expect(rows.slice(0, 2)).toEqual([[col1.join(' '), 'Enero 2020', 'Marzo 2021'], ['Hito 2', 'A', 'B']]);
  });

  it('reads a break inside a run wider than its column as the document prints that run, even after a space on the line', () => {
    // Column 1 is 30 pt (6 characters) wide. "10:</b>" is wider: the browser cuts it where the line
    // ends, after "de" ("de 10:" / "</b>"), though the line has a space; the document prints
    // "10:</b>" whole (the note below). "Capac" / "itaci" / "ón en": "capacitación" runs down the lines.
    const narrow = page([
      item('Hito', 50, 100), item('Fecha', 95, 100),
      item('de 10:', 50, 116), item('2020', 95, 116),
      item('</b>', 50, 128), item('Capac', 50, 140), item('itaci', 50, 152), item('ón en', 50, 164), item('la', 50, 176),
      item('Otro', 50, 192), item('2021', 95, 192),
      item('<b>Meta 10:</b> Capacitación en la sede', 50, 260),
    ]);
    const rows = joined([narrow]).joined!.text.split('\n').map((r) => r.split(/ {2,}/).map((c) => c.trim()));
    expect(rows.slice(1, 3)).toEqual([['de 10:</b> Capacitación en la', '2020'], ['Otro', '2021']]);
  });

  it('leaves a line apart when the text above could have taken its first word (not wrapped)', () => {
    const short = page([
      item('Código', 50, 100), item('Nombre', 110, 100),
      item('51', 50, 116), item('Personal', 110, 116),
      item('de planta', 110, 128),
    ]);
    // "Personal" ends at 150; "de" fits before the widest cell of the column ends (at 155): not a wrap.
    const widest = page([...short.items, item('Bienes varios', 110, 144), item('53', 50, 144)]);
    expect(joined([widest]).joined).toBeNull();
  });

  it('joins a prose line wrapped at the right margin, not one that ends short of it', () => {
    // Text from x 50 to the right margin at 550 (page 600 wide): 100 characters.
    const long = `${'palabra '.repeat(12)}final`.trim();
    const prose = page([
      item(long.padEnd(100, 'x').slice(0, 99), 50, 100), item('sigue aquí', 50, 112),
      item('Una línea corta', 50, 140), item('y otra', 50, 152),
    ]);
    const j = joined([prose]).joined!;
    // (the 28 pt gap before "Una línea corta" is a blank displayed line)
    expect(j.map).toEqual({ starts: [1, 3, 4, 5], displayedLines: 5 });
    expect(j.text.split('\n')[0]!.endsWith(' sigue aquí')).toBe(true);
  });

  it('does not join OCR word boxes', () => {
    expect(joined([{ ...table, words: true }]).joined).toBeNull();
  });

  it('tells a break at a space by the room the table leaves: every column comes as near the next one as the fullest column does', () => {
    // Column 1 at 50, column 2 at 150, column 3 at 250. Column 2's widest text ends at 240, 10 pt
    // before column 3: the table's cells leave 10 pt of padding, so column 1's text could run to
    // 140. "CONTRALORIA" ends at 105 with room for more: the line broke at the space before
    // "GENERAL" (which did not fit), not inside a word, although no other line of column 1 is wider.
    const ruled = page([
      item('Entidad', 50, 100), item('Informe', 150, 100), item('Estado', 250, 100),
      item('CONTRALORIA', 50, 116), item('DNA7-0037-2018 S/N', 150, 116), item('CERRADO', 250, 116),
      item('GENERAL', 50, 128),
      item('PROCURADURIA', 50, 144), item('DNA7-0038', 150, 144), item('ABIERTO', 250, 144),
    ]);
    const rows = joined([ruled]).joined!.text.split('\n');
    expect(rows[1]!.split(/ {2,}/).map((c) => c.trim())).toEqual(['CONTRALORIA GENERAL', 'DNA7-0037-2018 S/N', 'CERRADO']);
  });

  it('keeps the space in «NO. DE» / «M» / «ET» / «A» when the document prints «META» only at a line\'s start: «de» and «meta» are Spanish words, «demeta» none (b5-portrait-arial-7pt-justified-zebra)', () => {
    // (the Ministerio's goals header, report line 122 «NO. DE META», in a column two letters wide;
    // every other «META» of that layout starts its line, a header cut too)
    // (the column is as wide as «NO.», «DE» and «ET», 10 pt: «M» leaves less room than an «E»)
    const at = itemsAt(10);
    const header = page([
      item('Objetivo', 50, 100), at('NO.', 100, 110, 100), item('Indicador', 120, 100),
      at('DE', 100, 110, 112), item('de la', 120, 112),
      at('M', 100, 106, 124), item('META', 120, 124),
      at('ET', 100, 110, 136),
      at('A', 100, 105, 148),
      item('Mejorar', 50, 164), item('3', 100, 164), item('Uno', 120, 164),
    ]);
    const rows = joined([header]).joined!.text.split('\n');
    expect(rows[0]!.split(/ {2,}/).map((c) => c.trim())).toEqual(['Objetivo', 'NO. DE META', 'Indicador de la META']);
  });

  it('joins without a space the fragments of a full line that make a word the document prints', () => {
    // "NACION" fills column 1 (the widest text of the column; column 2 starts 20 pt further, the
    // table's padding): "NACION" / "AL" looks like a break at a space before the short word "AL",
    // but "NACIONAL", printed whole in the paragraph below, says one word was cut.
    const narrow = page([
      item('Nivel', 50, 100), item('Unidades', 100, 100),
      item('NACION', 50, 116), item('12', 100, 116),
      item('AL', 50, 128),
      item('Cobertura NACIONAL del servicio', 50, 200),
    ]);
    const rows = joined([narrow]).joined!.text.split('\n');
    expect(rows[1]!.split(/ {2,}/).map((c) => c.trim())).toEqual(['NACIONAL', '12']);
  });

  it('puts a column at the same character on every page, whatever each page\'s own text grid', () => {
    // Page 2 has a note further left (x 30) than any text of page 1 (x 50): each page's displayed
    // text starts its characters at its own leftmost text, the joined text at the document's.
    const second = page([
      item('Nota', 30, 60),
      item('Vehículos', 50, 100), item('8,50', 110, 100), item('PENDIENTE', 300, 100),
    ]);
    const j = joined([table, second]).joined!;
    const rows = j.text.split('\n');
    const at = (needle: string) => rows.find((r) => r.includes(needle))!.indexOf(needle);
    expect(at('8,50')).toBe(at('1.234,56'));
    expect(at('PENDIENTE')).toBe(at('EJECUTADO'));
  });

  it('reads two full one-word lines that no word of the document joins as two words when together they would be longer than a Spanish word', () => {
    // Column 1 is as wide as "INSTITUCIONAL" and "INTERINSTITUCI" (both 70 pt wide here, then 10 pt
    // of padding before column 2); neither line has room left. "INSTITUCIONAL" + "VALIDADOS" would be 22
    // letters: two words. "INTERINSTITUCI" + "ONAL" is 18 letters: one word cut.
    const full = page([
      item('Indicador', 50, 100), item('Meta', 130, 100),
      { ...item('INSTITUCIONAL', 50, 116), width: 70 }, item('3', 130, 116),
      item('VALIDADOS', 50, 128),
      item('INTERINSTITUCI', 50, 144), item('2', 130, 144),
      item('ONAL', 50, 156),
    ]);
    const rows = joined([full]).joined!.text.split('\n').map((r) => r.split(/ {2,}/).map((c) => c.trim()));
    expect(rows.slice(1)).toEqual([['INSTITUCIONAL VALIDADOS', '3'], ['INTERINSTITUCIONAL', '2']]);
  });

  it('joins a number cut in a full line even when the next line fills every column with a number', () => {
    // "107,0" fills its column (as wide as the widest text of the column); the line below has a
    // cell in both columns, one a bare number ("6 %"), which would be a row of its own, but
    // "107,0" + "6 %" is one well-formed number. "Total" / "%": a sign after a word, a space.
    const cut = page([
      item('Nivel', 50, 100), item('Valor', 130, 100),
      item('Total', 50, 116), item('107,0', 130, 116),
      item('%', 50, 128), item('6 %', 130, 128),
      item('Otro', 50, 144), item('1,5', 130, 144),
    ]);
    const rows = joined([cut]).joined!.text.split('\n').map((r) => r.split(/ {2,}/).map((c) => c.trim()));
    expect(rows.slice(1)).toEqual([['Total %', '107,06 %'], ['Otro', '1,5']]);
  });

  it('counts digits to tell a number cut from a break at a space when digits meet at a line break', () => {
    // Every column's text comes within 8 pt of the next column (the table's padding). Column 2
    // holds three digits ("148", 15 pt to 145). "83" ends at 140, a digit short of the limit less
    // the 0.5 pt slack: by room alone it looks full, but "148" / "058" above held three digits: it
    // broke at a space ("14805883 1,00", as printed). Column 3 runs to 167.5 ("TAL"): "39" ends at
    // 163 with 4 pt left, less than a digit (5 pt) though more than the average character of "2,"
    // (3.5 pt, its comma narrow): a number cut, "244072392,".
    const cut = page([
      item('Meta', 50, 100), item('Plan', 130, 100), item('Hec', 153, 100), item('Nota', 175.5, 100),
      item('Meta 1', 50, 116), item('148', 130, 116), item('24', 153, 116), item('a', 175.5, 116),
      item('058', 130, 128), item('40', 153, 128),
      item('83', 130, 140), item('72', 153, 140),
      item('1,0', 130, 152), item('39', 153, 152),
      item('0', 130, 164), { ...item('2,', 153, 164), width: 7 },
      item('41', 153, 176),
      item('Meta 2', 50, 192), item('5', 130, 192), { ...item('TAL', 153, 192), width: 14.5 }, item('b', 175.5, 192),
    ]);
    const rows = joined([cut]).joined!.text.split('\n').map((r) => r.split(/ {2,}/).map((c) => c.trim()));
    expect(rows[1]).toEqual(['Meta 1', '14805883 1,00', '244072392, 41', 'a']);
  });

  it('a unit number cut in a column one digit wide is one number though the next column starts far right of it', () => {
    // The CNE matrix on Legal landscape, condensed 8 pt, centred (otras4), page 6: units 20 and 21
    // are numbered «2» / «0» and «2» / «1» down a column one digit wide (39.2-43.8 pt), the names
    // centred in their column, starting at 139 pt. By the room up to that column, «2» had room
    // for more: read «2 0». No line of digits alone in the column holds more than one digit: each
    // line is full, the numbers cut (report lines 149 and 156: units 20 and 21).
    const numbers = page([
      item('No.', 30, 84), item('Unidad', 130, 84), item('Indicador', 300, 84),
      item('2', 30, 100), item('Índice de', 300, 100),
      item('0', 30, 112), item('cumplimiento', 300, 112),
      item('2', 30, 128), item('Dirección Nacional', 130, 128), item('Porcentaje de', 300, 128),
      item('1', 30, 140), item('de Asesoría', 130, 140), item('presentación', 300, 140),
    ]);
    const rows = joinedCells([numbers])!;
    expect(rows[1]).toEqual(['20', 'Índice de cumplimiento']);
    expect(rows[2]).toEqual(['21', 'Dirección Nacional de Asesoría', 'Porcentaje de presentación']);
  });

  it('counts the digits of figures right-aligned in their cells: «83» under «148» / «058» broke at a space (a4-portrait-dejavu-8pt-right)', () => {
    // The Ministerio's goal 3.2 printed with figures right-aligned (DejaVu Sans 8 pt), page 8 of
    // other-printed-layouts' a4-portrait-dejavu-8pt-right PDF, every item of the objective's block as
    // PDF.js gives it (x and end in points). The planned figure runs down a column three digits
    // wide, each line ending at 341: «148» / «058» / «83» / «1,0» / «0». «83» starts right of
    // «148» (right-aligned), so its line had room for one more digit: the break after it was at the
    // space the report prints, «14805883 1,00» (line 138 of the bundled report). Counted by start
    // only, the lines above held no digits and the pieces were read as one number, «148058831,00».
    const at = itemsAt(7.99);
    const block = page([
      at('Mejorar el sistema', 38.50, 112.39, 585.75), at('integral de', 38.50, 81.84, 595.50), at('seguridad, frente a', 38.50, 114.74, 605.25),
      at('los riesgos y', 38.50, 88.30, 615.00), at('amenazas que', 38.50, 96.91, 624.75), at('afectan la', 38.50, 78.28, 634.50),
      at('seguridad', 38.50, 78.27, 644.25), at('ciudadana con', 38.50, 96.97, 654.00), at('transparencia y', 38.50, 100.89, 663.75),
      at('calidad de servicio.', 38.50, 115.57, 673.50), at('N', 126.43, 132.41, 585.75), at('O.', 126.43, 134.94, 595.50),
      at('DE', 126.43, 137.64, 605.25), at('ME', 126.43, 138.38, 615.00), at('TA', 126.43, 136.16, 624.75),
      at('DESCRIPCIÓN', 147.27, 202.07, 585.75), at('TOT', 324.40, 340.45, 585.75), at('ALE', 324.40, 339.37, 595.50),
      at('S', 324.40, 329.47, 605.25), at('PLA', 324.40, 339.32, 615.00), at('NIFI', 324.40, 339.69, 624.75),
      at('CA', 324.40, 335.45, 634.50), at('DO', 324.40, 336.85, 644.25), at('S', 324.40, 329.47, 654.00),
      at('TO', 349.76, 360.93, 585.75), at('TAL', 349.76, 363.94, 595.50), at('ES', 349.76, 359.88, 605.25),
      at('CU', 349.76, 361.19, 615.00), at('MP', 349.76, 361.47, 624.75), at('LID', 349.76, 362.72, 634.50),
      at('OS', 349.76, 361.12, 644.25), at('3', 133.44, 138.53, 685.50), at('SISTEMA', 147.27, 182.07, 685.50),
      at('INTEGRAL DE', 147.27, 200.63, 695.25), at('SEGURIDAD,', 147.27, 197.52, 705.00), at('FRENTE A LOS', 147.27, 204.46, 714.75),
      at('RIESGOS Y', 147.27, 190.28, 724.50), at('AMENAZAS', 147.27, 192.15, 734.25), at('3.2. CANTIDAD DE', 227.32, 300.76, 685.50),
      at('SUSTANCIAS', 227.32, 277.50, 695.25), at('CATALOGADAS', 227.32, 286.15, 705.00), at('SUJETAS A', 227.32, 268.46, 714.75),
      at('FISCALIZACIÓN', 227.32, 288.22, 724.50), at('DEPOSITADAS', 227.32, 283.35, 734.25), at('148', 325.76, 341.01, 685.50),
      at('058', 325.76, 341.01, 695.25), at('83', 330.84, 341.02, 705.00), at('1,0', 328.30, 341.01, 714.75),
      at('0', 335.93, 341.02, 724.50), at('244', 350.36, 365.61, 685.50), at('072', 350.36, 365.61, 695.25),
      at('392', 350.36, 365.61, 705.00), at(', 41', 350.36, 365.61, 714.75), at('164,', 378.84, 396.64, 685.50),
      at('85 %', 376.34, 396.64, 695.25), at('ESTRATEGIA ESPECÍFICA CONTRA EL', 405.39, 550.90, 685.50), at('TRÁFICO INTERNACIONAL DE', 405.39, 521.33, 695.25),
      at('SUSTANCIAS CATALOGADAS SUJETAS', 405.39, 552.61, 705.00), at('A FISCALIZACIÓN', 405.39, 474.29, 714.75)
,
    ]);
    const rows = joinedCells([block])!;
    const row = rows.find((r) => r.includes('3.2. CANTIDAD DE SUSTANCIAS CATALOGADAS SUJETAS A FISCALIZACIÓN DEPOSITADAS'))!;
    expect(row.slice(-4)).toEqual(['14805883 1,00', '244072392, 41', '164,85 %', 'ESTRATEGIA ESPECÍFICA CONTRA EL TRÁFICO INTERNACIONAL DE SUSTANCIAS CATALOGADAS SUJETAS A FISCALIZACIÓN']);
  });

  it('a line opening a sentence in capitals under one that ended a sentence starts a row: its number is its own («55» / «61», not «5561»)', () => {
    // The plan's table of contents on page 3 of the otras2 set's a4-landscape-narrow-7pt-ruled-shaded-tight
    // PDF, its items as PDF.js gives them (x and end in points): rows 9 pt apart, as close as a
    // wrapped cell's lines, each title's page right-aligned at 569.70. The Co-creación title runs to
    // 558.58, so «INNOVACIÓN» could not have fitted after it, and «55» fills the page column as
    // every page number does: geometry alone read «INNOVACIÓN PÚBLICA» as the title's end and the
    // pages as one number cut, «5561». Bundled report lines 128-130: «• Co-creación … sexo-genéricas.»
    // 55, «INNOVACIÓN PÚBLICA» 61, «• Primer laboratorio de innovación ciudadana de Ecuador.» 61.
    const at = itemsAt(7);
    const toc = { width: 841.92, height: 594.96, items: [
      at('EMPODERAMIENTO CIUDADANO', 36.49, 127.54, 86.2), at('53', 563.32, 569.70, 86.2),
      at('• Desarrollo de capacidades para garantizar la transparencia y el acceso a la información pública.', 36.49, 284.39, 95.2), at('53', 563.32, 569.70, 95.2),
      at('• Co-creación del Plan Nacional de Prevención y Erradicación de la Violencia contra las Mujeres y de Género y creación de un observatorio ciudadano de violencia de género y diversidades sexo-genéricas.', 36.49, 558.58, 104.2),
      at('55', 563.32, 569.70, 104.2),
      at('INNOVACIÓN PÚBLICA', 36.49, 98.55, 113.2), at('61', 563.32, 569.70, 113.2),
      at('• Primer laboratorio de innovación ciudadana de Ecuador.', 36.49, 182.98, 122.2), at('61', 563.32, 569.70, 122.2),
    ] };
    const rows = (joinedCells([toc]) ?? joined([toc]).displayed.map((r) => r.trim().split(/ {2,}/))).filter((r) => r.join('') !== '');
    expect(rows.map((r) => r.at(-1))).toEqual(['53', '53', '55', '61', '61']);
    expect(rows[3]).toEqual(['INNOVACIÓN PÚBLICA', '61']);
  });

  it('takes a piece of a cut figure that starts where the figure printed above it starts as its column, though the figure was placed at its header («148058» / «83 1,00», legal-landscape-times-9pt-rows-right)', () => {
    // The Ministerio's goals 3.1 and 3.2 on page 9 of the otras2 set's legal-landscape-times-9pt-rows-right
    // PDF, every item of their blocks as PDF.js gives it. The planned figure, «14805883 1,00» in the source
    // (bundled report, line 138), is cut after six digits: «148058» / «83 1,00», both 544.10 to
    // 571.10. aligned.ts places «148058» at its header «TOTA» (542.51); «83 1,00», with a space
    // inside, is no figure and stays where it is printed: taken by placed x alone, it was in no
    // column of the row above and started a row, and the goal read 148058 planned.
    const at = itemsAt(9);
    const block = page([
      // (goal 3.1's table above it on the page: its «82,00» ends where the column's figures end, 571.10)
      at('Mejorar el sistema integral de', 37.75, 145.21, 43.5), at('NO.', 177.75, 193.00, 43.5), at('DESCRIPCIÓN', 204.48, 263.49, 43.5),
      at('TOTA', 542.51, 565.62, 43.5), at('TOTA', 579.09, 602.20, 43.5), at('seguridad, frente a los riesgos y', 37.75, 151.71, 54.7),
      at('DE', 177.75, 189.75, 54.7), at('LES', 542.51, 558.51, 54.7), at('LES', 579.09, 595.09, 54.7),
      at('amenazas que afectan la seguridad', 37.75, 162.18, 66.0), at('ME', 177.75, 191.25, 66.0), at('PLANI', 542.51, 569.01, 66.0),
      at('CUMP', 579.09, 604.60, 66.0), at('ciudadana con transparencia y', 37.75, 146.44, 77.2), at('TA', 177.75, 189.03, 77.2),
      at('FICAD', 542.51, 569.51, 77.2), at('LIDOS', 579.09, 605.59, 77.2), at('calidad de servicio.', 37.75, 107.47, 88.5),
      at('OS', 542.51, 554.01, 88.5), at('3', 191.99, 196.49, 102.0), at('SISTEMA INTEGRAL DE', 204.48, 303.64, 102.0),
      at('3.1. PORCENTAJE DE SATISFACCIÓN DEL', 355.83, 526.45, 102.0), at('82,00', 550.85, 571.10, 102.0), at('78,89', 585.73, 605.98, 102.0),
      at('96,21 %', 622.79, 652.79, 102.0), at('MEDICIÓN DE LA PERCEPCIÓN DEL USUARIO EXTERNO DE LOS', 660.79, 930.45, 102.0),
      at('SEGURIDAD, FRENTE A LOS', 204.48, 321.99, 113.2), at('USUARIO EXTERNO', 355.83, 440.08, 113.2),
      at('SERVICIOS QUE PRESTA EL MINISTERIO DEL INTERIOR EJECUTADA Y', 660.79, 954.12, 113.2), at('RIESGOS Y AMENAZAS', 204.48, 301.82, 124.5),
      at('REMITIDA AL MINISTERIO DEL TRABAJO MEDIANTE INFORMES DE', 660.79, 945.19, 124.5),
      at('RESULTADOS DE LA SATISFACCIÓN DE LA CALIDAD DEL SERVICIO -', 660.79, 949.27, 135.7),
      at('PRIMER SEMESTRE 2023 Y SEGUNDO SEMESTRE 2023.', 660.79, 886.89, 147.0),

      at('Mejorar el sistema integral de', 37.75, 145.21, 161.2), at('NO.', 177.75, 193.00, 161.2), at('DESCRIPCIÓN', 204.48, 263.49, 161.2),
      at('TOTA', 542.51, 565.62, 161.2), at('TOTA', 579.09, 602.20, 161.2),
      at('seguridad, frente a los riesgos y', 37.75, 151.71, 172.5), at('DE', 177.75, 189.75, 172.5), at('LES', 542.51, 558.51, 172.5), at('LES', 579.09, 595.09, 172.5),
      at('amenazas que afectan la seguridad', 37.75, 162.18, 183.7), at('ME', 177.75, 191.25, 183.7), at('PLANI', 542.51, 569.01, 183.7), at('CUMP', 579.09, 604.60, 183.7),
      at('ciudadana con transparencia y', 37.75, 146.44, 195.0), at('TA', 177.75, 189.03, 195.0), at('FICAD', 542.51, 569.51, 195.0), at('LIDOS', 579.09, 605.59, 195.0),
      at('calidad de servicio.', 37.75, 107.47, 206.2), at('OS', 542.51, 554.01, 206.2),
      at('3', 191.99, 196.49, 220.5), at('SISTEMA INTEGRAL DE', 204.48, 303.64, 220.5), at('3.2. CANTIDAD DE SUSTANCIAS', 355.83, 489.86, 220.5),
      at('148058', 544.10, 571.10, 220.5), at('24407', 583.48, 605.98, 220.5), at('164,85 %', 618.29, 652.79, 220.5),
      at('ESTRATEGIA ESPECÍFICA CONTRA EL TRÁFICO INTERNACIONAL DE', 660.79, 948.96, 220.5),
      at('SEGURIDAD, FRENTE A LOS', 204.48, 321.99, 231.7), at('CATALOGADAS SUJETAS A', 355.83, 468.90, 231.7), at('83 1,00', 544.10, 571.10, 231.7),
      at('2392,', 585.73, 605.98, 231.7), at('SUSTANCIAS CATALOGADAS SUJETAS A FISCALIZACIÓN', 660.79, 900.65, 231.7),
      at('RIESGOS Y AMENAZAS', 204.48, 301.82, 243.0), at('FISCALIZACIÓN DEPOSITADAS', 355.83, 486.86, 243.0), at('41', 596.98, 605.98, 243.0),
    ]);
    const rows = joinedCells([{ ...block, width: 1008, height: 612 }])!;
    const row = rows.find((r) => r.includes('3') && r.some((c) => c.startsWith('3.2.')))!;
    expect(row.slice(1, 4)).toEqual(['SISTEMA INTEGRAL DE SEGURIDAD, FRENTE A LOS RIESGOS Y AMENAZAS', '3.2. CANTIDAD DE SUSTANCIAS CATALOGADAS SUJETAS A FISCALIZACIÓN DEPOSITADAS', '14805883 1,00']);
    // (the achieved figure, «244072392, 41» in the source, is cut «24407» / «2392,» / «41»: whether
    // the last break was at the space the layout cannot tell; its digits are one figure either way)
    expect(row[4]).toMatch(/^244072392, ?41$/);
  });

  it('splits a value given by PDF.js as one run with the text before it where the value column\'s cells around start and end («… así como el N/A», letter-portrait-sans-8pt-tight)', () => {
    // The CNE matrix on page 3 of other-printed-layouts' letter-portrait-sans-8pt-tight PDF (8 pt,
    // cells without vertical padding), items as PDF.js gives them: the row of the bundled report's
    // line 93, «electoral MEDIANTE … así como el» and «N/A» in two cells, comes as one run ending at
    // 539.93, where the «N/A» of the rows around (526.61 to 539.93) end. Read as one cell, the
    // parser skipped the row and its goal was lost.
    const at = itemsAt(7.99);
    const rows = joinedCells([{ ...page([
      at('Número de certificaciones de candidaturas, organizaciones políticas y dignidades realizados.', 35.74, 364.94, 573.7), at('N/A', 526.61, 539.93, 573.7),
      at('Porcentaje de órdenes de publicidad y pautaje revisadas', 35.74, 236.57, 582.7), at('N/A', 526.61, 539.93, 582.7),
      at('electoral MEDIANTE la emisión de propuestas de reformas al Reglamento de Promoción Electoral su difusión y canacitación: así como el N/A', 35.74, 539.93, 591.7),
      at('pago a medios de comunicación y empresas de vallas publicitarias con el apoyo de herramientas tecnológicas debidamente', 35.74, 474.68, 600.7), at('N/A', 526.61, 539.93, 600.7),
      at('autorizadas por el Consejo Nacional Electoral. Porcentaje de capacitaciones a usuarios externos realizadas', 35.74, 416.92, 609.7), at('N/A', 526.61, 539.93, 609.7),
      // (a row below that wraps, so that the page has a joined line)
      at('Porcentaje de actas de escrutinio suspensas por inconsistencias numéricas ( E ) de la', 35.74, 520, 618.7), at('N/A', 526.61, 539.93, 618.7),
      at('Dirección', 35.74, 70, 627.7),
    ]), width: 612, height: 792 }])!;
    expect(rows.find((r) => r[0]!.startsWith('electoral MEDIANTE'))).toEqual([
      'electoral MEDIANTE la emisión de propuestas de reformas al Reglamento de Promoción Electoral su difusión y canacitación: así como el', 'N/A',
    ]);
  });

  it('measures the room for the next line\'s first letter by that letter, not the line\'s average: «RECO» / «MIEND», an «M» did not fit (letter-portrait-8pt-justified)', () => {
    // The recommendations table's header and first rows on page 12 of other-printed-layouts'
    // letter-portrait-8pt-justified PDF, every item as PDF.js gives it. Its first column is five letters wide: «ENTID» / «AD»
    // / «QUE» / «RECO» / «MIEND» / «A». «RECO» ends at 60.22, 5.9 pt short of how far the column
    // runs: room for the average letter of «MIEND» (5.3 pt), not for its «M» (about 6.8 pt), so the
    // browser cut «RECOMIENDA» there. Bundled report, line 203: «ENTIDAD QUE RECOMIENDA».
    const at = itemsAt(7.99);
    const rows = joinedCells([{ ...page([
      at('ENTID', 37.75, 62.17, 360.7), at('Nº.', 74.65, 86.93, 360.7), at('DE', 100.98, 112.19, 360.7), at('Nº.', 120.19, 132.47, 360.7),
      at('DE', 137.97, 149.18, 360.7), at('INFORME', 154.67, 191.39, 360.7), at('DE', 196.89, 208.10, 360.7), at('%', 216.09, 223.69, 360.7),
      at('DE', 242.24, 253.44, 360.7), at('OBSERVACIONES', 261.43, 328.92, 360.7), at('LINK', 516.86, 534.89, 360.7), at('AL', 564.33, 574.25, 360.7),
      at('AD', 37.75, 49.37, 370.5), at('INFORME', 74.65, 111.37, 370.5), at('CUMPLIMIENTO', 120.19, 181.60, 370.5),
      at('CUMPLIM', 216.09, 252.95, 370.5), at('MEDIO', 516.86, 543.60, 370.5), at('DE', 563.04, 574.25, 370.5), at('QUE', 37.75, 54.94, 380.2),
      at('DE', 74.65, 85.85, 380.2), at('LA', 102.08, 112.19, 380.2), at('IENTO', 216.09, 240.65, 380.2), at('VERIFICACIÓN', 516.86, 573.35, 380.2),
      at('RECO', 37.75, 60.22, 390.0), at('ENTIDAD', 74.65, 110.55, 390.0), at('DE', 216.09, 227.30, 390.0), at('LAS', 238.26, 253.44, 390.0),
      at('PUBLICADO', 516.86, 563.31, 390.0), at('MIEND', 37.75, 64.18, 399.7), at('QUE', 74.65, 91.84, 399.7), at('RECOME', 216.09, 250.51, 399.7),
      at('EN', 516.86, 527.89, 399.7), at('LA', 536.83, 546.93, 399.7), at('PÁG.', 555.88, 574.25, 399.7), at('A', 37.75, 43.22, 409.5),
      at('RECOMIE', 74.65, 111.43, 409.5), at('NDACIO', 216.09, 247.64, 409.5), at('WEB', 516.86, 535.29, 409.5), at('DE', 544.12, 555.32, 409.5),
      at('LA', 564.15, 574.26, 409.5), at('NDA', 74.65, 92.11, 419.2), at('NES', 216.09, 232.20, 419.2), at('INSTITUCIÓN', 516.86, 568.44, 419.2),
      at('CONTR', 37.75, 66.03, 431.2), at('DNAI-', 74.65, 97.49, 431.2), at('Información', 120.19, 167.71, 431.2), at('no', 198.14, 208.10, 431.2),
      at('75,00 %', 216.09, 249.11, 431.2), at('Examen', 261.43, 293.88, 431.2), at('especial', 299.00, 331.80, 431.2), at('a', 336.92, 341.82, 431.2),
      at('la', 346.94, 354.06, 431.2), at('ejecución,', 359.18, 399.80, 431.2), at('liquidación', 404.92, 448.26, 431.2),
      at('y', 453.38, 458.11, 431.2), at('uso', 463.23, 477.35, 431.2), at('de', 482.47, 492.46, 431.2), at('las', 497.58, 508.86, 431.2),
      at('http://www.co', 516.86, 572.04, 431.2), at('ALORÍ', 37.75, 61.58, 441.0), at('0074-', 74.65, 97.87, 441.0),
      at('disponible', 120.19, 161.11, 441.0), at('debido', 168.53, 195.77, 441.0), at('a', 203.19, 208.09, 441.0),
      at('obras ejecutadas por el Ministerio del Interior a través de los', 261.43, 508.86, 441.0), at('ntraloria.gob.', 516.86, 570.87, 441.0),
      at('A', 37.75, 43.22, 450.7), at('2023', 74.65, 94.99, 450.7), at('que', 120.19, 135.24, 450.7), at('el', 140.07, 147.21, 450.7),
      at('Ministerio', 152.04, 191.05, 450.7), at('del', 195.88, 208.09, 450.7), at('contratos', 261.43, 299.29, 450.7),
      at('CGAJ', 305.84, 325.43, 450.7), at('2017-037', 331.98, 370.46, 450.7), at('CGAJ', 377.01, 396.61, 450.7),
      at('2017-051', 403.15, 441.63, 450.7), at('CGAJ-2017-056', 448.18, 508.86, 450.7), at('ec/NoEncontr', 516.86, 570.61, 450.7),
      at('GENER', 37.75, 65.57, 460.5), at('Interior', 120.19, 149.34, 460.5), at('aún', 166.67, 181.70, 460.5), at('se', 199.02, 208.10, 460.5),
      at('CAGJ', 261.43, 280.89, 460.5), at('058', 287.73, 302.99, 460.5), at('Y', 309.83, 314.71, 460.5), at('CGAJ', 321.55, 341.15, 460.5),
      at('2018-017,', 347.98, 389.00, 460.5), at('y', 395.84, 400.57, 460.5), at('sus', 407.41, 420.81, 460.5),
      at('complementarios', 427.65, 497.29, 460.5), at('y', 504.12, 508.86, 460.5), at('ado', 516.86, 531.72, 460.5),
      at('AL DEL', 37.75, 66.65, 470.2), at('encuentra en proceso', 120.19, 208.10, 470.2),
      at('fiscalizaciones ejecutadas en las provincias Guayas, Manabí y', 261.43, 508.87, 470.2), at('ESTAD', 37.75, 63.75, 480.0),
      at('de', 120.19, 130.18, 480.0), at('escisión', 147.02, 179.05, 480.0), at('del', 195.89, 208.10, 480.0),
      at('Esmeraldas,', 261.43, 310.43, 480.0), at('posterior', 320.94, 356.80, 480.0), at('Ministerio', 367.31, 406.33, 480.0),
      at('de', 416.84, 426.83, 480.0), at('Gobierno', 437.34, 473.73, 480.0), at('actual', 484.24, 508.85, 480.0), at('O', 37.75, 44.04, 489.7),
      at('Ministerio', 120.19, 159.20, 489.7), at('de', 198.10, 208.10, 489.7),
      at('Ministerio del Interior y entidades relacionadas.', 261.43, 451.99, 489.7), at('Gobierno', 120.19, 156.58, 499.5),
      at('CONTR', 37.75, 66.03, 510.7), at('DNAI-', 74.65, 97.49, 510.7), at('Información', 120.19, 167.71, 510.7), at('no', 198.14, 208.10, 510.7),
      at('75,00 %', 216.09, 249.11, 510.7), at('Examen', 261.43, 293.88, 510.7), at('especial', 300.57, 333.37, 510.7), at('a', 340.06, 344.96, 510.7),
      at('la', 351.64, 358.76, 510.7), at('fase', 365.45, 382.24, 510.7), at('preparatoria,', 388.92, 441.15, 510.7),
      at('precontractual,', 447.83, 508.85, 510.7), at('http://www.co', 516.86, 572.04, 510.7), at('ALORÍ', 37.75, 61.58, 520.5),
      at('0076-', 74.65, 97.87, 520.5), at('disponible', 120.19, 161.11, 520.5), at('debido', 168.53, 195.77, 520.5), at('a', 203.19, 208.09, 520.5),
      at('contractual,', 261.43, 309.35, 520.5), at('ejecución,', 314.95, 355.57, 520.5), at('liquidación', 361.17, 404.51, 520.5),
      at('uso', 410.10, 424.22, 520.5), at('y', 429.82, 434.55, 520.5), at('consumo', 440.14, 476.40, 520.5), at('de', 481.99, 491.99, 520.5),
      at('los', 497.58, 508.85, 520.5), at('ntraloria.gob.', 516.86, 570.87, 520.5),

    ]), width: 612, height: 792 }])!;
    expect(rows[0]!.slice(0, 2)).toEqual(['ENTIDAD QUE RECOMIENDA', 'Nº. DE INFORME DE LA ENTIDAD QUE RECOMIENDA']);
  });

  it('a lone letter that is no Spanish word ends the word cut above it, though more words follow it on its line (letter-portrait-8pt-justified)', () => {
    // The Ministerio's goal 1.3 printed justified (8 pt), page 8 of other-printed-layouts'
    // letter-portrait-8pt-justified PDF, every item of the row as PDF.js gives it. «CORRESPONSABILIDA»
    // ends at 319.5, 5.5 pt short of its column's text (325.6): room for the line's average letter
    // (4.6 pt), not for a capital «D» (6.2 pt). «D» is no Spanish word and the document prints it
    // inside no text: the end of the cut word, «CORRESPONSABILIDAD PARTICIPATIVA» (bundled report, line 128).
    const at = itemsAt(7.99);
    const row = page([
      at('3', 129.07, 134.16, 540.00), at('PREVENCIÓN,', 149.46, 204.13, 540.00), at('PROTECCIÓN', 149.46, 201.85, 549.75), at('Y', 219.62, 224.50, 549.75),
      at('RESPUESTA', 149.46, 195.66, 559.50), at('INTEGRAL', 149.46, 189.07, 569.25), at('A', 199.00, 204.47, 569.25), at('LA', 214.40, 224.50, 569.25),
      at('VIOLENCIA,', 149.46, 195.00, 579.00), at('COMETIMIENTO', 149.46, 211.97, 588.75), at('DE', 149.46, 160.67, 598.50), at('DELITOS,', 187.70, 224.50, 598.50),
      at('CRIMEN', 149.46, 180.88, 608.25), at('ORGANIZADO', 149.46, 204.69, 618.00), at('Y', 219.62, 224.50, 618.00), at('LA DELINCUENCIA.', 149.46, 224.36, 627.75),
      at('1.3.', 232.50, 247.75, 540.00), at('NÚMERO', 263.24, 298.86, 540.00), at('DE', 314.35, 325.55, 540.00), at('ESTRATEGIAS', 232.50, 286.60, 549.75),
      at('IMPLEMENTADAS', 232.50, 300.28, 559.50), at('DE', 314.35, 325.56, 559.50), at('CORRESPONSABILIDA', 232.50, 319.51, 569.25), at('D', 232.50, 238.66, 579.00),
      at('PARTICIPATIVA', 243.50, 300.24, 579.00), at('PARA', 305.08, 325.55, 579.00), at('LA', 232.50, 242.61, 588.75), at('PROMOCIÓN', 253.45, 303.51, 588.75),
      at('DE', 314.35, 325.55, 588.75), at('UNA CULTURA DE PAZ', 232.50, 325.56, 598.50), at('Y', 232.50, 237.38, 608.25), at('PREVENCIÓN', 249.80, 301.93, 608.25),
      at('DE', 314.35, 325.55, 608.25), at('DELITOS Y VIOLENCIA', 232.50, 319.73, 618.00), at('2,0', 333.55, 346.26, 540.00), at('0', 333.55, 338.64, 549.75),
      at('3,0', 358.76, 371.47, 540.00), at('0', 358.76, 363.84, 549.75), at('150,0', 383.12, 406.00, 540.00), at('0 %', 383.12, 398.34, 549.75),
      at('ESTRATEGIA', 414.25, 463.28, 540.00), at('NACIONAL', 476.27, 517.70, 540.00), at('PARA', 530.69, 551.16, 540.00), at('LA', 564.15, 574.25, 540.00),
      at('PREVENCIÓN', 414.25, 466.37, 549.75), at('DEL', 478.38, 494.04, 549.75), at('DELITO', 506.05, 535.24, 549.75), at('Y', 547.25, 552.13, 549.75),
      at('LA', 564.14, 574.25, 549.75), at('VIOLENCIA.', 414.25, 459.65, 559.50), at('ESTRATEGIA', 467.58, 516.62, 559.50), at('EMERGENTE', 524.55, 574.25, 559.50),
      at('PARA', 414.25, 434.72, 569.25), at('PREVENIR', 444.81, 484.64, 569.25), at('Y', 494.72, 499.60, 569.25), at('CONTENER', 509.69, 554.06, 569.25),
      at('LA', 564.14, 574.25, 569.25), at('VIOLENCIA', 414.25, 457.25, 579.00), at('CRIMINAL.', 470.64, 511.82, 579.00), at('ESTRATEGIA', 525.21, 574.25, 579.00),
      at('EMERGENTE', 414.25, 463.95, 588.75), at('PARA', 478.99, 499.46, 588.75), at('PREVENIR', 514.50, 554.33, 588.75), at('Y', 569.37, 574.25, 588.75),
      at('CONTENER', 414.25, 458.61, 598.50), at('LA', 466.57, 476.68, 598.50), at('VIOLENCIA', 484.64, 527.64, 598.50), at('CRIMINAL', 535.60, 574.24, 598.50),
      at('2023 -2024', 414.25, 460.35, 608.25),
    ]);
    const cells = joinedCells([row])!.find((r) => r.some((c) => c.startsWith('1.3. ')))!;
    expect(cells.find((c) => c.startsWith('1.3. '))).toBe('1.3. NÚMERO DE ESTRATEGIAS IMPLEMENTADAS DE CORRESPONSABILIDAD PARTICIPATIVA PARA LA PROMOCIÓN DE UNA CULTURA DE PAZ Y PREVENCIÓN DE DELITOS Y VIOLENCIA');
  });

  it('reads two full one-word lines as two words when the accent of the first would fall four syllables from the end', () => {
    // Column 1 is 70 pt wide; neither line has room left. "PRODUCCIÓN" + "NACIONAL" (18 letters,
    // no longer than a Spanish word) would put the accent four syllables from the end: two words.
    // An adverb in -mente keeps its adjective's accent: "biométricament" / "e" is one word cut.
    const full = page([
      item('Procedimiento', 50, 100), item('Número', 130, 100),
      { ...item('PRODUCCIÓN', 50, 116), width: 70 }, item('3', 130, 116),
      item('NACIONAL', 50, 128),
      { ...item('biométricament', 50, 144), width: 70 }, item('2', 130, 144),
      item('e', 50, 156),
    ]);
    const rows = joined([full]).joined!.text.split('\n').map((r) => r.split(/ {2,}/).map((c) => c.trim()));
    expect(rows.slice(1)).toEqual([['PRODUCCIÓN NACIONAL', '3'], ['biométricamente', '2']]);
  });

  it('joins a lone letter that is no Spanish word to the full line above, and starts a word at a letter, a slash and a letter', () => {
    // Column 1 is 55 pt wide; "ESTRATÉGICO" and "LEVANTADOS" fill it. The document prints
    // "ESTRATÉGICO" followed by text and words starting with "s" after text, yet "S" alone is no
    // word: "ESTRATÉGICOS". "Y/O" after "LEVANTADOS" starts a word: "LEVANTADOS Y/O".
    const full = page([
      item('Indicador', 50, 100), item('Meta', 130, 100),
      item('ESTRATÉGICO', 50, 116), item('3', 130, 116),
      item('S', 50, 128),
      { ...item('LEVANTADOS', 50, 144), width: 55 }, item('2', 130, 144),
      item('Y/O', 50, 156),
      item('Plan ESTRATÉGICO de sitios', 50, 300),
    ]);
    const rows = joined([full]).joined!.text.split('\n').map((r) => r.split(/ {2,}/).map((c) => c.trim()));
    expect(rows.slice(1, 3)).toEqual([['ESTRATÉGICOS', '3'], ['LEVANTADOS Y/O', '2']]);
  });

  it('estimates an upper-case first word wider than its line\'s average character when telling whether it fitted above', () => {
    // Column 1 runs to 250 (its widest lines). "…formato OCDS y" ends at 207. "OC4IDS sobre los
    // procesos" is 129 pt: capitals 6.5 pt, lower-case 5, spaces 2.5. By its average character
    // (5.16 pt) "OC4IDS" would be 31 pt and would have fitted after "y" (a new row); with capitals
    // and digits wider it is about 40 pt, as printed, and did not: the cell goes on.
    const cell = page([
      { ...item('Hito 6: Preparación de la plataforma para la', 50, 100), width: 200 }, item('Enero 2020', 300, 100),
      { ...item('de datos en formato OCDS y', 50, 112), width: 157 },
      { ...item('OC4IDS sobre los procesos', 50, 124), width: 129 },
      { ...item('Hito 7: Publicación de datos con una licencia', 50, 140), width: 200 }, item('Enero 2021', 300, 140),
    ]);
    const rows = joined([cell]).joined!.text.split('\n').map((r) => r.split(/ {2,}/).map((c) => c.trim()));
    expect(rows).toEqual([
      ['Hito 6: Preparación de la plataforma para la de datos en formato OCDS y OC4IDS sobre los procesos', 'Enero 2020'],
      ['Hito 7: Publicación de datos con una licencia', 'Enero 2021'],
    ]);
  });

  it('estimates a word by the advances of its letters, not the line\'s average: «implementación», two «m», did not fit after «MEDIANTE la» (letter-portrait-condensed-8pt-shaded)', () => {
    // The CNE matrix's unit 27 printed in a condensed 8 pt font, page 8 of the otras2 set's
    // letter-portrait-condensed-8pt-shaded PDF (scripts/print-reports-pdf.ts OTHER_VARIANTS_2),
    // every item of the row as PDF.js gives it. The objective column runs to 306.2 (its first line).
    // «gasto corriente y de inversión MEDIANTE la» ends at 247.2; «implementación» is 14 of the 55
    // characters of the line below (206.7 pt), about 53.8 pt by their average, which would have
    // fitted (a new row at «Nacional» / «implementación» / «0%»); with its two «m» and narrow «i»,
    // «l», «t» weighed as a sans font draws them it is wider than the 59 pt left: the row goes on.
    // Bundled report, line 200: unit 27, «Dirección Nacional Financiera», whose objective runs on to
    // «… tiempos de gestión.», and the value «100,00%».
    const at = itemsAt(7.99);
    const unit = page([
      at('2', 37.75, 42.32, 460.5), at('Direcció', 51.16, 80.21, 460.5), at('Incrementar la eficiencia en la ejecución presupuestaria del', 91.02, 306.24, 460.5),
      at('(O.O) Porcentaje de cumplimiento de los procesos de la Dirección', 314.78, 550.43, 460.5), at('10', 562.43, 571.58, 460.5),
      at('7', 37.75, 42.32, 470.2), at('n', 51.16, 55.72, 470.2), at('gasto corriente y de inversión MEDIANTE la', 91.02, 247.17, 470.2),
      at('Nacional de Financiera', 314.78, 396.24, 470.2), at('0,0', 562.43, 573.86, 470.2),
      at('Nacional', 51.16, 82.26, 480.0), at('implementación de herramientas para mejorar el análisis', 91.02, 297.69, 480.0), at('0%', 562.43, 573.84, 480.0),
      at('Financie', 51.16, 80.62, 489.7), at('de la gestión financiera y la reducción de tiempos de', 91.02, 282.04, 489.7),
      at('ra', 51.16, 58.53, 499.5), at('gestión.', 91.02, 119.81, 499.5),
      at('Porcentaje de ejecución presupuestaria Institucional ( E )', 314.78, 519.86, 510.7), at('70,', 562.43, 573.86, 510.7),
      at('36', 562.43, 571.58, 520.5), at('%', 562.43, 569.27, 530.2),
    ]);
    const rows = joinedCells([{ ...unit, width: 612, height: 792 }])!;
    expect(rows[0]).toEqual([
      '27', 'Dirección Nacional Financiera',
      'Incrementar la eficiencia en la ejecución presupuestaria del gasto corriente y de inversión MEDIANTE la implementación de herramientas para mejorar el análisis de la gestión financiera y la reducción de tiempos de gestión.',
      '(O.O) Porcentaje de cumplimiento de los procesos de la Dirección Nacional de Financiera', '100,00%',
    ]);
  });

  it('joins a short word alone on a cell\'s last line to the full line above as a word\'s end, not before more text', () => {
    // Column 1 is 40 pt wide; "MASCULI" and "ORDEN" fill it. "NO" alone ends its cell: a cut word
    // ("MASCULINO"); "DE" followed by "ARMAS" below starts the cell's next words.
    const header = page([
      item('Sexo', 50, 100), item('Total', 130, 100),
      { ...item('MASCULI', 50, 116), width: 40 }, item('3', 130, 116),
      item('NO', 50, 128),
      { ...item('ORDEN', 50, 144), width: 40 }, item('2', 130, 144),
      item('DE', 50, 156),
      item('ARMAS', 50, 168),
    ]);
    const rows = joined([header]).joined!.text.split('\n').map((r) => r.split(/ {2,}/).map((c) => c.trim()));
    expect(rows.slice(1)).toEqual([['MASCULINO', '3'], ['ORDEN DE ARMAS', '2']]);
  });

  it('reads fragments that would double an "s" as two words', () => {
    // Column 1 is 45 pt wide; "CASOS" fills it (wide capitals), "SIMPLES" below does not fit after
    // it. Together 12 letters, no word the document prints: by length alone a word cut.
    const full = page([
      item('Indicador', 50, 100), item('Meta', 130, 100),
      { ...item('CASOS', 50, 116), width: 45 }, item('3', 130, 116),
      item('SIMPLES', 50, 128),
    ]);
    const rows = joined([full]).joined!.text.split('\n').map((r) => r.split(/ {2,}/).map((c) => c.trim()));
    expect(rows[1]).toEqual(['CASOS SIMPLES', '3']);
  });

  it('measures the room left for one more letter by the next line\'s letters, not its narrower spaces', () => {
    // Column 1 runs to 85.2 (its widest text, "LA META"). "INDICA" ends at 80: 5.2 pt left. "DOR DE"
    // averages 4.6 pt a character with its space, 5 pt a letter: no room for its "D", so the
    // line may have been cut inside a word, and "INDICADOR", printed whole below, says it was.
    const header = page([
      item('INDICA', 50, 100), item('RESULTADO', 130, 100),
      { ...item('DOR DE', 50, 112), width: 27.5 },
      { ...item('LA META', 50, 124), width: 35.2 },
      item('Meta 1', 50, 140), item('10', 130, 140),
      item('Un INDICADOR de la gestión', 50, 200),
    ]);
    const rows = joined([header]).joined!.text.split('\n').map((r) => r.split(/ {2,}/).map((c) => c.trim()));
    expect(rows[0]).toEqual(['INDICADOR DE LA META', 'RESULTADO']);
  });

  it('joins the one filled cell of a table row wrapped in its column, not only at the page margin', () => {
    // A row whose only text is its first cell: it wraps at its column's edge (the widest text of
    // the column, 200), far from the page's right margin (550); the lines around have two cells.
    const lone = page([
      item('Compromiso', 50, 100), item('Detalle', 260, 100),
      item('Implementación de los derechos de', 50, 116),
      item('acceso a la información', 50, 128),
      item('Fecha de inicio y término del', 50, 144), item('2019', 260, 144),
    ]);
    const rows = joined([lone]).joined!.text.split('\n').map((r) => r.split(/ {2,}/).map((c) => c.trim()));
    expect(rows[1]).toEqual(['Implementación de los derechos de acceso a la información']);
  });

  it('joins the one filled cell of a table row at a page\'s end when the next page goes on with the table\'s rows in its column', () => {
    // Page 1 ends with a row whose only text is its first cell, wrapped at its column's edge (200):
    // no line of page 1 has two cells. Page 2 starts with rows of two cells, the first at 50: the
    // table broken across the pages. (Alone on a page, these lines would be a single text,
    // wrapped at the page margin, and stay apart.)
    const end = page([
      item('Implementación de los derechos de', 50, 700),
      item('acceso a la información', 50, 712),
    ]);
    const next = page([
      item('Institución responsable', 50, 100), item('Ministerio del Ambiente', 260, 100),
      item('Descripción', 50, 116), item('Reforzar los mecanismos', 260, 116),
    ]);
    const rows = joined([end, next]).joined!.text.split('\n').map((r) => r.split(/ {2,}/).map((c) => c.trim()));
    expect(rows[0]).toEqual(['Implementación de los derechos de acceso a la información']);
    expect(joined([end]).joined).toBeNull();
  });

  it('bounds a column at a page\'s top by a column of the table on the page before that is empty on this page (a cell spanning rows)', () => {
    // A unit's number «18» cut down its narrow column at the top of page 2: the unit's name (column
    // at 70, a cell spanning the unit's rows) was printed on page 1, so no line of page 2 has text
    // there. Page 1's rows of the same table show the number column ends at 70.
    const before = page([
      item('17', 50, 700), item('Dirección Nacional', 70, 700), item('Porcentaje de asistencias', 300, 700), item('N/A', 520, 700),
      item('Porcentaje de ejecución presupuestaria', 300, 716), item('90,44%', 520, 716),
    ]);
    const top = page([
      item('1', 50, 100), item('(O.O) Porcentaje de cumplimiento de los', 300, 100), item('100,00%', 520, 100),
      item('8', 50, 112), item('Nacional de Registro Electoral', 300, 112),
      item('Porcentaje de ejecución presupuestaria', 300, 128), item('0,00%', 520, 128),
      item('Porcentaje de asistencias técnicas', 300, 144), item('N/A', 520, 144),
    ]);
    const cellsOf = (pages: PositionedPage[]) => joinedCells(pages)!;
    expect(cellsOf([before, top])[2]).toEqual(['18', '(O.O) Porcentaje de cumplimiento de los Nacional de Registro Electoral', '100,00%']);
    // Alone, nothing on the page bounds the number column: the two lines read as two numbers.
    expect(cellsOf([top])[0]).toEqual(['1 8', '(O.O) Porcentaje de cumplimiento de los Nacional de Registro Electoral', '100,00%']);
  });

  it('does not let the last column of a table printed under the rest of a wider one at a page\'s top run on to the wider table\'s next column', () => {
    // (as letter-portrait-8pt-justified, plan, commitment 3: an HTML copy's row goes on at the top
    // of a page, and the milestones table follows it, no blank line between, its end-date column
    // cut a letter or two a line) Page 1's table has four columns, the last at 350; its last row
    // goes on over the page break in its first column only. Page 2's table has three, the last at
    // 250, «Fe» / «bre» / «ro»: the open row brings page 1's column at 350 to the block, but no
    // line of page 2 has text there, and no column of page 2's follows it: the column at 250 runs
    // no further than its widest text, and «Fe» left no room for «b».
    const before = page([
      item('Hito', 50, 700), item('Inicio', 150, 700), item('Fin', 250, 700), item('Notas', 350, 700),
      item('Validación', 50, 716), item('Enero 2020', 150, 716), item('Febrero 2020', 250, 716), item('Ninguna', 350, 716),
      item('Diseño del', 50, 732), item('Marzo 2020', 150, 732), item('Julio 2020', 250, 732), item('Ninguna', 350, 732),
      item('proyecto de', 50, 744),
      item('implementación', 50, 756),
    ]);
    const top = page([
      item('del portal', 50, 100),
      item('Actividad', 50, 116), item('Inicio', 150, 116), item('Fin', 250, 116),
      item('Hito 1: Mapeo', 50, 132), item('Enero', 150, 132), item('Fe', 250, 132),
      item('de datos', 50, 144), item('bre', 250, 144),
      item('ro', 250, 156),
      item('Hito 2: Diseño', 50, 172), item('Marzo', 150, 172), item('Ju', 250, 172),
      item('del plan', 50, 184), item('lio', 250, 184),
    ]);
    expect(joinedCells([before, top])!.slice(-2)).toEqual([
      ['Hito 1: Mapeo de datos', 'Enero', 'Febrero'],
      ['Hito 2: Diseño del plan', 'Marzo', 'Julio'],
    ]);
  });

  it('joins a figure cut more than once at a page\'s top, where no row above shows how far apart rows are («10» / «0,» / «00» / «%»)', () => {
    // The row is its page's first: the second line fills every column, «0,» a bare number, and
    // «10» + «0,» is no number yet; with the fragment below it, «100,00», it is.
    const top = page([
      item('Porcentaje de', 50, 100), item('10', 300, 100),
      item('solicitudes de la', 50, 112), item('0,', 300, 112),
      item('ciudadanía gestionadas', 50, 124), item('00', 300, 124),
      item('%', 300, 136),
    ]);
    const rows = joinedCells([top])!;
    expect(rows[0]).toEqual(['Porcentaje de solicitudes de la ciudadanía gestionadas', '100,00%']);
  });

  it('reads «y» alone on a line of a narrow column, with more of its cell below, as the word «y», not the end of a cut word', () => {
    // «tecnológica» fills its column, and no other text of the document tells how it joins «y»;
    // a word is cut only when wider than the column, and long Spanish words do not end in «y».
    const narrow = page([
      item('Porcentaje', 50, 100), item('N/A', 200, 100),
      item('tecnológica', 50, 112), item('y', 50, 124), item('comunicaci', 50, 136), item('ones (E)', 50, 148),
    ]);
    const rows = joinedCells([narrow])!;
    expect(rows[0]).toEqual(['Porcentaje tecnológica y comunicaciones (E)', 'N/A']);
  });

  it('starts a row at a value under a value in a table without vertical cell padding, rows as close as a cell\'s lines («N/A» / «N/A»)', () => {
    // Every line 12 pt below the one above, rows too (cell padding 0). The indicator column's
    // widest text is its first row's, «Porcentaje de cumplimiento» (to 180): the next line's first
    // word does not fit after it, and «N/A» fills the value column, so by room alone the second
    // row reads as the first row's cells wrapped. Its «N/A» under the first row's «N/A», and «N/»
    // / «A» (a value cut in a column two letters wide) under «9,5» / «%», start rows of their own.
    const tight = page([
      item('Indicador', 50, 100), item('Meta', 200, 100),
      item('Porcentaje de cumplimiento', 50, 112), item('N/A', 200, 112),
      item('Porcentaje del personal', 50, 124), item('N/A', 200, 124),
      item('que recibe cursos', 50, 136),
      item('Porcentaje ejecutado del', 50, 148), item('9,5', 200, 148),
      item('presupuesto del año', 50, 160), item('%', 200, 160),
      item('Porcentaje de visitas', 50, 172), item('N/', 200, 172),
      item('realizadas', 50, 184), item('A', 200, 184),
    ]);
    const rows = joinedCells([tight])!;
    expect(rows.slice(1)).toEqual([
      ['Porcentaje de cumplimiento', 'N/A'],
      ['Porcentaje del personal que recibe cursos', 'N/A'],
      ['Porcentaje ejecutado del presupuesto del año', '9,5%'],
      ['Porcentaje de visitas realizadas', 'N/A'],
    ]);
  });

  it('starts a row at an amount under an amount as Markdown escapes them («\\$836.038,94» / «\\$2.000,00»), rows as close as a cell\'s lines', () => {
    // The Ministerio report printed on A4 landscape in a narrow font, cells without vertical padding
    // (OTHER_VARIANTS_2 a4-landscape-narrow-7pt-ruled-shaded-tight, page 7): the disposals table
    // (bundled report lines 185-199), whose amounts the report writes «\$836.038,94», came out one
    // row of 14 joined lines, «ENAJENACIÓN DONACIONES RECIBIDAS …» / «\$836.038,94\$2.000,00 …».
    // Report lines 186-188: «ENAJENACIÓN | Inmueble | \$836.038,94», «DONACIONES RECIBIDAS |
    // Motocicletas | \$2.000,00», «DONACIONES RECIBIDAS | Camionetas | \$289.900,00».
    // Here the goods column 14 characters wide, and report line 193's «Computadoras portátiles»
    // wrapped in it.
    const rows = joinedCells([page([
      item('TIPO', 50, 100), item('BIEN', 160, 100), item('VALOR TOTAL', 230, 100),
      item('ENAJENACIÓN', 50, 112), item('Inmueble', 160, 112), item('\\$836.038,94', 230, 112),
      item('DONACIONES RECIBIDAS', 50, 124), item('Motocicletas', 160, 124), item('\\$2.000,00', 230, 124),
      item('DONACIONES RECIBIDAS', 50, 136), item('Computadoras', 160, 136), item('\\$13.870,08', 230, 136),
      item('portátiles', 160, 148),
      item('DONACIONES RECIBIDAS', 50, 160), item('Camionetas', 160, 160), item('\\$289.900,00', 230, 160),
    ])])!;
    expect(rows.slice(1)).toEqual([
      ['ENAJENACIÓN', 'Inmueble', '\\$836.038,94'],
      ['DONACIONES RECIBIDAS', 'Motocicletas', '\\$2.000,00'],
      ['DONACIONES RECIBIDAS', 'Computadoras portátiles', '\\$13.870,08'],
      ['DONACIONES RECIBIDAS', 'Camionetas', '\\$289.900,00'],
    ]);
  });

  it('goes on a figure cut down a column two characters wide though its third piece is a whole number under a value («95» / «,3» / «3» / «%»)', () => {
    // The CNE matrix printed on Letter in DejaVu Sans Condensed 8 pt, shaded header
    // (OTHER_VARIANTS_2 letter-portrait-condensed-8pt-shaded, page 7's foot): unit 25's budget
    // execution, bundled report line 185 «Porcentaje de ejecución presupuestaria | 95,33%», cut
    // «95» / «,3» / «3» / «%» in the value column. «3» under «,3» read as a value under a value and
    // started a row: «95,3» and «3%». Here the value column two characters wide (10 pt) at 300, a row
    // above it ending in «N/» / «A».
    const rows = joinedCells([page([
      item('Bienes', 50, 100), item('Indicador uno', 200, 100), item('N/', 300, 100),
      item('A', 300, 112),
      item('Dirección', 50, 124), item('Porcentaje de', 200, 124), item('95', 300, 124),
      item('Nacional', 50, 136), item('ejecución', 200, 136), item(',3', 300, 136),
      item('Administrativa', 50, 148), item('3', 300, 148),
      item('%', 300, 160),
    ])])!;
    expect(rows).toEqual([['Bienes', 'Indicador uno', 'N/A'], ['Dirección Nacional Administrativa', 'Porcentaje de ejecución', '95,33%']]);
  });

  it('goes on a row whose date columns, as narrow as a month\'s name, wrap the year under it in a table without vertical cell padding («Julio» / «202» / «0»)', () => {
    // Every line 12 pt below the one above. The second line has a cell in every column, two of them
    // bare numbers («202»), yet the first column's line above is full (its widest text; «Violencia»
    // does not fit after «de la») and so are «Julio» in the date columns (18 pt: «l» and «i» are
    // narrow, a year's four digits are wider): the row's cells wrapped, and the year was cut.
    const dates = page([
      item('Hito', 50, 100), item('Ini', 200, 100), item('Fin', 240, 100),
      item('Hito 1: Definición de la', 50, 112), { ...item('Julio', 200, 112), width: 18 }, { ...item('Julio', 240, 112), width: 18 },
      item('Violencia contra', 50, 124), item('202', 200, 124), item('202', 240, 124),
      item('0', 200, 136), item('1', 240, 136),
      item('Hito 2: Mapeo', 50, 148), item('Ago', 200, 148), item('Sept', 240, 148),
    ]);
    const rows = joinedCells([dates])!;
    expect(rows.slice(1)).toEqual([['Hito 1: Definición de la Violencia contra', 'Julio 2020', 'Julio 2021'], ['Hito 2: Mapeo', 'Ago', 'Sept']]);
  });

  describe('a cell cut by a page break', () => {
    // Page 1 ends with a row whose first cell wraps down to the page's foot (the lowest line of the
    // document's pages, 724); page 2 goes on with the rest of that cell at its top, then a row of
    // its own, 16 pt lower (padding and ruling).
    const foot = (top: number) => [
      page([
        item('Programa', 50, 684), item('Monto', 200, 684),
        item('Egresos en', 50, 700), item('1.234,56', 200, 700),
        item('personal de la', 50, 712),
        item('institución y', 50, 724),
      ]),
      page([item('sus oficinas', 50, top), item('Bienes', 50, top + 16), item('7,00', 200, top + 16)]),
    ];
    const cellsOf = joinedCells;

    it('joins the rest of the cell at the next page\'s top into its row, which cites its first displayed line', () => {
      const { displayed, joined: j } = joined(foot(100));
      expect(j!.text.split('\n').map((r) => r.trim().split(/ {2,}/))).toEqual([
        ['Programa', 'Monto'],
        ['Egresos en personal de la institución y sus oficinas', '1.234,56'],
        ['Bienes', '7,00'],
      ]);
      expect(displayed[displayedLine(j!.map, 2) - 1]).toContain('1.234,56');
      expect(displayedLine(j!.map, 3)).toBe(6);
    });

    it('leaves the next page\'s first line apart when the row ended with room left on its page', () => {
      // A third page whose text runs lower (to 760): page 1 had room for one more line of the cell.
      const rows = cellsOf([...foot(100), page([item('Notas', 50, 100), item('Fin', 50, 760)])]);
      expect(rows!.slice(1, 3)).toEqual([['Egresos en personal de la institución y', '1.234,56'], ['sus oficinas']]);
    });

    it('leaves it apart when it starts as low as a row pushed whole to a page\'s top (below its cell\'s padding)', () => {
      // Pages 3 and 4: page 3 (a note, then a table) ends with room left, so page 4's first row was
      // pushed whole to its top; it starts at 102, under its cell's top padding. Text that goes on at
      // a page's top starts at 100.
      const pushed = [page([item('Notas', 50, 100), item('Obras', 50, 400), item('9,00', 200, 400)]),
        page([item('Bienes', 50, 102), item('7,00', 200, 102)])];
      expect(cellsOf([...foot(100), ...pushed])![1]).toEqual(['Egresos en personal de la institución y sus oficinas', '1.234,56']);
      expect(cellsOf([...foot(102), ...pushed])!.slice(1, 3)).toEqual([['Egresos en personal de la institución y', '1.234,56'], ['sus oficinas']]);
    });
  });

  it('measures a column\'s room with the page\'s cell gap, not a narrower gap before a stray text («2» / «1» is 21)', () => {
    // A numbering column one digit wide (x 40 to 45) beside names at 60: 15 pt between cells on five
    // lines. A stray «Y» on the last row, 3 pt after the widest text of the third column (200 to
    // 270), is no column, and must not make the numbering column seem to have room for «1» after «2».
    const p = page([
      item('1', 40, 100), item('Alfa', 60, 100), item('Texto uno', 200, 100),
      item('2', 40, 116), item('Beta', 60, 116), item('Texto dos', 200, 116),
      item('9', 40, 132), item('Gamma', 60, 132), item('Texto tres', 200, 132),
      item('2', 40, 148), item('Delta', 60, 148), item('Texto cuatro y', 200, 148),
      item('1', 40, 160),
      item('3', 40, 176), item('Epsilon', 60, 176), item('Nota', 200, 176), item('Y', 273, 176),
    ]);
    expect(joinedCells([p])!.find((r) => r.includes('Delta'))![0]).toBe('21');
  });

  it('a table of even columns has columns where its spacing skips some: a cell there is cut at the column, not at the next filled one', () => {
    // The Open Government plan printed on A4 portrait in narrow columns (VARIANTS a4-portrait-narrow,
    // page 24): the row holding the HTML copy of commitment 3's milestone table has 20 columns 25.1 pt
    // apart; its 2nd and 3rd are empty on every page it crosses, so the HTML, cut four letters a
    // line («<ta» / «ble»), seemed able to run to the 4th and read as words apart. Here columns
    // 25 pt apart from 50, the 2nd and 3rd (75, 100) empty.
    const starts = [50, 125, 150, 175, 200, 225];
    const first = ['<ta', 'Acti', 'Fech', 'Fech', '<p>', 'Ener'];
    const second = ['ble', 'vida', 'a de', 'a de', '<b>', 'o'];
    // (each cell drawn apart, a run of its own: cells 5 pt apart)
    const rows = joinedCells([page([
      ...starts.map((x, k) => ({ ...item(first[k]!, x, 100), run: k })),
      ...starts.map((x, k) => ({ ...item(second[k]!, x, 112), run: 10 + k })),
    ])]);
    expect(rows![0]![0]).toBe('<table');
  });

  it('splits a row\'s number given as one run with the next cell\'s text where the lines below go on with that text', () => {
    // The CNE matrix printed in a tight layout (OTHER_VARIANTS letter-portrait-sans-8pt-tight, page 2):
    // PDF.js gives unit 6's number and name as one run, «6 Político y Difusión» at 36 pt, and the
    // name goes on below at 44 pt, «Electoral», where the number is not. Bundled report, line 39:
    // «6 | Político y Difusión Electoral | MEDIANTE la administración … | Porcentaje de publicaciones
    // realizadas en Facebook | 100,00%». Here in the test's 10 pt font, the name going on at 45.
    const rows = joinedCells([page([
      { ...item('6 Político y Difusión', 36, 100), run: 1 }, { ...item('MEDIANTE la', 170, 100), run: 2 },
      { ...item('Porcentaje de', 300, 100), run: 3 }, { ...item('100', 400, 100), run: 4 },
      { ...item('Electoral', 45, 112), run: 5 }, { ...item('administración', 170, 112), run: 6 },
      { ...item('publicaciones', 300, 112), run: 7 }, { ...item(',00%', 400, 112), run: 8 },
      { ...item('Porcentaje de', 300, 128), run: 9 }, { ...item('N/A', 400, 128), run: 10 },
    ])]);
    expect(rows![0]).toEqual(['6', 'Político y Difusión Electoral', 'MEDIANTE la administración', 'Porcentaje de publicaciones', '100,00%']);
  });

  it('splits two dates given as one run where a cell of the rows around starts the next date column', () => {
    // The Open Government plan printed in a tight layout (OTHER_VARIANTS letter-portrait-sans-8pt-tight,
    // page 21): cells without padding, PDF.js gives milestone 8's two dates, 4 pt apart, as one run,
    // «Diciembre 2020 Diciembre 2021» at 311.5 pt; the rows above and below start their end date at
    // 372 («Agosto 2021», «Noviembre 2021»). Here the second date column at 375.
    const rows = joinedCells([page([
      { ...item('Hito 7', 50, 100), run: 1 }, { ...item('Enero 2021', 300, 100), run: 2 }, { ...item('Agosto 2021', 375, 100), run: 3 },
      { ...item('Hito 8', 50, 116), run: 4 }, { ...item('Diciembre 2020 Diciembre 2021', 300, 116), run: 5 },
      { ...item('Hito 9: Definición', 50, 132), run: 6 }, { ...item('Septiembre', 300, 132), run: 7 }, { ...item('Noviembre 2021', 375, 132), run: 8 },
      { ...item('de indicadores', 50, 144), run: 9 }, { ...item('2021', 300, 144), run: 10 },
    ])]);
    expect(rows![1]).toEqual(['Hito 8', 'Diciembre 2020', 'Diciembre 2021']);
  });

  it('moves a column a joined cell runs into though its row leaves that column empty, not one its row below splits under it', () => {
    // The CNE matrix printed on A4 landscape in a narrow font, ruled, cells without padding
    // (OTHER_VARIANTS_2 a4-landscape-narrow-7pt-ruled-shaded-tight, page 6): unit 29's name,
    // «Dirección Nacional de» / «Seguimiento y Gestión de la» / «Calidad pl» (bundled report,
    // line 212: «Dirección Nacional de Seguimiento y Gestión de la Calidad pl», its objective cell
    // empty), joined, ran into the objective column that other rows fill, and was cut there:
    // «… Gestión de la» / «Calidad pl» as the objective. Here columns at 50, 110 and 300.
    const units = page([
      { ...item('Unidad', 50, 100), run: 1 }, { ...item('Objetivo', 110, 100), run: 2 }, { ...item('Meta', 300, 100), run: 3 },
      { ...item('Bienes', 50, 116), run: 4 }, { ...item('Mejorar', 110, 116), run: 5 }, { ...item('9,00', 300, 116), run: 6 },
      { ...item('Gestión y', 50, 132), run: 7 }, { ...item('N/A', 300, 132), run: 8 },
      { ...item('Calidad de', 50, 144), run: 9 },
      { ...item('Procesos', 50, 156), run: 10 },
      { ...item('7,00', 300, 172), run: 11 },
    ]);
    expect(joinedCells([units])![2]).toEqual(['Gestión y Calidad de Procesos', 'N/A']);
    const text = joined([units]).joined!.text.split('\n');
    // the objective column starts past the joined name (and two spaces), on every row alike
    expect(text[0]!.indexOf('Objetivo')).toBe(text[1]!.indexOf('Mejorar'));
    expect(text[1]!.indexOf('Mejorar')).toBeGreaterThanOrEqual(text[2]!.indexOf('Gestión') + 'Gestión y Calidad de Procesos'.length + 2);
    // A header over the columns the row below splits («GÉNERO» over «MASCULINO», «FEMENINO», the
    // Ministerio's deliberations table) moves nothing: its text spans them.
    const header = joined([page([
      { ...item('Género de', 50, 100), run: 1 }, { ...item('Total', 300, 100), run: 2 },
      { ...item('personas', 50, 112), run: 3 },
      { ...item('Masc', 50, 128), run: 4 }, { ...item('Fem', 110, 128), run: 5 }, { ...item('Total', 300, 128), run: 6 },
      { ...item('78', 50, 144), run: 7 }, { ...item('56', 110, 144), run: 8 }, { ...item('134', 300, 144), run: 9 },
      { ...item('10', 50, 160), run: 10 }, { ...item('Otro', 110, 160), run: 11 }, { ...item('12', 300, 160), run: 12 },
    ])]).joined!.text.split('\n');
    expect(header[1]!.indexOf('Fem') - header[1]!.indexOf('Masc')).toBe(12);
  });

  it('joins a number cut in a column whose next column holds right-aligned figures: that column\'s start is not where the figures start (Ministerio, Legal 10 pt serif)', () => {
    // otras3 legal-portrait-serif-10pt-ruled-right, Ministerio report, page 12's top (the budget
    // table going on from page 11, its header there), every item as PDF.js gives it (y from the
    // page's top). Bundled report lines 151-153: executed «\$14.586.155,85», «\$5.183.550,70»,
    // «\$264.144,00». The executed column (222.30) cuts them «\$14.58» / «6.155,8» / «5»; the
    // percentages after it are right-aligned, «100,00 %» from 282.94, «69,14 %» from 289.30, both
    // ending at 330.59: the executed column's room does not run up to 282.94.
    const at = itemsAt(9.9975);
    const rows = joinedCells([{ width: 612, height: 1008, items: [
      at('PROGR', 38.50, 76.46, 44.25), at('Egresos en', 91.85, 148.05, 44.25), at('\\$14.586', 166.70, 211.40, 44.25), at('\\$14.58', 222.30, 260.65, 44.25),
      at('100,00 %', 282.94, 330.59, 44.25), at('http://repositorio.ministeriodelinterior.gob.ec/', 339.34, 572.96, 44.25),
      at('AMA', 38.50, 63.17, 55.50), at('personal', 91.85, 135.69, 55.50), at('.155,85', 166.70, 204.85, 55.50), at('6.155,8', 222.30, 260.46, 55.50),
      at('owncloud/index.php/s/cxyZbpd0lSn8wQP', 339.34, 548.94, 55.50),
      at('Y/O', 38.50, 56.66, 66.75), at('5', 222.30, 228.67, 66.75), at('https://repositorio.ministeriodelinterior.gob.e', 339.34, 569.12, 66.75),
      at('PROYEC', 38.50, 82.49, 78.00), at('c/owncloud/index.php/s/Gsie8EIF13deZHK', 339.34, 557.14, 78.00),
      at('TO', 38.50, 53.36, 89.25),
      at('PROGR', 38.50, 76.46, 102.75), at('Bienes y', 91.85, 134.62, 102.75), at('\\$7.496.', 166.70, 208.22, 102.75), at('\\$5.183.', 222.30, 263.83, 102.75),
      at('69,14 %', 289.30, 330.59, 102.75), at('http://repositorio.ministeriodelinterior.gob.ec/', 339.34, 572.96, 102.75),
      at('AMA', 38.50, 63.17, 114.00), at('servicios de', 91.85, 151.96, 114.00), at('825,85', 166.70, 201.68, 114.00), at('550,70', 222.30, 257.28, 114.00),
      at('owncloud/index.php/s/cxyZbpd0lSn8wQP', 339.34, 548.94, 114.00),
      at('Y/O', 38.50, 56.66, 125.25), at('consumo', 91.85, 136.97, 125.25), at('https://repositorio.ministeriodelinterior.gob.e', 339.34, 569.12, 125.25),
      at('PROYEC', 38.50, 82.49, 136.50), at('c/owncloud/index.php/s/Gsie8EIF13deZHK', 339.34, 557.14, 136.50),
      at('TO', 38.50, 53.36, 147.75),
      at('PROGR', 38.50, 76.46, 162.00), at('Otros', 91.85, 119.99, 162.00), at('\\$1.037.', 166.70, 208.22, 162.00), at('\\$264.1', 222.30, 260.65, 162.00),
      at('25,45 %', 289.30, 330.59, 162.00), at('http://repositorio.ministeriodelinterior.gob.ec/', 339.34, 572.96, 162.00),
      at('AMA', 38.50, 63.17, 173.25), at('egresos', 91.85, 131.14, 173.25), at('983,98', 166.70, 201.68, 173.25), at('44,00', 222.30, 250.92, 173.25),
      at('owncloud/index.php/s/cxyZbpd0lSn8wQP', 339.34, 548.94, 173.25),
      at('Y/O', 38.50, 56.66, 184.50), at('corrientes', 91.85, 143.64, 184.50), at('https://repositorio.ministeriodelinterior.gob.e', 339.34, 569.12, 184.50),
      at('PROYEC', 38.50, 82.49, 195.75), at('c/owncloud/index.php/s/Gsie8EIF13deZHK', 339.34, 557.14, 195.75),
      at('TO', 38.50, 53.36, 207.00),
    ] }])!;
    expect(rows.filter((r) => r[0] === 'PROGRAMA Y/O PROYECTO').map((r) => r[3])).toEqual(['\\$14.586.155,85', '\\$5.183.550,70', '\\$264.144,00']);
  });
});

describe('joinWrapped: cells drawn with borders', () => {
  it('measures a bordered cell\'s room to its box, not to the widest text of its column', () => {
    // (otras3 b5-landscape-times-8pt-ruled-shaded-padded, Open Government plan, page 34: the
    // milestone table's end-date column, its sides at 255.37 and 276.37, its text 6.5 pt in at
    // 261.87, one or two letters a line: «F» / «eb» / «re» / «ro» / «2» / «0» / «2» / «0». Measured
    // to where the column's text could reach by the columns of the table above (the next starting
    // further right), «F» left room for a letter (46 pt on that page), and the date was read «F eb
    // re ro 2020».
    // Expected: «Febrero 2020», data/reports/2019-2022-plan-de-accion-gobierno-abierto-ecuador.txt, hito 1
    // of commitment 3.)
    const at = itemsAt(7.99);
    const column = (texts: string[], x: number, y: number, widths: number[]) => texts.map((t, k) => at(t, x, x + widths[k]!, y + k * 8.25));
    const items = [
      // (the end of the table above, whose columns start right of the milestone table's)
      at('</p>', 40.5, 55.73, 152), at('ca.', 282.5, 291.59, 152), at('os.', 302.6, 311.71, 152), at('a.', 320.5, 326.05, 152),
      at('Actividad y producto entregable', 40.5, 143.7, 168.75), at('Fecha de inicio', 197.73, 246.55, 168.75),
      ...column(['F', 'ec', 'ha', 'de', 'té', 'r', 'm', 'in', 'o'], 261.87, 168.75, [4.45, 7.1, 7.54, 7.54, 5.77, 2.66, 6.22, 6.22, 4]),
      ...column(['<p><b>Hito 1:</b> Identificación de actores', 'clave gubernamentales y no', 'gubernamentales para fortalecer el trabajo'], 40.5, 248.25, [144.22, 88.99, 134.46]),
      at('Enero 2020', 197.73, 234.8, 248.25),
      ...column(['F', 'eb', 're', 'ro', '2', '0', '2', '0'], 261.87, 248.25, [4.45, 7.54, 6.21, 6.66, 4, 4, 4, 4]),
    ];
    const rules = {
      h: [160.12, 238.87, 309.37].map((y) => ({ at: y, from: 33.75, to: 675 })),
      v: [34.12, 191.62, 255.37, 276.37, 295.87].map((x) => ({ at: x, from: 33.75, to: 434.25 })),
    };
    const rows = joinedCells([{ width: 708.66, height: 498.9, items, rules }])!;
    expect(rows.find((r) => r[1] === 'Enero 2020')?.[2]).toBe('Febrero 2020');
  });
});

describe('a year under the month that ends the line above', () => {
  // b5-portrait-serif-8pt-zebra-justified-tight (otras7), plan, page 34 (all its items): at y 382.5
  // to 558, the end of commitment 4's first cell, 34 pt wide, «Fecha de inicio y término del compromiso: noviembre
  // 2019 – junio 2022» one word or piece a line, then the next row, «Institución o actor responsable
  // de» beside «Ministerio del Ambiente y Agua». Bundled plan, line 972: «… noviembre 2019 – junio
  // 2022», one cell. A bare number in a row's first column starts a row; a year under «junio» is the
  // date's end, wrapped at its space (before, the commitment's dates read «noviembre 2019 – junio»).
  const at = itemsAt(7.99);
  const rows = joinedCells([{
    width: 499, height: 709,
    items: [
      at('<b>Otros actores involucrados</b>', 36.75, 185.78, 41.25), at('<b>Actor', 248.25, 288.85, 41.25), at('es', 248.25, 257.08, 51.00), at('de', 283.43, 293.28, 51.00),
      at('gobierno<', 248.25, 291.06, 60.75), at('/b>', 248.25, 262.76, 70.50), at('<ul style="list-style-type: none"> <li>•', 299.29, 461.99, 41.25), at('Presidencia de la República</li> <li>•', 299.29, 461.99, 51.00),
      at('Ministerio de Telecomunicaciones y de', 299.29, 461.99, 60.75), at('la', 299.29, 306.61, 70.50), at('Sociedad', 314.29, 351.34, 70.50), at('de', 359.03, 368.88, 70.50),
      at('la', 376.56, 383.88, 70.50), at('Información</li>', 391.57, 462.00, 70.50), at('</ul>', 299.29, 323.08, 80.25), at('<b>OSC,', 248.25, 287.16, 90.00),
      at('sector', 248.25, 273.40, 99.75), at('privado,', 248.25, 281.49, 109.50), at('organizaci', 248.25, 290.48, 119.25), at('ones', 248.25, 267.04, 129.00),
      at('multilatera', 248.25, 293.15, 138.75), at('les, grupos', 248.25, 293.28, 148.50), at('de', 248.25, 258.10, 158.25), at('trabajo</b', 248.25, 291.72, 168.00),
      at('>', 248.25, 254.95, 177.75), at('<ul style="list-style-type: none"> <li>•', 299.29, 461.99, 90.00), at('<b>Fundación Ciudadanía y Desarrollo', 299.29, 462.00, 99.75), at('(Contraparte)</b></li>', 299.29, 397.44, 109.50),
      at('<li>•', 438.78, 462.00, 109.50), at('Datalat</li>', 299.29, 350.17, 119.25), at('<li>•', 360.33, 383.56, 119.25), at('Fundación', 393.72, 436.44, 119.25),
      at('San', 446.60, 461.99, 119.25), at('Francisco Global</li> <li>• Escuela de', 299.29, 462.00, 129.00), at('Gobierno', 299.29, 336.66, 138.75), at('–', 346.66, 350.65, 138.75),
      at('IDE</li>', 360.65, 397.25, 138.75), at('<li>•', 407.24, 430.46, 138.75), at('Open', 440.45, 462.00, 138.75), at('Contracting', 299.29, 347.67, 148.50),
      at('Partnership', 358.37, 405.81, 148.50), at('(OCP)</li>', 416.51, 462.00, 148.50), at('<li>•', 299.29, 322.51, 158.25), at('Construction', 352.71, 405.27, 158.25),
      at('Sector', 435.47, 461.99, 158.25), at('Transparency', 299.29, 355.02, 168.00), at('Initiative', 365.72, 402.13, 168.00), at('(CoST)</li>', 412.83, 462.00, 168.00),
      at('</ul>', 299.29, 323.08, 177.75), at('**Nota técnica:** Los hitos de este compromiso se reprogramaron para cumplirse hasta el año 2022.', 33.75, 443.85, 197.25), at('## Desarrollo de capacidades para la transparencia', 33.75, 246.81, 236.25), at('Implem', 36.75, 67.47, 255.75),
      at('entació', 36.75, 66.45, 265.50), at('n de los', 36.75, 70.45, 275.25), at('derecho', 36.75, 69.58, 285.00), at('s', 36.75, 40.85, 294.75),
      at('de', 60.61, 70.45, 294.75), at('particip', 36.75, 68.37, 304.50), at('ación', 36.75, 58.51, 314.25), at('y', 65.93, 70.45, 314.25),
      at('acceso', 36.75, 64.11, 324.00), at('a', 36.75, 41.52, 333.75), at('la', 63.12, 70.44, 333.75), at('informa', 36.75, 68.39, 343.50),
      at('ción', 36.75, 53.74, 353.25), at('ambient', 36.75, 69.86, 363.00), at('al', 36.75, 44.07, 372.75), at('(Escazú', 36.75, 68.40, 382.50),
      at(')', 36.75, 39.87, 392.25), at('Fecha', 36.75, 60.98, 402.00), at('de', 36.75, 46.60, 411.75), at('inicio', 36.75, 58.86, 421.50),
      at('y', 65.93, 70.45, 421.50), at('término', 36.75, 68.61, 431.25), at('del', 36.75, 49.15, 441.00), at('compro', 36.75, 67.37, 450.75),
      at('miso:', 36.75, 58.49, 460.50), at('noviem', 36.75, 66.09, 470.25), at('bre', 36.75, 50.42, 480.00), at('2019', 36.75, 57.09, 489.75),
      at('–', 66.45, 70.45, 489.75), at('junio', 36.75, 56.89, 499.50), at('2022', 36.75, 57.09, 509.25), at('Instituci', 36.75, 70.32, 519.00),
      at('ón', 36.75, 46.71, 528.75), at('o', 65.63, 70.45, 528.75), at('actor', 36.75, 57.84, 538.50), at('respons', 36.75, 68.58, 548.25),
      at('able', 36.75, 53.92, 558.00), at('de', 60.61, 70.45, 558.00), at('la', 36.75, 44.07, 567.75), at('implem', 36.75, 66.87, 577.50),
      at('entació', 36.75, 66.45, 587.25), at('n', 36.75, 41.90, 597.00), at('Ministerio del Ambiente y Agua', 76.45, 204.85, 519.00), at('Descrip', 36.75, 67.96, 606.75),
      at('ción del', 36.75, 70.44, 616.50), at('compro', 36.75, 67.37, 626.25), at('miso', 36.75, 55.80, 636.00),
    ],
  }])!;

  it('goes on the cell', () => {
    expect(rows.find((r) => r[0]!.includes('junio'))![0]).toMatch(/noviembre 2019 – junio 2022$/u);
    expect(rows.some((r) => r[0] === '2022')).toBe(false);
  });
});

describe('a shaded row ends where its background ends', () => {
  // b5-portrait-serif-8pt-zebra-justified-tight (otras7), plan, page 48, y 99 to 198 (all items of
  // the first column, the start date and the cut end date): the last milestone of commitment 8,
  // its row shaded #e8e8e8 from y 92.2 to 170.2, then the unshaded «Información de Contacto» row
  // (170.2 to 180.0) and the next shaded row (180.0 to 199.5), set as close as a row's lines (no
  // cell padding). Bundled plan, lines 1115-1116: «Hito 5: … inteligencia colectiva.» and
  // «<b>Información de Contacto</b>», two rows. Before, the heading ran on into milestone 5's text.
  const at = itemsAt(7.99);
  const items = [
    at('<b>Hito', 36.75, 72.81, 99.75), at('5:</b>', 117.96, 146.94, 99.75), at('Implementación', 36.75, 102.31, 109.5), at('del', 134.53, 146.94, 109.5),
    at('proyecto', 36.75, 72.24, 119.25), at('piloto', 123.87, 146.94, 119.25), at('identificado', 36.75, 84.75, 129), at('en', 107.26, 117.14, 129),
    at('el', 139.65, 146.93, 129), at('laboratorio', 36.75, 81.8, 138.75), at('que', 94.25, 109.25, 138.75), at('utilice', 121.7, 146.93, 138.75),
    at('procesos y metodologías', 36.75, 146.94, 148.5), at('de innovación basadas en', 36.75, 146.94, 158.25), at('inteligencia colectiva.', 36.75, 125.48, 168),
    at('Enero 2022', 214.66, 261.89, 99.75), at('Juni', 444.73, 460.78, 99.75), at('o', 444.73, 449.54, 109.5), at('202', 444.73, 459.98, 119.25), at('2', 444.73, 449.81, 129),
    at('Información de Contacto', 36.75, 137.46, 177.75),
    at('<b>Nombre de la persona', 36.75, 146.94, 187.5), at('responsable</b>', 36.75, 106.95, 197.25), at('Evelin Yandún', 214.66, 272.52, 187.5),
  ];
  const bands = [92.2, 170.2, 180, 199.5].map((y) => ({ at: y, from: 33.7, to: 465 }));

  it('a line under the edge of a shaded area starts a row', () => {
    const rows = joinedCells([{ width: 499, height: 709, items, rules: { h: [], v: [], bands } }])!;
    expect(rows.map((r) => r[0])).toEqual([
      '<b>Hito 5:</b> Implementación del proyecto piloto identificado en el laboratorio que utilice procesos y metodologías de innovación basadas en inteligencia colectiva.',
      'Información de Contacto',
      '<b>Nombre de la persona responsable</b>',
    ]);
  });

  it('an edge that does not reach across the line (a shaded cell beside it) leaves the row whole', () => {
    // (a cell of the date column shaded down to y 112, between «Implementación del» and «proyecto piloto»)
    const beside = { at: 112, from: 200, to: 465 };
    const rows = joinedCells([{ width: 499, height: 709, items, rules: { h: [], v: [], bands: [...bands, beside] } }])!;
    expect(rows[0]![0]).toMatch(/^<b>Hito 5:<\/b> Implementación del proyecto piloto .* colectiva\.$/);
  });
});

describe('a row carried over a page break keeps its shade', () => {
  // a4-landscape-dejavu-7pt-zebra-bottom (otras8), Quito report: page 1, y 497 to 546 (every item:
  // the last rows of goal 2's table, «Descripción de los» / «resultados por meta:» shaded #e8e8e8
  // from y 530.25 to 549, reaching the page's foot), and page 2, y 41 to 104 (every item: an
  // unshaded row, «Objetivo del PMDOT 2021» / «– 2033 al que contribuye», then rows shaded from
  // 87.75). Bundled report, lines 49-50: «Descripción de los resultados por meta:» and «Objetivo del
  // PMDOT 2021 – 2033 al que contribuye» are two rows. Before, the second ran on into the first
  // (its plan objective «OE6. …» was lost).
  const at = itemsAt(7);
  const page1 = [
    at('Valor programado 2021:', 37.75, 122.86, 497.25), at('44', 140.2, 149.11, 497.25),
    at('Valor ejecutado 2021:', 37.75, 114.57, 507), at('44', 140.2, 149.11, 507),
    at('% de avance:', 37.75, 85.24, 517.5), at('100%', 140.2, 160.21, 517.5),
    at('Entidad(es) ejecutora(s):', 37.75, 124.57, 528), at('UNIDAD DE SEGURIDAD CIUDADANA', 140.2, 268.49, 528),
    at('Descripción de los', 37.75, 101.76, 537.75), at('resultados por meta:', 37.75, 110.74, 546),
    at('<ul style="list-style-type: none"> Se ejecutaron 50 mingas de adecentamiento físico e intervenciones conjuntas con la comunidad, secretaria de seguridad y policía nacional. Se realizó 4', 140.2, 796.14, 537.75),
    at('entregas de espacios con iluminación Socialización, mantenimiento y activación de 18 Sistemas de Alarmas Comunitarias Se realizaron un total de 291 operativos interinstitucionales', 140.2, 780.19, 546),
  ];
  const page2 = [
    at('Objetivo del PMDOT 2021', 37.75, 127.64, 41.25), at('– 2033 al que contribuye', 37.75, 124.8, 49.5),
    // (printed at the bottom of its row, on the row's second line, 49.5: here at its first line, as
    // middle.ts moves the cells of a document whose cells sit at the bottom of their rows)
    at('OE6. Asegurar una vida plena y justa, con igualdad de oportunidades; y con acceso a salud, educación, cultura y seguridad.', 140.2, 575.89, 41.25),
    at('Meta del PMDOT 2021 – 2033 al que contribuye', 37.75, 204.98, 85.5),
    at('Lograr que 96 barrios del DMQ generen estrategias preventivas de adicciones con la participación de la comunidad, al 2023', 310.71, 746.45, 85.5),
    at('Descripción de como aporta el cumplimiento de la meta y los resultado', 37.75, 288.17, 95.25), at('alcanzado al logro del PMDOT 2021 – 2033.', 37.75, 190.13, 103.5),
    at('Contribuya a fortalecer la calidad de vida de la población mediante el adcentamiento de espacios públicos identificados con factores de', 310.71, 788.3, 95.25),
    at('inseguridad social, a través de propuestas, diseño y planificación participativa.', 310.71, 587.71, 103.5),
  ];
  const shade = (y0: number, y1: number) => [{ x0: 33.75, x1: 136.5, y0, y1 }, { x0: 136.5, x1: 807.75, y0, y1 }];
  const rules = (shades: { x0: number; x1: number; y0: number; y1: number }[]) => ({ h: [], v: [], bands: [], shades });
  const pages = (top: { x0: number; x1: number; y0: number; y1: number }[]) => [
    { width: 841.92, height: 594.96, items: page1, rules: rules([...shade(489, 499.5), ...shade(510, 519.75), ...shade(530.25, 549)]) },
    { width: 841.92, height: 594.96, items: page2, rules: rules([...top, { x0: 33.75, x1: 306.75, y0: 87.75, y1: 106.5 }, { x0: 306.75, x1: 807.75, y0: 87.75, y1: 106.5 }]) },
  ];

  it('an unshaded line at the top of a page does not go on with a shaded row ending the page before', () => {
    const rows = joinedCells(pages([]))!;
    expect(rows.find((r) => r[0]!.startsWith('Descripción de los'))?.[0]).toBe('Descripción de los resultados por meta:');
    expect(rows.find((r) => r[0]!.startsWith('Objetivo del PMDOT'))).toEqual([
      'Objetivo del PMDOT 2021 – 2033 al que contribuye',
      'OE6. Asegurar una vida plena y justa, con igualdad de oportunidades; y con acceso a salud, educación, cultura y seguridad.',
    ]);
  });

  it('a line shaded as the row ending the page before may go on with it', () => {
    // (the same page 2 with its first rows shaded too: the shade says nothing against the carry-over)
    const rows = joinedCells(pages(shade(36, 54)))!;
    expect(rows.find((r) => r[0]!.startsWith('Objetivo del PMDOT'))).toBeUndefined();
  });
});

describe('the lines of a narrow centred cell go together', () => {
  // letter-portrait-times-11pt-rows-header-right (otras8), IESS report, page 3, y 456 to 545.25
  // (every item of the goals table's header row, shaded #c8c8c8 from 445.5 to 549.75 between rules
  // at 445.12 and 550.12): its cells centred, their words cut down columns four or five letters
  // wide, «INDIC» / «ADOR» / «DE LA» / «META» starting at 399.32, 399.32, 398.86 and 399.42,
  // «RES» / «ULT» / «AD» / «OS» at 441.95, 441.84, 444.70 and 445.31, each line's middle within a
  // point of the others'. Bundled report, line 68: the header is one row, «INDICADOR DE LA META»,
  // «RESULTADOS». Before, «AD» (2.9 pt right of «ULT») started a row: a header row of pieces, read
  // as a goal («DE LA META», achieved «AD OS»).
  const at = itemsAt(10.99);
  const items = [
    at('OBJETIVOS ESTRATEGICOS/COMPETENCIAS', 51.68, 295.89, 456), at('EXCLUSIVAS', 139.07, 208.51, 468.75),
    at('META', 318.55, 350.71, 456), at('POA', 323.04, 346.24, 468.75),
    at('INDIC', 399.32, 431.69, 456), at('ADOR', 399.32, 431.68, 468.75), at('DE LA', 398.86, 432.15, 481.5), at('META', 399.42, 431.58, 494.25),
    at('RES', 441.95, 463.33, 456), at('ULT', 441.84, 463.44, 468.75), at('AD', 444.7, 460.58, 481.5), at('OS', 445.31, 459.98, 494.25),
    at('%', 510.95, 521.94, 456), at('CUM', 503.32, 529.57, 468.75), at('PLIM', 502.1, 530.8, 481.5), at('IENT', 503, 529.89, 494.25),
    at('O DE', 503.16, 529.73, 507), at('LA', 508.8, 524.08, 519.75), at('GEST', 501.79, 531.11, 532.5), at('IÓN', 506.06, 526.83, 545.25),
    at('DESC', 542.44, 571.76, 456), at('RIPCI', 541.54, 572.68, 468.75), at('ÓN', 548.86, 565.35, 481.5), at('DE LA', 540.46, 573.75, 494.25),
    at('GESTI', 540.3, 573.91, 507), at('ÓN', 548.86, 565.35, 519.75), at('POR', 545.51, 568.71, 532.5), at('META', 541.02, 573.18, 545.25),
    at('NO.', 317.84, 336.46, 561), at('DE', 317.84, 332.49, 573.75),
    at('TOT', 441.66, 462.83, 561), at('ALE', 441.66, 463.03, 573.75), at('S', 441.66, 447.77, 586.5), at('PLA', 441.66, 462.42, 599.25),
    at('TOT', 471.63, 492.8, 561), at('AL', 471.63, 486.29, 573.75), at('ES', 471.63, 484.46, 586.5), at('CU', 471.63, 486.9, 599.25),
  ];
  const rules = {
    h: [445.12, 550.12].map((y) => ({ at: y, from: 33.75, to: 578.25 })), v: [],
    bands: [445.5, 549.75].map((y) => ({ at: y, from: 33.75, to: 578.25 })),
    shades: [[33.75, 313.5], [313.5, 355.5], [355.5, 393], [393, 438], [438, 468], [468, 497.25], [497.25, 536.25], [536.25, 578.25]].map(([x0, x1]) => ({ x0: x0!, x1: x1!, y0: 445.5, y1: 549.75 })),
  };

  it('joins lines whose middles agree within a point though their starts do not', () => {
    const rows = joinedCells([{ width: 612, height: 792, items, rules }])!;
    const header = rows.find((r) => r[0]!.startsWith('OBJETIVOS'))!;
    expect(header.slice(0, 4)).toEqual(['OBJETIVOS ESTRATEGICOS/COMPETENCIAS EXCLUSIVAS', 'META POA', 'INDICADOR DE LA META', 'RESULTADOS']);
    expect(rows.some((r) => r.includes('AD OS') || r.includes('DE LA META'))).toBe(false);
  });
});

describe('a centred key cut down a narrow column goes on where a line opens in a small letter', () => {
  // letter-portrait-times-11pt-rows-header-right (otras8), the plan, page 45, y 487.5 to 666
  // (commitment 7's first row, shaded from 476.25 to 670.5 between rules at 475.87 and 670.12): the
  // key «<b>Institución o actor responsable de la implementación</b>» printed centred in a column
  // 31.5 pt wide, cut into lines of two to five letters whose starts lie 0.1 to 9.2 pt apart, each
  // line's middle within a point of the others' («r» at 46.95-51.83, «acto» at 39.62-59.15).
  // Bundled report, line 1066: the key and «<b>Secretaría de Derechos Humanos</b>». Before, «r»
  // (7.3 pt right of «acto») started a row and the commitment lost its institution.
  const at = itemsAt(10.99);
  const items = [
    at('<b>I', 37.93, 60.85, 487.5), at('nstit', 39, 59.77, 500.25), at('ució', 39.62, 59.16, 513), at('n o', 42.21, 56.57, 525.75),
    at('acto', 39.62, 59.15, 538.5), at('r', 46.95, 51.83, 551.25), at('resp', 39.41, 59.36, 564), at('onsa', 38.7, 60.08, 576.75),
    at('ble', 42.36, 56.41, 589.5), at('de la', 38.24, 60.53, 602.25), at('impl', 38.7, 60.07, 615), at('eme', 39.93, 58.84, 627.75),
    at('ntaci', 37.79, 61, 640.5), at('ón</', 38.93, 59.86, 653.25), at('b>', 43.2, 55.57, 666),
    at('<b>Secretaría de Derechos Humanos</b>', 223.68, 419.61, 487.5),
  ];
  const rules = {
    h: [475.87, 670.12].map((y) => ({ at: y, from: 33.75, to: 578.25 })), v: [],
    bands: [476.25, 670.5].map((y) => ({ at: y, from: 33.75, to: 578.25 })),
    shades: [[33.75, 65.25], [65.25, 578.25]].map(([x0, x1]) => ({ x0: x0!, x1: x1!, y0: 476.25, y1: 670.5 })),
  };

  it('joins the key\'s lines into one cell beside its value', () => {
    const rows = joinedCells([{ width: 612, height: 792, items, rules }])!;
    expect(rows).toContainEqual(['<b>Institución o actor responsable de la implementación</b>', '<b>Secretaría de Derechos Humanos</b>']);
  });
});


describe('a table drawn with borders: its rules say where a row ends', () => {
  // The Ministerio report on Letter, DejaVu Serif 9 pt, borders of 1.5 pt, the first row of each
  // table bold at 11 pt (check:layouts otras11, page 1), as PDF.js reads it: «NOMBRE DE LA
  // INSTITUCIÓN:» at 10.995 pt on baseline 154.5, «RUC:» at 9 pt on 168.75, 14.25 pt below, 1.296
  // of the bigger size, under 1.3: the key was joined with «RUC:» and the value with the RUC, and the
  // report had neither name nor RUC. The rows' rules at 142.5, 159, 172.5, 186.75 and 201; sides at
  // 34.5, 240 and 428.25.
  const rules = {
    h: [142.5, 159, 172.5, 186.75, 201].map((at) => ({ at, from: 33.75, to: 429 })),
    v: [34.5, 240, 428.25].map((at) => ({ at, from: 141.75, to: 201.75 })),
  };
  const header = itemsAt(10.995);
  const body = itemsAt(9);
  const items = [
    header('NOMBRE DE LA INSTITUCIÓN:', 39.25, 234.89, 154.5), header('MINISTERIO DEL INTERIOR', 244.38, 423.26, 154.5),
    body('RUC:', 39.25, 63.53, 168.75), body('1798194735001', 244.38, 318.82, 168.75),
    body('REPRESENTANTE LEGAL', 39.25, 160.14, 183), body('MARÍA JOSÉ ARROBO BARRAGÁN', 244.38, 405.55, 183),
    body('FUNCIÓN:', 39.25, 89.36, 196.5), body('FUNCIÓN EJECUTIVA', 244.38, 347.81, 196.5),
  ];

  it('keeps each bordered row apart, a header row set bigger than the row under it too', () => {
    const rows = joinedCells([{ ...page(items), rules }]) ?? joined([{ ...page(items), rules }]).displayed.map((r) => r.trim().split(/ {2,}/));
    expect(rows.filter((r) => r.join('') !== '')).toEqual([
      ['NOMBRE DE LA INSTITUCIÓN:', 'MINISTERIO DEL INTERIOR'],
      ['RUC:', '1798194735001'],
      ['REPRESENTANTE LEGAL', 'MARÍA JOSÉ ARROBO BARRAGÁN'],
      ['FUNCIÓN:', 'FUNCIÓN EJECUTIVA'],
    ]);
  });

  it('joins a line of one cell run over its row\'s bottom into the box below (a spreadsheet\'s row too short for its text)', () => {
    // (the real POA's CPC column, «… LA REPARACION DE LOS» / «ELEMENTOS»: here a row 142.5-159 whose
    // second cell's last line, on 165, one line (10.5 pt at 9 pt) under its first, is drawn in the
    // box below; the next row's text on 180)
    const overflow = {
      h: [142.5, 159, 186.75].map((at) => ({ at, from: 33.75, to: 429 })),
      v: [34.5, 240, 428.25].map((at) => ({ at, from: 141.75, to: 187.5 })),
    };
    const cells = [
      body('SERVICIO', 39.25, 80, 154.5), body('REPARACION DE LOS', 244.38, 330, 154.5),
      body('ELEMENTOS', 244.38, 290, 165),
      body('BIEN', 39.25, 60, 180), body('ESCALERAS', 244.38, 290, 180),
    ];
    expect(joinedCells([{ ...page(cells), rules: overflow }])?.filter((r) => r.join('') !== '')).toEqual([
      ['SERVICIO', 'REPARACION DE LOS ELEMENTOS'],
      ['BIEN', 'ESCALERAS'],
    ]);
  });
});
