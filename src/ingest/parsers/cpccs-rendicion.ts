/**
 * Parser for the CPCCS "Informe de Rendición de Cuentas" form (Consejo de Participación
 * Ciudadana y Control Social), as exported to text.
 *
 * Layout
 * - A header block: "INFORME DE RENDICIÓN DE CUENTAS No 13359", "PERIODO 2023", then
 *   "DATOS GENERALES" with `KEY: <TAB> value` rows (NOMBRE DE LA INSTITUCIÓN, RUC, PERTENECE A).
 * - Then sections, each introduced by a heading line without tabs, in capitals and (mostly)
 *   ending with ":" ("CUMPLIMIENTO DE LA EJECUCIÓN PRESUPUESTARIA:"), followed by a
 *   tab-separated table: one or two header rows, then data rows. Markdown-ish separator rows
 *   ("---- | ----") and blank lines appear between rows.
 * - Money is es-EC ("\$78.537.516,23", markdown-escaped dollar), percentages "40,39 %".
 *
 * Quirks handled here
 * - Goals ("CUMPLIMIENTO DE LA EJECUCIÓN PROGRAMÁTICA"): the objective sits on a line that
 *   repeats the column header ("<objective> | NO. DE META | DESCRIPCIÓN | ..."), and the values
 *   come on the NEXT line with an empty first cell; sometimes objective and values share one
 *   line. The indicator carries the goal number as a prefix ("1.1. NÚMERO DE ...").
 * - OCR-split numbers ("14805883 1,00"): repaired only when the row's reported % confirms the
 *   joined values (`number_repaired`); otherwise the value is null (`value_suspicious`).
 * - Procurement rows come in two layouts: inline ("CATÁLOGO ELECTRÓNICO | 7 | $... | 1 | $...")
 *   or a label line that repeats the column headers with the values on the next line.
 * - The budget table ends with a "Total" row, which is not a line: it is checked against the
 *   sum of the lines and against PRESUPUESTO INSTITUCIONAL (`total_mismatch`).
 * - Fragments (first pages missing) have no header: `complete` is false, a `fragment` flag
 *   names what is missing and the year is inferred (`year_inferred`).
 * - The GAD variant adds sections (COMPETENCIAS EXCLUSIVAS, PRESUPUESTO PARTICIPATIVO...):
 *   recognized sections are kept, other headings with a table get `section_unrecognized`.
 *
 * Design: the text is split into sections at heading lines; an ordered table of section
 * specs (heading matcher → handler) dispatches each section to one small function.
 */
import type { FlagDraft, ParseResult, Parser, SourceText } from '../types.ts';
import { emptyResult, flag, linkDomains } from '../types.ts';
import type { NumberReading } from '../../lib/numbers.ts';
import {
  centsToUsd, isMissing, parseCount, parseDecimal, parseMoneyCents, parsePercent, percentAgrees, percentOf, sumCents,
} from '../../lib/numbers.ts';
import { cells, cleanCell, fold, foldedMatcher, parseDmy } from '../../lib/text.ts';
import { procedureKey } from '../../lib/procedures.ts';

/**
 * Lines longer than this are not parsed (flagged `line_too_long`). The longest real row is
 * ~3.6k characters; the cap also bounds the cost of HTML stripping on hostile cells.
 */
const MAX_ROW_CHARS = 20_000;
/** Heading lines are short; longer tabless lines are prose. */
const MAX_HEADING_CHARS = 300;

// ---------------------------------------------------------------------------------------------
// Sections

interface Row {
  /** 1-based line number. */
  line: number;
  cells: string[];
}

interface Section {
  spec: SectionSpec | null;
  heading: string;
  line: number;
  rows: Row[];
}

interface SectionSpec {
  id: string;
  /** Display name, used in `fragment` messages. */
  label: string;
  /** Matches the folded heading line (accents removed, lowercase). */
  test: RegExp;
  /** Part of the standard institutional form: listed as missing when absent. */
  form: boolean;
  /** Without it the report is not complete. */
  core: boolean;
  handle?: (st: State, section: Section) => void;
}

/** Parser state for one report. */
interface State {
  src: SourceText;
  out: ParseResult;
  seen: Set<string>;
  reportNumber: { value: string; line: number } | null;
  period: { text: string; year: number; line: number } | null;
  goalsTotal: { pct: number | null; line: number } | null;
  /** Heading line of CUMPLIMIENTO DE LA EJECUCIÓN PROGRAMÁTICA, when the report has the section. */
  goalsSection: number | null;
  budgetTotal: { planned: number | null; executed: number | null; line: number } | null;
  /** Cents of the lines of the budget table (for the sum check). */
  budgetLineCents: { planned: (number | null)[]; executed: (number | null)[] };
  summary: { planned: number | null; executed: number | null; currentPlanned: number | null; investmentPlanned: number | null; line: number } | null;
  /** First table row seen before any heading: the text starts mid-table. */
  preambleTableLine: number | null;
  /** The document writes its amounts as the form does, «$1.234,56» (writesFormAmounts). */
  formAmounts: boolean;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/** Plain text of a cell, or null when empty. */
function text(cell: string | undefined): string | null {
  const t = cleanCell(cell);
  return t === '' ? null : t;
}

/** "No value" markers and zero amounts, as a row that declares nothing prints them. */
const NOTHING = /(?:^|\s)(?:ningun[ao]|no\s+aplica|n\/a|s\/n|-+|\\?\$?\s*0(?:[.,]0+)?)(?=\s|$)/giu;

/** Whether a row's cells, together, hold only "no value" markers and zero amounts (and at least one). */
function declaresNothing(cells: readonly string[]): boolean {
  const all = cells.join(' ').trim();
  return all !== '' && all.replace(NOTHING, '').trim() === '';
}

/**
 * Two rows' cells joined column by column, each pair as one word when that makes a "no value"
 * marker («NINGUN» + «A»: «NINGUNA»), else with a space («NO» + «APLICA»).
 */
function joinedByColumn(a: readonly string[], b: readonly string[]): string[] {
  return Array.from({ length: Math.max(a.length, b.length) }, (_, k) => {
    const [x, y] = [(a[k] ?? '').trim(), (b[k] ?? '').trim()];
    return declaresNothing([x + y]) ? x + y : `${x} ${y}`.trim();
  });
}

/** Plain text of a cell, or null when empty or a "no value" marker (N/A, S/N, NO APLICA...). */
function textOrMissing(cell: string | undefined): string | null {
  const t = text(cell);
  return t === null || isMissing(t) ? null : t;
}

function folded(cell: string | undefined): string {
  return fold(cell ?? '');
}

function groupThousands(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += '.';
    out += digits[i];
  }
  return out;
}

