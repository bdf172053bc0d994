import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvParser as parser } from '../../src/ingest/parsers/csv.ts';
import type { ParseResult } from '../../src/ingest/types.ts';
import { expectValidRecords, readExpected, readSource, sourceText } from '../support/parse.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/csv');
const REPORTS = join(import.meta.dirname, '../../data/reports');
const TEMPLATE = join(import.meta.dirname, '../../data/templates/plantilla-cuentas-abiertas.csv');
const HEADER = 'tipo,institucion,ruc,año,descripcion,unidad,objetivo,indicador,numero_meta,planificado,ejecutado,unidad_valor,porcentaje_reportado,procedimiento,adjudicados_numero,adjudicados_monto,finalizados_numero,finalizados_monto,notas';

const source = (text: string, file = 'test.csv') => sourceText(text, file);
function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, `${name}.csv`), 'utf8');
}
const fixture = (name: string) => readSource(FIXTURES, `${name}.csv`);
const expected = (name: string) => readExpected(FIXTURES, name);
function codes(r: ParseResult): string[] {
  return r.flags.map((f) => `${f.severity}/${f.code}@${f.source_line}${f.field ? `:${f.field}` : ''}`);
}

describe('csv detect', () => {
  it('claims none of the five reports', () => {
    const files = readdirSync(REPORTS).filter((f) => f.endsWith('.txt'));
    expect(files).toHaveLength(5);
    for (const f of files) expect(parser.detect(source(readFileSync(join(REPORTS, f), 'utf8'), f)), f).toBe(false);
  });

  it('claims the template, every fixture and the LOTAIP header, with either separator', () => {
    expect(parser.detect(source(readFileSync(TEMPLATE, 'utf8')))).toBe(true);
    for (const f of readdirSync(FIXTURES).filter((x) => x.endsWith('.csv'))) {
      expect(parser.detect(source(readFileSync(join(FIXTURES, f), 'utf8'))), f).toBe(true);
    }
    expect(parser.detect(source('tipo;institucion;año;descripcion;planificado;ejecutado\n'))).toBe(true);
    expect(parser.detect(source('\n\nTIPO,RUC,Año,Procedimiento\n'))).toBe(true);
    expect(parser.detect(source('Unidad,Objetivos,Indicador,Meta cuantificable,Periodo\n'))).toBe(true);
    expect(parser.detect(source('"No.";"Descripción de la unidad";"Objetivo de la unidad";"Indicador";"Meta cuantificable"'))).toBe(true);
  });

  it('rejects other headers and a header that is not the first non-empty line', () => {
    expect(parser.detect(source('a,b,c\n1,2,3'))).toBe(false);
    expect(parser.detect(source('tipo,descripcion,planificado\n'))).toBe(false); // no institution nor year
    expect(parser.detect(source('Unidad,Objetivos,Indicador\n'))).toBe(false); // no "Meta cuantificable"
    expect(parser.detect(source(`Datos del ministerio\n${HEADER}\n`))).toBe(false);
    expect(parser.detect(source('No.\tDescripción de la unidad\tObjetivo de la unidad\tIndicador\tMeta cuantificable'))).toBe(false);
    expect(parser.detect(source(''))).toBe(false);
    expect(parser.detect(source(`${'x'.repeat(5_000_000)}\n${HEADER}`))).toBe(false);
  });
});

