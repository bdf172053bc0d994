/**
 * Wrapped-cell joining (src/ingest/pdf/wrapped.ts) on the real PDFs of the fixtures
 * (test/fixtures/pdf/README.md): no real table regresses. Each PDF is ingested from its extraction
 * as is, and with the joined parser text removed (the displayed text only, as before joining):
 * the records and flags must be the same. Which real PDFs have any line joined is pinned too, so
 * a change in what gets joined is seen.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/build.ts';
import { extractPdf, type OcrEffects, type PdfExtraction } from '../../src/ingest/pdf/extract.ts';

/** The scanned pages of the POA are left unread (OCR is tested elsewhere and takes a minute here). */
const NO_OCR: OcrEffects = { available: () => ({ ok: false, missing: 'OCR (desactivado en esta prueba)' }), read: () => [] };

const REAL = [
  'bellamaria-2013-lotaip-formato-a.pdf',
  'portoparques-2025-cedula-presupuestaria.pdf',
  'portoparques-2025-evaluacion-poa.pdf',
  'portoparques-2025-informe-anual-lotaip.pdf',
  'portoparques-2025-informe-gestion.pdf',
  'portoparques-2025-poa.pdf',
];

describe('wrapped-cell joining on the real PDFs', () => {
  const joinedLines: Record<string, number> = {};
  const joinedText: Record<string, string> = {};
  for (const file of REAL) {
    it(`${file}: the same records and flags with and without the joined text`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ca-wrapped-real-'));
      copyFileSync(join('test/fixtures/pdf', file), join(dir, file));
      const x = await extractPdf(new Uint8Array(readFileSync(join(dir, file))), NO_OCR);
      expect(x.ok).toBe(true);
      if (!x.ok) return;
      const run = (y: PdfExtraction) => ingest({ reportsDir: dir, institutionsFile: 'data/institutions.csv', pdf: new Map([[file, y]]) }).datasets;
      const { joined, ...displayedOnly } = x;
      joinedLines[file] = joined ? x.text.split('\n').length - joined.text.split('\n').length : 0;
      joinedText[file] = joined?.text ?? '';
      expect(run(x)).toEqual(run(displayedOnly));
      rmSync(dir, { recursive: true, force: true });
    }, 60_000);
  }

  it('displayed lines joined per real PDF (0: nothing joined)', () => {
    // (610 and 83 for the informe de gestión and the POA before a centred column's pairs counted
    // from 0.45 font sizes apart at their start, not 0.5, centred.ts COLUMN_APART: «4.» /
    // «CONTRIBUCIONES» / «DE TASAS Y» / «PERMISOS DE» / «HABILITACIÓN» in the informe, the POA's
    // «Portoviejo» / «Desarrollado, Seguro e» / «Inteligente» in one more of its rows, then left-aligned and joined;
    // 977 for the evaluación del POA before a page of a bottom-aligned document with a single pair
    // of cells ending together was read bottom-aligned too, pdf/middle.ts documentAlignment: item
    // 530205's code, name and amounts, on its row's last lines, moved up to its first;
    // 82 for the POA before the cells of a header of centred capitals were left-aligned,
    // centred.ts headerCells: its «TIPO:» / «PROYECTO O PLAN» cell then joins into one line;
    // 974, 609 and 66 for the evaluación del POA, the informe de gestión and the POA before a
    // centred column of fewer centred pairs, on the lines of a centred column, was left-aligned too,
    // centred.ts: a row centred whole, the POA's «Portoviejo» / «Desarrollado, Seguro e» /
    // «Inteligente» beside its centred objective, then joins into one line: 16 more displayed lines
    // joined in the POA;
    // 705 for the evaluación del POA before cells set at the bottom of their rows were moved up to
    // the row's first line too, a column's text cut where a row ends, pdf/middle.ts: 110 of its 111
    // budget rows then join their code and six figures, 108 their plan's whole name; 3, 1, 698, 49,
    // 559 and 4 before cells centred in their rows were moved up to the row's first
    // line, pdf/middle.ts: a cell's lines then follow each other under the row's first line, and are
    // joined, where before they were scattered around the row's middle line; 57, 698, 603 and 17
    // before centred columns were left-aligned whole (their cells in rows far apart and cells as wide
    // as the one above too), centred.ts, and the blank (scanned) pages of the POA stopped indenting
    // its text, wrapped.ts; 699 and 561 before a
    // word's width was estimated by its letters' advances: the two rows pinned below, and one more
    // of the informe de gestión, were joined to the row above; 16, 87, 613 and 87 for the cédula, the
    // annual LOTAIP report, the informe de gestión and the POA before the cells of tables drawn with
    // borders were moved up to their row's first line and their justified lines and words drawn
    // apart were joined, pdf/ruled.ts: the informe's rows then start on one line and join theirs,
    // the POA's header cells «TIPO ACTIVIDAD (BIEN, SERVICIO, OBRA, ENTRE OTROS)» start on the
    // header's first line; 727 and 81 for the informe de gestión and the POA before a centred
    // cell's lines in one row of a ruled table were left-aligned, pdf/centred.ts: the POA's last
    // line of each objective, «saneamiento con adaptación al cambio climático.», printed centred
    // under a wider one, then joins its cell; 105 for the POA before a centred cell carried over to
    // a page's top went with the page before's centred column of its middle, pdf/centred.ts: its
    // «Portoviejo» / «Desarrollado, Seguro e» / «Inteligente» at the top of a page then joins into one
    // line; 107 for the POA before two lines of a cell centred within a point of each other, less
    // than half a font size apart at their start, went together, pdf/wrapped.ts centredPieces: its
    // description «pulgadas; PAPEL TOALLA DE» / «MANOS BLNACO EN Z 150» (layout text line 218-219)
    // then joins; 980 and 88 for the evaluación del POA and the annual LOTAIP report before a
    // line opening in a small letter went with the line above that shares its middle however far
    // apart they start, wrapped.ts centredPieces: the annual report's centred headers «Función a» /
    // «la que» / «pertenece» and «Marco» / «Legal» (three tables), the evaluación's «Ejecució» / «n»
    // and «… según el» / «presupuesto reformado», then join; the records of all six are the same)
    expect(joinedLines).toEqual({
      'bellamaria-2013-lotaip-formato-a.pdf': 59,
      'portoparques-2025-cedula-presupuestaria.pdf': 18,
      'portoparques-2025-evaluacion-poa.pdf': 982,
      'portoparques-2025-informe-anual-lotaip.pdf': 94,
      'portoparques-2025-informe-gestion.pdf': 728,
      'portoparques-2025-poa.pdf': 108,
    });
  });

  it('starts a row where the PDF starts one, not joined to the full line above', () => {
    const rowOf = (file: string, needle: string) => joinedText[file]!.split('\n').find((l) => l.includes(needle))?.trim().split(/ {2,}/);
    // Evaluación del POA, p. 20: item 530819's name «ADQUISICION DE» / «ACCESORIOS E» / «INSUMOS
    // QUIMICOS Y» / «ORGANICOS» ends on the row of its amounts; «INSUMOS, MATERIALES Y SUMINISTROS
    // PARA CONSTRUCCION, …» right below it is the next row's item.
    const organicos = rowOf('portoparques-2025-evaluacion-poa.pdf', '2025.03.03.A100.110.530819');
    expect(organicos?.slice(3, 5)).toEqual(['ADQUISICION DE ACCESORIOS E INSUMOS QUIMICOS Y ORGANICOS', '4000,00']);
    expect(rowOf('portoparques-2025-evaluacion-poa.pdf', '2025.03.05.A100.110.530811')?.slice(3, 5))
      .toEqual(['INSUMOS, MATERIALES Y SUMINISTROS PARA CONSTRUCCION, ELECTRICIDAD, PLOMERIA, CARPINTERIA, SEñALIZACION VIAL,', '3600,00']);
    // Informe de gestión: activity 1.63 («FASE PRECONTRACTUAL: Arrendamiento de vehículos tipo
    // tanqueros…») is a row of its own, not the end of 1.62's text.
    expect(rowOf('portoparques-2025-informe-gestion.pdf', '1.63. FASE PRECONTRACTUAL')?.[0]).toMatch(/^1\.63\. FASE PRECONTRACTUAL/);
  });
});
