/**
 * Who published a report: the report itself decides (issue 11).
 *
 * Rules, in order:
 * 1. A report that names itself (name and/or RUC in its header) is published under that name.
 *    The catalogue only enriches (acronym, aliases, level, function, parent, domains) when the
 *    header's RUC and name agree with one catalogue entry (accents, case and punctuation ignored;
 *    aliases and acronyms count as the name). When the RUC belongs to an entry with another name,
 *    or the name to an entry with another RUC, the header's identity is kept and an
 *    `institution_conflict` warning names both.
 * 2. A header the catalogue does not know creates its institution from what the header says:
 *    name, RUC, FUNCIÓN, TIPO, PERTENECE A (the parent is matched in the catalogue or created).
 *    Id: slug of the name (`reconcileInstitutions` disambiguates two RUCs sharing a name).
 *    A name a parser only guesses from the text (the LOTAIP matrix's most cited name) is not a
 *    header: it is used when the catalogue knows it, else after the clues of rule 3.
 * 3. Only a report that does not name itself is resolved through the body it says it belongs to
 *    (the body under a management report's title, PERTENECE A), else its links' domains, else its
 *    memo prefixes; flagged `institution_inferred`. A fragment (report.complete false: one unit's
 *    pages, no header) becomes an unidentified unit of that institution ("Unidad no identificada
 *    del IESS", a child of it): its figures are never the parent's own. A complete report that only
 *    lacks its name (a LOTAIP matrix, a management report) is attributed to that institution.
 * 4. Nothing at all: a provisional institution named after the file (`institution_unknown`).
 *
 * What counts as a document's header (the parsers' job, stated here because it decides identity):
 * - A document filled in on another body's form (a POA on the municipality's template: the form's
 *   header names the GAD and its form code, not a public company) is published by the institution
 *   its own rows name:
 *   when every row carrying an amount names one and the same public company as the body that
 *   finances it, that company is the header's name and the form's body its parent (PERTENECE A).
 *   The form's owner is only the author of the template (documento.ts, `rowsFinancier`).
 * - Across files (`joinQuotedAcronyms`): a header that prints its name followed by a quoted
 *   acronym («… DE PORTOVIEJO “PORTOPARQUES EP”») states both; another header of the same run that
 *   prints exactly that name without the quotes, or exactly that acronym, names the same
 *   institution. A name that only starts like another (cut short by an exporting system) is no
 *   evidence on its own and stays a separate institution.
 *
 * `resolveNamed` is the rule for any {name, ruc} (also for buyers of procurement data).
 */
import type { Datasets, Flag, Institution, Report } from '../schema/datasets.ts';
import type { InstitutionResolver } from './institutions.ts';
import { documentTitleKey, fold, slugify } from '../lib/text.ts';
import { flagMessage, type InstitutionHint } from './types.ts';

/** How a report's institution was decided (reports.institution_match). */
export type IdentityMatch =
  | 'ruc' | 'name' | 'alias' | 'acronym' // header agrees with a catalogue entry
  | 'header' // header not in the catalogue: institution created from it
  | 'text' // no header; a name read in the text, not in the catalogue: institution created from it
  | 'conflict' // header contradicts the catalogue: institution created from it, flagged
  | 'parent' | 'domain' | 'other' // names nobody as itself: unit of the body it belongs to / its links / memos point to
  | 'none'; // nothing to go on

/** A flag the caller turns into a FlagDraft of its file. */
export interface IdentityNote {
  severity: 'warning' | 'info';
  code: 'institution_conflict' | 'institution_inferred' | 'institution_unknown';
  problem: string;
  value: string | null;
}

export interface IdentityDecision {
  institution: Institution;
  match: IdentityMatch;
  /** Institutions outside the catalogue this decision needs (the institution itself, its parent). */
  created: Institution[];
  notes: IdentityNote[];
}

/** What a header says about its institution. */
export interface NamedIdentity {
  name: string | null;
  ruc: string | null;
  parent?: string | null;
  function?: string | null;
  type?: string | null;
}

