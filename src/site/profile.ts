/**
 * Page data of an institution profile (/instituciones/{id}/): identity, the reports it
 * published, and one block per report for each section (budget, goals, procurement...), each
 * row carrying its flags, plus chart rows and one-sentence takeaways computed from the data.
 * Pure: takes the datasets, returns plain data; the page only renders it.
 */
import type {
  BudgetLine, BudgetSummary, Commitment, Coverage, Datasets, Deliberation, Disposal, Flag, Goal, Institution,
  Procurement, Recommendation, Report,
} from '../schema/datasets.ts';
import { FlagIndex, institutionFlags, sortFlags, type RecordFlags } from './flags.ts';
import { int, pct, usd } from './format.ts';
import { ofName } from './spanish.ts';
import { documentTitleKey } from '../lib/text.ts';
import { goalAnchorPrefix, goalsBlockFor, type GoalsBlock } from './goals.ts';
import { bestPct, pctOfUsd, procurementTotals, sentenceCase, sumUsd, topProcedure } from './stats.ts';
import { listOf, lookup, memo, recordsOfReports, type PerReport } from './lookup.ts';
import { guarded, type PageFailure } from './page-guard.ts';
import { institutionUrl } from './paths.ts';

export type { GoalRow, GoalsBlock } from './goals.ts';

import type { WithFlags } from './goals.ts';
export type { WithFlags };

export interface BudgetBlock {
  report: Report;
  summary: WithFlags<BudgetSummary> | null;
  lines: WithFlags<BudgetLine>[];
  /** Sum of the lines (cents-exact); pct = executed / planned. */
  linesTotal: { planned: number | null; executed: number | null; pct: number | null };
  /** The institution-wide figures: the summary's when there is one, else the sum of the lines. */
  headline: { planned: number | null; executed: number | null; pct: number | null };
  chartRows: { label: string; planned: number; executed: number }[];
  /** The whole-budget sentences (summary and largest line). */
  takeaway: string;
  /** Only the first sentence: how much of its budget it executed. */
  summaryText: string;
  /** One sentence about the lines chart. */
  chartTakeaway: string | null;
  unattached: Flag[];
}

export interface ProcurementBlock {
  report: Report;
  rows: WithFlags<Procurement>[];
  totals: { awarded_count: number | null; awarded_amount: number | null; finalized_count: number | null; finalized_amount: number | null };
  chartRows: { label: string; awarded_amount: number; finalized_amount: number; awarded_count: number; finalized_count: number }[];
  takeaway: string;
  unattached: Flag[];
}

export interface ReportEntry {
  report: Report;
  /** Report-level flags (fragment, institution inferred...). */
  flags: Flag[];
}

export interface CommitmentEntry {
  commitment: Commitment;
  /** The other institutions responsible with this one. */
  partners: Institution[];
}

export interface InstitutionProfile {
  institution: Institution;
  parent: Institution | null;
  children: Institution[];
  reports: ReportEntry[];
  years: number[];
  budget: BudgetBlock[];
  goals: GoalsBlock[];
  procurement: ProcurementBlock[];
  recommendations: WithFlags<Recommendation>[];
  disposals: WithFlags<Disposal>[];
  disposalTotals: { kind: string; count: number; amount: number | null }[];
  deliberations: WithFlags<Deliberation>[];
  coverage: WithFlags<Coverage>[];
  commitments: CommitmentEntry[];
  /** Flags of sections without a block of their own (recommendations, disposals...) that match no row. */
  otherUnattached: Flag[];
  /** Every flag of the institution, most severe first (the #alertas list). */
  flags: Flag[];
  /** One-paragraph summary of what the explorer holds for it. */
  summary: string;
  /** Set when building the profile threw: the profile is then empty but for the institution (./page-guard.ts). */
  failure?: PageFailure;
}

/**
 * Most recent year first; within a year the headline report first (reports.headline: the version
 * headlines use, issue 11), so the profile's first blocks and summary use it; then by id.
 */
const byYearDesc = (a: Report, b: Report) =>
  b.year - a.year || Number(b.headline !== false) - Number(a.headline !== false) || a.id.localeCompare(b.id);
const byLine = (a: { source_line: number }, b: { source_line: number }) => a.source_line - b.source_line;

export class ProfileNotFound extends Error {}

