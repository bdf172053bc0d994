/**
 * Helpers of the printed-layout tests (test/layout/printed-reports.test.ts,
 * test/layout/other-printed-layouts.test.ts): the bundled text reports printed to PDF by
 * scripts/print-reports-pdf.ts once per content into a cache folder, their `pdftotext -layout`
 * texts and PDFs ingested, and the bundled reports' own records and flags to compare them with.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { printedReportsCached, type PrintVariant } from '../../scripts/print-reports-pdf.ts';
import { ingest } from '../../src/ingest/build.ts';
import { extractPdf } from '../../src/ingest/pdf/extract.ts';
import type { Datasets } from '../../src/schema/datasets.ts';
import { ingestText, withoutProvenance } from './untab.ts';

export const REPORTS_DIR = 'data/reports';
/** The bundled text reports (the PDF one is not printed). */
export const REPORTS = readdirSync(REPORTS_DIR).filter((f) => f.endsWith('.txt')).sort();

export type Comparable = ReturnType<typeof withoutProvenance>;

/** What still differs for `file` in `variant`, from a table of known failures keyed by part of the file name. */
export const knownFailure = (variant: string, file: string, known: Record<string, Record<string, string>>) =>
  Object.entries(known[variant] ?? {}).find(([k]) => file.includes(k))?.[1] ?? null;

/** The folder holding OUT/<variant>/<report>.pdf and .layout.txt for these variants (printedReportsCached). */
export const printedDir = (prefix: string, variants: readonly PrintVariant[]): Promise<string> =>
  printedReportsCached(REPORTS_DIR, variants, prefix);

/** The bundled report's own records and flags, provenance aside (each report ingested once per test file). */
export function bundledExpectations(): (file: string) => Comparable {
  const bundled = new Map<string, Comparable>();
  return (f) => {
    if (!bundled.has(f)) bundled.set(f, withoutProvenance(ingestText(f, readFileSync(join(REPORTS_DIR, f), 'utf8'))));
    return bundled.get(f)!;
  };
}

/** The `pdftotext -layout` text of a printed report. */
export const layoutText = (dir: string, variant: string, f: string) => readFileSync(join(dir, variant, f.replace(/\.txt$/, '.layout.txt')), 'utf8');

/** That text ingested under the report's own file name. */
export const ingestLayout = (dir: string, variant: string, f: string): Datasets => ingestText(f, layoutText(dir, variant, f));

/** A printed PDF alone in a folder, extracted by the ingest (PDF.js) and ingested. */
export async function ingestPrintedPdf(dir: string, variant: string, f: string): Promise<{ datasets: Datasets; text: string }> {
  const pdf = f.replace(/\.txt$/, '.pdf');
  const reports = mkdtempSync(join(tmpdir(), 'ca-printed-pdf-'));
  try {
    copyFileSync(join(dir, variant, pdf), join(reports, pdf));
    const x = await extractPdf(new Uint8Array(readFileSync(join(reports, pdf))));
    if (!x.ok) throw new Error(x.reason);
    const datasets = ingest({ reportsDir: reports, institutionsFile: 'data/institutions.csv', pdf: new Map([[pdf, x]]) }).datasets;
    return { datasets, text: x.text };
  } finally {
    rmSync(reports, { recursive: true, force: true });
  }
}

/** A printed PDF's records and flags, provenance aside, its file name in messages read as the text's. */
export async function comparablePdf(dir: string, variant: string, f: string): Promise<Comparable> {
  return pdfComparable((await ingestPrintedPdf(dir, variant, f)).datasets, f);
}

/** The datasets of report `f` printed to PDF, provenance aside, its file name in messages read as the text's. */
export function pdfComparable(datasets: Datasets, f: string): Comparable {
  return JSON.parse(JSON.stringify(withoutProvenance(datasets)).replaceAll(f.replace(/\.txt$/, '.pdf'), f)) as Comparable;
}

/**
 * How two comparable datasets differ, per dataset: records of `want` missing from `got` and
 * records of `got` not in `want` ("goals -11/+12, flags -1/+1"); "" when equal. Used to measure
 * the known failures.
 */
export function recordDiff(got: Comparable, want: Comparable): string {
  const parts: string[] = [];
  for (const name of [...new Set([...Object.keys(want), ...Object.keys(got)])].sort()) {
    const count = (rows: unknown[] | undefined) => {
      const m = new Map<string, number>();
      for (const r of rows ?? []) m.set(JSON.stringify(r), (m.get(JSON.stringify(r)) ?? 0) + 1);
      return m;
    };
    const g = count(got[name]);
    const w = count(want[name]);
    let missing = 0;
    let extra = 0;
    for (const [k, n] of w) missing += Math.max(0, n - (g.get(k) ?? 0));
    for (const [k, n] of g) extra += Math.max(0, n - (w.get(k) ?? 0));
    if (missing || extra) parts.push(`${name} -${missing}/+${extra}`);
  }
  return parts.join(', ');
}

