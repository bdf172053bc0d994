/**
 * "Según el SERCOP": an institution's procurement as SERCOP records it (`contracts`), by year,
 * procedure type and month, its largest processes, and the declared procurement of the same
 * year beside it (the cross-check of src/lib/crosscheck.ts). Pure; sums in cents.
 */
import type { Contract, Datasets, Flag } from '../schema/datasets.ts';
import { PROCEDURE_LABELS } from '../lib/procedures.ts';
import { crossCheck, type CrossCheckRow } from '../lib/crosscheck.ts';
import { institutionFlags } from './flags.ts';
import { count, theName } from './spanish.ts';
import { listOf, lookup, memo } from './lookup.ts';
import {
  applyFilters, CHANGE_MISSING, commonColumns, filterOptions, rankBy, sourceColumn, trailingColumns, unitOf, withChange,
  type BaseRow, type ChangeMissing, type Column, type Comparison, type Filters, type YearChange,
} from './compare.ts';
import { int, usd } from './format.ts';
import type { SearchRecord } from './search.ts';

/** Largest processes listed per year on a profile (the rest is in the dataset download). */
export const LARGEST_SHOWN = 10;

export interface ProcedureTotal {
  key: string;
  label: string;
  count: number;
  /** USD, sum of the processes with an amount; processes without one are counted in `missing`. */
  amount: number;
  missing: number;
  /** Declared amount of the same year and key (USD), when the institution declared that year. */
  declared: number | null;
  declared_count: number | null;
  mismatch: boolean;
  /** The procurement_mismatch flag of this key and year, if any. */
  flag: Flag | null;
}

export interface MonthTotal {
  month: number;
  count: number;
  amount: number;
}

export interface ContractsYear {
  year: number;
  count: number;
  amount: number;
  /** Processes without an amount. */
  missing: number;
  /** Whether the institution declared procurement for this year in a report. */
  declared: boolean;
  byProcedure: ProcedureTotal[];
  /** Twelve months, January first. */
  byMonth: MonthTotal[];
  /** The LARGEST_SHOWN largest processes (amount descending, then ocid), with their flags. */
  largest: { contract: Contract; flags: Flag[] }[];
}

export interface ContractsSection {
  count: number;
  amount: number;
  /** Newest year first. */
  years: ContractsYear[];
}

export function procedureLabel(key: string): string {
  return PROCEDURE_LABELS[key] ?? key.replace(/_/g, ' ');
}

const cents = (usd: number | null) => (usd === null ? 0 : Math.round(usd * 100));

/** Contracts of each institution, in dataset order (once per Datasets). */
export function contractsByInstitution(ds: Datasets): Map<string, Contract[]> {
  return memo(ds, 'contracts:by-institution', () => {
    const m = new Map<string, Contract[]>();
    for (const c of ds.contracts) {
      const list = m.get(c.institution_id);
      if (list) list.push(c);
      else m.set(c.institution_id, [c]);
    }
    return m;
  });
}

/** Cross-check rows by `institution|year|key` (once per Datasets). */
function crossCheckIndex(ds: Datasets): Map<string, CrossCheckRow> {
  return memo(ds, 'contracts:crosscheck', () =>
    new Map(crossCheck(ds.procurement, ds.contracts).map((r) => [`${r.institution_id}|${r.year}|${r.procedure_key}`, r])));
}

