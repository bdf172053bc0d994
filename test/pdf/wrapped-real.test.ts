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
      expect(run(x)).toEqual(run(displayedOnly));
      rmSync(dir, { recursive: true, force: true });
    }, 60_000);
  }

  it('displayed lines joined per real PDF (0: nothing joined)', () => {
    expect(joinedLines).toEqual({
      'bellamaria-2013-lotaip-formato-a.pdf': 3,
      'portoparques-2025-cedula-presupuestaria.pdf': 1,
      'portoparques-2025-evaluacion-poa.pdf': 699,
      'portoparques-2025-informe-anual-lotaip.pdf': 49,
      'portoparques-2025-informe-gestion.pdf': 561,
      'portoparques-2025-poa.pdf': 4,
    });
  });
});
