/**
 * The text-path joiner (src/ingest/layout/wrapped-text.ts): wrapped table rows of space-aligned
 * text (`pdftotext -layout`) joined cell by cell, with a map back to the displayed lines. Every
 * input below is written by hand the way pdftotext lays out a table whose cells wrap (each cell's
 * continuation under its first line, character columns); every expected line is written by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { displayedLine, isIdentity } from '../../src/ingest/layout/line-map.ts';
import { cellJoin, documentNumberStyle, joinWrappedText, openElements, spacedTags } from '../../src/ingest/layout/wrapped-text.ts';
import { documentWords, proseWords } from '../../src/ingest/layout/word-join.ts';
import { ingestText } from '../support/untab.ts';

// Columns start at characters 1, 27 and 42.
const PROCUREMENT = [
  'Procesos adjudicados en el año 2023.',                         // 1
  '',                                                             // 2
  ' TIPO DE                   Nº DE ADJUDI   VALOR TOTAL',        // 3  header, wraps over 2 lines,
  ' CONTRATACIÓN              CADOS',                             // 4  "ADJUDI" / "CADOS" a cut word
  ' COMPRA POR CATALOGO       325            $1.149.741,23',      // 5
  ' RÉGIMEN ESPECIAL (Todos   7              $557.484,30',        // 6  wraps over 2 lines
  ' los procesos)',                                               // 7
  ' SUBASTA INVERSA           52             $3.497.680,50',      // 8
];

/** The lines of an excerpt of a printed report (test/fixtures/layout/printed/, README there). */
const printed = (name: string): string[] => readFileSync(`test/fixtures/layout/printed/${name}.layout.txt`, 'utf8').split('\n');
/** The parser text of printed lines (a page's, so a form feed ends them), one string a line. */
const joinedPrinted = (lines: readonly string[]): string[] => joinWrappedText([...lines, '\f'].join('\n')).text.split('\n');
/** The same, blank lines left out, each line as its cells. */
const joinedCells = (lines: readonly string[]): string[][] => joinedPrinted(lines).filter((l) => l.replace(/\f/gu, '').trim()).map((l) => l.trim().split('\t'));

