/**
 * Tests for the CPCCS "Informe de Rendición de Cuentas" parser. Every figure asserted here was
 * read by hand from the fixture line it names (see test/fixtures/cpccs-rendicion/README.md).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cpccsRendicionParser as parser } from '../../src/ingest/parsers/cpccs-rendicion.ts';
import type { ParseResult } from '../../src/ingest/types.ts';
import { DATASETS } from '../../src/schema/datasets.ts';
import { readExpected, readSource, sourceText } from '../support/parse.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/cpccs-rendicion/', import.meta.url));
const REPORTS = fileURLToPath(new URL('../../data/reports/', import.meta.url));

const MDI = '2023-ministerio-del-interior-rendicion-de-cuentas.txt';
const IESS = '2023-iess-unidad-rendicion-de-cuentas-fragmento.txt';
const GAD = 'gad-municipal-sintetico.txt';

const source = (file: string, text: string) => sourceText(text, file);
function fixtureText(name: string): string {
  return readFileSync(FIXTURES + name, 'utf8');
}
const fixture = (name: string) => readSource(FIXTURES, name);
function codes(r: ParseResult): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of r.flags) out[f.code] = (out[f.code] ?? 0) + 1;
  return out;
}

describe('cpccs-rendicion: detect', () => {
  it('claims the two CPCCS reports and rejects the other three bundled reports', () => {
    const verdicts = Object.fromEntries(
      [
        '2019-2022-plan-de-accion-gobierno-abierto-ecuador.txt',
        '2021-quito-az-manuela-saenz-informe-de-gestion.txt',
        '2023-consejo-nacional-electoral-lotaip-a4-metas.txt',
        IESS,
        MDI,
      ].map((f) => [f, parser.detect(source(f, readFileSync(REPORTS + f, 'utf8')))]),
    );
    expect(verdicts).toEqual({
      '2019-2022-plan-de-accion-gobierno-abierto-ecuador.txt': false,
      '2021-quito-az-manuela-saenz-informe-de-gestion.txt': false,
      '2023-consejo-nacional-electoral-lotaip-a4-metas.txt': false,
      [IESS]: true,
      [MDI]: true,
    });
  });

  it('claims the GAD variant', () => {
    expect(parser.detect(fixture(GAD))).toBe(true);
  });

  it('needs headings and tab-separated rows', () => {
    expect(parser.detect(source('e.txt', ''))).toBe(false);
    expect(parser.detect(source('w.txt', '  \n\t\n '))).toBe(false);
    // Headings without any table are prose, not the form.
    expect(parser.detect(source('h.txt', 'MECANISMOS DE CONTROL SOCIAL:\n\nPRESUPUESTO INSTITUCIONAL:\n'))).toBe(false);
    // A table with a single heading is not enough either.
    expect(parser.detect(source('one.txt', 'PRESUPUESTO INSTITUCIONAL:\na\tb\n'))).toBe(false);
  });

  it('is format cpccs-rendicion', () => {
    expect(parser.format).toBe('cpccs-rendicion');
  });
});

describe('cpccs-rendicion: fixtures are verbatim copies of the bundled reports', () => {
  it.each([MDI, IESS])('%s', (name) => {
    expect(fixtureText(name)).toBe(readFileSync(REPORTS + name, 'utf8'));
  });
});

describe('cpccs-rendicion: Ministerio del Interior 2023 (complete form)', () => {
  const r = parser.parse(fixture(MDI));

  it('reads the report header and totals', () => {
    // As the fixture's reviewed expected output has it (test/parsers/expected-outputs.test.ts checks the rest).
    expect(r.report).toEqual(readExpected(FIXTURES, MDI.replace(/\.txt$/, '')).report);
  });

  it('reads the institution hint', () => {
    expect(r.institution.name).toBe('MINISTERIO DEL INTERIOR');
    expect(r.institution.ruc).toBe('1798194735001');
    expect(r.institution.parent).toBe('MINISTERIO DEL INTERIOR');
    expect(r.institution.domains[0]).toBe('repositorio.ministeriodelinterior.gob.ec');
    expect(r.institution.domains).toContain('ministeriodelinterior.gob.ec');
    expect(r.institution.other).toEqual([]);
  });

  it('reads a key and its value printed in one cell (lines 11-12 without their TAB), as a PDF without cell padding gives them', () => {
    // Line 11 «NOMBRE DE LA INSTITUCIÓN:» / «MINISTERIO DEL INTERIOR», line 12 «RUC:» / «1798194735001».
    const lines = fixtureText(MDI).split('\n');
    lines[10] = lines[10]!.replace('\t', ' ');
    lines[11] = lines[11]!.replace('\t', ' ');
    expect(lines.slice(10, 12)).toEqual(['NOMBRE DE LA INSTITUCIÓN: MINISTERIO DEL INTERIOR', 'RUC: 1798194735001']);
    const packed = parser.parse(source(MDI, lines.join('\n')));
    expect(packed.institution.name).toBe('MINISTERIO DEL INTERIOR');
    expect(packed.institution.ruc).toBe('1798194735001');
  });

  it('reads the name and the RUC of two key rows read as one (lines 11-12), the RUC\'s key packed after the name', () => {
    // As the text path joins them from a layout with cells at the bottom of their rows (check:layouts
    // otras5 letter-portrait-serif-8pt-bottom-right, parser text line 9): «NOMBRE DE LA INSTITUCIÓN:
    // MINISTERIO DEL INTERIOR» / «RUC:  1798194735001» taken for one row whose label wrapped. The
    // report named no institution then, and was attributed through PERTENECE A, with a warning.
    const lines = fixtureText(MDI).split('\n');
    lines[10] = 'NOMBRE DE LA INSTITUCIÓN: MINISTERIO DEL INTERIOR RUC:\t1798194735001';
    lines[11] = '';
    const joined = parser.parse(source(MDI, lines.join('\n')));
    expect([joined.institution.name, joined.institution.ruc]).toEqual(['MINISTERIO DEL INTERIOR', '1798194735001']);
    // (a value whose last words are no key is left as it is: no name, no RUC from this row)
    lines[10] = 'NOMBRE DE LA INSTITUCIÓN: MINISTERIO DEL INTERIOR ZONA 9:\t1798194735001';
    const other = parser.parse(source(MDI, lines.join('\n')));
    expect([other.institution.name, other.institution.ruc]).toEqual([null, null]);
  });

  it('reads coverage (line 32)', () => {
    expect(r.coverage).toEqual([
      { level: 'NACIONAL', units: 1, users: 156, male: 91, female: 65, glbti: 0, source_line: 32 },
    ]);
  });

  it('skips the coverage header cut apart into rows of its words\' pieces, and reads the row under it (line 32)', () => {
    // lines 30-31 as the text path gives them from A4 landscape, Arial 9 pt, cells in the middle (check:layouts,
    // otras4 a4-landscape-arial-9pt-ruled-middle, parser text lines 27-31): «N° DE» / «COBE» / «Nivel» / «RTURA» / «ES»
    const lines = fixtureText(MDI).split('\n');
    expect(lines[29]).toMatch(/^Nivel\tN° DE UNIDADES\tN° DE USUARIOS\tCOBERTURA\t/u);
    lines.splice(29, 0, 'N° DE\tN° DE\tLINK AL MEDIO', 'COBE\tGÉNE\tNACIONALIDAD');
    lines.splice(32, 0, 'RTURA\tRO\tES O PUEBLOS', 'ES\tOS\tVERIFICACIÓN');
    const cut = parser.parse(source(MDI, lines.join('\n')));
    expect(cut.coverage.map(({ source_line: _, ...c }) => c)).toEqual(r.coverage.map(({ source_line: _, ...c }) => c));
    expect(codes(cut)).toEqual(codes(r));
    // a level with no figure beside it is a piece of a row: flagged, no record
    lines.splice(34, 0, 'NACI NAL G\t\t\tONAL');
    const piece = parser.parse(source(MDI, lines.join('\n')));
    expect(piece.coverage).toHaveLength(r.coverage.length);
    expect(piece.flags.filter((f) => f.code === 'invalid_record' && f.dataset === 'coverage').map((f) => f.source_line)).toEqual([35]);
  });

  it('reads coverage in the form\'s columns when the header\'s, shifted by a layout, do not add up (line 32)', () => {
    // lines 30-31 as the text path gave them from the form printed on A4 landscape, serif 9 pt (check:layouts,
    // otras a4-landscape-serif-9pt-spaced, pdftotext lines 36-41): an empty column after «Nivel», «FEME GL NINO BTI»
    const lines = fixtureText(MDI).split('\n');
    expect(lines[31]!.split('\t').slice(0, 7)).toEqual(['NACIONAL', '1', '156', 'NACIONAL', '91', '65', '0']);
    lines[29] = 'Nivel\t\tN° DE UNIDADES\tN° DE USUARIOS\t\t\tCOBERTURA\tGÉNERO\t\t\t\t\tNACIONALIDADES O PUEBLOS\t\t\t\t\t\tLINK AL MEDIO DE VERIFICACIÓN';
    lines[30] = '\t\t\t\t\t\t\tMASCULINO\tFEME GL NINO BTI\t\t\t\tMONTUBIO\t\tMESTIZO\tCHOLO\tINDIGENA\tAFROECUATORIA NO\t';
    const shifted = parser.parse(source(MDI, lines.join('\n')));
    expect(shifted.coverage).toEqual(r.coverage);
    expect(codes(shifted)).toEqual(codes(r));
  });

  it('reads all 11 goals with number, planned, achieved, % and line', () => {
    const rows = r.goals.map((g) => [g.goal_number, g.planned, g.achieved, g.pct_reported, g.pct_computed, g.source_line]);
    expect(rows).toEqual([
      ['1.1', 2, 2, 100, 100, 124],
      ['1.2', 1, 4, 400, 400, 126],
      ['1.3', 2, 3, 150, 150, 128],
      ['2.1', 27, 0, 0, 0, 130],
      ['2.2', 2, 0, 0, 0, 132],
      ['2.3', 4, 5, 125, 125, 134],
      ['3.1', 82, 78.89, 96.21, 96.21, 136],
      ['3.2', 148058831, 244072392.41, 164.85, 164.85, 138],
      ['3.3', 30, 0, 0, 0, 141],
      ['4.1', 10, 10, 100, 100, 143],
      ['4.2', 3, 3, 100, 100, 145],
    ]);
    expect(r.goals.every((g) => g.value_unit === null && g.unit === null)).toBe(true);
  });

  it('a repeated header whose two totals a converter packed into one cell still reads each from its own column', () => {
    // pdftotext -layout on the wide unruled print (printed-reports' wide-unruled, line 142 of its
    // text) packs «TOTALES PLANIFICADOS TOTALES CUMPLIDOS» one space apart: one cell, a column right
    // of the form's (an empty column before it), while the values under it stay two cells. The
    // achieved column used to be carried over from the header above (the form's 5), the packed
    // cell's own: goal 2.1 printed 27 achieved of 27 where the report says 0 (lines 129-139: 27/0,
    // 2/0, 4/5, 82/78,89). The same here: each header packed and a column right, each goal row with
    // an empty cell before its figures.
    const lines = fixtureText(MDI).split('\n').map((l, i) => {
      if (i < 121 || i > 145) return l;
      if (l.includes('TOTALES PLANIFICADOS\tTOTALES CUMPLIDOS')) return l.replace('\tTOTALES PLANIFICADOS\tTOTALES CUMPLIDOS', '\t\tTOTALES PLANIFICADOS TOTALES CUMPLIDOS');
      const c = l.split('\t');
      return /^\d+\.\d+\./.test(c[3] ?? '') ? [...c.slice(0, 4), '', ...c.slice(4)].join('\t') : l;
    });
    expect(lines[128]).toContain('\t\t\tTOTALES PLANIFICADOS TOTALES CUMPLIDOS');
    expect(lines[129]!.split('\t').slice(3, 7)).toEqual(['2.1. PORCENTAJE DE TERRITORIOS EN RIESGO DE VIOLENCIA Y DELINCUENCIA INTERVENIDOS', '', '27,00', '0,00']);
    const packed = parser.parse(source(MDI, lines.join('\n')));
    const rows = packed.goals.map((g) => [g.goal_number, g.planned, g.achieved, g.pct_reported]);
    expect(rows.slice(3, 7)).toEqual([['2.1', 27, 0, 0], ['2.2', 2, 0, 0], ['2.3', 4, 5, 125], ['3.1', 82, 78.89, 96.21]]);
  });

  it('a repeated header whose «TOTALES» came back split, on a grid of more columns, still names its columns', () => {
    // The Ministerio del Interior form printed on A4 landscape, serif 9 pt, justified, rows ruled
    // only (OTHER_VARIANTS_6 a4-landscape-serif-9pt-rows-justified-spaced), read from the PDF: the
    // header cell «TOTALES» cut «TOTAL» / «ES» in its narrow column is joined «TOTAL ES
    // PLANIFICADOS», and the objective's cell spreads over four columns. The planned column was
    // then carried over from the header above (the form's 4, here the goal's number): goals 4.1 and
    // 4.2 read 2 planned. The same here: the headers and goals of lines 142-145 three columns right,
    // «TOTALES» split. Expected: lines 143 and 145 (10,00 / 10,00 / 100,00 % and 3,00 / 3,00 / 100,00 %).
    const lines = fixtureText(MDI).split('\n').map((l, i) => {
      if (i < 141 || i > 144) return l;
      const c = l.replace('TOTALES PLANIFICADOS', 'TOTAL ES PLANIFICADOS').split('\t');
      return [c[0], '', '', '', ...c.slice(1)].join('\t');
    });
    expect(lines[141]).toContain('Institucionales.\t\t\t\tNO. DE META\tDESCRIPCIÓN\t\tTOTAL ES PLANIFICADOS\tTOTALES CUMPLIDOS');
    const split = parser.parse(source(MDI, lines.join('\n')));
    const rows = split.goals.map((g) => [g.goal_number, g.planned, g.achieved, g.pct_reported]);
    expect(rows.slice(-2)).toEqual([['4.1', 10, 10, 100], ['4.2', 3, 3, 100]]);
  });

  it('a repeated header whose «NO. DE META» a converter packed one space after the objective is still a header', () => {
    // pdftotext -layout on the wide unruled print (printed-reports' wide-unruled, lines 136-140 of its
    // text) packs «… la delincuencia. NO. DE META»: the header row of goals 1.1-1.3 (lines 123-127)
    // used to be read as a goal of its own, «DESCRIPCIÓN», with unreadable figures.
    const lines = fixtureText(MDI).split('\n');
    for (const i of [122, 124, 126]) {
      expect(lines[i]).toMatch(/delincuencia\.\tNO\. DE META\tDESCRIPCIÓN\t/);
      lines[i] = lines[i]!.replace('\tNO. DE META', ' NO. DE META\t');
    }
    const packed = parser.parse(source(MDI, lines.join('\n')));
    expect(packed.goals).toEqual(r.goals);
    expect(packed.flags).toEqual(r.flags);
  });

  it('takes the objective from the repeated-header line before the values', () => {
    const [g11] = r.goals;
    expect(g11!.objective).toBe(
      'Mejorar la eficiencia en la gestión de prevención, protección y respuesta integral a la violencia, cometimiento de delitos, crimen organizado y la delincuencia.',
    );
    expect(g11!.goal).toBe('PREVENCIÓN, PROTECCIÓN Y RESPUESTA INTEGRAL A LA VIOLENCIA, COMETIMIENTO DE DELITOS, CRIMEN ORGANIZADO Y LA DELINCUENCIA.');
    expect(g11!.indicator).toBe('NÚMERO DE ESTRATÉGIAS DE PREVENCIÓN FRENTE A LAS ALTERACIONES Y CONFLICTOS SOCIALES');
    expect(r.goals.find((g) => g.goal_number === '4.2')!.objective).toBe('Fortalecer las Capacidades Institucionales.');
  });

  it('takes the indicator and % columns on the repeated header\'s grid when the first header row lies on its own', () => {
    // As pdftotext -layout lays the form out on A4 portrait narrow: the first header row's «INDICADOR DE LA
    // META» and «% CUMPLIMIENTO» one and three columns right of the cells under them (line 121 with empty cells
    // added), the repeated headers and the goals with an extra empty column after the indicator's.
    const lines = fixtureText(MDI).split('\n');
    const widen = (l: string, at: number) => { const c = l.split('\t'); c.splice(at, 0, ''); return c.join('\t'); };
    lines[120] = 'OBJETIVOS ESTRATEGICOS/COMPETENCIAS EXCLUSIVAS\tMETA POA\t\t\tINDICADOR DE LA META\t\tRESULTADOS\t\t\t% CUMPLIMIENTO DE LA GESTION\tDESCRIPCIÓN DE LA GESTIÓN POR META';
    for (let i = 121; i <= 145; i++) if (lines[i]!.includes('\t')) lines[i] = widen(lines[i]!, 4);
    const shifted = parser.parse(source(MDI, lines.join('\n')));
    const pick = (x: ParseResult) => x.goals.map((g) => [g.goal_number, g.indicator, g.planned, g.achieved, g.pct_reported]);
    expect(pick(shifted)).toEqual(pick(r));
    expect(shifted.goals).toHaveLength(11);
  });

  it('reads a goal row on its own grid when its numbered indicator sits one column off the header\'s', () => {
    // As pdftotext -layout lays the form out wide and unruled: the page of goals 1.1-3.2 (lines
    // 123-139) has an empty column after the objective's (a «3» centred under a «NO. DE META»
    // packed after the objective), the next page's table (line 141, goal 3.3) has none, and the
    // header read last is the page above's.
    const lines = fixtureText(MDI).split('\n');
    for (let i = 122; i <= 138; i++) if (lines[i]!.includes('\t')) lines[i] = lines[i]!.replace('\t', '\t\t');
    expect(lines[140]!.split('\t').slice(1, 5)).toEqual(['3', 'SISTEMA INTEGRAL DE SEGURIDAD, FRENTE A LOS RIESGOS Y AMENAZAS', '3.3. CANTIDAD DE INFRAESTRUCTURA POLICIAL ADECUADA EN SITIOS ESTRATÉGICOS', '30,00']);
    const shifted = parser.parse(source(MDI, lines.join('\n')));
    expect(shifted.goals).toEqual(r.goals);
    expect(shifted.flags).toEqual(r.flags);
  });

  it('reads line 141, where objective and values share a line', () => {
    const g = r.goals.find((x) => x.source_line === 141)!;
    expect(g.objective).toBe(
      'Mejorar el sistema integral de seguridad, frente a los riesgos y amenazas que afectan la seguridad ciudadana con transparencia y calidad de gestión.',
    );
    expect(g.indicator).toBe('CANTIDAD DE INFRAESTRUCTURA POLICIAL ADECUADA EN SITIOS ESTRATÉGICOS');
  });

  it('reads no goal from a row whose indicator is a figure: its cells sit a column off', () => {
    // line 141 as the text path gave one of its lines from the form printed on A4 landscape, Arial 9 pt, cells
    // in the middle (check:layouts, otras4 a4-landscape-arial-9pt-ruled-middle, pdftotext line 700): the
    // indicator's text on the lines around it, its figures one column left, «30,00» where the indicator goes
    const lines = fixtureText(MDI).split('\n');
    lines[140] = 'amenazas que afectan la seguridad\t3\tPOLICIAL ADECUADA\t30,00\t0,00\t0';
    const off = parser.parse(source(MDI, lines.join('\n')));
    expect(off.goals.filter((g) => g.source_line === 141)).toEqual([]);
    // (a warning: the row's figures, 30,00 and 0,00, are lost with it)
    expect(off.flags.filter((f) => f.source_line === 141).map((f) => [f.severity, f.code])).toEqual([['warning', 'invalid_record']]);
    expect(off.goals).toHaveLength(r.goals.length - 1);
  });

  it('repairs the OCR-split numbers of line 138 because 164,85 % confirms them', () => {
    const g = r.goals.find((x) => x.source_line === 138)!;
    expect(g.planned).toBe(148058831);
    expect(g.achieved).toBe(244072392.41);
    expect(g.value_text).toBe('planificado: 14805883 1,00; cumplido: 244072392, 41');
    const repaired = r.flags.filter((f) => f.code === 'number_repaired');
    expect(repaired.map((f) => [f.severity, f.dataset, f.field, f.source_line])).toEqual([
      ['warning', 'goals', 'planned', 138],
      ['warning', 'goals', 'achieved', 138],
    ]);
    expect(repaired[0]!.message).toContain('14805883 1,00 → 148.058.831,00');
    expect(repaired[1]!.message).toContain('244072392, 41 → 244.072.392,41');
    expect(repaired[0]!.message).toMatch(/\(2023-ministerio-del-interior-rendicion-de-cuentas\.txt:138\)$/);
  });

  it('reads all 8 budget lines and leaves the Total row out', () => {
    expect(r.budget_lines.map((b) => [b.line_type, b.category, b.planned, b.executed, b.pct_reported, b.source_line])).toEqual([
      ['PROGRAMA Y/O PROYECTO', 'Egresos en personal', 14586155.85, 14586155.85, 100, 151],
      ['PROGRAMA Y/O PROYECTO', 'Bienes y servicios de consumo', 7496825.85, 5183550.7, 69.14, 152],
      ['PROGRAMA Y/O PROYECTO', 'Otros egresos corrientes', 1037983.98, 264144, 25.45, 153],
      ['PROGRAMA Y/O PROYECTO', 'Egresos en personal para inversión', 234501.52, 196648.23, 83.86, 154],
      ['PROGRAMA Y/O PROYECTO', 'Bienes y servicios para inversión', 32029586.58, 3035281, 9.48, 155],
      ['PROGRAMA Y/O PROYECTO', 'Otros egresos de inversión', 312915.17, 0, 0, 156],
      ['PROGRAMA Y/O PROYECTO', 'Egresos de capital', 22821556.73, 8443778.7, 37, 157],
      ['PROGRAMA Y/O PROYECTO', 'Otros Pasivos', 17990.55, 17990.55, 100, 158],
    ]);
    expect(r.budget_lines.map((b) => b.pct_computed)).toEqual([100, 69.14, 25.45, 83.86, 9.48, 0, 37, 100]);
  });

  it('reads no budget line from a row with no figure: a piece of a row a layout wrapped apart, flagged', () => {
    // as the text path gives the budget table on Legal portrait, serif 10 pt (check:layouts, otras3
    // legal-portrait-serif-10pt-ruled-right): «AMA Y/O PROYECTO | personal» under line 151's figures
    const lines = fixtureText(MDI).split('\n');
    expect(lines[150]).toMatch(/^PROGRAMA Y\/O PROYECTO\tEgresos en personal\t/u);
    lines.splice(151, 0, 'AMA Y/O PROYECTO\tpersonal\t\t\t\t');
    const piece = parser.parse(source(MDI, lines.join('\n')));
    expect(piece.budget_lines.map(({ source_line: _, ...b }) => b)).toEqual(r.budget_lines.map(({ source_line: _, ...b }) => b));
    expect(piece.flags.filter((f) => f.code === 'invalid_record' && f.dataset === 'budget_lines').map((f) => f.source_line)).toEqual([152]);
  });

  it('reads PRESUPUESTO INSTITUCIONAL (line 164), executed = current + investment in cents', () => {
    expect(r.budget_summaries).toEqual([
      {
        planned: 78537516.23,
        executed: 31717549.13,
        current_planned: 23864701.23,
        current_executed: 20613486.2,
        investment_planned: 54672815,
        investment_executed: 11104062.93,
        pct_reported: 40.39,
        pct_computed: 40.39,
        basis: 'reported',
        source_line: 164,
      },
    ]);
  });

  it('reads PRESUPUESTO INSTITUCIONAL in the form\'s order when its header came apart in cells of spaced words', () => {
    // Lines 163-164 as the text path gives them from a justified layout (check:layouts otras12
    // b5-portrait-serif-condensed-8pt-letterspaced-justified, parser text lines 355-356): the
    // header's «DE»s spaced out into cells of their own, the figures under them with empty cells
    // between. Read by position the planned total was also the executed, 100 % executed, where the
    // report says 40,39 %, with no warning.
    const lines = fixtureText(MDI).split('\n');
    expect(lines[162]).toMatch(/^TOTAL DE PRESUPUESTO INSTITUCIONAL CODIFICADO\t/u);
    lines[162] = 'TOTAL PRESUPUESTO INSTITUCIONAL CODIFICADO\tDE\tGASTO CORRIENTE PLANIFICADO\tGASTO CORRIENTE EJECUTADO\tGASTO INVERSIÓN PLANIFICADO\tDE\tGASTO INVERSIÓN EJECUTADO\tDE\t% EJECUCIÓN PRESUPUESTARIA';
    lines[163] = '\\$78.537.516,23\t\t\\$23.864.701,23\t\\$20.613.486,20\t\\$54.672.815,00\t\t\\$11.104.062,93\t\t40,39 %';
    const spaced = parser.parse(source(MDI, lines.join('\n')));
    expect(spaced.budget_summaries).toEqual(r.budget_summaries);
  });

  it('warns at TOTAL % CUMPLIMIENTO DE LA GESTIÓN (146) when no goal was read under it: the total cannot be checked', () => {
    // Lines 123-145 (the goals) lost, as the text path loses them from a layout in narrow middle-aligned
    // cells (check:layouts otras9 letter-landscape-serif-8pt-zebra-middle-right), and line 146's
    // «112,37 %» cut by its column, its «11» left on the line above: read as 2,37 %, with no warning.
    const lines = fixtureText(MDI).split('\n');
    expect(lines[145]).toBe('TOTAL % CUMPLIMIENTO DE LA GESTIÓN:\t\t\t\t\t\t112,37 %\t');
    for (let i = 122; i <= 144; i++) lines[i] = '';
    lines[145] = 'TOTAL % CUMPLIMIENTO DE LA GESTIÓN:\t\t\t\t\t\t2,37 %\t';
    const lost = parser.parse(source(MDI, lines.join('\n')));
    expect(lost.goals).toEqual([]);
    const missing = lost.flags.filter((f) => f.code === 'value_missing' && f.dataset === 'goals');
    expect(missing.map((f) => [f.severity, f.field, f.source_line])).toEqual([['warning', 'pct_reported', 146]]);
    // (the whole report: every goal's % read, the total is their average, no such warning; a form
    // with no goals whose total says 0,00 % is consistent, no warning either)
    expect(r.flags.filter((f) => f.code === 'value_missing' && f.dataset === 'goals')).toEqual([]);
    lines[145] = 'TOTAL % CUMPLIMIENTO DE LA GESTIÓN:\t\t\t\t\t\t0,00 %\t';
    const none = parser.parse(source(MDI, lines.join('\n')));
    expect(none.goals).toEqual([]);
    expect(none.flags.filter((f) => f.code === 'value_missing' && f.dataset === 'goals')).toEqual([]);
  });

  it('flags the $9.999,90 gap between the budget Total (159) and the institutional executed (164)', () => {
    const mismatches = r.flags.filter((f) => f.code === 'total_mismatch');
    expect(mismatches).toHaveLength(1);
    const f = mismatches[0]!;
    expect([f.severity, f.dataset, f.field, f.source_line]).toEqual(['warning', 'budget_summaries', 'executed', 164]);
    expect(f.message).toContain('$31.717.549,13');
    expect(f.message).toContain('$31.727.549,03');
    expect(f.message).toContain('diferencia $9.999,90');
    expect(f.message).toContain('línea 159');
    expect(f.message).toContain('línea 164');
  });

  it('reads the 9 procurement rows in both layouts', () => {
    expect(r.procurement.map((p) => [p.procedure, p.procedure_key, p.awarded_count, p.awarded_amount, p.finalized_count, p.finalized_amount, p.source_line])).toEqual([
      ['CATÁLOGO ELECTRÓNICO', 'catalogo_electronico', 7, 15666193.21, 1, 14794.25, 170],
      ['CONSULTORÍA', 'consultoria', 1, 22321.43, 0, 0, 171],
      ['COTIZACIÓN', 'cotizacion', 4, 573425.14, 0, 0, 172],
      ['ÍNFIMA CUANTÍA', 'infima_cuantia', 19, 71057.41, 1, 48360.57, 173],
      ['LICITACIÓN', 'licitacion', 1, 157246.22, 1, 157246.22, 174],
      ['OTRAS', 'otras', 2, 30.31, 0, 0, 175],
      ['PRODUCCIÓN NACIONAL', 'produccion_nacional', 3, 0, 3, 0, 176],
      ['RÉGIMEN ESPECIAL (Todos los procesos)', 'regimen_especial', 8, 4751559.55, 1, 48360.57, 179],
      ['SUBASTA INVERSA ELECTRÓNICA', 'subasta_inversa_electronica', 5, 5235227.14, 0, 0, 181],
    ]);
  });

  it('reads the procurement rows whose counts and amounts a converter packed one space apart (text path, Legal landscape 9 pt)', () => {
    // otras2 legal-landscape-times-9pt-rows-right, `pdftotext -layout`: the figures, right-aligned in
    // narrow columns, come out one space apart («7 \\$15.666.193,21»), and a label row's four headers
    // run on after its label. The cells as the text path recovers them (lines 170, 178, 179).
    const lines = fixtureText(MDI).split('\n');
    expect(lines[169]).toBe('CATÁLOGO ELECTRÓNICO\t7\t\\$15.666.193,21\t1\t\\$14.794,25\thttp://www.ministeriodelinterior.gob.ec/transparencia/');
    lines[169] = 'CATÁLOGO ELECTRÓNICO\t\t7 \\$15.666.193,21\t1 \\$14.794,25\thttp://www.ministeriodelinterior.gob.ec/transparencia/';
    lines[177] = 'RÉGIMEN ESPECIAL (Todos los procesos) Número Total Adjudicados Valor Total Adjudicados Número Total Finalizados Valor Total Finalizados';
    lines[178] = '8 \\$4.751.559,55\t1 \\$48.360,57\thttp://www.ministeriodelinterior.gob.ec/transparencia/';
    const packed = parser.parse(source(MDI, lines.join('\n')));
    expect(packed.procurement).toEqual(r.procurement);
  });

  it('reads a label row whose header cells wrap apart, and a values row with an empty column between its figures (PDF path, A4 portrait Times 10 pt, centred header cells)', () => {
    // otras4 a4-portrait-times-10pt-rows-middle-header: the label row's cells are centred on two
    // lines, «RÉGIMEN ESPECIAL» / «(Todos los procesos)» beside «Número Total» / «Adjudicados», each
    // line a row; the values row takes an empty column between the amount awarded and the count
    // finalized. Report lines 178–179: RÉGIMEN ESPECIAL (Todos los procesos), 8, $4.751.559,55, 1, $48.360,57.
    const lines = fixtureText(MDI).split('\n');
    expect(lines[178]).toBe('\t8\t\\$4.751.559,55\t1\t\\$48.360,57\thttp://www.ministeriodelinterior.gob.ec/transparencia/');
    lines.splice(177, 2,
      'RÉGIMEN ESPECIAL\tNúmero Total\t\tValor Total\tNúmero Total\tValor Total\t',
      '(Todos los procesos)\tAdjudicados\t\tAdjudicados\tFinalizados\tFinalizados\t',
      '\t8\t\\$4.751.559,55\t\t1\t\\$48.360,57\thttp://www.ministeriodelinterior.gob.ec/transparencia/');
    const apart = parser.parse(source(MDI, lines.join('\n'))).procurement.find((p) => p.procedure_key === 'regimen_especial');
    expect(apart).toEqual({ ...r.procurement.find((p) => p.procedure_key === 'regimen_especial'), source_line: 180 });
    expect([apart!.procedure, apart!.finalized_count, apart!.finalized_amount]).toEqual(['RÉGIMEN ESPECIAL (Todos los procesos)', 1, 48360.57]);
  });

  it('reads the 14 disposals', () => {
    expect(r.disposals).toHaveLength(14);
    expect(r.disposals[0]).toEqual({ kind: 'ENAJENACIÓN', asset: 'Inmueble', amount: 836038.94, source_line: 186 });
    expect(r.disposals.filter((d) => d.kind === 'DONACIONES RECIBIDAS')).toHaveLength(13);
    expect(r.disposals[13]).toEqual({ kind: 'DONACIONES RECIBIDAS', asset: 'Equipo UFET', amount: 311092.52, source_line: 199 });
  });

  it('reads the disposals by their header\'s columns: an empty column between BIEN and VALOR TOTAL', () => {
    // lines 185-187 as the text path gives them from Letter portrait, 8 pt, justified (check:layouts,
    // otras letter-portrait-8pt-justified): an empty cell between asset and amount in the header and
    // in every row. 13 of the 14 disposals were lost, each as a row not recognized.
    const lines = fixtureText(MDI).split('\n');
    expect(lines[184]).toMatch(/^TIPO\tBIEN\tVALOR TOTAL\t/u);
    lines.splice(184, 3,
      'TIPO\tBIEN\t\tVALOR TOTAL\tLINK AL MEDIO DE VERIFICACIÓN PUBLICADO EN LA PAG. WEB DE LA INSTITUCIÓN',
      'ENAJENACIÓN\tInmueble\t\t\\$836.038,94\thttp://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/4XwXPAAbCLKsDEe',
      'DONACIONES RECIBIDAS\tMotocicletas\t\t\\$2.000,00\thttp://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/7yoxmJgyPvmCyh');
    const spaced = parser.parse(source(MDI, lines.join('\n')));
    expect(spaced.disposals.slice(0, 2)).toEqual([
      { kind: 'ENAJENACIÓN', asset: 'Inmueble', amount: 836038.94, source_line: 186 },
      { kind: 'DONACIONES RECIBIDAS', asset: 'Motocicletas', amount: 2000, source_line: 187 },
    ]);
    // (the rows below, without that empty cell, do not fit the header's columns: each is flagged,
    // none read a column off)
    expect(spaced.disposals.slice(2)).toEqual([]);
    expect(spaced.flags.filter((f) => f.dataset === 'disposals' && f.code === 'invalid_record')).toHaveLength(12);
  });

  it('reads no disposal from a piece of a row or a row a column off: each is flagged', () => {
    // line 188 as the text path gives it from A4 portrait, Arial 11 pt, spaced rows (check:layouts, otras3
    // a4-portrait-arial-11pt-rows-spaced): «DONACIONE Camionetas | $289.9 | …» a column off, and the pieces
    // of its wrapped cells on the line below, «S RECIBIDAS | | 00,00»
    const lines = fixtureText(MDI).split('\n');
    expect(lines[187]).toMatch(/^DONACIONES RECIBIDAS\tCamionetas\t\\\$289\.900,00\t/u);
    lines.splice(187, 1, 'DONACIONE Camionetas\t\\$289.9\t\thttp://repositorio.ministeriodelinterior.gob.ec/owncloud/i', 'S RECIBIDAS\t\t\tndex.php/s/QPmNvzBUVMHQnG1');
    const cut = parser.parse(source(MDI, lines.join('\n')));
    expect(cut.disposals).toHaveLength(13);
    expect(cut.disposals.some((d) => d.kind.startsWith('DONACIONE ') || d.kind === 'S RECIBIDAS')).toBe(false);
    const flagged = cut.flags.filter((f) => f.code === 'invalid_record' && f.dataset === 'disposals');
    expect(flagged.map((f) => f.source_line)).toEqual([188, 189]);
    // (the row with an amount, «\$289.9», loses a figure: a warning; the pieces without one, a note)
    expect(flagged.map((f) => f.severity)).toEqual(['warning', 'info']);
  });

  it('skips the recommendations\' header repeated on a new page, its first word cut apart in a narrow column', () => {
    // as the text path gave it from the form printed on Letter, condensed 8 pt, shaded (check:layouts, otras2
    // letter-portrait-condensed-8pt-shaded): line 203's header again between lines 204 and 205, «RECO MIEND A»
    const lines = fixtureText(MDI).split('\n');
    const header = lines[202]!.split('\t');
    expect(header[0]).toBe('ENTIDAD QUE RECOMIENDA');
    lines.splice(204, 0, ['ENTIDAD QUE RECO MIEND A', ...header.slice(1)].join('\t'));
    const again = parser.parse(source(MDI, lines.join('\n')));
    expect(again.recommendations.map(({ source_line: _, ...x }) => x)).toEqual(r.recommendations.map(({ source_line: _, ...x }) => x));
    expect(codes(again)).toEqual(codes(r));
  });

  it('reads a heading given as a row of one cell, its other cells empty, as the heading', () => {
    // as the text path joins a heading wrapped over two lines into a row of the table under it
    // (otras5 letter-portrait-serif-8pt-bottom-right): line 201, «INCORPORACIÓN DE RECOMENDACIONES
    // Y DICTÁMENES … GENERAL DEL ESTADO:», followed by five TABs
    const lines = fixtureText(MDI).split('\n');
    expect(lines[200]).toMatch(/^INCORPORACIÓN DE RECOMENDACIONES Y DICTÁMENES .* GENERAL DEL ESTADO:$/u);
    lines[200] += '\t'.repeat(5);
    const again = parser.parse(source(MDI, lines.join('\n')));
    expect(again.recommendations.map((x) => [x.entity, x.report_number, x.pct_compliance, x.source_line])).toEqual([
      ['CONTRALORÍA GENERAL DEL ESTADO', 'DNAI-0074-2023', 75, 204],
      ['CONTRALORÍA GENERAL DEL ESTADO', 'DNAI-0076-2023', 75, 205],
    ]);
    expect(codes(again)).toEqual(codes(r));
    expect(again.report.complete).toBe(true);
  });

  it('skips the recommendations\' header cut apart into rows of its words\' pieces: no recommendation', () => {
    // line 203 as the text path gives it from Letter portrait, Times 11 pt, header right (check:layouts, otras8
    // letter-portrait-times-11pt-rows-header-right, parser text lines 435-437)
    const lines = fixtureText(MDI).split('\n');
    expect(lines[202]).toMatch(/^ENTIDAD QUE RECOMIENDA\tNº\. DE INFORME DE LA ENTIDAD QUE RECOMIENDA\t/u);
    lines.splice(202, 1,
      'ENTI\tNº. DE\t\tNº. DE\t% DE\t\tOBSERVACIONES\t\tLINK AL',
      'DAD QUE ME DE\tINFOR\tINFORME DE CUMPLIMIEN\t\tCUMPLIMIENT\t\t\t\tMEDIO DE VERIFICACI',
      'RECO MIEN DA\tLA ENTIDAD QUE RECOMIENDA\t\tTO\tO DE LAS RECOMENDACIONES\t\t\t\tÓN PUBLICADO EN LA PÁG. WEB DE LA INSTITUCIÓN');
    const cut = parser.parse(source(MDI, lines.join('\n')));
    expect(cut.recommendations.map(({ source_line: _, ...x }) => x)).toEqual(r.recommendations.map(({ source_line: _, ...x }) => x));
    expect(codes(cut)).toEqual(codes(r));
  });

  it('reads no recommendation from a row with neither a report number nor a percentage: it is flagged', () => {
    // a piece of line 204 that a layout wrapped apart, as the text path gives it from Legal portrait, serif
    // 10 pt (check:layouts, otras3 legal-portrait-serif-10pt-ruled-right): «DEL ESTA | | encuentra en proceso de»
    const lines = fixtureText(MDI).split('\n');
    lines.splice(204, 0, 'DEL ESTA\t\tencuentra en proceso de\t\tcomplementarios y fiscalizaciones ejecutadas\t');
    const piece = parser.parse(source(MDI, lines.join('\n')));
    expect(piece.recommendations.map((x) => x.report_number)).toEqual(['DNAI-0074-2023', 'DNAI-0076-2023']);
    const flagged = piece.flags.filter((f) => f.code === 'invalid_record' && f.dataset === 'recommendations');
    expect(flagged.map((f) => [f.source_line, f.message.includes('DEL ESTA')])).toEqual([[205, true]]);
  });

  it('reads both recommendations (lines 204 and 205)', () => {
    expect(r.recommendations.map((x) => [x.entity, x.report_number, x.pct_compliance, x.source_line])).toEqual([
      ['CONTRALORÍA GENERAL DEL ESTADO', 'DNAI-0074-2023', 75, 204],
      ['CONTRALORÍA GENERAL DEL ESTADO', 'DNAI-0076-2023', 75, 205],
    ]);
    expect(r.recommendations[0]!.observations).toMatch(/^Examen especial a la ejecución, liquidación y uso de las obras/);
  });

  it('reads the deliberation (line 92)', () => {
    expect(r.deliberations).toEqual([{ date: '2024-03-14', attendees: 134, male: 78, female: 56, glbti: 0, source_line: 92 }]);
  });

  it('raises exactly these flags', () => {
    expect(codes(r)).toEqual({ number_repaired: 2, total_mismatch: 1 });
  });

  it('keeps text fields plain (no HTML, no markdown escapes)', () => {
    const texts = [...r.goals.flatMap((g) => [g.objective, g.goal, g.indicator]), ...r.recommendations.map((x) => x.observations)];
    for (const t of texts) expect(t ?? '').not.toMatch(/<[a-z/]|\\\$/i);
  });
});

describe('cpccs-rendicion: amounts cut over two lines by a layout', () => {
  // Lines 186–190 of the Ministerio's form (ENAJENACIÓN, DONACIONES…) as the text path gave them from
  // the form printed on letter paper, Times 11 pt (check:layouts, otras8
  // letter-portrait-times-11pt-rows-header-right, pdftotext lines 820–829): each row's amount cut over
  // two lines («\\$836.03» / «8,94» for «\\$836.038,94»), each line read as a row of its own.
  const mdiLines = fixtureText(MDI).split('\n');
  const cut = [
    'ENAJENACIÓ Inmueble\t\t\\$836.03 http://repositorio.ministeriodelinterior.gob.ec/ownclo\t\t',
    'N\t\t8,94\t\tud/index.php/s/4XwXPAAbCLKsDEe',
    'DONACIONE\tMotocicletas\t\\$2.000,0 http://repositorio.ministeriodelinterior.gob.ec/ownclo\t\t',
    'S RECIBIDAS\t\t0\t\tud/index.php/s/7yoxmJgyPvmCyh',
    'DONACIONE\tMotocicletas\t\\$51.111,\t\thttp://repositorio.ministeriodelinterior.gob.ec/ownclo',
    'S RECIBIDAS\t\t85\t\tud/index.php/s/T5mpeMPGi0dkvp',
    'DONACIONE\tTerreno\t\\$103.35\t\thttp://repositorio.ministeriodelinterior.gob.ec/ownclo',
    'S RECIBIDAS\t\t9,29\t\tud/index.php/s/nC4b6bHiZ1Q8om',
  ];
  const withCut = (lines: string[]) => [...lines.slice(0, 185), ...cut, ...lines.slice(190)].join('\n');

  it('reads no piece of an amount as an amount: each is left empty and flagged with what it says', () => {
    const r = parser.parse(source(MDI, withCut(mdiLines)));
    expect(r.disposals.slice(0, 8).map((d) => [d.kind, d.amount, d.source_line])).toEqual([
      ['ENAJENACIÓ Inmueble', null, 186], ['N', null, 187], ['DONACIONE', null, 188], ['S RECIBIDAS', null, 189],
      ['DONACIONE', null, 190], ['S RECIBIDAS', null, 191], ['DONACIONE', null, 192], ['S RECIBIDAS', null, 193],
    ]);
    const shaped = r.flags.filter((f) => f.code === 'value_suspicious' && f.message.includes('importe escrito de otra forma'));
    expect(shaped.map((f) => f.source_line)).toEqual([186, 187, 188, 189, 190, 191, 192, 193]);
    expect(shaped[1]!.message).toBe(
      `amount: importe escrito de otra forma que los del informe («$1.234,56»), quizá un pedazo de una cifra partida; se deja vacío: "8,94" (${MDI}:187)`,
    );
    expect(shaped[6]!.message).toContain(': "\\\\$103.35" (');
    // the rows after them, written whole, are read as before (line 191 of the form, now 194)
    expect(r.disposals[8]).toEqual({ kind: 'DONACIONES RECIBIDAS', asset: 'SEMOVIENTES', amount: 4500, source_line: 194 });
  });

  it('reads amounts without a sign as before in a document that writes none with one', () => {
    // the same rows and the whole form without its «$»: nothing tells how the document writes its amounts
    const r = parser.parse(source(MDI, withCut(mdiLines).replaceAll('\\$', '')));
    expect(r.disposals.slice(0, 8).map((d) => d.amount)).toEqual([null, 8.94, null, 0, null, 85, 103.35, 9.29]);
    expect(r.flags.filter((f) => f.message.includes('importe escrito de otra forma'))).toEqual([]);
  });
});

describe('cpccs-rendicion: IESS 2023 fragment', () => {
  const r = parser.parse(fixture(IESS));

  it('reads the goals total (line 71, 107,06 %) also as «TOTAL%», a sign pdftotext prints against the word before it', () => {
    expect([r.report.goals_pct_reported, r.report.goals_pct_reported_line]).toEqual([107.06, 71]);
    const lines = fixtureText(IESS).split('\n');
    expect(lines[70]).toBe('\tTOTAL % CUMPLIMIENTO DE LA GESTIÓN:\t\t\t\t\t107,06 %\t');
    lines[70] = lines[70]!.replace('TOTAL %', 'TOTAL%');
    const packed = parser.parse(source(IESS, lines.join('\n')));
    expect([packed.report.goals_pct_reported, packed.report.goals_pct_reported_line]).toEqual([107.06, 71]);
    expect(packed.goals).toEqual(r.goals);
  });

  it('warns at the goals section (line 66) when its TOTAL row was not read: the report\'s % of goals is missing', () => {
    // otras12 b5-portrait-serif-condensed-8pt-letterspaced-justified, from the PDF: the label in a cell
    // four letters wide, justified, comes as «TOTA | 107,» / «L CUMPLIMIENTO DE LA GESTIÓN: | % | 06 %»,
    // no total row. The 107,06 % was missing with only an info flag on an unread row.
    const lines = fixtureText(IESS).split('\n');
    expect(lines[65]).toBe('CUMPLIMIENTO DE LA EJECUCIÓN PROGRAMÁTICA:');
    lines[70] = 'TOTA\t107,';
    lines.splice(71, 0, 'L CUMPLIMIENTO DE LA GESTIÓN:\t%\t06 %');
    const cut = parser.parse(source(IESS, lines.join('\n')));
    expect(cut.report.goals_pct_reported).toBeNull();
    expect(cut.goals).toEqual(r.goals);
    const missing = cut.flags.filter((f) => f.code === 'value_missing' && f.dataset === 'goals');
    expect(missing.map((f) => [f.severity, f.field, f.source_line])).toEqual([['warning', 'pct_reported', 66]]);
    // (the whole fragment has its total: no such warning)
    expect(r.flags.filter((f) => f.code === 'value_missing' && f.dataset === 'goals')).toEqual([]);
  });

  it('reads the goals total with its «%» in a cell of its own (a justified «TOTAL   %» read as two cells)', () => {
    // otras3 letter-landscape-condensed-8pt-ruled-justified, from the PDF: the label's first line is
    // stretched, «TOTAL» and «%» 8.33 pt apart, and the recovered row reads
    // «| TOTAL CUMPLIMIENTO DE LA GESTIÓN: | % | | | | 107,06% |».
    const lines = fixtureText(IESS).split('\n');
    lines[70] = '\tTOTAL CUMPLIMIENTO DE LA GESTIÓN:\t%\t\t\t\t107,06 %\t';
    const apart = parser.parse(source(IESS, lines.join('\n')));
    expect([apart.report.goals_pct_reported, apart.report.goals_pct_reported_line]).toEqual([107.06, 71]);
    expect(apart.goals).toEqual(r.goals);
  });

  it('joins the goals total started on the line above its label, and leaves it empty when that start is not sure', () => {
    // A cell in the middle of its row, wrapped in a narrow column, starts above the row's label. As
    // pdftotext -layout gives the Ministerio (line 146: 112,37 %) printed B5 landscape Caladea 8 pt
    // (otras11): «| | | | | | 112, |» / «TOTAL % CUMPLIMIENTO DE LA GESTIÓN: | | | | | | 37 % |»;
    // here on the IESS fragment's line 71 (107,06 %).
    const lines = fixtureText(IESS).split('\n');
    const cut = [...lines];
    cut.splice(70, 1, '\t\t\t\t\t\t107,\t', '\tTOTAL % CUMPLIMIENTO DE LA GESTIÓN:\t\t\t\t\t06 %\t');
    const joined = parser.parse(source(IESS, cut.join('\n')));
    expect([joined.report.goals_pct_reported, joined.report.goals_pct_reported_line]).toEqual([107.06, 72]);
    expect(joined.flags.filter((f) => f.code === 'number_repaired').map((f) => [f.severity, f.field, f.source_line]))
      .toEqual([['warning', 'pct_reported', 72]]);
    // letter-landscape-serif-8pt-zebra-middle-right (otras9): «| 11» / «TOTAL … | 2,37%», read 2,37 %
    // with no sign of the «11»: «11» may as well end the row above; the total is left empty, warned
    const digits = [...lines];
    digits.splice(70, 1, '\t\t\t\t\t\t10\t', '\tTOTAL % CUMPLIMIENTO DE LA GESTIÓN:\t\t\t\t\t7,06 %\t');
    const unsure = parser.parse(source(IESS, digits.join('\n')));
    expect(unsure.report.goals_pct_reported).toBeNull();
    expect(unsure.flags.filter((f) => f.field === 'pct_reported' && f.code === 'value_suspicious').map((f) => [f.severity, f.source_line, f.message.slice(0, 60)]))
      .toEqual([['warning', 72, 'TOTAL % CUMPLIMIENTO DE LA GESTIÓN con una cifra suelta just']]);
    // a piece in another column is not the total's
    const other = [...lines];
    other.splice(70, 1, '\t\t\t10\t\t\t\t', lines[70]!);
    expect(parser.parse(source(IESS, other.join('\n'))).report.goals_pct_reported).toBe(107.06);
  });

  it('reads a recommendation whose cells spread over empty columns or share one, and no piece of one', () => {
    // line 101 as the text path gives it from A4 landscape, serif 9 pt, justified rows (check:layouts,
    // otras6 a4-landscape-serif-9pt-rows-justified-spaced): empty columns between the cells, the link
    // packed after the observations
    const lines = fixtureText(IESS).split('\n');
    expect(lines[100]).toMatch(/^CONTRALORÍA GENERAL DEL ESTADO\tDNA7-0037-2018\tS\/N\t100,00 %\t/u);
    lines.splice(100, 1, 'CONTRALORÍA\t\t\tDNA7-0037-2018\tS/N\t\t\t100,00 %\t\t\tRecomendación\tde https://www.iess.gob.ec/documents/10162/\t');
    // line 102 as Legal landscape, Times 9 pt (otras2 legal-landscape-times-9pt-rows-right) gives it:
    // the observations packed one space after the percentage
    lines.splice(101, 1, 'CONTRALORÍA GENERAL\tDNA7-0038-2018\tS/N\t100,00 % Recomendaciones de\thttps://www.iess.gob.ec/documents/10162/97ed0f4b-fc2a-4de1-');
    const spread = parser.parse(source(IESS, lines.join('\n')));
    expect(spread.recommendations.slice(0, 2)).toEqual([
      { entity: 'CONTRALORÍA', report_number: 'DNA7-0037-2018', compliance_report: null, pct_compliance: 100, observations: 'Recomendación', source_line: 101 },
      { entity: 'CONTRALORÍA GENERAL', report_number: 'DNA7-0038-2018', compliance_report: null, pct_compliance: 100, observations: 'Recomendaciones de', source_line: 102 },
    ]);
    expect(spread.flags.filter((f) => f.dataset === 'recommendations')).toEqual([]);
    // pieces of rows cut apart, as the Ministerio's come from Letter landscape, serif 8 pt, zebra, cells
    // in the middle (otras9): a percentage where the report's number goes, or no percentage, is no
    // recommendation: each row is warned of, none read with its figure in another field
    lines.splice(102, 1, 'GENERA\t75,00 %\tria.gob.ec/NoEncon\t\t', 'LORÍA\tDNAI-0076-\tdebido a que el Ministerio\tExamen especial a la fase');
    const pieces = parser.parse(source(IESS, lines.join('\n')));
    expect(pieces.recommendations.map((x) => x.report_number)).toEqual(['DNA7-0037-2018', 'DNA7-0038-2018', 'DNA7-SySS-0047-2023']);
    expect(pieces.flags.filter((f) => f.dataset === 'recommendations' && f.code === 'invalid_record').map((f) => [f.severity, f.source_line]))
      .toEqual([['warning', 103], ['info', 104]]);
  });

  it('reads the indicator two columns right of its header, empty columns between DESCRIPCIÓN and TOTALES PLANIFICADOS (lines 68-70)', () => {
    // The text path's rows from a layout with cells at the bottom of their rows (check:layouts
    // otras10 legal-landscape-caladea-9pt-zebra-bottom, parser text lines 65-67): the first header
    // row on a grid of its own, the goal row with empty columns between its cells. The indicator
    // «PORCENTAJE DE EJECUCIÓN PRESUPUESTARIA» was read from the empty cell under «INDICADOR DE LA
    // META»: the goal had no indicator.
    const lines = fixtureText(IESS).split('\n');
    const goal = lines[69]!.split('\t');
    expect(goal.slice(1, 7)).toEqual(['85', '85% DE EJECUCIÓN PRESUPUESTARIA', 'PORCENTAJE DE EJECUCIÓN PRESUPUESTARIA', '0,85', '0,91', '107,06 %']);
    lines[67] = 'OBJETIVOS ESTRATEGICOS/COMPETENCIAS EXCLUSIVAS\tMETA POA\t\tINDICADOR DE LA META\t\tRESULTADOS\t\t% CUMPLIMIENTO DE LA GESTIÓN\tDESCRIPCIÓN DE LA GESTIÓN POR META\t\t';
    lines[68] = '\t\tNO. DE META\t\tDESCRIPCIÓN\t\t\tTOTALES PLANIFICADOS\tTOTALES CUMPLIDOS\t\t';
    lines[69] = [goal[0], '', goal[1], '', goal[2], '', goal[3], goal[4], goal[5], goal[6], goal[7]].join('\t');
    const spread = parser.parse(source(IESS, lines.join('\n')));
    expect(spread.goals).toEqual(r.goals);
  });

  it('leaves a goal whose figures sit off their headers too, with a warning, where its indicator is found off its header (MDI lines 135-136)', () => {
    // The Ministerio's goal 3.1 as the text path gives it from otras11 a4-landscape-arial-8pt-double-bold
    // (parser text lines 135 and 140): the indicator two columns right, «82,00» (planned) under
    // TOTALES CUMPLIDOS. Found by its text alone, the indicator made a goal achieving 82, with no warning.
    const lines = fixtureText(MDI).split('\n');
    expect(lines[135]!.split('\t').slice(1, 7)).toEqual(['3', 'SISTEMA INTEGRAL DE SEGURIDAD, FRENTE A LOS RIESGOS Y AMENAZAS', '3.1. PORCENTAJE DE SATISFACCIÓN DEL USUARIO EXTERNO', '82,00', '78,89', '96,21 %']);
    const objective = lines[134]!.split('\t')[0];
    lines[134] = [objective, 'NO. DE META', 'DESCRIPCIÓN', '', '', '', 'TOTALES PLANIFICADOS', 'TOTA LES CUM PLID OS', '', '', '', ''].join('\t');
    const g = lines[135]!.split('\t');
    lines[135] = ['', g[1], g[2], '', '', g[3], '', g[4], '', g[5], g[6], g[7]].join('\t');
    const off = parser.parse(source(MDI, lines.join('\n')));
    expect(off.goals.filter((x) => x.source_line === 136)).toEqual([]);
    expect(off.flags.filter((f) => f.source_line === 136).map((f) => [f.severity, f.code])).toEqual([['warning', 'section_unrecognized']]);
  });

  it('an empty disposals row whose cells a converter packed into one («NINGUNA NO APLICA $0,00») declares nothing, as unpacked (line 96)', () => {
    // PDF.js gives the row of the US Letter print without cell padding (other-printed-layouts'
    // letter-portrait-sans-8pt-tight) as one item: its three first cells one space apart.
    expect(r.disposals).toEqual([]);
    const lines = fixtureText(IESS).split('\n');
    expect(lines[95]).toBe('NINGUNA\tNO APLICA\t\\$0,00\tNO APLICA');
    lines[95] = 'NINGUNA NO APLICA \\$0,00\tNO APLICA';
    const packed = parser.parse(source(IESS, lines.join('\n')));
    expect(packed.disposals).toEqual([]);
    expect(packed.flags).toEqual(r.flags);
    // a row that declares something is still read, packed or not
    lines[95] = 'ENAJENACIÓN NO APLICA \\$0,00\tNO APLICA';
    expect(parser.parse(source(IESS, lines.join('\n'))).disposals.map((d) => d.kind)).toEqual(['ENAJENACIÓN NO APLICA $0,00']);
  });

  it('marks the report incomplete and infers the year', () => {
    // As the fixture's reviewed expected output has it (test/parsers/expected-outputs.test.ts checks the rest).
    expect(r.report).toEqual(readExpected(FIXTURES, IESS.replace(/\.txt$/, '')).report);
    const fragment = r.flags.find((f) => f.code === 'fragment')!;
    expect([fragment.severity, fragment.dataset, fragment.source_line]).toEqual(['warning', 'reports', null]);
    expect(fragment.message).toContain('cabecera (INFORME DE RENDICIÓN DE CUENTAS No, PERIODO)');
    expect(fragment.message).toContain('DATOS GENERALES');
    expect(fragment.message).toContain('empieza a mitad de una tabla (línea 3)');
    // Sections that ARE in the fragment are not named as missing.
    expect(fragment.message).not.toContain('MECANISMOS DE CONTROL SOCIAL');
    const year = r.flags.find((f) => f.code === 'year_inferred')!;
    expect([year.severity, year.field, year.source_line]).toEqual(['info', 'year', 19]);
    expect(year.message).toContain('Rendición de Cuentas 2023');
  });

  it('identifies the institution only through links and memo prefixes', () => {
    expect(r.institution).toEqual({ name: null, ruc: null, parent: null, domains: ['iess.gob.ec'], other: ['IESS'] });
  });

  it('reads the single goal (line 70)', () => {
    expect(r.goals).toHaveLength(1);
    const g = r.goals[0]!;
    expect([g.goal_number, g.goal, g.indicator, g.planned, g.achieved, g.pct_reported, g.pct_computed, g.source_line]).toEqual([
      null, '85% DE EJECUCIÓN PRESUPUESTARIA', 'PORCENTAJE DE EJECUCIÓN PRESUPUESTARIA', 0.85, 0.91, 107.06, 107.06, 70,
    ]);
    expect(g.objective).toMatch(/^OE 1\. Incrementar la sostenibilidad .*,OE 7\. Incrementar el grado de innovación en la gestión institucional$/);
  });

  it('reads the budget line and the institutional budget', () => {
    expect(r.budget_lines).toEqual([
      { line_type: 'META', category: '85% DE EJECUCIÓN PRESUPUESTARIA', planned: 18215009.19, executed: 16599214.93, pct_reported: 91.13, pct_computed: 91.13, source_line: 76 },
    ]);
    // line 76 as the text path gave it from the form printed on A4, Arial 11 pt (check:layouts, otras3
    // a4-portrait-arial-11pt-rows-spaced, pdftotext lines 190–193): its cells a column off, an amount
    // as the description; the row is left out and said so, no amount read into the wrong column
    const lines = fixtureText(IESS).split('\n');
    lines[75] = 'ME 85% DE TA EJECUCIÓN PRESUPUESTARIA\t\\$18.215.009,19\t\\$16.599.214,93\t\t91,13 %\thttps://www.iess.gob.ec/documents/10162/bb7c883e-0204-43e7-a1a8-be080dfacc0b';
    const off = parser.parse(source(IESS, lines.join('\n')));
    expect(off.budget_lines).toEqual([]);
    expect(off.flags.filter((f) => f.dataset === 'budget_lines').map((f) => [f.code, f.source_line])).toEqual([['invalid_record', 76]]);
    expect(r.budget_summaries).toEqual([
      {
        planned: 18215009.19, executed: 16599214.93, current_planned: 18215009.19, current_executed: 16599214.93,
        investment_planned: 0, investment_executed: 0, pct_reported: 91.13, pct_computed: 91.13, basis: 'reported', source_line: 82,
      },
    ]);
  });

  it('reads the 4 procurement rows (inline layout), lines 88–91, as its reviewed expected output has them', () => {
    expect(r.procurement).toHaveLength(4);
    expect(r.procurement).toEqual(readExpected(FIXTURES, IESS.replace(/\.txt$/, '')).procurement);
  });

  it('reads "NINGUNA" disposals as none', () => {
    expect(r.disposals).toEqual([]);
  });

  it('reads the 4 recommendations', () => {
    expect(r.recommendations.map((x) => [x.report_number, x.compliance_report, x.pct_compliance, x.source_line])).toEqual([
      ['DNA7-0037-2018', null, 100, 101],
      ['DNA7-0038-2018', null, 100, 102],
      ['DNA7-SySS-0031-2022', null, 100, 103],
      ['DNA7-SySS-0047-2023', null, 60, 104],
    ]);
  });

  it('reads the deliberation (line 37)', () => {
    expect(r.deliberations).toEqual([{ date: '2024-03-20', attendees: 235, male: 100, female: 135, glbti: 0, source_line: 37 }]);
  });

  it('reads a row with a value in each of the form\'s columns in their order, whatever empty columns a layout put between them', () => {
    // lines 36–37 as the text path gave them from the form printed on letter paper, 8 pt, justified
    // (check:layouts, otras letter-portrait-8pt-justified, pdftotext lines 63–66): «MASCULINO» cut over two columns
    const lines = fixtureText(IESS).split('\n');
    expect(lines[36]).toBe('20/03/2024\t235\t100\t135\t0\t0\t235\t0\t0\t0');
    lines[35] = '\t\tMASCULINO\t\tFEMENINO\tGLBTI\tMONTUBIO\tMESTIZO\tCHOLO\tINDIGENA\tAFROECUATORIAN O';
    lines[36] = '20/03/2024\t235\t100\t\t135\t0\t0\t235\t0\t0\t0';
    const shifted = parser.parse(source(IESS, lines.join('\n')));
    expect(shifted.deliberations).toEqual(r.deliberations);
    expect(shifted.flags).toEqual(r.flags);
    // the Ministerio's line 92 on letter paper, sans 9 pt (otras6 letter-portrait-sans-9pt-ruled-justified-spaced,
    // pdftotext lines 385–388): an empty column after the date and another after MONTUBIO
    const mdi = fixtureText(MDI).split('\n');
    expect(mdi[91]).toBe('14/03/2024\t134\t78\t56\t0\t0\t133\t0\t1\t0');
    mdi[90] = '\t\t\tMASCULINO\tFEMENINO\tGLBTI\tMONTUBIO\t\tMESTIZO\tCHOLO\tINDIGENA\tAFROECUATORIANO';
    mdi[91] = '14/03/2024\t\t134\t78\t56\t0\t0\t\t133\t0\t1\t0';
    expect(parser.parse(source(MDI, mdi.join('\n'))).deliberations).toEqual([
      { date: '2024-03-14', attendees: 134, male: 78, female: 56, glbti: 0, source_line: 92 },
    ]);
  });

  it('reads a count printed after a piece of its header, and skips the header cut into pieces', () => {
    // lines 36-37 as the text path gave them from the form printed on A4 landscape, Arial 10 pt, cells at the
    // bottom (check:layouts, otras5 a4-landscape-arial-10pt-ruled-bottom, pdftotext lines 58-60): the header's
    // row joined with the values'
    const lines = fixtureText(IESS).split('\n');
    lines[35] = '';
    lines[36] = '20/03/2024\t235\tMASCULINO100\tFEMENINO135\tGLBTI 0\tMONTUBIO 0\tMESTIZO235\tCHO LO 0\tINDIGENA 0\tAFROECUATORIANO 0';
    const joined = parser.parse(source(IESS, lines.join('\n')));
    expect(joined.deliberations).toEqual(r.deliberations);
    expect(joined.flags).toEqual(r.flags);
    // the same from A4 landscape, Arial 9 pt, cells in the middle (otras4 a4-landscape-arial-9pt-ruled-middle,
    // pdftotext lines 66-69): the header in pieces on two lines, the ends of its words before the counts
    lines.splice(35, 2, 'FEMEN\tGLB\tMEST\tCHO\tINDIG\tAFROECUAT', 'MASCULINO\tMONTUBIO',
      '20/03/2024\t235\t100\tINO135\tTI 0\t0\tIZO235\tLO 0\tENA 0\tORIANO 0');
    const cut = parser.parse(source(IESS, lines.join('\n')));
    expect(cut.deliberations.map(({ source_line: _, ...d }) => d)).toEqual(r.deliberations.map(({ source_line: _, ...d }) => d));
    expect(cut.flags.filter((f) => f.dataset === 'deliberations')).toEqual([]);
  });

  it('a table\'s rule row set one space apart before any heading still says the text starts in a table', () => {
    // lines 3-4 as the text path gives them from the form printed on Letter portrait, ruled, 9 pt (check:layouts,
    // otras letter-portrait-ruled-9pt, pdftotext lines 1-2): «OTROS NO 0 NO APLICA» / «------- ---- --- -----------»
    const lines = fixtureText(IESS).split('\n');
    expect(lines.slice(2, 4)).toEqual(['OTROS\tNO\t0\tNO APLICA', '-------\t----\t---\t-----------']);
    lines[2] = 'OTROS NO 0 NO APLICA';
    lines[3] = '------- ---- --- -----------';
    const tight = parser.parse(source(IESS, lines.join('\n')));
    expect(tight.flags.find((f) => f.code === 'fragment')!.message).toContain('empieza a mitad de una tabla (línea 3)');
    expect(codes(tight)).toEqual(codes(r));
    // a rule of one column is no table
    lines[3] = '-------';
    expect(parser.parse(source(IESS, lines.join('\n'))).flags.find((f) => f.code === 'fragment')!.message).not.toContain('mitad de una tabla');
  });

  it('skips the procurement header\'s lines wrapped apart from its first, which hold no label', () => {
    // line 87's header as the text path gives it from Letter portrait, ruled, 9 pt (otras letter-portrait-ruled-9pt,
    // pdftotext lines 155-160): «Número Total Valor Total» packed in one cell, then a line of their ends
    const lines = fixtureText(IESS).split('\n');
    expect(lines[86]).toBe('\tNúmero Total Adjudicados\tValor Total Adjudicados\tNúmero Total Finalizados\tValor Total Finalizados\t');
    lines.splice(86, 1, '\tNúmero Total Valor Total\t\tNúmero\tValor Total\t', '\tAdjudicados\tAdjudicados\tTotal Finalizados\tFinalizados\t');
    const wrapped = parser.parse(source(IESS, lines.join('\n')));
    expect(wrapped.procurement.map(({ source_line: _, ...p }) => p)).toEqual(r.procurement.map(({ source_line: _, ...p }) => p));
    expect(codes(wrapped)).toEqual(codes(r));
  });

  it('skips the goals header\'s pieces that a layout cut apart into rows of their own: no goal, no flag', () => {
    // line 69 as the text path gives it from A4 portrait, narrow 9 pt, zebra rows (check:layouts, otras2
    // a4-portrait-narrow-9pt-rows-zebra, pdftotext lines 118-123): «TOT» / «ALES» / «PLA» / «NIFI» / «CAD» / «OS»,
    // «TOT» / «ALE» / «S» / «CUM» / «PLID» / «OS» down their columns, joined by the text path into these rows
    const lines = fixtureText(IESS).split('\n');
    expect(lines[68]).toBe('\tNO. DE META\tDESCRIPCIÓN\t\tTOTALES PLANIFICADOS\tTOTALES CUMPLIDOS\t\t');
    lines.splice(68, 1, '\tNO. DE META\tDESCRIPCIÓN\t\tTOTALES\tTOT ALE\t\t', '\t\t\t\tPLA\tS\t\t', '\t\t\t\tNIFICADOS\tCUM PLID OS\t\t');
    const cut = parser.parse(source(IESS, lines.join('\n')));
    expect(cut.goals.map(({ source_line: _, ...g }) => g)).toEqual(r.goals.map(({ source_line: _, ...g }) => g));
    expect(codes(cut)).toEqual(codes(r));
    // a row of the same cells holding a figure is no header's piece: it is read, and flagged
    lines[69] = '\t\t\t\tPLA\t5\t\t';
    expect(codes(parser.parse(source(IESS, lines.join('\n'))))).not.toEqual(codes(r));
  });

  it('reads no goal from a goals row with neither a goal number nor a percentage: a warning names it', () => {
    // line 138's last line as the text path gave it from Letter portrait, sans 9 pt, justified (check:layouts,
    // otras6 letter-portrait-sans-9pt-ruled-justified-spaced, pdftotext line 631: «AMENAZAS» / «DEPOSITADAS» /
    // «41», the ends of the description, the indicator and the achieved «244072392, 41»), read as a row of its own
    const lines = fixtureText(MDI).split('\n');
    expect(lines[137]).toMatch(/^\t3\tSISTEMA INTEGRAL .*\t3\.2\. CANTIDAD DE SUSTANCIAS .*\t14805883 1,00\t244072392, 41\t164,85 %\t/u);
    const r = parser.parse(source(MDI, fixtureText(MDI)));
    lines.splice(138, 0, '\t\tAMENAZAS\tDEPOSITADAS\t\t41\t\t');
    const cut = parser.parse(source(MDI, lines.join('\n')));
    expect(cut.goals.map(({ source_line: _, ...g }) => g)).toEqual(r.goals.map(({ source_line: _, ...g }) => g));
    expect(cut.flags.filter((f) => f.source_line === 139).map((f) => [f.severity, f.code, f.dataset])).toEqual([['warning', 'section_unrecognized', 'goals']]);
    // nor from one holding a percentage alone: «107,0» / «6%», IESS line 70's percentage cut by its column
    // (otras7 legal-portrait-condensed-8pt-centered-spaced, pdftotext lines 137-138), a row of «6%»
    lines[138] = '\t\tDE\tTAJE DE\t\t\t6%\t';
    expect(parser.parse(source(MDI, lines.join('\n'))).goals).toHaveLength(r.goals.length);
    // with its percentage and a figure it is a goal, as the form prints one
    lines[138] = '\t\tAMENAZAS\tDEPOSITADAS\t\t41\t4,00 %\t';
    expect(parser.parse(source(MDI, lines.join('\n'))).goals).toHaveLength(r.goals.length + 1);
  });

  it('warns on a goal whose row a piece with figures below may end: its figures may be cut', () => {
    // the same piece, «AMENAZAS | DEPOSITADAS | | 41», under goal 3.2 (line 138): its «41» may be the end
    // of 3.2's achieved; 3.2 keeps its figures, with a warning on its line naming the piece's figures
    const lines = fixtureText(MDI).split('\n');
    const r = parser.parse(source(MDI, fixtureText(MDI)));
    lines.splice(138, 0, '\t\tAMENAZAS\tDEPOSITADAS\t\t41\t\t');
    const cut = parser.parse(source(MDI, lines.join('\n')));
    const warned = (x: typeof r, line: number) => x.flags.filter((f) => f.source_line === line && f.code === 'value_suspicious').map((f) => f.message);
    expect(warned(r, 138)).toEqual([]);
    expect(warned(cut, 138)).toContain('cifras de la meta quizá incompletas: una fila de abajo parece el final de la suya, cortado: "3.2 → 41" (2023-ministerio-del-interior-rendicion-de-cuentas.txt:138)');
    // a piece of words only says nothing of the figures above
    lines[138] = '\t\tAMENAZAS\tDEPOSITADAS\t\t\t\t';
    expect(warned(parser.parse(source(MDI, lines.join('\n'))), 138)).toEqual([]);
    // a goal without a number right under a numbered one, with figures (the bottom half of goal 3.2's
    // row as the text path gave it from A4 portrait, DejaVu Sans Condensed 9 pt, ruled, bottom, centred,
    // check:layouts otras9, pdftotext line 574: «3 | RIESGOS Y AMENAZAS | FISCALIZACIÓN DEPOSITADAS |
    // 1,00 | 392, 41 | 164,85 %»): read, and both goals warned of
    lines[138] = '\t\tRIESGOS Y AMENAZAS\tFISCALIZACIÓN DEPOSITADAS\t1,00\t392, 41\t164,85 %\t';
    const half = parser.parse(source(MDI, lines.join('\n')));
    expect(half.goals).toHaveLength(r.goals.length + 1);
    expect(warned(half, 138)).toContain('cifras de la meta quizá incompletas: una fila de abajo parece el final de la suya, cortado: "3.2 → 1,00 | 392, 41 | 164,85 %" (2023-ministerio-del-interior-rendicion-de-cuentas.txt:138)');
    expect(warned(half, 139).filter((m) => m.startsWith('meta sin número bajo la meta 3.2: quizá el final de su fila, cortado'))).toHaveLength(1);
  });

  it('reads no procurement row whose label holds no letter: a warning names it', () => {
    // «30», the cents of line 90's «\$557.484,30» cut by their column, as the text path gave them from Letter
    // portrait, serif 9 pt, cells in the middle (check:layouts, otras4 letter-portrait-serif-9pt-middle-right,
    // pdftotext line 301), in the label's column and the count's
    const lines = fixtureText(IESS).split('\n');
    expect(lines[89]).toMatch(/^RÉGIMEN ESPECIAL \(Todos los procesos\)\t7\t\\\$557\.484,30\t7\t/u);
    lines.splice(90, 0, '30\t30\t\t\t\t');
    const cut = parser.parse(source(IESS, lines.join('\n')));
    expect(cut.procurement.map(({ source_line: _, ...p }) => p)).toEqual(r.procurement.map(({ source_line: _, ...p }) => p));
    expect(cut.flags.filter((f) => f.source_line === 91).map((f) => [f.severity, f.code, f.dataset])).toEqual([['warning', 'section_unrecognized', 'procurement']]);
  });

  it('loses no procurement row quietly: a row left in one cell, with its amounts, is warned of; a label\'s second line goes on in it', () => {
    // line 90 as the text path gave it from Letter portrait 8 pt justified (check:layouts, otras
    // letter-portrait-8pt-justified, pdftotext lines 169-170): the first line left in one cell, its
    // amounts cut («\$557.484,3» / «0»), the second line a row of the label's end and the amounts' rests
    const lines = fixtureText(IESS).split('\n');
    const r = parser.parse(source(IESS, fixtureText(IESS)));
    expect(lines[89]).toMatch(/^RÉGIMEN ESPECIAL \(Todos los procesos\)\t7\t\\\$557\.484,30\t7\t/u);
    lines.splice(89, 1,
      'RÉGIMEN ESPECIAL   7                 \\$557.484,3      7               \\$557.484,3   https://www.iess.gob.ec/documents/10162/fc8',
      '(Todos los procesos)\t\t\t0\t\t0\tca90a-cddf-4f4f-a9d4-e53ea174b17d');
    const cut = parser.parse(source(IESS, lines.join('\n')));
    const at = (line: number) => cut.flags.filter((f) => f.source_line === line).map((f) => [f.severity, f.code, f.message.replace(/:.*/su, '')]);
    // (the row in one cell holds amounts: no label of the next row, and a warning names it with its figures)
    expect(at(90)).toEqual([['warning', 'invalid_record', 'fila no reconocida en procurement, se omite con sus cifras']]);
    // (the second line is read as it stands, and a warning names the figures its row leaves empty)
    expect(cut.procurement.find((p) => p.source_line === 91)).toMatchObject({ procedure: '(Todos los procesos)', awarded_count: null, awarded_amount: null });
    expect(at(91)).toEqual([['warning', 'value_missing', 'fila de procurement sin awarded_count, awarded_amount, finalized_amount']]);
    // a label row of words alone, its row's second line holding the label's end and the figures (a
    // cell at the bottom of its row): one procedure, the bundled one, and no flag
    lines.splice(89, 2, 'RÉGIMEN ESPECIAL\t\t\t\t\t', fixtureText(IESS).split('\n')[89]!.replace('RÉGIMEN ESPECIAL ', ''));
    expect(lines[90]).toMatch(/^\(Todos los procesos\)\t7\t/u);
    const joined = parser.parse(source(IESS, lines.join('\n')));
    expect(joined.procurement.map(({ source_line: _, ...p }) => p)).toEqual(r.procurement.map(({ source_line: _, ...p }) => p));
    expect(joined.flags.filter((f) => f.source_line === 90 || f.source_line === 91)).toEqual([]);
  });

  it('warns on a coverage row that leaves figures empty: a row\'s second line read as a row of its own', () => {
    // line 32 (NACIONAL | 1 | 156 | NACIONAL | 91 | 65 | 0 …) as the text path gave it from A4 portrait serif,
    // padded (check:layouts, otras a4-portrait-serif-padded, pdftotext lines 59-64): its cells cut in
    // columns two letters wide, «N» / «A» / «CI» …, «15» / «6»; the second line a row of its own
    const lines = fixtureText(MDI).split('\n');
    expect(lines[31]).toMatch(/^NACIONAL\t1\t156\tNACIONAL\t91\t65\t0\t/u);
    const r = parser.parse(source(MDI, fixtureText(MDI)));
    expect(r.flags.filter((f) => f.dataset === 'coverage')).toEqual([]);
    lines.splice(32, 0, `ACI ONAL\t\t6\tACION AL${'\t'.repeat(10)}sitorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/AmvD4rNx q6CdqsG`);
    const cut = parser.parse(source(MDI, lines.join('\n')));
    expect(cut.coverage.find((c) => c.source_line === 33)).toMatchObject({ level: 'ACI ONAL', users: 6, male: null });
    expect(cut.flags.filter((f) => f.source_line === 33).map((f) => [f.severity, f.code, f.message.replace(/:.*/su, '')]))
      .toEqual([['warning', 'value_missing', 'fila de coverage sin units, male, female, glbti']]);
  });

  it('reads no disposal from the row that declares none, cut over two lines by narrow columns', () => {
    // line 96 («NINGUNA | NO APLICA | \$0,00 | NO APLICA») as the text path gave it from A5 portrait, Arial
    // 6 pt, cells in the middle (check:layouts, otras8 a5-portrait-arial-6pt-ruled-middle-tight, pdftotext
    // lines 210-211): «NINGUN    NO» / «A         APLICA       \$0,00          NO APLICA»; it was read
    // as a disposal of kind «A», asset «APLICA», \$0
    const lines = fixtureText(IESS).split('\n');
    expect(lines[95]).toBe('NINGUNA\tNO APLICA\t\\$0,00\tNO APLICA');
    const r = parser.parse(source(IESS, fixtureText(IESS)));
    lines.splice(95, 1, 'NINGUN\tNO\t\t', 'A\tAPLICA\t\\$0,00\tNO APLICA');
    const cut = parser.parse(source(IESS, lines.join('\n')));
    expect(cut.disposals).toEqual(r.disposals);
    expect(cut.flags.filter((f) => f.source_line === 96 || f.source_line === 97)).toEqual([]);
    // (two lines of a real disposal are read as before: the second, with the amount, is the record)
    lines.splice(95, 2, 'DONACIONES\tCamionetas\t\t', 'RECIBIDAS\tde carga\t\\$1.000,00\tNO APLICA');
    expect(parser.parse(source(IESS, lines.join('\n'))).disposals.map((d) => [d.kind, d.amount])).toEqual([['RECIBIDAS', 1000]]);
  });

  it('warns on a goal whose row leaves its achieved figure or its percentage empty', () => {
    // goal 4.1 (line 143: 10,00 | 10,00 | 100,00 %) as the text path gave it from Letter portrait 8 pt
    // justified (check:layouts, otras letter-portrait-8pt-justified, pdftotext line 574): only a planned
    // figure read, the achieved and percentage cells empty
    const lines = fixtureText(MDI).split('\n');
    expect(lines[142]).toMatch(/^\t2\tFORTALECIMIENTO INSTITUCIONAL\t4\.1\. NÚMERO DE PROCESOS .*\t10,00\t10,00\t100,00 %\t/u);
    const r = parser.parse(source(MDI, fixtureText(MDI)));
    expect(r.flags.filter((f) => f.source_line === 143)).toEqual([]);
    lines[142] = lines[142]!.replace('\t10,00\t10,00\t100,00 %\t', '\t100\t\t\t');
    const cut = parser.parse(source(MDI, lines.join('\n')));
    expect(cut.goals.find((g) => g.source_line === 143)).toMatchObject({ goal_number: '4.1', planned: 100, achieved: null, pct_reported: null });
    expect(cut.flags.filter((f) => f.source_line === 143).map((f) => [f.severity, f.code, f.message.replace(/:.*/su, '')]))
      .toEqual([['warning', 'value_missing', 'fila de goals sin achieved, pct_reported']]);
  });

  it('reads a budget row whose type is packed one space before its description, and a goals total set a column further right', () => {
    // lines 76-77 and 71 as the text path gives them from Legal landscape, narrow 9 pt, cells at the bottom
    // (check:layouts, otras5 legal-landscape-narrow-9pt-rows-bottom, pdftotext lines 101-103): the header's
    // labels one space apart, so «META» and «Total» stay packed before their descriptions; the goals'
    // total under the description's column
    const lines = fixtureText(IESS).split('\n');
    expect(lines[75]).toMatch(/^META\t85% DE EJECUCIÓN PRESUPUESTARIA\t\\\$18\.215\.009,19\t/u);
    expect(lines[76]).toMatch(/^Total\tTOTAL % CUMPLIMIENTO DE LA GESTIÓN:\t\\\$18\.215\.009,19\t/u);
    expect(lines[70]).toBe('\tTOTAL % CUMPLIMIENTO DE LA GESTIÓN:\t\t\t\t\t107,06 %\t');
    lines[75] = lines[75]!.replace('META\t', 'META ');
    lines[76] = lines[76]!.replace('Total\t', 'Total ');
    lines[70] = '\t\tTOTAL % CUMPLIMIENTO DE LA GESTIÓN:\t\t\t\t\t107,06 %\t';
    const packed = parser.parse(source(IESS, lines.join('\n')));
    expect(packed.budget_lines).toEqual(r.budget_lines);
    expect(packed.report.goals_pct_reported).toBe(107.06);
    expect(packed.flags).toEqual(r.flags);
  });

  it('reads the goals under a second header row laid out as a table of its own, without its empty cells', () => {
    // line 69 as the text path gives it from A4 portrait, serif, padded rows (check:layouts, otras
    // a4-portrait-serif-padded, pdftotext lines 197-204): a blank line above and below, so its labels
    // come out from the first cell on, without the objective's and the indicator's empty cells
    const lines = fixtureText(IESS).split('\n');
    expect(lines[68]).toBe('\tNO. DE META\tDESCRIPCIÓN\t\tTOTALES PLANIFICADOS\tTOTALES CUMPLIDOS\t\t');
    lines[68] = 'NO. DE META\tDESCRIPCIÓN\tTOTAL ES PLANIFICADOS\tTOTAL ES CUMPLIDOS';
    const compact = parser.parse(source(IESS, lines.join('\n')));
    expect(compact.goals).toEqual(r.goals);
    expect(compact.flags).toEqual(r.flags);
  });

  it('skips the last line of header words a narrow column cut, and a header piece before the «%» of the next label: no record, no flag', () => {
    // as the text path gives them from Legal portrait, Arial 9 pt, zebra rows, spaced (check:layouts, otras6
    // legal-portrait-arial-9pt-zebra-spaced): line 36's genders and peoples end on pdftotext line 69 with
    // «O» / «O» / «O» / «A» / «NO» (of «FEMENINO», «MESTIZO», «CHOLO», «INDIGENA», «AFROECUATORIANO»); line 75's
    // budget header starts on pdftotext line 152 with «TIP», «PRESUPUEST» and «PRESUPUEST %», «%» opening
    // «% CUMPLIMIENTO DE LA GESTIÓN»
    const lines = fixtureText(IESS).split('\n');
    expect(lines[35]).toBe('\t\tMASCULINO\tFEMENINO\tGLBTI\tMONTUBIO\tMESTIZO\tCHOLO\tINDIGENA\tAFROECUATORIANO');
    const budget = lines.findIndex((l) => l.startsWith('TIPO\tDESCRIPCIÓN\t'));
    lines.splice(budget, 0, 'TIP\tDESCRIPCIÓN\tPRESUPUEST\tPRESUPUEST %\t\tLINK AL MEDIO DE VERIFICACIÓN');
    lines.splice(36, 0, '\t\t\tO\t\t\t\tO\tO\tA\tNO\t');
    const cut = parser.parse(source(IESS, lines.join('\n')));
    expect(cut.deliberations.map(({ source_line: _, ...d }) => d)).toEqual(r.deliberations.map(({ source_line: _, ...d }) => d));
    expect(cut.budget_lines.map(({ source_line: _, ...b }) => b)).toEqual(r.budget_lines.map(({ source_line: _, ...b }) => b));
    expect(codes(cut)).toEqual(codes(r));
  });

  it('skips the budget table\'s header cut apart into rows of its words\' pieces: no budget line', () => {
    // the budget header as the text path gives it from Letter portrait, Times 11 pt, header right (check:layouts,
    // otras8 letter-portrait-times-11pt-rows-header-right, parser text lines 96-99)
    const lines = fixtureText(IESS).split('\n');
    const at = lines.findIndex((l) => l.startsWith('TIPO\tDESCRIPCIÓN\t'));
    lines.splice(at, 1,
      'TI\tDESCRIPCIÓN\tPRESUPUES\tPRESUPUE\t%\tLINK AL MEDIO DE',
      'PO\t\tTO\t\tSTO\tCUMPLIMIEN\t\tVERIFICACIÓN PUBLICADO EN',
      '\tPLANIFICA\t\tEJECUTAD\t\tTO DE LA\t\tLA PÁG. WEB DE LA',
      '\t\tDO\t\tO\tGESTIÓN\t\tINSTITUCIÓN');
    const cut = parser.parse(source(IESS, lines.join('\n')));
    expect(cut.budget_lines.map(({ source_line: _, ...b }) => b)).toEqual(r.budget_lines.map(({ source_line: _, ...b }) => b));
    expect(codes(cut)).toEqual(codes(r));
  });

  it('raises exactly these flags', () => {
    expect(codes(r)).toEqual({ fragment: 1, year_inferred: 1 });
  });

  it('infers the year from the deliberation date when nothing mentions it', () => {
    const text = fixtureText(IESS).replace(/Rendición de Cuentas 2023/g, 'Rendición de Cuentas');
    const r2 = parser.parse(source('x.txt', text));
    expect([r2.report.year, r2.report.period]).toEqual([2023, '2023']);
    const f = r2.flags.find((x) => x.code === 'year_inferred')!;
    expect(f.source_line).toBe(37);
    expect(f.message).toContain('2024-03-20');
  });
});