describe('csv: the template in data/templates', () => {
  const r = parser.parse(source(readFileSync(TEMPLATE, 'utf8'), 'plantilla-cuentas-abiertas.csv'));

  it('parses with zero flags', () => {
    expect(r.flags).toEqual([]);
  });

  it('gives one record per example row with the figures of the Ministerio del Interior report', () => {
    expect(r.report).toEqual({
      period: '2023', year: 2023, title: 'Datos cargados desde CSV: plantilla-cuentas-abiertas.csv', report_number: null,
      complete: true, budget_pct_reported: 40.4, goals_pct_reported: null, goals_pct_reported_line: null, date: null,
    });
    expect(r.institution).toEqual({ name: 'MINISTERIO DEL INTERIOR', ruc: '1798194735001', parent: null, domains: [], other: [] });
    expect(r.budget_lines).toEqual([{
      line_type: null, category: 'Egresos en personal', planned: 14586155.85, executed: 14586155.85,
      pct_reported: 100, pct_computed: 100, source_line: 2,
    }]);
    expect(r.budget_summaries).toEqual([{
      planned: 78537516.23, executed: 31727549.03, current_planned: null, current_executed: null,
      investment_planned: null, investment_executed: null, pct_reported: 40.4, pct_computed: 40.4,
      basis: 'reported', source_line: 3,
    }]);
    expect(r.goals).toEqual([{
      unit: null, unit_number: null,
      objective: 'Mejorar el sistema integral de seguridad, frente a los riesgos y amenazas que afectan la seguridad ciudadana con transparencia y calidad de servicio.',
      goal_number: '3.1', goal: 'SISTEMA INTEGRAL DE SEGURIDAD, FRENTE A LOS RIESGOS Y AMENAZAS',
      indicator: 'PORCENTAJE DE SATISFACCIÓN DEL USUARIO EXTERNO', planned: 82, achieved: 78.89, value_unit: '%',
      value_text: null, pct_reported: 96.21, pct_computed: 96.21, plan_objective: null, source_line: 4,
    }]);
    expect(r.procurement).toEqual([{
      procedure: 'CATÁLOGO ELECTRÓNICO', procedure_key: 'catalogo_electronico', awarded_count: 7,
      awarded_amount: 15666193.21, finalized_count: 1, finalized_amount: 14794.25, source_line: 5,
    }]);
    expectValidRecords(r);
  });

  it('documents every template column in its README', () => {
    const readme = readFileSync(join(TEMPLATE, '../README.md'), 'utf8');
    for (const col of HEADER.split(',')) expect(readme, col).toContain(`\`${col}\``);
    expect(readFileSync(TEMPLATE, 'utf8').split('\n')[0]).toBe(HEADER);
  });
});

describe('csv: semicolon separator and es-EC numbers', () => {
  const name = 'plantilla-punto-y-coma-es-ec';
  const r = parser.parse(fixture(name));

  it('reads "$14.586.155,85", "7.496.825,85" and "100,00 %" exactly', () => {
    expect(r.budget_lines.map((b) => [b.category, b.planned, b.executed, b.pct_reported, b.pct_computed, b.source_line])).toEqual([
      ['Egresos en personal', 14586155.85, 14586155.85, 100, 100, 2],
      ['Bienes y servicios de consumo', 7496825.85, 5183550.7, 69.14, 69.14, 3],
      ['Bienes y servicios para inversión', 32029586.58, 3035281, 9.48, 9.48, 4],
    ]);
    expect(r.budget_summaries.map((s) => [s.planned, s.executed, s.pct_reported, s.pct_computed, s.basis, s.source_line]))
      .toEqual([[78537516.23, 31727549.03, 40.4, 40.4, 'reported', 5]]);
    expect(r.report.budget_pct_reported).toBe(40.4);
  });

  it('reads goals and procurement', () => {
    expect(r.goals).toHaveLength(1);
    expect(r.goals[0]).toMatchObject({
      goal_number: '1.2', indicator: '1.2. PORCENTAJE DE DOTACIÓN DE MEDIOS LOGÍSTICOS PARA LA POLICÍA NACIONAL',
      planned: 1, achieved: 4, pct_reported: 400, pct_computed: 400, value_unit: null, source_line: 6,
    });
    expect(r.procurement.map((p) => [p.procedure_key, p.awarded_count, p.awarded_amount, p.finalized_count, p.finalized_amount, p.source_line]))
      .toEqual([
        ['infima_cuantia', 19, 71057.41, 1, 48360.57, 7],
        ['cotizacion', 4, 573425.14, 0, 0, 8],
      ]);
    expect(r.flags).toEqual([]);
    expectValidRecords(r);
  });
});

