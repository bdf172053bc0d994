import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lotaipA4Parser } from '../../src/ingest/parsers/lotaip-a4.ts';
import type { ParseResult } from '../../src/ingest/types.ts';
import { flagSchema, goalSchema } from '../../src/schema/datasets.ts';
import { readExpected, readSource, sourceText as source } from '../support/parse.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/lotaip-a4');
const REPORTS = join(import.meta.dirname, '../../data/reports');
const CNE = '2023-consejo-nacional-electoral-lotaip-a4-metas';

const fixture = (name: string) => readSource(FIXTURES, `${name}.txt`);
function goalAt(r: ParseResult, line: number) {
  const g = r.goals.find((x) => x.source_line === line);
  if (!g) throw new Error(`no goal at line ${line}`);
  return g;
}
function flagsAt(r: ParseResult, line: number) {
  return r.flags.filter((f) => f.source_line === line).map((f) => `${f.severity}/${f.code}`).sort();
}
function countBy(r: ParseResult): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of r.flags) out[`${f.severity}/${f.code}`] = (out[`${f.severity}/${f.code}`] ?? 0) + 1;
  return out;
}

describe('lotaip-a4 detect', () => {
  it('accepts the CNE literal a4 matrix and rejects the other reports', () => {
    const files = readdirSync(REPORTS).filter((f) => f.endsWith('.txt'));
    expect(files).toHaveLength(5);
    for (const f of files) {
      const yes = lotaipA4Parser.detect(source(readFileSync(join(REPORTS, f), 'utf8'), f));
      expect(yes, f).toBe(f === `${CNE}.txt`);
    }
  });

  it('needs both the literal and the "Meta cuantificable" column (or the unit\'s columns: below)', () => {
    expect(lotaipA4Parser.detect(source('Literal a4) Las metas y objetivos de las unidades administrativas'))).toBe(false);
    expect(lotaipA4Parser.detect(source('No.\tIndicador\tMeta cuantificable'))).toBe(false);
    expect(lotaipA4Parser.detect(source('Literal a4)\nNo.\tIndicador\tMeta cuantificable'))).toBe(true);
    expect(lotaipA4Parser.detect(source(''))).toBe(false);
  });

  it('takes the unit\'s description and objective columns for the «Meta cuantificable» column when that cell is cut across lines', () => {
    // The CNE matrix printed on A4 portrait, Liberation Sans 10 pt, 1.5 line spacing (a layout of
    // HELD_OUT_VARIANTS, docs/held-out-layouts.md), through `pdftotext -layout`, lines 5-12: the
    // header packed one space apart («N Descripción de la unidad Objetivo de la unidad»), its last
    // cell «Meta» / «cuan» / «tifica» / «ble» down a column four letters wide, so no line reads
    // «Meta cuantificable»; without this the matrix was read as an untitled document of an unknown
    // institution.
    const head = [
      '     Literal a4) Las metas y',
      '     objetivos de las',
      '     unidades administrativas',
      'N Descripción de la unidad Objetivo de la unidad                      Indicador                                Meta',
      'o.                                                                                                             cuan',
      '                                                                                                               tifica',
      '                                                                                                               ble',
    ].join('\n');
    expect(lotaipA4Parser.detect(source(head))).toBe(true);
    // the unit's column alone is not enough, nor the columns without the literal
    expect(lotaipA4Parser.detect(source(head.replace('Objetivo de la unidad', 'Objetivo estratégico')))).toBe(false);
    expect(lotaipA4Parser.detect(source(head.replace('Literal a4) Las metas y', 'Literal a5) Los')))).toBe(false);
  });

  it('takes the unit\'s objective column alone when a justified header cuts the unit\'s description apart', () => {
    // The CNE matrix on B5 portrait, serif 8 pt, zebra rows, justified (OTHER_VARIANTS_7), through
    // `pdftotext -layout`, lines 7-16: «Descripción     de  la» over «unidad», «Meta» over «cuan» /
    // «tifica» / «ble»; without this the matrix was read as an untitled document of an unknown institution
    const head = [
      '   Literal a4) Las metas',
      '   y objetivos de las',
      '   unidades',
      '   administrativas    de',
      '   conformidad con sus',
      '   programas operativos',
      'N Descripción     de  la Objetivo de la unidad             Indicador                             Meta',
      'o. unidad                                                                                        cuan',
      '                                                                                                 tifica',
      '                                                                                                 ble',
    ].join('\n');
    expect(lotaipA4Parser.detect(source(head))).toBe(true);
    expect(lotaipA4Parser.detect(source(head.replace('Objetivo de la unidad', 'Objetivo estratégico')))).toBe(false);
  });

  it('reads the header whatever spaces a layout put inside or between its words', () => {
    // As `pdftotext -layout` gives the printed CNE matrix, its narrow header cell joined line by line:
    // A4 portrait «Meta» / «cuanti» / «ficabl» / «e» → «Meta cuantificabl e»; US Letter «Meta cuan
    // tificable»; A5 and a serif font «Metacuantificable».
    for (const meta of ['Meta cuantificabl e', 'Meta cuan tificable', 'Metacuantificable', 'META CUANTIFICABLE']) {
      expect(lotaipA4Parser.detect(source(`Literal a4) Las metas\nNo.\tIndicador\t${meta}`)), meta).toBe(true);
    }
    // the letters of another header are not enough
    expect(lotaipA4Parser.detect(source('Literal a4)\nNo.\tIndicador\tMeta cuantificada'))).toBe(false);
    expect(lotaipA4Parser.detect(source('Literal a 5)\nNo.\tIndicador\tMeta cuantificable'))).toBe(false);
  });

  it('knows the column-header row with its words cut (the matrix is complete, not a fragment)', () => {
    const text = [
      'Literal a4) Las metas y objetivos de las unidades administrativas',
      'No.\tDescripción de la unidad\tObjetivo de la unidad\tIndicador\tMeta cuantificabl e',
      '1\tDirección Nacional de Planificación\tIncrementar la calidad de la gestión.\tPorcentaje de ejecución presupuestaria\t97,00%',
      'FECHA ACTUALIZACIÓN DE LA INFORMACIÓN:\t31/12/2023',
    ].join('\n');
    const r = lotaipA4Parser.parse(source(text));
    expect(r.report.complete).toBe(true);
    expect(r.goals.map((g) => [g.unit_number, g.indicator, g.planned, g.source_line])).toEqual([[1, 'Porcentaje de ejecución presupuestaria', 97, 3]]);
  });
});

