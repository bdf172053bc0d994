/**
 * The ingest driver: every file in the reports folder → validated datasets.
 *
 * For each file (sorted by name): read bytes → decode (decode.ts) → detect the format
 * (parsers/index.ts) → parse → resolve the institution (institutions.ts) → fill ids and
 * provenance → driver checks (checks.ts) → validate every record with the zod schemas.
 * One bad file never costs another its data: whatever goes wrong becomes a flag.
 * The result is deterministic: rows are sorted, ids are slugs, nothing depends on time.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative } from 'node:path';
import type { z } from 'zod';
import {
  DATASETS, type DatasetName, type Datasets, type Flag, type Institution, type Report,
} from '../schema/datasets.ts';
import { runChecks } from './checks.ts';
import { decodeReport } from '../lib/decode.ts';
import { plainRecord, plainText, removeControlCharacters, type ControlLine } from './plain.ts';
import {
  assignReportIds, baseReportId, flagCutNames, pruneUnits, reconcileInstitutions, reconcileReports, resolveReportInstitution,
} from './identity.ts';
import { InstitutionResolver, parseInstitutionsCsv } from './institutions.ts';
import { parserText, withTableCells } from './layout/index.ts';
import { labelledRows } from './layout/labelled-rows.ts';
import { displayedLine, displayedMessage, isIdentity, type LineMap } from './layout/line-map.ts';
import { PARSERS } from './parsers/index.ts';
import type { PdfExtraction } from './pdf/extract.ts';
import { pageOfLine } from '../lib/pdf.ts';
import { isPdf } from '../lib/pdf.ts';
import { slugify } from '../lib/text.ts';
import { flag, flagMessage, type FlagDraft, type Parser, type ParseResult, type SourceText } from './types.ts';

/** Lines longer than this are set aside (flagged) instead of parsed. */
export const MAX_LINE_LENGTH = 100_000;

export interface IngestOptions {
  reportsDir: string;
  institutionsFile: string;
  parsers?: readonly Parser[];
  /**
   * Latest plausible year (default: next year by the clock). A period after it, or before 2000,
   * is flagged `value_suspicious` and kept as read.
   */
  maxYear?: number;
  /**
   * Texts of the PDFs among the files, by file name, from the extraction phase (pdf/pool.ts;
   * ingestParallel runs it). A PDF missing here becomes an error flag.
   */
  pdf?: ReadonlyMap<string, PdfExtraction>;
  /** Where ingestParallel caches extracted PDF texts (default pdf/cache.ts's); null: no cache. */
  pdfCacheDir?: string | null;
}

export interface FileSummary {
  file: string;
  format: string;
  rows: number;
  warnings: number;
  errors: number;
  /** Why the file was not read (scanReportsDir); absent for files read. */
  skipped?: string;
}

export interface IngestResult {
  datasets: Datasets;
  summaries: FileSummary[];
  /** The extracted PDF texts, when the ingest ran the extraction phase (ingestParallel). */
  pdf?: ReadonlyMap<string, PdfExtraction>;
}

/** A folder entry the ingest does not read, and why. */
export interface SkippedFile {
  file: string;
  reason: string;
  /** Severity of its flag; null for entries that are not reports by design (the README). */
  severity: Flag['severity'] | null;
}

/** Characters a report file name may not hold: markup and control characters (they would travel
 * into every record's source_file). */
const BAD_NAME = /[<>\x00-\x1f\x7f]/;

/**
 * Sorts a reports folder's entries into the files the ingest reads (regular files, or symlinks
 * to regular files inside the folder) and the rest, each with its reason: the README, dotfiles,
 * folders, symlinks leaving the folder (refused: a careless or hostile link must not publish
 * files from elsewhere), broken links, names with markup or control characters.
 */
