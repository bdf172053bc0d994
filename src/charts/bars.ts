/**
 * Single-series horizontal bars with the label above each bar: the engine behind goalsChart
 * (percent of fulfilment, optional cap) and rankingChart (cross-institution comparison).
 *
 * - `cap`: bars never extend past it; rows above it get a right-pointing triangle after the
 *   bar and their real value in bold ("400 %"), and a note under the axis explains the mark.
 * - `reference`: dashed rule across the bar bands (e.g. the 100 % target), labelled at the top;
 *   a value text that would straddle it is moved just past it.
 * - `track`: light grey bar from 0 to this value behind every bar, so a 0 % row still shows
 *   an empty bar (and its "0 %" text) rather than nothing.
 * - null values: no bar, the missing text ("sin dato", "no reportado") in grey.
 */
import * as Plot from '@observablehq/plot';
import {
  finiteOrNull,
  AXIS_HEIGHT, COLORS, FONT, LABEL_GAP, LINE, ROW_GAP, chartWidth, emptyChart, labelBlock, labelMark,
  VALUE_GAP, linearAxis, noteBlock, renderPlot, valueMark, xAxisMarks, bandRule, boundedRows, hiddenRowsNote, minOf,
  type Band, type ChartBase, type Mark, type TextDatum,
} from './render.js';
import { textWidth } from './text.js';

export interface BarRow {
  label: string;
  value: number | null;
  highlight?: boolean;
}

export interface BarsConfig {
  className: string;
  format: (n: number) => string;
  /** Format of axis ticks (defaults to `format`). */
  tickFormat?: (n: number) => string;
  axisLabel: string;
  missingText: string;
  cap?: number;
  reference?: number;
  /** Text above the reference rule, e.g. "Meta 100 %". */
  referenceLabel?: string;
  track?: number;
  /** Domain always reaches this value (e.g. 100 for percentages). */
  minMax?: number;
  barHeight: number;
}

/** What the rows of a bar chart are called in its note on the rows it leaves out (hiddenRowsText). */
export const BAR_ROWS = 'filas';

/** Space taken before the value text of a capped row by its triangle marker. */
const MARKER = 14;
/** Offset of the triangle's centre from the bar end. */
const VALUE_MARKER_DX = 9;

