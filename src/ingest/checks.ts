/**
 * Cross-cutting quality checks the driver runs on every report's records, whatever
 * its format. Format-specific checks (a table's Total row against its lines, OCR repairs)
 * live in the parsers, which know the sections.
 */
import { percentAgrees } from '../lib/numbers.ts';
import { flag, type FlagDraft, type ParseResult, type SourceText } from './types.ts';

interface PctRecord {
  pct_reported: number | null;
  pct_computed: number | null;
  source_line: number;
}

function fmt(n: number): string {
  return n.toLocaleString('es-EC', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** `pct_mismatch` where a reported % differs from the computed one by more than rounding. */
export function pctMismatchFlags(src: SourceText, dataset: string, rows: readonly PctRecord[]): FlagDraft[] {
  const out: FlagDraft[] = [];
  for (const r of rows) {
    if (r.pct_reported === null || r.pct_computed === null) continue;
    if (percentAgrees(r.pct_reported, r.pct_computed)) continue;
    out.push(
      flag(src, 'warning', 'pct_mismatch',
        `el % reportado (${fmt(r.pct_reported)} %) difiere del calculado (${fmt(r.pct_computed)} %)`,
        null, r.source_line, { dataset, field: 'pct_reported' }),
    );
  }
  return out;
}

/**
 * Fields no report form allows below zero: money (a budget, an award, an asset's value) and a
 * goal's planned and achieved values. Counts are non-negative in the schemas themselves.
 */
export const NON_NEGATIVE_FIELDS = {
  budget_lines: ['planned', 'executed'],
  budget_summaries: ['planned', 'executed', 'current_planned', 'current_executed', 'investment_planned', 'investment_executed'],
  procurement: ['awarded_amount', 'finalized_amount'],
  disposals: ['amount'],
  goals: ['planned', 'achieved'],
} as const;

/** `value_negative` for every negative value in a field of NON_NEGATIVE_FIELDS (the value is kept). */
export function negativeFlags(src: SourceText, result: ParseResult): FlagDraft[] {
  const out: FlagDraft[] = [];
  for (const [dataset, fields] of Object.entries(NON_NEGATIVE_FIELDS)) {
    for (const row of result[dataset as keyof typeof NON_NEGATIVE_FIELDS] as unknown as Record<string, unknown>[]) {
      for (const field of fields) {
        const v = row[field];
        if (typeof v === 'number' && v < 0) {
          out.push(flag(src, 'warning', 'value_negative', `${field} negativo, que el formulario no admite`, v, row.source_line as number, { dataset, field }));
        }
      }
    }
  }
  return out;
}

/** All driver-side checks for one parsed report. */
export function runChecks(src: SourceText, result: ParseResult): FlagDraft[] {
  return [
    ...pctMismatchFlags(src, 'budget_lines', result.budget_lines),
    ...pctMismatchFlags(src, 'budget_summaries', result.budget_summaries),
    ...pctMismatchFlags(src, 'goals', result.goals),
    ...negativeFlags(src, result),
  ];
}
