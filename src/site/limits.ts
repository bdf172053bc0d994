/**
 * Page-size limits. A report with 100,000 budget lines must not make an 80 MB profile page:
 * a profile table shows its first PROFILE_TABLE_ROWS rows and says how many more there are,
 * with a link to the dataset CSV that holds them all.
 */
export const PROFILE_TABLE_ROWS = 200;

export interface BoundedTable<T> {
  /** The rows the page shows (the first `max`, in order). */
  rows: readonly T[];
  /** Rows not shown. */
  hidden: number;
  total: number;
}

/** The first `max` rows of a table and how many are left out. */
export function boundedTable<T>(rows: readonly T[], max = PROFILE_TABLE_ROWS): BoundedTable<T> {
  return rows.length <= max
    ? { rows, hidden: 0, total: rows.length }
    : { rows: rows.slice(0, max), hidden: rows.length - max, total: rows.length };
}
