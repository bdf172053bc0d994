/**
 * Budget lines: one row per line, label above a bullet bar. The planned amount is a light bar
 * with a dark outline (its end stays visible even when execution overruns it); the executed
 * amount is a narrower dark bar inside it. Text after the bars: "$5,2 M de $7,5 M".
 * A missing figure is written out ("no reportado"), never drawn as 0.
 */
import * as Plot from '@observablehq/plot';
import { formatUsd, formatUsdShort, MISSING_TEXT } from './format.js';
import {
  finiteOrNull,
  AXIS_HEIGHT, COLORS, FONT, LABEL_GAP, ROW_GAP, chartWidth, emptyChart, labelBlock, labelMark,
  legendHeight, linearAxis, renderRowsWithLegend, valueMark, xAxisMarks, bandRule, boundedRows, hiddenRowsNote, hiddenRowsText, minOf,
  type Band, type ChartBase, type LegendItem, type Mark, type TextDatum,
} from './render.js';
import { textWidth } from './text.js';

export interface BudgetLineRow {
  label: string;
  planned: number | null;
  executed: number | null;
}

const CLASS = 'ca-chart-budget';
const BAR = 18;
const INNER = 10;

function valueText(planned: number | null, executed: number | null): string {
  if (planned === null && executed === null) return MISSING_TEXT;
  if (executed === null) return `ejecutado ${MISSING_TEXT} · plan ${formatUsdShort(planned)}`;
  if (planned === null) return `${formatUsdShort(executed)} · plan ${MISSING_TEXT}`;
  return `${formatUsdShort(executed)} de ${formatUsdShort(planned)}`;
}

const BUDGET_ROWS = 'líneas';

/** The note on the lines a budget chart of `rows` leaves out (null when it draws them all), for the page to print beside it. */
export const budgetLinesHiddenText = (rows: readonly BudgetLineRow[]): string | null => hiddenRowsText(rows.length, BUDGET_ROWS);

export function budgetLinesChart(rows: BudgetLineRow[], opts: ChartBase): string {
  if (rows.length === 0) return emptyChart(opts, CLASS);
  const width = chartWidth(opts);
  const bounded = boundedRows(rows);
  const items = bounded.rows.map((r) => {
    const planned = finiteOrNull(r.planned);
    const executed = finiteOrNull(r.executed);
    const text = valueText(planned, executed);
    return { label: r.label, planned, executed, text, end: Math.max(planned ?? 0, executed ?? 0) };
  });
  const hasValues = items.some((d) => d.planned !== null || d.executed !== null);
  const axis = linearAxis(
    width,
    items.map((d) => ({ end: d.end, textWidth: textWidth(d.text, FONT) })),
    (n) => formatUsdShort(n),
    { min: minOf(items.flatMap((d) => [d.planned ?? 0, d.executed ?? 0]), 0) },
  );
  const legend: LegendItem[] = [
    { label: 'Planificado', fill: COLORS.blueLight, stroke: COLORS.blue },
    { label: 'Ejecutado', fill: COLORS.blue, height: INNER },
  ];
  const legendTop = 6;
  const top = legendTop + legendHeight(legend, width, axis.marginLeft) + 10;

  const labels: TextDatum[] = [];
  const values: TextDatum[] = [];
  const missing: TextDatum[] = [];
  const plannedBars: { y1: number; y2: number; x2: number; title: string }[] = [];
  const executedBars: { y1: number; y2: number; x2: number; title: string }[] = [];
  const bands: Band[] = [];
  let y = top;
  for (const d of items) {
    const block = labelBlock(d.label, width - axis.marginLeft - 4);
    labels.push({ y, text: block.lines.join('\n'), title: block.title });
    const barTop = y + block.height + LABEL_GAP;
    bands.push({ y1: barTop, y2: barTop + BAR });
    const title = `${d.label}: planificado ${formatUsd(d.planned)}; ejecutado ${formatUsd(d.executed)}`;
    if (d.planned !== null) plannedBars.push({ y1: barTop, y2: barTop + BAR, x2: d.planned, title });
    if (d.executed !== null) {
      const inset = (BAR - INNER) / 2;
      executedBars.push({ y1: barTop + inset, y2: barTop + BAR - inset, x2: d.executed, title });
    }
    const datum = { y: barTop + BAR / 2, x: d.end, text: d.text, title: null };
    (d.planned === null && d.executed === null ? missing : values).push(datum);
    y = barTop + BAR + ROW_GAP;
  }
  const bottom = y - ROW_GAP + 8;
  const more = hiddenRowsNote(rows.length, BUDGET_ROWS, bottom + AXIS_HEIGHT, width - axis.marginLeft - 4, opts);
  const marks: Mark[] = [
    ...(hasValues ? xAxisMarks(axis.ticks, (n: number) => formatUsdShort(n), 'USD', top - 4, bottom) : []),
    Plot.rect(plannedBars, {
      x1: 0, x2: 'x2', y1: 'y1', y2: 'y2', title: 'title',
      fill: COLORS.blueLight, stroke: COLORS.blue, strokeWidth: 1, className: 'ca-planned',
    }),
    Plot.rect(executedBars, {
      x1: 0, x2: 'x2', y1: 'y1', y2: 'y2', title: 'title', fill: COLORS.blue, className: 'ca-executed',
    }),
    bandRule(0, bands, { className: 'ca-zero' }),
    labelMark(labels, { className: 'ca-labels' }),
    valueMark(values, { className: 'ca-values' }),
    valueMark(missing, { className: 'ca-missing', fill: COLORS.muted, dx: 4 }),
    ...more.marks,
  ];
  return renderRowsWithLegend({ className: CLASS, width, top, bottom, axis, marks, more, legend, legendTop }, opts);
}
