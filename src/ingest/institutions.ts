/**
 * The curated institution catalogue (data/institutions.csv) and the resolver that looks up its
 * rows: by RUC, by name or alias (accent/case-insensitive), by acronym, or by the domain of
 * verification links. The catalogue is optional enrichment: which institution publishes a report
 * is decided by the report's own header (identity.ts), and the ingest works with an empty one.
 */
import Papa from 'papaparse';
import { institutionSchema, type Institution } from '../schema/datasets.ts';
import { fold } from '../lib/text.ts';
import type { InstitutionHint } from './types.ts';

export class CatalogError extends Error {}

/** Parses institutions.csv; throws CatalogError naming file, line and field on bad rows. */
export function parseInstitutionsCsv(text: string, file = 'institutions.csv'): Institution[] {
  // The catalogue is optional enrichment: an empty file is an empty catalogue.
  if (!text.replace(/^\uFEFF/, '').trim()) return [];
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  if (parsed.errors.length) {
    const e = parsed.errors[0]!;
    throw new CatalogError(`CSV inválido: ${e.message} (${file}:${(e.row ?? 0) + 2})`);
  }
  const list = (v: string | undefined) => (v ?? '').split('|').map((s) => s.trim()).filter(Boolean);
  const blank = (v: string | undefined) => (v && v.trim() ? v.trim() : null);
  const seen = new Set<string>();
  return parsed.data.map((row, i) => {
    const line = i + 2;
    const candidate = {
      id: row.id?.trim() ?? '',
      name: row.name?.trim() ?? '',
      acronym: blank(row.acronym),
      ruc: blank(row.ruc),
      level: row.level?.trim() ?? '',
      function: row.function?.trim() ?? '',
      type: row.type?.trim() ?? '',
      parent_id: blank(row.parent_id),
      domains: list(row.domains).map((d) => d.toLowerCase()),
      aliases: list(row.aliases),
    };
    const result = institutionSchema.safeParse(candidate);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const field = issue.path.join('.');
      throw new CatalogError(`${issue.message}: ${field}=${JSON.stringify((candidate as Record<string, unknown>)[field])} (${file}:${line})`);
    }
    if (seen.has(candidate.id)) throw new CatalogError(`id duplicado: ${candidate.id} (${file}:${line})`);
    seen.add(candidate.id);
    return result.data;
  }).map((inst, _i, all) => {
    if (inst.parent_id && !all.some((o) => o.id === inst.parent_id)) {
      throw new CatalogError(`parent_id desconocido: ${inst.parent_id} (${file}, id ${inst.id})`);
    }
    return inst;
  });
}

export interface Resolution {
  institution: Institution;
  /** How it was matched: ruc, name, alias, acronym, domain, other. */
  match: 'ruc' | 'name' | 'alias' | 'acronym' | 'domain' | 'other';
  /** True when the report does not name the institution itself (domain or indirect hint). */
  inferred: boolean;
}

export class InstitutionResolver {
  private readonly byRuc = new Map<string, Institution>();
  private readonly byName = new Map<string, { inst: Institution; match: 'name' | 'alias' }>();
  private readonly byAcronym = new Map<string, Institution>();
  private readonly byDomain = new Map<string, Institution>();
  /**
   * byName's keys normalized (normalizeName), computed once: for each normalized key, the first
   * byName entry (in byName's order) that has it, which is what a scan of byName would return.
   */
  private readonly byNormalizedName = new Map<string, { inst: Institution; match: 'name' | 'alias' }>();
  /** byName's entries in order with their normalized keys, empty keys left out (for findAll). */
  private readonly needles: { needle: string; inst: Institution }[] = [];

  constructor(readonly institutions: readonly Institution[]) {
    for (const inst of institutions) {
      if (inst.ruc) this.byRuc.set(inst.ruc, inst);
      this.byName.set(fold(inst.name), { inst, match: 'name' });
      for (const a of inst.aliases) if (!this.byName.has(fold(a))) this.byName.set(fold(a), { inst, match: 'alias' });
      if (inst.acronym) this.byAcronym.set(inst.acronym.toUpperCase(), inst);
      for (const d of inst.domains) this.byDomain.set(d, inst);
    }
    for (const [k, v] of this.byName) {
      const needle = normalizeName(k);
      if (!this.byNormalizedName.has(needle)) this.byNormalizedName.set(needle, v);
      if (needle) this.needles.push({ needle, inst: v.inst });
    }
  }

