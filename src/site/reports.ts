/**
 * The line-numbered source view of each report (/informes/{id}/): which reports have their
 * original file available, and whether the file still matches the hash recorded at ingest.
 */
import type { Datasets, Report } from '../schema/datasets.ts';
import { readReportText, type ReportText } from './data.ts';

const cache = new Map<string, ReportText | null>();

/** The original text of a report file (cached), or null when not available. */
export function reportText(file: string): ReportText | null {
  if (!cache.has(file)) cache.set(file, readReportText(file));
  return cache.get(file) ?? null;
}

/** Whether the source view of this file exists (so citations can link to it). */
export function hasReportText(file: string): boolean {
  return reportText(file) !== null;
}

export interface ReportSource {
  report: Report;
  lines: string[];
  /** True when the file on disk has the SHA-256 recorded by the ingest. */
  verified: boolean;
}

/** Reports whose original file is available, with its lines. */
export function reportSources(ds: Datasets): ReportSource[] {
  const out: ReportSource[] = [];
  for (const report of ds.reports) {
    const t = reportText(report.source_file);
    if (t) out.push({ report, lines: t.lines, verified: t.sha256 === report.sha256 });
  }
  return out;
}

/** Map from source file name to report id, for citations that only know the file. */
export function reportIdByFile(ds: Datasets): Map<string, string> {
  return new Map(ds.reports.map((r) => [r.source_file, r.id]));
}
