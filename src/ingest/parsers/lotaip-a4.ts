/**
 * Parser for LOTAIP Art. 7 literal a4 matrices: "Las metas y objetivos de las unidades
 * administrativas" (e.g. the Consejo Nacional Electoral's, updated 30/11/2023).
 *
 * Layout: OCR of a scanned spreadsheet, one table row per line, cells separated by tabs:
 *
 *   No. | Descripción de la unidad | Objetivo de la unidad | Indicador | Meta cuantificable
 *
 * One output `goals` draft per indicator row (planned = "Meta cuantificable", a percentage).
 * Around the rows:
 * - title rows ("Art. 7 de la Ley Orgánica de Transparencia...", "Literal a4) ...") and the
 *   column header row;
 * - section rows with no value ("PROCESOS GOBERNANTES / NIVEL DIRECTIVO", "PROCESOS DES |
 *   CONCENTRADOS", "NIVEL DE APC | OYO / ASESORÍA");
 * - OCR junk rows ("T | 1 | 1", "l .", "1 | 1"): skipped with an info flag; one with a letter is
 *   read as the page break it is a remnant of (the original prints them by its runs of blank lines);
 * - page breaks: runs of blank lines, often in the middle of a unit (a text whose table rows are
 *   padded apart, a blank line between most of them, breaks a page only with a run of two blank
 *   lines or more, or a form feed; and its lone blank lines do not part a name split over rows);
 * - rows that lost their leading columns (fewer than 5 cells: "indicator | value"): the
 *   unit number, name and objective are gone and the text may mix objective and indicator;
 * - a footer: LINK PARA DESCARGAR..., FECHA ACTUALIZACIÓN DE LA INFORMACIÓN: dd/mm/yyyy,
 *   PERIODICIDAD, UNIDAD POSEEDORA, RESPONSABLE, CORREO (institution domain), NOTA.
 *
 * Unit assignment (the hard part). The unit number, name and objective were merged cells;
 * OCR prints each once, on some row of the unit's block (top or vertically centred), and a
 * name or objective may be split over several rows. A small state machine groups rows into
 * blocks, one block per unit:
 * - a block's unit is "complete" once it has both a number and a name;
 * - a name or number arriving while the current unit is complete starts the next block;
 *   a name while the current unit has none (or a number while it has none) completes it, unless
 *   it comes on a row with another number: that row is the next unit's header (the current one's
 *   name was lost);
 * - a name on the line right after another name that does not start with a unit word
 *   ("Dirección", "Coordinación", "Secretaría"...) continues it ("Dirección Nacional de
 *   Análisis" / "Político y Difusión Electoral");
 * - a new objective (it starts with a capitalised infinitive: "Incrementar", "Fortalecer")
 *   while the current unit is complete and already has one opens a tentative block, and so
 *   does a page break after a complete unit; a section row or a run of column-less rows
 *   closes the block for good;
 * - rows seen in a block before its name/number attach to the unit named later in the block;
 *   a tentative block that closes without a name or number is given back to the previous
 *   unit (a unit can have two objectives); objective text that does not start with a
 *   capitalised infinitive ("MEDIANTE ...", "confidencialidad de ...") extends the objective
 *   in force, or starts one when the block has none;
 * - a tentative block opened by an objective that meets a name/number row carrying yet
 *   another new objective is given back to the previous unit, and that row starts a block;
 * - a line left out as unrecognised that opens with a unit's number («2    Dirección …», a row a
 *   layout could not cut into cells) opens a tentative block as a page break does: a unit's
 *   header was there, so the rows after it are not surely the unit's before it; two such lines,
 *   one right under the other, each opening with one digit, give that block its number («2» /
 *   «7»: unit 27, its number cut down its column).
 * Every row records the objective in force for it (the block's first objective when the
 * row comes before any).
 *
 * Where it is a guess, it says so (`unit_unknown` warnings, one per row):
 * - rows before the name/number of a block that started at a page break, at the top of the
 *   text or after column-less rows (they might continue the previous unit instead);
 * - rows of a tentative block given back to the previous unit;
 * unless an "(O.O) Porcentaje de cumplimiento de los procesos de la <unidad>" row in the
 * same run names the assigned unit (a confirmation). Any (O.O) row whose named unit does not
 * match its assigned unit is flagged as a conflict. Rows that lost their unit columns get
 * unit null, unit_number null, objective null and one `unit_unknown` warning per row.
 * Known failure cases: a unit whose second objective is followed by the next unit's rows
 * printed above that unit's name/number (taken by the next unit); a page break inside a unit
 * whose remaining rows come before the next unit's name (taken by the next unit, flagged; given
 * back when an (O.O) row among them names the unit before them: givenBackByName, as are a unit's
 * second objective's rows taken so);
 * a split name whose second part starts with a unit word (read as a new unit).
 *
 * Values: "70,36%" → planned 70.36, value_unit "%". "N/A" → planned null, value_text "N/A",
 * `value_missing` info. "00,00%" or "8,33% mensual promedio (...)" → planned null,
 * value_text as printed, `value_suspicious` warning. A row whose indicator cell merges
 * several indicators and values (OCR) keeps its text, planned null, `value_suspicious`.
 * Text is kept as printed (garbles like "Cooridnación" stay) with whitespace folded.
 */
import type { Goal } from '../../schema/datasets.ts';
import { isMissing, parsePercent } from '../../lib/numbers.ts';
import { cells, cleanCell, fold, foldedLettersMatcher, foldedMatcher, isWhitespaceCode, mayContainFoldedWord, parseDmy } from '../../lib/text.ts';
import type { Draft, FlagDraft, Parser, ParseResult, SourceText } from '../types.ts';
import { emptyResult, flag, linkDomains } from '../types.ts';

const TITLE = 'LOTAIP Art. 7 literal a4: metas y objetivos de las unidades administrativas';
/** Lines longer than this are not table rows (a 5 MB line is skipped with a flag). */
const MAX_LINE = 20_000;
/** How much of the text detect() looks at. */
const DETECT_WINDOW = 20_000;

// ---------------------------------------------------------------------------------------
// Row classification

type RowKind = 'blank' | 'header' | 'footer' | 'junk' | 'section' | 'table' | 'lost' | 'unknown';

/** A table row with its five columns (empty strings where absent). */
interface Row {
  line: number;
  /** The row's place among the text's lines, padding aside (a lone blank line between padded rows counts for none). */
  seq: number;
  number: string;
  name: string;
  objective: string;
  indicator: string;
  value: string;
  /** The row lost its leading columns (unit number, name, objective). */
  lost: boolean;
  /** The piece of a figure left alone on the line right above, in the value column («99,»: cutAbove). */
  cutAbove?: string;
}

