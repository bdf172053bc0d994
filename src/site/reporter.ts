/**
 * Reporter tools, pure parts: figure ids and file names, the CSV of exactly the rows a chart
 * shows, the ready-to-paste citation sentence, the <iframe> snippet of an embed page, and
 * absolute URLs. Everything here is deterministic (no clock): the access date of a citation is
 * filled in the browser; without JavaScript the sentence reads "fecha de consulta: ____".
 */
import { writeCsv } from '../lib/csv.ts';
import type { Report } from '../schema/datasets.ts';
import type { TimelineItem } from './commitments.ts';
import { pageOfLine } from '../lib/pdf.ts';
import { sourceRef } from './format.ts';
import { sameYearIds } from './lookup.ts';

export const SITE_NAME = 'Cuentas Abiertas';
/** What a citation prints where the access date goes when no browser fills it. */
export const DATE_BLANK = '____';

// ---------------------------------------------------------------- ids and URLs

/**
 * Year suffix of a report's figures on its institution's page: "2023", or "2023-2" when the
 * institution has several reports that year (k = order by id), like the goal anchors.
 */
export function reportSuffix(reports: readonly Report[], report: Report): string {
  const same = sameYearIds(reports, report);
  return same.length > 1 ? `${report.year}-${same.indexOf(report.id) + 1}` : `${report.year}`;
}

/** Absolute URL of a site path that already carries the base ("/cuentas-abiertas/x/"); the path itself without SITE_URL. */
export function absoluteUrl(site: URL | string | undefined | null, path: string): string {
  return site ? new URL(path, site).href : path;
}

// ---------------------------------------------------------------- CSV

/** A CSV column: header label and raw value (numbers unformatted, null → empty cell). */
export interface CsvColumn<R> {
  label: string;
  value: (row: R) => string | number | null;
}

/** CSV (src/lib/csv.ts writeCsv: BOM, formulas neutralized, "\n" line ends) of `rows` with `columns`. */
export function toCsv<R>(rows: readonly R[], columns: readonly CsvColumn<R>[]): string {
  return writeCsv(columns.map((c) => c.label), rows.map((r) => columns.map((c) => c.value(r))));
}

interface Sourced { source_file: string; source_line: number }
/** "Fuente": "archivo.txt:12", or "archivo.pdf, p. 7, línea 12" with the page map of a PDF (reports.page_starts). */
const source = <R extends Sourced>(pageStarts?: readonly number[] | null): CsvColumn<R> => ({ label: 'Fuente', value: (r) => sourceRef(r.source_file, r.source_line, pageStarts) });

export interface BudgetLineLike extends Sourced {
  category: string;
  planned: number | null;
  executed: number | null;
  pct_reported: number | null;
  pct_computed: number | null;
}

/** The budget lines the chart draws: those with a planned or executed amount (as in profile.ts). */
export function budgetChartLines<R extends BudgetLineLike>(lines: readonly R[]): R[] {
  return lines.filter((l) => l.planned !== null || l.executed !== null);
}

export function budgetChartCsv(lines: readonly BudgetLineLike[], pageStarts?: readonly number[] | null): string {
  return toCsv(budgetChartLines(lines), [
    { label: 'Línea presupuestaria', value: (r) => r.category },
    { label: 'Planificado (USD)', value: (r) => r.planned },
    { label: 'Ejecutado (USD)', value: (r) => r.executed },
    { label: '% declarado', value: (r) => r.pct_reported },
    { label: '% calculado', value: (r) => r.pct_computed },
    source(pageStarts),
  ]);
}

export interface GoalLike extends Sourced {
  goal_number: string | null;
  indicator: string | null;
  planned: number | null;
  achieved: number | null;
  pct_reported: number | null;
  pct_computed: number | null;
  /** Percentage charted (reported, else computed). */
  pct: number | null;
  capped: number | null;
}

/** The goals the chart draws: those with a percentage (as in goals.ts). */
export function goalsChartRows<R extends GoalLike>(goals: readonly R[]): R[] {
  return goals.filter((g) => g.pct !== null);
}

export function goalsChartCsv(goals: readonly GoalLike[], pageStarts?: readonly number[] | null): string {
  return toCsv(goalsChartRows(goals), [
    { label: 'N.º', value: (r) => r.goal_number },
    { label: 'Indicador', value: (r) => r.indicator },
    { label: 'Planificado', value: (r) => r.planned },
    { label: 'Alcanzado', value: (r) => r.achieved },
    { label: '% declarado', value: (r) => r.pct_reported },
    { label: '% calculado', value: (r) => r.pct_computed },
    { label: '% en el gráfico (tope 100)', value: (r) => r.capped },
    source(pageStarts),
  ]);
}

export interface ProcurementLike extends Sourced {
  procedure: string;
  awarded_count: number | null;
  awarded_amount: number | null;
  finalized_count: number | null;
  finalized_amount: number | null;
}

export function procurementChartCsv(rows: readonly ProcurementLike[], pageStarts?: readonly number[] | null): string {
  return toCsv(rows, [
    { label: 'Tipo de contratación', value: (r) => r.procedure },
    { label: 'N.º adjudicados', value: (r) => r.awarded_count },
    { label: 'Valor adjudicado (USD)', value: (r) => r.awarded_amount },
    { label: 'N.º finalizados', value: (r) => r.finalized_count },
    { label: 'Valor finalizado (USD)', value: (r) => r.finalized_amount },
    source(pageStarts),
  ]);
}

