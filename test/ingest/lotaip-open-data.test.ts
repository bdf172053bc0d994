/**
 * A folder of real LOTAIP open-data publications (the `_cd` / `_dd` / `_md` triple, `;`-separated,
 * Windows-1252, trailing empty rows) ingests with no error: companions and other numerals are
 * recognized and noted as info, never "formato no reconocido". Fixture: the EMSABA EP triple of
 * numeral 1.1 (September 2024), see test/fixtures/csv/lotaip-datos-abiertos/README.md.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/build.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/csv/lotaip-datos-abiertos');
const TRIPLE = 'emsaba-2024-09-lotaip-1.1-estructura-organica';
const dir = mkdtempSync(join(tmpdir(), 'lotaip-open-data-'));
for (const f of readdirSync(FIXTURES).filter((f) => f.startsWith(TRIPLE))) copyFileSync(join(FIXTURES, f), join(dir, f));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('LOTAIP open-data triple', () => {
  const { datasets, summaries } = ingest({ reportsDir: dir, institutionsFile: 'data/institutions.csv' });

  it('recognizes the three files, adds no report and raises no error (so --strict passes)', () => {
    expect(summaries.map((s) => [s.file, s.format, s.rows, s.errors, s.warnings])).toEqual([
      [`${TRIPLE}_cd.csv`, 'csv', 0, 0, 0],
      [`${TRIPLE}_dd.csv`, 'csv', 0, 0, 0],
      [`${TRIPLE}_md.csv`, 'csv', 0, 0, 0],
    ]);
    expect(datasets.reports).toEqual([]);
  });

  it('notes each file as info, with the metadata date and licence read from _md', () => {
    // _md lines 1 and 7: "Fecha actualizacion de la informacion;30/09/2024", "Licencia;CC-BY-4.0".
    // _cd line 1: "Nivel superior;Unidad;Nivel de los Procesos de la Estructura Organica Funcional".
    expect(datasets.flags.map((f) => [f.severity, f.code, f.report_id, f.message])).toEqual([
      ['info', 'section_unrecognized', null,
        `datos abiertos LOTAIP de un numeral que no es 1.3 «metas y objetivos» (columnas: Nivel superior | Unidad | Nivel de los Procesos de la Estructura Organica Funcional): no se lee (${TRIPLE}_cd.csv)`],
      ['info', 'section_unrecognized', null, `diccionario de datos abiertos LOTAIP (_dd): no es un informe (${TRIPLE}_dd.csv)`],
      ['info', 'section_unrecognized', null,
        `metadatos de datos abiertos LOTAIP (_md; actualizado 30/09/2024, licencia CC-BY-4.0): no es un informe (${TRIPLE}_md.csv)`],
    ]);
  });
});
