/**
 * Parser for CSV files a user adds by hand: the Cuentas Abiertas template
 * (data/templates/plantilla-cuentas-abiertas.csv, documented in data/templates/README.md)
 * and the LOTAIP 2023 open dataset of literal a4 "metas y objetivos".
 *
 * Layout of the template: one header row, then one row per figure. The column `tipo` says
 * what a row is (presupuesto | meta | contratacion); `institucion`/`ruc` and `año` say whose
 * report it is. One file = one report of one institution and one year:
 *
 *   tipo,institucion,ruc,año,descripcion,...,planificado,ejecutado,...,porcentaje_reportado,...
 *   presupuesto,MINISTERIO DEL INTERIOR,1798194735001,2023,Egresos en personal,...
 *
 * LOTAIP layout: `Unidad, Objetivos, Indicador, Meta cuantificable` (names matched loosely,
 * e.g. "Descripción de la unidad", "Objetivo de la unidad"), optionally with `No.`,
 * `Institución`, `Año`, `Periodo`, `Fecha`. Each row is one goal; the meta value is the
 * planned value ("70,36%" → 70.36 with unit "%"; "N/A" → null + `value_missing`). A blank
 * unit or objective repeats the previous row's (merged cells in the source spreadsheet).
 *
 * Quirks handled: separator comma or semicolon (whichever the header uses most), UTF-8 BOM,
 * quoted fields with separators or line breaks (papaparse; each record's `source_line` is the
 * line where its row starts, counted from papaparse's cursor), numbers as "1.234,56" (es-EC)
 * or "1234.56", header names matched without accents or case ("Año" = "ano" = "anio").
 *
 * Bad rows never throw: a row with a non-numeric figure, a missing required cell, an unknown
 * `tipo`, another institution or year, or more cells than the header is skipped with an
 * `invalid_record` error naming file:line and field. Empty cells in figures become null with
 * a `value_missing` warning (the row is kept).
 */
import Papa from 'papaparse';
import type { BudgetLine, BudgetSummary, Goal, Procurement } from '../../schema/datasets.ts';
import type { Draft, FlagDraft, ParseResult, Parser, ReportDraft, SourceText } from '../types.ts';
import { emptyResult, flag, linkDomains } from '../types.ts';
import type { NumberReading } from '../../lib/numbers.ts';
import { centsToUsd, isMissing, parseCount, parseDecimal, parseMoneyCents, parsePercent, percentOf } from '../../lib/numbers.ts';
import { procedureKey } from '../../lib/procedures.ts';
import { cleanCell, fold, mayContainFolded, parseDmy } from '../../lib/text.ts';

/** A row longer than this is not a data row: skipped with `line_too_long`. */
const MAX_ROW = 100_000;
/** The header row is short; a longer first line is not a CSV header. */
const MAX_HEADER = 5_000;

// ---------------------------------------------------------------- columns

/** Canonical column → accepted header names (after `columnKey`). */
const TEMPLATE_COLUMNS = {
  tipo: ['tipo'],
  institucion: ['institucion', 'entidad', 'nombre_de_la_institucion'],
  ruc: ['ruc'],
  anio: ['ano', 'anio'],
  descripcion: ['descripcion', 'categoria'],
  unidad: ['unidad', 'unidad_responsable'],
  objetivo: ['objetivo', 'objetivos'],
  indicador: ['indicador'],
  numero_meta: ['numero_meta', 'no_meta', 'n_meta'],
  planificado: ['planificado', 'programado', 'codificado'],
  ejecutado: ['ejecutado', 'devengado', 'alcanzado'],
  unidad_valor: ['unidad_valor', 'unidad_de_valor'],
  porcentaje_reportado: ['porcentaje_reportado', 'porcentaje'],
  procedimiento: ['procedimiento', 'tipo_de_contratacion'],
  adjudicados_numero: ['adjudicados_numero', 'numero_adjudicados'],
  adjudicados_monto: ['adjudicados_monto', 'monto_adjudicados', 'valor_adjudicados'],
  finalizados_numero: ['finalizados_numero', 'numero_finalizados'],
  finalizados_monto: ['finalizados_monto', 'monto_finalizados', 'valor_finalizados'],
  notas: ['notas', 'observaciones'],
} as const;

