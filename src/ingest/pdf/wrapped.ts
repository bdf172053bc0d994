/**
 * Wrapped table cells: a printed table row whose long cells wrap over several displayed lines is
 * joined back into one line for the parsers, with a line map (layout/line-map.ts) so figures keep
 * citing the displayed lines.
 *
 * A displayed line continues the row above when, by geometry only:
 * - it follows at single line spacing (a new row adds the cells' padding and ruling);
 * - no shaded area (a row's or cell's background) starts or stops between it and the line above,
 *   across its cells (bandBetween: a zebra table without cell padding sets its rows as close as
 *   a row's lines);
 * - each of its cells starts where a cell of the line above and of the row's first line starts
 *   (cells are aligned to the top and left of their row, so a wrapped cell continues under itself;
 *   the lines of a narrow centred cell, less than half a font size apart at their start, or the
 *   lower opening in a small letter, share their middle instead: centredPieces);
 * - it does not fill every column of the row with a bare number in its first column (a new row
 *   of a table drawn at single line spacing: a row's number or code does not wrap; a bare number
 *   further right may go on a word of its cell, «Julio» / «202» / «0» in a date column as narrow
 *   as a month's name, and one under a value starts a row, next; nor a year under a month's name
 *   ending the line above, «junio» / «2022»: a date wrapped at its space), unless
 *   each such number continues a number cut in a full line above into one well-formed number (with
 *   the fragments below it when the figure is cut more than once: «10» / «0,» / «00» / «%»), or
 *   the table sets its rows further apart than a row's lines (cell padding, ruling: the row's first
 *   line, or another row's first line in the same table, follows the line above it further than
 *   this line follows its own), and the line is inside the row;
 * - it does not put a value (a figure, or a missing mark, «N/A») under a value: a cell holds one
 *   value, so a value below the row's value in its column (joined so far: «97,00» / «%»), or the
 *   start of one cut in a narrow column («N/» / «A»), starts a row, unless the two are one number
 *   cut; a table without vertical cell padding sets its rows as close as a row's lines (same
 *   condition as above: not inside a row of a table that sets its rows apart);
 * - the text above could not take the continuation's first word (its width estimated with capitals
 *   and digits wider than lower-case letters): it was wrapped there (a single
 *   text runs to the page's right margin; a table cell, even the only filled cell of its row, to
 *   its column's edge; a table broken across pages goes on over the break, so lines at a page's
 *   end or top are table cells when the other page's rows there have a cell in their column).
 * The cell's lines are joined with a space, or without one where the line broke inside a word.
 * How lines break in a table cell (CSS, office suites alike): at a space, or where a line may
 * break without one (after a hyphen or slash attached to a word, after opening punctuation); a
 * word is cut anywhere (CSS `overflow-wrap`) only when it alone is wider than the line, so a cut
 * line is one word that fills its column. So, in this order:
 * - after a hyphen or slash attached to a word, or opening punctuation: no space, unless the
 *   document prints the two runs only apart ("(" / "E )": "( E )", printedJoin);
 * - a line with a space in it, or with room left for the next line's first character, broke at a
 *   space. The room is measured to how far the column's text can run: the widest text of the
 *   column, or the next column's start less the table's padding, which every column shares (the
 *   smallest distance between a column's widest text and the next column's start); in a cell
 *   drawn with borders around both lines, its box's right side less the padding its text leaves
 *   at the left, when nearer (ruled.ts boxRight: a date cut letter by letter in a column one
 *   letter wide, «F» / «eb» / «re» / «ro», under a table whose columns reach further). Two limits:
 *   a run of text (no space) wider than the column is cut where the line ends, even after other
 *   words on that line ("de 10:" / "</b>"): when the runs around the break together would be wider
 *   than the column, the document's printing of them decides (printedJoin), else a space; and a
 *   letter may be wider than the average one the room is measured with: with less than one and a
 *   half letters of room, fragments that run on into a word the document prints were cut;
 * - marks and signs at the break (not letters or digits): as the document prints those two runs on
 *   a line, together or apart (printedJoin), when it prints them only one way;
 * - a full line of digits before digits: a number cut (numbers are not broken at a space); digits
 *   share one width, so a line of fewer digits than a line above it in the cell had room (a break
 *   at a space), and the room is measured with a digit, not a narrower comma;
 * - a sign that opens or stands for a word ("%", "$", "(") after a word, or a word after a closing
 *   bracket or quote: a space;
 * - a full line ending in punctuation: as the document prints that mark before that word
 *   elsewhere (word-join.ts punctJoin: ",OE" or ", OE"); else a space after punctuation that ends
 *   a word ("NO.", "metas,"), unless the text runs on after punctuation without spaces (an
 *   address: "www.iess.gob.");
 * - Spanish doubles no "s": fragments that would meet at "s" / "s" are two words;
 * - a written accent sits on one of a word's last three syllables: fragments that would put it
 *   further back are two words ("PRODUCCIÓN" / "NACIONAL"; adverbs in -mente aside);
 * - in a column a few letters wide a word runs down several lines: the fragments that follow, one
 *   a line, run on into a word the document prints ("En" / "e" / "ro"): no space (wordJoinAhead),
 *   though the first fragments alone are words too; words are looked up with the cell's text so
 *   far, not only its last line; and when the line above and the fragment start no word of the
 *   document, the fragments below may make the next word, cut twice ("CONTRALORÍA" / "GENER" / "AL DEL":
 *   "general" is printed): a space (wordSplitAhead);
 * - a lone letter that is no Spanish word ("S"), alone on its line or, a capital after a word in
 *   capitals, before more words ("D PARTICIPATIVA", a justified cell; not one the document prints as
 *   a word inside text), ends a cut word, also where the room left looked like one average letter (a
 *   capital is wider); a letter, a slash and a letter ("Y/O") starts one;
 * - the words the document prints elsewhere (layout/word-join.ts): the fragments make a word it
 *   prints ('' ), or each is printed whole next to other text (' '); a line that is one word may
 *   be cut at its end too, so its word may be only the start of one (wordJoinOpen); weaker, the
 *   word before is printed inside text and the one after followed by text (wordJoinLoose);
 * - a word and a number meet at a space ("Julio" / "2023");
 * - else a cut, unless the next line starts with a short word ("de", "la", "y" before more text;
 *   a short word alone on the cell's last line is a word's end: "MASCULI" / "NO")
 *   or the two fragments would make a word longer than Spanish words are (18 letters).
 *
 * A table at a page's top that goes on with the table ending the page before keeps that table's
 * inner columns, even those empty on this page (a cell spanning rows printed on the page before),
 * for telling how far its columns' text could run, and its row spacing (a page holding one row
 * shows none between rows); such an empty column bounds a column left of the last one this page
 * fills, not one beyond it (a narrower table printed under the rest of the wider one).
 *
 * A cell cut by a page break stays one cell (acrossPage): a page's first line continues the row
 * that ends the page before when that row reaches the page's foot with a wrapped cell, the line
 * starts above where a row pushed whole to a page's top starts (below its cell's padding and
 * ruling), and it continues the row as the line right under it would; the row's lines on the new
 * page must then end set apart from the next row.
 *
 * The joined text keeps every displayed column position, shifted right just enough that a joined
 * cell still ends two spaces before the next column; the same shift applies to every line of the
 * document, and every page is laid on one character grid (the document's finest pitch and leftmost
 * text), so rows of a table keep one set of columns across rows and pages.
 *
 * Pure: cleaned page lines in, joined text and map out.
 */
import { advanceOf } from './advances.ts';
import { boxRight as ruledRight, rowsApart, tableRules } from './ruled.ts';
import type { Rule, Rules, Shade } from './rules.mjs';
import { joinRuns, type LineMap } from '../layout/line-map.ts';
import { accentTooFarBack, documentWords, lexiconJoin, lexiconSplitAhead, printedJoin, punctJoin, wordJoin, wordJoinAhead, wordJoinLoose, wordJoinOpen, wordSplitAhead, type DocumentWords } from '../layout/word-join.ts';
import { gridColumn, pageFloors, placedX, renderCells, type Grid, type LineCell, type PageLine } from './lines.ts';
import { countAtMost } from '../../lib/sorted.ts';
import { MAX_WRAP_PITCH, WRAP_OVER_SPACING, wrapLimit } from './spacing.ts';
import { isMissing } from '../../lib/numbers.ts';
import { MONTH } from '../layout/recover.ts';

/** A line ending in a month's name («… 2019 – junio», «Enero»). */
const MONTH_END = new RegExp(`(?:^|\\s)${MONTH}$`, 'iu');

