/**
 * The timelines of /compromisos/ as shareable figures (overview, then one per theme): anchor
 * id, embed slug (/embed/compromisos/{slug}/, "" for the overview), CSV of the items drawn
 * with their source lines, citation parts and the chart. Shared by the page, its embeds and
 * the CSV endpoint.
 */
import type { Datasets } from '../schema/datasets.ts';
import type { RenderedChart } from './charts.ts';
import { renderTimeline } from './charts.ts';
import { commitmentsPlan, type CommitmentsPlan, type TimelineItem } from './commitments.ts';
import { timelineCsv, type CitationParts } from './reporter.ts';

export interface TimelineFigure {
  id: string;
  /** "" for the overview, else the theme anchor. */
  slug: string;
  title: string;
  takeaway: string;
  items: TimelineItem[];
  csv: () => string;
  render: () => RenderedChart;
  cite: CitationParts;
}

export function commitmentFigures(ds: Datasets, plan: CommitmentsPlan = commitmentsPlan(ds)): TimelineFigure[] {
  const sources = new Map<string, { source_file: string; source_line: number }>();
  for (const t of plan.themes) {
    for (const c of t.commitments) {
      sources.set(c.id, c);
      for (const m of c.milestones) sources.set(`${c.id}-hito-${m.number}`, m);
    }
  }
  const lines = (items: TimelineItem[]) => {
    const ls = items.map((i) => sources.get(i.id)?.source_line).filter((l): l is number => typeof l === 'number');
    return ls.length ? { from: ls.reduce((a, b) => Math.min(a, b)), to: ls.reduce((a, b) => Math.max(a, b)) } : { from: null, to: null };
  };
  const cite = (title: string, items: TimelineItem[]): CitationParts => ({
    title,
    institution: null,
    reports: plan.plans.map((r) => ({ title: r.title, period: r.period, file: r.source_file, ...lines(items) })),
  });
  const fig = (id: string, slug: string, title: string, takeaway: string, items: TimelineItem[], ariaLabel: string): TimelineFigure => ({
    id, slug, title, takeaway, items,
    csv: () => timelineCsv(items, sources),
    render: () => renderTimeline(items, { ariaLabel, ariaDescription: takeaway }),
    cite: cite(title, items),
  });
  const out: TimelineFigure[] = [];
  if (plan.overview.length) {
    out.push(fig('grafico-cronograma', '', 'Cronograma de los compromisos', plan.takeaway, plan.overview, 'Cronograma de los compromisos de Gobierno Abierto'));
  }
  for (const t of plan.themes) {
    if (!t.timeline.length) continue;
    out.push(fig(`grafico-${t.anchor}`, t.anchor, `Cronograma: ${t.theme}`, t.takeaway, t.timeline, `Cronograma de los compromisos e hitos del eje ${t.theme}`));
  }
  return out;
}