describe('cpccs-rendicion: GAD variant (synthetic fixture)', () => {
  const r = parser.parse(fixture(GAD));

  it('flags each unrecognized GAD section that has a table, and only those', () => {
    const unrecognized = r.flags.filter((f) => f.code === 'section_unrecognized');
    expect(unrecognized.map((f) => [f.severity, f.source_line])).toEqual([
      ['info', 16],
      ['info', 22],
      ['info', 27],
    ]);
    expect(unrecognized[0]!.message).toContain('COMPETENCIAS EXCLUSIVAS:');
    expect(unrecognized[2]!.message).toContain('PRESUPUESTO PARTICIPATIVO:');
    expect(r.flags.some((f) => f.message.includes('SISTEMA DE PARTICIPACIÓN'))).toBe(false);
  });

  it('keeps what it recognizes', () => {
    expect(r.report.complete).toBe(true);
    expect(r.report.report_number).toBe('99999');
    expect(r.institution.ruc).toBe('0000000000001');
    expect(r.goals.map((g) => [g.goal_number, g.objective, g.planned, g.achieved, g.pct_reported, g.pct_computed, g.source_line])).toEqual([
      ['1.1', 'PLANIFICAR EL DESARROLLO CANTONAL Y FORMULAR LOS PLANES DE ORDENAMIENTO TERRITORIAL', 100, 80, 80, 80, 51],
      ['2.1', 'PRESTAR LOS SERVICIOS PÚBLICOS DE AGUA POTABLE', null, 10, 80, null, 53],
      [null, 'PLANIFICAR, CONSTRUIR Y MANTENER LA VIALIDAD URBANA', null, 40, 100, null, 55],
    ]);
    expect(r.budget_lines.map((b) => [b.line_type, b.planned, b.executed, b.source_line])).toEqual([
      ['PROYECTO', 50000, 40000, 61],
      ['PROYECTO', 1200000, 960000, 62],
    ]);
    expect(r.budget_summaries[0]!.executed).toBe(1000100);
    expect(r.procurement.map((p) => [p.procedure_key, p.awarded_count, p.awarded_amount, p.source_line])).toEqual([
      ['infima_cuantia', 12, 45000, 74],
      ['feria_inclusiva', 2, 30000, 77],
    ]);
    expect(r.disposals).toEqual([]);
    expect(r.recommendations).toHaveLength(1);
  });

  it('does not repair a split number that the reported % does not confirm', () => {
    const g = r.goals.find((x) => x.source_line === 53)!;
    expect(g.planned).toBeNull();
    expect(g.value_text).toBe('planificado: 12 5,00; cumplido: 10,00');
    const f = r.flags.find((x) => x.code === 'value_suspicious')!;
    expect([f.dataset, f.field, f.source_line]).toEqual(['goals', 'planned', 53]);
    expect(r.flags.some((x) => x.code === 'number_repaired')).toBe(false);
  });

  it('flags totals that do not add up', () => {
    const mismatches = r.flags.filter((f) => f.code === 'total_mismatch').map((f) => [f.dataset, f.field, f.source_line]);
    expect(mismatches).toEqual([
      ['deliberations', 'attendees', 45],
      ['goals', 'pct_reported', 56],
      ['budget_lines', 'executed', 63],
    ]);
    expect(r.flags.find((f) => f.dataset === 'budget_lines')!.message).toContain('diferencia $100,00');
  });

  it('raises exactly these flags', () => {
    expect(codes(r)).toEqual({ section_unrecognized: 3, total_mismatch: 3, value_suspicious: 1 });
  });
});

