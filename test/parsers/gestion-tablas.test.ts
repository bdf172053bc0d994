import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gestionTablasParser as parser } from '../../src/ingest/parsers/gestion-tablas.ts';
import { informeGestionParser } from '../../src/ingest/parsers/informe-gestion.ts';
import { detectParser } from '../../src/ingest/parsers/index.ts';
import type { ParseResult, SourceText } from '../../src/ingest/types.ts';
import { expectValidRecords, readExpected, readSource, sourceText as source } from '../support/parse.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/informe-gestion-tablas');
const REPORTS = join(import.meta.dirname, '../../data/reports');
const GESTION = 'portoparques-2025-informe-gestion';
const POA = 'portoparques-2025-evaluacion-poa';

const layout = (name: string) => readSource(FIXTURES, `${name}.layout.txt`);
/** Hand-written expected figures (see the fixture README): never produced by the parser. */
interface Expected {
  report: Record<string, unknown>;
  institution: Record<string, unknown>;
  budget_lines: Record<string, unknown>[];
  budget_summaries: Record<string, unknown>[];
  goals?: Record<string, unknown>[];
}
const expected = (name: string) => readExpected<Expected>(FIXTURES, name);
/** The fields of `row` that `like` names. */
function pick(row: object, like: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(like).map((k) => [k, (row as Record<string, unknown>)[k]]));
}
function codes(r: ParseResult): string[] {
  return r.flags.map((f) => `${f.severity}/${f.code}@${f.source_line}`);
}
/** Warnings and errors only (the annexed cédula is always noted as info). */
function problems(r: ParseResult): string[] {
  return codes(r).filter((c) => !c.startsWith('info/'));
}
/** The annexed revenue cédula (page 40, US number format) is noted, not read. */
const ANNEX = 'info/section_unrecognized@2579';
const validate = (r: ParseResult) => expectValidRecords(r, { report_id: 'r', institution_id: 'i', year: 2025, source_file: 'f.txt' });
const gestionText = readFileSync(join(FIXTURES, `${GESTION}.layout.txt`), 'utf8');
/** The management report with some lines replaced (1-based line → new text). */
function edited(changes: Record<number, string>, keep = Infinity): SourceText {
  const lines = gestionText.split('\n').slice(0, keep).map((l, i) => changes[i + 1] ?? l);
  return source(lines.join('\n'), 'editado.txt');
}

describe('informe-gestion-tablas detect', () => {
  it('claims both Portoparques documents', () => {
    expect(parser.detect(layout(GESTION))).toBe(true);
    expect(parser.detect(layout(POA))).toBe(true);
  });

  it('claims none of the bundled reports, and the driver picks it for Portoparques only', () => {
    const files = readdirSync(REPORTS).filter((f) => f.endsWith('.txt'));
    expect(files).toHaveLength(5);
    for (const f of files) {
      expect(parser.detect(source(readFileSync(join(REPORTS, f), 'utf8'), f)), f).toBe(false);
    }
    expect(detectParser(layout(GESTION))?.format).toBe('informe-gestion-tablas');
    expect(detectParser(layout(POA))?.format).toBe('informe-gestion-tablas');
    // The Quito parser (key-value blocks) does not claim the table layout.
    expect(informeGestionParser.detect(layout(GESTION))).toBe(false);
  });

  it('needs a title and a table header', () => {
    expect(parser.detect(source(''))).toBe(false);
    expect(parser.detect(source('INFORME DE GESTIÓN ANUAL\n\nTexto sin tablas.'))).toBe(false);
    const header = 'PARTIDA      PRESUPUESTO CODIFICADO      PRESUPUESTO EJECUTADO      % AVANCE';
    expect(parser.detect(source(`Acta de reunión\n${header}`))).toBe(false);
    expect(parser.detect(source(`INFORME DE GESTIÓN ANUAL\n${header}`))).toBe(true);
  });
});

/**
 * Both Portoparques 2025 documents give the figures their expected file selects (the fields of its
 * first row, read by hand: test/fixtures/informe-gestion-tablas/README.md): the header, the budget
 * lines and the budget summary.
 */
