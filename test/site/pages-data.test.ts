import { describe, expect, it } from 'vitest';
import { DATASETS } from '../../src/schema/datasets.ts';
import { commitmentsPlan } from '../../src/site/commitments.ts';
import { dataDictionary, datasetCsv, datasetFields, datasetJson } from '../../src/site/dictionary.ts';
import { FLAG_CODE_LIST, FLAG_INFO, FlagIndex, sortFlags } from '../../src/site/flags.ts';
import { homeData } from '../../src/site/home.ts';
import { coverage, indexOptions, institutionIndex } from '../../src/site/institutions.ts';
import { fixture, MDI, MDI_FILE, plain } from './helpers.ts';

const ds = fixture();

describe('institutionIndex', () => {
  const rows = institutionIndex(ds);
  it('lists every institution of the catalogue (and the IESS fragment\'s unit), by name', () => {
    expect(rows).toHaveLength(17);
    expect(rows.find((r) => r.id === 'unidad-no-identificada-2023-iess-unidad-rendicion-de-cuentas-fragmento')!.name)
      .toBe('Unidad no identificada del IESS — informe parcial');
    expect(rows[0]!.name).toBe('Administración Zonal Manuela Sáenz');
  });
  it('latest figures, null where not reported', () => {
    const mdi = rows.find((r) => r.id === MDI)!;
    expect(mdi).toMatchObject({ years: [2023], reports: 1, budget_year: 2023, planned: 78537516.23, pct_executed: 40.39, budget_basis: 'reported', goals_year: 2023, pct_goals: 112.37, pct_goals_capped: 72.38, commitments: 0, flags: 5 });
    const mintel = rows.find((r) => r.id === 'ministerio-de-telecomunicaciones-y-de-la-sociedad-de-la-informacion')!;
    expect(mintel).toMatchObject({ years: [], reports: 0, planned: null, pct_executed: null, pct_goals: null, commitments: 2 });
    const cne = rows.find((r) => r.id === 'consejo-nacional-electoral')!;
    expect(cne.pct_goals).toBeNull();
    const az = rows.find((r) => r.id === 'administracion-zonal-manuela-saenz')!;
    expect(az).toMatchObject({ budget_basis: 'sum_of_lines', planned: 5500, pct_executed: 88.8, pct_goals: 100 });
  });
  it('filter options', () => {
    const o = indexOptions(rows);
    expect(o.levels.map((l) => l.value)).toEqual(['cantonal', 'nacional', 'zonal']);
    expect(o.functions.map((l) => l.value)).toEqual(['ejecutiva', 'electoral', 'gad', 'multiactor', 'transparencia y control social']);
  });
});

describe('commitmentsPlan', () => {
  const p = commitmentsPlan(ds);
  it('groups by theme in plan order, with milestones', () => {
    expect(p.themes.map((t) => [t.theme, t.anchor, t.commitments.map((c) => c.number)])).toEqual([
      ['Datos Abiertos', 'eje-datos-abiertos', [1, 2]],
      ['Desarrollo de capacidades para la transparencia', 'eje-desarrollo-de-capacidades-para-la-transparencia', [5]],
      ['Innovación Pública', 'eje-innovacion-publica', [9, 10]],
    ]);
    const c1 = p.themes[0]!.commitments[0]!;
    expect(c1.id).toBe('2019-2022-plan-de-accion-gobierno-abierto-ecuador-1');
    expect(c1.milestones.map((m) => [m.number, m.start, m.end, m.source_line])[6]).toEqual([7, '2021-01', '2022-04', 890]);
    expect(c1.institutions.map((i) => i.acronym)).toEqual(['MINTEL']);
  });
  it('by institution and timeline', () => {
    expect(p.byInstitution.map((x) => [x.institution.id, x.commitments.length])).toEqual([
      ['ministerio-de-energia-y-recursos-naturales-no-renovables', 1],
      ['ministerio-de-telecomunicaciones-y-de-la-sociedad-de-la-informacion', 2],
      ['ministerio-del-trabajo', 1],
      ['presidencia-de-la-republica-del-ecuador', 1],
      ['secretaria-tecnica-de-planificacion-planifica-ecuador', 1],
    ]);
    expect(p.timeline).toHaveLength(5 + 28);
    expect(p.timeline[0]).toEqual({ id: '2019-2022-plan-de-accion-gobierno-abierto-ecuador-1', label: '1. Elaboración colaborativa de la política de datos abiertos y la guía para su implementación', group: 'Datos Abiertos', start: '2020-02', end: '2022-04', kind: 'commitment' });
    expect(p.timeline[1]).toEqual({ id: '2019-2022-plan-de-accion-gobierno-abierto-ecuador-1-hito-1', label: 'Hito 1', group: '2019-2022-plan-de-accion-gobierno-abierto-ecuador-1', start: '2020-02', end: '2020-04', kind: 'milestone' });
    expect(p.span).toEqual({ start: '2020-01', end: '2022-06' });
    expect(p.milestoneCount).toBe(28);
    expect(p.undated).toBe(0);
    expect(p.takeaway).toBe('5 compromisos con 28 hitos, de enero 2020 a junio 2022.');
    expect(p.overview.map((t) => t.id.replace(/^.*-/, ''))).toEqual(['1', '2', '5', '9', '10']);
    expect(p.themes.map((t) => [t.timeline.length, t.takeaway])).toEqual([
      [14, '2 compromisos con 12 hitos, de enero 2020 a abril 2022.'],
      [6, '1 compromiso con 5 hitos, de enero 2020 a agosto 2021.'],
      [13, '2 compromisos con 11 hitos, de enero 2020 a junio 2022.'],
    ]);
  });
});

