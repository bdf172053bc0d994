/**
 * Real PDFs → layout text with pages. Every expected value was read by a person from the PDF
 * itself (page rendered, page number as the PDF viewer counts it); see test/fixtures/pdf/README.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPdf, type OcrEffects, type PdfExtraction } from '../../src/ingest/pdf/extract.ts';
import { pageOfLine } from '../../src/lib/pdf.ts';
import { hasEndMarker, isPdf } from '../../src/ingest/pdf/detect.ts';
import { ocrAvailable, tsvToItems } from '../../src/ingest/pdf/ocr.ts';

const DIR = join(import.meta.dirname, '../fixtures/pdf');
const bytes = (f: string) => new Uint8Array(readFileSync(join(DIR, f)));

type Ok = Extract<PdfExtraction, { ok: true }>;

async function extracted(f: string, ocr?: OcrEffects): Promise<Ok> {
  const x = await extractPdf(bytes(f), ocr);
  if (!x.ok) throw new Error(`${f}: ${x.reason}`);
  return x;
}

/** The 1-based lines whose whitespace-collapsed text matches, each with its page. */
function find(x: Ok, re: RegExp): { line: number; page: number | null; text: string }[] {
  return x.text.split('\n').flatMap((t, i) => (re.test(t) ? [{ line: i + 1, page: pageOfLine(x.pageStarts, i + 1), text: t.trim().replace(/ {2,}/g, ' | ') }] : []));
}

const NO_OCR: OcrEffects = {
  available: () => ({ ok: false, missing: 'tesseract-ocr' }),
  read: () => { throw new Error('no OCR'); },
};

describe('Portoparques informe de gestión 2025 (40 pages)', () => {
  let x: Ok;
  beforeAll(async () => { x = await extracted('portoparques-2025-informe-gestion.pdf'); });

  it('has one page start per page and its institution and period on page 1', () => {
    expect(x.pageStarts).toHaveLength(40);
    expect(find(x, /PORTOPARQUES EP”$/).filter((h) => h.page === 1).map((h) => h.text)).toEqual(['PORTOVIEJO “PORTOPARQUES EP”']);
    expect(find(x, /Período 2025/).map((h) => [h.page, h.text])).toEqual([[1, 'Período 2025']]);
    expect(find(x, /^ *Dirección \/ Empresa:/).map((h) => [h.page, h.text])).toEqual([[3, 'Dirección / Empresa: | PORTOPARQUES EP']]);
  });

  it('reads the budget execution TOTALES row of page 23 as separate columns', () => {
    expect(find(x, /^ *TOTALES +\$/).map((h) => [h.page, h.text])).toEqual([[23, 'TOTALES | $4.783.023,29 | $3.270.778,15 | 68,38%']]);
    expect(find(x, /9701 +DEUDA FLOTANTE +\$/).map((h) => [h.page, h.text]))
      .toEqual([[23, 'FORTALECIMIENTO | 9701 | DEUDA FLOTANTE | $1.099.544,49 | $361.134,15 | 32,84%']]);
  });

  it('keeps a budget item\'s code and name apart on the cédula pages, though other pages of the document have justified cells', () => {
    // Page 29 (the cédula presupuestaria annexed): «5101» at the page's left, «REMUNERACIONES
    // BASICAS» further right, then its amounts, as the rendered page shows them.
    expect(find(x, /REMUNERACIONES BASICAS/).map((h) => [h.page, h.text.split(' | ').slice(0, 2)]))
      .toEqual([[29, ['5101', 'REMUNERACIONES BASICAS']], [38, ['7101', 'REMUNERACIONES BASICAS']]]);
  });

  it('drops the page header and footer (Pág. N de 28, the GAD letterhead, the form code) on every page', () => {
    expect(find(x, /Pág\. \d+ de 28/)).toEqual([]);
    expect(find(x, /F11-PRO-GPD-SEG-SGI-001/)).toEqual([]);
    expect(find(x, /^ *GOBIERNO AUTÓNOMO DESCENTRALIZADO MUNICIPAL DEL CANTÓN PORTOVIEJO$/)).toEqual([]);
  });

  it('has no TAB and no form feed: columns are spaces, pages are the page map', () => {
    expect(x.text).not.toMatch(/[\t\f]/);
    expect(x.ocrPages).toEqual([]);
  });
});

