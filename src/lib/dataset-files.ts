/**
 * The text of a dataset file, as ingest writes it and the site serves it: NAME.json (array of
 * records, one per line) and NAME.csv (same columns, header row, UTF-8 with BOM, formula cells
 * neutralized: ./csv.ts). Column order is the schema's field order (src/schema/datasets.ts).
 */
import { writeCsv } from './csv.ts';
import { DATASETS, type DatasetName } from '../schema/datasets.ts';

/** Folder (inside the datasets folder) holding the extracted text of each PDF, as FILE.txt. */
export const PDF_TEXT_DIR = 'pdf-text';

/** Column order of a dataset: its schema's field order. */
export function columnsOf(name: DatasetName): string[] {
  return Object.keys(DATASETS[name].shape);
}

/** CSV text of a dataset (writeCsv: BOM, formulas neutralized): arrays joined with "|", null as empty, "\n" line ends. */
export function toCsv(name: DatasetName, rows: readonly object[]): string {
  const columns = columnsOf(name);
  const data = rows.map((r) =>
    columns.map((c) => {
      const v = (r as Record<string, unknown>)[c];
      if (v === null || v === undefined) return '';
      if (Array.isArray(v)) return v.join('|');
      return v as string | number | boolean;
    }),
  );
  return writeCsv(columns, data);
}

/** JSON text of a dataset: one record per line inside the array, stable key order. */
export function toJson(name: DatasetName, rows: readonly object[]): string {
  const columns = columnsOf(name);
  const lines = rows.map((r) => JSON.stringify(Object.fromEntries(columns.map((c) => [c, (r as Record<string, unknown>)[c] ?? null]))));
  return lines.length ? `[\n${lines.join(',\n')}\n]\n` : '[]\n';
}
