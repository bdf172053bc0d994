/**
 * Shared machinery of the chart builders: a throw-away DOM per call (linkedom), the Plot call
 * with a fixed class name, the accessibility attributes, the legend, and the serialization
 * that makes output byte-for-byte deterministic.
 *
 * Layout model used by every chart: rows are stacked top to bottom, each row being a label
 * (one or two lines, full width, above its bars) and a band of bars. The y scale is Plot's
 * `identity` scale, so every y value is already a pixel position computed here; the x scale is
 * a real data scale with an explicit domain and explicit ticks, so tick labels (and therefore
 * margins) are known in advance. Labels above the bars keep the bars wide on a 340 px phone,
 * where a left label column would eat half of the width.
 */
import * as Plot from '@observablehq/plot';
import { ticks as d3Ticks } from 'd3';
import { parseHTML } from 'linkedom';
import { cleanLabel, textWidth, wrapText } from './text.js';

/** Options common to every chart. */
export interface ChartBase {
  /** SVG width in px (viewBox width); default 640. Render 340 for phones. */
  width?: number;
  /** Accessible name of the image (aria-label). */
  ariaLabel: string;
  /** Longer description, written into a <desc> element. */
  ariaDescription?: string;
  /**
   * false: the chart does not print its note on the rows it leaves out (hiddenRowsText) under the
   * axis, because the page prints it in HTML beside the chart (a chart shown as an <img> file,
   * whose text a screen reader or a text search never reaches). Default true.
   */
  hiddenRowsNote?: boolean;
}

export const DEFAULT_WIDTH = 640;
export const MIN_WIDTH = 240;

/** Okabe-Ito colours, chosen so that series also differ in lightness (greyscale print). */
export const COLORS = {
  /** Okabe-Ito blue: the main (dark) series. */
  blue: '#0072B2',
  /** Light tint of the blue: the "planned" envelope behind executed bars. */
  blueLight: '#C6DDF0',
  /** Okabe-Ito sky blue: secondary series lighter than blue (milestones). */
  sky: '#56B4E9',
  /** Okabe-Ito orange: contrasting mid-light series (awarded amounts). */
  orange: '#E69F00',
  /** Empty track behind percentage bars (0 %..100 %). */
  track: '#E8E8E8',
  /** Non-highlighted bars in rankings. */
  grey: '#A6A6A6',
  /** Secondary text ("no reportado", counts): 7:1 contrast on white. */
  muted: '#595959',
  /** Reference rules (100 %). */
  reference: '#333333',
} as const;

/** Font metrics: every text is 12 px (the minimum asked for), labels on a 15 px line. */
export const FONT = 12;
export const LINE = 15;
/** Vertical space between one row and the next. */
export const ROW_GAP = 12;
/** Gap between a label and its bars. */
export const LABEL_GAP = 3;
/** Gap between a bar end and its value text. */
export const VALUE_GAP = 5;

export type Mark = Plot.Markish;

export function chartWidth(opts: ChartBase): number {
  const w = opts.width ?? DEFAULT_WIDTH;
  return Number.isFinite(w) ? Math.max(MIN_WIDTH, Math.round(w)) : DEFAULT_WIDTH;
}

/** A fresh document for each call: nothing is shared between renders. */
function newDocument(): Document {
  return parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
}

export interface PlotSpec {
  /** Fixed class name (Plot would otherwise generate a random one). */
  className: string;
  width: number;
  height: number;
  marginTop: number;
  marginRight: number;
  marginBottom: number;
  marginLeft: number;
  x: Plot.ScaleOptions;
  marks: Mark[];
  /** Extra elements (legend) appended after Plot rendered. */
  decorate?: (svg: SVGSVGElement, doc: Document) => void;
}

/** Renders with Plot and returns the finished SVG string. */
export function renderPlot(spec: PlotSpec, opts: ChartBase): string {
  const document = newDocument();
  const svg = Plot.plot({
    document,
    className: spec.className,
    width: spec.width,
    height: spec.height,
    marginTop: spec.marginTop,
    marginRight: spec.marginRight,
    marginBottom: spec.marginBottom,
    marginLeft: spec.marginLeft,
    x: { ...spec.x, axis: null },
    y: { type: 'identity', axis: null },
    marks: spec.marks,
  }) as unknown as SVGSVGElement;
  spec.decorate?.(svg, document);
  return finish(svg, document, opts);
}