// The tests below are on folded text (fold(): accents and case ignored, spaces folded), evaluated
// on the raw text by foldedMatcher without folding every row. The header's and title's words are
// compared on their letters only (foldedLettersMatcher): a layout that wraps the narrow «Meta
// cuantificable» cell cuts it inside words («Meta cuanti» / «ficabl» / «e»), or packs its lines
// together («Metacuantificable»).
/** Title and column-header rows: folded text containing one of these, or starting with "literal a4". */
const HEADER_TEXT = foldedLettersMatcher('includes', ['ley organica de transparencia', 'meta cuantificable', 'descripcion de la unidad']);
const HEADER_START = foldedMatcher('startsWith', ['literal a4']);
/** Footer rows: the first cell starts with one of these (folded), or with the word "nota". */
const FOOTER = foldedMatcher('startsWith', [
  'link para descar', 'fecha actualizacion', 'periodicidad', 'unidad poseedora', 'responsable de la unidad',
  'correo electronico', 'numero telefonico',
]);
const FOOTER_NOTE = foldedMatcher('startsWith', ['nota'], true);
const META_HEADER = foldedLettersMatcher('equals', ['meta cuantificable']);

function classify(c: readonly string[]): RowKind {
  const filled = c.filter((x) => x !== '');
  if (filled.length === 0) return 'blank';
  const joined = filled.join(' ');
  if (HEADER_TEXT(joined) || HEADER_START(joined)) return 'header';
  if (FOOTER(filled[0]!) || FOOTER_NOTE(filled[0]!)) return 'footer';
  if (isJunk(filled)) return 'junk';
  if (c.length >= 5) {
    if (c[4] === '' && c[0] === '' && isSection(filled)) return 'section';
    return 'table';
  }
  return c.length >= 2 && c[0] !== '' && isValueLike(c[c.length - 1]!) ? 'lost' : 'unknown';
}

/** A "Meta cuantificable" cell: N/A, a number or a percentage (garbled or not). */
function isValueLike(text: string): boolean {
  const t = text.trim();
  return t !== '' && (isMissing(t) || /^\d/.test(t));
}

/** OCR noise: a few stray characters ("T 1 1", "l .", "1 1"), no word of 3+ letters. */
function isJunk(filled: readonly string[]): boolean {
  // Most rows have far more than 4 characters: count before building the compact text.
  let visible = 0;
  for (const cell of filled) {
    for (let i = 0; i < cell.length && visible <= 4; i++) if (!isWhitespaceCode(cell.charCodeAt(i))) visible++;
    if (visible > 4) return false;
  }
  const compact = filled.join('').replace(/\s+/g, '');
  return compact.length <= 4 && !/[a-záéíóúñ]{3}/i.test(compact);
}

/**
 * How a noise row is quoted in its flag: its cells apart (« | »), without a space before a
 * punctuation mark («l .» is quoted «l.»). Whether that space is there depends on the converter,
 * not on the document (`pdftotext -layout` drops a space narrower than its threshold, PDF.js keeps
 * the glyph), and the quote only points the reader to a row of no words; its line is cited beside it.
 */
export function noiseQuote(cells: readonly string[]): string {
  return cells.filter(Boolean).join(' | ').replace(/\s+(?=[.,;:])/gu, '');
}

/**
 * A noise row that is only the first piece of a figure, in the value column or right of it («99,»,
 * «10»: digits with no «%»; a piece centred in a narrow column may land a column further right than
 * the figure's rest): a figure cut down its column, whose rest a layout set on the next row's line
 * («99,» / «52%» for «99,52%»). The value under it is no figure of its own (toGoal flags it).
 */
function cutAbove(c: readonly string[], line: number): { text: string; line: number } | null {
  const filled = c.map((x, k) => [k, x.trim()] as const).filter(([, x]) => x !== '');
  if (filled.length !== 1 || filled[0]![0] < 4) return null;
  const text = filled[0]![1];
  return /^\d{1,3}(?:[.,]\d{0,2})?$/u.test(text) ? { text, line } : null;
}

/** "PROCESOS GOBERNANTES / NIVEL DIRECTIVO", "PROCESOS DES | CONCENTRADOS", "NIVEL DE APC | OYO". */
function isSection(filled: readonly string[]): boolean {
  const text = filled.join(' ');
  return !/[a-záéíóúñ]/.test(text) && /^(?:sub)?(?:procesos|nivel)\b/.test(fold(text));
}

/**
 * Rows whose cells were recovered on a grid wider than the matrix's five columns (a PDF page whose
 * other text, a justified footer or a link stretched over its cell, made columns of its own): each
 * run of rows of one width (more than five), up to a footer row, with text past the fifth column
 * and at most five columns filled in the whole run, loses the columns no row of the run fills —
 * first those between filled ones and after them, then leading ones down to five — when that leaves
 * its last filled column fifth, and every cell that lands in the fifth is a value (a figure, «N/A»)
 * beside an indicator of two words or more.
 * «28 | Dirección … | Iniciativas … | | | Porcentaje … | N/A | » is
 * «28 | Dirección … | Iniciativas … | Porcentaje … | N/A». Other rows are returned as they are.
 */
export function fitToMatrix(rows: readonly (string[] | null)[]): (string[] | null)[] {
  const out = rows.slice();
  for (let i = 0; i < rows.length; ) {
    const width = rows[i]?.length ?? 0;
    let j = i;
    while (j < rows.length && width > 5 && rows[j]?.length === width && classify(rows[j]!) !== 'footer') j++;
    if (j === i) {
      i++;
      continue;
    }
    const run = rows.slice(i, j) as string[][];
    const filled = [...new Set(run.flatMap((r) => r.flatMap((x, k) => (x.trim() !== '' ? [k] : []))))].sort((a, b) => a - b);
    const leading = filled[0] ?? 0;
    if (filled.length && filled.at(-1)! >= 5 && filled.length <= 5 && leading + filled.length >= 5) {
      const kept = [...Array.from({ length: 5 - filled.length }, (_, k) => leading - (5 - filled.length) + k), ...filled];
      // (only when what lands in the value column is values, «N/A», a figure, each beside an
      // indicator of two words or more: the matrix's shape, not a justified line's words apart)
      const valued = run.filter((r) => r[kept[4]!]!.trim() !== '');
      const matrix = valued.length > 0 && valued.every((r) => isValueLike(r[kept[4]!]!) && /\p{L}{2,}\s+\S*\p{L}/u.test(r[kept[3]!]!));
      if (matrix) for (let k = i; k < j; k++) out[k] = kept.map((c) => rows[k]![c]!);
    }
    i = j;
  }
  return out;
}

/**
 * A row of four cells that opens with a unit's name and ends with a value, its number cell given
 * back: a page whose number column is empty beside the unit's name (the number printed on the next
 * page) has the name recovered in the first column, and the row one cell short
 * («Dirección Nacional Administrativa | Incrementar … | Porcentaje de ejecución | 95,33%», the CNE
 * matrix in bordered rows with a bigger header, check:layouts otras11: its name was read as the
 * number, its objective as the name, and the next unit's goals went under it). Other rows as they are.
 */
