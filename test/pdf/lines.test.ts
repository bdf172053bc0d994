import { describe, expect, it } from 'vitest';
import { pageOfLine } from '../../src/lib/pdf.ts';
import { layoutPages, toFormFeedText, type PositionedItem, type PositionedPage } from '../../src/ingest/pdf/lines.ts';

/** An item of `str` in a 10 pt font whose characters advance 5 pt each. */
function item(str: string, x: number, y: number, run?: number): PositionedItem {
  return { str, x, y, width: str.length * 5, size: 10, run };
}

function page(items: PositionedItem[]): PositionedPage {
  return { width: 600, height: 800, items };
}

describe('layoutPages: positioned text → layout lines', () => {
  it('places columns by x on a character grid, at least two spaces apart, and rows by baseline', () => {
    const l = layoutPages([page([
      item('Nombre', 50, 100), item('Valor', 250, 100),
      // Same baseline within half a font size: same row; listed out of order.
      item('1.234,56', 250, 121), item('Egresos en personal', 50, 120),
    ])]);
    expect(l.text).toBe('Nombre                                  Valor\nEgresos en personal                     1.234,56');
    expect(l.pageStarts).toEqual([1]);
  });

  it('joins touching items, puts one space at a word gap, keeps a justified line as one text', () => {
    const l = layoutPages([page([
      item('PORTOVIE', 50, 100), item('JO', 90, 100),
      // Word gaps of 6 pt (0.6 font sizes), all alike: a stretched (justified) line, not columns.
      item('Se', 50, 120, 1), item('da', 66, 120, 1), item('cumplimiento', 82, 120, 1), item('a', 148, 120, 1),
    ])]);
    expect(l.text.split('\n')).toEqual(['PORTOVIEJO', 'Se da cumplimiento a']);
  });

  it('makes a column gap of half a font size between items drawn apart (different runs)', () => {
    const l = layoutPages([page([item('áreas', 50, 100, 1), item('Se', 81, 100, 2), item('x', 50, 115, 3)])]);
    expect(l.text.split('\n')[0]).toBe('áreas  Se');
    // A hair under half a font size (a column-filling text before a cell padded 2.5 pt a side, rounded).
    const close = layoutPages([page([item('de los procesos', 50, 100, 1), item('N/A', 129.95, 100, 2)])]);
    expect(close.text).toBe('de los procesos  N/A');
  });

  it('makes a column gap between two items of one run 3/4 of a font size or more apart (table cells), not between OCR words', () => {
    // Chromium draws a table row as one run: cells 8 pt apart in a 10 pt font (PDF.js joins text closer than 0.6 em).
    const cells = [item('PROGRAMA Y/O PROYECTO', 50, 100, 1), item('Egresos en personal', 163, 100, 1), item('$14.586.155,85', 266, 100, 1)];
    expect(layoutPages([page(cells)]).text).toMatch(/^PROGRAMA Y\/O PROYECTO {2,}Egresos en personal {2,}\$14\.586\.155,85$/);
    // 7 pt apart: one space.
    expect(layoutPages([page([item('Egresos', 50, 100, 1), item('en personal', 92, 100, 1)])]).text).toBe('Egresos en personal');
    // The same gaps between OCR word boxes are word gaps.
    expect(layoutPages([{ ...page(cells), words: true }]).text).toBe('PROGRAMA Y/O PROYECTO Egresos en personal $14.586.155,85');
  });

  it('parts two cells of one run closer than 3/4 of a font size: two figures half a font size apart (an amount too, «\\$» as Markdown escapes it), a value 0.65 after words (cells with little side padding)', () => {
    // Cells padded 0 × 2.5 pt in a 10 pt font, drawn as one run: a text that fills its column ends
    // 5 pt before the next cell. PDF.js gives a cell's words, at their normal spacing, in one item.
    const tight = page([
      item('0,00', 50, 100, 1), item('0,00', 75, 100, 1), item('\\$264.144,00', 110, 100, 1), item('25,45 %', 175, 100, 1),
      item('Porcentaje de ejecución', 50, 115, 2), item('94,', 171.5, 115, 2),
      item('Porcentaje de asistencias', 50, 130, 3), item('N/A', 181.5, 130, 3),
      // Words after words, or after one word, as far apart: a word gap (a justified line's, stretched).
      item('hasta el mes de', 50, 145, 4), item('diciembre', 131.5, 145, 4),
      item('Egresos', 50, 160, 5), item('en', 90, 160, 5),
    ]);
    expect(layoutPages([tight]).text.split('\n').map((l) => l.trim().split(/ {2,}/))).toEqual([
      ['0,00', '0,00', '\\$264.144,00', '25,45 %'],
      ['Porcentaje de ejecución', '94,'],
      ['Porcentaje de asistencias', 'N/A'],
      ['hasta el mes de diciembre'],
      ['Egresos en'],
    ]);
  });

  it('places a cell after a long text of wide letters where the rows below place it (fine grid)', () => {
    // Capitals advance 7 pt, most items 5 pt a character: the grid follows the narrowest.
    const wide = (str: string, x: number, y: number) => ({ ...item(str, x, y, 1), width: str.length * 7 });
    const l = layoutPages([page([
      wide('OBJETIVO ESTRATÉGICO INSTITUCIONAL', 50, 100), item('3', 300, 100, 1),
      item('corto', 50, 115, 2), item('2', 300, 115, 2),
      item('otra fila de texto', 50, 130, 3), item('1', 300, 130, 3),
    ])]);
    const cols = l.text.split('\n').map((x) => x.search(/\d/));
    expect(new Set(cols).size).toBe(1);
  });

  it('drops headers, footers and page numbers repeated in the margins, keeping the first page top', () => {
    const pages = [1, 2, 3].map((n) => page([
      item('Informe de Gestión Anual', 300, 30), item(`contenido ${n}`, 50, 400), item(`Pág. ${n} de 3`, 450, 780),
    ]));
    const l = layoutPages(pages);
    // x 300 on a 5 pt grid starting at x 50: column 50; the wide vertical gap: one blank line.
    expect(l.text.split('\n')).toEqual([`${' '.repeat(50)}Informe de Gestión Anual`, '', 'contenido 1', 'contenido 2', 'contenido 3']);
    expect(l.pageStarts).toEqual([1, 4, 5]);
  });

  it('keeps a bare number at a page foot that continues a table cell of the line above; drops one set apart (a page number)', () => {
    // A narrow date column wraps "Marzo" / "2020" in the bottom margin (y 760 and 772 of 800, 12 pt
    // apart, both at x 300, under the row's cell); the page number "2" sits 20 pt below the text.
    const pages = [['Hito 3', 'Marz', 'o', '2020'], ['Hito 4', 'Agos', 'to', '2021']].map(([hito, a, b, year], n) => page([
      item(hito!, 50, 748), item('Enero 2020', 200, 748), item(a!, 300, 748),
      item(b!, 300, 760), item(year!, 300, 772), item(String(n + 1), 500, 792),
    ]));
    const lines = layoutPages(pages).text.split('\n').map((x) => x.trim());
    expect(lines.filter((x) => /^20\d\d$/.test(x))).toEqual(['2020', '2021']);
    expect(lines.filter((x) => /^\d$/.test(x))).toEqual([]);
  });

  it('keeps a bare number at a page foot that ends where the cell above ends: a right-aligned figure cut down its column', () => {
    // The CNE matrix with figures right-aligned (DejaVu Sans 8 pt, other-printed-layouts'
    // a4-portrait-dejavu-8pt-right PDF, page 3 of 842 pt): unit 11's budget execution, 94,07 %
    // (bundled report), cut «94» / «,0» / «7» / «%», each ending at 557 and starting wherever its
    // width puts it. The «7» (y 748.5, in the bottom margin) is no page number: it follows «,0» at a
    // wrapped line's distance and ends where it ends. The page number «3» sits apart, below.
    const at = (str: string, x: number, end: number, y: number): PositionedItem => ({ str, x, y, width: end - x, size: 7.99 });
    const pages = [
      { width: 595, height: 842, items: [
        at('Porcentaje de ejecución', 400, 490, 729), at('94', 546.83, 557, 729),
        at('presupuestaria', 400, 455, 738.75), at(',0', 549.37, 557, 738.75),
        at('7', 551.92, 557, 748.5), at('%', 549.4, 557, 758.25),
        at('3', 290, 295, 800),
      ] },
      { width: 595, height: 842, items: [at('Porcentaje de asistencias', 400, 495, 100), at('N/A', 544, 557, 100), at('4', 290, 295, 800)] },
    ];
    const lines = layoutPages(pages).text.split('\n').map((x) => x.trim());
    expect(lines.slice(0, 4).map((x) => x.split(/ {2,}/).pop())).toEqual(['94', ',0', '7', '%']);
    expect(lines.filter((x) => x === '3' || x === '4')).toEqual([]);
  });

  it('keeps a bare number at a page top that follows the cell above at the page\'s own line spacing (lines 1.5 apart)', () => {
    // The CNE matrix printed on A4 landscape in serif, spaced (OTHER_VARIANTS), page 6 of its PDF
    // (842 × 595 pt; items as PDF.js gives them, rounded): unit 11's budget execution, 94,07 %
    // (bundled report, line 73), cut «94,» / «07» / «%» down its column, the lines 13.5 pt apart in a
    // 9 pt font, as are the lines of the indicators wrapped below. «07» (y 58.5, in the top margin)
    // is no page number: it goes on from «94,» at the page's line spacing, starting where it starts.
    const at = (str: string, x: number, y: number, width: number): PositionedItem => ({ str, x, y, width, size: 9 });
    const pages = [
      { width: 841.92, height: 594.96, items: [at('Porcentaje de organizaciones políticas que', 546.29, 500, 190), at('N/', 787.22, 500, 10.91), at('A', 787.22, 513.5, 6.5)] },
      { width: 841.92, height: 594.96, items: [
        at('Porcentaje de ejecución presupuestaria', 546.29, 45, 180.59), at('94,', 787.22, 45, 14.31),
        at('07', 787.22, 58.5, 11.45), at('%', 787.22, 72, 8.55),
        at('Porcentaje de elaboración de informes técnicos de', 546.29, 87.75, 230.59), at('N/', 787.22, 87.75, 10.91),
        at('observaciones sobre la utilización de los recursos', 546.29, 101.25, 226.51), at('A', 787.22, 101.25, 6.5),
        at('públicos y privados de las organizaciones políticas', 546.29, 114.75, 230.71),
        at('nacionales en base al informe económico', 546.29, 128.25, 187.69),
      ] },
    ];
    const lines = layoutPages(pages).text.split('\n').map((x) => x.trim().split(/ {2,}/).pop());
    expect(lines.filter((x) => x === '94,' || x === '07' || x === '%')).toEqual(['94,', '07', '%']);
  });

  it('keeps a bare number at a page top that a few pages have there: a cell cut by the page, not a page number', () => {
    // The Open Government plan printed on A4 portrait in narrow columns (VARIANTS a4-portrait-narrow,
    // pages 25-26): the HTML copy of commitment 3's milestone table runs down a column four letters
    // wide, «<td data-bbox="930 1048 1195 1200">» (bundled report), and page 25 ends at «x="»; page 26
    // starts with «930» (y 40.5, in the top margin), then «104» / «8». Another page has a bare
    // number at that height, most do not; every page has its number at its foot.
    const pages = [
      page([item('<td', 50, 700), item('data', 50, 712), item('bbo', 50, 724), item('x="', 50, 736), item('1', 300, 792)]),
      page([item('930', 50, 40.5), item('104', 50, 48.75), item('8', 50, 57), item('119', 50, 65.25), item('2', 300, 792)]),
      page([item('1195', 50, 40.5), item('104', 50, 48.75), item('8', 50, 57), item('3', 300, 792)]),
      page([item('texto', 50, 100), item('4', 300, 792)]),
      page([item('texto', 50, 100), item('5', 300, 792)]),
    ];
    const lines = layoutPages(pages).text.split('\n').map((x) => x.trim());
    expect(lines).toContain('930');
    expect(lines).toContain('1195');
    expect(lines.filter((x) => /^[1-5]$/.test(x))).toEqual([]);
  });

  it('keeps the first line of a wrapped data row at a page top that matches an earlier table start (a header is repeated whole)', () => {
    // Page 1: "Porcentaje de  N/A" starts a table after a one-column line and wraps into
    // "asistencias". Page 2 starts with the same line, which wraps into "atenciones al" (12 pt
    // below, one cell under its first cell): a data row, not a repeated header.
    const l = layoutPages([
      page([item('Unidad de Comunicación', 50, 100), item('Porcentaje de', 50, 130), item('N/A', 300, 130), item('asistencias', 50, 142)]),
      page([item('Porcentaje de', 50, 100), item('N/A', 300, 100), item('atenciones al', 50, 112), item('ciudadano', 50, 124)]),
    ]);
    const lines = l.text.split('\n').map((x) => x.trim());
    expect(lines.filter((x) => /^Porcentaje de +N\/A$/.test(x))).toHaveLength(2);
  });

  it('keeps a data row at a page top whose first cell wraps on below the earlier copy\'s lines, at the document\'s own line spacing', () => {
    // The Ministerio's goals on Letter, Sans 9 pt, line-height 1.4 (otras6): each goal's objective is
    // printed again beside the sub-header «N / DESCRIPCIÓN / TOTALES …», its lines 12.75 pt apart
    // (1.4 font sizes here, at 10 pt 14 pt). Page 2 starts with such a row whose objective goes on
    // below the sub-header's lines («ciudadana con»): a data row, not the header repeated, though
    // its lines are further apart than 1.3 font sizes. Rows 18 pt apart; enough of both to measure.
    const row = (y: number, rest: string[]) => [
      item('Mejorar el', 50, y), item('N', 200, y), item('DESCRIPCIÓN', 300, y),
      item('sistema', 50, y + 14), item('O.', 200, y + 14),
      ...rest.map((w, k) => item(w, 50, y + 28 + 14 * k)),
    ];
    const goal = (y: number) => [item('3', 200, y), item('SISTEMA', 300, y), item('INTEGRAL', 300, y + 14), item('DE', 300, y + 28)];
    const l = layoutPages([
      page([item('Objetivos', 50, 40), ...row(70, []), ...goal(102), ...row(148, []), ...goal(180), ...row(226, []), ...goal(258)]),
      page([...row(40, ['ciudadana con', 'transparencia y']), ...goal(100), ...row(146, []), ...goal(178)]),
    ]);
    const page2 = l.text.split('\n').slice(l.pageStarts[1]! - 1).map((x) => x.trim().split(/ {2,}/));
    expect(page2.slice(0, 4)).toEqual([['Mejorar el', 'N', 'DESCRIPCIÓN'], ['sistema', 'O.'], ['ciudadana con'], ['transparencia y']]);
  });

  it('keeps a data row at a page top that matches an earlier table start when a cell of it is a figure or a missing value (a header has none)', () => {
    // Page 1: a one-column line, then a row whose value is cut down a narrow column («10» / «0,0» /
    // «0%») or is «N/A», whole or cut («N/» / «A», otras3 legal-portrait-serif-10pt-ruled-right, CNE
    // report, page 9's top, whose line «Porcentaje de  N/» was dropped): it starts a table. Page 2
    // starts with the same first line, then a line of two cells (not fewer, as a wrapped header's
    // next line would have): a data row all the same.
    for (const value of [['10', '0,0'], ['N/A', ''], ['N/', 'A']]) {
      const row = (y: number, second: string) => [
        item('Porcentaje de publicaciones', 50, y), item(value[0]!, 300, y), item(second, 50, y + 12), ...(value[1] ? [item(value[1], 300, y + 12)] : []),
      ];
      const l = layoutPages([
        page([item('Unidad de Comunicación Social', 50, 100), ...row(130, 'en Twitter')]),
        page(row(100, 'en la pagina web')),
      ]);
      const lines = l.text.split('\n').map((x) => x.trim());
      expect(lines.slice(l.pageStarts[1]! - 1).map((x) => x.split(/ {2,}/))).toEqual([['Porcentaje de publicaciones', value[0]], ['en la pagina web', ...(value[1] ? [value[1]] : [])]]);
    }
  });

  it('keeps a goal carried to a page top whose two lines repeat an earlier table start, its value cut «N/» / «A»', () => {
    // The CNE matrix on A4 portrait, DejaVu Sans 8 pt, letters spaced 0.4 pt, rules between rows
    // (otras11 a4-portrait-sans-8pt-letterspaced-rows), baselines from the PDF: page 5 has unit 17's
    // «Porcentaje de asistencias técnicas  N/» / «ejecutadas  A» at 340.5 and 350.2, right under a
    // one-cell line («presupuestaria»); page 6 starts with unit 18's same goal at 42.7 and 52.5. The
    // second line, two cells of letters, reads like a header, and the two were dropped as one
    // repeated: unit 18 lost the goal with no warning. Its first line's «N/» makes it a data row.
    const goal = (y: number) => [
      item('Porcentaje de asistencias técnicas', 369.7, y), item('N/', 560, y), item('ejecutadas', 369.7, y + 9.75), item('A', 560, y + 9.75),
    ];
    const l = layoutPages([
      page([item('Porcentaje de ejecución', 369.7, 300), item('0,0', 560, 300), item('presupuestaria', 369.7, 309), ...goal(340.5)]),
      page([...goal(42.7), item('Porcentaje número de modalidades', 369.7, 64.5), item('10', 560, 64.5)]),
    ]);
    const page2 = l.text.split('\n').slice(l.pageStarts[1]! - 1).map((x) => x.trim().split(/ {2,}/));
    expect(page2.slice(0, 3)).toEqual([['Porcentaje de asistencias técnicas', 'N/'], ['ejecutadas', 'A'], ['Porcentaje número de modalidades', '10']]);
  });

  it('keeps rows at a page top that repeat an earlier table\'s rows when the first of them is a data row, though a later one reads like a header', () => {
    // The Quito report on Legal portrait, Arial 9 pt, zebra (otras6 legal-portrait-arial-9pt-zebra-spaced),
    // positions from the PDF: page 1 ends goal 1's form with «% de avance:  100%» (after the
    // one-line «2021:») and «Entidad(es)» / «ejecutora(s):»  «UNIDAD DE SEGURIDAD CIUDADANA»; page 2
    // starts with goal 2's same three lines (bundled report, lines 46-47), then its description. The
    // second line, two cells of words, looks like a header; the first has a figure: goal 2's rows.
    const form = (y: number, value: string) => [
      item('% de avance:', 37.75, y), item(value, 115, y),
      item('Entidad(es)', 37.75, y + 15), item('UNIDAD DE SEGURIDAD CIUDADANA', 115, y + 15), item('ejecutora(s):', 37.75, y + 27.75),
    ];
    const l = layoutPages([
      page([item('Valor ejecutado', 37.75, 475.5), item('21 acciones', 115, 475.5), item('2021:', 37.75, 500.25), ...form(515.25, '100%')]),
      page([...form(43.5, '100%'), item('Descripción de los', 37.75, 86.25), item('Se ejecutaron 50 mingas', 115, 86.25)]),
    ]);
    const page2 = l.text.split('\n').slice(l.pageStarts[1]! - 1).map((x) => x.trim().split(/ {2,}/));
    expect(page2.slice(0, 2)).toEqual([['% de avance:', '100%'], ['Entidad(es)', 'UNIDAD DE SEGURIDAD CIUDADANA']]);
  });

  it('drops a table header repeated at the top of the next page, not a repeated data row', () => {
    const header = [item('Código', 50, 100), item('Descripción', 200, 100), item('Monto', 400, 100)];
    const row = (y: number, code: string) => [item(code, 50, y), item('Remuneraciones', 200, y), item('1.000,00', 400, y)];
    const l = layoutPages([
      page([...header, ...row(115, '5101'), ...row(130, '5102')]),
      page([...header.map((i) => ({ ...i, y: 100 })), ...row(115, '5102'), ...row(130, '5103')]),
    ]);
    const lines = l.text.split('\n');
    expect(lines.filter((x) => x.startsWith('Código'))).toHaveLength(1);
    // The row 5102 repeated at the top of page 2 is data (numbers): it stays.
    expect(lines.filter((x) => x.startsWith('5102'))).toHaveLength(2);
    expect(l.pageStarts).toEqual([1, 4]);
    expect(lines[3]).toMatch(/^5102 +Remuneraciones +1\.000,00$/);
  });

  it('puts no blank line between table rows that cell padding sets more than 2.2 font sizes apart, only where an empty line fits', () => {
    // 10 pt text whose wrapped lines are 12 pt apart; rows padded 23 pt apart (more than 2.2 font
    // sizes, less than two lines); a paragraph 30 pt further down (room for an empty line).
    const row = (y: number, a: string, b: string) => [item(a, 50, y), item(b, 300, y)];
    const l = layoutPages([page([
      ...row(100, 'Coordinación', '70,36%'), item('Nacional', 50, 112),
      ...row(135, 'Dirección', 'N/A'), item('Técnica', 50, 147),
      ...row(170, 'Delegación', '94,00%'),
      item('Fuente: CNE', 50, 200),
    ])]);
    expect(l.text.split('\n').map((x) => x.trim().replace(/ +/g, ' '))).toEqual([
      'Coordinación 70,36%', 'Nacional', 'Dirección N/A', 'Técnica', 'Delegación 94,00%', '', 'Fuente: CNE',
    ]);
    // Without a wrapped line the page's line pitch is unknown: 2.2 font sizes part paragraphs, as before.
    const tight = layoutPages([page([...row(100, 'Coordinación', '70,36%'), ...row(123, 'Dirección', 'N/A')])]);
    expect(tight.text.split('\n')).toHaveLength(3);
  });

  it('keeps a table header at a page top when the page before does not have it: another table of the same form starts there', () => {
    // Two tables with the same header (one per plan, as in the POA evaluation): the second starts
    // at the top of page 3, after a page of prose. A table broken across pages repeats its header
    // on each page it crosses; this one did not cross from page 2.
    const header = [item('Código', 50, 100), item('Descripción', 200, 100), item('Monto', 400, 100)];
    const row = (y: number, code: string) => [item(code, 50, y), item('Remuneraciones', 200, y), item('1.000,00', 400, y)];
    const l = layoutPages([
      page([...header, ...row(115, '5101'), ...row(130, '5102')]),
      page([item('Plan de infraestructura tecnológica', 50, 100)]),
      page([...header, ...row(115, '5307'), ...row(130, 'TOTALES')]),
    ]);
    const lines = l.text.split('\n');
    expect(lines.filter((x) => x.startsWith('Código'))).toHaveLength(2);
    expect(l.pageStarts).toEqual([1, 4, 5]);
    expect(lines[4]).toMatch(/^Código +Descripción +Monto$/);
  });

  it('keeps a data row that starts a page when its earlier copy followed other rows (not a table header)', () => {
    const row = (y: number, name: string, v: string) => [item(name, 50, y), item(v, 400, y)];
    const l = layoutPages([
      page([...row(100, 'Porcentaje de ejecución presupuestaria', '90,44%'), ...row(115, 'Porcentaje de asistencias técnicas', 'N/A')]),
      page([...row(100, 'Porcentaje de asistencias técnicas', 'N/A'), ...row(115, 'Porcentaje de satisfacción', '98,00%')]),
    ]);
    expect(l.text.split('\n').filter((x) => x.startsWith('Porcentaje de asistencias técnicas'))).toHaveLength(2);
  });

  it('takes as header or footer only the outermost three lines of a page, not a table row near the bottom', () => {
    // Two tall pages whose table rows reach into the bottom 12 %: the same row on both stays.
    const rows = (p: number) => [100, 115, 130, 400, 720, 735, 750].map((y) => item(`fila ${p}.${y}`, 50, y));
    const l = layoutPages([1, 2].map((p) => page([...rows(p), item('N/A', 50, 706), item('pie', 50, 790)])));
    const lines = l.text.split('\n');
    expect(lines.filter((x) => x === 'N/A')).toHaveLength(2);
    expect(lines.filter((x) => x === 'pie')).toHaveLength(0);
  });

  it('keeps a table row that recurs in the margins at different heights (a running footer is at the same place on every page)', () => {
    // A long address cell wraps; its last line falls at the bottom of page 1 (y 770) and, for the
    // next row, at the top of page 2 (y 40): the same text in a margin of two of two pages, but
    // not as far from the same edge. The footer "Portoparques EP" is at y 790 on both.
    const l = layoutPages([
      page([item('contenido 1', 50, 300), item('c8ca90a-cddf-4f4f-', 300, 770), item('Portoparques EP', 50, 790)]),
      page([item('c8ca90a-cddf-4f4f-', 300, 40), item('contenido 2', 50, 300), item('Portoparques EP', 50, 790)]),
    ]);
    const lines = l.text.split('\n').map((x) => x.trim()).filter(Boolean);
    expect(lines).toEqual(['contenido 1', 'c8ca90a-cddf-4f4f-', 'c8ca90a-cddf-4f4f-', 'contenido 2']);
  });

  describe('a cell packed with the next one, parted where its block shows that column', () => {
    // The IESS budget table of the otras2 set's a4-landscape-narrow-7pt-ruled-shaded-tight PDF
    // (page 2), items as PDF.js gives them (7 pt, x and end in points). «META» (36.49 to 52.01) and
    // «85% DE EJECUCIÓN PRESUPUESTARIA» (56.75) are one run 4.7 pt apart (0.68 of the font size),
    // under the header «TIPO» / «DESCRIPCIÓN» and above «Total» / «TOTAL % …», whose second cells
    // start at 56.75 too. Bundled report, line 76: «META», «85% DE EJECUCIÓN PRESUPUESTARIA»,
    // «\$18.215.009,19», … in six cells.
    const at = (str: string, x: number, end: number, y: number, run: number): PositionedItem => ({ str, x, y, width: end - x, size: 7, run });
    const table = (rows: PositionedItem[]) => layoutPages([page([
      at('TIPO', 36.49, 49.88, 405, 1), at('DESCRIPCIÓN', 56.75, 96.59, 405, 1), at('PRESUPUESTO PLANIFICADO', 178.30, 262.34, 405, 2),
      at('PRESUPUESTO EJECUTADO', 267.07, 346.87, 405, 2), at('% CUMPLIMIENTO DE LA GESTIÓN', 351.61, 448.51, 405, 2),
      ...rows,
      at('Total', 36.49, 48.61, 423, 9), at('TOTAL % CUMPLIMIENTO DE LA GESTIÓN:', 56.75, 173.56, 423, 9), at('\\$18.215.009,19', 178.30, 219.78, 423, 9),
      at('\\$16.599.214,93', 267.07, 308.55, 423, 10), at('91,13 %', 351.61, 372.66, 423, 11),
    ])]).text.split('\n').map((l) => l.trim().split(/ {2,}/));

    it('parts «META» from «85% DE EJECUCIÓN PRESUPUESTARIA» at the description column', () => {
      const rows = table([
        at('META', 36.49, 52.01, 414, 5), at('85% DE EJECUCIÓN PRESUPUESTARIA', 56.75, 165.98, 414, 5), at('\\$18.215.009,19', 178.30, 219.78, 414, 6),
        at('\\$16.599.214,93', 267.07, 308.55, 414, 7), at('91,13 %', 351.61, 372.66, 414, 8),
      ]);
      expect(rows[1]).toEqual(['META', '85% DE EJECUCIÓN PRESUPUESTARIA', '\\$18.215.009,19', '\\$16.599.214,93', '91,13 %']);
    });

    it('keeps a list\'s bullet with its text, and a justified cell\'s words, though the column starts there', () => {
      const rows = table([
        at('•', 50.5, 53.5, 414, 5), at('85% DE EJECUCIÓN', 56.75, 110, 414, 5), at('\\$18.215.009,19', 178.30, 219.78, 414, 6),
        // (a justified cell: its word gaps alike, 4.7 pt)
        at('INTEGRAL', 20, 47.01, 418, 7), at('A', 51.75, 52.01, 418, 7), at('LA', 56.75, 64, 418, 7), at('\\$16.599.214,93', 267.07, 308.55, 418, 8),
      ]);
      expect(rows[1]![0]).toBe('• 85% DE EJECUCIÓN');
      expect(rows[2]![0]).toBe('INTEGRAL A LA');
    });
  });

  describe('two tables parted at a page break', () => {
    // Page 1 ends at 600 with a table of columns at 50 and 300; the lowest last line of the
    // document's pages is 740 (page 3): 140 pt of room left. Page 2 starts with a table whose first
    // row is two lines 12 pt apart, 16 pt before the next row: 24 pt tall.
    const first = page([
      item('Porcentaje de ejecución', 50, 588), item('90,44%', 300, 588),
      item('Porcentaje de asistencias', 50, 600), item('N/A', 300, 600),
    ]);
    const last = page([item('Porcentaje de avance', 50, 728), item('10,00%', 300, 728), item('Porcentaje de cierre', 50, 740), item('N/A', 300, 740)]);
    const secondAt = (xs: [number, number, number]) => page([
      item('Porcentaje de participación', xs[0], 40), item('N/A', xs[2], 40),
      item('en el exterior', xs[0], 52),
      item('Dirección de Procesos', xs[1], 68), item('Porcentaje de atención', xs[0], 68), item('N/A', xs[2], 68),
    ]);
    const pageLines = (pages: PositionedPage[], p: number) => {
      const l = layoutPages(pages);
      return l.text.split('\n').slice(l.pageStarts[p]! - 1, l.pageStarts[p + 1]! - 1);
    };

    it('starts the next page with a blank line when its first row would have fitted in the room the page above left, on other columns', () => {
      // (the CNE matrix's unit 18 and unit 19 tables, three empty lines apart in the text the PDF was
      // printed from, the empty lines at page 5's foot: letter-portrait-8pt-justified)
      const lines = pageLines([first, secondAt([250, 100, 487]), last], 1);
      expect(lines[0]).toBe('');
      expect(lines[1]!.trim()).toMatch(/^Porcentaje de participación/);
    });

    it('does not when the tables share a column: one table going on', () => {
      expect(pageLines([first, secondAt([300, 50, 487]), last], 1)[0]!.trim()).toMatch(/^Porcentaje de participación/);
    });

    it('does so too when the row would have fitted with less than a line to spare', () => {
      // (otras3 a4-portrait-arial-11pt-rows-spaced, CNE report, pages 9-10: page 9 ends at 726.0, the
      // lowest last line at 798.0, 72 pt of room; page 10's first row, the unit 19 goal printed before
      // the unit's name, 61.5 pt tall at 15 pt a line: it fitted with 10.5 pt to spare. Here 32 pt of
      // room for a 24 pt row at 12 pt a line.)
      const nearlyFull = page([
        item('Porcentaje de ejecución', 50, 696), item('90,44%', 300, 696),
        item('Porcentaje de asistencias', 50, 708), item('N/A', 300, 708),
      ]);
      const lines = pageLines([nearlyFull, secondAt([250, 100, 487]), last], 1);
      expect(lines[0]).toBe('');
      expect(lines[1]!.trim()).toMatch(/^Porcentaje de participación/);
    });

    it('does not when the page above left less room than the next page\'s first row: the row was carried over', () => {
      const full = page([
        item('Porcentaje de ejecución', 50, 708), item('90,44%', 300, 708),
        item('Porcentaje de asistencias', 50, 720), item('N/A', 300, 720),
      ]);
      expect(pageLines([full, secondAt([250, 100, 487]), last], 1)[0]!.trim()).toMatch(/^Porcentaje de participación/);
    });

    describe('rows whose text starts inside a left-aligned column of the table above', () => {
      // (otras5 letter-portrait-serif-8pt-bottom-right, CNE report, pages 5-6: page 5 ends with
      // unit 18's indicators, all at 381; page 6 starts with unit 19's table, whose indicators
      // start at 407, 26 pt further in. The text the PDF was printed from parts them with three
      // empty lines; read as one table, unit 19's first goal went to unit 18.)
      const unit18 = page([
        item('Porcentaje de ejecución presupuestaria', 381, 692), item('0,00%', 600, 692),
        item('Porcentaje de asistencias técnicas', 381, 704), item('N/A', 600, 704),
        item('Porcentaje número de modalidades de', 381, 716), item('100,00%', 600, 716),
        // (the page is full: the next page's first row would not have fitted)
        item('difusión planificadas', 381, 728),
      ]);
      const unit19 = (x: number) => page([
        item('Porcentaje de participación', x, 40), item('N/A', 600, 40),
        item('19', 38, 52), item('Dirección Procesos', 52, 52), item('Incrementar la', 233, 52), item('Porcentaje de atención', x, 52), item('N/A', 600, 52),
      ]);

      it('start the next page with a blank line, though its first row would not have fitted: another table', () => {
        const lines = pageLines([unit18, unit19(407), last], 1);
        expect(lines[0]).toBe('');
        expect(lines[1]!.trim()).toMatch(/^Porcentaje de participación/);
        // (the same rows with their indicators where unit 18's start: one table going on)
        expect(pageLines([unit18, unit19(381), last], 1)[0]!.trim()).toMatch(/^Porcentaje de participación/);
      });

      it('do not when the column was centred and left-aligned page by page (centred.ts): its start is the page\'s widest line\'s', () => {
        // (otras4 letter-landscape-narrow-9pt-zebra-centered-middle, CNE report, page 2: the
        // indicators of one table, centred, start at 444 on page 1 and at 453 on page 2)
        const centredAt = (texts: string[], y0: number) => texts.flatMap((t, k) => [item(t, 460 - (5 * t.length) / 2, y0 + k * 12), item('N/A', 600, y0 + k * 12)]);
        // (widths 200, 150, 100 and 160 pt: starts 360, 385, 410 and 380, all moved to 360)
        const above = page(centredAt(['Porcentaje de ejecución presupuesta', 'Porcentaje de asistencias', 'Porcentaje de', 'Porcentaje de cumplimiento'], 692));
        // (widths 120, 80, 100, 90 and 110 pt: starts 400, 420, 410, 415 and 405, all moved to 400)
        const below = page(centredAt(['Porcentaje del PAC', 'Informes', 'Porcentaje de', 'Índice de v', 'Porcentaje de a'], 40));
        expect(pageLines([above, below, last], 1)[0]!.trim()).toMatch(/^Porcentaje del PAC/);
      });
    });

    describe('rows whose text runs over two columns of the table above', () => {
      // (otras4 letter-portrait-serif-9pt-middle-right, CNE report, pages 4-5: page 4 ends with the
      // 5-column matrix, unit 11's name at 52, its objective at 127, its indicators at 394; page 5
      // starts with the 2-cell rows «Porcentaje de gestión de solicitudes …» / «N/A», a text from 38
      // to 518. The text the PDF was printed from parts them with three empty lines.)
      const matrixFoot = page([
        item('Dirección', 52, 680), item('Incrementar la efectividad', 127, 680), item('Porcentaje de elaboración', 394, 680), item('N/A', 545, 680),
        item('Nacional', 52, 692), item('en el control', 127, 692), item('informes técnicos', 394, 692),
        item('Fiscalización', 52, 704), item('del financiamiento', 127, 704), item('Porcentaje de ejecución', 394, 704), item('94,07%', 540, 704),
        // (the page is full: the next page's first row would not have fitted)
        item('Control del Gasto', 52, 716), item('de las organizaciones', 127, 716), item('presupuestaria', 394, 716),
      ]);
      const nextTable = page([
        item('Porcentaje de gestión de solicitudes de inscripción en el registro', 38, 40), item('N/A', 545, 40),
        item('Porcentaje de ejecución de mecanismos de democracia interna', 38, 52), item('N/A', 545, 52),
      ]);

      it('start the next page with a blank line, though its first row would not have fitted: another table', () => {
        const lines = pageLines([matrixFoot, nextTable, last], 1);
        expect(lines[0]).toBe('');
        expect(lines[1]!.trim()).toMatch(/^Porcentaje de gestión de solicitudes/);
      });

      it('do not when the text runs over where texts of one column start: one table whose column is right-aligned or centred', () => {
        // (the Portoparques cédula presupuestaria, pages 4-5: descriptions right-aligned between the
        // codes at 30 and the figures at 452, «EDIFICIOS, LOCALES, …» from 137 over a start at 350,
        // and over a figure that spills into the descriptions' column, «230.00» at 427)
        const budgetFoot = page([
          item('2025.07.02.A100', 30, 692), item('MEDICAMENTOS', 320, 692), item('230.00', 392, 692), item('0.00', 452, 692),
          item('2025.01.09.A100', 30, 704), item('VEHICULOS (SERVICIO)', 350, 704), item('3,600.00', 452, 704),
          item('2025.03.01.A100', 30, 716), item('INFRAESTRUCTURA', 350, 716), item('9,995.00', 452, 716),
        ]);
        const budgetNext = page([
          item('2025.03.02.A100', 30, 40), item('EDIFICIOS, LOCALES, RESIDENCIAS Y CABLEADO', 200, 40), item('12,000.00', 452, 40),
          item('2025.03.06.A100', 30, 52), item('MAQUINARIAS Y EQUIPOS DE OFICINA', 250, 52), item('7,210.00', 452, 52),
        ]);
        expect(pageLines([budgetFoot, budgetNext, last], 1)[0]!.trim()).toMatch(/^2025\.03\.02\.A100/);
      });

      it('do not for the columns of another table higher on the page, a blank line above the table at its foot', () => {
        // (otras4 legal-landscape-condensed-8pt-ruled-centered, CNE report, pages 7-8: page 7 holds
        // unit 24's table, then, after a blank line, the table of units 25 and 26 at its foot; page 8
        // goes on with unit 26's last row, «Talento toral zación, …», which runs over unit 24's
        // columns. Measured against more of the page (all of it, or back to its last title), the
        // row was parted from its table and read under unit 27.)
        const twoTables = page([
          item('Porcentaje de gestión de', 38, 640), item('Dirección de procesos', 170, 640),
          // (the page is full: the next page's first row would not have fitted)
          item('Dirección', 90, 704), item('Porcentaje de', 315, 704),
          item('de Talento', 90, 716), item('inducciones', 315, 716),
          item('Humano', 90, 728), item('medición', 315, 728),
        ]);
        // («Porcentaje de gestión» runs from 120 to 225, over both texts of the table at 640)
        const rows = page([
          item('Mejorar', 70, 40), item('Porcentaje de gestión', 120, 40), item('2,00', 300, 40),
          item('la gestión', 70, 52), item('de cumplimiento', 120, 52), item('100,00', 300, 52),
        ]);
        expect(pageLines([twoTables, rows, last], 1)[0]!.trim()).toMatch(/^Mejorar/);
      });
    });
  });

  it('gives no lines for a page without text and keeps the page map aligned', () => {
    const l = layoutPages([page([item('uno', 50, 400)]), page([]), page([item('tres', 50, 400)])]);
    expect(l.text).toBe('uno\ntres');
    expect(l.pageStarts).toEqual([1, 2, 2]);
    expect(pageOfLine(l.pageStarts, 1)).toBe(1);
    expect(pageOfLine(l.pageStarts, 2)).toBe(3);
  });
});

describe('pageOfLine and toFormFeedText', () => {
  it('maps a line to its page', () => {
    expect(pageOfLine([1, 10, 25], 9)).toBe(1);
    expect(pageOfLine([1, 10, 25], 10)).toBe(2);
    expect(pageOfLine([1, 10, 25], 400)).toBe(3);
    expect(pageOfLine(null, 3)).toBeNull();
    expect(pageOfLine([], 3)).toBeNull();
  });

  it('writes pages as pdftotext does: each page ends with a line break and a form feed', () => {
    expect(toFormFeedText({ text: 'a\nb\nc', pageStarts: [1, 3] })).toBe('a\nb\n\fc\n\f');
  });
});
