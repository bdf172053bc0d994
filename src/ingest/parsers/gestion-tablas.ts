/**
 * Parser for management reports and POA evaluations of any layout ("informe-gestion-tablas"):
 * Word documents exported to PDF, each with its own tables, read from their text.
 *
 * Tables are found by their header vocabulary, never by a fixed layout:
 * - budget execution: a header naming a planned amount (codificado / asignado / inicial /
 *   reforma) and an executed one (devengado / ejecutado / comprometido), maybe % avance /
 *   % ejecución. Rows carry a partida code: 2 digits = expense group, 4 digits = one of its
 *   sub-items (a hierarchy: groups add up to the TOTALES row, sub-items to their group, nothing
 *   is counted twice). Under a plan heading ("6.1. PLAN DE ...", POA evaluations) the table's
 *   TOTALES row is that plan's line.
 * - indicators: a header naming the indicator, its target (meta / programado / planificado)
 *   and its result (ejecución / ejecutado / alcanzado / cumplido); periodic results
 *   ("2025-enero   75.80 %") become one goal per period.
 *
 * Input: decoded lines, either TAB-separated cells (from a layout-recovery stage) or
 * `pdftotext -layout` text aligned with spaces; `cells.ts` splits both.
 *
 * Quirks of real documents handled here: page headers and footers repeated on every page
 * (dropped: a line that repeats on 3+ pages is page furniture), cells wrapped over several
 * lines with other columns' text in between, words cut inside a cell ("COMPLEMENTARIA" + "S"),
 * tables continuing on the next page with shifted columns, es-EC and US numbers in one
 * document, TOTALES rows whose numbers are separated by single spaces, column offsets that
 * differ between pdftotext and PDF.js (a period cell is never a meta; a figure as near the meta
 * column as the ejecución column is not attributed, only flagged), a table header right under
 * the last line of a paragraph (a PDF's text drops the page footer that stood between them:
 * the paragraph's lines are set alike, a header's lines are aligned with its columns).
 */
import type { BudgetLine, BudgetSummary, Goal } from '../../schema/datasets.ts';
import { type Cell, nearestColumn, splitCells } from '../cells.ts';
import {
  centsToUsd, parseDecimalMixed, parseMoneyMixed, parsePercent, percentOf, repairSplitMoney, sumCents,
} from '../../lib/numbers.ts';
import { fold } from '../../lib/text.ts';
import type { Draft, FlagDraft, ParseResult, Parser, SourceText } from '../types.ts';
import { emptyResult, flag, linkDomains, managementReport, statedCompany } from '../types.ts';

/** Lines longer than this are not table layout: skipped. */
const MAX_LINE = 5_000;
/** How many lines a header block may span. */
const HEADER_LINES = 4;
/** Two lines of a header label are aligned (left, right or centre) within this many characters. */
const ALIGNED = 2;
/** How many lines a wrapped cell may continue over. */
const WRAP_LINES = 8;

const TITLE = /^(?:informe de gestion|informe de evaluacion|evaluacion y seguimiento|informe de seguimiento|plan operativo anual)/
const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

type Role = 'initial' | 'reform' | 'planned' | 'executed' | 'balance' | 'pct' | 'indicator' | 'target' | 'result' | 'notes' | 'other'
  /** A figure between two figure columns, as near to one as to the other (never a header's role). */
  | 'ambiguous';

interface Header {
  cells: Cell[];
  roles: Role[];
  line: number;
  /** Number of lines the header spans. */
  span: number;
}

interface Row {
  code: string | null;
  name: string;
  /** Values by role, as read. */
  values: Partial<Record<Role, string>>;
  /** Amounts the layout broke over two lines ("4.783.023,2" + "9,"): the rest and its line. */
  splits: Partial<Record<Role, { tail: string; line: number }>>;
  line: number;
}

interface Table {
  header: Header;
  /** The nearest numbered heading before the table (plan name in POA evaluations). */
  heading: string | null;
  headingIsPlan: boolean;
  rows: Row[];
  total: Row | null;
}

// ---------------------------------------------------------------- vocabulary

function roleOf(text: string): Role {
  const f = fold(text);
  if (/saldo/.test(f)) return 'balance';
  if (/%|porcentaje|\bavance\b/.test(f)) return 'pct';
  if (/reforma/.test(f)) return 'reform';
  if (/codificado|asignado/.test(f)) return 'planned';
  if (/\binicial\b/.test(f)) return 'initial';
  if (/devengado|comprometido|presupuesto ejecutado|^ejecutado$/.test(f)) return 'executed';
  if (/indicador/.test(f)) return 'indicator';
  if (/^meta\b|programad|planificad/.test(f)) return 'target';
  if (/^ejecucion$|ejecutado|alcanzado|cumplido|^resultado/.test(f)) return 'result';
  if (/observaci/.test(f)) return 'notes';
  return 'other';
}

const BUDGET_ROLES: readonly Role[] = ['initial', 'reform', 'planned', 'executed', 'balance', 'pct'];

function isBudgetHeader(roles: readonly Role[]): boolean {
  return (roles.includes('planned') || roles.includes('initial')) && roles.includes('executed');
}
function isIndicatorHeader(roles: readonly Role[]): boolean {
  return roles.includes('indicator') && roles.includes('target') && (roles.includes('result') || roles.includes('executed'));
}

/** A cell that is a number (money, percentage, plain number), possibly with a unit. */
const NUMERIC = /^[-$]?\s*(?:USD\s*)?\d[\d.,]*\s*%?$/i;
function isNumeric(text: string): boolean {
  return NUMERIC.test(text.trim());
}

// ---------------------------------------------------------------- page furniture

/**
 * Page headers and footers: lines (digits ignored) repeated on 3+ pages. When the text keeps its
 * page breaks (form feeds, as pdftotext writes them) only lines within 4 lines of a break count,
 * so a word repeated inside tables ("INSTITUCIONAL") is never dropped; without page breaks a
 * line needs 3+ words.
 */
