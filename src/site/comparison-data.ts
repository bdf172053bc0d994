/**
 * The rows of a comparison as data for the page script (/comparar/{name}.json), loaded only when a
 * reader filters, sorts, searches or asks for every row: the page's HTML carries the first
 * TABLE_ROWS rows, so its weight does not grow with the number of institutions.
 * Each row holds the same raw values as the CSV and the table cells' data-value, plus the
 * formatted text of numeric cells (formatted here, so the browser prints exactly what the
 * server-rendered rows print).
 */
import { displayValue, FILTER_DIMS, isNumericKind, rowAlertText, type BaseRow, type Column, type ColumnKind } from './compare.ts';
import { institutionUrl, REPORT_LINES_PER_PAGE, reportUrl, url } from './paths.ts';
import { hasReportText } from './reports.ts';
import { alertCountText } from './flags.ts';
import { readerSentence } from './flag-text.ts';
import { NOT_REPORTED } from './format.ts';

/**
 * One cell of a comparison row, as both the server-rendered rows (ComparisonRows.astro) and the
 * rows loaded on demand (`d` of ComparisonDataRow) print it: the raw value of the CSV and the
 * cell's data-value, and the text shown.
 */
export type ComparisonCell =
  /** The institution: its profile link and the count of data-quality flags on the row. */
  | { kind: 'name'; value: string; href: string; flags: { text: string; href: string } | null }
  /** "archivo:línea", linking to the line when the report's text is published. */
  | { kind: 'source'; value: string | null; href: string | null }
  /**
   * A figure or a text; `text` is null when the value is absent ("no reportado"); `alert` is the
   * reader's sentence of the row flags on this column's field (the value it marks), else null;
   * `missing` is what an absent value reads as («no reportado», «sin informe de 2022»).
   */
  | { kind: 'value'; numeric: boolean; value: string | number | null; text: string | null; missing: string; alert: string | null };

/** The cells of a row, one per column. */
export function comparisonCells(r: BaseRow, columns: readonly Column<any>[]): ComparisonCell[] {
  return columns.map((c): ComparisonCell => {
    const v = c.value(r);
    if (c.key === 'institucion') {
      const n = r.alerts;
      return { kind: 'name', value: r.name, href: institutionUrl(r.institution_id), flags: n ? { text: alertCountText(n), href: institutionUrl(r.institution_id, 'alertas') } : null };
    }
    if (c.key === 'fuente') return { kind: 'source', value: v === null ? null : String(v), href: hasReportText(r.source_file) ? reportUrl(r.report_id, r.source_line) : null };
    const marks = c.marks ? r.flags.filter(c.marks) : c.field === undefined ? [] : r.flags.filter((f) => f.field === c.field);
    const alert = marks.length ? [...new Set(marks.map((f) => readerSentence(f)))].join(' ') : null;
    const missing = v === null && c.missing ? c.missing(r) : NOT_REPORTED;
    return { kind: 'value', numeric: isNumericKind(c.kind), value: v, text: v === null ? null : displayValue(c.kind, v), missing, alert };
  });
}

/**
 * The cells of the row template the page script clones for rows loaded on demand
 * (ComparisonRows.astro with `template`): every optional part present (profile link, alert chip,
 * source link, "no reportado", alert mark) with empty texts, for the script to fill or remove.
 */
export function templateCells(columns: readonly Column<any>[]): ComparisonCell[] {
  return columns.map((c): ComparisonCell => {
    if (c.key === 'institucion') return { kind: 'name', value: '', href: '', flags: { text: '', href: '' } };
    if (c.key === 'fuente') return { kind: 'source', value: '', href: '' };
    return { kind: 'value', numeric: isNumericKind(c.kind), value: '', text: null, missing: NOT_REPORTED, alert: '' };
  });
}

export interface ComparisonDataRow {
  /** Row key (`<institution_id>--<report_id>`). */
  k: string;
  /** Institution id (profile link, ?resaltar=). */
  i: string;
  /** Text the name search matches: name and acronym. */
  t: string;
  /** The institution's alert count (the chip; same N as its profile's "Alertas (N)"). */
  n: number;
  /** The reader's sentences of the row's flags (the CSV's "Alertas" column, compare.ts rowAlertText), else null. */
  x: string | null;
  /** Per column: the reader's sentence of the alert marking its value, else null (null when no column is marked). */
  a: (string | null)[] | null;
  /** Report id when its line-numbered view exists (source link), else null. */
  r: string | null;
  /** Source line of the row's figures. */
  l: number | null;
  /** Filter values in FILTER_DIMS order (year, function, level, format). */
  f: string[];
  /** Raw value of each column (as in the CSV). */
  v: (string | number | null)[];
  /**
   * Formatted text of each numeric column; for an absent value, what it reads as when that is not
   * «no reportado» («sin informe de 2022»); else null (text columns, absent values).
   */
  d: (string | null)[];
}

export interface ComparisonData {
  columns: { key: string; label: string; kind: ColumnKind }[];
  /** Path prefixes of the profile and report links (they carry the site's base path). */
  institutionBase: string;
  reportBase: string;
  /** Lines per page of a report's line view (a line past it is on /informes/{id}/{page}/). */
  reportPageLines: number;
  rows: ComparisonDataRow[];
}

export function comparisonData(rows: readonly BaseRow[], columns: readonly Column<any>[]): ComparisonData {
  return {
    columns: columns.map((c) => ({ key: c.key, label: c.label, kind: c.kind })),
    institutionBase: url('/instituciones/'),
    reportBase: url('/informes/'),
    reportPageLines: REPORT_LINES_PER_PAGE,
    rows: rows.map((r) => {
      const cells = comparisonCells(r, columns);
      return {
        k: r.key,
        i: r.institution_id,
        t: [r.name, r.acronym].filter(Boolean).join(' '),
        n: r.alerts,
        x: rowAlertText(r),
        a: cells.some((c) => c.kind === 'value' && c.alert !== null) ? cells.map((c) => (c.kind === 'value' ? c.alert : null)) : null,
        r: hasReportText(r.source_file) ? r.report_id : null,
        l: r.source_line,
        f: FILTER_DIMS.map((d) => String(r[d])),
        v: columns.map((c) => c.value(r)),
        d: cells.map((c) => (c.kind !== 'value' ? null : c.text === null ? (c.missing === NOT_REPORTED ? null : c.missing) : c.numeric ? c.text : null)),
      };
    }),
  };
}