describe('joinWrappedText', () => {
  it('ends a sentence\'s cell above a capital that opens its line beside a cell of a column the row had not (the plan\'s contents, A4 Times 10 pt, rows centred in height)', () => {
    // Report lines 128-129 (fixture README: excerpt lines 31-34): «… diversidades sexo-genéricas.»
    // ends commitment 4's entry; «INNOVACIÓN PÚBLICA» and its page number «61» open the next.
    // (read in the middle of a row, «INNOVACIÓN PÚBLICA» went on from the sentence above)
    const joined = joinWrappedText(printed('plan-a4-times-middle-toc').join('\n')).text.split('\n').map((l) => l.trim());
    expect(joined).toContain('INNOVACIÓN PÚBLICA\t61');
    expect(joined.filter((l) => l.includes('sexo-genéricas.') && l.includes('INNOVACIÓN'))).toEqual([]);
  });

  it('joins each wrapped row cell by cell and maps every joined line to its first displayed line', () => {
    const w = joinWrappedText(PROCUREMENT.join('\n'));
    expect(w.text.split('\n')).toEqual([
      'Procesos adjudicados en el año 2023.',
      '',
      'TIPO DE CONTRATACIÓN\tNº DE ADJUDICADOS\tVALOR TOTAL',
      'COMPRA POR CATALOGO\t325\t$1.149.741,23',
      'RÉGIMEN ESPECIAL (Todos los procesos)\t7\t$557.484,30',
      'SUBASTA INVERSA\t52\t$3.497.680,50',
    ]);
    expect(w.map).toEqual({ starts: [1, 2, 3, 5, 6, 8], displayedLines: 8 });
    expect(w.joined).toBe(2);
    // the RÉGIMEN ESPECIAL row (parser line 5) cites displayed line 6, where its figures are
    expect(displayedLine(w.map, 5)).toBe(6);
    expect(PROCUREMENT[displayedLine(w.map, 5) - 1]).toContain('$557.484,30');
  });

  it('joins nothing in a document that shows no cut word (a table aligned with spaces by hand or by column -t)', () => {
    // Without line 1 nothing in the text says "ADJUDI" + "CADOS" is one word.
    const text = PROCUREMENT.slice(1).join('\n');
    const w = joinWrappedText(text);
    expect(isIdentity(w.map)).toBe(true);
    expect(w.joined).toBe(0);
    expect(w.text.split('\n')[1]).toBe('TIPO DE\tNº DE ADJUDI\tVALOR TOTAL');
  });

  it('joins in a text laid out on pages (a form feed, as pdftotext writes a page break) even without a cut word', () => {
    // Lines 2-8 of the table above, then a page break and a line of the next page.
    const text = [...PROCUREMENT.slice(2), '\fPágina 2'].join('\n');
    const w = joinWrappedText(text);
    expect(w.text.split('\n')).toEqual([
      'TIPO DE CONTRATACIÓN\tNº DE ADJUDI CADOS\tVALOR TOTAL',
      'COMPRA POR CATALOGO\t325\t$1.149.741,23',
      'RÉGIMEN ESPECIAL (Todos los procesos)\t7\t$557.484,30',
      'SUBASTA INVERSA\t52\t$3.497.680,50',
      '\fPágina 2',
    ]);
    expect(w.map).toEqual({ starts: [1, 3, 4, 6, 7], displayedLines: 7 });
  });

  it('a line that goes on in every column after a cell that ended a sentence is a new row', () => {
    // A key-value table printed on pages (label column from character 1, value column from 27);
    // line 3 sits under full cells of line 2 in both columns, but line 2's value ended a sentence.
    const text = [
      ' Objetivo del plan al      Asegurar una vida plena y justa, con',   // 1
      ' que contribuye la meta    igualdad de oportunidades y derechos.',  // 2
      ' Meta del plan a la que    Lograr que 96 barrios generen',          // 3
      ' aporta                    estrategias preventivas.',               // 4
      '\f',                                                                 // 5
    ].join('\n');
    const w = joinWrappedText(text);
    expect(w.text.split('\n')).toEqual([
      'Objetivo del plan al que contribuye la meta\tAsegurar una vida plena y justa, con igualdad de oportunidades y derechos.',
      'Meta del plan a la que aporta\tLograr que 96 barrios generen estrategias preventivas.',
      '\f',
    ]);
    expect(w.map.starts).toEqual([1, 3, 5]);
  });

  it('never joins a row of figures, nor a figure under a whole figure, to the row above', () => {
    // Columns start at characters 1, 19 and 28; "EJECU" / "CIÓN" is a header word cut by a narrow column.
    const text = [
      'Ejecución del presupuesto del año.',      // 1
      '',                                         // 2
      ' PROGRAMA          EJECU    MONTO',        // 3
      '                   CIÓN',                  // 4
      ' GESTIÓN           91 %     $1.000,00',    // 5
      ' ADMINISTRATIVA',                          // 6
      '                   93 %     $2.000,00',    // 7
      '                   95 %     $3.000,00',    // 8
    ].join('\n');
    const w = joinWrappedText(text);
    expect(w.text.split('\n').slice(2)).toEqual([
      'PROGRAMA\tEJECUCIÓN\tMONTO',
      'GESTIÓN ADMINISTRATIVA\t91 %\t$1.000,00',
      '\t93 %\t$2.000,00',
      '\t95 %\t$3.000,00',
    ]);
    expect(w.map).toEqual({ starts: [1, 2, 3, 5, 7, 8], displayedLines: 8 });
  });

  it('a percent sign alone under a figure of a narrow column is that figure\'s ("100,00" / "%")', () => {
    // As the Ministerio del Interior goals print on A4 landscape (pdftotext -layout): the
    // percentage column is as wide as "100,00", so its "%" wraps under it; printed on pages.
    const text = [
      ' META              TOTAL   %         DESCRIPCIÓN',      // 1
      ' 1.1. NÚMERO DE    2,00    100,00    MANUAL DEL',       // 2
      ' ESTRATEGIAS               %         PROCESO',          // 3
      ' 1.2. PORCENTAJE   1,00    400,00    INFORME',          // 4
      '                           %',                          // 5
      '\f',                                                    // 6
    ].join('\n');
    const w = joinWrappedText(text);
    expect(w.text.split('\n')).toEqual([
      'META\tTOTAL\t%\tDESCRIPCIÓN',
      // a single word filling its column: no space (the figure reads the same either way)
      '1.1. NÚMERO DE ESTRATEGIAS\t2,00\t100,00%\tMANUAL DEL PROCESO',
      '1.2. PORCENTAJE\t1,00\t400,00%\tINFORME',
      '\f',
    ]);
    expect(w.map).toEqual({ starts: [1, 2, 4, 6], displayedLines: 6 });
  });

  it('a figure cut by a narrow column over several lines is one figure; a column of counts stays apart', () => {
    // As the CNE literal a4 matrix prints on A4 portrait without borders (pdftotext -layout): the
    // value column is as wide as "100,0", so "100,00%" runs down it as "10" / "0,0" / "0%" and
    // "94,51%" as "94,5" / "1%", each beside its wrapped indicator; printed on pages. The counts
    // "12" / "30" of the next table never make a whole figure, so they stay two rows.
    const text = [
      ' INDICADOR                      META',          // 1
      ' Porcentaje de publicaciones    10',            // 2
      ' realizadas en Facebook         0,0',           // 3
      '                                0%',            // 4
      ' Porcentaje de ejecución        94,5',          // 5
      ' presupuestaria                 1%',            // 6
      ' Informes de la gestión         N/A',           // 7
      '',                                              // 8
      ' TIPO                 Nº',                      // 9
      ' COMPRA POR           12',                      // 10
      ' CATALOGO             30',                      // 11
      '\f',                                            // 12
    ].join('\n');
    const w = joinWrappedText(text);
    expect(w.text.split('\n')).toEqual([
      'INDICADOR\tMETA',
      'Porcentaje de publicaciones realizadas en Facebook\t100,00%',
      'Porcentaje de ejecución presupuestaria\t94,51%',
      'Informes de la gestión\tN/A',
      '',
      'TIPO\tNº',
      'COMPRA POR\t12',
      'CATALOGO\t30',
      '\f',
    ]);
    expect(w.map).toEqual({ starts: [1, 2, 5, 7, 8, 9, 10, 11, 12], displayedLines: 12 });
  });

  it('a figure cut by its column goes on whatever the column\'s width, a «%» alone under its last piece too', () => {
    // Cut from the CNE matrix printed on A4 landscape with borders: «66,15%» runs down the value
    // column as «66,» / «15» / «%», «100,00%» as «100» / «,00» / «%»; a later row laid on a grid 5
    // characters right («100» at 52) makes the column's widest line end past the pieces, so they
    // do not fill it.
    const text = [
      '2   Dirección Nacional de         Porcentaje de ejecución presupuestaria  66,',      // 1
      '2   Relaciones Internacionales,                                           15',       // 2
      '    Cooperación y Observación                                             %',        // 3
      '    Electoral',                                                                      // 4
      '                                  (O.O) Porcentaje de cumplimiento        100',      // 5
      '                                  de los procesos de la Dirección         ,00',      // 6
      '                                  Relaciones                              %',        // 7
      '                                  Porcentaje de asistencias técnicas      N/A',      // 8
      '2   Secretaría General            Porcentaje de certificados de goce           100', // 9
      '4                                 emitidos                                     ,00', // 10
      '                                                                               %',   // 11
      '\f',                                                                                 // 12
    ].join('\n');
    expect(joinWrappedText(text).text.split('\n')).toEqual([
      '22\tDirección Nacional de Relaciones Internacionales, Cooperación y Observación Electoral\tPorcentaje de ejecución presupuestaria\t66,15%',
      '\t\t(O.O) Porcentaje de cumplimiento de los procesos de la Dirección Relaciones\t100,00%',
      '\t\tPorcentaje de asistencias técnicas\tN/A',
      '24\tSecretaría General\tPorcentaje de certificados de goce emitidos\t100,00%',
      '\f',
    ]);
  });

  it('a line holding the rest of an amount cut after its decimal comma goes on in the row above, whatever its first column says («\\$1.149.741,» / «23»)', () => {
    // The IESS procurement table as a justified layout prints it (check:layouts otras9,
    // legal-portrait-narrow-10pt-rows-justified-header): «COMPRA POR CATALOGO» wrapped, its amount
    // cut after the comma. «COMPRA» is a short line under a short line, a row of its own by the
    // first column's width: «CATALOGO» and «23» were read as a procedure with 23 finalized
    // processes, with no warning.
    const text = [
      ' TIPO DE CONTRATACIÓN PÚBLICA    Nº DE ADJUDICADOS    VALOR TOTAL',   // 1
      ' INFIMA CUANTÍA                  230                  $603.101,42',   // 2
      ' SUBASTA INVERSA ELECTRÓNICA     52                   $3.497.680,50', // 3
      ' COMPRA                          325                  $1.149.741,',   // 4
      ' CATALOGO                                             23',            // 5
      ' RÉGIMEN ESPECIAL                7                    $557.484,30',   // 6
      '\f',
    ].join('\n');
    expect(joinWrappedText(text).text.split('\n')).toEqual([
      'TIPO DE CONTRATACIÓN PÚBLICA\tNº DE ADJUDICADOS\tVALOR TOTAL',
      'INFIMA CUANTÍA\t230\t$603.101,42',
      'SUBASTA INVERSA ELECTRÓNICA\t52\t$3.497.680,50',
      'COMPRA CATALOGO\t325\t$1.149.741,23',
      'RÉGIMEN ESPECIAL\t7\t$557.484,30',
      '\f',
    ]);
  });

  it('two figures cut on one line go on in the row above; one ordinary piece alone does not («1» over «95,77%»)', () => {
    // Two columns of figures cut one digit short («10,0» / «0», «10» / «0,00 %»), beside a last
    // column whose short line «DOCUMENTOS» reads as a cell that ended: one row, as in the Ministerio's
    // goals printed in narrow justified cells (check:layouts otras12,
    // b5-portrait-serif-condensed-8pt-letterspaced-justified), where the line of rests was a goal
    // of its own, planned 0, achieved 0, 0 %, with no warning.
    const cut = [
      ' META             PLANIFICADO   CUMPLIDO   MEDIO DE VERIFICACIÓN DE LA META', // 1
      ' FORTALECIMIENTO  4,00          5,00       INFORMES DE GESTIÓN DEL AÑO 2023', // 2
      ' GESTIÓN          10,0          10         DOCUMENTOS',                       // 3
      ' INSTITUCIONAL    0             0,00 %     DE PROCESOS',                      // 4
      ' SEGURIDAD        3,00          3,00       ACTAS DE ENTREGA',                 // 5
      '\f',
    ].join('\n');
    expect(joinWrappedText(cut).text.split('\n')).toEqual([
      'META\tPLANIFICADO\tCUMPLIDO\tMEDIO DE VERIFICACIÓN DE LA META',
      'FORTALECIMIENTO\t4,00\t5,00\tINFORMES DE GESTIÓN DEL AÑO 2023',
      'GESTIÓN INSTITUCIONAL\t10,00\t100,00 %\tDOCUMENTOS DE PROCESOS',
      'SEGURIDAD\t3,00\t3,00\tACTAS DE ENTREGA',
      '\f',
    ]);
    // A line of OCR noise «T  1» over a row whose value is «95,77%» (the CNE matrix's unit 9 carries
    // one): «1» and «95,77%» would make a whole figure, 195,77 %, that the report does not have.
    const noise = [
      ' UNIDAD                        META',     // 1
      ' SEGURIDAD INFORMÁTICA         100,00%',  // 2
      ' T                             1',        // 3
      ' GESTIÓN                       95,77%',   // 4
      '\f',
    ].join('\n');
    expect(joinWrappedText(noise).text.split('\n')).toEqual(['UNIDAD\tMETA', 'SEGURIDAD INFORMÁTICA\t100,00%', 'T\t1', 'GESTIÓN\t95,77%', '\f']);
  });

  it('an amount whose digits are grouped wrong is a piece, however it ends («\\$14.586.15» / «5,85»)', () => {
    // The Ministerio del Interior's budget lines printed on A4 portrait without rules (layout text
    // lines 559-570, page 14; the link column cut to its first line): «\$14.586.15» ends in two
    // digits as a whole amount does, but its last group is short, so it is «\$14.586.155,85» cut by
    // its column; «5,85» under it is its end, not the next row's value. Expected rows: lines 151
    // and 152 of data/reports/2023-ministerio-del-interior-rendicion-de-cuentas.txt.
    const text = [
      'TIPO          DESCRIPCIÓN           PRESUPUES     PRESUPUE     %              LINK AL MEDIO',     // 1
      '                                    TO            STO          CUMPLIMIENT    DE',                // 2
      '                                    PLANIFICAD    EJECUTAD     O DE LA',                          // 3
      '                                    O             O            GESTIÓN',                          // 4
      'PROGRAMA      Egresos en            \\$14.586.15   \\$14.586.1   100,00 %       http://repo/s/c', // 5
      'Y/O           personal              5,85          55,85                       xyZbpd0lSn8wQP',    // 6
      'PROYECTO',                                                                                        // 7
      'PROGRAMA      Bienes y              \\$7.496.825   \\$5.183.55   69,14 %        http://repo/s/c',  // 8
      'Y/O           servicios de          ,85           0,70                        xyZbpd0lSn8wQP',    // 9
      'PROYECTO      consumo',                                                                           // 10
      '\f',                                                                                              // 11
    ].join('\n');
    const w = joinWrappedText(text);
    // (the header's cut words need the whole document's words to join: not asked here)
    expect(w.text.split('\n').slice(1, 3)).toEqual([
      'PROGRAMA Y/O PROYECTO\tEgresos en personal\t\\$14.586.155,85\t\\$14.586.155,85\t100,00 %\thttp://repo/s/cxyZbpd0lSn8wQP',
      'PROGRAMA Y/O PROYECTO\tBienes y servicios de consumo\t\\$7.496.825,85\t\\$5.183.550,70\t69,14 %\thttp://repo/s/cxyZbpd0lSn8wQP',
    ]);
    expect(w.map.starts).toEqual([1, 5, 8, 11]);
  });

  it('an amount in the other style than the document\'s is a piece («\\$234.50» / «1,52» in a document of «1.037.983,98»)', () => {
    // The Ministerio del Interior's budget lines printed on Letter at 9 pt with rules (layout text
    // lines 688-695, the link column cut to its first line): «\$234.50» reads as a whole amount in
    // the US style, but the document writes its amounts «\$1.037.983,98», so it is «\$234.501,52»
    // cut by its column and «1,52» under it is its end. Expected rows: lines 153 and 154 of
    // data/reports/2023-ministerio-del-interior-rendicion-de-cuentas.txt.
    const text = [
      'PROGRA      Otros egresos        \\$1.037.9   \\$264.14    25,45 %      http://repo/s/c',  // 1
      'MA Y/O      corrientes           83,98       4,00                     xyZbpd0lSn8wQP',   // 2
      'PROYECT',                                                                               // 3
      'O',                                                                                     // 4
      'PROGRA      Egresos en           \\$234.50    \\$196.64    83,86 %      http://repo/s/c',  // 5
      'MA Y/O      personal para        1,52        8,23                     xyZbpd0lSn8wQP',   // 6
      'PROYECT     inversión',                                                                 // 7
      'O',                                                                                     // 8
      '\f',                                                                                    // 9
    ].join('\n');
    const rows = (style: 'es' | null) => joinWrappedText(text, style).text.split('\n').map((l) => l.split('\t').slice(1, 5).join(' | '));
    expect(rows('es').slice(0, 2)).toEqual([
      'Otros egresos corrientes | \\$1.037.983,98 | \\$264.144,00 | 25,45 %',
      'Egresos en personal para inversión | \\$234.501,52 | \\$196.648,23 | 83,86 %',
    ]);
    // without knowing the document's style, «\$234.50» is whole and its row is parted
    expect(rows(null)).toContain('Egresos en | \\$234.50 | \\$196.64 | 83,86 %');
  });

  it('the style a document writes its figures in: its whole figures, one style six times the other', () => {
    // the bundled Ministerio report (TAB cells) and IESS form write «1.037.983,98»; the real cédula
    // presupuestaria (pdftotext text) writes «1,234.56»; the real informe de gestión mixes both
    expect(documentNumberStyle(readFileSync('data/reports/2023-ministerio-del-interior-rendicion-de-cuentas.txt', 'utf8'))).toBe('es');
    expect(documentNumberStyle(readFileSync('data/reports/2023-iess-unidad-rendicion-de-cuentas-fragmento.txt', 'utf8'))).toBe('es');
    expect(documentNumberStyle(readFileSync('test/fixtures/cedula-presupuestaria/portoparques-2025-cedula-presupuestaria.layout.txt', 'utf8'))).toBe('us');
    expect(documentNumberStyle(readFileSync('test/fixtures/layout/portoparques-2025-informe-gestion.layout.txt', 'utf8'))).toBeNull();
    // few figures say nothing
    expect(documentNumberStyle('1.037.983,98  25,45 %\n100,00 %')).toBeNull();
  });

  it('a single word filling its column that the document prints inside text was not cut («DONACIONES» / «RECIBIDAS»)', () => {
    // The Ministerio del Interior's disposals printed on A4 portrait without rules (layout text
    // lines 631-640, the link column left out): «DONACIONES» is its column's widest line, so it fills
    // it, but the section title prints it inside text. Expected: line 187 of
    // data/reports/2023-ministerio-del-interior-rendicion-de-cuentas.txt.
    const text = [
      'ENAJENACIÓN, DONACIONES Y EXPROPIACIONES DE BIENES:', // 1
      '',                                                      // 2
      'TIPO                   BIEN                VALOR',     // 3
      '                                           TOTAL',     // 4
      'ENAJENACIÓN            Inmueble            \\$836.038', // 5
      '                                           ,94',       // 6
      'DONACIONES             Motocicletas        \\$2.000,0', // 7
      'RECIBIDAS                                  0',         // 8
      '\f',                                                    // 9
    ].join('\n');
    expect(joinWrappedText(text).text.split('\n').slice(3, 5)).toEqual([
      'ENAJENACIÓN\tInmueble\t\\$836.038,94',
      'DONACIONES RECIBIDAS\tMotocicletas\t\\$2.000,00',
    ]);
  });

  it('a month and its year under text, in a column of them, starts a row («Fecha de inicio» / «Febrero 2020»)', () => {
    // The Open Government plan's commitment 4 milestones printed on A4 portrait with narrow equal
    // columns (layout text lines 1192-1211): the header fills its columns as much as the first
    // milestone's lines do, so only the dates tell the header from the row. Expected: lines of
    // data/reports/2019-2022-plan-de-accion-gobierno-abierto-ecuador.txt (Hito 1, Febrero 2020 - Abril 2020).
    const text = [
      'Actividad y producto entregable                                          Fecha de inicio                      Fecha de término', // 1
      '<b>Hito 1:</b> Validación de la                                          Febrero 2020                         Abril 2020',       // 2
      'política de datos abiertos,',        // 3
      'elaborada con insumos recibidos',    // 4
      'de participantes de los sectores',   // 5
      'público, privado, academia,',        // 6
      'sociedad civil y ciudadanía, que',   // 7
      'fueron obtenidos en mesas',          // 8
      'realizadas de manera previa a la',   // 9
      'formalización del presente',         // 10
      'compromiso.',                        // 11
      '<b>Hito 2:</b> Mapeo de actores                                          Marzo 2020                           Mayo 2020',        // 12
      'públicos, académicos, privados y',   // 13
      'de sociedad civil relacionados con', // 14
      'la temática, y desarrollo de la',    // 15
      'metodología para la co-creación',    // 16
      'de la Guía para la implementación',  // 17
      'de la Política.',                    // 18
      '<b>Hito 3:</b> Co-creación de la                                         Marzo 2020                           Noviembre 2020',   // 19
      'Guía para la implementación de la',  // 20
      '\f',                                 // 21
    ].join('\n');
    const w = joinWrappedText(text);
    expect(w.map.starts.slice(0, 3)).toEqual([1, 2, 12]);
    expect(w.text.split('\n')[0]).toBe('Actividad y producto entregable\tFecha de inicio\tFecha de término');
    expect(w.text.split('\n')[1]!.split('\t').slice(1)).toEqual(['Febrero 2020', 'Abril 2020']);
  });

  it('a month and its year cut down a narrow column is one date; its year\'s digits are no column of numbers («Julio» / «202» / «0»)', () => {
    // The Open Government plan's commitment 7 milestones printed on A4 portrait, unruled (layout
    // text lines 2120-2131 and 2148-2151): the date columns are four or five characters wide, so
    // «Julio 2020» prints as «Julio» / «202» / «0» and «Septiembre 2020» as «Sept» / «iem» / «bre» /
    // «202» / «0». Most of those columns' lines are digits, which made them look like columns of
    // numbers whose figures end their cells. Expected: data/reports/2019-2022-plan-de-accion-gobierno-abierto-ecuador.txt
    // line 1078 (Hito 1: Julio 2020, Julio 2020), line 1079 (Hito 2: Julio 2020, Septiembre 2020),
    // line 1083 (Hito 6: Agosto 2020, Julio 2021).
    const rows = joinedPrinted([
      'Actividad y producto entregable                                                                                                           Fech    Fech', // 2120
      '                                                                                                                                          a de    a de', // 2121
      '                                                                                                                                          inici   térm', // 2122
      '                                                                                                                                          o       ino', // 2123
      '<b>Hito 1:</b> Definición de una metodología y hoja de ruta para la co-creación del Plan Nacional de Prevención y Erradicación de         Julio   Julio', // 2124
      'la Violencia contra las Mujeres y de Género.                                                                                              202     202', // 2125
      '                                                                                                                                          0       0', // 2126
      '<b>Hito 2:</b> Elaboración de un mapeo de actores gubernamentales, sociedad civil y academia, nacionales, subnacionales e                 Julio   Sept', // 2127
      'internacionales estratégicos relacionados con género, la disminución de violencia contra las mujeres y de género y diversidad sexo-       202     iem', // 2128
      'genérica.                                                                                                                                 0       bre', // 2129
      '                                                                                                                                                  202', // 2130
      '                                                                                                                                                  0', // 2131
      '<b>Hito 6:</b> Sistematización y elaboración del Plan Nacional de Prevención y Erradicación de la Violencia contra las Mujeres y de       Ago     Julio', // 2148
      'Género.                                                                                                                                   sto     202', // 2149
      '                                                                                                                                          202     1', // 2150
      '                                                                                                                                          0', // 2151
    ]);
    expect(rows[0]).toBe('Actividad y producto entregable\tFecha de inicio\tFecha de término');
    expect(rows[1]).toBe('<b>Hito 1:</b> Definición de una metodología y hoja de ruta para la co-creación del Plan Nacional de Prevención y Erradicación de la Violencia contra las Mujeres y de Género.\tJulio 2020\tJulio 2020');
    expect(rows[2]!.split('\t').slice(1)).toEqual(['Julio 2020', 'Septiembre 2020']);
    expect(rows[3]!.split('\t').slice(1)).toEqual(['Agosto 2020', 'Julio 2021']);
  });

  it('a month and its year cut letter by letter down a column a letter or two wide is one date («S» / «e» / «pt» … «2» / «0»)', () => {
    // The Open Government plan's commitment 3 milestones printed on A4 landscape, ruled (layout
    // text lines 1294-1310): the end-date column is one or two characters wide, so «Septiembre
    // 2020» prints over eleven lines. Expected: data/reports/2019-2022-plan-de-accion-gobierno-abierto-ecuador.txt
    // line 951 (Hito 4: Marzo 2020, Julio 2020) and line 952 (Hito 5: Febrero 2020, Septiembre 2020).
    const rows = joinedPrinted([
      ' <p><b>Hito 4:</b> Diseño del proyecto de implementación de                  Marzo 2020                   Ju', // 1294
      ' estándares OCDS y OC4IDS en el Sistema Nacional de Compras Públicas,                                     lio', // 1295
      ' que incluya: metas, talento humano y lo comprometerá con una visión                                      2', // 1296
      ' compartida.</p>                                                                                          0', // 1297
      '                                                                                                          2', // 1298
      '                                                                                                          0', // 1299
      ' <p><b>Hito 5:</b> Mapeo de necesidades de los usuarios, de campos de        Febrero 2020                 S', // 1300
      ' datos clave y documentos necesarios para Open Contracting Data                                           e', // 1301
      ' Standard (OCDS), Open Contracting for Infrastructure Data Estándar                                       pt', // 1302
      ' (OC4IDS) y metodología CoST.</p>                                                                         ie', // 1303
      '                                                                                                          m', // 1304
      '                                                                                                          br', // 1305
      '                                                                                                          e', // 1306
      '                                                                                                          2', // 1307
      '                                                                                                          0', // 1308
      '                                                                                                          2', // 1309
      '                                                                                                          0', // 1310
    ]);
    expect(rows[0]!.split('\t').slice(1)).toEqual(['Marzo 2020', 'Julio 2020']);
    expect(rows[1]!.split('\t').slice(1)).toEqual(['Febrero 2020', 'Septiembre 2020']);
  });

  it('a line of one cell ending in a month goes on in the line under it that starts with a year («noviembre» / «2019 – junio»)', () => {
    // The Open Government plan's commitment 4 heading printed on A4 landscape, ruled (layout text
    // lines 1341-1362): a first column sixteen characters wide, with «noviembre» alone on its line,
    // well short of the column's widest line on the character grid; «noviembre 2019» did not fit in
    // points. Expected: data/reports/2019-2022-plan-de-accion-gobierno-abierto-ecuador.txt line 972,
    // «Fecha de inicio y término del compromiso: noviembre 2019 – junio 2022».
    const rows = joinedPrinted([
      '', // 1341
      ' Implementació', // 1342
      ' n de los', // 1343
      ' derechos de', // 1344
      ' participación y', // 1345
      ' acceso a la', // 1346
      ' información', // 1347
      ' ambiental', // 1348
      ' (Escazú)', // 1349
      ' Fecha de inicio', // 1350
      ' y término del', // 1351
      ' compromiso:', // 1352
      ' noviembre', // 1353
      ' 2019 – junio', // 1354
      ' 2022', // 1355
      ' Institución o     Ministerio del Ambiente y Agua', // 1356
      ' actor', // 1357
      ' responsable de', // 1358
      ' la', // 1359
      ' implementació', // 1360
      ' n', // 1361
      ' Descripción del', // 1362
    ]).map((l) => l.trim());
    expect(rows).toContain('Fecha de inicio y término del compromiso: noviembre 2019 – junio 2022');
  });

  it('a line packed with the next column\'s text does not widen its column: the column\'s full lines still wrap', () => {
    // The CNE matrix on Letter portrait, sans 8 pt, tight (OTHER_VARIANTS), layout text lines 291-384
    // (test/fixtures/layout/printed/, README there): the indicators' column starts at 103 and the
    // values' at 128, but excerpt line 37 packs the value one space after its indicator,
    // «Porcentaje de ejecución 8,33% mensual», to 140. Taken as the column's width, it left every
    // indicator line short of full, so no indicator wrapped and no unit number cut down its column
    // («2» / «1», lines 79-80) was joined. Report line 156: «21», «Dirección Nacional de Asesoría
    // Jurídica», no objective, «Porcentaje de presentación de expedientes de cuentas de campaña del
    // periodo a ser reportado ante el Tribual Contencioso Electoral», N/A.
    const rows = joinedPrinted(printed('cne-sans-tight-units-19-21')).map((l) => l.split('\t'));
    expect(rows).toContainEqual(['21', 'Dirección Nacional de Asesoría Jurídica', '',
      'Porcentaje de presentación de expedientes de cuentas de campaña del periodo a ser reportado ante el Tribual Contencioso Electoral', 'N/A']);
  });

  it('a line over the table\'s columns is no cell of its first column: that column\'s lines still wrap at its own width', () => {
    // The plan on A4 portrait, narrow, 8 pt, fixed columns (OTHER_VARIANTS_7), layout text lines
    // 3211-3286 (test/fixtures/layout/printed/, README there): the line of the commitment's dates
    // (excerpt line 2, 66 characters) runs over the columns of the milestones' table. Taken as the
    // first column's width, it left every milestone's line of about 40 characters short of full, so
    // each milestone kept only its first line («Capacitación en»). Report lines 1115-1116.
    const rows = joinedPrinted(printed('plan-a4-narrow-fixed-right-commitment-8')).map((l) => l.trim().split('\t'));
    expect(rows).toContainEqual(['<b>Hito 1:</b> Capacitación en innovación del servicio público al equipo técnico multiactor que formará el laboratorio de innovación.', '', 'Enero 2020', 'Abril 2021']);
    expect(rows).toContainEqual(['<b>Hito 2:</b> Diagnóstico de contexto, actores, alianzas estratégicas y necesidades para la creación e implementación del laboratorio, con aportes ciudadanos.', '', 'Enero 2021', 'Julio 2021']);
    // the line of dates stays a line of its own
    expect(rows).toContainEqual(['Fecha de inicio y término del compromiso: enero 2020 – junio 2022']);
  });

  it('with cells at the bottom of their rows, a line over the table\'s columns opens no row under it', () => {
    // The plan on A4 landscape, Arial 10 pt, ruled, cells at the bottom (OTHER_VARIANTS_5), layout text
    // lines 1760-1800 (test/fixtures/layout/printed/, README there): the commitment's dates (excerpt
    // line 24) right above the institution's label cut down a first column 7 characters wide. Taken
    // as the first line of that label, the dates were lost in it. Report lines 1060 and 1066.
    const rows = joinedPrinted(printed('plan-arial-bottom-commitment-7-dates')).map((l) => l.trim().split('\t'));
    expect(rows).toContainEqual(['Fecha de inicio y término del compromiso: julio 2020 – junio 2022']);
    expect(rows.find((r) => r.at(-1) === '<b>Secretaría de Derechos Humanos</b>')?.[0]).toMatch(/^<b>In ?stituci/u);
  });

  it('a line of dashes is a rule: no text above a table goes on in it', () => {
    // The IESS fragment on Letter portrait, ruled, 9 pt (OTHER_VARIANTS), layout text lines 1-30
    // (test/fixtures/layout/printed/, README there): its first row and the row's rule, each set one
    // space apart, over the next table. Report lines 3-4.
    const lines = joinedPrinted(printed('iess-letter-ruled-start'));
    expect(lines.slice(0, 2)).toEqual(['OTROS NO 0 NO APLICA', '------- ---- --- -----------']);
  });

  it('a full line ending in a preposition goes on, even in a column whose rows seldom wrap', () => {
    // The plan on Oficio landscape, Liberation Sans Narrow 8 pt, zebra (OTHER_VARIANTS_3), layout text
    // lines 1592-1613 (test/fixtures/layout/printed/, README there): the milestones and the contact rows
    // under them are one table, whose first column's lines are mostly whole; milestone 5 breaks after
    // «Simplificación de», its capital «Trámites.» below. Report line 1147.
    const rows = joinedPrinted(printed('plan-oficio-narrow-zebra-commitment-9-milestones')).map((l) => l.trim().split('\t'));
    expect(rows).toContainEqual(['<b>Hito 5:</b> Creación de un observatorio ciudadano para el control social sobre la implementación del Plan de Mejora Regulatoria y Simplificación de Trámites.', '', 'Enero 2021', 'Noviembre 2021']);
    // a contact row ending in no such word stays a row of its own
    expect(rows).toContainEqual(['<b>Título, Departamento</b>', '', 'Director Dirección de Mejora Regulatoria.']);
  });

  it('one-cell rows above a table in a column further right are joined in that column, capitals printed wider', () => {
    // The CNE matrix on A4 portrait, serif, padded (OTHER_VARIANTS), layout text lines 1-41
    // (test/fixtures/layout/printed/, README there): the title and the section row, each a cell of
    // the unit's column (at 5, the matrix's second), wrapped over lines of one segment between blank
    // lines. «PROCESOS» + «GOBERNANTES» is 20 characters, inside the column's 24 on the grid, but
    // capitals print wider than the average letter. Report line 3: «Art. 7 de la Ley Orgánica de
    // Transparencia y Acceso a la Información Pública - LOTAIP» in the second column; line 6:
    // «PROCESOS GOBERNANTES / NIVEL DIRECTIVO» in the second column.
    const rows = joinedPrinted(printed('cne-serif-padded-title-section'));
    expect(rows[0]).toBe('\tArt. 7 de la Ley Orgánica de Transparencia y Acceso a la Información Pública - LOTAIP\t\t\t');
    expect(rows).toContain('\tPROCESOS GOBERNANTES / NIVEL DIRECTIVO\t\t\t');
  });

  it('a period, alone or after a capital, under a short word in capitals ends no sentence: «NO» / «.» / «DE» and «N» / «O.» / «DE» are one header cell', () => {
    // The Ministerio del Interior's goals printed on A4 portrait, unruled (test/fixtures/layout/printed/,
    // README there): «NO. DE META» cut down a column two letters wide, beside the objective. Expected:
    // report lines 122-123.
    const rows = joinedPrinted(printed('ministerio-a4-portrait-unruled-goals-1-1')).map((l) => l.split('\t'));
    expect(rows[1]).toEqual(['', 'NO. DE META', 'DESCRIPCIÓN', '', 'TOTALES PLANIFICADOS', 'TOTALES CUMPLIDOS', '', '']);
    expect(rows[2]).toEqual(['Mejorar la eficiencia en la gestión de prevención, protección y respuesta integral a la violencia, cometimiento de delitos, crimen organizado y la delincuencia.',
      'NO. DE META', 'DESCRIPCIÓN', '', 'TOTALES PLANIFICADOS', 'TOTALES CUMPLIDOS', '', '']);
    expect(rows[3]!.slice(1, 3)).toEqual(['3', 'PREVENCIÓN, PROTECCIÓN Y RESPUESTA INTEGRAL A LA VIOLENCIA, COMETIMIENTO DE DELITOS, CRIMEN ORGANIZADO Y LA DELINCUENCIA.']);
    // the same header cut down a column one letter wide, «N» / «O.» / «DE» / «M» / «ET» / «A»
    // (OTHER_VARIANTS' letter-portrait-ruled-9pt, lines 439-458 of its text): one row beside the
    // whole objective, as report line 123 has it
    const narrow = joinedPrinted([
      '                     N    DESCRIPCIÓN                                TO      TO', // 439
      '                     O.                                              TAL     TAL', // 440
      '                     DE                                              ES      ES', // 441
      '                     M                                               PLA     CU', // 442
      '                     ET                                              NIFI    MP', // 443
      '                     A                                               CA      LID', // 444
      '                                                                     DO      OS', // 445
      '                                                                     S', // 446
      ' Mejorar la          N    DESCRIPCIÓN                                TO      TO', // 447
      ' eficiencia en la    O.                                              TAL     TAL', // 448
      ' gestión de          DE                                              ES      ES', // 449
      ' prevención,         M                                               PLA     CU', // 450
      ' protección y        ET                                              NIFI    MP', // 451
      ' respuesta           A                                               CA      LID', // 452
      ' integral a la                                                       DO      OS', // 453
      ' violencia,                                                          S', // 454
      ' cometimiento de', // 455
      ' delitos, crimen', // 456
      ' organizado y la', // 457
      ' delincuencia.', // 458
    ]).map((l) => l.split('\t'));
    expect(narrow[1]![0]).toBe('Mejorar la eficiencia en la gestión de prevención, protección y respuesta integral a la violencia, cometimiento de delitos, crimen organizado y la delincuencia.');
    expect(narrow[1]![1]).toMatch(/^NO\. /);
  });

  it('a line of prose in small letters under one that ended no sentence goes on with it, however short that one looks', () => {
    // The plan printed wide and unruled (printed-reports' wide-unruled, pdftotext -layout, lines
    // 977-987 of its text): commitment 4's title wraps at 61 characters, well short of the prose's
    // margin. Expected: data/reports/2019-2022-plan-de-accion-gobierno-abierto-ecuador.txt line 971.
    const rows = joinedPrinted([
      '**Nota técnica:** Los hitos de este compromiso se reprogramaron para cumplirse hasta el año 2022.', // 977
      '', // 978
      '', // 979
      '', // 980
      '## Desarrollo de capacidades para la transparencia', // 981
      '', // 982
      'Implementación de los derechos de participación y acceso a la', // 983
      'información ambiental (Escazú)', // 984
      'Fecha de inicio y término del compromiso: noviembre 2019 – junio 2022', // 985
      'Institución o actor responsable de la implementación                          Ministerio del Ambiente y Agua', // 986
      'Descripción del compromiso', // 987
    ]);
    expect(rows.slice(6, 8)).toEqual([
      'Implementación de los derechos de participación y acceso a la información ambiental (Escazú)',
      'Fecha de inicio y término del compromiso: noviembre 2019 – junio 2022',
    ]);
  });

  it('a whole element under a closed paragraph is text of its own («… ratificación.</p>» / «<b>Información de Contacto</b>»)', () => {
    // The plan printed on A4 portrait, unruled (printed-reports' a4-portrait-unruled, pdftotext
    // -layout, lines 1806-1816 of its text): commitment 4's last milestone, then the contact table's
    // heading in its first column. Expected: data/reports/2019-2022-plan-de-accion-gobierno-abierto-ecuador.txt
    // lines 988 and 989 (milestone 4, then «<b>Información de Contacto</b>» on a line of its own).
    const rows = joinedPrinted([
      'compromisos (hoja de ruta) que se determinen.</p>', // 1806
      '<p><b>Hito 3:</b> Co-construcción de propuestas y hoja           Enero 2021      Junio 2022', // 1807
      'de ruta para avanzar en el proceso de implementación de las', // 1808
      'disposiciones del Acuerdo de Escazú en el marco político,', // 1809
      'normativo e institucional.</p>', // 1810
      '<p><b>Hito 4:</b> Implementación de hoja de ruta para            Noviembre       Mayo 2020', // 1811
      'finalizar el proceso de ratificación.</p>                        2019', // 1812
      '<b>Información de Contacto</b>', // 1813
      '<b>Nombre de la persona responsable</b>                          Eduardo', // 1814
      '                                                                 Mayorga', // 1815
      '<b>Título, Departamento</b>                                      Director', // 1816
    ]);
    expect(rows[2]).toBe('<p><b>Hito 4:</b> Implementación de hoja de ruta para finalizar el proceso de ratificación.</p>\tNoviembre 2019\tMayo 2020');
    expect(rows[3]).toBe('<b>Información de Contacto</b>');
  });

  it('a full line ending in a word\'s hyphen goes on in small letters below it, in a column few of whose cells wrap («sexo-» / «genéricas.»)', () => {
    // The Open Government plan's table of contents printed on A4 landscape, ruled (layout text
    // lines 120-131): one entry of eleven is longer than its line. Expected:
    // data/reports/2019-2022-plan-de-accion-gobierno-abierto-ecuador.txt line 128.
    const rows = joinedPrinted([
      ' DATOS ABIERTOS                                                                                                                                                                                    39', // 120
      ' • Elaboración colaborativa de la política de datos abiertos y la guía para su implementación.                                                                                                     39', // 121
      ' • Re-diseño y actualización del portal de datos abiertos.                                                                                                                                         41', // 122
      ' • Plataforma de Información Abierta de Contratación Pública.                                                                                                                                      43', // 123
      ' DESARROLLO DE CAPACIDADES PARA LA TRANSPARENCIA                                                                                                                                                   47', // 124
      ' • Implementación de los derechos de participación y acceso a la información ambiental (Escazú).                                                                                                   47', // 125
      ' • Co-diseño de la hoja de ruta para la implementación del Estándar EITI para mejorar la transparencia financiera en las industrias extractivas en Ecuador (petróleo, gas y minería).              50', // 126
      ' EMPODERAMIENTO CIUDADANO                                                                                                                                                                          53', // 127
      ' • Desarrollo de capacidades para garantizar la transparencia y el acceso a la información pública.                                                                                                53', // 128
      ' • Co-creación del Plan Nacional de Prevención y Erradicación de la Violencia contra las Mujeres y de Género y creación de un observatorio ciudadano de violencia de género y diversidades sexo-   55', // 129
      ' genéricas.', // 130
      ' INNOVACIÓN PÚBLICA                                                                                                                                                                                61', // 131
    ]).map((l) => l.trim());
    expect(rows).toContain('• Co-creación del Plan Nacional de Prevención y Erradicación de la Violencia contra las Mujeres y de Género y creación de un observatorio ciudadano de violencia de género y diversidades sexo-genéricas.\t55');
    expect(rows).toContain('INNOVACIÓN PÚBLICA\t61');
  });

  it('after a sentence\'s end, a capitalized word goes on in the cell only when it plainly did not fit («… datos abiertos.» / «Información de Contacto»)', () => {
    // The Open Government plan's commitment 1 milestones printed on A4 portrait, unruled (layout
    // text lines 1171-1197): the heading of the contact table sits right under milestone 7's
    // last line, within a fifth of the column's width of its end. Expected:
    // data/reports/2019-2022-plan-de-accion-gobierno-abierto-ecuador.txt line 890.
    const rows = joinedPrinted([
      ' <b>Hito 1:</b> Validación de la política de datos abiertos,                                   Febrero 2020                                     Abril', // 1171
      ' elaborada con insumos recibidos de participantes de los sectores                                                                               2020', // 1172
      ' público, privado, academia, sociedad civil y ciudadanía, que fueron', // 1173
      ' obtenidos en mesas realizadas de manera previa a la formalización', // 1174
      ' del presente compromiso.', // 1175
      ' <b>Hito 2:</b> Mapeo de actores públicos, académicos, privados y                              Marzo 2020                                       Mayo', // 1176
      ' de sociedad civil relacionados con la temática, y desarrollo de la                                                                             2020', // 1177
      ' metodología para la co-creación de la Guía para la implementación', // 1178
      ' de la Política.', // 1179
      ' <b>Hito 3:</b> Co-creación de la Guía para la implementación de                               Marzo 2020                                       Novi', // 1180
      ' la Política que incluye modelo de gobernanza y gestión de datos                                                                                embr', // 1181
      ' abiertos.                                                                                                                                      e', // 1182
      '                                                                                                                                                2020', // 1183
      ' <b>Hito 4:</b> Identificación y selección de indicadores para la                              Enero 2021                                       Abril', // 1184
      ' medición de la implementación de la política de datos abiertos con                                                                             2021', // 1185
      ' la participación de actores mapeados.', // 1186
      ' <b>Hito 5:</b> Difusión de la Política, Guía e Indicadores para la                            Junio 2020                                       Ener', // 1187
      ' gestión de datos abiertos y sus estándares de apertura.                                                                                        o', // 1188
      '                                                                                                                                                2022', // 1189
      ' <b>Hito 6:</b> Capacitación sobre la Guía de datos abiertos                                   Enero 2021                                       Ener', // 1190
      ' dirigida a funcionarios públicos y usuarios.                                                                                                   o', // 1191
      '                                                                                                                                                2022', // 1192
      ' <b>Hito 7:</b> Elaboración y publicación de informe de la                                     Enero 2021                                       Abril', // 1193
      ' implementación de la política de datos abiertos.                                                                                               2022', // 1194
      ' Información de Contacto', // 1195
      ' <b>Nombre de la persona responsable</b>                                                       Marco Sancho', // 1196
      ' <b>Título, Departamento</b>                                                                   Subsecretario Subsecretaría de Gobierno', // 1197
    ]).map((l) => l.trim());
    expect(rows[6]).toBe('<b>Hito 7:</b> Elaboración y publicación de informe de la implementación de la política de datos abiertos.\tEnero 2021\tAbril 2022');
    expect(rows[7]).toBe('Información de Contacto');
  });

  it('nothing goes on under the last piece of a cut figure: the value under it opens the next row («100» / «,00» / «%» / «N/A»)', () => {
    // The CNE matrix printed on A4 landscape, ruled, unit 23 (test/fixtures/layout/printed/, README
    // there). Expected: report lines 171-172, two goals.
    const rows = joinedPrinted(printed('cne-a4-landscape-ruled-unit-23'));
    expect(rows[6]!.split('\t').slice(3)).toEqual(['(O.O) Porcentaje de cumplimiento de los procesos de la Dirección Nacional de Seguridad y Manejo Integral de Riesgos', '100,00%']);
    expect(rows[7]!.split('\t').slice(3)).toEqual(['Porcentaje de operatividad de sistema de detección de incendios', 'N/A']);
  });

  it('a short line right after a table, inside its first column, is the last line of a cell wrapped there («ESTADO»)', () => {
    // The IESS recommendations printed on A4 landscape, serif 9 pt, spaced (OTHER_VARIANTS layout
    // text lines 199-208): the last row's «CONTRALORÍA» / «GENERAL DEL» / «ESTADO», the last of
    // them alone at the page's foot. Expected: data/reports/2023-iess-unidad-rendicion-de-cuentas-fragmento.txt line 104.
    const rows = joinedPrinted([
      'CONTRALORÍA   DNA7-0038-2018        S/N   100,00 %   Recomendaciones de   https://www.iess.gob.ec/documents/10162', // 199
      'GENERAL DEL                                          Cumplimiento         /97ed0f4b-fc2a-4de1-bd17-1572420574c8', // 200
      'ESTADO                                               Continuo', // 201
      'CONTRALORÍA   DNA7-SySS-0031-2022   S/N   100,00 %   Recomendaciones de   https://www.iess.gob.ec/documents/10162', // 202
      'GENERAL DEL                                          cumplimiento         /97ed0f4b-fc2a-4de1-bd17-1572420574c8', // 203
      'ESTADO                                               continuo', // 204
      'CONTRALORÍA   DNA7-SySS-0047-2023   S/N   60,00 %    En proceso de        https://www.iess.gob.ec/documents/10162', // 205
      'GENERAL DEL                                          aplicación           /97ed0f4b-fc2a-4de1-bd17-1572420574c8', // 206
      'ESTADO', // 207
      '', // 208
    ]);
    expect(rows[2]).toBe('CONTRALORÍA GENERAL DEL ESTADO\tDNA7-SySS-0047-2023\tS/N\t60,00 %\tEn proceso de aplicación\thttps://www.iess.gob.ec/documents/10162/97ed0f4b-fc2a-4de1-bd17-1572420574c8');
  });

  it('one-cell rows above a table wrap in its first column a character past its widest line (each line on its own grid)', () => {
    // The Open Government plan's commitment 4 heading printed on A4 landscape, serif 9 pt, spaced
    // (OTHER_VARIANTS layout text lines 1689-1712): its title and dates over a first column eleven
    // characters wide, «participació» and «n y acceso a» twelve. Expected:
    // data/reports/2019-2022-plan-de-accion-gobierno-abierto-ecuador.txt lines 971-972, the title
    // «Implementación de los derechos de participación y acceso a la información ambiental
    // (Escazú)» and «… noviembre 2019 – junio 2022» (here on one line: two one-cell rows with
    // nothing between them, the title's last line too short to tell).
    const text = [
      '## Desarrollo de capacidades para la transparencia', // 1689
      '\fImplementa', // 1690
      'ción de los', // 1691
      'derechos de', // 1692
      'participació', // 1693
      'n y acceso a', // 1694
      'la', // 1695
      'información', // 1696
      'ambiental', // 1697
      '(Escazú)', // 1698
      'Fecha de', // 1699
      'inicio y', // 1700
      'término del', // 1701
      'compromiso', // 1702
      ': noviembre', // 1703
      '2019 – junio', // 1704
      '2022', // 1705
      'Institución    Ministerio del Ambiente y Agua', // 1706
      'o actor', // 1707
      'responsable', // 1708
      'de la', // 1709
      'implementa', // 1710
      'ción', // 1711
      'Descripción', // 1712
    ].join('\n');
    const rows = joinWrappedText(text).text.split('\n').map((l) => l.replace(/^\f/, ''));
    expect(rows[1]).toMatch(/^Implementación de los derechos de participación y acceso a la información ambiental \(Escazú\) Fecha de inicio y término del compromiso: noviembre 2019 – junio 2022$/);
  });

  it('in a table whose rows carry figures, a line with none goes on beside a cell that ended a sentence', () => {
    // The Ministerio del Interior's goals printed on A4 portrait with narrow equal columns (layout
    // text lines 606-620 and 634-649, the description's last two lines left out): goal 1.3's description holds several sentences («… LA
    // VIOLENCIA.» / «ESTRATEGIA EMERGENTE …»), and every other cell of the row goes on beside it.
    // A row of this table opens with its figures; the line under the sentence has none, so it is
    // no new row. Expected: line 128 of data/reports/2023-ministerio-del-interior-rendicion-de-cuentas.txt.
    const text = [
      '                   3             PREVENCIÓN,     1.2.            1,00           4,00        400,00 %   PROYECTO', // 1
      '                                 PROTECCIÓN Y    PORCENTAJE DE                                         "EQUIPAMIENTO', // 2
      '                                 RESPUESTA       DOTACIÓN DE                                           BÁSICO"', // 3
      '                                 INTEGRAL A LA   MEDIOS                                                PROYECTO', // 4
      '                                 VIOLENCIA,      LOGÍSTICOS                                            "RENOVACIÓN', // 5
      '                                 COMETIMIENTO    PARA LA                                               VEHICULAR"', // 6
      '                                 DE DELITOS,     POLICÍA                                               PROYECTO', // 7
      '                                 CRIMEN          NACIONAL                                              "BUSES Y', // 8
      '                                 ORGANIZADO Y                                                          CAMIONES"', // 9
      '                                 LA                                                                    PROYECTO', // 10
      '                                 DELINCUENCIA.                                                         "SISTEMA', // 11
      '                                                                                                       PENITENCIARIO', // 12
      '                                                                                                       " PROYECTO', // 13
      '                                                                                                       "FRONTERA Y', // 14
      '                                                                                                       TRANSITO"', // 15
      '\f                  3             PREVENCIÓN,     1.3. NÚMERO     2,00           3,00        150,00 %   ESTRATEGIA', // 16
      '                                PROTECCIÓN Y    DE                                                    NACIONAL PARA', // 17
      '                                RESPUESTA       ESTRATEGIAS                                           LA PREVENCIÓN', // 18
      '                                INTEGRAL A LA   IMPLEMENTADA                                          DEL DELITO Y', // 19
      '                                VIOLENCIA,      S DE                                                  LA VIOLENCIA.', // 20
      '                                COMETIMIENTO    CORRESPONSA                                           ESTRATEGIA', // 21
      '                                DE DELITOS,     BILIDAD                                               EMERGENTE', // 22
      '                                CRIMEN          PARTICIPATIVA                                         PARA PREVENIR', // 23
      '                                ORGANIZADO Y    PARA LA                                               Y CONTENER LA', // 24
      '                                LA              PROMOCIÓN DE                                          VIOLENCIA', // 25
      '                                DELINCUENCIA.   UNA CULTURA                                           CRIMINAL.', // 26
      '                                                DE PAZ Y                                              ESTRATEGIA', // 27
      '                                                PREVENCIÓN                                            EMERGENTE', // 28
      '                                                DE DELITOS Y                                          PARA PREVENIR', // 29
      '                                                VIOLENCIA                                             Y CONTENER LA', // 30
      '                                                                                                      VIOLENCIA', // 31
    ].join('\n');
    const w = joinWrappedText(text);
    expect(w.map.starts).toEqual([1, 16]);
    const row = w.text.split('\n')[1]!.split('\t');
    expect(row.slice(0, 2)).toEqual(['3', 'PREVENCIÓN, PROTECCIÓN Y RESPUESTA INTEGRAL A LA VIOLENCIA, COMETIMIENTO DE DELITOS, CRIMEN ORGANIZADO Y LA DELINCUENCIA.']);
    expect(row.slice(3, 6)).toEqual(['2,00', '3,00', '150,00 %']);
    expect(row[6]).toMatch(/^ESTRATEGIA NACIONAL PARA LA PREVENCIÓN DEL DELITO Y LA VIOLENCIA\. ESTRATEGIA EMERGENTE PARA PREVENIR Y CONTENER LA VIOLENCIA CRIMINAL\./u);
  });

  it('a line of fewer digits than a line of digits above it in a cut figure broke at a space the figure prints («14805» / «883» / «1,00»)', () => {
    // The Ministerio's goals on A4 landscape with borders (printed-reports' a4-landscape-ruled,
    // pdftotext -layout, lines 359-379 of its text): the planned figure of goal 3.2 runs down a column
    // five digits wide, «14805» / «883» / «1,00». Digits share one width, so «883» had room for the
    // «1» of the next line: the break was at a space. The bundled report prints «14805883 1,00»
    // (line 138), a number split by OCR in the source that the parser repairs and flags.
    const text = [
      'Mejorar el sistema integral de        NO.   DESCRIPCIÓN                                                       TOTAL     TOTA', // 359
      'seguridad, frente a los riesgos y     DE                                                                      ES        LES', // 360
      'amenazas que afectan la               ME                                                                      PLANI     CUMP', // 361
      'seguridad ciudadana con               TA                                                                      FICAD     LIDO', // 362
      'transparencia y calidad de                                                                                    OS        S', // 363
      'servicio.', // 364
      '                                      3     SISTEMA INTEGRAL DE         3.2. CANTIDAD DE SUSTANCIAS           14805     2440      164,85    ESTRATEGIA ESPECÍFICA CONTRA EL TRÁFICO INTERNACIONAL DE', // 365
      '                                            SEGURIDAD, FRENTE A LOS     CATALOGADAS SUJETAS A                 883       7239      %         SUSTANCIAS CATALOGADAS SUJETAS A FISCALIZACIÓN', // 366
      '                                            RIESGOS Y AMENAZAS          FISCALIZACIÓN DEPOSITADAS             1,00      2, 41', // 367
      'Mejorar el sistema integral de        NO.   DESCRIPCIÓN                                                       TOTAL     TOTA', // 368
      'seguridad, frente a los riesgos y     DE                                                                      ES        LES', // 369
      'amenazas que afectan la               ME                                                                      PLANI     CUMP', // 370
      'seguridad ciudadana con               TA                                                                      FICAD     LIDO', // 371
      'transparencia y calidad de                                                                                    OS        S', // 372
      'servicio.', // 373
      '', // 374
      'Mejorar el sistema integral de seguridad,        3     SISTEMA INTEGRAL DE   3.3. CANTIDAD DE         30,00      0,00           0,0   PROYECTO "DESCONCENTRACIÓN DE LOS SERVICIOS DE SEGURIDAD EN', // 375
      'frente a los riesgos y amenazas que afectan la         SEGURIDAD, FRENTE A   INFRAESTRUCTURA                                    0%    DISTRITOS Y CIRCUITOS"', // 376
      'seguridad ciudadana con transparencia y                LOS RIESGOS Y         POLICIAL ADECUADA EN', // 377
      'calidad de gestión.                                    AMENAZAS              SITIOS ESTRATÉGICOS', // 378
      '\f Fortalecer las Capacidades Institucionales.    NO.     DESCRIPCIÓN                                               TOTALE      TOTALE', // 379
    ].join('\n');
    const rows = joinWrappedText(text).text.split('\n').map((l) => l.split('\t'));
    const goal = rows.find((r) => r[3]?.startsWith('3.2. '))!;
    expect(goal.slice(3, 5)).toEqual(['3.2. CANTIDAD DE SUSTANCIAS CATALOGADAS SUJETAS A FISCALIZACIÓN DEPOSITADAS', '14805883 1,00']);
    // the achieved figure beside it, printed «244072392, 41» (its decimals set apart by OCR in the
    // source, line 138) and cut «2440» / «7239» / «2, 41», is one figure too, its space kept
    expect(goal[5]).toBe('244072392, 41');
  });

  it('a word whose written accent would fall four syllables from the end is no cut word («FISCALIZACIÓN» / «DEPOSITADAS»)', () => {
    // The same goal on A4 portrait with narrow columns (printed-reports' a4-portrait-narrow, lines
    // 768-805 of its text): «FISCALIZACIÓN» fills its column and the document prints neither word
    // inside a line, but «FISCALIZACIÓNDEPOSITADAS» would carry its accent on the sixth syllable from
    // the end: Spanish writes it on one of the last three, so these are two words (bundled report, line 138).
    const text = [
      '                   3             SISTEMA        3.2. CANTIDAD   14805883 1,00   244072392, 41   164,85 %   ESTRATEGIA', // 768
      '                                 INTEGRAL DE    DE SUSTANCIAS                                              ESPECÍFICA', // 769
      '                                 SEGURIDAD,     CATALOGADAS                                                CONTRA EL', // 770
      '                                 FRENTE A LOS   SUJETAS A                                                  TRÁFICO', // 771
      '                                 RIESGOS Y      FISCALIZACIÓN                                              INTERNACIONAL', // 772
      '                                 AMENAZAS       DEPOSITADAS                                                DE SUSTANCIAS', // 773
      '                                                                                                           CATALOGADAS', // 774
      '                                                                                                           SUJETAS A', // 775
      '                                                                                                           FISCALIZACIÓN', // 776
      'Mejorar el         NO. DE META   DESCRIPCIÓN                    TOTALES         TOTALES', // 777
      'sistema integral                                                PLANIFICADOS    CUMPLIDOS', // 778
      'de seguridad,', // 779
      'frente a los', // 780
      'riesgos y', // 781
      'amenazas que', // 782
      'afectan la', // 783
      'seguridad', // 784
      'ciudadana con', // 785
      'transparencia y', // 786
      'calidad de', // 787
      'servicio.', // 788
      '', // 789
      'Mejorar el         3             SISTEMA        3.3. CANTIDAD   30,00           0,00            0,00 %     PROYECTO', // 790
      'sistema integral                 INTEGRAL DE    DE                                                         "DESCONCENTR', // 791
      'de seguridad,                    SEGURIDAD,     INFRAESTRUCT                                               ACIÓN DE LOS', // 792
      'frente a los                     FRENTE A LOS   URA POLICIAL                                               SERVICIOS DE', // 793
      'riesgos y                        RIESGOS Y      ADECUADA EN                                                SEGURIDAD EN', // 794
      'amenazas que                     AMENAZAS       SITIOS                                                     DISTRITOS Y', // 795
      'afectan la                                      ESTRATÉGICOS                                               CIRCUITOS"', // 796
      'seguridad', // 797
      'ciudadana con', // 798
      'transparencia y', // 799
      'calidad de', // 800
      'gestión.', // 801
      'Fortalecer las     NO. DE META   DESCRIPCIÓN                    TOTALES         TOTALES', // 802
      'Capacidades                                                     PLANIFICADOS    CUMPLIDOS', // 803
      'Institucionales.', // 804
      '\f                    2                FORTALECIMIEN    4.1. NÚMERO     10,00             10,00              100,00 %         DOCUMENTOS', // 805
    ].join('\n');
    const rows = joinWrappedText(text).text.split('\n').map((l) => l.split('\t'));
    const goal = rows.find((r) => r[3]?.startsWith('3.2. '))!;
    expect(goal[3]).toBe('3.2. CANTIDAD DE SUSTANCIAS CATALOGADAS SUJETAS A FISCALIZACIÓN DEPOSITADAS');
  });

  it('the piece of a figure cut in a cell right-aligned, at a page\'s top, goes on under it («107,0» / «6%»)', () => {
    // The IESS goals total on A4 portrait with figures right-aligned (other-printed-layouts'
    // a4-portrait-dejavu-8pt-right, pdftotext -layout, lines 111-146 of its text): the total's row
    // opens page 3 on the grid of the table above, «107,0» at 121, and its piece «6%» at 123 under it,
    // on no column start of the rows above. It is that figure's end, not a new table's column: the
    // row reads «TOTAL % CUMPLIMIENTO DE LA GESTIÓN:» with 107,06 % (the bundled report, line 71).
    const text = [
      'CUMPLIMIENTO DE LA EJECUCIÓN PROGRAMÁTICA:', // 111
      '', // 112
      ' OBJETIVOS ESTRATEGICOS/COMPETENCIAS EXCLUSIVAS                                   META              INDICA    RES          %        DESC', // 113
      '                                                                                  POA               DOR       ULT          CUMP     RIPCIÓ', // 114
      '                                                                                                    DE LA     ADO          LIMIE    N DE', // 115
      '                                                                                                    META      S            NTO      LA', // 116
      '                                                                                                                           DE LA    GESTI', // 117
      '                                                                                                                           GESTI    ÓN', // 118
      '                                                                                                                           ÓN       POR', // 119
      '                                                                                                                                    META', // 120
      '                                                                                  NO. DE    DESC              TOT    TOT', // 121
      '                                                                                  META      RIPCI             ALE    ALE', // 122
      '                                                                                            ÓN                S      S', // 123
      '                                                                                                              PLA    CU', // 124
      '                                                                                                              NIFI   MPL', // 125
      '                                                                                                              CAD    IDO', // 126
      '                                                                                                              OS     S', // 127
      ' OE 1. Incrementar la sostenibilidad de los fondos de los seguros                    85     85%     PORCE     0,85   0,9   107,0    SE', // 128
      ' especializados,OE 2. Incrementar la eficiencia en el uso de recursos                       DE      NTAJE              1     6%     SUPER', // 129
      ' financieros,OE 3. Incrementar la efectividad de la afiliación a la                         EJECU   DE                              Ó LA', // 130
      ' seguridad social,OE 4. Incrementar la calidad, calidez y oportunidad en                    CIÓN    EJECUC                          META', // 131
      ' el acceso y entrega de las prestaciones y servicios,OE 5. Incrementar                      PRES    IÓN                             PROYE', // 132
      ' la eficiencia operacional de la gestión de los procesos,OE 6.                              UPUE    PRESU                           CTADA', // 133
      ' Incrementar el desarrollo profesional de los servidores de la                              STARI   PUEST', // 134
      ' institución,OE 7. Incrementar el grado de innovación en la gestión                         A       ARIA', // 135
      ' institucional', // 136
      '\f                                                                              TOTAL                                      107,0', // 137
      '                                                                              %                                            6%', // 138
      '                                                                              CUMPL', // 139
      '                                                                              IMIENT', // 140
      '                                                                              O DE', // 141
      '                                                                              LA', // 142
      '                                                                              GESTI', // 143
      '                                                                              ÓN:', // 144
      '', // 145
      'CUMPLIMIENTO DE LA EJECUCIÓN PRESUPUESTARIA:', // 146
    ].join('\n');
    const rows = joinWrappedText(text).text.split('\n').map((l) => l.split('\t').filter((c) => c.trim() !== ''));
    expect(rows).toContainEqual(['TOTAL % CUMPLIMIENTO DE LA GESTIÓN:', '107,06%']);
  });

  it('a line of a cell in small letters goes on however short the line above looks', () => {
    // Cut from the CNE matrix on A4 portrait with equal narrow columns: «de cumplimiento» plus «de»
    // fits the column's characters, not its points, so «de los procesos de» went down a line.
    const text = [
      '7   Porcentaje de             99,52%',      // 1
      '    ejecución',                             // 2
      '    presupuestaria',                        // 3
      '    (O.O) Porcentaje          100,00%',     // 4
      '    de cumplimiento',                       // 5
      '    de los procesos de',                    // 6
      '    la Dirección',                          // 7
      '    Porcentaje de             100,00%',     // 8
      '    actividades difundidas',                // 9
      '    en boletines de prensa',                // 10  the column's widest line
      // a line in small letters with a value of its own is a row (whose text lost its start)
      '    y renuncias de OP         N/A',         // 11
      '\f',                                        // 12
    ].join('\n');
    expect(joinWrappedText(text).text.split('\n')).toEqual([
      '7\tPorcentaje de ejecución presupuestaria\t99,52%',
      '\t(O.O) Porcentaje de cumplimiento de los procesos de la Dirección\t100,00%',
      '\tPorcentaje de actividades difundidas en boletines de prensa\t100,00%',
      '\ty renuncias de OP\tN/A',
      '\f',
    ]);
  });

  it('a number cut down a narrow column of numbering figures is one number when its row goes on beside it', () => {
    // As the CNE literal a4 matrix prints on A4 landscape with borders (pdftotext -layout): the
    // number column is narrower than «No.» («N» / «o.») and than unit 20, printed «2» / «0» beside its
    // wrapped indicator; units 1 and 2 are rows of their own. Printed on pages.
    const text = [
      'N    Indicador                      Meta',           // 1
      'o.                                  cuantificable',  // 2
      '1    Porcentaje de ejecución        70,36%',         // 3
      '2    Porcentaje de cumplimiento     N/A',            // 4
      '2    Índice de cumplimiento a los   98,00%',         // 5
      '0    requerimientos audiovisuales',                  // 6
      '\f',                                                 // 7
    ].join('\n');
    const w = joinWrappedText(text);
    expect(w.text.split('\n')).toEqual([
      'No.\tIndicador\tMeta cuantificable',
      '1\tPorcentaje de ejecución\t70,36%',
      '2\tPorcentaje de cumplimiento\tN/A',
      '20\tÍndice de cumplimiento a los requerimientos audiovisuales\t98,00%',
      '\f',
    ]);
    expect(w.map).toEqual({ starts: [1, 3, 4, 5, 7], displayedLines: 7 });
  });

  it('a closing mark alone under a wrapped cell ends its text; a line of rules is no text', () => {
    // As the CNE literal a4 matrix prints on A4 portrait without borders: «… ( E» / «)» in the
    // indicator column, the closing parenthesis wrapped alone. Printed on pages.
    const text = [
      'No.  Indicador                         Meta',     // 1
      '1    Porcentaje de cumplimiento del    N/A',      // 2
      '     Plan Anual de Compras ( E',                 // 3
      '     )',                                          // 4
      '2    Porcentaje de ejecución de la     70,36%',   // 5
      '     meta presupuestaria anual',                  // 6
      '     ------------------------------',             // 7
      '\f',                                              // 8
    ].join('\n');
    expect(joinWrappedText(text).text.split('\n')).toEqual([
      'No.\tIndicador\tMeta',
      '1\tPorcentaje de cumplimiento del Plan Anual de Compras ( E )\tN/A',
      '2\tPorcentaje de ejecución de la meta presupuestaria anual\t70,36%',
      '\t------------------------------\t',
      '\f',
    ]);
  });

  it('a line of one cell under the widest line of its column that ended a sentence starts a new row', () => {
    // As the plan prints on the wide page with borders (pdftotext -layout): the last milestone's
    // cell is the widest of its column and ends «colectiva.»; the one-cell row «Información de
    // Contacto» comes next. A cell that wraps goes on («Publicación de datos» / «abiertos.»).
    const text = [
      ' Actividad                                         Inicio        Fin',          // 1
      ' Hito 4: Publicación de datos OCDS con una         Enero 2021    Agosto 2021',  // 2
      ' licencia de datos abiertos en línea con una',                                  // 3
      ' política de publicación clara.',                                               // 4
      ' Hito 5: Implementación del proyecto piloto colectiva.   Enero 2022    Junio 2022', // 5
      ' Información de Contacto',                                                      // 6
      '\f',                                                                            // 7
    ].join('\n');
    expect(joinWrappedText(text).text.split('\n')).toEqual([
      'Actividad\tInicio\tFin',
      'Hito 4: Publicación de datos OCDS con una licencia de datos abiertos en línea con una política de publicación clara.\tEnero 2021\tAgosto 2021',
      'Hito 5: Implementación del proyecto piloto colectiva.\tEnero 2022\tJunio 2022',
      ' Información de Contacto',
      '\f',
    ]);
  });

  it('markup left open on a line of one cell goes on to the line that closes it; a fragment never closed joins nothing', () => {
    // As the Open Government plan prints on A4 landscape with borders (pdftotext -layout): the
    // commitment's title and dates are one-cell rows of HTML text wrapped in the table's first
    // column; the two-cell row below them is joined as any wrapped row. Printed on pages.
    const text = [
      'Los compromisos del plan se presentan en fichas, una por compromiso, con sus hitos y fechas.', // 1
      ' <b>Elaboración',                                                        // 2
      ' colaborativa de la política',                                           // 3
      ' para su implementación</b>',                                            // 4
      ' <b>Fecha de inicio y',                                                  // 5
      ' término del compromiso:',                                               // 6
      ' febrero 2020 - abril 2022</b>',                                         // 7
      ' <b>Institución o actor       <b>Ministerio de Telecomunicaciones</b>',  // 8
      ' responsable</b>',                                                       // 9
      '',                                                                       // 10
      ' <ul style="list-style-type: none">• Se',                                 // 11
      ' realizaron 4 reuniones',                                                // 12
      '\f',                                                                     // 13
    ].join('\n');
    const w = joinWrappedText(text);
    expect(w.text.split('\n')).toEqual([
      'Los compromisos del plan se presentan en fichas, una por compromiso, con sus hitos y fechas.',
      ' <b>Elaboración colaborativa de la política para su implementación</b>',
      ' <b>Fecha de inicio y término del compromiso: febrero 2020 - abril 2022</b>',
      '<b>Institución o actor responsable</b>\t<b>Ministerio de Telecomunicaciones</b>',
      '',
      ' <ul style="list-style-type: none">• Se',
      ' realizaron 4 reuniones',
      '\f',
    ]);
    expect(w.map).toEqual({ starts: [1, 2, 5, 8, 10, 11, 12, 13], displayedLines: 13 });
  });

  it('a one-cell row wraps at its column\'s width when the column wraps: the next line goes on only when its first word would not fit', () => {
    // As the plan's commitment titles print on A4 portrait with equal-width columns: a title in the
    // first column wraps over two lines; the dates row under it starts a new row (its first word
    // fits after the title's last line).
    const text = [
      ' Implementación de los derechos de la',                // 1
      ' información ambiental (Escazú)',                       // 2
      ' Fecha de inicio: noviembre 2019',                     // 3
      ' Institución o actor responsable de la    Ministerio del', // 4
      ' implementación                           Ambiente y Agua', // 5
      '\f',                                                   // 6
    ].join('\n');
    const w = joinWrappedText(text);
    expect(w.text.split('\n')).toEqual([
      ' Implementación de los derechos de la información ambiental (Escazú)',
      ' Fecha de inicio: noviembre 2019',
      'Institución o actor responsable de la implementación\tMinisterio del Ambiente y Agua',
      '\f',
    ]);
    expect(w.map).toEqual({ starts: [1, 3, 4, 6], displayedLines: 6 });
  });

  it('openElements counts the elements a piece of markup leaves open', () => {
    expect(openElements('<b>Fecha de inicio y')).toBe(1);
    expect(openElements('2022</b>')).toBe(-1);
    expect(openElements('<p><b>Hito 1:</b> Identificación</p>')).toBe(0);
    expect(openElements('<br> <img src="x"/> texto')).toBe(0);
    expect(openElements('</td> <td data-bbox="930 1048')).toBe(0);
    expect(openElements('a < b y c > d')).toBe(0);
  });

  it('a period after a number ("OE 2.") numbers an item: the cell goes on below it', () => {
    // As the IESS objectives print in a narrow column (pdftotext -layout, A4 portrait, equal-width
    // columns): the objective cell goes on for many lines, one of them "OE 2.".
    const text = [
      ' OBJETIVO           META',                // 1
      ' OE 1.              85% DE',              // 2
      ' Incrementar la     EJECUCIÓN',           // 3
      ' sostenibilidad,',                        // 4
      ' OE 2.',                                  // 5
      ' Incrementar la',                         // 6
      ' eficiencia',                             // 7
      '\f',                                      // 8
    ].join('\n');
    const w = joinWrappedText(text);
    expect(w.text.split('\n')).toEqual([
      'OBJETIVO\tMETA',
      // "sostenibilidad," fills its column and nothing in the document says otherwise: no space
      'OE 1. Incrementar la sostenibilidad,OE 2. Incrementar la eficiencia\t85% DE EJECUCIÓN',
      '\f',
    ]);
    expect(w.map).toEqual({ starts: [1, 2, 8], displayedLines: 8 });
    // a sentence that ends ("contacto.") under a full line still ends the row, as before
    const sentence = text.replace(' OE 2.', ' Fin de la meta.');
    expect(joinWrappedText(sentence).text.split('\n')[1]).toBe('OE 1. Incrementar la sostenibilidad,Fin de la meta.\t85% DE EJECUCIÓN');
  });

  it('a line of prose wrapped at the right margin goes on in the next line of prose', () => {
    // As a section heading longer than the page prints on A4 portrait (pdftotext -layout): the
    // longest prose line of the text marks the margin; "LA" would not fit after "Y".
    const text = [
      'INCORPORACIÓN DE RECOMENDACIONES Y DICTÁMENES DE LA FUNCIÓN DE',  // 1
      'LA PROCURADURÍA GENERAL DEL ESTADO:',                             // 2
      '',                                                                // 3
      ' ENTIDAD        CUMPLIMIENTO',                                    // 4
      ' CONTRALORÍA    100,00 %',                                        // 5
      '',                                                                // 6
      'Una nota corta.',                                                 // 7
      'Otra nota corta.',                                                // 8
      '\f',                                                              // 9
    ].join('\n');
    const w = joinWrappedText(text);
    expect(w.text.split('\n')).toEqual([
      'INCORPORACIÓN DE RECOMENDACIONES Y DICTÁMENES DE LA FUNCIÓN DE LA PROCURADURÍA GENERAL DEL ESTADO:',
      '',
      'ENTIDAD\tCUMPLIMIENTO',
      'CONTRALORÍA\t100,00 %',
      '',
      'Una nota corta.',
      'Otra nota corta.',
      '\f',
    ]);
    expect(w.map).toEqual({ starts: [1, 3, 4, 5, 6, 7, 8, 9], displayedLines: 9 });
  });

  it('a markdown heading, set larger than the prose, goes on in the next line unless that one starts with a capital', () => {
    // As the Open Government plan prints on A4 portrait narrow (pdftotext -layout, lines 3323-3324 and
    // 1146-1147): the heading wraps well short of the prose's margin (the first line here).
    const text = [
      'hitos del compromiso en mención se adecuaron para continuar con la aplicación de los estamentos que dicta',  // 1
      '',                                                                                                        // 2
      '# Co-diseño de la hoja de ruta para la implementación del Estándar EITI',                                // 3
      '(petróleo, gas y minería)',                                                                               // 4
      '',                                                                                                        // 5
      '### Datos Abiertos',                                                                                      // 6
      '<b>Elaboración colaborativa de la política de datos abiertos</b>',                                        // 7
      '\f',                                                                                                      // 8
    ].join('\n');
    expect(joinWrappedText(text).text.split('\n')).toEqual([
      'hitos del compromiso en mención se adecuaron para continuar con la aplicación de los estamentos que dicta',
      '',
      '# Co-diseño de la hoja de ruta para la implementación del Estándar EITI (petróleo, gas y minería)',
      '',
      '### Datos Abiertos',
      '<b>Elaboración colaborativa de la política de datos abiertos</b>',
      '\f',
    ]);
  });

  it('the same text again under a cell is the next row\'s value, not a continuation', () => {
    // Printed on pages; indicator column from character 1, value column from 45 (as narrow as its
    // values). Line 2 sits under full cells of line 1 in both columns, but repeats its "N/A".
    const text = [
      ' Porcentaje de gestión de solicitudes de     N/A',   // 1
      ' Porcentaje de participación ciudadana       N/A',   // 2
      '\f',                                                  // 3
    ].join('\n');
    const w = joinWrappedText(text);
    expect(w.text.split('\n')).toEqual([
      'Porcentaje de gestión de solicitudes de\tN/A',
      'Porcentaje de participación ciudadana\tN/A',
      '\f',
    ]);
    expect(isIdentity(w.map)).toBe(true);
  });

  it('a whole «N/A» ends its cell, printed whole or cut down a narrow column («N/» / «A»)', () => {
    // As the CNE LOTAIP matrix prints on A4 portrait unruled (pdftotext -layout, lines 301-304 and
    // 443-451, indent trimmed): the line under a row's «N/A» fills the indicator column and its figure
    // «10» (cut: «10» / «0,0» / «0%») would fit beside «N/A», yet starts the next row.
    // (A column of mostly «N/A»: no column of numbers, where any figure would start a row.)
    const whole = [
      ' Porcentaje de ejecución presupuestaria          N/A',   // 1
      ' Porcentaje de planes aprobados                  N/A',   // 2
      ' Porcentaje de informes entregados               N/A',   // 3
      ' Porcentaje de asistencias técnicas ejecutadas   N/A',   // 4
      ' Porcentaje número de modalidades de difusión    10',    // 5
      ' implementadas vs número de modalidades de       0,0',   // 6
      ' difusión planificadas                           0%',    // 7
      '\f',                                                    // 8
    ].join('\n');
    const w = joinWrappedText(whole);
    expect(w.text.split('\n').filter((l) => l.trim()).slice(3)).toEqual([
      'Porcentaje de asistencias técnicas ejecutadas\tN/A',
      'Porcentaje número de modalidades de difusión implementadas vs número de modalidades de difusión planificadas\t100,00%',
    ]);
    expect([4, 5].map((n) => displayedLine(w.map, n))).toEqual([4, 5]);
    const cut = [
      ' Porcentaje de operatividad de     N/',   // 1
      ' sistema de detección de           A',    // 2
      ' incendios',                              // 3
      ' Porcentaje de planes de           N/',   // 4
      ' emergencia aprobados              A',    // 5
      ' Porcentaje de asistencias         N/',   // 6
      ' técnicas                          A',    // 7
      '\f',                                      // 8
    ].join('\n');
    expect(joinWrappedText(cut).text.split('\n').filter((l) => l.trim())).toEqual([
      'Porcentaje de operatividad de sistema de detección de incendios\tN/A',
      'Porcentaje de planes de emergencia aprobados\tN/A',
      'Porcentaje de asistencias técnicas\tN/A',
    ]);
  });

  it('a whole figure opening a cell of words goes on in a column of words; a «%» under a word is a word of its own', () => {
    // The IESS form's goals table printed on A4 portrait unruled (pdftotext -layout, lines 110-136, as
    // displayed): the goal «85% DE EJECUCIÓN PRESUPUESTARIA» runs down its column from a whole figure,
    // and the total's label «TOTAL» / «%» / «CUMPLI» / … down the goal-number column.
    const rows = joinedPrinted([
      ' OBJETIVOS ESTRATEGICOS/COMPETENCIAS EXCLUSIVAS                                              META                  INDICA     RES           %        DESCRI',
      '                                                                                             POA                   DOR DE     ULTA          CUMP     PCIÓN',
      '                                                                                                                   LA         DOS           LIMIEN   DE LA',
      '                                                                                                                   META                     TO DE    GESTIÓ',
      '                                                                                                                                            LA       N POR',
      '                                                                                                                                            GESTI    META',
      '                                                                                                                                            ÓN',
      '                                                                                             NO. DE      DESCR                TOT    TOT',
      '                                                                                             META        IPCIÓN               ALES   ALE',
      '                                                                                                                              PLA    S',
      '                                                                                                                              NIFI   CUM',
      '                                                                                                                              CAD    PLID',
      '                                                                                                                              OS     OS',
      ' OE 1. Incrementar la sostenibilidad de los fondos de los seguros especializados,OE          85          85%       PORCEN     0,85   0,91   107,0    SE',
      ' 2. Incrementar la eficiencia en el uso de recursos financieros,OE 3. Incrementar la                     DE        TAJE DE                  6%       SUPER',
      ' efectividad de la afiliación a la seguridad social,OE 4. Incrementar la calidad,                        EJECUC    EJECUCI                           Ó LA',
      ' calidez y oportunidad en el acceso y entrega de las prestaciones y servicios,OE 5.                      IÓN       ÓN                                META',
      ' Incrementar la eficiencia operacional de la gestión de los procesos,OE 6.                               PRESU     PRESUP                            PROYE',
      ' Incrementar el desarrollo profesional de los servidores de la institución,OE 7.                         PUEST     UESTARI                           CTADA',
      ' Incrementar el grado de innovación en la gestión institucional                                          ARIA      A',
      '                                                                                             TOTAL                                          107,0',
      '                                                                                             %                                              6%',
      '                                                                                             CUMPLI',
      '                                                                                             MIENTO',
      '                                                                                             DE LA',
      '                                                                                             GESTIÓ',
      '                                                                                             N:',
    ]).filter((l) => l.includes('\t')).map((l) => l.split('\t'));
    const goal = rows.find((r) => r[1] === '85')!;
    // (the indicator's «PRESUPUESTARI» / «A» needs the whole document's words: not asked here)
    expect([...goal.slice(1, 3), ...goal.slice(4, 7)]).toEqual(['85', '85% DE EJECUCIÓN PRESUPUESTARIA', '0,85', '0,91', '107,06%']);
    expect(rows.find((r) => r[1]!.startsWith('TOTAL'))!.slice(1)).toEqual(['TOTAL % CUMPLIMIENTO DE LA GESTIÓN:', '', '', '', '', '107,06%', '']);
  });

  it('one-cell rows of a key-value table printed above it wrap at its first column\'s width, row by row', () => {
    // The Open Government plan printed on A3 landscape ruled (pdftotext -layout, lines 1714-1730 as
    // displayed): the commitment's title and its line of dates have no value, so recover.ts leaves them
    // out of the table; each wraps in the first column («Ecuador» ends the title: «Fecha» would fit after it).
    const text = [
      '## Innovación Pública',
      '',
      'Primer laboratorio',
      'de innovación',
      'ciudadana de',
      'Ecuador',
      'Fecha de inicio y',
      'término del',
      'compromiso: enero',
      '2020 – junio 2022',
      'Institución o actor     Presidencia de la República del Ecuador',
      'responsable de la',
      'implementación',
      'Descripción del',
      'compromiso',
      '¿Cuál es la             Las capacidades de innovación y los espacios ciudadanos de colaboración y co-creación para aportar a la gestión pública no son suficientes y tampoco responden a las actuales demandas',
      'problemática que el     ciudadanas de nuevas formas de trabajo colaborativo.',
      '\f',
    ].join('\n');
    const w = joinWrappedText(text);
    expect(w.text.split('\n').slice(0, 5)).toEqual([
      '## Innovación Pública',
      '',
      'Primer laboratorio de innovación ciudadana de Ecuador',
      'Fecha de inicio y término del compromiso: enero 2020 – junio 2022',
      'Institución o actor responsable de la implementación Descripción del compromiso\tPresidencia de la República del Ecuador',
    ]);
    expect(w.map.starts.slice(0, 5)).toEqual([1, 2, 3, 7, 11]);
    // A4 portrait in a serif font with padded cells (lines 6000-6017): the rows are parted by blank lines
    const padded = [
      '## Innovación Pública',
      '',
      '',
      '  Primer',
      '  laboratorio',
      '  de',
      '  innovación',
      '  ciudadana',
      '  de Ecuador',
      '',
      '  Fecha de',
      '  inicio y',
      '  término del',
      '  compromiso:',
      '  enero 2020 –',
      '  junio 2022',
      '',
      '  Institución o     Presidencia de la República del Ecuador',
      '  actor',
      '  responsable',
      '  de la',
      '  implementac',
      '  ión',
      '\f',
    ].join('\n');
    expect(joinWrappedText(padded).text.split('\n').filter((l) => l.trim()).slice(1, 3)).toEqual([
      '  Primer laboratorio de innovación ciudadana de Ecuador',
      '  Fecha de inicio y término del compromiso: enero 2020 – junio 2022',
    ]);
  });

  it('a line of prose right above one-cell lines keeps them: it may go on in them (markup left open)', () => {
    // The plan on A4 portrait narrow (lines 1146-1151): the title and dates are markup that closes on
    // the next line, wider than the table's first column.
    const text = [
      '### Datos Abiertos',
      '<b>Elaboración colaborativa de la política de datos abiertos y la guía',
      'para su implementación</b>',
      '<b>Fecha de inicio y término del compromiso: febrero 2020 - abril',
      '2022</b>',
      '<b>Institución o actor responsable de la implementación</b>              <b>Ministerio de Telecomunicaciones y de la Sociedad de la',
      '                                                                         Información</b>',
      '<b>¿Cuál es la problemática que el compromiso aborda?</b>                Los datos que actualmente se generan no responden a las necesidades',
      '\f',
    ].join('\n');
    expect(joinWrappedText(text).text.split('\n').slice(1, 3)).toEqual([
      '<b>Elaboración colaborativa de la política de datos abiertos y la guía para su implementación</b>',
      '<b>Fecha de inicio y término del compromiso: febrero 2020 - abril 2022</b>',
    ]);
  });

  it('a row laid a few characters right of the others (its own grid) does not widen its column for the rows above', () => {
    // The Ministerio del Interior form printed on A4 portrait narrow (pdftotext -layout, lines 575-592 and
    // 731-745 as displayed): goal 3.1's description starts at character 107, goal 1.1's at 103, so its
    // lines end further right; «ALTERACIÓN» / «DEL ORDEN» of goal 1.1 still fill their column.
    const rows = joinedPrinted([
      '                   3             PREVENCIÓN,     1.1. NÚMERO     2,00           2,00        100,00 %   MANUAL DEL',
      '                                 PROTECCIÓN Y    DE                                                    PROCESO DE',
      '                                 RESPUESTA       ESTRATÉGIAS                                           ACTUACIÓN',
      '                                 INTEGRAL A LA   DE                                                    INTERINSTITUCI',
      '                                 VIOLENCIA,      PREVENCIÓN                                            ONAL FRENTE A',
      '                                 COMETIMIENTO    FRENTE A LAS                                          ALERTAS DE',
      '                                 DE DELITOS,     ALTERACIONES                                          CONFLICTOS',
      '                                 CRIMEN          Y CONFLICTOS                                          SOCIALES Y',
      '                                 ORGANIZADO Y    SOCIALES                                              ALTERACIÓN',
      '                                 LA                                                                    DEL ORDEN',
      '                                 DELINCUENCIA.                                                         PÚBLICO',
      '                                                                                                       APROBADO, A',
      '                                                                                                       NIVEL',
      '                                                                                                       INSTITUCIONAL,',
      '                                                                                                       ASÍ COMO',
      '                                                                                                       TAMBIÉN EN',
      '                                                                                                       POLICÍA',
      '                                                                                                       NACIONAL',
      '                   3             SISTEMA        3.1.            82,00           78,89           96,21 %    MEDICIÓN DE',
      '                                 INTEGRAL DE    PORCENTAJE DE                                              LA PERCEPCIÓN',
      '                                 SEGURIDAD,     SATISFACCIÓN                                               DEL USUARIO',
      '                                 FRENTE A LOS   DEL USUARIO                                                EXTERNO DE',
      '                                 RIESGOS Y      EXTERNO                                                    LOS SERVICIOS',
      '                                 AMENAZAS                                                                  QUE PRESTA EL',
      '                                                                                                           MINISTERIO DEL',
      '                                                                                                           INTERIOR',
      '                                                                                                           EJECUTADA Y',
      '                                                                                                           REMITIDA AL',
      '                                                                                                           MINISTERIO DEL',
      '                                                                                                           TRABAJO',
      '                                                                                                           MEDIANTE',
      '                                                                                                           INFORMES DE',
      '                                                                                                           RESULTADOS',
    ]).filter((l) => l.includes('\t')).map((l) => l.split('\t'));
    expect(rows).toHaveLength(2);
    expect(rows[0]!.slice(0, 6)).toEqual([
      '3', 'PREVENCIÓN, PROTECCIÓN Y RESPUESTA INTEGRAL A LA VIOLENCIA, COMETIMIENTO DE DELITOS, CRIMEN ORGANIZADO Y LA DELINCUENCIA.',
      '1.1. NÚMERO DE ESTRATÉGIAS DE PREVENCIÓN FRENTE A LAS ALTERACIONES Y CONFLICTOS SOCIALES', '2,00', '2,00', '100,00 %',
    ]);
    // (the cut «INTERINSTITUCI» / «ONAL» needs the whole document's words: not asked here)
    expect(rows[0]![6]).toMatch(/^MANUAL DEL PROCESO DE ACTUACIÓN INTERINSTITUCI ?ONAL FRENTE A ALERTAS DE CONFLICTOS SOCIALES Y ALTERACIÓN DEL ORDEN PÚBLICO APROBADO, A NIVEL INSTITUCIONAL, ASÍ COMO TAMBIÉN EN POLICÍA NACIONAL$/);
    expect(rows[1]!.slice(0, 3)).toEqual(['3', 'SISTEMA INTEGRAL DE SEGURIDAD, FRENTE A LOS RIESGOS Y AMENAZAS', '3.1. PORCENTAJE DE SATISFACCIÓN DEL USUARIO EXTERNO']);
  });

  it('a whole date under text starts a new row, as a figure does', () => {
    // The CNE LOTAIP matrix printed wide unruled (lines 224-226): the link row's cells, cut across the page,
    // sit above the key-value rows; «30/11/2023» under «… POR RESULTADO» is the next row's value.
    const text = [
      '                                                                                                    LINK PARA DESCAR                                     GAR EL REPORTE DE GOBIERNO POR RESULTADO          os (gpr)',
      'FECHA ACTUALIZACIÓN DE LA INFORMACIÓN:                                                                                                                   30/11/2023',
      'PERIODICIDAD DE ACTUALIZACIÓN DE LA INFORMACIÓN:                                                                                                         MENSUAL',
      'UNIDAD POSEEDORA DE LA INFORMACION - LITERAL a):                                                                                                         DIRECCIÓN NACIONAL DE PLANIFICACIÓN Y PROYECTOS',
      '\f',
    ].join('\n');
    const out = joinWrappedText(text).text.split('\n');
    expect(out[1]).toMatch(/^FECHA ACTUALIZACIÓN DE LA INFORMACIÓN:\t30\/11\/2023\t*$/);
  });

  it('a tag cut before its «>» («implementación</b» / «>») closes its element on the next line, joined with no space', () => {
    // The plan printed on A4 portrait unruled (pdftotext -layout, lines 1119-1136 as displayed): the title of
    // commitment 1 wraps in the table's first column, its closing tag cut as «</b» / «>».
    const text = [
      '### Datos Abiertos',
      '',
      ' <b>Elaboración',
      ' colaborativa de la',
      ' política de datos',
      ' abiertos y la guía',
      ' para su',
      ' implementación</b',
      ' >',
      ' <b>Fecha de inicio',
      ' y término del',
      ' compromiso:',
      ' febrero 2020 - abril',
      ' 2022</b>',
      ' <b>Institución o       <b>Ministerio de Telecomunicaciones y de la Sociedad de la Información</b>',
      ' actor responsable',
      ' de la',
      ' implementación</b',
      '\f',
    ].join('\n');
    expect(joinWrappedText(text).text.split('\n').slice(2, 4)).toEqual([
      ' <b>Elaboración colaborativa de la política de datos abiertos y la guía para su implementación</b>',
      ' <b>Fecha de inicio y término del compromiso: febrero 2020 - abril 2022</b>',
    ]);
  });

  it('a page break between two rows of one table is the printing\'s: the parsers get no form feed there', () => {
    // Cut from the CNE matrix printed on A4 portrait (the page after the form feed on a grid 3
    // characters right of the page above's) and on a very wide page (a new table, with other
    // columns, starting the page: a page break of the document, kept).
    const pad = (n: number) => ' '.repeat(n);
    const head = [
      '1   Dirección       Incrementar la          Porcentaje de        N/A',
      '    Nacional de     calidad de los          asistencias',
      '    Estadística     servicios.              técnicas',
      '                                            Número de informes   N/A',
      '                                            presentados',
    ];
    const sameTable = [...head, `\f${pad(47)}Porcentaje de        N/A`, `${pad(47)}atenciones al`, '\f'].join('\n');
    expect(joinWrappedText(sameTable).text.split('\n')).toEqual([
      '1\tDirección Nacional de Estadística\tIncrementar la calidad de los servicios.\tPorcentaje de asistencias técnicas\tN/A',
      '\t\t\tNúmero de informes presentados\tN/A',
      '\t\t\tPorcentaje de atenciones al\tN/A',
      '\f',
    ]);
    const newTable = [...head, `\f${pad(30)}(O.O) Porcentaje${pad(26)}100,00%`, ` 28${pad(27)}Porcentaje de${pad(29)}N/A`, '\f'].join('\n');
    expect(joinWrappedText(newTable).text.split('\n').slice(2)).toEqual(['\f\t(O.O) Porcentaje\t100,00%', '28\tPorcentaje de\tN/A', '\f']);
  });

  it('leaves a text with TABs, and prose, line for line', () => {
    const tabbed = 'A\tB\nC\tD';
    expect(joinWrappedText(tabbed)).toEqual({ text: tabbed, map: { starts: [1, 2], displayedLines: 2 }, joined: 0 });
    const prose = 'Un párrafo largo que se parte\nen dos líneas de texto corrido.';
    expect(joinWrappedText(prose).text).toBe(prose);
  });
});

