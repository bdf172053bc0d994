/**
 * Writes datasets as NAME.json (array of records) and NAME.csv (same columns, header row,
 * UTF-8 with BOM, formula cells neutralized: src/lib/csv.ts). Each file is written to a temporary name and renamed into place, so a
 * reader never sees half a file.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCsv } from '../lib/csv.ts';
import { DATASETS, type DatasetName, type Datasets } from '../schema/datasets.ts';
import type { PdfExtraction } from './pdf/extract.ts';

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

function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** Writes every dataset into `dir` (created if needed). */
export function writeDatasets(dir: string, datasets: Datasets): void {
  mkdirSync(dir, { recursive: true });
  for (const name of Object.keys(DATASETS) as DatasetName[]) {
    writeAtomic(join(dir, `${name}.json`), toJson(name, datasets[name]));
    writeAtomic(join(dir, `${name}.csv`), toCsv(name, datasets[name]));
  }
}

/**
 * Writes the extracted text of each readable PDF as DIR/pdf-text/FILE.txt (the text whose lines
 * the records cite), removing texts of PDFs no longer there (and the folder when there is none).
 */
export function writePdfTexts(dir: string, pdf: ReadonlyMap<string, PdfExtraction>): void {
  const textDir = join(dir, PDF_TEXT_DIR);
  const readable = [...pdf.values()].some((x) => x.ok);
  if (!readable) {
    rmSync(textDir, { recursive: true, force: true });
    return;
  }
  mkdirSync(textDir, { recursive: true });
  const keep = new Set<string>();
  for (const [file, x] of pdf) {
    if (!x.ok) continue;
    keep.add(`${file}.txt`);
    writeAtomic(join(textDir, `${file}.txt`), x.text);
  }
  for (const f of readdirSync(textDir)) if (!keep.has(f)) rmSync(join(textDir, f), { force: true });
}
