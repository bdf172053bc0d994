/**
 * The one CSV writer of the project: dataset files (ingest), static site CSVs (comparisons,
 * profile figures, commitments, catalogue) and — through `csvCell`, which the comparison
 * tables' bundled script imports (src/components/ComparisonScript.astro) — the client downloads.
 *
 * - Papaparse writes the CSV ("," separator, '"' quoting, "\n" line ends, trailing newline).
 * - Spreadsheet formula injection (OWASP "CSV Injection"): a text cell starting with "=", "+",
 *   "-", "@", TAB or CR (or their full-width forms, which some spreadsheets also read as
 *   formula starts) gets a leading "'" and is quoted, so a spreadsheet shows it as text and
 *   never runs it. Numbers stay numbers: JS numbers are never touched, and neither is text that
 *   is just a plain number ("-7.5", "+3"), which no spreadsheet runs as a formula.
 * - UTF-8 byte-order mark at the start, so Excel reads accents as UTF-8.
 */
import Papa from 'papaparse';

/** A cell value: null/undefined → empty cell; arrays are joined by the caller. */
export type CsvValue = string | number | boolean | null | undefined;

/** UTF-8 byte-order mark written at the start of every CSV. */
export const BOM = '\ufeff';

/** Characters that start a formula in some spreadsheet (OWASP list plus full-width = + - @). */
export const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** Text that is only a number ("-7.5", "+3", "1e-3"): not neutralized. */
export const PLAIN_NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/** Papaparse's escapeFormulae test: a formula start, unless the whole text is a plain number. */
const ESCAPE_FORMULAE = /^(?![-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$)[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** Whether a cell would be read as a formula by a spreadsheet (a text cell, not a plain number). */
export function isFormulaCell(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);
}

/** A text value as a spreadsheet-safe one: "'" before a formula start (see isFormulaCell). */
export function neutralizeFormula(text: string): string {
  return isFormulaCell(text) ? `'${text}` : text;
}

/**
 * CSV text with a header row: BOM, papaparse, "\n" line ends, trailing newline, formula cells
 * neutralized, null/undefined as empty.
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const data = rows.map((r) => r.map((v) => (v === null || v === undefined ? '' : v)));
  return BOM + Papa.unparse({ fields: [...header], data }, { newline: '\n', escapeFormulae: ESCAPE_FORMULAE }) + '\n';
}

/**
 * One CSV cell as the client-side downloads write it: neutralized like writeCsv, quoted when it
 * holds a quote, comma, semicolon, line break or leading/trailing space. The comparison tables'
 * script (src/components/ComparisonScript.astro, bundled by Astro) imports it;
 * test/lib/one-implementation.test.ts checks that no second copy exists.
 */
export function csvCell(v: CsvValue): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  let quote = false;
  if (typeof v === 'string' && isFormulaCell(s)) {
    s = `'${s}`;
    quote = true;
  }
  if (quote || /[",;\r\n\ufeff]|^ | $/.test(s)) return `"${s.replace(/"/g, '""')}"`;
  return s;
}

/**
 * Every cell of a CSV text that a spreadsheet would run as a formula (for tests and audits):
 * text cells starting with a formula character, not neutralized, not a plain number.
 */
export function formulaCells(csv: string): { row: number; column: number; value: string }[] {
  const text = csv.startsWith(BOM) ? csv.slice(1) : csv;
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  const out: { row: number; column: number; value: string }[] = [];
  parsed.data.forEach((row, r) => row.forEach((cell, c) => {
    if (isFormulaCell(cell)) out.push({ row: r + 1, column: c + 1, value: cell });
  }));
  return out;
}

/** Parses a CSV written by writeCsv (BOM dropped) into rows of strings. */
export function readCsv(csv: string): string[][] {
  const text = csv.startsWith(BOM) ? csv.slice(1) : csv;
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}