/** How the conflict messages name where the identity was read: a report's header, a SERCOP buyer. */
export interface IdentityWording {
  /** "del encabezado" */
  of: string;
  /** "el informe se nombra" */
  named: string;
  /** "el informe dice" */
  gives: string;
}
const HEADER_WORDING: IdentityWording = { of: 'del encabezado', named: 'el informe se nombra', gives: 'el informe dice' };
/** Wording for a procurement buyer (SERCOP). */
export const BUYER_WORDING: IdentityWording = { of: 'del comprador en el SERCOP', named: 'el comprador se llama', gives: 'el SERCOP da' };

const UNKNOWN = 'desconocido';

/** "FUNCIÓN EJECUTIVA" → "ejecutiva"; "Función de Transparencia y Control Social" → "transparencia y control social". */
export function normalizeFunction(value: string | null | undefined): string | null {
  if (!value || !value.trim()) return null;
  const f = fold(value).replace(/^funcion\s+(de\s+(la\s+)?)?/, '').trim();
  if (!f) return null;
  if (/descentraliz|^gad\b|gobierno autonomo/.test(f)) return 'gad';
  return f;
}

function cleanText(value: string | null | undefined): string | null {
  const v = (value ?? '').replace(/\s+/g, ' ').trim();
  return v ? v : null;
}

/** Same name for the catalogue's purposes: accents, case, quotes and punctuation ignored. */
export function sameName(a: string, b: string): boolean {
  return normalizeName(a) === normalizeName(b);
}

