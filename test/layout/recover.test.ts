/**
 * Column recovery from space-aligned text (src/ingest/layout/recover.ts). Inputs are written
 * here by hand as a converter lays them out; expected cells are read from those inputs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parserText } from '../../src/ingest/layout/index.ts';
import { columnEdges, mergeShiftedEdges, recoverColumns, segments } from '../../src/ingest/layout/recover.ts';

/** The lines of an excerpt of a printed report (test/fixtures/layout/printed/, README there). */
const printed = (name: string): string[] => readFileSync(`test/fixtures/layout/printed/${name}.layout.txt`, 'utf8').split('\n');
const rec = (lines: string[]) => recoverColumns(lines.join('\n')).text.split('\n');
/** The same, each line's cells. */
const recCells = (lines: string[]) => rec(lines).map((l) => l.split('\t'));

/**
 * The CNE matrix on Letter portrait, sans 8 pt, tight (OTHER_VARIANTS), layout text lines 13-26:
 * units 1 to 3, as pdftotext -layout gives them.
 */
const SANS_TIGHT_UNITS_1_3 = [
  '    Coordinación Nacional             Incrementar la calidad de la gestión           Porcentaje de ejecución presupuestaria institucional 70,36', // 13
  '    Administrativa Financiera y       administrativa, financiera y de talento humano                                                        %', // 14
  '    Talento Humano                    del Consejo Nacional Electoral.', // 15
  '1                                                                                    Porcentaje de cumplimiento del PAC ( E )               N/A', // 16
  '                                                                                     Porcentaje del personal que recibe cursos de           N/A', // 17
  '                                                                                     actualización ( E )', // 18
  '2   Cooridnación Nacional de Gestión Incrementar la calidad de la gestión pública y índice de Gestión Estratégica Institucional             94,00', // 19
  '    Estratégica y Planificación       la planificación estratégica del Consejo                                                              %', // 20
  '                                      Nacional Electoral.', // 21
  '                                                                                     Porcentaje de sistemas informáticos desarrollados y N/A', // 22
  '                                                                                     actualizados', // 23
  '3   Coordinación Nacional de          Incrementar la eficiencia y eficacia de la     Numero de incidentes de seguridad informática          100,0', // 24
  '    Seguridad Informática y Proyectos gestión tecnológica del Consejo Nacional                                                              0%', // 25
  '    Tecnológicos Electorales          Electoral.', // 26
];

describe('segments', () => {
  it('cuts at two or more spaces; one space stays inside a cell', () => {
    expect(segments('  Presupuesto codificado 2021:   USD 5.500,00  ')).toEqual([
      { start: 2, end: 30, text: 'Presupuesto codificado 2021:' },
      { start: 33, end: 45, text: 'USD 5.500,00' },
    ]);
    expect(segments('')).toEqual([]);
    expect(segments('     ')).toEqual([]);
    expect(segments('a')).toEqual([{ start: 0, end: 1, text: 'a' }]);
  });

  it('column edges are starts two rows share, or a lone wide gap', () => {
    const big = (extra: string) => [extra, 'abc  c', 'ab   e', 'a    f'].map(segments);
    expect(columnEdges(big('ab   cd'))).toEqual([0, 5]);
    // "x" at 9 is only on one row of four, 2 spaces after its neighbour: inside the cell
    expect(columnEdges(big('ab   cd  x'))).toEqual([0, 5]);
    // 3 spaces: a column of its own
    expect(columnEdges(big('ab   cd   x'))).toEqual([0, 5, 10]);
    // a table of 3 rows or fewer: any 2-space gap separates cells
    expect(columnEdges([segments('ab   cd  x'), segments('abc  c')])).toEqual([0, 5, 9]);
  });
});

