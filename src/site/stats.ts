/** Small numeric helpers for page data: money sums in integer cents, means rounded to 2 decimals. */
import { centsToUsd, percentOf, sumCents, usdToCents } from '../lib/numbers.ts';

export { percentOf };

/** Sum of USD amounts computed in integer cents; null when every value is null. */
export function sumUsd(values: readonly (number | null | undefined)[]): number | null {
  const cents = sumCents(values.map((v) => (v === null || v === undefined ? null : usdToCents(v))));
  return cents === null ? null : centsToUsd(cents);
}

/** executed / planned × 100 (2 decimals), computed on cents; null when planned is 0 or absent. */
export function pctOfUsd(part: number | null | undefined, whole: number | null | undefined): number | null {
  if (part === null || part === undefined || whole === null || whole === undefined) return null;
  return percentOf(usdToCents(part), usdToCents(whole));
}

/** Mean of the non-null values rounded to 2 decimals (summed in hundredths); null if none. */
export function mean2(values: readonly (number | null | undefined)[]): number | null {
  const xs = values.filter((v): v is number => v !== null && v !== undefined);
  if (!xs.length) return null;
  const hundredths = xs.reduce((s, v) => s + Math.round(v * 100), 0);
  return Math.round(hundredths / xs.length) / 100;
}

/** The percentage to rank or chart: the computed one when we could compute it, else the reported one. */
export function bestPct(r: { pct_computed: number | null; pct_reported: number | null }): number | null {
  return r.pct_computed ?? r.pct_reported;
}

/** Sum of counts; null when every value is null. */
export function sumCounts(values: readonly (number | null)[]): number | null {
  return values.some((x) => x !== null) ? values.reduce<number>((s, x) => s + (x ?? 0), 0) : null;
}

interface ProcurementLike {
  awarded_count: number | null;
  awarded_amount: number | null;
  finalized_count: number | null;
  finalized_amount: number | null;
}

/** Totals of one report's procurement rows: counts summed, amounts summed in cents. */
export function procurementTotals(rows: readonly ProcurementLike[]) {
  return {
    awarded_count: sumCounts(rows.map((r) => r.awarded_count)),
    awarded_amount: sumUsd(rows.map((r) => r.awarded_amount)),
    finalized_count: sumCounts(rows.map((r) => r.finalized_count)),
    finalized_amount: sumUsd(rows.map((r) => r.finalized_amount)),
  };
}

/** The procedure with the largest amount awarded (the first one on a tie); null for no rows. */
export function topProcedure<R extends { awarded_amount: number | null }>(rows: readonly R[]): R | null {
  return rows.reduce<R | null>((m, r) => ((r.awarded_amount ?? -1) > (m?.awarded_amount ?? -1) ? r : m), null);
}

/** Sentence case for labels printed in capitals ("EGRESOS EN PERSONAL" → "Egresos en personal"). */
export function sentenceCase(s: string): string {
  const letters = s.replace(/[^A-Za-zÁÉÍÓÚÜÑáéíóúüñ]/g, '');
  if (!letters || letters !== letters.toUpperCase()) return s;
  const lower = s.toLocaleLowerCase('es');
  return lower.charAt(0).toLocaleUpperCase('es') + lower.slice(1);
}