const LOTAIP_COLUMNS = {
  numero: ['no', 'n', 'numero', 'nro'],
  unidad: ['unidad', 'unidad_administrativa', 'descripcion_de_la_unidad', 'nombre_de_la_unidad'],
  objetivo: ['objetivos', 'objetivo', 'objetivo_de_la_unidad', 'objetivos_de_la_unidad'],
  indicador: ['indicador', 'indicadores'],
  meta: ['meta_cuantificable', 'metas_cuantificables'],
  institucion: ['institucion', 'entidad', 'nombre_de_la_institucion'],
  anio: ['ano', 'anio'],
  periodo: ['periodo'],
  fecha: ['fecha', 'fecha_de_actualizacion', 'fecha_actualizacion'],
} as const;

type TemplateColumn = keyof typeof TEMPLATE_COLUMNS;
type LotaipColumn = keyof typeof LOTAIP_COLUMNS;

type Layout =
  | { kind: 'template'; columns: Map<TemplateColumn, number>; unknown: string[] }
  | { kind: 'lotaip'; columns: Map<LotaipColumn, number>; unknown: string[] };

/** "Año" → "ano", "Meta cuantificable" → "meta_cuantificable", "No." → "no". */
function columnKey(header: string): string {
  return fold(header.replace(/^\uFEFF/, ''))
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

function mapColumns<K extends string>(
  headers: readonly string[], table: Readonly<Record<K, readonly string[]>>,
): { columns: Map<K, number>; unknown: string[] } {
  const columns = new Map<K, number>();
  const unknown: string[] = [];
  headers.forEach((h, i) => {
    const key = columnKey(h);
    if (!key) return;
    const name = (Object.keys(table) as K[]).find((k) => table[k].includes(key));
    if (name && !columns.has(name)) columns.set(name, i);
    else unknown.push(h.trim());
  });
  return { columns, unknown };
}

/** Which layout a header row is, or null when it is neither. */
function recognize(headers: readonly string[]): Layout | null {
  const t = mapColumns(headers, TEMPLATE_COLUMNS);
  const has = (k: TemplateColumn) => t.columns.has(k);
  if (has('tipo') && has('anio') && (has('institucion') || has('ruc')) &&
      (has('planificado') || has('ejecutado') || has('procedimiento'))) {
    return { kind: 'template', ...t };
  }
  const l = mapColumns(headers, LOTAIP_COLUMNS);
  if (l.columns.has('indicador') && l.columns.has('meta') && (l.columns.has('unidad') || l.columns.has('objetivo'))) {
    return { kind: 'lotaip', ...l };
  }
  return null;
}

/** The separator the header line uses most (outside quotes): ";" or ",". */
function guessDelimiter(line: string): ',' | ';' {
  let commas = 0;
  let semis = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semis++;
  }
  return semis > commas ? ';' : ',';
}

const MAY_BE_HEADER = mayContainFolded('tipo', 'indicador');

function splitHeader(line: string, delimiter: string): string[] {
  const parsed = Papa.parse<string[]>(line, { delimiter, newline: '\n' });
  return parsed.data[0] ?? [];
}

/** The header (first non-empty line) and its layout, or null when it is not a known CSV header. */
function readHeader(text: string): { layout: Layout; delimiter: ',' | ';'; headerOffset: number; width: number } | null {
  let offset = 0;
  while (offset < text.length) {
    let end = text.indexOf('\n', offset);
    if (end < 0) end = text.length;
    if (end - offset > MAX_HEADER) return null;
    const line = text.slice(offset, end).replace(/^\uFEFF/, '');
    if (line.trim()) {
      // Both layouts need a column named "tipo" or "indicador(es)": without quotes (which the CSV
      // reader may unescape) every cell is a piece of the line, so a line in which no word can
      // fold to either is no header (see mayContainFolded), and Papa need not run.
      if (!line.includes('"') && !MAY_BE_HEADER(line)) return null;
      const first = guessDelimiter(line);
      for (const delimiter of [first, first === ',' ? ';' : ','] as const) {
        const headers = splitHeader(line, delimiter);
        const layout = recognize(headers);
        if (layout) return { layout, delimiter, headerOffset: offset, width: headers.length };
      }
      return null;
    }
    offset = end + 1;
  }
  return null;
}

