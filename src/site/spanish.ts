/**
 * Spanish grammar for generated sentences: the article before an institution's name ("el
 * Ministerio del Interior", "la Administración Zonal…", "del Servicio Nacional…") and plurals
 * ("1 advertencia", "2 informes"). Pure functions, no data.
 */
import { formatInt } from '../charts/format.ts';
import { fold } from '../lib/text.ts';

/** Gender of the head noun of institution names (folded, lower case). */
const MASCULINE = new Set([
  'ministerio', 'consejo', 'servicio', 'instituto', 'gobierno', 'municipio', 'banco', 'cuerpo', 'tribunal', 'registro',
  'grupo', 'comite', 'centro', 'directorio', 'fondo', 'hospital', 'departamento', 'organismo', 'sistema', 'distrito',
  'gad', 'iess', 'cne', 'sercop', 'mdi', 'mdmq', 'mintel', 'cpccs', 'sri', 'biess', 'isspol', 'issfa',
]);
const FEMININE = new Set([
  'administracion', 'secretaria', 'subsecretaria', 'superintendencia', 'agencia', 'empresa', 'corporacion', 'direccion',
  'unidad', 'asamblea', 'contraloria', 'procuraduria', 'defensoria', 'fiscalia', 'universidad', 'escuela', 'junta',
  'comision', 'policia', 'corte', 'funcion', 'municipalidad', 'prefectura', 'presidencia', 'vicepresidencia',
  'coordinacion', 'autoridad', 'camara', 'casa', 'red', 'gerencia', 'intendencia', 'mancomunidad',
]);

/** "el" / "la" for an institution name, or null when its head noun is not known (no article then). */
export function articleOf(name: string): 'el' | 'la' | null {
  const head = fold(name.trim().split(/[\s,—–-]+/)[0] ?? '');
  if (MASCULINE.has(head)) return 'el';
  if (FEMININE.has(head)) return 'la';
  return null;
}

/** "el Ministerio del Interior", "la Defensoría del Pueblo", "Portoparques" (unknown head noun). */
export function theName(name: string): string {
  const a = articleOf(name);
  return a ? `${a} ${name}` : name;
}

/** Same, capitalized for the start of a sentence: "El Ministerio del Interior". */
export function TheName(name: string): string {
  const s = theName(name);
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "del Ministerio del Interior", "de la Defensoría del Pueblo", "de Portoparques". */
export function ofName(name: string): string {
  const a = articleOf(name);
  return a === 'el' ? `del ${name}` : a === 'la' ? `de la ${name}` : `de ${name}`;
}

/** "1 informe" / "2 informes" / "1.234 procesos"; `plural` defaults to singular + "s". */
export function count(n: number, singular: string, plural: string = `${singular}s`): string {
  return `${formatInt(n)} ${n === 1 ? singular : plural}`;
}
