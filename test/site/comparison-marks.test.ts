/**
 * Every comparison marks the value a flag concerns (issue 16, item 3/7), not only the budget:
 * - goals: the Ministerio del Interior's goal declared at 400 % (test/fixtures/site/flags.json,
 *   value_suspicious warning on goals.pct_reported, line 126) marks both averages and nothing
 *   else; its two repaired numbers of line 138 are info notes and mark nothing;
 * - procurement (declared): a flag on awarded_amount marks «Monto adjudicado» and «% del monto
 *   finalizado», not the counts;
 * - SERCOP: a process without amount marks «Monto (SERCOP)», one without procedure type
 *   «Procedimiento principal», a declared/recorded mismatch the difference and «Tipos que no cuadran».
 * And the client-side selection CSV gets each row's alert sentences (`x`, the CSV's «Alertas»).
 */
import { describe, expect, it } from 'vitest';
import { crossCheck } from '../../src/lib/crosscheck.ts';
import { mismatchFlags } from '../../src/ingest/sercop/crosscheck.ts';
import type { Contract, Datasets, Flag } from '../../src/schema/datasets.ts';
import { goalsComparison, procurementComparison, rowAlertText, type BaseRow, type Comparison } from '../../src/site/compare.ts';
import { comparisonCells, comparisonData } from '../../src/site/comparison-data.ts';
import { sercopComparison } from '../../src/site/contracts.ts';
import { fixture, MDI, MDI_FILE, plain } from './helpers.ts';

/** Keys of the columns whose value carries an alert mark in the row of `institution`. */
function markedColumns<R extends BaseRow>(c: Comparison<R>, institution: string, year?: number): string[] {
  const row = c.rows.find((r) => r.institution_id === institution && (year === undefined || r.year === year));
  if (!row) throw new Error(`no row for ${institution}`);
  return comparisonCells(row, c.columns).flatMap((cell, j) => (cell.kind === 'value' && cell.alert ? [c.columns[j]!.key] : []));
}

describe('goals comparison', () => {
  const ds = fixture();
  it('a doubtful goal percentage marks the simple and the capped average of its report', () => {
    expect(markedColumns(goalsComparison(ds), MDI)).toEqual(['promedio', 'promedio_tope']);
  });
  it('the mark reads the reader\'s sentence of the warning only (no field name or code, no info note)', () => {
    const c = goalsComparison(ds);
    const row = c.rows.find((r) => r.institution_id === MDI)!;
    const cell = comparisonCells(row, c.columns).find((x, j) => c.columns[j]!.key === 'promedio_tope')!;
    const alert = cell.kind === 'value' ? cell.alert! : '';
    expect(alert).not.toMatch(/achieved|planned|number_repaired/);
    expect(plain(alert)).toBe('El porcentaje declarado es posible pero poco probable; conviene verificarlo en el original. En el informe: 400 %.');
  });
  it('an info note on a goal marks nothing', () => {
    const base = fixture();
    const info: Flag = {
      report_id: '2021-quito-az-manuela-saenz-informe-de-gestion', institution_id: 'administracion-zonal-manuela-saenz',
      severity: 'info', code: 'value_missing', message: 'planned: vacío (x.txt:25)', dataset: 'goals', field: 'planned',
      source_file: '2021-quito-az-manuela-saenz-informe-de-gestion.txt', source_line: 25,
    };
    const ds2: Datasets = { ...base, flags: [...base.flags.filter((f) => f.dataset !== 'goals'), info] };
    expect(markedColumns(goalsComparison(ds2), 'administracion-zonal-manuela-saenz')).toEqual([]);
  });
});

describe('procurement comparison (declared)', () => {
  it('a flag on the awarded amount marks the amount and the finalized share, not the counts', () => {
    const base = fixture();
    // The Ministerio's first procurement row, CATÁLOGO ELECTRÓNICO, line 170 (test/fixtures/site/procurement.json).
    const flag: Flag = {
      report_id: '2023-ministerio-del-interior-rendicion-de-cuentas', institution_id: MDI, severity: 'warning',
      code: 'value_suspicious', message: 'awarded_amount: improbable (x:170)', dataset: 'procurement', field: 'awarded_amount',
      source_file: MDI_FILE, source_line: 170,
    };
    const ds: Datasets = { ...base, flags: [...base.flags, flag] };
    expect(markedColumns(procurementComparison(ds), MDI)).toEqual(['monto_adjudicado', 'pct_finalizado']);
    expect(markedColumns(procurementComparison(base), MDI)).toEqual([]);
  });
});

describe('SERCOP comparison', () => {
  let n = 0;
  const contract = (year: number, key: string, amount: number | null, institution_id = MDI): Contract => ({
    ocid: `ocds-marks-${++n}`, institution_id, buyer_name: 'MINISTERIO DEL INTERIOR', buyer_ruc: null, year, month: 3,
    procedure: key, procedure_key: key, method: null, amount, amount_reported: amount === null ? null : String(amount),
    date: `${year}-03-15`, title: `T${n}`, description: null, locality: null, region: null, suppliers: null,
    source_file: 'sercop.csv', source_line: n + 1, source_pointer: null,
  });
  const contracts = [contract(2023, 'catalogo_electronico', 5_000_000), contract(2023, 'otras', null), contract(2021, 'catalogo_electronico', 10)];
  const base = fixture();
  // The flags the SERCOP ingest raises on a process without amount or procedure type (src/ingest/sercop/).
  const processFlags: Flag[] = [
    { report_id: null, institution_id: MDI, severity: 'warning', code: 'value_missing', message: 'proceso sin monto: "ocds-marks-2" (sercop.csv:3)', dataset: 'contracts', field: 'amount', source_file: 'sercop.csv', source_line: 3 },
    { report_id: null, institution_id: MDI, severity: 'warning', code: 'procedure_unknown', message: 'proceso sin tipo de procedimiento; se cuenta como "otras": "ocds-marks-2" (sercop.csv:3)', dataset: 'contracts', field: 'procedure_key', source_file: 'sercop.csv', source_line: 3 },
    { report_id: null, institution_id: MDI, severity: 'info', code: 'number_repaired', message: 'monto con más de dos decimales, redondeado a 10: "10.001" (sercop.csv:4)', dataset: 'contracts', field: 'amount', source_file: 'sercop.csv', source_line: 4 },
  ];
  const ds: Datasets = { ...base, contracts, flags: [...base.flags, ...processFlags, ...mismatchFlags(crossCheck(base.procurement, contracts))] };
  const c = sercopComparison(ds);

  it('2023: the missing amount, the unknown procedure type and the mismatch with the report are marked', () => {
    expect(markedColumns(c, MDI, 2023)).toEqual(['monto', 'principal', 'diferencia', 'no_cuadran']);
  });
  it('2021: an info note (amount rounded) marks nothing', () => {
    expect(markedColumns(c, MDI, 2021)).toEqual([]);
  });
  it('the row\'s alert sentences reach the data the page loads (the selection CSV\'s «Alertas»)', () => {
    const rows = comparisonData(c.rows, c.columns).rows;
    const r2023 = rows.find((r) => r.k === `${MDI}--sercop-2023`)!;
    expect(r2023.x).toBe(rowAlertText(c.rows.find((r) => r.key === `${MDI}--sercop-2023`)!));
    expect(r2023.x).toContain('«otras»');
    expect(rows.find((r) => r.k === `${MDI}--sercop-2021`)!.x).toBeNull();
  });
});
