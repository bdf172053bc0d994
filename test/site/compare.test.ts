import { describe, expect, it } from 'vitest';
import {
  applyFilters, budgetComparison, chartSelection, chartVariants, variantKey, comparisonCsv, filterOptions, goalsComparison, procurementComparison,
} from '../../src/site/compare.ts';
import { fixture, plain } from './helpers.ts';
import { templateCells } from '../../src/site/comparison-data.ts';

const ds = fixture();

describe('budgetComparison', () => {
  const c = budgetComparison(ds);
  it('one row per budget summary, ranked by % executed', () => {
    expect(c.rows.map((r) => [r.institution_id, r.year, r.pct, r.basis])).toEqual([
      ['unidad-no-identificada-2023-iess-unidad-rendicion-de-cuentas-fragmento', 2023, 91.13, 'reported'],
      ['administracion-zonal-manuela-saenz', 2021, 88.8, 'sum_of_lines'],
      ['ministerio-del-interior', 2023, 40.39, 'reported'],
    ]);
    const mdi = c.rows[2]!;
    expect(mdi.planned).toBe(78537516.23);
    expect(mdi.executed).toBe(31717549.13);
    expect(mdi.source_line).toBe(164);
    expect(mdi.flags.map((f) => f.code)).toEqual(['total_mismatch']);
  });
  it('takeaway names the extremes among institution-wide budgets only; a unit\'s partial report under its own marked name', () => {
    expect(plain(c.takeaway)).toBe(
      'La Unidad no identificada del IESS — informe parcial tiene la ejecución presupuestaria más alta (91,13 % en 2023) y el Ministerio del Interior, la más baja (40,39 % en 2023).',
    );
  });
  it('marks the IESS fragment as the partial report of an unidentified unit of the IESS', () => {
    expect(c.rows[0]).toMatchObject({
      name: 'Unidad no identificada del IESS — informe parcial', unit_of: 'Instituto Ecuatoriano de Seguridad Social',
    });
    expect(c.rows.filter((r) => r.unit_of !== null)).toHaveLength(1);
  });
  it('filters by year, function, level and format', () => {
    expect(budgetComparison(ds, { year: '2021' }).rows.map((r) => r.institution_id)).toEqual(['administracion-zonal-manuela-saenz']);
    expect(budgetComparison(ds, { function: 'ejecutiva', level: 'nacional' }).rows).toHaveLength(2);
    expect(budgetComparison(ds, { format: 'informe-gestion' }).rows).toHaveLength(1);
    expect(budgetComparison(ds, { year: '2019' }).rows).toEqual([]);
    expect(applyFilters(c.rows, { year: '' })).toHaveLength(3);
  });
  it('filter options come from the data', () => {
    expect(c.options.year.map((o) => o.value)).toEqual(['2023', '2021']);
    expect(c.options.function.map((o) => o.label)).toEqual(['Ejecutiva', 'GAD']);
    expect(c.options.format.map((o) => o.value)).toEqual(['cpccs-rendicion', 'informe-gestion']);
  });
  it('CSV has the table columns with raw numbers', () => {
    const csv = comparisonCsv(c.rows, c.columns).split('\n');
    expect(csv[0]).toBe('\ufeffInstitución,Año,Codificado (USD),Ejecutado (USD),% declarado,% calculado,Base,Función,Nivel,Fuente,Alertas');
    // The last column: the reader's sentence of the flag on the row's figure (total_mismatch on executed, line 164).
    expect(csv[3]).toBe('Ministerio del Interior,2023,78537516.23,31717549.13,40.39,40.39,Presupuesto institucional,Ejecutiva,Nacional,2023-ministerio-del-interior-rendicion-de-cuentas.txt:164,"El monto ejecutado que declara el informe no coincide con la suma de sus partes. En el informe: $31.717.549,13."');
    expect(csv).toHaveLength(5);
  });
});

describe('goalsComparison', () => {
  const c = goalsComparison(ds);
  it('ranks by the capped mean and keeps reports that state only a total', () => {
    expect(c.rows.map((r) => [r.institution_id, r.reported_total, r.mean, r.capped_mean, r.goals])).toEqual([
      ['administracion-zonal-manuela-saenz', null, 100, 100, 2],
      ['ministerio-del-interior', 112.37, 112.37, 72.38, 11],
      ['unidad-no-identificada-2023-iess-unidad-rendicion-de-cuentas-fragmento', 107.06, null, null, 0],
      ['consejo-nacional-electoral', null, null, null, 4],
    ]);
    expect(c.rows[3]!.targets_only).toBe(true);
    expect(c.rows[1]!.zero).toBe(3);
    expect(c.rows[1]!.over).toBe(4);
  });
  it('takeaway points at the stated total inflated by goals above 100 %', () => {
    expect(plain(c.takeaway)).toBe(
      'El Ministerio del Interior declara 112,37 % de cumplimiento de metas, pero con cada meta limitada a 100 % su promedio baja a 72,38 %; un informe publica solo metas planificadas, sin lo alcanzado.',
    );
  });
});

