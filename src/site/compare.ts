/**
 * Page data of the cross-institution comparisons (/comparar/presupuesto/, /metas/,
 * /contratacion/): one row per report, the filters (year, function, level, format), the
 * columns shared by the HTML table and both CSVs (static and client-side), chart rows and
 * takeaways. Pure functions over the datasets.
 */
import { writeCsv } from '../lib/csv.ts';
import type { Datasets, Flag, Institution, Report } from '../schema/datasets.ts';
import { capitalize, formatLabel, functionLabel, int, NOT_REPORTED, pct, sourceRef, usd } from './format.ts';
import { goalsBlockFor } from './goals.ts';
import { bestPct, pctOfUsd, procurementTotals, topProcedure } from './stats.ts';
import { listOf, lookup, memo } from './lookup.ts';
import { institutionFlags } from './flags.ts';
import { readerSentence } from './flag-text.ts';
import { count, theName, TheName } from './spanish.ts';
import { formatChange } from './trends.ts';

export const FILTER_DIMS = ['year', 'function', 'level', 'format'] as const;
export type FilterDim = (typeof FILTER_DIMS)[number];
/** Filter state as in the URL query (?year=2023&function=ejecutiva); absent = all. */
export type Filters = Partial<Record<FilterDim, string>>;

export const FILTER_LABELS: Record<FilterDim, string> = {
  year: 'Año',
  function: 'Función del Estado',
  level: 'Nivel de gobierno',
  format: 'Formato del informe',
};

/** What every comparison row shares: who, when, which report, where it comes from. */
export interface BaseRow {
  /** Unique and stable: `<institution_id>--<report_id>`. */
  key: string;
  institution_id: string;
  name: string;
  acronym: string | null;
  function: string;
  level: string;
  year: number;
  format: string;
  report_id: string;
  source_file: string;
  source_line: number | null;
  /** Page map of the report when it is a PDF (reports.page_starts): the source then says the page. */
  page_starts: readonly number[] | null;
  /** Flags concerning the row's figures (they mark the affected value, and fill the CSV's "Alertas"). */
  flags: Flag[];
  /** The institution's alert count (flags.ts institutionFlags): the same N as its profile's "Alertas (N)". */
  alerts: number;
  /**
   * Name of the institution when the row is the partial report of one of its unidentified units
   * (a fragment that names nobody, issue 11): never that institution's own figures. Else null.
   */
  unit_of: string | null;
}

/** `pp`: a change in percentage points («+5,2 p. p.»); `usd_change`: a change in dollars («+$1.000,00»). */
export type ColumnKind = 'text' | 'usd' | 'pct' | 'int' | 'year' | 'pp' | 'usd_change';
export interface Column<R> {
  key: string;
  label: string;
  kind: ColumnKind;
  /** Raw value for the CSV and the cell's data-value (numbers unformatted). */
  value: (row: R) => string | number | null;
  /** Field of the row's dataset this column shows: a row flag on that field marks the value. */
  field?: string;
  /** What an absent value reads as (default «no reportado»). */
  missing?: (row: R) => string;
  /** Or: which row flags mark this column's value (for figures computed from several fields). */
  marks?: (flag: Flag) => boolean;
}

const NUMERIC_KINDS: ReadonlySet<ColumnKind> = new Set(['usd', 'pct', 'int', 'pp', 'usd_change']);
/** Whether a column holds numbers (right-aligned, sorted as numbers). */
export const isNumericKind = (kind: string): boolean => NUMERIC_KINDS.has(kind as ColumnKind);

export interface Comparison<R extends BaseRow> {
  rows: R[];
  columns: Column<R>[];
  options: Record<FilterDim, { value: string; label: string }[]>;
  takeaway: string;
}

/** The institution an unidentified unit belongs to (identity.ts), or null. */
export function unitOf(ds: Datasets, inst: Institution): Institution | null {
  if (inst.type !== 'unidad no identificada' || !inst.parent_id) return null;
  return lookup(ds).institution.get(inst.parent_id) ?? null;
}

/** "Unidad no identificada del IESS — informe parcial" for a unit, else the name. */
export function displayName(ds: Datasets, inst: Institution): string {
  return unitOf(ds, inst) ? `${inst.name} — informe parcial` : inst.name;
}

