/**
 * A server-rendered data table described as data: columns, then one row of cells per record,
 * each value carrying its data-quality flags and each row its source. One component renders every
 * such table (src/components/DataTable.astro), so a section only says which columns it shows.
 */
import type { Flag } from '../schema/datasets.ts';
import { fieldFlags, rowFlags, type RecordFlags } from './flags.ts';
import { boundedTable } from './limits.ts';

export type ValueFormat = 'usd' | 'pct' | 'int' | 'num';

export type Cell =
  /** A figure, formatted by kind ("no reportado" when null), its unit (" %") and its flags. */
  | { type: 'value'; value: number | null; format: ValueFormat; unit?: string; flags: Flag[] }
  /**
   * Text ("no reportado" or `empty` when null), linking to `href` when given, an optional second
   * line, labelled details on lines of their own, and the flags of the row.
   */
  | {
    type: 'text'; text: string | number | null; empty?: string; className?: string; header?: boolean; href?: string; title?: string;
    note?: string | null; details?: CellDetail[]; flags: Flag[];
  }
  /** "archivo:línea" linking to the report's line. */
  | { type: 'source'; file: string; line: number | null; reportId: string | null }
  /** An empty cell (a footer cell with nothing to add). */
  | { type: 'blank' }
  /** A column this table leaves out (e.g. the year when the institution has one report). */
  | { type: 'absent' };

/** A labelled line under a cell's text («Plan de desarrollo: …»). */
export interface CellDetail {
  label: string;
  text: string;
}

/** A heading row spanning the table, before a row that starts a group («Unidad: …», «Objetivo: …»). */
export interface GroupHeading {
  lines: { label: string; text: string; br: boolean }[];
}

/** What a body row carries besides its cells: its anchor id and the group heading before it. */
export interface RowInfo {
  id?: string;
  group?: GroupHeading | null;
}

export interface TableColumn<R> {
  label: string;
  numeric?: boolean;
  /** False leaves the column out (its cells render nothing). */
  shown?: boolean;
  /** The cell of a record; `index` is the record's position in the table (0-based). */
  cell: (row: R, index: number) => Cell;
}

export interface TableModel {
  id: string;
  /** Accessible name of the scrolling region ("Tabla: …"). */
  label: string;
  className?: string;
  /**
   * The table type whose phone cards take their column headings from src/styles/site.css
   * (`table.t-{kind} td:nth-last-child(n)::before`, one rule per column) instead of a data-label on
   * every cell. Without it, every cell carries data-label.
   */
  kind?: string;
  /** Kept out of the search index (data-pagefind-ignore): its rows are search records of their own. */
  searchIgnore?: boolean;
  caption?: { text: string; note?: { className: string; text: string } | null };
  head: { label: string; numeric: boolean }[];
  rows: Cell[][];
  /** Per body row (same order as `rows`): anchor id and group heading. */
  rowInfo?: RowInfo[] | null;
  foot?: Cell[] | null;
  /** Rows left out of the page (beyond PROFILE_TABLE_ROWS) and the dataset whose CSV holds them all. */
  more?: { shown: number; total: number; dataset: string } | null;
}

/** A record's fields as a figure column: the value and the flags on that field. */
export function valueColumn<R extends { flags: RecordFlags }>(label: string, field: keyof R & string, format: ValueFormat): TableColumn<R> & { field: string } {
  return { label, numeric: true, field, cell: (r) => ({ type: 'value', value: r[field] as number | null, format, flags: fieldFlags(r.flags, field) }) };
}

/**
 * The report every source cell of these rows cites, when they all cite the same one (a table of
 * one report): the table then names the file once and each row only its line. Null when the rows
 * cite several files or none.
 */
export function sharedSource(rows: readonly (readonly Cell[])[]): { file: string; reportId: string | null } | null {
  let shared: { file: string; reportId: string | null } | null = null;
  for (const row of rows) {
    for (const c of row) {
      if (c.type !== 'source') continue;
      if (!shared) shared = { file: c.file, reportId: c.reportId };
      else if (shared.file !== c.file || shared.reportId !== c.reportId) return null;
    }
  }
  return shared;
}

/** The source column of a record. */
export function sourceColumn<R extends { source_file: string; source_line: number; report_id: string }>(): TableColumn<R> {
  return { label: 'Fuente', cell: (r) => ({ type: 'source', file: r.source_file, line: r.source_line, reportId: r.report_id }) };
}

/** The flags of a record not shown next to one of the table's figures (shown once for the row). */
export function otherFlags<R extends { flags: RecordFlags }>(r: R, columns: readonly TableColumn<R>[]): Flag[] {
  const shown = columns.flatMap((c) => ('field' in c ? [c.field as string] : []));
  return rowFlags(r.flags, shown);
}

/**
 * The head and body of a table from its columns and records: at most PROFILE_TABLE_ROWS rows
 * (src/site/limits.ts), the rest named in `more` with the dataset that holds them.
 */
export function tableOf<R>(
  columns: readonly TableColumn<R>[], records: readonly R[], dataset: string, rowInfo?: (row: R, index: number) => RowInfo,
): Pick<TableModel, 'head' | 'rows' | 'more' | 'rowInfo'> {
  const bounded = boundedTable(records);
  return {
    head: columns.filter((c) => c.shown !== false).map((c) => ({ label: c.label, numeric: !!c.numeric })),
    rows: bounded.rows.map((r, i) => columns.map((c): Cell => (c.shown === false ? { type: 'absent' } : c.cell(r, i)))),
    ...(rowInfo ? { rowInfo: bounded.rows.map(rowInfo) } : {}),
    more: bounded.hidden > 0 ? { shown: bounded.rows.length, total: bounded.total, dataset } : null,
  };
}
