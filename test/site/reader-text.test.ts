/** Small wording fixes found walking the pages at 375 and 1280 px. */
import { describe, expect, it } from 'vitest';
import { FORMAT_DOCS, formatDocCount, headingText } from '../../src/site/format.ts';

describe('formatDocCount (/metodologia/, each format\'s heading)', () => {
  it('singular for one report, plural otherwise, for every format\'s label', () => {
    expect(formatDocCount({ countLabel: 'informes' }, 1)).toBe('1 informe');
    expect(formatDocCount({ countLabel: 'informes' }, 2)).toBe('2 informes');
    expect(formatDocCount({ countLabel: 'informes' }, 0)).toBe('0 informes');
    expect(formatDocCount({ countLabel: 'documentos' }, 1)).toBe('1 documento');
    expect(formatDocCount({ countLabel: 'archivos' }, 1_500)).toBe('1.500 archivos');
    expect(FORMAT_DOCS.map((d) => formatDocCount(d, 1))).toEqual(FORMAT_DOCS.map((d) => `1 ${({ informes: 'informe', archivos: 'archivo', documentos: 'documento' } as Record<string, string>)[d.countLabel]}`));
  });
});

describe('headingText (sortable table headings)', () => {
  it('keeps a number with its % and «p. p.» together; the label (CSV header) is untouched', () => {
    expect(headingText('% metas (tope 100 %)')).toBe('% metas (tope 100\u00a0%)');
    expect(headingText('Cambio frente al año anterior (p. p.)')).toBe('Cambio frente al año anterior (p.\u00a0p.)');
    expect(headingText('Monto (SERCOP, USD)')).toBe('Monto (SERCOP, USD)');
  });
});