function baseRow(ds: Datasets, inst: Institution, report: Report, source_file: string, source_line: number | null, flags: Flag[]): BaseRow {
  return {
    key: `${inst.id}--${report.id}`,
    institution_id: inst.id,
    name: displayName(ds, inst),
    acronym: inst.acronym,
    function: inst.function,
    level: inst.level,
    year: report.year,
    format: report.format,
    report_id: report.id,
    source_file,
    source_line,
    page_starts: report.page_starts,
    flags,
    alerts: institutionFlags(ds, inst.id).length,
    unit_of: unitOf(ds, inst)?.name ?? null,
  };
}

/** Display label of a row in charts: "Ministerio del Interior (2023)". */
export function rowLabel(r: BaseRow): string {
  return `${r.name} (${r.year})`;
}

/** Whether a row passes the filters (empty / absent values match everything). */
export function matches(r: BaseRow, filters: Filters): boolean {
  return FILTER_DIMS.every((d) => {
    const want = filters[d];
    return want === undefined || want === '' || String(r[d]) === want;
  });
}

export function applyFilters<R extends BaseRow>(rows: readonly R[], filters: Filters): R[] {
  return rows.filter((r) => matches(r, filters));
}

/** Comparisons over every row are computed once per Datasets (every page shares them, read-only). */
function cached<R extends BaseRow>(ds: Datasets, name: string, filters: Filters, compute: () => Comparison<R>): Comparison<R> {
  return Object.values(filters).some((v) => v) ? compute() : memo(ds, `comparison:${name}`, compute);
}

/** Distinct values of each filter dimension present in the rows. */
export function filterOptions(rows: readonly BaseRow[]): Record<FilterDim, { value: string; label: string }[]> {
  const out = {} as Record<FilterDim, { value: string; label: string }[]>;
  for (const d of FILTER_DIMS) {
    const values = [...new Set(rows.map((r) => String(r[d])))];
    values.sort((a, b) => (d === 'year' ? Number(b) - Number(a) : a.localeCompare(b, 'es')));
    out[d] = values.map((value) => ({ value, label: d === 'format' ? formatLabel(value) : d === 'year' ? value : d === 'function' ? functionLabel(value) : capitalize(value) }));
  }
  return out;
}

/** Who and when: first, so the figures are visible without scrolling on a phone. */
export const commonColumns = <R extends BaseRow>(): Column<R>[] => [
  { key: 'institucion', label: 'Institución', kind: 'text', value: (r) => r.name },
  { key: 'anio', label: 'Año', kind: 'year', value: (r) => r.year },
];
/** Classification and provenance: after the figures. */
export const trailingColumns = <R extends BaseRow>(): Column<R>[] => [
  { key: 'funcion', label: 'Función', kind: 'text', value: (r) => functionLabel(r.function) },
  { key: 'nivel', label: 'Nivel', kind: 'text', value: (r) => capitalize(r.level) },
];
export const sourceColumn = <R extends BaseRow>(): Column<R> => ({
  key: 'fuente', label: 'Fuente', kind: 'text', value: (r) => sourceRef(r.source_file, r.source_line, r.page_starts),
});

function flagsOf(ds: Datasets, dataset: string, file: string, line: number | null): Flag[] {
  return listOf(lookup(ds).flagsOfFile, file).filter((f) => f.dataset === dataset && (line === null || f.source_line === line));
}

/** Flags of one dataset raised on one report. */
function reportFlags(ds: Datasets, dataset: string, reportId: string): Flag[] {
  return listOf(lookup(ds).flagsOfReport, reportId).filter((f) => f.dataset === dataset);
}

/**
 * The report and institution of a row; null for a report headlines do not use (another version
 * of the same institution, year and format was chosen, or a byte-identical copy: reports.headline).
 */
function joined(ds: Datasets, reportId: string): { inst: Institution; report: Report } | null {
  const l = lookup(ds);
  const report = l.report.get(reportId);
  if (report && report.headline === false) return null;
  const inst = report ? l.institution.get(report.institution_id) : undefined;
  return report && inst ? { inst, report } : null;
}

