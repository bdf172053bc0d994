/**
 * The line-numbered source view of each report (/informes/{id}/): which reports have their
 * original file available, and whether the file still matches the hash recorded at ingest.
 */
import type { Datasets, Report } from '../schema/datasets.ts';
import { readReportText, type ReportText } from './data.ts';

const available = new Map<string, boolean>();

/**
 * The original text of a report file, or null when not available. Read on each call and not
 * kept: at national scale the texts are ~100 MB, too much to hold for the whole build.
 */
export function reportText(file: string): ReportText | null {
  const t = readReportText(file);
  available.set(file, t !== null);
  return t;
}

/** Whether the source view of this file exists (so citations can link to it); the answer is cached, the text is not. */
export function hasReportText(file: string): boolean {
  let ok = available.get(file);
  if (ok === undefined) {
    ok = readReportText(file) !== null;
    available.set(file, ok);
  }
  return ok;
}

/** Reports whose original file is available (each gets a line-numbered view). */
export function reportsWithText(ds: Datasets): Report[] {
  return ds.reports.filter((r) => hasReportText(r.source_file));
}

export interface ReportSource {
  report: Report;
  lines: string[];
  /** True when the file on disk has the SHA-256 recorded by the ingest. */
  verified: boolean;
}

/** One report with its lines (read now), or null when its file is not available. */
export function reportSource(report: Report): ReportSource | null {
  const t = reportText(report.source_file);
  return t ? { report, lines: t.lines, verified: t.sha256 === report.sha256 } : null;
}