describe('lotaip-a4 on the CNE report (whole copy)', () => {
  const r = lotaipA4Parser.parse(fixture(CNE));

  it('reads the report metadata from the footer', () => {
    // As the fixture's reviewed expected output has it (test/parsers/expected-outputs.test.ts checks the rest).
    expect(r.report).toEqual(readExpected(FIXTURES, CNE).report);
    expect(r.institution).toEqual({ name: 'Consejo Nacional Electoral', ruc: null, parent: null, domains: ['cne.gob.ec'], other: [] });
  });

  it('emits one goal per indicator row, nothing else', () => {
    expect(r.goals).toHaveLength(180);
    expect(r.goals.filter((g) => g.value_text === 'N/A')).toHaveLength(110);
    expect(r.goals.filter((g) => g.planned !== null)).toHaveLength(66);
    // No goals from the title, header, section, junk or footer rows.
    for (const line of [3, 4, 5, 6, 33, 60, 131, 144, 153, 159, 163, 218, 219]) {
      expect(r.goals.some((g) => g.source_line === line), `line ${line}`).toBe(false);
    }
    for (const g of r.goals) {
      expect(g.goal).toBeNull();
      expect(g.goal_number).toBeNull();
      expect(g.achieved).toBeNull();
      expect(g.pct_reported).toBeNull();
      expect(g.pct_computed).toBeNull();
      expect(g.plan_objective).toBeNull();
    }
  });

  it('reads the institutional budget-execution target of unit 1 (line 7) and unit 27 (line 201)', () => {
    expect(goalAt(r, 7)).toEqual({
      unit: 'Coordinación Nacional Administrativa Financiera y Talento Humano',
      unit_number: 1,
      objective: 'Incrementar la calidad de la gestión administrativa, financiera y de talento humano del Consejo Nacional Electoral.',
      goal_number: null,
      goal: null,
      indicator: 'Porcentaje de ejecución presupuestaria institucional',
      planned: 70.36,
      achieved: null,
      value_unit: '%',
      value_text: null,
      pct_reported: null,
      pct_computed: null,
      plan_objective: null,
      source_line: 7,
    });
    const g = goalAt(r, 201);
    expect([g.unit_number, g.unit, g.indicator, g.planned, g.value_unit]).toEqual([
      27, 'Dirección Nacional Financiera', 'Porcentaje de ejecución presupuestaria Institucional ( E )', 70.36, '%',
    ]);
    expect(g.objective).toMatch(/^Incrementar la eficiencia en la ejecución presupuestaria del gasto corriente/);
  });

  it('reads other rows by exact value, unit and line', () => {
    const rows: [number, number | null, number | null, string][] = [
      [10, 2, 94, 'índice de Gestión Estratégica Institucional'],
      [12, 3, 100, 'Numero de incidentes de seguridad informática'],
      [38, 6, 94.51, 'Porcentaje de ejecución presupuestaria'],
      [48, 7, 99.52, 'Porcentaje de ejecución presupuestaria'],
      [53, 8, 97.22, 'Porcentaje de ejecución presupuestaria'],
      [61, 9, 95.77, 'Porcentaje de ejecución presupuestaria'],
      [69, 10, 97.98, 'Porcentaje de ejecución presupuestaria'],
      [73, 11, 94.07, 'Porcentaje de ejecución presupuestaria'],
      [83, null, 3.56, 'Porcentaje de ejecución presupuestaria'],
      [101, null, 0, 'Porcentaje de ejecución presupuestaria'],
      [111, 15, 92.3, 'Porcentaje de ejecución presupuestaria'],
      [114, 16, 91, 'Porcentaje de inventarios levantados en las Delegaciones Provinciales Electorales'],
      [128, 18, 0, 'Porcentaje de ejecución presupuestaria'],
      [149, 20, 98, 'Índice de cumplimiento a los requerimientos audiovisuales, de diseño y fotografía'],
      [155, 21, 25.42, 'Porcentaje de ejecución presupuestaria'],
      [164, 22, 66.15, 'Porcentaje de ejecución presupuestaria'],
      [170, 23, 98.07, 'Porcentaje de ejecución presupuestaria'],
      [185, 25, 95.33, 'Porcentaje de ejecución presupuestaria'],
      [191, 25, 90.25, 'Porcentaje de ejecución presupuestaria'],
      [202, 27, 90.44, 'Porcentaje de ejecución presupuestaria'],
      [213, 29, 98, 'Porcentaje de satisfacción ciudadana en servicios brindados en ventanilla'],
      [215, 29, 94, 'Índice de Gestión Estratégica Institucional ( E )'],
    ];
    for (const [line, unit, planned, indicator] of rows) {
      const g = goalAt(r, line);
      expect([g.unit_number, g.planned, g.indicator, g.value_text], `line ${line}`).toEqual([unit, planned, indicator, null]);
    }
    expect(goalAt(r, 10).unit).toBe('Cooridnación Nacional de Gestión Estratégica y Planificación');
  });

  it('assigns every printed unit number to its printed name, and no number to two names', () => {
    const names: Record<number, string> = {
      1: 'Coordinación Nacional Administrativa Financiera y Talento Humano',
      2: 'Cooridnación Nacional de Gestión Estratégica y Planificación',
      3: 'Coordinación Nacional de Seguridad Informática y Proyectos Tecnológicos Electorales',
      4: 'Coordinación Nacional Técnica de Participación Política',
      5: 'Coordinación Nacional Técnica de Procesos Electorales',
      6: 'Dirección Nacional de Análisis Político y Difusión Electoral',
      7: 'Dirección Nacional de Desarrollo de Productos y Servicios Informativos Electorales',
      8: 'Dirección Nacional de Infraestructura Tecnológica y Comunicaciones Electorales',
      9: 'Dirección Nacional de Seguridad y Proyectos de Tecnología Informática Electorales',
      10: 'Dirección Nacional de Sistemas e Informática Electoral',
      11: 'Dirección Nacional de Fiscalización y Control del Gasto Electoral',
      15: 'Dirección Nacional de Estadística',
      16: 'Dirección Nacional de Logística',
      17: 'Dirección Nacional de Procesos Electorales',
      18: 'Dirección Nacional de Registro Electoral',
      19: 'Dirección Procesos en el Exterior',
      20: 'Delegación Provincial de: Azuay, Bolívar, Cañar, Carchi, Chimborazo, Cotopaxi, El Oro, Esmeraldas, Galápagos, Guayas, Imbabura, Loja, Los Ríos, Manabí, Morona, Napo, Orellana, Pastaza, Pichincha, Santa Elena, Santo Domingo, Sucumbios, Tungurahua y Zamora Chinchipe',
      21: 'Dirección Nacional de Asesoría Jurídica',
      22: 'Dirección Nacional de Relaciones Internacionales, Cooperación y Observación Electoral',
      23: 'Dirección Nacional de Seguridad y Manejo Integral de Riesgos',
      24: 'Secretaría General',
      25: 'Dirección Nacional Administrativa',
      26: 'Dirección Nacional de Talento Humano',
      27: 'Dirección Nacional Financiera',
      28: 'Dirección Nacional de Planificación y Proyectos',
      29: 'Dirección Nacional de Seguimiento y Gestión de la Calidad pl',
    };
    const seen = new Map<number, Set<string | null>>();
    for (const g of r.goals) {
      if (g.unit_number === null) continue;
      const s = seen.get(g.unit_number) ?? new Set();
      s.add(g.unit);
      seen.set(g.unit_number, s);
    }
    expect([...seen.keys()].sort((a, b) => a - b)).toEqual(Object.keys(names).map(Number));
    for (const [n, s] of seen) expect([...s], `unit ${n}`).toEqual([names[n]]);
  });

  it('assigns each unit the rows of its block (number printed mid-block, name split over two rows)', () => {
    const linesOf = (n: number) => r.goals.filter((g) => g.unit_number === n).map((g) => g.source_line);
    const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
    expect(linesOf(1)).toEqual([7, 8, 9]);
    expect(linesOf(5)).toEqual(range(23, 29));
    expect(linesOf(6)).toEqual(range(34, 44)); // rows 34-37 come before its name (38-39) and number (39)
    expect(linesOf(7)).toEqual(range(45, 51)); // number printed on line 48
    expect(linesOf(8)).toEqual(range(52, 56)); // objective on 52, name and number on 54
    expect(linesOf(10)).toEqual(range(68, 71));
    expect(linesOf(11)).toEqual(range(72, 77)); // two objectives (72, 76)
    expect(linesOf(18)).toEqual(range(125, 130));
    expect(linesOf(19)).toEqual(range(135, 143)); // 135 is after a page break: flagged as a guess
    expect(linesOf(20)).toEqual(range(145, 152));
    expect(linesOf(21)).toEqual(range(154, 158));
    expect(linesOf(26)).toEqual(range(193, 199));
    expect(linesOf(28)).toEqual(range(207, 211));
    expect(linesOf(29)).toEqual(range(212, 217));
  });

  it('keeps the objective in force for each row, joined across rows and as printed', () => {
    expect(goalAt(r, 34).objective).toBe(
      'Incrementar la difusión de la gestión institucional del Consejo Nacional Electoral MEDIANTE la administración de la página web, redes sociales, publicaciones, boletines y ruedas de prensa.',
    );
    expect(goalAt(r, 61).objective).toBe(
      'Incrementar la disponibilidad, integridad y confidencialidad de los sistemas de información MEDIANTE la implementación de controles de seguridad informática.',
    );
    expect(goalAt(r, 75).objective).toMatch(/^Incrementar la efectividad en el control y fiscalización del financiamiento público/);
    expect(goalAt(r, 76).objective).toMatch(/^Incrementar la efectividad en el control y fiscalización de los gastos efectuados en las campañas/);
    expect(goalAt(r, 77).objective).toBe(goalAt(r, 76).objective);
    expect(goalAt(r, 143).objective).toMatch(/relacionados con movilidad humana\.$/);
    expect(goalAt(r, 212).objective).toBeNull(); // unit 29 prints no objective
  });

  it('leaves the indicators of the column-less rows (81-103) without unit, one unit_unknown warning each', () => {
    const lost = r.goals.filter((g) => g.source_line >= 81 && g.source_line <= 103);
    expect(lost).toHaveLength(23);
    for (const g of lost) {
      expect([g.unit, g.unit_number, g.objective], `line ${g.source_line}`).toEqual([null, null, null]);
      expect(flagsAt(r, g.source_line), `line ${g.source_line}`).toContain('warning/unit_unknown');
    }
    expect(goalAt(r, 83)).toMatchObject({ indicator: 'Porcentaje de ejecución presupuestaria', planned: 3.56, value_unit: '%' });
  });

  it('never trusts impossible or garbled values', () => {
    expect(goalAt(r, 86)).toMatchObject({ planned: null, value_text: '00,00%', value_unit: '%' });
    expect(goalAt(r, 100)).toMatchObject({ planned: null, value_text: '00,00%' });
    expect(goalAt(r, 145)).toMatchObject({
      unit_number: 20,
      indicator: 'Porcentaje de ejecución presupuestaria Institucional',
      planned: null,
      value_text: '8,33% mensual promedio (La ejecución presupuestaria mensual individual se detalla en la herramient GEPR)',
    });
    for (const line of [86, 100, 145]) expect(flagsAt(r, line)).toContain('warning/value_suspicious');
    const merged = goalAt(r, 199);
    expect(merged).toMatchObject({ unit_number: 26, planned: null, value_text: null, value_unit: null });
    expect(merged.indicator).toMatch(/^Talento toral zación, ma de Porcentaje del personal/);
    expect(flagsAt(r, 199)).toEqual(['warning/value_suspicious']);
  });

  it('marks N/A as missing (info), not as zero', () => {
    const g = goalAt(r, 8);
    expect(g).toMatchObject({ unit_number: 1, planned: null, value_text: 'N/A', value_unit: null });
    expect(flagsAt(r, 8)).toEqual(['info/value_missing']);
    const f = r.flags.find((x) => x.source_line === 8)!;
    expect(f).toMatchObject({ dataset: 'goals', field: 'planned' });
    expect(f.message).toBe(`meta cuantificable no aplica: "N/A" (${CNE}.txt:8)`);
  });

  it('produces drafts that validate once the driver adds its ids', () => {
    const owned = { report_id: 'cne-a4', institution_id: 'consejo-nacional-electoral', year: 2023, source_file: `${CNE}.txt` };
    for (const g of r.goals) expect(() => goalSchema.parse({ ...g, ...owned }), `line ${g.source_line}`).not.toThrow();
    for (const f of r.flags) expect(() => flagSchema.parse({ ...f, report_id: 'cne-a4', institution_id: null, source_file: `${CNE}.txt` })).not.toThrow();
  });

  it('prints every clean value back exactly as the source cell', () => {
    const lines = fixture(CNE).lines;
    for (const g of r.goals) {
      if (g.planned === null) continue;
      const cells = lines[g.source_line - 1]!.split('\t').map((c) => c.trim()).filter(Boolean);
      const printed = `${g.planned.toFixed(2).replace('.', ',')}%`;
      expect(cells[cells.length - 1], `line ${g.source_line}`).toBe(printed);
    }
  });

  it('raises exactly these flags', () => {
    expect(countBy(r)).toEqual({
      'info/value_missing': 110,
      'info/section_unrecognized': 4, // junk rows 60, 131, 159, 163
      'warning/unit_unknown': 24, // 23 column-less rows + the guess at line 135
      'warning/value_suspicious': 4, // 86, 100, 145, 199
    });
    expect(flagsAt(r, 135)).toEqual(['info/value_missing', 'warning/unit_unknown']);
    expect(r.flags.find((f) => f.source_line === 135 && f.code === 'unit_unknown')!.message).toContain('"19 Dirección Procesos en el Exterior"');
    // Rows 76-77 (second objective of unit 11) and 207 (before unit 28's header) are
    // guesses confirmed by their own "(O.O) ... procesos de la <unidad>" row: no flag.
    for (const line of [76, 77, 207]) expect(flagsAt(r, line).filter((f) => f.endsWith('unit_unknown')), `line ${line}`).toEqual([]);
  });

  it('quotes a noise row by its cells, without a space before a punctuation mark (lines 60 «T | 1 | 1» and 131 «l .»)', () => {
    const quoted = (line: number) => r.flags.find((f) => f.source_line === line && f.code === 'section_unrecognized')!.message;
    expect(quoted(60)).toBe('fila de ruido OCR omitida: "T | 1 | 1" (2023-consejo-nacional-electoral-lotaip-a4-metas.txt:60)');
    expect(quoted(131)).toBe('fila de ruido OCR omitida: "l." (2023-consejo-nacional-electoral-lotaip-a4-metas.txt:131)');
  });
});