/** A valid SVG that says `message` (default "Sin datos"): used for empty inputs. */
export function emptyChart(opts: ChartBase, className: string, message = 'Sin datos'): string {
  const document = newDocument();
  const width = chartWidth(opts);
  const height = 80;
  const svg = document.createElementNS(SVG_NS, 'svg') as unknown as SVGSVGElement;
  svg.setAttribute('class', className);
  svg.setAttribute('fill', 'currentColor');
  svg.setAttribute('font-family', 'system-ui, sans-serif');
  svg.setAttribute('text-anchor', 'middle');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('style', 'display:block;max-width:100%;height:auto');
  const text = document.createElementNS(SVG_NS, 'text');
  text.setAttribute('x', String(width / 2));
  text.setAttribute('y', String(height / 2));
  text.setAttribute('dy', '0.32em');
  text.setAttribute('fill', COLORS.muted);
  text.textContent = message;
  svg.appendChild(text);
  return finish(svg, document, opts);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Accessibility attributes, 12 px root font, then deterministic serialization. */
function finish(svg: SVGSVGElement, document: Document, opts: ChartBase): string {
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', cleanLabel(opts.ariaLabel));
  svg.removeAttribute('aria-description');
  svg.setAttribute('font-size', String(FONT));
  const description = opts.ariaDescription ? cleanLabel(opts.ariaDescription) : '';
  if (description) {
    const desc = document.createElementNS(SVG_NS, 'desc');
    desc.textContent = description;
    svg.insertBefore(desc, svg.firstChild);
  }
  return serialize(svg);
}

// Attributes holding coordinates: their numbers are rounded to 2 decimals so output does not
// carry float noise ("219.99999999999997") and stays stable across platforms.
const NUMERIC_ATTRS = /\s(x|y|x1|x2|y1|y2|width|height|transform|d|points|dx|dy|viewBox)="([^"]*)"/g;

function roundNumbers(value: string): string {
  return value.replace(/-?\d+\.\d{3,}(?:e-?\d+)?/g, (n) => {
    const r = Math.round(Number(n) * 100) / 100;
    return String(Object.is(r, -0) ? 0 : r);
  });
}

// Children of <svg>/<g> start on a new line so snapshot diffs are readable. None of these tags
// can occur inside <text> (whose whitespace would render), and text content is escaped.
const BLOCK_TAGS = /<(\/?g[\s>]|rect\s|line\s|path\s|text\s|desc>|style>|\/svg>|defs>|polygon\s|circle\s)/g;

/**
 * A start or end tag as linkedom writes it: attribute values are always double-quoted and their
 * `"` written as &quot;, but `&`, `<` and `>` are left raw (text content is escaped).
 */
