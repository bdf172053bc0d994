/**
 * The ingest on several threads, with the same result as `ingest()` (build.ts), byte for byte.
 *
 * The sorted file list is cut into contiguous chunks; the main thread and worker threads
 * (worker.ts) ingest chunks as they become free, each chunk into its own datasets (chunk.ts).
 * The main thread then concatenates the chunks IN FILE ORDER, which gives every dataset, summary
 * and flag exactly the order the sequential loop gives, and replays the institutions met outside
 * the catalogue in that same order (first-seen or last-seen per id, as the sequential code keeps
 * them). Each file's ingest depends on nothing but the catalogue and the file, so nothing else
 * differs.
 *
 * `ingestParallel()` starts a pool, runs one ingest and closes it. `IngestPool` keeps its
 * threads between ingests (their JIT-compiled code stays warm), for benchmarks.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Datasets, Institution } from '../schema/datasets.ts';
import {
  createContext, extraInstitutionSink, emptyDatasets, finishIngest, ingest, listReportFiles, scanReportsDir,
  type FileSummary, type IngestOptions, type SkippedFile, type IngestResult,
} from './build.ts';
import { runChunk, type ChunkResult } from './chunk.ts';
import { CatalogError } from './institutions.ts';
import { DEFAULT_PDF_CACHE_DIR } from './pdf/cache.ts';
import { extractPdfs } from './pdf/pool.ts';
import type { ChunkRequest, ChunkResponse } from './worker.ts';

/**
 * Below this many files `ingestParallel` runs `ingest()` on this thread alone: starting a worker
 * (registering tsx, loading and compiling the modules) takes about a second of a core, and a
 * worker's code then runs cold for its first few hundred files.
 */
export const MIN_PARALLEL_FILES = 2000;

export interface ParallelOptions {
  /** Worker threads besides the main thread (default: cores − 1). Below 1, `ingest()` runs instead. */
  workers?: number;
  /** Fewer files than this run on this thread only (default MIN_PARALLEL_FILES). */
  minFiles?: number;
}

/** Worker threads used by default: one per core the process may use, less the main thread's. */
export function defaultWorkers(): number {
  return availableParallelism() - 1;
}

/**
 * `ingest()` on the main thread plus worker threads; same result. Falls back to `ingest()` for
 * custom parsers (functions cannot be sent to a thread), one core, or few files (`minFiles`).
 */
export async function ingestParallel(options: IngestOptions, parallel: ParallelOptions = {}): Promise<IngestResult> {
  const workers = parallel.workers ?? defaultWorkers();
  const files = listReportFiles(options.reportsDir);
  const withPdf = await withPdfTexts(options, files, workers + 1);
  const result = await ingestFiles(withPdf, files, workers, parallel);
  return { ...result, pdf: withPdf.pdf };
}

/**
 * The extraction phase: the PDFs among the files → their texts (cached, on `threads` threads),
 * unless the options already carry them.
 */
export async function withPdfTexts(options: IngestOptions, files: readonly string[], threads: number): Promise<IngestOptions> {
  if (options.pdf) return options;
  const cacheDir = options.pdfCacheDir === undefined ? DEFAULT_PDF_CACHE_DIR : options.pdfCacheDir;
  return { ...options, pdf: await extractPdfs(options.reportsDir, files, { cacheDir, workers: threads }) };
}

async function ingestFiles(options: IngestOptions, files: string[], workers: number, parallel: ParallelOptions): Promise<IngestResult> {
  if (options.parsers || workers < 1) return ingest(options);
  if (files.length < (parallel.minFiles ?? MIN_PARALLEL_FILES)) return ingest(options);
  const pool = new IngestPool(workers);
  try {
    return await pool.ingest(options, files);
  } finally {
    await pool.close();
  }
}

interface Pending {
  job: number;
  chunks: ChunkResult[];
  next: number;
  requests: ChunkRequest[];
  received: number;
  done: () => void;
  reject: (err: Error) => void;
}

/**
 * Worker threads plus the main thread, reusable for several ingests (one at a time). The main
 * thread ingests chunks too, from the same queue, yielding between chunks so that the workers'
 * results come in and they get their next chunk: it starts while the workers are still starting
 * up, so the pool is never much slower than `ingest()` alone.
 */
export class IngestPool {
  private readonly workers: Worker[] = [];
  private pending: Pending | null = null;
  private jobs = 0;
  private closed = false;
  /** Set when a thread failed or exited on its own: the pool is then unusable. */
  private broken: Error | null = null;