  /** By exact name or alias, ignoring accents, case, quotes and punctuation. */
  byNameOrAlias(name: string): { inst: Institution; match: 'name' | 'alias' } | null {
    return this.byNormalizedName.get(normalizeName(name)) ?? null;
  }

  /** By a link's hostname or any parent domain of it (repositorio.x.gob.ec → x.gob.ec). */
  byHost(host: string): Institution | null {
    let h = host.toLowerCase().replace(/^www\./, '');
    while (h.includes('.')) {
      const hit = this.byDomain.get(h);
      if (hit) return hit;
      h = h.slice(h.indexOf('.') + 1);
    }
    return null;
  }

  /** The catalogue entry with this 13-digit RUC, if any. */
  byRucOf(ruc: string): Institution | null {
    return this.byRuc.get(ruc.trim()) ?? null;
  }

  /** The catalogue entry with this acronym (case-insensitive), if any. */
  byAcronymOf(acronym: string): Institution | null {
    return this.byAcronym.get(acronym.trim().toUpperCase()) ?? null;
  }

  /**
   * The catalogue entry a report's hint designates, under the rule "the header decides"
   * (identity.ts): a hint with a name or RUC matches only an entry that agrees with both (no
   * fallback to links); only a hint that names nobody is resolved by its links' domains or its
   * indirect references (inferred). Null when nothing matches or the header contradicts the
   * catalogue (see resolveNamed in identity.ts for the institution it is published under).
   */
  resolve(hint: InstitutionHint): Resolution | null {
    const name = hint.name?.trim() || null;
    const ruc = hint.ruc?.trim() || null;
    if (name || ruc) {
      const byRuc = ruc ? this.byRucOf(ruc) : null;
      const byName = name ? (this.byNameOrAlias(name) ?? (this.byAcronymOf(name) ? { inst: this.byAcronymOf(name)!, match: 'acronym' as const } : null)) : null;
      if (byRuc && (!name || byName?.inst === byRuc)) return { institution: byRuc, match: 'ruc', inferred: false };
      if (byName && !byRuc && (!ruc || !byName.inst.ruc || byName.inst.ruc === ruc)) {
        return { institution: byName.inst, match: byName.match, inferred: false };
      }
      return null;
    }
    for (const host of hint.domains) {
      const hit = this.byHost(host);
      if (hit) return { institution: hit, match: 'domain', inferred: true };
    }
    for (const other of hint.other) {
      const acr = this.byAcronym.get(other.trim().toUpperCase());
      if (acr) return { institution: acr, match: 'acronym', inferred: true };
      const hit = this.byNameOrAlias(other);
      if (hit) return { institution: hit.inst, match: 'other', inferred: true };
    }
    return null;
  }

  /**
   * Every catalogued institution named in a free text, in order of appearance; used for
   * fields that join several names without a separator ("Presidencia de la República del
   * Ecuador Ministerio de Telecomunicaciones ..."). Longer names win over names they contain.
   */
  findAll(text: string): Institution[] {
    const hay = normalizeName(text);
    const hits: { inst: Institution; at: number; len: number }[] = [];
    for (const { needle, inst } of this.needles) {
      let at = hay.indexOf(needle);
      while (at >= 0) {
        const before = at === 0 || hay[at - 1] === ' ';
        const after = at + needle.length === hay.length || hay[at + needle.length] === ' ';
        if (before && after) hits.push({ inst, at, len: needle.length });
        at = hay.indexOf(needle, at + 1);
      }
    }
    hits.sort((a, b) => a.at - b.at || b.len - a.len);
    const out: Institution[] = [];
    let covered = -1;
    for (const h of hits) {
      if (h.at < covered) continue;
      covered = h.at + h.len;
      if (!out.includes(h.inst)) out.push(h.inst);
    }
    return out;
  }
}

function normalizeName(s: string): string {
  return fold(s).replace(/[“”"«»'’.,:;()]/g, ' ').replace(/\s+/g, ' ').trim();
}
