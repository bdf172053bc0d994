/**
 * The «REPORTE DE CÉDULA PRESUPUESTARIA DE GASTOS» 2025 of PORTOPARQUES EP, read from its
 * `pdftotext -layout` text and from the PDF itself (through the ingest driver). Every expected
 * figure was read on the PDF by hand (test/fixtures/cedula-presupuestaria/README.md: page and
 * line of each), never taken from the parser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLUMNS, type CedulaRow, cedulaPresupuestariaParser as parser, readCedula } from '../../src/ingest/parsers/cedula-presupuestaria.ts';
import { detectParser } from '../../src/ingest/parsers/index.ts';
import { pageOfLine } from '../../src/lib/pdf.ts';
import { useIngestedCopies } from '../support/ingest-copies.ts';
import { expectValidRecords, readSource, sourceText } from '../support/parse.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/cedula-presupuestaria');
const PDF_FIXTURES = join(import.meta.dirname, '../fixtures/pdf');
const NAME = 'portoparques-2025-cedula-presupuestaria';
const layout = readSource(FIXTURES, `${NAME}.layout.txt`);
const HEADER_NAME = 'EMPRESA PÚBLICA MUNICIPAL DE PARQUES, CEMENTERIOS, AREAS VERDES, ZONAS DE RECREACIÓN';
const cents = (usd: string) => Math.round(Number(usd.replace(/,/g, '')) * 100);

/**
 * Every figure of the table (154 rows × 13 columns) read from the PDF's geometry, independently
 * of the parser (fixture README, «figures.json»).
 */
const FIGURES = JSON.parse(readFileSync(join(FIXTURES, `${NAME}.figures.json`), 'utf8')) as Record<string, string>[];
/** Rows whose figures differ from the PDF's, and how many figures are unknown (null). */
function againstPdf(rows: readonly CedulaRow[]): { rows: number; wrong: string[]; unknown: number } {
  const wrong: string[] = [];
  let unknown = 0;
  rows.forEach((r, k) => {
    for (const c of COLUMNS) {
      const v = r.values?.[c] ?? null;
      if (v === null) unknown++;
      else if (v !== cents(FIGURES[k]![c]!)) wrong.push(`${k + 1} ${c}: ${v}`);
    }
  });
  return { rows: rows.length, wrong, unknown };
}

/** The figures of the README, per row: [line, code, description, codificado, devengado acumulado]. */
const PARTIDAS = [
  [32, '510105', 'REMUNERACIONES UNIFICADAS', 435986.64, 435986.64],
  [104, '530101', 'AGUA POTABLE', 5957.61, 5356.40],
  [778, '970101', 'CUENTAS POR PAGAR DE AñOS ANTERIORES', 361134.15, 361134.15],
] as const;