/** The section for one institution; null when SERCOP records nothing for it. */
export function contractsSection(ds: Datasets, institutionId: string, flags: readonly Flag[] = []): ContractsSection | null {
  const rows = contractsByInstitution(ds).get(institutionId);
  if (!rows?.length) return null;
  const checks = crossCheckIndex(ds);
  const mismatchFlags = flags.filter((f) => f.code === 'procurement_mismatch');
  const byYear = new Map<number, Contract[]>();
  for (const c of rows) {
    const list = byYear.get(c.year);
    if (list) list.push(c);
    else byYear.set(c.year, [c]);
  }
  const years: ContractsYear[] = [...byYear.entries()].sort((a, b) => b[0] - a[0]).map(([year, list]) => {
    const procs = new Map<string, { count: number; cents: number; missing: number }>();
    const months = Array.from({ length: 12 }, () => ({ count: 0, cents: 0 }));
    let total = 0;
    let missing = 0;
    for (const c of list) {
      const p = procs.get(c.procedure_key) ?? { count: 0, cents: 0, missing: 0 };
      p.count++;
      p.cents += cents(c.amount);
      if (c.amount === null) (p.missing++, missing++);
      procs.set(c.procedure_key, p);
      months[c.month - 1]!.count++;
      months[c.month - 1]!.cents += cents(c.amount);
      total += cents(c.amount);
    }
    const declaredYear = listOf(lookup(ds).reportsOf, institutionId)
      .some((r) => r.year === year && listOf(lookup(ds).byReport.procurement, r.id).length > 0);
    const byProcedure: ProcedureTotal[] = [...procs.entries()].map(([key, p]) => {
      const check = checks.get(`${institutionId}|${year}|${key}`);
      const flag = check?.mismatch
        ? mismatchFlags.find((f) => f.message.includes(`(${key}, ${year})`)) ?? null
        : null;
      return {
        key, label: procedureLabel(key), count: p.count, amount: p.cents / 100, missing: p.missing,
        declared: check?.declared_cents == null ? null : check.declared_cents / 100,
        declared_count: check?.declared_count ?? null, mismatch: check?.mismatch ?? false, flag,
      };
    });
    // Declared keys SERCOP does not record this year (shown with $0 recorded).
    for (const check of checks.values()) {
      if (check.institution_id !== institutionId || check.year !== year || procs.has(check.procedure_key)) continue;
      byProcedure.push({
        key: check.procedure_key, label: procedureLabel(check.procedure_key), count: 0, amount: 0, missing: 0,
        declared: check.declared_cents == null ? null : check.declared_cents / 100, declared_count: check.declared_count,
        mismatch: check.mismatch,
        flag: check.mismatch ? mismatchFlags.find((f) => f.message.includes(`(${check.procedure_key}, ${year})`)) ?? null : null,
      });
    }
    byProcedure.sort((a, b) => b.amount - a.amount || b.count - a.count || (a.key < b.key ? -1 : 1));
    const largest = [...list]
      .sort((a, b) => (b.amount ?? -Infinity) - (a.amount ?? -Infinity) || (a.ocid < b.ocid ? -1 : a.ocid > b.ocid ? 1 : 0))
      .slice(0, LARGEST_SHOWN)
      .map((contract) => ({
        contract,
        flags: flags.filter((f) => f.dataset === 'contracts' && f.source_file === contract.source_file && f.source_line === contract.source_line),
      }));
    return {
      year, count: list.length, amount: total / 100, missing, declared: declaredYear, byProcedure,
      byMonth: months.map((m, i) => ({ month: i + 1, count: m.count, amount: m.cents / 100 })), largest,
    };
  });
  return {
    count: rows.length,
    amount: years.reduce((s, y) => s + cents(y.amount), 0) / 100,
    years,
  };
}

// ---------------------------------------------------------------- comparison (/comparar/contratacion-sercop/)

export interface SercopRow extends BaseRow {
  processes: number;
  amount: number;
  /** Processes without an amount. */
  missing: number;
  top_procedure: string | null;
  /** Share of the amount of the largest procedure type (%). */
  top_share: number | null;
  /** Amount the institution declares for the same year (awarded, USD), if it declares that year. */
  declared: number | null;
  /** SERCOP − declared (USD). */
  difference: number | null;
  /** Procedure types whose amounts differ by more than 5 % and $10.000. */
  mismatches: number;
  /** `amount` against the institution's SERCOP amount of the year before (dollars). */
  change: YearChange | null;
}

/** An empty change cell of the SERCOP comparison: the year before has no process of the institution, not no report. */
const SERCOP_CHANGE_MISSING: ChangeMissing = { ...CHANGE_MISSING, no_previous: (c) => `sin procesos en ${c.from}` };

