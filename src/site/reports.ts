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
import { REPORT_LINES_PER_PAGE } from './paths.ts';

/** Line count of each report file of the current folders, null when not available (build context). */
const available = () => reportAvailability(reportsDir(), dataDir());

/**
 * The original text of a report file, or null when not available. Read on each call and not
 * kept: at national scale the texts are ~100 MB, too much to hold for the whole build.
 */
export function reportText(file: string): ReportText | null {
  const t = readReportText(file);
  available().set(file, t ? t.lines.length : null);
  return t;
}

/** Number of lines of a report's text, or null when not available; the answer is cached, the text is not. */
export function reportLineCount(file: string): number | null {
  const known = available();
  let n = known.get(file);
  if (n === undefined) {
    n = readReportText(file)?.lines.length ?? null;
    known.set(file, n);
  }
  return n;
}

/** Whether the source view of this file exists (so citations can link to it). */
export function hasReportText(file: string): boolean {
  return reportLineCount(file) !== null;
}

/** Reports whose original file is available (each gets a line-numbered view). */
export function reportsWithText(ds: Datasets): Report[] {
  return ds.reports.filter((r) => hasReportText(r.source_file));
}

/** Number of pages of a report's line view (REPORT_LINES_PER_PAGE lines each; at least 1). */
export function reportViewPages(report: Report): number {
  return Math.max(1, Math.ceil((reportLineCount(report.source_file) ?? 0) / REPORT_LINES_PER_PAGE));
}

/**
 * Escapes text for an HTML text node (the report is shown as text, never as HTML). Quotes are
 * escaped too, although a text node does not need it, so that no page holds a report's
 * `href="javascript:…` as raw characters (test/e2e/hostile.test.ts scans the HTML for them).
 */
function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * The `<li>` items of lines `from`..`to` (1-based, inclusive) of a line view, as one HTML string
 * with the least markup that still gives every line its anchor (`<li id=L12>` with the optional
 * end tag left out: ~7 bytes per line less than Astro's `<li id="L12">…</li>`). A page marker
 * opens the line where a page begins, linking to that page of the PDF when `pdfUrl` is given.
 */
export function sourceLinesHtml(
  lines: readonly string[], from: number, to: number,
  markers: readonly { line: number; page: number; to: number }[],
  pdfUrl: ((page: number) => string) | null,
): string {
  const atLine = new Map(markers.map((m) => [m.line, m]));
  const out: string[] = [];
  for (let n = from; n <= Math.min(to, lines.length); n++) {
    const m = atLine.get(n);
    const marker = m
      ? `<span class=page-marker id=p${m.page}>${m.to !== m.page ? `páginas ${m.page}–${m.to}` : `página ${m.page}`}${pdfUrl ? ` · <a href="${escapeText(pdfUrl(m.to))}">ver en el PDF</a>` : ''}</span>`
      : '';
    out.push(`<li id=L${n}>${marker}${escapeText(lines[n - 1]!)}`);
  }
  return out.join('');
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

/**
 * What a reader must know first about a report whose figures no parser reads (format
 * `documento`): a plain sentence, or null for a report whose figures the explorer publishes.
 */
export function figuresNotice(report: Pick<Report, 'format'>): string | null {
  if (report.format !== 'documento') return null;
  return 'Todavía no leemos las cifras de este documento: el explorador publica su título, su institución y su periodo, '
    + 'pero ninguna de sus tablas, así que no aparece en los gráficos ni en las comparaciones. Sus cifras están en el original.';
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