describe('lotaip-a4: the footer\'s update date wrapped in a narrow cell', () => {
  const lines = readFileSync(join(REPORTS, `${CNE}.txt`), 'utf8').split('\n');
  const withFooter = (replacement: string[]) => {
    const changed = [...lines];
    changed.splice(218, 1, ...replacement);
    return lotaipA4Parser.parse(source(changed.join('\n'), `${CNE}.txt`));
  };

  it('reads the date on a line of the label or just under it', () => {
    expect(lines[218]).toBe('FECHA ACTUALIZACIÓN DE LA INFORMACIÓN:\t\t30/11/2023\t\t');
    // As pdftotext -layout gives the matrix printed in three layouts (after the layout stage):
    // a4-portrait-times-10pt-rows-middle-header, a5-portrait-arial-6pt-ruled-middle-tight,
    // a4-portrait-carlito-7pt-ruled-centered-bottom. The date was lost in all three.
    for (const footer of [
      ['FECHA', 'ACTUALIZACIÓN', '\t30/11/2023\t', 'DE LA', 'INFORMACIÓN:'],
      ['FECHA', 'ACTUALIZACIÓN DE LA INFORMACIÓN:\t\t30/11/2023\t\t'],
      ['   FECHA ACTUALIZACIÓN DE', 'LA INFORMACIÓN:\t30/11/2023'],
    ]) expect(withFooter(footer).report.date).toBe('2023-11-30');
  });

  it('takes no date from the next footer label\'s lines', () => {
    const r = withFooter(['FECHA ACTUALIZACIÓN DE LA INFORMACIÓN:', 'PERIODICIDAD DE ACTUALIZACIÓN DE LA INFORMACIÓN:\t\t01/12/2023']);
    expect(r.report.date).toBeNull();
  });
});

