/**
 * Chart builders of the site: pure functions `(data, options) → SVG string`, rendered at build
 * time with Observable Plot on a linkedom DOM, so pages carry static SVG and work without
 * JavaScript. Every chart: standalone <svg role="img" aria-label> with a <desc> when
 * ariaDescription is given, deterministic output, Spanish labels, es-EC numbers, text ≥ 12 px.
 * See test/charts/README.md for the design choices.
 */
export type { ChartBase } from './render.js';
export { budgetLinesChart, budgetLinesHiddenText, type BudgetLineRow } from './budget.js';
export { goalsChart, goalsHiddenText, type GoalRow } from './goals.js';
export { procurementChart, procurementHiddenText, countsText, type ProcurementRow } from './procurement.js';
export { rankingChart, type RankingRow } from './ranking.js';
export { timelineChart, monthRangeText, type TimelineItem } from './timeline.js';
export { trendChart, type TrendPanel, type TrendPoint } from './trend.js';
export {
  NBSP, MISSING_TEXT, MONTHS_ABBR, esEC, formatUsd, formatUsdShort, formatPercent, formatInt, formatDecimal, formatMonth, formatChange,
} from './format.js';
