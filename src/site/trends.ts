/**
 * Years side by side: for an institution with headline reports in two or more years, one row per
 * year with its budget execution, its goals' capped mean and its procurement amount awarded, each
 * with the file and line it comes from, and the change from the year before (percentage points
 * for percentages, dollars for amounts). Null (never zero) where a year does not report a figure.
 */
import type { Datasets } from '../schema/datasets.ts';
import { goalsBlockFor } from './goals.ts';
import { listOf, lookup, memo } from './lookup.ts';
import { bestPct, procurementTotals } from './stats.ts';
import { num, usd } from './format.ts';

export interface TrendFigure {
  value: number | null;
  /** value − the previous year's value; null for the first year or when either is absent. */
  change: number | null;
  source_file: string | null;
  source_line: number | null;
}

export interface TrendYear {
  year: number;
  /** % of the budget executed (computed, else reported). */
  budget: TrendFigure;
  /** Mean goal fulfilment with every goal capped at 100 %. */
  goals: TrendFigure;
  /** Procurement amount awarded (USD). */
  procurement: TrendFigure;
}

/** The years of institution `id`, oldest first; empty when it has fewer than two years. */
export function institutionTrend(ds: Datasets, id: string): TrendYear[] {
  return memo(ds, `trend:${id}`, () => {
    const l = lookup(ds);
    const reports = listOf(l.reportsOf, id).filter((r) => r.headline !== false);
    const years = [...new Set(reports.map((r) => r.year))].sort((a, b) => a - b);
    if (years.length < 2) return [];
    const out: TrendYear[] = [];
    for (const year of years) {
      const ofYear = reports.filter((r) => r.year === year).sort((a, b) => a.id.localeCompare(b.id));
      const summary = ofYear.flatMap((r) => listOf(l.byReport.budget_summaries, r.id))[0] ?? null;
      let goals: { value: number | null; file: string | null; line: number | null } = { value: null, file: null, line: null };
      for (const r of ofYear) {
        const list = listOf(l.byReport.goals, r.id);
        const block = goalsBlockFor(r, list);
        if (block && block.cappedMean !== null) {
          goals = { value: block.cappedMean, file: r.source_file, line: block.goals[0]?.source_line ?? null };
          break;
        }
      }
      const proc = ofYear.map((r) => listOf(l.byReport.procurement, r.id)).find((rows) => rows.length > 0) ?? [];
      const firstProc = [...proc].sort((a, b) => a.source_line - b.source_line)[0] ?? null;
      out.push({
        year,
        budget: { value: summary ? bestPct(summary) : null, change: null, source_file: summary?.source_file ?? null, source_line: summary?.source_line ?? null },
        goals: { value: goals.value, change: null, source_file: goals.file, source_line: goals.line },
        procurement: { value: proc.length ? procurementTotals(proc).awarded_amount : null, change: null, source_file: firstProc?.source_file ?? null, source_line: firstProc?.source_line ?? null },
      });
    }
    for (let i = 1; i < out.length; i++) {
      for (const k of ['budget', 'goals', 'procurement'] as const) {
        const a = out[i - 1]![k].value;
        const b = out[i]![k].value;
        out[i]![k].change = a === null || b === null ? null : Math.round((b - a) * 100) / 100;
      }
    }
    return out;
  });
}

/** "+5,39 p. p." / "−2 p. p." for percentages, "+$25.477.060,41" for amounts; "" without a change. */
export function formatChange(change: number | null, kind: 'pct' | 'usd'): string {
  if (change === null) return '';
  const sign = change > 0 ? '+' : change < 0 ? '\u2212' : '';
  const abs = Math.abs(change);
  return kind === 'pct' ? `${sign}${num(abs)}\u00a0p.\u00a0p.` : `${sign}${usd(abs)}`;
}
