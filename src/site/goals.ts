/**
 * Goal fulfilment of one report, shared by the profile (#metas) and /comparar/metas/.
 *
 * Reports state a total % of fulfilment that is the simple mean of per-goal percentages, so a
 * goal at 400 % hides goals at 0 %. We publish both that mean and the "capped" mean where each
 * goal counts at most 100 %.
 */
import type { Flag, Goal, Report } from '../schema/datasets.ts';
import type { RecordFlags } from './flags.ts';
import { pct } from './format.ts';
import { sameYearIds } from './lookup.ts';
import { mean2, sentenceCase } from './stats.ts';

export type WithFlags<T> = T & { flags: RecordFlags };

export interface GoalRow extends WithFlags<Goal> {
  /** Anchor id, stable per report: `meta-<year>-<n>` (n = order in the report). */
  anchor: string;
  /** Percentage shown and charted: reported, else computed. */
  pct: number | null;
  /** `pct` capped at 100. */
  capped: number | null;
}

export interface GoalsBlock {
  report: Report;
  goals: GoalRow[];
  /** Total % of fulfilment the report itself states. */
  reportedTotal: number | null;
  /** Line of the report that states it (a PDF's page comes from the report's page map), null without a stated total. */
  reportedTotalLine: number | null;
  /** Simple mean of the per-goal percentages. */
  mean: number | null;
  /** Mean with every goal capped at 100 %. */
  cappedMean: number | null;
  /** Goals with a percentage. */
  withPct: number;
  zeroCount: number;
  overCount: number;
  maxGoal: GoalRow | null;
  /** True when the report publishes targets but no achieved values (e.g. LOTAIP a4). */
  targetsOnly: boolean;
  chartRows: { label: string; pct: number }[];
  takeaway: string;
  unattached: Flag[];
}

/**
 * Prefix of the per-goal anchors of a report on its institution's profile: `meta-<year>`, or
 * `meta-<year>-<k>` when the institution has several reports that year (k = order by id), so
 * ids never collide and stay stable when reports of other years are added.
 */
export function goalAnchorPrefix(reports: readonly Report[], report: Report): string {
  const same = sameYearIds(reports, report);
  return same.length > 1 ? `meta-${report.year}-${same.indexOf(report.id) + 1}` : `meta-${report.year}`;
}

/**
 * The goals of one report: per-goal rows with a stable anchor and the capped percentage, the
 * report's stated total, the simple and capped means, and the takeaway sentence.
 * `attach` returns the flags of a goal (none by default).
 */
export function goalsBlockFor(
  report: Report,
  goalsRaw: readonly Goal[],
  attach: (g: Goal) => RecordFlags = () => ({ all: [], byField: new Map() }),
  anchorPrefix = `meta-${report.year}`,
): GoalsBlock | null {
  if (!goalsRaw.length && report.goals_pct_reported === null) return null;
  const goals: GoalRow[] = [...goalsRaw].sort((a, b) => a.source_line - b.source_line).map((g, i) => {
    const p = g.pct_reported ?? g.pct_computed;
    return {
      ...g,
      flags: attach(g),
      anchor: `${anchorPrefix}-${i + 1}`,
      pct: p,
      capped: p === null ? null : Math.min(p, 100),
    };
  });
  const pcts = goals.map((g) => g.pct).filter((p): p is number => p !== null);
  const mean = mean2(pcts);
  const cappedMean = mean2(goals.map((g) => g.capped));
  const zeroCount = pcts.filter((p) => p === 0).length;
  const overCount = pcts.filter((p) => p > 100).length;
  const maxGoal = goals.reduce<GoalRow | null>((m, g) => (g.pct !== null && (m === null || g.pct > (m.pct ?? -1)) ? g : m), null);
  const targetsOnly = goals.length > 0 && pcts.length === 0 && goals.every((g) => g.achieved === null);
  const chartRows = goals
    .filter((g) => g.pct !== null)
    .map((g) => ({ label: goalLabel(g), pct: g.pct as number }));

  let takeaway: string;
  const reportedTotal = report.goals_pct_reported;
  if (targetsOnly) {
    takeaway = `El informe publica ${goals.length} ${goals.length === 1 ? 'meta' : 'metas'} con su valor planificado, pero no lo alcanzado: no se puede calcular su cumplimiento.`;
  } else if (!pcts.length) {
    takeaway = reportedTotal !== null
      ? `El informe declara ${pct(reportedTotal)} de cumplimiento total, pero no publica las metas que lo sustentan.`
      : 'El informe no publica porcentajes de cumplimiento de sus metas.';
  } else {
    const parts: string[] = [];
    const head = reportedTotal !== null ? `El informe declara ${pct(reportedTotal)} de cumplimiento` : `El promedio simple de sus metas es ${pct(mean)}`;
    if (overCount > 0 && maxGoal) {
      parts.push(`${head}, pero ese promedio incluye ${overCount === 1 ? 'una meta' : `${overCount} metas`} por encima de 100 % (la mayor, ${pct(maxGoal.pct)})`);
      parts.push(`con cada meta limitada a 100 %, el promedio es ${pct(cappedMean)}`);
    } else {
      parts.push(head);
    }
    let sentence = parts.join('; ');
    if (zeroCount > 0) sentence += `, y ${zeroCount} de ${pcts.length} metas quedaron en 0 %`;
    takeaway = `${sentence}.`;
  }
  return {
    report, goals, reportedTotal, reportedTotalLine: reportedTotal === null ? null : report.goals_pct_reported_line, mean, cappedMean, withPct: pcts.length, zeroCount, overCount, maxGoal, targetsOnly,
    chartRows, takeaway, unattached: [],
  };
}

function goalLabel(g: Goal): string {
  const text = g.indicator ?? g.goal ?? g.objective ?? 'Meta';
  const num = g.goal_number && !text.startsWith(g.goal_number) ? `${g.goal_number} ` : '';
  return `${num}${sentenceCase(text)}`;
}

