/**
 * One chunk of files of a parallel ingest (parallel.ts), ingested into its own datasets, on
 * whichever thread runs it (a worker, worker.ts, or the main thread).
 */
import type { Datasets, Institution } from '../schema/datasets.ts';
import { emptyDatasets, ingestFile, type FileSummary, type IngestContext } from './build.ts';

export interface ChunkResult {
  /** Only the datasets that got rows. */
  datasets: Partial<Datasets>;
  summaries: FileSummary[];
  /** Institutions outside the catalogue, in the order the files met them (see ExtraInstitutionSink). */
  extras: { inst: Institution; ifAbsent: boolean }[];
}

export function runChunk(ctx: IngestContext, reportsDir: string, files: readonly string[]): ChunkResult {
  const out = emptyDatasets();
  const extras: ChunkResult['extras'] = [];
  const summaries = files.map((file) => ingestFile(ctx, reportsDir, file, out, (inst, ifAbsent) => extras.push({ inst, ifAbsent })));
  const datasets: Partial<Datasets> = {};
  for (const [name, rows] of Object.entries(out)) if (rows.length) (datasets as Record<string, unknown>)[name] = rows;
  return { datasets, summaries, extras };
}