/** Label of the SERCOP source in filters ("Formato"). */
export const SERCOP_FORMAT = 'sercop';

/**
 * The flags on one institution-year of SERCOP records: the cross-check of that year
 * (procurement_mismatch) and the warnings on its processes (no amount, unknown procedure type),
 * which mark the SERCOP amount and the main procedure type.
 */
export function sercopRowFlags(flags: readonly Flag[], year: number, contracts: readonly Contract[]): Flag[] {
  const at = new Set(contracts.map((c) => `${c.source_file}:${c.source_line}`));
  return flags.filter((f) => (f.code === 'procurement_mismatch' && f.message.includes(`, ${year})`))
    || (f.dataset === 'contracts' && f.severity !== 'info' && at.has(`${f.source_file}:${f.source_line}`)));
}

/** One row per institution and year SERCOP records, ranked by amount. */
export function sercopComparison(ds: Datasets, filters: Filters = {}): Comparison<SercopRow> {
  const compute = () => sercopComparisonOf(ds, filters);
  return Object.values(filters).some((v) => v) ? compute() : memo(ds, 'comparison:contratacion-sercop', compute);
}

function sercopComparisonOf(ds: Datasets, filters: Filters): Comparison<SercopRow> {
  const l = lookup(ds);
  const checks = [...crossCheckIndex(ds).values()];
  const checksOf = new Map<string, CrossCheckRow[]>();
  for (const c of checks) {
    const k = `${c.institution_id}|${c.year}`;
    const list = checksOf.get(k);
    if (list) list.push(c);
    else checksOf.set(k, [c]);
  }
  const all: SercopRow[] = [];
  for (const [institutionId, list] of contractsByInstitution(ds)) {
    const inst = l.institution.get(institutionId);
    if (!inst) continue;
    const years = new Map<number, Contract[]>();
    for (const c of list) {
      const y = years.get(c.year);
      if (y) y.push(c);
      else years.set(c.year, [c]);
    }
    for (const [year, cs] of years) {
      const byKey = new Map<string, number>();
      let total = 0;
      let missing = 0;
      for (const c of cs) {
        if (c.amount === null) missing++;
        total += cents(c.amount);
        byKey.set(c.procedure_key, (byKey.get(c.procedure_key) ?? 0) + cents(c.amount));
      }
      let top: [string, number] | null = null;
      for (const e of byKey) if (!top || e[1] > top[1] || (e[1] === top[1] && e[0] < top[0])) top = e;
      const yearChecks = checksOf.get(`${institutionId}|${year}`) ?? [];
      const declaredCents = yearChecks.length ? yearChecks.reduce((s, c) => s + (c.declared_cents ?? 0), 0) : null;
      const first = cs.reduce((a, b) => (b.source_file < a.source_file || (b.source_file === a.source_file && b.source_line < a.source_line) ? b : a));
      all.push({
        key: `${institutionId}--sercop-${year}`, institution_id: institutionId, name: inst.name, acronym: inst.acronym,
        function: inst.function, level: inst.level, unit_of: unitOf(ds, inst)?.name ?? null, year, format: SERCOP_FORMAT, report_id: `sercop-${year}`,
        source_file: first.source_file, source_line: first.source_line, page_starts: null,
        flags: sercopRowFlags(listOf(l.flagsOfInstitution, institutionId), year, cs),
        alerts: institutionFlags(ds, institutionId).length,
        processes: cs.length, amount: total / 100, missing,
        top_procedure: top ? procedureLabel(top[0]) : null,
        top_share: top && total > 0 ? Math.round((top[1] * 10000) / total) / 100 : null,
        declared: declaredCents === null ? null : declaredCents / 100,
        difference: declaredCents === null ? null : (total - declaredCents) / 100,
        mismatches: yearChecks.filter((c) => c.mismatch).length,
        change: null,
      });
    }
  }
  const change = withChange(all, (r) => r.amount, 'usd_change', 'monto', SERCOP_CHANGE_MISSING);
  const rows = rankBy(applyFilters(all, filters), (r) => r.amount);
  const columns: Column<SercopRow>[] = [
    ...commonColumns<SercopRow>(),
    { key: 'procesos', label: 'Procesos (SERCOP)', kind: 'int', value: (r) => r.processes },
    { key: 'monto', label: 'Monto (SERCOP, USD)', kind: 'usd', value: (r) => r.amount, marks: (f) => f.dataset === 'contracts' && f.field === 'amount' },
    ...change,
    { key: 'sin_monto', label: 'Procesos sin monto', kind: 'int', value: (r) => r.missing },
    { key: 'principal', label: 'Procedimiento principal', kind: 'text', value: (r) => r.top_procedure, marks: (f) => f.code === 'procedure_unknown' },
    { key: 'pct_principal', label: '% del monto (principal)', kind: 'pct', value: (r) => r.top_share },
    { key: 'declarado', label: 'Declarado en el informe (USD)', kind: 'usd', value: (r) => r.declared },
    { key: 'diferencia', label: 'SERCOP − declarado (USD)', kind: 'usd', value: (r) => r.difference, marks: (f) => f.code === 'procurement_mismatch' },
    { key: 'no_cuadran', label: 'Tipos que no cuadran', kind: 'int', value: (r) => (r.declared === null ? null : r.mismatches), marks: (f) => f.code === 'procurement_mismatch' },
    ...trailingColumns<SercopRow>(),
    sourceColumn<SercopRow>(),
  ];
  return { rows, columns, options: filterOptions(all), takeaway: sercopTakeaway(rows) };
}