// ---------------------------------------------------------------- rows

interface Row {
  cells: string[];
  line: number;
}

/** Data rows after the header, each with the line where it starts; papaparse errors flagged. */
function readRows(src: SourceText, text: string, delimiter: string, headerOffset: number, width: number, flags: FlagDraft[]): Row[] {
  const rows: Row[] = [];
  let prevCursor = 0;
  let line = 1;
  let counted = 0;
  const lineAt = (offset: number) => {
    for (let i = text.indexOf('\n', counted); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    counted = Math.max(counted, offset);
    return line;
  };
  let header = true;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    step: (r) => {
      const start = prevCursor;
      prevCursor = r.meta.cursor;
      if (start < headerOffset) return;
      const rowLine = lineAt(start);
      if (header) {
        header = false; // the header row itself
        return;
      }
      const cells = r.data;
      if (cells.every((c) => !c.trim())) return; // blank line or ",,,"
      if (r.meta.cursor - start > MAX_ROW) {
        flags.push(flag(src, 'warning', 'line_too_long', 'Fila omitida: demasiado larga', r.meta.cursor - start, rowLine));
        return;
      }
      const error = r.errors[0];
      if (error) {
        flags.push(flag(src, 'error', 'invalid_record', `Fila omitida: CSV mal formado (${error.code})`, error.message, rowLine));
        return;
      }
      if (cells.length > width && cells.slice(width).some((c) => c.trim())) {
        flags.push(flag(src, 'error', 'invalid_record',
          'Fila omitida: más celdas que columnas (¿separador sin comillas?)', cells.length, rowLine));
        return;
      }
      rows.push({ cells, line: rowLine });
    },
  });
  return rows;
}

// ---------------------------------------------------------------- numbers

type Parsed = { ok: true; value: number | null } | { ok: false; raw: string };

/** Values read as es-EC thousands that are surely not ("0.125" is not 125). */
function ambiguous(raw: string): boolean {
  return /^-?(?:(?:US\$|\$|USD)\s*)?0\.\d{3}/i.test(raw);
}

function fromReading(r: NumberReading): Parsed {
  if (r.issue === 'missing') return { ok: true, value: null };
  if (r.issue !== null || r.value === null || ambiguous(r.raw)) return { ok: false, raw: r.raw };
  return { ok: true, value: r.value };
}

/** Money in cents: "1.234,56", "1234.56", "$ 1.234,56"; empty / N/A → null; negative → bad. */
function money(raw: string): Parsed {
  const p = fromReading(parseMoneyCents(raw));
  return p.ok && p.value !== null && p.value < 0 ? { ok: false, raw } : p;
}

/** A percentage with or without "%": "88,80", "88.80 %", "100%". */
function percent(raw: string): Parsed {
  const body = raw.trim();
  if (/^\d{1,3}\.\d{3}\s*%?$/.test(body)) return { ok: false, raw }; // "88.805": thousands or decimals?
  return fromReading(/%$/.test(body) ? parsePercent(body) : parseDecimal(body));
}

/** A goal value: a number, optionally with "%"; returns whether it had the "%". */
function goalValue(raw: string): Parsed & { pct: boolean } {
  const body = raw.trim();
  const pct = /%$/.test(body);
  return { ...(pct ? percent(body) : fromReading(parseDecimal(body))), pct };
}

/** A whole count: "19", "1.234"; decimals or negatives are bad. */
function count(raw: string): Parsed {
  const body = raw.trim();
  // parseCount would round "2.5" to 3: only digits, optionally in es-EC thousands groups.
  if (body && !/^(?:\d+|\d{1,3}(?:\.\d{3})+)$/.test(body) && !isMissing(body)) return { ok: false, raw };
  const p = fromReading(parseCount(body));
  return p.ok && p.value !== null && p.value < 0 ? { ok: false, raw } : p;
}

