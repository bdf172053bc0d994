/**
 * The round trip that matters: our real ingest reads the synthetic corpus and gets back what
 * the generator put in. For a fixed 30-report corpus (seed 1), every file must be detected in
 * its format and tied to its institution (through DIR/institutions.csv), every budget line,
 * goal and procurement row must come out with the manifest's figures, and every injected
 * irregularity must come out as its flag — with no flag of those kinds anywhere else.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus, type Manifest, type ReportTruth } from '../../src/corpus/index.ts';
import { ingest, type IngestResult } from '../../src/ingest/build.ts';
import type { Flag } from '../../src/schema/datasets.ts';
import { institutionTrend } from '../../src/site/trends.ts';

/** Flag codes whose every occurrence must be an injected noise (and vice versa). */
const ACCOUNTED = new Set(['number_repaired', 'value_missing', 'value_suspicious', 'total_mismatch', 'pct_mismatch']);
const cents = (usd: number | null) => (usd === null ? null : Math.round(usd * 100));

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function build(reports: number, seed: number): { manifest: Manifest; result: IngestResult } {
  const dir = mkdtempSync(join(tmpdir(), 'ca-corpus-ingest-'));
  dirs.push(dir);
  const { manifest, reportsDir, institutionsFile } = writeCorpus(dir, { reports, seed });
  return { manifest, result: ingest({ reportsDir, institutionsFile }) };
}

function rowsOf<T extends { source_file: string }>(rows: readonly T[], file: string): T[] {
  return rows.filter((r) => r.source_file === file);
}

