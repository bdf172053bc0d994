import type { SearchPayload } from './search-payload.ts';
import type { IngestMeasurement } from './ingest-measure.ts';

/** The figures `npm run bench` gathers (bench/run.ts) and renders into BENCHMARKS.md (bench/report.ts). */

/** A corpus size: the five bundled reports, or N generated reports. */
export type Size = 'seeds' | number;

/** What measureIngest (bench/ingest-measure.ts) returns: bare pass vs warm and cold ingest. */
export type IngestFigures = IngestMeasurement;

/** One build phase run as a child process. */
export interface PhaseFigures {
  seconds: number;
  /** Peak resident memory of the phase's process tree, bytes. */
  peakRssBytes: number;
  /** Who held the largest summed RSS sample ("node 2900 MB + pagefind 1400 MB"); progress log only. */
  breakdown?: string;
}

export const PHASES = ['ingest', 'astro', 'pagefind'] as const;
export type PhaseName = (typeof PHASES)[number];

export interface BuildFigures {
  reports: number;
  /** HTML pages of the built site (search bundle excluded); 0 when the build failed. */
  pages: number;
  /** The phases that ran, in order; a failed phase has its figures up to its failure. */
  phases: Partial<Record<PhaseName, PhaseFigures>>;
  /** The phase that failed (the build stopped there), or null. */
  failed: PhaseName | null;
  /** 1-minute load average of the machine when the build started. */
  loadAverage: number;
}

export interface WeightFigures {
  /** Page path relative to the site ("instituciones/x/index.html"). */
  page: string;
  total: number;
  js: number;
}

export interface WeightsFigures {
  home: WeightFigures | null;
  institutions: WeightFigures | null;
  largestProfile: WeightFigures | null;
  medianProfile: WeightFigures | null;
  comparisons: Record<string, WeightFigures | null>;
  /** gzip bytes of each comparison's on-demand data (comparar/{name}.json), null when absent. */
  comparisonData: Record<string, number | null>;
  profiles: number;
  /** Largest JS (gzip bytes) of any profile. */
  profileMaxJs: number;
  /** Profiles over their budget (JS > 20 KB or total > 100 KB, gzip). */
  profilesOverBudget: number;
}

/** What bench/search-payload.ts measures, without where it ran. */
export type SearchFigures = Omit<SearchPayload, 'site' | 'base' | 'files'>;

/** Bytes and files of the built site, in total and per top-level folder (scripts/site-size.mjs). */
export interface SiteSizeFigures {
  bytes: number;
  files: number;
  folders: { folder: string; bytes: number; files: number }[];
}

/** Everything measured at one size; a measurement that failed is null and its error is listed. */
export interface SizeResult {
  size: Size;
  ingest: IngestFigures | null;
  build: BuildFigures | null;
  weights: WeightsFigures | null;
  search: SearchFigures | null;
  /** Size of the built site on disk (absent in runs before it was measured). */
  site?: SiteSizeFigures | null;
  errors: string[];
}

export interface Machine {
  cpu: string;
  cores: number;
  ramBytes: number;
  node: string;
  os: string;
}

export interface BenchDoc {
  /** ISO date-time (UTC, minutes) when the run started. */
  date: string;
  command: string;
  machine: Machine;
  /** How peak memory was measured (one sentence). */
  memoryMethod: string;
  results: SizeResult[];
}