describe.each([
  {
    doc: GESTION, what: 'management report',
    header: 'the cover: title, institution, period, delivery date',
    lines: 'every expense group with the figures printed on pages 21-23 (sub-items only check their group)',
    summary: 'the totals from the TOTALES row (page 23, line 1483)',
  },
  {
    doc: POA, what: 'POA evaluation',
    header: 'period, institution and the global execution % (page 55, line 2080)',
    lines: "each plan's codificado, devengado and % from its TOTALES row",
    summary: 'the institution total, the sum of the plans; its % agrees with the stated 91,75 %',
  },
])('informe-gestion-tablas on the Portoparques 2025 $what (layout text): selected figures', ({ doc, header, lines, summary }) => {
  const r = parser.parse(layout(doc));
  const want = expected(doc);
  it(`reads ${header}`, () => {
    expect(pick(r.report, want.report)).toEqual(want.report);
    expect(pick(r.institution, want.institution)).toEqual(want.institution);
  });
  it(`reads ${lines}`, () => {
    expect(r.budget_lines.map((l) => pick(l, want.budget_lines[0]!))).toEqual(want.budget_lines);
  });
  it(`reads ${summary}`, () => {
    expect(r.budget_summaries.map((s) => pick(s, want.budget_summaries[0]!))).toEqual(want.budget_summaries);
  });
});