describe('the other real PDFs open and give their institution and period', () => {
  it('Bellamaría LOTAIP Formato A: name and RUC 0760029910001 on page 1', async () => {
    const x = await extracted('bellamaria-2013-lotaip-formato-a.pdf');
    expect(x.pageStarts).toHaveLength(2);
    expect(find(x, /RUC:/).map((h) => [h.page, h.text]))
      .toEqual([[1, 'NOMBRE DE LA INSTITUCIÓN: GAD PARROQUIAL RURAL DE BELLAMARIA | RUC: 0760029910001']]);
  });

  it('Bellamaría Formato A, cells centred in their rows: each literal\'s letter, its text\'s first line and its X on one line', async () => {
    // (the table sets «c)» and «X» in the middle of the row, level with the second of the text's
    // three lines; read as printed, the letter, the text and the mark were lines apart. «a)» is one
    // cell drawn over three rows, its borders' box: it goes with the first of them)
    const x = await extracted('bellamaria-2013-lotaip-formato-a.pdf');
    expect(find(x, /Estructura Orgánica Funcional|Base legal que la rige/).map((h) => [h.page, h.text])).toEqual([
      [1, 'a) | Estructura Orgánica Funcional. | X'],
      [1, 'Base legal que la rige, regulaciones y procedimientos internos | X'],
    ]);
    expect(find(x, /Remuneración mensual por puesto/).map((h) => [h.page, h.text]))
      .toEqual([[1, 'c) | Remuneración mensual por puesto y todo ingreso adicional | X']]);
  });

  it('Portoparques LOTAIP annual report (jsPDF, uncompressed): recognized as PDF, title and RUC on page 1', async () => {
    const b = bytes('portoparques-2025-informe-anual-lotaip.pdf');
    expect(b.includes(0)).toBe(false); // no NUL byte: it looks like text
    expect(isPdf(b)).toBe(true);
    const x = await extracted('portoparques-2025-informe-anual-lotaip.pdf');
    expect(x.pageStarts).toHaveLength(12);
    expect(find(x, /INFORME ANUAL DE TRANSPARENCIA/).map((h) => [h.page, h.text]))
      .toEqual([[1, 'INFORME ANUAL DE TRANSPARENCIA Y ACCESO A LA INFORMACIÓN PÚBLICA - 2025']]);
    expect(find(x, /^ *RUC:/).map((h) => [h.page, h.text])).toEqual([[1, 'RUC: 1360084630001']]);
  });

  it('Portoparques cédula presupuestaria: institution, period on page 1; its table header once, not once per page', async () => {
    const x = await extracted('portoparques-2025-cedula-presupuestaria.pdf');
    expect(x.pageStarts).toHaveLength(12);
    expect(find(x, /^ *EMPRESA PÚBLICA MUNICIPAL DE PARQUES/).map((h) => [h.page, h.text]))
      .toEqual([[1, 'EMPRESA PÚBLICA MUNICIPAL DE PARQUES, CEMENTERIOS, AREAS VERDES, ZONAS DE RECREACIÓN']]);
    expect(find(x, /^Periodo:/).map((h) => [h.page, h.text])).toEqual([[1, 'Periodo: | Desde: | 2025-01-01 hasta: | 2025-12-31']]);
    expect(find(x, /Código Partida/).map((h) => h.page)).toEqual([1]);
  });

  it('Portoparques evaluación del POA: period on page 1', async () => {
    const e = await extracted('portoparques-2025-evaluacion-poa.pdf');
    expect(e.pageStarts).toHaveLength(56);
    expect(find(e, /^ *POA 2025$/).map((h) => h.page)).toEqual([1]);
  });

  it('Portoparques evaluación del POA, cells at the bottom of their rows: a row\'s code, plan, description, item and figures on one line', async () => {
    // (page 10: the row's description runs nine lines and its plan five, ending together on the row's
    // last line, where the code, the item and the figures are printed, as a spreadsheet prints by default)
    const e = await extracted('portoparques-2025-evaluacion-poa.pdf');
    expect(find(e, /^2025\.03\.01\.A100\.110\.530105/).map((h) => [h.page, h.text])).toEqual([[10,
      '2025.03.01.A100.110.530105.000.13.01.000.0.000 | PLAN DE | Servicio de alquiler | TELECOMUNICACIONES | 1100,00 | -200,00 | 900,00 | 525,00 | 375 | 58,33%']]);
  });

  it('Portoparques POA: pages 1-6 are scans; without OCR they are reported unread and pages 7-8 read', async () => {
    const p = await extracted('portoparques-2025-poa.pdf', NO_OCR);
    expect(p.pageStarts).toHaveLength(8);
    expect(p.unread).toEqual({ pages: [1, 2, 3, 4, 5, 6], install: 'falta tesseract-ocr; instale: apt-get install tesseract-ocr tesseract-ocr-spa poppler-utils' });
    expect(p.ocrPages).toEqual([]);
    expect(find(p, /Plan Operativo Anual \(POA\) año/).map((h) => [h.page, h.text]))
      .toEqual([[7, 'Plan Operativo Anual (POA) año - F01-PRO-GPD-PGC-GPI-001 v2']]);
  });
});

