/**
 * CONTRIBUTING.md, "Añadir un formato de informe", followed once for a toy format: a parser
 * module's descriptor (format, label, description, detect, parse) written here as a contributor
 * would write src/ingest/parsers/<formato>.ts, then the recipe's checks. The toy input is below
 * with its line numbers; every expected value is read from it by hand.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest, toSource } from '../../src/ingest/build.ts';
import { decodeReport } from '../../src/lib/decode.ts';
import { isMissing, parseDecimal, percentOf } from '../../src/lib/numbers.ts';
import { detectParser, PARSERS, withParser } from '../../src/ingest/parsers/index.ts';
import { emptyResult, flag, type Parser, type ParseResult, type SourceText } from '../../src/ingest/types.ts';
import { FORMATS } from '../../src/schema/datasets.ts';

// Step 2: the parser module. `format` is typed by the schema's FORMATS (step 3): a contributor
// adds 'hoja-metas' there; the toy borrows the type without changing the data contract.
const TITLE = /^HOJA DE METAS\b/;
const ROW = /^META \| (.+?) \| (.+?) \| (.+)$/;
const toy = {
  format: 'hoja-metas' as (typeof FORMATS)[number],
  label: 'Hoja de metas (formato de ejemplo)',
  description: 'Una línea «META | indicador | planificado | alcanzado» por meta, bajo el título «HOJA DE METAS».',
  countLabel: 'hojas',
  // Cheap and specific: the first line, never the file name.
  detect: (src: SourceText) => TITLE.test(src.lines[0] ?? ''),
  parse(src: SourceText): ParseResult {
    const yearLine = src.lines.findIndex((l) => /^Año: \d{4}$/.test(l));
    const year = yearLine >= 0 ? Number(src.lines[yearLine]!.slice(5)) : 0;
    const result = emptyResult(
      { period: String(year), year, title: 'Hoja de metas', report_number: null, complete: true, budget_pct_reported: null, goals_pct_reported: null, goals_pct_reported_line: null, date: null },
      { name: src.lines.find((l) => l.startsWith('Institución: '))?.slice(13) ?? null },
    );
    src.lines.forEach((line, i) => {
      const m = ROW.exec(line);
      if (!m) return;
      const n = i + 1;
      const value = (text: string, field: string) => {
        if (isMissing(text)) {
          result.flags.push(flag(src, 'info', 'value_missing', 'valor no publicado', text, n, { dataset: 'goals', field }));
          return null;
        }
        return parseDecimal(text).value;
      };
      const planned = value(m[2]!, 'planned');
      const achieved = value(m[3]!, 'achieved');
      result.goals.push({
        unit: null, unit_number: null, objective: null, goal_number: String(result.goals.length + 1), goal: null,
        indicator: m[1]!, planned, achieved, value_unit: null, value_text: null, pct_reported: null,
        pct_computed: percentOf(achieved, planned), plan_objective: null, source_line: n,
      });
    });
    return result;
  },
} satisfies Parser;

// Step 1: a report as it would be saved (no TAB characters: real documents have none).
const INPUT = [
  'HOJA DE METAS 2023', // 1
  'Institución: Ministerio del Interior', // 2
  'Año: 2023', // 3
  '', // 4
  'META | Operativos de control | 1.200 | 1.350,5', // 5
  'META | Charlas comunitarias | 40 | N/A', // 6
].join('\n');
const src = (text: string, file = 'hoja.txt') => toSource(file, text).src;

describe('toy format: the recipe for a new report format', () => {
  it('step 2: detect looks at the content, parse keeps the source line of every row', () => {
    expect(toy.detect(src(INPUT))).toBe(true);
    const r = toy.parse(src(INPUT));
    expect(r.report.year).toBe(2023);
    expect(r.institution.name).toBe('Ministerio del Interior');
    expect(r.goals.map((g) => [g.indicator, g.planned, g.achieved, g.pct_computed, g.source_line])).toEqual([
      ['Operativos de control', 1200, 1350.5, 112.54, 5],
      ['Charlas comunitarias', 40, null, null, 6],
    ]);
  });

  it('step 5: a doubtful value is a flag "problema: valor (archivo:línea)"', () => {
    expect(toy.parse(src(INPUT)).flags).toEqual([
      { severity: 'info', code: 'value_missing', message: 'valor no publicado: "N/A" (hoja.txt:6)', dataset: 'goals', field: 'achieved', source_line: 6 },
    ]);
  });

  it('step 6: bad inputs (empty, truncated, a 5 MB line) give an empty result, never an exception', () => {
    expect(toy.detect(src(''))).toBe(false);
    expect(toy.parse(src('HOJA DE METAS\nMETA | x |')).goals).toEqual([]);
    const long = toSource('largo.txt', `HOJA DE METAS\n${'9'.repeat(5_000_000)}\nMETA | a | 1 | 1`);
    expect(long.flags.map((f) => f.code)).toEqual(['line_too_long']);
    expect(toy.parse(long.src).goals.map((g) => g.source_line)).toEqual([3]);
  });

  it('step 7: detect says no to every bundled report, and no parser of the table claims the toy input', () => {
    for (const f of readdirSync('data/reports').filter((x) => x !== 'README.md')) {
      const d = decodeReport(new Uint8Array(readFileSync(join('data/reports', f))));
      if (d.ok) expect(toy.detect(src(d.text, f)), f).toBe(false);
    }
    // Until the toy is registered, only the fallback claims it (its header names an institution
    // and a year): a document without figures. Registered, before the fallback, the toy reads it.
    expect(detectParser(src(INPUT))?.format).toBe('documento');
    expect(detectParser(src(INPUT), PARSERS.filter((p) => !p.fallback))).toBeNull();
    expect(detectParser(src(INPUT), withParser(toy))).toBe(toy);
  });

  // Step 3 is the data contract: until the format is in FORMATS, the driver keeps the file as a
  // flag naming it instead of writing rows of an unknown format.
  const dir = mkdtempSync(join(tmpdir(), 'toy-format-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('step 4 and 3: registered in the table, the driver runs it; a format missing from FORMATS is refused with a flag', () => {
    writeFileSync(join(dir, 'hoja.txt'), INPUT);
    const { datasets, summaries } = ingest({ reportsDir: dir, institutionsFile: 'data/institutions.csv', parsers: withParser(toy) });
    expect(summaries.map((s) => s.file)).toEqual(['hoja.txt']);
    expect(datasets.reports).toEqual([]);
    expect(datasets.flags.filter((f) => f.severity === 'error').map((f) => [f.code, f.field, f.source_file, f.source_line])).toEqual([
      ['invalid_record', 'format', 'hoja.txt', 1],
    ]);
  });
});