describe('csv: UTF-8 BOM, comma separator, inherited institution and year', () => {
  const name = 'plantilla-bom';

  it('matches the checked expected output, with the BOM left in the text or removed', () => {
    expect(fixtureText(name).charCodeAt(0)).toBe(0xfeff);
    const r = parser.parse(fixture(name));
    expect(r).toEqual(expected(name));
    expect(parser.parse(source(fixtureText(name).slice(1), `${name}.csv`))).toEqual(r);
  });

  it('reads the AZ Manuela Sáenz 2021 figures', () => {
    const r = parser.parse(fixture(name));
    expect(r.report).toMatchObject({ year: 2021, period: '2021', complete: true });
    expect(r.institution).toMatchObject({ name: 'Administración Zonal Manuela Sáenz', ruc: null });
    expect(r.budget_lines.map((b) => [b.planned, b.executed, b.pct_reported, b.pct_computed, b.source_line]))
      .toEqual([[5500, 4884.15, 88.8, 88.8, 2]]);
    expect(r.goals.map((g) => [g.goal_number, g.planned, g.achieved, g.value_unit, g.pct_reported, g.pct_computed, g.source_line]))
      .toEqual([['1', 21, 21, 'acciones', 100, 100, 3], ['2', 44, 44, null, 100, 100, 4]]);
    expect(r.flags).toEqual([]);
  });
});

describe('csv: quoted fields with line breaks', () => {
  const name = 'plantilla-campo-multilinea';
  const r = parser.parse(fixture(name));

  it('keeps the line where each row starts (a row spanning lines 2-4, then line 6)', () => {
    expect(r.goals.map((g) => [g.source_line, g.planned, g.achieved, g.pct_reported])).toEqual([[2, 82, 78.89, 96.21]]);
    expect(r.goals[0]!.objective).toBe(
      'Mejorar el sistema integral de seguridad, frente a los riesgos y amenazas que afectan la seguridad ciudadana con transparencia y calidad de servicio.',
    );
    expect(r.procurement.map((p) => [p.source_line, p.procedure_key, p.awarded_amount])).toEqual([[6, 'licitacion', 157246.22]]);
    expect(r.flags).toEqual([]);
  });
});

describe('csv: bad rows are skipped with a flag naming file:line and field', () => {
  const name = 'plantilla-filas-malas';
  const r = parser.parse(fixture(name));

  it('keeps only the good rows', () => {
    expect(r.budget_lines.map((b) => [b.source_line, b.category, b.planned, b.executed])).toEqual([
      [2, 'Egresos en personal', 14586155.85, 14586155.85],
      [10, 'Otros Pasivos', 17990.55, null], // "N/A": kept, executed null
      [17, 'Egresos de capital', 22821556.73, 8443778.7], // bad RUC: warned, kept
    ]);
    expect(r.goals).toEqual([]);
    expect(r.procurement).toEqual([]);
    expect(r.institution).toMatchObject({ name: 'MINISTERIO DEL INTERIOR', ruc: '1798194735001' });
    expect(r.report.year).toBe(2023);
  });

  it('flags each problem', () => {
    expect(codes(r)).toEqual([
      'error/invalid_record@3:planned', // "un millón"
      'error/invalid_record@4:category', // no descripcion
      'error/invalid_record@5:tipo', // "gasto"
      'error/invalid_record@6:institution_id', // CONSEJO NACIONAL ELECTORAL
      'error/invalid_record@7:year', // 2022
      'error/invalid_record@8', // 312,915.17 unquoted: 20 cells
      'error/invalid_record@9:planned', // "234,501.52" US format
      'warning/value_missing@10:executed', // N/A
      'error/invalid_record@11:awarded_count', // 2.5
      'error/invalid_record@12:procedure', // empty
      'error/invalid_record@13:year', // "dos mil"
      'error/invalid_record@14:goal', // no descripcion nor indicador
      'error/invalid_record@14:planned', // "0.125"
      'error/invalid_record@15:awarded_amount', // negative
      'warning/value_suspicious@17:ruc', // "12345"
    ]);
    expect(r.flags[0]!.message).toBe('Fila omitida: «planificado» no es un monto: "un millón" (plantilla-filas-malas.csv:3)');
    expect(r.flags[3]!.message).toBe(
      'Fila omitida: otra institución (un CSV es un informe de una institución): "CONSEJO NACIONAL ELECTORAL" (plantilla-filas-malas.csv:6)',
    );
    expectValidRecords(r);
  });
});

