/**
 * The extraction phase of the ingest: every PDF among the report files → its text, before the
 * (synchronous) parsing. Cached by SHA-256 (cache.ts); the files not in the cache are read by
 * PDF.js on extraction threads (pdf-thread.mjs, plain JavaScript), one per core at most, and
 * laid out (and OCRed when scanned) on this thread as their pages come back.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { readCached, writeCached } from './cache.ts';
import { extractLoaded, extractPdf, SYSTEM_OCR, type OcrEffects, type PdfExtraction } from './extract.ts';
import { isPdf } from './detect.ts';
import type { PdfThreadResponse, PdfThreadWork } from './pdf-thread.mjs';

/** A file read on an extraction thread. */
type PdfThreadFile = Exclude<PdfThreadResponse, { done: true, readyAt: number }>;

/**
 * Fewer PDFs to extract than this are extracted on this thread. One: an extraction thread starts
 * and loads PDF.js in plain Node in about 0.2 s, while this thread, under tsx, takes about 0.6 s
 * just to import PDF.js (load.mjs; bench/pdf.ts measures both on one PDF and on six).
 */
export const MIN_PARALLEL_PDFS = 1;

export interface ExtractOptions {
  /** Cache folder; null: no cache. */
  cacheDir: string | null;
  /** Worker threads (default: one per core); 0 extracts on this thread. */
  workers?: number;
  /** Fewer files to extract than this are extracted on this thread (default MIN_PARALLEL_PDFS). */
  minFiles?: number;
  /** False: scanned pages are not OCRed (benchmarks); default true. */
  ocr?: boolean;
  /** When given, the phase's steps are appended to it as they end (bench/pdf-profile.ts --cold). */
  timeline?: PhaseStep[];
}

/**
 * A step of the extraction phase, from `start` to `end` in ms since the epoch
 * (performance.timeOrigin + performance.now(), comparable across threads). `hash`: reading and
 * hashing the files (and the cache look-up); `spawn`: new Worker() of every thread; `ready`: a
 * thread from its start to PDF.js loaded (thread N); `read`: PDF.js reading a file, on thread N
 * (0: this thread, where it includes the layout, and importing PDF.js for the first file);
 * `layout`: the layout of a file read on a thread, on this thread.
 */
export interface PhaseStep {
  what: 'hash' | 'spawn' | 'ready' | 'read' | 'layout';
  start: number;
  end: number;
  file?: string;
  thread?: number;
}

const clock = () => performance.timeOrigin + performance.now();

export interface ExtractStats {
  pdfs: number;
  cached: number;
  extracted: number;
  /** Extraction threads started (0: extracted on this thread). */
  threads: number;
}