describe('cellJoin: how two pieces of one cell join', () => {
  const words = documentWords([
    'LA PROCURADURÍA GENERAL DEL ESTADO',
    'ÁMBITO NACIONAL Y LOCAL',
  ].join('\n'));
  const at = (text: string, start = 1) => ({ start, end: start + text.length, text });

  it('a word the document prints only inside a link joins no prose («datos» / «abiertos», «www.datosabiertos.ec»)', () => {
    const text = 'Política de datos abiertos\nFuente: www.datosabiertos.ec';
    const linked = { ...documentWords(text), prose: proseWords(text) };
    expect(cellJoin(at('Guía de datos'), 'abiertos dirigida', 20, linked)).toBe(' ');
    expect(cellJoin(at('Guía de datos'), 'abiertos dirigida', 20, documentWords(text))).toBe('');
  });

  it('a token broken after a hyphen or a slash (a code, a URL) joins without a space', () => {
    expect(cellJoin(at('https://www.iess.gob.ec/documents/10162/'), '97ed0f4b-fc2a', 41, words)).toBe('');
    expect(cellJoin(at('97ed0f4b-fc2a-4de1-'), 'bd17-1572420574c8', 41, words)).toBe('');
    // " -" is a dash between words, not a broken token
    expect(cellJoin(at('IESS-CMFIEDM-DA-2024-1566-M -'), 'Delegados', 41, words)).toBe(' ');
  });

  it('the words of the document decide first: a cut word it prints whole elsewhere joins without a space', () => {
    expect(cellJoin(at('NACION'), 'AL', 7, words)).toBe('');
  });

  it('a word cut twice: the cell\'s text so far decides («Septi» / «emb» / «re»)', () => {
    // As the plan's end dates run down a column four letters wide (pdftotext -layout, wide page with
    // borders): «Septi» / «emb» / «re» / «2020»; the document prints «Septiembre 2020» elsewhere.
    const w = documentWords('Hito 6  Septiembre 2020  Julio 2021\nSepti\nemb\nre');
    expect(cellJoin(at('emb'), 're', 10, w)).toBe(' ');
    expect(cellJoin(at('emb'), 're', 10, w, 'Septiemb')).toBe('');
  });

  it('after punctuation, the document decides whether the mark and the next word are printed together', () => {
    // the IESS objectives print "financieros,OE 3." without a space after the comma
    const w = documentWords('recursos financieros,OE 3. Incrementar\nOE 1. Incrementar la sostenibilidad');
    expect(cellJoin(at('especializados,'), 'OE 2.', 16, w)).toBe('');
    const spaced = documentWords('calidad, calidez\nOE 1. Incrementar');
    expect(cellJoin(at('especializados,'), 'calidez', 16, spaced)).toBe(' ');
  });

  it('a next piece that is itself cut: the document\'s words it starts decide («EJECUCIÓN» / «PRESUPUES»)', () => {
    // As the IESS goal indicator prints on A4 landscape (pdftotext -layout): "PORCENTAJ" / "E DE" /
    // "EJECUCIÓN" / "PRESUPUES" / "TARIA" in a column 9 characters wide; the document prints
    // "EJECUCIÓN PRESUPUESTARIA" elsewhere.
    const w = documentWords('CUMPLIMIENTO DE LA EJECUCIÓN PRESUPUESTARIA:\nPRESUPUES\nTARIA');
    expect(cellJoin(at('EJECUCIÓN'), 'PRESUPUES', 10, w)).toBe(' ');
    // and a fragment that starts a word the document prints joins without a space
    expect(cellJoin(at('PRESU'), 'PUES', 6, w)).toBe('');
  });

  it('a single word a few characters short of its column is cut when the lexicon knows the pieces as one word only («CORRESPONSA» / «BILIDAD»)', () => {
    // a4-portrait-narrow's pdftotext text of the Ministerio's goal 1.3: «CORRESPONSA» ends at
    // character 59 in a column running to 62 («PARTICIPATIVA», whose «I»s are narrow, fills it).
    expect(cellJoin({ start: 48, end: 59, text: 'CORRESPONSA' }, 'BILIDAD', 62, words, 'IMPLEMENTADAS DE CORRESPONSA')).toBe('');
    // four short: the word was not cut
    expect(cellJoin({ start: 48, end: 58, text: 'CORRESPONSA' }, 'BILIDAD', 62, words, 'IMPLEMENTADAS DE CORRESPONSA')).toBe(' ');
    // a word short of its column before a word: not cut, whatever the lexicon
    expect(cellJoin({ start: 48, end: 59, text: 'PROCESOS' }, 'SUSTANTIVOS', 62, words)).toBe(' ');
  });

  it('a line with a space broke at a space', () => {
    expect(cellJoin(at('IMPLEMENTAR 21 ACCIONES DESTINADAS A MEJORAR LA'), 'ORGANIZACIÓN DE BARRIOS', 70, words)).toBe(' ');
  });

  it('a single word: cut when it fills its column, unless the next piece is a word printed after other text', () => {
    // "CONTRALORÍA" fills a column 11 wide; "GENERAL" is printed after "PROCURADURÍA" above
    expect(cellJoin(at('CONTRALORÍA'), 'GENERAL DEL', 12, words)).toBe(' ');
    // "PRESUPUE" fills its column and "STARIA" is printed nowhere else: a cut word
    expect(cellJoin(at('PRESUPUE'), 'STARIA', 9, words)).toBe('');
    // a single word well short of its column was not cut
    expect(cellJoin(at('META'), 'STARIA', 20, words)).toBe(' ');
  });

  it('a single word the document prints inside text is cut when the lexicon knows the pieces as one word only («CONTRA» / «LORÍA»)', () => {
    // The Ministerio's recommendations on A4 landscape, serif 9 pt, spaced (OTHER_VARIANTS), pdftotext
    // lines 677-678: «CONTRA» / «LORÍA» in the entity's column, 8 characters wide; the report (lines
    // 204-205) reads «CONTRALORÍA GENERAL DEL ESTADO», and prints «CONTRA» inside text elsewhere
    // («REGLAMENTO A LA LEY ORGÁNICA CONTRA LA TRATA DE PERSONAS», line 40)
    const contra = documentWords('REGLAMENTO A LA LEY ORGÁNICA CONTRA LA TRATA DE PERSONAS');
    expect(cellJoin({ start: 0, end: 6, text: 'CONTRA' }, 'LORÍA', 8, contra)).toBe('');
    // pieces that are words apart keep their space («CONTRA» / «LA TRATA»)
    expect(cellJoin({ start: 0, end: 6, text: 'CONTRA' }, 'LA TRATA', 8, contra)).toBe(' ');
  });

  it('a «no value» marker cut down a narrow column is one word («NINGUN» / «A»)', () => {
    // As the IESS form's empty disposals row prints on US Letter 9 pt (pdftotext -layout): the type
    // column is as wide as «NINGUN»; «A» is also a word the document prints after other text
    const withA = documentWords('la casa a la vista y a la mano');
    expect(cellJoin(at('NINGUN'), 'A', 7, withA)).toBe('');
    // a whole word before a piece that makes no marker is left to the other rules
    expect(cellJoin(at('CASA'), 'A', 5, withA)).toBe(' ');
  });

  it('a word never goes on with a capital after small letters: the piece is a new word', () => {
    // As the IESS form's recommendations print on A5 6 pt (pdftotext -layout, lines 334-337): «de» /
    // «Cumplimiento» / «Continuo» down a column as wide as «Cumplimiento», a word the document prints nowhere else
    expect(cellJoin(at('Cumplimiento'), 'Continuo', 13, words)).toBe(' ');
    // small letters after small letters, or capitals after capitals, are left to the other rules
    expect(cellJoin(at('Cumplimie'), 'nto', 10, words)).toBe('');
    expect(cellJoin(at('PRESUPUE'), 'STARIA', 9, words)).toBe('');
  });
});

