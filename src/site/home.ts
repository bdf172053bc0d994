/**
 * Page data of the home page: what the explorer holds, the headline comparisons (budget
 * execution extremes, goal fulfilment stated vs capped) and the latest reports.
 */
import type { Datasets, Institution, Report } from '../schema/datasets.ts';
import { budgetComparison, goalsComparison, type BudgetRow, type GoalsRow } from './compare.ts';
import { pct } from './format.ts';
import { theName, TheName } from './spanish.ts';
import { coverage, institutionIndex } from './institutions.ts';

export interface HomeData {
  counts: { institutions: number; institutionsWithFigures: number; reports: number; budgetLines: number; goals: number; procurement: number; commitments: number; flags: number };
  /** Budgets of whole reports (basis "reported"; a unit's partial report marked in its name) ranked by % executed. */
  budgetRanking: BudgetRow[];
  budgetHeadline: string | null;
  goalsRanking: GoalsRow[];
  goalsHeadline: string | null;
  latest: { report: Report; institution: Institution | null }[];
}

export function homeData(ds: Datasets, latestCount = 5): HomeData {
  // An unidentified unit's partial report stays, under its own marked name (never its institution's).
  const budgetRanking = budgetComparison(ds).rows.filter((r) => r.basis === 'reported' && r.pct !== null);
  let budgetHeadline: string | null = null;
  if (budgetRanking.length >= 2) {
    const top = budgetRanking[0]!;
    const bottom = budgetRanking[budgetRanking.length - 1]!;
    budgetHeadline = `${TheName(top.name)} ejecutó ${pct(top.pct)} de su presupuesto en ${top.year}; ${theName(bottom.name)}, ${pct(bottom.pct)} en ${bottom.year}.`;
  } else if (budgetRanking.length === 1) {
    const only = budgetRanking[0]!;
    budgetHeadline = `${TheName(only.name)} ejecutó ${pct(only.pct)} de su presupuesto en ${only.year}.`;
  }
  const goalsRanking = goalsComparison(ds).rows.filter((r) => r.reported_total !== null || r.capped_mean !== null);
  const inflated = goalsRanking
    .filter((r) => r.reported_total !== null && r.capped_mean !== null && r.reported_total > r.capped_mean)
    .sort((a, b) => (b.reported_total! - b.capped_mean!) - (a.reported_total! - a.capped_mean!))[0];
  const goalsHeadline = inflated
    ? `${TheName(inflated.name)} declara ${pct(inflated.reported_total)} de cumplimiento de metas; si ninguna meta cuenta más de 100 %, el promedio es ${pct(inflated.capped_mean)}.`
    : null;
  const latest = ds.reports.filter((r) => r.duplicate_of === null)
    .sort((a, b) => b.year - a.year || (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id))
    .slice(0, latestCount)
    .map((report) => ({ report, institution: ds.institutions.find((i) => i.id === report.institution_id) ?? null }));
  return {
    counts: {
      institutions: ds.institutions.length, institutionsWithFigures: coverage(institutionIndex(ds)).withFigures, reports: ds.reports.length, budgetLines: ds.budget_lines.length,
      goals: ds.goals.length, procurement: ds.procurement.length, commitments: ds.commitments.length, flags: ds.flags.length,
    },
    budgetRanking, budgetHeadline, goalsRanking, goalsHeadline, latest,
  };
}
