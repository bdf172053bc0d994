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

describe('LOTAIP open data: a numeral 1.3 data file with its metadata companion', () => {
  // cne-2023-11-lotaip-1.3-metas-objetivos_{cd,md}.csv: the open-data layout filled with the Consejo
  // Nacional Electoral's figures (data/reports/2023-consejo-nacional-electoral-lotaip-a4-metas.txt,
  // rows of lines 12-14, update date and e-mail of lines 219 and 223), Windows-1252, trailing ";;;;".
  const CNE = 'cne-2023-11-lotaip-1.3-metas-objetivos';
  const cneDir = mkdtempSync(join(tmpdir(), 'lotaip-1-3-'));
  for (const f of [`${CNE}_cd.csv`, `${CNE}_md.csv`]) copyFileSync(join(FIXTURES, f), join(cneDir, f));
  afterAll(() => rmSync(cneDir, { recursive: true, force: true }));
  const { datasets } = ingest({ reportsDir: cneDir, institutionsFile: 'data/institutions.csv' });

  it('reads the goals, takes date and year from _md and the institution from its e-mail domain', () => {
    expect(datasets.reports.map((r) => [r.source_file, r.institution_id, r.institution_match, r.year, r.date])).toEqual([
      [`${CNE}_cd.csv`, 'consejo-nacional-electoral', 'domain', 2023, '2023-11-30'],
    ]);
    expect(datasets.goals.map((g) => [g.indicator, g.planned, g.value_unit, g.value_text, g.source_line])).toEqual([
      ['Numero de incidentes de seguridad informática', 100, '%', null, 2],
      ['Porcentaje de disponibilidad de los servicios de infraestructura tecnológica y comunicaciones (E)', 97, '%', null, 3],
      ['Porcentaje de autorizaciones de publicidad institucional gestionadas ( E )', null, null, 'N/A', 4],
    ]);
    expect(datasets.flags.filter((f) => f.severity === 'error')).toEqual([]);
    expect(datasets.flags.map((f) => `${f.severity}/${f.code}@${f.source_file}`)).toContain(`info/year_inferred@${CNE}_cd.csv`);
  });

  it('without its _md the data file says it has no year (an error, as before)', () => {
    const alone = mkdtempSync(join(tmpdir(), 'lotaip-1-3-solo-'));
    copyFileSync(join(FIXTURES, `${CNE}_cd.csv`), join(alone, `${CNE}_cd.csv`));
    const solo = ingest({ reportsDir: alone, institutionsFile: 'data/institutions.csv' }).datasets;
    rmSync(alone, { recursive: true, force: true });
    expect(solo.flags.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual(['fragment']);
  });
});
