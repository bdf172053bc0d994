/**
 * Parser for the «cédula presupuestaria de gastos» ("cedula-presupuestaria"): the budget
 * execution report an accounting system exports per partida («REPORTE DE CÉDULA PRESUPUESTARIA
 * DE GASTOS», «Periodo: Desde: 2025-01-01 hasta: 2025-12-31»), US number format, thirteen figure
 * columns: Inicial, Reforma, Codificado, Monto certificado, Saldo certificación, Comprometido,
 * Comprometido acumulado, Devengado, Devengado acumulado, Pagado, Pagado acumulado, Saldo por
 * comprometer, Saldo por devengar. Rows: program / subprogram / activity / project subtotals (no
 * code), expense groups (4-digit code), partidas (a dotted code whose 6th segment is the item,
 * «2025.07.03.A100.110.510105» + «.000.13.01.000.0.000») and TOTALES.
 *
 * It reads the space-aligned text as displayed (`reads: 'layout'`): `pdftotext -layout`, or the
 * PDF's own text, which has the same shape. The columns are so narrow that each figure wraps
 * over up to three lines («-» / «50,58» / «9.36» = -50,589.36), and the lines of neighbouring
 * rows and columns interleave. So the figures are read by column, not by row:
 * 1. a line's figure fragments are the run of number-like tokens that ends it (nothing but
 *    figures stands right of the description);
 * 2. a row's fragments are dealt into the thirteen columns, each line's left to right, a fragment
 *    only where it continues its column's figure (digits, thousands groups, exactly two decimals)
 *    and near the column's right edge (figures are right-aligned) as far as the text tells it:
 *    the row ends at the first line after which every column holds one whole figure (every cell
 *    prints one, 0.00 when nil). Every dealing that satisfies the row's arithmetic is kept, and a
 *    column takes a value only when they all agree on it;
 * 3. a row's label (code and description) is the text on the lines its figures span, and the
 *    label lines between two rows go to the row above when clearly shorter than the widest (a
 *    description's last line), else to the row they mirror across (descriptions are centred).
 * Nothing here is trusted without the report's own arithmetic: each row must satisfy codificado
 * = inicial + reforma, saldo por comprometer = codificado − comprometido acumulado and saldo por
 * devengar = codificado − devengado acumulado (see `balances`); a row that does not is flagged
 * and published without figures (a figure under the wrong column is worse than none), and a
 * reading that cannot finish a row stops there with an error flag (no total is then made up from
 * the rows read). Then the partidas must add up to their group, the groups to TOTALES. Where a
 * fragment is on the line is read in two ways (`STRATEGIES`: pdftotext's word positions, the PDF
 * path's cell positions); the first that reads every row is kept.
 *
 * Published: one budget line per partida (codificado = planned, devengado acumulado = executed;
 * groups and subtotals are checked, not published: the site adds up a report's lines) and the
 * TOTALES row as the budget summary. The document prints no execution %.
 */
import type { BudgetLine } from '../../schema/datasets.ts';
import { centsToUsd, parseMoneyMixed, percentOf, sumCents, usdText } from '../../lib/numbers.ts';
import { fold, parseMonthYear } from '../../lib/text.ts';
import { documentWords, wordJoin, type DocumentWords } from '../layout/word-join.ts';
import type { Draft, FlagDraft, ParseResult, Parser, SourceText } from '../types.ts';
import { emptyResult, flag } from '../types.ts';

/** The thirteen figure columns, left to right. */
export const COLUMNS = [
  'initial', 'reform', 'coded', 'certified', 'certifiedBalance', 'committed', 'committedAccrued',
  'accrued', 'accruedTotal', 'paid', 'paidTotal', 'toCommit', 'toAccrue',
] as const;
export type Column = (typeof COLUMNS)[number];
const LABELS: Record<Column, string> = {
  initial: 'inicial', reform: 'reforma', coded: 'codificado', certified: 'monto certificado',
  certifiedBalance: 'saldo certificación', committed: 'comprometido', committedAccrued: 'comprometido acumulado',
  accrued: 'devengado', accruedTotal: 'devengado acumulado', paid: 'pagado', paidTotal: 'pagado acumulado',
  toCommit: 'saldo por comprometer', toAccrue: 'saldo por devengar',
};

