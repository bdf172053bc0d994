import { describe, expect, it } from 'vitest';
import { nearestColumn, splitCells } from '../../src/ingest/cells.ts';

describe('splitCells', () => {
  it('splits space-aligned layout text on runs of two or more spaces, keeping character columns', () => {
    // Line 1356 of test/fixtures/informe-gestion-tablas/portoparques-2025-informe-gestion.layout.txt (shortened).
    const line = ' PLN-2025-02010        51            GASTOS EN            $588.065,93       $526.889,63        89,60%';
    expect(splitCells(line)).toEqual([
      { text: 'PLN-2025-02010', start: 1, end: 15, tabbed: false },
      { text: '51', start: 23, end: 25, tabbed: false },
      { text: 'GASTOS EN', start: 37, end: 46, tabbed: false },
      { text: '$588.065,93', start: 58, end: 69, tabbed: false },
      { text: '$526.889,63', start: 76, end: 87, tabbed: false },
      { text: '89,60%', start: 95, end: 101, tabbed: false },
    ]);
  });

  it('keeps a single space inside a cell and treats form feeds as spaces', () => {
    expect(splitCells('\f2025-enero              0 Kg/Año').map((c) => [c.text, c.start])).toEqual([
      ['2025-enero', 1], ['0 Kg/Año', 25],
    ]);
  });

  it('uses TABs when present: position = cell index, empty cells skipped but counted', () => {
    expect(splitCells('PLN-2025-02010\t51\t\tGASTOS  EN\t')).toEqual([
      { text: 'PLN-2025-02010', start: 0, end: 1, tabbed: true },
      { text: '51', start: 1, end: 2, tabbed: true },
      { text: 'GASTOS EN', start: 3, end: 4, tabbed: true },
    ]);
    expect(splitCells('')).toEqual([]);
    expect(splitCells('   \t  ')).toEqual([]);
  });
});

describe('nearestColumn', () => {
  it('maps a cell to the header whose centre is nearest', () => {
    // Header of page 20 (line 1227): Meta at 52-56, Ejecución at 83-92.
    const header = splitCells('    Plan - Proyecto           Indicador             Meta                           Ejecución');
    expect(header.map((h) => h.text)).toEqual(['Plan - Proyecto', 'Indicador', 'Meta', 'Ejecución']);
    const meta = splitCells(' MANTENIMIENTO DE                                    75%')[1]!;
    expect(nearestColumn(meta, header)).toBe(2);
    const result = splitCells('                        administrativo     y          6                               6')[3]!;
    expect(nearestColumn(result, header)).toBe(3);
    expect(nearestColumn(meta, [])).toBe(-1);
  });
});
