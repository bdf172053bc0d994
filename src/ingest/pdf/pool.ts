/**
 * The extraction phase of the ingest: every PDF among the report files → its text, before the
 * (synchronous) parsing. Cached by SHA-256 (cache.ts); the files not in the cache are extracted
 * on worker threads (pdf-worker.ts), one per core, or on this thread when only one needs it.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { readCached, writeCached } from './cache.ts';
import { extractPdf, SYSTEM_OCR, type OcrEffects, type PdfExtraction } from './extract.ts';
import { isPdf } from './detect.ts';

/**
 * Fewer PDFs to extract than this are extracted on this thread: a worker thread first registers
 * the TypeScript loader and loads PDF.js (seconds of a core on a busy machine), more than a few
 * PDFs cost on a thread that has them loaded already (bench/pdf.ts).
 */
export const MIN_PARALLEL_PDFS = 8;

export interface ExtractOptions {
  /** Cache folder; null: no cache. */
  cacheDir: string | null;
  /** Worker threads (default: one per core); 0 extracts on this thread. */
  workers?: number;
  /** Fewer files to extract than this are extracted on this thread (default MIN_PARALLEL_PDFS). */
  minFiles?: number;
  /** False: scanned pages are not OCRed (benchmarks); default true. */
  ocr?: boolean;
}

export interface ExtractStats {
  pdfs: number;
  cached: number;
  extracted: number;
}

/** Extractions of the PDFs among `files` (by file name); other files are not in the map. */
export async function extractPdfs(
  reportsDir: string, files: readonly string[], options: ExtractOptions, stats?: ExtractStats,
): Promise<Map<string, PdfExtraction>> {
  const out = new Map<string, PdfExtraction>();
  const todo: { file: string; sha256: string }[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      // Only the first KiB of the files that are not PDFs is read (the ingest reads them after).
      if (!isPdf(head(join(reportsDir, file)))) continue;
      bytes = readFileSync(join(reportsDir, file));
    } catch {
      continue; // the driver flags an unreadable file itself
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const hit = options.cacheDir ? readCached(options.cacheDir, sha256) : null;
    if (hit) out.set(file, hit);
    else todo.push({ file, sha256 });
  }
  if (stats) {
    stats.pdfs = out.size + todo.length;
    stats.cached = out.size;
    stats.extracted = todo.length;
  }
  const workers = Math.min(todo.length, options.workers ?? availableParallelism());
  const ocr = options.ocr ?? true;
  const results = workers <= 1 || todo.length < (options.minFiles ?? MIN_PARALLEL_PDFS)
    ? await inThisThread(reportsDir, todo.map((t) => t.file), ocr)
    : await inWorkers(reportsDir, todo.map((t) => t.file), workers, ocr);
  todo.forEach((t, i) => {
    const r = results[i]!;
    out.set(t.file, r);
    if (options.cacheDir) writeCached(options.cacheDir, t.sha256, r);
  });
  // In file order, whatever order the threads finished in.
  return new Map(files.filter((f) => out.has(f)).map((f) => [f, out.get(f)!]));
}

/** The first 1,024 bytes of a file. */
function head(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buf = new Uint8Array(1024);
    return buf.subarray(0, readSync(fd, buf, 0, 1024, 0));
  } finally {
    closeSync(fd);
  }
}

async function inThisThread(reportsDir: string, files: readonly string[], ocr: boolean): Promise<PdfExtraction[]> {
  const results: PdfExtraction[] = [];
  for (const f of files) results.push(await extractOne(reportsDir, f, ocr));
  return results;
}

const NO_OCR: OcrEffects = { available: () => ({ ok: false, missing: 'OCR (desactivado)' }), read: () => [] };

/** Extracts one file (never throws); `ocr` false: scanned pages are left unread. */
export async function extractOne(reportsDir: string, file: string, ocr = true): Promise<PdfExtraction> {
  try {
    return await extractPdf(readFileSync(join(reportsDir, file)), ocr ? SYSTEM_OCR : NO_OCR);
  } catch (err) {
    return { ok: false, reason: `no se puede leer: ${(err as Error).message}`, cacheable: false };
  }
}

/** Worker → main. */
export interface PdfWorkerResponse { index: number; result: PdfExtraction }

async function inWorkers(reportsDir: string, files: readonly string[], count: number, ocr: boolean): Promise<PdfExtraction[]> {
  const results: PdfExtraction[] = new Array(files.length);
  let next = 0;
  const threads = Array.from({ length: count }, () => new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), {
    execArgv: [], workerData: { reportsDir, ocr },
  }));
  try {
    await Promise.all(threads.map((w) => new Promise<void>((resolve) => {
      const give = () => {
        if (next >= files.length) return resolve();
        const index = next++;
        w.postMessage({ index, file: files[index] });
      };
      w.on('message', (m: PdfWorkerResponse) => {
        results[m.index] = m.result;
        give();
      });
      // A thread that dies leaves its files to this thread (below), never the run.
      w.on('error', () => resolve());
      w.on('exit', () => resolve());
      give();
    })));
  } finally {
    await Promise.all(threads.map((w) => w.terminate()));
  }
  for (let i = 0; i < files.length; i++) results[i] ??= await extractOne(reportsDir, files[i]!, ocr);
  return results;
}