describe('informe-gestion-tablas on the Portoparques 2025 management report (layout text)', () => {
  const r = parser.parse(layout(GESTION));
  const want = expected(GESTION);

  it('reads every indicator with its meta and ejecución, one goal per measured period', () => {
    expect(r.goals.map((g) => pick(g, want.goals![0]!))).toEqual(want.goals);
  });

  it('groups add up to TOTALES and sub-items to their group: no total_mismatch, no warnings', () => {
    expect(codes(r)).toEqual([ANNEX, 'info/duplicate_skipped@1351']);
    expect(r.flags[0]!.message).toMatch(/^otra tabla presupuestaria \(anexo\) no leída: .* \(portoparques-2025-informe-gestion\.layout\.txt:2579\)$/);
    // 25 sub-items on pages 21-23 (5101 … 9701): each group equals the sum of its own.
    expect(r.flags[1]!.message).toBe(
      '25 ítems presupuestarios (partidas de 4 dígitos) comprobados contra su grupo de gasto; no se publican como líneas para no contar dos veces (portoparques-2025-informe-gestion.layout.txt:1351)',
    );
  });

  it('produces records that validate against the schemas', () => {
    validate(r);
  });

  it('flags a sub-item that does not add up to its group, and a group that breaks TOTALES', () => {
    // 5101 (line 1359) planned $436.084,37 → $436.084,38: group 51 no longer matches its items.
    const item = parser.parse(edited({
      1359: 'INSTITUCIONAL         5101          REMUNERACIONES       $436.084,38       $400.393,64        91,82%              ejercicio',
    }));
    expect(problems(item)).toEqual(['warning/total_mismatch@1356']);
    expect(item.flags[1]!.message).toBe(
      'el grupo 51 codificado (USD 588.065,93) no coincide con la suma de sus líneas (USD 588.065,94) (editado.txt:1356)',
    );
    // Group 57 (line 1425) executed $17.418,62 → $17.418,63: its items and TOTALES both disagree.
    const group = parser.parse(edited({
      1425: 'PLN-2025-02010       57       OTROS GASTOS         $19.916,12      $17.418,63         87,46%',
    }));
    expect(problems(group)).toEqual(['warning/total_mismatch@1425', 'warning/total_mismatch@1483']);
    expect(group.budget_summaries[0]!.executed).toBe(3270778.15);
  });

  it('a report cut before TOTALES keeps its lines, sums the groups and says so', () => {
    const cut = parser.parse(edited({}, 1440));
    expect(cut.budget_lines.filter((l) => l.line_type === 'Grupo de gasto').map((l) => l.category)).toEqual([
      '51 GASTOS EN PERSONAL', '53 BIENES Y SERVICIOS DE CONSUMO', '57 OTROS GASTOS', '71 GASTOS EN PERSONAL PARA INVERSION',
    ]);
    // 588.065,93 + 1.731.919,11 + 19.916,12 + 1.016.282,24 (groups on lines 1356, 1370, 1425, 1436);
    // group 71 lost its sub-items after 7101 with the cut, so it no longer adds up (line 1436).
    expect(cut.budget_summaries).toMatchObject([{ planned: 3356183.4, basis: 'sum_of_lines' }]);
    expect(problems(cut)).toEqual(['warning/total_mismatch@1436', 'warning/total_mismatch@1436', 'warning/value_missing@1351']);
  });

  it('repairs an amount split over two lines only when the groups confirm it', () => {
    // TOTALES (line 1483) with its codificado cut as in the notes column of page 22
    // ("4.783.023,2" then "9," below it, lines 1423-1424 of the same report).
    const totals = '                         TOTALES                             $4.783.023,2       $3.270.778,15          68,38%';
    const under = (digits: string) => `${' '.repeat(totals.indexOf('$4.783.023,2') + 10)}${digits}`;
    const ok = parser.parse(edited({ 1483: totals, 1484: under('9,') }));
    expect(ok.budget_summaries[0]).toMatchObject({ planned: 4783023.29, executed: 3270778.15 });
    expect(problems(ok)).toEqual([]);
    expect(codes(ok)).toContain('info/number_repaired@1483');
    // "…,2" + "8," would be 4.783.023,28: the seven groups add up to …,29, so nothing confirms it.
    const bad = parser.parse(edited({ 1483: totals, 1484: under('8,') }));
    expect(bad.budget_summaries[0]).toMatchObject({ planned: null, executed: 3270778.15 });
    expect(problems(bad)).toEqual(['warning/value_suspicious@1483']);
    expect(bad.flags.find((f) => f.code === 'value_suspicious')!.message).toBe(
      'monto partido en dos líneas (1484) que ningún total confirma: "$4.783.023,2 8," (editado.txt:1483)',
    );
  });

  it('repairs a group amount split over two lines when its sub-items confirm it', () => {
    // Group 97 (line 1477) executed "$361.134,1" + "5" on line 1478; item 9701 (line 1479) is $361.134,15.
    const row = 'PLN-2025-02010          97           PASIVO                $1.099.544,49      $361.134,1         32,84%';
    const next = ` PLAN DE                              CIRCULANTE${' '.repeat(row.indexOf('$361.134,1') - 47 + 9)}5`;
    const r = parser.parse(edited({ 1477: row, 1478: next }));
    expect(r.budget_lines.find((l) => l.category.startsWith('97 '))).toMatchObject({ planned: 1099544.49, executed: 361134.15 });
    expect(problems(r)).toEqual([]);
    expect(codes(r)).toContain('info/number_repaired@1477');
  });

  it('publishes a sub-item whose group row is missing, with a note', () => {
    // Without the group 84 row (line 1465), its sub-item 8401 (line 1471) is the top level.
    const r = parser.parse(edited({ 1465: ' PLN-2025-02002' }));
    expect(r.budget_lines.filter((l) => /^8/.test(l.category)).map((l) => [l.category, l.planned, l.executed])).toEqual([
      ['8401 BIENES MUEBLES', 78665, 15744],
    ]);
    expect(problems(r)).toEqual([]);
    expect(codes(r)).toContain('info/value_suspicious@1471');
  });

  it('an ambiguous meta ("47.460": es-EC or US?) is not read, and flagged once', () => {
    const line = gestionText.split('\n')[1278]!; // line 1279: meta "47460.07" of the Kg indicator
    const r = parser.parse(edited({ 1279: line.replace('47460.07', '47.460  ') }));
    const kg = r.goals.filter((g) => g.value_unit === 'Kg/Año');
    expect(kg).toHaveLength(12);
    expect(kg.every((g) => g.planned === null && g.pct_computed === null)).toBe(true);
    expect(kg[2]!.achieved).toBe(47460.07); // 2025-marzo, line 1274, still read
    expect(problems(r)).toEqual(['warning/value_missing@1270']);
  });

  // Page 21's indicator table (header line 1308). PDF.js places its columns at other offsets than
  // pdftotext: the groups must not depend on them (issue 13).
  const header = gestionText.split('\n')[1307]!;
  const centreOf = (word: string) => header.indexOf(word) + word.length / 2;
  /** `text` moved so that its centre sits at `centre` (other cells of the line kept in place). */
  const moved = (line: string, text: string, centre: number) => {
    const at = line.indexOf(text);
    const blank = line.slice(0, at) + ' '.repeat(text.length) + line.slice(at + text.length);
    const start = Math.round(centre - text.length / 2);
    return blank.slice(0, start) + text + blank.slice(start + text.length);
  };

  it('a period nearer the meta column than the ejecución column is still a period, not a second meta', () => {
    const lines = gestionText.split('\n');
    // Line 1330: "2025-junio   17" of "Mantenimiento de equipos informáticos y de comunicación".
    const meta = centreOf('Meta');
    const near = moved(lines[1329]!, '2025-junio', meta + (centreOf('Ejecución') - meta) / 3);
    expect(near.trim()).toMatch(/^2025-junio\s+17$/);
    expect(Math.abs(centreOf('Meta') - (near.indexOf('2025-junio') + 5))).toBeLessThan(Math.abs(centreOf('Ejecución') - (near.indexOf('2025-junio') + 5)));
    const r = parser.parse(edited({ 1330: near }));
    expect(r.goals.map((g) => pick(g, want.goals![0]!))).toEqual(want.goals);
    expect(problems(r)).toEqual([]);
  });

  it('a figure as near the meta column as the ejecución column is left out and flagged, never put under a heading', () => {
    const lines = gestionText.split('\n');
    // Line 1340: "44   60" of "Número de Espacios concesionados."; 60 moved half-way between the columns.
    const middle = (centreOf('Meta') + centreOf('Ejecución')) / 2;
    const r = parser.parse(edited({ 1340: moved(lines[1339]!, '60', middle) }));
    const g = r.goals.find((x) => x.indicator === 'Número de Espacios concesionados.')!;
    // No ejecución read: the goal cites the indicator's first line ("Nombre del", 1335).
    expect([g.planned, g.achieved, g.source_line]).toEqual([44, null, 1335]);
    expect(r.flags.filter((f) => f.severity !== 'info').map((f) => [f.code, f.source_line, f.message])).toEqual([[
      'value_suspicious', 1340, 'cifra a igual distancia de las columnas meta y ejecución, no se atribuye: "60" (editado.txt:1340)',
    ]]);
    // Every other goal unchanged.
    expect(r.goals.filter((x) => x !== g).map((x) => pick(x, want.goals![0]!))).toEqual(want.goals!.slice(0, -1));
  });

  it('an unreadable amount becomes a flag, never a guess', () => {
    const bad = parser.parse(edited({
      1477: 'PLN-2025-02010          97           PASIVO                $1.09x.544,49      $361.134,15        32,84%',
    }));
    // The row no longer has its two amounts in order: flagged, and TOTALES no longer adds up.
    expect(codes(bad)).toContain('warning/value_suspicious@1477');
    expect(bad.budget_lines.find((l) => l.category.startsWith('97 '))).toBeUndefined();
  });
});