// ---------------------------------------------------------------- parser

interface Context {
  src: SourceText;
  result: ParseResult;
  /** The institution and year of the file (from the first rows that state them). */
  name: string | null;
  ruc: string | null;
  year: number | null;
  badRucs: Set<string>;
}

/** One row being turned into a record: its problems are collected, then it is kept or skipped. */
class RowReader<K extends string> {
  readonly errors: FlagDraft[] = [];
  readonly warnings: FlagDraft[] = [];
  constructor(
    readonly ctx: Context,
    private readonly columns: Map<K, number>,
    readonly row: Row,
    private readonly dataset: string,
  ) {}

  text(col: K): string {
    const i = this.columns.get(col);
    return i === undefined ? '' : cleanCell(this.row.cells[i]);
  }

  /** A required text cell; empty → error. */
  required(col: K, field: string): string {
    const t = this.text(col);
    if (!t) this.bad(`falta «${col}»`, null, field);
    return t;
  }

  bad(problem: string, value: string | null, field: string | null, dataset: string | null = this.dataset): void {
    this.errors.push(flag(this.ctx.src, 'error', 'invalid_record', `Fila omitida: ${problem}`, value, this.row.line,
      { ...(dataset ? { dataset } : {}), ...(field ? { field } : {}) }));
  }

  /** Reads a number cell; bad → error; empty or N/A → null with a `value_missing` warning if `warnEmpty`. */
  number(col: K, field: string, read: (raw: string) => Parsed, what: string, warnEmpty = true): number | null {
    const raw = this.text(col);
    const p = read(raw);
    if (!p.ok) {
      this.bad(`«${col}» no es ${what}`, raw, field);
      return null;
    }
    if (p.value === null && warnEmpty) {
      this.warnings.push(flag(this.ctx.src, 'warning', 'value_missing', `Sin valor en «${col}»`, raw, this.row.line,
        { dataset: this.dataset, field }));
    }
    return p.value;
  }

  /** Keeps the row's warnings when the row is kept; its errors are raised either way. */
  finish(): boolean {
    for (const f of this.errors) this.ctx.result.flags.push(f);
    if (this.errors.length) return false;
    for (const f of this.warnings) this.ctx.result.flags.push(f);
    return true;
  }
}

// ---------------------------------------------------------------- LOTAIP open-data companions

/**
 * The LOTAIP open-data set (2023+) publishes each numeral as three `;`-separated files:
 * `…_cd.csv` (data), `…_dd.csv` (dictionary: "Nombre del campo;Descripcion del campo") and
 * `…_md.csv` (metadata: "Fecha actualizacion de la informacion;30/09/2024", "Licencia;CC-BY-4.0").
 * The dictionary and metadata are recognized by their content and noted, not read as reports;
 * a data file of a numeral other than 1.3 "metas y objetivos" (whose header the LOTAIP layout
 * reads) is recognized by the set's `_cd` name plus a `;` header, and noted as skipped.
 */
function openDataCompanion(src: SourceText): string | null {
  const lines: string[][] = [];
  for (let i = 0; i < src.lines.length && lines.length < 15; i++) {
    const line = src.lines[i]!.replace(/^\uFEFF/, '');
    if (!line.trim() || line.length > MAX_HEADER) continue;
    if (!line.includes(';')) return null;
    lines.push(line.split(';').map((c) => fold(c)));
  }
  if (!lines.length) return null;
  const keys = lines.map((c) => c[0] ?? '');
  const value = (re: RegExp) => {
    const row = lines.find((c) => re.test(c[0] ?? ''));
    const i = src.lines.findIndex((l) => re.test(fold(l.split(';')[0] ?? '')));
    return row && i >= 0 ? cleanCell(src.lines[i]!.split(';')[1]) : '';
  };
  const metadataKeys = [/^fecha (?:de )?actualizacion de la informacion/, /^periodicidad de actualizacion/, /^licencia$/, /^unidad poseedora de la informacion/];
  if (metadataKeys.filter((re) => keys.some((k) => re.test(k))).length >= 2) {
    const date = value(/^fecha (?:de )?actualizacion de la informacion/);
    const licence = value(/^licencia$/);
    return `metadatos de datos abiertos LOTAIP (_md; actualizado ${date || 'sin fecha'}, licencia ${licence || 'sin licencia'}): no es un informe`;
  }
  if (lines.some((c) => c[0] === 'nombre del campo' && /^descripcion del campo/.test(c[1] ?? ''))) {
    return 'diccionario de datos abiertos LOTAIP (_dd): no es un informe';
  }
  if (/_cd\.csv$/i.test(src.file) && (lines[0]!.filter((c) => c).length >= 2)) {
    return `datos abiertos LOTAIP de un numeral que no es 1.3 «metas y objetivos» (columnas: ${cleanCell(src.lines.find((l) => l.trim())!.split(';').filter((c) => c.trim()).join(' | ')).slice(0, 200)}): no se lee`;
  }
  return null;
}

