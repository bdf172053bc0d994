/**
 * Years side by side: for an institution with headline reports in two or more years, one row per
 * year with its budget execution, its goals' capped mean and its procurement amount awarded, each
 * with the file and line it comes from, and the change from the year before (percentage points
 * for percentages, dollars for amounts). Null (never zero) where a year does not report a figure.
 */
import type { Datasets } from '../schema/datasets.ts';
import { goalsBlockFor } from './goals.ts';
import { listOf, lookup, memo } from './lookup.ts';
import { bestPct, procurementTotals } from './stats.ts';
import { pct, sourceRef, usd } from './format.ts';
import { formatChange as formatChangeOf, type TrendPanel } from '../charts/index.ts';
import { renderTrend, type RenderedChart } from './charts.ts';
import type { CitationParts } from './reporter.ts';

export interface TrendFigure {
  value: number | null;
  /** value − the previous year's value; null for the first year or when either is absent. */
  change: number | null;
  source_file: string | null;
  source_line: number | null;
  /** Report the figure comes from (its line view links from the source). */
  report_id: string | null;
}

export interface TrendYear {
  year: number;
  /** % of the budget executed (computed, else reported). */
  budget: TrendFigure;
  /** Mean goal fulfilment with every goal capped at 100 %. */
  goals: TrendFigure;
  /** Procurement amount awarded (USD). */
  procurement: TrendFigure;
}

/** The years of institution `id`, oldest first; empty when it has fewer than two years. */
export function institutionTrend(ds: Datasets, id: string): TrendYear[] {
  return memo(ds, `trend:${id}`, () => {
    const l = lookup(ds);
    // A document whose figures are not read (format documento) gives a year no figure: not a year of the trend.
    const reports = listOf(l.reportsOf, id).filter((r) => r.headline !== false && r.format !== 'documento');
    const years = [...new Set(reports.map((r) => r.year))].sort((a, b) => a - b);
    if (years.length < 2) return [];
    const out: TrendYear[] = [];
    for (const year of years) {
      const ofYear = reports.filter((r) => r.year === year).sort((a, b) => a.id.localeCompare(b.id));
      const summary = ofYear.flatMap((r) => listOf(l.byReport.budget_summaries, r.id))[0] ?? null;
      let goals: { value: number | null; file: string | null; line: number | null; report: string | null } = { value: null, file: null, line: null, report: null };
      for (const r of ofYear) {
        const list = listOf(l.byReport.goals, r.id);
        const block = goalsBlockFor(r, list);
        if (block && block.cappedMean !== null) {
          goals = { value: block.cappedMean, file: r.source_file, line: block.goals[0]?.source_line ?? null, report: r.id };
          break;
        }
      }
      const proc = ofYear.map((r) => listOf(l.byReport.procurement, r.id)).find((rows) => rows.length > 0) ?? [];
      const firstProc = [...proc].sort((a, b) => a.source_line - b.source_line)[0] ?? null;
      out.push({
        year,
        budget: { value: summary ? bestPct(summary) : null, change: null, source_file: summary?.source_file ?? null, source_line: summary?.source_line ?? null, report_id: summary?.report_id ?? null },
        goals: { value: goals.value, change: null, source_file: goals.file, source_line: goals.line, report_id: goals.report },
        procurement: { value: proc.length ? procurementTotals(proc).awarded_amount : null, change: null, source_file: firstProc?.source_file ?? null, source_line: firstProc?.source_line ?? null, report_id: firstProc?.report_id ?? null },
      });
    }
    for (let i = 1; i < out.length; i++) {
      for (const k of ['budget', 'goals', 'procurement'] as const) {
        const a = out[i - 1]![k].value;
        const b = out[i]![k].value;
        out[i]![k].change = a === null || b === null ? null : Math.round((b - a) * 100) / 100;
      }
    }
    return out;
  });
}

/** "+5,39 p. p." / "−2 p. p." for percentages, "+$25.477.060,41" for amounts; "" without a change. */
export function formatChange(change: number | null, kind: 'pct' | 'usd'): string {
  return formatChangeOf(change, kind === 'pct' ? '%' : 'USD');
}