describe('corpus → ingest round trip (N = 30, seed 1)', () => {
  let manifest: Manifest;
  let result: IngestResult;
  let files: ReportTruth[];
  beforeAll(() => {
    ({ manifest, result } = build(30, 1));
    files = manifest.files;
  });
  const flagsOf = (file: string): Flag[] => rowsOf(result.datasets.flags, file);

  it('reads every file as a report in the right format, year and institution', () => {
    expect(result.summaries).toHaveLength(files.length);
    for (const t of files) {
      const report = result.datasets.reports.find((r) => r.source_file === t.file);
      expect(report, t.file).toBeDefined();
      expect({ format: report!.format, year: report!.year, institution: report!.institution_id, complete: report!.complete, number: report!.report_number }, t.file)
        .toEqual({ format: t.format, year: t.year, institution: t.published_as.id, complete: t.complete, number: t.report_number });
    }
  });

  it('publishes every report under its header (catalogued or not), fragments as units (no provisional ones)', () => {
    const codes = new Set(result.datasets.flags.map((f) => f.code));
    for (const bad of ['institution_unknown', 'institution_conflict', 'unknown_format', 'unreadable', 'invalid_record']) expect(codes.has(bad as Flag['code']), bad).toBe(false);
    expect(result.datasets.flags.filter((f) => f.severity === 'error')).toEqual([]);
    const byId = new Map(result.datasets.institutions.map((i) => [i.id, i]));
    for (const t of files) expect(byId.get(t.published_as.id), t.file).toMatchObject(t.published_as);
    // Complete CPCCS forms are matched by RUC in the catalogue, or created from their header;
    // fragments are units of the institution their links' domain belongs to.
    for (const r of result.datasets.reports) {
      const t = files.find((f) => f.file === r.source_file)!;
      if (t.format === 'cpccs-rendicion' && t.variant === 'complete') expect(r.institution_match, t.file).toBe(t.in_catalogue ? 'ruc' : 'header');
      if (t.variant === 'fragment') expect(r.institution_match).toBe('domain');
    }
  });

  it('gets back the counts of every dataset', () => {
    for (const t of files) {
      const got = Object.fromEntries((['budget_lines', 'goals', 'procurement', 'disposals', 'recommendations', 'coverage', 'deliberations'] as const)
        .map((k) => [k, rowsOf(result.datasets[k] as readonly { source_file: string }[], t.file).length]));
      expect(got, t.file).toEqual(t.counts);
    }
  });

  it('gets back every budget line to the cent, with its % and line', () => {
    for (const t of files) {
      const got = rowsOf(result.datasets.budget_lines, t.file).map((b) => [b.source_line, cents(b.planned), cents(b.executed), b.pct_reported]);
      expect(got, t.file).toEqual(t.rows.budget_lines);
    }
  });

  it('gets back the planned / executed totals in cents', () => {
    for (const t of files) {
      const lines = rowsOf(result.datasets.budget_lines, t.file);
      const sum = (k: 'planned' | 'executed') => (lines.length ? lines.reduce((n, b) => n + cents(b[k])!, 0) : null);
      expect([sum('planned'), sum('executed')], t.file).toEqual([t.budget.lines_planned_cents, t.budget.lines_executed_cents]);
      const s = rowsOf(result.datasets.budget_summaries, t.file)[0];
      expect([cents(s?.planned ?? null), cents(s?.executed ?? null)], t.file).toEqual([t.budget.summary_planned_cents, t.budget.summary_executed_cents]);
      const report = result.datasets.reports.find((r) => r.source_file === t.file)!;
      expect(report.goals_pct_reported, t.file).toBe(t.goals_pct_reported);
      expect(report.goals_pct_reported_line, t.file).toBe(t.goals_pct_reported_line);
    }
  });

  it('gets back every goal (planned, achieved, reported %) at its line', () => {
    for (const t of files) {
      const got = rowsOf(result.datasets.goals, t.file).map((g) => [g.source_line, g.planned, g.achieved, g.pct_reported]);
      expect(got, t.file).toEqual(t.rows.goals.map((g) => g.slice(0, 4)));
    }
  });

  it('gets back every procurement row, in both layouts', () => {
    for (const t of files) {
      const got = rowsOf(result.datasets.procurement, t.file)
        .map((p) => [p.source_line, p.procedure, p.awarded_count, cents(p.awarded_amount), p.finalized_count, cents(p.finalized_amount)]);
      expect(got, t.file).toEqual(t.rows.procurement);
    }
  });

  it('gets back the public deliberation (date and attendees)', () => {
    for (const t of files) {
      const got = rowsOf(result.datasets.deliberations, t.file).map((d) => ({ line: d.source_line, date: d.date, attendees: d.attendees }));
      expect(got, t.file).toEqual(t.deliberation ? [t.deliberation] : []);
    }
  });

  it('raises the flag of every injected irregularity, at its line', () => {
    for (const t of files) {
      const flags = flagsOf(t.file);
      for (const n of t.noise) {
        if (n.flag === null || n.kind === 'missing_section') continue;
        for (const line of n.lines) {
          const hit = flags.find((f) => f.code === n.flag && f.source_line === line && (n.dataset === null || f.dataset === n.dataset)
            && (n.field === null || n.flag === 'total_mismatch' || f.field === n.field));
          expect(hit, `${n.kind} → ${n.flag} at ${t.file}:${line}`).toBeDefined();
        }
        if (n.flag === 'total_mismatch' && n.field !== null) {
          expect(flags.some((f) => f.code === 'total_mismatch' && f.source_line === n.lines[0] && f.field === n.field), `${t.file} ${n.kind} field ${n.field}`).toBe(true);
        }
      }
    }
  });

  it('raises no such flag where nothing was injected', () => {
    for (const t of files) {
      for (const f of flagsOf(t.file).filter((x) => ACCOUNTED.has(x.code))) {
        const injected = t.noise.some((n) => n.flag === f.code && n.lines.includes(f.source_line ?? -1));
        expect(injected, `unexpected ${f.code}: ${f.message}`).toBe(true);
      }
    }
  });

  it('marks fragments and reports with a missing section as incomplete, and only those', () => {
    for (const t of files) {
      expect(flagsOf(t.file).some((f) => f.code === 'fragment'), t.file).toBe(!t.complete);
    }
    expect(files.filter((t) => !t.complete).length).toBeGreaterThanOrEqual(5);
  });

  it('exercises every flag the noise is meant to raise', () => {
    const raised = new Set(result.datasets.flags.map((f) => f.code));
    for (const code of ['number_repaired', 'value_missing', 'value_suspicious', 'total_mismatch', 'fragment', 'year_inferred', 'institution_inferred', 'unit_unknown']) {
      expect(raised.has(code as Flag['code']), code).toBe(true);
    }
    const kinds = new Set(files.flatMap((t) => t.noise.filter((n) => n.flag !== null && n.lines.length > 0).map((n) => `${n.kind}:${n.dataset}`)));
    for (const k of ['ocr_split:goals', 'ocr_split:budget_lines', 'garbled_pct:budget_lines', 'garbled_pct:goals', 'na_value:goals', 'garbled_value:goals',
      'total_row_mismatch:budget_lines', 'summary_mismatch:budget_summaries', 'summary_parts_mismatch:budget_summaries',
      'goals_total_mismatch:goals', 'attendees_mismatch:deliberations', 'lost_columns:goals']) {
      expect(kinds.has(k), k).toBe(true);
    }
  });

  it('keeps text fields plain: HTML in the source never reaches the records', () => {
    const texts = [
      ...result.datasets.goals.flatMap((g) => [g.goal, g.objective, g.indicator, g.unit]),
      ...result.datasets.disposals.map((d) => d.asset), ...result.datasets.recommendations.map((r) => r.observations),
    ];
    expect(texts.filter((x) => x !== null && /<\/?[a-z][^>]*>/i.test(x))).toEqual([]);
    expect(files.some((t) => t.noise.some((n) => n.kind === 'html' && n.lines.length > 0))).toBe(true);
  });

  it('LOTAIP: every row the parser does not flag as doubtful is given its true unit', () => {
    let checked = 0;
    for (const t of files.filter((f) => f.format === 'lotaip-a4')) {
      const doubtful = new Set(flagsOf(t.file).filter((f) => f.code === 'unit_unknown').map((f) => f.source_line));
      const names = new Map(t.units!);
      for (const g of rowsOf(result.datasets.goals, t.file)) {
        if (doubtful.has(g.source_line)) continue;
        const truth = t.rows.goals.find((r) => r[0] === g.source_line)!;
        expect([g.unit_number, g.unit], `${t.file}:${g.source_line}`).toEqual([truth[4], names.get(truth[4]!)]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('years side by side (issue 16): publishers have two or more consecutive years, each with its own budget execution', () => {
    // Truth per institution and year: the manifest's PRESUPUESTO INSTITUCIONAL figures (executed / planned).
    const truth = new Map<string, Map<number, number | null>>();
    for (const t of files) {
      const b = t.budget;
      const pct = b.summary_planned_cents && b.summary_executed_cents !== null ? Math.round((b.summary_executed_cents / b.summary_planned_cents) * 10000) / 100 : null;
      const years = truth.get(t.published_as.id) ?? new Map<number, number | null>();
      years.set(t.year, pct);
      truth.set(t.published_as.id, years);
    }
    const multi = [...truth].filter(([, years]) => years.size >= 2);
    expect(multi.length).toBeGreaterThanOrEqual(6);
    let compared = 0;
    for (const [id, years] of multi) {
      const trend = institutionTrend(result.datasets, id);
      expect(trend.map((y) => y.year), id).toEqual([...years.keys()].sort());
      for (const y of trend) {
        const want = years.get(y.year)!;
        if (want === null) continue;
        expect(y.budget.value, `${id} ${y.year}`).toBe(want);
        compared++;
      }
      const values = trend.map((y) => y.budget.value).filter((v) => v !== null);
      expect(new Set(values).size, id).toBe(values.length);
    }
    expect(compared).toBeGreaterThanOrEqual(12);
  });
});

describe('corpus → ingest: institutions absent from the catalogue, with another institution\'s links (N = 1,200, seed 7)', () => {
  it('publishes 0 reports under a name other than their header\'s, one profile per institution', () => {
    const { manifest, result } = build(1200, 7);
    const absent = manifest.files.filter((t) => !t.in_catalogue);
    const absentInstitutions = new Set(absent.map((t) => t.institution.id));
    expect(absentInstitutions.size).toBeGreaterThanOrEqual(200);
    const catalogue = new Set(manifest.files.filter((t) => t.in_catalogue).map((t) => t.institution.id));
    for (const id of absentInstitutions) expect(catalogue.has(id)).toBe(false);
    const names = new Map(result.datasets.institutions.map((i) => [i.id, i.name]));
    const byFile = new Map(result.datasets.reports.map((r) => [r.source_file, r]));
    const wrong: string[] = [];
    for (const t of manifest.files) {
      const r = byFile.get(t.file)!;
      // What the header prints (NOMBRE DE LA INSTITUCIÓN): the institution's name in capitals.
      if (t.variant === 'complete' && t.format === 'cpccs-rendicion' && r.institution_name_reported !== t.institution.name.toUpperCase()) wrong.push(`${t.file}: header`);
      if (r.institution_id !== t.published_as.id) wrong.push(`${t.file}: ${r.institution_id} ≠ ${t.published_as.id}`);
      if (t.variant === 'complete' && t.format === 'cpccs-rendicion') {
        const published = names.get(r.institution_id)!;
        if (published.toUpperCase() !== r.institution_name_reported!.toUpperCase()) wrong.push(`${t.file}: published as ${published}`);
      }
    }
    expect(wrong).toEqual([]);
    // One profile per institution: the three years of each absent institution share one id.
    for (const id of absentInstitutions) {
      const ids = new Set(absent.filter((t) => t.institution.id === id).map((t) => byFile.get(t.file)!.institution_id));
      expect([...ids]).toEqual([id]);
    }
    expect(result.datasets.flags.filter((f) => f.code === 'institution_inferred' && absent.some((t) => t.file === f.source_file))).toEqual([]);
  }, 300_000);
});

describe('corpus → ingest at national magnitudes', () => {
  it('keeps budgets above $100 million (ministries, national companies) to the cent', () => {
    const { manifest, result } = build(90, 1);
    const big = manifest.files.filter((t) => (t.budget.summary_planned_cents ?? 0) > 100_000_000_00);
    expect(big.length).toBeGreaterThan(0);
    const invalid = result.datasets.flags.filter((f) => f.code === 'invalid_record').map((f) => f.message);
    expect(invalid, 'money ≥ $100M rejected by the schema (see src/schema/datasets.ts `money`)').toEqual([]);
    for (const t of big) {
      const s = rowsOf(result.datasets.budget_summaries, t.file)[0];
      expect([cents(s?.planned ?? null), cents(s?.executed ?? null)], t.file).toEqual([t.budget.summary_planned_cents, t.budget.summary_executed_cents]);
    }
  });
});
