import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { informeGestionParser as parser } from '../../src/ingest/parsers/informe-gestion.ts';
import type { ParseResult, SourceText } from '../../src/ingest/types.ts';
import { flagSchema } from '../../src/schema/datasets.ts';
import { expectValidRecords, readExpected, readSource, sourceText as source } from '../support/parse.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/informe-gestion');
const REPORTS = join(import.meta.dirname, '../../data/reports');
const QUITO = '2021-quito-az-manuela-saenz-informe-de-gestion.txt';
const FULL = 'az-manuela-saenz-2021';
const TRUNCATED = 'az-manuela-saenz-2021-truncado';

const fixture = (name: string) => readSource(FIXTURES, `${name}.txt`);
const expected = (name: string) => readExpected(FIXTURES, name);
function codes(r: ParseResult): string[] {
  return r.flags.map((f) => `${f.severity}/${f.code}@${f.source_line}`);
}
const fullText = readFileSync(join(FIXTURES, `${FULL}.txt`), 'utf8');
/** The report with some lines replaced (1-based line → new text). */
function edited(changes: Record<number, string>): SourceText {
  const lines = fullText.split('\n').map((l, i) => changes[i + 1] ?? l);
  return source(lines.join('\n'), 'editado.txt');
}

describe('informe-gestion detect', () => {
  it('claims the Quito management report and none of the other four reports', () => {
    const files = readdirSync(REPORTS).filter((f) => f.endsWith('.txt'));
    expect(files).toHaveLength(5);
    for (const f of files) {
      expect(parser.detect(source(readFileSync(join(REPORTS, f), 'utf8'), f)), f).toBe(f === QUITO);
    }
  });

  it('needs the title and a key-value block', () => {
    expect(parser.detect(source('INFORME DE GESTIÓN 2021 – POR SECTOR\n\nConclusiones'))).toBe(false);
    expect(parser.detect(source('Presupuesto codificado 2021:\tUSD 5.500,00\nMeta 1:\tX'))).toBe(false);
    expect(parser.detect(source('\n\nINFORME DE GESTIÓN 2022\nMeta 1:\tALGO'))).toBe(true);
    expect(parser.detect(source('informe de gestion 2022\nPresupuesto codificado 2022:\tUSD 1,00'))).toBe(true);
    // The title must open the text, not appear in prose further down.
    const late = `${'texto\n'.repeat(20)}INFORME DE GESTIÓN 2021\nMeta 1:\tX`;
    expect(parser.detect(source(late))).toBe(false);
    expect(parser.detect(source(''))).toBe(false);
  });
});

describe('informe-gestion on the AZ Manuela Sáenz 2021 report (whole copy)', () => {
  const r = parser.parse(fixture(FULL));

  it('reads the report and the institution hint', () => {
    expect(r.report).toEqual({
      period: '2021', year: 2021, title: 'INFORME DE GESTIÓN 2021 – POR SECTOR', report_number: null,
      complete: true, budget_pct_reported: 88.8, goals_pct_reported: null, goals_pct_reported_line: null, date: null,
    });
    expect(r.institution).toEqual({
      name: 'Administración Zonal Manuela Sáenz', // line 61, in the conclusions
      ruc: null,
      parent: 'SECRETARÍA GENERAL DE COORDINACIÓN TERRITORIAL Y PARTICIPACIÓN CIUDADANA', // lines 6-7 joined
      domains: [],
      other: [], // the text never names the Municipio del Distrito Metropolitano de Quito
    });
  });

  it('reads the project budget (lines 17-20) in cents', () => {
    expect(r.budget_lines).toEqual([{
      line_type: 'PROYECTO',
      category: 'PROYECTO 1: PREVENCIÓN SITUACIONAL Y CONVIVENCIA PACÍFICA',
      planned: 5500, // "USD 5.500,00"
      executed: 4884.15, // "USD 4884,15"
      pct_reported: 88.8, // "88,80%"
      pct_computed: 88.8, // 488415 / 550000 = 88.803 %
      source_line: 18,
    }]);
    expect(r.budget_summaries).toEqual([{
      planned: 5500, executed: 4884.15, current_planned: null, current_executed: null,
      investment_planned: null, investment_executed: null, pct_reported: null, pct_computed: 88.8,
      basis: 'sum_of_lines', source_line: 18,
    }]);
  });

  it('reads both goals with their values, units and PMDOT objective', () => {
    expect(r.goals).toHaveLength(2);
    const objective = 'PROGRAMA 1: QUITO SIN MIEDO / PROYECTO 1: PREVENCIÓN SITUACIONAL Y CONVIVENCIA PACÍFICA';
    const plan = 'OE6. Asegurar una vida plena y justa, con igualdad de oportunidades; y con acceso a salud, educación, cultura y seguridad.';
    expect(r.goals[0]).toEqual({
      unit: 'UNIDAD DE SEGURIDAD CIUDADANA', unit_number: null, objective, goal_number: '1',
      goal: 'IMPLEMENTAR 21 ACCIONES DESTINADAS A MEJORAR LA ORGANIZACIÓN DE BARRIOS PARA LA SEGURIDAD Y CONVIVENCIA',
      indicator: 'Número de actividades', planned: 21, achieved: 21, value_unit: 'acciones', value_text: '21 acciones',
      pct_reported: 100, pct_computed: 100, plan_objective: plan, source_line: 24,
    });
    expect(r.goals[1]).toEqual({
      unit: 'UNIDAD DE SEGURIDAD CIUDADANA', unit_number: null, objective, goal_number: '2',
      goal: 'INTERVENIR CON 44 ACCIONES EN ESPACIOS PUBLICOS PARA MEJORAR LA PERCEPCION CIUDADANA SOBRE LA SEGURIDAD.',
      indicator: 'Número de acciones', planned: 44, achieved: 44, value_unit: null, value_text: null,
      pct_reported: 100, pct_computed: 100, plan_objective: plan, source_line: 41,
    });
  });

  it('survives the page breaks inside blocks and the empty-key continuation (line 35) without flags', () => {
    // Goal 2's "Objetivo del PMDOT" (line 49) and "Meta del PMDOT" (line 53) are split by a page break.
    expect(r.flags).toEqual([]);
  });

  it('produces records no prose: conclusions, recommendations and signatures give nothing', () => {
    const lines = [...r.budget_lines, ...r.goals].map((x) => x.source_line);
    expect(Math.max(...lines)).toBeLessThan(57);
    expect(r.procurement).toEqual([]);
    expect(r.recommendations).toEqual([]);
  });

  it('gives records that pass the dataset schemas once the driver adds its ids', () => {
    expectValidRecords(r, { report_id: 'x', institution_id: 'y', year: 2021, source_file: 'f.txt' });
  });
});

