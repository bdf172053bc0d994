/**
 * The first screen of a profile (issue 16): the most recent year's budget execution and the goals
 * verdict, the declared total beside the mean with every goal capped at 100 % and the goals at 0 %,
 * so a phone reader never learns only the uncapped figure. Also the social card's goals line.
 */
import type { InstitutionProfile } from './profile.ts';
import type { Report } from '../schema/datasets.ts';
import { pageOfLine } from '../lib/pdf.ts';
import { citeWhere, type FigureCitation } from './cite-figure.ts';
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
  /** Anchor of the figure itself (its «Citar esta cifra» URL). */
  id: string;
  /** «Citar esta cifra»: the citation without the page URL (cite-figure.ts). */
  cite: Omit<FigureCitation, 'url'>;
}

/** Where lines `from`–`to` of a report are, with their pages when it is a PDF. */
function whereIn(r: Report, from: number | null, to: number | null = null): string {
  return citeWhere(r.source_file, from, from ? pageOfLine(r.page_starts, from) : null, to, to ? pageOfLine(r.page_starts, to) : null);
}

/** The headline figures of a profile, in reading order; empty when the institution reports none. */
export function profileHeadline(p: InstitutionProfile): HeadlineStat[] {
  const out: HeadlineStat[] = [];
  const b = p.budget[0];
  if (b && b.headline.pct !== null) {
    const note = b.headline.executed !== null && b.headline.planned !== null ? `${usd(b.headline.executed)} de ${usd(b.headline.planned)}` : null;
    const lines = b.lines.map((l) => l.source_line);
    out.push({
      label: `Presupuesto ${b.report.year} ejecutado`,
      value: pct(b.headline.pct),
      note,
      anchor: 'presupuesto',
      id: 'cifra-presupuesto',
      cite: {
        institution: p.institution.name, what: 'presupuesto ejecutado', year: b.report.year,
        value: note ? `${pct(b.headline.pct)}, ${note}` : pct(b.headline.pct),
        where: b.summary ? whereIn(b.report, b.summary.source_line) : whereIn(b.report, lines.length ? Math.min(...lines) : null, lines.length ? Math.max(...lines) : null),
        computed: b.summary?.basis !== 'reported',
      },
    });
  }
  const g = p.goals[0];
  if (g && !g.targetsOnly) {
    const declared = g.reportedTotal ?? g.mean;
    const lines = g.goals.map((x) => x.source_line);
    const goalLines = whereIn(g.report, lines.length ? Math.min(...lines) : null, lines.length ? Math.max(...lines) : null);
    if (declared !== null) {
      out.push({
        label: g.reportedTotal !== null ? `Metas ${g.report.year}: cumplimiento declarado` : `Metas ${g.report.year}: promedio simple`,
        value: pct(declared),
        note: g.reportedTotal !== null ? 'lo que dice el informe' : 'el informe no declara un total',
        anchor: 'metas',
        id: 'cifra-metas',
        cite: g.reportedTotal !== null
          ? { institution: p.institution.name, what: 'cumplimiento de metas declarado', year: g.report.year, value: pct(declared), where: whereIn(g.report, g.reportedTotalLine) }
          : { institution: p.institution.name, what: 'cumplimiento de metas (promedio simple)', year: g.report.year, value: pct(declared), where: goalLines, computed: true },
      });
    }
    if (g.cappedMean !== null && g.cappedMean !== declared) {
      out.push({
        label: 'Con cada meta limitada a 100 %',
        value: pct(g.cappedMean),
        note: `${int(g.zeroCount)} de ${int(g.withPct)} ${g.withPct === 1 ? 'meta' : 'metas'} en 0 %`,
        anchor: 'metas',
        id: 'cifra-metas-tope',
        cite: {
          institution: p.institution.name, what: 'cumplimiento de metas (cada meta limitada a 100 %)', year: g.report.year,
          value: `${pct(g.cappedMean)}, ${int(g.zeroCount)} de ${int(g.withPct)} ${g.withPct === 1 ? 'meta' : 'metas'} en 0 %`, where: goalLines, computed: true,
        },
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