const byKey = <R extends BaseRow>(a: R, b: R) => a.name.localeCompare(b.name, 'es') || b.year - a.year;
/** Sort by value descending, nulls last, then by name. */
export function rankBy<R extends BaseRow>(rows: R[], value: (r: R) => number | null): R[] {
  return rows.sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null && vb === null) return byKey(a, b);
    if (va === null) return 1;
    if (vb === null) return -1;
    return vb - va || byKey(a, b);
  });
}

// ---------------------------------------------------------------- change between years

/**
 * A row's figure against the same institution's figure of the year before (issue 16): `value` is
 * this year's minus last year's (percentage points for percentages, dollars for amounts), null
 * when either is absent; `reason` says why in the reader's words.
 */
export interface YearChange {
  value: number | null;
  /** Year compared against (the row's year − 1). */
  from: number;
  /** Why there is no value: the row's own figure, or the previous year's row or figure, is absent. */
  reason: 'own_missing' | 'no_previous' | 'previous_missing' | null;
}

/**
 * The change of each row (by key) from its institution's row of the year before, among `all`
 * (every row, before filters: a filtered 2023 view still compares with 2022). When an institution
 * has several rows that year (reports of different formats), the one of the same format is used,
 * else the first by report id.
 */
export function yearChanges<R extends BaseRow>(all: readonly R[], value: (r: R) => number | null): Map<string, YearChange> {
  const byInstYear = new Map<string, R[]>();
  for (const r of all) {
    const k = `${r.institution_id}\u0000${r.year}`;
    const list = byInstYear.get(k);
    if (list) list.push(r);
    else byInstYear.set(k, [r]);
  }
  const out = new Map<string, YearChange>();
  for (const r of all) {
    const from = r.year - 1;
    const candidates = [...(byInstYear.get(`${r.institution_id}\u0000${from}`) ?? [])].sort((a, b) => a.report_id.localeCompare(b.report_id));
    const prev = candidates.find((c) => c.format === r.format) ?? candidates[0];
    const own = value(r);
    const before = prev ? value(prev) : null;
    const reason = own === null ? 'own_missing' : !prev ? 'no_previous' : before === null ? 'previous_missing' : null;
    out.set(r.key, { value: reason === null ? Math.round((own! - before!) * 100) / 100 : null, from, reason });
  }
  return out;
}

/** Whether any row has a change to show: without one (a single year), the column is left out. */
export function hasChanges(rows: readonly { change: YearChange | null }[]): boolean {
  return rows.some((r) => r.change !== null && r.change.value !== null);
}

/** What an empty change cell says, by reason. */
export type ChangeMissing = Record<NonNullable<YearChange['reason']>, (c: YearChange) => string>;

/** For rows read from reports. */
export const CHANGE_MISSING: ChangeMissing = {
  own_missing: () => NOT_REPORTED,
  no_previous: (c) => `sin informe de ${c.from}`,
  previous_missing: (c) => `sin dato de ${c.from}`,
};

/** The «Cambio frente a …» column: percentage points or dollars, with a sign; `wording` says why a cell is empty. */
export function changeColumn<R extends BaseRow & { change: YearChange | null }>(kind: 'pp' | 'usd_change', field: string, wording: ChangeMissing = CHANGE_MISSING): Column<R> {
  return {
    key: `cambio_${field}`,
    label: kind === 'pp' ? 'Cambio frente al año anterior (p. p.)' : 'Cambio frente al año anterior (USD)',
    kind,
    value: (r) => r.change?.value ?? null,
    missing: (r) => (r.change?.reason ? wording[r.change.reason](r.change) : NOT_REPORTED),
  };
}

/**
 * The rows of a comparison ranked by `value` after the filters, and its change column (filled on
 * every row, filtered or not: withChange), for comparisons ranked by the figure they compare.
 */
function rankedWithChange<R extends BaseRow & { change: YearChange | null }>(
  all: R[], filters: Filters, value: (r: R) => number | null, kind: 'pp' | 'usd_change', field: string,
): { change: Column<R>[]; rows: R[] } {
  const change = withChange(all, value, kind, field);
  return { change, rows: rankBy(applyFilters(all, filters), value) };
}

/**
 * Sets each row's `change` (against the same institution's row of the year before, among every
 * row `all`, before filters) and returns the change column when there is something to show.
 */