describe('recoverColumns', () => {
  it('keeps prose, headings and blank lines exactly, and the line count', () => {
    const input = [
      'INFORME DE RENDICIÓN DE CUENTAS No 13359',
      '',
      '   Texto con sangría y  dos espacios en una sola línea suelta',
      '# Título',
      '',
    ];
    const out = recoverColumns(input.join('\n'));
    expect(out.text.split('\n')).toHaveLength(input.length);
    // the indented line is one block of one row: it is cut at its gaps, nothing else changes
    expect(out.text.split('\n')[0]).toBe(input[0]);
    expect(out.text.split('\n').slice(3)).toEqual(input.slice(3));
  });

  it('a link packed one space after a figure is a cell of its own, the next column\'s («100,00 % http://…»)', () => {
    // The Ministerio's budget table as pdftotext lays it out when the link is too long for its column
    // (check:layouts otras8 letter-portrait-times-11pt-rows-header-right, lines 736-743 of its layout
    // text): «100,00 % http://repositorio…» was one cell, and every line's % was read as illegible.
    const text = [
      ' TIPO       DESCRIPCIÓN            PLANIFICADO       EJECUTADO         %            LINK AL MEDIO DE VERIFICACIÓN',
      ' PROGRAMA   Egresos en personal    $14.586.155,85    $14.586.155,85    100,00 % http://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/cxyZbpd0lSn8wQP',
      ' PROGRAMA   Bienes y servicios     $7.496.825,85     $5.183.550,70     69,14 % http://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/cxyZbpd0lSn8wQP',
      ' Total      TOTAL                  $78.537.516,23    $31.727.549,03    40,40 %',
    ].join('\n');
    expect(recoverColumns(text).text.split('\n').map((l) => l.split('\t'))).toEqual([
      ['TIPO', 'DESCRIPCIÓN', 'PLANIFICADO', 'EJECUTADO', '%', 'LINK AL MEDIO DE VERIFICACIÓN'],
      ['PROGRAMA', 'Egresos en personal', '$14.586.155,85', '$14.586.155,85', '100,00 %', 'http://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/cxyZbpd0lSn8wQP'],
      ['PROGRAMA', 'Bienes y servicios', '$7.496.825,85', '$5.183.550,70', '69,14 %', 'http://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/cxyZbpd0lSn8wQP'],
      ['Total', 'TOTAL', '$78.537.516,23', '$31.727.549,03', '40,40 %', ''],
    ]);
    // (a link after words is that cell's own text: «ver http://…» stays whole)
    expect(recoverColumns('A     ver http://x.ec/a\nB     ver http://x.ec/b').text).toBe('A\tver http://x.ec/a\nB\tver http://x.ec/b');
  });

  it('leaves text that already has a TAB as it is', () => {
    const text = 'a   b\nc\td';
    expect(recoverColumns(text)).toEqual({ text, rowsRewritten: 0, blocks: 0, tables: [] });
  });

  it('key: value rows become two cells', () => {
    expect(rec([
      'Presupuesto codificado 2021:      USD 5.500,00',
      'Presupuesto devengado 2021:       USD 4884,15',
      '% Ejecución presupuestaria 2021:  88,80%',
    ])).toEqual([
      'Presupuesto codificado 2021:\tUSD 5.500,00',
      'Presupuesto devengado 2021:\tUSD 4884,15',
      '% Ejecución presupuestaria 2021:\t88,80%',
    ]);
  });

  it('keeps empty cells from the alignment of the whole block (LOTAIP matrix)', () => {
    expect(rec([
      'No.   Descripción de la unidad   Objetivo        Indicador                   Meta',
      '      PROCESOS GOBERNANTES',
      '1     Coordinación Nacional      Incrementar     Porcentaje de ejecución     70,36%',
      '                                                 Porcentaje del PAC ( E )    N/A',
      '2     Coordinación de Gestión    Incrementar     Índice de Gestión           94,00%',
    ])).toEqual([
      'No.\tDescripción de la unidad\tObjetivo\tIndicador\tMeta',
      '\tPROCESOS GOBERNANTES\t\t\t',
      '1\tCoordinación Nacional\tIncrementar\tPorcentaje de ejecución\t70,36%',
      '\t\t\tPorcentaje del PAC ( E )\tN/A',
      '2\tCoordinación de Gestión\tIncrementar\tÍndice de Gestión\t94,00%',
    ]);
  });

  it('an indented title right above the rows goes to the column it starts in, even when it overflows', () => {
    expect(rec([
      '      Art. 7 de la Ley Orgánica de Transparencia - LOTAIP',
      'No.   Unidad    Meta',
      '1     CNE       70,36%',
    ])).toEqual([
      '\tArt. 7 de la Ley Orgánica de Transparencia - LOTAIP\t',
      'No.\tUnidad\tMeta',
      '1\tCNE\t70,36%',
    ]);
  });

  it('a double space inside one long cell does not make a column; the cell keeps its spaces', () => {
    expect(rec([
      'Unidad    consejos consultivos.  Afiliados de organizaciones    N/A',
      'Otra      Porcentaje de capacitaciones a usuarios externos      100%',
      'Tercera   Informes                                              N/A',
      'Cuarta    Índice de gestión                                     94,00%',
    ])).toEqual([
      'Unidad\tconsejos consultivos.  Afiliados de organizaciones\tN/A',
      'Otra\tPorcentaje de capacitaciones a usuarios externos\t100%',
      'Tercera\tInformes\tN/A',
      'Cuarta\tÍndice de gestión\t94,00%',
    ]);
  });

  it('right-aligned amounts make a column too', () => {
    expect(rec([
      'Grupo                 Codificado   Devengado',
      'GASTOS EN PERSONAL  1.234.567,89   12.345,00',
      'BIENES Y SERVICIOS      9.999,90      123,45',
    ])).toEqual([
      'Grupo\tCodificado\tDevengado',
      'GASTOS EN PERSONAL\t1.234.567,89\t12.345,00',
      'BIENES Y SERVICIOS\t9.999,90\t123,45',
    ]);
  });

  it('a cell pdftotext placed a few characters off its column joins that column (its edge only one row fills)', () => {
    // As in the wide unruled LOTAIP matrix printed to PDF (pdftotext -layout, its line 18): one
    // "N/A" starts 5 characters left of the other goals of its column, after a wide gap.
    expect(rec([
      'No.   Indicador                                      Meta',
      '1     Porcentaje de ejecución presupuestaria         70,36%',
      '      Porcentaje de cumplimiento del PAC ( E )       N/A',
      '      Porcentaje de actas de escrutinio         N/A',
      '      Porcentaje de MJRV capacitados (E)             N/A',
    ])).toEqual([
      'No.\tIndicador\tMeta',
      '1\tPorcentaje de ejecución presupuestaria\t70,36%',
      '\tPorcentaje de cumplimiento del PAC ( E )\tN/A',
      '\tPorcentaje de actas de escrutinio\tN/A',
      '\tPorcentaje de MJRV capacitados (E)\tN/A',
    ]);
    // a lone cell whose row also fills the neighbouring column stays a column of its own
    expect(rec([
      'Código  Nombre      Valor',
      'A1      Uno         10',
      'A2      Dos         20',
      'A3      Tres   7    30',
    ])).toEqual(['Código\tNombre\t\tValor', 'A1\tUno\t\t10', 'A2\tDos\t\t20', 'A3\tTres\t7\t30']);
  });

  it('the rows of a page laid on a grid a few characters off the others\' keep their columns when the cells are alike', () => {
    // As the CNE literal a4 matrix prints on A4 landscape (pdftotext -layout): the indicators and
    // goals of two rows start 3 and 5 characters right of the others'; no row fills both edges and
    // both sides hold «Porcentaje …» indicators and figures.
    expect(rec([
      '1      Incrementar la confianza          Porcentaje de acciones de       N/A',
      '                                         Porcentaje de instrumentos      100,00%',
      '       MEDIANTE la cooperación         Porcentaje de ejecución         N/A',
      '                                       Porcentaje de asistencias    66,15%',
    ])).toEqual([
      '1\tIncrementar la confianza\tPorcentaje de acciones de\tN/A',
      '\t\tPorcentaje de instrumentos\t100,00%',
      '\tMEDIANTE la cooperación\tPorcentaje de ejecución\tN/A',
      '\t\tPorcentaje de asistencias\t66,15%',
    ]);
    // two edges a few characters apart: one column when their cells are alike, two when no word
    // opens cells of both (a text and the priorities beside it)
    const rows = (right: string[]) => [
      'A1       PREVENCIÓN DEL DELITO',
      'A2       RESPUESTA INTEGRAL',
      ...right.map((r, i) => `B${i}           ${r}`),
    ].map(segments);
    expect(mergeShiftedEdges(rows(['Alta', 'Media']), [0, 9, 13])).toEqual([0, 9, 13]);
    expect(mergeShiftedEdges(rows(['RESPUESTA INMEDIATA', 'PREVENCIÓN SITUACIONAL']), [0, 9, 13])).toEqual([0, 9]);
  });

  it('figures laid out a few characters left of their header (its line on another grid) go to its column', () => {
    // As the IESS budget execution prints on A4 landscape (pdftotext -layout, lines 106-111): the
    // header lines start at 51 and 84, the figures under them at 45 and 72.
    expect(rec([
      ' TIPO     DESCRIPCIÓN                              PRESUPUESTO                      PRESUPUESTO',
      '                                                   PLANIFICADO                      EJECUTADO',
      ' META     85% DE EJECUCIÓN PRESUPUESTARIA     \\$18.215.009,19            \\$16.599.214,93',
      ' Total    TOTAL % CUMPLIMIENTO DE LA          \\$18.215.009,19            \\$16.599.214,93',
    ])).toEqual([
      'TIPO\tDESCRIPCIÓN\tPRESUPUESTO\tPRESUPUESTO',
      '\t\tPLANIFICADO\tEJECUTADO',
      'META\t85% DE EJECUCIÓN PRESUPUESTARIA\t\\$18.215.009,19\t\\$16.599.214,93',
      'Total\tTOTAL % CUMPLIMIENTO DE LA\t\\$18.215.009,19\t\\$16.599.214,93',
    ]);
    // words under a header, not figures, keep a column of their own
    expect(rec([
      ' TIPO     DESCRIPCIÓN                              PRESUPUESTO                      ESTADO',
      '                                                   PLANIFICADO                      ACTUAL',
      ' META     85% DE EJECUCIÓN PRESUPUESTARIA     \\$18.215.009,19            EN PROCESO DE CIERRE',
      ' Total    TOTAL % CUMPLIMIENTO DE LA          \\$18.215.009,19            CERRADO',
    ])[2]).toBe('META\t85% DE EJECUCIÓN PRESUPUESTARIA\t\\$18.215.009,19\tEN PROCESO DE CIERRE\t');
  });

  it('a whole figure packed one space after the text before it is the next column\'s cell', () => {
    // As the IESS goals print on the wide unruled page (pdftotext -layout): "PRESUPUESTARIA 0,85",
    // the planned figure one space after the indicator, 2 characters right of its column's edge.
    expect(rec([
      ' META      INDICADOR                          PLANIFICADO   CUMPLIDO   %',
      ' 85% DE    PORCENTAJE DE EJECUCIÓN PRESUPUESTARIA 0,85      0,91       107,06 %',
      ' TOTAL                                                                 107,06 %',
      ' OTRA      NÚMERO DE METAS                    4,00          3,00       75,00 %',
    ])).toEqual([
      'META\tINDICADOR\tPLANIFICADO\tCUMPLIDO\t%',
      '85% DE\tPORCENTAJE DE EJECUCIÓN PRESUPUESTARIA\t0,85\t0,91\t107,06 %',
      'TOTAL\t\t\t\t107,06 %',
      'OTRA\tNÚMERO DE METAS\t4,00\t3,00\t75,00 %',
    ]);
    // a figure ending text far from any other column's edge stays in its cell
    expect(rec([
      ' META      INDICADOR                          PLANIFICADO',
      ' 85% DE    PORCENTAJE DEL AÑO 2,50                  0,91',
      ' OTRA      NÚMERO DE METAS                    4,00',
      ' OTRA      NÚMERO DE METAS                    4,00',
    ])[1]).toBe('85% DE\tPORCENTAJE DEL AÑO 2,50\t0,91');
  });

  it('two whole figures packed one space apart, the second at a further column\'s edge, are two cells', () => {
    // The IESS budget summary as Chromium prints it on A4 portrait narrow 9 pt rows zebra
    // (pdftotext -layout, lines 151-154): the current-expense planned and executed amounts one
    // space apart, the executed one at its column's edge («GASTO» / «CORRIENTE» / «EJECUTADO»).
    expect(rec([
      'TOTAL DE PRESUPUESTO            GASTO CORRIENTE GASTO                         GASTO DE                 GASTO DE               % EJECUCIÓN',
      'INSTITUCIONAL CODIFICADO        PLANIFICADO     CORRIENTE                     INVERSIÓN                INVERSIÓN              PRESUPUESTARIA',
      '                                                EJECUTADO                     PLANIFICADO              EJECUTADO',
      '\\$18.215.009,19                 \\$18.215.009,19 \\$16.599.214,93               \\$0,00                   \\$0,00                 91,13 %',
    ])[3]).toBe('\\$18.215.009,19\t\\$18.215.009,19\t\\$16.599.214,93\t\\$0,00\t\\$0,00\t91,13 %');
    // one figure the source prints with a space inside («14805883 1,00»: no whole figure before the space) stays one cell
    expect(rec([
      ' META      INDICADOR           PLANIFICADO   CUMPLIDO   %',
      ' 3.2.      CANTIDAD DE         14805883 1,00   2,00     164,85 %',
      ' 3.3.      NÚMERO DE           4,00          3,00       75,00 %',
    ])[1]).toBe('3.2.\tCANTIDAD DE\t14805883 1,00\t2,00\t164,85 %');
  });

  it('a whole «N/A» packed one space after the text before it, near a further column\'s edge, is that column\'s cell', () => {
    // As the CNE matrix prints on the wide unruled page: the longest indicator runs up to its value.
    expect(rec([
      '1    Porcentaje del PAC ( E )                          N/A',
      '     Porcentaje de participación (menores de 18 años) (E) N/A',
      '     Porcentaje de actas de escrutinio                 100,00%',
      '     Porcentaje de MJRV capacitados                    N/A',
    ])[1]).toBe('\tPorcentaje de participación (menores de 18 años) (E)\tN/A');
    // «N/A» ending text far from any other column's edge stays in its cell
    expect(rec([
      '1    Meta: N/A en el informe anterior, ahora N/A       N/A',
      '     Porcentaje de participación                       N/A',
      '     Porcentaje de actas                               100,00%',
    ])[0]).toBe('1\tMeta: N/A en el informe anterior, ahora N/A\tN/A');
  });

  it('a numbering figure packed one space before the next column\'s text is its own cell', () => {
    // As the CNE literal a4 matrix prints on the wide unruled page (pdftotext -layout): the unit
    // number 6 one space before the unit's name, whose text runs far past the name column's edge.
    expect(rec([
      'No.  Descripción de la unidad          Objetivo                 Meta',
      '1    Coordinación Nacional             Incrementar la calidad   70,36%',
      '2    Cooridnación Nacional de Gestión  Incrementar la gestión   94,00%',
      '6 Político y Difusión Electoral        MEDIANTE la página web   100,00%',
      '     Dirección Nacional de Análisis    Incrementar la difusión  94,51%',
    ])).toEqual([
      'No.\tDescripción de la unidad\tObjetivo\tMeta',
      '1\tCoordinación Nacional\tIncrementar la calidad\t70,36%',
      '2\tCooridnación Nacional de Gestión\tIncrementar la gestión\t94,00%',
      '6\tPolítico y Difusión Electoral\tMEDIANTE la página web\t100,00%',
      '\tDirección Nacional de Análisis\tIncrementar la difusión\t94,51%',
    ]);
    // a column of text that starts with a figure keeps it: «2 computadoras» is one cell
    expect(rec([
      'Bien                  Valor',
      'Laptops               $1.000,00',
      '2 computadoras nuevas $2.000,00',
      'Impresoras            $3.000,00',
    ])[2]).toBe('2 computadoras nuevas\t$2.000,00');
  });

  it('a table part whose only numbering figure is packed one space before text running past the next column\'s edge splits it', () => {
    // The CNE matrix on Letter portrait, ruled, 9 pt (OTHER_VARIANTS), layout text lines 88-123 (one
    // table part; test/fixtures/layout/printed/, README there): unit 6's number printed in the middle
    // of its block, «6 Político y Difusión» (excerpt line 24), the «6» at 0 and «Político» at 2, where
    // «Dirección», «Nacional de», «Análisis», «Electoral» start. The part holds no other figure in its
    // first column. Report line 39: «6», unit text «Político y Difusión Electoral», objective
    // «MEDIANTE la administración …».
    const rows = recCells(printed('cne-letter-ruled-unit-6'));
    expect(rows[23]!.slice(0, 3)).toEqual(['6', 'Político y Difusión', 'MEDIANTE la administración de la página web, redes']);
    expect(rows[24]!.slice(0, 2)).toEqual(['', 'Electoral']);
    // The same unit on A4 landscape, narrow font, 7 pt, tight (OTHER_VARIANTS_2), layout text lines
    // 41-83 (lines 41-58 one table part, its columns found with the next page's part, 59-83):
    // «6 Político y Difusión Electoral» at 0 (excerpt line 12), the other units' names at 5 and 6;
    // the text after the «6» starts at 2, left of the names' column, and runs far past its edge.
    const narrow = recCells(printed('cne-narrow-font-tight-unit-6'));
    expect(narrow[11]!.slice(0, 3)).toEqual(['6', 'Político y Difusión Electoral', 'MEDIANTE la administración de la página web, redes sociales, publicaciones, boletines y ruedas de prensa.']);
  });

  it('two edges a character or two apart, no row filling both, the left one\'s cells all wider than the gap, are one column', () => {
    // The CNE matrix on A3 landscape, ruled, 10 pt (OTHER_VARIANTS), layout text lines 175-219 (one
    // table part; test/fixtures/layout/printed/, README there): the objectives' continuation lines at
    // 23 («procesamiento, sistematización, …», excerpt line 2), unit 16's objective at 25 («Incrementar
    // la calidad de los servicios logísticos», excerpt line 13). Report line 107: unit 15, «Dirección
    // Nacional de Estadística», objective «Incrementar la calidad de la información estadística
    // institucional y electoral MEDIANTE el levantamiento, procesamiento, …»; line 114: objective
    // «Incrementar la calidad de los servicios logísticos», indicator «Porcentaje de inventarios
    // levantados en las Delegaciones Provinciales Electorales» 91,00%.
    const rows = recCells(printed('cne-a3-ruled-units-15-18'));
    expect(rows[0]!.slice(0, 3)).toEqual(['1', 'Dirección Nacional', 'Incrementar la calidad de la información estadística institucional y electoral MEDIANTE el levantamiento,']);
    expect(rows[1]!.slice(0, 3)).toEqual(['5', 'de Estadística', 'procesamiento, sistematización, custodia, análisis y disponibilidad de datos.']);
    expect(rows[12]!.slice(2, 4)).toEqual(['Incrementar la calidad de los servicios logísticos', 'Porcentaje de inventarios levantados en las Delegaciones Provinciales']);
    // and joined, the unit's number cut in its narrow column is whole again
    const joined = parserText(printed('cne-a3-ruled-units-15-18').join('\n')).text.split('\n').map((l) => l.split('\t'));
    expect(joined[0]!.slice(0, 2)).toEqual(['15', 'Dirección Nacional de Estadística']);
  });

  it('text that starts inside a column of numbers, right of its edge, and runs past the next column\'s edge is the next column\'s', () => {
    // The CNE matrix on A4 landscape, serif, 9 pt, spaced (OTHER_VARIANTS), layout text lines 108-141
    // (one table part; test/fixtures/layout/printed/, README there): unit 8's name, «8 Dirección
    // Nacional de» (excerpt line 25, the number at 0, the name packed at 2), then «Infraestructura»
    // at 2 (line 26), inside the numbers' column (0-3) and running past the names' edge (4), then
    // «Tecnológica y» at 4 (line 27). Report line 54: «8», unit «Dirección Nacional de
    // Infraestructura Tecnológica y Comunicaciones Electorales».
    const rows = recCells(printed('cne-serif-spaced-unit-8'));
    expect(rows[24]!.slice(0, 2)).toEqual(['8', 'Dirección Nacional de']);
    expect(rows[25]!.slice(0, 2)).toEqual(['', 'Infraestructura']);
    // and joined, the whole name
    const joined = parserText(printed('cne-serif-spaced-unit-8').join('\n')).text.split('\n').map((l) => l.split('\t'));
    expect(joined.find((r) => r[0] === '8')?.[1]).toBe('Dirección Nacional de Infraestructura Tecnológica y Comunicaciones Electorales');
  });

  it('a part of a table that lacks the next part\'s column of numbers, its other columns as wide, gets it empty', () => {
    // The CNE matrix on A5 portrait, unruled, 6 pt (OTHER_VARIANTS), layout text lines 248-360
    // (test/fixtures/layout/printed/, README there): lines 248-287 hold rows of unit 6 whose number
    // is printed further down; pdftotext lays them out from the unit's name, at 0 (columns at 0, 14,
    // 31, 48: widths 14, 17, 17); lines 288-360, after them, number the units («6» at 0 on excerpt
    // line 42, «7» on line 112), the names at 4 (columns at 0, 4, 20, 37, 53: widths 4, 16, 17, 16).
    // Report line 38: no number, unit «Dirección Nacional de Análisis», objective «Incrementar la
    // difusión de la gestión institucional del Consejo Nacional Electoral», indicator «Porcentaje de
    // ejecución presupuestaria», 94,51% (excerpt lines 34-40).
    const rows = recCells(printed('cne-a5-narrow-unit-6'));
    expect(rows[33]).toEqual(['', 'Dirección', 'Incrementar', 'Porcentaje de', '94,51%']);
    const joined = parserText(printed('cne-a5-narrow-unit-6').join('\n')).text.split('\n').map((l) => l.split('\t'));
    expect(joined).toContainEqual(['', 'Dirección Nacional de Análisis', 'Incrementar la difusión de la gestión institucional del Consejo Nacional Electoral',
      'Porcentaje de ejecución presupuestaria', '94,51%']);
  });

  it('figures right-aligned under a header repeated over each goal, figures above one of its copies, are the header\'s column', () => {
    // The Ministerio del Interior form on A4 portrait, DejaVu 8 pt, figures right-aligned
    // (OTHER_VARIANTS), layout text lines 588-623 (one table part; test/fixtures/layout/printed/,
    // README there): the goals table repeats its header over each goal; «TOT» / «ALE» / «S» / «CUM» /
    // «PLID» at 77 (excerpt lines 8-12), the achieved figures right-aligned at 79 and 82 («10,0» /
    // «0», lines 14-15), and the part opens with the goal above's figure («0,00» at 79, line 1), above
    // the header. Report line 143: goal 4.1, planned 10,00, achieved 10,00, 100,00 %.
    const rows = recCells(printed('ministerio-dejavu-right-goals-4'));
    expect(rows[13]!.slice(3, 7)).toEqual(['4.1. NÚMERO', '10,0', '10,0', '10']);
    expect(rows[7]![5]).toBe('TOT');
  });

  it('one number packed before a name, the rest of the number cut under it, makes the names a column of their own', () => {
    // The CNE matrix on Legal landscape, Times 9 pt (OTHER_VARIANTS_2), layout text lines 253-266
    // (one table part; test/fixtures/layout/printed/, README there): unit 21's number cut by its
    // narrow column, «2» packed one space before «Dirección Nacional de Asesoría Jurídica» (excerpt
    // line 6), «1» under it (line 7); no other cell in the first column. Report line 156: «21»,
    // «Dirección Nacional de Asesoría Jurídica», no objective, «Porcentaje de presentación de
    // expedientes …», N/A.
    const rows = recCells(printed('cne-times-rows-unit-21'));
    expect(rows[5]).toEqual(['2', 'Dirección Nacional de Asesoría Jurídica', '', 'Porcentaje de presentación de', 'N/A']);
    expect(rows[6]!.slice(0, 2)).toEqual(['1', '']);
    // and joined, the whole number
    const joined = parserText(printed('cne-times-rows-unit-21').join('\n')).text.split('\n').map((l) => l.split('\t'));
    expect(joined.find((r) => r[0] === '21')?.[1]).toBe('Dirección Nacional de Asesoría Jurídica');
  });

  it('numbers packed before names whose later lines start where the names do make the names a column', () => {
    // The CNE matrix on Legal landscape, Times 9 pt (OTHER_VARIANTS_2), layout text lines 342-349
    // (test/fixtures/layout/printed/, README there): unit 27's number cut by its narrow column, each
    // piece packed one space before a line of the name, «2 Dirección» / «7 Nacional» (excerpt lines
    // 1-2), then «Financiera» at 2, where the name's other lines start (line 3). Report line 200:
    // «27», «Dirección Nacional Financiera», objective «Incrementar la eficiencia en la ejecución …».
    const rows = recCells(printed('cne-times-rows-unit-27'));
    expect(rows.slice(0, 3).map((r) => r.slice(0, 2))).toEqual([['2', 'Dirección'], ['7', 'Nacional'], ['', 'Financiera']]);
    // (joined as printed pages: a form feed after the excerpt, as pdftotext ends a page)
    const joined = parserText([...printed('cne-times-rows-unit-27'), '\f'].join('\n')).text.split('\n').map((l) => l.split('\t'));
    expect(joined[0]!.slice(0, 2)).toEqual(['27', 'Dirección Nacional Financiera']);
  });

  it('a column of values beside values a page laid a few characters left, «N/A» among them, is one column', () => {
    // The CNE matrix on A4 portrait, narrow, 9 pt, zebra rows (OTHER_VARIANTS_2), layout text lines
    // 78-112 (test/fixtures/layout/printed/, README there): the values at 151 («N/A», excerpt line 1;
    // «100» / «,00» / «%», lines 3-5), and those of rows pdftotext laid on a grid of their own at 144
    // («100» / «,00» / «%», lines 26-28, the «100» packed one space after its indicator, and
    // 29-31), seven characters apart and no row filling both.
    // A «N/A» in the right column counted as a header's text, so the two stayed apart and the parser
    // got six cells. Report line 44: «Porcentaje de medios de comunicación monitoreados» 100,00%;
    // line 45: unit 7's first row, «Porcentaje de productos comunicacionales elaborados» 100,00%.
    const rows = recCells(printed('cne-narrow-zebra-units-6-7'));
    expect(rows.every((r) => r.length <= 5)).toBe(true);
    expect(rows[0]!.slice(3)).toEqual(['Porcentaje de incremento de visitas', 'N/A']);
    expect(rows[25]!.slice(3)).toEqual(['Porcentaje de medios de comunicación', '100']);
    expect(rows[28]!.slice(3)).toEqual(['Porcentaje de productos', '100']);
  });

  it('"no value" markers packed one space apart over empty columns are one marker per column', () => {
    // As the IESS form's empty disposals table prints on the wide unruled page (pdftotext -layout, lines 93-94).
    expect(rec([
      ' TIPO          BIEN              VALOR TOTAL   LINK AL MEDIO DE VERIFICACIÓN',
      ' NINGUNA NO APLICA               \\$0,00        NO APLICA',
    ])).toEqual([
      'TIPO\tBIEN\tVALOR TOTAL\tLINK AL MEDIO DE VERIFICACIÓN',
      'NINGUNA\tNO APLICA\t\\$0,00\tNO APLICA',
    ]);
    // text that is not only markers, or a next column the row fills, stays one cell
    expect(rec([
      ' TIPO          BIEN              VALOR TOTAL',
      ' NINGUNA OTRA COSA               \\$0,00',
    ])[1]).toBe('NINGUNA OTRA COSA\t\t\\$0,00');
    expect(rec([
      ' TIPO          BIEN        VALOR TOTAL',
      ' NINGUNA NO APLICA  N/A    \\$0,00',
      ' NINGUNA       N/A         \\$0,00',
    ])[1]).toBe('NINGUNA NO APLICA\tN/A\t\\$0,00');
  });

  it('a row whose cell starts under a word of the header\'s packed last cell is the same table (its columns split the row\'s markers)', () => {
    // As the IESS form's disposals table prints on A3 landscape (pdftotext -layout, lines 135-136): the
    // header packs «VALOR TOTAL» and «LINK AL MEDIO …» one space apart; the row's «NO APLICA» starts under «LINK».
    expect(rec([
      'TIPO    BIEN      VALOR TOTAL LINK AL MEDIO DE VERIFICACIÓN',
      'NINGUNA NO APLICA \\$0,00      NO APLICA',
    ])).toEqual([
      'TIPO\tBIEN\tVALOR TOTAL LINK AL MEDIO DE VERIFICACIÓN',
      'NINGUNA\tNO APLICA\t\\$0,00      NO APLICA',
    ]);
    // a row whose cells start under no cell nor word of the row above starts a table of its own
    expect(rec([
      'TIPO    BIEN      VALOR TOTAL LINK AL MEDIO DE VERIFICACIÓN',
      'NINGUNA NO APLICA \\$0,00       NO APLICA',
    ])[1]).toBe('NINGUNA NO APLICA \\$0,00\tNO APLICA');
  });

  it('a key packed one space before its value, the value starting at its column\'s edge, is two cells', () => {
    // As the Quito report prints on US Letter 9 pt (pdftotext -layout, lines 49-56): «el cumplimiento
    // de la meta y» fills the key column, so pdftotext packs «planes comunitarios …» one space after it,
    // starting exactly where the other values start.
    expect(rec([
      ' Meta del PMDOT 2021 –        Lograr que 96 barrios del DMQ generen',
      ' 2033 al que contribuye       participación de la comunidad, al 2023',
      ' Descripción de como aporta   Construir una cultura de Participación',
      ' el cumplimiento de la meta y planes comunitarios de seguridad,',
      ' los resultado alcanzado al   frente a eventos adversos; promoción',
      ' Fotografías (solo en caso de NO APLICA',
    ])).toEqual([
      'Meta del PMDOT 2021 –\tLograr que 96 barrios del DMQ generen',
      '2033 al que contribuye\tparticipación de la comunidad, al 2023',
      'Descripción de como aporta\tConstruir una cultura de Participación',
      'el cumplimiento de la meta y\tplanes comunitarios de seguridad,',
      'los resultado alcanzado al\tfrente a eventos adversos; promoción',
      'Fotografías (solo en caso de\tNO APLICA',
    ]);
    // a first column whose rows rarely have a cell in the next column (no key-value table) keeps its text
    expect(rec([
      ' MANUAL DEL         2,00',
      ' PROCESO            3,00',
      ' GESTIÓN            4,00',
      ' INFORMES    DE     5,00',
      ' MEDICIÓN DE LA CALIDAD',
    ])).toEqual([
      'MANUAL DEL\t\t2,00',
      'PROCESO\t\t3,00',
      'GESTIÓN\t\t4,00',
      'INFORMES\tDE\t5,00',
      ' MEDICIÓN DE LA CALIDAD',
    ]);
  });

  it('a header\'s lines and the cells under them a character or two apart are one column', () => {
    // The IESS form's budget table printed on A5 6 pt (pdftotext -layout, lines 258-272): the header
    // «PRESUPUESTO EJECUTADO» starts at 53, its amounts at 55; «LINK AL MEDIO …» at 93, its links at 91
    // (a page starts at the row «META»: pdftotext's form feed).
    const out = recCells([
      ' TIPO                 DESCRIPCIÓN   PRESUPUESTO      PRESUPUESTO          %                  LINK AL MEDIO',
      '                                    PLANIFICADO      EJECUTADO            CUMPLIMIENTO       DE',
      '                                                                          DE LA GESTIÓN      VERIFICACIÓN',
      '                                                                                             PUBLICADO EN',
      '                                                                                             LA PÁG. WEB DE',
      '                                                                                             LA INSTITUCIÓN',
      '\f META              85% DE            \\$18.215.009,19   \\$16.599.214,93   91,13 %           https://www.iess',
      '                   EJECUCIÓN                                                               .gob.ec/docume',
      '                   PRESUPUESTARI                                                           nts/10162/bb7c',
      '                   A                                                                       883e-0204-',
      '                                                                                           43e7-a1a8-',
      '                                                                                           be080dfacc0b',
      ' Total             TOTAL %           \\$18.215.009,19   \\$16.599.214,93   91,13 %',
      '                   CUMPLIMIENTO',
      '                   DE LA GESTIÓN:',
    ]);
    expect(out[0]).toEqual(['TIPO', 'DESCRIPCIÓN', 'PRESUPUESTO', 'PRESUPUESTO', '%', 'LINK AL MEDIO']);
    expect(out[6]).toEqual(['\fMETA', '85% DE', '\\$18.215.009,19', '\\$16.599.214,93', '91,13 %', 'https://www.iess']);
    expect(out[12]).toEqual(['Total', 'TOTAL %', '\\$18.215.009,19', '\\$16.599.214,93', '91,13 %', '']);
  });

  it('figures pdftotext pulled far left of their column (a row of long text) go back to it', () => {
    // As the Ministerio del Interior disposals print on the wide unruled page (pdftotext -layout,
    // lines 198-212): two rows with a long asset name have their amount at 82, the others at 110.
    expect(rec([
      ' TIPO                         BIEN                                                                            VALOR TOTAL     LINK',
      ' ENAJENACIÓN                  Inmueble                                                                        \\$836.038,94    http://a',
      ' DONACIONES RECIBIDAS         4 computadoras y 11 GPS                             \\$3.659,20                                  http://b',
      ' DONACIONES RECIBIDAS         CELULARES, MICROFONO, TRIPODES, TRIPODES DE CAMARAS \\$11.326,90                                 http://c',
      ' DONACIONES RECIBIDAS         Camionetas                                                                      \\$113.362,00    http://d',
    ])).toEqual([
      'TIPO\tBIEN\tVALOR TOTAL\tLINK',
      'ENAJENACIÓN\tInmueble\t\\$836.038,94\thttp://a',
      'DONACIONES RECIBIDAS\t4 computadoras y 11 GPS\t\\$3.659,20\thttp://b',
      'DONACIONES RECIBIDAS\tCELULARES, MICROFONO, TRIPODES, TRIPODES DE CAMARAS\t\\$11.326,90\thttp://c',
      'DONACIONES RECIBIDAS\tCamionetas\t\\$113.362,00\thttp://d',
    ]);
  });

  it('the same type packed one space before the next column on every row is that column\'s value', () => {
    // As the Ministerio del Interior budget execution prints on the wide unruled page
    // (pdftotext -layout, lines 163-168): "PROGRAMA Y/O PROYECTO Egresos en personal", the
    // description column empty on every row.
    expect(rec([
      ' TIPO                           DESCRIPCIÓN                  PLANIFICADO',
      ' PROGRAMA Y/O PROYECTO Egresos en personal                   \\$14.586.155,85',
      ' PROGRAMA Y/O PROYECTO Bienes y servicios de consumo         \\$7.496.825,85',
      ' PROGRAMA Y/O PROYECTO Otros egresos corrientes              \\$1.037.983,98',
      ' Total                          TOTAL                        \\$8.534.809,83',
    ])).toEqual([
      'TIPO\tDESCRIPCIÓN\tPLANIFICADO',
      'PROGRAMA Y/O PROYECTO\tEgresos en personal\t\\$14.586.155,85',
      'PROGRAMA Y/O PROYECTO\tBienes y servicios de consumo\t\\$7.496.825,85',
      'PROGRAMA Y/O PROYECTO\tOtros egresos corrientes\t\\$1.037.983,98',
      'Total\tTOTAL\t\\$8.534.809,83',
    ]);
    // free text whose cells share first words, with the next column filled, stays as it is
    expect(rec([
      ' INDICADOR                                  META',
      ' Porcentaje de ejecución presupuestaria     70,36%',
      ' Porcentaje de cumplimiento del PAC         N/A',
      ' Porcentaje de personal capacitado          N/A',
    ])[1]).toBe('Porcentaje de ejecución presupuestaria\t70,36%');
  });

  it('a cell packed one space after the widest line of the column before, a few characters left of its edge, is that column\'s', () => {
    // The CNE matrix printed wide and unruled (test/fixtures/layout/printed/, README there): unit
    // 7's name fills its column and pdftotext packs the objective one space after it, four
    // characters left of where the other rows start theirs. Expected: report line 45.
    const lines = printed('cne-wide-unruled-units-6-8');
    const row = recCells(lines)[11]!;
    expect(row.slice(1, 4)).toEqual([
      'Dirección Nacional de Desarrollo de Productos y Servicios Informativos Electorales',
      'Incrementar la difusión de actividades desarrolladas en el ámbito nacional e internacional por el Consejo Nacional Electoral MEDIANTE la elaboración de estrategias comunicacionales, campañas publicitarias, producción de materiales audiovisuales y diseño de impresos.',
      'Porcentaje de productos comunicacionales elaborados',
    ]);
    expect(row.at(-1)).toBe('100,00%');
    // under a header's cell whose rows print their text packed in the column before, on every
    // row, nothing is split (the Ministerio del Interior's budget, wide unruled, five of lines 163-171)
    expect(rec([
      ' TIPO                           DESCRIPCIÓN                                           PRESUPUESTO PLANIFICADO',
      ' PROGRAMA Y/O PROYECTO Egresos en personal                                            \\$14.586.155,85',
      ' PROGRAMA Y/O PROYECTO Bienes y servicios de consumo                                  \\$7.496.825,85',
      ' PROGRAMA Y/O PROYECTO Egresos de capital                                             \\$22.821.556,73',
      ' PROGRAMA Y/O PROYECTO Otros Pasivos                                                  \\$17.990,55',
      ' Total                          TOTAL % CUMPLIMIENTO DE LA GESTIÓN: \\$78.537.516,23',
    ])[4]).toBe('PROGRAMA Y/O PROYECTO\tOtros Pasivos\t\\$17.990,55');
  });

  it('a line of 280 characters that fills its column runs further past the next edge: the word that opens that column\'s cells', () => {
    // The CNE matrix printed wide and unruled, units 20 to 24 (test/fixtures/layout/printed/, README
    // there): unit 20's name, on one line of 250 characters, packs its objective one space after
    // it, 27 characters left of where the other rows start theirs. Expected: report line 146.
    const rows = recCells(printed('cne-wide-unruled-units-20-24'));
    expect(rows[11]![1]).toBe('Delegación Provincial de: Azuay, Bolívar, Cañar, Carchi, Chimborazo, Cotopaxi, El Oro, Esmeraldas, Galápagos, Guayas, Imbabura, Loja, Los Ríos, Manabí, Morona, Napo, Orellana, Pastaza, Pichincha, Santa Elena, Santo Domingo, Sucumbios, Tungurahua y Zamora Chinchipe');
    expect(rows[11]![2]).toMatch(/^Incrementar la calidad en la gestión institucional MEDIANTE la aplicación/);
  });

  it('a column whose every cell is a number packed before a name is two columns; a quantity and its unit stays one value', () => {
    // The same excerpt's next page (lines 31-48): «22 Dirección Nacional de Relaciones …», «23
    // Dirección …», «24 Secretaría General», each number one space before its unit's name; unit
    // 22's name packs its objective after it too. Expected: report lines 164, 171 and 177.
    const rows = recCells(printed('cne-wide-unruled-units-20-24'));
    expect(rows[30]!.slice(0, 2)).toEqual(['22', 'Dirección Nacional de Relaciones Internacionales, Cooperación y Observación Electoral']);
    expect(rows[30]![2]).toMatch(/^Incrementar la confianza, eficiencia e innovación en los servicios electorales MEDIANTE/);
    expect(rows[37]!.slice(0, 2)).toEqual(['23', 'Dirección Nacional de Seguridad y Manejo Integral de Riesgos']);
    expect(rows[43]!.slice(0, 3)).toEqual(['24', 'Secretaría General', 'Incrementar la eficiencia y eficacia del manejo, uso y control de la gestión documental MEDIANTE la implementación, definición y optimización del procesos del sistema de gestión documental QUIPUX y firma electrónica, en el Consejo Nacional Electoral a nivel nacional.']);
    // the Quito report's key-value rows (data/reports/2021-quito-az-manuela-saenz-informe-de-gestion.txt
    // lines 27-28), laid out so the values start one column: «21 acciones» is one value
    expect(rec([
      ' Valor programado 2021:      21 acciones',
      ' Valor ejecutado 2021:       21 acciones',
    ])).toEqual(['Valor programado 2021:\t21 acciones', 'Valor ejecutado 2021:\t21 acciones']);
  });

  it('a key that closes its element packed one space before a value that opens its own is two cells, a few characters left of the edge', () => {
    // The Open Government plan printed wide and unruled, commitment 3 (test/fixtures/layout/printed/,
    // README there): a table of three rows before a blank line, too few to pair its columns.
    // Expected: report line 937.
    const rows = rec(printed('plan-wide-unruled-commitment-3'));
    expect(rows[0]).toBe('<b>Institución o actor responsable de la implementación</b>\t<b>Servicio Nacional de Contratación Pública</b>');
  });

  it('on a PDF\'s exact grid, a row whose cells start between the columns above, and the rows under it on its columns, are another table', () => {
    // The CNE matrix printed on A4 landscape in serif, spaced (OTHER_VARIANTS), read from its PDF
    // (test/fixtures/layout/printed/, README there): the row «T … 1 … 1» opens a table of other
    // columns at a page's top, its unit column where the table above has its own. Expected: report
    // lines 56 (its first five cells) and 60-63: the excerpt's lines 12-16.
    const lines = readFileSync('test/fixtures/layout/printed/cne-serif-spaced-pdf-units-7-9.joined.txt', 'utf8').split('\n');
    const rows = recoverColumns(lines.join('\n'), { exact: true }).text.split('\n').map((l) => l.split('\t').map((c) => c.trim()));
    expect(rows[11]).toEqual(['', '', '', 'Porcentaje de incidentes en infraestructura tecnológica resueltos', '100,00%']);
    expect(rows[12]).toEqual(['', 'T', '', '1', '1']);
    expect(rows[13]).toEqual(['9', 'Dirección Nacional de Seguridad y Proyectos de Tecnología Informática Electorales', '', 'Porcentaje de ejecución presupuestaria', '95,77%']);
    expect(rows[15]).toEqual(['', '', 'Incrementar la disponibilidad, integridad y', 'Porcentaje de implementación de normativas de seguridad al sistema electoral', 'N/A']);
  });

  it('on a PDF\'s exact grid, a new table\'s first row of one new column, the row under it on that column and more new ones, is another table', () => {
    // The CNE matrix printed on A4 landscape in a narrow font, ruled, cells without padding
    // (OTHER_VARIANTS_2 a4-landscape-narrow-7pt-ruled-shaded-tight), read from its PDF, pages 5-6
    // (test/fixtures/layout/printed/, README there): the row «T … 1» (report line 163) opens the
    // table of units 22 and up, its «1» where the table above has no column, and unit 22's row goes
    // on at that column and at two more of its own. Taken for the table above, unit 22's objective
    // and indicators fell into columns of their own and its goals lost their indicator. Expected:
    // report lines 156 and 164.
    const lines = readFileSync('test/fixtures/layout/printed/cne-narrow-font-tight-pdf-units-21-23.joined.txt', 'utf8').split('\n');
    const rows = recoverColumns(lines.join('\n'), { exact: true }).text.split('\n').map((l) => l.split('\t').map((c) => c.trim()));
    expect(rows[4]).toEqual(['21', 'Dirección Nacional de Asesoría Jurídica', '', 'Porcentaje de presentación de expedientes de cuentas de campaña del periodo a ser reportado ante el Tribual Contencioso Electoral', 'N/A']);
    expect(rows[9]).toEqual([
      '22', 'Dirección Nacional de Relaciones Internacionales, Cooperación y Observación Electoral',
      'Incrementar la confianza, eficiencia e innovación en los servicios electorales MEDIANTE la cooperación y gestión de convenios que permitan el intercambio de buenas prácticas electorales, la participación institucional en eventos y procesos internacionales; y los procesos de observación electoral y veeduría tanto nacional como internacional.',
      'Porcentaje de ejecución presupuestaria', '66,15%',
    ]);
  });

  it('on a PDF\'s exact grid, a row starting two cells where the table under it does is that table\'s, its centred cells in the columns they lie in', () => {
    // The CNE matrix printed on Letter in Times-like 11 pt, each table's first row a centred header
    // (OTHER_VARIANTS_8 letter-portrait-times-11pt-rows-header-right), read from its PDF, pages 11-12
    // (test/fixtures/layout/printed/, README there): report line 185 is a table's first row,
    // printed centred: its unit and objective start where the table's do (their widest lines fill
    // their cells), its indicator and value centred far right of their columns' starts. Read as a
    // table of its own, the row lost its empty first cell, and the unit's goals went to the unit
    // after it. Expected: report lines 185 and 186 (excerpt lines 7 and 8).
    const lines = readFileSync('test/fixtures/layout/printed/cne-times-header-pdf-units-24-27.joined.txt', 'utf8').split('\n');
    const rows = recoverColumns(lines.join('\n'), { exact: true }).text.split('\n').map((l) => l.split('\t').map((c) => c.trim()));
    expect(rows[6]).toEqual([
      '', 'Dirección Nacional Administrativa',
      'Incrementar las capacidades institucionales en el desarrollo de procesos electorales eficientes, transparentes e inclusivos MEDIANTE la emisión e implementación de políticas, directrices, instructivos, metodologías y herramientas para la realización de los procesos electorales.',
      'Porcentaje de ejecución presupuestaria', '95,33%',
    ]);
    expect(rows[7]).toEqual(['25', '', '', '(O.O) Porcentaje de cumplimiento de los procesos de la Dirección Nacional Administrativa', '100,00%']);
  });

  it('a name centred in its merged cell and a name packed after its number start a few characters apart: one column', () => {
    // The CNE matrix printed on A3 landscape, ruled (test/fixtures/layout/printed/, README there).
    // Expected: report lines 38-39 and 53.
    const rows = recCells(printed('cne-a3-landscape-ruled-units-6-8').map((l) => l.replace(/^\f/, '')));
    expect(rows[0]!.slice(0, 4)).toEqual(['', 'Dirección Nacional de Análisis', 'Incrementar la difusión de la gestión institucional del Consejo Nacional Electoral', 'Porcentaje de ejecución presupuestaria']);
    expect(rows[2]!.slice(0, 4)).toEqual(['6', 'Político y Difusión Electoral', 'MEDIANTE la administración de la página web, redes sociales, publicaciones, boletines y ruedas de prensa.', 'Porcentaje de publicaciones realizadas en Facebook']);
    expect(rows.slice(32, 35).map((r) => r.slice(0, 2))).toEqual([['8', 'Dirección Nacional de'], ['', 'Infraestructura Tecnológica y'], ['', 'Comunicaciones Electorales']]);
  });

  it('rows after blank lines at a page\'s foot, laid a few characters left of the next page\'s columns, take those columns', () => {
    // The CNE matrix printed on A3 landscape, ruled (test/fixtures/layout/printed/, README there).
    // Expected: report lines 33-35 and 37 (the four rows before unit 6 leave its first three cells empty).
    const rows = recCells(printed('cne-a3-landscape-ruled-unit-6-section'));
    expect(rows[1]).toEqual(['', 'PROCESOS AGREGADORES DE', '', '', '']);
    expect(rows[3]).toEqual(['', '', '', 'Porcentaje de percepción ciudadana respecto a las', 'N/A']);
    expect(rows[6]).toEqual(['', '', '', 'Porcentaje de incremento de visitas realizadas a la nueva', 'N/A']);
    expect(rows[10]).toEqual(['', '', '', 'Porcentaje de actividades institucionales difundidas a', '100,']);
    expect(rows[11]).toEqual(['', '', '', 'través de boletines de prensa', '00%']);
  });

  it('a key packed one space before its value right above the first row, its key going on below in small letters, is the table\'s first row', () => {
    // The Quito report on Letter portrait, sans 8 pt, tight (OTHER_VARIANTS; README there).
    // Expected: report lines 35 and 36 (a row with an empty key, then the plan objective's key and value).
    const rows = recCells(printed('quito-sans-tight-goal-1-plan-objective'));
    expect(rows[3]).toEqual(['', '<ul style="list-style-type: none"> Se elaboró 6 diagnósticos en barrios con mayor índice de inseguridad mediante']);
    expect(rows[5]).toEqual(['Objetivo del PMDOT 2021 – 2033 al', 'OE6. Asegurar una vida plena y justa, con igualdad de oportunidades; y con acceso a salud, educación, cultura y']);
    expect(rows[6]).toEqual(['que contribuye', 'seguridad.']);
  });

  it('the rest of a figure packed after text on the line above, both a few characters left of the values, is no new table', () => {
    // The CNE matrix on A4 portrait, Arial 11 pt, rows spaced (OTHER_VARIANTS_3; README there),
    // excerpt lines 26-27. Report line 190: the indicator «Porcentaje de cumplimiento de
    // mantenimientos y adecuaciones de las Instalaciones del CNE» and its value «100,00%».
    const rows = recCells(printed('cne-arial-rows-spaced-unit-25-squeezed'));
    const k = rows.findIndex((r) => r.includes('adecuaciones de las Instalaciones del CNE'));
    expect(k).toBe(26);
    // (on the columns of the row above: the indicator's second line in the indicator's column, the rest of the figure in the values')
    expect(rows[k]!.length).toBe(rows[k - 1]!.length);
    expect(rows[k]!.indexOf('adecuaciones de las Instalaciones del CNE')).toBe(rows[k - 1]!.indexOf('Porcentaje de cumplimiento de mantenimientos y 10'));
    expect(rows[k]!.at(-1)).toBe('0,');
  });

  it('one capitalized word past a column that another page starts further left stays in its cell', () => {
    // The CNE matrix on oficio landscape, Times 8 pt, ruled (OTHER_VARIANTS_8; README there),
    // excerpt line 24. Report line 171: unit 23's name «Dirección Nacional de Seguridad y Manejo
    // Integral de Riesgos», its objective cell empty on that row.
    const rows = recCells(printed('cne-oficio-times-unit-23-name'));
    expect(rows[23]!.slice(0, 3)).toEqual(['23', 'Dirección Nacional de Seguridad y Manejo', '']);
  });

  it('one capitalized word past a column is that column\'s when it starts a month\'s name cut by its column', () => {
    // The plan on Letter portrait, sans 9 pt, ruled, justified (OTHER_VARIANTS_6; README there),
    // excerpt line 21. Report line 1083: milestone 6, its start date «Agosto 2020» cut «Ago» / «sto» / «202» / «0».
    const rows = recCells(printed('plan-sans-justified-commitment-5-milestone-6'));
    expect(rows[20]).toEqual(['<b>Hito 6:</b> Sistematización y elaboración del Plan Nacional de Prevención y Erradicación de la', 'Ago', 'Julio']);
  });

  it('rows padded apart whose first ones leave the number column empty take it once a row below fills it', () => {
    // The CNE matrix printed on A4 portrait with padded cells (test/fixtures/layout/printed/,
    // README there): unit 1's first row has no number (it is centred on its second row). Expected:
    // report lines 7-8 and 10: the name in the unit's column, the number in the first.
    const rows = recCells(printed('cne-serif-padded-units-1-2'));
    expect(rows[10]!.slice(0, 2)).toEqual(['', 'Coordinación']);
    expect(rows[16]!.slice(0, 1)).toEqual(['1']);
    expect(rows[16]!.at(-1)).toBe('N/A');
    expect(rows[23]!.slice(0, 2)).toEqual(['2', 'Cooridnación']);
  });

  it('a figure packed one space after text, its percent sign set apart, a few characters left of its column, is that column\'s', () => {
    // The Ministerio del Interior's recommendations printed wide and unruled (test/fixtures/layout/printed/,
    // README there): «… del Ministerio de Gobierno 75,00 %», the figure three characters left of
    // its header's column. Expected: report lines 204-205.
    const rows = recCells(printed('ministerio-wide-unruled-recommendations'));
    for (const [k, number] of [[1, 'DNAI-0074-2023'], [2, 'DNAI-0076-2023']] as const) {
      expect(rows[k]!.slice(1, 4)).toEqual([number, 'Información no disponible debido a que el Ministerio del Interior aún se encuentra en proceso de escisión del Ministerio de Gobierno', '75,00 %']);
    }
    // a figure without its decimals («5 %», as a piece of «164,85 %» cut by its column) stays in its text
    expect(rec([
      ' Indicador   Avance                  Estado',
      ' Uno         pagado en el mes 5 %    Bien',
      ' Dos         pagado                  Mal',
      ' Tres        en curso                Bien',
    ])[1]).toBe('Uno\tpagado en el mes 5 %\tBien');
  });

  it('a page\'s first rows of text and a value, on a grid of their own, end the table above in its last two columns', () => {
    // The CNE matrix printed wide and unruled, its last page (test/fixtures/layout/printed/, README
    // there): unit 29's last two indicators and their «N/A» at characters 207 and 283, the rows
    // above at 378 and 494, then the page's footer. Expected: report lines 216-217.
    const rows = recCells(printed('cne-wide-unruled-unit-29-page-end')).map((r) => r.map((c) => c.replace(/^\f/, '')));
    expect(rows[9]).toEqual(['', '', '', 'Porcentaje de documentos aprobados en el Sistema de Gestión de la Calidad', 'N/A']);
    expect(rows[10]).toEqual(['', '', '', 'Porcentaje de asistencia técnica', 'N/A']);
    const table = [
      '  1  Porcentaje de ejecución presupuestaria          94,51%',
      '     Porcentaje de cumplimiento del PAC              N/A',
      '     Porcentaje de personal capacitado               100,00%',
    ];
    const pad = ' '.repeat(20);
    expect(rec([...table, `\f${pad}Porcentaje de asistencia técnica   N/A`, 'FECHA ACTUALIZACIÓN:    30/11/2023']).slice(3))
      .toEqual(['\f\tPorcentaje de asistencia técnica\tN/A', 'FECHA ACTUALIZACIÓN:\t30/11/2023']);
    // a line right under them starting where their text starts: the text goes on there, the new page's own rows
    // (a line with a whole value where theirs start: joinWrappedText's page-break test, «28» / «Porcentaje de» / «N/A»)
    expect(rec([...table, `\f${pad}Porcentaje de   N/A`, `${pad}asistencia técnica`, 'FECHA ACTUALIZACIÓN:    30/11/2023']).slice(3, 5))
      .toEqual(['\fPorcentaje de\tN/A', `${pad}asistencia técnica`]);
  });

  it('a cell starting a few characters left of a column, past where the column before reaches, and running into it, is that column\'s', () => {
    // The CNE matrix printed wide and unruled, unit 11 (test/fixtures/layout/printed/, README there):
    // an indicator at character 452, the other rows' at 458, the objectives before them ending by
    // 361 (excerpt line 16). Expected: report line 75.
    const rows = recCells(printed('cne-wide-unruled-unit-11'));
    expect(rows[15]).toEqual(['', '', '', 'Porcentaje de elaboración de informes para la entrega de los recursos públicos a las organizaciones políticas', 'N/A']);
  });

  it('a value packed after the text of the column before, in a row that leaves a column of values empty, is that column\'s however far left', () => {
    // The Ministerio del Interior's goals printed wide and unruled, at a page's top
    // (test/fixtures/layout/printed/, README there): goal 3.3's indicator packs its planned figure
    // one space after it, twelve characters left of the column whose cells are «10,00» and «3,00»
    // in the rows below. Expected: report line 141.
    const rows = recCells(printed('ministerio-wide-unruled-goals-3-4'));
    expect(rows[0]!.slice(1)).toEqual(['3', 'SISTEMA INTEGRAL DE SEGURIDAD, FRENTE A LOS RIESGOS Y AMENAZAS',
      '3.3. CANTIDAD DE INFRAESTRUCTURA POLICIAL ADECUADA EN SITIOS ESTRATÉGICOS', '30,00', '0,00', '0,00 %',
      'PROYECTO "DESCONCENTRACIÓN DE LOS SERVICIOS DE SEGURIDAD EN DISTRITOS Y CIRCUITOS"']);
    expect(rows[2]![4]).toBe('10,00');
  });

  it('a start date packed after a long text, its end date in the column after, is the start-date column\'s cell', () => {
    // The Open Government plan printed wide and unruled, commitment 4's milestones
    // (test/fixtures/layout/printed/, README there): milestone 2's text runs so far that pdftotext
    // packs «Septiembre 2020» one space after it, 28 characters left of the column of «Enero 2021»
    // on the row below; «Junio 2022» is in its own column. The contact table under it fills the
    // start-date column with names, so that column is no column of values. Expected: report line 986.
    const rows = recCells(printed('plan-wide-unruled-commitment-4-milestones'));
    expect(rows[0]!.slice(1)).toEqual(['Septiembre 2020', 'Junio 2022']);
    expect(rows[0]![0]).toMatch(/hoja de ruta\) que se determinen\.<\/p>$/u);
    expect(rows[1]!.slice(1)).toEqual(['Enero 2021', 'Junio 2022']);
  });

  it('a cell packed one space after the text of the column before, starting exactly at its column\'s edge, is that column\'s', () => {
    // The CNE matrix on Letter portrait, sans 8 pt, tight (OTHER_VARIANTS layout text lines 13-26):
    // unit 3's second line packs «gestión tecnológica …» one space after «Proyectos», at character
    // 38, where «Incrementar» starts on the lines around it. Report line 12: unit «Coordinación
    // Nacional de Seguridad Informática y Proyectos Tecnológicos Electorales», objective
    // «Incrementar la eficiencia y eficacia de la gestión tecnológica del Consejo Nacional Electoral.»
    const tight = rec(SANS_TIGHT_UNITS_1_3);
    expect(tight[12]!.split('\t').slice(1, 3)).toEqual(['Seguridad Informática y Proyectos', 'gestión tecnológica del Consejo Nacional']);
    expect(tight[13]!.split('\t').slice(1, 3)).toEqual(['Tecnológicos Electorales', 'Electoral.']);
  });

  it('a value opening its element one space after a key whose same element is still open is the value column\'s', () => {
    // The Open Government plan on A4 portrait, narrow columns, 9 pt, zebra rows (OTHER_VARIANTS_2;
    // test/fixtures/layout/printed/, README there): commitment 3's key «<b>Institución o actor
    // responsable de la implementación</b>» wraps down a narrow column, and pdftotext packs its value
    // one space after the key's first piece: «<b>Institu <b>Servicio Nacional de Contratación
    // Pública</b>» (excerpt line 3), the value nine characters left of the value column. Report
    // line 937: that key, and the value «<b>Servicio Nacional de Contratación Pública</b>».
    const rows = recCells(printed('plan-narrow-zebra-commitment-3'));
    expect(rows[2]).toEqual(['<b>Institu', '<b>Servicio Nacional de Contratación Pública</b>']);
  });

  it('a column of values and pieces of values («N/A», «,00», «%») right beside a column of figures, no row filling both, is that column', () => {
    // The CNE matrix on A4 portrait, DejaVu 8 pt, figures right-aligned (OTHER_VARIANTS;
    // test/fixtures/layout/printed/, README there), unit 21: «100,00%» and «25,42%» end at 133,
    // «N/A» starts at 115, left of where any percentage starts, and no row holds both. Report lines
    // 154-158: 100,00%, 25,42%, N/A, N/A, 100,00%, one column.
    const rows = recCells(printed('cne-dejavu-right-unit-21'));
    expect([rows[1], rows[8], rows[11], rows[19], rows[22]].map((r) => r!.length)).toEqual([5, 5, 5, 5, 5]);
    expect([rows[1], rows[8], rows[11], rows[19], rows[22]].map((r) => r![4])).toEqual(['100,00%', '25,42%', 'N/A', 'N/A', '100,00%']);
  });

  it('a key packed one space before its value one or two characters left of the value column is two cells when the value opens with a capital', () => {
    // The Quito management report on Letter portrait, sans 8 pt, tight (OTHER_VARIANTS;
    // test/fixtures/layout/printed/, README there): «Meta del PMDOT 2021 – 2033 al que Lograr que 96
    // barrios …» (excerpt line 3), «Lograr» at 34, where the values start at 36 on the lines around.
    // Report line 37: key «Meta del PMDOT 2021 – 2033 al que contribuye», value «Lograr que 96 barrios …».
    const rows = recCells(printed('quito-sans-tight-pmdot'));
    expect(rows[2]![0]).toBe('Meta del PMDOT 2021 – 2033 al que');
    expect(rows[2]![1]).toMatch(/^Lograr que 96 barrios del DMQ/u);
  });

  it('in a column a few characters wide, a last word one or two characters short of the next column is that column\'s', () => {
    // The Ministerio's goals on A3 landscape, ruled, 10 pt (OTHER_VARIANTS; test/fixtures/layout/printed/,
    // README there): «NO. DESCRIPCIÓN» (excerpt line 6), «NO.» in the goal-number column, six characters
    // wide from 41, «DESCRIPCIÓN» at 45, where the goals' descriptions start at 47 on the rows below.
    // Report line 122: «NO. DE META», «DESCRIPCIÓN», «TOTALES PLANIFICADOS», «TOTALES CUMPLIDOS».
    const rows = recCells(printed('ministerio-a3-goals-header'));
    expect(rows[5]!.slice(1, 3)).toEqual(['NO.', 'DESCRIPCIÓN']);
    const joined = parserText(printed('ministerio-a3-goals-header').join('\n')).text.split('\n').map((l) => l.split('\t'));
    expect(joined).toContainEqual(['', 'NO. DE META', 'DESCRIPCIÓN', '', 'TOTALES PLANIFICADOS', 'TOTALES CUMPLIDOS', '', '']);
  });

  it('a word packed one character left of the next column\'s edge cuts there when the text before it fills its column', () => {
    // The same excerpt, unit 7 (excerpt lines 33-36, README there): «Desarrollo de Productos
    // internacional por …», «internacional» at 26, where the objectives start at 27; «Desarrollo de
    // Productos», 23 characters from 2, as wide as the column's widest line that fits it. Report line
    // 45: unit «Dirección Nacional de Desarrollo de Productos y Servicios Informativos Electorales»,
    // objective «Incrementar la difusión … en el ámbito nacional e internacional por el Consejo …».
    const rows = recCells(printed('cne-sans-tight-unit-6'));
    expect(rows[33]!.slice(1, 3)).toEqual(['Desarrollo de Productos', 'internacional por el Consejo Nacional Electoral MEDIANTE la elaboración']);
  });

  it('the first piece of a figure cut by its column, packed one space after text, is the column\'s when its rest is on the line below', () => {
    // The CNE matrix on Letter portrait, sans 8 pt, tight, unit 6 (test/fixtures/layout/printed/,
    // README there): «… presupuestaria 94,» with «51» and «%» under it in the values' column, the
    // «94,» three characters left of that column's edge (excerpt lines 13-15); «… realizadas 100»
    // with «,00» and «%» under it (lines 16-18). Report lines 38-39: «Porcentaje de ejecución
    // presupuestaria» 94,51%; «Porcentaje de publicaciones realizadas en Facebook» 100,00%.
    const rows = recCells(printed('cne-sans-tight-unit-6'));
    expect(rows[12]!.slice(3)).toEqual(['Porcentaje de ejecución presupuestaria', '94,']);
    expect(rows[13]![4]).toBe('51');
    expect(rows[15]!.slice(3)).toEqual(['Porcentaje de publicaciones realizadas', '100']);
    // and joined with the lines under them, the whole figures
    const joined = parserText(printed('cne-sans-tight-unit-6').join('\n')).text.split('\n').map((l) => l.split('\t'));
    expect(joined.find((r) => r[3] === 'Porcentaje de ejecución presupuestaria')?.[4]).toBe('94,51%');
    expect(joined.find((r) => r[3] === 'Porcentaje de publicaciones realizadas en Facebook')?.[4]).toBe('100,00%');
  });

  it('a page\'s last rows laid a few characters off the grid of the table they end take its columns', () => {
    // The CNE matrix on A5 portrait, 6 pt, narrow (OTHER_VARIANTS), layout text lines 420-480
    // (test/fixtures/layout/printed/, README there): after blank lines, «T … 1 … 1» and unit 9's
    // first row end page 6 («Porcentaje de» at 57, «95,77%» at 74; the objective's cell empty), and
    // page 7 goes on with the indicators at 50 and their values at 73. Alone, those rows made four
    // columns, the indicator read as the objective. Expected: report line 61, «9 | Dirección Nacional
    // de Seguridad … | | Porcentaje de ejecución presupuestaria | 95,77%».
    const rows = recCells(printed('cne-a5-narrow-unit-9-page-foot'));
    expect(rows[13]).toEqual(['9', 'Dirección Nacional', '', 'Porcentaje de', '95,77%']);
    expect(rows[15]).toEqual(['', 'Proyectos de', '', 'presupuestaria', '']);
    expect(rows[19]).toEqual(['\f', '', '', 'Porcentaje de', 'N/A']);
  });

  it('a «N/A» packed one space after a line wider than any other of its column is the column of values\' cell', () => {
    // The CNE matrix on Letter portrait, condensed 8 pt, shaded (OTHER_VARIANTS_2), layout text
    // lines 220-242 (test/fixtures/layout/printed/, README there): line 232 packs «N/A» one space
    // after «… así como el», ending at 141, before the values' column (142), but its text (141
    // characters) is wider than any other line of its column. Expected: report line 93, the «N/A»
    // in a cell of its own.
    const rows = recCells(printed('cne-condensed-shaded-unit-13'));
    expect(rows[12]).toEqual(['electoral MEDIANTE la emisión de propuestas de reformas al Reglamento de Promoción Electoral su difusión y canacitación: así como el', 'N/A']);
  });

  it('in a line pdftotext squeezed, a value packed a few characters left of its column, and three cells packed one space apart', () => {
    // «N/A» packed one space after a squeezed line, two characters left of its column's edge: the
    // CNE matrix on Letter portrait, sans 8 pt, tight (OTHER_VARIANTS layout text lines 13-24);
    // report line 11: «Porcentaje de sistemas informáticos desarrollados y actualizados», N/A
    const tight = rec(SANS_TIGHT_UNITS_1_3.slice(0, 12));
    expect(tight[9]!.split('\t').slice(3)).toEqual(['Porcentaje de sistemas informáticos desarrollados y', 'N/A']);
    // three cells packed one space apart, «2   Cooridnación Nacional de Gestión Incrementar la calidad
    // … y índice de Gestión …» (line 19; report line 9: unit «Cooridnación Nacional de Gestión
    // Estratégica y Planificación», objective «Incrementar la calidad de la gestión pública …»): the
    // unit's name is cut off even though the rest runs on past the objective's column, which the
    // row leaves empty; the indicator «índice …» opens no other cell, but it starts at 84, one
    // character left of the indicators' column (85), as «Incrementar» starts at 37, one left of
    // the objectives' (38): the line's own grid, so it is cut there too (report line 9: indicator
    // «índice de Gestión Estratégica Institucional»)
    expect(tight[6]!.split('\t').slice(0, 4)).toEqual(['2', 'Cooridnación Nacional de Gestión',
      'Incrementar la calidad de la gestión pública y', 'índice de Gestión Estratégica Institucional']);
  });

  it('a line in the first column inside a table stays as it is (it may be prose)', () => {
    expect(rec([
      'COBERTURA   NO. DE UNIDADES',
      'NACIONAL    1',
      'Nota al pie de la tabla',
    ])).toEqual(['COBERTURA\tNO. DE UNIDADES', 'NACIONAL\t1', 'Nota al pie de la tabla']);
  });

  it('a table continued after the blank lines of a page break keeps its columns, leading empty ones included', () => {
    expect(rec([
      'No.   Unidad        Indicador                 Meta',
      '1     Dirección     Porcentaje de ejecución   70,36%',
      '',
      '',
      '                    Porcentaje del PAC        N/A',
      '                    Índice de gestión         94,00%',
      'PERIODO 2023',
      '',
      '                    Otra tabla                N/A',
      '                    después de un texto       N/A',
    ])).toEqual([
      'No.\tUnidad\tIndicador\tMeta',
      '1\tDirección\tPorcentaje de ejecución\t70,36%',
      '',
      '',
      '\t\tPorcentaje del PAC\tN/A',
      '\t\tÍndice de gestión\t94,00%',
      'PERIODO 2023',
      '',
      // a line of text between: not a continuation, its own columns
      'Otra tabla\tN/A',
      'después de un texto\tN/A',
    ]);
  });

  it('a table going on at a page\'s top on a grid a few characters off keeps the columns of the part above', () => {
    // Cut from the CNE matrix printed on A4 portrait without rules: the indicator and value columns
    // of the new page (after the form feed) start 3 characters right of the page above's.
    const pad = (n: number) => ' '.repeat(n);
    const input = [
      '1   Dirección       Incrementar la          Porcentaje de        N/A',
      '    Nacional de     calidad de los          asistencias',
      '    Estadística     servicios.              técnicas',
      '                                            Número de informes   N/A',
      '                                            presentados',
      `\f${pad(47)}Porcentaje de        N/A`,
      `${pad(47)}atenciones al`,
      // the unit columns, by the margin, stay where they were on the page above
      `2   Secretaría${pad(33)}Porcentaje de        100,00%`,
    ];
    expect(rec(input)).toEqual([
      '1\tDirección\tIncrementar la\tPorcentaje de\tN/A',
      '\tNacional de\tcalidad de los\tasistencias\t',
      '\tEstadística\tservicios.\ttécnicas\t',
      '\t\t\tNúmero de informes\tN/A',
      '\t\t\tpresentados\t',
      '\f\t\t\tPorcentaje de\tN/A',
      '\t\t\tatenciones al\t',
      '2\tSecretaría\t\tPorcentaje de\t100,00%',
    ]);
    // a part cut short by the page's end (a section's title and a row) takes the columns of the
    // part that goes on from it on the next page, back on its own grid (the CNE matrix on A4 landscape)
    expect(rec([
      '     PROCESOS AGREGADORES DE',
      '                                  Porcentaje de percepción  N/A',
      `\f${pad(32)}Porcentaje de incremento${pad(2)}N/A`,
      '    Dirección     Incrementar   Porcentaje de ejecución   94,51%',
      '6   Político      MEDIANTE la   Porcentaje de Facebook    100,00%',
    ])).toEqual([
      '\tPROCESOS AGREGADORES DE\t\t\t',
      '\t\t\tPorcentaje de percepción\tN/A',
      '\f\t\t\tPorcentaje de incremento\tN/A',
      '\tDirección\tIncrementar\tPorcentaje de ejecución\t94,51%',
      '6\tPolítico\tMEDIANTE la\tPorcentaje de Facebook\t100,00%',
    ]);
    // the same rows shifted by other amounts per column are another table, with columns of its own
    const other = [...input.slice(0, 5), `\f${pad(30)}Porcentaje de${pad(20)}N/A`, `${pad(30)}atenciones al`];
    expect(rec(other).slice(5)).toEqual(['\fPorcentaje de\tN/A', `${pad(30)}atenciones al`]);
  });

  it('a table going on at a page\'s top on a grid each of whose columns is off by its own amount keeps the columns of the part above', () => {
    // The CNE matrix printed on A4 portrait with padded cells (test/fixtures/layout/printed/, README
    // there): the page breaking inside unit 4 (excerpt line 34, a form feed) lays the indicators 6
    // characters left of the page above's and the values 3. Expected: report line 17, «Porcentaje de
    // participación de la ciudadanía a nivel nacional. ( E )» / «N/A», in the indicator and value columns.
    const rows = recCells(printed('cne-serif-padded-units-3-5-page-grid'));
    expect(rows[29]).toEqual(['', '', '', 'Porcentaje de ejecución de', 'N/A']);
    expect(rows[33]).toEqual(['\f', '', '', 'Porcentaje de participación de', 'N/A']);
    expect(rows[34]).toEqual(['', '', '', 'la ciudadanía a nivel nacional. (', '']);
    // the rows after it, padded apart, go on in those columns; unit 5 opens on the page's own grid
    expect(rows[37]).toEqual(['', '', '', 'Porcentaje de participación de', 'N/A']);
    expect(rows[59]!.slice(0, 2)).toEqual(['5', 'Coordinación']);
    // a page laid wider (report lines 51-52: objectives, indicators and values 4, 7 and 10
    // characters right of the page above's), and the parts after it kept on its columns when a later
    // part gives the table a leading column (excerpt line 72, unit 9)
    const wider = recCells(printed('cne-serif-padded-units-7-9-page-grid'));
    expect(wider[37]).toEqual(['\f', '', 'Incrementar la eficiencia en los servicios', 'Porcentaje de', '97']);
    expect(wider[38]).toEqual(['', '', 'informáticos MEDIANTE la instalación y', 'disponibilidad de los', ',0']);
    expect(wider[44]).toEqual(['', '', '', 'Porcentaje de ejecución', '97']);
    expect(wider[49]!.slice(0, 2)).toEqual(['8', 'Dirección']);
    // a row whose cells open with words the columns above never open with is another table
    const pad = (n: number) => ' '.repeat(n);
    const other = printed('cne-serif-padded-units-3-5-page-grid').slice(0, 34);
    other[33] = `\f${pad(56)}Número de informes${pad(20)}N/A`;
    expect(recCells(other)[33]).toEqual(['\fNúmero de informes', 'N/A']);
  });

  it('a table going on over a page laid on a grid unlike the page above\'s keeps each page\'s columns', () => {
    // Cut from the CNE matrix on A4 portrait with equal narrow columns: page 5 has the unit column at
    // 30, page 6 at 5 (its first row, with cells only where page 5's indicator and value columns
    // were, keeps it one table); together they made eight columns where the table has five.
    expect(rec([
      '15                            Dirección Nacional de            Incrementar la calidad de      Porcentaje de                   N/A',
      '                              Estadística                      la información estadística     actualizaciones del sistema',
      '                                                               institucional y electoral      estadístico electoral',
      '                                                                                              Porcentaje de                   100,00%',
      '                                                                                              requerimientos atendidos',
      '                                                                                              Porcentaje de satisfacción      N/A',
      '\f17                                                            Porcentaje (número) de        N/A',
      '                                                              organizaciones políticas',
      '                                                              (O.O)Porcentaje de            N/A',
      '                                                              cumplimiento de los',
      '                                Incrementar la calidad de     Índice de actualización del   N/A',
      '                                la información                Registro Electoral',
      '     Dirección Nacional de                                    Porcentaje de actualización   N/A',
      '     Registro Electoral                                       del catastro de recintos',
    ]).slice(5)).toEqual([
      '\t\t\tPorcentaje de satisfacción\tN/A',
      '\f17\t\t\tPorcentaje (número) de\tN/A',
      '\t\t\torganizaciones políticas\t',
      '\t\t\t(O.O)Porcentaje de\tN/A',
      '\t\t\tcumplimiento de los\t',
      '\t\tIncrementar la calidad de\tÍndice de actualización del\tN/A',
      '\t\tla información\tRegistro Electoral\t',
      '\tDirección Nacional de\t\tPorcentaje de actualización\tN/A',
      '\tRegistro Electoral\t\tdel catastro de recintos\t',
    ]);
  });

  it('a table going on over a page on another grid, about as many columns on each side, keeps each page\'s columns', () => {
    // The Ministerio del Interior's budget lines printed on A4 landscape in a serif font with spaced
    // lines (layout text lines 554-591): page 14 has the planned and executed amounts at 45 and 61,
    // page 15 (after the form feed) at 35 and 54. Each page shows 6 columns, both together 7: an
    // empty column came between the amounts above the break and after them below it. Expected
    // cells: lines 151 and 156 of data/reports/2023-ministerio-del-interior-rendicion-de-cuentas.txt
    // (each amount cut by its column, joined later by wrapped-text.ts).
    const out = rec([
      'TIPO               DESCRIPCIÓN               PRESUPUEST      PRESUPUES      %               LINK AL MEDIO DE VERIFICACIÓN PUBLICADO EN LA PÁG. WEB DE LA', // 1
      '                                             O               TO             CUMPLIMIENT     INSTITUCIÓN', // 2
      '                                             PLANIFICAD      EJECUTADO      O DE LA', // 3
      '                                             O                              GESTIÓN', // 4
      'PROGRAMA           Egresos en personal       \\$14.586.155,   \\$14.586.155   100,00 %        http://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/cxyZbpd', // 5
      'Y/O                                          85              ,85                            0lSn8wQP', // 6
      'PROYECTO                                                                                    https://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/Gsie8EI', // 7
      '                                                                                            F13deZHK', // 8
      'PROGRAMA           Bienes y servicios        \\$7.496.825,8   \\$5.183.550,   69,14 %         http://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/cxyZbpd', // 9
      'Y/O                de consumo                5               70                             0lSn8wQP', // 10
      'PROYECTO                                                                                    https://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/Gsie8EI', // 11
      '                                                                                            F13deZHK', // 12
      'PROGRAMA           Otros egresos             \\$1.037.983,9   \\$264.144,00   25,45 %         http://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/cxyZbpd', // 13
      'Y/O                corrientes                8                                              0lSn8wQP', // 14
      'PROYECTO                                                                                    https://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/Gsie8EI', // 15
      '                                                                                            F13deZHK', // 16
      'PROGRAMA           Egresos en personal       \\$234.501,52    \\$196.648,23   83,86 %         http://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/cxyZbpd', // 17
      'Y/O                para inversión                                                           0lSn8wQP', // 18
      'PROYECTO                                                                                    https://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/Gsie8EI', // 19
      '                                                                                            F13deZHK', // 20
      '\fPROGRAMA      Bienes y servicios   \\$32.029.586,      \\$3.035.281,    9,48 %               http://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/cxyZbpd', // 21
      'Y/O           para inversión       58                 00                                   0lSn8wQP', // 22
      'PROYECTO                                                                                   https://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/Gsie8EI', // 23
      '                                                                                           F13deZHK', // 24
      'PROGRAMA      Otros egresos de     \\$312.915,17       \\$0,00          0,00 %               http://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/cxyZbpd', // 25
      'Y/O           inversión                                                                    0lSn8wQP', // 26
      'PROYECTO                                                                                   https://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/Gsie8EI', // 27
      '                                                                                           F13deZHK', // 28
      'PROGRAMA      Egresos de capital   \\$22.821.556,      \\$8.443.778,    37,00 %              http://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/cxyZbpd', // 29
      'Y/O                                73                 70                                   0lSn8wQP', // 30
      'PROYECTO                                                                                   https://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/Gsie8EI', // 31
      '                                                                                           F13deZHK', // 32
      'PROGRAMA      Otros Pasivos        \\$17.990,55        \\$17.990,55     100,00 %             http://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/cxyZbpd', // 33
      'Y/O                                                                                        0lSn8wQP', // 34
      'PROYECTO                                                                                   https://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/Gsie8EI', // 35
      '                                                                                           F13deZHK', // 36
      'Total         TOTAL %              \\$78.537.516,      \\$31.727.549    40,40 %', // 37
      '              CUMPLIMIENTO         23                 ,03', // 38
    ]);
    expect(out[4]!.split('\t').slice(0, 5)).toEqual(['PROGRAMA', 'Egresos en personal', '\\$14.586.155,', '\\$14.586.155', '100,00 %']);
    expect(out[20]!.split('\t').slice(0, 5)).toEqual(['\fPROGRAMA', 'Bienes y servicios', '\\$32.029.586,', '\\$3.035.281,', '9,48 %']);
    expect(out[28]!.split('\t').slice(0, 5)).toEqual(['PROGRAMA', 'Egresos de capital', '\\$22.821.556,', '\\$8.443.778,', '37,00 %']);
  });

  it('a table\'s head of a few rows on the page before, on its own grid, keeps its columns apart from the body\'s', () => {
    // The Ministerio del Interior's goals printed on A4 portrait with narrow equal columns (layout
    // text lines 556-600): the table's first header (4 lines, 3 of them with two cells or more) ends
    // page 13 on a grid of its own; page 14 goes on with the goals, 8 columns. Together they made 11,
    // and every goal row an empty column too many before its planned total. Expected: lines 123
    // and 124 of data/reports/2023-ministerio-del-interior-rendicion-de-cuentas.txt (their cells
    // cut by the columns, joined later by wrapped-text.ts).
    const out = rec([
      ' OBJETIVOS            META POA                             INDICADOR DE         RESULTADOS                          %                   DESCRIPCIÓN', // 1
      ' ESTRATEGICOS/                                             LA META                                                  CUMPLIMIENTO        DE LA GESTIÓN', // 2
      ' COMPETENCIAS                                                                                                       DE LA GESTION       POR META', // 3
      ' EXCLUSIVAS', // 4
      '\f                   NO. DE META   DESCRIPCIÓN                     TOTALES        TOTALES', // 5
      '                                                                 PLANIFICADOS   CUMPLIDOS', // 6
      'Mejorar la         NO. DE META   DESCRIPCIÓN                     TOTALES        TOTALES', // 7
      'eficiencia en la                                                 PLANIFICADOS   CUMPLIDOS', // 8
      'gestión de', // 9
      'prevención,', // 10
      'protección y', // 11
      'respuesta', // 12
      'integral a la', // 13
      'violencia,', // 14
      'cometimiento', // 15
      'de delitos,', // 16
      'crimen', // 17
      'organizado y la', // 18
      'delincuencia.', // 19
      '                   3             PREVENCIÓN,     1.1. NÚMERO     2,00           2,00        100,00 %   MANUAL DEL', // 20
      '                                 PROTECCIÓN Y    DE                                                    PROCESO DE', // 21
      '                                 RESPUESTA       ESTRATÉGIAS                                           ACTUACIÓN', // 22
      '                                 INTEGRAL A LA   DE                                                    INTERINSTITUCI', // 23
      '                                 VIOLENCIA,      PREVENCIÓN                                            ONAL FRENTE A', // 24
      '                                 COMETIMIENTO    FRENTE A LAS                                          ALERTAS DE', // 25
      '                                 DE DELITOS,     ALTERACIONES                                          CONFLICTOS', // 26
      '                                 CRIMEN          Y CONFLICTOS                                          SOCIALES Y', // 27
      '                                 ORGANIZADO Y    SOCIALES                                              ALTERACIÓN', // 28
      '                                 LA                                                                    DEL ORDEN', // 29
      '                                 DELINCUENCIA.                                                         PÚBLICO', // 30
      '                                                                                                       APROBADO, A', // 31
      '                                                                                                       NIVEL', // 32
      '                                                                                                       INSTITUCIONAL,', // 33
      '                                                                                                       ASÍ COMO', // 34
      '                                                                                                       TAMBIÉN EN', // 35
      '                                                                                                       POLICÍA', // 36
      '                                                                                                       NACIONAL', // 37
      'Mejorar la         NO. DE META   DESCRIPCIÓN                     TOTALES        TOTALES', // 38
      'eficiencia en la                                                 PLANIFICADOS   CUMPLIDOS', // 39
      'gestión de', // 40
      'prevención,', // 41
      'protección y', // 42
      'respuesta', // 43
      'integral a la', // 44
      'violencia,', // 45
    ]);
    expect(out[6]!.split('\t').slice(0, 6)).toEqual(['Mejorar la', 'NO. DE META', 'DESCRIPCIÓN', '', 'TOTALES', 'TOTALES']);
    expect(out[19]!.split('\t')).toEqual(['', '3', 'PREVENCIÓN,', '1.1. NÚMERO', '2,00', '2,00', '100,00 %', 'MANUAL DEL']);
  });

  it('a row laid on a grid of its own, its figures a column left of the others\', goes back to their columns', () => {
    // The Ministerio del Interior's procurement printed wide without rules (layout text lines
    // 181-189): the CATÁLOGO row's finalized count and amount start at 91 and 116, the other rows'
    // at 93 and 127, so the count made a column of its own and the amount fell under the others'
    // counts. Expected: lines 170-176 of data/reports/2023-ministerio-del-interior-rendicion-de-cuentas.txt
    // (Número Total Finalizados 1, Valor Total Finalizados \$14.794,25 on the CATÁLOGO row).
    const out = recCells([
      ' TIPO DE CONTRATACIÓN          ESTADO ACTUAL                                                                                                           LINK AL MEDIO DE VERIFICACIÓN PUBLICADO EN LA PÁG. WEB DE LA INSTITUCIÓN', // 1
      '                               Número Total Adjudicados            Valor Total Adjudicados Número Total Finalizados Valor Total Finalizados', // 2
      ' CATÁLOGO ELECTRÓNICO          7                                   \\$15.666.193,21         1                        \\$14.794,25                        http://www.ministeriodelinterior.gob.ec/transparencia/', // 3
      ' CONSULTORÍA                   1                                   \\$22.321,43               0                                 \\$0,00                  http://www.ministeriodelinterior.gob.ec/transparencia/', // 4
      ' COTIZACIÓN                    4                                   \\$573.425,14              0                                 \\$0,00                  http://www.ministeriodelinterior.gob.ec/transparencia/', // 5
      ' ÍNFIMA CUANTÍA                19                                  \\$71.057,41               1                                 \\$48.360,57             http://www.ministeriodelinterior.gob.ec/transparencia/', // 6
      ' LICITACIÓN                    1                                   \\$157.246,22              1                                 \\$157.246,22            http://www.ministeriodelinterior.gob.ec/transparencia/', // 7
      ' OTRAS                         2                                   \\$30,31                   0                                 \\$0,00                  http://www.ministeriodelinterior.gob.ec/transparencia/', // 8
      ' PRODUCCIÓN NACIONAL           3                                   \\$0,00                    3                                 \\$0,00                  http://www.ministeriodelinterior.gob.ec/transparencia/', // 9
    ]);
    expect(out.slice(2).map((r) => r.slice(1, 5))).toEqual([
      ['7', '\\$15.666.193,21', '1', '\\$14.794,25'],
      ['1', '\\$22.321,43', '0', '\\$0,00'],
      ['4', '\\$573.425,14', '0', '\\$0,00'],
      ['19', '\\$71.057,41', '1', '\\$48.360,57'],
      ['1', '\\$157.246,22', '1', '\\$157.246,22'],
      ['2', '\\$30,31', '0', '\\$0,00'],
      ['3', '\\$0,00', '3', '\\$0,00'],
    ]);
    expect(out.every((r) => r.length === 6)).toBe(true);
  });

  it('counts right-aligned under a header that starts their column left are that header\'s column', () => {
    // The IESS form's procurement printed on A4 in DejaVu with figures right-aligned in their cells
    // (layout text lines 166-178): «Número Total» / «Adjudicados» starts its column at 23, its counts
    // end at its right edge («325» at 36, «7» at 38), before the amounts' column at 43. Expected:
    // lines 88-91 of data/reports/2023-iess-unidad-rendicion-de-cuentas-fragmento.txt (the amounts are
    // cut by their column, joined later by wrapped-text.ts).
    const out = recCells([
      'TIPO DE                ESTADO                                                              LINK AL MEDIO DE VERIFICACIÓN', // 1
      'CONTRATACIÓN           ACTUAL                                                              PUBLICADO EN LA PAG. WEB DE LA', // 2
      '                                                                                           INSTITUCIÓN', // 3
      '                       Número Total        Valor Total   Número Total      Valor Total', // 4
      '                       Adjudicados         Adjudicados   Finalizados       Finalizados', // 5
      'COMPRA POR                          325    \\$1.149.741             325     \\$1.149.74      https://www.iess.gob.ec/documents/10162/f', // 6
      'CATALOGO                                   ,23                             1,23            c8ca90a-cddf-4f4f-a9d4-e53ea174b17d', // 7
      'INFIMA CUANTÍA                      230    \\$603.101,4             230     \\$603.101,      https://www.iess.gob.ec/documents/10162/f', // 8
      '                                           2                               42              c8ca90a-cddf-4f4f-a9d4-e53ea174b17d', // 9
      'RÉGIMEN ESPECIAL                      7    \\$557.484,3                 7   \\$557.484,      https://www.iess.gob.ec/documents/10162/f', // 10
      '(Todos los procesos)                       0                               30              c8ca90a-cddf-4f4f-a9d4-e53ea174b17d', // 11
      'SUBASTA INVERSA                      52    \\$3.497.680              52     \\$3.497.68      https://www.iess.gob.ec/documents/10162/f', // 12
      'ELECTRÓNICA                                ,50                             0,50            c8ca90a-cddf-4f4f-a9d4-e53ea174b17d', // 13
    ]);
    expect(out[3]!.slice(0, 5)).toEqual(['', 'Número Total', 'Valor Total', 'Número Total', 'Valor Total']);
    expect([5, 7, 9, 11].map((i) => [out[i]![0], out[i]![1], out[i]![3]])).toEqual([
      ['COMPRA POR', '325', '325'], ['INFIMA CUANTÍA', '230', '230'], ['RÉGIMEN ESPECIAL', '7', '7'], ['SUBASTA INVERSA', '52', '52'],
    ]);
    expect(out.every((r) => r.length === 6)).toBe(true);
  });

  it('... also when one count, laid on its line\'s own grid, starts inside the header\'s column', () => {
    // The Ministerio del Interior's procurement printed on A4 in DejaVu 8 pt with figures right-aligned
    // (OTHER_VARIANTS a4-portrait-dejavu-8pt-right; test/fixtures/layout/printed/, README there):
    // «Número Total» starts at 18, its counts end at 35 («7» at 34), but «19» (excerpt line 12) at
    // 31-33, its line on a grid two characters off. Expected: report lines 170 and 173.
    const rows = recCells(printed('ministerio-dejavu-right-procurement')).map((r) => r.map((c) => c.trim()));
    expect(rows[5]!.slice(0, 5)).toEqual(['CATÁLOGO', '7', '\\$15.666.193', '1', '\\$14.794,25']);
    expect(rows[11]!.slice(0, 5)).toEqual(['ÍNFIMA', '19', '\\$71.057,41', '1', '\\$48.360,57']);
  });

  it('... also when each type prints its own header, the counts right-aligned under it', () => {
    // The Ministerio del Interior's procurement printed on A4 in DejaVu with figures right-aligned,
    // read from the PDF (layout text lines 687-694): RÉGIMEN ESPECIAL and SUBASTA INVERSA each carry
    // their header; their counts «8» and «5» end at the right of «Número Total» (at 30), at 46.
    // Expected: lines 179 and 181 of data/reports/2023-ministerio-del-interior-rendicion-de-cuentas.txt.
    const out = recCells([
      ' RÉGIMEN ESPECIAL             Número Total        Valor Total       Número Total       Valor Total', // 1
      ' (Todos los procesos)         Adjudicados         Adjudicados       Finalizados        Finalizados', // 2
      '                                              8   \\$4.751.559,5                    1   \\$48.360,57      http://www.ministeriodelinterior.', // 3
      '                                                  5                                                     gob.ec/transparencia/', // 4
      ' SUBASTA INVERSA              Número Total        Valor Total       Número Total       Valor Total', // 5
      ' ELECTRÓNICA                  Adjudicados         Adjudicados       Finalizados        Finalizados', // 6
      '                                              5   \\$5.235.227,1                    0   \\$0,00           http://www.ministeriodelinterior.', // 7
      '                                                  4                                                     gob.ec/transparencia/', // 8
    ]);
    expect([out[2]!.slice(1, 5), out[6]!.slice(1, 5)]).toEqual([
      ['8', '\\$4.751.559,5', '1', '\\$48.360,57'],
      ['5', '\\$5.235.227,1', '0', '\\$0,00'],
    ]);
    expect(out.every((r) => r.length === 6)).toBe(true);
  });

  it('percentages right-aligned under a header, one of them laid seven characters left on its line\'s grid, are the header\'s column', () => {
    // The Ministerio del Interior's budget lines printed on oficio landscape, Liberation Sans Narrow
    // 8 pt, figures right-aligned (OTHER_VARIANTS_3 oficio-landscape-narrow-8pt-zebra-right;
    // test/fixtures/layout/printed/, README there): «% CUMPLIMIENTO DE LA» starts at 126, the
    // percentages end at 156, but the first row's «100,00 %» ends at 149. Left there, it kept the
    // header's column and every other percentage went to a column of its own: the parser read no
    // reported percentage. Expected: report lines 151, 152, 158 and 159.
    const rows = recCells(printed('ministerio-oficio-zebra-right-budget'));
    expect([2, 4, 16, 18].map((i) => rows[i]![4]!.trim())).toEqual(['100,00 %', '69,14 %', '100,00 %', '40,40 %']);
    expect(new Set(rows.filter((r) => r.length > 1).map((r) => r.length)).size).toBe(1);
  });

  it('a type packed one space before the asset on every row is split off, also on a row whose value pdftotext laid a column early', () => {
    // The Ministerio's disposals printed on Legal landscape, Liberation Sans Narrow 9 pt, cells at the
    // bottom of their rows (OTHER_VARIANTS_5 legal-landscape-narrow-9pt-rows-bottom;
    // test/fixtures/layout/printed/, README there). «DONACIONES RECIBIDAS» fills its narrow column and
    // the asset follows one space after it on every row; on one row pdftotext laid the amount
    // «\$113.362,00» 26 characters left of the others, and on another packed «\$11.326,90» one space
    // after the asset. That row kept the type from being split off anywhere: every asset was read
    // as part of the type, with no asset. Expected: report lines 187, 197 and 198 (type, asset, value).
    const rows = recCells(printed('ministerio-legal-narrow-rows-bottom-disposals'));
    expect([2, 12, 13].map((i) => rows[i]!.slice(0, 3))).toEqual([
      ['DONACIONES RECIBIDAS', 'Motocicletas', '\\$2.000,00'],
      ['DONACIONES RECIBIDAS', 'CELULARES, MICROFONO, TRIPODES, TRIPODES DE CAMARAS', '\\$11.326,90'],
      ['DONACIONES RECIBIDAS', 'Camionetas', '\\$113.362,00'],
    ]);
  });

  it('... and two laid three characters left, beside «N/A»s left-aligned under the header', () => {
    // The CNE matrix printed on oficio landscape (OTHER_VARIANTS_3 oficio-landscape-narrow-8pt-zebra-right;
    // test/fixtures/layout/printed/, README there): «Meta» / «cuantificabl» / «e» and the «N/A»s start
    // at 275, the percentages end at 287, but the two «100,00%» at 284. Left there, they and the «N/A»s kept
    // the header's column and «70,36%», «94,00%» and «97,00%» went to a column of their own, read as
    // no value. Expected: report lines 7, 8, 10, 12, 13 and 26, the value in the fifth cell.
    const rows = recCells(printed('cne-oficio-zebra-right-units-1-5'));
    expect([8, 10, 12, 15, 17, 34].map((i) => rows[i]![4]?.trim())).toEqual(['70,36%', 'N/A', '94,00%', '100,00%', '97,00%', '100,00%']);
    expect([8, 10, 12, 15, 17, 34].map((i) => rows[i]!.length)).toEqual([5, 5, 5, 5, 5, 5]);
  });

  it('percentages right-aligned on a page that does not repeat the header are the header\'s column', () => {
    // The Ministerio del Interior's budget lines printed on A4 in DejaVu with figures right-aligned,
    // read from the PDF: the parser text (rows joined; lines 144-153, cells at their character
    // columns, the link column cut short). The header «% CUMPLIMIENTO DE LA GESTIÓN» and the rows of
    // the first page start the column at 1271; the last page's percentages, right-aligned and with
    // no header above them, start at 1286-1290. Expected: lines 156-158 of
    // data/reports/2023-ministerio-del-interior-rendicion-de-cuentas.txt (0,00 %, 37,00 %, 100,00 %).
    const line = (cells: [number, string][]) => cells.reduce((l, [x, t]) => l.padEnd(x) + t, '');
    const text = ([
      [[2, 'TIPO'], [164, 'DESCRIPCIÓN'], [877, 'PRESUPUESTO PLANIFICADO'], [982, 'PRESUPUESTO EJECUTADO'], [1271, '% CUMPLIMIENTO DE LA GESTIÓN'], [1405, 'LINK']],
      [[2, 'PROGRAMA Y/O PROYECTO'], [164, 'Egresos en personal'], [877, '\\$14.586.155,85'], [982, '\\$14.586.155,85'], [1271, '100,00 %'], [1405, 'http://repositorio.ministeriod']],
      [[2, 'PROGRAMA Y/O PROYECTO'], [164, 'Bienes y servicios de consumo'], [877, '\\$7.496.825,85'], [982, '\\$5.183.550,70'], [1271, '69,14 %'], [1405, 'http://repositorio.ministeriod']],
      [[2, 'PROGRAMA Y/O PROYECTO'], [164, 'Otros egresos corrientes'], [877, '\\$1.037.983,98'], [982, '\\$264.144,00'], [1271, '25,45 %'], [1405, 'http://repositorio.ministeriod']],
      [[2, 'PROGRAMA Y/O PROYECTO'], [164, 'Egresos en personal para inversión'], [877, '\\$234.501,52'], [982, '\\$196.648,23'], [1271, '83,86 %'], [1405, 'http://repositorio.ministeriod']],
      [[2, 'PROGRAMA Y/O PROYECTO'], [164, 'Bienes y servicios para inversión'], [877, '\\$32.029.586,58'], [982, '\\$3.035.281,00'], [1271, '9,48 %'], [1405, 'http://repositorio.ministeriod']],
      [[2, 'PROGRAMA Y/O PROYECTO'], [164, 'Otros egresos de inversión'], [877, '\\$312.915,17'], [982, '\\$0,00'], [1290, '0,00 %'], [1405, 'http://repositorio.ministeriod']],
      [[2, 'PROGRAMA Y/O PROYECTO'], [164, 'Egresos de capital'], [877, '\\$22.821.556,73'], [982, '\\$8.443.778,70'], [1288, '37,00 %'], [1405, 'http://repositorio.ministeriod']],
      [[2, 'PROGRAMA Y/O PROYECTO'], [164, 'Otros Pasivos'], [877, '\\$17.990,55'], [982, '\\$17.990,55'], [1286, '100,00 %'], [1405, 'http://repositorio.ministeriod']],
      [[2, 'Total'], [164, 'TOTAL % CUMPLIMIENTO DE LA GESTIÓN:'], [877, '\\$78.537.516,23'], [982, '\\$31.727.549,03'], [1288, '40,40 %']],
    ] as [number, string][][]).map(line);
    const out = recCells(text);
    expect(out.map((r) => r.length)).toEqual(Array(10).fill(6));
    expect(out.map((r) => r[4])).toEqual([
      '% CUMPLIMIENTO DE LA GESTIÓN', '100,00 %', '69,14 %', '25,45 %', '83,86 %', '9,48 %', '0,00 %', '37,00 %', '100,00 %', '40,40 %',
    ]);
  });

  it('2.6 MB of words with random 1-3 space gaps on 20,000 lines: every line kept, no table of 65+ columns', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const words = ['meta', 'presupuesto', '12,5%', 'N/A', 'Dirección', 'de', 'la', 'USD 1.234,56', 'x'];
    const lines = Array.from({ length: 20_000 }, () => {
      let l = '';
      while (l.length < 120) l += words[rand(words.length)]! + ' '.repeat(1 + rand(3));
      return l;
    });
    const out = recoverColumns(lines.join('\n')).text.split('\n');
    expect(out).toHaveLength(lines.length);
    for (const l of out) expect(l.split('\t').length).toBeLessThanOrEqual(65);
  });

  it('does not choke on a 5 MB line or on empty text', () => {
    const long = `${'x '.repeat(2_500_000)}  1`;
    const out = recoverColumns(`a  b\n${long}\n`);
    expect(out.text.split('\n')).toHaveLength(3);
    expect(recoverColumns('').text).toBe('');
  });
});

describe('recoverColumns, interleaved (cells in the middle or at the bottom of their rows)', () => {
  it('joins no parts whose columns the rows together do not find: a plan\'s name centred in its column stays in it (real informe de gestión, p. 5, lines 201-205)', () => {
    // test/fixtures/layout/README.md: «PLN-2025-02013:» / «PLAN DE» / … / «FORTALECIMIENTO» / «DE LA»,
    // each line centred in the plan column, starting at 1, 5, 0 and 6; the milestones' column (at 21
    // in the rows above) is empty there. Read as one table, the plan's lines at 5 and 6 made a column
    // of their own, taking the milestones' place.
    const text = readFileSync('test/fixtures/layout/portoparques-2025-informe-gestion.layout.txt', 'utf8');
    const lines = recoverColumns(text, { interleaved: true }).text.split('\n');
    expect(lines[200]!.split('\t')[0]).toBe('PLN-2025-02013:');
    expect(lines[201]!.split('\t')[0]).toBe('PLAN DE');
    expect(lines[204]!.split('\t')[0]).toBe('DE LA');
  });
});