/** Timeline rows with the source of each item (commitment or milestone line). */
export function timelineCsv(items: readonly TimelineItem[], sources: ReadonlyMap<string, Sourced>): string {
  return toCsv(items, [
    { label: 'Tipo', value: (r) => (r.kind === 'commitment' ? 'compromiso' : 'hito') },
    { label: 'Elemento', value: (r) => r.label },
    { label: 'Compromiso', value: (r) => (r.kind === 'milestone' ? r.group : r.id) },
    { label: 'Inicio', value: (r) => r.start },
    { label: 'Término', value: (r) => r.end },
    { label: 'Fuente', value: (r) => { const s = sources.get(r.id); return s ? sourceRef(s.source_file, s.source_line) : null; } },
  ]);
}

// ---------------------------------------------------------------- citation

export interface CitedReport {
  title: string;
  period: string;
  file: string;
  /** First and last line of the figures (same line, or null when the whole file is cited). */
  from: number | null;
  to?: number | null;
  /** Page map of a PDF (reports.page_starts): the citation then says the page. */
  pageStarts?: readonly number[] | null;
  /** What the line holds ("resumen del presupuesto"), optional. */
  what?: string;
}

export interface CitationParts {
  /** Title of the chart or page. */
  title: string;
  /** Institution name, or null for a comparison of many. */
  institution: string | null;
  reports: readonly CitedReport[];
  /** When a comparison cites one report per row: said instead of listing them. */
  reportsNote?: string;
}

function lines(r: CitedReport): string {
  const to = r.to ?? r.from;
  if (r.from === null) return `archivo ${r.file}`;
  const where = to !== null && to !== r.from ? `líneas ${r.from}–${to}` : `línea ${r.from}`;
  const first = pageOfLine(r.pageStarts, r.from);
  const last = to !== null ? pageOfLine(r.pageStarts, to) : first;
  const page = first === null ? '' : last !== null && last !== first ? `pp. ${first}–${last}, ` : `p. ${first}, `;
  return `archivo ${r.file}, ${r.what ? `${r.what}: ` : ''}${page}${where}`;
}

/**
 * The citation up to the URL: "Ministerio del Interior: «Ejecución…, 2023». Informe de
 * Rendición de Cuentas No 13359, periodo 2023 (archivo x.txt, líneas 151–158). En Cuentas Abiertas:"
 */
export function citationLead(p: CitationParts): string {
  const who = p.institution ? `${p.institution}: «${p.title}».` : `«${p.title}».`;
  const reports = p.reports.length
    ? p.reports.map((r) => `${r.title}, periodo ${r.period} (${lines(r)})`).join('; ') + '.'
    : p.reportsNote ?? '';
  return [who, reports, `En ${SITE_NAME}:`].filter(Boolean).join(' ');
}

/** The whole sentence; `accessDate` null leaves the blank to fill by hand. */
export function citationText(p: CitationParts, url: string, accessDate: string | null): string {
  return `${citationLead(p)} ${url} (fecha de consulta: ${accessDate ?? DATE_BLANK}).`;
}

/** es-EC long date of the access ("21 de noviembre de 2026"), as the browser fills it. */
export function accessDateText(d: Date): string {
  return new Intl.DateTimeFormat('es-EC', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'America/Guayaquil' }).format(d);
}

// ---------------------------------------------------------------- embed

/** Height (px) to give an embed's iframe: the narrow chart plus title, takeaway and source. */
export function embedHeight(svg: string, chrome = 230): number {
  const m = /^<svg\b[^>]*?\sheight="(\d+(?:\.\d+)?)"/.exec(svg);
  const h = m ? Math.ceil(Number(m[1])) : 400;
  return Math.min(h + chrome, 2400);
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Type of the message an embed page posts to its parent with its content height (src/layouts/Embed.astro). */
export const EMBED_HEIGHT_MESSAGE = 'cuentas-abiertas:altura';

/** Site path of the host page's listener the snippet loads (public/embed-altura.js): the iframe that posted takes its content's height. */
export const EMBED_RESIZE_SCRIPT = '/embed-altura.js';

/**
 * The <iframe> snippet a newsroom pastes: title for screen readers, full width, no border, a
 * starting height, and (listenerSrc) the site's script that resizes it to its content (the embed
 * posts its height). Never inline code: a pasted snippet stays inert.
 */
export function embedSnippet(src: string, title: string, height: number, listenerSrc?: string): string {
  const iframe = `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
  return listenerSrc ? `${iframe}<script src="${attr(listenerSrc)}" async></script>` : iframe;
}

/** File-name stem of a figure's downloads: "ministerio-del-interior-grafico-presupuesto-2023". */
export function downloadName(...parts: string[]): string {
  return parts.filter(Boolean).join('-').replace(/[^a-z0-9-]+/gi, '-').replace(/-+/g, '-').replace(/^-|-$/g, '').toLowerCase();
}

/** Props of the "Compartir / descargar" box of a figure (src/components/FigureTools.astro). */
export interface FigureToolsProps {
  /** Id of the figure (its anchor). */
  figureId: string;
  /** File-name stem of the downloads. */
  name: string;
  /** Absolute URL of the page (no query, no hash): the citation's URL without JavaScript. */
  pageUrl: string;
  cite: CitationParts;
  /** Static CSV of the rows drawn (site URL with the base). */
  csvHref?: string;
  /** Or: id of the table whose visible rows make the CSV (comparisons, client-side). */
  csvFor?: string;
  /** Absolute URL of the embed page. */
  embedSrc?: string;
  embedTitle?: string;
  embedHeight?: number;
  /** The page keeps state in its query (filters, sort): the embed URL carries it. */
  stateful?: boolean;
  /** A related link ("Comparar con otras instituciones"). */
  related?: { href: string; label: string };
}
