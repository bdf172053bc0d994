/**
 * Build-time chart rendering for the pages: every chart is rendered twice, narrow for phones
 * and wide for larger screens (CSS shows one), because an SVG scaled down from desktop width
 * would shrink its text below a readable size on a 375 px screen.
 */
import {
  budgetLinesChart, goalsChart, procurementChart, rankingChart, timelineChart, trendChart,
  type BudgetLineRow, type ChartBase, type GoalRow, type ProcurementRow, type RankingRow, type TimelineItem, type TrendPanel,
} from '../charts/index.ts';
import { emptyChart } from '../charts/render.ts';
import { optimize } from 'svgo';

export const NARROW_WIDTH = 340;
export const WIDE_WIDTH = 680;

export interface RenderedChart {
  narrow: string;
  wide: string;
}

/** Width and height of a rendered SVG (its root's attributes), for an <img> of its file. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const num = (name: string) => Math.ceil(Number(new RegExp(`\\s${name}="(\\d+(?:\\.\\d+)?)"`).exec(root)?.[1] ?? 0));
  return { width: num('width'), height: num('height') };
}

/**
 * The svgo plugins that make most of the saving, not its whole default preset: on 1,500 chart
 * files of a 1,000-report corpus the preset left 73.5 % of the bytes in 4.33 ms per file, these
 * 75.8 % in 1.31 ms (about 25,000 chart files at 5,000 reports: some 75 s of build less).
 */
const SVGO_PLUGINS = ['convertShapeToPath', 'mergePaths', 'cleanupNumericValues', 'convertPathData', 'convertTransform', 'collapseGroups', 'removeEmptyAttrs'] as const;

/**
 * A chart as written to its own file (the profile charts): without Plot's <style> block (its
 * display and size rules are the page's job, set on the <img>; its white-space: pre changes
 * nothing in labels that cleanLabel already collapsed), then optimized by svgo (grid and tick
 * lines merged into one path each, shapes as short paths, numbers and transforms shortened).
 * The root keeps role="img", its aria-label and <desc>.
 */
export function fileSvg(svg: string): string {
  const plain = svg.replace(/\n?<style>[^<]*<\/style>/, '').replace(/\n(?=<)/g, '').replace(/\n$/, '');
  try {
    return optimize(plain, { plugins: [...SVGO_PLUGINS] }).data;
  } catch (err) {
    // One chart svgo cannot read is written as drawn, never a stopped build.
    console.error(`gráfico sin optimizar: ${(err as Error).message} (${/aria-label="([^"]*)"/.exec(plain)?.[1] ?? 'sin nombre'})`);
    return plain;
  }
}

/**
 * A chart file without its tooltips: a chart shown by an <img> shows no <title> tooltip, its
 * accessible name is the <img>'s alt, and each bar's value is printed beside it. Only <title>
 * elements go; the root's aria-label and <desc> stay. (The inline charts keep theirs.)
 */
export function withoutTooltips(svg: string): string {
  return svg.replace(/<title>[^<]*<\/title>/g, '');
}

/** A chart whose builder failed (both() drew the CHART_FAILED_TEXT placeholder instead). */
export const chartFailed = (svg: string): boolean => /^<svg\b[^>]*\bclass="[^"]*\bca-chart-failed\b/.test(svg);

/**
 * Removes aria-label from the chart's inner elements: inside an svg with role="img" they are
 * presentational, and Plot's labels ("rule", "x-axis label") are noise for screen readers
 * (axe: aria-prohibited-attr). The root svg keeps its aria-label and <desc>.
 */
export function stripInnerAria(svg: string): string {
  const end = svg.indexOf('>');
  if (end < 0) return svg;
  return svg.slice(0, end + 1) + svg.slice(end + 1).replace(/ aria-label="[^"]*"/g, '');
}

/** What a chart that could not be drawn shows instead (the page and the rest of the site still build). */
export const CHART_FAILED_TEXT = 'No se pudo dibujar este gráfico; las cifras están en la tabla y en los datos.';

/**
 * Both widths of a chart. A builder that throws (data no report should hold, a library limit)
 * does not stop the build: the chart says it could not be drawn, and the error is logged.
 */
export function both(render: (width: number) => string, o: ChartText = { ariaLabel: 'Gráfico' }): RenderedChart {
  try {
    return { narrow: stripInnerAria(render(NARROW_WIDTH)), wide: stripInnerAria(render(WIDE_WIDTH)) };
  } catch (err) {
    console.error(`gráfico no dibujado: ${(err as Error).message} (${o.ariaLabel})`);
    const failed = (width: number) => emptyChart({ ...o, width }, 'ca-chart-failed', CHART_FAILED_TEXT);
    return { narrow: failed(NARROW_WIDTH), wide: failed(WIDE_WIDTH) };
  }
}

export type ChartText = Omit<ChartBase, 'width'>;

export const renderBudgetLines = (rows: BudgetLineRow[], o: ChartText) => both((width) => budgetLinesChart(rows, { ...o, width }), o);
export const renderGoals = (rows: GoalRow[], o: ChartText & { cap?: number }) => both((width) => goalsChart(rows, { ...o, width }), o);
export const renderProcurement = (rows: ProcurementRow[], o: ChartText) => both((width) => procurementChart(rows, { ...o, width }), o);
export const renderRanking = (rows: RankingRow[], o: ChartText & { unit: '%' | 'USD'; reference?: number; axisLabel?: string }) =>
  both((width) => rankingChart(rows, { ...o, width }), o);
export const renderTimeline = (items: TimelineItem[], o: ChartText) => both((width) => timelineChart(items, { ...o, width }), o);
export const renderTrend = (panels: TrendPanel[], o: ChartText) => both((width) => trendChart(panels, { ...o, width }), o);