/**
 * What a LOTAIP open-data file leaves to its `_md` metadata: the update date ("Fecha
 * actualizacion de la informacion;30/09/2024") gives the date and year, the responsible
 * person's e-mail domain a hint of the institution.
 */
function fromMetadata(ctx: Context): void {
  const md = ctx.src.companions?.find((c) => /_md\.csv$/i.test(c.file));
  if (!md) return;
  const lines = md.text.split('\n');
  const cell = (re: RegExp) => {
    const i = lines.findIndex((l) => re.test(fold(l.split(';')[0] ?? '')));
    return i < 0 ? null : { value: cleanCell(lines[i]!.split(';')[1]), line: i + 1 };
  };
  const date = cell(/^fecha (?:de )?actualizacion de la informacion/);
  const iso = date ? isoDate(date.value) : null;
  if (iso && ctx.result.report.date === null) ctx.result.report.date = iso;
  if (iso && ctx.year === null) {
    ctx.year = Number(iso.slice(0, 4));
    ctx.result.flags.push(flag(ctx.src, 'info', 'year_inferred', `año tomado de la fecha de actualización de ${md.file} (línea ${date!.line})`, date!.value, null,
      { dataset: 'reports', field: 'year' }));
  }
  const mail = cell(/^correo electronico/);
  const domain = mail ? /@([a-z0-9.-]+\.[a-z]{2,})/i.exec(mail.value)?.[1]?.toLowerCase() : undefined;
  if (domain && !ctx.result.institution.domains.includes(domain)) ctx.result.institution.domains.push(domain);
}

export const csvParser: Parser = {
  format: 'csv',
  label: 'Datos en CSV',
  description:
    'Tablas ya estructuradas (por ejemplo, exportaciones de datos abiertos) cuyas columnas se reconocen por su nombre; pasan por las mismas validaciones que los informes en texto.',
  countLabel: 'archivos',

  detect(src: SourceText): boolean {
    return readHeader(src.text) !== null || openDataCompanion(src) !== null;
  },

  parse(src: SourceText): ParseResult {
    const text = src.text.replace(/^\uFEFF/, '');
    const report: ReportDraft = {
      period: 'sin año', year: 0, title: `Datos cargados desde CSV: ${src.file}`, report_number: null,
      complete: false, budget_pct_reported: null, goals_pct_reported: null, goals_pct_reported_line: null, date: null,
    };
    const result = emptyResult(report, { domains: linkDomains(text) });
    const header = readHeader(text);
    const companion = header ? null : openDataCompanion(src);
    if (companion) {
      result.skip = companion;
      return result;
    }
    if (!header) {
      result.flags.push(flag(src, 'error', 'unknown_format', 'La primera línea no es una cabecera de la plantilla CSV', null, null));
      return result;
    }
    const { layout, delimiter, headerOffset, width } = header;
    const headerLine = text.slice(0, headerOffset).split('\n').length;
    for (const name of layout.unknown) {
      result.flags.push(flag(src, 'info', 'section_unrecognized', 'Columna desconocida (se ignora)', name, headerLine));
    }
    const rows = readRows(src, text, delimiter, headerOffset, width, result.flags);
    const ctx: Context = { src, result, name: null, ruc: null, year: null, badRucs: new Set() };

    if (layout.kind === 'template') readTemplate(ctx, layout.columns, rows);
    else readLotaip(ctx, layout.columns, rows);

    result.institution.name = ctx.name;
    result.institution.ruc = ctx.ruc;
    if (layout.kind === 'lotaip') fromMetadata(ctx);
    if (ctx.year !== null) {
      report.year = ctx.year;
      report.period = String(ctx.year);
    } else {
      result.flags.push(flag(src, 'error', 'fragment', 'Ninguna fila indica el año', null, null));
    }
    // Flags in file order (rows with format errors are flagged while reading, before the others).
    result.flags.sort((a, b) => (a.source_line ?? Infinity) - (b.source_line ?? Infinity));
    const records = result.budget_lines.length + result.budget_summaries.length + result.goals.length + result.procurement.length;
    report.complete = records > 0;
    if (!records) result.flags.push(flag(src, 'warning', 'fragment', 'El CSV no tiene filas válidas', null, null));
    return result;
  },
};

