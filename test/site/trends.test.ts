/**
 * Years side by side. The 2023 figures are the Ministerio del Interior's in test/fixtures/site
 * (budget: 40,39 % computed at line 164; goals: capped mean 72,38 %; procurement: $26.477.060,41
 * awarded); the 2022 report is made here with round figures (35 % executed, $1.000.000,00
 * awarded, no goals), so each change is a subtraction done by hand below.
 */
import { describe, expect, it } from 'vitest';
import type { Datasets } from '../../src/schema/datasets.ts';
import { formatChange, institutionTrend } from '../../src/site/trends.ts';
import { fixture, MDI, plain } from './helpers.ts';

function twoYears(): Datasets {
  const ds = fixture();
  const r23 = ds.reports.find((r) => r.institution_id === MDI)!;
  const r22 = { ...r23, id: '2022-mdi', year: 2022, source_file: '2022-mdi.txt', headline: true, duplicate_of: null };
  const s23 = ds.budget_summaries.find((s) => s.report_id === r23.id)!;
  const p23 = ds.procurement.find((p) => p.report_id === r23.id)!;
  return {
    ...ds,
    reports: [...ds.reports, r22],
    budget_summaries: [...ds.budget_summaries, { ...s23, report_id: r22.id, year: 2022, source_file: r22.source_file, source_line: 90, planned: 100, executed: 35, pct_computed: 35, pct_reported: 35 }],
    procurement: [...ds.procurement, { ...p23, report_id: r22.id, year: 2022, source_file: r22.source_file, source_line: 120, awarded_amount: 1000000, finalized_amount: null }],
  };
}

describe('institutionTrend', () => {
  it('one row per year, oldest first, with the change from the year before and each source', () => {
    const t = institutionTrend(twoYears(), MDI);
    expect(t.map((y) => y.year)).toEqual([2022, 2023]);
    expect(t[0]!.budget).toEqual({ value: 35, change: null, source_file: '2022-mdi.txt', source_line: 90, report_id: '2022-mdi' });
    expect(t[1]!.budget).toMatchObject({ value: 40.39, change: 5.39, source_file: '2023-ministerio-del-interior-rendicion-de-cuentas.txt', source_line: 164 });
    expect(t[0]!.procurement.value).toBe(1000000);
    expect(t[1]!.procurement.value).toBe(26477060.41);
    expect(t[1]!.procurement.change).toBe(25477060.41);
  });
  it('a year without goals is null, never zero, and no change is computed against it', () => {
    const t = institutionTrend(twoYears(), MDI);
    expect(t[0]!.goals.value).toBeNull();
    expect(t[1]!.goals.value).toBe(72.38);
    expect(t[1]!.goals.change).toBeNull();
  });
  it('no trend with a single year', () => {
    expect(institutionTrend(fixture(), MDI)).toEqual([]);
  });
});

describe('formatChange', () => {
  it('percentage points and dollars, with a sign', () => {
    expect(formatChange(5.39, 'pct')).toBe('+5,39\u00a0p.\u00a0p.');
    expect(formatChange(-2, 'pct')).toBe('\u22122\u00a0p.\u00a0p.');
    expect(formatChange(25477060.41, 'usd')).toBe('+$25.477.060,41');
    expect(formatChange(null, 'usd')).toBe('');
  });
});

