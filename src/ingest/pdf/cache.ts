/**
 * Extracted PDF texts cached on disk by the SHA-256 of the PDF's bytes (and the extractor
 * version): a rebuild re-extracts only new or changed files. One JSON file per PDF; a missing,
 * unreadable or stale entry is simply a miss.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTRACTOR_VERSION, type PdfExtraction } from './extract.ts';

/** Default cache folder (gitignored with node_modules). */
export const DEFAULT_PDF_CACHE_DIR = 'node_modules/.cache/cuentas-abiertas/pdf';

function entryPath(dir: string, sha256: string): string {
  return join(dir, `${sha256}.v${EXTRACTOR_VERSION}.json`);
}

/** The cached extraction of the PDF with this hash, or null. */
export function readCached(dir: string, sha256: string): PdfExtraction | null {
  try {
    const value = JSON.parse(readFileSync(entryPath(dir, sha256), 'utf8')) as PdfExtraction;
    return typeof value === 'object' && value !== null && typeof value.ok === 'boolean' ? value : null;
  } catch {
    return null;
  }
}

/** Stores an extraction (atomically); results that depend on this machine (a missing OCR tool) are not stored. */
export function writeCached(dir: string, sha256: string, value: PdfExtraction): void {
  if (value.ok ? value.unread !== undefined : !value.cacheable) return;
  try {
    mkdirSync(dir, { recursive: true });
    const path = entryPath(dir, sha256);
    const tmp = `${path}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, path);
  } catch {
    // A cache that cannot be written only costs time.
  }
}
