import { describe, expect, it } from 'vitest';
import { PDF_END, PDF_START, renderPdfSection, withPdfSection, type PdfBenchFigures } from '../../bench/pdf.ts';

const figures: PdfBenchFigures = {
  files: [{ file: 'a.pdf', pages: 2, ms: 600, popplerMs: 200, numbersFound: 9, numbers: 10, linesFound: 3, lines: 4 }],
  threads: 2, phaseMs: 900, popplerParallelMs: 200, oneThreadMs: 1200, popplerOneByOneMs: 300, load: [1.5, 2.25], sequentialMs: 600, popplerSequentialMs: 200, cachedMs: 50, cachedFiles: 1, ocr: null,
  batch: { files: 31, printed: 25, pages: 213, threads: 2, phaseMs: 3000, phaseCpuMs: 5500, popplerParallelMs: 1250 },
};

describe('bench/pdf.ts section of BENCHMARKS.md', () => {
  it('states the ratios against pdftotext and whether the 3x target is met', () => {
    const s = renderPdfSection(figures, '2026-12-03 10:00 UTC', 'npm run bench:pdf');
    expect(s.startsWith(`${PDF_START}\n## PDF\n`)).toBe(true);
    expect(s.endsWith(PDF_END)).toBe(true);
    expect(s).toContain('| 0.90 s | 0.20 s | **4.50x** (objetivo ≤ 3x: no cumplido) |');
    expect(s).toContain('| a.pdf | 2 | 0.60 s | 0.20 s | 3.00x | 90.0 % | 75.0 % |');
    expect(s).toContain('(2 hilos) frente a pdftotext (2 procesos a la vez) | 0.90 s | 0.20 s | **4.50x**');
    expect(s).toContain('un archivo tras otro | 1.20 s | 0.30 s | 4.00x |');
    expect(s).toContain('carga media de la máquina (1 min) 1.5 al empezar y 2.3 al terminar');
    expect(s).toContain('| lote de 31 PDF (6 reales + 25 impresos, 213 páginas): fase del ingest en un proceso nuevo, sin caché (2 hilos; CPU de todos los hilos 5.50 s)'
      + ' frente a pdftotext (2 procesos a la vez) | 3.00 s | 1.25 s | **2.40x** (objetivo ≤ 3x: cumplido) |');
    expect(renderPdfSection({ ...figures, batch: null }, '2026-12-03 10:00 UTC', 'npm run bench:pdf')).not.toContain('lote');
  });

  it('replaces its own section and keeps the rest of the file; appends it when absent', () => {
    const doc = `# Benchmarks\n\nintro\n\n${PDF_START}\nviejo\n${PDF_END}\n\n## Cómo reproducir\n`;
    expect(withPdfSection(doc, `${PDF_START}\nnuevo\n${PDF_END}`)).toBe(`# Benchmarks\n\nintro\n\n${PDF_START}\nnuevo\n${PDF_END}\n\n## Cómo reproducir\n`);
    expect(withPdfSection('# B\n', 'S')).toBe('# B\n\nS\n');
  });
});