describe('institutionTrend on the two-year fixture set (test/fixtures/trends/README.md)', () => {
  it('Luis Vargas Torres: each year its figures, sources and change, read by hand', async () => {
    const { trendsDatasets, LVT, LVT_2022, LVT_2023, MONTECRISTI } = await import('../support/trends.ts');
    const ds = trendsDatasets();
    const t = institutionTrend(ds, LVT);
    expect(t.map((y) => y.year)).toEqual([2022, 2023]);
    expect(t[0]!.budget).toEqual({ value: 73.89, change: null, source_file: LVT_2022, source_line: 179, report_id: LVT_2022.replace(/\.txt$/, '') });
    expect(t[1]!.budget).toEqual({ value: 84.29, change: 10.4, source_file: LVT_2023, source_line: 178, report_id: LVT_2023.replace(/\.txt$/, '') });
    expect(t[0]!.goals).toEqual({ value: 97.77, change: null, source_file: LVT_2022, source_line: 143, report_id: LVT_2022.replace(/\.txt$/, '') });
    expect(t[1]!.goals).toEqual({ value: 55.18, change: -42.59, source_file: LVT_2023, source_line: 146, report_id: LVT_2023.replace(/\.txt$/, '') });
    expect(t[0]!.procurement).toEqual({ value: 251148.7, change: null, source_file: LVT_2022, source_line: 185, report_id: LVT_2022.replace(/\.txt$/, '') });
    expect(t[1]!.procurement).toEqual({ value: 284333.08, change: 33184.38, source_file: LVT_2023, source_line: 184, report_id: LVT_2023.replace(/\.txt$/, '') });
    expect(institutionTrend(ds, MONTECRISTI)).toEqual([]);
  });
});

describe('the trend figure: panels, sentences, citation', () => {
  it('Luis Vargas Torres: three panels, one sentence per figure from the first year to the last, each report cited at its lines', async () => {
    const { trendsDatasets, LVT, LVT_2022, LVT_2023 } = await import('../support/trends.ts');
    const { trendFigure, trendPanels, trendSentences } = await import('../../src/site/trends.ts');
    const ds = trendsDatasets();
    const t = institutionTrend(ds, LVT);
    expect(trendPanels(t).map((p) => [p.title, p.unit, p.points.map((x) => x.source)])).toEqual([
      ['Ejecución del presupuesto', '%', [`${LVT_2022}:179`, `${LVT_2023}:178`]],
      ['Metas: promedio con tope de 100\u00a0%', '%', [`${LVT_2022}:143`, `${LVT_2023}:146`]],
      ['Contratación adjudicada', 'USD', [`${LVT_2022}:185`, `${LVT_2023}:184`]],
    ]);
    expect(trendSentences(t).map(plain)).toEqual([
      'La ejecución del presupuesto pasó de 73,89 % en 2022 a 84,29 % en 2023 (+10,4 p. p.).',
      'El promedio de metas con tope de 100 % pasó de 97,77 % en 2022 a 55,18 % en 2023 (\u221242,59 p. p.).',
      'El monto adjudicado en contratación pasó de $251.148,70 en 2022 a $284.333,08 en 2023 (+$33.184,38).',
    ]);
    const f = trendFigure(ds, LVT, 'GAD Parroquial Rural de Luis Vargas Torres', t)!;
    expect(f.title).toBe('Presupuesto, metas y contratación por año, 2022–2023');
    expect(plain(f.takeaway)).toBe('La ejecución del presupuesto pasó de 73,89 % en 2022 a 84,29 % en 2023 (+10,4 p. p.). El promedio de metas con tope de 100 % pasó de 97,77 % en 2022 a 55,18 % en 2023 (\u221242,59 p. p.).');
    expect(f.cite.reports.map((r) => [r.file, r.from, r.to])).toEqual([[LVT_2022, 143, 185], [LVT_2023, 146, 184]]);
    expect(f.chart.narrow).toContain('viewBox="0 0 340 ');
    expect(f.chart.wide).toContain('<desc>La ejecución del presupuesto pasó de 73,89');
  });
  it('SPPAT: no goals in 2023, so no goals sentence (a single year of it is no change)', async () => {
    const { trendsDatasets, SPPAT } = await import('../support/trends.ts');
    const { trendSentences } = await import('../../src/site/trends.ts');
    const s = trendSentences(institutionTrend(trendsDatasets(), SPPAT)).map(plain);
    expect(s).toEqual([
      'La ejecución del presupuesto pasó de 84,77 % en 2022 a 24,15 % en 2023 (\u221260,62 p. p.).',
      'El monto adjudicado en contratación pasó de $27.467,56 en 2022 a $838.217,87 en 2023 (+$810.750,31).',
    ]);
  });
});
