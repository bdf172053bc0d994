/**
 * lotaip-a4 and pdftotext's page break: a form feed opening a line, with no blank lines around it,
 * is a page break like the run of blank lines of the bundled text. Values read from
 * data/reports/2023-consejo-nacional-electoral-lotaip-a4-metas.txt: lines 204-206 are blank (page
 * break), line 207 is the first indicator of unit 28, whose number and name are on line 208.
 * Without the page break, the (O.O) indicator naming unit 28 still takes it there (lotaip-a4.ts crossCheck).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lotaipA4Parser as parser } from '../../src/ingest/parsers/lotaip-a4.ts';

const lines = readFileSync('data/reports/2023-consejo-nacional-electoral-lotaip-a4-metas.txt', 'utf8').split('\n');
const INDICATOR = '(O.O) Porcentaje de cumplimiento de los procesos de la Dirección Nacional de Planificación y Proyectos';
const goalOf = (text: string) => {
  const r = parser.parse({ file: 'cne.txt', text, lines: text.split('\n') });
  return r.goals.find((g) => g.indicator === INDICATOR);
};

describe('lotaip-a4 page break as a form feed', () => {
  it('the bundled text: blank lines 204-206, the indicator of line 207 goes with unit 28', () => {
    expect(lines.slice(203, 206)).toEqual(['', '', '']);
    expect(goalOf(lines.join('\n'))).toMatchObject({ unit_number: 28, unit: 'Dirección Nacional de Planificación y Proyectos', planned: 100 });
  });

  it('the blank lines replaced by a form feed opening line 207: still unit 28', () => {
    const text = [...lines.slice(0, 203), `\f${lines[206]}`, ...lines.slice(207)].join('\n');
    expect(goalOf(text)).toMatchObject({ unit_number: 28, unit: 'Dirección Nacional de Planificación y Proyectos', planned: 100 });
  });

  it('with neither (no page break at all) the (O.O) row still goes with the unit 28 it names, right below it', () => {
    const text = [...lines.slice(0, 203), lines[206]!, ...lines.slice(207)].join('\n');
    expect(goalOf(text)).toMatchObject({ unit_number: 28, unit: 'Dirección Nacional de Planificación y Proyectos', planned: 100 });
  });

  it('... but a row that names no unit, in the same place, is taken by unit 27 above it', () => {
    const other = 'Porcentaje de informes entregados';
    const text = [...lines.slice(0, 203), lines[206]!.replace(INDICATOR, other), ...lines.slice(207)].join('\n');
    const r = parser.parse({ file: 'cne.txt', text, lines: text.split('\n') });
    expect(r.goals.find((g) => g.indicator === other)).toMatchObject({ unit_number: 27 });
  });

  it('rows at a page\'s top, above the next unit\'s objective, whose (O.O) row names the unit before them, go back to it', () => {
    // As the matrix prints on A4 portrait with narrow columns: a page break before line 167, unit
    // 22's last three rows (167-169, its (O.O) row naming it) above unit 23's objective (line 170)
    // and number and name (line 171).
    expect(lines[166]).toMatch(/^\t\t\t\(O\.O\) Porcentaje de cumplimiento de los procesos de la Dirección Relaciones Internacionales/);
    const text = [...lines.slice(0, 166), `\f${lines[166]}`, ...lines.slice(167)].join('\n');
    const broken = parser.parse({ file: 'cne.txt', text, lines: text.split('\n') });
    const bundled = parser.parse({ file: 'cne.txt', text: lines.join('\n'), lines });
    const at = (r: typeof bundled, line: number) => r.goals.find((g) => g.source_line === line);
    for (const line of [167, 168, 169]) {
      expect(at(broken, line)).toMatchObject({ unit_number: 22, unit: 'Dirección Nacional de Relaciones Internacionales, Cooperación y Observación Electoral' });
      expect(at(broken, line)).toEqual(at(bundled, line));
    }
    // unit 23's objective row, still above its number and name, keeps its unit and says it is a guess
    expect(at(broken, 170)).toMatchObject({ unit_number: 23 });
    expect(broken.flags.filter((f) => f.code === 'unit_unknown' && [167, 168, 169].includes(f.source_line!))).toEqual([]);
  });
});
