/**
 * Key-value forms read by their labels (src/ingest/layout/labelled-rows.ts): the Quito report
 * printed in layouts that wrap, cut and stretch its labels, read back with `pdftotext -layout`
 * (test/fixtures/layout/printed/README.md names each excerpt's layout and lines). Every expected
 * row is a line of the bundled report, data/reports/2021-quito-az-manuela-saenz-informe-de-gestion.txt.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelledRows } from '../../src/ingest/layout/labelled-rows.ts';
import { informeGestionParser } from '../../src/ingest/parsers/informe-gestion.ts';
import { ingestText, withoutProvenance } from '../support/untab.ts';

const QUITO = '2021-quito-az-manuela-saenz-informe-de-gestion.txt';
const REPORT = readFileSync(`data/reports/${QUITO}`, 'utf8').split('\n');
const printed = (name: string): string => readFileSync(`test/fixtures/layout/printed/${name}.layout.txt`, 'utf8');
const labels = informeGestionParser.labels!;
/** The rows read, as «label\tvalue» lines. */
const rowsOf = (text: string): string[] => labelledRows(text, labels)!.text.split('\n').filter((l) => l.includes('\t'));

describe('labelledRows', () => {
  it('reads goal 1 of a layout whose values sit in the middle of their rows, a label\'s lines around its value', () => {
    // A4 landscape, Arial 9 pt (README, quito-arial-middle-goals): «Unidad de medida» / «Número de acciones …» /
    // «de la meta:»; «Entidad(es)» / «UNIDAD DE SEGURIDAD CIUDADANA» / «ejecutora(s):»
    const rows = rowsOf(printed('quito-arial-middle-goals'));
    for (const n of [24, 25, 26, 27, 28, 29, 30, 36, 37, 39]) expect(rows, `línea ${n} del informe`).toContain(REPORT[n - 1]);
    // goal 2: «<ul …> Se ejecutaron 50 mingas …» on the line above «Descripción de los», its last line under
    // «resultados por meta:»: one value, the label's lines between its own (excerpt lines 50-54)
    expect(rows.filter((r) => r.startsWith('Descripción de los resultados por meta:\t<ul style="list-style-type: none"> Se ejecutaron 50 mingas'))).toHaveLength(1);
    expect(rows).toContain('Valor programado 2021:\t44');
  });

  it('reads a value\'s first line above its label where values sit at the bottom, and a line that did not wrap as a row of its own', () => {
    // A4 landscape, DejaVu 7 pt, values at the bottom (README, quito-dejavu-bottom-goal-1-end): the row of
    // an empty label, «<ul …> Se elaboró 6 diagnósticos …» (report line 35), right above «Objetivo del PMDOT …»
    const rows = rowsOf(printed('quito-dejavu-bottom-goal-1-end'));
    expect(rows).toContain(REPORT[34]);
    expect(rows).toContain(REPORT[35]);
    expect(rows).toContain(REPORT[36]);
    expect(rows).toContain('Entidad(es) ejecutora(s):\tUNIDAD DE SEGURIDAD CIUDADANA');
  });

  it('joins the pieces of a label\'s word a narrow column cut, and reads a justified label\'s stretched spaces', () => {
    // B5, serif 8 pt, justified (README, quito-serif-justified-whole): «Descripció» / «n de los» (lines 38-39),
    // «Descripción    de    como» (line 53), «%        de avance:» (line 33)
    const rows = rowsOf(printed('quito-serif-justified-whole'));
    expect(rows.filter((r) => r.startsWith('Descripción de los resultados por meta:\t'))).toHaveLength(2);
    expect(rows.filter((r) => r.startsWith('Descripción de como aporta el cumplimiento de la meta y los resultado alcanzado al logro del PMDOT 2021 – 2033.\t'))).toHaveLength(2);
    expect(rows).toContain('% de avance:\t100%');
  });

  it('reads nothing in a text with TABs, or with fewer than three labelled rows', () => {
    expect(labelledRows(REPORT.join('\n'), labels)).toBeNull();
    expect(labelledRows(printed('cne-arial-middle-units-1-4'), labels)).toBeNull();
    expect(labelledRows(' Indicador de la meta:   Número de actividades\n % de avance:   100%\n', labels)).toBeNull();
  });

  it('gives every line a place: each displayed line in one row, in order', () => {
    const text = printed('quito-serif-middle-whole');
    const r = labelledRows(text, labels)!;
    expect(r.map.displayedLines).toBe(text.split('\n').length);
    expect(r.map.starts).toHaveLength(r.text.split('\n').length);
    expect(r.map.starts[0]).toBe(1);
    for (let k = 1; k < r.map.starts.length; k++) expect(r.map.starts[k]).toBeGreaterThan(r.map.starts[k - 1]!);
  });
});

describe('the Quito report printed, read back through pdftotext -layout: its labelled rows', () => {
  // (whole reports; before labelled rows each of them lost or misplaced a goal's fields)
  const want = withoutProvenance(ingestText(QUITO, REPORT.join('\n')));
  for (const [name, layout] of [
    ['quito-arial-rows-spaced-whole', 'values at the top, A4 Arial 11 pt, a label\'s words cut («Descripció» / «n de los»)'],
    ['quito-times-bottom-whole', 'values at the bottom, Letter landscape Times 10 pt'],
    ['quito-serif-middle-whole', 'values in the middle, Letter serif 9 pt'],
    ['quito-serif-justified-whole', 'justified cells, B5 serif 8 pt'],
  ] as const) {
    it(`${layout}: exactly the bundled report's records and flags`, () => {
      expect(withoutProvenance(ingestText(QUITO, printed(name)))).toEqual(want);
    });
  }
});
