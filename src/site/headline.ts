/**
 * The first screen of a profile (issue 16): the most recent year's budget execution and the goals
 * verdict, the declared total beside the mean with every goal capped at 100 % and the goals at 0 %,
 * so a phone reader never learns only the uncapped figure. Also the social card's goals line.
 */
import type { InstitutionProfile } from './profile.ts';
import { int, pct, usd } from './format.ts';

export interface HeadlineStat {
  /** What the figure is ("Presupuesto 2023 ejecutado"). */
  label: string;
  /** The figure, formatted es-EC. */
  value: string;
  /** One line of context (amounts, goals at 0 %), or null. */
  note: string | null;
  /** Anchor of the profile section that details it. */
  anchor: 'presupuesto' | 'metas';
}

/** The headline figures of a profile, in reading order; empty when the institution reports none. */
export function profileHeadline(p: InstitutionProfile): HeadlineStat[] {
  const out: HeadlineStat[] = [];
  const b = p.budget[0];
  if (b && b.headline.pct !== null) {
    out.push({
      label: `Presupuesto ${b.report.year} ejecutado`,
      value: pct(b.headline.pct),
      note: b.headline.executed !== null && b.headline.planned !== null ? `${usd(b.headline.executed)} de ${usd(b.headline.planned)}` : null,
      anchor: 'presupuesto',
    });
  }
  const g = p.goals[0];
  if (g && !g.targetsOnly) {
    const declared = g.reportedTotal ?? g.mean;
    if (declared !== null) {
      out.push({
        label: g.reportedTotal !== null ? `Metas ${g.report.year}: cumplimiento declarado` : `Metas ${g.report.year}: promedio simple`,
        value: pct(declared),
        note: g.reportedTotal !== null ? 'lo que dice el informe' : 'el informe no declara un total',
        anchor: 'metas',
      });
    }
    if (g.cappedMean !== null && g.cappedMean !== declared) {
      out.push({
        label: 'Con cada meta limitada a 100 %',
        value: pct(g.cappedMean),
        note: `${int(g.zeroCount)} de ${int(g.withPct)} ${g.withPct === 1 ? 'meta' : 'metas'} en 0 %`,
        anchor: 'metas',
      });
    }
  }
  return out;
}

/** The goals line of the social card: the declared total beside the capped mean, or null. */
export function goalsCardLine(p: InstitutionProfile, budgetYear: number | null): string | null {
  const g = p.goals[0];
  if (!g || g.reportedTotal === null) return null;
  const year = budgetYear === g.report.year ? '' : ` (${g.report.year})`;
  const capped = g.cappedMean !== null && g.cappedMean !== g.reportedTotal ? ` · ${pct(g.cappedMean)} con tope de 100 %` : '';
  return `Metas: ${pct(g.reportedTotal)} declarado${capped}${year}`;
}
