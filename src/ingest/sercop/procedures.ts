/**
 * SERCOP's procedure types → the normalized keys of `procurement` (src/ingest/procedures.ts).
 *
 * SERCOP writes the specific procedure ("Catálogo electrónico - Mejor oferta", "Comunicación
 * Social – Contratación Directa"); the CPCCS form groups them (catálogo electrónico, régimen
 * especial, consultoría...). The sub-procedures of the special regime (LOSNCP art. 2) and of
 * consultancy (direct contracting, short list) are mapped here; everything else goes through
 * the shared normalization, and what it does not know is `otras` (the caller flags it).
 */
import { fold } from '../../lib/text.ts';
import { procedureKey } from '../../lib/procedures.ts';

const SERCOP_RULES: readonly [key: string, test: RegExp][] = [
  ['regimen_especial', /^comunicacion social|obra artistica|repuestos o accesorios|bienes y servicios unicos|contratos entre entidades publicas|asesoria y patrocinio juridico|transporte de correo|sectores estrategicos|giro especifico del negocio/],
  ['consultoria', /^contratacion directa$|^lista corta$|^concurso publico$/],
];

export interface SercopProcedure {
  key: string;
  /** False when the type is absent or not recognized (key `otras`). */
  known: boolean;
}

/** The normalized key of a SERCOP procedure type. */
export function sercopProcedureKey(name: string | null): SercopProcedure {
  if (!name || !name.trim()) return { key: 'otras', known: false };
  const f = fold(name).replace(/[–—-]/g, ' ').replace(/\s+/g, ' ').trim();
  for (const [key, test] of SERCOP_RULES) if (test.test(f)) return { key, known: true };
  const key = procedureKey(name);
  if (key.startsWith('otras')) return { key: 'otras', known: false };
  return { key, known: true };
}
