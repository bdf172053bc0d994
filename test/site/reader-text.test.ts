/** Small wording fixes found walking the pages at 375 and 1280 px. */
import { describe, expect, it } from 'vitest';
import { FORMAT_DOCS, formatDocCount } from '../../src/site/format.ts';

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