function withNumberColumn(c: string[]): string[] {
  return c.length === 4 && startsUnitName(cleanCell(c[0]!)) && isValueLike(c[3]!) ? ['', ...c] : c;
}

function toRow(c: readonly string[], line: number, seq: number, kind: 'table' | 'lost'): Row {
  if (kind === 'table') {
    return { line, seq, number: c[0]!, name: c[1]!, objective: c[2]!, indicator: c[3]!, value: c[4]!, lost: false };
  }
  // Column-less row: the last cell is the value; the rest is indicator text (possibly mixed
  // with objective text: the column boundary is lost, so it is kept together as printed).
  const value = c[c.length - 1]!;
  const indicator = c.slice(0, -1).filter((x) => x !== '').join(' ');
  return { line, seq, number: '', name: '', objective: '', indicator, value, lost: true };
}

// ---------------------------------------------------------------------------------------
// Unit assignment state machine

type Opener = 'start' | 'section' | 'page' | 'objective' | 'name' | 'number' | 'lost';
/** Why a row's unit is uncertain; null when confident. */
type Doubt = 'lost_columns' | 'no_unit' | 'no_number' | 'unordered' | 'no_name' | 'odd_name' | 'mixed_name' | 'before_header' | 'given_back';

/** An objective under construction (continuation rows append to it). */
interface Slot {
  parts: string[];
}

interface Block {
  opener: Opener;
  number: number | null;
  nameParts: string[];
  nameLastSeq: number;
  slots: Slot[];
  entries: Entry[];
  /** Index in `entries` of the first row at or after the unit's name/number. */
  headerAt: number | null;
  /** A number printed for the unit but not taken: not above the numbers before it (number()). */
  unordered: number | null;
}

interface Entry {
  row: Row;
  /** The objective in force (null: the block's first objective, resolved on close). */
  slot: Slot | null;
  unit: Block | null;
  doubt: Doubt | null;
  /** Rows resolved together share a group (an (O.O) row confirms its group). */
  group: number;
  /** A row before its block's name/number in a block a new objective opened (givenBackByName). */
  beforeHeaderOfObjective?: boolean;
}

const UNIT_WORDS = new Set([
  'secretaria', 'subsecretaria', 'unidad', 'gerencia', 'jefatura', 'departamento', 'despacho',
  'asesoria', 'procuraduria', 'auditoria', 'coordinacion', 'direccion', 'subdireccion', 'delegacion',
]);

/** Whether a name cell starts a unit name ("Dirección ...", "Cooridnación ..."). */
function startsUnitName(text: string): boolean {
  const first = fold(text).split(' ')[0] ?? '';
  return UNIT_WORDS.has(first) || (first.length > 5 && first.endsWith('cion'));
}

/**
 * Whether a line opens as a unit's header row does, with the unit's number before a capitalised
 * word («2    Dirección     Incrementar …», a row the layout did not cut into cells).
 */
function opensUnitHeader(line: string): boolean {
  return /^\d{1,3}\s+\p{Lu}/u.test(cleanCell(line));
}

/** The one digit a left-out header line opens with («2    Dirección …»), or null. */
function headerDigit(line: string): string | null {
  return /^(\d)\s+\p{Lu}/u.exec(cleanCell(line))?.[1] ?? null;
}

/**
 * A row with a unit's number and no name whose objective cell opens with a unit's word, capitalised
 * («21 | | Dirección Nacional de Asesoría Jurídica | …»: a layout that centres its cells put the name
 * one column right), has that name in its objective cell: the row as if it were in its own.
 */
function withNameInPlace(r: Row): Row {
  const text = cleanCell(r.objective);
  const first = text.split(' ')[0] ?? '';
  if (r.number === '' || r.name !== '' || !/^\p{Lu}/u.test(first) || !UNIT_WORDS.has(fold(first)) || startsObjective(text)) return r;
  return { ...r, name: r.objective, objective: '' };
}

/**
 * A unit's name that carries another cell's text: an objective's words («Dirección Incrementar las
 * capacidades …», «Nacional de electorales eficientes … MEDIANTE la emisión …») or an indicator's
 * («(O.O) Porcentaje de cumplimiento …»), as a layout whose columns it could not tell apart (justified
 * text, cells packed one space apart) leaves it. A unit's name has no verb: its rows are doubtful.
 */
function mixedName(name: string): boolean {
  const words = name.split(' ');
  return words.some((w, i) => (i > 0 && startsObjective(w)) || fold(w) === 'mediante' || w.includes('(O.O)'));
}

/** A new objective starts with a capitalised infinitive ("Incrementar", "Fortalecer"). */
function startsObjective(text: string): boolean {
  return /^[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:ar|er|ir)(?:\s|$)/.test(text);
}

function hasHeader(b: Block): boolean {
  return b.number !== null || b.nameParts.length > 0;
}

function isComplete(b: Block): boolean {
  return b.number !== null && b.nameParts.length > 0;
}

function newBlock(opener: Opener): Block {
  return { opener, number: null, nameParts: [], nameLastSeq: -1, slots: [], entries: [], headerAt: null, unordered: null };
}

class UnitTracker {
  readonly entries: Entry[] = [];
  readonly flags: FlagDraft[] = [];
  private cur: Block = newBlock('start');
  /** The last closed block that had a unit: tentative blocks may be given back to it. */
  private prev: Block | null = null;
  private lastNumber = 0;
  private groups = 0;

  constructor(private readonly src: SourceText) {}

  /** A table row: name first (a split name may share its row with the number), then number, objective, indicator. */
  row(given: Row): void {
    const r = withNameInPlace(given);
    this.maybeGiveBack(r);
    // (a row with a unit's number and name is a unit's header: a block with another number already
    // ends there, its own name lost, and this name is the new unit's)
    if (r.name !== '' && /^\d{1,3}$/.test(r.number) && this.cur.number !== null && Number(r.number) !== this.cur.number) this.open('number');
    if (r.name !== '') this.name(r);
    if (r.number !== '') this.number(r);
    if (r.objective !== '') this.objective(r);
    if (r.indicator !== '' && this.goesOn(r)) return;
    if (r.indicator !== '') this.entry(r);
    else if (r.value !== '') {
      this.flags.push(flag(this.src, 'warning', 'section_unrecognized', 'meta sin indicador, fila omitida', r.value, r.line, { dataset: 'goals' }));
    }
  }

  /** A run of blank lines: after a complete unit, the next rows are tentatively a new block. */
  pageBreak(): void {
    if (isComplete(this.cur)) this.open('page');
  }