describe('the driver joins wrapped rows of a text without TABs and cites displayed lines', () => {
  it('LOTAIP a4 matrix printed with a cut header word: the goal keeps its figures and cites its first displayed line', () => {
    // Typed by hand in the shape `pdftotext -layout` gives a printed literal a4 matrix with narrow
    // columns: "Meta" / "cuantific" / "able" is the header cell "Meta cuantificable" cut by the
    // layout; the unit and the indicator wrap over two lines.
    const text = [
      'Art. 7 de la Ley Orgánica de Transparencia y Acceso a la Información Pública - LOTAIP',         // 1
      'Literal a4) Las metas y objetivos de las unidades administrativas de conformidad con sus programas operativos', // 2
      'Las metas se expresan en forma cuantificable.',                                                   // 3
      '',                                                                                                // 4
      ' No.   Descripción de la unidad     Objetivo de la unidad          Indicador                     Meta',   // 5
      '                                                                                                  cuantific', // 6
      '                                                                                                  able',   // 7
      ' 1     Dirección Nacional de        Incrementar la calidad de la   Porcentaje de ejecución       97,00%', // 8
      '       Planificación                gestión institucional.         presupuestaria',                         // 9
      '',                                                                                                // 10
      'FECHA ACTUALIZACIÓN DE LA INFORMACIÓN:  31/12/2023',                                             // 11
    ].join('\n');
    const d = ingestText('2023-lotaip-a4-impreso.txt', text);
    expect(d.goals.map((g) => [g.unit_number, g.unit, g.objective, g.indicator, g.planned, g.value_unit, g.source_line])).toEqual([
      [1, 'Dirección Nacional de Planificación', 'Incrementar la calidad de la gestión institucional.', 'Porcentaje de ejecución presupuestaria', 97, '%', 8],
    ]);
  });
});

