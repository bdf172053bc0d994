/**
 * What every SERCOP source (CSV row, OCDS release, OCDS record) is read into before the
 * releases of one ocid are merged by date and become a `contracts` row.
 */
import type { FlagDraft } from '../types.ts';

export interface ProcessRelease {
  ocid: string;
  /** Release date as written (ISO 8601 with offset), used to order releases; null when absent. */
  date: string | null;
  /** Year and month of the process, when the source gives them. */
  year: number | null;
  month: number | null;
  buyer_name: string | null;
  buyer_ruc: string | null;
  procedure: string | null;
  method: string | null;
  /** Exact decimal text of the amount, or null. */
  amount: string | null;
  title: string | null;
  description: string | null;
  locality: string | null;
  region: string | null;
  suppliers: string | null;
  /** csv: a row of a flat export; release: one release of a release package; record: a record. */
  kind: 'csv' | 'release' | 'record';
  source_file: string;
  source_line: number;
  source_pointer: string | null;
}

/** A file's releases and the flags reading it raised. */
export interface ReadResult {
  releases: ProcessRelease[];
  flags: FlagDraft[];
}

/** Trimmed text, or null when empty or not a string/number. */
export function text(v: unknown): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return null;
  const t = v.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}