  /**
   * A line left out (not read as a row) that opens with a unit's number: a unit's header
   * was there, so the rows after it are not surely the unit's before it. They open a block as after
   * a page break: without a header of their own they go back to the unit before, flagged, and rows
   * before a later header are flagged too (close).
   */
  lostHeader(): void {
    this.open('page');
  }

  /** A section row ends the current unit for good. */
  section(): void {
    this.open('section');
    this.prev = null;
  }

  /** A row that lost its unit columns: its unit is unknown. */
  lost(r: Row): void {
    if (!(this.cur.opener === 'lost' && this.cur.entries.length === 0 && !hasHeader(this.cur))) {
      this.open('lost');
      this.prev = null;
    }
    this.entries.push({ row: r, slot: null, unit: null, doubt: 'lost_columns', group: ++this.groups });
  }

  finish(): void {
    this.close(this.cur);
    this.cur = newBlock('start');
  }

  private open(opener: Opener): void {
    this.close(this.cur);
    this.cur = newBlock(opener);
  }

  private markHeader(): void {
    if (this.cur.headerAt === null) this.cur.headerAt = this.cur.entries.length;
  }

  /**
   * A tentative block opened by a new objective, still without name or number, meeting a
   * unit header row that brings yet another new objective: the tentative rows were the
   * previous unit's second objective, and the header row starts a fresh block.
   */
  private maybeGiveBack(r: Row): void {
    const b = this.cur;
    if (b.opener === 'objective' && !hasHeader(b) && (r.name !== '' || r.number !== '') && startsObjective(r.objective)) {
      this.open(r.name !== '' ? 'name' : 'number');
    }
  }

  private name(r: Row): void {
    const b = this.cur;
    const text = cleanCell(r.name);
    if (b.nameParts.length > 0 && b.nameLastSeq === r.seq - 1 && !startsUnitName(text)) {
      b.nameParts.push(text);
    } else if (b.nameParts.length > 0) {
      this.open('name');
      this.cur.nameParts.push(text);
    } else {
      b.nameParts.push(text);
    }
    this.cur.nameLastSeq = r.seq;
    this.markHeader();
  }

  private number(r: Row): void {
    if (!/^\d{1,3}$/.test(r.number) || Number(r.number) === 0) {
      this.flags.push(flag(this.src, 'info', 'unit_unknown', 'número de unidad ilegible, ignorado', r.number, r.line, { dataset: 'goals', field: 'unit_number' }));
      return;
    }
    const n = Number(r.number);
    // A number not above the numbers before it is not taken: the matrix numbers its units in order,
    // and a number cut down a narrow column whose rows the layout did not join reads as two, «1» /
    // «5» for unit 15 (each a unit 1 and 5 already seen). Its rows start a unit all the same (the
    // unit before them ended), without a number, each flagged.
    if (n <= this.lastNumber) {
      this.flags.push(flag(this.src, 'warning', 'unit_unknown', `número de unidad fuera de orden (anterior ${this.lastNumber}), no se usa`, n, r.line, { dataset: 'goals', field: 'unit_number' }));
      if (this.cur.number !== null) this.open('number');
      this.cur.unordered ??= n;
      this.markHeader();
      return;
    }
    this.lastNumber = n;
    if (this.cur.number !== null) this.open('number');
    this.cur.number = n;
    this.markHeader();
  }

  private objective(r: Row): void {
    const b = this.cur;
    const text = cleanCell(r.objective);
    if (text === '') return;
    const active = b.slots[b.slots.length - 1];
    if (!startsObjective(text) && active) {
      active.parts.push(text);
      return;
    }
    if (startsObjective(text) && isComplete(b) && b.slots.length > 0) {
      this.open('objective');
    }
    this.cur.slots.push({ parts: [text] });
  }

  /**
   * An indicator that opens with a small-letter word, on the line right under a goal's, with no value
   * or a value that opens with a small-letter word too (text going on, no value of its own), goes on
   * that goal's indicator, and its value on that goal's value: a cell a layout cut over two rows with
   * the one beside it («Porcentaje de | 8,33%» / «ejecución presupuestaria Institucional | mensual
   * promedio (La ejecución …)»: one goal). Not a goal with a value of its own («índice de Gestión
   * Estratégica Institucional | 94,00%», as the report prints it), nor a link («https://…» beside «os
   * (gpr)», the footer cut). Whether it did.
   */
  private goesOn(r: Row): boolean {
    const last = this.entries.at(-1);
    const small = (t: string) => /^\p{Ll}\p{L}*(?:\s|$)/u.test(t.trim());
    if (!last || last.row.lost || r.lost || r.seq !== last.row.seq + 1 || !small(r.indicator) || (r.value.trim() !== '' && !small(r.value))) return false;
    const join = (a: string, b: string) => [a.trim(), b.trim()].filter(Boolean).join(' ');
    last.row = { ...last.row, indicator: join(last.row.indicator, r.indicator), value: join(last.row.value, r.value) };
    return true;
  }

  private entry(r: Row): void {
    const b = this.cur;
    const e: Entry = { row: r, slot: b.slots[b.slots.length - 1] ?? null, unit: null, doubt: null, group: 0 };
    b.entries.push(e);
    this.entries.push(e);
  }

  /** Resolves a block's rows to a unit (its own, the previous one, or none). */
  private close(b: Block): void {
    if (b.entries.length === 0) {
      if (hasHeader(b)) this.prev = b;
      return;
    }
    const group = ++this.groups;
    if (hasHeader(b)) {
      // Rows before the header form their own group: only an (O.O) row among them confirms them.
      const early = ++this.groups;
      const doubtful = b.opener === 'page' || b.opener === 'lost' || b.opener === 'start';
      b.entries.forEach((e, i) => {
        e.unit = b;
        e.slot ??= b.slots[0] ?? null;
        e.group = i < (b.headerAt ?? 0) ? early : group;
        if (b.number === null) e.doubt = b.unordered === null ? 'no_number' : 'unordered';
        else if (b.nameParts.length === 0) e.doubt = 'no_name';
        // (a name that opens with no capital is a piece of another cell: «de Talento Humano», «humana.»)
        else if (!/^[\p{Lu}\d]/u.test(unitName(b) ?? '')) e.doubt = 'odd_name';
        else if (mixedName(unitName(b) ?? '')) e.doubt = 'mixed_name';
        else if (doubtful && i < (b.headerAt ?? 0)) e.doubt = 'before_header';
        if (b.opener === 'objective' && i < (b.headerAt ?? 0)) e.beforeHeaderOfObjective = true;
      });
      this.prev = b;
      return;
    }
    const prev = this.prev;
    if ((b.opener === 'objective' || b.opener === 'page') && prev) {
      const inForce = prev.slots[prev.slots.length - 1] ?? null;
      for (const e of b.entries) {
        e.unit = prev;
        e.slot ??= b.slots[0] ?? inForce;
        e.group = group;
        e.doubt = 'given_back';
      }
      for (const s of b.slots) prev.slots.push(s);
      return;
    }
    for (const e of b.entries) {
      e.group = group;
      e.doubt = 'no_unit';
    }
  }
}