// ---------------------------------------------------------------- whose report

/** The first rows that state them set the file's institution and year. */
function settleIdentity(
  ctx: Context, rows: Row[], get: (row: Row) => { name: string; ruc: string; year: number | null },
): void {
  for (const row of rows) {
    const id = get(row);
    if (ctx.name === null && id.name) ctx.name = id.name;
    if (ctx.ruc === null && /^\d{13}$/.test(id.ruc)) ctx.ruc = id.ruc;
    if (ctx.year === null && id.year !== null) ctx.year = id.year;
    if (ctx.name !== null && ctx.ruc !== null && ctx.year !== null) return;
  }
}

/** Checks a row's institution and year against the file's; a mismatch skips the row. */
function checkIdentity<K extends string>(
  r: RowReader<K>, name: string, ruc: string, yearRaw: string, year: number | null,
): void {
  const ctx = r.ctx;
  if (ruc && !/^\d{13}$/.test(ruc)) {
    if (!ctx.badRucs.has(ruc)) {
      ctx.badRucs.add(ruc);
      ctx.result.flags.push(flag(ctx.src, 'warning', 'value_suspicious', 'RUC no válido (se ignora; debe tener 13 dígitos)', ruc, r.row.line,
        { dataset: 'institutions', field: 'ruc' }));
    }
  } else if (ruc && ctx.ruc !== null && ruc !== ctx.ruc) {
    r.bad('otra institución (RUC distinto al del archivo)', ruc, 'institution_id');
  }
  if (name && ctx.name !== null && fold(name) !== fold(ctx.name)) {
    r.bad('otra institución (un CSV es un informe de una institución)', name, 'institution_id');
  }
  if (yearRaw && year === null) r.bad('año no válido', yearRaw, 'year');
  else if (year !== null && ctx.year !== null && year !== ctx.year) {
    r.bad(`otro año (el archivo es de ${ctx.year})`, yearRaw, 'year');
  }
}

function yearOf(raw: string): number | null {
  const t = raw.trim();
  if (!/^\d{4}$/.test(t)) return null;
  const y = Number(t);
  return y >= 1990 && y <= 2100 ? y : null;
}

// ---------------------------------------------------------------- template

function readTemplate(ctx: Context, columns: Map<TemplateColumn, number>, rows: Row[]): void {
  const cell = (row: Row, col: TemplateColumn) => {
    const i = columns.get(col);
    return i === undefined ? '' : cleanCell(row.cells[i]);
  };
  settleIdentity(ctx, rows, (row) => ({
    name: cell(row, 'institucion'), ruc: cell(row, 'ruc'), year: yearOf(cell(row, 'anio')),
  }));
  for (const row of rows) {
    const tipo = fold(cell(row, 'tipo'));
    const dataset = tipo === 'presupuesto' ? 'budget_lines' : tipo === 'meta' ? 'goals' : 'procurement';
    const r = new RowReader(ctx, columns, row, dataset);
    const yearRaw = r.text('anio');
    checkIdentity(r, r.text('institucion'), r.text('ruc'), yearRaw, yearOf(yearRaw));
    if (tipo === 'presupuesto') budgetRow(ctx, r);
    else if (tipo === 'meta') goalRow(ctx, r);
    else if (tipo === 'contratacion') procurementRow(ctx, r);
    else {
      r.bad(tipo ? 'tipo desconocido (presupuesto | meta | contratacion)' : 'falta «tipo»', r.text('tipo') || null, 'tipo', null);
      r.finish();
    }
  }
}