describe('homeData', () => {
  const h = homeData(ds);
  it('headlines', () => {
    // The IESS fragment is one unit's partial report: shown as such, never as the IESS.
    expect(h.budgetRanking.map((r) => r.institution_id)).toEqual(['unidad-no-identificada-2023-iess-unidad-rendicion-de-cuentas-fragmento', 'ministerio-del-interior']);
    expect(plain(h.budgetHeadline!)).toBe('La Unidad no identificada del IESS — informe parcial ejecutó 91,13 % de su presupuesto en 2023; el Ministerio del Interior, 40,39 % en 2023.');
    expect(plain(h.goalsHeadline!)).toBe('El Ministerio del Interior declara 112,37 % de cumplimiento de metas; si ninguna meta cuenta más de 100 %, el promedio es 72,38 %.');
    expect(h.counts).toEqual({ institutions: 17, institutionsWithFigures: 4, reports: 5, budgetLines: 10, goals: 17, procurement: 13, commitments: 5, flags: 9 });
  });
  it('latest reports: most recent year and date first', () => {
    expect(h.latest.map((l) => l.report.id)).toEqual([
      '2023-iess-unidad-rendicion-de-cuentas-fragmento',
      '2023-ministerio-del-interior-rendicion-de-cuentas',
      '2023-consejo-nacional-electoral-lotaip-a4-metas',
      '2019-2022-plan-de-accion-gobierno-abierto-ecuador',
      '2021-quito-az-manuela-saenz-informe-de-gestion',
    ]);
  });
});

describe('data dictionary', () => {
  it('descriptions come from the zod schemas', () => {
    const f = datasetFields('budget_summaries');
    expect(f.map((x) => x.name)).toEqual(Object.keys(DATASETS.budget_summaries.shape));
    expect(f.find((x) => x.name === 'planned')).toEqual({ name: 'planned', description: 'Presupuesto institucional codificado total (USD)', type: 'número', nullable: true });
    expect(f.find((x) => x.name === 'basis')!.type).toBe('uno de: reported, sum_of_lines');
    expect(f.find((x) => x.name === 'source_line')!.type).toBe('entero');
    expect(datasetFields('institutions').find((x) => x.name === 'domains')!.type).toBe('lista de texto (en CSV separada por "|")');
    expect(datasetFields('reports').find((x) => x.name === 'format')!.description).toBe('Formato de origen del informe');
    expect(datasetFields('reports').find((x) => x.name === 'date')!.type).toBe('fecha (AAAA-MM-DD)');
    const all = dataDictionary(ds);
    expect(all).toHaveLength(14);
    expect(all.every((d) => d.fields.every((x) => x.description.length > 0))).toBe(true);
    expect(all.find((d) => d.name === 'goals')!.rows).toBe(17);
  });
  it('CSV joins arrays with "|" and leaves nulls empty; JSON round-trips', () => {
    const csv = datasetCsv('institutions', ds).split('\n');
    expect(csv[0]).toBe('\ufeffid,name,acronym,ruc,level,function,type,parent_id,domains,aliases');
    expect(csv).toContain('ministerio-del-interior,Ministerio del Interior,MDI,1798194735001,nacional,ejecutiva,ministerio,,ministeriodelinterior.gob.ec|repositorio.ministeriodelinterior.gob.ec,');
    expect(JSON.parse(datasetJson('goals', ds))).toEqual(ds.goals);
  });
});

