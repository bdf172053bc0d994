/**
 * The line-numbered source view of each report (/informes/{id}/): which reports have their
 * original file available, and whether the file still matches the hash recorded at ingest.
 */
import type { Datasets, Report } from '../schema/datasets.ts';
import fs from 'node:fs';
import path from 'node:path';
import { isPdf } from '../lib/pdf.ts';
import { dataDir, readReportText, reportsDir, type ReportText } from './data.ts';
import { reportAvailability } from './context.ts';

/** Which report files of the current folders are available (build context). */
const available = () => reportAvailability(reportsDir(), dataDir());

/**
 * The original text of a report file, or null when not available. Read on each call and not
 * kept: at national scale the texts are ~100 MB, too much to hold for the whole build.
 */
export function reportText(file: string): ReportText | null {
  const t = readReportText(file);
  available().set(file, t !== null);
  return t;
}

/** Whether the source view of this file exists (so citations can link to it); the answer is cached, the text is not. */
export function hasReportText(file: string): boolean {
  const known = available();
  let ok = known.get(file);
  if (ok === undefined) {
    ok = readReportText(file) !== null;
    known.set(file, ok);
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
  /** True for a PDF: `lines` are its extracted text, and the PDF is published beside the view. */
  pdf: boolean;
  /** Page markers: before line `line` (1-based) begins page `page`; empty without a page map. */
  pages: { line: number; page: number; to: number }[];
}

/** One report with its lines (read now), or null when its file is not available. */
export function reportSource(report: Report): ReportSource | null {
  const t = reportText(report.source_file);
  if (!t) return null;
  return { report, lines: t.lines, verified: t.sha256 === report.sha256, pdf: t.pdf, pages: pageMarkers(report.page_starts, t.lines.length) };
}

/**
 * Where each page begins in a text of `lineCount` lines. Pages without text share their first
 * line with the next page: the marker names them together ("páginas 3–4" is one marker at that line).
 */
export function pageMarkers(pageStarts: readonly number[] | null | undefined, lineCount: number): { line: number; page: number; to: number }[] {
  const out: { line: number; page: number; to: number }[] = [];
  (pageStarts ?? []).forEach((line, i) => {
    if (line > lineCount) return;
    const prev = out[out.length - 1];
    if (prev && prev.line === line) prev.to = i + 1;
    else out.push({ line, page: i + 1, to: i + 1 });
  });
  return out;
}

/** PDF reports whose original file and extracted text are available: the PDF is published at /informes/{id}.pdf. */
export function reportsWithPdf(ds: Datasets): Report[] {
  // Only the first KiB of each file is read to tell a PDF (the texts are not decoded again).
  return reportsWithText(ds).filter((r) => isPdfFile(r.source_file));
}

function isPdfFile(file: string): boolean {
  const full = path.join(reportsDir(), file);
  const fd = fs.openSync(full, 'r');
  try {
    const buf = new Uint8Array(1024);
    return isPdf(buf.subarray(0, fs.readSync(fd, buf, 0, 1024, 0)));
  } finally {
    fs.closeSync(fd);
  }
}

/** The original file's bytes (for publishing the PDF), or null. */
export function reportFileBytes(file: string): Uint8Array | null {
  if (!file || file.includes('/') || file.includes('\\') || file.startsWith('.')) return null;
  const full = path.join(reportsDir(), file);
  return fs.existsSync(full) ? new Uint8Array(fs.readFileSync(full)) : null;
}