describe('lotaip-a4: a row left in one cell with its value', () => {
  it('is a goal lost: a warning naming it, not a note', () => {
    // report line 50, «| | | Porcentaje de asistencias técnicas atendidas | 100,00% | |», as the text
    // path gives it from Letter landscape, serif condensed 7 pt, centred, tight (check:layouts,
    // otras10): one cell, read as no row of the matrix
    const lines = readFileSync(join(REPORTS, `${CNE}.txt`), 'utf8').split('\n');
    expect(lines[49]).toBe('\t\t\tPorcentaje de asistencias técnicas atendidas\t100,00%\t\t');
    const parse = (text: string) => {
      const changed = [...lines];
      changed[49] = text;
      return lotaipA4Parser.parse(source(changed.join('\n'), `${CNE}.txt`));
    };
    const lost = parse('Porcentaje de asistencias técnicas atendidas 100,00%');
    expect(lost.goals).toHaveLength(179);
    expect(lost.flags.filter((f) => f.source_line === 50).map((f) => [f.severity, f.code, f.dataset, f.message.slice(0, 41)]))
      .toEqual([['warning', 'section_unrecognized', 'goals', 'fila no reconocida, omitida con su valor:']]);
    // (a line with no value stays a note)
    expect(parse('Texto suelto sin valor alguno').flags.filter((f) => f.source_line === 50).map((f) => f.severity)).toEqual(['info']);
  });
});

describe('lotaip-a4 on verbatim excerpts', () => {
  it('units 6-8: section, page break, split name and mid-block numbers', () => {
    const name = 'units-6-8-page-break-split-name';
    const r = lotaipA4Parser.parse(fixture(name));
    expect(r.report).toMatchObject({ complete: true, date: '2023-11-30', year: 2023 });
    expect(r.goals).toHaveLength(23);
    // Excerpt line n = report line n + 26 for the table rows.
    expect(r.goals.filter((g) => g.unit_number === 6).map((g) => g.source_line)).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]);
    expect(r.goals.filter((g) => g.unit_number === 7).map((g) => g.source_line)).toEqual([19, 20, 21, 22, 23, 24, 25]);
    expect(r.goals.filter((g) => g.unit_number === 8).map((g) => g.source_line)).toEqual([26, 27, 28, 29, 30]);
    expect(goalAt(r, 12)).toMatchObject({ unit: 'Dirección Nacional de Análisis Político y Difusión Electoral', planned: 94.51 });
    expect(countBy(r)).toEqual({ 'info/value_missing': 6 });
  });

  it('units 6-8 with their rows padded apart (a blank line after each, as a layout with cell padding prints them): the same units', () => {
    // The same excerpt with a blank line after every line: a lone blank line is padding, and the
    // page break (its run of blank lines) still breaks the page. Expected units as in the test above.
    const src = fixture('units-6-8-page-break-split-name');
    const padded = src.lines.flatMap((l) => (l.trim() === '' ? [l] : [l, '']));
    const r = lotaipA4Parser.parse({ ...src, text: padded.join('\n'), lines: padded });
    expect(r.goals).toHaveLength(23);
    const units = (n: number) => r.goals.filter((g) => g.unit_number === n).length;
    expect([units(6), units(7), units(8)]).toEqual([11, 7, 5]);
    expect(r.goals.find((g) => g.planned === 94.51)).toMatchObject({ unit: 'Dirección Nacional de Análisis Político y Difusión Electoral', unit_number: 6 });
  });

  it('units 10-16: column-less rows, truncated file without footer', () => {
    const name = 'units-10-16-lost-columns-truncated';
    const r = lotaipA4Parser.parse(fixture(name));
    expect(r.report).toMatchObject({ complete: false, date: null, year: 2023, period: '2023' });
    expect(r.goals).toHaveLength(44);
    // Excerpt line n = report line n + 64.
    expect(goalAt(r, 4)).toMatchObject({ unit_number: 10, unit: 'Dirección Nacional de Sistemas e Informática Electoral' });
    expect(goalAt(r, 19)).toMatchObject({ unit_number: null, unit: null, planned: 3.56 });
    expect(goalAt(r, 43)).toMatchObject({ unit_number: 15, unit: 'Dirección Nacional de Estadística' });
    expect(countBy(r)).toEqual({
      'info/value_missing': 33,
      'warning/unit_unknown': 23,
      'warning/value_suspicious': 2,
      'warning/year_inferred': 1,
      'warning/fragment': 1,
    });
  });
});