function budgetRow(ctx: Context, r: RowReader<TemplateColumn>): void {
  const category = r.required('descripcion', 'category');
  const planned = r.number('planificado', 'planned', money, 'un monto');
  const executed = r.number('ejecutado', 'executed', money, 'un monto');
  const pct = r.number('porcentaje_reportado', 'pct_reported', percent, 'un porcentaje', false);
  const isTotal = fold(category) === 'total';
  if (isTotal && ctx.result.budget_summaries.length) {
    r.errors.push(flag(ctx.src, 'warning', 'duplicate_skipped', 'Fila TOTAL repetida (se usa la primera)', category, r.row.line,
      { dataset: 'budget_summaries' }));
  }
  if (!r.finish()) return;
  if (isTotal) {
    const summary: Draft<BudgetSummary> = {
      planned: planned === null ? null : centsToUsd(planned),
      executed: executed === null ? null : centsToUsd(executed),
      current_planned: null, current_executed: null, investment_planned: null, investment_executed: null,
      pct_reported: pct,
      pct_computed: percentOf(executed, planned),
      basis: 'reported',
      source_line: r.row.line,
    };
    ctx.result.budget_summaries.push(summary);
    ctx.result.report.budget_pct_reported = pct;
    return;
  }
  const line: Draft<BudgetLine> = {
    line_type: null,
    category,
    planned: planned === null ? null : centsToUsd(planned),
    executed: executed === null ? null : centsToUsd(executed),
    pct_reported: pct,
    pct_computed: percentOf(executed, planned),
    source_line: r.row.line,
  };
  ctx.result.budget_lines.push(line);
}

function goalRow(ctx: Context, r: RowReader<TemplateColumn>): void {
  const goal = r.text('descripcion');
  const indicator = r.text('indicador');
  if (!goal && !indicator) r.bad('falta «descripcion» o «indicador»', null, 'goal');
  const plannedRaw = r.text('planificado');
  const achievedRaw = r.text('ejecutado');
  const planned = r.number('planificado', 'planned', goalValue, 'un número');
  const achieved = r.number('ejecutado', 'achieved', goalValue, 'un número');
  const pct = r.number('porcentaje_reportado', 'pct_reported', percent, 'un porcentaje', false);
  if (!r.finish()) return;
  const unitCol = r.text('unidad_valor');
  const hasPct = /%$/.test(plannedRaw) || /%$/.test(achievedRaw);
  const record: Draft<Goal> = {
    unit: r.text('unidad') || null,
    unit_number: null,
    objective: r.text('objetivo') || null,
    goal_number: r.text('numero_meta') || null,
    goal: goal || null,
    indicator: indicator || null,
    planned,
    achieved,
    value_unit: unitCol || (hasPct ? '%' : null),
    // "N/A" and the like are kept as printed; clean numbers need no text.
    value_text: planned === null && plannedRaw ? plannedRaw : achieved === null && achievedRaw ? achievedRaw : null,
    pct_reported: pct,
    pct_computed: percentOf(achieved, planned),
    plan_objective: null,
    source_line: r.row.line,
  };
  ctx.result.goals.push(record);
}

