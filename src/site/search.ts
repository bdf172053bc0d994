/**
 * Full-text search (Pagefind): what each page declares about itself and the records added
 * beside the pages.
 *
 * - Pages: Base.astro marks <main> data-pagefind-body; each searchable page renders
 *   <SearchFacets> (src/components/SearchFacets.astro) with the filters below, so a reader can
 *   narrow results by kind, state function, level, year and report format.
 * - Goals and SERCOP processes: sections of their institution's profile in the index, not records
 *   of their own (the index metadata each search downloads grows with every record): each is a
 *   heading with its row's anchor in the profile's indexed copy (`profileSearchSections`, added by
 *   scripts/pagefind.mjs), so Pagefind returns it as a sub-result leading to
 *   `/instituciones/<id>/#meta-2023-3`, and /buscar/ shows it as the result when only it holds the
 *   words. The profile's goal tables are data-pagefind-ignore'd so the same words are not indexed twice.
 *
 * Filter values are codes (ASCII where they come from us, dataset codes otherwise) so that the
 * /buscar/ URL stays readable (?q=agua&tipo=meta&anio=2023); labels come from `filterLabel`.
 * Record URLs carry no base path: Pagefind prefixes every result URL with its bundle's base
 * (`/cuentas-abiertas/` when the bundle is /cuentas-abiertas/pagefind/), pages and records alike.
 */
import { listOf, lookup } from './lookup.ts';
import type { Datasets, Institution } from '../schema/datasets.ts';
import { goalAnchorPrefix, goalsBlockFor, type GoalRow } from './goals.ts';
import { capitalize, formatLabel, functionLabel, num, pct } from './format.ts';
import { sentenceCase } from './stats.ts';

/** Kinds of result (filter `tipo`). */
export const SEARCH_KINDS = {
  institucion: 'Institución',
  meta: 'Meta',
  proceso: 'Proceso de contratación (SERCOP)',
  compromiso: 'Compromiso',
  metodologia: 'Metodología',
  comparacion: 'Comparación',
  datos: 'Datos abiertos',
} as const;
export type SearchKind = keyof typeof SEARCH_KINDS;

/** The filters, in the order of the /buscar/ form; `key` is the Pagefind filter and URL parameter. */
export const SEARCH_FILTERS = [
  { key: 'tipo', label: 'Tipo' },
  { key: 'funcion', label: 'Función del Estado' },
  { key: 'nivel', label: 'Nivel de gobierno' },
  { key: 'anio', label: 'Año' },
  { key: 'formato', label: 'Formato del informe' },
] as const;
export type SearchFilterKey = (typeof SEARCH_FILTERS)[number]['key'];

export type SearchFilters = Partial<Record<SearchFilterKey, (string | number)[]>>;

/**
 * Sort key of records without a year. Pagefind leaves out of a sorted search every record that
 * lacks the sort key, so every page and record declares `anio`; undated ones sort last.
 */
export const NO_YEAR = '0';

/** What a page declares to the index: filters, metadata shown in results, sort keys. */
export interface SearchFacets {
  filters: SearchFilters;
  meta?: Record<string, string>;
  sort?: Record<string, string>;
}

/** Display label of a filter value. */
export function filterLabel(key: SearchFilterKey, value: string): string {
  switch (key) {
    case 'tipo': return SEARCH_KINDS[value as SearchKind] ?? capitalize(value);
    case 'funcion': return functionLabel(value);
    case 'nivel': return capitalize(value);
    case 'formato': return formatLabel(value);
    default: return value;
  }
}

const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];
const byLabel = (key: SearchFilterKey) => (a: string, b: string) =>
  key === 'anio' ? Number(b) - Number(a) : filterLabel(key, a).localeCompare(filterLabel(key, b), 'es');

