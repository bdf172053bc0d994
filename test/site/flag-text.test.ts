import { describe, expect, it } from 'vitest';
import { FLAG_CODES, type Flag } from '../../src/schema/datasets.ts';
import { flagValue, readerSentence } from '../../src/site/flag-text.ts';

const MIN = '2023-ministerio-del-interior-rendicion-de-cuentas.txt';

function flag(p: Partial<Flag> & Pick<Flag, 'code' | 'message'>): Flag {
  return {
    report_id: 'r',
    institution_id: 'i',
    severity: 'warning',
    dataset: null,
    field: null,
    source_file: MIN,
    source_line: null,
    ...p,
  };
}

// Messages copied from test/fixtures/site/flags.json (the ingest's output for the seed reports).
const repaired = flag({
  code: 'number_repaired', dataset: 'goals', field: 'planned', source_line: 138,
  message: `número partido reparado (confirma el % declarado 164,85 %): "14805883 1,00" (${MIN}:138)`,
});
const total = flag({
  code: 'total_mismatch', dataset: 'budget_summaries', field: 'executed', source_line: 164,
  message: `el ejecutado del resumen no coincide con la suma de las líneas (31727549.03): 31717549.13 (${MIN}:164)`,
});
const suspicious = flag({
  code: 'value_suspicious', dataset: 'goals', field: 'pct_reported', source_line: 126,
  message: `cumplimiento muy por encima de lo planificado: 400 (${MIN}:126)`,
});
const inferred = flag({
  code: 'institution_inferred', dataset: 'reports', field: 'institution_id',
  source_file: '2023-iess-unidad-rendicion-de-cuentas-fragmento.txt',
  message: 'el informe no nombra a su institución; sus enlaces apuntan a iess.gob.ec: se publica como unidad no identificada de "Instituto Ecuatoriano de Seguridad Social", nunca como cifras de esa institución (2023-iess-unidad-rendicion-de-cuentas-fragmento.txt)',
});

describe('flagValue', () => {
  it('reads the quoted or numeric value between the problem and the source', () => {
    expect(flagValue(repaired)).toBe('14805883 1,00');
    expect(flagValue(total)).toBe(31717549.13);
    expect(flagValue(suspicious)).toBe(400);
  });
  it('finds no value in a message whose problem contains ": " but quotes none at its end', () => {
    expect(flagValue(inferred)).toBeNull();
  });
  it('finds no value when the message does not end with its own source', () => {
    expect(flagValue({ ...total, source_line: 165 })).toBeNull();
  });
});

describe('readerSentence', () => {
  it('names the field in Spanish, with its article, and quotes the value as the report wrote it', () => {
    expect(readerSentence(repaired)).toBe(
      'El valor planificado venía partido o mal escrito en el informe y se reconstruyó; el porcentaje que declara el informe confirma la lectura. En el informe: «14805883 1,00».',
    );
  });
  it('formats money as dollars and percentages with %', () => {
    expect(readerSentence(total)).toBe('El monto ejecutado que declara el informe no coincide con la suma de sus partes. En el informe: $31.717.549,13.');
    expect(readerSentence(suspicious)).toBe('El porcentaje declarado es posible pero poco probable; conviene verificarlo en el original. En el informe: 400\u00a0%.');
  });
  it('the budget planned figure is a budget, a missing value is never zero', () => {
    const missing = flag({ code: 'value_missing', dataset: 'budget_lines', field: 'planned', source_line: 9, message: `presupuesto sin valor: "N/A" (${MIN}:9)` });
    expect(readerSentence(missing)).toBe('El informe no da el presupuesto planificado; se publica como «no reportado», nunca como cero. En el informe: «N/A».');
  });
  it('agrees in gender with a feminine field', () => {
    const neg = flag({ code: 'invalid_record', dataset: 'milestones', field: 'end', source_line: 3, message: `fecha inválida: "31/02/2023" (${MIN}:3)` });
    expect(readerSentence(neg)).toBe('Una fila se dejó fuera porque la fecha de fin no es válida. En el informe: «31/02/2023».');
  });
  it('an identity conflict reads as a report header\'s or as a SERCOP buyer\'s, by dataset', () => {
    const msg = 'el RUC 1798194735001 del comprador en el SERCOP es de "Ministerio del Interior" en el catálogo, pero el comprador se llama "X"; se publica con el nombre del comprador en el SERCOP (paquete.json:9)';
    expect(readerSentence(flag({ code: 'institution_conflict', dataset: 'contracts', field: 'institution_id', message: msg, source_file: 'paquete.json', source_line: 9 })))
      .toBe('El SERCOP registra a este comprador con un RUC o un nombre que en el catálogo corresponden a otra institución; sus procesos se publican con el nombre que da el SERCOP, sin mezclarlos con la otra.');
    expect(readerSentence(flag({ code: 'institution_conflict', dataset: null, message: 'el RUC … (x.txt)' })))
      .toMatch(/^El RUC o el nombre del encabezado corresponden en el catálogo a otra institución; el informe se publica/);
  });
  it('shows no field name, code or file name for any code', () => {
    for (const code of FLAG_CODES) {
      const s = readerSentence(flag({ code, dataset: 'goals', field: 'achieved', source_line: 5, message: `x: 12 (${MIN}:5)` }));
      expect(s).not.toMatch(/achieved|goals|_|\.txt/);
      expect(s.length).toBeGreaterThan(20);
    }
  });
});