function furnitureLines(lines: readonly string[]): Set<number> {
  const key = (l: string) => l.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
  // Lines within 4 of a page break (one pass, whatever the number of pages).
  const near = new Uint8Array(lines.length);
  let pages = 0;
  lines.forEach((l, i) => {
    if (!l.includes('\f')) return;
    pages++;
    for (let k = Math.max(0, i - 4); k <= Math.min(lines.length - 1, i + 4); k++) near[k] = 1;
  });
  const nearBreak = (i: number) => near[i] === 1;
  const eligible = (i: number) => {
    const l = lines[i]!;
    if (l.length > MAX_LINE) return false;
    const k = key(l);
    // Amounts and percentages are table rows, never page furniture (rows 5101 and 7101 differ by digits only).
    if (k.length < 12 || !/[a-z]{3}/i.test(k) || /[$%]|\d[.,]\d/.test(l)) return false;
    return pages ? nearBreak(i) : k.split(' ').length >= 3;
  };
  const counts = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) if (eligible(i)) counts.set(key(lines[i]!), (counts.get(key(lines[i]!)) ?? 0) + 1);
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) if (eligible(i) && (counts.get(key(lines[i]!)) ?? 0) >= 3) out.add(i);
  return out;
}

// ---------------------------------------------------------------- headings

