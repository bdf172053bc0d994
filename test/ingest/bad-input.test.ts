/**
 * The ingest never crashes and never lets one bad file cost another its data.
 * Builds a reports folder with re-encoded copies of the real reports and hostile files,
 * then checks the numbers survive and every problem becomes a flag naming its file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/build.ts';
import type { Datasets } from '../../src/schema/datasets.ts';

const REPORTS = 'data/reports';
const MDI = '2023-ministerio-del-interior-rendicion-de-cuentas.txt';
const IESS = '2023-iess-unidad-rendicion-de-cuentas-fragmento.txt';
const CNE = '2023-consejo-nacional-electoral-lotaip-a4-metas.txt';
const OGP = '2019-2022-plan-de-accion-gobierno-abierto-ecuador.txt';
const QUITO = '2021-quito-az-manuela-saenz-informe-de-gestion.txt';

/** Windows-1252 encoder (enough for Spanish text and typographic punctuation). */
const CP1252_HIGH: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a,
  '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
  '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};
function cp1252(text: string): Buffer {
  return Buffer.from([...text].map((c) => {
    const code = c.codePointAt(0)!;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    const b = CP1252_HIGH[c];
    if (b === undefined) throw new Error(`not in cp1252: ${c}`);
    return b;
  }));
}
function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}
const read = (f: string) => readFileSync(join(REPORTS, f), 'utf8');

/** A report's records with file-specific provenance removed, for comparing copies. */
function recordsOf(d: Datasets, file: string) {
  const strip = (rows: readonly object[]) =>
    rows.filter((r) => (r as { source_file?: string }).source_file === file)
      .map((r) => {
        const { report_id: _a, source_file: _b, ...rest } = r as Record<string, unknown>;
        // A fragment is its own file's unidentified unit (unidad-no-identificada-<report id>).
        if (typeof rest.institution_id === 'string' && rest.institution_id.startsWith('unidad-no-identificada-')) rest.institution_id = 'unidad-no-identificada';
        return rest;
      });
  return {
    budget_lines: strip(d.budget_lines), budget_summaries: strip(d.budget_summaries), goals: strip(d.goals),
    procurement: strip(d.procurement), recommendations: strip(d.recommendations), deliberations: strip(d.deliberations),
    milestones: d.milestones.filter((m) => m.source_file === file).map(({ commitment_id: _c, source_file: _f, ...m }) => m),
  };
}

let dir: string;
let original: Datasets;
let hostile: Datasets;

beforeAll(() => {
  original = ingest({ reportsDir: REPORTS, institutionsFile: 'data/institutions.csv' }).datasets;
  dir = mkdtempSync(join(tmpdir(), 'ca-bad-'));
  for (const f of readdirSync(REPORTS)) copyFileSync(join(REPORTS, f), join(dir, f));
  writeFileSync(join(dir, 'mdi-cp1252.txt'), cp1252(read(MDI)));
  writeFileSync(join(dir, 'ogp-cp1252.txt'), cp1252(read(OGP)));
  writeFileSync(join(dir, 'iess-utf16.txt'), utf16le(read(IESS)));
  writeFileSync(join(dir, 'cne-bom-crlf.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(read(CNE).replace(/\n/g, '\r\n'))]));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0, 0, 1, 2, 3, 0xff, 0xfe, 0, 0]));
  writeFileSync(join(dir, 'unknown.txt'), 'Lorem ipsum dolor sit amet.\nNada que ver con rendición de cuentas.\n');
  const mdi = read(MDI).split('\n');
  writeFileSync(join(dir, 'mdi-truncated.txt'), mdi.slice(0, 160).join('\n'));
  writeFileSync(join(dir, 'quito-huge-line.txt'), read(QUITO).replace('1.2. CONCLUSIONES', `${'x'.repeat(5 * 1024 * 1024)}\n1.2. CONCLUSIONES`));
  hostile = ingest({ reportsDir: dir, institutionsFile: 'data/institutions.csv' }).datasets;
}, 120_000);

afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

describe('re-encoded copies give the same numbers as the original', () => {
  it.each([
    ['mdi-cp1252.txt', MDI],
    ['ogp-cp1252.txt', OGP],
    ['iess-utf16.txt', IESS],
    ['cne-bom-crlf.txt', CNE],
  ])('%s = %s', (copy, orig) => {
    const a = recordsOf(hostile, copy);
    const b = recordsOf(original, orig);
    expect(a).toEqual(b);
    expect(a.budget_lines.length + a.goals.length + a.milestones.length).toBeGreaterThan(0);
  });
  it('flags the conversion as info, not as an error', () => {
    const conv = hostile.flags.filter((f) => f.code === 'encoding_converted').map((f) => f.source_file).sort();
    expect(conv).toEqual(['iess-utf16.txt', 'mdi-cp1252.txt', 'ogp-cp1252.txt']);
    expect(hostile.flags.filter((f) => f.source_file === 'mdi-cp1252.txt' && f.severity === 'error')).toEqual([]);
  });
});

describe('hostile files become error flags naming the file', () => {
  it.each([
    ['empty.txt', 'unreadable'],
    ['binary.pdf', 'unreadable'],
    ['unknown.txt', 'unknown_format'],
  ])('%s → %s', (file, code) => {
    const flags = hostile.flags.filter((f) => f.source_file === file);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ severity: 'error', code, report_id: null });
    expect(flags[0]!.message).toContain(`(${file})`);
    expect(hostile.reports.some((r) => r.source_file === file)).toBe(false);
  });
  it('a truncated report keeps what it has', () => {
    const lines = hostile.budget_lines.filter((l) => l.source_file === 'mdi-truncated.txt');
    expect(lines.map((l) => l.planned)).toEqual(original.budget_lines.filter((l) => l.source_file === MDI).map((l) => l.planned));
    expect(hostile.procurement.filter((p) => p.source_file === 'mdi-truncated.txt')).toEqual([]);
  });
  it('a 5 MB line is set aside with a flag and the rest of the report still parses', () => {
    const f = hostile.flags.find((x) => x.source_file === 'quito-huge-line.txt' && x.code === 'line_too_long');
    expect(f?.severity).toBe('warning');
    const lines = hostile.budget_lines.filter((l) => l.source_file === 'quito-huge-line.txt');
    expect(lines.map((l) => [l.planned, l.executed])).toEqual([[5500, 4884.15]]);
  });
  it('every good report is still there', () => {
    for (const f of [MDI, IESS, CNE, OGP, QUITO]) expect(hostile.reports.some((r) => r.source_file === f)).toBe(true);
    expect(recordsOf(hostile, MDI)).toEqual(recordsOf(original, MDI));
  });
});

