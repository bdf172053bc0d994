/**
 * The rows of a comparison as data for the page script (/comparar/{name}.json), loaded only when a
 * reader filters, sorts, searches or asks for every row: the page's HTML carries the first
 * TABLE_ROWS rows, so its weight does not grow with the number of institutions.
 * Each row holds the same raw values as the CSV and the table cells' data-value, plus the
 * formatted text of numeric cells (formatted here, so the browser prints exactly what the
 * server-rendered rows print).
 */
import { displayValue, FILTER_DIMS, type BaseRow, type Column, type ColumnKind } from './compare.ts';
import { url } from './paths.ts';
import { hasReportText } from './reports.ts';

export interface ComparisonDataRow {
  /** Row key (`<institution_id>--<report_id>`). */
  k: string;
  /** Institution id (profile link, ?resaltar=). */
  i: string;
  /** Text the name search matches: name and acronym. */
  t: string;
  /** Number of data-quality flags on the row's figures. */
  n: number;
  /** Report id when its line-numbered view exists (source link), else null. */
  r: string | null;
  /** Source line of the row's figures. */
  l: number | null;
  /** Filter values in FILTER_DIMS order (year, function, level, format). */
  f: string[];
  /** Raw value of each column (as in the CSV). */
  v: (string | number | null)[];
  /** Formatted text of each numeric column; null for text columns and absent values. */
  d: (string | null)[];
}

export interface ComparisonData {
  columns: { key: string; label: string; kind: ColumnKind }[];
  /** Path prefixes of the profile and report links (they carry the site's base path). */
  institutionBase: string;
  reportBase: string;
  rows: ComparisonDataRow[];
}

const NUMERIC = new Set<ColumnKind>(['usd', 'pct', 'int']);

export function comparisonData(rows: readonly BaseRow[], columns: readonly Column<any>[]): ComparisonData {
  return {
    columns: columns.map((c) => ({ key: c.key, label: c.label, kind: c.kind })),
    institutionBase: url('/instituciones/'),
    reportBase: url('/informes/'),
    rows: rows.map((r) => {
      const v = columns.map((c) => c.value(r));
      return {
        k: r.key,
        i: r.institution_id,
        t: [r.name, r.acronym].filter(Boolean).join(' '),
        n: r.flags.length,
        r: hasReportText(r.source_file) ? r.report_id : null,
        l: r.source_line,
        f: FILTER_DIMS.map((d) => String(r[d])),
        v,
        d: columns.map((c, j) => (NUMERIC.has(c.kind) && v[j] !== null ? displayValue(c.kind, v[j]!) : null)),
      };
    }),
  };
}