function procurementRow(ctx: Context, r: RowReader<TemplateColumn>): void {
  const procedure = r.required('procedimiento', 'procedure');
  const awardedCount = r.number('adjudicados_numero', 'awarded_count', count, 'un número entero');
  const awardedAmount = r.number('adjudicados_monto', 'awarded_amount', money, 'un monto');
  const finalizedCount = r.number('finalizados_numero', 'finalized_count', count, 'un número entero');
  const finalizedAmount = r.number('finalizados_monto', 'finalized_amount', money, 'un monto');
  if (!r.finish()) return;
  const record: Draft<Procurement> = {
    procedure,
    procedure_key: procedureKey(procedure),
    awarded_count: awardedCount,
    awarded_amount: awardedAmount === null ? null : centsToUsd(awardedAmount),
    finalized_count: finalizedCount,
    finalized_amount: finalizedAmount === null ? null : centsToUsd(finalizedAmount),
    source_line: r.row.line,
  };
  ctx.result.procurement.push(record);
}

// ---------------------------------------------------------------- LOTAIP

/** Year of a LOTAIP row: the año column, else a year in periodo, else the fecha's year. */
function lotaipYear(r: { text(c: LotaipColumn): string }): { raw: string; year: number | null } {
  const anio = r.text('anio');
  if (anio) return { raw: anio, year: yearOf(anio) };
  const periodo = r.text('periodo');
  if (periodo) {
    const years = [...new Set(periodo.match(/\b(?:19|20)\d{2}\b/g) ?? [])];
    return { raw: periodo, year: years.length === 1 ? Number(years[0]) : null };
  }
  const fecha = r.text('fecha');
  if (fecha) {
    const iso = isoDate(fecha);
    return { raw: fecha, year: iso ? yearOf(iso.slice(0, 4)) : null };
  }
  return { raw: '', year: null };
}

/** "30/11/2023" or "2023-11-30" → "2023-11-30"; otherwise null. */
function isoDate(text: string): string | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  return parseDmy(iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : t);
}

function readLotaip(ctx: Context, columns: Map<LotaipColumn, number>, rows: Row[]): void {
  const peek = (row: Row) => new RowReader(ctx, columns, row, 'goals');
  settleIdentity(ctx, rows, (row) => {
    const r = peek(row);
    return { name: r.text('institucion'), ruc: '', year: lotaipYear(r).year };
  });
  let unit: string | null = null;
  let objective: string | null = null;
  for (const row of rows) {
    const r = peek(row);
    if (ctx.result.report.date === null) ctx.result.report.date = isoDate(r.text('fecha'));
    const raw = r.text('meta');
    if (!r.text('indicador') && !raw) {
      // A heading row ("PROCESOS GOBERNANTES / NIVEL DIRECTIVO"): no figure, and not a unit to carry.
      ctx.result.flags.push(flag(ctx.src, 'info', 'section_unrecognized', 'Fila sin indicador ni meta (se ignora)',
        (r.text('unidad') || r.text('objetivo')).slice(0, 80), row.line));
      continue;
    }
    const y = lotaipYear(r);
    checkIdentity(r, r.text('institucion'), '', y.raw, y.year);
    const indicator = r.required('indicador', 'indicator');
    const value = goalValue(raw);
    if (!r.finish()) continue;
    unit = r.text('unidad') || unit;
    objective = r.text('objetivo') || objective;
    const numero = r.text('numero');
    let planned: number | null = null;
    let valueText: string | null = null;
    if (raw && (!value.ok || value.value === null)) valueText = raw; // "N/A" or text, as printed
    if (!value.ok) {
      ctx.result.flags.push(flag(ctx.src, 'warning', 'value_suspicious', 'Meta cuantificable no numérica', raw, row.line,
        { dataset: 'goals', field: 'planned' }));
    } else if (value.value === null) {
      ctx.result.flags.push(flag(ctx.src, 'warning', 'value_missing', 'Meta cuantificable sin valor', raw, row.line,
        { dataset: 'goals', field: 'planned' }));
    } else {
      planned = value.value;
    }
    ctx.result.goals.push({
      unit,
      unit_number: /^\d{1,4}$/.test(numero) && Number(numero) > 0 ? Number(numero) : null,
      objective,
      goal_number: null,
      goal: null,
      indicator,
      planned,
      achieved: null,
      value_unit: value.pct ? '%' : null,
      value_text: valueText,
      pct_reported: null,
      pct_computed: null,
      plan_objective: null,
      source_line: row.line,
    });
  }
}

