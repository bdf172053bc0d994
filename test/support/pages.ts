/**
 * The page types of the built test site, for the browser quality gates (accessibility, CSP,
 * no-JavaScript journeys). Pages other helpers may add later (embeds) are found in the build.
 */
import { htmlPages, urlOf, E2E_BASE, E2E_DIST } from './site.ts';

export interface PageType {
  name: string;
  /** Path under the base ('' is the home page). */
  path: string;
  /** Expected HTTP status (404 page). */
  status?: number;
}

export const PROFILE = 'instituciones/ministerio-del-interior/';

export const PAGE_TYPES: PageType[] = [
  { name: 'home', path: '' },
  { name: 'institutions table', path: 'instituciones/' },
  { name: 'profile (Ministerio del Interior)', path: PROFILE },
  { name: 'profile with targets only (CNE)', path: 'instituciones/consejo-nacional-electoral/' },
  { name: 'profile from an informe de gestión', path: 'instituciones/administracion-zonal-manuela-saenz/' },
  { name: 'comparisons index', path: 'comparar/' },
  { name: 'budget comparison', path: 'comparar/presupuesto/' },
  { name: 'goals comparison', path: 'comparar/metas/' },
  { name: 'procurement comparison', path: 'comparar/contratacion/' },
  { name: 'procurement comparison (SERCOP)', path: 'comparar/contratacion-sercop/' },
  { name: 'profile with SERCOP processes (IESS)', path: 'instituciones/instituto-ecuatoriano-de-seguridad-social/' },
  { name: 'full list of a comparison (no JavaScript)', path: 'comparar/presupuesto/todas/' },
  { name: 'commitments', path: 'compromisos/' },
  { name: 'data', path: 'datos/' },
  { name: 'methodology', path: 'metodologia/' },
  { name: 'search', path: 'buscar/' },
  { name: 'report source view', path: 'informes/2023-ministerio-del-interior-rendicion-de-cuentas/' },
  { name: '404', path: 'no-existe/', status: 404 },
];

/** Embeddable chart pages, if the build has them (one of each kind is enough). */
export function embedPages(dir = E2E_DIST): PageType[] {
  const seen = new Set<string>();
  const out: PageType[] = [];
  for (const rel of htmlPages(dir)) {
    if (!/(^|\/)(embed|insertar|incrustar)(\/|-|$)/.test(rel)) continue;
    const kind = rel.split('/').slice(0, -2).join('/') || rel;
    if (seen.has(kind)) continue;
    seen.add(kind);
    out.push({ name: `embed (${rel.replace(/\/index\.html$/, '/')})`, path: urlOf(rel).slice(E2E_BASE.length) });
  }
  return out.slice(0, 4);
}

/** Every page type, with the embeds found in the build. */
export function allPageTypes(dir = E2E_DIST): PageType[] {
  return [...PAGE_TYPES, ...embedPages(dir)];
}
