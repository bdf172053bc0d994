/**
 * Issue 15: nothing is lost quietly and no dataset string carries markup or control characters.
 * Each hostile copy is a bundled report with one change; the expected values are the bundled
 * report's own (data/reports/README.md) or the injected text itself.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest, type IngestResult } from '../../src/ingest/build.ts';
import { hasMarkup, plainText, removeControlCharacters } from '../../src/ingest/plain.ts';
import { stripHtml } from '../../src/lib/text.ts';
import { decodeReport } from '../../src/lib/decode.ts';
import { parseMoneyCents } from '../../src/lib/numbers.ts';
import { exactCases } from '../support/cases.ts';

const REPORTS = 'data/reports';
const MDI = '2023-ministerio-del-interior-rendicion-de-cuentas.txt';
const mdi = readFileSync(join(REPORTS, MDI), 'utf8');
const NAME_LINE = 'NOMBRE DE LA INSTITUCIÓN:\tMINISTERIO DEL INTERIOR';

let dir: string;
let outside: string;
let result: IngestResult;

/** Every string (and string-array item) of every dataset record, with where it is. */
function allStrings(r: IngestResult): { where: string; value: string }[] {
  const out: { where: string; value: string }[] = [];
  for (const [name, rows] of Object.entries(r.datasets)) {
    for (const row of rows as Record<string, unknown>[]) {
      for (const [k, v] of Object.entries(row)) {
        if (typeof v === 'string') out.push({ where: `${name}.${k}`, value: v });
        else if (Array.isArray(v)) for (const x of v) if (typeof x === 'string') out.push({ where: `${name}.${k}`, value: x });
      }
    }
  }
  return out;
}

beforeAll(() => {
  expect(mdi).toContain(NAME_LINE);
  dir = mkdtempSync(join(tmpdir(), 'ca-hard-'));
  outside = mkdtempSync(join(tmpdir(), 'ca-outside-'));
  // Entity-escaped payloads in the institution name: decoded once, then the tags removed.
  writeFileSync(join(dir, 'a-escaped.txt'), mdi.replace(NAME_LINE,
    'NOMBRE DE LA INSTITUCIÓN:\t&lt;img src=x onerror=alert(1)&gt;MINISTERIO DEL INTERIOR&lt;script&gt;alert(2)&lt;/script&gt;'));
  // Control characters (ESC, BEL, NUL) in the name: removed and flagged, the report still read.
  writeFileSync(join(dir, 'b-control.txt'), mdi.replace(NAME_LINE, 'NOMBRE DE LA INSTITUCIÓN:\tMINISTERIO\x1b\x07 DEL\x00 INTERIOR'));
  // One NUL byte near the top: a defect, not a binary file.
  writeFileSync(join(dir, 'c-nul.txt'), mdi.replace('PERIODO 2023', 'PERIODO\x00 2023'));
  // A dotfile, a folder, a symlink leaving the folder and one staying inside.
  writeFileSync(join(dir, '.oculto.txt'), mdi);
  mkdirSync(join(dir, 'subcarpeta'));
  writeFileSync(join(outside, 'secreto.txt'), mdi);
  symlinkSync(join(outside, 'secreto.txt'), join(dir, 'd-fuera.txt'));
  symlinkSync(join(dir, 'a-escaped.txt'), join(dir, 'e-dentro.txt'));
  symlinkSync(join(dir, 'no-existe.txt'), join(dir, 'f-roto.txt'));
  // data/reports/2023-ministerio-del-interior-rendicion-de-cuentas.txt line 152: "Bienes y servicios
  // de consumo  \$7.496.825,85  \$5.183.550,70  69,14 %"; the hostile copy makes the planned amount negative.
  expect(mdi.split('\n')[151]).toContain('Bienes y servicios de consumo\t\\$7.496.825,85\t\\$5.183.550,70\t69,14 %');
  writeFileSync(join(dir, 'g-negative.txt'), mdi.replace('\\$7.496.825,85', '\\$-7.496.825,85'));
  result = ingest({ reportsDir: dir, institutionsFile: 'data/institutions.csv' });
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

// Entities are decoded once, then the tags they spelled removed (a double-escaped entity stays
// text); plainText removes tags and XML-invalid characters and says how many (the removed tag
// leaves a space: "< img" is text for an HTML parser, not a tag).
exactCases('plain text: stripHtml, plainText, hasMarkup', 'plain-text', { stripHtml, plainText, hasMarkup }, true);

describe('plain text in datasets', () => {
  it('removeControlCharacters keeps TAB, LF and FF and lists the lines', () => {
    const r = removeControlCharacters('a\tb\n\x0cc\x00d\x1b\ne');
    expect(r.text).toBe('a\tb\n\x0ccd\ne');
    expect(r.lines).toEqual([{ line: 2, codes: ['U+0000', 'U+001B'], count: 2 }]);
  });

  it('no dataset string holds a tag or a control character after ingesting the hostile copies', () => {
    const strings = allStrings(result);
    expect(strings.length).toBeGreaterThan(1000);
    expect(strings.filter((s) => hasMarkup(s.value))).toEqual([]);
    // eslint-disable-next-line no-control-regex
    expect(strings.filter((s) => /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(s.value))).toEqual([]);
  });

  it('keeps the escaped-name report, with the name as plain text', () => {
    const report = result.datasets.reports.find((r) => r.source_file === 'a-escaped.txt');
    expect(report?.institution_name_reported).toBe('MINISTERIO DEL INTERIOR');
    expect(report?.institution_id).toBe('ministerio-del-interior');
  });

  it('keeps the control-character report and flags the line', () => {
    const report = result.datasets.reports.find((r) => r.source_file === 'b-control.txt');
    expect(report?.institution_name_reported).toBe('MINISTERIO DEL INTERIOR');
    const line = mdi.split('\n').indexOf(NAME_LINE) + 1;
    const flags = result.datasets.flags.filter((f) => f.source_file === 'b-control.txt' && f.code === 'control_character');
    expect(flags.map((f) => f.message)).toEqual([
      `3 carácter(es) de control eliminado(s) (byte NUL: archivo dañado o mal convertido): "U+001B U+0007 U+0000" (b-control.txt:${line})`,
    ]);
  });
});

describe('nothing lost quietly', () => {
  it('a NUL byte is not a binary verdict: the report is read, with the same budget as the bundled one', () => {
    expect(decodeReport(Buffer.from('PERIODO\x00 2023\nmás texto de un informe normal\n')).ok).toBe(true);
    const bundled = ingest({ reportsDir: REPORTS, institutionsFile: 'data/institutions.csv' }).datasets;
    const rows = (file: string, d = result.datasets) => d.budget_lines.filter((b) => b.source_file === file).map((b) => [b.planned, b.executed]);
    expect(rows('c-nul.txt').length).toBeGreaterThan(0);
    expect(rows('c-nul.txt')).toEqual(rows(MDI, bundled));
    const flags = result.datasets.flags.filter((f) => f.source_file === 'c-nul.txt' && f.code === 'control_character');
    expect(flags).toHaveLength(1);
    expect(flags[0]!.severity).toBe('warning');
  });

  it('a file mostly made of control bytes is still binary', () => {
    expect(decodeReport(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3, 4]))).toEqual({ ok: false, reason: 'archivo binario (no es texto)' });
  });

  it('lists every skipped entry in the summary with its reason', () => {
    const skipped = Object.fromEntries(result.summaries.filter((s) => s.skipped).map((s) => [s.file, s.skipped]));
    expect(skipped).toEqual({
      '.oculto.txt': 'archivo oculto (el nombre empieza con un punto)',
      'd-fuera.txt': 'enlace simbólico que sale de la carpeta de informes; no se sigue',
      'f-roto.txt': 'enlace roto o archivo inaccesible (ENOENT)',
      subcarpeta: 'no es un archivo regular (carpeta u otro)',
    });
  });

  it('refuses the symlink leaving the folder with an error flag, and publishes nothing from it', () => {
    const flags = result.datasets.flags.filter((f) => f.source_file === 'd-fuera.txt');
    expect(flags.map((f) => [f.severity, f.code])).toEqual([['error', 'file_skipped']]);
    expect(result.datasets.reports.some((r) => r.source_file === 'd-fuera.txt')).toBe(false);
    // A link that stays inside the folder is read like any file.
    expect(result.datasets.reports.some((r) => r.source_file === 'e-dentro.txt')).toBe(true);
    expect(result.datasets.flags.filter((f) => f.source_file === '.oculto.txt').map((f) => f.code)).toEqual(['file_skipped']);
  });
});

