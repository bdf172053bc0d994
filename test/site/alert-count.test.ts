/**
 * One alert count everywhere: the chip of a comparison row and the profile's "Alertas (N)" count
 * the same set (flags.ts institutionFlags). Expected counts read from test/fixtures/site/flags.json:
 * the Ministerio del Interior has 5 flags (total_mismatch at lines 164 and 159, number_repaired ×2
 * at line 138, value_suspicious at line 126).
 */
import { describe, expect, it } from 'vitest';
import { budgetComparison, goalsComparison, procurementComparison } from '../../src/site/compare.ts';
import { comparisonCells, comparisonData } from '../../src/site/comparison-data.ts';
import { institutionProfile } from '../../src/site/profile.ts';
import { profileView } from '../../src/site/profile-view.ts';
import { fixture, MDI } from './helpers.ts';

const ds = fixture();

describe('one alert count', () => {
  it('the Ministerio del Interior: 5 alerts on its profile and on the chip of every comparison', () => {
    expect(institutionProfile(ds, MDI).flags).toHaveLength(5);
    for (const c of [budgetComparison(ds), goalsComparison(ds)]) {
      const row = c.rows.find((r) => r.institution_id === MDI)!;
      const name = comparisonCells(row, c.columns).find((x) => x.kind === 'name')!;
      expect(name.kind === 'name' && name.flags).toEqual({ text: '5 alertas de calidad de datos', href: '/instituciones/ministerio-del-interior/#alertas' });
      expect(comparisonData(c.rows, c.columns).rows.find((r) => r.i === MDI)!.n).toBe(5);
    }
  });
  it('every row of every comparison counts what its institution profile counts', () => {
    for (const c of [budgetComparison(ds), goalsComparison(ds), procurementComparison(ds)]) {
      for (const r of c.rows) expect(r.alerts, r.institution_id).toBe(institutionProfile(ds, r.institution_id).flags.length);
    }
  });
  it('the profile contents list says "Alertas (5)"', () => {
    const v = profileView(ds, MDI, undefined);
    expect(JSON.stringify(v)).toContain('"Alertas (5)"');
  });
  it('1 alert in the singular', () => {
    const c = goalsComparison(ds);
    const row = c.rows.find((r) => r.institution_id === 'administracion-zonal-manuela-saenz')!;
    const name = comparisonCells(row, c.columns).find((x) => x.kind === 'name')!;
    expect(name.kind === 'name' && name.flags && name.flags.text).toBe('1 alerta de calidad de datos');
  });
});

describe('the chip marks the affected value', () => {
  it('the Ministerio row marks its executed amount, with the reader sentence, and no other value', () => {
    const c = budgetComparison(ds);
    const row = c.rows.find((r) => r.institution_id === MDI)!;
    const cells = comparisonCells(row, c.columns);
    const marked = c.columns.filter((_, i) => { const x = cells[i]!; return x.kind === 'value' && x.alert !== null; }).map((col) => col.key);
    expect(marked).toEqual(['ejecutado']);
    const d = comparisonData(c.rows, c.columns).rows.find((r) => r.i === MDI)!;
    expect(d.a![c.columns.findIndex((col) => col.key === 'ejecutado')]).toBe(
      'El monto ejecutado que declara el informe no coincide con la suma de sus partes. En el informe: $31.717.549,13.',
    );
  });
});
