/**
 * The synthetic corpus generator (src/corpus): deterministic, a realistic mix of formats and
 * years with the same institutions every year, and a manifest that tells the truth about the
 * files — checked here against the text itself, independently of the ingest's parsers.
 */
import { readdirSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus, type Manifest, type ReportTruth } from '../../src/corpus/index.ts';
import { buildCatalogue, syntheticRuc } from '../../src/corpus/institutions.ts';
import { mulberry32, Rng } from '../../src/corpus/prng.ts';
import { parseInstitutionsCsv } from '../../src/ingest/institutions.ts';

const N = 30;
const SEED = 1;
const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'ca-corpus-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Every file the corpus writes (relative path → bytes). */
function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const f of ['institutions.csv', 'manifest.json']) out.set(f, readFileSync(join(dir, f)));
  for (const f of readdirSync(join(dir, 'reports'))) out.set(`reports/${f}`, readFileSync(join(dir, 'reports', f)));
  expect(readdirSync(dir).sort()).toEqual(['institutions.csv', 'manifest.json', 'reports']);
  return out;
}

let dir: string;
let manifest: Manifest;
let texts: Map<string, string[]>;
beforeAll(() => {
  dir = tempDir();
  manifest = writeCorpus(dir, { reports: N, seed: SEED }).manifest;
  texts = new Map(manifest.files.map((f) => [f.file, readFileSync(join(dir, 'reports', f.file), 'utf8').split('\n')]));
});

