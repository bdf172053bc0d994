/**
 * Pre-rendered chart variants of a comparison page, within a byte budget: the chart of every row
 * always, then the filter states reachable through the form (one filter, then two...) until the
 * budget or the count runs out. Each chart draws a bounded number of rows (chartSelection), so a
 * variant costs the same at 5 or 5,000 institutions.
 */
import type { BaseRow } from './compare.ts';
import { chartVariants } from './compare.ts';
import type { RenderedChart } from './charts.ts';

export interface Variant {
  /** Filter states answered by this chart (see variantKey). */
  keys: string[];
  /** Rows in the filtered subset (the chart may draw fewer: see its note). */
  count: number;
  chart: RenderedChart;
  takeaway: string;
  /** What part of the subset the chart draws ("las 10 más altas y las 10 más bajas de 4.312"), or null when all. */
  note: string | null;
}

export function renderVariants<R extends BaseRow>(
  rows: readonly R[],
  render: (rows: R[]) => { chart: RenderedChart; note: string | null },
  takeaway: (rows: R[]) => string,
  opts: { max?: number; budgetBytes?: number } = {},
): Variant[] {
  const max = opts.max ?? 24;
  const budget = opts.budgetBytes ?? 400_000;
  const out: Variant[] = [];
  let bytes = 0;
  for (const v of chartVariants(rows, max)) {
    const { chart, note } = render(v.rows);
    const size = chart.narrow.length + chart.wide.length;
    if (out.length > 0 && bytes + size > budget) break;
    bytes += size;
    out.push({ keys: v.keys, count: v.rows.length, chart, takeaway: takeaway(v.rows), note });
  }
  return out;
}
