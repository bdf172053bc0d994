/**
 * On a phone every cell of a profile table is a card line headed by its column's name. The
 * profile's tables (TableModel.kind) take those names from src/styles/site.css, one rule per
 * column counted from the end of the row, instead of a data-label on every cell: this test reads
 * the stylesheet's rules and checks them against the columns of every table the fixture's
 * profiles render (each kind at least once, with and without the «Año» column).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { profileView } from '../../src/site/profile-view.ts';
import { coverageTable, deliberationsTable, disposalsTable, goalsTable, recommendationsTable } from '../../src/site/profile-tables.ts';
import { institutionProfile } from '../../src/site/profile.ts';
import type { TableModel } from '../../src/site/table.ts';
import { fixture } from './helpers.ts';

const css = readFileSync(new URL('../../src/styles/site.css', import.meta.url), 'utf8');
/** kind → position from the end → label, as the stylesheet states them. */
const rules = new Map<string, Map<number, string>>();
for (const m of css.matchAll(/table\.stack\.t-([a-z-]+) > \* > tr > td:nth-last-child\((\d+)\)::before \{ content: '([^']*)'; \}/g)) {
  if (!rules.has(m[1]!)) rules.set(m[1]!, new Map());
  rules.get(m[1]!)!.set(Number(m[2]), m[3]!);
}

/** The label each data cell (td) of the table's rows must show: [kind, position from the end, column heading]. */
function expected(t: TableModel): [string, number, string][] {
  const out: [string, number, string][] = [];
  for (const row of [...t.rows, ...(t.foot ? [t.foot] : [])]) {
    const cells = row.filter((c) => c.type !== 'absent');
    cells.forEach((c, j) => {
      if ((c.type === 'text' && c.header) || c.type === 'blank') return;
      out.push([t.kind!, cells.length - j, t.head[j]!.label]);
    });
  }
  return out;
}

describe('phone-card column headings of the profile tables', () => {
  const ds = fixture();
  const tables: TableModel[] = [];
  for (const inst of ds.institutions) {
    const v = profileView(ds, inst.id, 'https://example.org/');
    tables.push(...v.budget.flatMap((b) => [b.summary, b.lines]).filter((t): t is TableModel => !!t));
    tables.push(...v.goals.map((g) => g.table), ...v.procurement.map((p) => p.table));
    tables.push(v.recommendations, v.disposals, v.deliberations, v.coverage);
    v.goals.forEach((g) => tables.push(goalsTable({ ...g.block, targetsOnly: true }, 't')));
    // The same tables with their «Año» column (an institution with reports of several years).
    const p = institutionProfile(ds, inst.id);
    tables.push(recommendationsTable(p, true), disposalsTable(p, true), deliberationsTable(p, true), coverageTable(p, true));
  }
  const filled = tables.filter((t) => t.rows.length > 0);

  it('the stylesheet names each column of every kind of table, at its place from the end of the row', () => {
    const checks = filled.flatMap(expected);
    expect(checks.length).toBeGreaterThan(100);
    for (const [kind, n, label] of checks) expect(rules.get(kind)?.get(n), `${kind} ${n}`).toBe(label);
  });

  it('every kind of table is rendered and has rules; the stylesheet has no kind the tables lack', () => {
    const kinds = [...new Set(filled.map((t) => t.kind))].sort();
    expect(kinds).toEqual(['budget-lines', 'budget-summary', 'coverage', 'deliberations', 'disposals', 'goal-targets', 'goals', 'procurement', 'recommendations']);
    expect([...rules.keys()].sort()).toEqual(kinds);
  });

  it('the «Año» column is both shown and left out among the checked tables', () => {
    const withYear = filled.filter((t) => t.head[0]?.label === 'Año').length;
    const withoutYear = filled.filter((t) => ['recommendations', 'disposals', 'deliberations', 'coverage'].includes(t.kind!) && t.head[0]?.label !== 'Año').length;
    expect([withYear > 0, withoutYear > 0]).toEqual([true, true]);
  });
});