/**
 * The profile of institution `id`; throws ProfileNotFound for an unknown id. When its records
 * make it throw, the profile is `failedProfile` (logged once): its page says so, its embeds, CSVs
 * and share card have no figures, and the rest of the build goes on.
 */
export function institutionProfile(ds: Datasets, id: string): InstitutionProfile {
  // Cached: the page, its CSVs, embeds and share card all ask for the same profile.
  return memo(ds, `profile:${id}`, () => {
    const institution = lookup(ds).institution.get(id);
    if (!institution) throw new ProfileNotFound(`Institución desconocida: ${id}`);
    return guarded(ds, institutionUrl(id), () => buildProfile(ds, id), (failure) => failedProfile(ds, institution, failure));
  });
}

/** The profile of an institution whose records could not be read: who it is, nothing else. */
export function failedProfile(ds: Datasets, institution: Institution, failure: PageFailure): InstitutionProfile {
  const l = lookup(ds);
  return {
    institution,
    parent: institution.parent_id ? l.institution.get(institution.parent_id) ?? null : null,
    children: [...listOf(l.childrenOf, institution.id)].sort((a, b) => a.name.localeCompare(b.name, 'es')),
    reports: [], years: [], budget: [], goals: [], procurement: [], recommendations: [], disposals: [], disposalTotals: [],
    deliberations: [], coverage: [], commitments: [], otherUnattached: [], flags: [],
    summary: `No se pudieron mostrar los datos ${ofName(institution.name)}: un error al construir esta página (${failure.error}). El resto del sitio no se ve afectado.`,
    failure,
  };
}

function buildProfile(ds: Datasets, id: string): InstitutionProfile {
  const l = lookup(ds);
  const institution = l.institution.get(id);
  if (!institution) throw new ProfileNotFound(`Institución desconocida: ${id}`);
  const reports = [...listOf(l.reportsOf, id)].sort(byYearDesc);
  const mine = <K extends PerReport>(name: K) => recordsOfReports(ds, name, reports);
  const flags = institutionFlags(ds, id);
  const index = new FlagIndex(flags);
  const withFlags = <T extends { source_file: string; source_line: number }>(dataset: string, rows: readonly T[]) =>
    [...rows].sort(byLine).map((r) => ({ ...r, flags: index.attach(dataset, r) }));

  const budget: BudgetBlock[] = [];
  const goals: GoalsBlock[] = [];
  const procurement: ProcurementBlock[] = [];
  for (const report of reports) {
    const of = <K extends PerReport>(name: K) => listOf(l.byReport[name], report.id) as Datasets[K];
    const b = budgetBlock(report, of('budget_summaries'), of('budget_lines'), index);
    if (b) budget.push(b);
    const g = goalsBlockFor(report, of('goals'), (r) => index.attach('goals', r), goalAnchorPrefix(ds.reports, report));
    if (g) goals.push(g);
    const p = procurementBlock(report, of('procurement'), index);
    if (p) procurement.push(p);
  }
  // Unattached flags of the block datasets, once per institution, on the first block.
  const assignUnattached = <B extends { unattached: Flag[] }>(blocks: B[], ...datasets: string[]) => {
    if (blocks[0]) blocks[0].unattached = index.unattached(...datasets);
  };
  const recommendations = withFlags('recommendations', mine('recommendations'));
  const disposals = withFlags('disposals', mine('disposals'));
  const deliberations = withFlags('deliberations', mine('deliberations'));
  const coverage = withFlags('coverage', mine('coverage'));
  assignUnattached(budget, 'budget_summaries', 'budget_lines');
  assignUnattached(goals, 'goals');
  assignUnattached(procurement, 'procurement');
  const otherUnattached = index.unattached('recommendations', 'disposals', 'deliberations', 'coverage');

  const kinds = new Map<string, Disposal[]>();
  for (const d of disposals) kinds.set(d.kind, [...(kinds.get(d.kind) ?? []), d]);
  const disposalTotals = [...kinds].map(([kind, rows]) => ({ kind, count: rows.length, amount: sumUsd(rows.map((r) => r.amount)) }));

  const commitments = [...listOf(l.commitmentsOf, id)]
    .sort((a, b) => a.report_id.localeCompare(b.report_id) || a.number - b.number)
    .map((commitment) => ({
      commitment,
      partners: commitment.institution_ids
        .filter((o) => o !== id)
        .map((o) => l.institution.get(o))
        .filter((i): i is Institution => !!i),
    }));

  const reportEntries = reports.map((report) => ({
    report,
    flags: flags.filter((f) => f.report_id === report.id && (f.dataset === null || f.dataset === 'reports')),
  }));

  const profile: InstitutionProfile = {
    institution,
    parent: institution.parent_id ? l.institution.get(institution.parent_id) ?? null : null,
    children: [...listOf(l.childrenOf, id)].sort((a, b) => a.name.localeCompare(b.name, 'es')),
    reports: reportEntries,
    years: [...new Set(reports.map((r) => r.year))].sort((a, b) => b - a),
    budget, goals, procurement, recommendations, disposals, disposalTotals, deliberations, coverage, commitments,
    otherUnattached,
    flags,
    summary: '',
  };
  profile.summary = profileSummary(profile);
  return profile;
}