const TAG = /<\/?[a-zA-Z][^\s/>]*(?:\s+[^\s=/>]+(?:="[^"]*")?)*\s*\/?>/g;

/**
 * An attribute value as XML requires it: a raw `&`, `<` or `>` escaped (linkedom leaves them, so
 * a name such as `=HYPERLINK("…"&A1)` made the chart file ill-formed and an <img> showed nothing).
 * The one reference linkedom writes, &quot;, stays.
 */
export function escapeAttributeValue(value: string): string {
  return value.replace(/&(?!quot;)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function serialize(svg: SVGSVGElement): string {
  const html = (svg as unknown as { outerHTML: string }).outerHTML;
  const rounded = html.replace(TAG, (tag) =>
    tag
      .replace(/="([^"]*)"/g, (_m, value: string) => `="${escapeAttributeValue(value)}"`)
      .replace(NUMERIC_ATTRS, (_m, name: string, value: string) => ` ${name}="${roundNumbers(value)}"`),
  );
  return `${rounded.replace(BLOCK_TAGS, '\n<$1').replace(/^\n/, '')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Labels

export interface LabelBlock {
  lines: string[];
  /** Full text when the printed lines were cut, else null (no <title>). */
  title: string | null;
  height: number;
}

/** Wraps a label into at most `maxLines` lines (3 by default) of `maxWidth` px. */
export function labelBlock(text: string, maxWidth: number, maxLines = 3, bold = false): LabelBlock {
  const full = cleanLabel(text);
  const { lines, truncated } = wrapText(full, maxWidth, FONT, maxLines, bold);
  return { lines, title: truncated ? full : null, height: lines.length * LINE };
}

export interface TextDatum {
  /** Top of the first line (label) or centre (value), in px. */
  y: number;
  text: string;
  title: string | null;
  /** Data x position (value texts); absent for labels, which sit at the frame's left. */
  x?: number | Date;
}

/** Row labels: left-aligned at the frame's left edge, top-anchored, multi-line. */
export function labelMark(data: TextDatum[], options: { className: string; bold?: boolean; fill?: string; dx?: number }): Mark {
  return Plot.text(data, {
    y: 'y',
    text: 'text',
    title: 'title',
    frameAnchor: 'left',
    textAnchor: 'start',
    lineAnchor: 'top',
    lineHeight: LINE / FONT,
    dx: options.dx ?? 0,
    fill: options.fill ?? 'currentColor',
    fontWeight: options.bold ? 'bold' : undefined,
    className: options.className,
  });
}

/** Value texts placed just right of a bar end (x in data units), vertically centred at y. */
export function valueMark(data: TextDatum[], options: { className: string; fill?: string; bold?: boolean; dx?: number }): Mark {
  return Plot.text(data, {
    x: 'x',
    y: 'y',
    text: 'text',
    title: 'title',
    textAnchor: 'start',
    lineAnchor: 'middle',
    dx: options.dx ?? VALUE_GAP,
    fill: options.fill ?? 'currentColor',
    // White halo: a rule or grid line passing behind the text never crosses the digits.
    stroke: 'white',
    strokeWidth: 4,
    strokeLinejoin: 'round',
    paintOrder: 'stroke',
    fontWeight: options.bold ? 'bold' : undefined,
    className: options.className,
  });
}

// ---------------------------------------------------------------------------------------------
// Linear x scale sized so that value texts fit right of their bars.

export interface ValueExtent {
  /** Data value where the text starts (bar end). */
  end: number;
  /** Width in px of the text printed after it (plus any marker before the text). */
  textWidth: number;
}

export interface LinearAxis {
  domain: [number, number];
  ticks: number[];
  marginLeft: number;
  marginRight: number;
}

/**
 * Chooses margins, an x domain starting at min(0, values, options.min) and explicit ticks so that:
 * the first and last tick labels are not clipped, and every value text (printed VALUE_GAP px
 * right of its bar end) ends inside the SVG. `fixedMax` (a cap or a reference value) is always
 * inside the domain; `tickMax` drops ticks above it (a capped scale has no meaning beyond the cap).
 */
export function linearAxis(
  width: number,
  extents: ValueExtent[],
  format: (n: number) => string,
  options: { fixedMax?: number; tickMax?: number; minMax?: number; min?: number } = {},
): LinearAxis {
  const values = extents.map((e) => e.end).filter((v) => Number.isFinite(v));
  const lo = minOf(values, Math.min(0, Number.isFinite(options.min) ? options.min! : 0));
  let dataMax = maxOf(values, Math.max(0, options.fixedMax ?? 0, options.minMax ?? 0));
  // All zero (or nothing to show): a unit domain with a single "0" tick, not "$0,2" steps.
  const degenerate = dataMax <= lo;
  if (degenerate) dataMax = lo + 1;
  const marginLeft = Math.max(12, Math.ceil(textWidth(format(lo), FONT) / 2) + 4);
  let marginRight = 16;
  let domain: [number, number] = [lo, dataMax];
  let ticks: number[] = [];
  for (let pass = 0; pass < 3; pass++) {
    const frame = width - marginLeft - marginRight;
    const room = width - 2 - marginLeft; // px available from the domain start to the SVG edge
    let max = dataMax;
    for (const e of extents) {
      if (!Number.isFinite(e.end) || e.end <= 0) continue;
      // Pixel position of the bar end must leave room for the text:
      //   (e.end - lo) / (max - lo) * frame + VALUE_GAP + textWidth <= room
      const available = Math.max(frame * 0.3, room - VALUE_GAP - e.textWidth);
      max = Math.max(max, lo + ((e.end - lo) * frame) / available);
    }
    domain = [lo, max];
    const count = Math.max(2, Math.floor(frame / 75));
    ticks = degenerate
      ? [lo]
      : tickValues(lo, max, count).filter((t) => options.tickMax === undefined || t <= options.tickMax + 1e-9);
    const last = ticks.length ? ticks[ticks.length - 1]! : max;
    // Half of the last tick label must fit right of its position.
    const lastX = marginLeft + ((last - lo) / (max - lo)) * frame;
    const overflow = lastX + textWidth(format(last), FONT) / 2 + 2 - width;
    const needed = overflow > 0 ? marginRight + Math.ceil(overflow) : marginRight;
    if (needed === marginRight) break;
    marginRight = needed;
  }
  return { domain, ticks, marginLeft, marginRight };
}

function tickValues(lo: number, hi: number, count: number): number[] {
  return d3Ticks(lo, hi, count);
}

/** Bottom x axis with explicit ticks and a unit label, plus a faint grid (not at the first tick, where the
 * zero rule or the chart's edge already is). */
export function xAxisMarks(ticks: number[] | Date[], format: (d: never) => string, label: string, gridTop: number, gridBottom: number): Mark[] {
  return [
    Plot.ruleX((ticks as unknown[]).slice(1), {
      x: (d: unknown) => d,
      y1: gridTop,
      y2: gridBottom,
      stroke: 'currentColor',
      strokeOpacity: 0.12,
      className: 'ca-grid',
    }),
    Plot.axisX(ticks as unknown[], {
      anchor: 'bottom',
      tickFormat: format as (d: unknown) => string,
      label,
      labelArrow: 'none',
      labelAnchor: 'right',
      labelOffset: AXIS_HEIGHT - 4,
      tickSize: 5,
    }),
  ];
}

/** Height below the frame for the x axis: ticks, tick labels, then the unit label. */
export const AXIS_HEIGHT = 44;

// ---------------------------------------------------------------------------------------------
// Legend (drawn with the DOM after Plot: Plot's own legends would wrap the SVG in a <figure>).

export interface LegendItem {
  label: string;
  fill: string;
  stroke?: string;
  /** Swatch height in px (thinner swatch for thinner bars). */
  height?: number;
}

const SWATCH = 14;

/** Lays legend items left to right, wrapping; returns the height it needs. */
export function legendHeight(items: LegendItem[], width: number, left: number): number {
  return legendLayout(items, width, left).height;
}

function legendLayout(items: LegendItem[], width: number, left: number) {
  let x = left;
  let y = 0;
  const placed: { item: LegendItem; x: number; y: number }[] = [];
  for (const item of items) {
    const w = SWATCH + 6 + textWidth(item.label, FONT) + 16;
    if (x > left && x + w > width) {
      x = left;
      y += LINE + 4;
    }
    placed.push({ item, x, y });
    x += w;
  }
  return { placed, height: items.length ? y + LINE + 4 : 0 };
}

/** A decorate() callback drawing the legend at `top`. */
export function drawLegend(items: LegendItem[], width: number, left: number, top: number) {
  return (svg: SVGSVGElement, document: Document): void => {
    const { placed } = legendLayout(items, width, left);
    const g = document.createElementNS(SVG_NS, 'g');
    g.setAttribute('aria-hidden', 'true');
    g.setAttribute('aria-label', 'leyenda');
    g.setAttribute('text-anchor', 'start');
    for (const { item, x, y } of placed) {
      const h = item.height ?? SWATCH;
      const rect = document.createElementNS(SVG_NS, 'rect');
      rect.setAttribute('x', String(x));
      rect.setAttribute('y', String(top + y + (LINE - h) / 2));
      rect.setAttribute('width', String(SWATCH));
      rect.setAttribute('height', String(h));
      rect.setAttribute('fill', item.fill);
      if (item.stroke) rect.setAttribute('stroke', item.stroke);
      g.appendChild(rect);
      const text = document.createElementNS(SVG_NS, 'text');
      text.setAttribute('x', String(x + SWATCH + 6));
      text.setAttribute('y', String(top + y + LINE / 2));
      text.setAttribute('dy', '0.32em');
      text.textContent = item.label;
      g.appendChild(text);
    }
    svg.appendChild(g);
  };
}

/**
 * At most this many rows (bar groups) in one chart: a report with 100,000 budget lines must not
 * produce a chart of 100,000 bars (megabytes of SVG). The first MAX_BARS rows, in the caller's
 * order, are drawn and a note under the axis says how many are not (all are in the table/CSV).
 */
export const MAX_BARS = 50;

/** The rows a chart draws (at most `max`) and how many it leaves out. */
export function boundedRows<T>(rows: readonly T[], max = MAX_BARS): { rows: T[]; hidden: number } {
  return rows.length <= max ? { rows: [...rows], hidden: 0 } : { rows: rows.slice(0, max), hidden: rows.length - max };
}

/** A finite number, else null (NaN and ±Infinity are not figures). */
export function finiteOrNull(n: number | null): number | null {
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

/** Smallest of `init` and `values`, without spreading them into Math.min (a stack overflow at ~100,000 values). */
export function minOf(values: Iterable<number>, init: number): number {
  let m = init;
  for (const v of values) if (v < m) m = v;
  return m;
}

/** Largest of `init` and `values` (see minOf). */
export function maxOf(values: Iterable<number>, init: number): number {
  let m = init;
  for (const v of values) if (v > m) m = v;
  return m;
}

/**
 * What a chart that draws only the first `max` of `total` rows says about the others ("Se
 * muestran las primeras 50 de 100.000 líneas…"); null when it draws them all. The one wording of
 * that note, printed under the axis (hiddenRowsNote) or by the page beside the chart's file.
 */
export function hiddenRowsText(total: number, noun: string, max = MAX_BARS): string | null {
  if (total <= max) return null;
  const n = (x: number) => x.toLocaleString('es-EC');
  const rest = total - max === 1 ? 'la restante está' : `las ${n(total - max)} restantes están`;
  return `Se muestran las primeras ${n(max)} de ${n(total)} ${noun}; ${rest} en la tabla y en los datos descargables.`;
}

/**
 * The note of a chart that left rows out (hiddenRowsText of `total` rows) as a mark printed at
 * `top`, and its height; 0 and no mark when nothing was left out or when the page prints the note
 * itself (`opts.hiddenRowsNote` false).
 */
export function hiddenRowsNote(
  total: number, noun: string, top: number, maxWidth: number, opts: Pick<ChartBase, 'hiddenRowsNote'>,
): { marks: Mark[]; height: number } {
  const text = opts.hiddenRowsNote === false ? null : hiddenRowsText(total, noun);
  if (text === null) return { marks: [], height: 0 };
  const note = noteBlock(text, maxWidth);
  return {
    marks: [labelMark([{ y: top, text: note.text, title: null }], { className: 'ca-note-hidden', fill: COLORS.muted })],
    height: note.height + 6,
  };
}

/** Wraps a note printed under the axis (e.g. what a capped bar means). */
export function noteBlock(text: string, maxWidth: number): { text: string; height: number } {
  const { lines } = wrapText(text, maxWidth, FONT, 4);
  return { text: lines.join('\n'), height: lines.length * LINE };
}

export interface Band {
  /** Top and bottom of a row's bar band, in px. */
  y1: number;
  y2: number;
}

/**
 * A vertical rule at data value `x`, drawn only across the bar bands (2 px beyond them), so it
 * never runs through the labels above the bars.
 */
export function bandRule(x: number, bands: Band[], options: { className: string; stroke?: string; strokeWidth?: number; strokeDasharray?: string }): Mark {
  return Plot.ruleX(bands, {
    x: () => x,
    y1: (b: Band) => b.y1 - 2,
    y2: (b: Band) => b.y2 + 2,
    stroke: options.stroke ?? 'currentColor',
    strokeWidth: options.strokeWidth ?? 1,
    strokeDasharray: options.strokeDasharray,
    className: options.className,
  });
}

/**
 * Renders a chart of labelled rows under a legend, with the x axis below the rows and then the
 * note on hidden rows (`more`): the frame shared by the budget-lines and procurement charts.
 */
export function renderRowsWithLegend(
  spec: {
    className: string; width: number; top: number; bottom: number; axis: LinearAxis; marks: Mark[];
    more: { height: number }; legend: LegendItem[]; legendTop: number;
  },
  opts: ChartBase,
): string {
  return renderPlot(
    {
      className: spec.className,
      width: spec.width,
      height: spec.bottom + AXIS_HEIGHT + spec.more.height,
      marginTop: spec.top - 4,
      marginBottom: AXIS_HEIGHT + spec.more.height,
      marginLeft: spec.axis.marginLeft,
      marginRight: spec.axis.marginRight,
      x: { domain: spec.axis.domain },
      marks: spec.marks,
      decorate: drawLegend(spec.legend, spec.width, spec.axis.marginLeft, spec.legendTop),
    },
    opts,
  );
}
