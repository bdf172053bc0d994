/**
 * The acceptance figures, read end to end (driver + PDF extraction + parsers + resolver +
 * schemas) from the six bundled reports: five texts and one PDF.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestParallel } from '../../src/ingest/parallel.ts';
import { pageOfLine } from '../../src/lib/pdf.ts';
import type { Datasets } from '../../src/schema/datasets.ts';

const PORTOPARQUES = 'empresa-publica-municipal-de-parques-cementerios-areas-verdes-zonas-de-recreacion-y-espacios-culturales-de-portoviejo-portoparques-ep';

let d: Datasets;
beforeAll(async () => {
  d = (await ingestParallel({ reportsDir: 'data/reports', institutionsFile: 'data/institutions.csv' })).datasets;
}, 120_000);
const of = <T extends { institution_id: string }>(rows: T[], id: string) => rows.filter((r) => r.institution_id === id);

describe('bundled reports', () => {
  it('every file becomes one report of the right format and institution, with no error flag', () => {
    expect(d.reports.map((r) => [r.source_file, r.format, r.institution_id, r.year])).toEqual([
      ['2019-2022-plan-de-accion-gobierno-abierto-ecuador.txt', 'ogp-plan', 'gobierno-abierto-ecuador', 2022],
      ['2021-quito-az-manuela-saenz-informe-de-gestion.txt', 'informe-gestion', 'administracion-zonal-manuela-saenz', 2021],
      ['2023-consejo-nacional-electoral-lotaip-a4-metas.txt', 'lotaip-a4', 'consejo-nacional-electoral', 2023],
      ['2023-iess-unidad-rendicion-de-cuentas-fragmento.txt', 'cpccs-rendicion', 'unidad-no-identificada-2023-iess-unidad-rendicion-de-cuentas-fragmento', 2023],
      ['2023-ministerio-del-interior-rendicion-de-cuentas.txt', 'cpccs-rendicion', 'ministerio-del-interior', 2023],
      // A document whose figures are not read yet: its header names the company without the quoted
      // acronym the management report prints («… DE PORTOVIEJO» + RUC 1360084630001, p. 1 lines 2–3).
      ['portoparques-2025-informe-anual-lotaip.pdf', 'documento', PORTOPARQUES, 2025],
      ['portoparques-2025-informe-gestion.pdf', 'informe-gestion-tablas', PORTOPARQUES, 2025],
    ]);
    expect(d.flags.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('Ministerio del Interior 2023: codificado, 8 lines, 11 goals at 112,37 %, 9 procedure types', () => {
    const id = 'ministerio-del-interior';
    const summary = of(d.budget_summaries, id);
    expect(summary).toHaveLength(1);
    expect(summary[0]).toMatchObject({ planned: 78537516.23, executed: 31717549.13, pct_reported: 40.39, pct_computed: 40.39, source_line: 164 });
    expect(of(d.budget_lines, id)).toHaveLength(8);
    expect(of(d.goals, id)).toHaveLength(11);
    expect(d.reports.find((r) => r.institution_id === id)).toMatchObject({ goals_pct_reported: 112.37, budget_pct_reported: 40.39, report_number: '13359' });
    const proc = of(d.procurement, id);
    expect(proc.map((p) => p.procedure_key).sort()).toEqual([
      'catalogo_electronico', 'consultoria', 'cotizacion', 'infima_cuantia', 'licitacion', 'otras',
      'produccion_nacional', 'regimen_especial', 'subasta_inversa_electronica',
    ]);
  });

  it('flags the $9.999,90 difference between the two executed totals and the repaired OCR split', () => {
    const mdi = d.flags.filter((f) => f.institution_id === 'ministerio-del-interior');
    const mismatch = mdi.find((f) => f.code === 'total_mismatch');
    expect(mismatch?.message).toContain('9.999,90');
    expect(mdi.filter((f) => f.code === 'number_repaired').map((f) => [f.field, f.source_line]).sort()).toEqual([['achieved', 138], ['planned', 138]]);
    const goal = d.goals.find((g) => g.source_line === 138 && g.institution_id === 'ministerio-del-interior');
    expect(goal).toMatchObject({ planned: 148058831, achieved: 244072392.41, pct_reported: 164.85, pct_computed: 164.85 });
  });

  it('IESS fragment: budget 18.215.009,19 / 16.599.214,93 (91,13 %), 4 procurement rows, published as an unidentified unit of the IESS', () => {
    const id = 'unidad-no-identificada-2023-iess-unidad-rendicion-de-cuentas-fragmento';
    expect(of(d.budget_summaries, id)[0]).toMatchObject({ planned: 18215009.19, executed: 16599214.93, pct_reported: 91.13 });
    expect(of(d.procurement, id).map((p) => p.procedure_key)).toEqual(['catalogo_electronico', 'infima_cuantia', 'regimen_especial', 'subasta_inversa_electronica']);
    const report = d.reports.find((r) => r.institution_id === id)!;
    expect(report).toMatchObject({ complete: false, institution_match: 'domain', institution_name_reported: null, headline: true, duplicate_of: null });
    expect(d.institutions.find((i) => i.id === id)).toMatchObject({
      name: 'Unidad no identificada del IESS', parent_id: 'instituto-ecuatoriano-de-seguridad-social', level: 'nacional',
    });
    // Its figures are never the IESS's own.
    const iess = 'instituto-ecuatoriano-de-seguridad-social';
    for (const rows of [d.reports, d.budget_summaries, d.budget_lines, d.procurement, d.goals] as { institution_id: string }[][]) {
      expect(of(rows, iess)).toEqual([]);
    }
    const flags = d.flags.filter((f) => f.institution_id === id);
    expect(flags.map((f) => f.code).sort()).toEqual(['fragment', 'institution_inferred', 'year_inferred']);
    expect(flags.find((f) => f.code === 'institution_inferred')!.message).toBe(
      'el informe no nombra a su institución; sus enlaces apuntan a iess.gob.ec: se publica como unidad no identificada de '
      + '"Instituto Ecuatoriano de Seguridad Social", nunca como cifras de esa institución (2023-iess-unidad-rendicion-de-cuentas-fragmento.txt)',
    );
  });

  it("CNE: 'Porcentaje de ejecución presupuestaria institucional' 70,36 %", () => {
    const g = d.goals.find((x) => x.institution_id === 'consejo-nacional-electoral' && x.source_line === 7);
    expect(g).toMatchObject({ indicator: 'Porcentaje de ejecución presupuestaria institucional', planned: 70.36, value_unit: '%', unit_number: 1 });
  });

  it('Quito: project 5.500,00 / 4.884,15 (88,80 %) and its 2 goals', () => {
    const id = 'administracion-zonal-manuela-saenz';
    expect(of(d.budget_lines, id).map((l) => [l.planned, l.executed, l.pct_reported, l.pct_computed])).toEqual([[5500, 4884.15, 88.8, 88.8]]);
    expect(of(d.goals, id).map((g) => [g.goal_number, g.planned, g.achieved, g.pct_reported])).toEqual([['1', 21, 21, 100], ['2', 44, 44, 100]]);
  });

  it('PORTOPARQUES 2025 (PDF): TOTALES 4.783.023,29 / 3.270.778,15 (68,38 %) on page 23, 7 expense groups, 28 goals', () => {
    // Figures and pages read by hand: test/fixtures/informe-gestion-tablas/README.md.
    const report = d.reports.find((r) => r.source_file === 'portoparques-2025-informe-gestion.pdf')!;
    expect(report.page_starts).toHaveLength(40);
    const summary = of(d.budget_summaries, PORTOPARQUES);
    expect(summary.map((s) => [s.planned, s.executed, s.pct_reported])).toEqual([[4783023.29, 3270778.15, 68.38]]);
    expect(pageOfLine(report.page_starts, summary[0]!.source_line)).toBe(23);
    expect(of(d.budget_lines, PORTOPARQUES).map((l) => [l.category, l.planned, l.executed])).toEqual([
      ['51 GASTOS EN PERSONAL', 588065.93, 526889.63], ['53 BIENES Y SERVICIOS DE CONSUMO', 1731919.11, 1441982.19],
      ['57 OTROS GASTOS', 19916.12, 17418.62], ['71 GASTOS EN PERSONAL PARA INVERSION', 1016282.24, 907609.56],
      ['73 BIENES Y SERVICIOS DE CONSUMO PARA INVERSION', 248630.4, 0], ['84 ACTIVOS DE LARGA DURACIÓN', 78665, 15744],
      ['97 PASIVO CIRCULANTE', 1099544.49, 361134.15],
    ]);
    const goals = of(d.goals, PORTOPARQUES);
    expect(goals).toHaveLength(28);
    // Page 21: "Número de Espacios concesionados." meta 44, ejecución 60.
    const annual = goals.find((g) => g.indicator === 'Número de Espacios concesionados.')!;
    expect([annual.planned, annual.achieved, pageOfLine(report.page_starts, annual.source_line)]).toEqual([44, 60, 21]);
    expect(d.flags.filter((f) => f.institution_id === PORTOPARQUES && f.severity !== 'info')).toEqual([]);
  });

  it('the stated goals total cites the line that prints it: MDI 112,37 % at line 146, IESS 107,06 % at line 71; no other report states one', () => {
    // Read by hand in data/reports: line 146 of the Ministerio del Interior's form and line 71 of the IESS
    // fragment are their «TOTAL % CUMPLIMIENTO DE LA GESTIÓN:» rows (the budget table's Total rows, 159 and 77,
    // say «TOTAL % CUMPLIMIENTO DE LA GESTIÓN:» too, with money and 40,40 % / 91,13 %).
    expect(d.reports.map((r) => [r.source_file, r.goals_pct_reported, r.goals_pct_reported_line])).toEqual([
      ['2019-2022-plan-de-accion-gobierno-abierto-ecuador.txt', null, null],
      ['2021-quito-az-manuela-saenz-informe-de-gestion.txt', null, null],
      ['2023-consejo-nacional-electoral-lotaip-a4-metas.txt', null, null],
      ['2023-iess-unidad-rendicion-de-cuentas-fragmento.txt', 107.06, 71],
      ['2023-ministerio-del-interior-rendicion-de-cuentas.txt', 112.37, 146],
      ['portoparques-2025-informe-anual-lotaip.pdf', null, null],
      ['portoparques-2025-informe-gestion.pdf', null, null],
    ]);
  });

  it('OGP: 10 commitments with their milestone counts, each milestone once', () => {
    expect(d.commitments.map((c) => c.milestone_count)).toEqual([7, 5, 9, 4, 5, 4, 9, 5, 5, 6]);
    for (const c of d.commitments) expect(d.milestones.filter((m) => m.commitment_id === c.id)).toHaveLength(c.milestone_count);
    expect(d.commitments[8]!.institution_ids).toEqual(['presidencia-de-la-republica-del-ecuador', 'ministerio-de-telecomunicaciones-y-de-la-sociedad-de-la-informacion']);
    expect(d.commitments.every((c) => c.institution_ids.length > 0)).toBe(true);
  });

  it('every extracted row keeps its source file and a line inside it', () => {
    for (const name of ['budget_lines', 'budget_summaries', 'goals', 'procurement', 'milestones', 'commitments'] as const) {
      for (const r of d[name]) expect(r.source_line, `${name} ${r.source_file}`).toBeGreaterThan(0);
    }
  });
});