describe('csv: LOTAIP 2023 "metas y objetivos" dataset', () => {
  const name = 'lotaip-metas-objetivos';
  const r = parser.parse(fixture(name));

  it('maps each row to a goal', () => {
    expect(r.report).toMatchObject({ year: 2023, period: '2023', date: '2023-11-30', complete: true });
    expect(r.institution).toMatchObject({ name: 'Consejo Nacional Electoral', ruc: null });
    expect(r.goals).toHaveLength(7);
    expect(r.goals[0]).toEqual({
      unit: 'Coordinación Nacional Administrativa Financiera y Talento Humano', unit_number: 1,
      objective: 'Incrementar la calidad de la gestión administrativa, financiera y de talento humano del Consejo Nacional Electoral.',
      goal_number: null, goal: null, indicator: 'Porcentaje de ejecución presupuestaria institucional',
      planned: 70.36, achieved: null, value_unit: '%', value_text: null, pct_reported: null, pct_computed: null,
      plan_objective: null, source_line: 2,
    });
    expect(r.goals.map((g) => [g.source_line, g.unit_number, g.planned, g.value_unit, g.value_text])).toEqual([
      [2, 1, 70.36, '%', null],
      [3, 1, null, null, 'N/A'],
      [4, 1, null, null, 'N/A'],
      [5, 2, 94, '%', null],
      [6, 2, null, null, 'N/A'],
      [7, 3, 100, '%', null],
      [8, 3, 97, '%', null],
    ]);
    // A blank unit repeats the previous row's (merged cells).
    expect(r.goals[2]!.unit).toBe('Coordinación Nacional Administrativa Financiera y Talento Humano');
    expect(r.goals[4]!.unit).toBe('Cooridnación Nacional de Gestión Estratégica y Planificación');
    expect(codes(r)).toEqual(['warning/value_missing@3:planned', 'warning/value_missing@4:planned', 'warning/value_missing@6:planned']);
    expectValidRecords(r);
  });

  it('accepts semicolons, a year column, a text meta and heading rows', () => {
    const text = [
      'Unidad;Objetivos;Indicador;Meta cuantificable;Año',
      'PROCESOS GOBERNANTES / NIVEL DIRECTIVO;;;;2023',
      'Dirección X;Objetivo X;Indicador 1;85,5 %;2023',
      ';;Indicador 2;Cumplir el plan;2023',
      ';;Indicador 3;12;2024',
    ].join('\n');
    const g = parser.parse(source(text));
    expect(g.goals.map((x) => [x.source_line, x.unit, x.planned, x.value_unit, x.value_text])).toEqual([
      [3, 'Dirección X', 85.5, '%', null],
      [4, 'Dirección X', null, null, 'Cumplir el plan'],
    ]);
    expect(codes(g)).toEqual([
      'info/section_unrecognized@2', 'warning/value_suspicious@4:planned', 'error/invalid_record@5:year',
    ]);
    expect(g.report.year).toBe(2023);
  });
});