export function scanReportsDir(dir: string): { files: string[]; skipped: SkippedFile[] } {
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  const root = realpathSync(dir);
  for (const f of readdirSync(dir).sort()) {
    const skip = (reason: string, severity: SkippedFile['severity']) => skipped.push({ file: f, reason, severity });
    if (/^readme(\.|$)/i.test(f)) {
      skip('documentación de la carpeta, no es un informe', null);
      continue;
    }
    if (f.startsWith('.')) {
      skip('archivo oculto (el nombre empieza con un punto)', 'warning');
      continue;
    }
    if (BAD_NAME.test(f)) {
      skip('nombre de archivo con marcado HTML o caracteres de control', 'error');
      continue;
    }
    const path = join(dir, f);
    let isFile: boolean;
    try {
      if (lstatSync(path).isSymbolicLink()) {
        const target = realpathSync(path);
        const rel = relative(root, target);
        if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
          skip('enlace simbólico que sale de la carpeta de informes; no se sigue', 'error');
          continue;
        }
      }
      isFile = statSync(path).isFile();
    } catch (err) {
      skip(`enlace roto o archivo inaccesible (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, 'error');
      continue;
    }
    if (!isFile) {
      skip('no es un archivo regular (carpeta u otro)', 'warning');
      continue;
    }
    files.push(f);
  }
  return { files, skipped };
}

/** Files the ingest reads (see scanReportsDir). */
export function listReportFiles(dir: string): string[] {
  return scanReportsDir(dir).files;
}

/** Empty datasets, to collect rows into. */
export function emptyDatasets(): Datasets {
  return Object.fromEntries(Object.keys(DATASETS).map((k) => [k, []])) as unknown as Datasets;
}

/** Builds the parser's view of a text: long lines set aside so no regex sees 5 MB at once. */
export function toSource(file: string, text: string): { src: SourceText; flags: FlagDraft[] } {
  const raw = text.split('\n');
  const flags: FlagDraft[] = [];
  if (!raw.some((l) => l.length > MAX_LINE_LENGTH)) return { src: { file, text, lines: raw }, flags };
  const lines = raw.map((l, i) => {
    if (l.length <= MAX_LINE_LENGTH) return l;
    flags.push({
      severity: 'warning', code: 'line_too_long',
      message: flagMessage(`línea de ${l.length} caracteres omitida (máximo ${MAX_LINE_LENGTH})`, null, file, i + 1),
      dataset: null, field: null, source_line: i + 1,
    });
    return '';
  });
  return { src: { file, text: flags.length ? lines.join('\n') : text, lines }, flags };
}

/** At most this many control-character flags per file; the rest are counted in one more. */
const MAX_CONTROL_FLAGS = 20;

/** Flags for the control characters removed from a file's text (one per line, capped). */
export function controlFlags(file: string, lines: readonly ControlLine[]): FlagDraft[] {
  const draft = (severity: FlagDraft['severity'], problem: string, value: string | null, line: number | null): FlagDraft => ({
    severity, code: 'control_character', message: flagMessage(problem, value, file, line), dataset: null, field: null, source_line: line,
  });
  const out = lines.slice(0, MAX_CONTROL_FLAGS).map((l) =>
    draft(l.codes.includes('U+0000') ? 'warning' : 'info',
      `${l.count} carácter(es) de control eliminado(s)${l.codes.includes('U+0000') ? ' (byte NUL: archivo dañado o mal convertido)' : ''}`,
      l.codes.join(' '), l.line));
  if (lines.length > MAX_CONTROL_FLAGS) {
    const rest = lines.slice(MAX_CONTROL_FLAGS);
    out.push(draft('warning', `caracteres de control eliminados en ${rest.length} línea(s) más`, `${rest.reduce((n, l) => n + l.count, 0)} caracteres`, rest[0]!.line));
  }
  return out;
}

const ROW_DATASETS = [
  'budget_lines', 'budget_summaries', 'goals', 'procurement', 'disposals',
  'recommendations', 'deliberations', 'coverage',
] as const satisfies readonly DatasetName[];

/**
 * What every file's ingest shares: the catalogue, its resolver and the name-lookup cache. Built
 * once per ingest (and once per worker thread in ingestParallel, from the same file).
 */
export interface IngestContext {
  catalogue: Institution[];
  resolver: InstitutionResolver;
  names: NameLookup;
  /** Ids of the catalogue's institutions. */
  catalogueIds: Set<string>;
  parsers: readonly Parser[];
  /** Report id of every file of the reports folder (assignReportIds: unique whatever the names). */
  reportIds: ReadonlyMap<string, string>;
  /** Latest plausible year (IngestOptions.maxYear). */
  maxYear: number;
  /** Extracted PDF texts by file name (IngestOptions.pdf). */
  pdf: ReadonlyMap<string, PdfExtraction>;
}

/** Reads the catalogue; throws CatalogError when it is bad. */
export function createContext(options: IngestOptions): IngestContext {
  const catalogue = parseInstitutionsCsv(readFileSync(options.institutionsFile, 'utf8'), basename(options.institutionsFile));
  const resolver = new InstitutionResolver(catalogue);
  let files: string[] = [];
  try {
    files = listReportFiles(options.reportsDir);
  } catch {
    // An unreadable folder: ingest() reports it; ids then fall back to baseReportId.
  }
  return {
    catalogue, resolver, names: new NameLookup(resolver), catalogueIds: new Set(catalogue.map((i) => i.id)),
    parsers: options.parsers ?? PARSERS, pdf: options.pdf ?? new Map(),
    reportIds: assignReportIds(files, (name) => createHash('sha256').update(name).digest('hex')),
    maxYear: options.maxYear ?? new Date().getUTCFullYear() + 1,
  };
}

/**
 * Receives the institutions a file needs outside the catalogue, in the order the file meets
 * them: `ifAbsent` = keep an earlier one with the same id, else replace it (in place).
 */
export type ExtraInstitutionSink = (inst: Institution, ifAbsent: boolean) => void;

/**
 * The sink that applies those to the map that ends up in `institutions`. Institutions with a RUC
 * are keyed by it (one institution per RUC across years); reconcileInstitutions (identity.ts)
 * then gives each its final id.
 */
export function extraInstitutionSink(map: Map<string, Institution>): ExtraInstitutionSink {
  return (inst, ifAbsent) => {
    const key = inst.ruc ? `ruc:${inst.ruc}` : `id:${inst.id}`;
    if (!ifAbsent || !map.has(key)) map.set(key, inst);
  };
}

/** Reads and parses every report; never throws for a bad report (only for a bad catalogue). */
export function ingest(options: IngestOptions): IngestResult {
  const ctx = createContext(options);
  const extraInstitutions = new Map<string, Institution>();
  const extra = extraInstitutionSink(extraInstitutions);
  const out = emptyDatasets();
  const summaries: FileSummary[] = [];
  const { files, skipped } = scanReportsDir(options.reportsDir);
  for (const file of files) summaries.push(ingestFile(ctx, options.reportsDir, file, out, extra));
  return finishIngest(ctx.catalogue, out, summaries, extraInstitutions, skipped);
}

/**
 * What needs every file: one institution per RUC or name across files with stable ids
 * (reconcileInstitutions), byte-identical copies counted once and one headline report per
 * institution, year and format (reconcileReports). Then the catalogue and the extra institutions
 * become `institutions`; skipped files get their
 * summary line and flag; every dataset is sorted.
 */
export function finishIngest(
  catalogue: readonly Institution[], out: Datasets, summaries: FileSummary[], extraInstitutions: Map<string, Institution>,
  skipped: readonly SkippedFile[] = [],
): IngestResult {
  const extras = reconcileInstitutions(out, catalogue, [...extraInstitutions.values()]);
  reconcileReports(out);
  out.institutions = [...catalogue, ...pruneUnits(out, extras)];
  flagCutNames(out);
  for (const s of skipped) {
    // A name with markup or control characters is shown cleaned (it is not published as is).
    const file = plainText(s.file).text.replace(/[<>]/g, '') || 'archivo';
    summaries.push({
      file, format: 'omitido', rows: 0, skipped: s.reason,
      warnings: s.severity === 'warning' ? 1 : 0, errors: s.severity === 'error' ? 1 : 0,
    });
    if (s.severity) {
      out.flags.push({
        report_id: null, institution_id: null, severity: s.severity, code: 'file_skipped', dataset: null, field: null,
        message: flagMessage(`archivo no leído: ${s.reason}`, null, file, null), source_file: file, source_line: null,
      });
    }
  }
  summaries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { datasets: sortDatasets(out), summaries };
}

/** Ingests one file into `out`; never throws. */
export function ingestFile(ctx: IngestContext, reportsDir: string, file: string, out: Datasets, extra: ExtraInstitutionSink): FileSummary {
  const flagsBefore = out.flags.length;
  const rowsBefore = ROW_DATASETS.reduce((n, k) => n + out[k].length, 0) + out.commitments.length + out.milestones.length;
  let format = 'desconocido';
  const fileFlag = (severity: Flag['severity'], code: Flag['code'], problem: string, line: number | null = null) =>
    out.flags.push({
      report_id: null, institution_id: null, severity, code, dataset: null, field: null,
      message: flagMessage(problem, null, file, line), source_file: file, source_line: line,
    });
  try {
    const bytes = readFileSync(join(reportsDir, file));
    const input = readInput(file, bytes, ctx.pdf);
    if (!input.ok) {
      fileFlag('error', 'unreadable', `no se puede leer: ${input.reason}`);
    } else {
      // Form feeds (page breaks) survive removeControlCharacters: the layout stage reads them.
      // A PDF's text for the cell parsers may join the displayed lines of a wrapped table row;
      // its line map translates their lines back to the displayed text (layout/line-map.ts).
      // Text without TABs (not a PDF, which joins its rows by geometry) gets its wrapped table
      // rows joined the same way, by character columns (layout/wrapped-text.ts), with its own map.
      const clean = removeControlCharacters(input.parserText ?? input.text);
      // A PDF's text is placed by its positions: every row of a table on the same columns (recover.ts).
      const recover = { exact: input.encoding === 'pdf' };
      const cellInput = input.parserText === undefined ? parserText(clean.text, recover) : { text: withTableCells(clean.text, recover), lineMap: null };
      const cellText = cellInput.text;
      const { src: cellSrc, flags: cellFlags } = toSource(file, cellText);
      // control characters are counted on the lines of `clean`: the displayed ones for a text
      const controls = controlFlags(file, clean.lines);
      if (cellInput.lineMap) cellFlags.splice(0, cellFlags.length, ...flagsOnDisplayedLines(cellFlags, file, cellInput.lineMap));
      cellFlags.push(...controls);
      const companions = companionsOf(reportsDir, file);
      const withCompanions = (s: SourceText): SourceText => (companions.length ? { ...s, companions } : s);
      // Most parsers read TAB-separated cells; a parser that maps columns by header position
      // (`reads: 'layout'`) reads the space-aligned text as displayed, nothing joined.
      const cells = withCompanions(cellSrc);
      const displayed = input.parserText === undefined ? null : removeControlCharacters(input.text);
      const layoutSource = displayed ? toSource(file, displayed.text) : null;
      if (displayed && layoutSource) layoutSource.flags.push(...controlFlags(file, displayed.lines));
      const layout = layoutSource ? withCompanions(layoutSource.src) : cellText === clean.text ? cells : withCompanions(toSource(file, clean.text).src);
      const sourceFor = (p: Parser): SourceText => (p.reads === 'layout' ? layout : cells);
      const parser = ctx.parsers.find((p) => p.detect(sourceFor(p))) ?? null;
      // a text without TABs in a format of labelled rows: its rows read by their labels (layout/labelled-rows.ts)
      const labelled = parser?.labels && input.parserText === undefined && input.encoding !== 'pdf' ? labelledRows(clean.text, parser.labels) : null;
      const labelledSource = labelled ? toSource(file, labelled.text) : null;
      if (labelled && labelledSource) {
        labelledSource.flags.splice(0, labelledSource.flags.length, ...flagsOnDisplayedLines(labelledSource.flags, file, labelled.map), ...controls);
      }
      const lineMap = labelled ? labelled.map : parser?.reads !== 'layout' ? input.lineMap ?? cellInput.lineMap : null;
      const lineFlags = labelledSource ? labelledSource.flags : parser?.reads === 'layout' && layoutSource ? layoutSource.flags : cellFlags;
      const src = labelledSource ? withCompanions(labelledSource.src) : parser ? sourceFor(parser) : cells;
      if (!parser) {
        fileFlag('error', 'unknown_format', 'formato de informe no reconocido');
      } else {
        format = parser.format;
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        let result: ParseResult | null = null;
        try {
          result = parser.parse(src);
          if (lineMap) result = resultOnDisplayedLines(result, file, lineMap);
        } catch (err) {
          fileFlag('error', 'unreadable', `el lector ${parser.format} falló: ${(err as Error).message}`);
        }
        if (result?.skip) {
          fileFlag('info', 'section_unrecognized', result.skip);
        } else if (result) {
          // a text's cell flags are already on displayed lines (above); a PDF's are translated here
          const extraFlags: FlagDraft[] = input.lineMap && lineMap ? flagsOnDisplayedLines(lineFlags, file, lineMap) : [...lineFlags];
          if (input.converted) {
            extraFlags.push(flag(src, 'info', 'encoding_converted', `convertido desde ${input.encoding}`, null, null));
          }
          if (input.unread) extraFlags.push(flag(src, 'warning', 'unreadable', input.unread, null, null));
          extraFlags.push(...ocrFlags(src, result, input.pageStarts, input.ocrPages));
          addReport(out, src, parser, result, sha256, extraFlags, ctx, extra, input.pageStarts);
        }
      }
    }
  } catch (err) {
    fileFlag('error', 'unreadable', `no se puede leer: ${(err as Error).message}`);
  }
  let warnings = 0;
  let errors = 0;
  for (let i = flagsBefore; i < out.flags.length; i++) {
    const severity = out.flags[i]!.severity;
    if (severity === 'warning') warnings++;
    else if (severity === 'error') errors++;
  }
  return {
    file, format,
    rows: ROW_DATASETS.reduce((n, k) => n + out[k].length, 0) + out.commitments.length + out.milestones.length - rowsBefore,
    warnings, errors,
  };
}

/**
 * The companions of a LOTAIP open-data data file (`…_cd.csv`): its metadata `…_md.csv` in the
 * same folder, decoded; none when absent or unreadable (the data file is read on its own).
 */
export function companionsOf(dir: string, file: string): { file: string; text: string }[] {
  const m = /^(.*_)(cd)(\.csv)$/i.exec(file);
  if (!m) return [];
  const md = `${m[1]}${m[2] === 'CD' ? 'MD' : 'md'}${m[3]}`;
  try {
    const decoded = decodeReport(readFileSync(join(dir, md)));
    return decoded.ok ? [{ file: md, text: decoded.text }] : [];
  } catch {
    return [];
  }
}

/**
 * The report's year: as read when the text states one (a year before 2000 or after `maxYear` is
 * flagged `value_suspicious` and kept); the file name's only when the text has none, saying so.
 */
export function checkYear(src: SourceText, report: ParseResult['report'], maxYear: number, flags: FlagDraft[]): ParseResult['report'] {
  const year = report.year;
  if (Number.isInteger(year) && year > 0) {
    if (year < 2000 || year > maxYear) {
      flags.push(flag(src, 'warning', 'value_suspicious', `año del periodo fuera de 2000–${maxYear}; se conserva tal como se lee`,
        report.period, null, { dataset: 'reports', field: 'year' }));
    }
    return report;
  }
  const fromName = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(src.file);
  if (!fromName) return report;
  const fileYear = Number(fromName[1]);
  flags.push(flag(src, 'warning', 'year_inferred', 'el texto del informe no dice su año; se tomó del nombre del archivo', fileYear, null,
    { dataset: 'reports', field: 'year' }));
  return { ...report, year: fileYear, period: /\d{4}/.test(report.period) ? report.period : String(fileYear) };
}

/** A file's text for the parsers, with its page map when it has pages. */
type Input =
  | {
    ok: true; text: string; encoding: string; converted: boolean; pageStarts: number[] | null; ocrPages: number[];
    /** The text for the parsers when it joins displayed lines (wrapped table rows of a PDF), and its map. */
    parserText?: string; lineMap?: LineMap;
    /** Why scanned pages were not read (OCR missing), for a warning. */
    unread: string | null;
  }
  | { ok: false; reason: string };

/**
 * A PDF's extracted text (from the extraction phase), or a text file decoded; pdftotext's page
 * breaks ("\f" at the start of a page's first line) become the page map.
 */
export function readInput(file: string, bytes: Uint8Array, pdf: ReadonlyMap<string, PdfExtraction>): Input {
  if (isPdf(bytes)) {
    const x = pdf.get(file);
    if (!x) return { ok: false, reason: 'PDF sin extraer (la fase de extracción de PDF no se ejecutó; use npm run ingest)' };
    if (!x.ok) return { ok: false, reason: x.reason };
    const joined = x.joined && !isIdentity(x.joined.map) ? { parserText: x.joined.text, lineMap: x.joined.map } : {};
    return {
      ok: true, text: x.text, encoding: 'pdf', converted: false, pageStarts: x.pageStarts, ocrPages: x.ocrPages,
      unread: x.unread ? `páginas escaneadas sin leer (${x.unread.pages.join(', ')}): ${x.unread.install}` : null,
      ...joined,
    };
  }
  const decoded = decodeReport(bytes);
  if (!decoded.ok) return decoded;
  const text = decoded.text;
  let pageStarts: number[] | null = null;
  if (text.includes('\f')) {
    pageStarts = [1];
    let line = 1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) line++;
      else if (c === 12 && i + 1 < text.length) pageStarts.push(line);
    }
    // Several breaks on one line (empty pages) give one page start per page, all on that line.
    // The form feeds stay in the text: column recovery and the LOTAIP reader take them as page breaks.
  }
  return { ok: true, text, encoding: decoded.encoding, converted: decoded.converted, pageStarts, ocrPages: [], unread: null };
}

/** Flags with their lines (field and message) translated from the parser text's to the displayed text's. */
export function flagsOnDisplayedLines(flags: readonly FlagDraft[], file: string, map: LineMap): FlagDraft[] {
  return flags.map((f) => ({
    ...f,
    message: displayedMessage(map, file, f.message),
    source_line: f.source_line === null ? null : displayedLine(map, f.source_line),
  }));
}

/**
 * A parse result of joined text with every line translated to the displayed text's: records
 * cite the first displayed line of their row, flags too (in their messages as well), and so does
 * the report's line of its stated goals total.
 */
export function resultOnDisplayedLines(result: ParseResult, file: string, map: LineMap): ParseResult {
  const rows = <T extends { source_line: number }>(rs: readonly T[]): T[] => rs.map((r) => ({ ...r, source_line: displayedLine(map, r.source_line) }));
  const out: ParseResult = { ...result, flags: flagsOnDisplayedLines(result.flags, file, map) };
  const goalsLine = result.report.goals_pct_reported_line;
  if (goalsLine !== null) out.report = { ...result.report, goals_pct_reported_line: displayedLine(map, goalsLine) };
  for (const k of ROW_DATASETS) (out as unknown as Record<string, unknown>)[k] = rows(result[k] as { source_line: number }[]);
  out.commitments = rows(result.commitments);
  out.milestones = rows(result.milestones);
  return out;
}

/** One warning per record read from a page that OCR read: the figure must be checked against the PDF. */
function ocrFlags(src: SourceText, result: ParseResult, pageStarts: number[] | null, ocrPages: readonly number[]): FlagDraft[] {
  if (!ocrPages.length || !pageStarts) return [];
  const pages = new Set(ocrPages);
  const flags: FlagDraft[] = [];
  const sets: [string, readonly { source_line: number }[]][] = [
    ...ROW_DATASETS.map((k) => [k, result[k] as readonly { source_line: number }[]] as [string, readonly { source_line: number }[]]),
    ['commitments', result.commitments], ['milestones', result.milestones],
  ];
  for (const [dataset, rows] of sets) {
    for (const r of rows) {
      const page = pageOfLine(pageStarts, r.source_line);
      if (page !== null && pages.has(page)) {
        flags.push(flag(src, 'warning', 'ocr', `cifra leída por OCR de la página ${page} escaneada; verifíquela en el PDF`, null, r.source_line, { dataset }));
      }
    }
  }
  return flags;
}

/** An institution for a report the catalogue does not know, so its data is not lost. */
function provisionalInstitution(reported: string | null, file: string): Institution {
  const name = reported === null ? null : plainText(reported).text || null;
  const id = name ? slugify(name) : `institucion-desconocida-${slugify(file.replace(/\.[^.]+$/, ''))}`;
  return {
    id: id || 'institucion-desconocida', name: name ?? `Institución no identificada (${file})`, acronym: null, ruc: null,
    level: 'desconocido', function: 'desconocida', type: 'desconocido', parent_id: null, domains: [], aliases: [],
  };
}

function addReport(
  out: Datasets, src: SourceText, parser: Parser, result: ParseResult, sha256: string,
  extraFlags: FlagDraft[], ctx: IngestContext, extra: ExtraInstitutionSink, pageStarts: number[] | null,
): void {
  const { resolver, names } = ctx;
  const reportId = ctx.reportIds.get(src.file) ?? baseReportId(src.file);
  const flags: FlagDraft[] = [...result.flags, ...extraFlags, ...runChecks(src, result)];

  // Who published it: the report's own header decides (identity.ts).
  const hint = result.institution;
  const nameIsHeader = (hint.nameFrom ?? (parser.format === 'lotaip-a4' ? 'text' : 'header')) === 'header';
  const decision = resolveReportInstitution(resolver, hint, src.file, reportId, ctx.catalogueIds, result.report.complete, nameIsHeader);
  const institution = decision.institution;
  const match = decision.match;
  for (const inst of decision.created) extra(inst, inst !== institution);
  for (const note of decision.notes) {
    flags.push(flag(src, note.severity, note.code, note.problem, note.value, null, { dataset: 'reports', field: 'institution_id' }));
  }

  result.report = checkYear(src, result.report, ctx.maxYear, flags);

  const ids = { report_id: reportId, institution_id: institution.id, year: result.report.year, source_file: src.file };
  const report: Report = {
    id: reportId, institution_id: institution.id, format: parser.format, ...result.report, source_file: src.file,
    institution_name_reported: hint.name, institution_ruc_reported: hint.ruc, institution_match: match, sha256,
    duplicate_of: null, headline: true, page_starts: pageStarts,
  };
  push(out, 'reports', report, src, flags, 1);
  for (const k of ROW_DATASETS) {
    for (const draft of result[k] as { source_line: number }[]) push(out, k, merged(ids, draft), src, flags, draft.source_line);
  }

  // Open Government commitments name their institutions as text.
  const commitmentIds = new Map<number, string>();
  for (const c of result.commitments) {
    const id = `${reportId}-${c.number}`;
    commitmentIds.set(c.number, id);
    const institutionIds: string[] = [];
    for (const name of c.institution_names) {
      const hit = names.byNameOrAlias(name)?.inst ?? null;
      const found = hit ? [hit] : names.findAll(name);
      if (!found.length) {
        flags.push(flag(src, 'warning', 'institution_unknown', 'institución responsable fuera del catálogo', name, c.source_line,
          { dataset: 'commitments', field: 'institution_ids' }));
        const prov = provisionalInstitution(name, src.file);
        if (!ctx.catalogueIds.has(prov.id)) extra(prov, false);
        found.push(prov);
      }
      for (const f of found) if (!institutionIds.includes(f.id)) institutionIds.push(f.id);
    }
    const record = without(c, 'institution_names', () => {
      const { institution_names: _names, ...rest } = c;
      return { ...rest, id, report_id: reportId, institution_ids: institutionIds, source_file: src.file };
    });
    Object.assign(record, { id, report_id: reportId, institution_ids: institutionIds, source_file: src.file });
    push(out, 'commitments', record, src, flags, c.source_line);
  }
  for (const m of result.milestones) {
    const commitmentId = commitmentIds.get(m.commitment_number);
    const { commitment_number } = m;
    if (!commitmentId) {
      flags.push(flag(src, 'error', 'invalid_record', 'hito de un compromiso inexistente', commitment_number, m.source_line,
        { dataset: 'milestones', field: 'commitment_id' }));
      continue;
    }
    const record = without(m, 'commitment_number', () => {
      const { commitment_number: _n, ...rest } = m;
      return { ...rest, commitment_id: commitmentId, source_file: src.file };
    });
    Object.assign(record, { commitment_id: commitmentId, source_file: src.file });
    push(out, 'milestones', record, src, flags, m.source_line);
  }

  const owner = { report_id: reportId, institution_id: institution.id, source_file: src.file };
  for (const f of flags) out.flags.push(merged(f, owner) as Flag);
}

/**
 * The resolver's name lookups for commitment institutions, remembered for this ingest: each call
 * normalizes the whole catalogue, and the same names recur in every plan. Same answers (the
 * catalogue does not change during an ingest); findAll's array is copied because callers add to it.
 */
export class NameLookup {
  private readonly exact = new Map<string, ReturnType<InstitutionResolver['byNameOrAlias']>>();
  private readonly all = new Map<string, Institution[]>();
  constructor(private readonly resolver: InstitutionResolver) {}

  byNameOrAlias(name: string): ReturnType<InstitutionResolver['byNameOrAlias']> {
    if (!this.exact.has(name)) this.exact.set(name, this.resolver.byNameOrAlias(name));
    return this.exact.get(name)!;
  }

  findAll(name: string): Institution[] {
    let found = this.all.get(name);
    if (!found) this.all.set(name, (found = this.resolver.findAll(name)));
    return [...found];
  }
}

/**
 * `{ ...first, ...second }`. Object.assign gives the same object (same keys in the same order)
 * when neither has an own "__proto__" key (assign would set the prototype instead), and V8 runs
 * it many times faster than a spread whose sources change shape from row to row.
 */
function merged(first: object, second: object): Record<string, unknown> {
  return ownProto(first) || ownProto(second) ? { ...first, ...second } : Object.assign({}, first, second) as Record<string, unknown>;
}

function ownProto(o: object): boolean {
  return Object.prototype.hasOwnProperty.call(o, '__proto__');
}

/**
 * A copy of `o` without `key` (its other own enumerable keys, in order), as `{ ...rest }` after
 * `const { [key]: _, ...rest } = o` gives, built without V8's slow rest/spread path. Objects
 * with an own "__proto__" key (which assignment would turn into a prototype) or symbol keys take
 * the `literal` path, the original expression (its result then passes through the Object.assign
 * of the caller unchanged: same keys, same values).
 */
function without(o: object, key: string, literal: () => object): Record<string, unknown> {
  const src = o as Record<string, unknown>;
  if (Object.prototype.hasOwnProperty.call(o, '__proto__') || Object.getOwnPropertySymbols(o).length > 0) {
    return literal() as Record<string, unknown>;
  }
  const copy: Record<string, unknown> = {};
  for (const k of Object.keys(src)) if (k !== key) copy[k] = src[k];
  return copy;
}

/** Validates one record; an invalid one becomes an `invalid_record` error naming file, line and field. */
function push<K extends DatasetName>(
  out: Datasets, name: K, record: unknown, src: SourceText, flags: FlagDraft[], line: number,
): void {
  if (record && typeof record === 'object') {
    for (const d of plainRecord(record as Record<string, unknown>)) {
      if (d.tags) {
        flags.push(flag(src, 'warning', 'markup_removed', `${d.tags} etiqueta(s) HTML quitada(s) del texto`, d.value, line, { dataset: name, field: d.field }));
      }
      if (d.controls) {
        flags.push(flag(src, 'warning', 'control_character', `${d.controls} carácter(es) no válidos quitados del texto`, d.value, line, { dataset: name, field: d.field }));
      }
    }
  }
  const fast = FAST_VALIDATORS[name](record);
  if (fast !== undefined) {
    (out[name] as unknown[]).push(fast);
    return;
  }
  const schema = DATASETS[name] as z.ZodTypeAny;
  const parsed = schema.safeParse(record);
  if (parsed.success) {
    (out[name] as unknown[]).push(parsed.data);
    return;
  }
  const issue = parsed.error.issues[0]!;
  const field = issue.path.join('.');
  const value = (record as Record<string, unknown>)[issue.path[0] as string];
  flags.push(flag(src, 'error', 'invalid_record', `${name}.${field} inválido (${issue.message})`,
    value === undefined ? null : JSON.stringify(value), line, { dataset: name, field }));
}

// ---------------------------------------------------------------------------------------------
// Fast validation. Zod builds a parse context, a status and a result object for every field of
// every record; with tens of thousands of rows that is most of the driver's time. Each schema
// is compiled once into a plain checker of the same rules. The checker only ever answers "valid,
// and here is the value zod would return" (a copy with the schema's keys in the schema's order,
// arrays copied) or "don't know" (undefined): then zod itself runs, so every error message is
// still zod's. A schema using any construct the compiler does not know always goes to zod.

/** Returns the parsed value when certainly valid, undefined otherwise. */
type FastCheck = (value: unknown) => unknown;
/** Whether a value certainly passes (for leaves: the value is returned as is). */
type FieldCheck = (value: unknown) => boolean;

const FAST_VALIDATORS = Object.fromEntries(
  (Object.keys(DATASETS) as DatasetName[]).map((k) => [k, compileSchema(DATASETS[k] as z.ZodTypeAny)]),
) as Record<DatasetName, FastCheck>;

/** A checker for an object schema, or one that always defers to zod. */
export function compileSchema(schema: z.ZodTypeAny): FastCheck {
  const never: FastCheck = () => undefined;
  const def = schema._def as { typeName?: string; unknownKeys?: string; catchall?: z.ZodTypeAny };
  if (def.typeName !== 'ZodObject' || def.unknownKeys !== 'strip' || def.catchall?._def.typeName !== 'ZodNever') return never;
  const shape = (schema as z.AnyZodObject).shape as Record<string, z.ZodTypeAny>;
  const keys = Object.keys(shape);
  if (keys.includes('__proto__')) return never;
  const fields: { key: string; leaf: FieldCheck | null; array: FieldCheck | null }[] = [];
  for (const key of keys) {
    const field = shape[key]!;
    if (field._def.typeName === 'ZodArray') {
      const a = field._def as { type: z.ZodTypeAny; exactLength: unknown; minLength: unknown; maxLength: unknown };
      const item = a.exactLength === null && a.minLength === null && a.maxLength === null ? compileLeaf(a.type) : null;
      if (!item) return never;
      fields.push({ key, leaf: null, array: item });
    } else {
      const leaf = compileLeaf(field);
      if (!leaf) return never;
      fields.push({ key, leaf, array: null });
    }
  }
  // The checker is generated as straight-line code (one named read per field, the result built
  // as one object literal: keys in schema order, a single shape), which V8 runs several times
  // faster than a loop over the fields. Only the schema's own key names go into the source.
  const lines = ['if (!isPlainRecord(value)) return undefined;'];
  fields.forEach((f, i) => {
    lines.push(`const v${i} = value[${JSON.stringify(f.key)}];`);
    lines.push(f.leaf ? `if (!checks[${i}](v${i})) return undefined;` : `const a${i} = copyArray(v${i}, checks[${i}]); if (a${i} === undefined) return undefined;`);
  });
  lines.push(`return { ${fields.map((f, i) => `${JSON.stringify(f.key)}: ${f.leaf ? 'v' : 'a'}${i}`).join(', ')} };`);
  // eslint-disable-next-line no-new-func
  const make = new Function('isPlainRecord', 'copyArray', 'checks', `return (value) => {\n${lines.join('\n')}\n};`);
  return make(isPlainRecord, copyArray, fields.map((f) => f.leaf ?? f.array)) as FastCheck;
}

/** A copy of an array whose items all pass `item`, else undefined. */
function copyArray(v: unknown, item: FieldCheck): unknown[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const copy = new Array<unknown>(v.length);
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i];
    if (!item(x)) return undefined;
    copy[i] = x;
  }
  return copy;
}

/** What zod calls an "object": not null, an array, a promise-like, a Map, a Set or a Date. */
function isPlainRecord(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  if (o.then && typeof o.then === 'function' && o.catch && typeof o.catch === 'function') return false;
  return !(v instanceof Map || v instanceof Set || v instanceof Date);
}

/** A checker for a scalar schema (string, number, boolean, enum, nullable, refinement), or null. */
function compileLeaf(schema: z.ZodTypeAny): FieldCheck | null {
  const def = schema._def as Record<string, unknown> & { typeName?: string; coerce?: boolean };
  switch (def.typeName) {
    case 'ZodNullable': {
      const inner = compileLeaf(def.innerType as z.ZodTypeAny);
      return inner && ((v) => v === null || inner(v));
    }
    case 'ZodString': {
      if (def.coerce) return null;
      let min = 0;
      let max = Infinity;
      const patterns: RegExp[] = [];
      for (const c of def.checks as { kind: string; value?: number; regex?: RegExp }[]) {
        if (c.kind === 'min') min = Math.max(min, c.value!);
        else if (c.kind === 'max') max = Math.min(max, c.value!);
        else if (c.kind === 'regex') patterns.push(c.regex!);
        else return null;
      }
      return (v) => {
        if (typeof v !== 'string' || v.length < min || v.length > max) return false;
        for (const re of patterns) {
          re.lastIndex = 0;
          if (!re.test(v)) return false;
        }
        return true;
      };
    }
    case 'ZodNumber': {
      if (def.coerce) return null;
      let int = false;
      let finite = false;
      let min = -Infinity;
      let minInclusive = true;
      let max = Infinity;
      let maxInclusive = true;
      for (const c of def.checks as { kind: string; value?: number; inclusive?: boolean }[]) {
        if (c.kind === 'int') int = true;
        else if (c.kind === 'finite') finite = true;
        else if (c.kind === 'min' && (c.value! > min || (c.value === min && !c.inclusive))) [min, minInclusive] = [c.value!, !!c.inclusive];
        else if (c.kind === 'max' && (c.value! < max || (c.value === max && !c.inclusive))) [max, maxInclusive] = [c.value!, !!c.inclusive];
        else if (c.kind !== 'min' && c.kind !== 'max') return null;
      }
      return (v) => typeof v === 'number' && !Number.isNaN(v)
        && (!int || Number.isInteger(v)) && (!finite || Number.isFinite(v))
        && (minInclusive ? v >= min : v > min) && (maxInclusive ? v <= max : v < max);
    }
    case 'ZodBoolean':
      return def.coerce ? null : (v) => typeof v === 'boolean';
    case 'ZodEnum': {
      const values = new Set(def.values as string[]);
      return (v) => typeof v === 'string' && values.has(v);
    }
    case 'ZodEffects': {
      const effect = def.effect as { type: string; refinement?: (v: unknown, ctx: unknown) => unknown };
      const inner = compileLeaf(def.schema as z.ZodTypeAny);
      if (!inner || effect.type !== 'refinement') return null;
      const refine = effect.refinement!;
      return (v) => {
        if (!inner(v)) return false;
        let failed = false;
        const ctx = { addIssue: () => { failed = true; }, path: [] };
        const result = refine(v, ctx);
        return !failed && !(result instanceof Promise);
      };
    }
    default:
      return null;
  }
}

/** A row with its sort keys; the JSON tie-break is computed only when a tie needs it. */
interface Keyed {
  row: Record<string, unknown>;
  file: string;
  line: number;
  json: string | null;
}

function keyed(row: Record<string, unknown>): Keyed {
  return {
    row,
    file: String(row.source_file ?? row.id ?? ''),
    line: (row.source_line as number | null | undefined) ?? 0,
    json: null,
  };
}

function compareKeyed(a: Keyed, b: Keyed): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  const ja = (a.json ??= JSON.stringify(a.row));
  const jb = (b.json ??= JSON.stringify(b.row));
  return ja < jb ? -1 : ja > jb ? 1 : 0;
}

const byId = new Intl.Collator('en');

/** Deterministic order: by source file and line, then by content; catalogue and reports by id. */
export function sortDatasets(d: Datasets): Datasets {
  const sorted = emptyDatasets();
  for (const name of Object.keys(DATASETS) as DatasetName[]) {
    const rows = d[name] as unknown as Record<string, unknown>[];
    let result: Record<string, unknown>[];
    if (name === 'institutions' || name === 'reports') {
      // String.prototype.localeCompare(x, 'en') is specified as this collator's compare.
      result = [...rows].sort((a, b) => byId.compare(String(a.id), String(b.id)));
    } else {
      result = rows.map(keyed).sort(compareKeyed).map((k) => k.row);
    }
    (sorted as Record<string, unknown>)[name] = result;
  }
  return sorted;
}