// ---------------------------------------------------------------------------------------
// (O.O) cross-check: "(O.O) Porcentaje de cumplimiento de los procesos de la Dirección X"

const STOP = new Set(['direccion', 'nacional', 'coordinacion']);

/** stems() of unit names, which every (O.O) row of a unit asks for again (read-only sets). */
const stemCache = new Map<string, Set<string>>();

function stems(text: string): Set<string> {
  let set = stemCache.get(text);
  if (!set) {
    if (stemCache.size > 1000) stemCache.clear();
    stemCache.set(text, (set = computeStems(text)));
  }
  return set;
}

function computeStems(text: string): Set<string> {
  return new Set(
    fold(text)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 4 && !STOP.has(w))
      .map((w) => w.slice(0, 5)),
  );
}

/** The unit an "(O.O) ... de los procesos de la <unidad>" indicator names, if any. */
const OO_START = foldedMatcher('startsWith', ['(o.o)']);

function namedUnit(indicator: string): string | null {
  if (!OO_START(indicator)) return null;
  const f = fold(indicator);
  if (!f.startsWith('(o.o)')) return null;
  const m = /procesos de (?:la |las |los )?(.+)$/.exec(f);
  return m ? m[1]! : null;
}

/** Whether at least two thirds of the named unit's significant words appear in the unit name. */
function sameUnit(named: string, unitName: string): boolean {
  const a = stems(named);
  if (a.size === 0) return true;
  const b = stems(unitName);
  let hits = 0;
  for (const s of a) if (b.has(s)) hits++;
  return hits * 3 >= a.size * 2;
}

// ---------------------------------------------------------------------------------------
// Goals and their flags

// Both are read once per row after the tracker has finished (blocks and slots no longer
// change): computed once per block / slot.
const unitNames = new WeakMap<Block, string | null>();
const objectiveTexts = new WeakMap<Slot, string | null>();

function unitName(b: Block | null): string | null {
  if (!b) return null;
  let name = unitNames.get(b);
  if (name === undefined) {
    name = b.nameParts.length > 0 ? cleanCell(b.nameParts.join(' ')) : null;
    unitNames.set(b, name);
  }
  return name;
}

function objectiveText(s: Slot | null): string | null {
  if (!s) return null;
  let text = objectiveTexts.get(s);
  if (text === undefined) {
    const t = cleanCell(s.parts.join(' '));
    text = t === '' ? null : t;
    objectiveTexts.set(s, text);
  }
  return text;
}

const DOUBT_TEXT: Record<Doubt, string> = {
  lost_columns: 'unidad perdida por OCR: fila sin columnas No./unidad/objetivo (el texto puede mezclar objetivo e indicador)',
  no_unit: 'unidad no identificada: bloque de filas sin nombre ni número de unidad',
  no_number: 'número de unidad no impreso en el bloque',
  unordered: 'número de unidad fuera de orden, no se usa: unidad sin número',
  no_name: 'nombre de unidad no impreso en el bloque',
  odd_name: 'nombre de unidad dudoso: no empieza con mayúscula, parece el pedazo de otra celda',
  mixed_name: 'nombre de unidad dudoso: lleva el texto de un objetivo o de un indicador, parece mezclado con otra celda',
  before_header: 'unidad supuesta: fila anterior al nombre/número de la unidad tras un salto de página o pérdida de columnas',
  given_back: 'unidad supuesta: filas sin nombre ni número asignadas a la unidad anterior',
};

/** Entry `e` goes with `other`'s unit: its unit, objective in force, group and doubt. */
function takeUnitOf(e: Entry, other: Entry): void {
  e.unit = other.unit;
  e.slot = other.slot;
  e.group = other.group;
  e.doubt = other.doubt;
}

/**
 * Rows before a unit's name/number after a page break (`before_header`), up to the first that opens
 * an objective, go back to the unit before them when one of them is an (O.O) row naming that unit
 * and not the one they were given: a unit whose last rows went on over the page break, above the
 * next unit's centred name (the CNE matrix printed narrow: «(O.O) Porcentaje de cumplimiento de los
 * procesos de la Dirección Relaciones Internacionales …» at a page's top, unit 23's name below).
 * They take that unit's objective in force.
 * So do the rows a new objective opened before the next unit's name/number, when their (O.O) row
 * names the unit before them and not the next: that unit's second objective (unit 9's «Incrementar
 * la disponibilidad, integridad y …», its first row read with an indicator where its objective
 * goes). They keep their own objective; flagged as given back unless the (O.O) row confirms them.
 */
function givenBackByName(entries: readonly Entry[]): void {
  for (let start = 0; start < entries.length; start++) {
    const first = entries[start]!;
    const prev = entries[start - 1];
    const opened = first.beforeHeaderOfObjective === true;
    if ((first.doubt !== 'before_header' && !opened) || !prev?.unit || prev.group === first.group) continue;
    let end = start;
    while (end < entries.length && entries[end]!.group === first.group
      && (opened ? entries[end]!.beforeHeaderOfObjective === true : entries[end]!.doubt === 'before_header' && cleanCell(entries[end]!.row.objective) === '')) end++;
    const back = unitName(prev.unit);
    const given = unitName(first.unit);
    const names = entries.slice(start, end).map((e) => namedUnit(e.row.indicator)).filter((n) => n !== null);
    if (back === null || !names.some((n) => sameUnit(n, back) && (given === null || !sameUnit(n, given)))) continue;
    for (let k = start; k < end; k++) {
      const e = entries[k]!;
      if (!opened) takeUnitOf(e, prev);
      else {
        e.unit = prev.unit;
        e.doubt = 'given_back';
      }
    }
    start = end - 1;
  }
}

/**
 * Clears the doubt of groups confirmed by an (O.O) row naming their unit; flags conflicts. An (O.O)
 * row that names the unit whose rows come right after it, and is the last of its unit's rows, is
 * that unit's: a cell spanning a unit's rows is printed centred on them, so its number and name
 * sit some lines below the unit's first indicator (the CNE matrix printed with its rows merged).
 */