describe('determinism and the command line', () => {
  it('the same input gives byte-identical output', () => {
    const out1 = mkdtempSync(join(tmpdir(), 'ca-out1-'));
    const out2 = mkdtempSync(join(tmpdir(), 'ca-out2-'));
    try {
      for (const out of [out1, out2]) {
        execFileSync('npx', ['tsx', 'src/ingest/cli.ts', '--reports', REPORTS, '--out', out], { stdio: 'pipe' });
      }
      // Datasets and, under pdf-text/, the text of each bundled PDF.
      const files = (readdirSync(out1, { recursive: true }) as string[]).filter((f) => statSync(join(out1, f)).isFile()).sort();
      expect(files).toContain('budget_lines.csv');
      expect(files).toContain('flags.json');
      expect(files).toContain(join('pdf-text', 'portoparques-2025-informe-gestion.pdf.txt'));
      expect((readdirSync(out2, { recursive: true }) as string[]).filter((f) => statSync(join(out2, f)).isFile()).sort()).toEqual(files);
      for (const f of files) expect(readFileSync(join(out2, f), 'utf8'), f).toBe(readFileSync(join(out1, f), 'utf8'));
    } finally {
      rmSync(out1, { recursive: true, force: true });
      rmSync(out2, { recursive: true, force: true });
    }
  }, 60_000);
  it('prints one summary line per file, exits 0, and 1 with --strict when an error flag exists', () => {
    const out = mkdtempSync(join(tmpdir(), 'ca-out3-'));
    mkdirSync(out, { recursive: true });
    try {
      const lax = spawnSync('npx', ['tsx', 'src/ingest/cli.ts', '--reports', dir, '--out', out], { encoding: 'utf8' });
      expect(lax.status).toBe(0);
      expect(lax.stderr).toMatch(/^empty\.txt: desconocido, 0 filas, 0 advertencias, 1 errores$/m);
      expect(lax.stderr).toMatch(new RegExp(`^${MDI.replace(/\./g, '\\.')}: cpccs-rendicion, \\d+ filas`, 'm'));
      const strict = spawnSync('npx', ['tsx', 'src/ingest/cli.ts', '--reports', dir, '--out', out, '--strict'], { encoding: 'utf8' });
      expect(strict.status).toBe(1);
      const clean = spawnSync('npx', ['tsx', 'src/ingest/cli.ts', '--reports', REPORTS, '--out', out, '--strict'], { encoding: 'utf8' });
      expect(clean.status).toBe(0);
      const usage = spawnSync('npx', ['tsx', 'src/ingest/cli.ts', '--bogus'], { encoding: 'utf8' });
      expect(usage.status).toBe(2);
      expect(usage.stderr).toContain('opción desconocida: --bogus');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