/** The columns published (planned, executed) and checked against groups and totals. */
const PUBLISHED = ['coded', 'accruedTotal'] as const;

/** How far into the file the title must be. */
const TITLE_LINES = 12;
/** Lines longer than this are not this report's layout. */
const MAX_LINE = 2_000;

/** A token that can be (part of) a figure: digits with , and . separators, or a lone minus. */
const FRAGMENT = /^(?:-|-?[\d,.]*\d[\d,.]*)$/;
/** A whole figure: US thousands groups and exactly two decimals. */
const WHOLE = /^-?\d{1,3}(?:,\d{3})*\.\d{2}$/;
/** What a figure can look like before its last fragment. */
const PREFIX = /^-?(?:\d{1,3}(?:,\d{3})*(?:,\d{0,2})?(?:\.\d?)?)?$/;

interface Token { text: string; start: number; end: number }

export interface CedulaRow {
  /** Code as printed, wrapped parts joined ("2025.07.03.A100.110.510105.000.13.01.000.0.000", "5101"), or null. */
  code: string | null;
  description: string;
  kind: 'total' | 'subtotal' | 'group' | 'partida';
  /** First and last displayed line of the row (1-based). */
  first: number;
  last: number;
  /** The line to cite: the description's. */
  line: number;
  /**
   * Figures in cents, or null when the row cannot be read exactly; a column is null when its
   * fragments admit more than one reading that balances (never for codificado and devengado
   * acumulado: then the whole row is null).
   */
  values: Record<Column, number | null> | null;
}