describe('a table copied as HTML text into narrow cells', () => {
  // The Open Government plan printed on A4 landscape, ruled (VARIANTS; test/fixtures/layout/printed/,
  // README there): report lines 946 and 982 each hold a milestone table's HTML source in one cell and
  // the same table's cells after it, in columns three to six characters wide.
  const cellsOf = (name: string): string[] => {
    const row = joinedPrinted(printed(name)).find((l) => l.startsWith('<table') || l.startsWith('\f<table'))!;
    return row.split('\t');
  };

  it('dates inside markup cut down a narrow column, «<p» / «>J» / «uli» / «o» / «20» / «20» / «</» / «p>», are one date', () => {
    // Report line 982: «<p>Julio 2020</p>», «<p>Enero 2021</p>». The row's lines also carry a
    // tag cut open at «color:» (no sentence ends inside a tag) and a «</p>» under «… vigente.»
    // (a closing tag goes on from the element it closes): the HTML cell ends with «</table>».
    const cells = cellsOf('plan-a4-landscape-ruled-commitment-4-html');
    expect(cells).toHaveLength(7);
    expect(cells.slice(5)).toEqual(['<p>Julio 2020</p>', '<p>Enero 2021</p>']);
    expect(cells[0]).toMatch(/^<table border="1" .*<p>Enero 2021<\/p> <\/td> <\/tr> <\/tbody> <\/table>$/u);
    expect(cells[4]).toMatch(/^<p><b>Hito 1:<\/b> Análisis diagnóstico .* institucional vigente\. ?<\/p>$/u);
  });

  it('a piece\'s colon in a column a few characters wide ends no sentence («ito 3:», of «<b>Hito 3:</b>»)', () => {
    // Report line 946: five milestones, each «<p><b>Hito N:</b> …</p>», its start and its end date,
    // in columns of one to eight characters; the pieces «ito 3:» and «o 4:» end lines of the row.
    const cells = cellsOf('plan-a4-landscape-ruled-commitment-3-html');
    expect(cells).toHaveLength(19);
    expect(cells.slice(5, 7)).toEqual(['Enero 2020', 'Febrero 2020']);
    expect(cells.slice(17)).toEqual(['Febrero 2020', 'Septiembre 2020']);
    expect(cells[13]).toMatch(/Hito 4: ?<\/b> Diseño del proyecto de implementación/u);
  });

  it('a period or colon ending a piece of a column a few characters wide ends no sentence («NO.» / «DE» / «META»)', () => {
    // The IESS fragment on Letter portrait, ruled, 9 pt (OTHER_VARIANTS; test/fixtures/layout/printed/,
    // README there): the goals table's second header row prints «NO.» / «DE» / «META» in a column of
    // eight characters, beside «DESC» / «RIPCI» / «ÓN» and «TOT» / «ALE» / «S» / …. Report line 69:
    // «NO. DE META», «DESCRIPCIÓN», «TOTALES PLANIFICADOS», «TOTALES CUMPLIDOS».
    const rows = joinedPrinted(printed('iess-letter-ruled-goals-header')).map((l) => l.split('\t'));
    const header = rows.find((r) => r.includes('NO. DE META'));
    expect(header).toBeDefined();
    expect(header!.filter(Boolean).slice(0, 2)).toEqual(['NO. DE META', 'DESCRIPCIÓN']);
    expect(header!.filter(Boolean)[3]).toBe('TOTALES CUMPLIDOS');
  });

  it('a cell whose markup is still open goes on, whatever its column\'s width says («<p» / «>» / «<b» / «>Hi» …)', () => {
    // The plan printed on A4 portrait, unruled (VARIANTS; README there): report line 946 with its
    // narrow columns one to six characters wide, tags cut a character or two a line; then the same
    // table as cells (lines 947-948). Expected: line 946's five milestones and their dates.
    const rows = joinedPrinted(printed('plan-a4-portrait-unruled-commitment-3-html')).filter((l) => l.replace(/\f/gu, '').trim()).map((l) => l.split('\t'));
    const html = rows[0]!;
    expect(html).toHaveLength(19);
    expect(html[0]).toMatch(/^\f<table border="1" .* <\/tbody> <\/table>$/u);
    expect([5, 6, 8, 9, 11, 12, 14, 15, 17, 18].map((k) => html[k])).toEqual([
      'Enero 2020', 'Febrero 2020', 'Enero 2020', 'Julio 2020', 'Enero 2020', 'Marzo 2020', 'Marzo 2020', 'Julio 2020', 'Febrero 2020', 'Septiembre 2020',
    ]);
    expect(html[16]).toMatch(/Hito 5: ?<\/b> ?Mapeo de necesidades de los usuarios/u);
    expect(rows[1]).toEqual(['Actividad y producto entregable', 'Fecha de inicio', 'Fecha de término']);
  });
});