/** Years a plan period covers ("2019-2022" → 2019…2022), else the report year. */
function periodYears(period: string, year: number): number[] {
  const m = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(period.trim());
  if (!m) return [year];
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (b < a || b - a > 20) return [year];
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

/** One line under a result: siglas · función · nivel. */
function institutionContext(i: Institution): string {
  return [i.acronym, functionLabel(i.function), capitalize(i.level)].filter(Boolean).join(' · ');
}

/** Facets of an institution profile: its function, level, and the years and formats of its reports. */
export function institutionFacets(ds: Datasets, institutionId: string): SearchFacets {
  const inst = lookup(ds).institution.get(institutionId);
  if (!inst) throw new Error(`institución desconocida: ${institutionId}`);
  const reports = listOf(lookup(ds).reportsOf, institutionId);
  const years = uniq(reports.map((r) => r.year)).sort((a, b) => b - a);
  return {
    filters: {
      tipo: ['institucion'], funcion: [inst.function], nivel: [inst.level],
      anio: years, formato: uniq(reports.map((r) => r.format)).sort(),
    },
    meta: { contexto: institutionContext(inst) },
    sort: { anio: years.length ? String(years[0]) : NO_YEAR },
  };
}

/** Facets of /compromisos/: the plan's years and format, and its responsible institutions' functions and levels. */
export function commitmentsFacets(ds: Datasets): SearchFacets {
  const plans = ds.reports.filter((r) => ds.commitments.some((c) => c.report_id === r.id));
  const insts = ds.institutions.filter((i) => ds.commitments.some((c) => c.institution_ids.includes(i.id)));
  const years = uniq(plans.flatMap((r) => periodYears(r.period, r.year))).sort((a, b) => b - a);
  return {
    filters: {
      tipo: ['compromiso'], funcion: uniq(insts.map((i) => i.function)).sort(), nivel: uniq(insts.map((i) => i.level)).sort(),
      anio: years, formato: uniq(plans.map((r) => r.format)).sort(),
    },
    meta: { contexto: `${ds.commitments.length} compromisos del plan de Gobierno Abierto` },
    sort: { anio: years.length ? String(years[0]) : NO_YEAR },
  };
}

/** Facets of a page that is only of one kind (methodology, comparisons, data). */
export function kindFacets(kind: SearchKind, context?: string): SearchFacets {
  return { filters: { tipo: [kind] }, ...(context ? { meta: { contexto: context } } : {}), sort: { anio: NO_YEAR } };
}

/** A goal or SERCOP process to search, written as a section of its profile's indexed copy (profileSearchSections). */
export interface SearchRecord {
  /** Site path without the base, with the anchor. */
  url: string;
  content: string;
  language: 'es';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
  /** Institution whose profile holds the anchor, and the anchor (for the build's check). */
  institutionId: string;
  anchor: string;
  /** What the result shows under its title besides the institution (unit, year, figures). */
  detail: string;
}

/**
 * Title of a goal's result: its indicator, unless the report gives each goal its own wording and
 * the indicator is generic (shared by several goals, e.g. «Número de actividades»): then the goal.
 */
function goalTitle(g: GoalRow, goalText: Map<string, number>): string {
  const ownGoal = g.goal && g.goal !== g.indicator && goalText.get(g.goal) === 1 ? g.goal : null;
  const text = sentenceCase(ownGoal ?? g.indicator ?? g.goal ?? g.objective ?? 'Meta sin descripción');
  return g.goal_number && !text.startsWith(g.goal_number) ? `${g.goal_number}. ${text}` : text;
}

/** "Label: text." without doubling the text's own final period. */
const sentence = (label: string, text: string | null | undefined) => (text ? `${label}: ${text.trim().replace(/[.。]+$/, '')}.` : '');

/** "Planificado 21 · alcanzado 21 · 100 %", with what the report publishes. */
function goalFigures(g: GoalRow): string {
  const unit = g.value_unit === '%' ? '\u00a0%' : g.value_unit ? ` ${g.value_unit}` : '';
  const parts: string[] = [];
  if (g.planned !== null) parts.push(`planificado ${num(g.planned)}${unit}`);
  if (g.achieved !== null) parts.push(`alcanzado ${num(g.achieved)}${unit}`);
  if (g.pct !== null) parts.push(`cumplimiento ${pct(g.pct)}`);
  return capitalize(parts.join(' · '));
}

/**
 * One record per goal (and its indicator): found by the indicator's, the goal's, the objective's
 * and the unit's words, and the institution's name; the URL is the goal's row on the profile, with the same anchor the
 * profile renders (goalsBlockFor + goalAnchorPrefix, as in profile.ts).
 */
export function goalSearchRecords(ds: Datasets): SearchRecord[] {
  const out: SearchRecord[] = [];
  const reports = [...ds.reports].sort((a, b) => a.id.localeCompare(b.id));
  for (const r of reports) {
    const inst = lookup(ds).institution.get(r.institution_id);
    if (!inst) continue;
    const block = goalsBlockFor(r, listOf(lookup(ds).byReport.goals, r.id), undefined, goalAnchorPrefix(ds.reports, r));
    if (!block) continue;
    const goalText = new Map<string, number>();
    for (const g of block.goals) if (g.goal) goalText.set(g.goal, (goalText.get(g.goal) ?? 0) + 1);
    for (const g of block.goals) {
      // Pagefind indexes the metadata too: the title (the result's heading) and the context
      // (institution · unit · year) are not repeated in the content.
      const title = goalTitle(g, goalText);
      const said = (t: string | null) => t !== null && title.toLocaleLowerCase('es').includes(sentenceCase(t).toLocaleLowerCase('es'));
      const lines = [
        said(g.indicator) ? '' : sentence('Indicador', g.indicator && sentenceCase(g.indicator)),
        said(g.goal) ? '' : sentence('Meta', g.goal && sentenceCase(g.goal)),
        sentence('Objetivo', g.objective && sentenceCase(g.objective)),
        sentence('Plan de desarrollo', g.plan_objective),
      ];
      const figures = goalFigures(g);
      out.push({
        url: `/instituciones/${inst.id}/#${g.anchor}`,
        content: lines.filter(Boolean).join(' ') || title,
        language: 'es',
        meta: {
          title,
          contexto: [inst.name, g.unit && sentenceCase(g.unit), `metas ${r.year}`].filter(Boolean).join(' · '),
          ...(figures ? { cifras: figures } : {}),
        },
        filters: { tipo: ['meta'], funcion: [inst.function], nivel: [inst.level], anio: [String(r.year)], formato: [r.format] },
        sort: { anio: String(r.year) },
        institutionId: inst.id,
        anchor: g.anchor,
        detail: [g.unit && sentenceCase(g.unit), `metas ${r.year}`, figures].filter(Boolean).join(' · '),
      });
    }
  }
  return out;
}

/** Boundaries between the labelled sentences of a goal's text (goalSearchRecords: «Objetivo: …. Meta: ….»). */
const GROUP_SENTENCE = / (?=(?:Indicador|Meta|Objetivo|Plan de desarrollo): )/;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Id of a record's section in its profile's indexed copy: the goal's anchor (`meta-2023-8`), or
 * for a SERCOP process its year's anchor and its ocid (`sercop-2021--ocds-…`), which /buscar/
 * turns back into the record's URL (`?proceso=ocds-…#sercop-2021`).
 */
export function recordSectionId(r: SearchRecord): string {
  const query = r.url.split('#')[0]!.split('?')[1];
  const ocid = query ? new URLSearchParams(query).get('proceso') : null;
  return ocid ? `${r.anchor}--${ocid}` : r.anchor;
}

/**
 * The goals and SERCOP processes of one institution as HTML for its profile's indexed copy only
 * (scripts/pagefind.mjs; the served page is untouched): Pagefind indexes one record per page,
 * not one per goal (the index metadata grows with every record and every search downloads it),
 * and each goal or process is a heading with its section id, so that Pagefind's sub-results lead
 * to its row, then the record's text. The detail shown under each result (unit, year, figures)
 * is not in the page's text: it is the page's metadata `detalles`, a JSON object from section id
 * to detail (/buscar/ reads it from the result's meta), because its words («metas»,
 * «cumplimiento», «planificado» and the figures) recur in every goal and made the index chunks a
 * search downloads grow with the number of goals. Pagefind 1.5 still indexes a metadata value's
 * words, but once per page, not once per goal («alcanzado» finds the profiles with goals). The profile also gets the filter values of its
 * records (tipo meta/proceso, their years).
 */
export function profileSearchSections(records: SearchRecord[]): string {
  const facets = new Set<string>();
  const html: string[] = [];
  const details: Record<string, string> = {};
  let previous = new Set<string>();
  for (const r of records) {
    for (const [key, values] of Object.entries(r.filters)) {
      if (key === 'tipo' || key === 'anio') for (const v of values) facets.add(`<span data-pagefind-filter="${key}[data-value]" data-value="${escapeHtml(v)}"></span>`);
    }
    const id = recordSectionId(r);
    const title = r.meta.title ?? '';
    if (r.detail) details[id] = r.detail;
    html.push(`<h3 id="${escapeHtml(id)}">${escapeHtml(title)}</h3>`);
    // A goal's group (objective, goal, plan objective) is written once, under the group's first
    // goal, as the profile's table shows it: each search downloads the text of the pages it lists.
    const parts = r.content.split(GROUP_SENTENCE);
    const text = parts.filter((p) => !previous.has(p)).join(' ');
    previous = new Set(parts);
    if (text && text !== title) html.push(`<p>${escapeHtml(text)}</p>`);
  }
  const meta = `<span data-pagefind-meta="detalles[data-value]" data-value="${escapeHtml(JSON.stringify(details))}"></span>`;
  return `<div data-search-records>${[...facets].join('')}${meta}${html.join('')}</div>`;
}

/** The options of each filter of the /buscar/ form, from the datasets (the index holds the same values). */
export function searchFilterOptions(ds: Datasets): Record<SearchFilterKey, { value: string; label: string }[]> {
  const plans = ds.reports.filter((r) => ds.commitments.some((c) => c.report_id === r.id));
  const years = [...ds.reports.map((r) => r.year), ...plans.flatMap((r) => periodYears(r.period, r.year)), ...new Set(ds.contracts.map((c) => c.year))];
  const values: Record<SearchFilterKey, string[]> = {
    tipo: Object.keys(SEARCH_KINDS),
    funcion: uniq(ds.institutions.map((i) => i.function)),
    nivel: uniq(ds.institutions.map((i) => i.level)),
    anio: uniq(years.map(String)),
    formato: uniq(ds.reports.map((r) => r.format)),
  };
  const out = {} as Record<SearchFilterKey, { value: string; label: string }[]>;
  for (const { key } of SEARCH_FILTERS) {
    const vals = key === 'tipo' ? values.tipo : [...values[key]].sort(byLabel(key));
    out[key] = vals.map((value) => ({ value, label: filterLabel(key, value) }));
  }
  return out;
}