describe('numbers the form does not allow', () => {
  it('flags a negative planned amount (kept, with its line) — MDI line 152 made negative', () => {
    const line = result.datasets.budget_lines.find((b) => b.source_file === 'g-negative.txt' && b.source_line === 152);
    expect(line?.planned).toBe(-7496825.85);
    expect(line?.executed).toBe(5183550.7);
    const flags = result.datasets.flags.filter((f) => f.source_file === 'g-negative.txt' && f.code === 'value_negative');
    expect(flags.map((f) => [f.severity, f.field, f.source_line, f.message])).toEqual([
      ['warning', 'planned', 152, 'planned negativo, que el formulario no admite: -7496825.85 (g-negative.txt:152)'],
    ]);
    // The bundled report itself has none.
    expect(result.datasets.flags.filter((f) => f.source_file === 'a-escaped.txt' && f.code === 'value_negative')).toEqual([]);
  });

  it('refuses an amount whose cents are beyond 2^53 instead of rounding it', () => {
    // 2^53 - 1 = 9.007.199.254.740.991 cents = $90.071.992.547.409,91: still exact.
    expect(parseMoneyCents('$90.071.992.547.409,91')).toEqual({ value: 9007199254740991, issue: null, raw: '$90.071.992.547.409,91' });
    // Three decimals round up to 2^53 cents, which is not exact any more.
    expect(parseMoneyCents('$90.071.992.547.409,915')).toEqual({ value: null, issue: 'suspicious', raw: '$90.071.992.547.409,915' });
    expect(parseMoneyCents('$1.000.000.000.000.000,00').value).toBeNull();
    expect(parseMoneyCents('$-7.496.825,85').value).toBe(-749682585);
  });
});
