/**
 * Years side by side (issue 16): one panel per figure (budget execution, capped goals,
 * procurement amount), each a bar per year, oldest first, with its value and its change from the
 * year before written after the bar ("84,29 % · +10,4 p. p."). Labels sit above the bars, like
 * every chart of the site, so the bars stay wide on a 340 px phone.
 *
 * Each panel has its own scale (percentages and dollars do not share an axis): percentage panels
 * run from 0 to 100 % (or to their largest value above it) over a grey track, so a year's bar
 * reads as a share of the whole; the dollar panel from 0 to its largest amount. The x scale is
 * Plot's identity scale: every position is computed here, in px, so that each value text fits
 * right of its bar. No axis: every bar carries its value. A year without the figure reads
 * "no reportado" (never a zero bar).
 */
import * as Plot from '@observablehq/plot';
import { COLORS, FONT, LABEL_GAP, LINE, ROW_GAP, VALUE_GAP, chartWidth, emptyChart, labelBlock, labelMark, renderPlot, valueMark, maxOf, minOf, type ChartBase, type Mark, type TextDatum } from './render.js';
import { formatChange, formatPercent, formatUsd, formatUsdShort, MISSING_TEXT } from './format.js';
import { textWidth } from './text.js';

export interface TrendPoint {
  year: number;
  value: number | null;
  /** value − the previous year's (same unit); null for the first year or when either is absent. */
  change: number | null;
  /** Where the figure comes from ("archivo.txt:178"), added to the bar's <title>. */
  source?: string | null;
}

export interface TrendPanel {
  /** Panel heading: "Ejecución del presupuesto". */
  title: string;
  unit: '%' | 'USD';
  /** Oldest first. */
  points: TrendPoint[];
}

const CLASS = 'ca-chart-trend';
const BAR = 14;
const LEFT = 2;
const RIGHT = 4;
const PANEL_GAP = 10;
/** Space between a value and its change ("84,29 %  · +10,4 p. p."). */
const CHANGE_GAP = 4;

function valueText(unit: '%' | 'USD', v: number | null): string {
  if (v === null || !Number.isFinite(v)) return MISSING_TEXT;
  return unit === '%' ? formatPercent(v) : formatUsdShort(v);
}

export function trendChart(panels: TrendPanel[], opts: ChartBase): string {
  const drawn = panels.filter((p) => p.points.length > 0);
  if (!drawn.length) return emptyChart(opts, CLASS);
  const width = chartWidth(opts);
  const frameRight = width - RIGHT;

  const titles: TextDatum[] = [];
  const labels: TextDatum[] = [];
  const values: TextDatum[] = [];
  const changes: TextDatum[] = [];
  const missing: TextDatum[] = [];
  const tracks: { x1: number; x2: number; y1: number; y2: number }[] = [];
  const bars: { x1: number; x2: number; y1: number; y2: number; title: string }[] = [];
  const references: { x: number; y1: number; y2: number }[] = [];
  // Each panel's items and scale (px per unit) such that every value text fits right of its bar;
  // the percentage panels then share the smallest of their scales, so their bars compare.
  const laid = drawn.map((panel) => {
    const items = panel.points.map((p) => {
      const v = p.value !== null && Number.isFinite(p.value) ? Math.max(0, p.value) : null;
      const text = valueText(panel.unit, p.value);
      const change = formatChange(p.change, panel.unit, '', true);
      const full = p.value === null ? MISSING_TEXT : panel.unit === '%' ? formatPercent(p.value) : formatUsd(p.value);
      const exactChange = formatChange(p.change, panel.unit);
      return {
        p, v, text, change,
        title: `${p.year}: ${full}${exactChange ? ` (${exactChange} frente a ${p.year - 1})` : ''}${p.source ? ` — ${p.source}` : ''}`,
        textW: textWidth(text, FONT) + (change ? CHANGE_GAP + textWidth(`· ${change}`, FONT) : 0),
      };
    });
    const domainMax = panel.unit === '%' ? Math.max(100, maxOf(items.map((d) => d.v ?? 0), 0)) : maxOf(items.map((d) => d.v ?? 0), 0);
    // Value texts start after the bar, or after the 100 % track when the bar is shorter.
    const textStart = (v: number) => (panel.unit === '%' ? Math.max(v, 100) : v);
    let k = domainMax > 0 ? (frameRight - LEFT) / domainMax : 0;
    for (const d of items) {
      if (d.v === null || textStart(d.v) <= 0) continue;
      k = Math.min(k, (frameRight - LEFT - VALUE_GAP - d.textW) / textStart(d.v));
    }
    return { panel, items, textStart, k: Math.max(k, 0) };
  });
  const pctScale = minOf(laid.filter((l) => l.panel.unit === '%').map((l) => l.k), Infinity);
  let y = 6;
  laid.forEach(({ panel, items, textStart, k: own }, i) => {
    if (i > 0) y += PANEL_GAP;
    const head = labelBlock(panel.title, width - LEFT - RIGHT, 2, true);
    titles.push({ y, text: head.lines.join('\n'), title: head.title });
    y += head.height + 4;
    const k = panel.unit === '%' ? pctScale : own;
    const px = (v: number) => LEFT + v * k;
    const top = y;
    for (const d of items) {
      labels.push({ y, text: String(d.p.year), title: null });
      const barTop = y + LINE + LABEL_GAP;
      const mid = barTop + BAR / 2;
      if (d.v === null) {
        missing.push({ y: mid, x: LEFT, text: d.text, title: null });
      } else {
        if (panel.unit === '%') tracks.push({ x1: LEFT, x2: px(100), y1: barTop, y2: barTop + BAR });
        bars.push({ x1: LEFT, x2: px(d.v), y1: barTop, y2: barTop + BAR, title: d.title });
        const textAt = px(textStart(d.v));
        values.push({ y: mid, x: textAt, text: d.text, title: null });
        if (d.change) changes.push({ y: mid, x: textAt + textWidth(d.text, FONT), text: `· ${d.change}`, title: null });
      }
      y = barTop + BAR + ROW_GAP;
    }
    if (panel.unit === '%') references.push({ x: px(100), y1: top + LINE, y2: y - ROW_GAP + 2 });
  });
  const height = y - ROW_GAP + 10;
  const marks: Mark[] = [
    Plot.rect(tracks, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: COLORS.track, className: 'ca-track' }),
    Plot.rect(bars, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: COLORS.blue, title: 'title', className: 'ca-bars' }),
    Plot.ruleX(references, { x: 'x', y1: 'y1', y2: 'y2', stroke: COLORS.reference, strokeWidth: 1, strokeDasharray: '3,2', className: 'ca-reference' }),
    labelMark(titles, { className: 'ca-panel-titles', bold: true }),
    labelMark(labels, { className: 'ca-labels' }),
    valueMark(values, { className: 'ca-values' }),
    valueMark(changes, { className: 'ca-changes', fill: COLORS.muted, dx: VALUE_GAP + CHANGE_GAP }),
    valueMark(missing, { className: 'ca-missing', fill: COLORS.muted, dx: 0 }),
  ];
  return renderPlot(
    { className: CLASS, width, height, marginTop: 0, marginBottom: 0, marginLeft: 0, marginRight: 0, x: { type: 'identity' }, marks },
    opts,
  );
}