describe('cédula presupuestaria from its pdftotext -layout text', () => {
  const result = parser.parse(layout);

  it('is claimed by its parser, first in the table', () => {
    expect(parser.detect(layout)).toBe(true);
    expect(detectParser(layout)?.format).toBe('cedula-presupuestaria');
  });

  it('header: institution as printed (truncated, no RUC), period, title and print date', () => {
    expect(result.institution).toMatchObject({ name: HEADER_NAME, ruc: null, nameFrom: 'header' });
    expect(result.report).toMatchObject({
      period: '2025', year: 2025, title: 'REPORTE DE CÉDULA PRESUPUESTARIA DE GASTOS', date: '2026-03-02',
      budget_pct_reported: null, complete: true,
    });
  });

  it('TOTALES (p. 12, line 782): all thirteen columns as printed', () => {
    const total = readCedula(layout).rows.find((r) => r.kind === 'total')!;
    expect(total.line).toBe(782);
    expect(total.values).toEqual({
      initial: cents('3,706,504.22'), reform: cents('17,293.89'), coded: cents('3,723,798.11'),
      certified: cents('1,769,474.59'), certifiedBalance: cents('31,200.00'),
      committed: cents('3,692,598.11'), committedAccrued: cents('3,692,598.11'),
      accrued: cents('3,416,712.61'), accruedTotal: cents('3,416,712.61'),
      paid: cents('2,510,674.30'), paidTotal: cents('2,510,674.30'),
      toCommit: cents('31,200.00'), toAccrue: cents('307,085.50'),
    });
  });

  it('budget summary = TOTALES: codificado, devengado, and the execution % computed (the cédula prints none)', () => {
    expect(result.budget_summaries).toEqual([{
      planned: 3723798.11, executed: 3416712.61,
      current_planned: null, current_executed: null, investment_planned: null, investment_executed: null,
      // 3,416,712.61 / 3,723,798.11 = 91.7534 %: the POA evaluation of the same year states «91,75 %»
      pct_reported: null, pct_computed: 91.75, basis: 'reported', source_line: 782,
    }]);
  });

  it('three partidas of pages 1, 2 and 12 with their codificado and devengado, on their lines', () => {
    for (const [line, item, description, planned, executed] of PARTIDAS) {
      const l = result.budget_lines.find((b) => b.source_line === line);
      expect(l, `${item} ${description}`).toEqual({
        line_type: 'Partida', category: `${item} ${description}`, planned, executed, pct_reported: null,
        pct_computed: Math.round((executed / planned) * 10000) / 100, source_line: line,
      });
    }
  });

  it('a description wrapped inside a word joins without a space (p. 2, lines 117-121: «…FOTOCOPIA» / «DO,TRADUCCIÓN…»)', () => {
    // Read on the layout text (fixture README): the export wraps «FOTOCOPIADO» in its narrow description
    // column; the word is printed whole on line 190 (p. 3). Codificado 715.38, devengado acumulado 278.90.
    const l = result.budget_lines.find((b) => b.source_line === 119)!;
    expect(l).toMatchObject({
      category: '530204 EDICIÓN,IMPRESIÓN,REPRODUCCIÓN,PUBLICACIONES,SUSCRIPCIONES,FOTOCOPIADO,TRADUCCIÓN,EMPASTADO,ENMARCACIÓN,SERIGRAFÍA, FOTOGRAFÍA, CARNETIZACIÓN, FILMACIÓN E IMÁGENES SATELITALES.',
      planned: 715.38, executed: 278.9,
    });
    expect(result.budget_lines.filter((b) => /FOTOCOPIA DO/.test(b.category))).toEqual([]);
  });

  it('partida rows: each column the arithmetic pins down (inicial, reforma, pagado), unknown where it does not', () => {
    const rows = readCedula(layout).rows;
    const at = (line: number) => rows.find((r) => r.line === line)!.values!;
    expect(at(32)).toMatchObject({ initial: cents('486,576.00'), reform: cents('-50,589.36'), coded: cents('435,986.64'), paidTotal: cents('400,955.95'), toAccrue: 0 });
    expect(at(104)).toMatchObject({ coded: cents('5,957.61'), paidTotal: cents('4,341.44'), toAccrue: cents('601.21') });
    // 4,320.00 and 1,637.61 both positive: swapped, they balance as well, so neither is published
    expect([at(104).initial, at(104).reform]).toEqual([null, null]);
    expect(at(778)).toMatchObject({ initial: cents('700,000.00'), reform: cents('-338,865.85'), paidTotal: cents('361,134.15') });
  });

  it('all 154 rows × 13 columns: no figure differs from the PDF\'s; 174 (inicial/reforma or certification pairs the arithmetic cannot tell apart) left unknown', () => {
    expect(againstPdf(readCedula(layout).rows)).toEqual({ rows: 154, wrong: [], unknown: 174 });
  });

  it('every row read: the partidas add up to TOTALES (3,723,798.11 and 3,416,712.61); no warning or error', () => {
    const sum = (k: 'planned' | 'executed') => result.budget_lines.reduce((s, l) => s + Math.round(l[k]! * 100), 0);
    expect([sum('planned'), sum('executed')]).toEqual([cents('3,723,798.11'), cents('3,416,712.61')]);
    expect(result.flags.filter((f) => f.severity !== 'info').map((f) => f.message)).toEqual([]);
    expectValidRecords(result, { report_id: 'r', institution_id: 'i', year: 2025, source_file: 'f.txt' });
  });
});

