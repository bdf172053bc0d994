/**
 * Goals: % of fulfilment per goal, label above each bar, a grey track from 0 to 100 % (so a
 * 0 % goal shows an empty bar and "0 %"), a dashed 100 % reference rule. With `cap` (e.g. 100)
 * bars stop at the cap and over-achieving goals get a triangle and their real value in bold
 * ("400 %"), so one 400 % goal does not squash three 0 % goals. null → "sin dato".
 */
import { formatPercent } from './format.js';
import { BAR_ROWS, barsChart } from './bars.js';
import { hiddenRowsText, type ChartBase } from './render.js';

export interface GoalRow {
  label: string;
  /** Percent units (40.39), as reported or computed. */
  pct: number | null;
}

/** The note on the goals a goals chart of `rows` leaves out (null when it draws them all), for the page to print beside it. */
export const goalsHiddenText = (rows: readonly GoalRow[]): string | null => hiddenRowsText(rows.length, BAR_ROWS);

export function goalsChart(rows: GoalRow[], opts: ChartBase & { cap?: number }): string {
  return barsChart(
    rows.map((r) => ({ label: r.label, value: r.pct })),
    opts,
    {
      className: 'ca-chart-goals',
      format: (n) => formatPercent(n),
      axisLabel: '% de cumplimiento',
      missingText: 'sin dato',
      cap: opts.cap,
      reference: 100,
      referenceLabel: `Meta ${formatPercent(100)}`,
      track: 100,
      minMax: 100,
      barHeight: 14,
    },
  );
}