export function withChange<R extends BaseRow & { change: YearChange | null }>(
  all: R[], value: (r: R) => number | null, kind: 'pp' | 'usd_change', field: string, wording: ChangeMissing = CHANGE_MISSING,
): Column<R>[] {
  const changes = yearChanges(all, value);
  for (const r of all) r.change = changes.get(r.key) ?? null;
  return hasChanges(all) ? [changeColumn<R>(kind, field, wording)] : [];
}

// ---------------------------------------------------------------- budget

export interface BudgetRow extends BaseRow {
  planned: number | null;
  executed: number | null;
  pct_reported: number | null;
  pct_computed: number | null;
  /** Ranked value: computed, else reported. */
  pct: number | null;
  basis: 'reported' | 'sum_of_lines';
  /** `pct` against the institution's previous year (percentage points). */
  change: YearChange | null;
}

export const BASIS_LABELS = { reported: 'Presupuesto institucional', sum_of_lines: 'Suma de proyectos publicados' } as const;

/** One row per budget summary, ranked by % executed. */
export function budgetComparison(ds: Datasets, filters: Filters = {}): Comparison<BudgetRow> {
  return cached(ds, 'budget', filters, () => budgetComparisonOf(ds, filters));
}

function budgetComparisonOf(ds: Datasets, filters: Filters): Comparison<BudgetRow> {
  const all: BudgetRow[] = [];
  for (const s of ds.budget_summaries) {
    const j = joined(ds, s.report_id);
    if (!j) continue;
    all.push({
      ...baseRow(ds, j.inst, j.report, s.source_file, s.source_line, flagsOf(ds, 'budget_summaries', s.source_file, s.source_line)),
      planned: s.planned, executed: s.executed, pct_reported: s.pct_reported, pct_computed: s.pct_computed,
      pct: bestPct(s), basis: s.basis, change: null,
    });
  }
  const { change, rows } = rankedWithChange(all, filters, (r) => r.pct, 'pp', 'pct');
  const columns: Column<BudgetRow>[] = [
    ...commonColumns<BudgetRow>(),
    { key: 'codificado', label: 'Codificado (USD)', kind: 'usd', value: (r) => r.planned, field: 'planned' },
    { key: 'ejecutado', label: 'Ejecutado (USD)', kind: 'usd', value: (r) => r.executed, field: 'executed' },
    { key: 'pct_declarado', label: '% declarado', kind: 'pct', value: (r) => r.pct_reported, field: 'pct_reported' },
    { key: 'pct_calculado', label: '% calculado', kind: 'pct', value: (r) => r.pct_computed, field: 'pct_computed' },
    ...change,
    { key: 'base', label: 'Base', kind: 'text', value: (r) => BASIS_LABELS[r.basis] },
    ...trailingColumns<BudgetRow>(),
    sourceColumn<BudgetRow>(),
  ];
  return { rows, columns, options: filterOptions(all), takeaway: budgetTakeaway(rows) };
}

export function budgetTakeaway(rows: readonly BudgetRow[]): string {
  const ranked = rows.filter((r) => r.pct !== null && r.basis === 'reported');
  if (!ranked.length) return 'Ninguna institución de la selección publica su presupuesto institucional total.';
  const top = ranked[0]!;
  const bottom = ranked[ranked.length - 1]!;
  if (ranked.length === 1) return `${TheName(top.name)} ejecutó ${pct(top.pct)} de su presupuesto codificado en ${top.year}.`;
  return `${TheName(top.name)} tiene la ejecución presupuestaria más alta (${pct(top.pct)} en ${top.year}) y ${theName(bottom.name)}, la más baja (${pct(bottom.pct)} en ${bottom.year}).`;
}

// ---------------------------------------------------------------- goals

export interface GoalsRow extends BaseRow {
  goals: number;
  with_pct: number;
  reported_total: number | null;
  mean: number | null;
  capped_mean: number | null;
  zero: number;
  over: number;
  targets_only: boolean;
  /** `capped_mean` against the institution's previous year (percentage points). */
  change: YearChange | null;
}

/** One row per report with goals (or a stated total), ranked by the capped mean. */
export function goalsComparison(ds: Datasets, filters: Filters = {}): Comparison<GoalsRow> {
  return cached(ds, 'goals', filters, () => goalsComparisonOf(ds, filters));
}

