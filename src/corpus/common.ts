/**
 * Helpers shared by the report generators: people, prose, HTML noise, links, goals and the
 * exact split of an amount into parts (integer cents, so parts always add up to the cent).
 */
import type { CorpusInstitution } from './institutions.ts';
import type { Rng } from './prng.ts';
import { FIRST_NAMES_F, FIRST_NAMES_M, GENERIC_WORDS, PROSE, SURNAMES, VERBS, sectorWords, type SectorWords } from './vocab.ts';
import { fold } from '../lib/text.ts';

export function upper(text: string): string {
  return text.toUpperCase();
}

/** "MARÍA JOSÉ ARROBO BARRAGÁN" / "Gloria Alejandra Ortega Aguilar". */
export function person(rng: Rng, caps = true): string {
  const first = rng.chance(0.5) ? FIRST_NAMES_F : FIRST_NAMES_M;
  const [a, b] = rng.sample(first, 2);
  const name = `${a} ${b} ${rng.pick(SURNAMES)} ${rng.pick(SURNAMES)}`;
  return caps ? upper(name) : name;
}

/** A sentence of activity report prose. */
export function sentence(rng: Rng): string {
  return `${rng.pick(PROSE.actions)}, ${rng.pick(PROSE.results)}.`;
}

export function paragraph(rng: Rng, min: number, max: number): string {
  const n = rng.int(min, max);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(sentence(rng));
  return out.join(' ');
}

/** Wraps text in the HTML the exports leave in text cells. */
export function html(rng: Rng, text: string): string {
  switch (rng.int(0, 3)) {
    case 0: return `<p>${text}</p>`;
    case 1: return `<ul style="list-style-type: none"> ${text}`;
    case 2: return `<b>${text}</b>`;
    default: return `<p><strong>${text}</strong></p>`;
  }
}

/** Words of the institution's sector, with the generic institutional ones mixed in. */
export function words(inst: CorpusInstitution): SectorWords {
  return sectorWords(inst.sector);
}

/** A strategic objective: capitalised infinitive + what it improves ("Incrementar la cobertura de ..."). */
export function objective(rng: Rng, w: SectorWords, tail = ''): string {
  const useGeneric = rng.chance(0.2);
  const object = rng.pick(useGeneric ? GENERIC_WORDS.objects : w.objects);
  return `${rng.pick(VERBS)} ${object}${tail}`;
}

export interface Indicator {
  text: string;
  kind: 'count' | 'pct';
}

export function indicator(rng: Rng, w: SectorWords): Indicator {
  const src = rng.chance(0.25) ? GENERIC_WORDS : w;
  if (rng.chance(0.5)) return { text: `Número de ${rng.pick(src.counts)}`, kind: 'count' };
  return { text: `Porcentaje de ${rng.pick(src.percents)}`, kind: 'pct' };
}

/** The institution's main web domain, or its parent's (offices without a site link to their parent's). */
export function webDomain(inst: CorpusInstitution, parent: CorpusInstitution | undefined): string {
  return inst.domains[0] ?? parent?.domains[0] ?? 'gob.ec';
}

/** A verification link on a domain ("https://www.x.gob.ec/transparencia/2023/abc123"). */
export function link(rng: Rng, domain: string, path: string): string {
  const token = Array.from({ length: rng.int(8, 15) }, () => rng.pick([...'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789'])).join('');
  return rng.chance(0.5) ? `https://www.${domain}/${path}/${token}` : `http://repositorio.${domain}/owncloud/index.php/s/${token}`;
}

/**
 * Splits `total` (integer) into `weights.length` non-negative integer parts proportional to the
 * weights, adding up exactly to `total` (largest remainders).
 */
export function splitExact(total: number, weights: readonly number[]): number[] {
  const w = weights.reduce((a, b) => a + b, 0);
  if (w <= 0) return weights.map((_, i) => (i === 0 ? total : 0));
  const raw = weights.map((x) => (total * x) / w);
  const parts = raw.map((x) => Math.floor(x));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) {
    const idx = order[k]![1];
    parts[idx] = parts[idx]! + 1;
  }
  return parts;
}

/** Executed share of a planned amount: mostly 30-100 %, some lines idle, a few over-executed. */
export function executionRatio(rng: Rng): number {
  const r = rng.float();
  if (r < 0.06) return 0;
  if (r < 0.11) return 1 + rng.float() * 0.15;
  if (r < 0.35) return 1;
  return 0.25 + rng.float() * 0.75;
}

/** A year's budget for an institution: its typical budget ±20 %, in cents (multiple of 1 cent). */
export function yearBudget(rng: Rng, inst: CorpusInstitution): number {
  return Math.max(10_000_00, Math.round(inst.budgetCents * (0.8 + rng.float() * 0.4)));
}

const FEMININE = new Set([
  'secretaria', 'subsecretaria', 'superintendencia', 'agencia', 'empresa', 'corporacion', 'direccion', 'defensoria', 'fiscalia',
  'contraloria', 'corte', 'asamblea', 'delegacion', 'gobernacion', 'administracion', 'unidad', 'jefatura', 'gerencia',
  'coordinacion', 'procuraduria', 'auditoria', 'junta', 'flota',
]);

/** "del Ministerio de Turismo" / "de la Secretaría de Cultura": the contraction a name takes after "de". */
export function ofThe(name: string): string {
  const first = fold(name).split(' ')[0] ?? '';
  return `${FEMININE.has(first) ? 'de la' : 'del'} ${name}`;
}

/** "GOBIERNO AUTÓNOMO DESCENTRALIZADO ..." as printed in the header, or the name as is. */
export function printedName(inst: CorpusInstitution): string {
  return upper(inst.name);
}