function crossCheck(src: SourceText, entries: readonly Entry[], flags: FlagDraft[]): void {
  givenBackByName(entries);
  const confirmed = new Set<number>();
  entries.forEach((e, i) => {
    const named = namedUnit(e.row.indicator);
    const next = entries[i + 1];
    if (named === null || !next || !e.unit || !next.unit || next.unit === e.unit) return;
    const name = unitName(e.unit);
    const nextName = unitName(next.unit);
    if (name !== null && nextName !== null && !sameUnit(named, name) && sameUnit(named, nextName)) {
      takeUnitOf(e, next);
    }
  });
  for (const e of entries) {
    const named = namedUnit(e.row.indicator);
    const name = unitName(e.unit);
    if (named === null || name === null) continue;
    if (sameUnit(named, name)) confirmed.add(e.group);
    else {
      flags.push(flag(src, 'warning', 'unit_unknown', `la unidad asignada (${name}) no coincide con la del indicador`, cleanCell(e.row.indicator), e.row.line, { dataset: 'goals', field: 'unit' }));
    }
  }
  for (const e of entries) {
    if ((e.doubt === 'before_header' || e.doubt === 'given_back') && confirmed.has(e.group)) e.doubt = null;
  }
}

/** Several indicators and values merged into one cell by OCR (e.g. "... N/A  Porcentaje de ..."). */
function isMergedCell(indicator: string): boolean {
  return /\bN\/A\b/.test(indicator) || (fold(indicator).match(/porcentaje/g)?.length ?? 0) >= 2;
}

type GoalDraft = Draft<Goal>;

function toGoal(src: SourceText, e: Entry, flags: FlagDraft[]): GoalDraft {
  const r = e.row;
  const where = { dataset: 'goals', field: 'planned' };
  const indicator = cleanCell(r.indicator);
  const raw = cleanCell(r.value);
  let planned: number | null = null;
  let valueText: string | null = null;
  if (raw === '') {
    if (isMergedCell(indicator)) {
      flags.push(flag(src, 'warning', 'value_suspicious', 'fila fusionada por OCR (varios indicadores y metas en una celda), meta no legible', indicator.slice(0, 80), r.line, { dataset: 'goals', field: 'indicator' }));
    } else {
      flags.push(flag(src, 'warning', 'value_missing', 'meta cuantificable vacía', null, r.line, where));
    }
  } else if (r.cutAbove !== undefined) {
    // (a piece of a figure right above it: the value may be that figure's rest, «99,» / «52%»)
    valueText = raw;
    flags.push(flag(src, 'warning', 'value_suspicious', `meta quizá partida: «${r.cutAbove}» en la línea de arriba, no se usa`, raw, r.line, where));
  } else {
    const reading = parsePercent(raw);
    if (reading.issue === null) planned = reading.value;
    else {
      valueText = raw;
      if (reading.issue === 'missing') flags.push(flag(src, 'info', 'value_missing', 'meta cuantificable no aplica', raw, r.line, where));
      else flags.push(flag(src, 'warning', 'value_suspicious', 'meta cuantificable ilegible o imposible, no se usa', raw, r.line, where));
    }
  }
  const unit = unitName(e.unit);
  if (e.doubt !== null) {
    const value = e.unit ? `${e.unit.number ?? '?'} ${unit ?? '?'}` : null;
    flags.push(flag(src, 'warning', 'unit_unknown', DOUBT_TEXT[e.doubt], value, r.line, { dataset: 'goals', field: 'unit' }));
  }
  return {
    unit,
    unit_number: e.unit?.number ?? null,
    objective: r.lost ? null : objectiveText(e.slot),
    goal_number: null,
    goal: null,
    indicator: indicator === '' ? null : indicator,
    planned,
    achieved: null,
    value_unit: raw.includes('%') ? '%' : null,
    value_text: valueText,
    pct_reported: null,
    pct_computed: null,
    plan_objective: null,
    source_line: r.line,
  };
}

// ---------------------------------------------------------------------------------------
// Report metadata: date, year, institution

interface Footer {
  date: string | null;
  dateLine: number | null;
}

const FOOTER_DATE = foldedMatcher('includes', ['fecha actualizacion']);

/** A goal's value in a row: a percentage, a figure with decimals, or «N/A». */
const LOST_VALUE = /\d\s*%|\d,\d|(?:^|\s)N\/A(?:\s|$)/u;

const FOOTER_DATE_START = foldedMatcher('includes', ['fecha']);
/** The next footer label: where the update date's lines end. */
const FOOTER_NEXT = foldedMatcher('includes', ['periodicidad', 'unidad poseedora', 'responsable de la unidad']);

/**
 * The footer's update date. Its label may wrap in a narrow cell and its date sit on a line of the
 * label or just under it, as pdftotext -layout gives a cell printed in the middle or at the foot of
 * its row: «FECHA» / «ACTUALIZACIÓN» / «| 30/11/2023 |» / «DE LA», or «FECHA ACTUALIZACIÓN DE» /
 * «LA INFORMACIÓN: | 30/11/2023».
 */
function readFooter(src: SourceText): Footer {
  for (let i = 0; i < src.lines.length; i++) {
    const line = src.lines[i]!;
    if (line.length > MAX_LINE || !FOOTER_DATE_START(line)) continue;
    // (the line and the three below it, a line too long to be the footer's read as empty)
    const near = src.lines.slice(i, i + 4).map((l) => (l.length > MAX_LINE ? '' : l));
    if (!FOOTER_DATE(near.slice(0, 3).map((l) => cells(l).join(' ')).join(' '))) continue;
    for (let k = 0; k < near.length; k++) {
      if (k > 0 && FOOTER_NEXT(near[k]!)) break;
      for (const c of cells(near[k]!)) {
        const date = parseDmy(c);
        if (date) return { date, dateLine: i + k + 1 };
      }
    }
  }
  return { date: null, dateLine: null };
}

/** The most frequent plausible year written in the text (fallback when there is no date). */
function inferYear(lines: readonly string[]): number | null {
  const counts = new Map<number, number>();
  for (const line of lines) {
    if (line.length > MAX_LINE) continue;
    for (const m of line.matchAll(/(?<!\d)(19\d\d|20\d\d)(?!\d)/g)) {
      const y = Number(m[1]);
      counts.set(y, (counts.get(y) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && y > best)) best = y;
  return best;
}

const INSTITUTION_HEADS = new Set([
  'consejo', 'ministerio', 'instituto', 'servicio', 'agencia', 'superintendencia', 'defensoria',
  'contraloria', 'corte', 'tribunal', 'empresa', 'gobierno', 'municipio', 'universidad', 'banco',
]);
const CONNECTORS = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'e']);
/** Cells none of whose words can fold to a head word are skipped (see mayContainFoldedWord). */
const MAY_NAME_INSTITUTION = mayContainFoldedWord(...INSTITUTION_HEADS);

/**
 * The institution the text names most often: a capitalised run of at least three words
 * starting with "Consejo", "Ministerio"... ("Consejo Nacional Electoral"), mentioned twice
 * or more. Null when none is.
 */
