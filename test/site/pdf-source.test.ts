/** Provenance of figures read from PDFs: page citations, page markers, the extracted text view. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readReportText } from '../../src/site/data.ts';
import { sourceRef } from '../../src/site/format.ts';
import { reportPdfUrl } from '../../src/site/paths.ts';
import { pageMarkers } from '../../src/site/reports.ts';

describe('sourceRef with a page map', () => {
  it('cites page and line for a PDF, file:line otherwise', () => {
    expect(sourceRef('informe.pdf', 12, [1, 5, 12, 30])).toBe('informe.pdf, p. 3, línea 12');
    expect(sourceRef('informe.pdf', 29, [1, 5, 12, 30])).toBe('informe.pdf, p. 3, línea 29');
    expect(sourceRef('informe.pdf', 10, [1, 5, 12, 30], 31)).toBe('informe.pdf, pp. 2–4, líneas 10–31');
    expect(sourceRef('informe.pdf', 13, [1, 5, 12, 30], 20)).toBe('informe.pdf, p. 3, líneas 13–20');
    expect(sourceRef('informe.pdf', null, [1, 5])).toBe('informe.pdf');
    expect(sourceRef('informe.txt', 164)).toBe('informe.txt:164');
    expect(sourceRef('informe.txt', 151, null, 158)).toBe('informe.txt:151–158');
  });
});

describe('pageMarkers', () => {
  it('one marker per page start; pages without text share the next page’s marker', () => {
    expect(pageMarkers([1, 3, 3, 7], 10)).toEqual([{ line: 1, page: 1, to: 1 }, { line: 3, page: 2, to: 3 }, { line: 7, page: 4, to: 4 }]);
    expect(pageMarkers(null, 10)).toEqual([]);
    // A page map longer than the text (trailing empty pages) has no marker past the end.
    expect(pageMarkers([1, 11], 10)).toEqual([{ line: 1, page: 1, to: 1 }]);
  });
});

describe('the original PDF and its extracted text', () => {
  const dirs: string[] = [];
  afterAll(() => { for (const d of dirs) fs.rmSync(d, { recursive: true, force: true }); });

  it('reportPdfUrl opens the PDF at a page', () => {
    expect(reportPdfUrl('informe-x', 7)).toMatch(/\/informes\/informe-x\.pdf#page=7$/);
    expect(reportPdfUrl('informe-x')).toMatch(/\/informes\/informe-x\.pdf$/);
  });

  it('readReportText gives a PDF’s extracted text (DATA_DIR/pdf-text) with the PDF’s hash, or null without it', () => {
    const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-pdf-site-r-'));
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-pdf-site-d-'));
    dirs.push(reports, data);
    fs.copyFileSync(path.join(import.meta.dirname, '../fixtures/pdf/bellamaria-p1.pdf'), path.join(reports, 'a.pdf'));
    expect(readReportText('a.pdf', reports, data)).toBeNull();
    fs.mkdirSync(path.join(data, 'pdf-text'));
    fs.writeFileSync(path.join(data, 'pdf-text', 'a.pdf.txt'), 'Formato A\nRUC: 0760029910001');
    const t = readReportText('a.pdf', reports, data)!;
    expect(t.pdf).toBe(true);
    expect(t.lines).toEqual(['Formato A', 'RUC: 0760029910001']);
    expect(t.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
