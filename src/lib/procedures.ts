/**
 * Normalizes procurement procedure names across institutions and spellings
 * ("CATÁLOGO ELECTRÓNICO" and "COMPRA POR CATALOGO" are the same procedure).
 * One rule per key, tried in order; the first that matches wins.
 */
import { fold } from './text.ts';

const RULES: readonly [key: string, test: RegExp][] = [
  ['catalogo_electronico', /catalogo/],
  ['infima_cuantia', /infima/],
  ['subasta_inversa_electronica', /subasta/],
  ['regimen_especial', /regimen especial/],
  ['licitacion_seguros', /licitacion de seguros/],
  ['licitacion', /licitacion/],
  ['cotizacion', /cotizacion/],
  ['menor_cuantia', /menor cuantia/],
  ['consultoria', /consultoria/],
  ['contratacion_integral_precio_fijo', /precio fijo/],
  ['feria_inclusiva', /feria inclusiva/],
  ['produccion_nacional', /produccion nacional/],
  ['emergencia', /emergencia/],
  ['arrendamiento', /arrendamiento/],
  ['otras', /^otr[oa]s?$/],
];

/** Spanish display names for each key. */
export const PROCEDURE_LABELS: Record<string, string> = {
  catalogo_electronico: 'Catálogo electrónico',
  infima_cuantia: 'Ínfima cuantía',
  subasta_inversa_electronica: 'Subasta inversa electrónica',
  regimen_especial: 'Régimen especial',
  licitacion_seguros: 'Licitación de seguros',
  licitacion: 'Licitación',
  cotizacion: 'Cotización',
  menor_cuantia: 'Menor cuantía',
  consultoria: 'Consultoría',
  contratacion_integral_precio_fijo: 'Contratación integral por precio fijo',
  feria_inclusiva: 'Feria inclusiva',
  produccion_nacional: 'Producción nacional',
  emergencia: 'Emergencia',
  arrendamiento: 'Arrendamiento',
  otras: 'Otras',
};

/** The normalized key of a procedure name; unknown names become `otras_<slug>`. */
export function procedureKey(name: string): string {
  const f = fold(name).replace(/\(.*?\)/g, '').trim();
  for (const [key, test] of RULES) if (test.test(f)) return key;
  const slug = f.replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return slug ? `otras_${slug}` : 'otras';
}