function goalsComparisonOf(ds: Datasets, filters: Filters): Comparison<GoalsRow> {
  const all: GoalsRow[] = [];
  for (const report of ds.reports) {
    if (report.headline === false) continue; // another version or a copy (see joined)
    const inst = lookup(ds).institution.get(report.institution_id);
    if (!inst) continue;
    const block = goalsBlockFor(report, listOf(lookup(ds).byReport.goals, report.id));
    if (!block) continue;
    const firstLine = block.goals[0]?.source_line ?? null;
    all.push({
      ...baseRow(ds, inst, report, report.source_file, firstLine, reportFlags(ds, 'goals', report.id)),
      goals: block.goals.length, with_pct: block.withPct, reported_total: block.reportedTotal, mean: block.mean,
      capped_mean: block.cappedMean, zero: block.zeroCount, over: block.overCount, targets_only: block.targetsOnly, change: null,
    });
  }
  const change = withChange(all, (r) => r.capped_mean, 'pp', 'promedio_tope');
  // Capped mean first (comparable); reports with only a stated total next; targets-only last.
  const desc = (x: number | null, y: number | null) => (x === null ? (y === null ? 0 : 1) : y === null ? -1 : y - x);
  const rows = applyFilters(all, filters).sort(
    (x, y) => desc(x.capped_mean, y.capped_mean) || desc(x.reported_total, y.reported_total) || byKey(x, y),
  );
  const columns: Column<GoalsRow>[] = [
    ...commonColumns<GoalsRow>(),
    { key: 'metas', label: 'Metas', kind: 'int', value: (r) => r.goals },
    { key: 'pct_declarado', label: '% total declarado', kind: 'pct', value: (r) => r.reported_total },
    { key: 'promedio', label: 'Promedio simple', kind: 'pct', value: (r) => r.mean, marks: marksGoalFigure },
    { key: 'promedio_tope', label: 'Promedio con tope 100 %', kind: 'pct', value: (r) => r.capped_mean, marks: marksGoalFigure },
    ...change,
    { key: 'en_cero', label: 'Metas en 0 %', kind: 'int', value: (r) => (r.with_pct ? r.zero : null) },
    { key: 'sobre_100', label: 'Metas sobre 100 %', kind: 'int', value: (r) => (r.with_pct ? r.over : null) },
    ...trailingColumns<GoalsRow>(),
    sourceColumn<GoalsRow>(),
  ];
  return { rows, columns, options: filterOptions(all), takeaway: goalsTakeaway(rows) };
}

/**
 * A goal's planned or achieved value or its percentage was repaired, doubted or is missing: the
 * averages computed from them are marked (warnings and errors; an info note marks nothing).
 */
function marksGoalFigure(f: Flag): boolean {
  return f.severity !== 'info' && ['planned', 'achieved', 'pct_reported', 'pct_computed'].includes(f.field ?? '');
}

export function goalsTakeaway(rows: readonly GoalsRow[]): string {
  const inflated = rows
    .filter((r) => r.reported_total !== null && r.capped_mean !== null && r.reported_total - r.capped_mean >= 1)
    .sort((a, b) => (b.reported_total! - b.capped_mean!) - (a.reported_total! - a.capped_mean!));
  const targets = rows.filter((r) => r.targets_only).length;
  const parts: string[] = [];
  const w = inflated[0];
  if (w) {
    parts.push(`${TheName(w.name)} declara ${pct(w.reported_total)} de cumplimiento de metas, pero con cada meta limitada a 100 % su promedio baja a ${pct(w.capped_mean)}`);
  } else {
    const best = rows.find((r) => r.capped_mean !== null);
    if (best) parts.push(`${TheName(best.name)} tiene el promedio más alto de cumplimiento con tope 100 % (${pct(best.capped_mean)} en ${best.year})`);
  }
  if (targets) parts.push(`${targets === 1 ? 'un informe publica' : `${targets} informes publican`} solo metas planificadas, sin lo alcanzado`);
  return parts.length ? `${capitalize(parts.join('; '))}.` : 'Ningún informe de la selección publica porcentajes de cumplimiento de metas.';
}

// ---------------------------------------------------------------- procurement

