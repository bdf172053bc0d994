/**
 * "Según el SERCOP": an institution's procurement as SERCOP records it (`contracts`), by year,
 * procedure type and month, its largest processes, and the declared procurement of the same
 * year beside it (the cross-check of src/ingest/sercop/crosscheck.ts). Pure; sums in cents.
 */
import type { Contract, Datasets, Flag } from '../schema/datasets.ts';
import { PROCEDURE_LABELS } from '../ingest/procedures.ts';
import { crossCheck, type CrossCheckRow } from '../ingest/sercop/crosscheck.ts';
import { listOf, lookup, memo } from './lookup.ts';

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
