/**
 * Loads the datasets the ingest writes (`data/generated/<name>.json`, or DATA_DIR) for the
 * pages. Every dataset of src/schema/datasets.ts must be present: a missing or invalid file
 * stops the build with a message naming the file, so a half-ingested site is never published.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { DATASETS, type DatasetName, type Datasets } from '../schema/datasets.ts';
import { decodeReport } from '../lib/decode.ts';
import { isPdf } from '../lib/pdf.ts';
import { PDF_TEXT_DIR } from '../lib/dataset-files.ts';
import { contextOf, faultOfPage, loadedDatasets } from './context.ts';

export class DatasetError extends Error {}

export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[];

/** Folder the datasets are read from (absolute). */
export function dataDir(): string {
  return path.resolve(process.env.DATA_DIR ?? 'data/generated');
}

/** Folder holding the original report files (for the line-numbered source view). */
export function reportsDir(): string {
  return path.resolve(process.env.REPORTS_DIR ?? 'data/reports');
}

function readDataset<K extends DatasetName>(dir: string, name: K): Datasets[K] {
  const file = path.join(dir, `${name}.json`);
  if (!fs.existsSync(file)) {
    throw new DatasetError(
      `Falta el dataset "${name}": no existe ${file}. Ejecute \`npm run ingest\` o apunte DATA_DIR a la carpeta de datos.`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new DatasetError(`JSON inválido en ${file}: ${(e as Error).message}`);
  }
  if (!Array.isArray(raw)) throw new DatasetError(`${file} debe contener un arreglo de registros`);
  const schema = DATASETS[name];
  for (let i = 0; i < raw.length; i++) {
    const r = schema.safeParse(raw[i]);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      throw new DatasetError(`Registro inválido en ${file} [${i}] campo "${issue.path.join('.')}": ${issue.message}`);
    }
  }
  return raw as Datasets[K];
}

/**
 * All datasets from `dir` (default DATA_DIR or data/generated), validated, read once per folder
 * (./context.ts): the object returned is the build's identity, which its build context hangs on.
 * PAGE_FAULT (a page's path, for the page-guard tests of a real build only) makes that page's
 * model throw, through the build context's `fault`.
 */
export function loadDatasets(dir: string = dataDir()): Datasets {
  const key = path.resolve(dir);
  return loadedDatasets(key, () => {
    const out = {} as Record<DatasetName, unknown>;
    for (const name of DATASET_NAMES) out[name] = readDataset(key, name);
    const ds = out as Datasets;
    if (process.env.PAGE_FAULT) contextOf(ds).fault = faultOfPage(process.env.PAGE_FAULT);
    return ds;
  });
}

export interface ReportText {
  lines: string[];
  /** SHA-256 of the file on disk. */
  sha256: string;
  /** True for a PDF: `lines` are the text the ingest extracted from it (DATA_DIR/pdf-text/FILE.txt). */
  pdf: boolean;
}

/** The original text of a report file, or null when the file is not available. */
export function readReportText(file: string, dir: string = reportsDir(), data: string = dataDir()): ReportText | null {
  if (!file || file.includes('/') || file.includes('\\') || file.startsWith('.')) return null;
  const full = path.join(dir, file);
  if (!fs.existsSync(full) || !fs.statSync(full).isFile()) return null;
  const bytes = fs.readFileSync(full);
  if (isPdf(bytes)) {
    // The lines the records cite are those of the text extracted at ingest.
    const extracted = path.join(data, PDF_TEXT_DIR, `${file}.txt`);
    if (!fs.existsSync(extracted)) return null;
    return {
      lines: fs.readFileSync(extracted, 'utf8').split('\n'), pdf: true,
      sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
    };
  }
  // Decode exactly as the ingest does, so line numbers match the source_line of every record.
  const decoded = decodeReport(bytes);
  if (!decoded.ok) return null;
  return { lines: decoded.text.split('\n'), sha256: crypto.createHash('sha256').update(bytes).digest('hex'), pdf: false };
}