function institutionName(lines: readonly string[], cellsOf: (i: number) => string[] = (i) => cells(lines[i]!)): string | null {
  const counts = new Map<string, { name: string; n: number }>();
  for (let i = 0; i < lines.length; i++) {
    // A line where no head word can occur has no cell where one can (cells are pieces of it).
    if (lines[i]!.length > MAX_LINE || !MAY_NAME_INSTITUTION(lines[i]!)) continue;
    for (const cell of cellsOf(i)) if (MAY_NAME_INSTITUTION(cell)) countInstitutions(cell, counts);
  }
  let best: { name: string; n: number } | null = null;
  for (const c of counts.values()) if (c.n >= 2 && (best === null || c.n > best.n)) best = c;
  return best?.name ?? null;
}

/** Counts the institution names a cell mentions (cells are separate: a name never spans two). */
function countInstitutions(cell: string, counts: Map<string, { name: string; n: number }>): void {
  const words = cell.split(/\s+/).filter((w) => w !== '');
  for (let i = 0; i < words.length; i++) {
    if (!INSTITUTION_HEADS.has(fold(words[i]!))) continue;
    const name = capitalisedRun(words, i);
    if (name.length < 3) continue;
    const text = name.join(' ');
    const key = fold(text);
    const c = counts.get(key) ?? { name: text, n: 0 };
    c.n++;
    counts.set(key, c);
  }
}

/** Words from `start` while capitalised ("Nacional") or connectors, up to punctuation. */
function capitalisedRun(words: readonly string[], start: number): string[] {
  const run: string[] = [];
  for (let i = start; i < words.length && run.length < 12; i++) {
    const w = words[i]!;
    const bare = w.replace(/[.,;:)]+$/, '');
    const ok = i === start || CONNECTORS.has(bare.toLowerCase()) || /^[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+$/.test(bare);
    if (!ok || bare === '') break;
    run.push(bare);
    if (bare !== w) break;
  }
  while (run.length > 0 && CONNECTORS.has(run[run.length - 1]!.toLowerCase())) run.pop();
  return run;
}

/** Domains of e-mail addresses (the responsible officer's) then of links. */
function domains(src: SourceText): string[] {
  const out: string[] = [];
  // Neither pattern can match across a line break, so only the lines holding "@" / "http" are
  // read (in order): the same matches as on all the lines joined.
  const short = src.lines.filter((l) => l.length <= MAX_LINE);
  for (const line of short) {
    if (!line.includes('@')) continue;
    for (const m of line.matchAll(/@([a-z0-9.-]+)/gi)) {
      const host = m[1]!.toLowerCase().replace(/\.+$/, '').replace(/^www\./, '');
      if (host.includes('.') && !out.includes(host)) out.push(host);
    }
  }
  for (const host of linkDomains(short.filter((l) => /http/i.test(l)).join('\n'))) if (!out.includes(host)) out.push(host);
  return out;
}

// ---------------------------------------------------------------------------------------
// Parser

const DETECT_LITERAL = foldedLettersMatcher('includes', ['literal a4', 'metas y objetivos de las unidades administrativas']);
const DETECT_META = foldedLettersMatcher('includes', ['meta cuantificable']);
const DETECT_OBJECTIVE = foldedLettersMatcher('includes', ['objetivo de la unidad']);

/**
 * The folded start of the text names literal a4 (or its title) and the "Meta cuantificable" column,
 * or, where a layout cut that narrow header cell across lines with other text between its pieces
 * («Meta» / «cuan» / «tifica» / «ble»), the unit's objective column (the unit's description may be
 * cut too: a justified «Descripción     de  la» over «unidad»).
 */
function detect(src: SourceText): boolean {
  const head = src.text.slice(0, DETECT_WINDOW);
  return DETECT_LITERAL(head) && (DETECT_META(head) || DETECT_OBJECTIVE(head) || stackedCells(head).some(DETECT_META));
}

/** Lines of a header looked at together, down one column (detect). */
const STACKED_LINES = 4;

/**
 * The text of each column of the head's tables over a few lines at a time: cell k of each line and
 * of the lines below it, joined («Meta» over «cuan tifica ble», a narrow header cell cut down its
 * column beside other cells of two lines, «N Descripción de la» over «o.   unidad»).
 */
function stackedCells(head: string): string[] {
  const rows = head.split('\n').map((l) => (l.includes('\t') ? cells(l) : null));
  const out: string[] = [];
  rows.forEach((row, i) => {
    if (!row) return;
    const below = rows.slice(i + 1, i + STACKED_LINES).filter((r): r is string[] => r !== null);
    row.forEach((c, k) => {
      if (c.trim() !== '') out.push([c, ...below.map((r) => r[k] ?? '')].join(' '));
    });
  });
  return out;
}

/**
 * Whether the table's rows are padded apart: more than half of the table rows (two or more) come
 * right after a single blank line. `kinds`: each line's (null for a line too long to read).
 */
function paddedRows(kinds: readonly (RowKind | null)[]): boolean {
  let rows = 0;
  let afterOne = 0;
  let blanks = 0;
  for (const kind of kinds) {
    if (kind === null) continue;
    if (kind === 'blank') {
      blanks++;
      continue;
    }
    if (kind === 'table') {
      rows++;
      if (blanks === 1) afterOne++;
    }
    blanks = 0;
  }
  return rows >= 2 && afterOne * 2 > rows;
}

/**
 * A column header cut down its columns over a few lines, each line read as a table row («No.» as
 * «N» / «o.», «Meta cuantificable» as «Meta» / «cuan tifica ble», a layout whose header cells wrap
 * beside each other): the lines from a table row down to the one completing «Meta cuantificable» in
 * one column are the header (their kinds set to 'header'). Whether one was found.
 */
function stackedHeader(cellRows: readonly (string[] | null)[], kinds: (RowKind | null)[]): boolean {
  let found = false;
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] !== 'table' || !cellRows[i]) continue;
    let end = -1;
    for (let k = 0; k < cellRows[i]!.length && end < 0; k++) {
      let text = cellRows[i]![k]!;
      if (text.trim() === '') continue;
      for (let m = i + 1; m < Math.min(kinds.length, i + STACKED_LINES) && end < 0; m++) {
        if (kinds[m] !== 'table' || !cellRows[m]) break;
        text += ` ${cellRows[m]![k] ?? ''}`;
        if (META_HEADER(text.trim())) end = m;
      }
    }
    if (end < 0) continue;
    for (let m = i; m <= end; m++) kinds[m] = 'header';
    found = true;
    i = end;
  }
  return found;
}