describe('lotaip-a4 unit-assignment guesses (real rows, edited)', () => {
  const lines = fixture(CNE).lines;
  const pick = (from: number, to: number) => lines.slice(from - 1, to);

  it('flags rows given back to the previous unit when no (O.O) row confirms them', () => {
    // Header + unit 11 (lines 72-77) with the (O.O) indicator of line 76 renamed.
    const unit11 = pick(72, 77).map((l, i) => (i === 4 ? l.replace(/\(O\.O\)[^\t]*/, 'Porcentaje de informes') : l));
    const r = lotaipA4Parser.parse(source([...pick(3, 5), ...unit11, ''].join('\n')));
    expect(r.goals.map((g) => g.unit_number)).toEqual([11, 11, 11, 11, 11, 11]);
    const guessed = r.flags.filter((f) => f.code === 'unit_unknown').map((f) => f.source_line);
    expect(guessed).toEqual([8, 9]); // the rows of the second objective
  });

  it('gives an (O.O) row naming the unit right below it to that unit (its number and name printed centred on its rows)', () => {
    // Units 27 and 28 (lines 200-209) without the blank lines 204-206, as the matrix printed from
    // PDF gives them: the (O.O) row of line 207 names unit 28, whose number and name (line 208) sit
    // below it. The bundled text reads it as unit 28 (the expected output, line 207).
    const rows = [...pick(200, 203), ...pick(207, 209)];
    const r = lotaipA4Parser.parse(source([...pick(3, 5), ...rows, ''].join('\n')));
    const oo = r.goals.find((g) => g.indicator?.endsWith('Dirección Nacional de Planificación y Proyectos'))!;
    expect([oo.unit_number, oo.unit, oo.planned]).toEqual([28, 'Dirección Nacional de Planificación y Proyectos', 100]);
    expect(oo.objective).toMatch(/^Iniciativas, mecanismos, nerramientas/u);
    expect(r.flags.filter((f) => f.code === 'unit_unknown')).toEqual([]);
  });

  it('takes no unit number that is not above the numbers before it: a number cut in two rows, «1» / «7», is neither unit 1 nor unit 7', () => {
    // Units 16 and 17 (lines 115-124) with unit 17's number cut down its column as the text path
    // gives it when the layout did not join the rows (otras4 a4-portrait-times-10pt-rows-middle-
    // header, `pdftotext -layout`, parser text lines 320-321: «1» before «Porcentaje (número) de
    // organizaciones», «7» before its next line). Read as numbers, unit 17's goals went under a
    // unit 1 and a unit 7 (the report's units 1 and 7 are others).
    const rows = pick(115, 124).map((l, i) => (i === 5 ? l.replace(/^17\t/, '1\t') : i === 6 ? `7${l}` : l));
    const r = lotaipA4Parser.parse(source([...pick(3, 5), ...rows, ''].join('\n')));
    // (source lines: 1-3 the header, 4-6 unit 16, 7-13 unit 17, its name on line 7)
    const unit17 = r.goals.filter((g) => g.source_line >= 7);
    expect(unit17.map((g) => g.indicator?.slice(0, 40))).toEqual([
      'Porcentaje de participación de la ciudad', 'Porcentaje de participación de la ciudad', 'Porcentaje (número) de organizaciones po',
      '(O.O)Porcentaje de cumplimiento de los p', 'Porcentaje de asistencias técnicas ejecu', 'Tiempo total para publicación de resulta',
      'Porcentaje de usuarios autenticados biom',
    ]);
    expect(unit17.map((g) => [g.unit_number, g.unit])).toEqual(unit17.map(() => [null, 'Dirección Nacional de Procesos Electorales']));
    // (each goal says its unit has no number; the two numbers say why they were not used)
    const unitFlags = r.flags.filter((f) => f.code === 'unit_unknown');
    expect(unitFlags.filter((f) => f.message.startsWith('número de unidad fuera de orden (anterior 16), no se usa')).map((f) => f.source_line)).toEqual([9, 10]);
    expect(unitFlags.filter((f) => f.message.startsWith('número de unidad fuera de orden, no se usa: unidad sin número')).map((f) => f.source_line)).toEqual([7, 8, 9, 10, 11, 12, 13]);
    // (unit 16's goals keep their number)
    expect(r.goals.filter((g) => g.source_line < 7).map((g) => g.unit_number)).toEqual([16, 16, 16]);
  });

  it('gives a unit\'s header row back its number column when the text path left it out: four cells opening with the name', () => {
    // Report lines 185-198 (units 25 and 26) with line 185's empty number cell left out, as the text
    // path gives it when the page's number column is empty beside the name (otras11
    // letter-portrait-serif-9pt-thick-header-large, `pdftotext -layout`, parser text line 191:
    // «Dirección Nacional Administrativa | Incrementar las capacidades … | Porcentaje de ejecución
    // | 95,33%»). Read as it came, the name was unit 25's number and its objective its name, and
    // unit 26's first two goals (lines 193-194) went under unit 25 with no warning.
    const rows = pick(185, 198).map((l, i) => (i === 0 ? l.replace(/^\t/, '') : l));
    const r = lotaipA4Parser.parse(source([...pick(3, 5), ...rows, ''].join('\n')));
    // (source lines: 1-3 the header, 4-11 unit 25, 12-17 unit 26)
    expect(r.goals.map((g) => [g.source_line, g.unit_number, g.unit])).toEqual([
      ...[4, 5, 6, 7, 8, 9, 10, 11].map((n) => [n, 25, 'Dirección Nacional Administrativa']),
      ...[12, 13, 14, 15, 16, 17].map((n) => [n, 26, 'Dirección Nacional de Talento Humano']),
    ]);
    expect(r.goals[0]!.objective).toMatch(/^Incrementar las capacidades institucionales/u);
  });

  it('flags the goals of a unit whose name does not start with a capital: a piece of another cell, «de Talento Humano»', () => {
    // Report lines 193-198 (unit 26), its name cut as the text path gives it when a layout breaks the
    // name's column apart (otras letter-portrait-sans-8pt-tight, `pdftotext -layout`: unit 26 named
    // «de Talento Humano»; otras9 letter-landscape-serif-8pt-zebra-middle-right: a unit named
    // «humana.», the end of an objective), with the header (lines 3-5).
    const unit26 = pick(193, 198).map((l) => l.replace('\tDirección Nacional de Talento Humano\t', '\tde Talento Humano\t'));
    const r = lotaipA4Parser.parse(source([...pick(3, 5), ...unit26, ''].join('\n')));
    expect(r.goals.map((g) => [g.unit_number, g.unit])).toEqual(r.goals.map(() => [26, 'de Talento Humano']));
    expect(r.goals.length).toBe(6); // (an indicator on each of the 6 lines)
    const doubted = r.flags.filter((f) => f.code === 'unit_unknown' && f.message.startsWith('nombre de unidad dudoso: no empieza con mayúscula'));
    expect(doubted.map((f) => f.source_line)).toEqual(r.goals.map((g) => g.source_line));
    // (the name as printed, with a capital, raises nothing)
    const asPrinted = lotaipA4Parser.parse(source([...pick(3, 5), ...pick(193, 198), ''].join('\n')));
    expect(asPrinted.goals.map((g) => g.unit)).toEqual(asPrinted.goals.map(() => 'Dirección Nacional de Talento Humano'));
    expect(asPrinted.flags.filter((f) => f.code === 'unit_unknown')).toEqual([]);
  });

  it('flags the goals of a unit whose name carries another cell\'s text: an objective\'s verb, «MEDIANTE», «(O.O)»', () => {
    // Report lines 193-198 (unit 26), its name with the start of the objective packed after it, as the
    // text path gives it when a layout's columns run together (otras9 legal-portrait-narrow-10pt-rows-
    // justified-header, `pdftotext -layout` line 273: «Dirección   Incrementar las capacidades …», the
    // unit 17's name and objective 3 characters apart), with the header (lines 3-5).
    const mixed = (name: string) => pick(193, 198).map((l) => l.replace('\tDirección Nacional de Talento Humano\t', `\t${name}\t`));
    for (const name of [
      'Dirección Nacional de Talento Humano Incrementar la eficiencia',
      'Dirección Nacional de Talento Humano MEDIANTE la planificación',
      'Dirección Nacional de Talento Humano (O.O) Porcentaje de cumplimiento',
    ]) {
      const r = lotaipA4Parser.parse(source([...pick(3, 5), ...mixed(name), ''].join('\n')));
      expect(r.goals.map((g) => [g.unit_number, g.unit]), name).toEqual(r.goals.map(() => [26, name]));
      const doubted = r.flags.filter((f) => f.code === 'unit_unknown' && f.message.startsWith('nombre de unidad dudoso: lleva el texto de un objetivo o de un indicador'));
      expect(doubted.map((f) => f.source_line), name).toEqual(r.goals.map((g) => g.source_line));
    }
    // (a name whose words are a name's raises nothing: «Dirección Nacional de Talento Humano», as printed)
    const asPrinted = lotaipA4Parser.parse(source([...pick(3, 5), ...pick(193, 198), ''].join('\n')));
    expect(asPrinted.flags.filter((f) => f.code === 'unit_unknown')).toEqual([]);
  });

  it('takes a row of OCR noise for the page break it marks: the row after it, before the next unit\'s header, is flagged', () => {
    // Header, then report lines 124-140: unit 18's last rows, its noise row «l .» (line 131), three blank
    // lines (the original's page break), the row «Porcentaje de participación de la ciudadanía en el
    // exterior ( E ) | N/A» (line 135) and unit 19's header (line 136). The report gives that row to unit
    // 19, flagged («unidad supuesta»): after a page break, before a header. Printed to PDF, the blank lines
    // fall at a page's foot and leave no trace (otras9 b5-portrait-times-9pt-ruled-fixed-padded, by the
    // PDF and by `pdftotext -layout`; otras10 letter-portrait-carlito-10pt-rows-right-padded and otras11
    // legal-landscape-carlito-9pt-wordspaced-zebra by the text): the row went to unit 18, with no warning.
    const withBlanks = [...pick(3, 5), ...pick(124, 140), ''];
    // (lines 132-134 of the report: the 12th to 14th of the text, after the header's 3 and lines 124-131)
    expect(withBlanks.slice(11, 14)).toEqual(['', '', '']);
    const without = withBlanks.filter((_, i) => i < 11 || i > 13);
    for (const text of [withBlanks, without]) {
      const r = lotaipA4Parser.parse(source(text.join('\n')));
      const row = r.goals.find((g) => g.indicator === 'Porcentaje de participación de la ciudadanía en el exterior ( E )')!;
      expect(row.unit_number).toBe(19);
      expect(r.flags.filter((f) => f.source_line === row.source_line && f.code === 'unit_unknown').map((f) => f.message.replace(/:.*/su, '')))
        .toEqual(['unidad supuesta']);
    }
  });

  it('takes a name printed one column right, beside its unit\'s number, as that unit\'s name', () => {
    // Header, then report lines 153-158 (unit 21) and 164-166 (unit 22), unit 21's row (line 156)
    // with its name in the objective's column, as a layout centring its cells gives it (the CNE
    // matrix on Legal landscape, centred: «21 | | Dirección Nacional de Asesoría Jurídica | …»).
    // Read as an objective, unit 21 had no name and took unit 22's, and 22 none.
    const unit21 = pick(153, 158).map((l) => (l.startsWith('21\t') ? l.replace(/^21\t([^\t]*)\t\t/u, '21\t\t$1\t') : l));
    expect(unit21[3]!.startsWith('21\t\tDirección Nacional de Asesoría Jurídica\tPorcentaje de presentación')).toBe(true);
    const r = lotaipA4Parser.parse(source([...pick(3, 5), ...unit21, ...pick(164, 166)].join('\n')));
    expect(goalAt(r, 7)).toMatchObject({ unit_number: 21, unit: 'Dirección Nacional de Asesoría Jurídica' });
    expect(goalAt(r, 11)).toMatchObject({ unit_number: 22, unit: 'Dirección Nacional de Relaciones Internacionales, Cooperación y Observación Electoral' });
  });

  it('gives a unit\'s second objective back to it when its (O.O) row names it, not the next unit', () => {
    // Header, then report lines 61-71 (unit 9 and unit 10), unit 9's row (line 61) with its
    // indicator in the objective's column, as a layout gives it where that cell starts a few
    // characters left of its column (the CNE matrix on B5 landscape, condensed 8 pt, right-aligned
    // figures: «9 | Dirección Nacional de Seguridad … | Porcentaje de ejecución presupuestaria | | 95,77%»).
    // Unit 9 then seemed to have an objective, its second one opened a block of its own, and unit
    // 10's name below took its rows, though their (O.O) row (line 64) names unit 9.
    const unit9 = pick(61, 71).map((l) => (l.startsWith('9\t') ? l.replace(/^9\t([^\t]*)\t\t([^\t]*)\t/u, '9\t$1\t$2\t\t') : l));
    expect(unit9[0]!.startsWith('9\tDirección Nacional de Seguridad y Proyectos de Tecnología Informática Electorales\tPorcentaje de ejecución presupuestaria\t\t95,77%')).toBe(true);
    const r = lotaipA4Parser.parse(source([...pick(3, 5), ...unit9].join('\n')));
    // (source lines: 1-3 the header, 4-10 report lines 61-67, 11 line 68, 12 line 69 unit 10's name)
    const unit9Name = 'Dirección Nacional de Seguridad y Proyectos de Tecnología Informática Electorales';
    for (const line of [6, 7, 8, 9, 10]) expect(goalAt(r, line), `línea ${line}`).toMatchObject({ unit_number: 9, unit: unit9Name });
    expect(goalAt(r, 7).objective).toBe('Incrementar la disponibilidad, integridad y confidencialidad de los sistemas de información MEDIANTE la implementación de controles de seguridad informática.');
    // (confirmed by the (O.O) row: no doubt left on them, and no conflict)
    expect(r.flags.filter((f) => f.code === 'unit_unknown' && (f.source_line ?? 0) >= 6 && (f.source_line ?? 0) <= 10)).toEqual([]);
    // (unit 10 keeps its own rows)
    expect(goalAt(r, 12)).toMatchObject({ unit_number: 10, unit: 'Dirección Nacional de Sistemas e Informática Electoral' });
  });

  it('flags the rows after a line left out that opened with a unit\'s number: its header may have been there', () => {
    // Header, then report lines 193-203: unit 26's rows, then unit 27's header row (line 200) as a
    // layout leaves a row it could not cut into cells, no TAB in it (the CNE matrix on Letter
    // landscape, condensed 8 pt, justified: its line 410, «2    Dirección     Incrementar la
    // eficiencia …», the unit number cut in two lines). Unit 27's three goals (report lines 201-203)
    // then followed unit 26's rows with nothing to tell them apart: they stood under unit 26,
    // silently.
    const rows = pick(193, 203).map((l) => (l.startsWith('27\t') ? l.replaceAll('\t', '    ') : l));
    const r = lotaipA4Parser.parse(source([...pick(3, 5), ...rows].join('\n')));
    // (source lines: 1-3 the header, 4-14 report lines 193-203; 11 the line left out)
    expect(r.flags.filter((f) => f.source_line === 11).map((f) => f.message)).toEqual([expect.stringContaining('fila no reconocida, omitida')]);
    for (const line of [12, 13, 14]) {
      expect(r.flags.filter((f) => f.source_line === line && f.code === 'unit_unknown').map((f) => f.severity), `línea ${line}`).toEqual(['warning']);
    }
    // (unit 26's own rows keep their unit, undoubted)
    for (const line of [5, 6, 7]) expect(goalAt(r, line), `línea ${line}`).toMatchObject({ unit_number: 26, unit: 'Dirección Nacional de Talento Humano' });
    expect(r.flags.filter((f) => f.code === 'unit_unknown' && (f.source_line ?? 0) < 11)).toEqual([]);
  });

  it('reads a unit\'s number cut down its column over two left-out lines, «2» / «7», as 27', () => {
    // Header, then report lines 193-203 with unit 27's row (line 200) as the CNE matrix printed on
    // Letter landscape, condensed 8 pt, justified gives it through pdftotext -layout: three lines no
    // cell recovery could cut (its lines 410-412, copied here), the number 27 cut «2» / «7» down the
    // first column. Unit 27's three goals (report lines 201-203) stood under unit 26.
    const printedRow = [
      '2    Dirección     Incrementar la eficiencia en la ejecución presupuestaria del gasto corriente   (O.O) Porcentaje de cumplimiento de los procesos de la Dirección Nacional de Financiera        10',
      '7    Nacional      y de inversión MEDIANTE la implementación de herramientas para mejorar                                                                                                        0,0',
      '     Financiera    el análisis de la gestión financiera y la reducción de tiempos de gestión.                                                                                                    0%',
    ];
    const r = lotaipA4Parser.parse(source([...pick(3, 5), ...pick(193, 199), ...printedRow, ...pick(201, 203)].join('\n')));
    // (source lines: 1-3 the header, 4-10 report lines 193-199, 11-13 the printed row, 14-16 report lines 201-203)
    for (const line of [14, 15, 16]) {
      expect(goalAt(r, line), `línea ${line}`).toMatchObject({ unit_number: 27, unit: null });
      expect(r.flags.filter((f) => f.source_line === line && f.code === 'unit_unknown').map((f) => f.message), `línea ${line}`).toEqual([expect.stringContaining('nombre de unidad no impreso')]);
    }
    expect(goalAt(r, 14).planned).toBe(70.36);
    // (unit 26 keeps its rows)
    expect(goalAt(r, 6)).toMatchObject({ unit_number: 26, unit: 'Dirección Nacional de Talento Humano' });
  });

  it('gives a name printed beside another unit\'s number to that unit, not to a unit whose own name was lost', () => {
    // Header, then report lines 118-128: unit 17's name row (line 118) without its name, as a layout
    // leaves out a name it could not cut into its cell, and unit 18's number printed on its name's
    // row (lines 126-127; the CNE matrix printed A3 portrait, Arial 12 pt, rows centred in height,
    // gave «1 | Dirección Nacional de Registro Electoral | | Porcentaje de actualización …»).
    // Unit 17, which had a number and no name yet, took unit 18's name: its five goals stood under
    // «Dirección Nacional de Registro Electoral», silently.
    const rows = pick(118, 128).map((l, i) => {
      if (i === 0) return l.replace('\tDirección Nacional de Procesos Electorales\t', '\t\t');
      if (i === 8) return l.replace(/^\t/u, '18\t');
      if (i === 9) return l.replace(/^18\t/u, '\t');
      return l;
    });
    expect(rows[8]!.startsWith('18\tDirección Nacional de Registro Electoral\t')).toBe(true);
    const r = lotaipA4Parser.parse(source([...pick(3, 5), ...rows].join('\n')));
    // (source lines: 1-3 the header, 4-14 report lines 118-128)
    for (const line of [5, 6, 7, 8, 9, 10]) {
      expect(goalAt(r, line), `línea ${line}`).toMatchObject({ unit_number: 17, unit: null });
      expect(r.flags.filter((f) => f.source_line === line && f.code === 'unit_unknown').map((f) => f.message), `línea ${line}`).toEqual([expect.stringContaining('nombre de unidad no impreso')]);
    }
    for (const line of [12, 13, 14]) expect(goalAt(r, line), `línea ${line}`).toMatchObject({ unit_number: 18, unit: 'Dirección Nacional de Registro Electoral' });
  });

  it('flags an (O.O) row whose named unit differs from the assigned unit', () => {
    const unit10 = pick(68, 71).map((l) => l.replace('Dirección Nacional de Sistemas Informáticos', 'Dirección Nacional de Logística'));
    const r = lotaipA4Parser.parse(source([...pick(3, 5), ...unit10].join('\n')));
    const unitFlags = r.flags.filter((f) => f.code === 'unit_unknown');
    // Row 4 is before the header at the top of the text (a guess) and its (O.O) names another unit.
    expect(unitFlags.map((f) => [f.source_line, f.severity])).toEqual([[4, 'warning'], [4, 'warning']]);
    expect(unitFlags.some((f) => f.message.includes('no coincide'))).toBe(true);
  });
});