/** The three figures of a trend, in page order, with their panel titles and units. */
const FIGURES = [
  { key: 'budget', title: 'Ejecución del presupuesto', unit: '%', what: 'la ejecución del presupuesto' },
  { key: 'goals', title: 'Metas: promedio con tope de 100\u00a0%', unit: '%', what: 'el promedio de metas con tope de 100\u00a0%' },
  { key: 'procurement', title: 'Contratación adjudicada', unit: 'USD', what: 'el monto adjudicado en contratación' },
] as const;

/** The chart panels of a trend: one per figure that some year reports. */
export function trendPanels(trend: readonly TrendYear[]): TrendPanel[] {
  return FIGURES.filter((f) => trend.some((y) => y[f.key].value !== null)).map((f) => ({
    title: f.title,
    unit: f.unit,
    points: trend.map((y) => ({
      year: y.year, value: y[f.key].value, change: y[f.key].change,
      source: y[f.key].source_file ? sourceRef(y[f.key].source_file!, y[f.key].source_line) : null,
    })),
  }));
}

/**
 * One sentence per figure reported in two or more years: from its first to its last year
 * ("La ejecución del presupuesto pasó de 73,89 % en 2022 a 84,29 % en 2023 (+10,4 p. p.).").
 */
export function trendSentences(trend: readonly TrendYear[]): string[] {
  const out: string[] = [];
  for (const f of FIGURES) {
    const years = trend.filter((y) => y[f.key].value !== null);
    if (years.length < 2) continue;
    const a = years[0]!;
    const b = years[years.length - 1]!;
    const va = a[f.key].value!;
    const vb = b[f.key].value!;
    const show = (v: number) => (f.unit === '%' ? pct(v) : usd(v));
    const diff = Math.round((vb - va) * 100) / 100;
    const verb = diff === 0 ? 'se mantuvo en' : 'pasó de';
    const text = diff === 0
      ? `${f.what} ${verb} ${show(vb)} entre ${a.year} y ${b.year}`
      : `${f.what} ${verb} ${show(va)} en ${a.year} a ${show(vb)} en ${b.year} (${formatChangeOf(diff, f.unit)})`;
    out.push(`${text[0]!.toUpperCase()}${text.slice(1)}.`);
  }
  return out;
}

/** The trend as a figure of the profile: title, takeaway, both renderings and its citation. */
export interface TrendChartFigure {
  id: string;
  title: string;
  takeaway: string;
  chart: RenderedChart;
  cite: CitationParts;
}

export function trendFigure(ds: Datasets, id: string, name: string, trend: readonly TrendYear[]): TrendChartFigure | null {
  if (trend.length < 2) return null;
  const panels = trendPanels(trend);
  if (!panels.length) return null;
  const sentences = trendSentences(trend);
  const first = trend[0]!.year;
  const last = trend[trend.length - 1]!.year;
  const title = `Presupuesto, metas y contratación por año, ${first}–${last}`;
  // The first two figures (budget, goals) lead; the chart's description has every sentence.
  const takeaway = sentences.slice(0, 2).join(' ') || 'Ninguna cifra se publica en dos años distintos: no hay cambio que medir.';
  const l = lookup(ds);
  const reports = listOf(l.reportsOf, id).filter((r) => r.headline !== false && r.year >= first && r.year <= last)
    .sort((a, b) => a.year - b.year || a.id.localeCompare(b.id));
  return {
    id: 'grafico-evolucion',
    title,
    takeaway,
    chart: renderTrend(panels, { ariaLabel: `${title}: ${name}`, ariaDescription: sentences.join(' ') || takeaway }),
    cite: {
      title,
      institution: name,
      reports: reports.map((r) => {
        const lines = trend.find((y) => y.year === r.year);
        const ls = lines ? [lines.budget, lines.goals, lines.procurement].filter((f) => f.source_file === r.source_file && f.source_line !== null).map((f) => f.source_line!) : [];
        return { title: r.title, period: r.period, file: r.source_file, from: ls.length ? Math.min(...ls) : null, to: ls.length ? Math.max(...ls) : null };
      }),
    },
  };
}
