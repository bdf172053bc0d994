/**
 * The releases of one ocid merged by date into one `contracts` row, and the row's checks.
 *
 * Releases are ordered by date (ties and undated releases keep their reading order, undated
 * first); each field takes the value of the latest release that has one (OCDS's merge of
 * successive releases, restricted to the fields we keep). The row's source is the latest
 * release's. An ocid repeated outside one release package (two CSV rows, two records, two
 * files) is merged the same way and flagged.
 */
import type { Contract, Institution } from '../../schema/datasets.ts';
import type { InstitutionResolver } from '../institutions.ts';
import { flagMessage, type FlagDraft } from '../types.ts';
import { centsToUsd, parseAmount } from './amount.ts';
import { buyerInstitution, type Buyer, type BuyerInstitution } from './buyers.ts';
import { sercopProcedureKey } from './procedures.ts';
import type { ProcessRelease } from './types.ts';

const FIELDS = [
  'date', 'year', 'month', 'buyer_name', 'buyer_ruc', 'procedure', 'method', 'amount', 'title', 'description',
  'locality', 'region', 'suppliers',
] as const satisfies readonly (keyof ProcessRelease)[];

function dateMs(d: string | null): number {
  const t = d ? Date.parse(d) : NaN;
  return Number.isNaN(t) ? -Infinity : t;
}

/** Merges the releases of one ocid (given in reading order) by date. */
export function mergeReleases(releases: readonly ProcessRelease[]): ProcessRelease {
  if (releases.length === 1) return releases[0]!;
  const ordered = releases.map((r, i) => ({ r, i, t: dateMs(r.date) })).sort((a, b) => a.t - b.t || a.i - b.i).map((x) => x.r);
  const out: ProcessRelease = { ...ordered[ordered.length - 1]! };
  for (const f of FIELDS) {
    for (let k = ordered.length - 1; k >= 0; k--) {
      const v = ordered[k]![f];
      if (v !== null) {
        (out as unknown as Record<string, unknown>)[f] = v;
        break;
      }
    }
  }
  return out;
}

/** Whether repeating this ocid is a problem worth a flag (several releases of one package are not). */
export function isRepeated(releases: readonly ProcessRelease[]): boolean {
  if (releases.length < 2) return false;
  const first = releases[0]!;
  return !releases.every((r) => r.kind === 'release' && r.source_file === first.source_file);
}

export interface ContractOut {
  contract: Contract | null;
  flags: FlagDraft[];
  /** The buyer's institution when the catalogue does not know it. */
  newInstitution: Institution | null;
}

/** Buyer lookups remembered for one ingest (the same buyers recur thousands of times). */
export function cachedBuyers(resolver: InstitutionResolver): (b: Buyer) => BuyerInstitution {
  const cache = new Map<string, BuyerInstitution>();
  const catalogueIds = new Set(resolver.institutions.map((i) => i.id));
  return (b) => {
    const key = `${b.ruc ?? ''}\u0000${b.name}`;
    let hit = cache.get(key);
    if (!hit) cache.set(key, (hit = buyerInstitution(resolver, b, catalogueIds)));
    return hit;
  };
}

/** One merged ocid → its `contracts` row (or null, flagged, when it lacks buyer or year). */
export function toContract(releases: readonly ProcessRelease[], buyers: (b: Buyer) => BuyerInstitution): ContractOut {
  const r = mergeReleases(releases);
  const flags: FlagDraft[] = [];
  const at = (problem: string, value: string | number | null, severity: FlagDraft['severity'], code: FlagDraft['code'], field: string | null) =>
    flags.push({ severity, code, message: flagMessage(problem, value, r.source_file, r.source_line), dataset: 'contracts', field, source_line: r.source_line });
  if (isRepeated(releases)) {
    const where = releases.map((x) => `${x.source_file}:${x.source_line}`).join(', ');
    at(`ocid repetido ${releases.length} veces (${where}); se unen sus publicaciones por fecha`, r.ocid, 'warning', 'duplicate_skipped', 'ocid');
  }
  if (!r.buyer_name) {
    at('proceso sin comprador; se omite', r.ocid, 'error', 'invalid_record', 'institution_id');
    return { contract: null, flags, newInstitution: null };
  }
  let { year, month } = r;
  if (year === null || month === null || month < 1 || month > 12 || year < 1990 || year > 2100) {
    const m = r.date ? /^(\d{4})-(\d{2})/.exec(r.date) : null;
    if (!m) {
      at('proceso sin año ni fecha; se omite', r.ocid, 'error', 'invalid_record', 'year');
      return { contract: null, flags, newInstitution: null };
    }
    year = Number(m[1]);
    month = Number(m[2]);
    at('proceso sin año/mes; se tomaron de la fecha de publicación', r.date, 'info', 'year_inferred', 'year');
  }
  const amount = parseAmount(r.amount);
  if (amount.issue === 'missing') at('proceso sin monto', r.ocid, 'warning', 'value_missing', 'amount');
  else if (amount.issue === 'invalid') at('monto ilegible', amount.raw, 'warning', 'value_suspicious', 'amount');
  else if (amount.issue === 'subcent') {
    at(`monto con más de dos decimales, redondeado a ${(amount.cents! / 100).toFixed(2)}`, amount.raw, 'info', 'number_repaired', 'amount');
  }
  if (amount.cents !== null && amount.cents < 0) at('monto negativo', amount.raw, 'warning', 'value_suspicious', 'amount');
  const proc = sercopProcedureKey(r.procedure);
  if (!proc.known) {
    at(r.procedure ? 'tipo de procedimiento desconocido; se cuenta como "otras"' : 'proceso sin tipo de procedimiento; se cuenta como "otras"',
      r.procedure ?? r.ocid, 'warning', 'procedure_unknown', 'procedure_key');
  }
  const buyer = buyers({ name: r.buyer_name, ruc: r.buyer_ruc });
  for (const n of buyer.notes) at(n.problem, n.value, n.severity, n.code, 'institution_id');
  const date = r.date && /^\d{4}-\d{2}-\d{2}/.test(r.date) ? r.date.slice(0, 10) : null;
  return {
    flags,
    newInstitution: buyer.catalogued ? null : buyer.institution,
    contract: {
      ocid: r.ocid, institution_id: buyer.institution.id, buyer_name: r.buyer_name, buyer_ruc: r.buyer_ruc,
      year, month, procedure: r.procedure, procedure_key: proc.key, method: r.method,
      amount: amount.cents === null ? null : centsToUsd(amount.cents), amount_reported: amount.raw,
      date, title: r.title, description: r.description, locality: r.locality, region: r.region, suppliers: r.suppliers,
      source_file: r.source_file, source_line: r.source_line, source_pointer: r.source_pointer,
    },
  };
}