describe('lotaip-a4: an indicator and its value cut over two rows', () => {
  it('joins a row whose indicator and value open in a small letter to the goal right above', () => {
    // Line 145 («Porcentaje de ejecución presupuestaria Institucional | 8,33% mensual promedio (La
    // ejecución …)») as the text path gave it from A4 portrait, Arial 11 pt, rows spaced (check:layouts,
    // otras3 a4-portrait-arial-11pt-rows-spaced, parser text lines 151-152): «Porcentaje de | 8,33%» /
    // «ejecución presupuestaria Institucional | mensual promedio (…)». Read as two rows, «8,33%» was a
    // clean 8.33 with no warning, a figure the report does not have.
    const lines = [...fixture(CNE).lines];
    const r = lotaipA4Parser.parse(fixture(CNE));
    expect(lines[144]).toBe('\t\t\tPorcentaje de ejecución presupuestaria Institucional\t8,33% mensual promedio (La ejecución presupuestaria mensual individual se detalla en la herramient GEPR)');
    lines.splice(144, 1, '\t\t\tPorcentaje de\t8,33%', '\t\t\tejecución presupuestaria Institucional\tmensual promedio (La ejecución presupuestaria mensual individual se detalla en la herramient GEPR)');
    const cut = lotaipA4Parser.parse(source(lines.join('\n')));
    const strip = (x: typeof r) => x.goals.map(({ source_line: _, ...g }) => g);
    expect(strip(cut)).toEqual(strip(r));
    expect([goalAt(cut, 145).planned, goalAt(cut, 145).value_text]).toEqual([null, goalAt(r, 145).value_text]);
    // a row under it whose indicator opens in a small letter but whose value is a value of its own
    // is a goal of its own (line 10, «índice de Gestión Estratégica Institucional | 94,00%», printed so)
    expect(r.goals.find((g) => g.indicator === 'índice de Gestión Estratégica Institucional')?.planned).toBe(94);
    // and a link beside a cut word is no value going on (the footer's «os (gpr) | https://…», right under
    // the goal of line 145 as printed)
    const linked = [...fixture(CNE).lines];
    linked.splice(145, 0, '\t\t\tos (gpr)\thttps://www.cne.gob.ec/wp');
    const l = lotaipA4Parser.parse(source(linked.join('\n')));
    expect(goalAt(l, 145).indicator).toBe('Porcentaje de ejecución presupuestaria Institucional');
    expect(goalAt(l, 146).indicator).toBe('os (gpr)');
  });
});