function budgetBlock(report: Report, summaries: BudgetSummary[], lines: BudgetLine[], index: FlagIndex): BudgetBlock | null {
  if (!summaries.length && !lines.length) return null;
  const summaryRaw = [...summaries].sort(byLine)[0] ?? null;
  const summary = summaryRaw ? { ...summaryRaw, flags: index.attach('budget_summaries', summaryRaw) } : null;
  const rows = [...lines].sort(byLine).map((l) => ({ ...l, flags: index.attach('budget_lines', l) }));
  const planned = sumUsd(rows.map((l) => l.planned));
  const executed = sumUsd(rows.map((l) => l.executed));
  const linesTotal = { planned, executed, pct: pctOfUsd(executed, planned) };
  const chartRows = rows
    .filter((l) => l.planned !== null || l.executed !== null)
    .map((l) => ({ label: sentenceCase(l.category), planned: l.planned ?? 0, executed: l.executed ?? 0 }));

  const parts: string[] = [];
  const sPlanned = summary?.planned ?? planned;
  const sExecuted = summary?.executed ?? executed;
  const sPct = summary ? bestPct(summary) : linesTotal.pct;
  const partial = summary?.basis === 'sum_of_lines' || !summary;
  if (sPct !== null && sPlanned !== null && sExecuted !== null) {
    parts.push(
      partial
        ? `Los proyectos que publica el informe ejecutaron ${pct(sPct)} de lo codificado: ${usd(sExecuted)} de ${usd(sPlanned)} (no es el presupuesto total de la institución).`
        : `Ejecutó ${pct(sPct)} de su presupuesto codificado: ${usd(sExecuted)} de ${usd(sPlanned)}.`,
    );
  } else if (sPlanned !== null) {
    parts.push(`Su presupuesto codificado fue de ${usd(sPlanned)}; el informe no permite calcular cuánto ejecutó.`);
  }
  let chartTakeaway: string | null = null;
  const sized = rows.filter((l) => l.planned !== null && l.planned > 0);
  if (sized.length > 1) {
    const biggest = sized.reduce((a, b) => ((b.planned ?? 0) > (a.planned ?? 0) ? b : a));
    const bp = bestPct(biggest);
    const share = pctOfUsd(biggest.planned, planned);
    chartTakeaway =
      `La línea más grande, «${sentenceCase(biggest.category)}» (${usd(biggest.planned)}` +
      (share !== null ? `, ${pct(share)} de lo planificado` : '') +
      `), ejecutó ${pct(bp)}.`;
    parts.push(chartTakeaway);
  } else if (sized.length === 1) {
    const only = sized[0]!;
    chartTakeaway = `El informe publica una sola línea, «${sentenceCase(only.category)}», con ${pct(bestPct(only))} de ejecución.`;
  }
  return {
    report, summary, lines: rows, linesTotal, headline: { planned: sPlanned, executed: sExecuted, pct: sPct }, chartRows,
    takeaway: parts.join(' ') || 'El informe no publica cifras de presupuesto utilizables.',
    summaryText: parts[0] ?? 'El informe no publica cifras de presupuesto utilizables.',
    chartTakeaway, unattached: [],
  };
}