describe('a column that rarely wraps', () => {
  it('goes on from a full line in small letters under text that ended no sentence (a table of contents)', () => {
    // The plan's table of contents on A4 portrait, unruled (VARIANTS; README there), excerpt lines
    // 7-8: «• Co-diseño … transparencia financiera en las industrias» and page 50, then «extractivas
    // en Ecuador (petróleo, gas y minería).». Report lines 125 and 128: those titles whole.
    const rows = joinedPrinted(printed('plan-a4-portrait-unruled-contents')).map((l) => l.split('\t'));
    expect(rows).toContainEqual(['• Co-diseño de la hoja de ruta para la implementación del Estándar EITI para mejorar la transparencia financiera en las industrias extractivas en Ecuador (petróleo, gas y minería).', '50']);
    expect(rows).toContainEqual(['• Co-creación del Plan Nacional de Prevención y Erradicación de la Violencia contra las Mujeres y de Género y creación de un observatorio ciudadano de violencia de género y diversidades sexo-genéricas.', '55']);
    // a short line in capitals is the next entry, not the title's end
    expect(rows).toContainEqual(['EMPODERAMIENTO CIUDADANO', '53']);
  });
});


describe('widths as printed: capitals print wider than their character count', () => {
  it('joins a section title in capitals wrapped in a narrow column («PROCESOS» / «AGREGADORES» / «DE VALOR / NIVEL» / «OPERATIVO»)', () => {
    // The CNE matrix on Letter portrait, ruled, 9 pt (OTHER_VARIANTS; README there), excerpt lines
    // 5-8. Report line 33: «PROCESOS AGREGADORES DE VALOR / NIVEL OPERATIVO», one cell.
    const rows = joinedCells(printed('cne-letter-ruled-section-header'));
    expect(rows[0]).toEqual(['PROCESOS AGREGADORES DE VALOR / NIVEL OPERATIVO']);
    // report line 34, the first goal, is a row of its own
    expect(rows[1]).toEqual(['Porcentaje de percepción ciudadana respecto a las actividades y estrategias desarrolladas para fortalecer la imagen institucional. ( E ).', 'N/A']);
  });

  it('a whole «N/A» under a figure\'s percent sign is the next row\'s value, not the figure\'s end', () => {
    // The CNE matrix on A4 portrait, unruled (VARIANTS; README there), excerpt lines 9-12.
    // Report lines 13 and 14: «… comunicaciones (E)» / «97,00%», then «… gestionadas ( E )» / «N/A».
    const rows = joinedCells(printed('cne-a4-portrait-unruled-unit-3-values'));
    expect(rows).toContainEqual(['Porcentaje de disponibilidad de los servicios de infraestructura tecnológica y comunicaciones (E)', '97,00%']);
    expect(rows).toContainEqual(['Porcentaje de autorizaciones de publicidad institucional gestionadas ( E )', 'N/A']);
  });

  it('after a sentence\'s end, a capitalized word in markup printed as text opens the next row unless it plainly did not fit', () => {
    // The plan on A4 portrait, DejaVu 8 pt (OTHER_VARIANTS; README there), excerpt lines 33-38.
    // Report lines 1019 and 1020: «… en Ecuador.», then «<b>Información de Contacto</b>», a row of its own.
    const rows = joinedCells(printed('plan-dejavu-right-commitment-5-milestones'));
    expect(rows).toContainEqual(['<b>Hito 5:</b> Evaluación de los avances de la implementación de la hoja de ruta para mejorar la transparencia en las industrias extractivas (petróleo, gas y minería) en Ecuador.', 'Junio 2021', 'Agosto 2021']);
    expect(rows).toContainEqual(['<b>Información de Contacto</b>']);
  });

  it('a page number in bold in a column of page numbers ends its cell (a table of contents)', () => {
    // The plan's table of contents on A4 portrait, narrow (VARIANTS; README there), excerpt lines 7-8.
    // Report lines 106 and 107: two entries, titles in capitals and bold.
    const rows = joinedCells(printed('plan-a4-portrait-narrow-contents-bold'));
    expect(rows).toContainEqual(['<b>2. ACCIONES EN GOBIERNO ABIERTO A LA FECHA</b>', '<b>13</b>']);
    expect(rows).toContainEqual(['<b>3. PROCESO CO-CREACIÓN DEL PLAN DE ACCIÓN</b>', '<b>17</b>']);
  });
});

