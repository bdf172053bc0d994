/**
 * Build-time chart rendering for the pages: every chart is rendered twice, narrow for phones
 * and wide for larger screens (CSS shows one), because an SVG scaled down from desktop width
 * would shrink its text below a readable size on a 375 px screen.
 */
import {
  budgetLinesChart, goalsChart, procurementChart, rankingChart, timelineChart,
  type BudgetLineRow, type ChartBase, type GoalRow, type ProcurementRow, type RankingRow, type TimelineItem,
} from '../charts/index.ts';

export const NARROW_WIDTH = 340;
export const WIDE_WIDTH = 680;

export interface RenderedChart {
  narrow: string;
  wide: string;
}

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

function both(render: (width: number) => string): RenderedChart {
  return { narrow: stripInnerAria(render(NARROW_WIDTH)), wide: stripInnerAria(render(WIDE_WIDTH)) };
}

export type ChartText = Omit<ChartBase, 'width'>;

export const renderBudgetLines = (rows: BudgetLineRow[], o: ChartText) => both((width) => budgetLinesChart(rows, { ...o, width }));
export const renderGoals = (rows: GoalRow[], o: ChartText & { cap?: number }) => both((width) => goalsChart(rows, { ...o, width }));
export const renderProcurement = (rows: ProcurementRow[], o: ChartText) => both((width) => procurementChart(rows, { ...o, width }));
export const renderRanking = (rows: RankingRow[], o: ChartText & { unit: '%' | 'USD'; reference?: number; axisLabel?: string }) =>
  both((width) => rankingChart(rows, { ...o, width }));
export const renderTimeline = (items: TimelineItem[], o: ChartText) => both((width) => timelineChart(items, { ...o, width }));
