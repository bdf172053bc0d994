/**
 * What ingest and site both need to know about PDFs, without loading PDF.js: whether bytes are a
 * PDF, and on which page a line of its extracted text stands (reports.page_starts).
 */
import { countAtMost } from './sorted.ts';

/** True for the bytes of a PDF: "%PDF-" within the first 1,024 bytes (compressed or not). */
export function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024));
  return head.includes('%PDF-', 0, 'latin1');
}

/**
 * The 1-based page of a 1-based line, given the 1-based line where each page starts (null when
 * there is no page map). Pages without text share their start with the next page: the line is on
 * the last of them.
 */
export function pageOfLine(pageStarts: readonly number[] | null | undefined, line: number): number | null {
  if (!pageStarts || pageStarts.length === 0) return null;
  return Math.max(1, countAtMost(pageStarts, line));
}
