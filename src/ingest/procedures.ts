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

/** The normalized key of a procedure name; unknown names become `otras_<slug>`. */
export function procedureKey(name: string): string {
  const f = fold(name).replace(/\(.*?\)/g, '').trim();
  for (const [key, test] of RULES) if (test.test(f)) return key;
  const slug = f.replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return slug ? `otras_${slug}` : 'otras';
}