describe('cpccs-rendicion: drafts fit the data contract', () => {
  const owned = { report_id: 'r', institution_id: 'i', year: 2023, source_file: 'f.txt' };
  const datasets = ['budget_lines', 'budget_summaries', 'goals', 'procurement', 'disposals', 'recommendations', 'deliberations', 'coverage'] as const;
  it.each([MDI, IESS, GAD])('%s', (name) => {
    const r = parser.parse(fixture(name));
    for (const ds of datasets) {
      for (const rec of r[ds]) expect(DATASETS[ds].safeParse({ ...owned, ...rec }).error).toBeUndefined();
    }
    for (const f of r.flags) {
      expect(DATASETS.flags.safeParse({ ...f, report_id: 'r', institution_id: 'i', source_file: 'f.txt' }).error).toBeUndefined();
    }
    const report = { ...r.report, id: 'r', institution_id: 'i', format: 'cpccs-rendicion', source_file: 'f.txt',
      institution_name_reported: null, institution_ruc_reported: null, institution_match: 'ruc', sha256: '0'.repeat(64),
      duplicate_of: null, headline: true, page_starts: null };
    expect(DATASETS.reports.safeParse(report).error).toBeUndefined();
  });
});

describe('cpccs-rendicion: bad input never throws', () => {
  const mdiText = fixtureText(MDI);
  const base = parser.parse(fixture(MDI));

  it('empty text', () => {
    const r = parser.parse(source('empty.txt', ''));
    expect(r.report.complete).toBe(false);
    expect(r.goals).toEqual([]);
    expect(r.budget_lines).toEqual([]);
    expect(r.flags.map((f) => f.code).sort()).toEqual(['fragment', 'value_missing']);
    expect(r.flags.find((f) => f.code === 'value_missing')!.severity).toBe('error');
  });

  it('only whitespace', () => {
    const r = parser.parse(source('ws.txt', ' \n\t\t\n   \n'));
    expect(r.procurement).toEqual([]);
    expect(r.report.year).toBe(0);
  });

  it('text truncated halfway (mid-line)', () => {
    const r = parser.parse(source('half.txt', mdiText.slice(0, Math.floor(mdiText.length / 2))));
    expect(r.report.report_number).toBe('13359');
    expect(r.report.year).toBe(2023);
    expect(r.report.complete).toBe(false);
    expect(r.coverage).toHaveLength(1);
    expect(r.goals).toEqual([]);
    expect(r.flags.some((f) => f.code === 'fragment')).toBe(true);
  });

  it('text truncated inside the budget table keeps the lines read so far', () => {
    const r = parser.parse(source('cut.txt', mdiText.split('\n').slice(0, 154).join('\n')));
    expect(r.goals).toHaveLength(11);
    expect(r.budget_lines.map((b) => b.source_line)).toEqual([151, 152, 153, 154]);
    expect(r.budget_summaries).toEqual([]);
    expect(r.report.complete).toBe(false);
  });

  it('CRLF text, once normalized, parses the same; unnormalized CR does not change the figures', () => {
    const crlf = mdiText.replace(/\n/g, '\r\n');
    expect(parser.parse(source(MDI, crlf.replace(/\r\n/g, '\n')))).toEqual(base);
    const raw = parser.parse(source(MDI, crlf));
    expect(raw.goals).toEqual(base.goals);
    expect(raw.budget_lines).toEqual(base.budget_lines);
    expect(raw.budget_summaries).toEqual(base.budget_summaries);
    expect(raw.procurement).toEqual(base.procurement);
    expect(raw.report).toEqual(base.report);
  });

  it('a 5 MB line', () => {
    const big = 'x'.repeat(5 * 1024 * 1024);
    const t0 = Date.now();
    expect(parser.detect(source('big.txt', big))).toBe(false);
    const r = parser.parse(source('big.txt', big));
    expect(r.flags.find((f) => f.code === 'line_too_long')!.source_line).toBe(1);
    // Inside a real report, after the last line, with tabs and unclosed HTML tags.
    const hostile = `${mdiText}\n${'<a\t1,00 '.repeat(650_000)}`;
    const r2 = parser.parse(source(MDI, hostile));
    expect(r2.budget_lines).toEqual(base.budget_lines);
    expect(r2.recommendations).toHaveLength(2);
    expect(r2.flags.find((f) => f.code === 'line_too_long')!.source_line).toBe(206);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it('unknown headings and rows in odd places', () => {
    const text = [
      'PRESUPUESTO INSTITUCIONAL:',
      'texto suelto sin tabuladores',
      'N/A\tS/N\tNO APLICA',
      'CUMPLIMIENTO DE LA EJECUCIÓN PROGRAMÁTICA:',
      '\t1\tMETA\t1.1. INDICADOR X\t00,00%\tabc\t12,5 %\t',
      'PROCESOS DE CONTRATACIÓN Y COMPRAS PÚBLICAS DE BIENES Y SERVICIOS:',
      '\t3\t\\$10,00\t1\t\\$5,00\t',
      'UNA SECCIÓN NUEVA:',
      'a\tb',
    ].join('\n');
    const r = parser.parse(source('odd.txt', text));
    expect(r.budget_summaries).toEqual([]);
    expect(r.procurement).toEqual([]); // values without a procedure label are not a row
    expect(r.goals).toHaveLength(1);
    expect([r.goals[0]!.planned, r.goals[0]!.achieved, r.goals[0]!.pct_reported]).toEqual([null, null, 12.5]);
    expect(codes(r)).toMatchObject({ section_unrecognized: 1, value_suspicious: 2 });
  });
});