describe('informe-gestion-tablas on the Portoparques 2025 POA evaluation (layout text)', () => {
  const r = parser.parse(layout(POA));

  it('the institution total\'s computed % is the stated 91,75 %', () => {
    expect(r.budget_summaries[0]!.pct_computed).toBe(91.75);
  });

  it('inicial + reforma = codificado and codificado − devengado = saldo on every plan: no flags', () => {
    expect(codes(r)).toEqual([]);
    validate(r);
  });

  it('a table header right under a paragraph (a PDF\'s text: no page footer or blank line between them) is read whole', () => {
    // Lines 281-287 (4 blank lines and the 3-line page footer «MATRIZ: …» / «www.portoparques.gob.ec» /
    // «Portoviejo – Manabí - Ecuador») end page 7 above the header of plan 6.1 (lines 288-290); lines
    // 1912-1918 do the same on page 50 above plan 6.4's. Without them, the header follows the
    // paragraph's last line directly: «verdes administradas por la empresa pública Portoparques EP”»
    // (line 280), and «reformas internas.» (line 1911), which names «reformas» like a column.
    const lines = readFileSync(join(FIXTURES, `${POA}.layout.txt`), 'utf8').split('\n');
    expect(lines.slice(284, 287).map((l) => l.trim())).toEqual(['MATRIZ: Calle Joaquín Ramírez y Ricaurte – Parque La Rotonda', 'www.portoparques.gob.ec', 'Portoviejo – Manabí - Ecuador']);
    expect(lines[1910]!.trim()).toBe('reformas internas.');
    expect(lines.slice(1915, 1918).map((l) => l.trim())).toEqual(['MATRIZ: Calle Joaquín Ramírez y Ricaurte – Parque La Rotonda', 'www.portoparques.gob.ec', 'Portoviejo – Manabí - Ecuador']);
    const joined = [...lines.slice(0, 280), ...lines.slice(287, 1911), ...lines.slice(1918)];
    const edit = parser.parse(source(joined.join('\n'), 'sin-pies.txt'));
    expect(codes(edit)).toEqual([]);
    // The four plans' TOTALES rows (README: pages 26, 42, 48, 52), 7 and 14 lines earlier.
    expect(edit.budget_lines.map((l) => [l.category, l.planned, l.executed, l.pct_reported, l.source_line])).toEqual(
      expected(POA).budget_lines.map((l) => [l.category, l.planned, l.executed, l.pct_reported, (l.source_line as number) - ((l.source_line as number) > 1911 ? 14 : 7)]),
    );
  });

  it('flags a TOTALES row whose saldo does not match', () => {
    const lines = readFileSync(join(FIXTURES, `${POA}.layout.txt`), 'utf8').split('\n');
    lines[1822] = lines[1822]!.replace('12456,58', '12456,59');
    const edit = parser.parse(source(lines.join('\n'), 'editado.txt'));
    expect(codes(edit)).toEqual(['warning/total_mismatch@1823']);
  });
});

