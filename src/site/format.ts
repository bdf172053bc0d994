/**
 * Display formatting for the pages: es-EC numbers from src/charts/format.ts, plus the
 * conventions for absent values ("no reportado") and sources ("archivo:línea").
 */
import { formatInt, formatPercent, formatUsd } from '../charts/format.ts';
import { FORMAT_DESCRIPTORS } from '../ingest/parsers/index.ts';
import type { Format } from '../schema/datasets.ts';
import { pageOfLine } from '../lib/pdf.ts';

/** What a page prints where a figure is absent (null). Never 0, never "N/A". */
export const NOT_REPORTED = 'no reportado';
/** What a section prints when the reports hold no data for it. */
export const SECTION_EMPTY = 'No reportado en los informes disponibles.';

export function usd(v: number | null | undefined): string {
  return v === null || v === undefined ? NOT_REPORTED : formatUsd(v);
}
export function pct(v: number | null | undefined): string {
  return v === null || v === undefined ? NOT_REPORTED : formatPercent(v);
}
export function int(v: number | null | undefined): string {
  return v === null || v === undefined ? NOT_REPORTED : formatInt(v);
}
/** A plain number (goal values): up to 2 decimals, es-EC grouping. */
export function num(v: number | null | undefined): string {
  if (v === null || v === undefined) return NOT_REPORTED;
  return new Intl.NumberFormat('es-EC', { maximumFractionDigits: 2 }).format(v);
}

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

/** "2020-02" → "febrero 2020". */
export function monthYear(v: string | null | undefined): string {
  if (!v) return NOT_REPORTED;
  const m = /^(\d{4})-(\d{2})$/.exec(v);
  if (!m) return v;
  return `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** "2024-03-14" → "14 de marzo de 2024". */
export function longDate(v: string | null | undefined): string {
  if (!v) return NOT_REPORTED;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return v;
  return `${Number(m[3])} de ${MONTHS[Number(m[2]) - 1] ?? m[2]} de ${m[1]}`;
}

/**
 * "archivo.txt:164" (or just the file when the line is unknown); with the page map of a PDF
 * (reports.page_starts), "archivo.pdf, p. 7, línea 164". `to`: last line of a range.
 */
export function sourceRef(
  file: string, line: number | null | undefined, pageStarts?: readonly number[] | null, to?: number | null,
): string {
  const range = line && to && to !== line;
  const page = line ? pageOfLine(pageStarts, line) : null;
  if (page !== null && line) {
    const last = range ? pageOfLine(pageStarts, to) : page;
    const pages = last !== null && last !== page ? `pp. ${page}–${last}` : `p. ${page}`;
    return range ? `${file}, ${pages}, líneas ${line}–${to}` : `${file}, ${pages}, línea ${line}`;
  }
  if (range) return `${file}:${line}–${to}`;
  return line ? `${file}:${line}` : file;
}

/**
 * A citation between parentheses as three parts, so that each parenthesis can be kept on the line
 * of the character next to it (Source.astro `paren`): «(» + first character, the middle, last
 * character + «)». Characters are graphemes (an accent never leaves its letter).
 */
export function parenthesized(text: string): { open: string; middle: string; close: string } {
  const g = [...new Intl.Segmenter('es', { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);
  if (g.length < 2) return { open: `(${text})`, middle: '', close: '' };
  return { open: `(${g[0]}`, middle: g.slice(1, -1).join(''), close: `${g[g.length - 1]})` };
}

/**
 * The place of a figure inside a report already named nearby (a table whose caption names the
 * file): "línea 24", "líneas 151–158", or with a PDF's page map "p. 7, línea 12"; null without a line.
 */
export function lineRef(line: number | null | undefined, pageStarts?: readonly number[] | null, to?: number | null): string | null {
  if (!line) return null;
  const range = to && to !== line;
  const page = pageOfLine(pageStarts, line);
  const lines = range ? `líneas ${line}–${to}` : `línea ${line}`;
  if (page === null) return lines;
  const last = range ? pageOfLine(pageStarts, to) : page;
  return `${last !== null && last !== page ? `pp. ${page}–${last}` : `p. ${page}`}, ${lines}`;
}

/** Each report format as /metodologia/ explains it, from its descriptor (its parser module), in FORMATS order. */
export const FORMAT_DOCS: readonly { format: Format; label: string; description: string; countLabel: string }[] = Object.values(FORMAT_DESCRIPTORS)
  .map(({ format, label, description, countLabel }) => ({ format, label, description, countLabel }));

/** Human names of the report formats, from each format's descriptor (its parser module). */
/**
 * A column label as a table heading shows it: a number and its «%», and «p. p.», never split
 * across lines («% metas (tope 100 %)» broke before «%)» at 1280 px). The label itself (the CSV
 * header) keeps plain spaces.
 */
export function headingText(label: string): string {
  return label.replace(/(\d) %/g, '$1\u00a0%').replace(/p\. p\./g, 'p.\u00a0p.');
}

/** «1 informe», «6 informes»: how many reports of a format /metodologia/ read (`countLabel` is the descriptor's plural). */
export function formatDocCount(d: { countLabel: string }, n: number): string {
  return `${formatInt(n)} ${n === 1 ? d.countLabel.replace(/s$/, '') : d.countLabel}`;
}

export const FORMAT_LABELS: Readonly<Record<Format, string>> = Object.fromEntries(
  Object.values(FORMAT_DESCRIPTORS).map((d) => [d.format, d.label]),
) as Record<Format, string>;
export function formatLabel(f: string): string {
  return FORMAT_LABELS[f as Format] ?? f;
}

/** Capitalizes the first letter ("ejecutiva" → "Ejecutiva"). */
export function capitalize(s: string | null | undefined): string {
  if (!s) return '';
  return s.charAt(0).toLocaleUpperCase('es') + s.slice(1);
}

/** Display name of a state function ("gad" → "GAD", "ejecutiva" → "Ejecutiva"). */
export function functionLabel(f: string): string {
  return f === 'gad' ? 'GAD' : capitalize(f);
}