describe('a line of prose may repeat the line above', () => {
  it('a cell that says a phrase twice keeps both lines (a repeated value, «N/A», is the next row\'s)', () => {
    // The CNE matrix on Letter portrait, ruled, 9 pt (OTHER_VARIANTS; README there), excerpt lines
    // 21-27. Report line 199: one cell, its phrase «… plan de SSO N/A Porcentaje de» twice.
    const rows = joinedCells(printed('cne-letter-ruled-unit-26-repeated-line'));
    expect(rows).toContainEqual(['Talento toral zación, ma de Porcentaje del personal que recibe cursos de actualización ( E ) Porcentaje de inducciones realizadas N/A Porcentaje de cumplimiento al plan de bienestar social Porcentaje de cumplimiento al plan de SSO N/A Porcentaje de cumplimiento al plan de SSO N/A Porcentaje de cumplimiento al plan de cultura organizacional N/A']);
  });
});

describe('a closing bracket ends its word', () => {
  it('«Entidad(es)» / «ejecutora(s» / «):» is «Entidad(es) ejecutora(s):»', () => {
    // The Quito report on legal portrait, serif 10 pt, ruled (OTHER_VARIANTS_3; README there),
    // excerpt lines 15-17. Report line 30: «Entidad(es) ejecutora(s):» / «UNIDAD DE SEGURIDAD CIUDADANA».
    const rows = joinedCells(printed('quito-serif-ruled-goal-1-entity'));
    expect(rows).toContainEqual(['Entidad(es) ejecutora(s):', 'UNIDAD DE SEGURIDAD CIUDADANA']);
  });
});

describe('a sentence ended in one cell while another goes on in small letters', () => {
  it('the line goes on: «… en el exterior.» / «(E)» beside «procesos» / «electorales en»', () => {
    // The CNE matrix printed on A4 portrait, narrow (VARIANTS), layout text lines 132-150: unit 5,
    // its indicator «… voto telemático en el exterior.» and «(E)» under it, its objective going on
    // in small letters on the same lines. Report line 23: «Porcentaje de participación de electores
    // en la modalidad de voto telemático en el exterior. (E)», N/A.
    const rows = joinedPrinted([
      '                                      Porcentaje de       N/A', // 132
      '                                      MJRV', // 133
      '                                      capacitados', // 134
      '                                      mediante', // 135
      '                                      modalidad', // 136
      '                                      virtual (E)', // 137
      '5   Coordinación   Fortalecer la      Porcentaje de       N/A', // 138
      '    Nacional       gestión            participación de', // 139
      '    Técnica de     institucional      electores en la', // 140
      '    Procesos       para la            modalidad de', // 141
      '    Electorales    ejecución de los   voto telemático', // 142
      '                   procesos           en el exterior.', // 143
      '                   electorales en     (E)', // 144
      '                   el Ecuador.', // 145
      '                                      Porcentaje          N/A', // 146
      '                                      (número) de', // 147
      '                                      organizaciones', // 148
      '                                      políticas que', // 149
      '                                      acreditaron', // 150
    ]).map((l) => l.split('\t'));
    const unit5 = rows.find((r) => r[0] === '5')!;
    expect(unit5[3]).toBe('Porcentaje de participación de electores en la modalidad de voto telemático en el exterior. (E)');
    expect(unit5[4]).toBe('N/A');
    expect(unit5[2]).toBe('Fortalecer la gestión institucional para la ejecución de los procesos electorales en el Ecuador.');
  });
});

describe('a key whose element wraps, its value packed inside it', () => {
  it('the element opened again inside one of its name is the value: key and value become two cells', () => {
    // The plan printed on A3 landscape, ruled, 10 pt (OTHER_VARIANTS), layout text lines 1054-1061:
    // commitment 2's key wraps over three lines of one segment, outside any table, and pdftotext
    // packs the value one space after «actor». Report line 904: «<b>Institución o actor responsable
    // de la implementación</b>» and «<b>Secretaría Técnica de Planificación “Planifica Ecuador”</b>».
    const lines = joinedPrinted([
      'Fecha de inicio y término del compromiso: enero 2020 – octubre 2021',
      '',
      '<b>Institución o actor <b>Secretaría Técnica de Planificación “Planifica Ecuador”</b>',
      'responsable de la',
      'implementación</b>',
      '\fDescripción del',
      'compromiso',
      '<b>¿Cuál es la            La plataforma de datos abiertos existente no permite el acceso amigable a la información,',
      'problemática que el       presenta debilidades en la interoperabilidad entre los conjuntos de datos. Adicionalmente, es',
    ]);
    expect(lines).toContain('<b>Institución o actor responsable de la implementación</b>\t<b>Secretaría Técnica de Planificación “Planifica Ecuador”</b>');
    // an element that does not open again inside itself stays one line of prose
    expect(joinedPrinted(['<b>Fecha de inicio y término', 'del compromiso</b>', '', 'Texto   de otra fila'])[0]).toBe('<b>Fecha de inicio y término del compromiso</b>');
  });
});

describe('a title going on in a bracket', () => {
  it('a full line goes on in a line opening a bracket before small letters («… en Ecuador» / «(petróleo, gas y minería).»)', () => {
    // The plan's table of contents on A4 landscape, serif 9 pt, spaced (OTHER_VARIANTS), layout text
    // lines 142-151. Report line 125: «• Co-diseño de la hoja de ruta … extractivas en Ecuador
    // (petróleo, gas y minería).» 50.
    const rows = joinedPrinted([
      'DATOS ABIERTOS                                                                                                                                              39', // 142
      '• Elaboración colaborativa de la política de datos abiertos y la guía para su implementación.                                                               39', // 143
      '• Re-diseño y actualización del portal de datos abiertos.                                                                                                   41', // 144
      '• Plataforma de Información Abierta de Contratación Pública.                                                                                                43', // 145
      'DESARROLLO DE CAPACIDADES PARA LA TRANSPARENCIA                                                                                                             47', // 146
      '• Implementación de los derechos de participación y acceso a la información ambiental (Escazú).                                                             47', // 147
      '• Co-diseño de la hoja de ruta para la implementación del Estándar EITI para mejorar la transparencia financiera en las industrias extractivas en Ecuador   50', // 148
      '(petróleo, gas y minería).', // 149
      'EMPODERAMIENTO CIUDADANO                                                                                                                                    53', // 150
      '• Desarrollo de capacidades para garantizar la transparencia y el acceso a la información pública.                                                          53', // 151
    ]).map((l) => l.trim().split('\t'));
    expect(rows).toContainEqual(['• Co-diseño de la hoja de ruta para la implementación del Estándar EITI para mejorar la transparencia financiera en las industrias extractivas en Ecuador (petróleo, gas y minería).', '50']);
    expect(rows).toContainEqual(['EMPODERAMIENTO CIUDADANO', '53']);
  });
});

describe('a bracket left open', () => {
  it('a line that closes a bracket the cell opened goes on, whatever sentences end inside it («(Usar: Visualizar. Analizar.» / «Comparar. Hacer una diferencia)»)', () => {
    // The plan printed on A4 portrait, narrow (VARIANTS), layout text lines 2879-2889. Report line
    // 956: «<b>Hito 8:</b> Promoción del uso de los datos publicados. (Usar: Visualizar. Analizar.
    // Comparar. Hacer una diferencia)» Diciembre 2020, Diciembre 2021.
    const rows = joinedCells([
      '<b>Hito 7:</b> Publicación de datos OCDS y          Enero 2021        Agosto 2021', // 2879
      'OC4IDS con una licencia de datos abiertos en', // 2880
      'línea con una política de publicación clara, que', // 2881
      'incluya visualizadores dinámicos.', // 2882
      '<b>Hito 8:</b> Promoción del uso de los             Diciembre 2020    Diciembre 2021', // 2883
      'datos publicados. (Usar: Visualizar. Analizar.', // 2884
      'Comparar. Hacer una diferencia)', // 2885
      '<b>Hito 9:</b> Definición de indicadores que        Septiembre 2021   Noviembre 2021', // 2886
      'permitan la evaluación y mejoramiento de la', // 2887
      'calidad de los datos y la usabilidad, así como la', // 2888
      'medición del uso y monitoreo de los', // 2889
    ]);
    expect(rows[1]).toEqual([
      '<b>Hito 8:</b> Promoción del uso de los datos publicados. (Usar: Visualizar. Analizar. Comparar. Hacer una diferencia)',
      'Diciembre 2020', 'Diciembre 2021',
    ]);
    expect(rows[2]![0]).toMatch(/^<b>Hito 9:<\/b> Definición de indicadores/u);
    expect(rows).toHaveLength(3);
  });
});

describe('a bracketed tag after a sentence', () => {
  it('goes on with the cell, not as a row of its own («… en servicio activo).» / «(E)»)', () => {
    // The CNE matrix printed on A4 portrait, narrow (VARIANTS), layout text lines 101-125. Report
    // line 19: «Porcentaje de participación de la ciudadanía con voto facultativo (menores de 18 años,
    // personas con discapacidad, mayores 65 años, Policías y Militares en servicio activo). (E)», N/A.
    const rows = joinedCells([
      '                                      Porcentaje de       N/A', // 101
      '                                      participación de', // 102
      '                                      la ciudadanía', // 103
      '                                      en el exterior', // 104
      '                                      (E)', // 105
      '                                      Porcentaje de       N/A', // 106
      '                                      participación de', // 107
      '                                      la ciudadanía', // 108
      '                                      con voto', // 109
      '                                      facultativo', // 110
      '                                      (menores de 18', // 111
      '                                      años, personas', // 112
      '                                      con', // 113
      '                                      discapacidad,', // 114
      '                                      mayores 65', // 115
      '                                      años, Policías y', // 116
      '                                      Militares en', // 117
      '                                      servicio activo).', // 118
      '                                      (E)', // 119
      '                                      Porcentaje de       N/A', // 120
      '                                      actas de', // 121
      '                                      escrutinio', // 122
      '                                      suspensas por', // 123
      '                                      inconsistencias', // 124
      '                                      numéricas ( E )', // 125
    ]);
    expect(rows.slice(0, 3)).toEqual([
      ['Porcentaje de participación de la ciudadanía en el exterior (E)', 'N/A'],
      ['Porcentaje de participación de la ciudadanía con voto facultativo (menores de 18 años, personas con discapacidad, mayores 65 años, Policías y Militares en servicio activo). (E)', 'N/A'],
      ['Porcentaje de actas de escrutinio suspensas por inconsistencias numéricas ( E )', 'N/A'],
    ]);
  });
});

describe('a page laid on a grid of its own, in the middle of a table', () => {
  it('gives the parsers its rows without the form feed when they come out in as many cells as the row above', () => {
    // The CNE matrix printed on A4 portrait, narrow (VARIANTS), layout text lines 800-918
    // (test/fixtures/layout/printed/, README there). Line 865 starts a page on a grid of its own
    // (indicators at 89, values at 121; above, at 63 and 93), in the middle of unit 28: report line
    // 211, «Porcentaje de reprogramación de la planificación operativa», N/A, is unit 28's (after a
    // form feed, the LOTAIP parser gives the rows before a unit's number to that unit: «unidad
    // supuesta», as where a page break cuts a unit's merged cell).
    const rows = joinedPrinted(printed('cne-a4-portrait-narrow-units-26-29-page-break'));
    const at = rows.findIndex((l) => l.includes('Porcentaje de reprogramación'));
    expect(rows[at]!.split('\t')).toEqual(['', '', '', 'Porcentaje de reprogramación de la planificación operativa', 'N/A']);
    expect(rows[at - 1]!.split('\t')).toEqual(['', '', '', 'Porcentaje de cumplimiento de la planificación operativa institucional', 'N/A']);
  });

  it('keeps a «N/A» written in an indicator cell in that cell, not in the column of values', () => {
    // Same fixture. Report line 199 is one cell of merged indicators (an OCR row) ending
    // «… al plan de cultura organizacional  N/A», its value cell empty. Layout line 825 prints its
    // last line «cultura organizacional N/A»: 26 characters, no wider than the column's other lines
    // («Talento toral zación, ma de», line 812, 28), its «N/A» ending at 89, before the column of
    // values (93).
    const rows = joinedPrinted(printed('cne-a4-portrait-narrow-units-26-29-page-break'));
    const merged = rows.find((l) => l.includes('Talento toral'))!.split('\t');
    expect(merged.at(-2)).toMatch(/al plan de cultura organizacional N\/A$/u);
    expect(merged.at(-1)).toBe('');
    expect(rows.filter((l) => l.includes('cultura organizacional'))).toHaveLength(1);
  });

  it('keeps a «N/A» in a cell of merged indicators that holds «N/A» between its words, though the cell runs to the column of values', () => {
    // The CNE matrix printed wide and unruled (VARIANTS), layout lines 189-208 (README). Report line
    // 199, the same merged cell, is one line here (excerpt line 15, characters 333-679): no column's
    // measure tells its last «N/A», ending at 679, from the values at 679-687. Its other «N/A»
    // between words say the cell holds them as text: which one was the row's value is unknown.
    const rows = joinedPrinted(printed('cne-wide-unruled-units-25-27'));
    const merged = rows.find((l) => l.includes('Talento toral'))!.split('\t');
    expect(merged.at(-2)).toMatch(/al plan de cultura organizacional N\/A$/u);
    expect(merged.at(-1)).toBe('');
    // the rows around keep their values
    expect(rows.find((l) => l.includes('plan de SSO') && !l.includes('Talento'))!.split('\t').at(-1)).toBe('N/A');
  });
});

