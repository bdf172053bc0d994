/**
 * What an institution's units report: every descendant (children, their children…) with figures,
 * the chain it hangs from, and one sentence with its headline figures, so a parent without
 * reports of its own (the Quito municipality) links to and summarizes its zonal administration,
 * and the IESS to its unidentified unit. Figures are the unit's, never added to the parent's.
 */
import type { Datasets, Institution } from '../schema/datasets.ts';
import { pct, usd } from './format.ts';
import { institutionIndex, type InstitutionIndexRow } from './institutions.ts';
import { listOf, lookup, memo } from './lookup.ts';
import { count, ofName, TheName } from './spanish.ts';

export interface UnitSummary {
  id: string;
  name: string;
  /** Institutions between the parent and the unit (empty for a direct child), top first. */
  via: Institution[];
  /** The whole sentence ("La Administración Zonal … publicó 1 informe (2021); …"). */
  sentence: string;
  /** The sentence split around the name, to link it: "La " + name + rest. */
  lead: string;
  rest: string;
}

/** The units with figures under institution `id`, depth first, by name at each level. */
export function unitSummaries(ds: Datasets, id: string): UnitSummary[] {
  return memo(ds, `units:${id}`, () => {
    const l = lookup(ds);
    const rows = new Map(institutionIndex(ds).map((r) => [r.id, r]));
    const out: UnitSummary[] = [];
    const seen = new Set<string>([id]);
    const walk = (parentId: string, via: Institution[]) => {
      const children = [...listOf(l.childrenOf, parentId)].sort((a, b) => a.name.localeCompare(b.name, 'es'));
      for (const c of children) {
        if (seen.has(c.id)) continue; // a cycle in the catalogue must not loop
        seen.add(c.id);
        const row = rows.get(c.id);
        if (row?.with_figures) {
          const sentence = unitSentence(row, via);
          const lead = TheName(row.name).slice(0, -row.name.length);
          out.push({ id: c.id, name: row.name, via, sentence, lead, rest: sentence.slice(lead.length + row.name.length) });
        }
        walk(c.id, [...via, c]);
      }
    };
    walk(id, []);
    return out;
  });
}

/** "La Administración Zonal Manuela Sáenz, que depende de la Secretaría…, publicó 1 informe (2021); …". */
export function unitSentence(u: InstitutionIndexRow, via: readonly Institution[]): string {
  const years = [...u.years].sort((a, b) => a - b);
  const span = years.length === 0 ? '' : years.length === 1 ? ` (${years[0]})` : ` (${years[0]}–${years[years.length - 1]})`;
  const through = via.length ? `, que depende ${ofName(via[via.length - 1]!.name)},` : '';
  let s = `${TheName(u.name)}${through} publicó ${count(u.reports, 'informe')}${span}`;
  if (u.pct_executed !== null) {
    s += u.budget_basis === 'reported'
      ? `; en ${u.budget_year} ejecutó ${pct(u.pct_executed)} de su presupuesto codificado (${usd(u.planned)})`
      : `; en ${u.budget_year} los proyectos que publica ejecutaron ${pct(u.pct_executed)} de lo codificado (${usd(u.planned)})`;
  }
  if (u.pct_goals !== null) {
    const capped = u.pct_goals_capped !== null && u.pct_goals_capped !== u.pct_goals ? ` (${pct(u.pct_goals_capped)} con cada meta limitada a 100 %)` : '';
    s += `; en ${u.goals_year} declara ${pct(u.pct_goals)} de cumplimiento de metas${capped}`;
  }
  return `${s}.`;
}
