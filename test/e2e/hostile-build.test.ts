/**
 * Issue 15, "done when": the bundled reports plus hostile copies — entity-escaped <script> and
 * <img onerror> in names, control characters, spreadsheet formulas in names, goals, budget lines
 * and procurement types, a 100,000-line budget table, the raw-tag hostile report — build the
 * whole site (ingest + astro + pagefind, with OUT_DIR only: no SITE_DIR). Then every CSV the
 * site or the ingest wrote has 0 un-neutralized formula cells and a BOM, the datasets hold 0
 * tags and 0 control characters, and the huge report's profile stays small and says what it
 * leaves out.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOM, formulaCells, readCsv } from '../../src/lib/csv.ts';
import { hasMarkup } from '../../src/ingest/plain.ts';
import { buildSite } from '../support/build.ts';
import {
  ESCAPED_FILE, FORMULA_FILE, FORMULAS, HOSTILE_FILE, HUGE_FILE, HUGE_ROWS, escapedReport, formulaReport, hostileReport, hugeReport,
} from '../support/hostile.ts';

// Inside the project (git-ignored .tmp-*), so Astro's build cache stays with this build.
const tmp = mkdtempSync(join(process.cwd(), '.tmp-hostile-build-'));
const REPORTS = join(tmp, 'reports');
const DATA = join(tmp, 'data');
const SITE = join(tmp, 'site');

function walk(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

beforeAll(() => {
  cpSync('data/reports', REPORTS, { recursive: true });
  writeFileSync(join(REPORTS, HOSTILE_FILE), hostileReport());
  writeFileSync(join(REPORTS, ESCAPED_FILE), escapedReport());
  writeFileSync(join(REPORTS, FORMULA_FILE), formulaReport());
  writeFileSync(join(REPORTS, HUGE_FILE), hugeReport());
  buildSite({ reports: REPORTS, data: DATA, site: SITE, outDirOnly: true });
}, 1_800_000);

afterAll(() => {
  if (!process.env.KEEP_HOSTILE_SITE) rmSync(tmp, { recursive: true, force: true });
});

const json = <T>(name: string) => JSON.parse(readFileSync(join(DATA, `${name}.json`), 'utf8')) as T;

describe('the hostile reports folder builds the whole site', () => {
  it('every hostile copy became a report, the huge one with its 100,000 budget lines', () => {
    const reports = json<{ id: string; source_file: string; institution_id: string }[]>('reports');
    for (const f of [HOSTILE_FILE, ESCAPED_FILE, FORMULA_FILE, HUGE_FILE]) expect(reports.some((r) => r.source_file === f), f).toBe(true);
    const lines = json<{ source_file: string; planned: number; executed: number; source_line: number }[]>('budget_lines').filter((l) => l.source_file === HUGE_FILE);
    expect(lines).toHaveLength(HUGE_ROWS);
    // Line 1 of the table: planned $1.000,00, executed $500,00 (test/support/hostile.ts hugeReport).
    expect([lines[0]!.planned, lines[0]!.executed]).toEqual([1000, 500]);
    expect([lines.at(-1)!.planned, lines.at(-1)!.executed]).toEqual([2999.98, 1499.99]);
  });

  it('the search index was built into OUT_DIR (no SITE_DIR given)', () => {
    expect(existsSync(join(SITE, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('every CSV (site and datasets) starts with a BOM and has 0 un-neutralized formula cells', () => {
    const csvs = [...walk(SITE), ...walk(DATA)].filter((f) => f.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThan(30);
    const problems: string[] = [];
    let neutralized = 0;
    for (const f of csvs) {
      const text = readFileSync(f, 'utf8');
      if (!text.startsWith(BOM)) problems.push(`${relative(tmp, f)}: sin BOM`);
      for (const c of formulaCells(text)) problems.push(`${relative(tmp, f)}:${c.row}:${c.column}: ${c.value}`);
      for (const row of readCsv(text)) for (const cell of row) if (/^'[=+\-@]/.test(cell)) neutralized++;
    }
    expect(problems, problems.slice(0, 20).join('\n')).toEqual([]);
    // The formulas were there to neutralize: the name alone is in several CSVs.
    expect(neutralized).toBeGreaterThan(10);
    const institutions = readFileSync(join(SITE, 'instituciones.csv'), 'utf8');
    expect(institutions).toContain(`"'${FORMULAS.hyperlink.replace(/"/g, '""')}"`);
  });

  it('the datasets hold 0 tags and 0 control characters', () => {
    const problems: string[] = [];
    let strings = 0;
    for (const f of readdirSync(DATA).filter((x) => x.endsWith('.json'))) {
      for (const row of JSON.parse(readFileSync(join(DATA, f), 'utf8')) as Record<string, unknown>[]) {
        for (const [k, v] of Object.entries(row)) {
          for (const s of Array.isArray(v) ? v : [v]) {
            if (typeof s !== 'string') continue;
            strings++;
            // eslint-disable-next-line no-control-regex
            if (hasMarkup(s) || /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(s)) problems.push(`${f} ${k}: ${JSON.stringify(s.slice(0, 80))}`);
          }
        }
      }
    }
    expect(strings).toBeGreaterThan(HUGE_ROWS);
    expect(problems, problems.slice(0, 20).join('\n')).toEqual([]);
  });

  it("the huge report's profile stays small, shows 200 rows and a 50-row chart, and says so", () => {
    const reports = json<{ source_file: string; institution_id: string }[]>('reports');
    const id = reports.find((r) => r.source_file === HUGE_FILE)!.institution_id;
    const file = join(SITE, 'instituciones', id, 'index.html');
    const html = readFileSync(file, 'utf8');
    expect(statSync(file).size).toBeLessThan(2_000_000);
    expect(html).toContain('Se muestran las primeras 200 de 100.000 filas');
    // The chart is a file beside the profile since issue 17; the page prints what it leaves out
    // beside the <picture> (as the <img>'s description), and the file does not repeat it.
    const chart = readFileSync(join(SITE, 'instituciones', id, 'grafico-presupuesto-2023.svg'), 'utf8');
    expect(html).toContain('<p class="note chart-note" id="grafico-presupuesto-2023-nota">Se muestran las primeras 50 de 100.000 líneas; las 99.950 restantes');
    expect(html).toContain('aria-describedby="grafico-presupuesto-2023-nota"');
    expect(chart).not.toContain('Se muestran');
    expect(html).toContain('Línea presupuestaria 200<');
    expect(html).not.toContain('Línea presupuestaria 201<');
  });

  it("the huge report's line view is split into pages of 5,000 lines, and every link to one of its lines reaches it", () => {
    const reports = json<{ id: string; source_file: string }[]>('reports');
    const id = reports.find((r) => r.source_file === HUGE_FILE)!.id;
    const total = hugeReport().split('\n').length;
    expect(total).toBeGreaterThan(HUGE_ROWS);
    const pages = Math.ceil(total / 5000);
    const view = (page: number) => join(SITE, 'informes', id, ...(page > 1 ? [String(page)] : []), 'index.html');
    for (let p = 1; p <= pages; p++) {
      const html = readFileSync(view(p), 'utf8');
      expect(statSync(view(p)).size, `page ${p}`).toBeLessThan(1_000_000);
      expect(html).toContain(`<li id=L${(p - 1) * 5000 + 1}>`);
      expect(html).toContain(`<li id=L${Math.min(p * 5000, total)}>`);
      expect(html).not.toContain(`<li id=L${p * 5000 + 1}>`);
    }
    expect(existsSync(view(pages + 1))).toBe(false);
    // Line 5001 is the 4,8xx-th budget line: shown on page 2, numbered from 5001.
    expect(readFileSync(view(2), 'utf8')).toContain('<ol class="source-text" start="5001"');
    // The whole text stays downloadable as one file.
    expect(readFileSync(join(SITE, 'informes', `${id}.txt`), 'utf8')).toBe(hugeReport());
    // Every link of the site to a line of this report points to the page holding that line.
    const links = new Set<string>();
    for (const f of walk(SITE).filter((x) => x.endsWith('.html'))) {
      for (const m of readFileSync(f, 'utf8').matchAll(new RegExp(`/informes/${id}/(?:(\\d+)/)?#L(\\d+)`, 'g'))) links.add(`${m[1] ?? '1'}:${m[2]}`);
    }
    expect(links.size).toBeGreaterThan(0);
    expect([...links].some((l) => l.split(':')[0] !== '1')).toBe(true);
    for (const l of links) {
      const [page, line] = l.split(':').map(Number) as [number, number];
      expect(readFileSync(view(page), 'utf8'), `#L${line} on page ${page}`).toContain(`<li id=L${line}>`);
    }
  });
});