describe('informe-gestion-tablas on TAB-separated cells (layout recovery output)', () => {
  const text = [
    'INFORME DE GESTIÓN ANUAL',
    'EMPRESA PÚBLICA MUNICIPAL DE PRUEBA',
    '',
    'Período 2025',
    '4. EJECUCIÓN PRESUPUESTARIA',
    'PLAN/PROYECTO\tCÓDIGO\tPARTIDA\tPRESUPUESTO\tPRESUPUESTO\t% AVANCE DEL\tOBSERVACIONES',
    '\tPARTIDA\t\tCODIFICADO\tEJECUTADO\tPRESUPUESTO\t',
    'PLN-2025-02010\t51\tGASTOS EN\t$588.065,93\t$526.889,63\t89,60%\tLa ejecución',
    'PLAN DE\t\tPERSONAL\t\t\t\tpresupuesta',
    '\t5101\tREMUNERACIONES\t$588.065,93\t$526.889,63\t89,60%\t',
    '\t\tBASICAS\t\t\t\t',
    '\tTOTALES\t\t$588.065,93\t$526.889,63\t89,60%\t',
    '',
    '5. INDICADORES',
    'Plan - Proyecto\tIndicador\tMeta\tEjecución\tObservaciones',
    'PLN-2025-02015\tNombre del indicador: Número de\t44\t60\tN/A',
    '\tEspacios concesionados.\t\t\t',
    'PLN-2025-02002\tNombre del indicador: Porcentaje\t75%\t2025-enero 75.80 %\t',
    '\t\t\t2025-febrero 78.97 %\t',
  ].join('\n');
  const r = parser.parse(source(text, 'tabs.txt'));

  it('maps cells by index and joins wrapped cells of the same column', () => {
    expect(r.budget_lines.map((l) => [l.category, l.planned, l.executed, l.pct_reported, l.source_line])).toEqual([
      ['51 GASTOS EN PERSONAL', 588065.93, 526889.63, 89.6, 8],
    ]);
    // Its one sub-item (line 10, "REMUNERACIONES" + "BASICAS") equals it: no total_mismatch.
    expect(r.budget_summaries).toMatchObject([{ planned: 588065.93, executed: 526889.63, pct_reported: 89.6, source_line: 12 }]);
    expect(r.institution.name).toBe('EMPRESA PÚBLICA MUNICIPAL DE PRUEBA');
    expect(r.report.period).toBe('2025');
  });

  it('maps a bare number to the nearest figure column when rows have more cells than the header', () => {
    const wide = [
      'INFORME DE GESTIÓN ANUAL',
      'Período 2025',
      'Plan - Proyecto\tIndicador\tMeta\tEjecución\tObservaciones',
      'PLN-2025-02002\tNombre del indicador: Porcentaje\t75%\t2025-enero\t75.80 %\tN/A',
      'PLN-2025-02010\tNombre del indicador: Número de Capacitaciones\t6\t\t6\tN/A',
    ].join('\n');
    const w = parser.parse(source(wide, 'anchas.txt'));
    expect(w.goals.map((g) => [g.unit, g.goal_number, g.planned, g.achieved])).toEqual([
      ['PLN-2025-02002', '2025-enero', 75, 75.8],
      ['PLN-2025-02010', null, 6, 6],
    ]);
  });

  it('reads indicators, periods written in the same cell as their value included', () => {
    expect(r.goals.map((g) => [g.indicator, g.goal_number, g.planned, g.achieved, g.value_unit, g.source_line])).toEqual([
      ['Número de Espacios concesionados.', null, 44, 60, null, 16],
      ['Porcentaje', '2025-enero', 75, 75.8, '%', 18],
      ['Porcentaje', '2025-febrero', 75, 78.97, '%', 19],
    ]);
    expect(codes(r)).toEqual(['info/duplicate_skipped@6']);
  });
});

