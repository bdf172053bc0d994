/**
 * The Portoparques management report, ingested like any other report, fills the profile's
 * budget block (expense groups, TOTALES headline) and goals block without counting twice.
 * Figures: test/fixtures/informe-gestion-tablas/README.md (PDF pages 20-23).
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/build.ts';
import { institutionProfile } from '../../src/site/profile.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/informe-gestion-tablas');
const dir = mkdtempSync(join(tmpdir(), 'gestion-tablas-perfil-'));
copyFileSync(join(FIXTURES, 'portoparques-2025-informe-gestion.layout.txt'), join(dir, 'portoparques-2025-informe-gestion.txt'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('profile of a report read by informe-gestion-tablas', () => {
  const { datasets } = ingest({ reportsDir: dir, institutionsFile: 'data/institutions.csv' });
  const report = datasets.reports[0]!;
  const p = institutionProfile(datasets, report.institution_id);

  it('budget by expense group: the lines add up to the TOTALES headline, nothing counted twice', () => {
    expect(p.budget).toHaveLength(1);
    const b = p.budget[0]!;
    expect(b.lines.map((l) => l.category)).toEqual([
      '51 GASTOS EN PERSONAL', '53 BIENES Y SERVICIOS DE CONSUMO', '57 OTROS GASTOS', '71 GASTOS EN PERSONAL PARA INVERSION',
      '73 BIENES Y SERVICIOS DE CONSUMO PARA INVERSION', '84 ACTIVOS DE LARGA DURACIÓN', '97 PASIVO CIRCULANTE',
    ]);
    // TOTALES (page 23, line 1483): $4.783.023,29 / $3.270.778,15 / 68,38 %.
    expect(b.headline).toEqual({ planned: 4783023.29, executed: 3270778.15, pct: 68.38 });
    expect(b.linesTotal).toEqual({ planned: 4783023.29, executed: 3270778.15, pct: 68.38 });
    expect(b.lines.every((l) => l.source_file === 'portoparques-2025-informe-gestion.txt' && l.source_line > 0)).toBe(true);
  });

  it('indicators: annual ones with meta and ejecución, periodic ones one row per period', () => {
    expect(p.goals).toHaveLength(1);
    const rows = p.goals[0]!.goals;
    expect(rows).toHaveLength(28);
    // Page 21, line 1340: Número de Espacios concesionados, meta 44, ejecución 60.
    expect(rows.find((g) => g.source_line === 1340)).toMatchObject({ planned: 44, achieved: 60, pct_computed: 136.36 });
  });

  it('is published under the institution its cover names, with no warning or error', () => {
    // Cover, page 1 (layout lines 2-5): the company names itself; the catalogue does not list it.
    expect(p.institution.name).toBe('EMPRESA PÚBLICA MUNICIPAL DE PARQUES, CEMENTERIOS, ÁREAS VERDES, ZONAS DE RECREACIÓN Y ESPACIOS CULTURALES DE PORTOVIEJO “PORTOPARQUES EP”');
    expect(datasets.flags.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual([]);
  });
});