function procurementBlock(report: Report, rowsRaw: Procurement[], index: FlagIndex): ProcurementBlock | null {
  if (!rowsRaw.length) return null;
  const rows = [...rowsRaw].sort(byLine).map((p) => ({ ...p, flags: index.attach('procurement', p) }));
  const totals = procurementTotals(rows);
  const chartRows = rows.map((r) => ({
    label: sentenceCase(r.procedure),
    awarded_amount: r.awarded_amount ?? 0,
    finalized_amount: r.finalized_amount ?? 0,
    awarded_count: r.awarded_count ?? 0,
    finalized_count: r.finalized_count ?? 0,
  }));
  const parts: string[] = [];
  const top = topProcedure(rows);
  if (top && top.awarded_amount && totals.awarded_amount) {
    parts.push(
      `«${sentenceCase(top.procedure)}» concentra ${pct(pctOfUsd(top.awarded_amount, totals.awarded_amount))} del monto adjudicado (${usd(top.awarded_amount)} de ${usd(totals.awarded_amount)})`,
    );
  }
  if (totals.awarded_count !== null && totals.finalized_count !== null) {
    parts.push(`se finalizaron ${int(totals.finalized_count)} de ${int(totals.awarded_count)} procesos adjudicados`);
  }
  const takeaway = parts.length ? `${parts.join('; ')}.` : 'El informe no publica montos de contratación.';
  return { report, rows, totals, chartRows, takeaway: capitalizeFirst(takeaway), unattached: [] };
}

function capitalizeFirst(s: string): string {
  return s.replace(/^(«?)(\p{L})/u, (_m, q: string, c: string) => q + c.toLocaleUpperCase('es'));
}

function profileSummary(p: InstitutionProfile): string {
  const name = p.institution.name;
  if (!p.reports.length) {
    if (p.commitments.length) {
      const n = p.commitments.length;
      return `El explorador no tiene informes de rendición de cuentas ${ofName(name)}; aparece como institución responsable de ${n} ${n === 1 ? 'compromiso' : 'compromisos'} del Plan de Acción de Gobierno Abierto.`;
    }
    if (p.children.length) {
      return `El explorador no tiene informes propios ${ofName(name)}; sí de ${p.children.length === 1 ? 'una entidad que le pertenece' : `${p.children.length} entidades que le pertenecen`}.`;
    }
    return `El explorador todavía no tiene informes ${ofName(name)}.`;
  }
  const n = p.reports.length;
  const years = [...p.years].sort((a, b) => a - b);
  const span = years.length === 1 ? `${years[0]}` : `${years[0]}–${years[years.length - 1]}`;
  let s = `${n} ${n === 1 ? 'informe' : 'informes'} (${span}).`;
  // A fragment that names nobody, published as an unidentified unit of the institution it points to.
  const unit = p.institution.type === 'unidad no identificada' && p.parent;
  if (unit) s = `Informe parcial de una unidad no identificada ${ofName(p.parent!.name)}: sus cifras son las de esa unidad, no las de toda la institución. ${s}`;
  const b = p.budget[0];
  if (b && b.headline.pct !== null) {
    const who = unit ? 'esta unidad ejecutó' : 'ejecutó';
    s += b.summary?.basis === 'reported'
      ? ` En ${b.report.year} ${who} ${pct(b.headline.pct)} de su presupuesto codificado (${usd(b.headline.planned)}).`
      : ` En ${b.report.year}, los proyectos que publica ejecutaron ${pct(b.headline.pct)} de lo codificado (${usd(b.headline.planned)}).`;
    // Versions of the same document only (same title: documentTitleKey); another document of that year is no version.
    const key = documentTitleKey(b.report.title);
    const versions = p.reports.filter((e) => e.report.year === b.report.year && e.report.format === b.report.format && e.report.duplicate_of === null
      && documentTitleKey(e.report.title) === key);
    if (versions.length > 1) s += ` Hay ${versions.length} versiones distintas de ese informe; estas cifras son las de ${b.report.source_file} (ver alertas).`;
  }
  const g = p.goals[0];
  if (g && g.reportedTotal !== null) s += ` Declara ${pct(g.reportedTotal)} de cumplimiento de metas.`;
  if (p.flags.length) s += ` Tiene ${p.flags.length} ${p.flags.length === 1 ? 'alerta' : 'alertas'} de calidad de datos.`;
  return s;
}