describe('cells aligned to the bottom of their row', () => {
  it('joins a figure\'s «%» printed under it, whatever the column\'s width in letters says (the CNE matrix, units 1-3)', () => {
    // report lines 7, 10 and 13 (README): «70,36%», «94,00%», «97,00%» printed «70,36» / «%» in a
    // column as wide as «cuantifi» / «cable»: eight letters, though «70,36 %» has seven
    const rows = joinedCells(printed('cne-arial-bottom-units-1-4'));
    const value = (indicator: string) => rows.filter((r) => r.includes(indicator)).map((r) => r.at(-1)!.replace(' %', '%'));
    expect(value('Porcentaje de ejecución presupuestaria institucional')).toEqual(['70,36%']);
    expect(value('índice de Gestión Estratégica Institucional')).toEqual(['94,00%']);
    expect(value('Porcentaje de disponibilidad de los servicios de infraestructura tecnológica y comunicaciones (E)')).toEqual(['97,00%']);
  });

  // Quito's goal 1 printed on A4 landscape, cells at the bottom of their rows (README): a label's
  // first lines print alone above the line where its value is («Unidad de» / «medida de la» /
  // «meta:   Número de acciones …»), a value's first line alone above its label («IMPLEMENTAR …
  // PARA LA» / «Meta 1:   SEGURIDAD Y CONVIVENCIA»).
  const goal1 = printed('quito-arial-bottom-goal-1');

  it('joins the lines above a row into it, cell by cell: each key with its value, as the report writes them', () => {
    // expected: data/reports/2021-quito-az-manuela-saenz-informe-de-gestion.txt, lines 24-30 and 36-38
    const rows = joinedCells(goal1);
    expect(rows).toContainEqual(['Meta 1:', 'IMPLEMENTAR 21 ACCIONES DESTINADAS A MEJORAR LA ORGANIZACIÓN DE BARRIOS PARA LA SEGURIDAD Y CONVIVENCIA']);
    expect(rows).toContainEqual(['Unidad de medida de la meta:', 'Número de acciones destinadas a mejorar la organización de barrios para la seguridad y convivencia']);
    expect(rows).toContainEqual(['Indicador de la meta:', 'Número de actividades']);
    expect(rows).toContainEqual(['Valor programado 2021:', '21 acciones']);
    expect(rows).toContainEqual(['Valor ejecutado 2021:', '21 acciones']);
    expect(rows).toContainEqual(['% de avance:', '100%']);
    expect(rows).toContainEqual(['Entidad(es) ejecutora(s):', 'UNIDAD DE SEGURIDAD CIUDADANA']);
    expect(rows).toContainEqual(['Objetivo del PMDOT 2021 – 2033 al que contribuye', 'OE6. Asegurar una vida plena y justa, con igualdad de oportunidades; y con acceso a salud, educación, cultura y seguridad.']);
    expect(rows).toContainEqual(['Meta del PMDOT 2021 – 2033 al que contribuye', 'Lograr que 96 barrios del DMQ generen estrategias preventivas de adicciones con la participación de la comunidad, al 2023']);
    expect(rows).toContainEqual(['Fotografías (solo en caso de obras)', 'NO APLICA']);
  });

  it('opens no row with a line that ended a sentence over a capital («… marchas exploratorias.» / «OE6. Asegurar …»)', () => {
    // the same goal printed on Letter, serif (README): the row of an empty key, report line 35,
    // «<ul …> Se elaboró 6 diagnósticos … marchas exploratorias.», prints right above the value of the
    // next row, «OE6. Asegurar …» (report line 36), whose key's last line is beside it
    const rows = joinedCells(printed('quito-serif-bottom-goal-1'));
    expect(rows).toContainEqual(['<ul style="list-style-type: none"> Se elaboró 6 diagnósticos en barrios con mayor índice de inseguridad mediante marchas exploratorias.']);
    expect(rows).toContainEqual(['Objetivo del PMDOT 2021 – 2033 al que contribuye', 'OE6. Asegurar una vida plena y justa, con igualdad de oportunidades; y con acceso a salud, educación, cultura y seguridad.']);
  });

  it('leaves a title in capitals above a table out of its first row («PROYECTO 1: …» / «Presupuesto codificado 2021:»)', () => {
    // the budget table of the same report printed the same way (layout lines 12-15), above the goal
    const budget = [
      ' PROYECTO 1: PREVENCIÓN SITUACIONAL Y CONVIVENCIA PACÍFICA',
      ' Presupuesto codificado 2021:                              USD 5.500,00',
      ' Presupuesto devengado 2021:                               USD 4884,15',
      ' % Ejecución presupuestaria 2021:                          88,80%',
      '',
    ];
    const rows = joinedCells([...budget, ...goal1]);
    // report lines 16-19
    expect(rows.slice(0, 4)).toEqual([
      ['PROYECTO 1: PREVENCIÓN SITUACIONAL Y CONVIVENCIA PACÍFICA'],
      ['Presupuesto codificado 2021:', 'USD 5.500,00'],
      ['Presupuesto devengado 2021:', 'USD 4884,15'],
      ['% Ejecución presupuestaria 2021:', '88,80%'],
    ]);
  });

  it('still reads a list item from its marker down, and no footer above a page as a row\'s first line', () => {
    // (bulleted prose between the tables and a footer on each page, as the real evaluación del POA of
    // Portoparques prints them, its words shortened: a document whose tables have their cells at the bottom)
    const list = [
      '',
      ' •    Realizar el seguimiento mensual de las actividades POA que se certificaron o en las',
      '      que se certificaron presupuestos, y así verificar que se encuentren en el POA (Plan',
      ' •    Diferenciar cuales son las actividades nuevas, es decir todas aquellas que se hayan',
      '      creado mediante reformas presupuestarias.',
      '',
      ' MATRIZ: Calle Joaquín Ramírez y Ricaurte – Parque La Rotonda',
      '\f Indicador de la meta:   Número de acciones',
    ];
    const rows = joinedCells([...goal1, ...list]);
    expect(rows).toContainEqual(['•', 'Realizar el seguimiento mensual de las actividades POA que se certificaron o en las que se certificaron presupuestos, y así verificar que se encuentren en el POA (Plan']);
    expect(rows).toContainEqual(['•', 'Diferenciar cuales son las actividades nuevas, es decir todas aquellas que se hayan creado mediante reformas presupuestarias.']);
    expect(rows).toContainEqual(['MATRIZ: Calle Joaquín Ramírez y Ricaurte – Parque La Rotonda']);
    expect(rows).toContainEqual(['Indicador de la meta:', 'Número de acciones']);
  });
});

describe('cells aligned to the middle of their row', () => {
  it('joins a key whose lines print around its value, above and below it («Unidad de medida» / «Número de acciones …» / «de la meta:»)', () => {
    // Quito's goals printed on A4 landscape, cells in the middle of their rows (README); expected:
    // data/reports/2021-quito-az-manuela-saenz-informe-de-gestion.txt, lines 24-30, 36-39 and 41-47
    const rows = joinedCells(printed('quito-arial-middle-goals'));
    expect(rows).toContainEqual(['Unidad de medida de la meta:', 'Número de acciones destinadas a mejorar la organización de barrios para la seguridad y convivencia']);
    expect(rows).toContainEqual(['Indicador de la meta:', 'Número de actividades']);
    expect(rows).toContainEqual(['Valor programado 2021:', '21 acciones']);
    expect(rows).toContainEqual(['Entidad(es) ejecutora(s):', 'UNIDAD DE SEGURIDAD CIUDADANA']);
    expect(rows).toContainEqual(['Objetivo del PMDOT 2021 – 2033 al que contribuye', 'OE6. Asegurar una vida plena y justa, con igualdad de oportunidades; y con acceso a salud, educación, cultura y seguridad.']);
    expect(rows).toContainEqual(['Fotografías (solo en caso de obras)', 'NO APLICA']);
    // goal 2: a key of two lines beside a value of one, and keys of one line («Valor ejecutado 2021:» / «44»)
    expect(rows).toContainEqual(['Valor programado 2021:', '44']);
    expect(rows).toContainEqual(['Valor ejecutado 2021:', '44']);
    expect(rows).toContainEqual(['% de avance:', '100%']);
    expect(rows.filter((r) => r[0] === 'Unidad de medida de la meta:')).toHaveLength(2);
  });

  it('gives a unit\'s description, printed around its first goal, to that goal and not to the last goal of the unit above', () => {
    // the CNE matrix printed the same way (README): unit 2's description «Cooridnación Nacional de
    // Gestión» / «Estratégica y Planificación» prints around its goal «índice de Gestión Estratégica
    // Institucional», right under unit 1's last goal; report lines 9-10
    const rows = joinedCells(printed('cne-arial-middle-units-1-4'));
    // (joinedCells trims each line: the row's three empty cells before the indicator go with the spaces)
    expect(rows).toContainEqual(['Porcentaje del personal que recibe cursos de actualización ( E )', 'N/A']);
    expect(rows).toContainEqual([
      '2', 'Cooridnación Nacional de Gestión Estratégica y Planificación',
      'Incrementar la calidad de la gestión pública y la planificación estratégica del Consejo Nacional Electoral.',
      'índice de Gestión Estratégica Institucional', '94,00%',
    ]);
  });

  it('joins the last line of a unit\'s objective printed two lines under the one before it («… del Consejo Nacional» / «Financiera y Talento Humano» / «Electoral.»)', () => {
    // report line 7: unit 1's first goal; excerpt lines 3-7 (README)
    const rows = joinedCells(printed('cne-arial-middle-units-1-4'));
    expect(rows).toContainEqual([
      'Coordinación Nacional Administrativa Financiera y Talento Humano',
      'Incrementar la calidad de la gestión administrativa, financiera y de talento humano del Consejo Nacional Electoral.',
      'Porcentaje de ejecución presupuestaria institucional', '70,36%',
    ]);
  });

  it('keeps a goal of one line apart from the next goal of three, whose full first line has room for no more (unit 4 of the same excerpt)', () => {
    // report lines 18-20 and 22; excerpt line 34 («… en el exterior (E)», N/A), lines 35-37 (the next
    // goal's three lines, its N/A beside the second) and lines 38-40, 44 (README)
    const rows = joinedCells(printed('cne-arial-middle-units-1-4'));
    expect(rows).toContainEqual(['Porcentaje de participación de la ciudadanía en el exterior (E)', 'N/A']);
    expect(rows).toContainEqual(['Porcentaje de participación de la ciudadanía con voto facultativo (menores de 18 años, personas con discapacidad, mayores 65 años, Policías y Militares en servicio activo). (E)', 'N/A']);
    expect(rows).toContainEqual(['Porcentaje de actas de escrutinio suspensas por inconsistencias numéricas ( E )', 'N/A']);
    expect(rows).toContainEqual(['Porcentaje de MJRV capacitados mediante modalidad virtual (E)', 'N/A']);
  });

  it('puts back the space pdftotext drops before a bracket tag\'s closing bracket at a line\'s start («(» / «E)», printed «( E )»)', () => {
    // report line 21: «Porcentaje de actas de escrutinio suspensas por falta de firmas ( E )», N/A;
    // excerpt lines 41-43 («… firmas (» / «N/A» / «E)»); the excerpt prints «( E )» on seven other lines (README)
    const rows = joinedCells(printed('cne-arial-middle-units-1-4'));
    expect(rows).toContainEqual(['Porcentaje de actas de escrutinio suspensas por falta de firmas ( E )', 'N/A']);
  });

  it('puts back no space a document also leaves out itself («( E)» printed on one line)', () => {
    expect([...spacedTags('meta ( E ) uno\nmeta ( E) dos\nmeta ( OO ) tres\n(E) cuatro')]).toEqual(['OO']);
  });

  it('joins a figure and its «%» across a line of other cells (unit 3 of the same excerpt)', () => {
    // report line 12: unit 3's first goal, 100,00%, printed «100,00» / «Numero de incidentes …» /
    // «%» (excerpt lines 15-17)
    const rows = joinedCells(printed('cne-arial-middle-units-1-4'));
    expect(rows).toContainEqual([
      '3', 'Coordinación Nacional de Seguridad Informática y Proyectos Tecnológicos Electorales',
      'Incrementar la eficiencia y eficacia de la gestión tecnológica del Consejo Nacional Electoral.',
      'Numero de incidentes de seguridad informática', '100,00%',
    ]);
  });
});

describe('a table whose rows interleave their cells\' lines (cells in the middle of their rows)', () => {
  it('reads the lines between the head and the last phase as one table, every phase a row with its link (the IESS fragment, whole)', () => {
    // report lines 19, 20 and 22 (README): lines 26-28, 29-31 and 35-37 of the layout text; each of
    // those lines has cells only in columns the line above has none in, and column recovery cut the
    // table at each of them
    const rows = joinedCells(printed('iess-arial-middle-whole'));
    const phase = (step: string) => rows.filter((r) => r.includes(step)).map((r) => r.slice(r.indexOf(step)));
    expect(phase('DISEÑO DE LA PROPUESTA DEL PROCESO DE RENDICIÓN DE CUENTAS')).toEqual([[
      'DISEÑO DE LA PROPUESTA DEL PROCESO DE RENDICIÓN DE CUENTAS', 'SI', 'Acta de Reunión Rendición de Cuentas 2023',
      'https://www.iess.gob.ec/documents/10162/a123d868-3dad-49ee-9c5b-295f0bd93a84',
    ]]);
    expect(phase('EVALUACIÓN DE LA GESTIÓN INSTITUCIONAL:')).toEqual([[
      'EVALUACIÓN DE LA GESTIÓN INSTITUCIONAL:', 'SI', 'Plan anual terminado 2023',
      'https://www.iess.gob.ec/documents/10162/ba10ecca-8639-49aa-adc1-90adcfc59b134',
    ]]);
    expect(phase('REDACCIÓN DEL INFORME DE RENDICIÓN DE CUENTAS')).toEqual([[
      'REDACCIÓN DEL INFORME DE RENDICIÓN DE CUENTAS', 'SI', 'Informe de Rendición de Cuentas 2023',
      'https://www.iess.gob.ec/documents/10162/be78691e-7012-40fd-9274-b0fb26380760',
    ]]);
  });
});

describe('a real report with its cells in the middle of their rows (test/fixtures/layout/, README there)', () => {
  // Portoparques' informe de gestión 2025, as pdftotext lays it out: its key-value tables print a
  // value of one line beside the middle of a key of two, and a key of one line beside the middle of
  // a value of three
  const text = readFileSync('test/fixtures/layout/portoparques-2025-informe-gestion.layout.txt', 'utf8');
  const lines = joinWrappedText(text).text.split('\n').map((l) => l.replace(/^\f/u, '').trim());

  it('joins each key with its value (p. 3, lines 42-44 and 48-50)', () => {
    expect(lines).toContain('Objetivo Estratégico:\tDesarrollar un cantón seguro, resilientes y sostenible, protegiendo al ecosistema e integrando a la naturaleza en infraestructura, equipamiento, conectividad vial, agua y saneamiento con adaptación al cambio climático.');
    expect(lines).toContain('Fecha de entrega del informe:\tJueves 5 de febrero del 2026');
  });

  it('ends each activity at its own figures, and the next one starts its own row (p. 4, lines 139-144; p. 5, lines 248-250; p. 9, lines 488-504)', () => {
    // (read row by row as long as each goes on, «Aniversario del Parque la Rotonda» went on into
    // «1.8. Ejecución del evento por», and «Halloween» was left a row of its own)
    // (the plan's name, printed down the rows beside them, lends each row a piece: each row's last three cells)
    const ending = (activity: string) => lines.map((l) => l.split('\t').map((c) => c.trim()).filter(Boolean))
      .filter((cells) => cells.some((c) => c.includes(activity.slice(0, 12)))).map((cells) => cells.slice(-3));
    expect(ending('1.7. Ejecución de evento del Aniversario del Parque la Rotonda')).toEqual([['1.7. Ejecución de evento del Aniversario del Parque la Rotonda', '100,00%', 'FINALIZADO']]);
    expect(ending('1.8. Ejecución del evento por Halloween')).toEqual([['1.8. Ejecución del evento por Halloween', '100,00%', 'FINALIZADO']]);
    expect(ending('1.4. Capacitación el uso de Alcohol y Drogas')).toEqual([['1.4. Capacitación el uso de Alcohol y Drogas', '100,00%', 'FINALIZADO']]);
    // four activities of four and three lines, each around its own figures (p. 9, lines 488-504)
    for (const activity of [
      '1.10. FASE PRECONTRACTUAL: Adquisición de materiales e insumos de limpieza para los espacios administrados por la Empresa Portoparques.',
      '1.11. EJECUCIÓN: Adquisición de materiales e insumos de limpieza para los espacios adminstrados por la Empresa Portoparques.',
      '1.12. FASE PREPARATORIA: Adquisición de EPP para personal operativo de la Empresa Pública Portoparques EP',
      '1.13. FASE CONTRACTUAL: Adquisición de materiales e insumos de limpieza para los espacios administrados por la Empresa Portoparques.',
    ]) expect(ending(activity)).toEqual([[activity, '100,00%', 'FINALIZADO']]);
  });

  it('joins no page\'s foot with the next page\'s head (p. 3 line 99, «GOBIERNO AUTÓNOMO …», and p. 4 line 100, «Informe de Gestión Anual»)', () => {
    expect(lines.filter((l) => l.includes('GOBIERNO AUTÓNOMO'))).toHaveLength(26);
    expect(lines.filter((l) => l.includes('GOBIERNO AUTÓNOMO') && l.includes('Informe de Gestión Anual'))).toEqual([]);
  });
});
