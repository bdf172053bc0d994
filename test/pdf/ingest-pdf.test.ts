/**
 * PDFs through the ingest driver: the extraction phase (cache, threads), bad PDFs as flags that
 * name the file, the page map of each report, OCR flags, and pdftotext's form feeds.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest, readInput } from '../../src/ingest/build.ts';
import { withParser } from '../../src/ingest/parsers/index.ts';
import { extractPdfs, type ExtractStats } from '../../src/ingest/pdf/pool.ts';
import type { PdfExtraction } from '../../src/ingest/pdf/extract.ts';
import { ocrAvailable } from '../../src/ingest/pdf/ocr.ts';
import { emptyResult, type Parser } from '../../src/ingest/types.ts';
import { useIngestedCopies } from '../support/ingest-copies.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/pdf');
const MDI = '2023-ministerio-del-interior-rendicion-de-cuentas.txt';
const INSTITUTIONS = 'data/institutions.csv';

/**
 * A parser for the LOTAIP "Formato A" self-assessment, for these tests only: it reads the
 * institution's RUC and records one coverage-free goal per "X" mark line, so records have lines.
 */
const formatoA: Parser = {
  format: 'lotaip-a4',
  label: 'Formato A (prueba)', description: 'Solo para estas pruebas.', countLabel: 'informes', reads: 'layout',
  detect: (src) => /NOMBRE DE LA INSTITUCIÓN:.*RUC: \d{13}/.test(src.text),
  parse: (src) => {
    const i = src.lines.findIndex((l) => /RUC: \d{13}/.test(l));
    const ruc = /RUC: (\d{13})/.exec(src.lines[i]!)![1]!;
    const name = /NOMBRE DE LA INSTITUCIÓN: (.*?) {2,}/.exec(src.lines[i]!)![1]!;
    const r = emptyResult({
      period: '2013', year: 2013, title: 'Formato A', report_number: null, complete: true,
      budget_pct_reported: null, goals_pct_reported: null, goals_pct_reported_line: null, date: null,
    }, { name, ruc });
    r.goals.push({
      unit: null, unit_number: null, objective: null, goal_number: null, goal: `RUC ${ruc}`, indicator: null, planned: null,
      achieved: null, value_unit: null, value_text: null, pct_reported: null, pct_computed: null, plan_objective: null, source_line: i + 1,
    });
    return r;
  },
};

const copies = useIngestedCopies(
  [...['bellamaria-2013-lotaip-formato-a.pdf', 'portoparques-2025-informe-anual-lotaip.pdf', 'encrypted.pdf', 'corrupt.pdf', 'truncated.pdf'].map((f) => join(FIXTURES, f)), join('data/reports', MDI)],
  { institutionsFile: INSTITUTIONS, parsers: withParser(formatoA) },
);