describe('lotaip-a4: a figure cut down its column', () => {
  it('reads no value under a piece of a figure left alone on the line above: it may be that figure\'s rest', () => {
    // Line 48 (unit 7, «Porcentaje de ejecución presupuestaria», 99,52%) as the text path gave it from the
    // matrix printed on A3, Arial 12 pt, cells in the middle of their rows (check:layouts, otras7
    // a3-portrait-arial-12pt-rows-middle-padded, pdftotext lines 176–180): «99,» alone on a line, «52%» on the row's
    const lines = [...fixture(CNE).lines];
    expect(lines[47]).toBe('7\t\t\tPorcentaje de ejecución presupuestaria\t99,52%\t\t');
    lines.splice(47, 1, '\t\t\t\t99,', '7\t\t\tPorcentaje de ejecución presupuestaria\t52%\t\t');
    const r = lotaipA4Parser.parse(source(lines.join('\n')));
    const g = goalAt(r, 49);
    expect([g.unit_number, g.indicator, g.planned, g.value_text]).toEqual([7, 'Porcentaje de ejecución presupuestaria', null, '52%']);
    expect(r.flags.filter((f) => f.source_line === 49).map((f) => f.message)).toEqual([
      'meta quizá partida: «99,» en la línea de arriba, no se usa: "52%" (test.txt:49)',
    ]);
    // (the noise row itself is said, as before)
    expect(flagsAt(r, 48)).toEqual(['info/section_unrecognized']);
    // the piece a column further right, as centred text in a narrow column gives it (otras9
    // a4-portrait-condensed-9pt-ruled-bottom-centered, `pdftotext -layout` lines 132-134: «99,» /
    // «52» / «%», «99,» one character right of «52»; parser text line 48 «| | | | | 99,»): the same
    const right = [...lines];
    right[47] = '\t\t\t\t\t99,';
    const shifted = lotaipA4Parser.parse(source(right.join('\n')));
    expect([goalAt(shifted, 49).planned, goalAt(shifted, 49).value_text]).toEqual([null, '52%']);
    expect(shifted.flags.filter((f) => f.source_line === 49).map((f) => f.message)).toEqual([
      'meta quizá partida: «99,» en la línea de arriba, no se usa: "52%" (test.txt:49)',
    ]);
    // a number alone above a row with no value of its own is no piece of that row's figure
    lines.splice(48, 1, '7\t\t\tPorcentaje de ejecución presupuestaria\t\t\t');
    expect(lotaipA4Parser.parse(source(lines.join('\n'))).flags.filter((f) => f.message.includes('quizá partida'))).toEqual([]);
  });
});