describe('procurementComparison', () => {
  const c = procurementComparison(ds);
  it('totals per report in cents, ranked by amount awarded', () => {
    expect(c.rows.map((r) => [r.institution_id, r.procedures, r.awarded_count, r.awarded_amount, r.finalized_count, r.finalized_amount, r.pct_finalized])).toEqual([
      ['ministerio-del-interior', 9, 50, 26477060.41, 7, 268761.61, 1.02],
      ['unidad-no-identificada-2023-iess-unidad-rendicion-de-cuentas-fragmento', 4, 614, 5808007.45, 614, 5808007.45, 100],
    ]);
    expect(c.rows[0]!.top_procedure).toBe('CATÁLOGO ELECTRÓNICO');
    expect(c.rows[0]!.top_share).toBe(59.17);
    expect(plain(c.takeaway)).toBe('El Ministerio del Interior adjudicó el mayor monto ($26.477.060,41 en 50 procesos, 2023) y tenía finalizado 1,02 % de ese monto.');
  });
});

describe('chartVariants', () => {
  it('one chart per distinct subset, no filter first; every filter state that selects it is listed', () => {
    const rows = budgetComparison(ds).rows;
    const v = chartVariants(rows);
    // year 2023 → IESS + MDI; year 2021 → AZMS. IESS and MDI share year, function, level and format.
    expect(v.map((x) => x.rows.map((r) => r.institution_id))).toEqual([
      ['unidad-no-identificada-2023-iess-unidad-rendicion-de-cuentas-fragmento', 'administracion-zonal-manuela-saenz', 'ministerio-del-interior'],
      ['unidad-no-identificada-2023-iess-unidad-rendicion-de-cuentas-fragmento', 'ministerio-del-interior'],
      ['administracion-zonal-manuela-saenz'],
    ]);
    expect(v[0]!.keys).toEqual(['|||']);
    // 2 values of 4 dimensions: 2^4 - 1 = 15 non-empty states select each year's rows.
    expect(v[1]!.keys).toHaveLength(15);
    expect(v[1]!.keys).toContain('2023|||');
    expect(v[1]!.keys).toContain('|ejecutiva|nacional|cpccs-rendicion');
    expect(v[2]!.keys).toContain('2021|gad|zonal|informe-gestion');
    const all = v.flatMap((x) => x.keys);
    expect(new Set(all).size).toBe(all.length);
    expect(chartVariants(rows, 2)).toHaveLength(2);
  });
  it('variantKey joins the filter values in dimension order, empty for "all"', () => {
    expect(variantKey({})).toBe('|||');
    expect(variantKey({ year: '2023', format: 'csv' })).toBe('2023|||csv');
  });
  it('chartSelection keeps every row up to n, else the extremes or the top n with their ranks', () => {
    const ranked = [{ v: 9 }, { v: 8 }, { v: null }, { v: 7 }, { v: 6 }, { v: 5 }];
    const value = (r: { v: number | null }) => r.v;
    expect(chartSelection(ranked, value, 6, 'extremes').rows.map((x) => x.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    const ex = chartSelection(ranked, value, 4, 'extremes');
    expect(ex.of).toBe(5);
    expect(ex.rows.map((x) => [x.rank, x.row.v])).toEqual([[1, 9], [2, 8], [4, 6], [5, 5]]);
    expect(chartSelection(ranked, value, 3, 'top').rows.map((x) => x.row.v)).toEqual([9, 8, 7]);
    expect(chartSelection(ranked, value, 3, 'extremes').rows.map((x) => x.row.v)).toEqual([9, 8, 5]);
  });
  it('filterOptions sorts years descending', () => {
    expect(filterOptions(goalsComparison(ds).rows).year.map((o) => o.value)).toEqual(['2023', '2021']);
  });
});

describe('templateCells: the row the page script clones for loaded rows', () => {
  it('has every optional part of a row (profile link and alert chip, source link, «no reportado», alert mark) with empty texts', () => {
    const { columns } = budgetComparison(fixture());
    const cells = templateCells(columns);
    expect(cells).toHaveLength(columns.length);
    expect(cells[0]).toEqual({ kind: 'name', value: '', href: '', flags: { text: '', href: '' } });
    expect(cells.at(-1)).toEqual({ kind: 'source', value: '', href: '' });
    const values = cells.filter((c) => c.kind === 'value');
    expect(values.length).toBe(columns.length - 2);
    for (const c of values) expect(c).toMatchObject({ value: '', text: null, alert: '' });
    // Numeric columns keep their class (the same as a server-rendered row's cells).
    expect(values.map((c) => c.kind === 'value' && c.numeric)).toEqual(columns.slice(1, -1).map((c) => ['usd', 'pct', 'int'].includes(c.kind)));
  });
});
