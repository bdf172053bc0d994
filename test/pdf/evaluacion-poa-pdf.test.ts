/**
 * The PORTOPARQUES evaluación del POA 2025 read from its PDF (PDF.js, not pdftotext) through the
 * ingest driver gives the same plans as its `pdftotext -layout` text: the four plans' TOTALES rows
 * as read by hand on the rendered PDF pages (test/fixtures/informe-gestion-tablas/README.md,
 * «read from the PDF»), each under its own plan, citing its page and the displayed line of its
 * TOTALES row, and no warning.
 *
 * Before: two plans had their columns shifted by one (the PDF text has no page footer between a
 * paragraph and the table header below it, so the header's HEADER_LINES counted two prose lines
 * and lost its «Codificado» line) and the fourth plan had no header at all (its header, at the
 * top of page 51, was dropped as a repeat of another table's header seven pages before).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageOfLine } from '../../src/lib/pdf.ts';
import { useIngestedCopies } from '../support/ingest-copies.ts';

const PDF = 'portoparques-2025-evaluacion-poa.pdf';
const copies = useIngestedCopies([join(import.meta.dirname, '../fixtures/informe-gestion-tablas', PDF)]);

/**
 * Read by hand on the rendered pages (pdftoppm -r 200): TOTALES inicial · reforma · codificado ·
 * devengado · saldo · % de ejecución, as printed, and the PDF page; the line is the displayed
 * line of that row in the extracted text (/informes/{id}/).
 */
const PLANS = [
  { plan: 'PLAN DE MANTENIMIENTO CONTINUO DE LAS ÁREAS VERDES PÚBLICAS', printed: ['1398942,00', '482357,59', '1881299,59', '1692448,29', '188851,30', '89,96%'], page: 26, line: 763 },
  { plan: 'PLAN DE FORTALECIMIENTO INSTITUCIONAL', printed: ['2229862,22', '-468292,30', '1761569,92', '1655792,30', '105777,62', '94,00%'], page: 42, line: 1232 },
  { plan: 'PLAN DE COMERCIALIZACIÓN Y MARKETING INSTITUCIONAL', printed: ['57600,00', '16946,58', '74546,58', '62090,00', '12456,58', '83,29%'], page: 48, line: 1403 },
  { plan: 'PLAN DE INFRAESTRUCTURA TECNOLÓGICA INFORMÁTICA Y COMUNICACIÓN', printed: ['20100,00', '-13717,98', '6382,02', '6382,02', '0,00', '100,00%'], page: 52, line: 1502 },
];

describe('Evaluación del POA PORTOPARQUES 2025 read from the PDF', () => {
  const report = () => copies.result().datasets.reports.find((r) => r.source_file === PDF)!;
  const pdfLine = (line: number) => (copies.result().pdf!.get(PDF) as { text: string }).text.split('\n')[line - 1]!;

  it('one budget line per plan: codificado, devengado and % of its TOTALES row, on its page and line', () => {
    const lines = copies.result().datasets.budget_lines.filter((l) => l.source_file === PDF);
    expect(lines.map((l) => [l.category, l.planned, l.executed, l.pct_reported, l.source_line, pageOfLine(report().page_starts, l.source_line)]))
      .toEqual([
        [PLANS[0]!.plan, 1881299.59, 1692448.29, 89.96, 763, 26],
        [PLANS[1]!.plan, 1761569.92, 1655792.3, 94, 1232, 42],
        [PLANS[2]!.plan, 74546.58, 62090, 83.29, 1403, 48],
        [PLANS[3]!.plan, 6382.02, 6382.02, 100, 1502, 52],
      ]);
  });

  it('each cited line is the TOTALES row with the six figures as printed', () => {
    for (const p of PLANS) {
      expect(pdfLine(p.line).trim().split(/\s+/)).toEqual(['TOTALES', ...p.printed]);
      expect(pageOfLine(report().page_starts, p.line)).toBe(p.page);
    }
  });

  it('the institution total: the four plans summed, 91,75 % as the report states', () => {
    const totals = copies.result().datasets.budget_summaries.filter((s) => s.source_file === PDF);
    // 1881299,59 + 1761569,92 + 74546,58 + 6382,02 and 1692448,29 + 1655792,30 + 62090,00 + 6382,02, added by hand.
    expect(totals.map((t) => [t.planned, t.executed, t.pct_reported, t.pct_computed])).toEqual([[3723798.11, 3416712.61, 91.75, 91.75]]);
  });

  it('inicial + reforma = codificado and codificado − devengado = saldo on every plan: no warning', () => {
    expect(copies.result().datasets.flags.filter((f) => f.source_file === PDF && f.severity !== 'info').map((f) => f.message)).toEqual([]);
  });
});
