/**
 * Ranking: one bar per institution in the order given (the caller ranks and limits to top N;
 * rows with a null value stay where the caller put them and read "no reportado"). Highlighted
 * rows are dark blue with a bold label, the others grey, so the highlight survives greyscale.
 * Optional dashed reference rule (e.g. 100 %).
 */
import { formatPercent, formatUsdShort } from './format.js';
import { barsChart } from './bars.js';
import type { ChartBase } from './render.js';

export interface RankingRow {
  label: string;
  /** Percent units (unit '%') or USD (unit 'USD'). */
  value: number | null;
  highlight?: boolean;
}

export function rankingChart(rows: RankingRow[], opts: ChartBase & { unit: '%' | 'USD'; reference?: number; axisLabel?: string }): string {
  const percent = opts.unit === '%';
  const format = percent ? (n: number) => formatPercent(n) : (n: number) => formatUsdShort(n);
  return barsChart(rows, opts, {
    className: 'ca-chart-ranking',
    format,
    axisLabel: opts.axisLabel ?? (percent ? '% de cumplimiento' : 'USD'),
    missingText: 'no reportado',
    reference: opts.reference,
    barHeight: 14,
  });
}