const HEADING = /^(\d+(?:\.\d+)*)\.\s+([A-ZÁÉÍÓÚÑÜ“"][^a-záéíóúñ]*)$/;

/** "6.1. PLAN DE ..." (indent ≤ 8) → its text, else null. TOC lines (dot leaders) are not headings. */
function headingText(line: string): string | null {
  if (/\.{5,}/.test(line)) return null;
  const indent = line.length - line.trimStart().length;
  if (indent > 8) return null;
  const m = HEADING.exec(line.replace(/\f/g, '').trim());
  return m ? m[2]!.replace(/\s+/g, ' ').trim() : null;
}

function isPlanHeading(text: string): boolean {
  return /^(?:plan|programa|proyecto)\b/.test(fold(text));
}

// ---------------------------------------------------------------- header blocks

/** Merges up to HEADER_LINES lines of header cells: cells that overlap stack into one. */
function mergeHeader(lines: readonly Cell[][]): Cell[] {
  const merged: Cell[] = [];
  for (const cells of lines) {
    for (const c of cells) {
      const hit = merged.find((m) => (c.tabbed ? m.start === c.start : m.start < c.end + 1 && c.start < m.end + 1));
      if (hit) {
        hit.text = `${hit.text} ${c.text}`;
        hit.start = Math.min(hit.start, c.start);
        hit.end = Math.max(hit.end, c.end);
      } else {
        merged.push({ ...c });
      }
    }
  }
  return merged.sort((a, b) => a.start - b.start);
}

/** A header block starting at line i (a run of text-only lines), or null. */
function readHeader(lines: readonly string[], i: number, furniture: Set<number>): Header | null {
  const block: Cell[][] = [];
  // Lines of two header labels, or of a paragraph, are set alike: same left, right or centre.
  const aligned = (a: Cell, b: Cell) => (a.tabbed ? a.start === b.start
    : Math.abs(a.start - b.start) <= ALIGNED || Math.abs(a.end - b.end) <= ALIGNED || Math.abs(a.start + a.end - b.start - b.end) <= 2 * ALIGNED);
  // Lines above the header that name no column ("Período 2025", a paragraph) are not part of it,
  // and do not count among its HEADER_LINES lines (at most HEADER_LINES of them; one line more is
  // read for a top line found below not to be part of it). Nor is a one-cell line set like the
  // one-cell line above it: it ends that text ("creadas mediante" / "reformas internas." above the
  // table, in a PDF's text, where no page footer comes between them).
  let skip = 0;
  let j = i;
  while (j < lines.length && block.length - skip <= HEADER_LINES) {
    const line = lines[j]!;
    if (furniture.has(j) || line.length > MAX_LINE) break;
    const cells = splitCells(line);
    if (!cells.length || cells.some((c) => isNumeric(c.text)) || headingText(line) !== null) break;
    block.push(cells);
    const above = block.length - 1 === skip && skip > 0 ? block[skip - 1]! : null;
    const endsText = !!above && above.length === 1 && cells.length === 1 && aligned(above[0]!, cells[0]!);
    if (block.length - 1 === skip && (endsText || cells.every((c) => roleOf(c.text) === 'other'))) {
      if (++skip > HEADER_LINES) return null;
    }
    j++;
  }
  if (skip === block.length) return null;
  // The lines of a header's labels are aligned with each other: a top line none of whose cells is
  // aligned with a cell of the lines below is not part of it either.
  while (block.length - skip > 1 && block[skip]!.every((c) => block.slice(skip + 1, skip + HEADER_LINES).every((l) => !l.some((d) => aligned(c, d))))) skip++;
  // Try the longest block first, then shorter ones.
  for (let n = Math.min(HEADER_LINES, block.length - skip); n >= 1; n--) {
    const cells = mergeHeader(block.slice(skip, skip + n));
    if (cells.length < 3) continue;
    const roles = cells.map((c) => roleOf(c.text));
    if (isBudgetHeader(roles) || isIndicatorHeader(roles)) return { cells, roles, line: i + 1 + skip, span: skip + n };
  }
  return null;
}

// ---------------------------------------------------------------- detect

export const gestionTablasParser: Parser = {
  format: 'informe-gestion-tablas',
  label: 'Informe de gestión o evaluación del POA (tablas)',
  description:
    'Informes de gestión y evaluaciones del POA de cualquier diseño (documentos de Word exportados a PDF, leídos como texto con sus columnas alineadas o separadas por tabulaciones). Sus tablas se reconocen por el vocabulario de sus encabezados: codificado, asignado o inicial frente a devengado o ejecutado y % de avance; indicador, meta y ejecución. En la tabla de ejecución presupuestaria, los grupos de gasto (partida de 2 dígitos) son las líneas publicadas y sus ítems (4 dígitos) solo se usan para comprobar que suman el grupo, de modo que nada se cuenta dos veces; los grupos se comprueban contra la fila TOTALES. En una evaluación del POA, cada plan aporta su codificado, devengado y % desde su fila TOTALES. Los números pueden venir en formato ecuatoriano («$588.065,93») o estadounidense («3,706,504.22») en el mismo documento: los ambiguos se marcan y un monto partido en dos líneas solo se une cuando un total lo confirma.',
  countLabel: 'informes',
  reads: 'layout',

  detect(src: SourceText): boolean {
    let nonEmpty = 0;
    let titled = false;
    for (let i = 0; i < src.lines.length && nonEmpty < 40 && !titled; i++) {
      const line = src.lines[i]!;
      if (!line.trim() || line.length > MAX_LINE) continue;
      nonEmpty++;
      titled = TITLE.test(fold(line));
    }
    if (!titled) return false;
    const furniture = new Set<number>();
    for (let i = 0; i < src.lines.length; i++) {
      const line = src.lines[i]!;
      if (line.length > MAX_LINE || !/codificado|devengado|ejecutado|indicador|meta/i.test(line)) continue;
      // The header's first line may be the one above.
      for (const k of [i - 1, i]) if (k >= 0 && readHeader(src.lines, k, furniture)) return true;
    }
    return false;
  },

  parse(src: SourceText): ParseResult {
    const cover = readCover(src);
    const report = managementReport(cover);
    const result = emptyResult(report, {
      name: cover.name, parent: cover.parent, domains: cover.domains, other: cover.other,
    });
    result.flags.push(...cover.flags);

    const furniture = furnitureLines(src.lines);
    const { tables, indicators } = readTables(src, furniture, result.flags);
    addBudget(src, tables, result);
    addGoals(src, indicators, result);

    const global = statedGlobalPct(src);
    if (report.budget_pct_reported === null && global) {
      report.budget_pct_reported = global.value;
      const summary = result.budget_summaries[0];
      if (summary && summary.pct_reported === null) summary.pct_reported = global.value;
    }
    if (result.budget_lines.length === 0 && result.goals.length === 0) {
      report.complete = false;
      result.flags.push(flag(src, 'warning', 'fragment', 'Informe sin tablas de presupuesto ni de indicadores reconocibles', null, null));
    }
    return result;
  },
};

// ---------------------------------------------------------------- cover

interface Cover {
  title: string | null;
  name: string | null;
  parent: string | null;
  year: number | null;
  date: string | null;
  domains: string[];
  other: string[];
  flags: FlagDraft[];
}

const INSTITUTION_START = /^(?:empresa|gobierno|ministerio|secretaria|instituto|consejo|agencia|servicio|direccion|municipio|gad\b|cuerpo|superintendencia|corporacion|banco|universidad|junta|prefectura)/;
const DATE = /(\d{1,2})\s+de\s+([a-z]+)\s+(?:de|del)\s+((?:19|20)\d{2})/;

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function readCover(src: SourceText): Cover {
  const c: Cover = { title: null, name: null, parent: null, year: null, date: null, domains: [], other: [], flags: [] };
  const lines = src.lines;
  const head = Math.min(lines.length, 80);
  let i = 0;
  while (i < head && !lines[i]!.trim()) i++;
  // The first block of lines: the title, then the institution when the cover names it.
  const title: string[] = [];
  const name: string[] = [];
  for (let j = i; j < head && lines[j]!.trim() && title.length + name.length < 8; j++) {
    if (lines[j]!.length > MAX_LINE) break;
    const text = collapse(lines[j]!);
    if (text.length > 200) break;
    if (name.length || (title.length && INSTITUTION_START.test(fold(text)))) name.push(text);
    else title.push(text);
  }
  if (title.length) c.title = title.join(' ');
  if (name.length) c.name = name.join(' ');
  const early = lines.slice(0, Math.min(lines.length, 400)).filter((l) => l.length <= MAX_LINE).map(collapse).join(' ');
  if (c.name === null) c.name = statedCompany(lines)?.name ?? null;
  const acronym = /[“"]([A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ0-9 .-]{1,38})[”"]/.exec(c.name ?? '');
  if (acronym) c.other.push(acronym[1]!.trim());
  // Parent: a GAD named in the page footers.
  for (const l of lines.slice(0, 3000)) {
    if (l.length > MAX_LINE) continue;
    if (/^gobierno autonomo descentralizado\b/.test(fold(l))) {
      c.parent = collapse(l);
      break;
    }
  }
  const hosts = [...early.matchAll(/\bwww\.([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi)].map((m) => m[1]!.toLowerCase());
  c.domains = [...new Set([...linkDomains(src.text.slice(0, 2_000_000)), ...hosts])];

  // Period: "Período 2025", "POA 2025", "ejercicio fiscal 2025", else the title's year.
  for (let j = 0; j < head && c.year === null; j++) {
    if (lines[j]!.length > MAX_LINE) continue;
    const m = /\b(?:periodo|poa|ano|ejercicio fiscal|gestion)\s+((?:19|20)\d{2})\b/.exec(fold(lines[j]!));
    if (m) c.year = Number(m[1]);
  }
  if (c.year === null && c.title) {
    const m = /\b((?:19|20)\d{2})\b/.exec(c.title);
    if (m) c.year = Number(m[1]);
  }
  if (c.year === null) c.flags.push(flag(src, 'error', 'fragment', 'No se encontró el periodo del informe', null, null));

  // Delivery date: "Fecha de entrega del informe: Jueves 5 de febrero del 2026" (may wrap).
  for (let j = 0; j < head && c.date === null; j++) {
    if (lines[j]!.length > MAX_LINE || !/fecha/.test(fold(lines[j]!))) continue;
    const near = fold(lines.slice(Math.max(0, j - 1), j + 3).filter((l) => l.length <= MAX_LINE).join(' '));
    const m = DATE.exec(near);
    const month = m ? MONTHS.indexOf(m[2]!) + 1 : 0;
    if (m && month > 0) c.date = `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  }
  return c;
}

// ---------------------------------------------------------------- tables

interface IndicatorRecord {
  plan: string[];
  indicator: string[];
  target: string[];
  /** Periodic results, or one result with period null. */
  results: { period: string | null; text: string; line: number }[];
  /** Figures as near to the meta column as to the ejecución column: not read, flagged. */
  ambiguous: { text: string; line: number }[];
  line: number;
}

interface Scan {
  tables: Table[];
  indicators: IndicatorRecord[];
}

function readTables(src: SourceText, furniture: Set<number>, flags: FlagDraft[]): Scan {
  const lines = src.lines;
  const tables: Table[] = [];
  const indicators: IndicatorRecord[] = [];
  let heading: string | null = null;
  let headingLine = -1;
  let table: Table | null = null;
  let indicatorHeader: Header | null = null;
  let record: IndicatorRecord | null = null;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > MAX_LINE || furniture.has(i) || !line.trim()) continue;
    const h = headingText(line);
    if (h !== null) {
      heading = h;
      headingLine = i;
      table = null;
      indicatorHeader = null;
      record = null;
      continue;
    }
    // A wrapped plan heading: "6.1. PLAN DE ... VERDES" + "PÚBLICAS".
    if (i === headingLine + 1 && heading && isPlanHeading(heading) && !/[a-záéíóúñ]/.test(line) && collapse(line).length < 60 && !table) {
      heading = `${heading} ${collapse(line)}`.replace(/\.$/, "");
      continue;
    }
    const header = /[a-z]/i.test(line) ? readHeader(lines, i, furniture) : null;
    if (header) {
      if (isBudgetHeader(header.roles)) {
        // The same header again (next page) continues the table.
        if (!table) {
          table = { header, heading, headingIsPlan: heading !== null && isPlanHeading(heading), rows: [], total: null };
          tables.push(table);
        } else {
          table.header = header;
        }
        indicatorHeader = null;
        record = null;
      } else {
        indicatorHeader = header;
        table = null;
      }
      i += header.span - 1;
      continue;
    }
    if (table) {
      const closed = readBudgetLine(src, table, i, flags);
      if (closed) table = null;
    } else if (indicatorHeader) {
      record = readIndicatorLine(indicatorHeader, line, i + 1, record, indicators);
    }
  }
  return { tables, indicators };
}

const CODE = /^\d{2}(?:\d{2})?$/;

/** Numeric tokens of cells (single-space separated numbers are split). */
function numericTokens(cells: readonly Cell[]): string[] {
  const out: string[] = [];
  for (const c of cells) {
    // "89,96 %" stays one token; "1398942,00 482357,59" are two.
    for (const t of c.text.replace(/(\d)\s+%/g, '$1%').split(/\s+/)) {
      if (isNumeric(t)) out.push(t);
      else return out;
    }
  }
  return out;
}

/** Maps a row's numeric tokens onto the header's numeric columns, in order. */
function mapValues(header: Header, tokens: string[]): Partial<Record<Role, string>> | null {
  const columns = header.roles.filter((r) => BUDGET_ROLES.includes(r));
  const values: Partial<Record<Role, string>> = {};
  // Numbers beyond the table's columns belong to a notes column ("71,5 %" in prose).
  if (tokens.length > columns.length) tokens = tokens.slice(0, columns.length);
  if (tokens.length === columns.length) {
    columns.forEach((r, k) => { values[r] = tokens[k]!; });
    return values;
  }
  // A missing %: the money columns in order.
  const money = tokens.filter((t) => !t.endsWith('%'));
  const pct = tokens.filter((t) => t.endsWith('%'));
  const moneyColumns = columns.filter((r) => r !== 'pct');
  if (money.length !== moneyColumns.length || pct.length > 1) return null;
  moneyColumns.forEach((r, k) => { values[r] = money[k]!; });
  if (pct.length) values.pct = pct[0]!;
  return values;
}

/** Reads one line inside a budget table; true when the table ends (its TOTALES row). */
function readBudgetLine(src: SourceText, table: Table, i: number, flags: FlagDraft[]): boolean {
  const lines = src.lines;
  const cells = splitCells(lines[i]!);
  const totalAt = cells.findIndex((c) => /^totale?s?\b/.test(fold(c.text)));
  if (totalAt >= 0) {
    const after = [{ ...cells[totalAt]!, text: cells[totalAt]!.text.replace(/^\S+\s*/, '') }, ...cells.slice(totalAt + 1)]
      .filter((c) => c.text);
    const tokens = numericTokens(after);
    if (tokens.length >= 2) {
      const values = mapValues(table.header, tokens);
      if (values) {
        table.total = { code: null, name: 'TOTALES', values, splits: splitTails(lines, i, values), line: i + 1 };
      } else {
        flags.push(flag(src, 'warning', 'value_suspicious', 'fila de totales con columnas que no cuadran con el encabezado', tokens.join(' '), i + 1, { dataset: 'budget_summaries' }));
      }
      return true;
    }
  }
  const codeAt = cells.findIndex((c, k) => CODE.test(c.text) && k + 1 < cells.length && /[A-ZÁÉÍÓÚÑ]{2}/i.test(cells[k + 1]!.text) && !isNumeric(cells[k + 1]!.text));
  if (codeAt < 0) return false;
  const nameCell = cells[codeAt + 1]!;
  const tokens = numericTokens(cells.slice(codeAt + 2));
  if (tokens.length < 2) {
    // A partida row whose amounts cannot be read ("$1.09x.544,49"): flagged, never guessed.
    if (cells.slice(codeAt + 2).some((c) => /\d[\d.,]*,\d{2}\b|\d%/.test(c.text))) {
      flags.push(flag(src, 'warning', 'value_suspicious', 'fila de partida con montos no legibles', collapse(lines[i]!), i + 1, { dataset: 'budget_lines' }));
    }
    return false;
  }
  const values = mapValues(table.header, tokens);
  if (!values) {
    flags.push(flag(src, 'warning', 'value_suspicious', 'fila con columnas que no cuadran con el encabezado', collapse(lines[i]!), i + 1, { dataset: 'budget_lines' }));
    return false;
  }
  table.rows.push({
    code: cells[codeAt]!.text, name: wrappedName(lines, i, nameCell), values, splits: splitTails(lines, i, values), line: i + 1,
  });
  return false;
}

/**
 * Amounts cut by the cell's width: an amount with one decimal digit ("4.783.023,2") whose
 * digits go on in the same column on the next non-empty line ("9,").
 */
function splitTails(lines: readonly string[], i: number, values: Partial<Record<Role, string>>): Row['splits'] {
  const splits: Row['splits'] = {};
  const line = lines[i]!;
  for (const [role, text] of Object.entries(values) as [Role, string][]) {
    if (role === 'pct' || !/\d[.,]\d$/.test(text)) continue;
    let j = i + 1;
    while (j < lines.length && j <= i + 2 && !lines[j]!.trim()) j++;
    if (j >= lines.length || lines[j]!.length > MAX_LINE) continue;
    const tabbed = line.includes('\t');
    const at = tabbed ? splitCells(line).find((c) => c.text.includes(text))?.start ?? -1 : line.indexOf(text);
    if (at < 0) continue;
    const tail = splitCells(lines[j]!).find((c) => /^\d{1,2}[.,]?$/.test(c.text)
      && (tabbed ? c.start === at : c.start >= at - 2 && c.start <= at + text.length + 2));
    if (tail) splits[role] = { tail: tail.text, line: j + 1 };
  }
  return splits;
}

/**
 * The name cell plus its continuation on the following lines: cells starting under it
 * (other columns' text in between is skipped) until the next row with numbers.
 */
function wrappedName(lines: readonly string[], i: number, nameCell: Cell): string {
  const tolerance = nameCell.tabbed ? 0 : 2;
  let name = nameCell.text;
  for (let j = i + 1; j < lines.length && j <= i + WRAP_LINES; j++) {
    const cells = splitCells(lines[j]!);
    if (cells.some((c) => /\d[\d.,]*,\d{2}\b|%$/.test(c.text) && isNumeric(c.text))) break;
    if (cells.some((c) => /^totale?s?\b/.test(fold(c.text)))) break;
    const part = cells.find((c) => Math.abs(c.start - nameCell.start) <= tolerance && !isNumeric(c.text));
    if (!part) continue;
    // A word cut at the cell's edge ("COMPLEMENTARIA" + "S") is glued back.
    name = /^\p{Lu}{1,2}$/u.test(part.text) && /\p{Lu}$/u.test(name) ? name + part.text : `${name} ${part.text}`;
  }
  return collapse(name);
}

// ---------------------------------------------------------------- indicators

/** Characters within which a figure is as near to the meta column as to the ejecución column. */
const AMBIGUOUS_COLUMNS = 2;
/** A unit written under a target ("Kg/Año", "%"). */
const UNIT = /^(?:%|\p{L}+\/\p{L}+)$/u;
const PERIOD = /^((?:19|20)\d{2})-([a-záéíóú]+)$/i;

/** "2025-enero", "2025-semestre 1": a reporting period, not a figure. */
function isPeriod(text: string): boolean {
  const period = PERIOD.exec(fold(text));
  return period !== null && (MONTHS.includes(period[2]!) || /^(?:semestre|trimestre|anual)/.test(period[2]!));
}

function readIndicatorLine(
  header: Header, line: string, lineNo: number, record: IndicatorRecord | null, out: IndicatorRecord[],
): IndicatorRecord | null {
  // "2025-enero 75.80 %" in one cell (TAB input): the period and its value.
  const cells = splitCells(line).flatMap((c) => {
    const m = /^((?:19|20)\d{2}-[A-Za-záéíóú]+)\s+(\d.*)$/.exec(c.text);
    return m ? [{ ...c, text: m[1]! }, { ...c, text: m[2]! }] : [c];
  });
  // In TAB input a bare number belongs to a figure column (meta / ejecución / %), whichever is
  // nearest: a table whose rows have more cells than its header (period and value apart) still maps.
  const figureAt = header.roles.flatMap((r, k) => (['target', 'result', 'executed', 'pct'].includes(r) ? [k] : []));
  const figureCells = figureAt.map((k) => header.cells[k]!);
  const role = (c: Cell): Role => {
    const nearest = header.roles[nearestColumn(c, header.cells)] ?? 'other';
    // Space-aligned text keeps true positions ("47,460.07 kg" in the notes stays a note); TAB
    // cells are indexes, which shift when rows have more cells than the header.
    if (c.tabbed && figureCells.length && isNumeric(c.text.split(' ')[0]!)) {
      return header.roles[figureAt[nearestColumn(c, figureCells)]!]!;
    }
    // A figure about as far from the meta column as from the ejecución column cannot be told
    // apart by position: better no value than a value under the wrong heading.
    if (!c.tabbed && (nearest === 'target' || nearest === 'result' || nearest === 'executed') && isNumeric(c.text)) {
      const centre = (x: Cell) => (x.start + x.end) / 2;
      const distance = (r: Role) => {
        const k = header.roles.indexOf(r);
        return k < 0 ? Infinity : Math.abs(centre(header.cells[k]!) - centre(c));
      };
      const toResult = Math.min(distance('result'), distance('executed'));
      if (Math.abs(distance('target') - toResult) <= AMBIGUOUS_COLUMNS) return 'ambiguous';
    }
    return nearest;
  };
  const startsRecord = cells.some((c) => role(c) === 'indicator' && /^nombre\b/.test(fold(c.text)));
  // Without "Nombre del indicador" labels, a second target (meta) starts the next indicator. A
  // period ("2025-junio") is never a target, wherever its column offsets put it.
  const secondTarget = record !== null && record.target.some((t) => /^\d/.test(t))
    && cells.some((c) => role(c) === 'target' && /^\d/.test(c.text) && !isPeriod(c.text));
  let rec = record;
  if (!rec || secondTarget || (startsRecord && rec.indicator.some((t) => /^nombre\b/.test(fold(t))))) {
    rec = { plan: [], indicator: [], target: [], results: [], ambiguous: [], line: lineNo };
    out.push(rec);
  }
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k]!;
    if (isPeriod(c.text)) {
      const value = cells[k + 1];
      rec.results.push({ period: c.text, text: value && !PERIOD.test(fold(value.text)) ? value.text : '', line: lineNo });
      if (value && !PERIOD.test(fold(value.text))) k++;
      continue;
    }
    const r = role(c);
    if (r === 'ambiguous') {
      rec.ambiguous.push({ text: c.text, line: lineNo });
      continue;
    }
    if (r === 'other' || (r === 'indicator' && !rec.plan.length && /^[A-Z]{2,6}-\d/.test(c.text))) {
      // Left of the indicator column: the plan / project.
      if (c.start < (header.cells[header.roles.indexOf('indicator')]?.start ?? 0)) rec.plan.push(c.text);
      continue;
    }
    if (r === 'target' && (/^\d/.test(c.text) || UNIT.test(c.text))) rec.target.push(c.text);
    // Justified text spreads the indicator's words towards the next column.
    else if (r === 'indicator' || r === 'target') rec.indicator.push(c.text);
    else if ((r === 'result' || r === 'executed') && isNumeric(c.text.split(' ')[0]!)) rec.results.push({ period: null, text: c.text, line: lineNo });
  }
  return rec;
}

/** "75%" / "47460.07 Kg/Año" / "17" → number and unit. */
function readValue(text: string): { value: number | null; unit: string | null; ok: boolean } {
  const t = collapse(text);
  const pct = /^(-?\d[\d.,]*)\s*%$/.exec(t);
  if (pct) {
    const r = parsePercent(t);
    return { value: r.value, unit: '%', ok: r.issue === null };
  }
  const m = /^(-?\d[\d.,]*)(?:\s+(\S.*))?$/.exec(t);
  if (!m) return { value: null, unit: null, ok: false };
  // es-EC or US ("47460.07", "1,234.5"); "47.460" could be either: not read, flagged by the caller.
  const r = parseDecimalMixed(m[1]!);
  return { value: r.value, unit: m[2] ?? null, ok: r.issue === null };
}

function addGoals(src: SourceText, records: readonly IndicatorRecord[], result: ParseResult): void {
  for (const rec of records) {
    for (const a of rec.ambiguous) {
      result.flags.push(flag(src, 'warning', 'value_suspicious', 'cifra a igual distancia de las columnas meta y ejecución, no se atribuye', a.text, a.line, { dataset: 'goals' }));
    }
    if (!rec.indicator.length && !rec.target.length) continue;
    const text = collapse(rec.indicator.join(' '));
    const name = collapse(text.replace(/^nombre\s+del\s+indicador\s*:?/i, '').replace(/frecuencia\s+de\s+medici[oó]n\s*:?.*$/i, ''));
    const target = readValue(rec.target.join(' '));
    const plan = rec.plan.length ? collapse(rec.plan.join(' ')) : null;
    const results = rec.results.length ? rec.results : [{ period: null, text: '', line: rec.line }];
    for (const res of results) {
      const achieved = res.text ? readValue(res.text) : { value: null, unit: null, ok: false };
      const unit = target.unit ?? achieved.unit;
      const goal: Draft<Goal> = {
        unit: plan, unit_number: null, objective: null,
        goal_number: res.period, goal: null, indicator: name || null,
        planned: target.ok ? target.value : null,
        achieved: achieved.ok ? achieved.value : null,
        value_unit: unit,
        value_text: target.ok && (achieved.ok || !res.text) ? null : collapse(`${rec.target.join(' ')} / ${res.text}`),
        pct_reported: null,
        pct_computed: target.ok && achieved.ok ? percentOf(achieved.value, target.value) : null,
        plan_objective: null,
        source_line: res.line,
      };
      // Once per indicator, on its first row.
      if (!target.ok && res === results[0]) {
        result.flags.push(flag(src, 'warning', 'value_missing', 'indicador sin meta legible', rec.target.join(' ') || name, res.line, { dataset: 'goals', field: 'planned' }));
      }
      if (res.text && !achieved.ok) result.flags.push(flag(src, 'warning', 'value_suspicious', 'ejecución no legible', res.text, res.line, { dataset: 'goals', field: 'achieved' }));
      result.goals.push(goal);
    }
  }
}

// ---------------------------------------------------------------- budget

function money(src: SourceText, text: string | undefined, line: number, field: string, dataset: string, flags: FlagDraft[]): number | null {
  if (text === undefined) return null;
  const r = parseMoneyMixed(text);
  if (r.issue === null) return r.value;
  if (r.issue === 'ambiguous') flags.push(flag(src, 'warning', 'value_suspicious', 'monto ambiguo (¿formato es-EC o US?)', text, line, { dataset, field }));
  else if (r.issue !== 'missing') flags.push(flag(src, 'warning', 'value_suspicious', 'monto no legible', text, line, { dataset, field }));
  return null;
}
function pct(src: SourceText, text: string | undefined, line: number, dataset: string, flags: FlagDraft[]): number | null {
  if (text === undefined) return null;
  const r = parsePercent(text);
  if (r.issue === null) return r.value;
  if (r.issue !== 'missing') flags.push(flag(src, 'warning', 'value_suspicious', 'porcentaje no legible', text, line, { dataset, field: 'pct_reported' }));
  return null;
}

function fmtUsd(cents: number): string {
  return `USD ${centsToUsd(cents).toLocaleString('es-EC', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

function mismatch(src: SourceText, what: string, stated: number | null, sum: number | null, line: number, dataset: string, field: string): FlagDraft | null {
  if (stated === null || sum === null || stated === sum) return null;
  return flag(src, 'warning', 'total_mismatch', `${what} (${fmtUsd(stated)}) no coincide con la suma de sus líneas (${fmtUsd(sum)})`, null, line, { dataset, field });
}

function addBudget(src: SourceText, tables: readonly Table[], result: ParseResult): void {
  const flags = result.flags;
  const planTables = tables.filter((t) => t.headingIsPlan);
  const institutional = tables.filter((t) => !t.headingIsPlan && t.rows.length > 0);

  // POA evaluations: one line per plan, from its table's TOTALES row.
  const planLines: Draft<BudgetLine>[] = [];
  for (const t of planTables) {
    if (!t.total) {
      flags.push(flag(src, 'warning', 'value_missing', 'tabla del plan sin fila de totales', t.heading, t.header.line, { dataset: 'budget_lines' }));
      continue;
    }
    const v = t.total.values;
    const line = t.total.line;
    const planned = amount(src, t.total, 'planned', 'budget_lines', flags);
    const executed = amount(src, t.total, 'executed', 'budget_lines', flags);
    const initial = money(src, v.initial, line, 'initial', 'budget_lines', flags);
    const reform = money(src, v.reform, line, 'reform', 'budget_lines', flags);
    const balance = money(src, v.balance, line, 'balance', 'budget_lines', flags);
    if (initial !== null && reform !== null && planned !== null && initial + reform !== planned) {
      flags.push(flag(src, 'warning', 'total_mismatch', `codificado (${fmtUsd(planned)}) distinto de inicial + reforma (${fmtUsd(initial + reform)})`, null, line, { dataset: 'budget_lines', field: 'planned' }));
    }
    if (balance !== null && planned !== null && executed !== null && planned - executed !== balance) {
      flags.push(flag(src, 'warning', 'total_mismatch', `saldo (${fmtUsd(balance)}) distinto de codificado − devengado (${fmtUsd(planned - executed)})`, null, line, { dataset: 'budget_lines', field: 'executed' }));
    }
    planLines.push({
      line_type: 'Plan', category: t.heading!, planned: planned === null ? null : centsToUsd(planned),
      executed: executed === null ? null : centsToUsd(executed), pct_reported: pct(src, v.pct, line, 'budget_lines', flags),
      pct_computed: percentOf(executed, planned),
      source_line: line,
    });
  }

  if (institutional.length) {
    const [t, ...others] = institutional;
    for (const o of others) {
      flags.push(flag(src, 'info', 'section_unrecognized', 'otra tabla presupuestaria (anexo) no leída', o.heading ?? collapse(src.lines[o.header.line - 1]!), o.header.line, { dataset: 'budget_lines' }));
    }
    addInstitutionalTable(src, t!, result);
  } else if (planLines.length) {
    const planned = sumCents(planLines.map((l) => (l.planned === null ? null : Math.round(l.planned * 100))));
    const executed = sumCents(planLines.map((l) => (l.executed === null ? null : Math.round(l.executed * 100))));
    const complete = planLines.every((l) => l.planned !== null && l.executed !== null);
    result.budget_summaries.push({
      planned: complete && planned !== null ? centsToUsd(planned) : null,
      executed: complete && executed !== null ? centsToUsd(executed) : null,
      current_planned: null, current_executed: null, investment_planned: null, investment_executed: null,
      pct_reported: null,
      pct_computed: complete ? percentOf(executed, planned) : null,
      basis: 'sum_of_lines',
      source_line: planLines[0]!.source_line,
    });
  }
  result.budget_lines.push(...planLines);
}

/**
 * An amount of a row; one the layout split over two lines is kept only when `confirming` (the
 * sum of the lines under it) equals the joined reading, else it is null and flagged.
 */
function amount(src: SourceText, row: Row, role: 'planned' | 'executed', dataset: string, flags: FlagDraft[], confirming: readonly (number | null)[] = []): number | null {
  const key: Role = role === 'planned' && row.values.planned === undefined ? 'initial' : role;
  const text = row.values[key];
  const split = row.splits[key];
  if (text === undefined || !split) return money(src, text, row.line, role, dataset, flags);
  const r = repairSplitMoney(text, split.tail, confirming.filter((c): c is number => c !== null));
  if (r.value !== null) {
    flags.push(flag(src, 'info', 'number_repaired', `monto partido en dos líneas (${split.line}), confirmado por la suma de sus líneas`, r.raw, row.line, { dataset, field: role }));
  } else {
    flags.push(flag(src, 'warning', 'value_suspicious', `monto partido en dos líneas (${split.line}) que ningún total confirma`, r.raw, row.line, { dataset, field: role }));
  }
  return r.value;
}

/** Expense groups (2-digit partida) and their sub-items (4-digit), checked against TOTALES. */
function addInstitutionalTable(src: SourceText, t: Table, result: ParseResult): void {
  const flags = result.flags;
  interface Read { row: Row; planned: number | null; executed: number | null; pct: number | null }
  const readRow = (row: Row, confirm: (role: 'planned' | 'executed') => (number | null)[]): Read => ({
    row,
    planned: amount(src, row, 'planned', 'budget_lines', flags, confirm('planned')),
    executed: amount(src, row, 'executed', 'budget_lines', flags, confirm('executed')),
    pct: pct(src, row.values.pct, row.line, 'budget_lines', flags),
  });
  const isItem = (row: Row) => row.code!.length === 4;
  const itemReads = new Map(t.rows.filter(isItem).map((row) => [row, readRow(row, () => [])]));
  const itemsOf = (code: string) => [...itemReads.values()].filter((r) => r.row.code!.startsWith(code));
  const read: Read[] = t.rows.map((row) => itemReads.get(row) ?? readRow(row, (role) => {
    const items = itemsOf(row.code!);
    return items.length ? [sumCents(items.map((r) => r[role]))] : [];
  }));
  const groups = read.filter((r) => r.row.code!.length === 2);
  for (const g of groups) {
    const items = read.filter((r) => r.row.code!.length === 4 && r.row.code!.startsWith(g.row.code!));
    if (!items.length) continue;
    for (const [field, stated, sum] of [
      ['planned', g.planned, sumCents(items.map((r) => r.planned))],
      ['executed', g.executed, sumCents(items.map((r) => r.executed))],
    ] as const) {
      const f = mismatch(src, `el grupo ${g.row.code} ${field === 'planned' ? 'codificado' : 'ejecutado'}`, stated, sum, g.row.line, 'budget_lines', field);
      if (f) flags.push(f);
    }
  }
  for (const r of read) {
    const orphan = r.row.code!.length === 4 && !groups.some((g) => r.row.code!.startsWith(g.row.code!));
    if (orphan) {
      flags.push(flag(src, 'info', 'value_suspicious', 'ítem sin su grupo de gasto en la tabla', r.row.code, r.row.line, { dataset: 'budget_lines' }));
    }
    // Sub-items are checked against their group above and not published as lines: the site adds
    // up a report's lines, and a group with its items would count every dollar twice.
    if (r.row.code!.length === 4 && !orphan) continue;
    result.budget_lines.push({
      line_type: r.row.code!.length === 2 ? 'Grupo de gasto' : 'Ítem presupuestario',
      category: `${r.row.code} ${r.row.name}`,
      planned: r.planned === null ? null : centsToUsd(r.planned),
      executed: r.executed === null ? null : centsToUsd(r.executed),
      pct_reported: r.pct,
      pct_computed: percentOf(r.executed, r.planned),
      source_line: r.row.line,
    });
  }
  const total = t.total;
  const nested = read.length - groups.length - read.filter((r) => r.row.code!.length === 4 && !groups.some((g) => r.row.code!.startsWith(g.row.code!))).length;
  if (nested > 0) {
    flags.push(flag(src, 'info', 'duplicate_skipped',
      `${nested} ítems presupuestarios (partidas de 4 dígitos) comprobados contra su grupo de gasto; no se publican como líneas para no contar dos veces`,
      null, t.header.line, { dataset: 'budget_lines' }));
  }
  // The top level of the hierarchy: groups, and sub-items whose group row is missing.
  const top = read.filter((r) => r.row.code!.length === 2 || !groups.some((g) => r.row.code!.startsWith(g.row.code!)));
  const groupPlanned = sumCents(top.map((g) => g.planned));
  const groupExecuted = sumCents(top.map((g) => g.executed));
  if (total) {
    const planned = amount(src, total, 'planned', 'budget_summaries', flags, [groupPlanned]);
    const executed = amount(src, total, 'executed', 'budget_summaries', flags, [groupExecuted]);
    const p = pct(src, total.values.pct, total.line, 'budget_summaries', flags);
    for (const f of [
      mismatch(src, 'TOTALES codificado', planned, groupPlanned, total.line, 'budget_summaries', 'planned'),
      mismatch(src, 'TOTALES ejecutado', executed, groupExecuted, total.line, 'budget_summaries', 'executed'),
    ]) if (f) flags.push(f);
    result.budget_summaries.push(summary(planned, executed, p, 'reported', total.line));
    result.report.budget_pct_reported = p;
  } else {
    flags.push(flag(src, 'warning', 'value_missing', 'tabla presupuestaria sin fila TOTALES: total = suma de grupos', null, t.header.line, { dataset: 'budget_summaries' }));
    result.budget_summaries.push(summary(groupPlanned, groupExecuted, null, 'sum_of_lines', t.header.line));
  }
}

function summary(planned: number | null, executed: number | null, p: number | null, basis: 'reported' | 'sum_of_lines', line: number): Draft<BudgetSummary> {
  return {
    planned: planned === null ? null : centsToUsd(planned),
    executed: executed === null ? null : centsToUsd(executed),
    current_planned: null, current_executed: null, investment_planned: null, investment_executed: null,
    pct_reported: p, pct_computed: percentOf(executed, planned), basis, source_line: line,
  };
}

// ---------------------------------------------------------------- stated global %

/**
 * The overall execution % a report states in prose ("alcanza un 91,75 %", "ejecución global
 * cercana al 68.38 %"): the last such sentence, with its line.
 */
function statedGlobalPct(src: SourceText): { value: number; line: number } | null {
  let found: { value: number; line: number } | null = null;
  const lines = src.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > MAX_LINE || !/%/.test(line)) continue;
    const context = fold(`${lines[i - 2] ?? ''} ${lines[i - 1] ?? ''} ${line}`);
    const m = /(?:ejecucion global|evaluacion final de la ejecucion)[^%]{0,160}?\b(?:alcanza(?:ndo)?|cercana|registr[oa]|asciende|es)\s+(?:a\s+|al\s+|un\s+|de\s+|del\s+)*(\d{1,3}(?:[.,]\d{1,2})?)\s*%/.exec(context);
    if (!m) continue;
    if (!fold(line).includes(m[1]!)) continue;
    const r = parsePercent(`${m[1]}%`);
    if (r.value !== null && r.issue === null) found = { value: r.value, line: i + 1 };
  }
  return found;
}
