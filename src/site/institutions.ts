/**
 * Page data of /instituciones/: one row per institution of the catalogue, with the latest
 * figures the explorer holds for it (null = not reported; the page prints "no reportado").
 */
import type { Datasets } from '../schema/datasets.ts';
import { capitalize, functionLabel, int } from './format.ts';
import { institutionFlags } from './flags.ts';
import { goalsBlockFor } from './goals.ts';
import { bestPct } from './stats.ts';
import { listOf, lookup, memo, recordsOfReports } from './lookup.ts';
import { BASIS_LABELS, displayName, type BaseRow, type Column } from './compare.ts';

export interface InstitutionIndexRow {
  id: string;
  name: string;
  acronym: string | null;
  function: string;
  level: string;
  type: string;
  parent_id: string | null;
  /** Years of its reports, most recent first. */
  years: number[];
  reports: number;
  /** Year the budget figures come from (latest with a budget summary). */
  budget_year: number | null;
  planned: number | null;
  pct_executed: number | null;
  /** Whether the budget is the institutional total or the sum of the projects it published. */
  budget_basis: 'reported' | 'sum_of_lines' | null;
  goals_year: number | null;
  /** Goal fulfilment the report states (total), else the simple mean of its goals. */
  pct_goals: number | null;
  /** Same with every goal capped at 100 %. */
  pct_goals_capped: number | null;
  commitments: number;
  /** The institution's alert count (flags.ts institutionFlags, as on its profile). */
  flags: number;
  /**
   * Whether the explorer holds figures for it: a budget (summary or lines), a goal or a
   * procurement row in one of its headline reports. Counted as "Instituciones con cifras".
   */
  with_figures: boolean;
}

/** "Instituciones con cifras: 4 de 17": how many institutions the explorer has figures for. */
export function coverage(rows: readonly InstitutionIndexRow[]): { withFigures: number; total: number; text: string } {
  const withFigures = rows.filter((r) => r.with_figures).length;
  return { withFigures, total: rows.length, text: `Instituciones con cifras: ${int(withFigures)} de ${int(rows.length)}` };
}

/**
 * Every institution: those with figures first, then the others, each group by name (Spanish
 * collation); computed once per build (read-only).
 */
export function institutionIndex(ds: Datasets): InstitutionIndexRow[] {
  return memo(ds, 'institution-index', () => buildIndex(ds));
}

function buildIndex(ds: Datasets): InstitutionIndexRow[] {
  const l = lookup(ds);
  return ds.institutions
    .map((inst) => {
      // Headline reports only: one per institution, year and format (reports.headline).
      const reports = listOf(l.reportsOf, inst.id).filter((r) => r.headline !== false).sort((a, b) => b.year - a.year);
      const summaries = [...recordsOfReports(ds, 'budget_summaries', reports)].sort((a, b) => b.year - a.year);
      const s = summaries[0] ?? null;
      let goalsYear: number | null = null;
      let pctGoals: number | null = null;
      let pctCapped: number | null = null;
      for (const r of reports) {
        const block = goalsBlockFor(r, listOf(l.byReport.goals, r.id));
        const value = block ? block.reportedTotal ?? block.mean : null;
        if (block && value !== null) {
          goalsYear = r.year;
          pctGoals = value;
          pctCapped = block.cappedMean;
          break;
        }
      }
      return {
        id: inst.id,
        name: displayName(ds, inst),
        acronym: inst.acronym,
        function: inst.function,
        level: inst.level,
        type: inst.type,
        parent_id: inst.parent_id,
        years: [...new Set(reports.map((r) => r.year))],
        reports: reports.length,
        budget_year: s?.year ?? null,
        planned: s?.planned ?? null,
        pct_executed: s ? bestPct(s) : null,
        budget_basis: s?.basis ?? null,
        goals_year: goalsYear,
        pct_goals: pctGoals,
        pct_goals_capped: pctCapped,
        commitments: listOf(l.commitmentsOf, inst.id).length,
        flags: institutionFlags(ds, inst.id).length,
        with_figures: (['budget_summaries', 'budget_lines', 'goals', 'procurement'] as const).some((name) => reports.some((r) => ((l.byReport[name] as Map<string, readonly unknown[]>).get(r.id)?.length ?? 0) > 0)),
      };
    })
    .sort((a, b) => Number(b.with_figures) - Number(a.with_figures) || a.name.localeCompare(b.name, 'es'));
}

/** Distinct values for the function / level filters of /instituciones/. */
export function indexOptions(rows: readonly InstitutionIndexRow[]): { functions: { value: string; label: string }[]; levels: { value: string; label: string }[] } {
  const opt = (vals: string[], label: (v: string) => string) => [...new Set(vals)].sort((a, b) => a.localeCompare(b, 'es')).map((value) => ({ value, label: label(value) }));
  return { functions: opt(rows.map((r) => r.function), functionLabel), levels: opt(rows.map((r) => r.level), capitalize) };
}

/** A row of /instituciones/ in the shape of the model tables (ComparisonRows + ComparisonScript). */
export interface InstitutionListRow extends BaseRow {
  index: InstitutionIndexRow;
}

/** Rows of the institutions table for the model-table components (no report, no flags shown). */
export function institutionListRows(rows: readonly InstitutionIndexRow[]): InstitutionListRow[] {
  return rows.map((r) => ({
    key: r.id, institution_id: r.id, name: r.name, acronym: r.acronym, function: r.function, level: r.level,
    // No year or format filter on this table: empty values match the empty selects.
    year: '' as unknown as number, format: '', report_id: '', source_file: '', source_line: null, page_starts: null, flags: [], alerts: 0, unit_of: null, index: r,
  }));
}

/** Columns of the institutions table (also its CSV and the data the page loads on demand). */
export const INSTITUTION_COLUMNS: Column<InstitutionListRow>[] = [
  { key: 'institucion', label: 'Institución', kind: 'text', value: (r) => r.name },
  { key: 'codificado', label: 'Presupuesto codificado (USD)', kind: 'usd', value: (r) => r.index.planned },
  { key: 'anio_presupuesto', label: 'Año del presupuesto', kind: 'year', value: (r) => r.index.budget_year },
  { key: 'base', label: 'Base del presupuesto', kind: 'text', value: (r) => (r.index.budget_basis ? BASIS_LABELS[r.index.budget_basis] : null) },
  { key: 'pct_ejecutado', label: '% ejecutado', kind: 'pct', value: (r) => r.index.pct_executed },
  { key: 'pct_metas', label: '% metas', kind: 'pct', value: (r) => r.index.pct_goals },
  { key: 'pct_metas_tope', label: '% metas (tope 100 %)', kind: 'pct', value: (r) => r.index.pct_goals_capped },
  { key: 'funcion', label: 'Función', kind: 'text', value: (r) => functionLabel(r.function) },
  { key: 'nivel', label: 'Nivel', kind: 'text', value: (r) => capitalize(r.level) },
  { key: 'anios', label: 'Años con informe', kind: 'text', value: (r) => (r.index.years.length ? r.index.years.join(', ') : null) },
  { key: 'compromisos', label: 'Compromisos', kind: 'int', value: (r) => r.index.commitments },
];
