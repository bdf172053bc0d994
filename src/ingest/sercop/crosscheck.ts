/** `procurement_mismatch` flags from the declared-vs-SERCOP rows of `lib/crosscheck.ts`. */
import type { Flag } from '../../schema/datasets.ts';
import type { CrossCheckRow } from '../../lib/crosscheck.ts';
import { flagMessage } from '../types.ts';

const usd = (c: number) => `$${(c / 100).toLocaleString('es-EC', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** One `procurement_mismatch` warning per mismatching row, placed on the declared figure when there is one. */
export function mismatchFlags(rows: readonly CrossCheckRow[]): Flag[] {
  return rows.filter((r) => r.mismatch).map((r) => {
    const at = r.declared_row
      ? { file: r.declared_row.source_file, line: r.declared_row.source_line, report_id: r.declared_row.report_id, dataset: 'procurement', field: 'awarded_amount' }
      : { file: r.first_contract!.source_file, line: r.first_contract!.source_line, report_id: null, dataset: 'contracts', field: 'amount' };
    const value = `declarado ${usd(r.declared_cents ?? 0)}, SERCOP ${usd(r.recorded_cents)} en ${r.recorded_count} procesos`;
    return {
      report_id: at.report_id, institution_id: r.institution_id, severity: 'warning', code: 'procurement_mismatch',
      message: flagMessage(`contratación declarada distinta de la registrada en el SERCOP (${r.procedure_key}, ${r.year})`, value, at.file, at.line),
      dataset: at.dataset, field: at.field, source_file: at.file, source_line: at.line,
    } satisfies Flag;
  });
}
