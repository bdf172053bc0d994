/**
 * Issue 11 on the pages' data: two versions of one report (same institution, year and format,
 * different content) both stay on the profile; comparisons, the index and the profile's headline
 * use one (reports.headline) and say which; a byte-identical copy is counted once.
 * Input: the bundled Ministerio del Interior form (report No 13359 at line 3, budget summary at
 * line 164: codificado $78.537.516,23, 40,39 %) and a copy whose number is 13360.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/build.ts';
import { budgetComparison, goalsComparison } from '../../src/site/compare.ts';
import { institutionIndex } from '../../src/site/institutions.ts';
import { institutionProfile } from '../../src/site/profile.ts';
import { plain } from './helpers.ts';

const MDI = readFileSync('data/reports/2023-ministerio-del-interior-rendicion-de-cuentas.txt', 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'ca-versions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'reports'));
writeFileSync(join(dir, 'reports', 'mdi-v1.txt'), MDI);
writeFileSync(join(dir, 'reports', 'mdi-v2.txt'), MDI.replace('CUENTAS No 13359', 'CUENTAS No 13360'));
writeFileSync(join(dir, 'reports', 'mdi-copia.txt'), MDI);
const ds = ingest({ reportsDir: join(dir, 'reports'), institutionsFile: 'data/institutions.csv', maxYear: 2027 }).datasets;

describe('versions and copies on the pages', () => {
  it('comparisons use the headline version only', () => {
    expect(budgetComparison(ds).rows.map((r) => r.report_id)).toEqual(['mdi-v2']);
    expect(goalsComparison(ds).rows.map((r) => r.report_id)).toEqual(['mdi-v2']);
  });
  it('the profile keeps every version and copy, its headline block first, and says which one it uses', () => {
    const p = institutionProfile(ds, 'ministerio-del-interior');
    // mdi-copia.txt and mdi-v1.txt are byte-identical: the first by file name (mdi-copia) is counted.
    expect(p.reports.map((e) => [e.report.id, e.report.headline, e.report.duplicate_of])).toEqual([
      ['mdi-v2', true, null], ['mdi-copia', false, null], ['mdi-v1', false, 'mdi-copia'],
    ]);
    expect(p.budget.map((b) => b.report.id)).toEqual(['mdi-v2', 'mdi-copia']);
    expect(plain(p.summary)).toContain('Hay 2 versiones distintas de ese informe; estas cifras son las de mdi-v2.txt (ver alertas).');
    expect(p.reports.find((e) => e.report.id === 'mdi-copia')!.flags.map((f) => f.code)).toEqual(['conflicting_reports', 'duplicate_report']);
    expect(p.reports.find((e) => e.report.id === 'mdi-v1')!.flags.map((f) => f.code)).toEqual(['duplicate_report']);
  });
  it('the institutions index counts the headline report', () => {
    expect(institutionIndex(ds).find((r) => r.id === 'ministerio-del-interior')).toMatchObject({ reports: 1, planned: 78537516.23, pct_executed: 40.39 });
  });
});
