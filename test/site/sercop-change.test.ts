/**
 * The «Cambio frente al año anterior (USD)» column of the SERCOP comparison
 * (/comparar/contratacion-sercop/), like the other comparisons'. The SERCOP processes are
 * test/fixtures/trends/contracts/sercop-dos-anios.csv (written by hand in the real file's
 * columns); every expected amount was added by hand from its lines (test/fixtures/trends/README.md,
 * «SERCOP processes»):
 * SPPAT 2022: 120.000,50 + 3.500,25 = 123.500,75; 2023: 98.000,00 + 5.000,00 (4999.998 → cents)
 * + no amount = 103.000,00; change −20.500,75. Luis Vargas Torres 1.200,00 → 950,40: −249,60.
 * Montecristi: 2023 only.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { InstitutionResolver, parseInstitutionsCsv } from '../../src/ingest/institutions.ts';
import { withContracts } from '../../src/ingest/sercop/index.ts';
import { readCsv } from '../../src/lib/csv.ts';
import type { Datasets } from '../../src/schema/datasets.ts';
import { comparisonCsv, type BaseRow, type Column } from '../../src/site/compare.ts';
import { comparisonCells, comparisonData } from '../../src/site/comparison-data.ts';
import { sercopComparison } from '../../src/site/contracts.ts';
import { fixture, plain } from './helpers.ts';
import { LVT, MONTECRISTI, SPPAT, TRENDS_CONTRACTS, TRENDS_INSTITUTIONS, trendsDatasets } from '../support/trends.ts';

let ds: Datasets;
beforeAll(() => {
  const resolver = new InstitutionResolver(parseInstitutionsCsv(readFileSync(TRENDS_INSTITUTIONS, 'utf8')));
  ds = withContracts(trendsDatasets(), TRENDS_CONTRACTS, resolver).datasets;
});

const CHANGE = 'Cambio frente al año anterior (USD)';
const rowOf = <R extends BaseRow>(rows: R[], inst: string, year: number) => rows.find((r) => r.institution_id === inst && r.year === year)!;
function changeText<R extends BaseRow>(c: { rows: R[]; columns: Column<R>[] }, inst: string, year: number): string {
  const i = c.columns.findIndex((col) => col.key.startsWith('cambio_'));
  const cell = comparisonCells(rowOf(c.rows, inst, year), c.columns)[i]!;
  if (cell.kind !== 'value') throw new Error('not a value cell');
  return plain(cell.text ?? cell.missing);
}

describe('SERCOP comparison: change of the amount from the year before', () => {
  it('the amounts of each institution and year, cents exact', () => {
    const c = sercopComparison(ds);
    expect(c.rows.map((r) => [r.institution_id, r.year, r.processes, r.amount, r.missing])).toEqual([
      [SPPAT, 2022, 2, 123_500.75, 0],
      [SPPAT, 2023, 3, 103_000, 1],
      [MONTECRISTI, 2023, 1, 15_000, 0],
      [LVT, 2022, 1, 1_200, 0],
      [LVT, 2023, 1, 950.4, 0],
    ]);
  });

  it('dollars with a sign, right after the SERCOP amount; the first year says there is no year before', () => {
    const c = sercopComparison(ds);
    const keys = c.columns.map((x) => x.key);
    const col = c.columns.find((x) => x.key.startsWith('cambio_'))!;
    expect(col.label).toBe(CHANGE);
    expect(keys.indexOf(col.key)).toBe(keys.indexOf('monto') + 1);
    expect(changeText(c, SPPAT, 2023)).toBe('\u2212$20.500,75');
    expect(changeText(c, LVT, 2023)).toBe('\u2212$249,60');
    expect(changeText(c, SPPAT, 2022)).toBe('sin procesos en 2021');
    expect(changeText(c, MONTECRISTI, 2023)).toBe('sin procesos en 2022');
  });

  it('a filter on 2023 still compares with 2022', () => {
    const c = sercopComparison(ds, { year: '2023' });
    expect(c.rows.map((r) => r.year)).toEqual([2023, 2023, 2023]);
    expect(changeText(c, SPPAT, 2023)).toBe('\u2212$20.500,75');
  });

  it('the CSV carries the raw change and the JSON its printed text', () => {
    const c = sercopComparison(ds);
    const csv = readCsv(comparisonCsv(c.rows, c.columns));
    const at = csv[0]!.indexOf(CHANGE);
    expect(at).toBe(csv[0]!.indexOf('Monto (SERCOP, USD)') + 1);
    const sppat = csv.find((row) => row[0] === 'Servicio Público para Pago de Accidentes de Tránsito' && row[1] === '2023')!;
    expect([sppat[at - 1], sppat[at]]).toEqual(['103000', '-20500.75']);
    const data = comparisonData(c.rows, c.columns);
    const j = data.columns.findIndex((x) => x.key.startsWith('cambio_'));
    expect(data.columns[j]!.kind).toBe('usd_change');
    const lvt = data.rows.find((r) => r.i === LVT && r.f[0] === '2023')!;
    expect([lvt.v[j], plain(lvt.d[j]!)]).toEqual([-249.6, '\u2212$249,60']);
  });

  it('the note under the table speaks of SERCOP processes, not reports', async () => {
    const { comparisonFigure } = await import('../../src/site/comparison-figures.ts');
    expect(plain(comparisonFigure(ds, 'contratacion-sercop').changeNote!)).toBe('«Cambio frente al año anterior (USD)»: el monto que el SERCOP registra en el año de la fila menos el que registra para la misma institución el año anterior, en dólares. «sin procesos en…»: los datos del SERCOP del explorador no tienen procesos de la institución en ese año.');
  });

  it('with SERCOP processes of a single year (the bundled data), no change column', () => {
    expect(sercopComparison(fixture()).columns.map((x) => x.key).filter((k) => k.startsWith('cambio_'))).toEqual([]);
  });
});

describe('the source line of the SERCOP comparison', () => {
  it('names the SERCOP open data, not the institutions\' reports', async () => {
    const { comparisonFigure, figureSource } = await import('../../src/site/comparison-figures.ts');
    const f = comparisonFigure(ds, 'contratacion-sercop');
    expect(figureSource(f.page, 'page')).toBe('Fuente: datos abiertos de contratación pública del SERCOP (OCDS; archivo y línea de cada fila en la columna «Fuente» de la tabla) y, en «Declarado», el informe de cada institución. Tabla de datos: la tabla siguiente.');
    expect(figureSource(comparisonFigure(ds, 'presupuesto').page, 'page')).toBe('Fuente: informes de cada institución (columna «Fuente» de la tabla). Tabla de datos: la tabla siguiente.');
  });
});