describe('informe-gestion on a truncated excerpt (lines 1-28)', () => {
  const r = parser.parse(fixture(TRUNCATED));

  it('keeps what is there and marks the report as a fragment', () => {
    expect(r.report.complete).toBe(false);
    expect(r.budget_lines.map((b) => [b.planned, b.executed, b.source_line])).toEqual([[5500, 4884.15, 18]]);
    expect(r.goals).toHaveLength(1);
    expect(r.goals[0]).toMatchObject({ goal_number: '1', planned: 21, achieved: 21, pct_reported: null, unit: null, source_line: 24 });
    expect(r.institution.name).toBeNull(); // the zone is only named in the (missing) conclusions
    expect(codes(r)).toEqual(['warning/value_missing@24', 'warning/fragment@null']);
    expect(r.flags[0]!.message).toBe('Sin valor en «% de avance» (az-manuela-saenz-2021-truncado.txt:24)');
  });
});

describe('informe-gestion choices and odd values', () => {
  it('sums several projects in cents and reports no overall % (none is stated)', () => {
    const second = [
      '1.1.2. Proyecto 2: OTRO PROYECTO.', '',
      'PROYECTO 2: OTRO PROYECTO\t',
      'Presupuesto codificado 2021:\tUSD 1.234,56',
      'Presupuesto devengado 2021:\tUSD 617,28',
      '% Ejecución presupuestaria 2021:\t50,00%', '',
    ].join('\n');
    const r = parser.parse(edited({ 56: `\n${second}` }));
    expect(r.budget_lines.map((b) => [b.category, b.planned, b.executed, b.pct_computed, b.source_line])).toEqual([
      ['PROYECTO 1: PREVENCIÓN SITUACIONAL Y CONVIVENCIA PACÍFICA', 5500, 4884.15, 88.8, 18],
      ['PROYECTO 2: OTRO PROYECTO', 1234.56, 617.28, 50, 60],
    ]);
    expect(r.report.budget_pct_reported).toBeNull();
    // 550000 + 123456 = 673456 cents; 488415 + 61728 = 550143 cents; 81.6895… %
    expect(r.budget_summaries[0]).toMatchObject({ planned: 6734.56, executed: 5501.43, pct_computed: 81.69, basis: 'sum_of_lines' });
    expect(r.goals.every((g) => g.objective?.endsWith('PROYECTO 1: PREVENCIÓN SITUACIONAL Y CONVIVENCIA PACÍFICA'))).toBe(true);
  });

  it('confirms a split number with the reported % (number_repaired)', () => {
    const r = parser.parse(edited({ 18: 'Presupuesto codificado 2021:\tUSD 5.500, 00' }));
    expect(r.budget_lines[0]).toMatchObject({ planned: 5500, executed: 4884.15, pct_computed: 88.8 });
    expect(codes(r)).toEqual(['warning/number_repaired@18']);
  });

  it('drops a split number the % does not confirm (value_suspicious)', () => {
    // Joined it reads 55.000,00: 4884,15 of that is 8,88 %, not the 88,80 % the report states.
    const r = parser.parse(edited({ 18: 'Presupuesto codificado 2021:\tUSD 55.00 0,00' }));
    expect(r.budget_lines[0]).toMatchObject({ planned: null, executed: 4884.15, pct_reported: 88.8, pct_computed: null });
    expect(r.budget_summaries[0]).toMatchObject({ planned: null, executed: 4884.15, pct_computed: null });
    expect(codes(r)).toEqual(['warning/value_suspicious@18']);
  });

  it('reads a project\'s title wrapped in a narrow column, before its first field (lines 16-17)', () => {
    // as the text path gave them from the report printed on A5, 6 pt (check:layouts, otras
    // a5-portrait-unruled-6pt-narrow, pdftotext lines 13-14): «PROYECTO 1: PREVENCIÓN SITUACIONAL Y» / «CONVIVENCIA PACÍFICA»
    const whole = parser.parse(fixture(FULL));
    const r = parser.parse(edited({ 16: 'PROYECTO 1: PREVENCIÓN SITUACIONAL Y', 17: 'CONVIVENCIA PACÍFICA' }));
    expect(r.budget_lines.map((b) => b.category)).toEqual(['PROYECTO 1: PREVENCIÓN SITUACIONAL Y CONVIVENCIA PACÍFICA']);
    expect(r.goals.map((g) => g.objective)).toEqual(whole.goals.map((g) => g.objective));
    expect(codes(r)).toEqual(codes(whole));
  });

  it('keeps "NO APLICA" as text, never as a number', () => {
    const r = parser.parse(edited({ 45: 'Valor ejecutado 2021:\tNO APLICA' }));
    expect(r.goals[1]).toMatchObject({ planned: 44, achieved: null, value_text: '44 / NO APLICA', pct_reported: 100, pct_computed: null });
    expect(codes(r)).toEqual(['warning/value_missing@45']);
  });

  it('flags a garbled percentage and different units', () => {
    const r = parser.parse(edited({ 20: '% Ejecución presupuestaria 2021:\t00,00%', 28: 'Valor ejecutado 2021:\t20 talleres' }));
    expect(r.budget_lines[0]!.pct_reported).toBeNull();
    expect(r.report.budget_pct_reported).toBeNull();
    expect(r.goals[0]).toMatchObject({ planned: 21, achieved: 20, value_unit: null, value_text: '21 acciones / 20 talleres', pct_computed: 95.24 });
    expect(codes(r)).toEqual(['warning/value_suspicious@20', 'warning/unit_unknown@27']);
  });

  it('reads a percentage goal value', () => {
    const r = parser.parse(edited({ 27: 'Valor programado 2021:\t80%', 28: 'Valor ejecutado 2021:\t60 %' }));
    expect(r.goals[0]).toMatchObject({ planned: 80, achieved: 60, value_unit: '%', value_text: '80%', pct_computed: 75 });
  });

  it('flags an unknown key inside a block once', () => {
    const r = parser.parse(edited({ 25: 'Línea base:\t10', 42: 'Línea base:\t12' }));
    expect(codes(r)).toEqual(['info/section_unrecognized@25']);
    expect(r.goals).toHaveLength(2);
  });

  it('passes the municipality as a hint only when the text names it', () => {
    const r = parser.parse(edited({ 68: '- Trabajar con el Municipio del Distrito Metropolitano de Quito.' }));
    expect(r.institution.other).toEqual(['Municipio del Distrito Metropolitano de Quito']);
  });

  it('infers the year from the labels when the title is missing', () => {
    const r = parser.parse(edited({ 5: '', 6: '', 7: '' }));
    expect(r.report).toMatchObject({ year: 2021, period: '2021', complete: false, title: 'Informe de gestión' });
    expect(r.institution.parent).toBeNull();
    expect(codes(r)).toEqual(['warning/year_inferred@9', 'warning/fragment@null']);
    expect(r.goals).toHaveLength(2);
  });
});

