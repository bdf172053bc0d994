/**
 * Column recovery on real `pdftotext -layout` output (test/fixtures/layout/, README there): it
 * never throws, keeps every line, and the budget table of the Portoparques management report comes
 * out one cell per column, empty cells kept. Expected cells are read from the layout text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recoverColumns } from '../../src/ingest/layout/recover.ts';
import { ingestText } from '../support/untab.ts';

const DIR = 'test/fixtures/layout';
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.layout.txt')).sort();
const read = (f: string) => readFileSync(`${DIR}/${f}`, 'utf8');

describe('real layout texts', () => {
  it('three fixtures, no TAB in any', () => {
    expect(FILES).toHaveLength(3);
    for (const f of FILES) expect(read(f)).not.toContain('\t');
  });

  for (const f of FILES) {
    it(`${f}: same line count, every non-table line unchanged, ingest gives a flag instead of throwing`, () => {
      const text = read(f);
      const out = recoverColumns(text);
      const a = text.split('\n');
      const b = out.text.split('\n');
      expect(b).toHaveLength(a.length);
      expect(out.rowsRewritten).toBeGreaterThan(20);
      for (let i = 0; i < a.length; i++) {
        // a line is either as it was or its cells, in order, with the spaces between cells gone
        if (!b[i]!.includes('\t')) expect(b[i]).toBe(a[i]);
        else expect(b[i]!.replace(/^\f/, '').split('\t').filter(Boolean).join(' ')).toBe(a[i]!.replace(/^\f/, '').trim().replace(/ {2,}/g, ' '));
      }
      const d = ingestText(f, text);
      expect(d.flags.length).toBeGreaterThan(0);
    });
  }

  it('Portoparques budget execution (p. 21 and 23): one cell per column, empty cells kept', () => {
    const lines = recoverColumns(read('portoparques-2025-informe-gestion.layout.txt')).text.split('\n');
    const cells = (n: number) => lines[n - 1]!.replace(/^\f/, '').split('\t');
    expect(cells(1351).slice(0, 7)).toEqual(['PLAN/PROYECTO', 'CÓDIGO', 'PARTIDA', 'PRESUPUESTO', 'PRESUPUESTO', '% AVANCE DEL', 'OBSERVACI']);
    expect(cells(1356).slice(0, 7)).toEqual(['PLN-2025-02010', '51', 'GASTOS EN', '$588.065,93', '$526.889,63', '89,60%', 'La ejecución']);
    expect(cells(1359).slice(0, 7)).toEqual(['INSTITUCIONAL', '5101', 'REMUNERACIONES', '$436.084,37', '$400.393,64', '91,82%', 'ejercicio']);
    expect(cells(1361).slice(0, 7)).toEqual(['', '5102', 'REMUNERACIONES', '$57.351,69', '$50.656,13', '88,33%', 'se presenta']);
    expect(cells(1465).slice(0, 7)).toEqual(['PLN-2025-02002', '84', 'ACTIVOS DE LARGA', '$78.665,00', '$15.744,00', '20,01%', 'de cuentas']);
    expect(cells(1483)).toEqual(['TOTALES', '$4.783.023,29', '$3.270.778,15', '68,38%']);
  });
});
