/**
 * Indexes over the datasets, built once per loaded Datasets object and shared by every page.
 *
 * Pages used to filter whole datasets for each institution or report (`ds.goals.filter(g =>
 * g.report_id === id)`), which made the build quadratic: at 1,000 reports the profiles alone took
 * 3 minutes. Every map here keeps the dataset's order, so results are identical to the filters
 * they replace. `memo()` keeps a value per build (comparisons, profiles) in the build context.
 */
import type { Commitment, Datasets, Flag, Institution, Report } from '../schema/datasets.ts';
import { contextOf, listMemo } from './context.ts';

/** Datasets whose records belong to one report (`report_id`). */
export const PER_REPORT = [
  'budget_summaries', 'budget_lines', 'goals', 'procurement', 'recommendations', 'disposals', 'deliberations', 'coverage',
] as const;
export type PerReport = (typeof PER_REPORT)[number];

export interface Lookup {
  institution: Map<string, Institution>;
  report: Map<string, Report>;
  /** Reports of each institution, in dataset order. */
  reportsOf: Map<string, Report[]>;
  /** Records of each per-report dataset, by report id, in dataset order. */
  byReport: { [K in PerReport]: Map<string, Datasets[K]> };
  /** Whether each per-report dataset keeps every report's records together (the ingest writes it so). */
  grouped: Record<PerReport, boolean>;
  /** Index in the dataset of each report's first record. */
  firstIndex: Record<PerReport, Map<string, number>>;
  /** Flags whose report_id is the key, in dataset order. */
  flagsOfReport: Map<string, Flag[]>;
  /** Flags whose institution_id is the key, in dataset order. */
  flagsOfInstitution: Map<string, Flag[]>;
  /** Flags whose source_file is the key, in dataset order. */
  flagsOfFile: Map<string, Flag[]>;
  /** Position of each flag in ds.flags (to merge flag lists back into dataset order). */
  flagOrder: Map<Flag, number>;
  /** Commitments naming each institution, in dataset order. */
  commitmentsOf: Map<string, Commitment[]>;
  /** Institutions whose parent_id is the key, in dataset order. */
  childrenOf: Map<string, Institution[]>;
}

function group<T, K>(rows: readonly T[], key: (r: T) => K | null): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    if (k === null) continue;
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

function build(ds: Datasets): Lookup {
  const byReport = {} as Record<PerReport, Map<string, unknown[]>>;
  const grouped = {} as Record<PerReport, boolean>;
  const firstIndex = {} as Record<PerReport, Map<string, number>>;
  for (const name of PER_REPORT) {
    const rows = ds[name] as readonly { report_id: string }[];
    byReport[name] = group(rows, (r) => r.report_id);
    const first = new Map<string, number>();
    let ok = true;
    rows.forEach((r, i) => {
      if (!first.has(r.report_id)) first.set(r.report_id, i);
      else if (rows[i - 1]!.report_id !== r.report_id) ok = false;
    });
    grouped[name] = ok;
    firstIndex[name] = first;
  }
  const commitmentsOf = new Map<string, Commitment[]>();
  for (const c of ds.commitments) {
    for (const id of new Set(c.institution_ids)) {
      const list = commitmentsOf.get(id);
      if (list) list.push(c);
      else commitmentsOf.set(id, [c]);
    }
  }
  return {
    institution: new Map(ds.institutions.map((i) => [i.id, i])),
    report: new Map(ds.reports.map((r) => [r.id, r])),
    reportsOf: group(ds.reports, (r) => r.institution_id),
    byReport: byReport as Lookup['byReport'],
    grouped,
    firstIndex,
    flagsOfReport: group(ds.flags, (f) => f.report_id),
    flagsOfInstitution: group(ds.flags, (f) => f.institution_id),
    flagsOfFile: group(ds.flags, (f) => f.source_file),
    flagOrder: new Map(ds.flags.map((f, i) => [f, i])),
    commitmentsOf,
    childrenOf: group(ds.institutions, (i) => i.parent_id),
  };
}

/** The indexes of `ds` (built on first use, then kept in its build context). */
export function lookup(ds: Datasets): Lookup {
  return memo(ds, 'lookup', () => build(ds));
}

const EMPTY: readonly never[] = Object.freeze([]);
/** `map.get(key)` or an empty (frozen) list. */
export function listOf<T>(map: Map<string, T[]>, key: string | null | undefined): readonly T[] {
  return (key != null && map.get(key)) || EMPTY;
}

/**
 * A value computed once per build (the Datasets object's context, ./context.ts) and key (e.g.
 * "comparison:presupuesto"). Callers must treat the result as read-only: every page of the
 * build shares it.
 */
export function memo<T>(ds: Datasets, key: string, compute: () => T): T {
  const m = contextOf(ds).memos;
  if (m.has(key)) return m.get(key) as T;
  const v = compute();
  m.set(key, v);
  return v;
}

/**
 * Gives a value computed for one page to the later pages that use it too (see handOffOf):
 * `uses` is how many times it is taken in all, the first one included (2 unless told).
 */
export type HandOff = <T>(key: string, compute: () => T, uses?: number) => T;

/**
 * A value one page computes and later pages reuse, such as a chart drawn for a profile and used
 * again by its embed page and its SVG files: kept until its last use, then dropped, so a
 * national corpus never holds every chart in memory. It lives in the build context
 * (./context.ts), like memo(); pages pass it explicitly to what draws (profileFigures).
 */
export function handOffOf(ds: Datasets): HandOff {
  const kept = contextOf(ds).handOffs;
  return <T>(key: string, compute: () => T, uses = 2): T => {
    const k = kept.get(key);
    if (k) {
      if (--k.left <= 0) kept.delete(key);
      return k.value as T;
    }
    const value = compute();
    if (uses > 1) kept.set(key, { value, left: uses - 1 });
    return value;
  };
}

/**
 * Ids (sorted) of the reports in `reports` by the same institution in the same year as `report`
 * (goal anchors and figure suffixes number them). Indexed once per `reports` array (listMemo).
 */
export function sameYearIds(reports: readonly Report[], report: Report): string[] {
  const m = listMemo(reports, 'same-year', () => {
    const m = new Map<string, string[]>();
    for (const r of reports) {
      const k = `${r.institution_id}|${r.year}`;
      const list = m.get(k);
      if (list) list.push(r.id);
      else m.set(k, [r.id]);
    }
    for (const list of m.values()) list.sort();
    return m;
  });
  return m.get(`${report.institution_id}|${report.year}`) ?? [];
}

/**
 * Records of several reports in dataset order, as `ds[name].filter(r => ids.has(r.report_id))`
 * gives: the ingest writes each report's records together, so the per-report lists are joined in
 * the order of their first record; if a dataset is not grouped that way, the filter is used.
 */
export function recordsOfReports<K extends PerReport>(ds: Datasets, name: K, reports: readonly Report[]): Datasets[K] {
  const l = lookup(ds);
  if (!l.grouped[name]) {
    const ids = new Set(reports.map((r) => r.id));
    return (ds[name] as readonly { report_id: string }[]).filter((r) => ids.has(r.report_id)) as Datasets[K];
  }
  const first = l.firstIndex[name];
  const ids = reports.map((r) => r.id).filter((id) => first.has(id)).sort((a, b) => first.get(a)! - first.get(b)!);
  return ids.flatMap((id) => listOf(l.byReport[name], id)) as Datasets[K];
}