describe('informe-gestion-tablas on an indicator table without "Nombre del indicador" labels', () => {
  it('starts a new indicator at each meta', () => {
    const text = [
      'INFORME DE GESTIÓN 2024',
      '',
      'Programa          Indicador                      Meta programada       Valor alcanzado',
      'Vialidad          Kilómetros de vías                    120                  96',
      '                  mantenidos',
      'Salud             Atenciones médicas                   5000                5200',
    ].join('\n');
    const r = parser.parse(source(text, 'sin-etiquetas.txt'));
    expect(r.goals.map((g) => [g.unit, g.indicator, g.planned, g.achieved, g.source_line])).toEqual([
      ['Vialidad', 'Kilómetros de vías mantenidos', 120, 96, 4],
      ['Salud', 'Atenciones médicas', 5000, 5200, 6],
    ]);
    expect(r.report.period).toBe('2024');
  });
});

describe('informe-gestion-tablas on bad input', () => {
  it('empty text: a fragment, no records, no exception', () => {
    const r = parser.parse(source(''));
    expect(r.budget_lines).toEqual([]);
    expect(r.report.complete).toBe(false);
    expect(codes(r)).toEqual(['error/fragment@null', 'warning/fragment@null']);
  });

  it('a 5 MB line on the cover is skipped too', () => {
    const lines = gestionText.split('\n');
    lines.splice(2, 0, `Fecha ${'y'.repeat(5_000_000)}`);
    const r = parser.parse(source(lines.join('\n'), 'portada.txt'));
    expect(r.report.period).toBe('2025');
    expect(r.budget_summaries[0]).toMatchObject({ planned: 4783023.29, source_line: 1484 });
  });

  it('a 5 MB line is skipped, the rest is read', () => {
    const lines = gestionText.split('\n');
    lines.splice(1300, 0, 'x'.repeat(5_000_000));
    const r = parser.parse(source(lines.join('\n'), 'largo.txt'));
    expect(r.budget_summaries[0]).toMatchObject({ planned: 4783023.29, executed: 3270778.15, source_line: 1484 });
    expect(r.budget_lines).toHaveLength(7);
  });
});