export function barsChart(allRows: BarRow[], opts: ChartBase, config: BarsConfig): string {
  if (allRows.length === 0) return emptyChart(opts, config.className);
  const bounded = boundedRows(allRows);
  const rows = bounded.rows;
  const width = chartWidth(opts);
  const cap = config.cap !== undefined && Number.isFinite(config.cap) && config.cap > 0 ? config.cap : undefined;
  const anyHighlight = rows.some((r) => r.highlight === true);
  const items = rows.map((r) => {
    const value = finiteOrNull(r.value);
    const capped = value !== null && cap !== undefined && value > cap;
    const shown = value === null ? null : capped ? cap! : value;
    const text = value === null ? config.missingText : config.format(value);
    const bold = capped || r.highlight === true;
    // Value texts start after the bar, or after the track when the bar is shorter: a 96 % bar's
    // text does not sit on the track or across the 100 % rule.
    const textAt = shown === null ? 0 : Math.max(0, shown, config.track ?? 0);
    return { label: r.label, value, shown, capped, text, bold, textAt, highlight: r.highlight === true };
  });
  const hasValues = items.some((d) => d.value !== null);
  const tickFormat = config.tickFormat ?? config.format;
  const textWidthOf = (d: (typeof items)[number]) => textWidth(d.text, FONT, d.bold) + (d.capped ? MARKER : 0);
  const fitAxis = () =>
    linearAxis(width, items.map((d) => ({ end: d.textAt, textWidth: textWidthOf(d) })), tickFormat, {
      fixedMax: cap ?? config.reference,
      tickMax: cap,
      minMax: Math.max(config.minMax ?? 0, config.reference ?? 0, config.track ?? 0),
      min: minOf(items.map((d) => d.shown ?? 0), 0),
    });
  let axis = fitAxis();
  const hasReference = config.reference !== undefined && Number.isFinite(config.reference);
  if (hasReference) {
    // A value text that would straddle the reference rule moves just past it.
    const ref = config.reference!;
    const px = (v: number) =>
      axis.marginLeft + ((v - axis.domain[0]) / (axis.domain[1] - axis.domain[0])) * (width - axis.marginLeft - axis.marginRight);
    let moved = false;
    for (const d of items) {
      if (d.shown === null || d.capped || d.textAt >= ref) continue;
      const start = px(d.textAt) + VALUE_GAP;
      if (start < px(ref) + 3 && start + textWidthOf(d) > px(ref) - 3) {
        d.textAt = ref;
        moved = true;
      }
    }
    if (moved) axis = fitAxis();
  }
  const top = hasReference ? 8 + LINE + 4 : 8;
  const labelWidth = width - axis.marginLeft - 4;

  const labels: TextDatum[] = [];
  const boldLabels: TextDatum[] = [];
  const values: TextDatum[] = [];
  const boldValues: TextDatum[] = [];
  const missing: TextDatum[] = [];
  const bars: { y1: number; y2: number; x2: number; title: string; fill: string }[] = [];
  const tracks: Band[] = [];
  const bands: Band[] = [];
  const markers: { x: number; y: number }[] = [];
  let y = top;
  const h = config.barHeight;
  for (const d of items) {
    const block = labelBlock(d.label, labelWidth, 3, d.highlight);
    (d.highlight ? boldLabels : labels).push({ y, text: block.lines.join('\n'), title: block.title });
    const barTop = y + block.height + LABEL_GAP;
    const mid = barTop + h / 2;
    bands.push({ y1: barTop, y2: barTop + h });
    if (config.track !== undefined && d.value !== null) tracks.push({ y1: barTop, y2: barTop + h });
    if (d.shown !== null) {
      const fill = anyHighlight && !d.highlight ? COLORS.grey : COLORS.blue;
      bars.push({ y1: barTop, y2: barTop + h, x2: d.shown, title: `${d.label}: ${d.text}`, fill });
    }
    if (d.value === null) {
      missing.push({ y: mid, x: 0, text: d.text, title: null });
    } else if (d.capped) {
      markers.push({ x: d.shown!, y: mid });
      boldValues.push({ y: mid, x: d.shown!, text: d.text, title: null });
    } else {
      (d.bold ? boldValues : values).push({ y: mid, x: d.textAt, text: d.text, title: null });
    }
    y = barTop + h + ROW_GAP;
  }
  const frameBottom = y - ROW_GAP + 8;
  let height = frameBottom + AXIS_HEIGHT;
  const marks: Mark[] = [];
  if (hasValues) marks.push(...xAxisMarks(axis.ticks, tickFormat, config.axisLabel, top - 4, frameBottom));
  marks.push(
    Plot.rect(tracks, { x1: 0, x2: config.track ?? 0, y1: 'y1', y2: 'y2', fill: COLORS.track, className: 'ca-track' }),
    Plot.rect(bars, { x1: 0, x2: 'x2', y1: 'y1', y2: 'y2', fill: 'fill', title: 'title', className: 'ca-bars' }),
    bandRule(0, bands, { className: 'ca-zero' }),
  );
  if (hasReference) {
    const ref = config.reference!;
    // Centred over its rule, unless that would run past the right edge.
    const refText = config.referenceLabel ?? config.format(ref);
    const [lo, hi] = axis.domain;
    const refX = axis.marginLeft + ((ref - lo) / (hi - lo)) * (width - axis.marginLeft - axis.marginRight);
    const refAnchor = refX + textWidth(refText, FONT) / 2 > width - 2 ? 'end' : 'middle';
    marks.push(
      bandRule(ref, bands, { className: 'ca-reference', stroke: COLORS.reference, strokeWidth: 1.5, strokeDasharray: '3,2' }),
      Plot.text([ref], {
        x: (d: number) => d, y: 8, text: () => refText,
        lineAnchor: 'top', textAnchor: refAnchor, dx: refAnchor === 'end' ? 3 : 0, className: 'ca-reference-label',
      }),
    );
  }
  marks.push(
    Plot.dot(markers, {
      x: 'x', y: 'y', symbol: 'triangle', rotate: 90, r: 4.5, dx: VALUE_MARKER_DX,
      fill: COLORS.blue, stroke: 'none', className: 'ca-capped',
    }),
    labelMark(labels, { className: 'ca-labels' }),
    labelMark(boldLabels, { className: 'ca-labels-highlight', bold: true }),
    valueMark(values, { className: 'ca-values' }),
    valueMark(boldValues.filter((v) => !markers.some((m) => m.y === v.y)), { className: 'ca-values-highlight', bold: true }),
    valueMark(boldValues.filter((v) => markers.some((m) => m.y === v.y)), {
      className: 'ca-values-capped', bold: true, dx: MARKER + 4,
    }),
    valueMark(missing, { className: 'ca-missing', fill: COLORS.muted, dx: 4 }),
  );
  if (markers.length > 0 && cap !== undefined) {
    const noteTop = height;
    const note = noteBlock(
      `Barras recortadas en ${config.format(cap)}: el triángulo indica que el valor real, escrito al lado, supera la escala.`,
      width - axis.marginLeft - MARKER - 4,
    );
    marks.push(
      Plot.dot([{ y: noteTop + LINE / 2 }], {
        y: 'y', frameAnchor: 'left', symbol: 'triangle', rotate: 90, r: 4.5, dx: 5,
        fill: COLORS.blue, stroke: 'none', className: 'ca-note-marker',
      }),
      labelMark([{ y: noteTop, text: note.text, title: null }], {
        className: 'ca-note', fill: COLORS.muted, dx: MARKER,
      }),
    );
    height += note.height + 6;
  }
  const more = hiddenRowsNote(allRows.length, BAR_ROWS, height, width - axis.marginLeft - 4, opts);
  marks.push(...more.marks);
  height += more.height;
  return renderPlot(
    {
      className: config.className,
      width,
      height,
      marginTop: top - 4,
      marginBottom: height - frameBottom,
      marginLeft: axis.marginLeft,
      marginRight: axis.marginRight,
      x: { domain: axis.domain },
      marks,
    },
    opts,
  );
}

