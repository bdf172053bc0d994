import { afterEach, describe, expect, it, vi } from 'vitest';
import { institutionUrl, reportUrl, url } from '../../src/site/paths.ts';
import { exactCases } from '../support/cases.ts';

afterEach(() => vi.unstubAllEnvs());

// The trailing slash is added to page paths; files, queries and fragments are kept.
exactCases('url', 'url', { url });

describe('url under a base path', () => {
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