  /** `size`: worker threads besides the main thread. */
  constructor(readonly size: number = defaultWorkers()) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), { execArgv: [] });
      w.on('message', (res: ChunkResponse) => this.onMessage(w, res));
      w.on('error', (err) => this.fail(err, true));
      w.on('exit', (code) => {
        if (!this.closed) this.fail(new Error(`ingest: un hilo de trabajo terminó (código ${code})`), true);
      });
      this.workers.push(w);
    }
  }

  /** Same as `ingest(options)`; `files` defaults to listReportFiles(options.reportsDir). */
  async ingest(options: IngestOptions, files: string[] = listReportFiles(options.reportsDir)): Promise<IngestResult> {
    if (this.closed) throw new Error('IngestPool: cerrado');
    if (this.broken) throw this.broken;
    if (this.pending) throw new Error('IngestPool: un ingest a la vez');
    if (options.parsers) throw new Error('IngestPool: parsers propios no pasan a los hilos; use ingest()');
    // The catalogue is read here first: a bad one throws CatalogError before any thread works.
    const ctx = createContext(options);
    const job = ++this.jobs;
    // Chunks small enough that the threads finish close together, large enough to amortize messages.
    const size = Math.max(1, Math.min(64, Math.ceil(files.length / ((this.size + 1) * 8))));
    const requests: ChunkRequest[] = [];
    for (let i = 0; i < files.length; i += size) {
      const chunk = files.slice(i, i + size);
      requests.push({
        job, index: requests.length, reportsDir: options.reportsDir, institutionsFile: options.institutionsFile,
        files: chunk, pdf: chunk.filter((f) => options.pdf?.has(f)).map((f) => [f, options.pdf!.get(f)!]),
      });
    }
    const chunks: ChunkResult[] = new Array(requests.length);
    let done!: () => void;
    let reject!: (err: Error) => void;
    const finished = new Promise<void>((res, rej) => {
      done = res;
      reject = rej;
    });
    const p: Pending = { job, chunks, next: 0, requests, received: 0, done, reject };
    this.pending = p;
    try {
      if (requests.length === 0) done();
      for (const w of this.workers) this.dispatch(w);
      while (this.pending === p && p.next < requests.length) {
        const req = requests[p.next++]!;
        chunks[req.index] = runChunk(ctx, req.reportsDir, req.files);
        if (++p.received === requests.length) done();
        await new Promise<void>((res) => setImmediate(res)); // let the workers' messages in
      }
      await finished;
    } finally {
      if (this.pending === p) this.pending = null;
    }
    return merge(ctx.catalogue, chunks, scanReportsDir(options.reportsDir).skipped);
  }

  private dispatch(w: Worker): void {
    const p = this.pending;
    if (!p || p.next >= p.requests.length) return;
    w.postMessage(p.requests[p.next++]);
  }

  private onMessage(w: Worker, res: ChunkResponse): void {
    const p = this.pending;
    if (!p || res.job !== p.job) return;
    if (!res.ok) {
      this.fail(res.catalog ? new CatalogError(res.message) : new Error(`ingest (hilo de trabajo): ${res.message}`));
      return;
    }
    p.chunks[res.index] = res;
    if (++p.received === p.requests.length) p.done();
    else this.dispatch(w);
  }

  private fail(err: Error, fatal = false): void {
    if (fatal) this.broken ??= err;
    const p = this.pending;
    this.pending = null;
    p?.reject(err);
  }

  /** Stops the threads. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** The chunks' rows in chunk (= file) order, then what `ingest()` does at its end. */
function merge(catalogue: Institution[], chunks: readonly ChunkResult[], skipped: readonly SkippedFile[]): IngestResult {
  const out = emptyDatasets();
  const summaries: FileSummary[] = [];
  const extraInstitutions = new Map<string, Institution>();
  const extra = extraInstitutionSink(extraInstitutions);
  for (const chunk of chunks) {
    for (const [name, rows] of Object.entries(chunk.datasets) as [keyof Datasets, unknown[]][]) {
      const target = out[name] as unknown[];
      for (let i = 0; i < rows.length; i++) target.push(rows[i]);
    }
    for (const s of chunk.summaries) summaries.push(s);
    for (const e of chunk.extras) extra(e.inst, e.ifAbsent);
  }
  return finishIngest(catalogue, out, summaries, extraInstitutions, skipped);
}