describe('flags', () => {
  it('every code has a meaning', () => {
    for (const code of FLAG_CODE_LIST) expect(FLAG_INFO[code].description.length).toBeGreaterThan(20);
  });
  it('FlagIndex attaches by file, dataset and line; leftovers are unattached', () => {
    const idx = new FlagIndex(ds.flags);
    const rf = idx.attach('budget_summaries', { source_file: MDI_FILE, source_line: 164 });
    expect(rf.byField.get('executed')!.map((f) => f.code)).toEqual(['total_mismatch']);
    expect(idx.attach('budget_summaries', { source_file: 'otro.txt', source_line: 164 }).all).toEqual([]);
    expect(idx.unattached('budget_summaries', 'budget_lines').map((f) => f.source_line)).toEqual([159]);
    expect(sortFlags(ds.flags)[0]!.severity).toBe('warning');
  });
  it('sortFlags keeps each code in one run, codes ordered by their worst severity', () => {
    const mk = (code: 'value_missing' | 'value_suspicious' | 'fragment', severity: 'error' | 'warning' | 'info', line: number) =>
      ({ report_id: null, institution_id: null, severity, code, message: 'm', dataset: null, field: null, source_file: 'a.txt', source_line: line });
    const sorted = sortFlags([mk('value_missing', 'info', 1), mk('value_suspicious', 'info', 2), mk('fragment', 'error', 9), mk('value_suspicious', 'warning', 5)]);
    expect(sorted.map((f) => `${f.code}/${f.severity}/${f.source_line}`)).toEqual([
      'fragment/error/9', 'value_suspicious/warning/5', 'value_suspicious/info/2', 'value_missing/info/1',
    ]);
  });
});

describe('goal anchors', () => {
  it('meta-<year>-<n>, with the report order when an institution has two reports the same year', async () => {
    const { goalAnchorPrefix } = await import('../../src/site/goals.ts');
    const mdi = ds.reports.find((r) => r.institution_id === MDI)!;
    expect(goalAnchorPrefix(ds.reports, mdi)).toBe('meta-2023');
    const twin = { ...mdi, id: '2023-ministerio-del-interior-lotaip', format: 'lotaip-a4' as const };
    expect(goalAnchorPrefix([...ds.reports, twin], mdi)).toBe('meta-2023-2'); // ids sorted: ...-lotaip < ...-rendicion-...
    expect(goalAnchorPrefix([...ds.reports, twin], twin)).toBe('meta-2023-1');
  });
});

describe('chart post-processing', () => {
  it('keeps the root aria-label and drops the inner ones', async () => {
    const { stripInnerAria } = await import('../../src/site/charts.ts');
    expect(stripInnerAria('<svg aria-label="Gráfico" role="img"><g aria-label="rule"><line/></g><text aria-label="x">a</text></svg>'))
      .toBe('<svg aria-label="Gráfico" role="img"><g><line/></g><text>a</text></svg>');
  });
});

describe('honest coverage', () => {
  // From test/fixtures/site/{budget_summaries,budget_lines,goals,procurement}.json: figures exist for
  // the Administración Zonal Manuela Sáenz, the CNE (goals), the Ministerio del Interior and the IESS unit.
  const rows = institutionIndex(ds);
  it('counts the institutions with figures: 4 of 17', () => {
    expect(coverage(rows)).toEqual({ withFigures: 4, total: 17, text: 'Instituciones con cifras: 4 de 17' });
    expect(homeData(ds).counts).toMatchObject({ institutions: 17, institutionsWithFigures: 4 });
  });
  it('lists the institutions with figures first, each group by name', () => {
    expect(rows.slice(0, 5).map((r) => [r.id, r.with_figures])).toEqual([
      ['administracion-zonal-manuela-saenz', true],
      ['consejo-nacional-electoral', true],
      ['ministerio-del-interior', true],
      ['unidad-no-identificada-2023-iess-unidad-rendicion-de-cuentas-fragmento', true],
      [rows[4]!.id, false],
    ]);
    expect(rows.find((r) => r.id === 'municipio-del-distrito-metropolitano-de-quito')!.with_figures).toBe(false);
  });
});
