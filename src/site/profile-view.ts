/**
 * The complete view of an institution profile page (/instituciones/{id}/): the profile's data
 * (src/site/profile.ts), its tables as TableModels, its charts with their titles, takeaways,
 * source ranges and share tools (from the same ProfileFigure), the table of contents and the
 * #alertas groups. The page and its section components only render this object.
 *
 * Built through ./page-guard.ts: when the profile or its view throws, the view is that of the
 * institution alone with `failure` set, the build log names the page and the error, and the page
 * shows the notice (components/PageError.astro) instead of its sections.
 */
import type { Datasets, Flag } from '../schema/datasets.ts';
import type { RenderedChart } from './charts.ts';
import { budgetComparison, goalsComparison, procurementComparison } from './compare.ts';
import { figureOf, imageOf, lineRange, profileFigures, type ChartImage, type FigureKind, type ProfileFigure } from './figures.ts';
import { countBySeverity, rowFlags } from './flags.ts';
import { institutionUrl, url } from './paths.ts';
import { institutionProfile, type BudgetBlock, type GoalsBlock, type InstitutionProfile, type ProcurementBlock } from './profile.ts';
import {
  budgetLinesTable, budgetSummaryTable, coverageTable, deliberationsTable, disposalsTable, goalsTable, procurementTable, recommendationsTable, SUMMARY_FIELDS,
} from './profile-tables.ts';
import { absoluteUrl, downloadName, embedHeight, reportSuffix, type FigureToolsProps } from './reporter.ts';
import type { TableModel } from './table.ts';
import { handOffOf, memo } from './lookup.ts';
import { institutionTrend, trendFigure, type TrendChartFigure, type TrendYear } from './trends.ts';
import { failedProfile } from './profile.ts';
import { profileCite } from './figures.ts';
import { profileHeadline, type HeadlineStat } from './headline.ts';
import { institutionFacets, type SearchFacets } from './search.ts';
import { unitSummaries, type UnitSummary } from './units.ts';
import { contractsSection, type ContractsSection } from './contracts.ts';
import { guarded, type PageFailure } from './page-guard.ts';
import type { CitationParts } from './reporter.ts';

/** A chart of the profile as the page shows it. */
export interface ChartView {
  id: string;
  title: string;
  takeaway: string;
  chart: RenderedChart;
  /** The chart's SVG files (written once, shared with the embed page), accessible name and note on rows left out. */
  image: ChartImage;
  /** "Fuente: {report}, {file}:{from}–{to}": the lines of the section's table. */
  source: { title: string; file: string; from: number | null; to: number | null; reportId: string };
  tools: Omit<FigureToolsProps, 'figureId'>;
}

export interface ProfileView {
  profile: InstitutionProfile;
  /** Set when the page could not be built from the records: the page shows this notice instead of its sections. */
  failure: PageFailure | null;
  /** The first screen's figures, each with its citation. */
  headline: HeadlineStat[];
  /** «Citar esta página». */
  cite: CitationParts;
  /** The search links of the page. */
  facets: SearchFacets;
  /** The units with figures under the institution. */
  units: UnitSummary[];
  /** «Según el SERCOP», null when SERCOP records no process of the institution. */
  contracts: ContractsSection | null;
  /** Every flag of the institution: the #alertas list the flag notes link to. */
  all: Flag[];
  /** More than one report: blocks get a heading and tables a year column. */
  many: boolean;
  pageUrl: string;
  budget: { block: BudgetBlock; chart: ChartView | null; summary: TableModel | null; summaryFlags: Flag[]; lines: TableModel | null }[];
  goals: { block: GoalsBlock; chart: ChartView | null; table: TableModel }[];
  procurement: { block: ProcurementBlock; chart: ChartView | null; table: TableModel }[];
  recommendations: TableModel;
  disposals: TableModel;
  deliberations: TableModel;
  coverage: TableModel;
  /** Years side by side (#evolucion): empty with fewer than two years. */
  trend: { years: TrendYear[]; figure: TrendChartFigure | null; tools: Omit<FigureToolsProps, 'figureId'> | null };
  /** Table of contents: anchor and label. */
  sections: (readonly [string, string])[];
  /** "2 errores, 1 advertencia". */
  severityText: string;
  /** #alertas grouped by code, in order of first appearance (most severe first). */
  alertGroups: { code: Flag['code']; flags: Flag[] }[];
}

/** Institutions with a row in each comparison (computed once per build, not per profile). */
function comparedInstitutions(ds: Datasets): Record<FigureKind, Set<string>> {
  return memo(ds, 'compared-institutions', () => {
    const of = (rows: readonly { institution_id: string }[]) => new Set(rows.map((r) => r.institution_id));
    return { presupuesto: of(budgetComparison(ds).rows), metas: of(goalsComparison(ds).rows), contratacion: of(procurementComparison(ds).rows) };
  });
}