/** 3171754913 → "$31.717.549,13". */
function formatUsd(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}$${groupThousands(String(Math.floor(abs / 100)))},${String(abs % 100).padStart(2, '0')}`;
}

/** 148058831 → "148.058.831,00"; 244072392.41 → "244.072.392,41". */
function formatDecimal(n: number): string {
  const fixed = Number(n.toFixed(2)) === n ? n.toFixed(2) : String(n);
  const [int, frac] = fixed.replace(/^-/, '').split('.');
  return `${n < 0 ? '-' : ''}${groupThousands(int ?? '')}${frac ? `,${frac}` : ''}`;
}

function push(st: State, f: FlagDraft): void {
  st.out.flags.push(f);
}

interface Where {
  dataset: string;
  field: string;
  line: number;
}

/**
 * A clean reading's value; null for missing cells; null plus a `value_suspicious` flag for
 * garbled or (unconfirmable) split cells.
 */
function accept(st: State, r: NumberReading & { shape?: true }, where: Where): number | null {
  if (r.issue === null) return r.value;
  if (r.issue === 'missing') return null;
  const problem = r.shape
    ? `${where.field}: importe escrito de otra forma que los del informe («$1.234,56»), quizá un pedazo de una cifra partida; se deja vacío`
    : r.issue === 'split'
      ? `${where.field}: número partido por OCR sin confirmación, se deja vacío`
      : `${where.field}: valor ilegible, se deja vacío`;
  push(st, flag(st.src, 'warning', 'value_suspicious', problem, r.raw, where.line, where));
  return null;
}

/**
 * An amount as the CPCCS form prints it: a currency sign and two decimals, «$1.234,56», «\\$0,00»,
 * «USD 4884,15» (a minus sign before or after the currency's for a negative one).
 */
const FORM_SIGN = String.raw`(?:\\?\$|US\$|USD)`;
const FORM_DIGITS = String.raw`(?:\d{1,3}(?:\.\d{3})+|\d+),\d{2}`;
const FORM_AMOUNT = new RegExp(String.raw`^-?\s*${FORM_SIGN}\s*-?\s*${FORM_DIGITS}$`, 'u');
/** Enough amounts written so for a document to be read as writing them all so. */
const FORM_AMOUNTS_SEEN = 3;

/**
 * Whether the document writes its amounts as the form does (FORM_AMOUNT, at least
 * FORM_AMOUNTS_SEEN of them, anywhere in its text). Then an amount written otherwise in a column
 * of amounts is no amount of the document's: a piece of one that a layout cut over two lines
 * («\\$836.03» / «8,94», «\\$4.500,0» / «0»), each piece read as a row of its own.
 */
function writesFormAmounts(text: string): boolean {
  const re = new RegExp(String.raw`${FORM_SIGN}\s*${FORM_DIGITS}(?![\d.,])`, 'gu');
  let n = 0;
  while (re.exec(text) && ++n < FORM_AMOUNTS_SEEN);
  return n >= FORM_AMOUNTS_SEEN;
}

/**
 * An amount of a column of amounts: parseMoneyCents, unless the document writes its amounts as the
 * form does and this one is written otherwise (writesFormAmounts): then no value (`shape`), for
 * `accept` to flag, rather than a piece of a cut amount read as a whole one («5,85» for
 * «$14.586.155,85»). An OCR split («$14805883 1,00») is judged without its spaces.
 */
function moneyReading(st: State, cell: string | undefined): NumberReading & { shape?: true } {
  const r = parseMoneyCents(cell ?? '');
  if (!st.formAmounts || r.issue === 'missing' || FORM_AMOUNT.test(r.raw.replace(/(?<=[\d.,])\s+(?=[\d.,])/gu, ''))) return r;
  return { value: null, issue: 'suspicious', raw: r.raw, shape: true };
}

function money(st: State, cell: string | undefined, where: Where): number | null {
  return accept(st, moneyReading(st, cell), where);
}
function count(st: State, cell: string | undefined, where: Where): number | null {
  const v = accept(st, parseCount(cell ?? ''), where);
  if (v === null || v >= 0) return v;
  push(st, flag(st.src, 'warning', 'value_suspicious', `${where.field}: conteo negativo, se deja vacío`, v, where.line, where));
  return null;
}
function percent(st: State, cell: string | undefined, where: Where): number | null {
  return accept(st, parsePercent(cell ?? ''), where);
}

/**
 * Resolves a planned/achieved pair whose cells may be OCR-split ("14805883 1,00"). A split value
 * is kept only when `percentOf(achieved, planned)` with the joined values agrees with the
 * reported %; each repaired field gets a `number_repaired` flag, an unconfirmed one becomes null
 * with `value_suspicious`. Works for decimals and for cents alike (the ratio is the same).
 */
function resolvePair(
  st: State,
  planned: NumberReading,
  achieved: NumberReading,
  pctReported: number | null,
  dataset: string,
  fields: readonly [string, string],
  line: number,
  show: (v: number) => string,
): [number | null, number | null] {
  const anySplit = planned.issue === 'split' || achieved.issue === 'split';
  if (!anySplit) {
    return [
      accept(st, planned, { dataset, field: fields[0], line }),
      accept(st, achieved, { dataset, field: fields[1], line }),
    ];
  }
  const candidate = (r: NumberReading) => (r.issue === null || r.issue === 'split' ? r.value : null);
  const computed = percentOf(candidate(achieved), candidate(planned));
  const confirmed = pctReported !== null && computed !== null && percentAgrees(pctReported, computed);
  const resolve = (r: NumberReading, field: string): number | null => {
    if (r.issue !== 'split') return accept(st, r, { dataset, field, line });
    if (!confirmed) {
      const said = pctReported === null ? 'sin % declarado' : `el % declarado ${formatDecimal(pctReported)} % no lo confirma`;
      push(st, flag(
        st.src, 'warning', 'value_suspicious',
        `${field}: número partido por OCR; unido sería ${show(r.value!)} pero ${said}, se deja vacío`,
        r.raw, line, { dataset, field },
      ));
      return null;
    }
    push(st, flag(
      st.src, 'warning', 'number_repaired',
      `${field}: número partido por OCR, reparado (el % declarado ${formatDecimal(pctReported!)} % lo confirma)`,
      `${r.raw} → ${show(r.value!)}`, line, { dataset, field },
    ));
    return r.value;
  };
  return [resolve(planned, fields[0]), resolve(achieved, fields[1])];
}

/** Index of the first cell whose folded text starts with one of `prefixes` (spaces aside), else `fallback`. */
function columnOf(header: readonly string[], prefixes: readonly string[], fallback: number): number {
  // (spaces aside: a word of a header cut in a narrow column may come back split, «TOTAL ES PLANIFICADOS»)
  const bare = (t: string) => t.replace(/ /gu, '');
  const i = header.findIndex((c) => {
    const f = bare(folded(c));
    return prefixes.some((p) => f.startsWith(bare(p)));
  });
  return i >= 0 ? i : fallback;
}

// Tests on folded cells, evaluated on the raw cells (foldedMatcher) since they run on every row.
const TOTAL_WORD = foldedMatcher('startsWith', ['total'], true);
/**
 * «TOTAL % CUMPLIMIENTO …»; also «TOTAL%», as pdftotext prints a sign set closer than a space to the
 * word before it, and «TOTAL CUMPLIMIENTO DE LA GESTIÓN», its «%» in a cell of its own (the stretched
 * line «TOTAL   %» of a justified cell read as two cells).
 */
const TOTAL_PCT = foldedMatcher('startsWith', ['total %', 'total%', 'total cumplimiento de la gestion']);
const INDICATOR_HEADER = foldedMatcher('startsWith', ['indicador']);
const PCT_HEADER = foldedMatcher('startsWith', ['% cumplimiento', 'meta poa']);
const META_NUMBER_HEADER = foldedMatcher('equals', ['no. de meta', 'no de meta']);
/** An objective cell with «NO. DE META» packed after it one space apart: the objective's text. */
const PACKED_META_HEADER = /^(\S.*\S)\s+NO\.?\s+DE\s+META\s*$/u;

/**
 * folded(cells[0]) starts with the word "total", or folded(cells[1]) with "total %"; or the row's
 * first filled cell does, its label set further right by a layout («| | TOTAL % CUMPLIMIENTO DE LA
 * GESTIÓN: | | | | | 107,06 %», the goals' total under the description's column).
 */
function isTotalRow(row: Row): boolean {
  const first = row.cells.find((x) => x.trim() !== '') ?? '';
  return TOTAL_WORD(row.cells[0] ?? '') || TOTAL_PCT(row.cells[1] ?? '') || TOTAL_PCT(first.trim());
}

function unrecognizedRow(st: State, dataset: string, row: Row): void {
  // (a row that holds an amount or a percentage loses a figure of the report: a warning, not a note)
  const figure = row.cells.some((c) => LOST_FIGURE.test(c));
  push(st, flag(st.src, figure ? 'warning' : 'info', 'invalid_record',
    figure ? `fila no reconocida en ${dataset}, se omite con sus cifras` : `fila no reconocida en ${dataset}, se omite`,
    cleanCell(row.cells.join(' | ')).slice(0, 120), row.line, { dataset }));
}

/** An amount («\$3.659,20», «\$0,00»), a percentage («69,14 %», «100%») or a figure with its decimals («30,00») in a cell. */
const LOST_FIGURE = /\$\s?\d|\d\s?%|\d[.,]\d{2}(?!\d)/u;

/**
 * The figures of a record that its row leaves empty: one warning on the row naming them («fila de
 * procurement sin awarded_count, awarded_amount»). A form prints every figure of a goal or of a
 * procedure; an empty cell is a figure lost (cut off by a layout, or not filled in), never zero.
 * Cells with text are not counted here: an illegible value has a warning of its own.
 */
function missingCells(st: State, dataset: string, row: Row, fields: readonly (readonly [string, string | undefined])[]): void {
  const missing = fields.filter(([, cell]) => (cell ?? '').trim() === '').map(([field]) => field);
  if (!missing.length) return;
  push(st, flag(st.src, 'warning', 'value_missing', `fila de ${dataset} sin ${missing.join(', ')}`, cleanCell(row.cells.join(' | ')).slice(0, 120), row.line,
    missing.length === 1 ? { dataset, field: missing[0]! } : { dataset }));
}

/** A row whose figures are no record's (the piece of a row that a layout cut off): not read, a warning names it. */
function pieceOfRow(st: State, dataset: string, what: string, row: Row): void {
  push(st, flag(st.src, 'warning', 'section_unrecognized', what, cleanCell(row.cells.join(' | ')).slice(0, 120), row.line, { dataset }));
}

// ---------------------------------------------------------------------------------------------
// Section handlers

/** "INFORME DE RENDICIÓN DE CUENTAS No 13359" */
function readTitle(st: State, s: Section): void {
  const m = /^informe de rendicion de cuentas\s+(?:no|nro|n°|nº)?\.?\s*(\d+)/.exec(fold(s.heading));
  if (m && !st.reportNumber) st.reportNumber = { value: m[1]!, line: s.line };
}

/** "PERIODO 2023" (or "PERIODO 2019-2022"). */
function readPeriod(st: State, s: Section): void {
  const m = /^periodo\s+(\d{4}(?:\s*-\s*\d{4})?)/.exec(fold(s.heading));
  if (!m || st.period) return;
  const text = m[1]!.replace(/\s+/g, '');
  st.period = { text, year: Number(text.slice(-4)), line: s.line };
}

/** The keys of DATOS GENERALES the parser reads. */
const GENERAL_KEYS = new Set(['nombre de la institucion', 'pertenece a', 'funcion', 'tipo', 'ruc']);

/**
 * A DATOS GENERALES row's key and value cells. A key and its value printed in one cell, «NOMBRE
 * DE LA INSTITUCIÓN: MINISTERIO DEL INTERIOR» (a table without side padding read from a PDF, or a
 * one-space gutter of `pdftotext -layout`), are parted at the key's colon when nothing follows.
 */
function generalCells(cells: readonly string[]): [string | undefined, string | undefined][] {
  const first = (cells[0] ?? '').trim();
  const packed = /^([^:]+):\s+(\S.*)$/u.exec(first);
  if (packed && textOrMissing(cells[1]) === null && GENERAL_KEYS.has(folded(packed[1]).trim())) return [[packed[1], packed[2]]];
  // (two rows read as one, the second's key packed after the first's value: «NOMBRE DE LA
  // INSTITUCIÓN: MINISTERIO DEL INTERIOR RUC: | 1798194735001», cells at the bottom of their rows
  // read by `pdftotext -layout`: the name, then the RUC with the value cell)
  const two = /^([^:]+):\s+(\S[^:]*):$/u.exec(first);
  if (two && GENERAL_KEYS.has(folded(two[1]).trim())) {
    const words = two[2]!.split(/\s+/u);
    for (let k = 1; k < words.length; k++) {
      const key = words.slice(k).join(' ');
      if (GENERAL_KEYS.has(folded(key).trim())) return [[two[1], words.slice(0, k).join(' ')], [key, cells[1]]];
    }
  }
  return [[cells[0], cells[1]]];
}

/** DATOS GENERALES: "NOMBRE DE LA INSTITUCIÓN: | X", "RUC: | X", "PERTENECE A: | X". */
function readGeneral(st: State, s: Section): void {
  const hint = st.out.institution;
  for (const row of s.rows) {
    for (const [keyCell, valueCell] of generalCells(row.cells)) {
      const key = folded(keyCell).replace(/:$/, '').trim();
      const value = textOrMissing(valueCell);
      if (value === null) continue;
      if (key === 'nombre de la institucion') hint.name ??= value;
      else if (key === 'pertenece a') hint.parent ??= value;
      else if (key === 'funcion') hint.function ??= value;
      else if (key === 'tipo') hint.type ??= value;
      else if (key === 'ruc') {
        const digits = value.replace(/\s+/g, '');
        if (/^\d{13}$/.test(digits)) hint.ruc ??= digits;
        else push(st, flag(st.src, 'warning', 'value_suspicious', 'RUC no tiene 13 dígitos', value, row.line, { dataset: 'institutions', field: 'ruc' }));
      }
    }
  }
}

/** COBERTURA GEOGRÁFICA INSTITUCIONAL: UNIDADES DE ATENCIÓN — one row per coverage level. */
/** The coverage table's columns as the form prints them. */
const COVERAGE_COLUMNS = { units: 1, users: 2, male: 4, female: 5, glbti: 6 };

function readCoverage(st: State, s: Section): void {
  let col = COVERAGE_COLUMNS;
  for (const row of s.rows) {
    const first = folded(row.cells[0]);
    if (first === 'nivel' || first === 'cobertura') {
      col = {
        ...col,
        units: columnOf(row.cells, ['n° de unidades', 'no. de unidades'], col.units),
        users: columnOf(row.cells, ['n° de usuarios', 'no. de usuarios'], col.users),
      };
      continue;
    }
    if (first === '') {
      col = {
        ...col,
        male: columnOf(row.cells, ['masculino'], col.male),
        female: columnOf(row.cells, ['femenino'], col.female),
        glbti: columnOf(row.cells, ['glbti'], col.glbti),
      };
      continue;
    }
    // (pieces of the header cut apart by a layout: no record; a level with no figure, a piece of one: flagged)
    if (headerPiece(row.cells, COVERAGE_HEADER)) continue;
    const level = text(row.cells[0]);
    if (level === null || row.cells.length < 3 || !row.cells.some(hasDigit)) {
      unrecognizedRow(st, 'coverage', row);
      continue;
    }
    const at = (field: string) => ({ dataset: 'coverage', field, line: row.line });
    // (the form's own columns when the header's, set on a grid of their own, do not add up and the
    // form's do: «Nivel | | N° DE UNIDADES …» a column right of «NACIONAL | 1 | 156 …»)
    const adds = (c: typeof col) => {
      const v = [c.users, c.male, c.female, c.glbti].map((k) => parseCount(row.cells[k] ?? '').value);
      return v.every((x) => x !== null) && v[1]! + v[2]! + v[3]! === v[0];
    };
    if (col !== COVERAGE_COLUMNS && !adds(col) && adds(COVERAGE_COLUMNS)) col = COVERAGE_COLUMNS;
    missingCells(st, 'coverage', row, [['units', row.cells[col.units]], ['users', row.cells[col.users]], ['male', row.cells[col.male]], ['female', row.cells[col.female]], ['glbti', row.cells[col.glbti]]]);
    const rec = {
      level,
      units: count(st, row.cells[col.units], at('units')),
      users: count(st, row.cells[col.users], at('users')),
      male: count(st, row.cells[col.male], at('male')),
      female: count(st, row.cells[col.female], at('female')),
      glbti: count(st, row.cells[col.glbti], at('glbti')),
      source_line: row.line,
    };
    st.out.coverage.push(rec);
    checkGenderSum(st, 'coverage', 'users', rec.users, [rec.male, rec.female, rec.glbti], row.line);
  }
}

/** Raises `total_mismatch` when male + female + GLBTI differ from the total. */
function checkGenderSum(st: State, dataset: string, field: string, total: number | null, parts: (number | null)[], line: number): void {
  if (total === null || parts.some((p) => p === null)) return;
  const sum = (parts as number[]).reduce((a, b) => a + b, 0);
  if (sum !== total) {
    push(st, flag(st.src, 'warning', 'total_mismatch', `${field}: hombres + mujeres + GLBTI (${sum}) no suman el total`, total, line, { dataset, field }));
  }
}

/**
 * The columns of the deliberation table: FECHA, N° DE USUARIOS, the three genders and the five
 * peoples and nationalities.
 */
const DELIBERATION_COLUMNS = 10;
/** The words of the deliberation table's second header row. */
const GENDER_HEADER = ['masculino', 'femenino', 'glbti', 'montubio', 'mestizo', 'cholo', 'indigena', 'afroecuatoriano'];
/**
 * Two cells or more, each a piece of three letters or more of those words, or the end of one (the
 * last line of the words a narrow column cut: «O | O | O | A | NO», the ends of «FEMENINO», «MESTIZO»,
 * «CHOLO», «INDIGENA» and «AFROECUATORIANO»).
 */
function isGenderHeader(cells: readonly string[]): boolean {
  const pieces = cells.map((c) => folded(c).replace(/ /gu, '')).filter(Boolean);
  return pieces.length >= 2 && pieces.every((p) => GENDER_HEADER.some((w) => (p.length >= 3 && w.includes(p)) || w.endsWith(p)));
}
/** Capitals (a column header's words or their pieces) before a count: «MASCULINO100», «CHO LO 0». */
const HEADER_BEFORE_COUNT = /^\s*\p{Lu}[\p{Lu} ]*?\s*(\d+)\s*$/u;

/** DATOS DE LA DELIBERACIÓN PÚBLICA: "14/03/2024 | 134 | 78 | 56 | 0 | ...". */
function readDeliberation(st: State, s: Section): void {
  for (const row of s.rows) {
    const first = folded(row.cells[0]);
    if (first.startsWith('fecha') || (first === '' && row.cells.some((c) => folded(c) === 'masculino'))) continue;
    // (the row of genders and peoples cut into pieces by a narrow layout, «FEMEN | GLB | MEST …», is the header too)
    if (isGenderHeader(row.cells)) continue;
    const date = parseDmy(row.cells[0] ?? '');
    const at = (field: string) => ({ dataset: 'deliberations', field, line: row.line });
    if (date === null && parseCount(row.cells[1] ?? '').value === null) {
      unrecognizedRow(st, 'deliberations', row);
      continue;
    }
    if (date === null && first !== '') {
      push(st, flag(st.src, 'warning', 'value_suspicious', 'fecha de deliberación ilegible', row.cells[0] ?? '', row.line, at('date')));
    }
    // a row with a value in each of the form's columns is read in their order, whatever empty
    // columns a layout put between them («14/03/2024 | | 134 | 78 | 56 …», a header cell cut over two)
    const filled = row.cells.filter((c) => c.trim() !== '');
    // (and a count printed after a piece of its column's header, a layout's bottom row joined with the
    // header above it: «MASCULINO100», «GLBTI 0», «INO135»: the count)
    const cells = (filled.length === DELIBERATION_COLUMNS && date !== null ? filled : row.cells)
      .map((c, k) => (k > 0 && date !== null ? c.replace(HEADER_BEFORE_COUNT, '$1') : c));
    const rec = {
      date,
      attendees: accept(st, parseCount(cells[1] ?? ''), at('attendees')),
      male: count(st, cells[2], at('male')),
      female: count(st, cells[3], at('female')),
      glbti: count(st, cells[4], at('glbti')),
      source_line: row.line,
    };
    st.out.deliberations.push(rec);
    checkGenderSum(st, 'deliberations', 'attendees', rec.attendees, [rec.male, rec.female, rec.glbti], row.line);
  }
}

interface GoalColumns {
  objective: number;
  metaNumber: number;
  description: number;
  indicator: number;
  planned: number;
  achieved: number;
  pct: number;
}

/** "1.1. NÚMERO DE ..." → ["1.1", "NÚMERO DE ..."]; no prefix → [null, text]. */
function splitIndicator(indicator: string | null): [string | null, string | null] {
  if (indicator === null) return [null, null];
  const m = /^(\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\.)\s+(\S.*)$/.exec(indicator);
  if (!m) return [null, indicator];
  return [m[1]!.replace(/\.$/, ''), m[2]!];
}

/**
 * The indicator and % columns, which only the first header row names, on the repeated header's grid
 * (the data rows'): the form puts the indicator right after DESCRIPCIÓN and the % right after TOTALES
 * CUMPLIDOS. A text converted from a PDF (pdftotext -layout) may lay the first header row out on a
 * grid of its own, its «INDICADOR» and «% CUMPLIMIENTO» a column or more away from the cells under them.
 */
function onRepeatedHeaderGrid(col: GoalColumns): GoalColumns {
  return { ...col, indicator: col.description + 1, pct: col.achieved + 1 };
}

/**
 * The columns of a data row: the header's, or those shifted one column left or right when the row's
 * numbered indicator («3.3. CANTIDAD DE …») sits there and not in the indicator's column (a
 * converter laid the row out on a grid of its own: a table at a page's top without the empty
 * column that the table above has, where a «3» was centred under a «NO. DE META» packed after the
 * objective). The objective stays first.
 */
function rowGrid(c: readonly string[], col: GoalColumns): GoalColumns {
  const numbered = (k: number) => k > col.objective && splitIndicator(text(c[k]))[0] !== null;
  if (numbered(col.indicator)) return col;
  const d = [-1, 1].find((shift) => numbered(col.indicator + shift));
  if (d === undefined) return col;
  return {
    objective: col.objective, metaNumber: col.metaNumber + d, description: col.description + d, indicator: col.indicator + d,
    planned: col.planned + d, achieved: col.achieved + d, pct: col.pct + d,
  };
}

/** Whether a cell holds a digit: rows of a form's tables carry their figures; a row without one is a header's or a row's piece. */
const hasDigit = (cell: string | undefined): boolean => /\d/u.test(cell ?? '');

/** A header's text as pieces of it are matched: folded, letters and «%» only («NO. DE META» → «nodemeta»). */
const headerLetters = (text: string): string => fold(text).replace(/[^\p{L}%]+/gu, '');

/**
 * A table's header as its pieces are matched (headerPiece): each column's label, as the form prints
 * it over its header rows, and all of them in a row (a converter may pack the ends of two labels
 * into one cell: «O EJECUTADO CUMPLIMIENTO»).
 */
interface TableHeader { columns: readonly string[]; row: string }

function tableHeader(columns: readonly string[]): TableHeader {
  const labels = columns.map(headerLetters);
  return { columns: labels, row: labels.join('') };
}

/**
 * A row of pieces of its table's header and nothing else: no digit, each filled cell a piece of the
 * header's words (tableHeader), or two pieces of its columns of three letters or more, one after the
 * other (a converter packed pieces of two columns into one cell: «DAD QUE» and «ME DE» of «ENTIDAD
 * QUE RECOMIENDA» and «Nº. DE INFORME»). A layout that cuts a header's words apart gives their pieces
 * rows of their own («| | | | PLA | S |», «TOTAL ES PLANIFICADO S», «TI | DESCRIPCIÓN»): no record,
 * no flag.
 */
function headerPiece(cells: readonly string[], header: TableHeader): boolean {
  const pieces = cells.map(headerLetters).filter(Boolean);
  // (a piece followed by the «%» that opens the next label, «PRESUPUEST %» of «PRESUPUESTO EJECUTADO» and «% CUMPLIMIENTO»)
  const inColumn = (p: string): boolean => header.columns.some((h) => h.includes(p))
    || (p.length > 3 && p.endsWith('%') && header.columns.some((h) => h.startsWith('%')) && inColumn(p.slice(0, -1)));
  const twoPieces = (p: string) => [...Array(Math.max(0, p.length - 5)).keys()].some((i) => inColumn(p.slice(0, i + 3)) && inColumn(p.slice(i + 3)));
  return pieces.length > 0 && !cells.some(hasDigit) && pieces.every((p) => inColumn(p) || header.row.includes(p) || twoPieces(p));
}

/** The coverage table's header, column by column over its two rows. */
const COVERAGE_HEADER = tableHeader([
  'Nivel', 'N° DE UNIDADES', 'N° DE USUARIOS', 'COBERTURA', 'GÉNERO MASCULINO', 'FEMENINO', 'GLBTI',
  'NACIONALIDADES O PUEBLOS MONTUBIO', 'MESTIZO', 'CHOLO', 'INDIGENA', 'AFROECUATORIANO', 'LINK AL MEDIO DE VERIFICACIÓN',
]);

/** The goals table's header, column by column over its two rows. */
const GOALS_HEADER = tableHeader([
  'OBJETIVOS ESTRATEGICOS/COMPETENCIAS EXCLUSIVAS', 'META POA NO. DE META', 'DESCRIPCIÓN', 'INDICADOR DE LA META',
  'RESULTADOS TOTALES PLANIFICADOS', 'TOTALES CUMPLIDOS', '% CUMPLIMIENTO DE LA GESTIÓN', 'DESCRIPCIÓN DE LA GESTIÓN POR META',
]);
/** The link column every table of the form ends with. */
const LINK_HEADER = 'LINK AL MEDIO DE VERIFICACIÓN PUBLICADO EN LA PÁG. WEB DE LA INSTITUCIÓN';
const BUDGET_LINES_HEADER = tableHeader(['TIPO', 'DESCRIPCIÓN', 'PRESUPUESTO PLANIFICADO', 'PRESUPUESTO EJECUTADO', '% CUMPLIMIENTO DE LA GESTIÓN', LINK_HEADER]);
const BUDGET_SUMMARY_HEADER = tableHeader([
  'TOTAL DE PRESUPUESTO INSTITUCIONAL CODIFICADO', 'GASTO CORRIENTE PLANIFICADO', 'GASTO CORRIENTE EJECUTADO',
  'GASTO DE INVERSIÓN PLANIFICADO', 'GASTO DE INVERSIÓN EJECUTADO', '% EJECUCIÓN PRESUPUESTARIA',
]);
const DISPOSALS_HEADER = tableHeader(['TIPO', 'BIEN', 'VALOR TOTAL', LINK_HEADER]);
const RECOMMENDATIONS_HEADER = tableHeader([
  'ENTIDAD QUE RECOMIENDA', 'Nº. DE INFORME DE LA ENTIDAD QUE RECOMIENDA', 'Nº. DE INFORME DE CUMPLIMIENTO',
  '% DE CUMPLIMIENTO DE LAS RECOMENDACIONES', 'OBSERVACIONES', LINK_HEADER,
]);

/** A cell that is a figure with decimals or a percentage («30,00», «107,06 %», «85%»), no text. */
const FIGURE_CELL = /^\s*\d[\d.]*(?:,\d+\s*%?|\s*%)\s*$/u;

/** CUMPLIMIENTO DE LA EJECUCIÓN PROGRAMÁTICA: goals with their objective and results. */
function readGoals(st: State, s: Section): void {
  st.goalsSection ??= s.line;
  let col: GoalColumns = { objective: 0, metaNumber: 1, description: 2, indicator: 3, planned: 4, achieved: 5, pct: 6 };
  let objective: string | null = null;
  // (the line of the last header row: a goal above it is another table's)
  let headerLine = 0;
  for (const [at, row] of s.rows.entries()) {
    const c = row.cells;
    if (c.some((x) => INDICATOR_HEADER(x)) && c.some((x) => PCT_HEADER(x))) {
      headerLine = row.line;
      // First header row: OBJETIVOS ... | META POA | | INDICADOR DE LA META | RESULTADOS | | % CUMPLIMIENTO ...
      col = {
        ...col,
        indicator: columnOf(c, ['indicador'], col.indicator),
        pct: columnOf(c, ['% cumplimiento'], col.pct),
      };
      continue;
    }
    if (isTotalRow(row)) {
      st.goalsTotal = { pct: goalsTotalPct(st, row, s.rows[at - 1]), line: row.line };
      continue;
    }
    let metaIdx = c.findIndex((x) => META_NUMBER_HEADER(x));
    const plannedAt = columnOf(c, ['totales planificados'], -1);
    // «NO. DE META» packed one space after the objective by a converter («… la delincuencia. NO. DE
    // META»): the header is still a header, its objective the text before, the number column next
    let packedObjective: string | null = null;
    const packedMeta = metaIdx < 0 && plannedAt >= 0 ? PACKED_META_HEADER.exec(c[col.objective] ?? '') : null;
    if (packedMeta) {
      packedObjective = packedMeta[1]!;
      metaIdx = col.objective + 1;
    }
    if (metaIdx >= 0) {
      headerLine = row.line;
      // Repeated header: "<objective> | NO. DE META | DESCRIPCIÓN | | TOTALES PLANIFICADOS | ...".
      const planned = plannedAt >= 0 ? plannedAt : col.planned;
      // a header cell a converter packed with the next one («TOTALES PLANIFICADOS TOTALES CUMPLIDOS»,
      // one space apart) names the planned column; the achieved is the next, as the form prints them
      // (read from the header's own cells, never carried over from the header above: a stale column
      // would read another field's figure)
      const packed = folded(c[planned]).includes('totales cumplidos');
      // (a header row laid out as a table of its own, between blank lines, loses its empty cells:
      // «NO. DE META | DESCRIPCIÓN | TOTALES PLANIFICADOS | TOTALES CUMPLIDOS» from its first cell
      // on; the data rows keep the form's columns, which follow the objective's in the form's order)
      if (metaIdx <= col.objective) {
        const metaNumber = col.objective + 1;
        col = onRepeatedHeaderGrid({ ...col, metaNumber, description: metaNumber + 1, planned: metaNumber + 3, achieved: metaNumber + 4 });
        continue;
      }
      col = onRepeatedHeaderGrid({
        ...col,
        metaNumber: metaIdx,
        description: columnOf(c.slice(metaIdx + 1), ['descripcion'], col.description - metaIdx - 1) + metaIdx + 1,
        planned,
        achieved: packed ? planned + 1 : columnOf(c, ['totales cumplidos'], col.achieved),
      });
      const o = packedObjective ?? (metaIdx > col.objective ? text(c[col.objective]) : null);
      if (o !== null) objective = o;
      continue;
    }
    // (pieces of the header cut apart by a layout: no goal)
    if (headerPiece(c, GOALS_HEADER)) continue;
    const grid = rowGrid(c, col);
    const hasValues = [grid.planned, grid.achieved, grid.pct].some((i) => (c[i] ?? '') !== '');
    const hasGoal = text(c[grid.indicator]) !== null || text(c[grid.description]) !== null;
    // (an indicator that is a figure: the row's cells sit a column off, «… | 3 | POLICIAL ADECUADA | 30,00 | 0,00 | 0»)
    const offGrid = FIGURE_CELL.test(c[grid.indicator] ?? '');
    if (!hasValues || !hasGoal || offGrid) {
      const only = text(c[col.objective]);
      if (only !== null && c.every((x, i) => i === col.objective || x === '')) objective = only;
      else unrecognizedRow(st, 'goals', row);
      continue;
    }
    readGoalRow(st, row, grid, text(c[col.objective]) ?? objective, headerLine);
  }
}

/** A piece of a figure alone on its row: «112,» / «11», the start of a figure wrapped in a narrow cell. */
const FIGURE_START = /^\d[\d.]*[.,]?$/u;

/**
 * The total % of the goals on its row (the last percentage there). A cell printed in the middle of
 * its row and wrapped in a narrow column may start on the line above the row's label: «112,» above
 * «TOTAL % CUMPLIMIENTO DE LA GESTIÓN: | 37 %». A piece ending in a decimal mark there cannot end a
 * figure: it is joined, with a warning. Digits alone («11» above «2,37 %») may be the figure's start or
 * not: the total is left empty, with a warning naming both.
 */
function goalsTotalPct(st: State, row: Row, above: Row | undefined): number | null {
  const where = { dataset: 'goals', field: 'pct_reported', line: row.line } as const;
  const at = row.cells.findLastIndex((x) => { const r = parsePercent(x); return r.value !== null && /%/.test(r.raw); });
  if (at < 0) return null;
  const cell = row.cells[at]!.trim();
  const pieces = above && above.line === row.line - 1 ? above.cells.filter((x) => x.trim() !== '') : [];
  const piece = pieces.length === 1 && (above!.cells[at] ?? '').trim() === pieces[0]!.trim() && FIGURE_START.test(pieces[0]!.trim())
    ? pieces[0]!.trim() : null;
  if (piece === null) return accept(st, parsePercent(cell), where);
  if (/[.,]$/u.test(piece)) {
    const joined = parsePercent(piece + cell);
    if (joined.value !== null && joined.issue === null) {
      push(st, flag(st.src, 'warning', 'number_repaired', 'TOTAL % CUMPLIMIENTO DE LA GESTIÓN partido en dos líneas, unido',
        `${piece} + ${cell} → ${joined.raw}`, row.line, where));
      return joined.value;
    }
  }
  push(st, flag(st.src, 'warning', 'value_suspicious',
    'TOTAL % CUMPLIMIENTO DE LA GESTIÓN con una cifra suelta justo encima, quizá su comienzo; se deja vacío',
    `${piece} | ${cell}`, row.line, where));
  return null;
}

/**
 * The indicator's column in a data row: the header's, or, when that cell is empty and the row has
 * its planned and achieved figures under their headers, the one cell with text between DESCRIPCIÓN
 * and TOTALES PLANIFICADOS (a converter's grid may add empty columns there,
 * the first header row on a grid of its own: «85% DE EJECUCIÓN PRESUPUESTARIA | | PORCENTAJE DE
 * EJECUCIÓN PRESUPUESTARIA | 0,85», the indicator two columns right of «INDICADOR DE LA META»).
 */
function indicatorColumn(c: readonly string[], col: GoalColumns): number {
  // (only when the row's figures are under their headers: a row laid out on a grid of its own,
  // «3.1. PORCENTAJE …» two columns right and «82,00» under TOTALES CUMPLIDOS, would read its
  // planned value as achieved)
  if (text(c[col.indicator]) !== null || text(c[col.planned]) === null || text(c[col.achieved]) === null) return col.indicator;
  const filled: number[] = [];
  for (let k = col.description + 1; k < col.planned; k++) if (text(c[k]) !== null) filled.push(k);
  return filled.length === 1 ? filled[0]! : col.indicator;
}

function readGoalRow(st: State, row: Row, grid: GoalColumns, objective: string | null, headerLine: number): void {
  const c = row.cells;
  const col = { ...grid, indicator: indicatorColumn(c, grid) };
  // (a row with no goal number and neither a percentage nor its two figures is no goal the form
  // prints: the last lines of the row above that a layout cut off as a row of their own, «AMENAZAS |
  // DEPOSITADAS | | 41», the end of an achieved «244072392, 41», or «DE | TAJE DE | | | 6%», the end of
  // «107,06%»; its figures are no goal's, and a warning names the row)
  const empty = (i: number) => (c[i] ?? '').trim() === '';
  if (splitIndicator(text(c[col.indicator]))[0] === null && (empty(col.pct) || (empty(col.planned) && empty(col.achieved)))) {
    pieceOfRow(st, 'goals', 'fila de metas sin número de meta ni porcentaje, no se lee como meta', row);
    warnCutAbove(st, row, col, headerLine);
    return;
  }
  const pct = percent(st, c[col.pct], { dataset: 'goals', field: 'pct_reported', line: row.line });
  const plannedR = parseDecimal(c[col.planned] ?? '');
  const achievedR = parseDecimal(c[col.achieved] ?? '');
  const [planned, achieved] = resolvePair(st, plannedR, achievedR, pct, 'goals', ['planned', 'achieved'], row.line, formatDecimal);
  const garbled = [plannedR, achievedR].some((r) => r.issue === 'split' || r.issue === 'suspicious');
  missingCells(st, 'goals', row, [['planned', c[col.planned]], ['achieved', c[col.achieved]], ['pct_reported', c[col.pct]]]);
  const [goalNumber, indicator] = splitIndicator(text(c[col.indicator]));
  // (a goal without a number right under a numbered one of the same table may be the end of that
  // one's row, cut off with figures: both are read, each with a warning; one under a header of its
  // own, or that starts an objective, is a goal the form left unnumbered)
  const above = goalNumber === null && text(c[col.objective]) === null && st.out.goals.at(-1)?.goal_number != null ? warnCutAbove(st, row, col, headerLine) : null;
  if (above) {
    push(st, flag(st.src, 'warning', 'value_suspicious', `meta sin número bajo la meta ${above.goal_number}: quizá el final de su fila, cortado`,
      cleanCell(c.join(' | ')).slice(0, 120), row.line, { dataset: 'goals', field: 'goal_number' }));
  }
  st.out.goals.push({
    unit: null,
    unit_number: null,
    objective,
    goal_number: goalNumber,
    goal: text(c[col.description]),
    indicator,
    planned,
    achieved,
    value_unit: null,
    value_text: garbled ? `planificado: ${plannedR.raw}; cumplido: ${achievedR.raw}` : null,
    pct_reported: pct,
    pct_computed: percentOf(achieved, planned),
    plan_objective: null,
    source_line: row.line,
  });
}

/** A cut-off end of a goal's row follows it within this many lines. */
const CUT_ROW_LINES = 6;

/**
 * When `row` holds figures and may be the cut-off end of the goal row above it (a piece, or a goal
 * without a number right under a numbered one), within CUT_ROW_LINES lines and no header between
 * (`headerLine`: the table's last header row), the goal above may have lost figures to it: a
 * warning on that goal's line says so («14805883 | 244072» above «1,00 | 392, 41 | 164,85 %»).
 * The goal it warned of, or null.
 */
function warnCutAbove(st: State, row: Row, col: GoalColumns, headerLine: number): ParseResult['goals'][number] | null {
  const above = st.out.goals.at(-1);
  const figures = [col.planned, col.achieved, col.pct].map((i) => (row.cells[i] ?? '').trim()).filter((t) => /\d/.test(t));
  if (!above || above.source_line <= headerLine || above.source_line >= row.line || row.line - above.source_line > CUT_ROW_LINES || figures.length === 0) return null;
  push(st, flag(st.src, 'warning', 'value_suspicious', 'cifras de la meta quizá incompletas: una fila de abajo parece el final de la suya, cortado',
    `${above.goal_number ?? '?'} → ${figures.join(' | ')}`, above.source_line, { dataset: 'goals', field: 'planned' }));
  return above;
}

/** The form's types of budget line, as a converter may pack one before its description («META 85% DE EJECUCIÓN …»). */
const PACKED_BUDGET_TYPE = /^(programa y\/o proyecto|programa|proyecto|meta|total)\s+(\S.*)$/iu;

/**
 * A budget row whose type a converter packed one space before its description, the figures right
 * after («META 85% DE EJECUCIÓN PRESUPUESTARIA | \$18.215.009,19 | \$16.599.214,93 | 91,13 %», a
 * layout whose header's labels are one space apart too): the type and the description as two cells.
 */
function unpackedBudgetRow(row: Row): Row {
  const m = PACKED_BUDGET_TYPE.exec((row.cells[0] ?? '').trim());
  if (!m || parseMoneyCents(row.cells[1] ?? '').value === null) return row;
  return { ...row, cells: [m[1]!, m[2]!, ...row.cells.slice(1)] };
}

/** CUMPLIMIENTO DE LA EJECUCIÓN PRESUPUESTARIA: TIPO | DESCRIPCIÓN | PLANIFICADO | EJECUTADO | % | LINK. */
function readBudgetLines(st: State, s: Section): void {
  for (const packed of s.rows) {
    const row = unpackedBudgetRow(packed);
    const c = row.cells;
    if (folded(c[0]) === 'tipo' || headerPiece(c, BUDGET_LINES_HEADER)) continue;
    const at = (field: string) => ({ dataset: 'budget_lines', field, line: row.line });
    if (isTotalRow(row)) {
      st.budgetTotal = { planned: money(st, c[2], at('planned')), executed: money(st, c[3], at('executed')), line: row.line };
      continue;
    }
    const category = text(c[1]);
    // (a description that is an amount: the row's cells sit a column off, «ME 85% DE … | $18.215.009,19 | $16.599.214,93»;
    // a row with no figure is a piece of one a layout wrapped apart, «AMA Y/O PROYECTO | personal»)
    if (category === null || c.length < 4 || parseMoneyCents(category).value !== null || !c.some(hasDigit)) {
      unrecognizedRow(st, 'budget_lines', row);
      continue;
    }
    const pct = percent(st, c[4], at('pct_reported'));
    const [planned, executed] = resolvePair(
      st, moneyReading(st, c[2]), moneyReading(st, c[3]), pct, 'budget_lines', ['planned', 'executed'], row.line, formatUsd,
    );
    st.budgetLineCents.planned.push(planned);
    st.budgetLineCents.executed.push(executed);
    st.out.budget_lines.push({
      line_type: text(c[0]),
      category,
      planned: planned === null ? null : centsToUsd(planned),
      executed: executed === null ? null : centsToUsd(executed),
      pct_reported: pct,
      pct_computed: percentOf(executed, planned),
      source_line: row.line,
    });
  }
}

/** PRESUPUESTO INSTITUCIONAL: one header row and one row of six figures. */
function readBudgetSummary(st: State, s: Section): void {
  let header: string[] = [];
  for (const row of s.rows) {
    const c = row.cells;
    if (folded(c[0]).startsWith('total de presupuesto')) {
      header = c;
      continue;
    }
    if (headerPiece(c, BUDGET_SUMMARY_HEADER)) continue;
    const at = (field: string) => ({ dataset: 'budget_summaries', field, line: row.line });
    if (parseMoneyCents(c[0] ?? '').value === null) {
      unrecognizedRow(st, 'budget_summaries', row);
      continue;
    }
    if (st.summary) {
      push(st, flag(st.src, 'warning', 'duplicate_skipped', 'segunda fila de PRESUPUESTO INSTITUCIONAL, se omite', c[0] ?? '', row.line, { dataset: 'budget_summaries' }));
      continue;
    }
    // (a row whose filled cells are the form's six figures, five amounts and a percentage, is read in
    // the form's order: a header whose words a justified layout spaced out into cells of their own,
    // «TOTAL PRESUPUESTO INSTITUCIONAL CODIFICADO | DE | GASTO CORRIENTE …», names no column right,
    // and read by position the empty cells between its figures put each amount under another's name)
    const filled = c.filter((x) => x.trim() !== '');
    const inOrder = filled.length === 6 && filled.slice(0, 5).every((x) => parseMoneyCents(x).value !== null) && /%/.test(filled[5]!) && parsePercent(filled[5]!).value !== null;
    const cell = (prefixes: string[], fallback: number) => (inOrder ? filled[fallback] : c[columnOf(header, prefixes, fallback)]);
    const planned = money(st, cell(['total de presupuesto'], 0), at('planned'));
    const currentPlanned = money(st, cell(['gasto corriente planificado'], 1), at('current_planned'));
    const currentExecuted = money(st, cell(['gasto corriente ejecutado'], 2), at('current_executed'));
    const investmentPlanned = money(st, cell(['gasto de inversion planificado'], 3), at('investment_planned'));
    const investmentExecuted = money(st, cell(['gasto de inversion ejecutado'], 4), at('investment_executed'));
    const pct = percent(st, cell(['% ejecucion'], 5), at('pct_reported'));
    // Executed = current + investment, in cents; unknown if either part is unknown.
    const executed = currentExecuted === null || investmentExecuted === null ? null : currentExecuted + investmentExecuted;
    const usd = (v: number | null) => (v === null ? null : centsToUsd(v));
    st.out.budget_summaries.push({
      planned: usd(planned),
      executed: usd(executed),
      current_planned: usd(currentPlanned),
      current_executed: usd(currentExecuted),
      investment_planned: usd(investmentPlanned),
      investment_executed: usd(investmentExecuted),
      pct_reported: pct,
      pct_computed: percentOf(executed, planned),
      basis: 'reported',
      source_line: row.line,
    });
    st.summary = { planned, executed, currentPlanned, investmentPlanned, line: row.line };
  }
}

/** A count and an amount `pdftotext -layout` packed one space apart («7 \\$15.666.193,21»). */
const PACKED_COUNT_AMOUNT = /^(\d+) (\\?\$\s?[\d.,]+)$/;
/** The four headers of the procedures' figures, folded, as one run («Número Total Adjudicados Valor Total …»). */
const PACKED_HEADERS = 'numero total adjudicados valor total adjudicados numero total finalizados valor total finalizados';

/**
 * A procurement row whose cells a converter packed (the figures of narrow columns right-aligned one
 * space apart, `pdftotext -layout` of a table printed tight): counts and amounts split, the empty
 * cells between them dropped, when that gives count, amount, count, amount; a label followed by the
 * four figure headers in one cell, as the label and those headers.
 */
function unpackedProcurement(row: readonly string[]): readonly string[] {
  // (a values row whose label cell is empty may start at its first figure: «8 \$4.751.559,55 | …»)
  const c = PACKED_COUNT_AMOUNT.test((row[0] ?? '').trim()) ? ['', ...row] : row;
  const first = c[0] ?? '';
  if (folded(first).endsWith(` ${PACKED_HEADERS}`)) {
    const label = first.slice(0, first.length - PACKED_HEADERS.length).trimEnd();
    return [label, 'Número Total Adjudicados', 'Valor Total Adjudicados', 'Número Total Finalizados', 'Valor Total Finalizados', ...c.slice(1)];
  }
  const rest = c.slice(1).flatMap((x) => {
    const m = PACKED_COUNT_AMOUNT.exec(x.trim());
    return m ? [m[1]!, m[2]!] : [x];
  }).filter((x) => x.trim() !== '');
  // (or an empty cell between the figures, a column of the rows above that this row's figures do
  // not fill: «8 | \$4.751.559,55 | | 1 | \$48.360,57»; read by position, the count 1 was taken for
  // the amount finalized)
  return figureShape(rest) === 'n$n$' && figureShape(c.slice(1)) !== 'n$n$' ? [first, ...rest] : row;
}

/** The kinds of a row's first four figure cells: «n» a count, «$» an amount, «?» anything else. */
function figureShape(cells: readonly string[]): string {
  return cells.slice(0, 4).map((x) => (/^\d+$/.test(x.trim()) ? 'n' : /^\\?\$/.test(x.trim()) ? '$' : '?')).join('');
}

const PROCUREMENT_HEADER = tableHeader([
  'TIPO DE CONTRATACIÓN', 'ESTADO ACTUAL NÚMERO TOTAL ADJUDICADOS', 'VALOR TOTAL ADJUDICADOS', 'NÚMERO TOTAL FINALIZADOS',
  'VALOR TOTAL FINALIZADOS', LINK_HEADER,
]);

/** PROCESOS DE CONTRATACIÓN: inline rows, or a label row repeating the headers + a values row. */
function readProcurement(st: State, s: Section): void {
  let pending: { label: string; line: number } | null = null;
  for (const row of s.rows) {
    const c = unpackedProcurement(row.cells);
    const first = text(c[0]);
    const repeatsHeader = folded(c[1]).startsWith('numero total');
    if (folded(c[0]).startsWith('tipo de contratacion') || (first === null && repeatsHeader)) continue;
    // (a label row whose header cells wrap onto a second line of their own, printed centred apart
    // from the first: «RÉGIMEN ESPECIAL» / «(Todos los procesos)» beside «Número Total» /
    // «Adjudicados»: the label goes on)
    const headerTail = c.slice(1).filter((x) => x.trim() !== '');
    // (a header's lines that a layout wrapped apart from its first, no label: «Adjudicados» /
    // «Total Finalizados» under «Número Total Valor Total»)
    if (first === null && headerPiece(c, PROCUREMENT_HEADER)) continue;
    if (pending && headerTail.length > 0 && headerTail.every((x) => /^(adjudicados|finalizados)$/.test(folded(x)))) {
      if (first !== null) pending = { label: `${pending.label} ${first}`, line: pending.line };
      continue;
    }
    const numbers = c.slice(1, 5);
    const hasNumbers = numbers.some((x) => parseCount(x).value !== null || parseMoneyCents(x).value !== null);
    if (first !== null && (repeatsHeader || numbers.every((x) => x === ''))) {
      if (pending) unrecognizedRow(st, 'procurement', { line: pending.line, cells: [pending.label] });
      pending = null;
      // (a label that holds an amount is a row the layout could not cut into cells, «RÉGIMEN
      // ESPECIAL   7   \$557.484,3 …» in one cell: no procedure's label, its figures lost with a warning)
      if (LOST_FIGURE.test(first)) unrecognizedRow(st, 'procurement', row);
      else pending = { label: first, line: row.line };
      continue;
    }
    if (!hasNumbers) {
      unrecognizedRow(st, 'procurement', row);
      continue;
    }
    // (a row with its own label after a label row: the label row's text goes on in it only when it
    // opens as a continuation does, «RÉGIMEN ESPECIAL» / «(Todos los procesos) | 7 | …»; otherwise the
    // label row had no figures of its own, and a note names it)
    const continued = pending !== null && first !== null && /^[(\p{Ll}]/u.test(first);
    if (pending && first !== null && !continued) unrecognizedRow(st, 'procurement', { line: pending.line, cells: [pending.label] });
    const label = continued ? `${pending!.label} ${first}` : first ?? pending?.label ?? null;
    pending = null;
    if (label === null) {
      unrecognizedRow(st, 'procurement', row);
      continue;
    }
    if (/^total\b/.test(fold(label))) continue;
    // (a label with no letter is no type of procedure: a figure's piece a layout set in the label's
    // column, «30» of «\$557.484,30» cut by its column; its figures are no procedure's, a warning names the row)
    if (!/\p{L}/u.test(label)) {
      pieceOfRow(st, 'procurement', 'fila de contratación sin tipo de procedimiento, no se lee', row);
      continue;
    }
    const at = (field: string) => ({ dataset: 'procurement', field, line: row.line });
    const adjAmount = money(st, c[2], at('awarded_amount'));
    const finAmount = money(st, c[4], at('finalized_amount'));
    // (the form prints the four figures of every procedure; an empty one is missing, not zero)
    missingCells(st, 'procurement', row, [['awarded_count', c[1]], ['awarded_amount', c[2]], ['finalized_count', c[3]], ['finalized_amount', c[4]]]);
    st.out.procurement.push({
      procedure: label,
      procedure_key: procedureKey(label),
      awarded_count: count(st, c[1], at('awarded_count')),
      awarded_amount: adjAmount === null ? null : centsToUsd(adjAmount),
      finalized_count: count(st, c[3], at('finalized_count')),
      finalized_amount: finAmount === null ? null : centsToUsd(finAmount),
      source_line: row.line,
    });
  }
  if (pending) unrecognizedRow(st, 'procurement', { line: pending.line, cells: [pending.label] });
}

/** ENAJENACIÓN, DONACIONES Y EXPROPIACIONES: TIPO | BIEN | VALOR TOTAL | LINK. "NINGUNA" = none. */
function readDisposals(st: State, s: Section): void {
  // (the columns of the header row: a layout may print an empty column between BIEN and VALOR TOTAL,
  // «TIPO | BIEN | | VALOR TOTAL | LINK …», and its rows the same way)
  let col = { asset: 1, amount: 2 };
  for (let i = 0; i < s.rows.length; i++) {
    const row = s.rows[i]!;
    const c = row.cells;
    if (folded(c[0]) === 'tipo') {
      const asset = columnOf(c, ['bien'], 1);
      const amount = columnOf(c, ['valor'], 2);
      col = asset > 0 && amount > asset ? { asset, amount } : { asset: 1, amount: 2 };
      continue;
    }
    if (headerPiece(c, DISPOSALS_HEADER)) continue;
    const kind = textOrMissing(c[0]);
    // "NINGUNA | NO APLICA | $0,00": nothing to declare; so too when a converter packed those cells
    // into one («NINGUNA NO APLICA $0,00», a PDF without cell padding)
    if (kind === null || declaresNothing(c)) continue;
    // (... or cut over two lines by narrow columns, «NINGUN | NO» / «A | APLICA | \$0,00 | NO APLICA»:
    // the two rows, column by column, declare nothing)
    const next = s.rows[i + 1];
    if (next && next.line === row.line + 1 && declaresNothing(joinedByColumn(c, next.cells))) {
      i++;
      continue;
    }
    // (a row with no figure, or with an amount in the asset's column, is a piece of a row a layout
    // wrapped apart, «S RECIBIDAS», or sits a column off, «DONACIONE Camionetas | $289.9»: flagged)
    const asset = c[col.asset] ?? '';
    if (!c.slice(0, col.amount + 1).some(hasDigit) || /^\\?\$/u.test(asset.trim()) || parseMoneyCents(asset).value !== null
      || c.slice(col.asset + 1, col.amount).some((x) => x.trim() !== '')) {
      unrecognizedRow(st, 'disposals', row);
      continue;
    }
    const amount = money(st, c[col.amount], { dataset: 'disposals', field: 'amount', line: row.line });
    st.out.disposals.push({
      kind,
      asset: textOrMissing(asset),
      amount: amount === null ? null : centsToUsd(amount),
      source_line: row.line,
    });
  }
}

/**
 * A recommendation row's cells in the form's order. A layout may print empty columns between them
 * («CONTRALORÍA | | | DNA7-0037-2018 | S/N | | | 100,00 % | …», a justified header stretched over
 * more columns than its rows fill): when the form's 4th cell is no percentage, and the row's cells
 * that are not empty are, in that order, a report's number, one more cell and a percentage, those are
 * read; a percentage with the observations packed after it in its cell is parted from them.
 * Otherwise the row as it is.
 */
function recommendationCells(c: readonly string[]): readonly string[] {
  const clean = (x: string | undefined) => { const r = parsePercent(x ?? ''); return r.value !== null && r.issue === null; };
  if (clean(c[3])) return c;
  const full = c.filter((x) => x.trim() !== '');
  if (full.length >= 4 && hasDigit(full[1]) && clean(full[3]) && /%/u.test(full[3]!)) return full;
  // (the observations packed one space after the percentage: «100,00 % Recomendaciones de»)
  const packed = PACKED_PERCENT.exec(c[3] ?? '');
  if (packed) return [...c.slice(0, 3), packed[1]!, [packed[2], c[4]].filter((x) => x && x.trim() !== '').join(' '), ...c.slice(5)];
  return c;
}

/** A percentage with text after it in one cell: «100,00 % Recomendaciones de». */
const PACKED_PERCENT = /^\s*(\d[\d.,]*\s*%)\s+(\p{L}.*)$/u;

/** INCORPORACIÓN DE RECOMENDACIONES Y DICTÁMENES: ENTIDAD | Nº INFORME | Nº CUMPLIMIENTO | % | OBS | LINK. */
function readRecommendations(st: State, s: Section): void {
  for (const row of s.rows) {
    const c = row.cells;
    // (the header, also with a word cut apart in a narrow column: «ENTIDAD QUE RECO MIEND A»)
    if (folded(c[0]).replace(/ /gu, '').startsWith('entidadquerecomienda') || headerPiece(c, RECOMMENDATIONS_HEADER)) continue;
    const entity = textOrMissing(c[0]);
    if (entity === null) continue; // "NINGUNA": no recommendations.
    // (a recommendation is named by its report's number or its percentage: a row with neither is a
    // piece of a row above that a layout wrapped apart, «DEL ESTADO | | encuentra en proceso de»)
    if (!hasDigit(c[1]) && !hasDigit(c[3])) {
      unrecognizedRow(st, 'recommendations', row);
      continue;
    }
    const r = recommendationCells(c);
    // (the form prints every recommendation's percentage: a row without one in its column, or with one
    // where the report's number goes, is a piece of a row a layout cut apart, «GENERA | 75,00 % | …»,
    // not a recommendation with its figures in other fields)
    if (!/%/u.test(r[3] ?? '') || /%/u.test(r[1] ?? '')) {
      unrecognizedRow(st, 'recommendations', row);
      continue;
    }
    st.out.recommendations.push({
      entity,
      report_number: textOrMissing(r[1]),
      compliance_report: textOrMissing(r[2]),
      pct_compliance: percent(st, r[3], { dataset: 'recommendations', field: 'pct_compliance', line: row.line }),
      // (the link's cell packed one space after the observations: «Recomendaciones de https://…»)
      observations: textOrMissing((r[4] ?? '').replace(/(?:^|\s+)https?:\/\/.*$/u, '')),
      source_line: row.line,
    });
  }
}

/**
 * Known headings, in form order. Sections without figures have no handler but are known
 * (never flagged as unrecognized). Order matters: the first matching spec wins.
 */
const SECTIONS: readonly SectionSpec[] = [
  { id: 'title', label: 'INFORME DE RENDICIÓN DE CUENTAS No', test: /^informe de rendicion de cuentas\b/, form: true, core: false, handle: readTitle },
  { id: 'period', label: 'PERIODO', test: /^periodo\s+\d{4}/, form: true, core: false, handle: readPeriod },
  { id: 'general', label: 'DATOS GENERALES', test: /^datos generales\b/, form: true, core: true, handle: readGeneral },
  { id: 'coverage', label: 'COBERTURA GEOGRÁFICA INSTITUCIONAL: UNIDADES DE ATENCIÓN', test: /^cobertura geografica institucional:? unidades de atencion/, form: true, core: false, handle: readCoverage },
  { id: 'coverage_other', label: 'COBERTURA GEOGRÁFICA', test: /^cobertura geografica\b/, form: false, core: false },
  { id: 'policies', label: 'IMPLEMENTACIÓN DE POLÍTICAS PÚBLICAS PARA LA IGUALDAD', test: /^implementacion de politicas publicas\b/, form: true, core: false },
  { id: 'participatory_planning', label: 'PLANIFICACIÓN PARTICIPATIVA', test: /^planificacion participativa\b/, form: true, core: false },
  { id: 'participation', label: 'MECANISMOS DE PARTICIPACIÓN CIUDADANA', test: /^mecanismos de participacion ciudadana\b/, form: true, core: false },
  { id: 'social_control', label: 'MECANISMOS DE CONTROL SOCIAL', test: /^mecanismos de control social\b/, form: true, core: false },
  { id: 'process', label: 'PROCESO DE RENDICIÓN DE CUENTAS', test: /^proceso de rendicion de cuentas\b/, form: true, core: false },
  { id: 'citizen_input', label: 'DESCRIBA LOS PRINCIPALES APORTES CIUDADANOS RECIBIDOS', test: /^describa los principales aportes\b/, form: false, core: false },
  { id: 'deliberation', label: 'DATOS DE LA DELIBERACIÓN PÚBLICA Y EVALUACIÓN CIUDADANA', test: /^datos de la deliberacion publica\b/, form: true, core: true, handle: readDeliberation },
  { id: 'previous_input', label: 'INCORPORACIÓN DE LOS APORTES CIUDADANOS DEL AÑO ANTERIOR', test: /^incorporacion de los aportes ciudadanos\b/, form: true, core: false },
  { id: 'media', label: 'DIFUSIÓN Y COMUNICACIÓN DE LA GESTIÓN INSTITUCIONAL', test: /^difusion y comunicacion\b/, form: true, core: false },
  { id: 'transparency', label: 'TRANSPARENCIA Y ACCESO A LA INFORMACIÓN', test: /^transparencia y acceso a la informacion\b/, form: true, core: false },
  { id: 'planning', label: 'PLANIFICACIÓN: articulación de políticas públicas', test: /^planificacion:/, form: true, core: false },
  { id: 'goals', label: 'CUMPLIMIENTO DE LA EJECUCIÓN PROGRAMÁTICA', test: /^cumplimiento de la ejecucion programatica\b/, form: true, core: true, handle: readGoals },
  { id: 'budget', label: 'CUMPLIMIENTO DE LA EJECUCIÓN PRESUPUESTARIA', test: /^cumplimiento de la ejecucion presupuestaria\b/, form: true, core: true, handle: readBudgetLines },
  { id: 'summary', label: 'PRESUPUESTO INSTITUCIONAL', test: /^presupuesto institucional\b/, form: true, core: true, handle: readBudgetSummary },
  { id: 'procurement', label: 'PROCESOS DE CONTRATACIÓN Y COMPRAS PÚBLICAS', test: /^procesos de contratacion\b/, form: true, core: true, handle: readProcurement },
  { id: 'disposals', label: 'ENAJENACIÓN, DONACIONES Y EXPROPIACIONES DE BIENES', test: /^enajenacion\b/, form: true, core: true, handle: readDisposals },
  { id: 'recommendations', label: 'INCORPORACIÓN DE RECOMENDACIONES Y DICTÁMENES', test: /^incorporacion de recomendaciones\b/, form: true, core: true, handle: readRecommendations },
];

/**
 * Every spec's test starts with "^word": a line whose folded text starts with none of those
 * words matches no spec (checked on the raw line; a spec of another form disables the check).
 */
const SECTION_WORDS = SECTIONS.map((s) => (s.test.source.includes('|') || s.test.flags !== ''
  ? null : /^\^([a-z]+)(?=[ :\\])/.exec(s.test.source)?.[1] ?? null));
const MAY_BE_SECTION: (text: string) => boolean = SECTION_WORDS.every((w) => w !== null)
  ? foldedMatcher('startsWith', [...new Set(SECTION_WORDS as string[])])
  : () => true;

/** Section ids whose presence identifies the form in `detect` (the header lines are not enough). */
const SIGNATURE = new Set(SECTIONS.filter((s) => s.form && s.id !== 'title' && s.id !== 'period').map((s) => s.id));

/**
 * The spec a tabless line is the heading of; `undefined` = a heading we do not know; null = not a
 * heading. A row whose only cell is its first is read as such a line: a heading wrapped over two
 * lines in a text without TABs, joined as a row of the table under it («INCORPORACIÓN DE
 * RECOMENDACIONES … DE LA FUNCIÓN DE» / «TRANSPARENCIA … DEL ESTADO:» and empty cells).
 */
function headingOf(line: string): SectionSpec | undefined | null {
  if (line.includes('\t') && !ONE_CELL_ROW.test(line)) return null;
  const t = line.trim();
  if (t === '' || t.length > MAX_HEADING_CHARS) return null;
  let f: string | null = null;
  if (MAY_BE_SECTION(t)) {
    const folded = (f = fold(t));
    const spec = SECTIONS.find((s) => s.test.test(folded));
    if (spec) return spec;
  }
  // An unknown heading: capitals, ending with ":" (not a stray TOTAL row).
  if (t.endsWith(':') && /\p{Lu}{3}/u.test(t) && t === t.toUpperCase() && !/^total\b/.test(f ?? fold(t))) return undefined;
  return null;
}

/**
 * A table's rule of columns set one space apart, as a text without TABs prints «-------\t----\t---»
 * («------- ---- --- -----------»): runs of dashes and spaces only.
 */
const RULE_ROW = /^ *-{2,}(?: +-{2,})+ *$/u;

/** A row of cells whose only text is in its first cell. */
const ONE_CELL_ROW = /^[^\t]+\t+$/u;

/** Every cell is empty or only "-" (`/^-*$/` on each cell). */
function isSeparatorRow(c: readonly string[]): boolean {
  for (const x of c) {
    for (let i = 0; i < x.length; i++) if (x.charCodeAt(i) !== 45) return false;
  }
  return true;
}

/** Splits the lines into sections at heading lines; rows before the first heading form a preamble. */
function splitSections(st: State): Section[] {
  const sections: Section[] = [];
  let current: Section = { spec: null, heading: '', line: 0, rows: [] };
  const lines = st.src.lines;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = i + 1;
    if (raw.length > MAX_ROW_CHARS) {
      push(st, flag(st.src, 'warning', 'line_too_long', `línea de ${raw.length} caracteres, no se lee`, null, line));
      continue;
    }
    const heading = headingOf(raw);
    if (heading !== null) {
      current = { spec: heading ?? null, heading: raw.trim(), line, rows: [] };
      sections.push(current);
      continue;
    }
    const c = cells(raw);
    if (isSeparatorRow(c) || RULE_ROW.test(raw)) {
      // a rule of several columns before any heading: the text starts in a table, at the row right above it
      if (current.line === 0 && st.preambleTableLine === null && (c.length > 1 || RULE_ROW.test(raw))) {
        st.preambleTableLine = current.rows.at(-1)?.line === line - 1 ? line - 1 : line;
      }
      continue;
    }
    if (current.line === 0 && c.length > 1 && st.preambleTableLine === null) st.preambleTableLine = line;
    current.rows.push({ line, cells: c });
  }
  return sections;
}

// ---------------------------------------------------------------------------------------------
// Cross-section checks

function checkGoalsTotal(st: State): void {
  const total = st.goalsTotal;
  // (goals read and no total row: the form always closes its goals with one; a layout that cut its
  // label, «TOTA» / «L … GESTIÓN:», left it among the rows no reader took, and the report's headline
  // % of goals is missing)
  if (!total && st.goalsSection !== null && st.out.goals.some((g) => g.pct_reported !== null)) {
    push(st, flag(st.src, 'warning', 'value_missing',
      'CUMPLIMIENTO DE LA EJECUCIÓN PROGRAMÁTICA sin su fila TOTAL % CUMPLIMIENTO DE LA GESTIÓN: el % total de las metas no se leyó',
      null, st.goalsSection, { dataset: 'goals', field: 'pct_reported' }));
    return;
  }
  if (!total || total.pct === null) return;
  const pcts = st.out.goals.map((g) => g.pct_reported).filter((p): p is number => p !== null);
  // (a total above 0 with no goal's % read under it: the goals were lost, the total cannot be
  // checked, and may itself be a piece of a figure cut by its column, «11» / «2,37 %» read as
  // 2,37 %; a form with no goals may well say 0,00 %)
  if (pcts.length === 0) {
    if (total.pct === 0) return;
    push(st, flag(st.src, 'warning', 'value_missing',
      `TOTAL % CUMPLIMIENTO DE LA GESTIÓN sin ninguna meta leída con su %: no se puede comprobar (${st.out.goals.length} metas leídas)`,
      `${formatDecimal(total.pct)} %`, total.line, { dataset: 'goals', field: 'pct_reported' }));
    return;
  }
  const avg = Math.round((pcts.reduce((a, b) => a + b, 0) / pcts.length) * 100) / 100;
  if (!percentAgrees(total.pct, avg)) {
    push(st, flag(st.src, 'warning', 'total_mismatch',
      `TOTAL % CUMPLIMIENTO DE LA GESTIÓN no es el promedio de las ${pcts.length} metas (${formatDecimal(avg)} %)`,
      `${formatDecimal(total.pct)} %`, total.line, { dataset: 'goals', field: 'pct_reported' }));
  }
}

/** The budget table's Total row vs the sum of its lines (in cents). */
function checkBudgetLinesTotal(st: State): void {
  const total = st.budgetTotal;
  if (!total) return;
  for (const field of ['planned', 'executed'] as const) {
    const sum = sumCents(st.budgetLineCents[field]);
    const printed = total[field];
    if (sum === null || printed === null || sum === printed) continue;
    push(st, flag(st.src, 'warning', 'total_mismatch',
      `${field}: la fila Total no es la suma de las líneas (${formatUsd(sum)})`,
      `${formatUsd(printed)}, diferencia ${formatUsd(printed - sum)}`, total.line, { dataset: 'budget_lines', field }));
  }
}

/** PRESUPUESTO INSTITUCIONAL vs the budget table, and its own parts vs its total. */
function checkBudgetSummary(st: State): void {
  const sm = st.summary;
  if (!sm) return;
  const where = (field: string) => ({ dataset: 'budget_summaries', field });
  const table = st.budgetTotal ?? (st.budgetLineCents.planned.length > 0
    ? { planned: sumCents(st.budgetLineCents.planned), executed: sumCents(st.budgetLineCents.executed), line: null }
    : null);
  if (table) {
    const tableName = table.line === null
      ? 'de la suma de las líneas de CUMPLIMIENTO DE LA EJECUCIÓN PRESUPUESTARIA'
      : `del Total de CUMPLIMIENTO DE LA EJECUCIÓN PRESUPUESTARIA (línea ${table.line})`;
    const pairs = [
      ['executed', 'ejecutado (corriente + inversión)', sm.executed, table.executed],
      ['planned', 'codificado', sm.planned, table.planned],
    ] as const;
    for (const [field, name, mine, theirs] of pairs) {
      if (mine === null || theirs === null || mine === theirs) continue;
      push(st, flag(st.src, 'warning', 'total_mismatch',
        `${field}: ${name} de PRESUPUESTO INSTITUCIONAL (línea ${sm.line}) difiere ${tableName}`,
        `${formatUsd(mine)} vs ${formatUsd(theirs)}, diferencia ${formatUsd(Math.abs(mine - theirs))}`, sm.line, where(field)));
    }
  }
  if (sm.planned !== null && sm.currentPlanned !== null && sm.investmentPlanned !== null) {
    const parts = sm.currentPlanned + sm.investmentPlanned;
    if (parts !== sm.planned) {
      push(st, flag(st.src, 'warning', 'total_mismatch',
        `planned: gasto corriente + inversión planificado (${formatUsd(parts)}) difiere del codificado`,
        `${formatUsd(sm.planned)}, diferencia ${formatUsd(Math.abs(parts - sm.planned))}`, sm.line, where('planned')));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Report metadata

/** Memo/oficio number prefixes ("Memorando Nro. IESS-CMFIEDM-DA-2024-1566-M" → "IESS"), most frequent first. */
function memoPrefixes(text: string): string[] {
  const counts = new Map<string, number>();
  // The lines (text.split('\n')) holding one of the words, found with one scan of the whole text
  // rather than a test per line; each is read once, in order.
  const word = /memorando|oficio|circular/gi;
  for (let hit = word.exec(text); hit; hit = word.exec(text)) {
    const start = text.lastIndexOf('\n', hit.index) + 1;
    let end = text.indexOf('\n', hit.index);
    if (end < 0) end = text.length;
    word.lastIndex = end + 1;
    if (end - start > MAX_ROW_CHARS) continue;
    const line = text.slice(start, end);
    for (const m of line.matchAll(/\b(?:memorando|oficio|circular)\s+(?:nro|no|n°|nº)\.?\s*([A-Z][A-Z0-9]{1,15})-/gi)) {
      const p = m[1]!.toUpperCase();
      counts.set(p, (counts.get(p) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([p]) => p);
}

/** Year when PERIODO is missing: "Rendición de Cuentas 2023" mentions, else deliberation year − 1. */
function inferYear(st: State): { year: number; how: string; line: number | null } | null {
  const counts = new Map<number, { n: number; line: number }>();
  st.src.lines.forEach((line, i) => {
    if (line.length > MAX_ROW_CHARS || !/rendici[oó]n de cuentas/i.test(line)) return;
    for (const m of line.matchAll(/rendici[oó]n de cuentas[\s-]+(?:periodo[\s-]+)?((?:19|20)\d\d)\b/gi)) {
      const y = Number(m[1]);
      const prev = counts.get(y);
      counts.set(y, { n: (prev?.n ?? 0) + 1, line: prev?.line ?? i + 1 });
    }
  });
  const best = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || b[0] - a[0])[0];
  if (best) return { year: best[0], how: `menciones "Rendición de Cuentas ${best[0]}" (${best[1].n})`, line: best[1].line };
  const d = st.out.deliberations.find((x) => x.date !== null);
  if (d?.date) {
    return { year: Number(d.date.slice(0, 4)) - 1, how: `fecha de la deliberación pública ${d.date} menos un año`, line: d.source_line };
  }
  return null;
}

/** Names what a fragment lacks; empty when complete. */
function missingParts(st: State): string[] {
  const missing: string[] = [];
  const header: string[] = [];
  if (!st.seen.has('title')) header.push('INFORME DE RENDICIÓN DE CUENTAS No');
  if (!st.seen.has('period')) header.push('PERIODO');
  if (header.length > 0) missing.push(`cabecera (${header.join(', ')})`);
  for (const spec of SECTIONS) {
    if (spec.form && spec.id !== 'title' && spec.id !== 'period' && !st.seen.has(spec.id)) missing.push(spec.label);
  }
  return missing;
}

function finishReport(st: State): void {
  const missing = missingParts(st);
  const complete = st.seen.has('title') && st.seen.has('period') && SECTIONS.every((s) => !s.core || st.seen.has(s.id));
  if (!complete) {
    const start = st.preambleTableLine === null ? '' : `; el texto empieza a mitad de una tabla (línea ${st.preambleTableLine})`;
    push(st, flag(st.src, 'warning', 'fragment', 'informe incompleto (fragmento), falta', `${missing.join(', ')}${start}`, null, { dataset: 'reports' }));
  }
  let period = st.period?.text ?? null;
  let year = st.period?.year ?? null;
  if (year === null) {
    const inferred = inferYear(st);
    if (inferred) {
      year = inferred.year;
      period = String(inferred.year);
      push(st, flag(st.src, 'info', 'year_inferred', `sin PERIODO; año inferido de ${inferred.how}`, inferred.year, inferred.line, { dataset: 'reports', field: 'year' }));
    } else {
      push(st, flag(st.src, 'error', 'value_missing', 'no se encontró el periodo ni el año del informe', null, null, { dataset: 'reports', field: 'year' }));
    }
  }
  const base = 'Informe de Rendición de Cuentas';
  const name = st.reportNumber ? `${base} No ${st.reportNumber.value}` : period ? `${base} ${period}` : base;
  st.out.report = {
    period: period ?? 'desconocido',
    year: year ?? 0,
    title: complete ? name : `${name} (fragmento)`,
    report_number: st.reportNumber?.value ?? null,
    complete,
    budget_pct_reported: st.out.budget_summaries[0]?.pct_reported ?? null,
    goals_pct_reported: st.goalsTotal?.pct ?? null,
    // the line of the stated total, only when there is a total to cite
    goals_pct_reported_line: st.goalsTotal && st.goalsTotal.pct !== null ? st.goalsTotal.line : null,
    date: st.out.deliberations.find((d) => d.date !== null)?.date ?? null,
  };
}

// ---------------------------------------------------------------------------------------------
// Parser

function parse(src: SourceText): ParseResult {
  const st: State = {
    src,
    out: emptyResult({
      period: 'desconocido', year: 0, title: 'Informe de Rendición de Cuentas', report_number: null, complete: false,
      budget_pct_reported: null, goals_pct_reported: null, goals_pct_reported_line: null, date: null,
    }),
    seen: new Set(),
    reportNumber: null,
    period: null,
    goalsTotal: null,
    goalsSection: null,
    budgetTotal: null,
    budgetLineCents: { planned: [], executed: [] },
    summary: null,
    preambleTableLine: null,
    formAmounts: writesFormAmounts(src.text),
  };
  for (const section of splitSections(st)) {
    if (section.spec) {
      st.seen.add(section.spec.id);
      section.spec.handle?.(st, section);
    } else if (section.rows.some((r) => r.cells.length > 1)) {
      push(st, flag(src, 'info', 'section_unrecognized', 'sección no reconocida, se omite', section.heading, section.line));
    }
  }
  checkGoalsTotal(st);
  checkBudgetLinesTotal(st);
  checkBudgetSummary(st);
  // Links never span lines: only the lines that can hold one are joined (same matches).
  st.out.institution.domains = /http/i.test(src.text)
    ? linkDomains(src.lines.filter((l) => l.length <= MAX_ROW_CHARS && /http/i.test(l)).join('\n'))
    : [];
  st.out.institution.other = memoPrefixes(src.text);
  finishReport(st);
  return st.out;
}

/** True for text with at least two CPCCS form section headings and tab-separated rows. */
function detect(src: SourceText): boolean {
  const found = new Set<string>();
  let tabbed = false;
  for (const line of src.lines) {
    if (line.includes('\t')) {
      tabbed = true;
    } else {
      const spec = headingOf(line);
      if (spec && SIGNATURE.has(spec.id)) found.add(spec.id);
    }
    if (tabbed && found.size >= 2) return true;
  }
  return false;
}

export const cpccsRendicionParser: Parser = {
  format: 'cpccs-rendicion',
  label: 'Formulario de rendición de cuentas (CPCCS)',
  description:
    'Es el formulario que las instituciones llenan en el sistema del Consejo de Participación Ciudadana y Control Social. Se reconoce por sus títulos de sección («CUMPLIMIENTO DE LA EJECUCIÓN PRESUPUESTARIA», «PRESUPUESTO INSTITUCIONAL», «PROCESOS DE CONTRATACIÓN…») y sus tablas separadas por tabulaciones. De cada sección se leen las filas de datos: metas (planificado, cumplido, % de cumplimiento), líneas presupuestarias (planificado, ejecutado, %), el resumen del presupuesto institucional (codificado, gasto corriente y de inversión, % de ejecución), contratación por tipo de procedimiento, bienes enajenados o donados, recomendaciones de la Contraloría y la deliberación pública. Los montos como «$78.537.516,23» se convierten a centavos exactos.',
  countLabel: 'informes',
  detect,
  parse,
};