describe('corpus: determinism', () => {
  it('same N and seed → byte-identical reports, catalogue and manifest', () => {
    const again = tempDir();
    writeCorpus(again, { reports: N, seed: SEED });
    const a = snapshot(dir);
    const b = snapshot(again);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    expect(a.size).toBe(N + 2);
    for (const [name, bytes] of a) expect(bytes.equals(b.get(name)!), name).toBe(true);
  });

  it('a different seed gives a different corpus', () => {
    const other = tempDir();
    writeCorpus(other, { reports: N, seed: SEED + 1 });
    const a = snapshot(dir);
    const b = snapshot(other);
    expect(b.get('manifest.json')!.equals(a.get('manifest.json')!)).toBe(false);
    const same = [...a.keys()].filter((k) => b.has(k) && a.get(k)!.equals(b.get(k)!));
    expect(same).toEqual([]);
  });

  it('a report does not depend on how many reports follow it', () => {
    const small = [...generateCorpus({ reports: 6, seed: SEED }).files()];
    const big = [...generateCorpus({ reports: N, seed: SEED }).files()].slice(0, 6);
    // The catalogue is drawn institution by institution, so the first ones are the same whatever N.
    expect(small.map((f) => f.name)).toEqual(big.map((f) => f.name));
    expect(small.map((f) => f.text)).toEqual(big.map((f) => f.text));
  });

  it('the generator never reads the clock or Math.random', () => {
    const src = fileURLToPath(new URL('../../src/corpus/', import.meta.url));
    for (const f of readdirSync(src)) {
      const code = readFileSync(join(src, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, f).not.toMatch(/Math\.random|Date\.now|new Date|performance\.now|hrtime/);
    }
  });

  it('mulberry32 is the reference sequence', () => {
    const next = mulberry32(1);
    expect([next(), next(), next()].map((x) => Math.floor(x * 1e9))).toEqual([627073940, 2735721, 527447039]); // 0.62707394..., 0.00273572..., 0.52744703...
    expect(Rng.derive(1, 'a').int(0, 1000)).toBe(Rng.derive(1, 'a').int(0, 1000));
  });
});

describe('corpus: mix of formats, years and institutions', () => {
  it('writes N reports named <year>-<institution-slug>-<format>.txt', () => {
    expect(manifest.files).toHaveLength(N);
    expect(readdirSync(join(dir, 'reports')).sort()).toEqual(manifest.files.map((f) => f.file).sort());
    for (const f of manifest.files) {
      expect(f.file).toMatch(/^(2021|2022|2023)-[a-z0-9]+(?:-[a-z0-9]+)*-(cpccs-rendicion(?:-fragmento)?|lotaip-a4|informe-gestion)\.txt$/);
      expect(f.file.startsWith(`${f.year}-${f.institution.id}-`)).toBe(true);
    }
  });

  it('has every format and variant, and each year a third of the reports', () => {
    const count = (key: (f: ReportTruth) => string) => {
      const out: Record<string, number> = {};
      for (const f of manifest.files) out[key(f)] = (out[key(f)] ?? 0) + 1;
      return out;
    };
    expect(count((f) => `${f.format}/${f.variant}`)).toEqual({
      'cpccs-rendicion/complete': 19, 'cpccs-rendicion/fragment': 4, 'lotaip-a4/complete': 4, 'informe-gestion/complete': 3,
    });
    expect(count((f) => String(f.year))).toEqual({ 2021: 10, 2022: 10, 2023: 10 });
    expect(manifest.formats).toEqual({ 'cpccs-rendicion': 23, 'informe-gestion': 3, 'lotaip-a4': 4 });
  });

  it('the same institutions report every year (N/3 institutions × 3 years)', () => {
    const years = new Map<string, number[]>();
    for (const f of manifest.files) years.set(f.institution.id, [...(years.get(f.institution.id) ?? []), f.year]);
    expect(years.size).toBe(N / 3);
    for (const ys of years.values()) expect(ys.sort()).toEqual([2021, 2022, 2023]);
    expect(manifest.publishers).toBe(N / 3);
  });

  it('institutions span functions and levels', () => {
    const csv = parseInstitutionsCsv(readFileSync(join(dir, 'institutions.csv'), 'utf8'));
    const publishers = new Set(manifest.files.map((f) => f.institution.id));
    const pub = csv.filter((i) => publishers.has(i.id));
    expect(new Set(pub.map((i) => i.level))).toEqual(new Set(['nacional', 'provincial', 'cantonal', 'parroquial', 'zonal']));
    expect(new Set(pub.map((i) => i.function)).size).toBeGreaterThanOrEqual(2);
    // A national-size catalogue covers every State function.
    const big = buildCatalogue(1667, Rng.derive(SEED, 'institutions')).publishers;
    expect(new Set(big.map((i) => i.function))).toEqual(new Set(['ejecutiva', 'legislativa', 'judicial', 'electoral', 'transparencia y control social', 'gad']));
    expect(new Set(big.map((i) => i.id)).size).toBe(1667);
    expect(new Set(big.map((i) => i.name)).size).toBe(1667);
  });

  it('RUCs are synthetic (start with 99), 13 digits and unique', () => {
    const csv = parseInstitutionsCsv(readFileSync(join(dir, 'institutions.csv'), 'utf8'));
    for (const i of csv) expect(i.ruc).toMatch(/^99\d{11}$/);
    expect(new Set(csv.map((i) => i.ruc)).size).toBe(csv.length);
    const rucs = new Set(Array.from({ length: 20_000 }, (_, i) => syntheticRuc(i)));
    expect(rucs.size).toBe(20_000);
  });

  it('institutions.csv (format of data/institutions.csv) holds every publisher with its RUC', () => {
    const text = readFileSync(join(dir, 'institutions.csv'), 'utf8');
    expect(text.split('\n')[0]).toBe(readFileSync('data/institutions.csv', 'utf8').split('\n')[0]);
    const csv = parseInstitutionsCsv(text); // throws on bad rows, duplicate ids or unknown parents
    const byId = new Map(csv.map((i) => [i.id, i]));
    for (const f of manifest.files) {
      const inst = byId.get(f.institution.id);
      expect(inst?.name).toBe(f.institution.name);
      expect(inst?.ruc).toBe(f.institution.ruc);
    }
    // None of the curated (real) institutions publishes a synthetic report.
    const curated = new Set(parseInstitutionsCsv(readFileSync('data/institutions.csv', 'utf8')).map((i) => i.id));
    for (const f of manifest.files) expect(curated.has(f.institution.id), f.institution.id).toBe(false);
  });

  it('sizes are those of real reports (so N = 5,000 makes ~40-150 MB)', () => {
    const avg = manifest.bytes / N;
    expect(avg).toBeGreaterThan(8_000);
    expect(avg).toBeLessThan(30_000);
    for (const f of manifest.files) {
      expect(f.bytes).toBe(Buffer.byteLength(texts.get(f.file)!.join('\n')));
      expect(f.bytes).toBeGreaterThan(1_500);
    }
  });

  it('the first reports carry every kind of noise', () => {
    expect(Object.keys(manifest.noise).sort()).toEqual([
      'attendees_mismatch', 'garbled_pct', 'garbled_value', 'goals_total_mismatch', 'html', 'lost_columns', 'missing_section',
      'na_value', 'ocr_junk', 'ocr_split', 'page_break', 'summary_mismatch', 'summary_parts_mismatch', 'total_row_mismatch',
      'ungrouped_money',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// The manifest against the text (no parser involved)

function cellsAt(file: string, line: number): string[] {
  return texts.get(file)![line - 1]!.split('\t').map((c) => c.trim());
}
// Test-local readers of the es-EC numbers the generator prints ("\\$1.234,56", "2,00", "40,39 %"),
// written independently of src/lib/numbers.ts so that the manifest is not checked against the
// ingest's own parsers. An OCR split (src/corpus/format.ts ocrSplit: one space inserted) reads as
// the joined number, which is what the manifest records; garbled "00,00 %" reads as null.
const ES_NUMBER = /^(-)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;
function esNumber(s: string): { sign: number; int: string; frac: string } | null {
  const m = ES_NUMBER.exec(s.replace(/\s+/g, ''));
  return m ? { sign: m[1] ? -1 : 1, int: m[2]!.replace(/\./g, ''), frac: m[3] ?? '' } : null;
}
const money = (s: string): number | null => {
  const n = esNumber(s.trim().replace(/^(?:\\?\$|USD)\s*/, ''));
  if (!n || n.frac.length > 2) return null;
  return n.sign * (Number(n.int) * 100 + Number(n.frac.padEnd(2, '0')));
};
const dec = (s: string): number | null => {
  const n = esNumber(s);
  return n ? n.sign * Number(`${n.int}.${n.frac || '0'}`) : null;
};
const pctOf = (s: string): number | null => {
  const m = /^(.*?)\s*%$/.exec(s.trim());
  if (!m || /^-?0\d/.test(m[1]!)) return null;
  return dec(m[1]!);
};
const parsePercent = (s: string) => {
  const value = pctOf(s);
  return { value, issue: value === null ? 'suspicious' : null };
};

describe('corpus: the manifest tells the truth about the files', () => {
  it('counts match the rows listed', () => {
    for (const f of manifest.files) {
      expect(f.counts.budget_lines).toBe(f.rows.budget_lines.length);
      expect(f.counts.goals).toBe(f.rows.goals.length);
      expect(f.counts.procurement).toBe(f.rows.procurement.length);
      if (f.rows.budget_lines.length) {
        expect(f.budget.lines_planned_cents).toBe(f.rows.budget_lines.reduce((n, r) => n + r[1]!, 0));
        expect(f.budget.lines_executed_cents).toBe(f.rows.budget_lines.reduce((n, r) => n + r[2]!, 0));
      }
    }
  });

  it('every budget line, goal and procurement row is printed at its line', () => {
    for (const f of manifest.files) {
      for (const [line, planned, executed, pct] of f.rows.budget_lines) {
        if (f.format === 'cpccs-rendicion') {
          const c = cellsAt(f.file, line);
          expect([money(c[2]!), money(c[3]!)], `${f.file}:${line}`).toEqual([planned, executed]);
          expect(parsePercent(c[4]!).issue === 'suspicious' ? null : parsePercent(c[4]!).value).toBe(pct);
        } else {
          expect(cellsAt(f.file, line)[0]).toMatch(/^Presupuesto codificado \d{4}:$/);
          expect(money(cellsAt(f.file, line)[1]!), `${f.file}:${line}`).toBe(planned);
          expect(money(cellsAt(f.file, line + 1)[1]!), `${f.file}:${line + 1}`).toBe(executed);
          expect(parsePercent(cellsAt(f.file, line + 2)[1]!).value).toBe(pct);
        }
      }
      for (const [line, planned, achieved, pct] of f.rows.goals) {
        const c = cellsAt(f.file, line);
        if (f.format === 'cpccs-rendicion') {
          expect([dec(c[4]!), dec(c[5]!), parsePercent(c[6]!).value], `${f.file}:${line}`).toEqual([planned, achieved, pct]);
        } else if (f.format === 'lotaip-a4') {
          const r = parsePercent(c.length >= 5 ? c[4]! : c[c.length - 1]!);
          expect(r.issue === null ? r.value : null, `${f.file}:${line}`).toBe(planned);
        } else {
          expect(c[0]).toMatch(/^Meta \d+:$/);
          expect(dec(cellsAt(f.file, line + 3)[1]!.split(/\s+/)[0]!.replace('%', ''))).toBe(planned);
        }
      }
      for (const [line, procedure, ac, acents, fc, fcents] of f.rows.procurement) {
        const c = cellsAt(f.file, line);
        const label = c[0] || cellsAt(f.file, line - 1)[0];
        expect([label, Number(c[1]), money(c[2]!), Number(c[3]), money(c[4]!)], `${f.file}:${line}`).toEqual([procedure, ac, acents, fc, fcents]);
      }
    }
  });

  it('CPCCS money is consistent to the cent, except where a mismatch is injected', () => {
    let checked = 0;
    for (const f of manifest.files.filter((x) => x.format === 'cpccs-rendicion')) {
      const lines = texts.get(f.file)!;
      const has = (kind: string, field?: string) => f.noise.some((n) => n.kind === kind && (field === undefined || n.field === field));
      const total = lines.findIndex((l) => l.startsWith('Total\t')) + 1;
      const t = cellsAt(f.file, total);
      const summaryLine = lines.findIndex((l) => l.startsWith('TOTAL DE PRESUPUESTO INSTITUCIONAL CODIFICADO')) + 2;
      const s = cellsAt(f.file, summaryLine).map((x) => money(x) ?? NaN);
      const [planned, curP, curE, invP, invE] = s as [number, number, number, number, number];
      expect(money(t[2]!)).toBe(f.budget.total_row_planned_cents);
      expect(money(t[3]!)).toBe(f.budget.total_row_executed_cents);
      expect(planned).toBe(f.budget.summary_planned_cents);
      expect(curE + invE).toBe(f.budget.summary_executed_cents);
      for (const field of ['planned', 'executed'] as const) {
        const lineSum = field === 'planned' ? f.budget.lines_planned_cents : f.budget.lines_executed_cents;
        const row = field === 'planned' ? f.budget.total_row_planned_cents : f.budget.total_row_executed_cents;
        const summary = field === 'planned' ? f.budget.summary_planned_cents : f.budget.summary_executed_cents;
        expect(row === lineSum, `${f.file} Total ${field}`).toBe(!has('total_row_mismatch', field));
        expect(summary === row, `${f.file} summary ${field}`).toBe(!has('summary_mismatch', field));
      }
      expect(curP + invP === planned, `${f.file} parts`).toBe(!has('summary_parts_mismatch'));
      const flagged = f.noise.filter((n) => n.flag === 'total_mismatch' && n.dataset?.startsWith('budget'));
      for (const n of flagged) expect(n.lines).toEqual([n.dataset === 'budget_lines' ? total : summaryLine]);
      checked++;
    }
    expect(checked).toBe(23);
  });

  it('noise is where the manifest says', () => {
    for (const f of manifest.files) {
      for (const n of f.noise) {
        for (const line of n.lines) {
          const text = texts.get(f.file)![line - 1]!;
          if (n.kind === 'ocr_split') expect(text, `${f.file}:${line}`).toMatch(/[\d.,] [\d.,]/);
          if (n.kind === 'na_value') expect(text, `${f.file}:${line}`).toMatch(/\tN\/A\b/);
          if (n.kind === 'garbled_pct' || n.kind === 'garbled_value') expect(text, `${f.file}:${line}`).toMatch(/\t00,00 ?%|mensual promedio/);
          if (n.kind === 'html') expect(text, `${f.file}:${line}`).toMatch(/<(p|b|ul)\b/);
        }
      }
    }
  });
});
