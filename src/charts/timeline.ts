/**
 * Gantt-like timeline of an action plan: one row per item, label above its bar, the bar from
 * the first day of the start month to the last day of the end month (inclusive). Commitments
 * are thick blue bars; milestones are thin sky-blue bars with an indented label, placed under
 * their commitment. The date range ("ene–jul 2020", "feb 2020 – abr 2022") is written beside
 * the bar when there is room, else on its own grey line under the label, and in the bar's
 * <title>. The time domain is widened to whole tick intervals so its left edge is labelled.
 *
 * Ordering: commitments keep the input order; each milestone whose `group` equals a
 * commitment's `id` follows that commitment (input order among siblings); other milestones
 * come last, in input order. A commitment's own `group` does not affect layout.
 * Items whose start/end are not valid YYYY-MM (or end before start) get no bar and read
 * "fechas no válidas".
 */
import * as Plot from '@observablehq/plot';
import { MONTHS_ABBR, NBSP } from './format.js';
import {
  AXIS_HEIGHT, COLORS, FONT, LABEL_GAP, LINE, chartWidth, emptyChart, labelBlock, labelMark, renderPlot, maxOf, minOf,
  valueMark, xAxisMarks, drawLegend, legendHeight,
  type ChartBase, type LegendItem, type Mark, type TextDatum,
} from './render.js';
import { textWidth } from './text.js';

export interface TimelineItem {
  id: string;
  label: string;
  /** Commitment: its theme; milestone: the id of its commitment (places it under it). */
  group: string | null;
  /** YYYY-MM */
  start: string;
  /** YYYY-MM, inclusive */
  end: string;
  kind: 'commitment' | 'milestone';
}

const CLASS = 'ca-chart-timeline';
const COMMITMENT_BAR = 12;
const MILESTONE_BAR = 6;
const INDENT = 14;
const GAP_AFTER_COMMITMENT = 8;
const GAP_AFTER_MILESTONE = 8;
const GAP_BEFORE_COMMITMENT = 14;
const INVALID = 'fechas no válidas';

/** Months since year 0 (Jan = 0), or null when not a valid YYYY-MM. */
function monthIndex(ym: string): number | null {
  const m = typeof ym === 'string' ? /^(\d{4})-(0[1-9]|1[0-2])$/.exec(ym) : null;
  return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : null;
}

function monthDate(index: number): Date {
  return new Date(Date.UTC(Math.floor(index / 12), index % 12, 1));
}

function monthText(index: number): string {
  return `${MONTHS_ABBR[index % 12]}${NBSP}${Math.floor(index / 12)}`;
}

/** "feb 2020", "ene–jul 2020", "feb 2020 – abr 2022". */
export function monthRangeText(start: number, end: number): string {
  if (start === end) return monthText(start);
  if (Math.floor(start / 12) === Math.floor(end / 12)) {
    return `${MONTHS_ABBR[start % 12]}–${monthText(end)}`;
  }
  return `${monthText(start)} – ${monthText(end)}`;
}

/** Commitments in order, each followed by its milestones; orphan milestones last. */
function ordered(items: TimelineItem[]): TimelineItem[] {
  const commitmentIds = new Set(items.filter((i) => i.kind === 'commitment').map((i) => i.id));
  const children = new Map<string, TimelineItem[]>();
  const orphans: TimelineItem[] = [];
  for (const item of items) {
    if (item.kind !== 'milestone') continue;
    if (item.group !== null && commitmentIds.has(item.group)) {
      const list = children.get(item.group) ?? [];
      list.push(item);
      children.set(item.group, list);
    } else {
      orphans.push(item);
    }
  }
  const out: TimelineItem[] = [];
  const placed = new Set<string>();
  for (const item of items) {
    if (item.kind !== 'commitment') continue;
    out.push(item);
    if (placed.has(item.id)) continue; // duplicated ids: children only once
    placed.add(item.id);
    out.push(...(children.get(item.id) ?? []));
  }
  return [...out, ...orphans];
}

interface TickPlan {
  /** Domain in month indexes, snapped to tick boundaries; `last` is exclusive. */
  first: number;
  last: number;
  step: number;
  ticks: number[];
}

/**
 * Tick every 1, 2, 3, 6, 12… months, aligned on January, at least ~40 px apart. The domain is
 * widened to the enclosing tick boundaries, so the first tick labels the chart's left edge
 * (a plan starting in Nov 2019 gets an "oct 2019" tick rather than an unlabelled gap).
 */
function planTicks(dataFirst: number, dataLast: number, frame: number): TickPlan {
  const steps = [1, 2, 3, 6, 12, 24, 60, 120];
  let plan: TickPlan | null = null;
  for (const step of steps) {
    const first = Math.floor(dataFirst / step) * step;
    const last = Math.max(first + step, Math.ceil(dataLast / step) * step);
    plan = { first, last, step, ticks: [] };
    const minSpacing = step >= 12 ? 44 : 38;
    if ((frame * step) / (last - first) >= minSpacing) break;
  }
  const p = plan!;
  for (let m = p.first; m <= p.last; m += p.step) p.ticks.push(m);
  return p;
}

function tickLabel(index: number, step: number, isFirst: boolean): string {
  const year = String(Math.floor(index / 12));
  if (step >= 12) return year;
  const month = MONTHS_ABBR[index % 12]!;
  return index % 12 === 0 || isFirst ? `${month}\n${year}` : month;
}