describe('csv: edge cases', () => {
  it('reads number formats exactly', () => {
    const rows = [
      'presupuesto,X,,2023,a,,,,,"1.234,56",1234.56,,"88,80",,,,,,',
      'presupuesto,X,,2023,b,,,,,$ 1.234.567,1234567.5,,88.8 %,,,,,,',
      'presupuesto,X,,2023,c,,,,,USD 0.99,"0,10",,,,,,,,',
      'presupuesto,X,,2023,d,,,,,1.234,0,,88.805,,,,,,',
    ];
    const r = parser.parse(source(`${HEADER}\n${rows.join('\n')}\n`));
    expect(r.budget_lines.map((b) => [b.category, b.planned, b.executed, b.pct_reported])).toEqual([
      ['a', 1234.56, 1234.56, 88.8],
      ['b', 1234567, 1234567.5, 88.8],
      ['c', 0.99, 0.1, null],
    ]);
    expect(r.budget_lines[2]!.pct_computed).toBe(10.1);
    expect(codes(r)).toEqual(['error/invalid_record@5:pct_reported']); // "88.805": ambiguous
  });

  it('keeps only the first TOTAL row', () => {
    const r = parser.parse(source(`${HEADER}\npresupuesto,X,,2023,TOTAL,,,,,100,50,,50,,,,,,\npresupuesto,X,,2023,Total,,,,,200,50,,,,,,,,\n`));
    expect(r.budget_summaries.map((s) => [s.planned, s.executed, s.pct_computed, s.source_line])).toEqual([[100, 50, 50, 2]]);
    expect(codes(r)).toEqual(['warning/duplicate_skipped@3']);
  });

  it('flags an unclosed quote and an unknown column', () => {
    const r = parser.parse(source(`${HEADER},extra\npresupuesto,X,,2023,a,,,,,1,1,,,,,,,,,\npresupuesto,X,,2023,"b,,,,,1,1\n`));
    expect(r.budget_lines.map((b) => b.category)).toEqual(['a']);
    expect(codes(r)).toEqual(['info/section_unrecognized@1', 'error/invalid_record@3']);
  });

  it('reports a file with no year and no valid rows as a fragment', () => {
    const r = parser.parse(source(`${HEADER}\npresupuesto,X,,,a,,,,,1,1,,,,,,,,\n`));
    expect(r.report).toMatchObject({ year: 0, complete: true });
    expect(codes(r)).toEqual(['error/fragment@null']);
    const empty = parser.parse(source(`${HEADER}\n`));
    expect(empty.report.complete).toBe(false);
    expect(codes(empty)).toEqual(['error/fragment@null', 'warning/fragment@null']);
  });
});

describe('csv on bad input never throws', () => {
  const semi = fixtureText('plantilla-punto-y-coma-es-ec');
  const cases: [string, string][] = [
    ['empty', ''],
    ['only whitespace', ' \n\t\n   \n'],
    ['not a CSV', readFileSync(join(REPORTS, '2021-quito-az-manuela-saenz-informe-de-gestion.txt'), 'utf8')],
    ['truncated halfway', semi.slice(0, Math.floor(semi.length / 2))],
    ['CRLF left in', semi.replace(/\n/g, '\r\n')],
    ['a 5 MB line', `${HEADER}\npresupuesto,X,,2023,${'x'.repeat(5_000_000)},,,,,1,1,,,,,,,,\npresupuesto,X,,2023,b,,,,,2,2,,,,,,,,\n`],
    ['a 5 MB quoted field', `${HEADER}\npresupuesto,X,,2023,"${'x'.repeat(5_000_000)}`],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const r = parser.parse(source(text));
      expectValidRecords(r);
      if (name === 'truncated halfway') {
        // The last (cut) row is "Bienes y servicios para inversión;;;;;32.029.586,58;3.0": the rows before it are intact.
        expect(r.budget_lines.slice(0, 2).map((b) => b.planned)).toEqual([14586155.85, 7496825.85]);
      }
      if (name === 'CRLF left in') {
        expect(r.budget_lines).toEqual(expected('plantilla-punto-y-coma-es-ec').budget_lines);
        expect(r.procurement).toEqual(expected('plantilla-punto-y-coma-es-ec').procurement);
      }
      if (name === 'a 5 MB line') {
        expect(r.budget_lines.map((b) => [b.category, b.source_line])).toEqual([['b', 3]]);
        expect(codes(r)).toEqual(['warning/line_too_long@2']);
      }
      if (name === 'not a CSV' || name === 'empty') expect(codes(r)).toEqual(['error/unknown_format@null']);
    });
  }
});
