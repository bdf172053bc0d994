/**
 * Every format is one descriptor (src/ingest/parsers/<format>.ts): these checks run over the
 * whole parser table and every real input the repository holds, so a new format or a new
 * bundled report is covered without editing this file.
 * - test/fixtures/<format>/: each input's format is the folder it was filed in;
 * - data/reports/: each report's format is written by hand in test/fixtures/bundled-formats.csv
 *   (from data/reports/README.md), and every report must be listed there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readInput, toSource } from '../../src/ingest/build.ts';
import { DEFAULT_PDF_CACHE_DIR } from '../../src/ingest/pdf/cache.ts';
import { extractPdfs } from '../../src/ingest/pdf/pool.ts';
import { detectParser, FORMAT_DESCRIPTORS, PARSERS } from '../../src/ingest/parsers/index.ts';
import { FORMATS } from '../../src/schema/datasets.ts';
import { FORMAT_DOCS, FORMAT_LABELS } from '../../src/site/format.ts';

const FIXTURES = 'test/fixtures';
const REPORTS = 'data/reports';

const bundled = Papa.parse<{ file: string; format: string }>(readFileSync(join(FIXTURES, 'bundled-formats.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
// Bundled PDFs are read through the extraction phase, as the ingest reads them.
const pdf = await extractPdfs(REPORTS, bundled.map((b) => b.file).filter((f) => f.endsWith('.pdf')), { cacheDir: DEFAULT_PDF_CACHE_DIR });

const read = (path: string, name: string) => {
  const d = readInput(name, new Uint8Array(readFileSync(path)), pdf);
  if (!d.ok) throw new Error(`${name}: ${d.reason}`);
  return toSource(name, d.text).src;
};
const inputs: { path: string; name: string; format: string }[] = [
  ...FORMATS.flatMap((format) => readdirSync(join(FIXTURES, format))
    // Plain `pdftotext` output (.raw.txt) scrambles tables into one value per line: kept beside
    // the layout text as reference, read by no parser (test/parsers/gestion-tablas.test.ts).
    .filter((f) => /\.(txt|csv)$/.test(f) && !f.endsWith('.raw.txt'))
    .map((f) => ({ path: join(FIXTURES, format, f), name: f, format }))),
  ...bundled.map((b) => ({ path: join(REPORTS, b.file), name: b.file, format: b.format })),
];

describe('format descriptors', () => {
  it('the parser table has exactly one parser per format of the schema', () => {
    expect(PARSERS.map((p) => p.format).sort()).toEqual([...FORMATS].sort());
    for (const f of FORMATS) expect(FORMAT_DESCRIPTORS[f].format).toBe(f);
  });

  it('every descriptor names and explains its format (the site reads them)', () => {
    for (const p of PARSERS) {
      expect(p.label.trim(), p.format).not.toBe('');
      expect(p.description.length, p.format).toBeGreaterThan(40);
      expect(p.countLabel, p.format).toMatch(/^[a-z]+$/);
      expect(FORMAT_LABELS[p.format]).toBe(p.label);
    }
    expect(FORMAT_DOCS.map((d) => d.format)).toEqual([...FORMATS]);
    expect(new Set(PARSERS.map((p) => p.label)).size).toBe(PARSERS.length);
  });

  it('every bundled report is listed with its format', () => {
    const files = readdirSync(REPORTS).filter((f) => f !== 'README.md').sort();
    expect(bundled.map((b) => b.file).sort()).toEqual(files);
    for (const b of bundled) expect(FORMATS as readonly string[]).toContain(b.format);
  });

  it('the one fallback parser (documento: any text that names its institution or period) comes last', () => {
    expect(PARSERS.filter((p) => p.fallback).map((p) => p.format)).toEqual(['documento']);
    expect(PARSERS[PARSERS.length - 1]!.fallback).toBe(true);
  });

  it('every format has real inputs to detect', () => {
    for (const f of FORMATS) expect(inputs.filter((i) => i.format === f).length, f).toBeGreaterThan(0);
  });

  // Every parser × every input: the parser of the input's format claims it and no other specific
  // parser does, so the order of the table never decides a real input. The fallback, last, may say
  // "mine" to any text that names its institution or period: only files every other parser
  // declined reach it.
  describe.each(inputs)('$format: $name', ({ path, name, format }) => {
    const src = read(path, name);
    it('is claimed by its own parser first', () => {
      expect(detectParser(src)?.format).toBe(format);
    });
    it.each(PARSERS.filter((p) => !p.fallback || p.format === format).map((p) => [p.format, p] as const))('%s says whether it is its own', (_f, p) => {
      const own = p.format === format;
      expect(p.detect(src)).toBe(own);
    });
  });
});