describe('informe-gestion on bad input never throws', () => {
  const cases: [string, string][] = [
    ['empty', ''],
    ['only whitespace', ' \n\t\n   \n'],
    ['truncated halfway', fullText.slice(0, Math.floor(fullText.length / 2))],
    ['CRLF left in', fullText.replace(/\n/g, '\r\n')],
    ['a 5 MB line', `INFORME DE GESTIÓN 2021\nMeta 1:\t${'x'.repeat(5_000_000)}\n`],
    ['a 5 MB line of tags', `INFORME DE GESTIÓN 2021\n${'<a'.repeat(2_500_000)}`],
    ['a 5 MB key', `INFORME DE GESTIÓN 2021\n${'1.'.repeat(2_500_000)}\tx`],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const r = parser.parse(source(text));
      for (const f of r.flags) {
        expect(flagSchema.safeParse({ ...f, report_id: 'x', institution_id: 'y', source_file: 'test.txt' }).success).toBe(true);
      }
      if (name === 'CRLF left in') {
        expect(r.budget_lines).toEqual(expected(FULL).budget_lines);
        expect(r.goals).toEqual(expected(FULL).goals);
      }
      if (name === 'empty' || name === 'only whitespace') {
        expect(r.report.complete).toBe(false);
        expect(r.budget_lines).toEqual([]);
        expect(r.goals).toEqual([]);
      }
    });
  }
});