export interface ProcurementRow extends BaseRow {
  procedures: number;
  awarded_count: number | null;
  awarded_amount: number | null;
  finalized_count: number | null;
  finalized_amount: number | null;
  /** finalized_amount / awarded_amount × 100. */
  pct_finalized: number | null;
  top_procedure: string | null;
  top_share: number | null;
  /** `awarded_amount` against the institution's previous year (dollars). */
  change: YearChange | null;
}

/** One row per report with procurement, ranked by the amount awarded. */
export function procurementComparison(ds: Datasets, filters: Filters = {}): Comparison<ProcurementRow> {
  return cached(ds, 'procurement', filters, () => procurementComparisonOf(ds, filters));
}

function procurementComparisonOf(ds: Datasets, filters: Filters): Comparison<ProcurementRow> {
  const byReport = new Map<string, Datasets['procurement']>();
  for (const p of ds.procurement) {
    const list = byReport.get(p.report_id);
    if (list) list.push(p);
    else byReport.set(p.report_id, [p]);
  }
  const all: ProcurementRow[] = [];
  for (const [reportId, list] of byReport) {
    const j = joined(ds, reportId);
    if (!j) continue;
    const sorted = [...list].sort((a, b) => a.source_line - b.source_line);
    const totals = procurementTotals(sorted);
    const top = topProcedure(sorted);
    all.push({
      ...baseRow(ds, j.inst, j.report, j.report.source_file, sorted[0]?.source_line ?? null,
        reportFlags(ds, 'procurement', reportId)),
      procedures: sorted.length,
      ...totals,
      pct_finalized: pctOfUsd(totals.finalized_amount, totals.awarded_amount),
      top_procedure: top?.procedure ?? null,
      top_share: top ? pctOfUsd(top.awarded_amount, totals.awarded_amount) : null,
      change: null,
    });
  }
  const { change, rows } = rankedWithChange(all, filters, (r) => r.awarded_amount, 'usd_change', 'monto_adjudicado');
  const columns: Column<ProcurementRow>[] = [
    ...commonColumns<ProcurementRow>(),
    { key: 'adjudicados', label: 'Procesos adjudicados', kind: 'int', value: (r) => r.awarded_count, field: 'awarded_count' },
    { key: 'monto_adjudicado', label: 'Monto adjudicado (USD)', kind: 'usd', value: (r) => r.awarded_amount, field: 'awarded_amount' },
    ...change,
    { key: 'finalizados', label: 'Procesos finalizados', kind: 'int', value: (r) => r.finalized_count, field: 'finalized_count' },
    { key: 'monto_finalizado', label: 'Monto finalizado (USD)', kind: 'usd', value: (r) => r.finalized_amount, field: 'finalized_amount' },
    { key: 'pct_finalizado', label: '% del monto finalizado', kind: 'pct', value: (r) => r.pct_finalized, marks: (f) => f.field === 'awarded_amount' || f.field === 'finalized_amount' },
    { key: 'principal', label: 'Procedimiento principal', kind: 'text', value: (r) => r.top_procedure },
    { key: 'pct_principal', label: '% del monto (principal)', kind: 'pct', value: (r) => r.top_share },
    ...trailingColumns<ProcurementRow>(),
    sourceColumn<ProcurementRow>(),
  ];
  return { rows, columns, options: filterOptions(all), takeaway: procurementTakeaway(rows) };
}

export function procurementTakeaway(rows: readonly ProcurementRow[]): string {
  const top = rows.find((r) => r.awarded_amount !== null);
  if (!top) return 'Ninguna institución de la selección publica montos de contratación.';
  let s = `${TheName(top.name)} adjudicó el mayor monto (${usd(top.awarded_amount)} en ${top.awarded_count === null ? 'procesos sin contar' : count(top.awarded_count, 'proceso')}, ${top.year})`;
  if (top.pct_finalized !== null) s += ` y tenía finalizado ${pct(top.pct_finalized)} de ese monto`;
  return `${s}.`;
}

// ---------------------------------------------------------------- shared output

/** The reader's sentences of a row's flags, one after another (the CSV's "Alertas" column); null when none. */
export function rowAlertText(r: BaseRow): string | null {
  return r.flags.length ? [...new Set(r.flags.map((f) => readerSentence(f)))].join(' | ') : null;
}

