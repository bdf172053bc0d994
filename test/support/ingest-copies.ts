/**
 * One test file's ingest of copied report files: at top level, `useIngestedCopies(files)` copies
 * them into a fresh temporary reports folder before the file's tests, runs the ingest driver
 * (worker threads, a fresh PDF cache) and removes both folders afterwards.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { IngestOptions, IngestResult } from '../../src/ingest/build.ts';
import { ingestParallel } from '../../src/ingest/parallel.ts';

export interface IngestedCopies {
  /** The driver's result (available once the file's beforeAll has run). */
  result: () => IngestResult;
  /** The temporary reports folder. */
  dir: () => string;
  /** The temporary PDF cache folder. */
  cache: () => string;
}

/** Paths of the files to copy (each keeps its name), and ingest options besides the folders. */
export function useIngestedCopies(paths: readonly string[], options: Partial<IngestOptions> = {}): IngestedCopies {
  let dir = '';
  let cache = '';
  let result: IngestResult | undefined;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ca-copies-'));
    cache = mkdtempSync(join(tmpdir(), 'ca-copies-cache-'));
    for (const p of paths) copyFileSync(p, join(dir, basename(p)));
    result = await ingestParallel({ institutionsFile: 'data/institutions.csv', ...options, reportsDir: dir, pdfCacheDir: cache });
  }, 120_000);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  });
  return {
    result: () => {
      if (!result) throw new Error('useIngestedCopies: el ingest aún no ha corrido (úsalo dentro de un test)');
      return result;
    },
    dir: () => dir,
    cache: () => cache,
  };
}
