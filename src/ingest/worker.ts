/**
 * Worker thread of the parallel ingest (parallel.ts): ingests the chunks of files it is sent
 * (chunk.ts) and posts back each chunk's rows, per-file summaries and institutions outside the
 * catalogue, for the main thread to merge in file order. Loaded through worker-bootstrap.mjs,
 * which makes TypeScript importable first.
 */
import { parentPort } from 'node:worker_threads';
import { createContext, type IngestContext } from './build.ts';
import { runChunk, type ChunkResult } from './chunk.ts';
import { CatalogError } from './institutions.ts';
import type { PdfExtraction } from './pdf/extract.ts';

/** Main → worker. */
export interface ChunkRequest {
  job: number;
  index: number;
  reportsDir: string;
  institutionsFile: string;
  files: string[];
  /** Extracted texts of the chunk's PDFs. */
  pdf: [string, PdfExtraction][];
}

/** Worker → main. */
export type ChunkResponse =
  | ({ ok: true; job: number; index: number } & ChunkResult)
  | { ok: false; job: number; index: number; message: string; catalog: boolean };

let context: { job: number; ctx: IngestContext } | null = null;

function run(req: ChunkRequest): ChunkResponse {
  if (!context || context.job !== req.job) {
    context = { job: req.job, ctx: createContext({ reportsDir: req.reportsDir, institutionsFile: req.institutionsFile }) };
  }
  const ctx = req.pdf.length ? { ...context.ctx, pdf: new Map(req.pdf) } : context.ctx;
  return { ok: true, job: req.job, index: req.index, ...runChunk(ctx, req.reportsDir, req.files) };
}

parentPort!.on('message', (req: ChunkRequest) => {
  let res: ChunkResponse;
  try {
    res = run(req);
  } catch (err) {
    res = { ok: false, job: req.job, index: req.index, message: (err as Error).message ?? String(err), catalog: err instanceof CatalogError };
  }
  parentPort!.postMessage(res);
});
