/**
 * The charts of an institution profile as shareable figures: stable id (the page anchor), the
 * embed slug (/embed/instituciones/{id}/{slug}/), the CSV of exactly the rows drawn, the
 * citation parts and the chart itself. Shared by the profile page, its embed pages and the
 * per-chart CSV endpoint, so the three always show the same chart. Each chart is drawn once
 * per build and written once, as two static SVG files (narrow and wide) next to the profile
 * ([chart].svg.ts); the profile and the embed page both show those files (<picture>).
 */
import type { Report } from '../schema/datasets.ts';
import { budgetLinesHiddenText, goalsHiddenText, procurementHiddenText } from '../charts/index.ts';
import type { RenderedChart } from './charts.ts';
import { renderBudgetLines, renderGoals, renderProcurement } from './charts.ts';
import type { HandOff } from './lookup.ts';
import type { InstitutionProfile } from './profile.ts';
import { budgetChartCsv, budgetChartLines, goalsChartCsv, goalsChartRows, procurementChartCsv, reportSuffix, type CitationParts } from './reporter.ts';

export const FIGURE_KINDS = ['presupuesto', 'metas', 'contratacion'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export interface ProfileFigure {
  kind: FigureKind;
  /** Index of the block (report) inside its profile section. */
  block: number;
  /** Anchor id on the profile: "grafico-presupuesto-2023". */
  id: string;
  /** Embed slug: the kind for the latest report, "presupuesto-2022" for older ones. */
  slug: string;
  report: Report;
  title: string;
  takeaway: string;
  /** First and last source line of the rows drawn. */
  range: { from: number; to: number } | null;
  csv: () => string;
  /** The chart's accessible name (the SVG's aria-label, the <img> alt). */
  alt: string;
  /** Site paths of the chart's SVG files (figureFiles). */
  files: ChartFiles;
  /**
   * What the chart leaves out («Se muestran las primeras 50 de …»), or null: printed by the page
   * beside the chart's files (ChartBody), not inside them, so screen readers and text search get it.
   */
  note: string | null;
  render: () => RenderedChart;
  cite: CitationParts;
}

/** Site paths (without the base) of a chart's two SVG files. */
export interface ChartFiles {
  narrow: string;
  wide: string;
}

/** A chart shown as its files: their paths, the accessible name (alt) and the note the page prints beside them (ProfileFigure.note). */
export interface ChartImage {
  files: ChartFiles;
  alt: string;
  note: string | null;
}

/** Where a profile chart's SVG files are written: /instituciones/{id}/{figure id}.svg and …-movil.svg. */
export function figureFiles(institutionId: string, figureId: string): ChartFiles {
  return { narrow: `/instituciones/${institutionId}/${figureId}-movil.svg`, wide: `/instituciones/${institutionId}/${figureId}.svg` };
}

/**
 * How many times a build takes each profile chart's drawing: the profile page, the embed page
 * and the two SVG files. The hand-off drops it after the last.
 */
export const FIGURE_USES = 4;

/** First and last source line of some rows; null for none. */
export function lineRange(rows: readonly { source_line: number }[]): { from: number; to: number } | null {
  if (!rows.length) return null;
  const ls = rows.map((r) => r.source_line);
  // A reduce, not a spread into Math.min: 100,000 lines would overflow the stack.
  return { from: ls.reduce((a, b) => Math.min(a, b), Infinity), to: ls.reduce((a, b) => Math.max(a, b), -Infinity) };
}

/**
 * Every chart of a profile, in page order (budget, goals, procurement; latest report first).
 * `handOff` (lookup.ts) lets the profile page and its embed page share each drawing; without it,
 * every render() draws.
 */
export function profileFigures(p: InstitutionProfile, reports: readonly Report[], handOff?: HandOff): ProfileFigure[] {
  const name = p.institution.name;
  const out: ProfileFigure[] = [];
  const seen = new Set<FigureKind>();
  const add = (f: Omit<ProfileFigure, 'id' | 'slug' | 'cite' | 'files'>) => {
    const suffix = reportSuffix(reports, f.report);
    const slug = seen.has(f.kind) ? `${f.kind}-${suffix}` : f.kind;
    seen.add(f.kind);
    const id = `grafico-${f.kind}-${suffix}`;
    out.push({
      ...f,
      render: handOff ? () => handOff<RenderedChart>(`chart:${p.institution.id}/${id}`, f.render, FIGURE_USES) : f.render,
      id,
      files: figureFiles(p.institution.id, id),
      slug,
      cite: {
        title: f.title,
        institution: name,
        reports: [{ title: f.report.title, period: f.report.period, file: f.report.source_file, from: f.range?.from ?? null, to: f.range?.to ?? null, ...pagesOf(f.report) }],
      },
    });
  };
  p.budget.forEach((b, block) => {
    if (b.chartRows.length <= 1) return;
    const alt = `Presupuesto planificado y ejecutado por línea, ${name}, ${b.report.year}`;
    add({
      alt,
      kind: 'presupuesto', block, report: b.report,
      title: `Ejecución por línea presupuestaria, ${b.report.year}`,
      takeaway: b.chartTakeaway ?? b.takeaway,
      range: lineRange(budgetChartLines(b.lines)),
      csv: () => budgetChartCsv(b.lines, b.report.page_starts),
      note: budgetLinesHiddenText(b.chartRows),
      render: () => renderBudgetLines(b.chartRows, {
        ariaLabel: alt,
        ariaDescription: b.chartTakeaway ?? b.takeaway,
        hiddenRowsNote: false,
      }),
    });
  });
  p.goals.forEach((g, block) => {
    if (!g.chartRows.length) return;
    const alt = `Cumplimiento por meta con tope en 100 %, ${name}, ${g.report.year}`;
    add({
      alt,
      kind: 'metas', block, report: g.report,
      title: `Cumplimiento por meta (tope de 100\u00a0%), ${g.report.year}`,
      takeaway: g.takeaway,
      range: lineRange(goalsChartRows(g.goals)),
      csv: () => goalsChartCsv(g.goals, g.report.page_starts),
      note: goalsHiddenText(g.chartRows),
      render: () => renderGoals(g.chartRows, {
        ariaLabel: alt,
        ariaDescription: g.takeaway,
        cap: 100,
        hiddenRowsNote: false,
      }),
    });
  });
  p.procurement.forEach((pr, block) => {
    const alt = `Montos adjudicados y finalizados por tipo de contratación, ${name}, ${pr.report.year}`;
    add({
      alt,
      kind: 'contratacion', block, report: pr.report,
      title: `Contratación por tipo de procedimiento, ${pr.report.year}`,
      takeaway: pr.takeaway,
      range: lineRange(pr.rows),
      csv: () => procurementChartCsv(pr.rows, pr.report.page_starts),
      note: procurementHiddenText(pr.chartRows),
      render: () => renderProcurement(pr.chartRows, {
        ariaLabel: alt,
        ariaDescription: pr.takeaway,
        hiddenRowsNote: false,
      }),
    });
  });
  return out;
}

/** A figure's chart as the profile and its embed page show it: its files, alt and note. */
export const imageOf = (f: ProfileFigure): ChartImage => ({ files: f.files, alt: f.alt, note: f.note });

/** The page map of a PDF report for its citation (none for a text report). */
const pagesOf = (r: Report): { pageStarts?: readonly number[] } => (r.page_starts ? { pageStarts: r.page_starts } : {});

/** The figure of a section block, if it has a chart. */
export function figureOf(figures: readonly ProfileFigure[], kind: FigureKind, block: number): ProfileFigure | undefined {
  return figures.find((f) => f.kind === kind && f.block === block);
}

/**
 * Citation of a profile page: every report it draws on, pointing at the line of the headline
 * figure (the budget summary) when there is one.
 */
export function profileCite(p: InstitutionProfile): CitationParts {
  const reports = p.reports.map(({ report: r }) => {
    const s = p.budget.find((b) => b.report.id === r.id)?.summary;
    return s
      ? { title: r.title, period: r.period, file: r.source_file, from: s.source_line, ...pagesOf(r), what: 'resumen del presupuesto' }
      : { title: r.title, period: r.period, file: r.source_file, from: null };
  });
  const plan = p.commitments[0]?.commitment;
  return {
    title: 'Rendición de cuentas: presupuesto, metas y contratación',
    institution: p.institution.name,
    reports,
    reportsNote: plan
      ? `Plan de Acción de Gobierno Abierto (archivo ${plan.source_file}).`
      : 'Sin informes de rendición de cuentas en el explorador.',
  };
}
