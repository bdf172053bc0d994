/**
 * Every citation of a figure read from a PDF says its page (issue 16, item 7; issue 12's left-over):
 * comparison «Fuente» columns and CSVs, the chart CSVs and citations of a profile, the page's
 * citation and the social card. The Portoparques report's `pdftotext -layout` text (form feeds =
 * pages) is ingested; values read by hand (test/fixtures/informe-gestion-tablas/README.md):
 * - TOTALES $4.783.023,29 · $3.270.778,15 · 68,38 %: page 23, line 1483;
 * - first indicator row, PLN-2025-02002 «2025-enero 75.80 %»: page 20, line 1228 (19 form feeds
 *   before it; `pdftotext -layout -f 20 -l 20` of the PDF prints the same row);
 * - group 51 GASTOS EN PERSONAL: page 21, line 1356; group 97 PASIVO CIRCULANTE: page 23, line 1477;
 * - Número de Espacios concesionados (meta 44, ejecución 60): page 21, line 1340.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/build.ts';
import { budgetComparison, comparisonCsv, goalsComparison } from '../../src/site/compare.ts';
import { comparisonCells } from '../../src/site/comparison-data.ts';
import { profileCite, profileFigures } from '../../src/site/figures.ts';
import { institutionCard } from '../../src/site/og.ts';
import { profileHeadline } from '../../src/site/headline.ts';
import { institutionProfile } from '../../src/site/profile.ts';
import { citationLead } from '../../src/site/reporter.ts';
import { fixture, MDI } from './helpers.ts';

const FILE = 'portoparques-2025-informe-gestion.txt';
const dir = mkdtempSync(join(tmpdir(), 'citas-pagina-'));
copyFileSync(join(import.meta.dirname, '../fixtures/informe-gestion-tablas/portoparques-2025-informe-gestion.layout.txt'), join(dir, FILE));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const { datasets: ds } = ingest({ reportsDir: dir, institutionsFile: 'data/institutions.csv' });
const id = ds.reports[0]!.institution_id;

const csvRows = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;

describe('comparisons', () => {
  it('budget: «Fuente» cell and CSV say page 23, line 1483 (TOTALES)', () => {
    const c = budgetComparison(ds);
    const row = c.rows.find((r) => r.institution_id === id)!;
    const src = comparisonCells(row, c.columns).find((x) => x.kind === 'source')!;
    expect(src.kind === 'source' && src.value).toBe(`${FILE}, p. 23, línea 1483`);
    const csv = csvRows(comparisonCsv(c.rows, c.columns))[0]!;
    expect(csv['Fuente']).toBe(`${FILE}, p. 23, línea 1483`);
    expect(csv['Codificado (USD)']).toBe('4783023.29');
  });
  it('goals: the first indicator row, page 20, line 1228', () => {
    const c = goalsComparison(ds);
    expect(csvRows(comparisonCsv(c.rows, c.columns))[0]!['Fuente']).toBe(`${FILE}, p. 20, línea 1228`);
  });
  it('a text report keeps file:line', () => {
    const c = budgetComparison(fixture());
    expect(csvRows(comparisonCsv(c.rows, c.columns)).find((r) => r['Institución'] === 'Ministerio del Interior')!['Fuente'])
      .toBe('2023-ministerio-del-interior-rendicion-de-cuentas.txt:164');
    expect(c.rows.find((r) => r.institution_id === MDI)!.page_starts).toBeNull();
  });
});

describe('profile', () => {
  const p = institutionProfile(ds, id);
  const figures = profileFigures(p, ds.reports);
  it('chart CSVs cite page and line of each row', () => {
    const budget = csvRows(figures.find((f) => f.kind === 'presupuesto')!.csv());
    expect(budget[0]).toMatchObject({ 'Línea presupuestaria': '51 GASTOS EN PERSONAL', Fuente: `${FILE}, p. 21, línea 1356` });
    expect(budget.at(-1)).toMatchObject({ 'Línea presupuestaria': '97 PASIVO CIRCULANTE', Fuente: `${FILE}, p. 23, línea 1477` });
    const goals = csvRows(figures.find((f) => f.kind === 'metas')!.csv());
    expect(goals.find((g) => g['Fuente'] === `${FILE}, p. 21, línea 1340`)).toMatchObject({ Planificado: '44', Alcanzado: '60' });
  });
  it('chart and page citations give the pages of their lines', () => {
    expect(citationLead(figures.find((f) => f.kind === 'presupuesto')!.cite)).toContain(`(archivo ${FILE}, pp. 21–23, líneas 1356–1477)`);
    expect(citationLead(profileCite(p))).toContain(`(archivo ${FILE}, resumen del presupuesto: p. 23, línea 1483)`);
  });
  it('«Citar esta cifra» of the headline execution says page and line of the TOTALES', () => {
    expect(profileHeadline(p)[0]!.cite).toMatchObject({ what: 'presupuesto ejecutado', year: 2025, where: `${FILE}, p. 23, línea 1483`, computed: false });
  });
  it('the social card cites page and line of the TOTALES', () => {
    expect(institutionCard(p)).toMatchObject({ headline: 'Ejecutó 68,38\u00a0% de su presupuesto', source: `Fuente: ${FILE}, p. 23, línea 1483` });
  });
});