/**
 * Short Spanish words (of two letters or more: a single letter is as often the end of a cut word) that often start a wrapped line after a full one: a line that breaks before
 * them broke at the space (a full line without spaces followed by another word is otherwise read
 * as one word cut by CSS `overflow-wrap`, which geometry alone cannot tell apart).
 */
const SHORT_WORDS = new Set(['al', 'con', 'de', 'del', 'el', 'en', 'la', 'las', 'lo', 'los', 'ni', 'no', 'para', 'por', 'que', 'se', 'si', 'sí', 'su', 'sus', 'un', 'una']);
/**
 * Letters of the longest words in running Spanish text ("interinstitucional", "corresponsabilidad":
 * 18); two fragments that would make a longer word are two words.
 */
const LONGEST_WORD = 18;
/** A cell that is only a number, amount, code or percentage (an amount as Markdown escapes it too, «\$2.000,00»). */
const BARE_NUMBER = /^(?:[-+]|\\?\$)?\s?[\d.,]+\s?%?$/;
/** A number as printed: digits with thousands and decimal separators (es-EC or plain), maybe a percentage or an amount ("$", "\\$" as Markdown escapes it). */
const WELL_FORMED_NUMBER = /^[-+]?\\?\$?\s?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?\s?%?$/;
/** Rows set apart by cell padding or ruling: a row's first line follows the line above it at least this many font sizes further than its own lines follow each other. */
const ROW_APART = 0.1;
/** Cells start at the same x within this many points. */
const SAME_X = 1;

interface PageGeometry {
  width: number;
  height?: number;
  /** OCR word boxes: not joined (their lines are not laid out by a browser or office suite). */
  words?: boolean;
  /** The rules the page draws (rules.mjs): a cell drawn with borders says how far its text can run. */
  rules?: Rules;
}

const sameX = (a: number, b: number) => Math.abs(a - b) <= SAME_X;
/**
 * Two cells in the same column: placed at the same column start (a figure right-aligned in its cell
 * and the pieces it wraps into, aligned.ts: «70,36» / «%»), or printed starting at the same x (a
 * figure placed at its header and the piece under it that is no figure, «148058» / «83 1,00»).
 */
const sameColumn = (a: LineCell, b: LineCell) => sameX(placedX(a), placedX(b)) || sameX(a.x, b.x) || centredPieces(a, b);
/**
 * Two lines of a centred cell too narrow for centred.ts to tell (their starts less than
 * CENTRED_NEAR font sizes apart, where a left-aligned cell's lines may start as well): one middle,
 * within a point, neither placed elsewhere («RES» / «ULT» / «AD» / «OS», a header's word cut down
 * a column four letters wide).
 */
const centredPieces = (a: LineCell, b: LineCell) => a.at === undefined && b.at === undefined && a.x < b.end && b.x < a.end &&
  (Math.abs(a.x - b.x) <= CENTRED_NEAR * Math.max(a.size, b.size) || opensSmall(a) || opensSmall(b)) && sameX((a.x + a.end) / 2, (b.x + b.end) / 2);
/**
 * A line opening in a small letter goes on the text above it («<b>Institución o acto» / «r» /
 * «responsable de la implementación</b>», a centred key in a row printed as a header): with one
 * middle, its line and the one above are a centred cell's however far apart they start.
 */
const opensSmall = (c: LineCell) => /^\p{Ll}/u.test(c.text);
/** See centredPieces (centred.ts's own centred pairs count from 0.45 font sizes apart). */
const CENTRED_NEAR = 0.45;

/**
 * The width of the first `chars` characters of a cell's text: the cell's width shared among its
 * characters by their advances in a sans font (advances.ts), so that a word of wide letters
 * («implementación», two «m») or of capitals and digits («OC4IDS») after narrower text comes out
 * wider than the line's average character says.
 */
function leadWidth(c: LineCell, chars: number): number {
  if (c.text.length === 0) return 0;
  return ((c.end - c.x) / advanceOf(c.text)) * advanceOf(c.text.slice(0, chars));
}

/**
 * The advance of a letter of the cell (a space is narrower than a letter: taken as a quarter of the
 * font size; narrow marks, «/» «.» «,» «:» «;» «|» «'» «!», as half a letter), for telling whether
 * one more character fitted.
 */
