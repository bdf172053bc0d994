/**
 * The «Cambio frente al año anterior» column of the comparisons (issue 16, item 6). Expected
 * figures: test/fixtures/trends/README.md (each read by hand from its file and line):
 * Luis Vargas Torres budget 73,89 % → 84,29 % (+10,40 p. p.), capped goals 97,77 % → 55,18 %
 * (−42,59 p. p.), procurement $251.148,70 → $284.333,08 (+$33.184,38); SPPAT budget
 * 84,77 % → 24,15 % (−60,62 p. p.), goals 97,05 % → none, procurement $27.467,56 → $838.217,87
 * (+$810.750,31); Montecristi 2022 only.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Datasets } from '../../src/schema/datasets.ts';
import { budgetComparison, comparisonCsv, goalsComparison, procurementComparison, type BaseRow, type Column } from '../../src/site/compare.ts';
import { comparisonCells, comparisonData } from '../../src/site/comparison-data.ts';
import { readCsv } from '../../src/lib/csv.ts';
import { fixture, plain } from './helpers.ts';
import { LVT, MONTECRISTI, SPPAT, trendsDatasets } from '../support/trends.ts';

let ds: Datasets;
beforeAll(() => {
  ds = trendsDatasets();
});

const rowOf = <R extends BaseRow>(rows: R[], inst: string, year: number) => rows.find((r) => r.institution_id === inst && r.year === year)!;
/** The text a reader sees in the change cell of a row. */
function changeText<R extends BaseRow>(c: { rows: R[]; columns: Column<R>[] }, inst: string, year: number): string {
  const i = c.columns.findIndex((col) => col.key.startsWith('cambio_'));
  const cell = comparisonCells(rowOf(c.rows, inst, year), c.columns)[i]!;
  if (cell.kind !== 'value') throw new Error('not a value cell');
  return plain(cell.text ?? cell.missing);
}

describe('budget comparison: change from the previous year', () => {
  it('percentage points with a sign, in words a reader understands', () => {
    const c = budgetComparison(ds);
    const col = c.columns.find((x) => x.key.startsWith('cambio_'))!;
    expect(col.label).toBe('Cambio frente al año anterior (p. p.)');
    expect(c.columns.map((x) => x.key).indexOf(col.key)).toBe(c.columns.map((x) => x.key).indexOf('pct_calculado') + 1);
    expect(changeText(c, LVT, 2023)).toBe('+10,4 p. p.');
    expect(changeText(c, SPPAT, 2023)).toBe('\u221260,62 p. p.');
    expect(changeText(c, LVT, 2022)).toBe('sin informe de 2021');
    expect(changeText(c, MONTECRISTI, 2022)).toBe('sin informe de 2021');
  });
  it('a filter on 2023 still compares with 2022', () => {
    const c = budgetComparison(ds, { year: '2023' });
    expect(c.rows.map((r) => r.year)).toEqual([2023, 2023]);
    expect(changeText(c, SPPAT, 2023)).toBe('\u221260,62 p. p.');
  });
  it('the CSV carries the raw change (numbers stay numbers) and the JSON its printed text', () => {
    const c = budgetComparison(ds);
    const csv = readCsv(comparisonCsv(c.rows, c.columns));
    const head = csv[0]!;
    const at = head.indexOf('Cambio frente al año anterior (p. p.)');
    expect(at).toBeGreaterThan(0);
    const lvt = csv.find((row) => row[0] === 'Gobierno Autónomo Descentralizado Parroquial Rural de Luis Vargas Torres' && row[1] === '2023')!;
    expect(lvt[at]).toBe('10.4');
    const sppat = csv.find((row) => row[0] === 'Servicio Público para Pago de Accidentes de Tránsito' && row[1] === '2023')!;
    expect(sppat[at]).toBe('-60.62');
    const data = comparisonData(c.rows, c.columns);
    const j = data.columns.findIndex((x) => x.key.startsWith('cambio_'));
    expect(data.columns[j]!.kind).toBe('pp');
    const row = data.rows.find((r) => r.i === SPPAT && r.f[0] === '2023')!;
    expect([row.v[j], plain(row.d[j]!)]).toEqual([-60.62, '\u221260,62 p. p.']);
    const first = data.rows.find((r) => r.i === MONTECRISTI)!;
    expect([first.v[j], first.d[j]]).toEqual([null, 'sin informe de 2021']);
  });
});

describe('goals comparison: change of the capped mean', () => {
  it('−42,59 p. p. for Luis Vargas Torres; none for SPPAT 2023, which states no goal', () => {
    const c = goalsComparison(ds);
    expect(changeText(c, LVT, 2023)).toBe('\u221242,59 p. p.');
    expect(rowOf(c.rows, SPPAT, 2023).capped_mean).toBeNull();
    expect(changeText(c, SPPAT, 2023)).toBe('no reportado');
  });
});

describe('procurement comparison: change of the amount awarded, in dollars', () => {
  it('+$33.184,38 and +$810.750,31', () => {
    const c = procurementComparison(ds);
    expect(c.columns.find((x) => x.key.startsWith('cambio_'))!.label).toBe('Cambio frente al año anterior (USD)');
    expect(changeText(c, LVT, 2023)).toBe('+$33.184,38');
    expect(changeText(c, SPPAT, 2023)).toBe('+$810.750,31');
  });
});

describe('the note under the table says what the column means', () => {
  it('percentage points for the budget, dollars for procurement; none with a single year', async () => {
    const { comparisonFigure } = await import('../../src/site/comparison-figures.ts');
    expect(plain(comparisonFigure(ds, 'presupuesto').changeNote!)).toBe('«Cambio frente al año anterior (p. p.)»: la cifra de la fila menos la del informe de la misma institución del año anterior, en puntos porcentuales («p. p.»): de 40 % a 45 % son +5 p. p. (no un aumento de 12,5 %). «sin informe de…»: la institución no tiene informe de ese año en el explorador.');
    expect(plain(comparisonFigure(ds, 'contratacion').changeNote!)).toContain('del año anterior, en dólares.');
    expect(comparisonFigure(fixture(), 'presupuesto').changeNote).toBeNull();
  });
});

describe('with a single year per institution, no change column at all', () => {
  it('the bundled-style fixture has none in any comparison', () => {
    const one = fixture();
    for (const c of [budgetComparison(one), goalsComparison(one), procurementComparison(one)]) {
      expect(c.columns.map((x) => x.key).filter((k) => k.startsWith('cambio_'))).toEqual([]);
    }
  });
});