/** Walks the rows through the state machine; returns it finished. */
function trackUnits(src: SourceText, flags: FlagDraft[], cellsOf: (i: number) => string[]): { tracker: UnitTracker; header: boolean } {
  const tracker = new UnitTracker(src);
  let header = false;
  let blank = false;
  const cellRows = fitToMatrix(src.lines.map((line, i) => (line.length > MAX_LINE ? null : withNumberColumn(cellsOf(i)))));
  const kinds = cellRows.map((c) => (c === null ? null : classify(c)));
  header = stackedHeader(cellRows, kinds);
  // rows padded apart (a blank line between most table rows, as a layout with cell padding prints
  // them): a lone blank line is padding, and only a run of them or a form feed breaks a page
  const padded = paddedRows(kinds);
  let blanks = 0;
  /** Lines seen, padding aside: a lone blank line between padded rows counts for none. */
  let seq = 0;
  /** The digit the left-out line right above opened with (a unit's number cut down its column). */
  let digitAbove: { digit: string; line: number } | null = null;
  /** The piece of a figure a noise row right above left in the value column (cutAbove). */
  let head: { text: string; line: number } | null = null;
  for (let i = 0; i < src.lines.length; i++) {
    const line = src.lines[i]!;
    const n = i + 1;
    const c = cellRows[i]!;
    const kind = kinds[i]!;
    seq++;
    if (c === null || kind === null) {
      flags.push(flag(src, 'warning', 'line_too_long', 'línea demasiado larga, omitida', `${line.length} caracteres`, n));
      continue;
    }
    // a form feed (pdftotext's page break) opens a page as a run of blank lines does
    if (line.charCodeAt(0) === 12 && !blank && kind !== 'blank') tracker.pageBreak();
    if (kind === 'blank') {
      blanks++;
      if (!blank && blanks >= (padded ? 2 : 1)) {
        tracker.pageBreak();
        blank = true;
      }
      continue;
    }
    if (padded && blanks === 1) seq--;
    blank = false;
    blanks = 0;
    if (kind === 'footer') break;
    if (kind === 'header') header ||= c.some((x) => META_HEADER(x));
    else if (kind === 'section') tracker.section();
    else if (kind === 'junk') {
      flags.push(flag(src, 'info', 'section_unrecognized', 'fila de ruido OCR omitida', noiseQuote(c), n));
      // (OCR noise with a letter, «l .», «T | 1 | 1», is what the scanner left of a page's foot or
      // head: a page break, as a run of blank lines is; printed again, the blank lines may fall at a
      // page's foot and leave no trace, the noise row stays. A value's piece alone, a figure's, «99,5» /
      // «2%», or a «N/A»'s, «A», is a layout's cut, no page's)
      if (c.some((x) => /\p{L}/u.test(x) && !/^[NA/]+$/iu.test(x.trim()))) tracker.pageBreak();
      head = cutAbove(c, n);
    }
    else if (kind === 'table') {
      // (a row on a grid wider than the matrix that fitToMatrix could not fit: its cells past the
      // fifth are not read, and say so)
      const past = c.slice(5).filter((x) => x.trim() !== '');
      if (past.length) flags.push(flag(src, 'warning', 'section_unrecognized', 'fila con más columnas que la matriz, celdas de más no leídas', cleanCell(past.join(' | ')).slice(0, 80), n, { dataset: 'goals' }));
      const row = toRow(c, n, seq, 'table');
      tracker.row(head?.line === n - 1 && row.value.trim() !== '' ? { ...row, cutAbove: head.text } : row);
    }
    else if (kind === 'lost') tracker.lost(toRow(c, n, seq, 'lost'));
    else {
      // (a row that holds a goal's value, «Porcentaje de asistencias técnicas atendidas 100,00%» left
      // in one cell, is a goal lost: a warning, not a note)
      const value = LOST_VALUE.test(line);
      flags.push(flag(src, value ? 'warning' : 'info', 'section_unrecognized',
        value ? 'fila no reconocida, omitida con su valor' : 'fila no reconocida, omitida', cleanCell(line).slice(0, 80), n,
        value ? { dataset: 'goals' } : {}));
      // (and two such lines, one under the other, each opening with a digit, print the unit's
      // number cut down its column: «2    Dirección …» / «7    Nacional …» is unit 27)
      const digit = header ? headerDigit(line) : null;
      if (digit !== null && digitAbove?.line === n - 1) {
        tracker.row({ line: n, seq, number: digitAbove.digit + digit, name: '', objective: '', indicator: '', value: '', lost: false });
        digitAbove = null;
      } else if (header && opensUnitHeader(line)) {
        tracker.lostHeader();
        digitAbove = digit === null ? null : { digit, line: n };
      }
    }
  }
  tracker.finish();
  return { tracker, header };
}

function parse(src: SourceText): ParseResult {
  const flags: FlagDraft[] = [];
  // Each line's cells, split once for both passes (neither changes them).
  const lineCells: (string[] | undefined)[] = new Array(src.lines.length);
  const cellsOf = (i: number) => (lineCells[i] ??= cells(src.lines[i]!));
  const { tracker, header } = trackUnits(src, flags, cellsOf);
  for (const f of tracker.flags) flags.push(f);
  crossCheck(src, tracker.entries, flags);
  const goals = tracker.entries.map((e) => toGoal(src, e, flags));

  const footer = readFooter(src);
  let year = footer.date ? Number(footer.date.slice(0, 4)) : null;
  if (year === null) {
    year = inferYear(src.lines);
    flags.push(year === null
      ? flag(src, 'error', 'year_inferred', 'año del informe no encontrado', null, null)
      : flag(src, 'warning', 'year_inferred', 'sin fecha de actualización; año deducido del año más citado', year, null));
  }
  const complete = header && footer.date !== null && goals.length > 0;
  if (!complete) {
    const missing = [!header && 'cabecera', footer.date === null && 'fecha de actualización', goals.length === 0 && 'filas de metas'].filter(Boolean).join(', ');
    flags.push(flag(src, 'warning', 'fragment', 'matriz literal a4 incompleta, falta', missing, null));
  }

  const result = emptyResult(
    {
      period: year === null ? '' : String(year),
      year: year ?? 0,
      title: TITLE,
      report_number: null,
      complete,
      budget_pct_reported: null,
      goals_pct_reported: null,
      goals_pct_reported_line: null,
      date: footer.date,
    },
    { name: institutionName(src.lines, cellsOf), domains: domains(src) },
  );
  result.goals = goals;
  result.flags = flags.sort((a, b) => (a.source_line ?? 0) - (b.source_line ?? 0));
  return result;
}

export const lotaipA4Parser: Parser = {
  format: 'lotaip-a4',
  label: 'Matriz LOTAIP literal a4 (metas)',
  description:
    'Es la matriz que la Ley Orgánica de Transparencia (LOTAIP, art. 7, literal a4) obliga a publicar: cada unidad administrativa con su objetivo, sus indicadores y su «meta cuantificable». Se leen unidad, número de unidad, objetivo, indicador y valor; «N/A» se publica como no reportado. Estas matrices publican metas (lo planificado), no su ejecución.',
  countLabel: 'informes',
  detect,
  parse,
};
