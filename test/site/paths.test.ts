import { afterEach, describe, expect, it, vi } from 'vitest';
import { institutionUrl, reportUrl, url } from '../../src/site/paths.ts';

afterEach(() => vi.unstubAllEnvs());

describe('url', () => {
  it('adds the trailing slash to page paths and keeps files, queries and fragments', () => {
    expect(url('/')).toBe('/');
    expect(url('')).toBe('/');
    expect(url('/instituciones')).toBe('/instituciones/');
    expect(url('instituciones/ministerio-del-interior/#metas')).toBe('/instituciones/ministerio-del-interior/#metas');
    expect(url('/comparar/presupuesto?year=2023')).toBe('/comparar/presupuesto/?year=2023');
    expect(url('/datos/goals.csv')).toBe('/datos/goals.csv');
    expect(url('/favicon.svg')).toBe('/favicon.svg');
  });

  it('prefixes the configured base', () => {
    vi.stubEnv('BASE_URL', '/cuentas-abiertas/');
    expect(url('/')).toBe('/cuentas-abiertas/');
    expect(url('/buscar/')).toBe('/cuentas-abiertas/buscar/');
    expect(url('/datos/goals.json')).toBe('/cuentas-abiertas/datos/goals.json');
    expect(institutionUrl('ministerio-del-interior', 'presupuesto')).toBe('/cuentas-abiertas/instituciones/ministerio-del-interior/#presupuesto');
    expect(reportUrl('2023-ministerio-del-interior-rendicion-de-cuentas', 164)).toBe('/cuentas-abiertas/informes/2023-ministerio-del-interior-rendicion-de-cuentas/#L164');
  });

  it('normalizes a base written without slashes', () => {
    vi.stubEnv('BASE_URL', 'cuentas');
    expect(url('/metodologia')).toBe('/cuentas/metodologia/');
  });
});
