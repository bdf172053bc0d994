/**
 * Procurement by procedure type: for each type, the label, a grey line with the counts
 * ("7 adjudicados · 1 finalizado"), then two paired bars: awarded amount (orange, lighter) over
 * finalized amount (blue, darker), each followed by its short USD value. A missing amount reads
 * "no reportado" (no bar); a $0 amount reads "$0".
 */
import * as Plot from '@observablehq/plot';
import { formatInt, formatUsd, formatUsdShort, MISSING_TEXT } from './format.js';
import {
  finiteOrNull,
  AXIS_HEIGHT, COLORS, FONT, LABEL_GAP, ROW_GAP, bandRule, chartWidth, emptyChart, labelBlock,
  labelMark, legendHeight, linearAxis, boundedRows, hiddenRowsNote, hiddenRowsText, minOf, renderRowsWithLegend, valueMark, xAxisMarks,
  type Band, type ChartBase, type LegendItem, type Mark, type TextDatum,
} from './render.js';
import { textWidth } from './text.js';

export interface ProcurementRow {
  label: string;
  awarded_amount: number | null;
  finalized_amount: number | null;
  awarded_count: number | null;
  finalized_count: number | null;
}

const CLASS = 'ca-chart-procurement';
const BAR = 11;
const PAIR_GAP = 3;

/** "7 adjudicados", "1 finalizado", "adjudicados: no reportado". */
function countPhrase(n: number | null, singular: string, plural: string): string {
  const v = finiteOrNull(n);
  if (v === null) return `${plural}: ${MISSING_TEXT}`;
  return `${formatInt(v)} ${v === 1 ? singular : plural}`;
}

export function countsText(awarded: number | null, finalized: number | null): string {
  return `${countPhrase(awarded, 'adjudicado', 'adjudicados')} · ${countPhrase(finalized, 'finalizado', 'finalizados')}`;
}

const PROCUREMENT_ROWS = 'filas';

/** The note on the rows a procurement chart of `rows` leaves out (null when it draws them all), for the page to print beside it. */
export const procurementHiddenText = (rows: readonly ProcurementRow[]): string | null => hiddenRowsText(rows.length, PROCUREMENT_ROWS);

export function procurementChart(rows: ProcurementRow[], opts: ChartBase): string {
  if (rows.length === 0) return emptyChart(opts, CLASS);
  const width = chartWidth(opts);
  const bounded = boundedRows(rows);
  const items = bounded.rows.map((r) => {
    const awarded = finiteOrNull(r.awarded_amount);
    const finalized = finiteOrNull(r.finalized_amount);
    return {
      label: r.label,
      counts: countsText(r.awarded_count, r.finalized_count),
      awarded,
      finalized,
      awardedText: formatUsdShort(awarded),
      finalizedText: formatUsdShort(finalized),
    };
  });
  const hasValues = items.some((d) => d.awarded !== null || d.finalized !== null);
  const axis = linearAxis(
    width,
    items.flatMap((d) => [
      { end: Math.max(0, d.awarded ?? 0), textWidth: textWidth(d.awardedText, FONT) },
      { end: Math.max(0, d.finalized ?? 0), textWidth: textWidth(d.finalizedText, FONT) },
    ]),
    (n) => formatUsdShort(n),
    { min: minOf(items.flatMap((d) => [d.awarded ?? 0, d.finalized ?? 0]), 0) },
  );
  const legend: LegendItem[] = [
    { label: 'Monto adjudicado', fill: COLORS.orange, height: BAR },
    { label: 'Monto finalizado', fill: COLORS.blue, height: BAR },
  ];
  const legendTop = 6;
  const top = legendTop + legendHeight(legend, width, axis.marginLeft) + 10;
  const labelWidth = width - axis.marginLeft - 4;

  const labels: TextDatum[] = [];
  const counts: TextDatum[] = [];
  const values: TextDatum[] = [];
  const missing: TextDatum[] = [];
  const awardedBars: { y1: number; y2: number; x2: number; title: string }[] = [];
  const finalizedBars: { y1: number; y2: number; x2: number; title: string }[] = [];
  const bands: Band[] = [];
  let y = top;
  for (const d of items) {
    const block = labelBlock(d.label, labelWidth);
    labels.push({ y, text: block.lines.join('\n'), title: block.title });
    const countBlock = labelBlock(d.counts, labelWidth, 2);
    counts.push({ y: y + block.height, text: countBlock.lines.join('\n'), title: countBlock.title });
    const a1 = y + block.height + countBlock.height + LABEL_GAP;
    const f1 = a1 + BAR + PAIR_GAP;
    bands.push({ y1: a1, y2: f1 + BAR });
    const pairs = [
      { amount: d.awarded, text: d.awardedText, y1: a1, bars: awardedBars, what: 'adjudicado' },
      { amount: d.finalized, text: d.finalizedText, y1: f1, bars: finalizedBars, what: 'finalizado' },
    ];
    for (const p of pairs) {
      const mid = p.y1 + BAR / 2;
      if (p.amount === null) {
        missing.push({ y: mid, x: 0, text: MISSING_TEXT, title: null });
        continue;
      }
      p.bars.push({ y1: p.y1, y2: p.y1 + BAR, x2: p.amount, title: `${d.label}: monto ${p.what} ${formatUsd(p.amount)}` });
      values.push({ y: mid, x: Math.max(0, p.amount), text: p.text, title: null });
    }
    y = f1 + BAR + ROW_GAP;
  }
  const frameBottom = y - ROW_GAP + 8;
  const more = hiddenRowsNote(rows.length, PROCUREMENT_ROWS, frameBottom + AXIS_HEIGHT, width - axis.marginLeft - 4, opts);
  const marks: Mark[] = [
    ...(hasValues ? xAxisMarks(axis.ticks, (n: number) => formatUsdShort(n), 'USD', top - 4, frameBottom) : []),
    Plot.rect(awardedBars, {
      x1: 0, x2: 'x2', y1: 'y1', y2: 'y2', title: 'title', fill: COLORS.orange, className: 'ca-awarded',
    }),
    Plot.rect(finalizedBars, {
      x1: 0, x2: 'x2', y1: 'y1', y2: 'y2', title: 'title', fill: COLORS.blue, className: 'ca-finalized',
    }),
    bandRule(0, bands, { className: 'ca-zero' }),
    labelMark(labels, { className: 'ca-labels' }),
    labelMark(counts, { className: 'ca-counts', fill: COLORS.muted }),
    valueMark(values, { className: 'ca-values' }),
    valueMark(missing, { className: 'ca-missing', fill: COLORS.muted, dx: 4 }),
    ...more.marks,
  ];
  return renderRowsWithLegend({ className: CLASS, width, top, bottom: frameBottom, axis, marks, more, legend, legendTop }, opts);
}