function letterWidth(c: LineCell): number {
  const spaces = c.text.split(' ').length - 1;
  const narrow = (c.text.match(/[.,:;/|'!]/gu) ?? []).length;
  const letters = c.text.length - spaces - narrow / 2;
  return letters <= 0 ? 0 : Math.max(0, c.end - c.x - spaces * 0.25 * c.size) / letters;
}

/** A row's column limits: the widest cell of each of the head's columns (computed when needed) and tableReach's. */
interface RowLimits {
  widest: Map<number, number>;
  reach: number[];
}

/** How lines[i] continues the row that `head` starts, or null when it starts a row: the joiner of each of its cells. */
function continuation(lines: readonly PageLine[], head: PageLine, headAt: number, row: readonly LineCell[], i: number, right: number, rowLimits: { limits: RowLimits | null; tables: Map<number, TableGeometry> }, words: () => DocumentWords, edges: PageEdges): Map<LineCell, string> | null {
  const a = lines[i - 1]!;
  const b = lines[i]!;
  if (!a.cells.length || !b.cells.length) return null;
  const size = Math.max(...a.cells.map((c) => c.size), ...b.cells.map((c) => c.size));
  const pitch = b.y - a.y;
  if (pitch <= 0 || pitch > edges.wrap * size) return null;
  if (edges.bands && bandBetween(edges.bands, a, b, size)) return null;
  // (a line of two cells or more in boxes of a table drawn with borders below the boxes of the line
  // above in their columns: another row. A line of one cell may be a cell's text run over its row's
  // bottom into the box below, a spreadsheet's row too short for it: the real POA's «… LA REPARACION
  // DE LOS» / «ELEMENTOS» in its CPC column)
  if (edges.ruledApart && b.cells.length >= 2 && b.cells.some((c) => {
    const p = a.cells.find((x) => sameColumn(x, c));
    return !!p && edges.ruledApart!(a, p, b, c);
  })) return null;
  // A single text, unless it is the one filled cell of a table row (lines around it have more cells).
  const prose = head.cells.length === 1 && !inTableBlock(lines, i, edges);
  let limits = rowLimits.limits;
  // A line with a cell in every column of the row and a bare number in its first column (a row's
  // number or code) is a row of its own, unless each such number continues a number cut in a full
  // line above ("11" / "2,3" / "7 %": the line above has no room left for one more character, and
  // the two make one well-formed number, or do with the fragments below them, a number cut more
  // than once: "10" / "0," / "00" / "%"). A bare number in another column may go on a word of
  // its cell ("Julio" / "202" / "0" in a date column as narrow as a month's name); under a value
  // it starts a row (below).
  // A line whose text cell opens a sentence in capitals under one that ended a sentence («… sexo-
  // genéricas.» / «INNOVACIÓN PÚBLICA») starts a row: its number («61» under «55») is its own, not
  // the rest of one cut.
  const opensSentence = b.cells.some((x) => {
    const p = a.cells.find((y) => sameColumn(y, x));
    return !!p && /\p{Ll}[.!?]$/u.test(p.text.trim()) && /^\p{Lu}{2}/u.test(x.text) && !isValue(x.text);
  });
  const cutNumber = (c: LineCell) => {
    if (opensSentence) return false;
    const above = a.cells.find((x) => sameColumn(x, c));
    const h = head.cells.findIndex((x) => sameColumn(x, c));
    // (the figure as joined so far: «95» / «,3» / «3» / «%» is one, «95,33%», though «,33%» is none)
    const sofar = row.find((x) => sameColumn(x, c))?.text ?? above?.text ?? '';
    const ahead = () => linesAhead(lines, i, c.x, pitch + ROW_APART * size);
    if (!above || h < 0 || !(cutIntoNumber(above.text + c.text, ahead) || (sofar !== above.text && cutIntoNumber(sofar + c.text, ahead)))) return false;
    if (!limits) limits = rowLimits.limits = { widest: new Map(), reach: tableReach(lines, head, i, right, rowLimits.tables, edges) };
    return above.end + leadWidth(c, 1) > limits.reach[h]! - 0.5;
  };
  // (Not in a table whose rows are set apart by more than their lines, cell padding or ruling: there
  // a line that follows the one above more closely than the row's first line followed the line
  // above it is inside the row, whatever it holds: "Enero" / "20" / "20" in a narrow column.)
  const above = headAt > 0 ? lines[headAt - 1]! : null;
  const apart = pitch + ROW_APART * size;
  const insideRow = (!!above && above.cells.length > 0 && head.y - above.y >= apart) || tableOf(lines, i, right, rowLimits.tables, edges).rowPitch >= apart;
  // (Not a year under a month that ends the cell's line above: a date wrapped at its space, «… 2019 –
  // junio» / «2022» in a column a few letters wide.)
  const yearOfMonth = (c: LineCell) => /^(?:19|20)\d\d$/.test(c.text) && MONTH_END.test(a.cells.find((x) => sameColumn(x, c))?.text ?? '');
  if (!prose && !insideRow && b.cells.length >= head.cells.length && b.cells.some((c) => sameColumn(c, head.cells[0]!) && BARE_NUMBER.test(c.text) && !cutNumber(c) && !yearOfMonth(c))) return null;
  // A value under a value: a cell of a figure or a missing mark («N/A») whose column holds one on
  // the line above too starts a row of its own (a cell holds one value; a value is not wrapped at
  // a space into another), unless the two are one number cut. A table without vertical cell
  // padding sets its rows as close as a row's lines, and a narrow figure column beside a wrapped
  // text fills its line: «N/A» / «N/A» are two rows' values, not one cell wrapped.
  if (!prose && !insideRow && b.cells.some((c) => valueUnderValue(a, row, c, () => linesAhead(lines, i, c.x, pitch + ROW_APART * size)) && !cutNumber(c))) return null;
  const joiners = new Map<LineCell, string>();
  for (const c of b.cells) {
    const p = a.cells.find((x) => sameColumn(x, c));
    const h = head.cells.findIndex((x) => sameColumn(x, c));
    if (!p || h < 0) return null;
    // The column's right limit: the page's right margin (as far from the right edge as the text is
    // from the left) for a single text, else the widest cell of the table's column; and how far
    // the column's text could run at most (tableReach), for telling a cut word.
    // (the same for every line of the row: the table around it is the same; computed once)
    if (!prose && !limits) limits = rowLimits.limits = { widest: new Map(), reach: tableReach(lines, head, i, right, rowLimits.tables, edges) };
    let limit = right;
    if (!prose) {
      limit = limits!.widest.get(h) ?? columnLimit(lines, head, i, c.x, head.cells[h + 1]?.x ?? right);
      limits!.widest.set(h, limit);
    }
    // (a cell drawn with borders: its text runs no further than its box's right side, less its padding)
    const widest = limit;
    const boxed = prose ? null : edges.boxRight?.(a, p, b, c) ?? null;
    if (boxed !== null) limit = Math.min(limit, boxed);
    const word = c.text.split(' ')[0]!.length;
    const space = 0.25 * c.size;
    // (the word's width is estimated from the line's average advance: one character of slack)
    if (p.end + space + leadWidth(c, word) <= limit - leadWidth(c, 1)) return null;
    joiners.set(c, joinerOf(p, c, prose ? right : Math.min(boxed ?? Infinity, Math.max(widest, limits!.reach[h]!)), words, row.find((x) => sameColumn(x, c))?.text ?? p.text, () => linesAhead(lines, i, c.x, pitch + ROW_APART * size), () => mostDigitsAbove(lines, headAt, i, c), () => digitCells(lines, c)));
  }
  return joiners;
}

/**
 * Runs PDF.js gave as one though they are two cells (it joins runs closer than about a letter: cells
 * without padding), split where the second cell's column is: a row's number and the next cell's text,
 * «6 Político y Difusión», when the lines below go on with the text right of the number
 * (numberBeforeText); two dates, «Diciembre 2020 Diciembre 2021», when a row around starts the next
 * date column where the second date starts (twoDates).
 */
function splitPackedRuns(lines: readonly PageLine[]): PageLine[] {
  return lines.map((l, i) => {
    let split = false;
    const cells = l.cells.flatMap((c) => {
      if (c.at !== undefined) return [c];
      const parts = numberBeforeText(lines, i, c) ?? twoDates(lines, i, c) ?? valueAfterText(lines, i, c);
      if (parts) split = true;
      return parts ?? [c];
    });
    return split ? { ...l, cells } : l;
  });
}

/** A cell cut in two at x: its first `chars` characters, and the rest (after a space) at x. */
function cutAt(c: LineCell, chars: number, x: number): LineCell[] {
  return [{ ...c, text: c.text.slice(0, chars), end: c.x + leadWidth(c, chars) }, { ...c, text: c.text.slice(chars + 1), x }];
}

/** «6 Político y Difusión», the name going on below, right of the number (splitPackedRuns). */
function numberBeforeText(lines: readonly PageLine[], i: number, c: LineCell): LineCell[] | null {
  const m = /^(\d{1,3}) (?=\S)/u.exec(c.text);
  if (!m) return null;
  const textAt = c.x + leadWidth(c, m[0].length);
  for (let k = i + 1; k < Math.min(lines.length, i + 4); k++) {
    const b = lines[k]!;
    if (b.y - lines[k - 1]!.y > 2 * c.size || b.cells.some((d) => sameX(d.x, c.x))) break;
    const below = b.cells.find((d) => d.x > c.x + SAME_X && Math.abs(d.x - textAt) <= 0.6 * c.size);
    if (below) return cutAt(c, m[1]!.length, below.x);
  }
  return null;
}

/**
 * «… así como el N/A»: a value (a figure or a «no value» mark in letters) given by PDF.js as one run
 * with the text before it (a cell that fills its column up to the next one's padding), split where
 * the value starts when cells of two lines around (up to TABLE_REACH above or below) start there,
 * as estimated from the run's letters (within 0.6 font sizes), and end where the run ends: the
 * value's column.
 */
function valueAfterText(lines: readonly PageLine[], i: number, c: LineCell): LineCell[] | null {
  const m = /^(.*\S) (\S+)$/u.exec(c.text);
  if (!m || !(BARE_NUMBER.test(m[2]!) || (isMissing(m[2]!) && /\p{L}/u.test(m[2]!)))) return null;
  const valueAt = c.x + leadWidth(c, m[1]!.length + 1);
  let column: LineCell | null = null;
  let seen = 0;
  for (let k = Math.max(0, i - TABLE_REACH); k < Math.min(lines.length, i + TABLE_REACH + 1) && seen < 2; k++) {
    if (k === i) continue;
    const d = lines[k]!.cells.find((d) => d.x > c.x + SAME_X && Math.abs(d.end - c.end) <= SAME_X && Math.abs(d.x - valueAt) <= 0.6 * c.size);
    if (d) {
      column ??= d;
      seen++;
    }
  }
  return column && seen >= 2 ? cutAt(c, m[1]!.length, column.x) : null;
}

const TWO_DATES = new RegExp(`^(${MONTH}(?: de)? \\d{4}) ${MONTH}(?: de)? \\d{4}$`, 'iu');

/**
 * Two dates given as one run («Diciembre 2020 Diciembre 2021»: cells without padding, 4 pt apart),
 * split where the second starts when a cell of the lines around (up to TABLE_REACH lines above or
 * below) starts there: the next date column.
 */
function twoDates(lines: readonly PageLine[], i: number, c: LineCell): LineCell[] | null {
  const m = TWO_DATES.exec(c.text);
  if (!m) return null;
  const secondAt = c.x + leadWidth(c, m[1]!.length + 1);
  for (let k = Math.max(0, i - TABLE_REACH); k < Math.min(lines.length, i + TABLE_REACH + 1); k++) {
    if (k === i) continue;
    const column = lines[k]!.cells.find((d) => d.x > c.x + SAME_X && d.x < c.end && Math.abs(d.x - secondAt) <= 0.6 * c.size);
    if (column) return cutAt(c, m[1]!.length, column.x);
  }
  return null;
}

/** Lines above and below a cell where twoDates looks for the column its second date is in. */
const TABLE_REACH = 6;

/** A cell that holds one value: a figure, amount, code or percentage, or a missing mark («N/A», «S/N», «-»). */
const isValue = (text: string) => BARE_NUMBER.test(text) || (text.trim() !== '' && isMissing(text));

/**
 * Whether cell c holds a value (isValue), or starts one cut in a narrow column («N/» / «A», with
 * the fragments below it, `ahead`, read only when needed), under a value: the line above has a
 * cell in its column and the row's cell there, joined so far, is a value («97,00» / «%» is one).
 */
function valueUnderValue(above: PageLine, row: readonly LineCell[], c: LineCell, ahead: () => string[]): boolean {
  if (!above.cells.some((x) => sameColumn(x, c))) return false;
  const sofar = row.find((x) => sameColumn(x, c));
  if (!sofar || !isValue(sofar.text)) return false;
  if (isValue(c.text)) return true;
  let text = c.text;
  for (const f of ahead()) {
    text += f;
    if (isValue(text)) return true;
  }
  return false;
}

/**
 * Whether the text of a cell cut so far makes a well-formed number, alone or with some of the
 * fragments that follow it down its column (`ahead`, read only when needed): a figure cut several
 * times in a narrow column ("100," is none, "100,00" is).
 */
function cutIntoNumber(sofar: string, ahead: () => string[]): boolean {
  if (WELL_FORMED_NUMBER.test(sofar)) return true;
  let text = sofar;
  for (const f of ahead()) {
    text += f;
    if (WELL_FORMED_NUMBER.test(text)) return true;
  }
  return false;
}

/**
 * What joins a wrapped cell's line `p` to its next line `c`: '' inside a cut word, ' ' at a break
 * between words. Geometry first where it is certain, then the words the document prints elsewhere,
 * then the geometric guess. `sofar`: the cell's text joined up to `p` (the word a line of one
 * fragment continues may have started lines above: "Activ" / "id" / "ad" in a column a few
 * letters wide); the words are looked up with its last word.
 */
function joinerOf(
  p: LineCell, c: LineCell, limit: number, words: () => DocumentWords, sofar: string, ahead: () => string[], digitsAbove: () => number = () => 0,
  digitsOnPage: () => readonly number[] = () => [],
): '' | ' ' {
  const a = p.text;
  const b = c.text;
  // Break opportunities without a space: after a hyphen or slash joined to the text before it
  // ("wp-", "y/"), after opening punctuation ("¿", "("); unless the document prints those two runs
  // only with a space between them ("( E )").
  if (/[^\s][-/]$/u.test(a) || /[¿¡([{«“]$/u.test(a)) return printedJoin(sofar, b, words()) ?? '';
  // A browser cuts a word only when it alone is wider than the line: a line above with a space in
  // it, or with room for one more character of the next line, was broken at a space. Unless the
  // text around the break, if one word, would be wider than the column: such a word is cut where
  // the line ends, after the words before it on that line ("ito 3:" / "</b>"); the document's own
  // printing of that text decides, else a space.
  const lastRun = a.split(' ').at(-1)!;
  const firstRun = b.split(' ')[0]!;
  // (a line that runs past the limit found for its column is not bounded by it: a list number's
  // column beside a paragraph)
  const overwide = a.includes(' ') && p.end <= limit + 1 && letterWidth(p) * lastRun.length + letterWidth(c) * firstRun.length > limit - p.x;
  if (a.includes(' ') && !overwide) return ' ';
  // (the room is measured with the next line's average letter; its first letter may be wider: with
  // less than one and a half letters of room, fragments that make a word the document prints, with
  // the lines below them, were one word cut)
  const room = limit - 0.5 - p.end;
  // Digits meet at the break ("39" / "2,"): a line of the cell above held more digits in this
  // column, so this one had room and broke at a space ("148" / "058" / "83" / "1,00"); else digits
  // share one width in most fonts, so the room is measured with the wider of the two lines' average
  // characters (a comma or a space narrows one); else with the next line's first letter as its
  // letters' advances put it (advances.ts), when wider than its average one: a word cut before an
  // «M» leaves room for an average letter, not for the «M» («RECO» / «MIEND»).
  const digitsMeet = /^\d+$/u.test(a) && /^\d/u.test(b);
  if (digitsMeet && digitsAbove() > a.length) return ' ';
  // A number alone cut in a column that no line of digits alone on the page runs wider than this
  // one (three of them at least): the line is full, whatever room the columns around seem to leave
  // (a unit's number in a column one digit wide, «2» / «0», next to names centred far right of it).
  if (digitsMeet && /^\d+$/u.test(b)) {
    const page = digitsOnPage();
    if (page.length >= MIN_DIGIT_LINES && Math.max(...page) === a.length) return '';
  }
  const letter = digitsMeet ? Math.max(letterWidth(c), letterWidth(p)) : Math.max(letterWidth(c), leadWidth(c, 1));
  const cutWord = () => /\p{L}$/u.test(a) && /^\p{L}/u.test(b) && wordJoinAhead(sofar, [b, ...ahead()], words()) === '';
  // (a lone capital that is no Spanish word, «CORRESPONSABILIDA» / «D PARTICIPATIVA», ends a word
  // cut in capitals too: a capital «D» is wider than the line's average letter)
  // (capitals, as a word cut in capitals: «for» / «I nfrastructu», «El» / «c ompromiso» in a column a
  // few letters wide are no cut words)
  const cutAtLetter = () => /\p{Lu}$/u.test(a) && /^\p{Lu}/u.test(b) && loneLetterEnd(b, words());
  if (room >= letter) return room < 1.5 * letter && !a.includes(' ') && (cutWord() || cutAtLetter()) ? '' : ' ';
  if (overwide) return printedJoin(sofar, b, words()) ?? wordJoin(sofar, b, words()) ?? ' ';
  // A number is not broken at a space: a full line of digits was cut.
  if (/\d[.,]?$/u.test(a) && /^[.,]?\d/u.test(b)) return '';
  // Marks and signs at the break ("</b>" / "Capa"): as the document prints them elsewhere.
  if (/[^\p{L}\p{N}]$/u.test(a) || /^[^\p{L}\p{N}]/u.test(b)) {
    const printed = printedJoin(sofar, b, words());
    if (printed !== null) return printed;
  }
  // A sign that opens or stands for a word ("%", "$", "(") after a word: a space ("TOTAL" / "%");
  // a closing bracket or quote before a word: a space ("(OC4IDS)" / "y").
  if (/\p{L}$/u.test(a) && /^[%$#(¿¡«]/u.test(b)) return ' ';
  if (/[)\]}»”]$/u.test(a) && /^\p{L}/u.test(b)) return ' ';
  // Punctuation that ends a word ("NO.", "metas,") is followed by a space, unless the text before
  // it runs on without spaces after punctuation (an address, "www.iess.gob.").
  // The document's own spacing after that mark and before that word decides first ("social,OE 4.").
  if (/[.,:;!?]$/u.test(a)) return punctJoin(a, b, words()) ?? (/[.,:;@/][\p{L}\p{N}]/u.test(a) ? '' : ' ');
  // A written accent is on one of a word's last three syllables: fragments that would put it further
  // back are two words ("PRODUCCIÓN" / "NACIONAL").
  if (accentTooFarBack(sofar, b)) return ' ';
  // Spanish doubles no "s": fragments that would meet at "s" / "s" are two words ("PROCESOS" /
  // "SUSTANTIVOS").
  if (/s$/iu.test(a) && /^s/iu.test(b)) return ' ';
  // In a column a few letters wide a word runs over several lines: the fragments that follow may make
  // a word with it ("En" / "e" / "ro") though the first alone are words too ("en", "e").
  if (cutWord()) return '';
  // ... and a fragment that starts no word after the text above may start one cut twice
  // ("CONTRALORÍA" / "GENER" / "AL DEL"): a space, when the word the fragments make is printed
  // after other text somewhere (a word, not only the rest of a word cut at a line's start:
  // "concurr" / "enci" / "a en" is one word cut twice, though "encia" is printed, cut from
  // "Transpar" / "encia y" in another narrow column).
  // Or, when the document prints that word only at the start of its segments, when the lexicon
  // reads the two as words apart and not as one («NO. DE» / «M» / «ET» / «A»: «de», «meta»).
  if (/\p{L}$/u.test(a) && /^\p{L}/u.test(b) && wordSplitAhead(sofar, [b, ...ahead()], words()) === ' ') {
    if (madeInsideText(b, ahead(), words()) || lexiconSplitAhead(sofar, [b, ...ahead()], words()) === ' ') return ' ';
  }
  // A lone letter that is no Spanish word ("S" after the full line "ESTRATÉGICO") ends a cut word,
  // alone on its line, or a capital after capitals before more words («CORRESPONSABILIDA» / «D
  // PARTICIPATIVA», a justified cell) unless the document prints it as a word inside text elsewhere
  // (a numeral, «CAPÍTULO V DE»); a letter, a slash and a letter ("Y/O", "S/N") starts one.
  if ((/\p{L}$/u.test(a) && /^\p{L}$/u.test(b) && loneLetterEnd(b, words())) || cutAtLetter()) return '';
  if (/^\p{L}\/\p{L}(\s|$)/u.test(b)) return ' ';
  // (a line that is one word may be cut at its end too: its word may be only the start of one)
  const byWords = (b.includes(' ') ? wordJoin : wordJoinOpen)(sofar, b, words()) ?? wordJoinLoose(sofar, b, words());
  if (byWords !== null) return byWords;
  // A word next to a number ("Julio" / "2023") is printed with a space between them.
  if ((/\p{L}$/u.test(a) && /^\p{N}/u.test(b)) || (/\p{N}$/u.test(a) && /^\p{L}/u.test(b))) return ' ';
  // The Spanish lexicon: the fragments run on into a word, or are words apart («talento» / «humano»).
  const byLexicon = lexiconJoin(sofar, [b, ...ahead()]);
  if (byLexicon !== null) return byLexicon;
  // Otherwise a full line of one word was most likely cut, unless a short word follows ("y" only
  // when more text follows it, on its line or on the cell's next line: "Y CONFLICTOS", «tecnológica»
  // / «y» / «comunicaci»; few Spanish words end in "y", while "a", "o", "e" end most), or the two
  // would make a word longer than Spanish words are. A short word alone on the cell's last line is
  // more likely a word's end ("MASCULI" / "NO"): a cell seldom ends in a preposition or an article.
  const first = b.split(' ')[0]!.toLowerCase();
  if ((SHORT_WORDS.has(first) || first === 'y') && (b.includes(' ') || ahead().length > 0)) return ' ';
  const letters = /^\p{L}+$/u;
  const lastA = sofar.split(' ').at(-1)!;
  return letters.test(lastA) && letters.test(first) && lastA.length + first.length > LONGEST_WORD ? ' ' : '';
}

/**
 * Whether the fragments `b` and `rest` (one a line) make a word the document prints after other
 * text on its line, as wordJoinAhead reads them.
 */
function madeInsideText(b: string, rest: readonly string[], words: DocumentWords): boolean {
  const first = b.match(/^\p{L}+/u)?.[0] ?? '';
  return wordJoinAhead(first, rest, { ...words, all: words.notFirst }) === '';
}

/** Spanish words of one letter. */
const ONE_LETTER_WORDS = new Set(['a', 'e', 'o', 'u', 'y']);

/**
 * Whether a line's text starts with a lone letter (alone, or before a space) that is no Spanish word
 * and that the document does not print as a word inside text (`words`: preceded and followed by
 * more of its segment).
 */
function loneLetterEnd(b: string, words: DocumentWords): boolean {
  const letter = /^(\p{L})(?: |$)/u.exec(b)?.[1]?.toLowerCase();
  if (!letter || ONE_LETTER_WORDS.has(letter)) return false;
  return b.length === 1 || !(words.notFirst.has(letter) && words.notLast.has(letter));
}

/** Lines of digits alone that show how many digits a column holds: at least this many. */
const MIN_DIGIT_LINES = 3;

/** The number of digits of each cell of digits alone in the column of `cell` (sameColumn, mostDigitsAbove) on the page. */
function digitCells(lines: readonly PageLine[], cell: LineCell): number[] {
  const out: number[] = [];
  for (const l of lines) {
    const c = l.cells.find((d) => sameX(d.x, cell.x) || sameColumn(d, cell));
    if (c && /^\d+$/u.test(c.text)) out.push(c.text.length);
  }
  return out;
}

/**
 * The most digits of a cell of digits alone in the column of `cell` in lines[from..to) (a row's lines
 * above lines[to]): starting where it starts, or placed at its column's start (sameColumn: figures
 * right-aligned in their cells, «148» / «058» / «83» / «1,0», start at different x).
 */
function mostDigitsAbove(lines: readonly PageLine[], from: number, to: number, cell: LineCell): number {
  let most = 0;
  for (let k = from; k < to; k++) {
    const c = lines[k]!.cells.find((d) => sameX(d.x, cell.x) || sameColumn(d, cell));
    if (c && /^\d+$/u.test(c.text)) most = Math.max(most, c.text.length);
  }
  return most;
}

/**
 * The texts of the cell starting at x in the lines after lines[at], while each follows the one
 * above within `pitch` and its cell at x is one fragment (no space; the first with a space ends
 * them, included).
 */
function linesAhead(lines: readonly PageLine[], at: number, x: number, pitch: number): string[] {
  const out: string[] = [];
  for (let k = at + 1; k < lines.length && lines[k]!.y - lines[k - 1]!.y < pitch; k++) {
    const c = lines[k]!.cells.find((d) => sameX(d.x, x));
    if (!c) break;
    out.push(c.text);
    if (c.text.includes(' ')) break;
  }
  return out;
}

/**
 * Whether a line of the contiguous non-blank lines around lines[at] has two cells or more; a table
 * broken across pages goes on over the page break: lines that reach the page's top or end are in a
 * table when the other page's lines there are table rows with a cell in their column
 * (edges: the column starts of the rows of two cells or more that end the page before and start
 * the page after, null when none).
 */
function inTableBlock(lines: readonly PageLine[], at: number, edges: PageEdges): boolean {
  let i = at;
  for (; i >= 0 && lines[i]!.cells.length > 0; i--) if (lines[i]!.cells.length > 1) return true;
  const column = (starts: readonly number[] | null) => !!starts && lines[at]!.cells.every((c) => starts.some((x) => sameX(x, c.x)));
  if (i < 0 && column(edges.above)) return true;
  for (i = at + 1; i < lines.length && lines[i]!.cells.length > 0; i++) if (lines[i]!.cells.length > 1) return true;
  return i >= lines.length && column(edges.below);
}

/** What borders a page's lines on the pages around it: see inTableBlock and tableGeometry. */
interface PageEdges {
  above: number[] | null;
  below: number[] | null;
  /** The row spacing (TableGeometry.rowPitch) of the table that ends the page before; -Infinity when none. */
  pitchAbove: number;
  /** The column starts of the first line of a row that goes on from the page before at this page's top (acrossPage). */
  rowAbove?: number[];
  /** How far, in font sizes, a wrapped line may follow the line above in this document (wrapLimit, spacing.ts). */
  wrap: number;
  /** How far a cell's text can run when its borders close it around both lines (ruled.ts boxRight); null when they do not. */
  boxRight?: (above: PageLine, a: LineCell, below: PageLine, b: LineCell) => number | null;
  /** The edges of the page's filled areas (shaded rows or cells, rules.mjs `bands`). */
  bands?: readonly Rule[];
  /** Whether two lines' cells are in two rows of a table drawn with borders (ruled.ts rowsApart). */
  ruledApart?: (above: PageLine, a: LineCell, below: PageLine, b: LineCell) => boolean;
}

/**
 * Whether a shaded area starts or stops between line `a` and the line under it, `b`, across every
 * cell of `b`: below `a`'s baseline and above the middle of `b`'s letters. A cell's background
 * spans all its lines, so such an edge is where a row ends (a zebra table without cell padding sets
 * its rows as close as a row's lines: «… inteligencia colectiva.» / «Información de Contacto»).
 */
function bandBetween(bands: readonly Rule[], a: PageLine, b: PageLine, size: number): boolean {
  return bands.some((r) => r.at > a.y && r.at < b.y - 0.5 * size && b.cells.every((c) => r.from <= c.x + SAME_X && r.to >= Math.min(c.end, c.x + c.size)));
}

/** Column starts of the lines of two cells or more among a page's first (or last) contiguous non-blank lines; null when none. */
function edgeStarts(lines: readonly PageLine[], last: boolean): number[] | null {
  const starts: number[] = [];
  for (let k = 0; k < lines.length; k++) {
    const l = lines[last ? lines.length - 1 - k : k]!;
    if (l.cells.length === 0) break;
    if (l.cells.length > 1) for (const c of l.cells) if (!starts.some((x) => sameX(x, c.x))) starts.push(c.x);
  }
  return starts.length ? starts : null;
}

/**
 * A column's right limit: the right end of the widest cell starting at x that stays left of the
 * next column, among the lines around the row laid out in the head's columns (the contiguous
 * non-blank lines, from `at` up and down, every cell of which starts where one of the head's does).
 */
function columnLimit(lines: readonly PageLine[], head: PageLine, at: number, x: number, next: number): number {
  const inTable = (l: PageLine) => l.cells.length > 0 && l.cells.every((c) => head.cells.some((h) => sameX(h.x, c.x)));
  let limit = -Infinity;
  const take = (l: PageLine) => {
    for (const c of l.cells) if (sameX(c.x, x) && c.end <= next - 0.5 && c.end > limit) limit = c.end;
  };
  for (let i = at; i >= 0 && inTable(lines[i]!); i--) take(lines[i]!);
  for (let i = at + 1; i < lines.length && inTable(lines[i]!); i++) take(lines[i]!);
  return limit;
}

/**
 * How far the text of each of the head's columns could run, for telling a cut word from a break
 * at a space. The table around the row (the contiguous non-blank lines from `at` up and down) gives
 * its column starts (where any of its cells starts) and, for each, the right end of its widest
 * cell that stays left of the next start. Every cell of a table has the same padding, so the text
 * of any column can come as near the next column as the text of the table's fullest column does:
 * the next column's start less the smallest distance between a column's widest text and the next
 * start (the last column: its widest cell). Not when the next start is that of figures
 * right-aligned (TableGeometry.rightAligned), no text of the table starting their column (a table
 * going on from the page before, its header there): the widest figure starts right of the
 * column's left edge, and the column before could not run up to it («\$14.58» / «6.155,8» / «5», a
 * number cut in a column whose room seemed to go on up to «100,00 %», 22 pt further): the
 * column's own widest text.
 */
function tableReach(lines: readonly PageLine[], head: PageLine, at: number, right: number, tables: Map<number, TableGeometry>, edges: PageEdges): number[] {
  const { widest, gap, rightAligned, nextStart, columnAt } = tableOf(lines, at, right, tables, edges);
  return head.cells.map((h) => {
    const end = widest.get(columnAt(h.x)) ?? h.end;
    const next = nextStart(h.x);
    return next < right && !rightAligned.has(next) ? Math.max(end, next - gap) : end;
  });
}

/** Spacings between column starts that make a table's columns even: at least this many alike, and most of them. */
const EVEN_COLUMNS = 4;

/**
 * The starts of a table's empty columns, where its columns are all as wide (a table of many
 * columns whose cells all wrap gets even widths): when most spacings between consecutive column
 * starts (at least EVEN_COLUMNS) are alike, a spacing of k of them (k ≥ 2) before a start holds
 * k - 1 columns no line of the block fills (a row's empty cells), when the column before it has no
 * text wider than one column. Without them, that column's text would seem able to run up to the
 * next filled column: an HTML copy cut four letters a line, «<ta» / «ble» / «bord» / «er="», read
 * as breaks at spaces.
 */
function evenColumns(starts: readonly number[], block: readonly PageLine[]): number[] {
  const spacings = starts.slice(1).map((x, k) => x - starts[k]!);
  let even = 0;
  let alike = 0;
  for (const d of spacings) {
    const n = spacings.filter((e) => Math.abs(e - d) <= SAME_X).length;
    if (n > alike) [even, alike] = [d, n];
  }
  if (alike < EVEN_COLUMNS || alike * 2 <= spacings.length) return [];
  const out: number[] = [];
  spacings.forEach((d, k) => {
    const n = Math.round(d / even);
    const from = starts[k]!;
    if (n < 2 || Math.abs(d - n * even) > n * SAME_X) return;
    const fits = block.every((l) => l.cells.every((c) => !sameX(c.x, from) || c.end <= from + even - 0.5));
    if (fits) for (let j = 1; j < n; j++) out.push(from + j * even);
  });
  return out;
}

/** The right end of each of a table's columns' widest text (by column start), its gap and its columns (tableReach). */
interface TableGeometry {
  widest: Map<number, number>;
  gap: number;
  /**
   * The widest spacing from a line to the next one that has two cells or more (a row's first
   * line), the block's first line aside (a title above a table): more than the spacing of a row's
   * lines when the table sets its rows apart (cell padding, ruling).
   */
  rowPitch: number;
  /**
   * Starts of figures right-aligned: every cell starting there a figure, ending where a figure
   * starting elsewhere in the table ends.
   */
  rightAligned: Set<number>;
  /** The start of the column a cell starting at x is in (x itself when none is). */
  columnAt: (x: number) => number;
  /**
   * The next column start right of x: one a line of the block shows, or one no line shows (a
   * column empty here, continued from the page before or between even columns) left of the last
   * one a line shows; `right` when none is. Not an empty column beyond the block's last: a table
   * printed at a page's top under the rest of a wider one (no blank line between them, one block)
   * takes the columns of that one, and its last column, dates cut a letter a line («F» / «e» /
   * «br» / «er» / «o»), would seem to run on up to the wider table's next column.
   */
  nextStart: (x: number) => number;
}

/**
 * The geometry of the table (contiguous non-blank lines) around lines[at], computed once per table
 * (`edges`: the table ending the page before, for a table at the page's top).
 */
function tableOf(lines: readonly PageLine[], at: number, right: number, tables: Map<number, TableGeometry>, edges: PageEdges): TableGeometry {
  let top = at;
  while (top > 0 && lines[top - 1]!.cells.length > 0) top--;
  let t = tables.get(top);
  if (!t) {
    t = tableGeometry(lines, top, right, top === 0 ? edges : null);
    tables.set(top, t);
  }
  return t;
}

/**
 * The geometry of the table whose contiguous non-blank lines start at lines[top] (computed once per
 * table); `edges`: the table ending the page before, when this one starts its page. A table at a
 * page's top sets its rows apart as the one ending the page before does: a document styles its
 * tables alike, and a page that holds one row of a table (a row longer than a page, or the rest of
 * one) shows no spacing between its rows. A row that goes on from the page before brings its
 * columns: the table's, though this page may leave some empty.
 */
function tableGeometry(lines: readonly PageLine[], top: number, right: number, edges: PageEdges | null): TableGeometry {
  const above = edges?.above ?? null;
  let bottom = top;
  while (bottom + 1 < lines.length && lines[bottom + 1]!.cells.length > 0) bottom++;
  const block = lines.slice(top, bottom + 1);
  const starts: number[] = [];
  for (const l of block) for (const c of l.cells) if (!starts.some((x) => sameX(x, c.x))) starts.push(c.x);
  for (const x of continuedColumns(starts, above)) starts.push(x);
  for (const x of edges?.rowAbove ?? []) if (!starts.some((s) => sameX(s, x))) starts.push(x);
  starts.sort((a, b) => a - b);
  for (const x of evenColumns(starts, block)) starts.push(x);
  starts.sort((a, b) => a - b);
  const anyNext = (x: number) => starts.find((s) => s > x + SAME_X) ?? right;
  const columnAt = (x: number) => starts.find((s) => sameX(s, x)) ?? x;
  // (a start no line of the block shows, continued from the page before or between even columns,
  // bounds a column left of the block's last shown start only)
  const shown = new Set(block.flatMap((l) => l.cells.map((c) => columnAt(c.x))));
  const lastShown = Math.max(...shown);
  const nextStart = (x: number) => starts.find((s) => s > x + SAME_X && (shown.has(s) || s < lastShown - SAME_X)) ?? right;
  const widest = new Map<number, number>();
  for (const l of block) {
    for (const c of l.cells) {
      const k = starts.find((s) => sameX(s, c.x))!;
      if (c.end <= anyNext(c.x) - 0.5 && c.end > (widest.get(k) ?? -Infinity)) widest.set(k, c.end);
    }
  }
  let gap = Infinity;
  for (const [x, end] of widest) if (nextStart(x) < right) gap = Math.min(gap, nextStart(x) - end);
  // (not under the page's cell gap: the narrowest gap between two cells of a line seen 3 times or
  // more on the page, which every cell line filling its column leaves; a narrower one is a figure
  // or a piece of text taken for a column's start, and would let the column's text run too far)
  gap = Math.max(gap, pageCellGap(lines));
  let rowPitch = -Infinity;
  for (let k = 2; k < block.length; k++) if (block[k]!.cells.length >= 2) rowPitch = Math.max(rowPitch, block[k]!.y - block[k - 1]!.y);
  if (edges) rowPitch = Math.max(rowPitch, edges.pitchAbove);
  const cells = block.flatMap((l) => l.cells);
  const rightAligned = new Set(starts.filter((x) => {
    const at = cells.filter((c) => sameX(c.x, x));
    return at.length > 0 && at.every((c) => BARE_NUMBER.test(c.text)) &&
      at.some((c) => cells.some((d) => !sameX(d.x, x) && BARE_NUMBER.test(d.text) && Math.abs(d.end - c.end) <= SAME_X));
  }));
  return { widest, gap, rowPitch, rightAligned, columnAt, nextStart };
}

/** The narrowest gap (points, to a tenth) between two cells of one line seen 3 times or more on the page; -Infinity when none is. */
function pageCellGap(lines: readonly PageLine[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) {
    for (let k = 1; k < l.cells.length; k++) {
      const g = Math.round((l.cells[k]!.x - l.cells[k - 1]!.end) * 10) / 10;
      if (g > 0) counts.set(g, (counts.get(g) ?? 0) + 1);
    }
  }
  const seen = [...counts].filter(([, n]) => n >= 3).map(([g]) => g);
  return seen.length ? Math.min(...seen) : -Infinity;
}

/**
 * The columns a table at a page's top takes from the table that ends the page before, when it goes
 * on with it (each of its column starts is one of that table's): a column empty on this page
 * between two of its filled ones, such as a cell spanning rows printed on the page before (a unit's
 * name beside its rows), still bounds the column on its left ("1" / "8" in a numbering column is
 * one number cut, "18", as on the page before, where the name's column is filled). (Not columns
 * beyond this page's first and last: the table before may have been another one, wider.)
 */
function continuedColumns(starts: readonly number[], above: readonly number[] | null): number[] {
  if (!above || !starts.length || !starts.every((x) => above.some((a) => sameX(a, x)))) return [];
  const first = Math.min(...starts);
  const last = Math.max(...starts);
  return above.filter((a) => a > first && a < last && !starts.some((x) => sameX(a, x)));
}

/**
 * The row that ends a page, which the next page's first lines may continue (acrossPage): its first
 * line and joined cells, the page's lines and where the row starts among them.
 */
interface OpenRow {
  head: PageLine;
  row: LineCell[];
  lines: readonly PageLine[];
  /** -1 when the row starts on a page before. */
  headAt: number;
  right: number;
  edges: PageEdges;
  /** The lowest line of the page's text area (pageFloors). */
  floor: number;
  /** Where a table row pushed whole to a page's top starts (pushedRowTop). */
  rowTop: number;
  /** The page's shaded areas (rules.mjs `shades`). */
  shades?: readonly Shade[];
}

/** Whether every cell of a line lies on a shaded area (its row's or cell's background). */
function shaded(l: PageLine, shades: readonly Shade[] | undefined): boolean {
  return !!shades && l.cells.every((c) => shades.some((s) => s.y0 <= l.y - 0.5 * c.size && s.y1 >= l.y && s.x0 <= c.x + SAME_X && s.x1 >= Math.min(c.end, c.x + c.size)));
}

type PageRows = { runs: number[]; cells: LineCell[][]; continues: boolean; open: OpenRow | null; endPitch: number };

/**
 * One page's rows: run lengths of lines, and for each run its cells joined. `open`: the row ending
 * the page before; when the page's first line continues it (`continues`), the first run is that
 * row's lines on this page and its cells are that row's joined further (a copy, which replaces
 * them). A row that goes on over the break must end where a row ends: when the line after its
 * lines here starts a row right under them, as close as a row's lines (no blank line, no cell
 * padding or ruling between), the page's first line started that row's table part too (a row of
 * vertically centred figures, a list of items each a row) and the page is read without it.
 */
function pageRows(lines: readonly PageLine[], page: PageGeometry, grid: Grid, words: () => DocumentWords, edges: PageEdges, open: OpenRow | null, floor: number, rowTop: number): PageRows {
  const r = rowsOfPage(lines, page, grid, words, edges, open, floor, rowTop);
  if (!r.continues || r.runs.length < 2) return r;
  const k = r.runs[0]!;
  const a = lines[k - 1]!;
  const b = lines[k]!;
  if (!a.cells.length || !b.cells.length) return r;
  const size = Math.max(...a.cells.map((c) => c.size), ...b.cells.map((c) => c.size));
  const pitch = rowLinePitch(open!, lines, size);
  return b.y - a.y >= pitch + ROW_APART * size ? r : rowsOfPage(lines, page, grid, words, edges, null, floor, rowTop);
}

/** pageRows, with or without the row ending the page before. */
function rowsOfPage(lines: readonly PageLine[], page: PageGeometry, grid: Grid, words: () => DocumentWords, edges: PageEdges, open: OpenRow | null, floor: number, rowTop: number): PageRows {
  const right = page.width - grid.minX;
  // (the page's cells drawn with borders, for how far their text can run)
  const rules = tableRules(page);
  const extent = (l: PageLine, c: LineCell) => ({ x: c.x, end: c.end, y: l.y, size: c.size });
  const boxRight = rules && rules.v.length ? (above: PageLine, a: LineCell, below: PageLine, b: LineCell) => ruledRight(extent(above, a), extent(below, b), rules.h, rules.v) : undefined;
  const ruledApart = rules && rules.v.length ? (above: PageLine, a: LineCell, below: PageLine, b: LineCell) => rowsApart(extent(above, a), extent(below, b), rules.h, rules.v) : undefined;
  const runs: number[] = [];
  const cells: LineCell[][] = [];
  let head: PageLine | null = null;
  let headAt = 0;
  let row: LineCell[] = [];
  let continues = false;
  const tables = new Map<number, TableGeometry>();
  let limits: { limits: RowLimits | null; tables: Map<number, TableGeometry> } = { limits: null, tables };
  for (let i = 0; i < lines.length; i++) {
    if (i === 0 && open && !page.words) {
      const across = acrossPage(open, lines, words, edges.below, page.rules?.shades);
      if (across) {
        // (the row's first line is on the page before: no line above it on this page)
        head = open.head;
        headAt = 0;
        row = open.row.map((c) => ({ ...c }));
        for (const [c, joiner] of across) {
          const into = row.find((x) => sameColumn(x, c))!;
          into.text += joiner + c.text;
          into.reach = Math.max(into.reach ?? into.end, c.end);
        }
        continues = true;
        // (the row's columns are this page's top table's, even those it leaves empty here)
        edges = { ...edges, rowAbove: open.head.cells.map((c) => c.x) };
        runs.push(1);
        cells.push(row);
        continue;
      }
    }
    const joiners = head && i > 0 && !page.words ? continuation(lines, head, headAt, row, i, right, limits, words, { ...edges, boxRight, ruledApart, ...(page.rules?.bands ? { bands: page.rules.bands } : {}) }) : null;
    if (joiners) {
      runs[runs.length - 1]!++;
      for (const [c, joiner] of joiners) {
        const into = row.find((x) => sameColumn(x, c))!;
        into.text += joiner + c.text;
        into.reach = Math.max(into.reach ?? into.end, c.end);
      }
      continue;
    }
    head = lines[i]!;
    headAt = i;
    limits = { limits: null, tables };
    row = head.cells.map((c) => ({ ...c }));
    runs.push(1);
    cells.push(row);
  }
  // (a row whose first line is on a page before: headAt -1)
  const last: OpenRow | null = head && lines.length && !page.words
    ? { head, row, lines, headAt: continues && runs.length === 1 ? -1 : headAt, right, edges, floor, rowTop, ...(page.rules?.shades ? { shades: page.rules.shades } : {}) }
    : null;
  // (the row spacing of the table ending the page, for the next page's top)
  const endPitch = lines.length ? tableOf(lines, lines.length - 1, right, tables, edges).rowPitch : -Infinity;
  return { runs, cells, continues, open: last, endPitch };
}

/**
 * The joiners of a page's first line when it continues the row that ends the page before (a table
 * cell too long for the rest of a page goes on at the next page's top, in its column), or null.
 * The row must reach the foot of its page (no room below its last line for one more line of it,
 * `floor`: the lowest line of the document's pages of that size): a row that ends higher ended
 * there. It must show a wrapped cell there (two lines or more), and the line must start higher
 * on its page than a row pushed whole to a page's top does (pushedRowTop): a cell's top padding
 * and ruling come before a row's first line, not before the rest of a cell cut by the page. Then the line must continue the row as the line right under it would (continuation), read
 * with the page break taken out: the page's lines laid under the row's last line at the row's own
 * line spacing.
 */
function acrossPage(open: OpenRow, lines: readonly PageLine[], words: () => DocumentWords, below: number[] | null, shades: readonly Shade[] | undefined): Map<LineCell, string> | null {
  const a = open.lines.at(-1);
  const b = lines[0];
  if (!a?.cells.length || !b?.cells.length) return null;
  // (a cell keeps its background over the break: a shaded line and one that is not are two rows',
  // a zebra table's)
  if (shaded(a, open.shades) !== shaded(b, shades)) return null;
  // (a row of one line at the page's foot shows no wrapped cell: it may well have ended there)
  if (open.headAt >= 0 && open.lines.length - open.headAt < 2) return null;
  // (text going on at a page's top starts above where a row pushed to a page's top starts, below
  // its cell's top padding and ruling, when the document's rows have any)
  if (b.y >= open.rowTop - 0.05 * Math.max(...b.cells.map((c) => c.size))) return null;
  const size = Math.max(...a.cells.map((c) => c.size), ...b.cells.map((c) => c.size));
  const pitch = rowLinePitch(open, lines, size);
  if (a.y + pitch <= open.floor + 0.5) return null;
  const shift = a.y + pitch - b.y;
  const joined = [...open.lines, ...lines.map((l) => ({ ...l, y: l.y + shift }))];
  return continuation(joined, open.head, Math.max(0, open.headAt), open.row, open.lines.length, open.right,
    { limits: null, tables: new Map() }, words, { ...open.edges, below });
}

/**
 * The spacing of a row's wrapped lines: the smallest spacing of two of its lines at the end of its
 * page (at most MAX_WRAP_PITCH font sizes), else of the next page's first two lines, else 1.2 font
 * sizes (a browser's usual line height).
 */
function rowLinePitch(open: OpenRow, next: readonly PageLine[], size: number): number {
  let pitch = Infinity;
  const from = Math.max(1, open.headAt + 1);
  const wrap = open.edges.wrap;
  for (let k = from; k < open.lines.length; k++) {
    const d = open.lines[k]!.y - open.lines[k - 1]!.y;
    if (d > 0 && d <= wrap * size) pitch = Math.min(pitch, d);
  }
  if (Number.isFinite(pitch)) return pitch;
  const d = next.length > 1 ? next[1]!.y - next[0]!.y : 0;
  return d > 0 && d <= wrap * size ? d : Math.max(1.2, wrap - WRAP_OVER_SPACING) * size;
}


/**
 * Where a table row pushed whole to a page's top starts: the highest first line of a page that
 * follows a page with room left for one more line (its last row did not fit there) and that is in
 * a table (a line of two cells or more among its contiguous lines); Infinity when none.
 */
function pushedRowTop(pages: readonly PageLine[][], floors: readonly number[], wrap: number): number {
  let top = Infinity;
  for (let p = 1; p < pages.length; p++) {
    const a = pages[p - 1]!.at(-1);
    const b = pages[p]![0];
    if (!a?.cells.length || !b?.cells.length) continue;
    const size = Math.max(...a.cells.map((c) => c.size));
    if (a.y + wrap * size > floors[p - 1]! + 0.5) continue;
    let table = false;
    for (const l of pages[p]!) {
      if (!l.cells.length) break;
      if (l.cells.length > 1) table = true;
    }
    if (table) top = Math.min(top, b.y);
  }
  return top;
}


/**
 * The column starts of each of a page's rows, left to right: where, in its block of rows (no blank
 * line between them), cells of two rows or more start, one of them text (a start only one row has
 * may be a centred line or a stray word; figures right-aligned in their cells start anywhere).
 */
function columnStarts(rows: readonly (readonly LineCell[])[]): number[][] {
  const out: number[][] = rows.map(() => []);
  for (let a = 0; a < rows.length; ) {
    if (!rows[a]!.length) {
      a++;
      continue;
    }
    let b = a;
    while (b + 1 < rows.length && rows[b + 1]!.length) b++;
    const cells = rows.slice(a, b + 1).flat().sort((x, y) => placedX(x) - placedX(y));
    const starts: number[] = [];
    for (let i = 0; i < cells.length; ) {
      let j = i;
      while (j + 1 < cells.length && sameX(placedX(cells[j + 1]!), placedX(cells[i]!))) j++;
      if (j > i && cells.slice(i, j + 1).some((c) => !isValue(c.text))) starts.push(placedX(cells[i]!));
      i = j + 1;
    }
    for (let k = a; k <= b; k++) out[k] = starts;
    a = b + 1;
  }
  return out;
}

/**
 * The parser text of a document whose table rows wrap: the rows joined, and the map back to the
 * displayed lines (the layout text, one line per displayed line); null when nothing wraps.
 */
export function joinWrapped(printed: readonly PageLine[][], geometry: readonly PageGeometry[], grids: readonly Grid[]): { text: string; map: LineMap } | null {
  // (two cells given as one run are split first: splitPackedRuns)
  const pages = printed.map(splitPackedRuns);
  // The document's words, read once and only if a join needs them.
  let read: DocumentWords | null = null;
  const words = () => (read ??= documentWords(pages.map((lines) => lines.map((l) => l.text).join('\n')).join('\n')));
  // Pages in order: a page's first row may continue the row that ends the page before.
  const floors = pageFloors(pages, geometry);
  const wrap = wrapLimit(pages);
  const rowTop = pushedRowTop(pages, floors, wrap);
  const rows: { runs: number[]; cells: LineCell[][] }[] = [];
  let open: OpenRow | null = null;
  let pitchAbove = -Infinity;
  pages.forEach((lines, p) => {
    const r = pageRows(lines, geometry[p]!, grids[p]!, words, {
      above: p > 0 ? edgeStarts(pages[p - 1]!, true) : null,
      below: p + 1 < pages.length ? edgeStarts(pages[p + 1]!, false) : null,
      pitchAbove,
      wrap,
    }, open, floors[p]!, rowTop);
    pitchAbove = r.endPitch;
    // (a row going on from the page before: its lines here are added to its run there)
    if (r.continues) {
      const before = rows.findLast((x) => x.runs.length > 0)!;
      before.runs[before.runs.length - 1]! += r.runs.shift()!;
      before.cells[before.cells.length - 1] = r.cells.shift()!;
    }
    rows.push({ runs: r.runs, cells: r.cells });
    if (lines.length) open = r.open;
  });
  if (rows.every((r) => r.runs.every((n) => n === 1))) return null;
  // Overflow of joined cells past the next column, by the x of that column (points → characters).
  const shifts: { x: number; chars: number }[] = [];
  // One character grid for the whole document (its finest pitch, its leftmost text), so that a
  // column at the same x is at the same character column on every page.
  // (a blank page has no text to place: its default grid, at x 0, would indent every line)
  const placed = grids.filter((_, p) => pages[p]!.length > 0);
  const used = placed.length ? placed : grids;
  const g = { cw: Math.min(...used.map((x) => x.cw)), minX: Math.min(...used.map((x) => x.minX)) };
  rows.forEach((r) => {
    const starts = columnStarts(r.cells);
    r.runs.forEach((n, k) => {
      if (n === 1) return;
      const cells = r.cells[k]!;
      for (let j = 0; j < cells.length; j++) {
        const c = cells[j]!;
        // the next column: the next cell's, or, in a row of cells, one this row leaves empty that
        // every line of the cell ends before (its wrapped lines are that narrow), unless the row
        // below has cells both where this cell starts and at that column (a header over the
        // columns the row below splits: «GÉNERO» over «MASCULINO», «FEMENINO»)
        const after = j + 1 < cells.length ? placedX(cells[j + 1]!) : Infinity;
        const reach = c.reach;
        const under = r.cells[k + 1] ?? [];
        const split = (x: number) => under.some((d) => sameX(placedX(d), placedX(c))) && under.some((d) => sameX(placedX(d), x));
        const next = reach !== undefined && cells.length > 1
          ? starts[k]!.find((x) => x > reach + SAME_X && x > placedX(c) && x < after - SAME_X && !split(x)) ?? after
          : after;
        if (next === Infinity) continue;
        const over = gridColumn(placedX(c), g.cw, g.minX) + c.text.length + 2 - gridColumn(next, g.cw, g.minX);
        if (over <= 0) continue;
        const at = shifts.find((s) => sameX(s.x, next));
        if (at) at.chars = Math.max(at.chars, over);
        else shifts.push({ x: next, chars: over });
      }
    });
  });
  // Shift of a column at x: the overflows of all boundaries at or left of it (sorted, summed, searched).
  shifts.sort((a, b) => a.x - b.x);
  const bounds = shifts.map((s) => s.x);
  const sums: number[] = [];
  shifts.reduce((n, s) => { sums.push(n + s.chars); return n + s.chars; }, 0);
  const shiftAt = (x: number) => {
    const n = countAtMost(bounds, x + SAME_X);
    return n === 0 ? 0 : sums[n - 1]!;
  };
  const displayed: string[] = [];
  const runs: number[] = [];
  const rendered: string[] = [];
  rows.forEach((r, p) => {
    const column = (x: number) => gridColumn(x, g.cw, g.minX) + shiftAt(x);
    for (const l of pages[p]!) displayed.push(l.text);
    r.runs.forEach((n, k) => {
      runs.push(n);
      rendered.push(renderCells(r.cells[k]!, column));
    });
  });
  let next = 0;
  return joinRuns(displayed, runs, () => rendered[next++]!);
}
