/**
 * A document whose figures no parser reads (format `documento`) on the site: listed on its
 * institution's profile with its title and period, its page says in plain words that its figures
 * are not read, and nothing in comparisons, headlines or the institutions index pretends it has
 * figures (no 0 %, no empty row). Inputs: the real layout texts of test/fixtures/documento/ and the
 * Portoparques management report (test/fixtures/informe-gestion-tablas/), values in their READMEs.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/build.ts';
import { budgetComparison, goalsComparison, procurementComparison } from '../../src/site/compare.ts';
import { profileHeadline } from '../../src/site/headline.ts';
import { institutionIndex } from '../../src/site/institutions.ts';
import { institutionProfile } from '../../src/site/profile.ts';
import { figuresNotice } from '../../src/site/reports.ts';
import { institutionTrend } from '../../src/site/trends.ts';

const dir = mkdtempSync(join(tmpdir(), 'documento-sitio-'));
for (const f of ['bellamaria-2013-lotaip-formato-a.layout.txt', 'portoparques-2025-informe-anual-lotaip.layout.txt', 'portoparques-2025-poa.layout.txt']) {
  copyFileSync(join('test/fixtures/documento', f), join(dir, f));
}
copyFileSync('test/fixtures/informe-gestion-tablas/portoparques-2025-informe-gestion.layout.txt', join(dir, 'portoparques-2025-informe-gestion.layout.txt'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const { datasets: ds } = ingest({ reportsDir: dir, institutionsFile: 'data/institutions.csv' });
const BELLAMARIA = 'gad-parroquial-rural-de-bellamaria';
const PORTOPARQUES = 'empresa-publica-municipal-de-parques-cementerios-areas-verdes-zonas-de-recreacion-y-espacios-culturales-de-portoviejo-portoparques-ep';
const documents = ds.reports.filter((r) => r.format === 'documento').map((r) => r.id);

describe('documents without figures on the site', () => {
  it('three documents, one management report with figures', () => {
    expect(ds.reports.map((r) => [r.source_file, r.format, r.institution_id])).toEqual([
      ['bellamaria-2013-lotaip-formato-a.layout.txt', 'documento', BELLAMARIA],
      ['portoparques-2025-informe-anual-lotaip.layout.txt', 'documento', PORTOPARQUES],
      ['portoparques-2025-informe-gestion.layout.txt', 'informe-gestion-tablas', PORTOPARQUES],
      ['portoparques-2025-poa.layout.txt', 'documento', PORTOPARQUES],
    ]);
  });

  it('no comparison row comes from a document', () => {
    for (const c of [budgetComparison(ds), goalsComparison(ds), procurementComparison(ds)]) {
      expect(c.rows.filter((r) => documents.includes(r.report_id))).toEqual([]);
    }
    // The management report's TOTALES (p. 23): the only budget row.
    expect(budgetComparison(ds).rows.map((r) => [r.institution_id, r.source_file])).toEqual([[PORTOPARQUES, 'portoparques-2025-informe-gestion.layout.txt']]);
  });

  it('an institution with only a document: listed, without figures, no headline, no 0 %', () => {
    const p = institutionProfile(ds, BELLAMARIA);
    expect(p.reports.map((e) => [e.report.title, e.report.period, e.flags.map((f) => f.code).sort()])).toEqual([
      ['Formato A', '2013', ['figures_not_read', 'year_inferred']],
    ]);
    expect([p.budget.length, p.goals.length, p.procurement.length]).toEqual([0, 0, 0]);
    expect(profileHeadline(p)).toEqual([]);
    expect(p.summary).not.toMatch(/%/);
    const row = institutionIndex(ds).find((r) => r.id === BELLAMARIA)!;
    expect(row).toMatchObject({ reports: 1, with_figures: false, pct_executed: null, pct_goals: null, planned: null });
  });

  it('Portoparques: the documents beside the management report, which keeps the headline figures', () => {
    const p = institutionProfile(ds, PORTOPARQUES);
    expect(p.reports.map((e) => e.report.title).sort()).toEqual([
      'INFORME ANUAL DE TRANSPARENCIA Y ACCESO A LA INFORMACIÓN PÚBLICA - 2025', 'INFORME DE GESTIÓN ANUAL',
      'Plan Operativo Anual (POA) año - F01-PRO-GPD-PGC-GPI-001 v2',
    ]);
    expect(profileHeadline(p).map((h) => [h.label, h.value.replace(/\s/g, ' ')])[0]).toEqual(['Presupuesto 2025 ejecutado', '68,38 %']);
    // Different documents are no versions: the summary does not say there are several versions.
    expect(p.summary).not.toContain('versiones');
  });

  it('a year with only a document is no year of the trend (no empty column)', () => {
    // Bellamaría 2013 and Portoparques 2025 each have one year with figures at most: no trend.
    expect(institutionTrend(ds, BELLAMARIA)).toEqual([]);
    expect(institutionTrend(ds, PORTOPARQUES)).toEqual([]);
    const two = mkdtempSync(join(tmpdir(), 'documento-tendencia-'));
    try {
      copyFileSync('test/fixtures/informe-gestion-tablas/portoparques-2025-informe-gestion.layout.txt', join(two, 'gestion-2025.txt'));
      // The annual LOTAIP report as if it were of 2024 (its title line says the year).
      const lotaip = readFileSync('test/fixtures/documento/portoparques-2025-informe-anual-lotaip.layout.txt', 'utf8').replace('PÚBLICA - 2025', 'PÚBLICA - 2024');
      writeFileSync(join(two, 'lotaip-2024.txt'), lotaip);
      const d2 = ingest({ reportsDir: two, institutionsFile: 'data/institutions.csv' }).datasets;
      expect(d2.reports.map((r) => [r.format, r.year, r.institution_id])).toEqual([
        ['informe-gestion-tablas', 2025, PORTOPARQUES], ['documento', 2024, PORTOPARQUES],
      ]);
      expect(institutionTrend(d2, PORTOPARQUES)).toEqual([]);
    } finally {
      rmSync(two, { recursive: true, force: true });
    }
  });

  it('the report page\'s plain sentence', () => {
    expect(figuresNotice({ format: 'documento' })).toBe(
      'Todavía no leemos las cifras de este documento: el explorador publica su título, su institución y su periodo, '
      + 'pero ninguna de sus tablas, así que no aparece en los gráficos ni en las comparaciones. Sus cifras están en el original.',
    );
    expect(figuresNotice({ format: 'informe-gestion-tablas' })).toBeNull();
  });
});