/** Extractions of the PDFs among `files` (by file name); other files are not in the map. */
export async function extractPdfs(
  reportsDir: string, files: readonly string[], options: ExtractOptions, stats?: ExtractStats,
): Promise<Map<string, PdfExtraction>> {
  const out = new Map<string, PdfExtraction>();
  const todo: { file: string; sha256: string }[] = [];
  const timeline = options.timeline;
  const hashStart = clock();
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
  timeline?.push({ what: 'hash', start: hashStart, end: clock() });
  const workers = Math.min(todo.length, options.workers ?? availableParallelism());
  const threads = workers < 1 || todo.length === 0 || todo.length < (options.minFiles ?? MIN_PARALLEL_PDFS) ? 0 : workers;
  if (stats) {
    stats.pdfs = out.size + todo.length;
    stats.cached = out.size;
    stats.extracted = todo.length;
    stats.threads = threads;
  }
  const ocr = options.ocr ?? true;
  const results = threads === 0
    ? await inThisThread(reportsDir, todo.map((t) => t.file), ocr, timeline)
    : await inThreads(reportsDir, todo.map((t) => t.file), threads, ocr, timeline);
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

async function inThisThread(reportsDir: string, files: readonly string[], ocr: boolean, timeline?: PhaseStep[]): Promise<PdfExtraction[]> {
  const results: PdfExtraction[] = [];
  for (const file of files) {
    const start = clock();
    results.push(await extractOne(reportsDir, file, ocr));
    timeline?.push({ what: 'read', file, thread: 0, start, end: clock() });
  }
  return results;
}

const NO_OCR: OcrEffects = { available: () => ({ ok: false, missing: 'OCR (desactivado)' }), read: () => [] };
const ocrOf = (ocr: boolean) => (ocr ? SYSTEM_OCR : NO_OCR);

/** Extracts one file (never throws); `ocr` false: scanned pages are left unread. */
export async function extractOne(reportsDir: string, file: string, ocr = true): Promise<PdfExtraction> {
  try {
    return await extractPdf(readFileSync(join(reportsDir, file)), ocrOf(ocr));
  } catch (err) {
    return { ok: false, reason: `no se puede leer: ${(err as Error).message}`, cacheable: false };
  }
}

/**
 * The files read by PDF.js on `count` threads, largest first (so that the threads finish about
 * together): each thread takes the next file not yet taken as soon as it is done with its last
 * (pdf-thread.mjs; a counter shared by the threads), and this thread lays each out as it comes
 * back. A thread that dies leaves its files to this thread, never the run.
 */
async function inThreads(
  reportsDir: string, files: readonly string[], count: number, ocr: boolean, timeline?: PhaseStep[],
): Promise<PdfExtraction[]> {
  const results: PdfExtraction[] = new Array(files.length);
  const size = (f: string) => {
    try {
      return statSync(join(reportsDir, f)).size;
    } catch {
      return 0;
    }
  };
  const order = files.map((f, i) => ({ i, size: size(f) })).sort((a, b) => b.size - a.size || a.i - b.i).map((x) => x.i);
  const work: PdfThreadWork = {
    files: order.map((index) => ({ index, path: join(reportsDir, files[index]!) })),
    next: new Int32Array(new SharedArrayBuffer(4)),
  };
  const spawnStart = clock();
  const threads = Array.from({ length: count }, () => new Worker(new URL('./pdf-thread.mjs', import.meta.url), { execArgv: [], workerData: work }));
  timeline?.push({ what: 'spawn', start: spawnStart, end: clock() });

  /** The files of one thread, each laid out as it comes back (one after the other); done when the thread is. */
  function serve(w: Worker, thread: number): Promise<void> {
    let laidOut = Promise.resolve();
    const ready = (at: number) => {
      if (timeline && !timeline.some((s) => s.what === 'ready' && s.thread === thread)) timeline.push({ what: 'ready', thread, start: spawnStart, end: at });
    };
    const layout = async (m: PdfThreadFile): Promise<void> => {
      const file = files[m.index]!;
      const path = join(reportsDir, file);
      ready(m.clock.readyAt);
      timeline?.push({ what: 'read', file, thread, start: m.clock.startAt, end: m.clock.endAt });
      const start = clock();
      results[m.index] = 'failure' in m
        ? { ok: false, reason: m.failure, cacheable: false }
        : await extractLoaded(m.loaded, () => readFileSync(path), ocrOf(ocr));
      timeline?.push({ what: 'layout', file, start, end: clock() });
    };
    return new Promise((resolve) => {
      const end = () => { void laidOut.then(resolve); };
      w.on('message', (m: PdfThreadResponse) => {
        if ('done' in m) {
          ready(m.readyAt);
          end();
        } else {
          // (a layout that failed leaves its file to this thread, below)
          laidOut = laidOut.then(() => layout(m)).catch(() => undefined);
        }
      });
      // (files it took and did not send back are read on this thread below)
      w.on('error', end);
      w.on('exit', end);
    });
  }

  try {
    await Promise.all(threads.map((w, i) => serve(w, i + 1)));
  } finally {
    await Promise.all(threads.map((w) => w.terminate()));
  }
  for (let i = 0; i < files.length; i++) results[i] ??= await extractOne(reportsDir, files[i]!, ocr);
  return results;
}