export function timelineChart(items: TimelineItem[], opts: ChartBase): string {
  if (items.length === 0) return emptyChart(opts, CLASS);
  const width = chartWidth(opts);
  const rows = ordered(items).map((item) => {
    const s = monthIndex(item.start);
    const e = monthIndex(item.end);
    const valid = s !== null && e !== null && e >= s;
    return { item, start: valid ? s : null, end: valid ? e : null };
  });
  const valid = rows.filter((r) => r.start !== null);
  const dataFirst = valid.length ? minOf(valid.map((r) => r.start!), Infinity) : 0;
  const dataLast = valid.length ? maxOf(valid.map((r) => r.end!), -Infinity) + 1 : 12; // exclusive end
  const marginLeft = 20; // half of a centred "2019" tick label, which sits on the left edge
  const marginRight = 20;
  const frame = width - marginLeft - marginRight;
  const plan = planTicks(dataFirst, dataLast, frame);
  const { first, last } = plan;
  const px = (month: number) => marginLeft + ((month - first) / (last - first)) * frame;

  const legend: LegendItem[] = [
    { label: 'Compromiso', fill: COLORS.blue, height: COMMITMENT_BAR },
    { label: 'Hito', fill: COLORS.sky, height: MILESTONE_BAR },
  ];
  const hasMilestones = rows.some((r) => r.item.kind === 'milestone');
  const legendTop = 6;
  const top = hasMilestones ? legendTop + legendHeight(legend, width, marginLeft) + 10 : 10;

  const labels: TextDatum[] = [];
  const milestoneLabels: TextDatum[] = [];
  const dates: TextDatum[] = [];
  const datesBefore: TextDatum[] = [];
  const invalid: TextDatum[] = [];
  const dateLines: TextDatum[] = [];
  const milestoneDateLines: TextDatum[] = [];
  const bars: { x1: Date; x2: Date; y1: number; y2: number; title: string; fill: string }[] = [];
  let y = top;
  rows.forEach((row, i) => {
    const milestone = row.item.kind === 'milestone';
    if (i > 0 && !milestone) y += GAP_BEFORE_COMMITMENT - GAP_AFTER_MILESTONE;
    const indent = milestone ? INDENT : 0;
    const block = labelBlock(row.item.label, width - marginLeft - indent - 4);
    (milestone ? milestoneLabels : labels).push({ y, text: block.lines.join('\n'), title: block.title });
    const h = milestone ? MILESTONE_BAR : COMMITMENT_BAR;
    let barTop = y + block.height + LABEL_GAP;
    const band = Math.max(h, FONT + 2); // room for the date text beside the bar
    let mid = barTop + band / 2;
    if (row.start === null || row.end === null) {
      invalid.push({ y: mid, x: monthDate(first), text: INVALID, title: null });
    } else {
      const range = monthRangeText(row.start, row.end);
      const w = textWidth(range, FONT);
      if (px(row.end + 1) + 5 + w <= width - 2) {
        dates.push({ y: mid, x: monthDate(row.end + 1), text: range, title: null });
      } else if (px(row.start) - 5 - w >= 2) {
        datesBefore.push({ y: mid, x: monthDate(row.start), text: range, title: null });
      } else {
        // No room beside the bar: the range gets its own line under the label.
        (milestone ? milestoneDateLines : dateLines).push({ y: barTop - LABEL_GAP, text: range, title: null });
        barTop += LINE;
        mid += LINE;
      }
      bars.push({
        x1: monthDate(row.start),
        x2: monthDate(row.end + 1),
        y1: mid - h / 2,
        y2: mid + h / 2,
        title: `${row.item.label}: ${range}`,
        fill: milestone ? COLORS.sky : COLORS.blue,
      });
    }
    y = barTop + band + (milestone ? GAP_AFTER_MILESTONE : GAP_AFTER_COMMITMENT);
  });
  const frameBottom = y - GAP_AFTER_MILESTONE + 6;
  const tickDates = plan.ticks.map(monthDate);
  const labelByTime = new Map(plan.ticks.map((t, i) => [monthDate(t).getTime(), tickLabel(t, plan.step, i === 0)]));
  const marks: Mark[] = [
    ...(valid.length ? xAxisMarks(tickDates, (d: Date) => labelByTime.get(d.getTime()) ?? '', '', top - 4, frameBottom) : []),
    Plot.rect(bars, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: 'fill', title: 'title', className: 'ca-bars' }),
    labelMark(labels, { className: 'ca-labels' }),
    labelMark(milestoneLabels, { className: 'ca-milestone-labels', dx: INDENT }),
    valueMark(dates, { className: 'ca-dates', fill: COLORS.muted }),
    labelMark(dateLines, { className: 'ca-date-lines', fill: COLORS.muted }),
    labelMark(milestoneDateLines, { className: 'ca-date-lines', fill: COLORS.muted, dx: INDENT }),
    Plot.text(datesBefore, {
      x: 'x', y: 'y', text: 'text', textAnchor: 'end', lineAnchor: 'middle', dx: -5, fill: COLORS.muted,
      className: 'ca-dates-before',
    }),
    valueMark(invalid, { className: 'ca-missing', fill: COLORS.muted, dx: 0 }),
  ];
  return renderPlot(
    {
      className: CLASS,
      width,
      height: frameBottom + AXIS_HEIGHT,
      marginTop: top - 4,
      marginBottom: AXIS_HEIGHT,
      marginLeft,
      marginRight,
      x: { type: 'utc', domain: [monthDate(first), monthDate(last)] },
      marks,
      decorate: hasMilestones ? drawLegend(legend, width, marginLeft, legendTop) : undefined,
    },
    opts,
  );
}