describe('PDFs in the ingest', () => {
  it('reads a PDF report: institution by its RUC, the record cites its line, the report has its page map', () => {
    const r = copies.result().datasets.reports.find((x) => x.source_file === 'bellamaria-2013-lotaip-formato-a.pdf')!;
    expect(r).toMatchObject({ institution_name_reported: 'GAD PARROQUIAL RURAL DE BELLAMARIA', format: 'lotaip-a4', year: 2013 });
    expect(r.page_starts).toHaveLength(2);
    expect(r.page_starts![0]).toBe(1);
    const g = copies.result().datasets.goals.filter((x) => x.source_file === 'bellamaria-2013-lotaip-formato-a.pdf');
    expect(g.map((x) => [x.goal, x.source_line])).toEqual([['RUC 0760029910001', 3]]);
    expect(copies.result().pdf?.get('bellamaria-2013-lotaip-formato-a.pdf')?.ok).toBe(true);
  });

  it('encrypted, corrupt and truncated PDFs: one error flag each, naming the file; the others keep their data', () => {
    const fileFlags = copies.result().datasets.flags.filter((f) => ['encrypted.pdf', 'corrupt.pdf', 'truncated.pdf'].includes(f.source_file));
    expect(fileFlags.map((f) => [f.source_file, f.severity, f.code])).toEqual([
      ['corrupt.pdf', 'error', 'unreadable'], ['encrypted.pdf', 'error', 'unreadable'], ['truncated.pdf', 'error', 'unreadable'],
    ]);
    expect(fileFlags.find((f) => f.source_file === 'encrypted.pdf')!.message).toBe('no se puede leer: PDF protegido con contraseña (encrypted.pdf)');
    expect(fileFlags.find((f) => f.source_file === 'truncated.pdf')!.message)
      .toBe('no se puede leer: PDF truncado (falta el marcador final %%EOF; ¿descarga incompleta?) (truncated.pdf)');
    const mdi = copies.result().datasets.reports.find((x) => x.source_file === MDI)!;
    expect(mdi).toMatchObject({ institution_id: 'ministerio-del-interior', page_starts: null });
    expect(copies.result().datasets.budget_summaries.filter((s) => s.source_file === MDI).map((s) => s.planned)).toEqual([78537516.23]);
  });

  it('the uncompressed jsPDF export is read as a PDF, not "archivo binario" nor text', () => {
    const s = copies.result().summaries.find((x) => x.file === 'portoparques-2025-informe-anual-lotaip.pdf')!;
    const flags = copies.result().datasets.flags.filter((f) => f.source_file === 'portoparques-2025-informe-anual-lotaip.pdf');
    // No parser reads the annual LOTAIP report's tables yet: a document with its institution and
    // period (page 1, lines 1–3) and no figures, after a successful extraction.
    expect(flags.map((f) => [f.severity, f.code])).toEqual([['info', 'figures_not_read']]);
    expect(s.format).toBe('documento');
    expect(copies.result().datasets.reports.find((r) => r.source_file === 'portoparques-2025-informe-anual-lotaip.pdf'))
      .toMatchObject({ institution_ruc_reported: '1360084630001', year: 2025, page_starts: expect.any(Array) });
    const x = copies.result().pdf!.get('portoparques-2025-informe-anual-lotaip.pdf')!;
    expect(x.ok && x.text.split('\n')[2]!.trim()).toBe('RUC: 1360084630001');
  });

  it('caches extractions by SHA-256: a second run extracts nothing', async () => {
    const stats: ExtractStats = { pdfs: 0, cached: 0, extracted: 0, threads: 0 };
    await extractPdfs(copies.dir(), readdirSync(copies.dir()).sort(), { cacheDir: copies.cache() }, stats);
    // The five PDFs; the cache keeps the successes and the failures that do not depend on this machine.
    expect(stats).toEqual({ pdfs: 5, cached: 5, extracted: 0, threads: 0 });
  });

  it('the same PDFs extracted on worker threads and on this thread give the same texts', async () => {
    const files = ['bellamaria-2013-lotaip-formato-a.pdf', 'encrypted.pdf', 'portoparques-2025-informe-anual-lotaip.pdf'];
    const stats: ExtractStats = { pdfs: 0, cached: 0, extracted: 0, threads: 0 };
    const threads = await extractPdfs(copies.dir(), files, { cacheDir: null, workers: 2, minFiles: 2 }, stats);
    expect(stats).toEqual({ pdfs: 3, cached: 0, extracted: 3, threads: 2 });
    const here = await extractPdfs(copies.dir(), files, { cacheDir: null, workers: 0 }, stats);
    expect(stats.threads).toBe(0);
    expect([...threads.keys()]).toEqual(files);
    expect([...threads.entries()]).toEqual([...here.entries()]);
  }, 120_000);

  it('one thread reads several PDFs one after the other (PDF.js fails on two documents at once on one thread)', async () => {
    // Largest first, and the thread is sent the next file before it answers: the real PDFs of
    // 40 and 56 pages would come back "PDF dañado (Invalid page request.)" if read at the same time.
    const files = ['portoparques-2025-informe-gestion.pdf', 'portoparques-2025-evaluacion-poa.pdf', 'bellamaria-2013-lotaip-formato-a.pdf'];
    const threads = await extractPdfs(FIXTURES, files, { cacheDir: null, workers: 1, minFiles: 1, ocr: false });
    const here = await extractPdfs(FIXTURES, files, { cacheDir: null, workers: 0, ocr: false });
    expect([...threads.values()].map((x) => x.ok)).toEqual([true, true, true]);
    expect([...threads.entries()]).toEqual([...here.entries()]);
  }, 120_000);

  it.skipIf(!ocrAvailable().ok)('a scan read on a thread is OCRed on this thread: the RUC 0760029910001 (scanned.pdf, page 1)', async () => {
    const threads = await extractPdfs(FIXTURES, ['scanned.pdf'], { cacheDir: null, workers: 1, minFiles: 1 });
    const x = threads.get('scanned.pdf')!;
    expect(x.ok && x.ocrPages).toEqual([1]);
    expect(x.ok && x.text).toContain('0760029910001');
  }, 120_000);

  it('a PDF the extraction phase did not see is an error flag naming the file, not a crash', () => {
    const out = ingest({ reportsDir: copies.dir(), institutionsFile: INSTITUTIONS });
    const f = out.datasets.flags.find((x) => x.source_file === 'bellamaria-2013-lotaip-formato-a.pdf')!;
    expect(f).toMatchObject({ severity: 'error', code: 'unreadable' });
    expect(f.message).toMatch(/^no se puede leer: PDF sin extraer .*\(bellamaria-2013-lotaip-formato-a\.pdf\)$/);
  });

  it('records on pages read by OCR get an ocr warning citing their line', () => {
    const ocr: PdfExtraction = {
      ok: true, pageStarts: [1, 3], ocrPages: [2],
      text: 'Formato A\n\nNOMBRE DE LA INSTITUCIÓN: GAD PARROQUIAL RURAL DE BELLAMARIA   RUC: 0760029910001',
    };
    const out = ingest({
      reportsDir: copies.dir(), institutionsFile: INSTITUTIONS, parsers: [formatoA],
      pdf: new Map([['bellamaria-2013-lotaip-formato-a.pdf', ocr]]),
    });
    const flags = out.datasets.flags.filter((f) => f.code === 'ocr');
    expect(flags.map((f) => [f.severity, f.source_line, f.dataset, f.message])).toEqual([[
      'warning', 3, 'goals',
      'cifra leída por OCR de la página 2 escaneada; verifíquela en el PDF (bellamaria-2013-lotaip-formato-a.pdf:3)',
    ]]);
  });
});

describe('pdftotext -layout text: form feeds become the page map', () => {
  it('"\\f" at the start of a line starts a page there; the trailing one ends the text; the form feeds stay (page breaks for the readers)', () => {
    const text = 'INFORME\nlínea 2\n\fpágina 2\nmás\n\f\fpágina 4\n\f';
    const x = readInput('a.layout.txt', new TextEncoder().encode(text), new Map());
    expect(x).toMatchObject({ ok: true, pageStarts: [1, 3, 5, 5], text });
  });

  it('text without form feeds has no page map', () => {
    expect(readInput('a.txt', new TextEncoder().encode('uno\ndos\n'), new Map())).toMatchObject({ ok: true, pageStarts: null });
  });
});