const SEVERITY_WORDS = [['error', 'error', 'errores'], ['warning', 'advertencia', 'advertencias'], ['info', 'nota', 'notas']] as const;

/**
 * The view of profile `id`; `site` is the site's URL (Astro.site) for absolute share links.
 * Never throws for a known institution (see the module comment); throws ProfileNotFound for an unknown id.
 */
export function profileView(ds: Datasets, id: string, site: URL | string | undefined | null): ProfileView {
  const p = institutionProfile(ds, id);
  return guarded(ds, institutionUrl(id), () => viewOf(ds, p, site), (failure) => viewOf(ds, failedProfile(ds, p.institution, failure), site));
}

function viewOf(ds: Datasets, p: InstitutionProfile, site: URL | string | undefined | null): ProfileView {
  const inst = p.institution;
  const id = inst.id;
  // A failed profile reads nothing more from the records that made it fail.
  const failed = p.failure !== undefined;
  const all = p.flags;
  const many = p.reports.length > 1;
  const pageUrl = absoluteUrl(site, institutionUrl(id));
  const figures = failed ? [] : profileFigures(p, ds.reports, handOffOf(ds));
  const years = failed ? [] : institutionTrend(ds, id);
  const trendFig = failed ? null : trendFigure(ds, id, inst.name, years);
  const chartOf = (kind: FigureKind, block: number, table: readonly { source_line: number }[]): ChartView | null => {
    const f: ProfileFigure | undefined = figureOf(figures, kind, block);
    if (!f) return null;
    const chart = f.render();
    return {
      id: f.id, title: f.title, takeaway: f.takeaway, chart, image: imageOf(f),
      source: { title: f.report.title, file: f.report.source_file, ...(lineRange(table) ?? { from: null, to: null }), reportId: f.report.id },
      tools: {
        name: downloadName(id, f.id.replace(/^grafico-/, '')),
        pageUrl,
        cite: f.cite,
        csvHref: url(`/instituciones/${id}/${f.id}.csv`),
        embedSrc: absoluteUrl(site, url(`/embed/instituciones/${id}/${f.slug}/`)),
        embedTitle: `${f.title} · ${inst.name}`,
        embedHeight: embedHeight(chart.narrow),
        related: comparedInstitutions(ds)[f.kind].has(id) ? { href: url(`/comparar/${f.kind}/?resaltar=${id}#tabla-${f.kind}`), label: 'Comparar con otras instituciones' } : undefined,
      },
    };
  };
  const sev = countBySeverity(all);
  const groups = new Map<Flag['code'], Flag[]>();
  for (const f of all) groups.set(f.code, [...(groups.get(f.code) ?? []), f]);
  return {
    profile: p, all, many, pageUrl,
    failure: p.failure ?? null,
    headline: profileHeadline(p),
    cite: profileCite(p),
    facets: institutionFacets(ds, id),
    units: failed ? [] : unitSummaries(ds, id),
    contracts: failed ? null : contractsSection(ds, id, all),
    budget: p.budget.map((b, i) => ({
      block: b,
      chart: chartOf('presupuesto', i, b.lines),
      summary: budgetSummaryTable(b, ds.reports),
      summaryFlags: b.summary ? rowFlags(b.summary.flags, SUMMARY_FIELDS.map(([f]) => f)) : [],
      lines: b.lines.length ? budgetLinesTable(b, ds.reports) : null,
    })),
    goals: p.goals.map((g, i) => ({ block: g, chart: chartOf('metas', i, g.goals), table: goalsTable(g, `tabla-metas-${reportSuffix(ds.reports, g.report)}`) })),
    procurement: p.procurement.map((pr, i) => ({ block: pr, chart: chartOf('contratacion', i, pr.rows), table: procurementTable(pr, ds.reports) })),
    recommendations: recommendationsTable(p, many),
    disposals: disposalsTable(p, many),
    deliberations: deliberationsTable(p, many),
    coverage: coverageTable(p, many),
    trend: { years, figure: trendFig, tools: trendFig ? { name: downloadName(id, 'evolucion'), pageUrl, cite: trendFig.cite } : null },
    sections: [
      ['informes', 'Informes'], ...(years.length >= 2 ? [['evolucion', 'Evolución'] as const] : []), ['presupuesto', 'Presupuesto'], ['metas', 'Metas'], ['contratacion', 'Contratación'],
      ['recomendaciones', 'Recomendaciones'], ['bienes', 'Bienes'], ['deliberacion', 'Deliberación'],
      ['compromisos', 'Compromisos'], ['alertas', `Alertas (${all.length})`],
    ],
    severityText: SEVERITY_WORDS.filter(([k]) => sev[k] > 0).map(([k, one, several]) => `${sev[k]} ${sev[k] === 1 ? one : several}`).join(', '),
    alertGroups: [...groups].map(([code, flags]) => ({ code, flags })),
  };
}

