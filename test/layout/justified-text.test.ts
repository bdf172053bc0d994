import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GLUE, glueJustified, unglue } from '../../src/ingest/layout/justified-text.ts';
import { parserText } from '../../src/ingest/layout/index.ts';
import { segments } from '../../src/ingest/layout/recover.ts';

const printed = (name: string): string => readFileSync(`test/fixtures/layout/printed/${name}.layout.txt`, 'utf8');
/** Line n's segments (cut at two spaces or more), the glued spaces read back as one. */
const cellsOn = (text: string, n: number): string[] => segments(text.split('\n')[n - 1]!).map((s) => unglue(s.text));

describe('glueJustified', () => {
  // The CNE matrix printed B5 portrait, Arial 7 pt, zebra rows, every cell justified, its first page
  // (fixture README: pdftotext lines 1-76).
  const page = printed('cne-b5-arial-justified-units-1-5');

  it('holds a justified line\'s stretched spaces together, each line as long as before', () => {
    const glued = glueJustified(page);
    expect(glued.split('\n').map((l) => l.length)).toEqual(page.split('\n').map((l) => l.length));
    // (as printed, lines 46, 48 and 50: «Porcentaje      de    participación    de  la   N/A», five
    // cells where the report has an indicator and its value, report lines 17-19)
    for (const n of [46, 48, 50]) {
      expect(cellsOn(page, n)).toEqual(['Porcentaje', 'de', 'participación', 'de', 'la', 'N/A']);
      expect(cellsOn(glued, n)).toEqual(['Porcentaje de participación de la', 'N/A']);
    }
    // (line 17: the unit's name «Coordinación       Nacional» is one cell; the gap before the objective's
    // «Incrementar la calidad de la gestión», whose column starts there on the lines around, stays a gap)
    expect(cellsOn(page, 17)).toEqual(['Coordinación', 'Nacional', 'Incrementar la calidad de la gestión', 'Porcentaje de ejecución presupuestaria', '70,36']);
    expect(cellsOn(glued, 17)).toEqual(['Coordinación Nacional', 'Incrementar la calidad de la gestión', 'Porcentaje de ejecución presupuestaria', '70,36']);
    // (a missing value's marker is a cell of its own: «la   N/A» above; and the glue is no text)
    expect(unglue(glued)).not.toContain(GLUE);
  });

  it('gives the parsers the indicators whole', () => {
    const joined = (text: string) => parserText(`${text}\n\f`).text.split('\n').map((l) => l.split('\t').map((c) => c.trim()).filter(Boolean));
    // (report lines 17 and 18: «Porcentaje de participación de la ciudadanía a nivel nacional. ( E )»,
    // «… en el exterior (E)», each with its «N/A»)
    const rows = joined(page);
    expect(rows).toContainEqual(['Porcentaje de participación de la ciudadanía a nivel nacional. ( E )', 'N/A']);
    expect(rows).toContainEqual(['Porcentaje de participación de la ciudadanía en el exterior (E)', 'N/A']);
  });

  it('leaves a text whose cells are not justified as it is', () => {
    for (const name of ['cne-serif-padded-units-1-2', 'cne-sans-tight-unit-6', 'cne-letter-ruled-unit-6', 'ministerio-a3-goals-header', 'quito-sans-tight-pmdot']) {
      const text = printed(name);
      expect(glueJustified(text), name).toBe(text);
    }
  });
});