/**
 * CSV of the rows with the comparison's columns (header = labels; raw numbers; src/lib/csv.ts
 * writeCsv) and a last column "Alertas": the reader's sentences of the flags on the row's figures
 * (`alerts` false for lists whose rows carry no figure flags, such as /instituciones/).
 */
export function comparisonCsv<R extends BaseRow>(rows: readonly R[], columns: readonly Column<R>[], alerts = true): string {
  if (!alerts) return writeCsv(columns.map((c) => c.label), rows.map((r) => columns.map((c) => c.value(r))));
  return writeCsv([...columns.map((c) => c.label), 'Alertas'], rows.map((r) => [...columns.map((c) => c.value(r)), rowAlertText(r)]));
}

/** Formatted cell text for a column kind. */
export function displayValue(kind: ColumnKind, v: string | number | null): string {
  if (v === null) return NOT_REPORTED;
  if (typeof v === 'string') return v;
  switch (kind) {
    case 'usd': return usd(v);
    case 'pct': return pct(v);
    case 'int': return int(v);
    case 'pp': return formatChange(v, 'pct');
    case 'usd_change': return formatChange(v, 'usd');
    default: return String(v);
  }
}

export interface ChartVariant<R> {
  /**
   * The filter states this chart answers, each as its values in FILTER_DIMS order joined with "|"
   * ("2023|||"): what the page script looks up. States selecting the same rows share one chart.
   */
  keys: string[];
  rows: R[];
}

/** Key of a filter state: its values in FILTER_DIMS order, "" for "all", joined with "|". */
export function variantKey(filters: Filters): string {
  return FILTER_DIMS.map((d) => filters[d] ?? '').join('|');
}

/**
 * The filter states worth a pre-rendered chart, in order: no filter, then one filter, then two,
 * and so on (each with at least one row); at most `max`. The page pre-renders one chart per state
 * so the browser only shows/hides SVGs (no charting library on the client); other states show
 * the chart of every row with a note.
 */
export function chartVariants<R extends BaseRow>(rows: readonly R[], max = 16): ChartVariant<R>[] {
  const values = FILTER_DIMS.map((d) => [...new Set(rows.map((r) => String(r[d])))].sort());
  const out: ChartVariant<R>[] = [];
  const bySubset = new Map<string, ChartVariant<R>>();
  const expand = (i: number, acc: Filters, active: number, target: number) => {
    if (i === FILTER_DIMS.length) {
      if (active !== target) return;
      const subset = applyFilters(rows, acc);
      if (!subset.length) return;
      const signature = subset.map((r) => r.key).join('\n');
      const same = bySubset.get(signature);
      if (same) same.keys.push(variantKey(acc));
      else if (out.length < max) {
        const v = { keys: [variantKey(acc)], rows: subset };
        bySubset.set(signature, v);
        out.push(v);
      }
      return;
    }
    expand(i + 1, acc, active, target);
    // A filter with a single value selects every row: not a state of its own.
    if (active < target && values[i]!.length > 1) for (const v of values[i]!) expand(i + 1, { ...acc, [FILTER_DIMS[i]!]: v }, active + 1, target);
  };
  for (let k = 0; k <= FILTER_DIMS.length; k++) expand(0, {}, 0, k);
  return out;
}

/**
 * The rows a ranking chart draws: all of them up to `n`; beyond that, only rows with a value, and
 * of those the first and last n/2 ("extremes") or the first n ("top"). Each keeps its rank among
 * the rows with a value; `of` is how many rows the selection was taken from.
 */
export function chartSelection<R>(ranked: readonly R[], value: (r: R) => number | null, n: number, mode: 'extremes' | 'top'): { rows: { row: R; rank: number }[]; of: number } {
  if (ranked.length <= n) return { rows: ranked.map((row, i) => ({ row, rank: i + 1 })), of: ranked.length };
  const valued = ranked.filter((r) => value(r) !== null);
  const all = valued.map((row, i) => ({ row, rank: i + 1 }));
  if (all.length <= n) return { rows: all, of: valued.length };
  const rows = mode === 'top' ? all.slice(0, n) : [...all.slice(0, Math.ceil(n / 2)), ...all.slice(all.length - Math.floor(n / 2))];
  return { rows, of: valued.length };
}
