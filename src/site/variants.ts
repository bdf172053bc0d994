/**
 * Pre-rendered chart variants of a comparison page, within a byte budget: the full set always,
 * then the subsets reachable through the filters until the budget or the count runs out.
 */
import type { BaseRow } from './compare.ts';
import { chartVariants } from './compare.ts';
import type { RenderedChart } from './charts.ts';

export function renderVariants<R extends BaseRow>(
  rows: readonly R[],
  render: (rows: R[]) => RenderedChart,
  takeaway: (rows: R[]) => string,
  opts: { max?: number; budgetBytes?: number } = {},
): { key: string; chart: RenderedChart; takeaway: string }[] {
  const max = opts.max ?? 12;
  const budget = opts.budgetBytes ?? 250_000;
  const out: { key: string; chart: RenderedChart; takeaway: string }[] = [];
  let bytes = 0;
  for (const v of chartVariants(rows, max)) {
    const chart = render(v.rows);
    const size = chart.narrow.length + chart.wide.length;
    if (out.length > 0 && bytes + size > budget) break;
    bytes += size;
    out.push({ key: v.key, chart, takeaway: takeaway(v.rows) });
  }
  return out;
}