describe('cédula presupuestaria: what it must not do', () => {
  const text = readFileSync(join(FIXTURES, `${NAME}.layout.txt`), 'utf8');

  it('a figure moved to another column breaks its row\'s arithmetic: flagged, never published under another name', () => {
    // AGUA POTABLE (line 104): «5,356.40» (devengado) swapped with «4,341.44» (pagado) on its line.
    const lines = text.split('\n');
    lines[103] = lines[103]!.replace('5,356.40 5,356.40 4,341.44 4,341.44', '4,341.44 4,341.44 5,356.40 5,356.40');
    const r = parser.parse(sourceText(lines.join('\n'), 'x.txt'));
    expect(r.budget_lines.find((l) => l.source_line === 104)).toMatchObject({ planned: null, executed: null });
    expect(r.flags.filter((f) => f.severity === 'error').map((f) => f.source_line)).toEqual([104]);
    expect(r.flags.find((f) => f.source_line === 104)!.message).toMatch(/^fila de la cédula cuyas cifras no cuadran entre sí .*: no se publican sus cifras: "2025\.02\.02\.A100\.110\.530101\.000\.13\.01\.000\.0\.000 AGUA POTABLE" \(x\.txt:104\)$/);
  });

  it('truncated after page 1: rows read so far, no total made up from part of the table', () => {
    const r = parser.parse(sourceText(text.split('\n').slice(0, 72).join('\n'), 'x.txt'));
    expect(r.report.year).toBe(2025);
    expect(r.budget_summaries).toEqual([]);
    expect(r.flags.some((f) => f.severity === 'error' && /no se leen más cifras/.test(f.message))).toBe(true);
    expect(r.budget_lines.find((l) => l.source_line === 32)).toMatchObject({ planned: 435986.64, executed: 435986.64 });
  });

  it('empty, header only and a 5 MB line: no crash, nothing made up', () => {
    expect(parser.detect(sourceText('', 'x.txt'))).toBe(false);
    const header = text.split('\n').slice(0, 12).join('\n');
    const h = parser.parse(sourceText(header, 'x.txt'));
    expect([h.budget_lines, h.budget_summaries]).toEqual([[], []]);
    const huge = parser.parse(sourceText(`${header}\n${'9'.repeat(5_000_000)}\n`, 'x.txt'));
    expect(huge.budget_lines).toEqual([]);
    expect(huge.flags.map((f) => f.code)).toContain('line_too_long');
  });
});

describe('cédula presupuestaria from the PDF (PDF.js path)', () => {
  const PDF = `${NAME}.pdf`;
  const copies = useIngestedCopies([join(PDF_FIXTURES, PDF)]);

  it('is read as a cédula under the institution of its header, period 2025, 12 pages', () => {
    const report = copies.result().datasets.reports.find((r) => r.source_file === PDF)!;
    expect(report).toMatchObject({ format: 'cedula-presupuestaria', period: '2025', year: 2025, institution_name_reported: HEADER_NAME });
    expect(report.page_starts).toHaveLength(12);
  });

  it('the same budget as the layout text: TOTALES on page 12, the three partidas on pages 1, 2 and 12', () => {
    const ds = copies.result().datasets;
    const report = ds.reports.find((r) => r.source_file === PDF)!;
    const page = (line: number) => pageOfLine(report.page_starts, line);
    const summaries = ds.budget_summaries.filter((s) => s.source_file === PDF);
    expect(summaries).toMatchObject([{ planned: 3723798.11, executed: 3416712.61, pct_reported: null, pct_computed: 91.75, basis: 'reported' }]);
    expect(page(summaries[0]!.source_line)).toBe(12);
    const lines = ds.budget_lines.filter((l) => l.source_file === PDF);
    const text = (copies.result().pdf!.get(PDF) as { text: string }).text.split('\n');
    for (const [[, item, description, planned, executed], p] of PARTIDAS.map((x, i) => [x, [1, 2, 12][i]!] as const)) {
      const l = lines.find((b) => b.category === `${item} ${description}`)!;
      expect([l.planned, l.executed, page(l.source_line)], item).toEqual([planned, executed, p]);
      expect(text[l.source_line - 1]).toContain(description);
    }
    // every partida of the layout text, with the same figures
    const fromLayout = parser.parse(layout).budget_lines;
    expect(lines.map((l) => [l.category, l.planned, l.executed])).toEqual(fromLayout.map((l) => [l.category, l.planned, l.executed]));
  });

  it('TOTALES read from the PDF: all thirteen columns as printed', () => {
    const text = (copies.result().pdf!.get(PDF) as { text: string }).text;
    const total = readCedula(sourceText(text, PDF)).rows.find((r) => r.kind === 'total')!;
    expect(total.values).toMatchObject({
      initial: cents('3,706,504.22'), reform: cents('17,293.89'), coded: cents('3,723,798.11'),
      accruedTotal: cents('3,416,712.61'), paid: cents('2,510,674.30'), paidTotal: cents('2,510,674.30'), toAccrue: cents('307,085.50'),
    });
  });

  it('all 154 rows × 13 columns: no figure differs from the PDF\'s, none left unknown', () => {
    // (2 left unknown until the cells centred in their rows were moved up to the row's first line,
    // pdf/middle.ts: the pieces of a cut figure, «715.3» / «8», now sit on the row's own lines)
    const text = (copies.result().pdf!.get(PDF) as { text: string }).text;
    expect(againstPdf(readCedula(sourceText(text, PDF)).rows)).toEqual({ rows: 154, wrong: [], unknown: 0 });
  });

  it('no warning or error', () => {
    expect(copies.result().datasets.flags.filter((f) => f.source_file === PDF && f.severity !== 'info').map((f) => f.message)).toEqual([]);
  });
});