function normalizeName(s: string): string {
  return fold(s).replace(/[“”"«»'’.,:;()\-–]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A catalogue entry by name, alias or acronym. */
function byAnyName(resolver: InstitutionResolver, name: string): { inst: Institution; match: 'name' | 'alias' | 'acronym' } | null {
  const hit = resolver.byNameOrAlias(name);
  if (hit) return hit;
  const acr = resolver.byAcronymOf(name);
  return acr ? { inst: acr, match: 'acronym' } : null;
}

/**
 * The institution a {name, ruc} designates (header rule 1–2). `catalogueIds`: ids already taken
 * by the catalogue (a created institution never takes one). Returns null when both are empty.
 */
export function resolveNamed(
  resolver: InstitutionResolver, who: NamedIdentity, catalogueIds: ReadonlySet<string>, says: IdentityWording = HEADER_WORDING,
): IdentityDecision | null {
  const name = cleanText(who.name);
  const ruc = who.ruc && /^\d{13}$/.test(who.ruc.trim()) ? who.ruc.trim() : null;
  if (!name && !ruc) return null;
  const byRuc = ruc ? resolver.byRucOf(ruc) : null;
  const byName = name ? byAnyName(resolver, name) : null;
  const notes: IdentityNote[] = [];

  // Agreement: enrich with the catalogue entry.
  if (byRuc && (!name || byName?.inst === byRuc)) {
    return { institution: byRuc, match: 'ruc', created: [], notes };
  }
  if (byName && !byRuc && (!ruc || !byName.inst.ruc || byName.inst.ruc === ruc)) {
    return { institution: byName.inst, match: byName.match, created: [], notes };
  }

  // Disagreement: keep the header's identity, name both sides.
  let match: IdentityMatch = 'header';
  if (byRuc) {
    match = 'conflict';
    notes.push({
      severity: 'warning', code: 'institution_conflict',
      problem: `el RUC ${ruc} ${says.of} es de "${byRuc.name}" en el catálogo, pero ${says.named} "${name}"; se publica con el nombre ${says.of}`,
      value: null,
    });
  }
  if (byName && byName.inst !== byRuc) {
    match = 'conflict';
    notes.push({
      severity: 'warning', code: 'institution_conflict',
      problem: `el nombre "${name}" ${says.of} es de "${byName.inst.name}" en el catálogo, con ${byName.inst.ruc ? `RUC ${byName.inst.ruc}` : 'otro RUC'}, pero ${says.gives} RUC ${ruc}; se publica con el RUC ${says.of}`,
      value: null,
    });
  }

  const created: Institution[] = [];
  const displayName = name ?? `Institución con RUC ${ruc}`;
  let id = slugify(displayName) || `ruc-${ruc}`;
  if (catalogueIds.has(id)) id = ruc ? `${id}-ruc-${ruc}` : `${id}-encabezado`;

  let parentId: string | null = null;
  const parentName = cleanText(who.parent);
  if (parentName && !sameName(parentName, displayName)) {
    const hit = byAnyName(resolver, parentName);
    if (hit) parentId = hit.inst.id;
    else {
      const parent = createdInstitution(parentName, null, null, null, null, catalogueIds);
      parentId = parent.id;
      created.push(parent);
    }
  }
  const institution = createdInstitution(displayName, ruc, normalizeFunction(who.function), cleanText(who.type), parentId, catalogueIds, id);
  if (institution.parent_id === institution.id) institution.parent_id = null;
  created.unshift(institution);
  return { institution, match, created, notes };
}

function createdInstitution(
  name: string, ruc: string | null, fn: string | null, type: string | null, parentId: string | null,
  catalogueIds: ReadonlySet<string>, id?: string,
): Institution {
  let slug = id ?? (slugify(name) || 'institucion');
  if (!id && catalogueIds.has(slug)) slug = `${slug}-encabezado`;
  return {
    id: slug, name, acronym: null, ruc, level: UNKNOWN, function: fn ?? 'desconocida', type: type ? type.toLowerCase() : UNKNOWN,
    parent_id: parentId, domains: [], aliases: [],
  };
}

/** "del IESS" / "de Consejo Nacional Electoral". */
function ofInstitution(inst: Institution): string {
  return inst.acronym ? `del ${inst.acronym}` : `de ${inst.name}`;
}

/**
 * The institution of a report: its header (resolveNamed), else (rule 3) the institution its parent
 * body, links or memo prefixes point to, or an unidentified unit of it when `complete` is false,
 * else a provisional one named after the file.
 * `reportId`: the report's id (the unit's id is derived from it, so each fragment is its own unit).
 */
export function resolveReportInstitution(
  resolver: InstitutionResolver, hint: InstitutionHint, file: string, reportId: string, catalogueIds: ReadonlySet<string>,
  complete: boolean, nameIsHeader = true,
): IdentityDecision {
  const guessed = nameIsHeader ? null : cleanText(hint.name);
  const named = resolveNamed(resolver, nameIsHeader ? hint : { ...hint, name: null }, catalogueIds);
  if (named) return named;

  // A name guessed from the text (not a header) that the catalogue knows.
  if (guessed) {
    const hit = byAnyName(resolver, guessed);
    if (hit) return { institution: hit.inst, match: hit.match, created: [], notes: [] };
  }

  // Does not name itself: the body it says it belongs to, else its links, else its memo prefixes
  // point to the institution it is (complete report) or is a unit of (fragment).
  let parent: Institution | null = null;
  let how = '';
  let match: IdentityMatch = 'none';
  const created: Institution[] = [];
  const parentName = cleanText(hint.parent);
  if (parentName) {
    const hit = byAnyName(resolver, parentName);
    if (hit) {
      parent = hit.inst;
      how = `solo nombra a la institución a la que pertenece, "${parentName}"`;
      match = 'parent';
    }
  }
  for (const host of parent ? [] : hint.domains) {
    parent = resolver.byHost(host);
    if (parent) {
      how = `sus enlaces apuntan a ${host}`;
      match = 'domain';
      break;
    }
  }
  if (!parent) {
    for (const other of hint.other) {
      const hit = resolver.byAcronymOf(other) ?? resolver.byNameOrAlias(other)?.inst ?? null;
      if (hit) {
        parent = hit;
        how = `sus documentos citan "${other}"`;
        match = 'other';
        break;
      }
    }
  }
  // Nothing the catalogue knows: a name read in the text, else the body it belongs to, as written.
  if (!parent && guessed) {
    return { ...resolveNamed(resolver, { name: guessed, ruc: null }, catalogueIds)!, match: 'text' };
  }
  if (!parent && parentName) {
    const owner = resolveNamed(resolver, { name: parentName, ruc: null }, catalogueIds)!;
    parent = owner.institution;
    created.push(...owner.created);
    how = `solo nombra a la institución a la que pertenece, "${parentName}"`;
    match = 'parent';
  }
  if (parent && complete) {
    // A whole report (not a fragment) that only lacks its own name: the institution it points to.
    return {
      institution: parent, match, created,
      notes: [{
        severity: 'warning', code: 'institution_inferred',
        problem: `el informe no nombra a su institución; ${how}: se atribuye a "${parent.name}" por ser un informe completo`,
        value: null,
      }],
    };
  }
  if (parent) {
    const unit: Institution = {
      id: `unidad-no-identificada-${reportId}`, name: `Unidad no identificada ${ofInstitution(parent)}`,
      acronym: null, ruc: null, level: parent.level, function: parent.function, type: 'unidad no identificada',
      parent_id: parent.id, domains: [], aliases: [],
    };
    return {
      institution: unit, match, created: [unit, ...created],
      notes: [{
        severity: 'warning', code: 'institution_inferred',
        problem: `el informe no nombra a su institución; ${how}: se publica como unidad no identificada de "${parent.name}", nunca como cifras de esa institución`,
        value: null,
      }],
    };
  }

  const base = slugify(file.replace(/\.[^.]+$/, '')) || 'informe';
  const unknown: Institution = {
    id: `institucion-desconocida-${base}`, name: `Institución no identificada (${file})`, acronym: null, ruc: null,
    level: UNKNOWN, function: 'desconocida', type: UNKNOWN, parent_id: null, domains: [], aliases: [],
  };
  return {
    institution: unknown, match: 'none', created: [unknown],
    notes: [{ severity: 'warning', code: 'institution_unknown', problem: 'el informe no nombra a su institución y nada en él la identifica', value: null }],
  };
}

/** Base report id: slug of the file name without its extension ("Informe 2023.txt" → "informe-2023"). */
export function baseReportId(file: string): string {
  return slugify(file.replace(/\.[^.]+$/, '')) || 'informe';
}

/**
 * Unique, stable report ids for a folder's files. A file whose base id no other file shares keeps
 * it (the bundled reports' ids never change). Files that share one (`informe.txt`, `informe.md`,
 * `Informe .TXT`) each get the slug of their full name, extension included (`informe-txt`,
 * `informe-md`); if that still collides, every file of the clash adds the first 8 hex digits of
 * the SHA-256 of its exact file name. So an id depends only on the file's own name and on which
 * names clash with it, never on the order files are read in.
 */
export function assignReportIds(files: readonly string[], hashName: (name: string) => string): Map<string, string> {
  const ids = new Map<string, string>();
  const byBase = groupBy(files, baseReportId);
  const taken = new Set<string>();
  for (const [base, group] of byBase) if (group.length === 1) taken.add(base);
  for (const [base, group] of byBase) {
    if (group.length === 1) {
      ids.set(group[0]!, base);
      continue;
    }
    const byFull = groupBy(group, (f) => slugify(f) || base);
    for (const [full, same] of byFull) {
      for (const f of same) {
        const id = same.length === 1 && !taken.has(full) ? full : `${full}-${hashName(f).slice(0, 8)}`;
        ids.set(f, id);
      }
    }
  }
  return ids;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

// ---------------------------------------------------------------------------------------------
// Across files: run once, after every file is ingested (build.ts finishIngest).

type Rows = Record<string, unknown>[];

/** Datasets whose rows carry report_id and institution_id. */
const OWNED: readonly (keyof Datasets)[] = [
  'reports', 'budget_lines', 'budget_summaries', 'goals', 'procurement', 'disposals', 'recommendations',
  'deliberations', 'coverage', 'flags',
];

/**
 * One institution per RUC (or per name when there is no RUC) across files, with stable ids:
 * - the same RUC under several names (a renamed institution) is one institution, named as its
 *   last file (in file-name order) names it;
 * - a name without RUC joins the one institution with a RUC and that name, if there is exactly one;
 * - two RUCs sharing a name: each gets `-ruc-<RUC>` after the slug of the name (a name-only
 *   institution keeps the plain slug).
 * Rewrites the institution_id of every row of the reports whose institution got another id.
 * Returns the final list of institutions outside the catalogue.
 */
export function reconcileInstitutions(out: Datasets, catalogue: readonly Institution[], allExtras: Institution[]): Institution[] {
  const catalogueIds = new Set(catalogue.map((i) => i.id));
  const extras = joinQuotedAcronyms(out, allExtras);
  const byId = groupBy(extras, (i) => i.id);
  const final: Institution[] = [];
  const idByRuc = new Map<string, string>();
  for (const [id, group] of byId) {
    const withRuc = group.filter((i) => i.ruc);
    const plain = group.filter((i) => !i.ruc);
    if (withRuc.length === 0) {
      final.push(...plain.slice(0, 1));
    } else if (withRuc.length === 1) {
      const inst = { ...withRuc[0]! };
      for (const p of plain) {
        if (inst.function === 'desconocida' && p.function !== 'desconocida') inst.function = p.function;
        if (inst.type === UNKNOWN && p.type !== UNKNOWN) inst.type = p.type;
        inst.parent_id ??= p.parent_id;
      }
      final.push(inst);
      idByRuc.set(inst.ruc!, inst.id);
    } else {
      for (const inst of [...withRuc].sort((a, b) => (a.ruc! < b.ruc! ? -1 : 1))) {
        const renamed = { ...inst, id: `${id}-ruc-${inst.ruc}` };
        final.push(renamed);
        idByRuc.set(inst.ruc!, renamed.id);
      }
      if (plain.length) final.push(plain[0]!); // else parents pointing to `id` are redirected below
    }
  }
  const finalIds = new Set(final.map((i) => i.id));
  for (const inst of final) {
    if (inst.parent_id && !finalIds.has(inst.parent_id) && !catalogueIds.has(inst.parent_id)) {
      const heirs = final.filter((o) => o.id.startsWith(`${inst.parent_id}-ruc-`));
      inst.parent_id = heirs[0]?.id ?? null;
    }
    if (inst.parent_id === inst.id) inst.parent_id = null;
  }

  // Reports published under a header-created institution: its final id.
  const moved = new Map<string, string>();
  for (const r of out.reports) {
    if (r.institution_match !== 'header' && r.institution_match !== 'conflict') continue;
    const target = r.institution_ruc_reported ? idByRuc.get(r.institution_ruc_reported) : undefined;
    if (target && target !== r.institution_id) moved.set(r.id, target);
  }
  moveReports(out, moved);
  return final;
}

/** A name ending in a quoted acronym: «… DE PORTOVIEJO “PORTOPARQUES EP”». */
const QUOTED_ACRONYM = /^(.*[^\s“"«])\s*[“"«]([^”"»“«]{2,40})[”"»]\s*$/;

/**
 * A header that prints its name followed by a quoted acronym («EMPRESA PÚBLICA MUNICIPAL DE
 * PARQUES, … DE PORTOVIEJO “PORTOPARQUES EP”») states both its full name and its acronym. Another
 * file of the same run whose header names exactly that full name without the quotes (with or
 * without a RUC), or exactly that acronym, names the same institution: its reports join it (and a
 * RUC or a parent one of them states becomes the institution's when it has none). Only when one institution of the run has that
 * name or acronym; a name that merely starts like it (a name cut short by an exporting system) is
 * not enough and stays its own institution.
 */
export function joinQuotedAcronyms(out: Datasets, extras: Institution[]): Institution[] {
  const targets = new Map<string, Institution[]>();
  for (const inst of extras) {
    const m = QUOTED_ACRONYM.exec(inst.name);
    if (!m) continue;
    for (const key of new Set([normalizeName(m[1]!), normalizeName(m[2]!)])) {
      const list = targets.get(key);
      if (!list) targets.set(key, [inst]);
      else if (!list.includes(inst)) list.push(inst);
    }
  }
  if (!targets.size) return extras;
  const movedTo = new Map<string, string>();
  const kept: Institution[] = [];
  for (const inst of extras) {
    const hit = QUOTED_ACRONYM.test(inst.name) ? undefined : targets.get(normalizeName(inst.name));
    const target = hit?.length === 1 ? hit[0]! : null;
    if (!target || target.id === inst.id || (inst.ruc && target.ruc && inst.ruc !== target.ruc)) {
      kept.push(inst);
      continue;
    }
    if (inst.ruc && !target.ruc) target.ruc = inst.ruc;
    if (inst.parent_id && !target.parent_id && inst.parent_id !== target.id) target.parent_id = inst.parent_id;
    movedTo.set(inst.id, target.id);
  }
  if (!movedTo.size) return extras;
  for (const name of OWNED) {
    for (const row of out[name] as unknown as Rows) {
      const to = movedTo.get(row.institution_id as string);
      if (to) row.institution_id = to;
    }
  }
  for (const inst of kept) if (inst.parent_id && movedTo.has(inst.parent_id)) inst.parent_id = movedTo.get(inst.parent_id)!;
  return kept;
}

/**
 * A header name without RUC that is the beginning of exactly one other institution's name in the
 * run (whole words, at least four: «EMPRESA PÚBLICA MUNICIPAL DE PARQUES, CEMENTERIOS, AREAS VERDES,
 * ZONAS DE RECREACIÓN», cut by an exporting system, and «… Y ESPACIOS CULTURALES DE PORTOVIEJO
 * “PORTOPARQUES EP”»): not evidence enough to join them, so each of its reports gets an
 * `institution_name_cut` info flag naming the other. Returns the flags added.
 */
export function flagCutNames(out: Datasets): Flag[] {
  const key = (inst: Institution) => normalizeName(QUOTED_ACRONYM.exec(inst.name)?.[1] ?? inst.name);
  const keys = out.institutions.map((i) => ({ inst: i, key: key(i) }));
  const added: Flag[] = [];
  const byInstitution = groupBy(out.reports.filter((r) => r.duplicate_of === null && r.institution_match === 'header'), (r) => r.institution_id);
  for (const { inst, key: k } of keys) {
    if (inst.ruc || k.split(' ').length < 4 || !byInstitution.has(inst.id)) continue;
    const longer = keys.filter((o) => o.inst !== inst && o.key.startsWith(`${k} `));
    if (longer.length !== 1) continue;
    for (const r of byInstitution.get(inst.id)!) {
      const f = reportFlag(r, 'info', 'institution_name_cut',
        `el nombre del encabezado, sin RUC, es el comienzo del de "${longer[0]!.inst.name}"; sin otra prueba se publica aparte`);
      f.field = 'institution_id';
      added.push(f);
    }
  }
  out.flags.push(...added);
  return added;
}

/** Sets institution_id on every row of the given reports. */
function moveReports(out: Datasets, moved: ReadonlyMap<string, string>): void {
  if (!moved.size) return;
  for (const name of OWNED) {
    for (const row of out[name] as unknown as Rows) {
      const rid = (name === 'reports' ? row.id : row.report_id) as string | null;
      const to = rid ? moved.get(rid) : undefined;
      if (to) row.institution_id = to;
    }
  }
}

function reportFlag(r: Report, severity: Flag['severity'], code: Flag['code'], problem: string): Flag {
  return {
    report_id: r.id, institution_id: r.institution_id, severity, code, message: flagMessage(problem, null, r.source_file, null),
    dataset: 'reports', field: null, source_file: r.source_file, source_line: null,
  };
}

/** Headline order: complete before fragment, then the later report number, then the later date, then the later file name. */
export function compareHeadline(a: Report, b: Report): number {
  if (a.complete !== b.complete) return a.complete ? -1 : 1;
  const na = a.report_number && /^\d+$/.test(a.report_number) ? Number(a.report_number) : null;
  const nb = b.report_number && /^\d+$/.test(b.report_number) ? Number(b.report_number) : null;
  if (na !== nb) {
    if (na === null) return 1;
    if (nb === null) return -1;
    return nb - na;
  }
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.source_file < b.source_file ? 1 : a.source_file > b.source_file ? -1 : 0;
}

/**
 * Duplicates and versions.
 * - Byte-identical files (same SHA-256): the first by file name is counted; each other copy keeps
 *   its report record (duplicate_of = the counted one's id, headline false, same institution) but
 *   none of its rows, and both get a `duplicate_report` (info) naming the other file.
 * - Same institution, year and format with different content: all are kept; one is the headline
 *   (compareHeadline), the others get headline false (comparisons keep one row per institution,
 *   year and format). Among them, versions of one document (same title, documentTitleKey) each
 *   get `conflicting_reports` (warning) naming the other versions and the one headlines use;
 *   a different document (another title) is no version and gets no such flag.
 */
export function reconcileReports(out: Datasets): void {
  const dropped = new Set<string>();
  for (const [, group] of groupBy(out.reports, (r) => r.sha256)) {
    if (group.length < 2) continue;
    const sorted = [...group].sort((a, b) => (a.source_file < b.source_file ? -1 : a.source_file > b.source_file ? 1 : 0));
    const kept = sorted[0]!;
    for (const dup of sorted.slice(1)) {
      dropped.add(dup.id);
      dup.duplicate_of = kept.id;
      dup.headline = false;
      if (dup.institution_id !== kept.institution_id) moveReports(out, new Map([[dup.id, kept.institution_id]]));
      out.flags.push(reportFlag(dup, 'info', 'duplicate_report',
        `copia idéntica (mismo SHA-256) de "${kept.source_file}"; sus cifras se cuentan una sola vez, con ese archivo`));
      out.flags.push(reportFlag(kept, 'info', 'duplicate_report',
        `"${dup.source_file}" es una copia idéntica (mismo SHA-256) de este informe; no se cuenta dos veces`));
    }
  }
  if (dropped.size) {
    const droppedCommitments = new Set<string>();
    for (const c of out.commitments) if (dropped.has(c.report_id)) droppedCommitments.add(c.id);
    const rows = out as unknown as Record<string, Rows>;
    for (const name of Object.keys(out) as (keyof Datasets)[]) {
      if (name === 'reports' || name === 'institutions') continue;
      if (name === 'milestones') rows[name] = rows[name]!.filter((m) => !droppedCommitments.has(m.commitment_id as string));
      else if (name === 'flags') {
        rows[name] = rows[name]!.filter((f) => !(dropped.has(f.report_id as string) && f.dataset !== null && f.dataset !== 'reports'));
      } else rows[name] = rows[name]!.filter((r) => !dropped.has(r.report_id as string));
    }
  }

  const live = out.reports.filter((r) => r.duplicate_of === null);
  for (const [, group] of groupBy(live, (r) => `${r.institution_id}|${r.year}|${r.format}`)) {
    if (group.length < 2) continue;
    const ranked = [...group].sort(compareHeadline);
    const head = ranked[0]!;
    for (const r of ranked) r.headline = r === head;
    // Versions are copies of ONE document (same title: its PDF and its text, a corrected
    // reissue); different documents of the same year (a management report and a POA evaluation)
    // are each a report of their own, never flagged as versions of each other.
    for (const [, versions] of groupBy(ranked, (r) => documentTitleKey(r.title))) {
      if (versions.length < 2) continue;
      const used = versions.includes(head)
        ? `"${head.source_file}"`
        : `"${head.source_file}", otro documento del mismo año («${head.title}»)`;
      for (const r of versions) {
        const others = versions.filter((o) => o !== r).map((o) => `"${o.source_file}"`).join(', ');
        out.flags.push(reportFlag(r, 'warning', 'conflicting_reports',
          `otra versión, con contenido distinto, del informe ${r.format} ${r.year} de esta institución: ${others}; `
          + `titulares y comparaciones usan ${used} (completo antes que fragmento, luego el número de informe o la fecha más recientes, luego el nombre de archivo)`));
      }
    }
  }
}

/** Units created for reports that no longer exist under them (a duplicate moved to its original). */
export function pruneUnits(out: Datasets, extras: Institution[]): Institution[] {
  const used = new Set(out.reports.map((r) => r.institution_id));
  const parents = new Set(extras.map((i) => i.parent_id));
  return extras.filter((i) => !i.id.startsWith('unidad-no-identificada-') || used.has(i.id) || parents.has(i.id));
}
