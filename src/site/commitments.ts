/**
 * Page data of /compromisos/: the Open Government action plan(s), commitments grouped by
 * theme and by institution, each with its milestones, and the timeline rows.
 */
import type { Commitment, Datasets, Institution, Milestone, Report } from '../schema/datasets.ts';
import { monthYear } from './format.ts';
import { slugify } from '../lib/text.ts';
import type { TimelineItem } from '../charts/timeline.ts';

export type { TimelineItem };

export interface CommitmentView extends Commitment {
  institutions: Institution[];
  milestones: Milestone[];
}

export interface ThemeGroup {
  theme: string;
  /** Anchor id of the theme heading. */
  anchor: string;
  commitments: CommitmentView[];
  /** Timeline of this theme: its commitments, each followed by its milestones. */
  timeline: TimelineItem[];
  takeaway: string;
}


export interface CommitmentsPlan {
  plans: Report[];
  themes: ThemeGroup[];
  byInstitution: { institution: Institution; commitments: CommitmentView[] }[];
  /** Commitments naming no institution of the catalogue. */
  unassigned: CommitmentView[];
  /** Every commitment and milestone. */
  timeline: TimelineItem[];
  /** Commitments only: the plan at a glance. */
  overview: TimelineItem[];
  /** Items left out of the timeline for lack of dates. */
  undated: number;
  milestoneCount: number;
  span: { start: string | null; end: string | null };
  takeaway: string;
}

const NO_THEME = 'Sin eje temático';

function themeAnchor(theme: string): string {
  return `eje-${slugify(theme)}`;
}

export function commitmentsPlan(ds: Datasets): CommitmentsPlan {
  const views: CommitmentView[] = [...ds.commitments]
    .sort((a, b) => a.report_id.localeCompare(b.report_id) || a.number - b.number)
    .map((c) => ({
      ...c,
      institutions: c.institution_ids.map((id) => ds.institutions.find((i) => i.id === id)).filter((i): i is Institution => !!i),
      milestones: ds.milestones.filter((m) => m.commitment_id === c.id).sort((a, b) => a.number - b.number),
    }));
  const themes: ThemeGroup[] = [];
  for (const v of views) {
    const theme = v.theme ?? NO_THEME;
    let g = themes.find((t) => t.theme === theme);
    if (!g) themes.push((g = { theme, anchor: themeAnchor(theme), commitments: [], timeline: [], takeaway: '' }));
    g.commitments.push(v);
  }
  const instIds = [...new Set(views.flatMap((v) => v.institution_ids))];
  const byInstitution = instIds
    .map((id) => ({ institution: ds.institutions.find((i) => i.id === id), commitments: views.filter((v) => v.institution_ids.includes(id)) }))
    .filter((x): x is { institution: Institution; commitments: CommitmentView[] } => !!x.institution)
    .sort((a, b) => a.institution.name.localeCompare(b.institution.name, 'es'));

  const timeline: TimelineItem[] = [];
  let undated = 0;
  for (const v of views) {
    const group = v.theme ?? NO_THEME;
    const items: TimelineItem[] = [];
    if (v.start && v.end) items.push({ id: v.id, label: `${v.number}. ${v.title}`, group, start: v.start, end: v.end, kind: 'commitment' });
    else undated++;
    for (const m of v.milestones) {
      if (m.start && m.end) items.push({ id: `${v.id}-hito-${m.number}`, label: `Hito ${m.number}`, group: v.id, start: m.start, end: m.end, kind: 'milestone' });
      else undated++;
    }
    for (const it of items) timeline.push(it);
    const themeTimeline = themes.find((t) => t.theme === group)!.timeline;
    for (const it of items) themeTimeline.push(it);
  }
  for (const t of themes) t.takeaway = spanSentence(t.commitments, t.timeline);
  const starts = timeline.map((t) => t.start).sort();
  const ends = timeline.map((t) => t.end).sort();
  const span = { start: starts[0] ?? null, end: ends[ends.length - 1] ?? null };
  const milestoneCount = views.reduce((s, v) => s + v.milestones.length, 0);
  const plans = ds.reports.filter((r) => r.format === 'ogp-plan').sort((a, b) => b.year - a.year);

  let takeaway = views.length
    ? `${views.length} ${views.length === 1 ? 'compromiso' : 'compromisos'} con ${milestoneCount} hitos, de ${monthYear(span.start)} a ${monthYear(span.end)}`
    : 'No hay compromisos de Gobierno Abierto en los datos';
  const late = views.filter((v) => v.end && v.milestones.some((m) => m.end && m.end > v.end!));
  if (late.length) takeaway += `; en ${late.length} ${late.length === 1 ? 'compromiso' : 'compromisos'} algún hito termina después de la fecha de término del compromiso`;
  if (undated) takeaway += `; ${undated} ${undated === 1 ? 'elemento no tiene' : 'elementos no tienen'} fechas en el documento`;
  takeaway += '.';

  return {
    plans, themes, byInstitution,
    unassigned: views.filter((v) => !v.institutions.length),
    timeline, overview: timeline.filter((t) => t.kind === 'commitment'), undated, milestoneCount, span, takeaway,
  };
}

/** "3 compromisos con 21 hitos, de enero 2020 a abril 2022." */
function spanSentence(commitments: CommitmentView[], items: TimelineItem[]): string {
  const n = commitments.length;
  const m = commitments.reduce((s, c) => s + c.milestones.length, 0);
  const starts = items.map((t) => t.start).sort();
  const ends = items.map((t) => t.end).sort();
  const span = starts.length ? `, de ${monthYear(starts[0])} a ${monthYear(ends[ends.length - 1])}` : '';
  return `${n} ${n === 1 ? 'compromiso' : 'compromisos'} con ${m} ${m === 1 ? 'hito' : 'hitos'}${span}.`;
}
