/**
 * Shared shapes of the synthetic corpus: the line builder every generator writes with, and
 * the manifest entry ("truth") each generated report comes with.
 */
import type { FlagCode, Format } from '../schema/datasets.ts';
import type { CorpusInstitution } from './institutions.ts';
import type { Rng } from './prng.ts';

/** Builds a report line by line and knows each line's 1-based number. */
export class Doc {
  private readonly lines: string[] = [];

  /** Appends one line; returns its 1-based number. */
  line(text = ''): number {
    this.lines.push(text);
    return this.lines.length;
  }

  /** Appends a tab-separated row; returns its line number. */
  row(cells: readonly (string | number)[]): number {
    return this.line(cells.join('\t'));
  }

  /** Appends n empty lines. */
  blank(n = 1): void {
    for (let i = 0; i < n; i++) this.lines.push('');
  }

  /** Number of the next line to be written. */
  get next(): number {
    return this.lines.length + 1;
  }

  /** The text: lines joined with "\n", no final newline (as the bundled reports). */
  text(): string {
    return this.lines.join('\n');
  }
}

/** Kinds of noise the generators inject (see each generator's header). */
export type NoiseKind =
  | 'ocr_split'
  | 'na_value'
  | 'garbled_pct'
  | 'garbled_value'
  | 'html'
  | 'total_row_mismatch'
  | 'summary_mismatch'
  | 'summary_parts_mismatch'
  | 'goals_total_mismatch'
  | 'attendees_mismatch'
  | 'missing_section'
  | 'ungrouped_money'
  | 'ocr_junk'
  | 'lost_columns'
  | 'page_break';

/** One injected irregularity and the flag the ingest must raise for it (null: none expected). */
export interface NoiseEntry {
  kind: NoiseKind;
  /** Flag code the ingest must raise at each of `lines` (null: no flag, e.g. HTML to strip). */
  flag: FlagCode | null;
  dataset: string | null;
  field: string | null;
  /** 1-based lines where it was injected (empty for whole-file noise). */
  lines: number[];
  /** Short human note ("executed +$1.234,56", "section ENAJENACIÓN removed"). */
  note?: string;
}

/** [line, planned_cents, executed_cents, pct_reported] (pct in percent units, null if unreadable). */
export type BudgetRow = [number, number | null, number | null, number | null];
/** [line, planned, achieved, pct_reported, unit_number] (values as the ingest must read them). */
export type GoalRow = [number, number | null, number | null, number | null, number | null];
/** [line, procedure as printed, awarded_count, awarded_cents, finalized_count, finalized_cents]. */
export type ProcurementRow = [number, string, number, number, number, number];

export type Variant = 'complete' | 'fragment';

/** What a generated report holds: the truth the tests compare the ingest against. */
export interface ReportTruth {
  file: string;
  format: Format;
  variant: Variant;
  year: number;
  institution: { id: string; name: string; ruc: string };
  /** False when the publisher is left out of DIR/institutions.csv: the ingest must publish it from its header. */
  in_catalogue: boolean;
  /**
   * The institution the ingest must publish the report under: the publisher itself (its header's
   * name when it is not in the catalogue), or, for a fragment (names nobody), the unidentified
   * unit of the publisher its links point to.
   */
  published_as: { id: string; name: string; parent_id: string | null };
  /** What the ingest's report.complete must be. */
  complete: boolean;
  report_number: string | null;
  counts: {
    budget_lines: number;
    goals: number;
    procurement: number;
    disposals: number;
    recommendations: number;
    coverage: number;
    deliberations: number;
  };
  /** Money in integer cents; null where the report has no such figure. */
  budget: {
    /** Sum of the budget lines (projects) as printed, repaired splits included. */
    lines_planned_cents: number | null;
    lines_executed_cents: number | null;
    /** The CPCCS "Total" row as printed. */
    total_row_planned_cents: number | null;
    total_row_executed_cents: number | null;
    /** The institutional total the ingest must put in budget_summaries (PRESUPUESTO INSTITUCIONAL, or the sum of projects). */
    summary_planned_cents: number | null;
    summary_executed_cents: number | null;
  };
  goals_pct_reported: number | null;
  /** Line of the TOTAL % CUMPLIMIENTO row that states it (null with no stated total). */
  goals_pct_reported_line: number | null;
  deliberation: { line: number; date: string; attendees: number } | null;
  noise: NoiseEntry[];
  rows: { budget_lines: BudgetRow[]; goals: GoalRow[]; procurement: ProcurementRow[] };
  /** LOTAIP: [unit_number, unit name] of each administrative unit. */
  units?: [number, string][];
  bytes: number;
}

/** What a report generator gets: who, which year, its own random stream, the noise it must carry. */
export interface GenContext {
  inst: CorpusInstitution;
  parent: CorpusInstitution | undefined;
  year: number;
  rng: Rng;
  /** Noise kinds this report must carry when its format allows them. */
  forced: readonly NoiseKind[];
  /** Domain of its verification links when not its own (another institution's repository). */
  linkDomain?: string;
}

/** A generated report: its text and its truth (the index adds the file name and size). */
export type Generated = { text: string; truth: Omit<ReportTruth, 'file' | 'bytes' | 'in_catalogue' | 'published_as'> };