/**
 * How many goals of `got` stand under another unit's number: a goal whose indicator and value
 * the bundled report (`want`) has, never under that number (the worst error: a reporter quotes the
 * figure under the wrong unit). Goals without a number are left out: they are flagged.
 */
export function otherUnitGoals(got: Comparable, want: Comparable): number {
  return underOtherUnit((got as Record<string, unknown[]>).goals ?? [], want).length;
}

type Goal = { indicator?: unknown; planned?: unknown; value_text?: unknown; unit_number?: unknown; source_line?: unknown };

/** The goals of `goals` under a number the bundled report (`want`) never gives them (otherUnitGoals). */
function underOtherUnit(goals: readonly unknown[], want: Comparable): Goal[] {
  // (spaces aside: a layout that loses a space, «( E )» read «(E)», moves no goal to another unit)
  const key = (g: Goal) => JSON.stringify([typeof g.indicator === 'string' ? g.indicator.replace(/\s+/gu, '') : g.indicator, g.planned, g.value_text]);
  const numbers = new Map<string, Set<unknown>>();
  for (const g of ((want as Record<string, unknown[]>).goals ?? []) as Goal[]) {
    if (!numbers.has(key(g))) numbers.set(key(g), new Set());
    numbers.get(key(g))!.add(g.unit_number);
  }
  return (goals as Goal[]).filter((g) => g.unit_number !== null && numbers.has(key(g)) && !numbers.get(key(g))!.has(g.unit_number));
}

/**
 * Of the goals under another unit's number (otherUnitGoals), those no flag warns of: no
 * `unit_unknown` flag on their line says their unit is in doubt. The reader is told nothing.
 * `got`: the datasets as ingested, lines kept.
 */
export function unflaggedOtherUnitGoals(got: Datasets, want: Comparable): number {
  const doubted = new Set(got.flags.filter((f) => f.code === 'unit_unknown').map((f) => f.source_line));
  return underOtherUnit(got.goals, want).filter((g) => !doubted.has(g.source_line as number | null)).length;
}

/**
 * Figures the bundled report (`want`) does not have: a number field of a record that differs from
 * every record of the report, whose value no record of that dataset has in that field (years and
 * lines aside), and how many of them no warning or error flag on the record's line (a report's own
 * figure: its line, `goals_pct_reported_line`) speaks of (the
 * reader is told nothing: a figure a reporter could quote that the report never printed).
 * `got`: the datasets as ingested, lines kept.
 */
export function foreignFigures(got: Datasets, want: Comparable): { all: number; unflagged: number } {
  const warned = new Set(got.flags.filter((f) => f.severity !== 'info').map((f) => f.source_line));
  const counted = (k: string, x: unknown) => typeof x === 'number' && !k.endsWith('year') && !k.endsWith('_line');
  let all = 0;
  let unflagged = 0;
  for (const [name, wanted] of Object.entries(want)) {
    const rows = (got as unknown as Record<string, Record<string, unknown>[]>)[name];
    if (name === 'flags' || !Array.isArray(rows)) continue;
    const same = new Set(wanted.map((r) => JSON.stringify(r)));
    const values = new Map<string, Set<unknown>>();
    for (const r of wanted as Record<string, unknown>[]) {
      for (const [k, x] of Object.entries(r)) if (counted(k, x)) values.set(k, (values.get(k) ?? new Set()).add(x));
    }
    for (const r of rows) {
      if (same.has(JSON.stringify(withoutProvenance({ [name]: [r] } as unknown as Datasets)[name]![0]))) continue;
      for (const [k, x] of Object.entries(r)) {
        if (!counted(k, x) || values.get(k)?.has(x)) continue;
        all++;
        // (a report's own figure has its line beside it: goals_pct_reported_line)
        const line = (r[`${k}_line`] ?? r.source_line) as number | null;
        if (!warned.has(line)) unflagged++;
      }
    }
  }
  return { all, unflagged };
}

/**
 * One test per variant × report: `check` must pass, or, for the pairs `known` names, must still fail
 * (`it.fails`, its title saying what differs; when one starts passing, vitest reports it).
 */
export function eachPrinted(
  variants: readonly PrintVariant[],
  known: Record<string, Record<string, string>>,
  name: (file: string) => string,
  check: (variant: string, file: string) => void | Promise<void>,
  timeout?: number,
): void {
  for (const v of variants) {
    for (const f of REPORTS) {
      const why = knownFailure(v.name, f, known);
      const test = why ? it.fails : it;
      test(`${v.name} / ${name(f)}${why ? ` (pendiente: ${why})` : ''} → exactly the bundled records and flags`, () => check(v.name, f), timeout);
    }
  }
}

/** Every printed variant gave a `pdftotext -layout` text, without TABs, for every report. */
export function expectLayoutTexts(dir: string, variants: readonly PrintVariant[]): void {
  for (const v of variants) {
    for (const f of REPORTS) {
      const t = layoutText(dir, v.name, f);
      expect(t.length).toBeGreaterThan(1000);
      expect(t).not.toContain('\t');
    }
  }
}
