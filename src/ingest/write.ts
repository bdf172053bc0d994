/**
 * Writes datasets as NAME.json and NAME.csv (their text: src/lib/dataset-files.ts). Each file is
 * written to a temporary name and renamed into place, so a reader never sees half a file.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDF_TEXT_DIR, toCsv, toJson } from '../lib/dataset-files.ts';
import { DATASETS, type DatasetName, type Datasets } from '../schema/datasets.ts';
import type { PdfExtraction } from './pdf/extract.ts';

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
