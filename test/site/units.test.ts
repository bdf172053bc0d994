/**
 * Parents summarize their units. Expected figures read from test/fixtures/site: the Administración
 * Zonal Manuela Sáenz (2021 report; budget_summaries: sum of its projects 5500 planned, 88.8 %;
 * goals: 2 goals at 100 %) hangs from the Secretaría General de Coordinación Territorial, which
 * hangs from the Quito municipality (data/institutions.csv); the IESS fragment (2023; 91.13 % of
 * $18.215.009,19; a stated total of 107.06 %) is the IESS's unidentified unit.
 */
import { describe, expect, it } from 'vitest';
import { unitSummaries } from '../../src/site/units.ts';
import { fixture } from './helpers.ts';

const ds = fixture();
const nb = (s: string) => s.replace(/\u00a0/g, ' ');

describe('unitSummaries', () => {
  it('the Quito municipality links to its zonal administration two levels down, with its figures', () => {
    const u = unitSummaries(ds, 'municipio-del-distrito-metropolitano-de-quito');
    expect(u.map((x) => [x.id, x.via.map((v) => v.id)])).toEqual([
      ['administracion-zonal-manuela-saenz', ['secretaria-general-de-coordinacion-territorial-y-participacion-ciudadana']],
    ]);
    expect(nb(u[0]!.sentence)).toBe(
      'La Administración Zonal Manuela Sáenz, que depende de la Secretaría General de Coordinación Territorial y Participación Ciudadana, publicó 1 informe (2021); en 2021 los proyectos que publica ejecutaron 88,8 % de lo codificado ($5.500,00); en 2021 declara 100 % de cumplimiento de metas.',
    );
    expect(u[0]!.lead + u[0]!.name + u[0]!.rest).toBe(u[0]!.sentence);
    expect(u[0]!.lead).toBe('La ');
  });
  it('the IESS summarizes its unidentified unit as the unit\'s figures', () => {
    const u = unitSummaries(ds, 'instituto-ecuatoriano-de-seguridad-social');
    expect(u).toHaveLength(1);
    expect(nb(u[0]!.sentence)).toBe(
      'La Unidad no identificada del IESS — informe parcial publicó 1 informe (2023); en 2023 ejecutó 91,13 % de su presupuesto codificado ($18.215.009,19); en 2023 declara 107,06 % de cumplimiento de metas.',
    );
  });
  it('an institution without units has none', () => {
    expect(unitSummaries(ds, 'ministerio-del-interior')).toEqual([]);
  });
});
