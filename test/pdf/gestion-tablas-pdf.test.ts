/**
 * The PORTOPARQUES Informe de Gestión 2025 read from its PDF (PDF.js, not pdftotext) through the
 * ingest driver gives exactly the figures written by hand in
 * test/fixtures/informe-gestion-tablas/portoparques-2025-informe-gestion.expected.json (read on
 * the PDF pages, see that folder's README.md), under the same names, and every record cites the
 * PDF page the README gives for it.
 *
 * Line numbers differ from the expected JSON's (those are lines of the pdftotext `.layout.txt`);
 * the page, the figure and its name are what must not change.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageOfLine } from '../../src/lib/pdf.ts';
import { useIngestedCopies } from '../support/ingest-copies.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/informe-gestion-tablas');
const PDF = 'portoparques-2025-informe-gestion.pdf';

interface Expected {
  report: Record<string, unknown>;
  institution: { name: string };
  budget_summaries: Record<string, unknown>[];
  budget_lines: Record<string, unknown>[];
  goals: Record<string, unknown>[];
}
const expected = JSON.parse(readFileSync(join(FIXTURES, 'portoparques-2025-informe-gestion.expected.json'), 'utf8')) as Expected;
const withoutLine = ({ source_line: _line, ...rest }: Record<string, unknown>) => rest;

const copies = useIngestedCopies([join(FIXTURES, PDF)]);

describe('Informe de Gestión PORTOPARQUES 2025 read from the PDF', () => {
  const report = () => copies.result().datasets.reports.find((r) => r.source_file === PDF)!;
  const page = (line: number) => pageOfLine(report().page_starts, line);
  const pdfLine = (line: number) => (copies.result().pdf!.get(PDF) as { text: string }).text.split('\n')[line - 1]!;

  it('is read as informe-gestion-tablas with its 40-page map, under the institution of its cover', () => {
    expect(report()).toMatchObject({ ...expected.report, format: 'informe-gestion-tablas', institution_name_reported: expected.institution.name });
    expect(report().page_starts).toHaveLength(40);
  });

  it('budget: the seven expense groups and the TOTALES row, with the pages of the README', () => {
    const lines = copies.result().datasets.budget_lines.filter((l) => l.source_file === PDF);
    const keys = Object.keys(withoutLine(expected.budget_lines[0]!));
    expect(lines.map((l) => Object.fromEntries(keys.map((k) => [k, l[k as keyof typeof l]]))))
      .toEqual(expected.budget_lines.map(withoutLine));
    // README: groups 51 and 53 on page 21, 57/71/73 on page 22, 84 and 97 on page 23.
    expect(lines.map((l) => page(l.source_line))).toEqual([21, 21, 22, 22, 22, 23, 23]);
    expect(pdfLine(lines[0]!.source_line)).toContain('$588.065,93');

    const totals = copies.result().datasets.budget_summaries.filter((s) => s.source_file === PDF);
    expect(totals).toHaveLength(1);
    expect(totals[0]).toMatchObject(withoutLine(expected.budget_summaries[0]!));
    // TOTALES: $4.783.023,29 · $3.270.778,15 · 68,38 %, page 23.
    expect(page(totals[0]!.source_line)).toBe(23);
    expect(pdfLine(totals[0]!.source_line)).toMatch(/TOTALES.*4\.783\.023,2/);
  });

  it('indicators: the 28 goals of the expected JSON, each figure under its own indicator', () => {
    const goals = copies.result().datasets.goals.filter((g) => g.source_file === PDF);
    const keys = Object.keys(withoutLine(expected.goals[0]!));
    expect(goals.map((g) => Object.fromEntries(keys.map((k) => [k, g[k as keyof typeof g]]))))
      .toEqual(expected.goals.map(withoutLine));
  });

  it('indicators cite their pages: 25 rows on page 20, the semestral and the annual indicator of page 21', () => {
    const goals = copies.result().datasets.goals.filter((g) => g.source_file === PDF);
    expect(goals.map((g) => page(g.source_line))).toEqual([...Array<number>(25).fill(20), 21, 21, 21]);
    const semestral = goals.filter((g) => g.indicator === 'Mantenimiento de equipos informáticos y de comunicación');
    expect(semestral.map((g) => [g.goal_number, g.planned, g.achieved])).toEqual([['2025-junio', 17, 17], ['2025-diciembre', 17, 17]]);
    expect(semestral.map((g) => pdfLine(g.source_line))).toEqual([expect.stringMatching(/2025-junio\s+17/), expect.stringMatching(/2025-diciembre\s+17/)]);
    const annual = goals.find((g) => g.indicator === 'Número de Espacios concesionados.')!;
    expect([annual.planned, annual.achieved]).toEqual([44, 60]);
    expect(pdfLine(annual.source_line)).toMatch(/\b44\s+60\b/);
  });

  it('tables drawn with borders: a justified cell reads with one space between words, a cell in the middle of its row on its row\'s first line', () => {
    // (test/fixtures/pdf/README.md, pages 3 and 4: the borders' boxes, src/ingest/pdf/ruled.ts)
    const lines = (copies.result().pdf!.get(PDF) as { text: string }).text.split('\n');
    const onPage = (n: number) => lines.filter((_, i) => page(i + 1) === n);
    // page 3: «Se   da   cumplimiento   a   través   del   PLAN   DE», stretched to its cell's edges
    expect(onPage(3).filter((l) => /Se\s+da\s+cumplimiento/u.test(l)).map((l) => l.trim().split(/\s{2,}/u).at(-1))).toEqual(Array(5).fill('Se da cumplimiento a través del PLAN DE'));
    // page 3: «Jueves 5 de febrero del 2026», in the middle of «Fecha de entrega del» / «informe:»
    expect(onPage(3).find((l) => l.includes('Fecha de entrega del'))).toMatch(/Fecha de entrega del\s+Jueves 5 de febrero del 2026$/u);
    // page 4: «100,00%» and «FINALIZADO», in the middle of activity 1.1's six lines, and the
    // plan and milestone whose cells span activities 1.1-1.9, on 1.1's first line
    expect(onPage(4).find((l) => l.includes('1.1. PREPARATORIA'))!.trim().split(/\s{2,}/u))
      .toEqual(['PLN-2025-02015:', '1. SERVICIO DE', '1.1. PREPARATORIA: CONTRATACIÓN', '100,00%', 'FINALIZADO']);
    // page 28: a currency sign set apart from its amount is no word of the month's cell
    expect(onPage(28).find((l) => l.includes('Enero 2025'))!.trim().split(/\s{2,}/u)).toEqual(['Enero 2025', '$', '19.978,20', '$', '20.326,40']);
  });

  it('no warning or error', () => {
    expect(copies.result().datasets.flags.filter((f) => f.source_file === PDF && f.severity !== 'info').map((f) => f.message)).toEqual([]);
  });
});