describe('lotaip-a4 on bad input', () => {
  const real = fixture(CNE).text;

  it('survives empty and blank text', () => {
    for (const text of ['', '   \n\t \n  ']) {
      const r = lotaipA4Parser.parse(source(text));
      expect(r.goals).toEqual([]);
      expect(r.report.complete).toBe(false);
      expect(r.flags.map((f) => f.code).sort()).toEqual(['fragment', 'year_inferred']);
    }
  });

  it('survives a file truncated halfway (mid-row)', () => {
    const cut = real.slice(0, Math.floor(real.length / 2));
    const r = lotaipA4Parser.parse(source(cut));
    expect(r.report).toMatchObject({ complete: false, date: null, year: 2023 });
    expect(r.goals).toHaveLength(93); // lines 7-113; the cut line 114 is not a row
    expect(r.goals.at(-1)!.source_line).toBe(113);
    expect(r.flags.some((f) => f.code === 'fragment')).toBe(true);
  });

  it('gives the same result whatever line breaks the file had once normalized', () => {
    const crlf = real.replace(/\n/g, '\r\n').replace(/\r\n/g, '\n');
    expect(lotaipA4Parser.parse(source(crlf, `${CNE}.txt`))).toEqual(lotaipA4Parser.parse(fixture(CNE)));
  });

  it('skips a 5 MB line with a flag, quickly', () => {
    const huge = 'x\t'.repeat(2_500_000);
    const start = Date.now();
    const alone = lotaipA4Parser.parse(source(huge));
    expect(alone.goals).toEqual([]);
    const lines = real.split('\n');
    lines.splice(6, 0, huge);
    const r = lotaipA4Parser.parse(source(lines.join('\n')));
    expect(r.goals).toHaveLength(180);
    expect(r.flags.filter((f) => f.code === 'line_too_long').map((f) => f.source_line)).toEqual([7]);
    expect(lotaipA4Parser.detect(source(huge))).toBe(false);
    expect(Date.now() - start).toBeLessThan(5000);
  });
});

describe('lotaip-a4: rows on a grid wider than the matrix', () => {
  it('reads units 28 and 29 from a PDF page whose footer made columns of its own (fitToMatrix)', () => {
    // The CNE matrix printed on B5 in justified Arial 7 pt (OTHER_VARIANTS_2
    // b5-portrait-arial-7pt-justified-zebra), last page, as the ingest recovers its cells from the
    // PDF: the footer's justified lines gave the table eight columns, the indicators in the sixth and
    // the values in the seventh (fixture README). Read by hand in the bundled report, lines 207-217.
    const r = lotaipA4Parser.parse(fixture('units-28-29-pdf-wider-grid'));
    const got = r.goals.map((g) => [g.unit_number, g.unit, g.indicator, g.planned, g.value_text]);
    const U28 = 'Dirección Nacional de Planificación y Proyectos';
    const U29 = 'Dirección Nacional de Seguimiento y Gestión de la Calidad pl';
    expect(got).toEqual([
      [28, U28, '(O.O) Porcentaje de cumplimiento de los procesos de la Dirección Nacional de Planificación y Proyectos', 100, null],
      [28, U28, 'Porcentaje de asistencias técnicas ejecutadas', null, 'N/A'],
      [28, U28, 'Porcentaje de cumplimiento de la planificación operativa institucional', null, 'N/A'],
      [28, U28, 'Porcentaje de reprogramación de la planificación operativa', null, 'N/A'],
      [28, U28, 'Porcentaje de ejecución presupuestaria', 0, null],
      [29, U29, 'Porcentaje de supervisión a los Planes del CNE', null, 'N/A'],
      [29, U29, 'Porcentaje de satisfacción ciudadana en servicios brindados en ventanilla', 98, null],
      [29, U29, '(O.O) Porcentaje de cumplimiento de los procesos de la Dirección Nacional de Seguimiento y Gestión de la Calidad', 100, null],
      [29, U29, 'Índice de Gestión Estratégica Institucional ( E )', 94, null],
      [29, U29, 'Porcentaje de documentos aprobados en el Sistema de Gestión de la Calidad', null, 'N/A'],
      [29, U29, 'Porcentaje de asistencia técnica', null, 'N/A'],
    ]);
  });

  it('reads a matrix whose column header wraps beside itself over two lines, «Meta» over «cuan tifica ble» (text path, A4 11 pt)', () => {
    // Fixture README: the header's two lines are each a table row; expected values read in the
    // bundled report, lines 7-11.
    const src = fixture('units-1-2-text-header-cut-over-lines');
    expect(lotaipA4Parser.detect(src)).toBe(true);
    const r = lotaipA4Parser.parse(src);
    const U1 = 'Coordinación Nacional Administrativa Financiera y Talento Humano';
    const U2 = 'Cooridnación Nacional de Gestión Estratégica y Planificación';
    expect(r.goals.map((g) => [g.unit_number, g.unit, g.indicator, g.planned, g.value_text])).toEqual([
      [1, U1, 'Porcentaje de ejecución presupuestaria institucional', 70.36, null],
      [1, U1, 'Porcentaje de cumplimiento del PAC ( E )', null, 'N/A'],
      [1, U1, 'Porcentaje del personal que recibe cursos de actualización ( E )', null, 'N/A'],
      [2, U2, 'índice de Gestión Estratégica Institucional', 94, null],
      [2, U2, 'Porcentaje de sistemas informáticos desarrollados y actualizados', null, 'N/A'],
    ]);
    // (the header's lines are no unit numbers, «N Descripción de la», «o.»)
    expect(r.flags.filter((f) => f.code === 'unit_unknown')).toEqual([]);
  });

  it('says so when a row keeps cells past the fifth column that could not be fitted, instead of dropping them quietly', () => {
    // Six columns filled in one run: no way to tell which one is not the matrix's.
    const text = [
      'No.\tDescripción de la unidad\tObjetivo de la unidad\tIndicador\tMeta cuantificable',
      '7\tDirección A\tIncrementar algo\tPorcentaje de algo\tN/A\tnota al margen',
      '\t\t\tPorcentaje de otra cosa\t50,00%\t',
    ].join('\n');
    const r = lotaipA4Parser.parse(source(text, 'x.txt'));
    expect(r.flags.filter((f) => f.message.startsWith('fila con más columnas')).map((f) => [f.severity, f.source_line, f.message]))
      .toEqual([['warning', 2, 'fila con más columnas que la matriz, celdas de más no leídas: "nota al margen" (x.txt:2)']]);
    expect(r.goals.map((g) => g.indicator)).toEqual(['Porcentaje de algo', 'Porcentaje de otra cosa']);
  });
});

