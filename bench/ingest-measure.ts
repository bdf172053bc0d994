/**
 * Ingest throughput against a bare pass over the same files, in this process.
 *
 * - bare pass: read every file as UTF-8 and split it into lines (/\r\n?|\n/); run once to warm
 *   the OS file cache, then timed five times: the best is the baseline (it takes a fraction of a
 *   second, and on a busy machine one or two passes can be twice as slow as the others).
 * - single-thread ingest: `ingest()` (src/ingest/build.ts) run twice in this process: the first
 *   run pays V8's JIT warm-up, the second runs warm code.
 * - parallel ingest (what `npm run ingest` runs for large corpora): an IngestPool
 *   (src/ingest/parallel.ts) of the main thread plus `workers` worker threads (default: cores − 1,
 *   so one thread per core) ingests the same files twice: the first run includes starting the
 *   workers (registering tsx, loading the modules, cold JIT), the second reuses the warm threads.
 *   The main thread is already warm (it ran the single-thread ingest). The bare pass stays
 *   single-threaded.
 * `ingestSeconds` and `ratio` are the warm run in the mode `npm run ingest` uses for this many
 * files: parallel from MIN_PARALLEL_FILES on (when there are workers), single-threaded below;
 * every other figure is returned too.
 *
 * Used by bench/ingest.ts (the CLI) and bench/run.ts.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ingest, listReportFiles } from '../src/ingest/build.ts';
import { defaultWorkers, IngestPool, MIN_PARALLEL_FILES } from '../src/ingest/parallel.ts';
import type { Datasets } from '../src/schema/datasets.ts';

export interface IngestMeasureOptions {
  reportsDir: string;
  institutionsFile: string;
  /** Worker threads besides the main thread in the parallel ingest (default: cores − 1); 0: no parallel runs. */
  workers?: number;
}

export interface IngestMeasurement {
  files: number;
  bytes: number;
  /** Best of five bare passes (read + split into lines) after one warm-up pass. */
  bareSeconds: number;
  /** The warm parallel run (or the warm single-thread run when workers = 0). */
  ingestSeconds: number;
  /** ingestSeconds / bareSeconds. */
  ratio: number;
  /** Worker threads besides the main thread in the parallel runs (0: none ran). */
  workers: number;
  /** Parallel, first run of a new pool (thread start-up and cold JIT included); null without workers. */
  parallelFirstSeconds: number | null;
  /** Parallel, second run of the same pool (warm threads); null without workers. */
  parallelWarmSeconds: number | null;
  /** Single thread, first ingest() of this process (cold JIT). */
  singleFirstSeconds: number;
  /** Single thread, second ingest() of this process (warm JIT). */
  singleWarmSeconds: number;
  /** singleWarmSeconds / bareSeconds. */
  singleRatio: number;
  /** Data rows the ingest produced (every dataset except reports, institutions and flags). */
  rows: number;
}

const ROW_DATASETS = [
  'budget_lines', 'budget_summaries', 'goals', 'procurement', 'disposals', 'recommendations',
  'deliberations', 'coverage', 'commitments', 'milestones',
] as const;

function seconds(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

/** Reads every file and splits it into lines; returns the number of lines (so nothing is dead code). */
export function barePass(reportsDir: string, files: readonly string[]): number {
  let lines = 0;
  for (const f of files) lines += readFileSync(join(reportsDir, f), 'utf8').split(/\r\n?|\n/).length;
  return lines;
}

export function countRows(d: Datasets): number {
  return ROW_DATASETS.reduce((n, k) => n + d[k].length, 0);
}

async function secondsAsync(fn: () => Promise<void>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

export async function measureIngest(options: IngestMeasureOptions): Promise<IngestMeasurement> {
  const { reportsDir, institutionsFile } = options;
  const files = listReportFiles(reportsDir);
  const bytes = files.reduce((n, f) => n + statSync(join(reportsDir, f)).size, 0);

  barePass(reportsDir, files); // warm the file cache: both passes then read from memory
  const bareSeconds = Math.min(...Array.from({ length: 5 }, () => seconds(() => barePass(reportsDir, files))));

  let rows = 0;
  const run = () => { rows = countRows(ingest({ reportsDir, institutionsFile }).datasets); };
  const singleFirstSeconds = seconds(run);
  const singleWarmSeconds = seconds(run);

  const workers = options.workers ?? defaultWorkers();
  let parallelFirstSeconds: number | null = null;
  let parallelWarmSeconds: number | null = null;
  if (workers >= 1) {
    let parallelRows = 0;
    let pool: IngestPool | null = null;
    try {
      const runPool = async () => { parallelRows = countRows((await pool!.ingest({ reportsDir, institutionsFile }, files)).datasets); };
      parallelFirstSeconds = await secondsAsync(async () => {
        pool = new IngestPool(workers);
        await runPool();
      });
      parallelWarmSeconds = await secondsAsync(runPool);
    } finally {
      await (pool as IngestPool | null)?.close();
    }
    if (parallelRows !== rows) throw new Error(`parallel ingest gave ${parallelRows} rows, single-thread ${rows}`);
  }
  // The headline is the mode `npm run ingest` uses for this many files (src/ingest/cli.ts).
  const ingestSeconds = files.length >= MIN_PARALLEL_FILES && parallelWarmSeconds !== null ? parallelWarmSeconds : singleWarmSeconds;
  return {
    files: files.length, bytes, bareSeconds, ingestSeconds, ratio: ingestSeconds / bareSeconds, rows,
    workers: workers >= 1 ? workers : 0, parallelFirstSeconds, parallelWarmSeconds,
    singleFirstSeconds, singleWarmSeconds, singleRatio: singleWarmSeconds / bareSeconds,
  };
}
