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
});
