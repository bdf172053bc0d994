/**
 * Declared procurement (the institution's own report, `procurement`) against SERCOP's record
 * (`contracts`), per institution, year and procedure key.
 *
 * An institution-year is compared only when both sources have it (a report with procurement
 * rows and at least one SERCOP process); inside it every procedure key of either side is a
 * row, the missing side counting $0. Declared amount = awarded (adjudicado), else finalized.
 * `procurement_mismatch` (warning) when the two differ by more than 5 % of the declared amount
 * and by more than $10.000. All sums in integer cents. Ingest turns mismatches into flags
 * (`ingest/sercop/crosscheck.ts`); the site shows the rows.
 */
import type { Contract, Procurement } from '../schema/datasets.ts';

export const MISMATCH_PCT = 5;
export const MISMATCH_CENTS = 10_000_00;

export interface CrossCheckRow {
  institution_id: string;
  year: number;
  procedure_key: string;
  /** Declared amount in cents (null when the report has no row for this key). */
  declared_cents: number | null;
  declared_count: number | null;
  /** SERCOP amount in cents (sum of the processes with an amount) and number of processes. */
  recorded_cents: number;
  recorded_count: number;
  mismatch: boolean;
  /** The first declared row of the key (for the flag's place), if any. */
  declared_row: Procurement | null;
  /** The first SERCOP process of the key, if any. */
  first_contract: Contract | null;
}

const cents = (usd: number | null): number | null => (usd === null ? null : Math.round(usd * 100));

/** Whether declared and recorded amounts (cents) differ by more than 5 % and $10.000. */
export function isMismatch(declared: number, recorded: number): boolean {
  const diff = Math.abs(declared - recorded);
  return diff > MISMATCH_CENTS && diff * 100 > MISMATCH_PCT * Math.abs(declared);
}

/** Cross-check rows, sorted by institution, year and procedure key. */
export function crossCheck(procurement: readonly Procurement[], contracts: readonly Contract[]): CrossCheckRow[] {
  const rows = new Map<string, CrossCheckRow>();
  const declaredYears = new Set<string>();
  const recordedYears = new Set<string>();
  const row = (institution_id: string, year: number, procedure_key: string): CrossCheckRow => {
    const k = `${institution_id}\u0000${year}\u0000${procedure_key}`;
    let r = rows.get(k);
    if (!r) {
      r = { institution_id, year, procedure_key, declared_cents: null, declared_count: null, recorded_cents: 0, recorded_count: 0, mismatch: false, declared_row: null, first_contract: null };
      rows.set(k, r);
    }
    return r;
  };
  for (const p of procurement) {
    const amount = cents(p.awarded_amount ?? p.finalized_amount);
    const count = p.awarded_count ?? p.finalized_count;
    declaredYears.add(`${p.institution_id}\u0000${p.year}`);
    const r = row(p.institution_id, p.year, p.procedure_key);
    r.declared_row ??= p;
    if (amount !== null) r.declared_cents = (r.declared_cents ?? 0) + amount;
    if (count !== null) r.declared_count = (r.declared_count ?? 0) + count;
  }
  for (const c of contracts) {
    recordedYears.add(`${c.institution_id}\u0000${c.year}`);
    const r = row(c.institution_id, c.year, c.procedure_key);
    r.first_contract ??= c;
    r.recorded_count++;
    if (c.amount !== null) r.recorded_cents += cents(c.amount)!;
  }
  const out: CrossCheckRow[] = [];
  for (const r of rows.values()) {
    const iy = `${r.institution_id}\u0000${r.year}`;
    if (!declaredYears.has(iy) || !recordedYears.has(iy)) continue;
    r.mismatch = isMismatch(r.declared_cents ?? 0, r.recorded_cents);
    out.push(r);
  }
  return out.sort((a, b) =>
    a.institution_id < b.institution_id ? -1 : a.institution_id > b.institution_id ? 1 : a.year - b.year || (a.procedure_key < b.procedure_key ? -1 : a.procedure_key > b.procedure_key ? 1 : 0));
}