function tokens(line: string): Token[] {
  const out: Token[] = [];
  for (const m of line.matchAll(/\S+/g)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** The run of figure fragments that ends a line (nothing but figures stands right of them). */
function trailingFragments(toks: readonly Token[]): Token[] {
  let i = toks.length;
  while (i > 0 && FRAGMENT.test(toks[i - 1]!.text)) i--;
  return toks.slice(i);
}

const isTitle = (folded: string) => folded.includes('cedula presupuestaria de gastos');

/** Index of the column header line («Código … Descripción … Inicial»), or -1. */
function headerLine(lines: readonly string[]): number {
  for (let i = 0; i < Math.min(lines.length, 40); i++) {
    const f = fold(lines[i]!.slice(0, MAX_LINE));
    if (/\bcodigo\b/.test(f) && /\bdescripcion\b/.test(f) && /\binicial\b/.test(f)) return i;
  }
  return -1;
}

function detect(src: SourceText): boolean {
  const head = src.lines.slice(0, TITLE_LINES).map((l) => fold(l.slice(0, MAX_LINE)));
  if (!head.some(isTitle)) return false;
  const h = headerLine(src.lines);
  if (h < 0) return false;
  // The header's words wrap; the thirteen figure columns are named within a few lines of it.
  const block = fold(src.lines.slice(Math.max(0, h - 4), h + 5).map((l) => l.slice(0, MAX_LINE)).join(' '));
  return /\bcodific/.test(block) && /\bdeven/.test(block) && /\bpagad/.test(block);
}

/** A token that starts a line at the left margin: the code column. */
const isCodeToken = (t: Token) => t.start <= 2 && /\d/.test(t.text) && /^[.0-9A-Z]+$/.test(t.text);

/** Most solutions a row's search may find before the row is declared ambiguous. */
const MAX_SOLUTIONS = 2_000;
/** Most search steps for one row. */
const MAX_STEPS = 2_000_000;
/**
 * How far (in characters) a fragment's right edge may sit from its column's on the nearest line
 * that prints all thirteen: text converters lay each line on its own character grid, and a line
 * of many short fragments drifts by up to a column and a half.
 */
const DRIFT = 14;
/**
 * A description's line shorter than this share of the widest is the last of its description: a
 * wrapped line ends only where the next word does not fit, so every line but the last is nearly as
 * wide as the column.
 */
const SHORT_LAST = 0.75;
/** Most lines with figures one row may span (a row broken across a page included). */
const MAX_ROW_LINES = 8;

interface Line {
  n: number;
  figures: Token[];
  /** Each fragment's estimated right edge (null: unknown), in the strategy's unit. */
  pos: (number | null)[];
  /**
   * The right edges of the thirteen columns on the nearest reference line above and the nearest
   * below (the same line when one side has none): a row broken across two pages has its lines on
   * two pages' grids.
   */
  edges: readonly (readonly number[])[];
}

/**
 * Where a fragment's right edge is, read from the text. Two layouts of the same page:
 * - `ends`: `pdftotext -layout` places every word at its own position, so a right-aligned
 *   figure's last character is at its column's right edge, give or take the line's own grid;
 * - `cells`: the ingest's PDF text places each cell (text runs closer than a column gap, joined
 *   with single spaces) at its left edge on the page's grid, so only a fragment that starts a cell
 *   has a position: its start plus its printed width (digits one unit, separators half, the unit
 *   fitted on the lines that print all thirteen figures apart); a fragment inside a cell has none.
 */
interface Strategy { name: 'ends' | 'cells'; drift: number }
const STRATEGIES: readonly Strategy[] = [{ name: 'ends', drift: DRIFT }, { name: 'cells', drift: 4 }];
/** A fragment's printed width in digit units. */
const printedWidth = (text: string) => [...text].reduce((w, ch) => w + (/\d/.test(ch) ? 1 : 0.5), 0);
/** Whether a fragment starts a cell: at the line's start or two spaces after the text before it. */
const startsCell = (line: string, t: Token) => t.start === 0 || line.slice(Math.max(0, t.start - 2), t.start) === '  ';
interface Solution {
  /** Column of each figure fragment, per line of the row. */
  values: string[];
  /** Lines of each column's fragments. */
  at: number[][];
  /** Index (in the figure lines) of the row's last line. */
  end: number;
}

/**
 * Every way to deal the fragments of the lines from `from` on into the thirteen columns: each
 * line's fragments left to right into columns left to right, a fragment only where it continues
 * its column's figure (or starts it), each column holding exactly one whole figure when the row
 * ends — the first line after which every column is whole. Null when the search is too large.
 */
function rowSolutions(lines: readonly Line[], from: number, drift: number): Solution[] | null {
  const out: Solution[] = [];
  let steps = 0;
  const values = COLUMNS.map(() => '');
  const at: number[][] = COLUMNS.map(() => []);
  const done = (v: string) => WHOLE.test(v);
  const fits = (v: string, t: string) => {
    const s = v + t;
    if (WHOLE.test(s)) return true;
    // a figure never starts with a leading zero ("00"), nor with its decimals
    return PREFIX.test(s) && !/^-?0\d/.test(s);
  };
  const line = (li: number): boolean => {
    if (li >= lines.length || li - from >= MAX_ROW_LINES) return true;
    return token(li, 0, 0);
  };
  const token = (li: number, ti: number, col: number): boolean => {
    if (++steps > MAX_STEPS || out.length > MAX_SOLUTIONS) return false;
    const l = lines[li]!;
    if (ti === l.figures.length) {
      if (values.every(done)) {
        out.push({ values: [...values], at: at.map((a) => [...a]), end: li });
        return true;
      }
      return line(li + 1);
    }
    const t = l.figures[ti]!.text;
    const left = l.figures.length - ti;
    for (let c = col; c <= COLUMNS.length - left; c++) {
      const v = values[c]!;
      const x = l.pos[ti]!;
      if (done(v) || !fits(v, t) || (x !== null && l.edges.every((e) => Math.abs(x - e[c]!) > drift))) continue;
      values[c] = v + t;
      at[c]!.push(l.n);
      const ok = token(li, ti + 1, c + 1);
      values[c] = v;
      at[c]!.pop();
      if (!ok) return false;
    }
    return true;
  };
  return token(from, 0, 0) ? out : null;
}

/** Cents of a solution's figures, or null when one does not parse. */
function centsOf(values: readonly string[]): Record<Column, number> | null {
  const out: Partial<Record<Column, number>> = {};
  for (const [i, c] of COLUMNS.entries()) {
    const r = parseMoneyMixed(values[i]!, 'us');
    if (r.value === null || r.issue !== null) return null;
    out[c] = r.value;
  }
  return out as Record<Column, number>;
}

/**
 * The report's own arithmetic, which every row must satisfy: codificado = inicial + reforma;
 * saldo por comprometer = codificado − comprometido acumulado; saldo por devengar = codificado −
 * devengado acumulado; the initial budget is not negative; and nothing is accrued without a commitment nor paid without an accrual
 * (devengado acumulado ≤ comprometido acumulado, pagado acumulado ≤ devengado acumulado, each
 * period's figure ≤ its accumulated one).
 */
function balances(v: Record<Column, number>): boolean {
  return v.initial >= 0 && v.initial + v.reform === v.coded
    && v.coded - v.committedAccrued === v.toCommit
    && v.coded - v.accruedTotal === v.toAccrue
    && v.accruedTotal <= v.committedAccrued && v.paidTotal <= v.accruedTotal
    && v.committed <= v.committedAccrued && v.accrued <= v.accruedTotal && v.paid <= v.paidTotal;
}

/** Page furniture: title lines, «Periodo:», the column header block, the print date, «[ 1 de 12 ]». */
function furnitureLines(lines: readonly string[], toks: readonly Token[][], figureStart: number): Set<number> {
  const out = new Set<number>();
  const titles = new Set(lines.slice(0, TITLE_LINES).filter((l) => isTitle(fold(l))).flatMap((l) => {
    const i = lines.indexOf(l);
    return [l.trim(), lines[i - 1]?.trim()].filter((x): x is string => !!x);
  }));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const f = fold(line);
    const header = /\bcodigo\b/.test(f) && /\bdescripcion\b/.test(f);
    if (titles.has(line.trim()) || /^\s*periodo\s*:/.test(f) || /fecha de impresion/.test(f) || /^\s*\[\s*\d+\s+de\s+\d+\s*\]\s*$/.test(f) || header) {
      out.add(i);
      continue;
    }
    // The column header's wrapped words («Compro», «metido», «ado»): words, no figure, in the figure area.
    const t = toks[i]!;
    if (t.length && t.every((x) => !FRAGMENT.test(x.text) && !isCodeToken(x)) && t.some((x) => x.start >= figureStart)) out.add(i);
  }
  return out;
}

interface Reading {
  rows: CedulaRow[];
  flags: FlagDraft[];
  /** False when the reading stopped before the end of the table (rows after it are missing). */
  complete: boolean;
}

/**
 * Reads the table: rows with their figures, or flags saying why a row's figures cannot be trusted.
 * Each way of placing fragments (`STRATEGIES`) is tried in turn; the first that reads every row
 * is kept, else the one that read the most rows. Either way every figure has passed its row's
 * arithmetic.
 */
/**
 * A row's description from its label lines. The description column is narrow, so the export wraps
 * inside words («…SUSCRIPCIONES,FOTOCOPIA» / «DO,TRADUCCIÓN…»): two lines join without a space
 * when together they make a word the document prints elsewhere («FOTOCOPIADO, TRADUCCION…» in
 * another row; layout/word-join.ts), with one otherwise.
 */
export function joinDescription(parts: readonly string[], words: () => DocumentWords): string {
  let out = '';
  for (const part of parts) {
    const text = part.trim();
    if (!text) continue;
    out = !out ? text : out + (wordJoin(out, text, words()) === '' ? '' : ' ') + text;
  }
  return out.replace(/\s+/g, ' ');
}

export function readCedula(src: SourceText): Reading {
  let best: Reading | null = null;
  for (const strategy of STRATEGIES) {
    const r = readWith(src, strategy);
    if (r.complete) return r;
    if (!best || r.rows.length > best.rows.length) best = r;
  }
  return best!;
}

/**
 * The unit (characters per digit) that lines printing all thirteen figures apart agree on best:
 * the one for which each column's estimated right edge varies least between them.
 */
function fitUnit(refs: readonly Token[][]): number {
  let best = 1;
  let bestSpread = Infinity;
  for (let u = 1; u <= 3.001; u += 0.02) {
    let spread = 0;
    for (let c = 0; c < COLUMNS.length; c++) {
      let lo = Infinity;
      let hi = -Infinity;
      for (const r of refs) {
        const e = r[c]!.start + u * printedWidth(r[c]!.text);
        lo = Math.min(lo, e);
        hi = Math.max(hi, e);
      }
      spread += hi - lo;
    }
    if (spread < bestSpread - 1e-9) {
      best = u;
      bestSpread = spread;
    }
  }
  return best;
}

function readWith(src: SourceText, strategy: Strategy): Reading {
  const flags: FlagDraft[] = [];
  const lines = src.lines;
  const h = headerLine(lines);
  if (h < 0) return { rows: [], flags, complete: false };
  const toks = lines.map((l) => (l.length > MAX_LINE ? [] : tokens(l)));
  const inicial = toks[h]!.find((t) => fold(t.text) === 'inicial');
  const figureStart = inicial ? inicial.start - 2 : 0;
  const furniture = furnitureLines(lines, toks, figureStart);

  // Lines with figures, and label lines, after the header.
  const figureLines: Line[] = [];
  const labelLines: { n: number; toks: Token[]; text: boolean }[] = [];
  for (let i = h + 1; i < lines.length; i++) {
    if (lines[i]!.length > MAX_LINE) {
      flags.push(flag(src, 'warning', 'line_too_long', 'línea demasiado larga para la cédula, no leída', lines[i]!.length, i + 1, { dataset: 'budget_lines' }));
      continue;
    }
    if (furniture.has(i)) continue;
    const all = toks[i]!.filter((t, k) => !(k === 0 && isCodeToken(t)));
    const figures = trailingFragments(all);
    const label = toks[i]!.filter((t) => !figures.includes(t));
    if (figures.length) figureLines.push({ n: i + 1, figures, pos: [], edges: [] });
    if (label.length) labelLines.push({ n: i + 1, toks: label, text: label.some((t) => !isCodeToken(t)) });
  }

  // Each fragment's position, and each line's column edges: those of the nearest reference line
  // (above or below), one that prints all thirteen figures with a position each.
  const cellStarts = figureLines.map((l) => l.figures.map((t) => startsCell(lines[l.n - 1]!, t)));
  const isReference = (k: number) => figureLines[k]!.figures.length === COLUMNS.length && (strategy.name === 'ends' || cellStarts[k]!.every(Boolean));
  const refs = figureLines.map((_, k) => k).filter(isReference);
  if (!refs.length) {
    flags.push(flag(src, 'error', 'value_missing', 'cédula sin una línea con sus trece columnas: no se leen cifras', null, h + 1, { dataset: 'budget_lines' }));
    return { rows: [], flags, complete: false };
  }
  const unit = strategy.name === 'cells' ? fitUnit(refs.map((k) => figureLines[k]!.figures)) : 0;
  figureLines.forEach((l, k) => {
    l.pos = l.figures.map((t, j) => (strategy.name === 'ends' ? t.end : cellStarts[k]![j] ? t.start + unit * printedWidth(t.text) : null));
  });
  let fi = 0;
  figureLines.forEach((l, k) => {
    while (fi + 1 < refs.length && refs[fi + 1]! <= k) fi++;
    const above = refs[fi]! <= k ? refs[fi]! : null;
    const below = refs.find((r) => r >= k) ?? null;
    l.edges = [above, below].filter((r): r is number => r !== null).map((r) => figureLines[r]!.pos as number[]);
  });

  // Rows: the search deals each row's fragments into columns; the row's figures are those every
  // solution that balances agrees on.
  interface Found { first: number; last: number; values: Record<Column, number | null> | null; problem: string | null }
  const found: Found[] = [];
  let li = 0;
  /** First line of the row the reading stopped at (labels from there on belong to no row read). */
  let stop = Infinity;
  while (li < figureLines.length) {
    const first = figureLines[li]!.n;
    const solutions = rowSolutions(figureLines, li, strategy.drift);
    if (solutions === null || solutions.length === 0) {
      flags.push(flag(src, 'error', 'value_suspicious',
        solutions === null ? 'cédula con cifras que admiten demasiadas lecturas: no se leen más cifras' : 'cédula con cifras partidas que no forman una fila de trece columnas: no se leen más cifras',
        lines[first - 1]!.trim(), first, { dataset: 'budget_lines' }));
      stop = first;
      break;
    }
    const ends = new Set(solutions.map((s) => s.end));
    if (ends.size > 1) {
      flags.push(flag(src, 'error', 'value_suspicious', 'cédula con cifras partidas cuya fila no se sabe dónde termina: no se leen más cifras', lines[first - 1]!.trim(), first, { dataset: 'budget_lines' }));
      stop = first;
      break;
    }
    const end = solutions[0]!.end;
    const last = figureLines[end]!.n;
    const balanced = solutions.map((s) => centsOf(s.values)).filter((v): v is Record<Column, number> => v !== null && balances(v));
    let values: Record<Column, number | null> | null = null;
    let problem: string | null = null;
    if (!balanced.length) problem = 'fila de la cédula cuyas cifras no cuadran entre sí (codificado = inicial + reforma, saldos = codificado − comprometido y − devengado)';
    else {
      // A column the arithmetic does not pin down (inicial and reforma swapped, two certification
      // columns) is left unknown; the published ones (codificado, devengado acumulado) must agree.
      values = Object.fromEntries(COLUMNS.map((c) => [c, balanced.every((v) => v[c] === balanced[0]![c]) ? balanced[0]![c] : null])) as Record<Column, number | null>;
      const unsure = PUBLISHED.filter((c) => values![c] === null);
      if (unsure.length) {
        problem = `fila de la cédula cuyas cifras partidas admiten más de una lectura (${unsure.map((c) => LABELS[c]).join(', ')})`;
        values = null;
      }
    }
    found.push({ first, last, values, problem });
    li = end + 1;
  }

  let words: DocumentWords | undefined;
  // Labels: code and description lines of each row, those between two rows by their place.
  const labels = found.map(() => [] as { n: number; text: string; code: boolean }[]);
  const widestLabel = Math.max(0, ...labelLines.map((l) => l.toks.filter((t) => !isCodeToken(t)).map((t) => t.text).join(' ').length));
  const rowOf = (n: number, text: string, code: boolean): number => {
    const inside = found.findIndex((r) => r.first <= n && n <= r.last);
    if (inside >= 0) return inside;
    const next = found.findIndex((r) => r.first > n);
    const prev = next < 0 ? found.length - 1 : next - 1;
    if (prev < 0) return next;
    if (next < 0) return prev;
    if (code) return text.startsWith('.') ? prev : next;
    const isLabel = (m: number) => labelLines.some((l) => l.n === m && l.text) && !found.some((r) => r.first <= m && m <= r.last);
    // A line of a description clearly shorter than the column's widest is the description's last:
    // the rest of it is above, on the row before (a row whose description starts on its first line,
    // as a PDF whose cells are centred in their rows is read, pdf/middle.ts, leaves the last lines
    // of a long description between it and the next row).
    if (text.length < SHORT_LAST * widestLabel) return prev;
    const dPrev = n - found[prev]!.last;
    const dNext = found[next]!.first - n;
    // A description is centred on its row: a line above a row mirrors one below it.
    if (isLabel(found[next]!.last + dNext) && !isLabel(found[prev]!.first - dPrev)) return next;
    if (isLabel(found[prev]!.first - dPrev) && !isLabel(found[next]!.last + dNext)) return prev;
    const centre = (r: Found) => (r.first + r.last) / 2;
    return n - centre(found[prev]!) < centre(found[next]!) - n ? prev : next;
  };
  for (const l of labelLines) {
    if (!found.length || l.n >= stop) break;
    const first = l.toks[0]!;
    const code = isCodeToken(first);
    if (code) labels[rowOf(l.n, first.text, true)]!.push({ n: l.n, text: first.text, code: true });
    const rest = (code ? l.toks.slice(1) : l.toks).map((t) => t.text).join(' ');
    if (rest) labels[rowOf(l.n, rest, false)]!.push({ n: l.n, text: rest, code: false });
  }

  const rows: CedulaRow[] = found.map((f, r) => {
    const code = labels[r]!.filter((l) => l.code).map((l) => l.text).join('') || null;
    const desc = labels[r]!.filter((l) => !l.code);
    const description = joinDescription(desc.map((l) => l.text), () => (words ??= documentWords(lines.join('\n'))));
    const centre = (f.first + f.last) / 2;
    const line = desc.length ? desc.reduce((a, b) => (Math.abs(b.n - centre) < Math.abs(a.n - centre) ? b : a)).n : f.first;
    const kind: CedulaRow['kind'] = !code && /^totales?$/.test(fold(description)) ? 'total'
      : !code ? 'subtotal' : /^\d{4}$/.test(code) ? 'group' : 'partida';
    return { code, description, kind, first: f.first, last: f.last, line, values: f.values };
  });
  rows.forEach((row, r) => {
    const problem = found[r]!.problem;
    if (problem) flags.push(flag(src, 'error', 'value_suspicious', `${problem}: no se publican sus cifras`, rowName(row), row.line, { dataset: 'budget_lines' }));
  });
  return { rows, flags, complete: stop === Infinity };
}

function rowName(row: CedulaRow): string {
  return [row.code, row.description].filter(Boolean).join(' ');
}

/** The item of a partida's code: its sixth dotted segment («2025.07.03.A100.110.510105…» → 510105). */
function itemOf(code: string): string | null {
  const seg = code.split('.')[5];
  return seg && /^\d{6}$/.test(seg) ? seg : null;
}

/** «Desde: 2025-01-01 hasta: 2025-12-31» → its dates, with the line. */
function period(src: SourceText): { from: string; to: string; line: number } | null {
  for (let i = 0; i < Math.min(src.lines.length, 40); i++) {
    const m = /desde:?\s+(\d{4}-\d{2}-\d{2})\s+hasta:?\s+(\d{4}-\d{2}-\d{2})/.exec(fold(src.lines[i]!.slice(0, MAX_LINE)).replace(/\s+/g, ' '));
    if (m) return { from: m[1]!, to: m[2]!, line: i + 1 };
  }
  return null;
}

/** «Fecha de impresión: 02 de Marzo de 2026 …» → 2026-03-02. */
function printDate(src: SourceText): string | null {
  for (const line of src.lines) {
    if (line.length > MAX_LINE) continue;
    const m = /fecha de impresion:?\s+(\d{1,2})\s+de\s+([a-z]+\s+de\s+\d{4})/.exec(fold(line));
    if (!m) continue;
    const ym = parseMonthYear(m[2]!);
    if (ym) return `${ym}-${m[1]!.padStart(2, '0')}`;
  }
  return null;
}

function parse(src: SourceText): ParseResult {
  const p = period(src);
  const year = p ? Number(p.to.slice(0, 4)) : null;
  const wholeYear = p !== null && p.from === `${p.to.slice(0, 4)}-01-01` && p.to.endsWith('-12-31');
  const titleLine = src.lines.slice(0, TITLE_LINES).findIndex((l) => isTitle(fold(l)));
  const name = titleLine > 0 ? src.lines[titleLine - 1]!.trim() || null : null;
  const result = emptyResult({
    period: p === null ? 'sin año' : wholeYear ? String(year) : `${p.from} a ${p.to}`,
    year: year ?? 0,
    title: src.lines[titleLine]?.trim() || 'Cédula presupuestaria de gastos',
    report_number: null, complete: true, budget_pct_reported: null, goals_pct_reported: null, goals_pct_reported_line: null,
    date: printDate(src),
  }, { name, nameFrom: 'header' });
  if (!p) result.flags.push(flag(src, 'warning', 'value_missing', 'cédula sin periodo («Desde: … hasta: …»)', null, null));
  const { rows, flags, complete } = readCedula(src);
  result.flags.push(...flags);
  if (!rows.length) return result;
  addBudget(src, rows, complete, result);
  return result;
}

/** Partidas as budget lines, checked against their group; groups against TOTALES. */
function addBudget(src: SourceText, rows: readonly CedulaRow[], complete: boolean, result: ParseResult): void {
  const flags = result.flags;
  const check = (what: string, stated: CedulaRow, parts: readonly CedulaRow[]) => {
    if (!stated.values || !parts.length || parts.some((p) => !p.values)) return;
    for (const c of PUBLISHED) {
      const stated_ = stated.values[c]!;
      const sum = sumCents(parts.map((p) => p.values![c]))!;
      if (sum !== stated_) {
        flags.push(flag(src, 'warning', 'total_mismatch', `${what} ${LABELS[c]} (${usdText(stated_)}) no coincide con la suma de sus líneas (${usdText(sum)})`,
          rowName(stated), stated.line, { dataset: 'budget_lines', field: c === 'coded' ? 'planned' : 'executed' }));
      }
    }
  };
  const groups: { row: CedulaRow; items: CedulaRow[] }[] = [];
  const partidas: CedulaRow[] = [];
  for (const row of rows) {
    if (row.kind === 'group') groups.push({ row, items: [] });
    else if (row.kind === 'partida') {
      const item = itemOf(row.code!);
      const g = groups.at(-1);
      if (!g || !item || !item.startsWith(g.row.code!)) {
        flags.push(flag(src, 'warning', 'value_suspicious', 'partida fuera de su grupo de gasto', rowName(row), row.line, { dataset: 'budget_lines' }));
      } else g.items.push(row);
      partidas.push(row);
    }
  }
  for (const g of groups) check(`el grupo ${g.row.code}`, g.row, g.items);
  for (const row of partidas) {
    const item = itemOf(row.code!);
    const v = row.values;
    result.budget_lines.push({
      line_type: 'Partida',
      category: `${item ?? row.code} ${row.description}`,
      planned: v ? centsToUsd(v.coded!) : null,
      executed: v ? centsToUsd(v.accruedTotal!) : null,
      pct_reported: null,
      pct_computed: v ? percentOf(v.accruedTotal, v.coded) : null,
      source_line: row.line,
    } satisfies Draft<BudgetLine>);
  }
  if (groups.length) {
    flags.push(flag(src, 'info', 'duplicate_skipped',
      `${groups.length} grupos de gasto comprobados contra sus partidas; no se publican como líneas para no contar dos veces`,
      null, groups[0]!.row.line, { dataset: 'budget_lines' }));
  }
  const total = rows.find((r) => r.kind === 'total');
  const groupRows = groups.map((g) => g.row);
  if (total) {
    check('TOTALES', total, groupRows);
    for (const sub of rows.filter((r) => r.kind === 'subtotal')) check(`el subtotal ${sub.description}`, sub, groupRows.filter((g) => g.first > sub.first));
  } else if (complete) {
    flags.push(flag(src, 'warning', 'value_missing', 'cédula sin fila TOTALES: total = suma de partidas', null, null, { dataset: 'budget_summaries' }));
  }
  // Without TOTALES, the lines add up to a total only when every row was read.
  if (!total && !complete) return;
  const planned = total ? total.values?.coded ?? null : sumCents(partidas.map((r) => r.values?.coded ?? null));
  const executed = total ? total.values?.accruedTotal ?? null : sumCents(partidas.map((r) => r.values?.accruedTotal ?? null));
  result.budget_summaries.push({
    planned: planned === null ? null : centsToUsd(planned),
    executed: executed === null ? null : centsToUsd(executed),
    current_planned: null, current_executed: null, investment_planned: null, investment_executed: null,
    pct_reported: null, pct_computed: percentOf(executed, planned),
    basis: total ? 'reported' : 'sum_of_lines',
    source_line: total?.line ?? partidas[0]?.line ?? 1,
  });
}

export const cedulaPresupuestariaParser: Parser = {
  format: 'cedula-presupuestaria',
  label: 'Cédula presupuestaria de gastos',
  description:
    'Reporte de cédula presupuestaria de gastos de un sistema contable (cifras en formato de EE. UU.): '
    + 'cada partida con su codificado (planificado) y su devengado acumulado (ejecutado). Las cifras se leen '
    + 'por columna y cada fila debe cuadrar consigo misma (codificado = inicial + reforma; saldos = codificado '
    + '− comprometido y − devengado); una fila que no cuadra se marca y no se publica. Las partidas se '
    + 'comprueban contra su grupo de gasto y los grupos contra TOTALES.',
  countLabel: 'documentos',
  reads: 'layout',
  detect,
  parse,
};