describe('bad PDFs become a reason naming the problem, never an exception', () => {
  it('encrypted (user password)', async () => {
    expect(await extractPdf(bytes('encrypted.pdf'))).toEqual({ ok: false, reason: 'PDF protegido con contraseña', cacheable: true });
  });

  it('truncated (no %%EOF at the end)', async () => {
    expect(hasEndMarker(bytes('truncated.pdf'))).toBe(false);
    expect(hasEndMarker(bytes('bellamaria-p1.pdf'))).toBe(true);
    const x = await extractPdf(bytes('truncated.pdf'));
    expect(x).toEqual({ ok: false, reason: 'PDF truncado (falta el marcador final %%EOF; ¿descarga incompleta?)', cacheable: true });
  });

  it('corrupt (a PDF header around no PDF structure)', async () => {
    const x = await extractPdf(bytes('corrupt.pdf'));
    expect(x.ok).toBe(false);
    expect(!x.ok && x.reason).toMatch(/^PDF dañado \(/);
  });

  it('isPdf: "%PDF-" at the start (or within the first 1,024 bytes), nothing else', () => {
    expect(isPdf(new TextEncoder().encode('%PDF-1.7\n'))).toBe(true);
    expect(isPdf(new TextEncoder().encode(`${' '.repeat(500)}%PDF-1.4`))).toBe(true);
    expect(isPdf(new TextEncoder().encode('INFORME\t%PDF no'))).toBe(false);
    expect(isPdf(new Uint8Array(0))).toBe(false);
  });
});

describe('scanned PDF (no text layer)', () => {
  it('without tesseract: an error naming the packages to install', async () => {
    const x = await extractPdf(bytes('scanned.pdf'), NO_OCR);
    expect(x).toEqual({
      ok: false, cacheable: false,
      reason: 'PDF escaneado (sin capa de texto) y falta tesseract-ocr para leerlo con OCR; instale: apt-get install tesseract-ocr tesseract-ocr-spa poppler-utils',
    });
  });

  it('OCR words go through the same layout, and their pages are reported', async () => {
    const tsv = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n'
      + '5\t1\t1\t1\t1\t1\t100\t100\t150\t40\t95\tRUC:\n'
      + '5\t1\t1\t1\t1\t2\t800\t104\t500\t36\t91\t0760029910001\n'
      + '5\t1\t1\t1\t2\t1\t100\t200\t150\t40\t95\tdos\n'
      + '5\t1\t1\t1\t2\t2\t290\t200\t150\t40\t95\tpalabras\n';
    const fake: OcrEffects = { available: () => ({ ok: true }), read: (_b, pages) => pages.map(() => ({ width: 595, height: 842, items: tsvToItems(tsv, 72 / 300) })) };
    const x = await extracted('scanned.pdf', fake);
    // A 155 pt gap is a column gap; a 10 pt gap (under a font size) a word gap.
    expect(x.text).toMatch(/^RUC: {2,}0760029910001\ndos palabras$/);
    expect(x.ocrPages).toEqual([1]);
  });

  it.skipIf(!ocrAvailable().ok)('with tesseract: reads the RUC 0760029910001 of page 1', async () => {
    const x = await extracted('scanned.pdf');
    expect(x.ocrPages).toEqual([1]);
    expect(x.text).toMatch(/RUC: ?0760029910001/);
  }, 300_000);
});