export function sercopTakeaway(rows: readonly SercopRow[]): string {
  const top = rows[0];
  if (!top) return 'El SERCOP no registra procesos de las instituciones de la selección.';
  let s = `Según el SERCOP, ${theName(top.name)} contrató el mayor monto (${usd(top.amount)} en ${count(top.processes, 'proceso')}, ${top.year})`;
  const off = rows.filter((r) => r.mismatches > 0).length;
  if (off) s += `; en ${int(off)} ${off === 1 ? 'institución-año' : 'instituciones-año'} lo declarado no cuadra con el SERCOP en algún tipo de procedimiento`;
  return `${s}.`;
}

// ---------------------------------------------------------------- search (scripts/pagefind.mjs)

/** Anchor of a year of "Según el SERCOP" on a profile. */
export const sercopYearAnchor = (year: number) => `sercop-${year}`;

/**
 * One Pagefind record per process: found by its ocid, title, description and supplier, and
 * leading to its year of "Según el SERCOP" on the buyer's profile. Pagefind keeps one record per
 * URL, so each URL names its process in the query (`?proceso=<ocid>`, which the static page ignores).
 */
export function contractSearchRecords(ds: Datasets): SearchRecord[] {
  const l = lookup(ds);
  const out: SearchRecord[] = [];
  for (const c of ds.contracts) {
    const inst = l.institution.get(c.institution_id);
    if (!inst) continue;
    const anchor = sercopYearAnchor(c.year);
    out.push({
      url: `/instituciones/${inst.id}/?proceso=${encodeURIComponent(c.ocid)}#${anchor}`,
      content: [c.ocid, c.title, c.description, c.suppliers && `Proveedor: ${c.suppliers}`].filter(Boolean).join('. '),
      language: 'es',
      meta: {
        title: c.description ?? c.title ?? c.ocid,
        contexto: [inst.name, c.procedure ?? procedureLabel(c.procedure_key), `SERCOP ${c.year}`, c.ocid].join(' · '),
        cifras: `Monto ${usd(c.amount)}`,
      },
      filters: { tipo: ['proceso'], funcion: [inst.function], nivel: [inst.level], anio: [String(c.year)] },
      sort: { anio: String(c.year) },
      institutionId: inst.id,
      anchor,
      detail: [c.procedure ?? procedureLabel(c.procedure_key), `SERCOP ${c.year}`, `monto ${usd(c.amount)}`].join(' · '),
    });
  }
  return out;
}
