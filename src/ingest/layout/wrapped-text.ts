/**
 * Wrapped table rows in space-aligned text (`pdftotext -layout`, a table copied from a PDF
 * viewer): a row whose long cells wrap prints over several text lines, each cell's continuation
 * under the cell's first line. The parsers read one row per line, so the lines of such a row are
 * joined, cell by cell, into one TAB-separated line, with a LineMap back to the displayed lines
 * (every figure cites the first displayed line of its row). Text has no geometry, only character
 * columns; the rules are what any layout engine (a browser, a word processor, a spreadsheet) does
 * when it wraps text in a table cell, and what pdftotext keeps of it on its character grid:
 *
 * - The cells of a row are aligned to its top and the lines of one cell follow each other with
 *   nothing between: a continuation line sits right under the row's previous line, and each of
 *   its cells sits directly under a non-empty cell of that line (same column, as recover.ts finds
 *   the columns). A run starts at a row recover.ts rewrote, never at prose it left alone.
 * - A line breaks only when the next word does not fit: the cell above each continuation cell is
 *   full, its end plus a space plus the continuation's first word pass the column's width (the end
 *   of the column's widest line: pdftotext keeps a cell's text inside its column; a line packed
 *   with the next column's text does not widen it past that column's edge; in the first column,
 *   whose rows may span the table, a line of one segment running past the second column's edge is
 *   a title or a line of dates over it, no cell: it widens nothing). Proportional
 *   text sits on a character grid: a line of capitals is wider than its character count says, so
 *   widths count each capital CAPITAL_EXTRA wider («AGREGADORES» / «DE VALOR / NIVEL» did not fit
 *   where 20 small letters do; the evidence over a whole table, whether a column wraps and how its
 *   cells align, is counted in characters), and a line ROOM_SLACK of the column's width short of
 *   it is still full. pdftotext lays each line on
 *   its own grid, so a row may sit a few characters right of the others and end further right: a
 *   line is full too when its text, from its own start, is about as wide as the column's widest
 *   text from that text's own start. After a sentence's end in prose (small letters before the
 *   mark) a capitalized word opens the next row unless it plainly did not fit: half that slack,
 *   in characters («… datos abiertos.» / «Información de Contacto», also in markup printed as
 *   text, «<b>Información»; «PÁG.» / «WEB» in a header is an abbreviation). A line in capitals over
 *   a numbered item («OBJETIVO» / «OE 1.», «2. ACCIONES …» / «3. PROCESO …») is a title or header
 *   over the item, not one cell. A line of a cell that starts in small letters, under text that
 *   ended no sentence and with no whole value of its own, goes on whatever the width says (a cell's
 *   text opens with a capital, a digit or a sign: goesOnInSmall).
 * - A column wraps when more than a quarter of its lines that are followed by more of the same
 *   column are full (the others are the last lines of cells, one per row); only cells of wrapping
 *   columns continue (a column of one-line values has values of every length under each other,
 *   few of them full), or a full line's cell that goes on in small letters (goesOnInSmall: a title
 *   of a table of contents, «… en las industrias» / «extractivas en Ecuador …»), or a full line
 *   that ends in a word no cell ends with, a preposition, an article or a conjunction (DANGLING:
 *   «… Regulatoria y Simplificación de» / «Trámites.», in a table whose other rows seldom wrap).
 * - A cell whose text since its row's first line leaves an element of markup open, or a tag cut
 *   open, goes on whatever its column's width says («<p» / «>» / «<b» / «>Hi»: a table copied as
 *   HTML into cells a few characters wide): a layout never closes an element for you (openIn).
 * - Figures end their cell: nothing continues a whole figure (a percentage, an amount with its
 *   decimals); a figure under text, or a number in a column of numbers, starts a new row (a figure
 *   cut in a narrow column, "100," / "00%", does continue, and so does a percent sign alone under
 *   a figure, "100,00" / "%", and so does a closing mark alone, «( E» / «)», or a percent sign
 *   under a word, «TOTAL» / «%», joined with a space; and a whole figure that opens a cell of
 *   words in a column of words goes on as text when its line is full, «85%» / «DE» / «EJECUCIÓN»).
 *   The same text again under a cell (a second "N/A") is the next row's: wrapped text does not
 *   repeat its line (a line of PROSE_WORDS words or more may: a cell that says a phrase twice). A whole date under text («30/11/2023») is a row's value, as a figure is.
 *   A whole "no value" marker ends its cell as a whole figure does, printed whole
 *   («N/A») or cut down a narrow column («N/» / «A»): nothing wraps after it, and one under a
 *   figure or its percent sign is the next row's («97,00» / «%» / «N/A»). A number in bold («<b>17</b>»
 *   in a table of contents) is a number of its column as any other. A line of rules
 *   ("-----") is no text.
 * - A line that goes on in every column of the line above, where one of those cells ended a
 *   sentence (. : ? !), starts a new row (a key-value table: "Objetivo ... contribuye" / "Meta ..."),
 *   unless another of its cells goes on in small letters from one that ended no sentence («… en el
 *   exterior.» / «(E)» beside «procesos» / «electorales en»: one row's wrapped cells).
 *   A period after a number ("OE 2.", "1.1.") numbers an item and ends no sentence. Nor does a
 *   line of one cell go on under the widest line of its column when that line ended a sentence and
 *   the cell starts with a capital: the widest line fills its column by definition, so its being
 *   full says nothing («… inteligencia colectiva.» / «Información de Contacto»).
 * - Cells aligned to the bottom of their row (a spreadsheet's default, a form's «vertical-align:
 *   bottom»): a row's shorter cells sit on its last lines, so its first lines carry only its taller
 *   cells («Unidad de» / «medida de la» / «meta:   Número de acciones …»). A document is read this
 *   way when its tables say so: pairs of lines where every cell of one wraps into the next and
 *   the other line has cells in more columns count for top (the line below has fewer) or bottom
 *   (the line above has fewer); a sentence's end over a capital counts for neither («meta:» /
 *   «Indicador de»); bottom when it has 3 or more and at least twice the top's (the printed
 *   layouts: 2.6 to 14 times in those with cells at the bottom, at most 0.57 times in those with
 *   cells at the top that have 3 or more, about as many in those with cells in the middle). Then a line goes on with
 *   every cell of the line above and may open cells of its own, the same full-width and
 *   figure tests deciding; a list's marker («•») still opens its item above its wrapped lines and
 *   starts the next; a title in capitals is no label's first line («PROYECTO 1: … PACÍFICA» /
 *   «Presupuesto codificado 2021:»), nor is a line ending a sentence of prose over a capital («…
 *   marchas exploratorias.» / «OE6. Asegurar …»); a line on a new page opens no row of the page above (a footer);
 *   and a table starts at the lines of one segment right above it at its first column's edge,
 *   ending before its second column's (a longer line is a title over it), which column recovery
 *   leaves out of it or gives to the table above (leadIns).
 * - Cells aligned to the middle of their row: a shorter cell prints between a taller one's lines,
 *   on lines of its own when their baselines fall apart («Unidad de medida» / «Número de acciones
 *   …» / «de la meta:»). A document is read this way when a cell goes on two lines down across a
 *   line with cells only in other columns at least 10 times, and at least a quarter as often as the
 *   top and bottom votes together (the printed layouts: 14 to 373 times in those with cells in the
 *   middle, at most 5 in the others). Then a line goes on in the row when each of its cells goes on
 *   from the last piece of its column in the row (the same tests) or opens its column, one of them
 *   going on; a line of cells only in new columns when the line under it goes on in every column
 *   the row has; a sentence's end over a capital ends a cell in a row that has cells beside it
 *   («de la meta:» / «Indicador de la»); a line with the columns of the line above, and only those,
 *   is read as with cells at the top, and so is a line opening a page, which goes on only from a row
 *   with cells (a page's foot and the next page's head are no row).
 * - Rows are joined only in a text that was laid out on pages: one with page breaks (form feeds,
 *   as `pdftotext` writes them), or whose tables show a wrapped cell for sure somewhere (a
 *   continuation that completes a word the document prints whole elsewhere, word-join.ts, or a
 *   break after a hyphen inside a word). A text aligned with spaces by a person or by `column -t`
 *   has no page breaks and never breaks a word, so nothing in it is joined.
 * - Joining the two pieces of a cell: a break after a hyphen inside a word ("a135-" / "31e7"), or
 *   after a hyphen or slash ending a line with no space (a URL: "10162/" / "97ed0f4b") joins
 *   without a space; otherwise the words the document prints elsewhere decide (word-join.ts:
 *   "NACION" / "AL" is one word, "GENERAL" / "DEL" are two; the next piece may be cut too, so
 *   "EJECUCIÓN" / "PRESUPUES" are two words when the document prints "EJECUCIÓN" whole and a word
 *   starting "PRESUPUES" after other text, wordJoinOpen; a word it prints only inside web addresses
 *   and e-mails, «www.datosabiertos.ec», is no evidence for prose, «datos» / «abiertos»); otherwise a capital after small letters
 *   starts a new word («Cumplimiento» / «Continuo»), and pieces that make a "no value" marker
 *   are one word («NINGUN» / «A»); otherwise a line that has a space has
 *   a break opportunity, so the layout broke it there, never inside a word; a single word that
 *   fills its column was cut (no space), one that does not was not.
 *
 * - After punctuation, the document's own spacing decides ("financieros,OE" printed tight
 *   elsewhere: "especializados," / "OE 2." joins without a space; word-join.ts punctJoin).
 * - A figure is cut only where it does not fit its column: a piece that is not a whole figure
 *   («100,», «10», «94,5», or an amount whose groups are short, «$14.586.15») followed down its
 *   column by pieces that make a whole figure only together («00%»; «0,0» / «0%»; «1%») is one
 *   figure, joined without a space (figureCuts; but a line of fewer digits than a line of digits
 *   above it had room, so it broke at a space the figure prints: «14805» / «883» / «1,00» is
 *   «14805883 1,00»), and so is a «%» alone under its last piece («66,» / «15» / «%»); those pieces go on whatever the
 *   column's width says (a row laid on a grid a few characters right may widen it). A
 *   column of counts («325» / «230») never makes a whole figure, so its figures stay apart.
 *   Nothing goes on under the last piece of a cut figure, as under a whole one («100» / «,00» /
 *   «%» / «N/A»: the marker is the next row's value).
 *   A month and its year cut the same way («Julio» / «202» / «0», «Sept» / «iem» / «bre» / «202»
 *   / «0») is one date (dateCuts): the year's digits are no column of numbers. A line of one cell
 *   ending in a month goes on in the line under it that starts with a year, however short it looks
 *   («… compromiso: noviembre» / «2019 – junio 2022»: dateGoesOn).
 * - A full line ending in a word's hyphen goes on in a line of its column starting in small letters
 *   even where the column seldom wraps («… diversidades sexo-» / «genéricas.», one entry of a table
 *   of contents: brokeAtHyphen).
 * - A one-cell row (a line recover.ts left as it is, in the first column) wraps at that column's
 *   width as the table's other cells do: in a column that wraps, the next one-cell line at the same
 *   start goes on when its first word would not fit after the line above (its widest line: no slack,
 *   a title the same width as the column ends there).
 * - One-cell rows printed above a table (a title, a line of dates, a section row: rows with no
 *   value, which recover.ts leaves out of the table) wrap in their column too: lines of one segment
 *   starting at a column's edge and ending inside its width (the widest line of that column in the
 *   tables on the same edges; the first column's in the table's own lines), right above the table
 *   (blank lines between them part rows), are joined as its one-cell rows are (narrowRowsAbove,
 *   narrowRows), capitals counted wider than the average letter («PROCESOS» / «GOBERNANTES /», the
 *   first column aside); a row of a column further right keeps its column (TABs around it); not
 *   when a line of prose sits right above them (it may go on in them).
 * - Markup (HTML fragments in cells, as reports exported from web forms carry): a layout wraps the
 *   text of an element, it never closes it. A line of one segment that leaves an element open
 *   («<b>Fecha de inicio y») goes on in the following lines of one segment at the same indent up to
 *   the one that closes it («2022</b>»); when none closes it, nothing is joined (markupRun). A tag
 *   cut before its «>» («implementación</b» / «>») goes on in the next line with no space.
 *
 * - A form feed between two rows of one table (its columns go on over the page, shifted or not:
 *   recover.ts) is the printing's page, not the document's: the parsers get the row without it
 *   (a reader that takes a page break for the end of a block of rows, as the LOTAIP matrix's does,
 *   would cut a unit where the printer only ran out of paper). A page that starts another table,
 *   or text, keeps its form feed (pagesInsideTables).
 *
 * Lines of tables that recoverColumns found are joined as above. Outside tables, in a text laid
 * out on pages, a line of prose wraps only at the right margin: a line of one segment whose next
 * line's first word would not fit before the margin (the end of the text's longest line of prose;
 * tables may run wider on pdftotext's grid) goes on in the next line when that one is prose too,
 * at the same indent, with no blank line between (a section heading longer than the page). A
 * markdown heading («# …», one line in its source, set larger than the prose) goes on in the next
 * line of prose whatever the margin, unless that line starts with a capital (markup aside). Every
 * other line stays as it is (one displayed line, one parser line).
 *
 * Pure: text in, text and map out; no state between calls.
 */
import { isMissing, numberStyle, type NumberStyle } from '../../lib/numbers.ts';
import { stripHtml } from '../../lib/text.ts';
import { joinRuns, type LineMap } from './line-map.ts';
import { columnOf, cutFigureRests, FIGURE, NARROW_COLUMN, reopened, FIGURE_PIECE, FIGURE_REST, MONTH, MONTH_NAMES, recoverColumns, rowSegments, segments, START_TOLERANCE, WHOLE_FIGURE, type RecoverOptions, type TableSpan } from './recover.ts';
import { accentTooFarBack, documentWords, joinedOnlyInLinks, lexiconJoin, proseWords, punctJoin, wordJoin, wordJoinOpen, wordSeenInside, type DocumentWords } from './word-join.ts';

/** A whole date, day/month/year («30/11/2023», «1-12-23»). */
const WHOLE_DATE = /^\d{1,2}[/-]\d{1,2}[/-]\d{2,4}$/u;
/** A month and its year («Febrero 2020», «marzo de 2021»), as a plan's milestones are dated. */
const MONTH_YEAR = new RegExp(`^${MONTH}(?: de)? \\d{4}$`, 'iu');
/** A text ending in a month (and «de»): «… compromiso: noviembre». */
const MONTH_ENDS = new RegExp(`(?:^|[\\s:(])${MONTH}(?: de)?$`, 'iu');

/** Whether `text` starts a month and its year (MONTH_YEAR) and may be cut there: «Sept», «Julio 202», «Junio 20». */
function monthYearStart(text: string): boolean {
  const l = text.toLowerCase();
  return MONTH_NAMES.some((m) => m.startsWith(l) || (l.startsWith(m) && /^(?: de)?(?: \d{0,4})?$/u.test(l.slice(m.length))));
}

/** A month and its year inside an element of markup («<p>Julio 2020</p>»: a plan's HTML copied as text). */
const MARKED_MONTH_YEAR = new RegExp(`^<([a-zA-Z][a-zA-Z0-9]*)>${MONTH}(?: de)? \\d{4}</\\1>$`, 'iu');

/**
 * Whether `text` starts a month and its year, bare (monthYearStart) or inside an element of markup
 * (MARKED_MONTH_YEAR) and may be cut there: «<p», «<p>J», «<p>Julio 20», «<p>Julio 2020</».
 */
function datePieceStart(text: string): boolean {
  const m = /^<([a-zA-Z][a-zA-Z0-9]*)(?:>(.*))?$/su.exec(text);
  if (!m) return text === '<' || monthYearStart(text);
  if (m[2] === undefined) return true;
  const close = m[2].indexOf('<');
  if (close < 0) return m[2] === '' || monthYearStart(m[2]);
  return MONTH_YEAR.test(m[2].slice(0, close)) && `</${m[1]}>`.startsWith(m[2].slice(close));
}

/**
 * A line ending in a month (and «de») above a line starting with a year: one date cut at its space
 * («… compromiso: noviembre» / «2019 – junio 2022»). A layout breaks a date where the year does not
 * fit, however short the month's line looks on the character grid; no row ends in a month alone.
 */
function dateGoesOn(above: string, next: string): boolean {
  return MONTH_ENDS.test(above.trimEnd())
    && /^\d{4}\b/u.test(next.trimStart());
}

/** A line of this many words or more is prose, not a value, when it repeats the line above. */
const PROSE_WORDS = 5;

/** A whole "no value" cell a narrow column may cut: «N/A», «S/N». */
const WHOLE_MARKER = /^(?:n\/a|s\/n)$/iu;

/** Characters of slack when deciding whether the line above had room for a word (grid rounding). */
export const ROOM_TOLERANCE = 1;
/** Characters a single word may fall short of its column and still be cut, when the lexicon says the pieces are one word only. */
const LEXICON_SLACK = 3;
/** Share of a column's width a line may fall short of it and still be full (wide and narrow glyphs on one grid). */
export const ROOM_SLACK = 0.2;
/** A word a Spanish text never ends a cell with: a preposition, an article, a conjunction («… Simplificación de» / «Trámites.»). */
const DANGLING = /(?:^|[\s>])(?:a|al|con|de|del|desde|e|el|en|entre|hacia|hasta|la|las|los|o|para|por|que|sin|sobre|u|un|una|y)$/iu;

/** How much wider than the average letter a capital prints, in average letters (printedLength). */
const CAPITAL_EXTRA = 0.3;

/** A cell's text on one displayed line: [start, end) character columns. */
interface CellLine {
  start: number;
  end: number;
  text: string;
}

export interface WrappedText {
  /** The text for the parsers: recovered TAB cells, each wrapped row on one line. */
  text: string;
  map: LineMap;
  /** Displayed lines joined into the line above (0 when nothing was joined). */
  joined: number;
}

/** A line's cells by column (sparse), or null when a segment starts left of the first column. */
function lineCells(body: string, t: TableSpan, next?: string): Map<number, CellLine> | null {
  const cells = new Map<number, CellLine>();
  for (const s of rowSegments(segments(body), t.edges, t.figures, t.paired, t.overflow, cutFigureRests(next === undefined ? undefined : segments(next), t.edges))) {
    const k = s.column ?? columnOf(t.edges, s.start);
    if (k < 0) return null;
    const c = cells.get(k);
    if (c) cells.set(k, { start: c.start, end: s.end, text: body.slice(c.start, s.end) });
    else cells.set(k, { start: s.start, end: s.end, text: s.text });
  }
  return cells;
}

/** Where a table's cells sit in their row, top to bottom, as a document's wrapped lines show it. */
type Alignment = 'top' | 'middle' | 'bottom';

/**
 * What tableState learns of a table's lines before joining them: whether a continuation completes a
 * cut word (`cut`, evidence that its cells wrap), the document's alignment votes, and its runs of
 * lines for the document's evidence and alignment (the lines' cells computed once for both).
 */
interface TableState {
  cut: boolean;
  votes: { top: number; bottom: number; middle: number };
  runs(evidence: boolean, align: Alignment): { runs: number[]; joined: Map<number, string> };
}

/** Lines down a cell in the middle of its row may go on, other cells' lines between (wrapsMiddle). */
const MIDDLE_REACH = 3;

/** A list item's marker alone in its cell: «•», «-», «1.», «a)». */
const LIST_MARKER = /^(?:[•·▪◦*–-]|\d{1,2}[.)]|[a-z]\))$/u;

/** A line in capitals over a word in small letters after its capital: a title over a label, not one cell's lines. */
const capitalTitle = (above: CellLine, c: CellLine): boolean =>
  /\p{Lu}{2}/u.test(above.text) && !/\p{Ll}/u.test(above.text) && /^\p{Lu}\p{Ll}/u.test(c.text.trim());

/** An item's number opening a cell line: «OE 1.», «2.», «3.3.1.». */
const ITEM_NUMBER = /^(?:<[^<>]*>)*(?:\p{Lu}{1,3} ?)?\d{1,2}(?:\.\d{1,2})*\.(?:\s|$|<)/u;

/** A line in capitals over a numbered item: a title or a header over the item, not one cell's lines («OBJETIVO» / «OE 1.»). */
const capitalsOverItem = (above: CellLine, c: CellLine): boolean =>
  !/\p{Ll}/u.test(above.text) && /\p{Lu}{2}/u.test(above.text) && ITEM_NUMBER.test(c.text.trim());

/** A cell line ending a sentence over one starting with a capital: the cell may as well end there («meta:» / «Indicador de»). */
const sentenceOverCapital = (above: CellLine, c: CellLine): boolean => SENTENCE_END.test(above.text.trimEnd()) && /^\p{Lu}/u.test(c.text.trim());

/** A sentence of prose ending: a small letter before its mark («… marchas exploratorias.»; «NO.» in a header is an abbreviation). */
const PROSE_END = /\p{Ll}[.:?!]$/u;

/** A sentence's end: . : ? ! (a period after a number, "OE 2.", "1.1.", numbers an item instead). */
const SENTENCE_END = /(?:[:?!]|(?<!\d)\.)$/u;
const firstWord = (s: string) => s.trimStart().split(' ')[0] ?? '';

/** A token broken after a hyphen or a slash (a code, a URL): a layout breaks there without a space. */
const TOKEN_BREAK = /[\p{L}\p{N}.][-/]$/u;
const FIRST_WORD = /^[\p{L}\p{N}]+/u;

/**
 * How the text of a cell's displayed line (`before`, ending at `before.end` in a column `room`
 * wide) joins the next piece of the same cell: '' (a word or token cut) or ' '. `sofar`: the cell's
 * text joined so far, whose last word the document's words are asked about (default: the line's).
 */
export function cellJoin(before: CellLine, after: string, room: number, words: DocumentWords, sofar?: string): '' | ' ' {
  const text = before.text.trimEnd();
  if (TOKEN_BREAK.test(text) && !text.includes(' ')) return '';
  if (/[\p{L}\p{N}]-$/u.test(text)) return '';
  // a closing bracket ends its word: a letter after it starts another («Entidad(es)» / «ejecutora(s»)
  if (/\)$/u.test(text) && /^\p{L}/u.test(after.trimStart())) return ' ';
  // a "no value" marker cut by a narrow column («NINGUN» / «A»): the pieces make the marker
  const word = after.trimStart().split(' ')[0]!;
  if (!isMissing(text) && !text.includes(' ') && isMissing(text + word)) return '';
  // a percent sign after a word is a word of its own («TOTAL» / «%»: «TOTAL % CUMPLIMIENTO»)
  if (after.trimStart().startsWith('%') && /\p{L}$/u.test(text)) return ' ';
  // the words decide on the cell's text so far: a word cut twice («Septi» / «emb» / «re») ends on its first piece
  // (a word the document prints only inside a link, «datosabiertos», joins no prose: no evidence then)
  const byWords = wordJoinOpen(sofar ?? text, after, words);
  const w = (byWords === '' && joinedOnlyInLinks(sofar ?? text, after, words) ? null : byWords) ?? punctJoin(text, after, words);
  if (w !== null) return w;
  // a written accent sits on one of a word's last three syllables: «FISCALIZACIÓN» / «DEPOSITADAS» are two words
  if (accentTooFarBack(sofar ?? text, after)) return ' ';
  // a word never goes on with a capital after small letters («Cumplimiento» / «Continuo»): a new word
  if (/\p{Ll}$/u.test(text) && /^\p{Lu}\p{Ll}/u.test(after.trimStart())) return ' ';
  // a line with a space had a break opportunity: the layout broke there, not inside a word
  if (text.includes(' ')) return ' ';
  // a single word short of its column's width was not cut, unless a few characters short (a text
  // grid counts characters, not their widths: «CORRESPONSA» / «BILIDAD» is three short of
  // «PARTICIPATIVA», whose «I»s are narrow) and the lexicon knows the pieces as one word only
  if (before.end < room - ROOM_TOLERANCE && !(before.end >= room - LEXICON_SLACK && lexiconJoin(sofar ?? text, [after.trimStart()]) === '')) return ' ';
  // a single word filling its column that the document prints whole inside text («ENAJENACIÓN,
  // DONACIONES Y»), and that with the next piece starts no word it prints, was not cut
  // («DONACIONES» / «RECIBIDAS»: the column's widest line fills it by definition), unless the
  // Spanish lexicon knows the pieces as one word only («CONTRA» / «LORÍA», the document printing
  // «CONTRA» in «LEY ORGÁNICA CONTRA LA TRATA» and «CONTRALORÍA» only cut)
  const byLexicon = lexiconJoin(sofar ?? text, [after.trimStart()]);
  if (byLexicon === '') return '';
  if (wordSeenInside(text, after, words) === ' ') return ' ';
  const next = after.trimStart().match(FIRST_WORD)?.[0]?.toLowerCase();
  // the Spanish lexicon, when the document's words did not tell: the pieces run on into a word
  // («INFRAESTRUCTUR» / «A POLICIAL») or are two words
  if (byLexicon !== null) return byLexicon;
  // a single word filling its column: cut, unless the next piece is a word the document prints after other text
  return next && words.notFirst.has(next) ? ' ' : '';
}

/**
 * A whole figure: it ends in its decimals or a percent sign (WHOLE_FIGURE) and its digits are
 * grouped as a number is written («14.586.155,85», «94,00 %»), in the document's own style when it
 * has one (numbers.ts numberStyle: «\$234.50» in a document that writes «\$1.037.983,98» is
 * «\$234.501,52» cut by its column). «\$14.586.15» ends in two digits but its last group is
 * short: a figure cut by its column, not a whole one.
 */
function wholeFigure(text: string, style: NumberStyle | null): boolean {
  const kind = wholeFigureStyle(text);
  return kind !== null && (style === null || kind !== (style === 'es' ? 'us' : 'es'));
}

/** How a whole figure's digits are grouped (numbers.ts numberStyle), or null when it is none. */
function wholeFigureStyle(text: string): ReturnType<typeof numberStyle> {
  if (!WHOLE_FIGURE.test(text)) return null;
  return numberStyle(text.replace(/^[-+(]?[$€\\]*/u, '').replace(/\s*%?\)?$/u, ''));
}

/** Whole figures of one style at least this many times those of the other make it the document's. */
const STYLE_MAJORITY = 6;
/** ... when there are at least this many of them. */
const STYLE_MIN = 20;

/**
 * The style a document writes its figures in ('es' «1.037.983,98», 'us' «1,037,983.98»), from its
 * whole figures (cells set apart by two spaces or more); null when it mixes them or has few.
 */
export function documentNumberStyle(text: string): NumberStyle | null {
  let es = 0;
  let us = 0;
  for (const cell of text.split(/\s{2,}|\t|\n/u)) {
    const kind = wholeFigureStyle(cell);
    if (kind === 'es') es++;
    else if (kind === 'us') us++;
  }
  if (es >= STYLE_MIN && es >= STYLE_MAJORITY * us) return 'es';
  if (us >= STYLE_MIN && us >= STYLE_MAJORITY * es) return 'us';
  return null;
}

/**
 * An amount whose decimals OCR set apart from its digits with a space, as a source may print it
 * («244072392, 41»; numbers.ts reads it as a split number), and the last piece of one cut by its
 * column («2440» / «7239» / «2, 41»): one figure, whole once its decimals come.
 */
const SPLIT_DECIMALS = /^\d[\d.]*, \d{2}$/u;
const SPLIT_DECIMALS_REST = /^\d*, \d{2}$/u;

/** A figure is cut over at most this many lines. */
const MAX_FIGURE_PIECES = 4;

/**
 * The pieces of figures cut by a narrow column, as `line * columns + column` keys of the pieces
 * that continue the line above: a layout cuts a figure only where it does not fit its column, so
 * a piece that is not a whole figure («100,», «10», «94,5»: no decimals or percent sign yet;
 * «$14.586.15»: a short last group), followed down its column, line after line, by pieces that make a whole figure only together
 * («100,» / «00%», «10» / «0,0» / «0%», «112» / «,37» / «%») is one figure. A column of counts
 * («325» / «230») never makes a whole figure (a percentage, an amount with its decimals), so its
 * figures stay apart. A number cut down the first column of a table, when that column numbers the
 * rows (figureColumns) and no line of it holds more than two characters (its header cut too: «N» /
 * «o.»), is one number too («2» / «0»: unit 20): a row whose other cells go on beside it.
 */
function figureCuts(
  cells: readonly (Map<number, CellLine> | null)[], columns: number, numbering: readonly boolean[], style: NumberStyle | null,
): Map<number, '' | ' '> {
  const out = new Map<number, '' | ' '>();
  // the first column numbers the rows and holds no line of more than two characters
  let widest = 0;
  for (const row of cells) widest = Math.max(widest, row?.get(0)?.text.trim().length ?? 0);
  const narrowNumbering = numbering[0] === true && widest <= 2;
  for (let i = 0; i + 1 < cells.length; i++) {
    for (const [k, c] of cells[i] ?? []) {
      let text = c.text.trim();
      // a number cut down a first column of numbering figures too narrow for two characters («2» / «0»: unit 20)
      const next = cells[i + 1]?.get(k)?.text.trim();
      if (k === 0 && narrowNumbering && /^\d+$/.test(text) && next && /^\d+$/.test(next)) {
        out.set((i + 1) * columns + k, '');
        continue;
      }
      if (!FIGURE_PIECE.test(text) || wholeFigure(text, style)) continue;
      // (a piece that goes on from a figure above starts none: «883» / «1,00» under «14805»)
      if (out.has(i * columns + k)) continue;
      const pieces = [text];
      for (let j = i + 1; j < cells.length && j <= i + MAX_FIGURE_PIECES; j++) {
        const piece = cells[j]?.get(k)?.text.trim();
        if (!piece || !(FIGURE_REST.test(piece) || SPLIT_DECIMALS_REST.test(piece))) break;
        pieces.push(piece);
        text += piece;
        const split = SPLIT_DECIMALS.test(text);
        if (!FIGURE.test(text) && !split) break;
        if (wholeFigure(text, style) || split) {
          for (let m = i + 1; m <= j; m++) out.set(m * columns + k, digitsBrokeAtSpace(pieces, m - i) ? ' ' : '');
          if (percentAfter(cells, text, j, k)) out.set((j + 1) * columns + k, '');
          break;
        }
      }
    }
  }
  return out;
}

/** A month and its year is cut over at most this many lines («Sept» / «iem» / «bre» / «202» / «0»). */
const MAX_DATE_PIECES = 12;

/**
 * The pieces of months and years cut by a narrow column, as figureCuts gives them (`line * columns
 * + column` keys of the pieces that continue the line above, with their glue): a piece that starts
 * a month and its year without being whole («Julio», «Sept», «Junio 20»), followed down its column,
 * line after line, by pieces that make a whole one only together («Julio» / «202» / «0» is
 * «Julio 2020»; «Sept» / «iem» / «bre» / «202» / «0» is «Septiembre 2020»), is one date: its
 * pieces go on whatever the column's width says, and a year's digits under the month are no
 * figure of a column of numbers. The pieces join with no space where the date goes on inside a
 * word or a number, with one where only a space keeps it a date («Julio» / «202»).
 */
function dateCuts(cells: readonly (Map<number, CellLine> | null)[], columns: number): Map<number, '' | ' '> {
  const out = new Map<number, '' | ' '>();
  for (let i = 0; i + 1 < cells.length; i++) {
    for (const [k, c] of cells[i] ?? []) {
      let text = c.text.trim();
      if (out.has(i * columns + k) || !/^[\p{L}<]/u.test(text) || MONTH_YEAR.test(text) || !datePieceStart(text)) continue;
      const glues: ('' | ' ')[] = [];
      for (let j = i + 1; j < cells.length && j <= i + MAX_DATE_PIECES; j++) {
        const piece = cells[j]?.get(k)?.text.trim();
        const glue = piece === undefined ? null : (['', ' '] as const).find((g) => datePieceStart(text + g + piece)) ?? null;
        if (piece === undefined || glue === null) break;
        text += glue + piece;
        glues.push(glue);
        if (MONTH_YEAR.test(text) || MARKED_MONTH_YEAR.test(text)) {
          glues.forEach((g, m) => out.set((i + 1 + m) * columns + k, g));
          break;
        }
      }
    }
  }
  return out;
}

/**
 * A line of a cell that starts in small letters («de los procesos de») under text that ended no
 * sentence goes on with that text, however short the line above looks on the character grid (a
 * narrow column of proportional text: «de cumplimiento» plus «de» passes the column's width in
 * points, not in characters), or with a bracket or quote before small letters («… en Ecuador» /
 * «(petróleo, gas y minería).»). A cell's text opens with a capital, a digit or a sign. (Not on a line
 * with a whole value of its own, «… desarrollo de consejos» / «N/A»: a row whose text lost its start.)
 */
function goesOnInSmall(above: string, below: string): boolean {
  return /^[(«"“]?\p{Ll}/u.test(below.trimStart()) && !SENTENCE_END.test(above.trimEnd());
}

/**
 * A period, alone or after a letter or two in capitals, under a short word in capitals («NO» / «.»
 * / «DE» / «META», «N» / «O.» / «DE» / «M», a header cut down a column one or two letters wide): an
 * abbreviation cut before its period or inside it, «NO.», not a sentence's end.
 */
function abbreviationCut(above: CellLine | undefined, c: CellLine): boolean {
  const word = above?.text.trim() ?? '';
  const rest = c.text.trim();
  return /^\p{Lu}{0,2}\.$/u.test(rest) && /^\p{Lu}{1,3}$/u.test(word) && word.length + rest.length <= 4;
}

/**
 * A full line of a cell that ends in a word's hyphen («… diversidades sexo-») over a line of the
 * same column starting in small letters («genéricas.»): a word broken at its hyphen, the cell's
 * own text going on, even in a column few of whose cells wrap (a table of contents: one entry
 * longer than its line among many short ones).
 */
function brokeAtHyphen(above: CellLine, c: CellLine): boolean {
  return /\p{L}-$/u.test(above.text.trimEnd()) && /^\p{Ll}/u.test(c.text.trimStart());
}

/**
 * Whether piece m of a figure cut down its column (`pieces`, one a line) follows a break at a space
 * the figure printed («14805» / «883» / «1,00»: «14805883 1,00»): the piece above is digits alone,
 * fewer than a piece of digits alone above it, and piece m starts with a digit. Digits share one
 * width, so that line had room for the next digit: a figure is cut only where it does not fit.
 */
function digitsBrokeAtSpace(pieces: readonly string[], m: number): boolean {
  const above = pieces[m - 1]!;
  if (!/^\d+$/u.test(above) || !/^\d/u.test(pieces[m]!)) return false;
  return pieces.slice(0, m - 1).some((p) => /^\d+$/u.test(p) && p.length > above.length);
}

/**
 * A percent sign alone on the line under the last piece of a cut figure that has none yet
 * («66,» / «15» / «%»): the figure's, cut once more by its column.
 */
function percentAfter(cells: readonly (Map<number, CellLine> | null)[], figure: string, j: number, k: number): boolean {
  return !figure.includes('%') && cells[j + 1]?.get(k)?.text.trim() === '%';
}

/** How many of column k's cells (`all`) pass `test` (`matching`). */
function cellsMatching(
  cells: readonly (ReadonlyMap<number, CellLine> | null)[], k: number, test: (text: string) => boolean,
): { matching: number; all: number } {
  let matching = 0;
  let all = 0;
  for (const row of cells) {
    const c = row?.get(k);
    if (!c) continue;
    all++;
    if (test(c.text)) matching++;
  }
  return { matching, all };
}

/**
 * One table's lines read once (their cells, columns' widths, figures cut down a column) and what
 * they say of the document (TableState: `cut`, `votes`); `runs` then joins its wrapped rows for the
 * document's evidence and alignment: the runs (line counts) for lines [t.first, t.last] and the
 * joined text of each run of more than one line (keyed by its first line).
 */
function tableState(
  t: TableSpan, body: readonly string[], recovered: readonly string[], words: DocumentWords, style: NumberStyle | null,
  tags: ReadonlySet<string> = new Set(),
): TableState {
  const cells = body.slice(t.first, t.last + 1).map((l, i) => lineCells(l, t, t.first + i < t.last ? body[t.first + i + 1] : undefined));
  // cells at the bottom of their rows: set by runs() (false while the evidence is gathered)
  let bottom = false;
  // the width of each column: the end of its widest line (pdftotext keeps a cell's text in its column)
  const room: number[] = t.edges.map(() => 0);
  for (const row of cells) for (const [k, c] of row ?? []) room[k] = Math.max(room[k]!, c.end);
  // ... up to the next column's edge: a line packed with the next column's text runs past it
  // («Porcentaje de ejecución 8,33% mensual» to 140, the values at 128), and would leave every line
  // of the column short of full
  for (let k = 1; k + 1 < t.edges.length; k++) room[k] = Math.min(room[k]!, t.edges[k + 1]! + ROOM_TOLERANCE);
  // The first column's rows may span the table: a line of one segment the recovery left alone, from
  // the first column's edge past the second's, is a title or a line of dates over the table («Fecha
  // de inicio y término del compromiso: enero 2020 – junio 2022» over «<b>Hito 1:</b> Capacitación
  // en» / «innovación del servicio …»), no cell of the column: its width is no measure of the
  // column's. One-cell rows still wrap at the widest of them (oneCellRoom, plainRun).
  const spans = (i: number, c: CellLine): boolean => t.edges.length > 1 && c.start <= t.edges[0]! + ROOM_TOLERANCE
    && c.end > t.edges[1]! + ROOM_TOLERANCE && !recovered[t.first + i]!.includes('\t');
  const oneCellRoom = room[0]!;
  room[0] = 0;
  cells.forEach((row, i) => {
    const c = row?.get(0);
    if (c && !spans(i, c)) room[0] = Math.max(room[0]!, c.end);
  });
  // number columns: most of their cells are numbers (amounts, percentages, counts)
  const numeric = t.edges.map((_, k) => {
    const { matching, all } = cellsMatching(cells, k, (text) => FIGURE.test(text.trim()));
    return matching >= 2 && matching * 2 >= all;
  });
  // columns of dates: more than half of their cells are a month and its year
  const dated = t.edges.map((_, k) => {
    const { matching, all } = cellsMatching(cells, k, (text) => MONTH_YEAR.test(text.trim()));
    return matching >= 2 && matching * 2 > all;
  });
  // columns of words: more than half of their cells have a word of two letters or more
  const wordy = t.edges.map((_, k) => {
    const { matching, all } = cellsMatching(cells, k, (text) => /\p{L}{2}/u.test(text));
    return matching * 2 > all;
  });
  // the width of each column from its cells' own starts: pdftotext lays each line on its own grid, so a
  // row may sit a few characters right of the others (its text as wide, its ends further right)
  const width: number[] = t.edges.map(() => 0);
  cells.forEach((row, i) => {
    for (const [k, c] of row ?? []) if (k > 0 || !spans(i, c)) width[k] = Math.max(width[k]!, c.end - c.start);
  });
  /**
   * Whether line `above` of column k had no room for the next line's first word. `asPrinted`: widths
   * as printed (printedLength: a line of capitals is wider than its character count, «AGREGADORES»
   * / «DE VALOR / NIVEL» did not fit where 20 small letters do); false for the evidence gathered over
   * the whole table (whether a column wraps, how its cells align), counted in characters: there,
   * capitals would make full the short values of a column of figures («%» / «N/A»).
   */
  const full = (above: CellLine, k: number, word: string, asPrinted = true): boolean => {
    // (after a sentence's end, a capital opens the next row unless the word plainly did not fit: half the slack)
    // (prose: small letters before the mark, a capitalized word after it; «PÁG.» / «WEB» is an abbreviation in a header)
    // (a word in markup printed as text opens with its letters: «<b>Información»)
    const prose = PROSE_END.test(above.text.trimEnd()) && /^\p{Lu}\p{Ll}/u.test(word.replace(/^(?:<[^<>]*>)+/u, ''));
    const slack = Math.max(ROOM_TOLERANCE, Math.floor((room[k]! - t.edges[k]!) * (prose ? ROOM_SLACK / 2 : ROOM_SLACK)));
    // (after a sentence's end only a plain misfit counts: characters)
    const length = asPrinted && !prose ? printedLength : (text: string) => text.length;
    const wide = length(above.text.trim()) + 1 + length(word);
    return above.start + wide > room[k]! - slack || wide > width[k]! - slack;
  };
  // figures cut by a narrow column: the pieces of column k on line i that continue the line above's
  const figureRests = figureCuts(cells, t.edges.length, t.figures, style);
  const cutPieces = new Map([...figureRests, ...dateCuts(cells, t.edges.length)]);
  /**
   * Line i holds the rest of a figure cut on line i-1 where that figure cannot have ended: its piece
   * there ends in a decimal or thousands mark («\$1.149.741,» / «23»), or two of its columns go on
   * so («10,0» / «0» beside «10» / «0,»). A figure is never cut across two rows, so the line goes on
   * in the row above whatever its other cells say: a first column that reads as a row of its own
   * («COMPRA» / «CATALOGO», a short line under a short line) no longer leaves the figure's rest as
   * a row of its own, read as a count of 23. One ordinary piece alone is no such proof: «1» of a
   * line of OCR noise over «95,77%» would make 195,77 %.
   */
  const restOfCutFigures = (i: number): boolean => {
    const prev = cells[i - 1];
    const cur = cells[i];
    if (!prev || !cur) return false;
    const rests = [...cur.keys()].filter((k) => prev.has(k) && figureRests.has(i * t.edges.length + k));
    return rests.length >= 2 || rests.some((k) => /[.,]$/u.test(prev.get(k)!.text.trimEnd()));
  };
  /**
   * A piece of a figure cut by its column goes on from the line above whatever the column's width
   * says: the pieces make a whole figure only together, so the figure did not fit (a column's width
   * is the end of its widest line, which a line laid on a grid a few characters right makes wider).
   */
  const figurePiece = (i: number, k: number): boolean => cutPieces.has(i * t.edges.length + k);
  /** Cell `c` cannot continue cell `above` whatever the room: figures end their cell, rules are no text. */
  const ends = (above: CellLine, c: CellLine, k: number, i: number): boolean => {
    if (cutPieces.has(i * t.edges.length + k)) return false;
    const text = c.text.trim();
    // a whole element under a closed paragraph is text of its own («… ratificación.</p>» / «<b>Información de Contacto</b>»)
    if (BLOCK_CLOSED.test(above.text.trimEnd()) && WHOLE_ELEMENT.test(text) && openElements(text) === 0) return true;
    // a percent sign alone under a figure is that figure's ("100,00" / "%")
    if (text === '%' && /\d$/u.test(above.text.trimEnd())) return false;
    // a closing mark alone ends the text above it («( E» / «)»); any other line without letters or digits is a rule
    // a percent sign alone under a word is a word of the cell («TOTAL» / «%» / «CUMPLIMIENTO»)
    if (text === '%' && /\p{L}$/u.test(above.text.trimEnd())) return false;
    if (!/[\p{L}\p{N}]/u.test(text)) return !/^[)\]}»”.,;:]+$/u.test(text);
    // the same text again (a second "N/A") is the next row's value: wrapped text does not repeat its line
    // (a line of prose may: a cell that says a phrase twice, «… plan de SSO N/A Porcentaje de» twice)
    if (text === above.text.trim() && text.split(' ').length < PROSE_WORDS) return true;
    // (a figure in bold is a figure: «<b>17</b>» in a table of contents' column of pages)
    if (numeric[k] && FIGURE.test(stripHtml(text))) return true;
    // a whole "no value" marker ends its cell, printed whole («N/A») or cut down a narrow column («N/» / «A»)
    const before = i >= 2 ? cells[i - 2]?.get(k)?.text.trim() ?? '' : '';
    if (WHOLE_MARKER.test(above.text.trim()) || (before && !WHOLE_MARKER.test(before) && WHOLE_MARKER.test(before + above.text.trim()))) return true;
    // and one under a figure or its percent sign is the next row's value («97,00» / «%» / «N/A»)
    if (WHOLE_MARKER.test(text) && /[\d%]$/u.test(above.text.trimEnd())) return true;
    // a figure under text (not under a cut figure) is a row's value
    if (WHOLE_FIGURE.test(text) && !/[\d.,]$/u.test(above.text)) return true;
    // so is a whole date under text («… POR RESULTADO» / «30/11/2023»): a value, as a figure is
    if (WHOLE_DATE.test(text) && !/[\d/-]$/u.test(above.text)) return true;
    // and a month and year under text in a column of them («Fecha de inicio» / «Febrero 2020»)
    if (dated[k] && MONTH_YEAR.test(text) && !MONTH_YEAR.test(above.text.trim())) return true;
    // nothing goes on under a whole figure, printed whole or completed by the last of its cut pieces («100» / «,00» / «%» / «N/A»)
    return WHOLE_FIGURE.test(above.text.trim()) || cutPieces.has((i - 1) * t.edges.length + k);
  };
  /**
   * A whole figure that opens a cell of words in a column of words («85% DE» / «EJECUCIÓN» /
   * «PRESUPUESTARIA», the IESS goal) goes on when its line is full, as text does; only when telling
   * a row's continuation (a column's wrapping is measured on figures ending their cells).
   */
  const opensWords = (above: CellLine, c: CellLine, k: number): boolean =>
    wordy[k]! && WHOLE_FIGURE.test(above.text.trim()) && /\p{L}{2}/u.test(c.text);
  // a column wraps when more than a quarter of its lines followed by more of the column (figures
  // aside) are full: the rest are the last lines of cells, one per row
  const wraps = t.edges.map((_, k) => {
    let pairs = 0;
    let fulls = 0;
    for (let i = 1; i < cells.length; i++) {
      const a = cells[i - 1]?.get(k);
      const b = cells[i]?.get(k);
      if (!a || !b || ends(a, b, k, i)) continue;
      pairs++;
      if (full(a, k, firstWord(b.text), false)) fulls++;
    }
    return fulls * 4 > pairs;
  });
  /**
   * The same for cells in the middle of their rows, where a cell's next line may come two or three
   * lines down, lines of the row's other cells between («Incrementar la calidad …» / «Coordinación
   * Nacional …» / «financiera y de talento humano …»): each line against its column's nearest line above.
   */
  const wrapsMiddle = t.edges.map((_, k) => {
    let pairs = 0;
    let fulls = 0;
    for (let i = 1; i < cells.length; i++) {
      const b = cells[i]?.get(k);
      if (!b) continue;
      let m = i - 1;
      while (m >= 0 && i - m <= MIDDLE_REACH && !cells[m]?.has(k)) m--;
      const a = m >= 0 && i - m <= MIDDLE_REACH ? cells[m]?.get(k) : undefined;
      if (!a || ends(a, b, k, i)) continue;
      pairs++;
      if (full(a, k, firstWord(b.text), false)) fulls++;
    }
    return fulls * 4 > pairs;
  });
  /**
   * Column k's text on lines [from, i) leaves an element of markup open, or a tag cut open («<p» /
   * «>» / «<b» / «>Hi»): a layout never closes an element for you, so the cell goes on.
   */
  const openIn = (from: number, i: number, k: number): boolean => {
    let text = '';
    for (let m = from; m < i; m++) text += cells[m]?.get(k)?.text.trim() ?? '';
    return /</u.test(text) && openElements(text) > 0;
  };
  /**
   * Column k's text on lines [from, i) leaves a bracket open that line i's cell closes («(Usar:
   * Visualizar. Analizar.» / «Comparar. Hacer una diferencia)»): the bracket's text goes on, whatever
   * sentences end inside it.
   */
  const bracketClosed = (from: number, i: number, k: number, text: string): boolean => {
    let before = '';
    for (let m = from; m < i; m++) before += cells[m]?.get(k)?.text ?? '';
    return closesOpenBracket(before, text);
  };
  const continues = (i: number, from?: number): boolean => {
    const prev = cells[i - 1];
    const cur = cells[i];
    if (!prev || !cur || !cur.size) return false;
    // (cells at the top of their rows: a line that holds the rest of a figure cut on the line above
    // goes on from it, whatever its other cells say)
    if (!bottom && restOfCutFigures(i)) return true;
    // a line with a whole value of its own (a figure, «N/A») may be a row whose text was cut from its start
    const valued = [...cur.values()].some((c) => WHOLE_FIGURE.test(c.text.trim()) || WHOLE_MARKER.test(c.text.trim()));
    const open = new Set<number>();
    // (cells aligned to their row's bottom: a row's shorter cells start on its later lines, so a
    // line goes on with every cell of the line above and may open cells of its own)
    // (a list's marker opens its item whatever the alignment: «•» / «Presupuesto inicial: …» goes on below)
    if (bottom && ![...prev].every(([k, a]) => cur.has(k) || LIST_MARKER.test(a.text.trim()))) return false;
    // (... but a title in capitals is no label's first line: «PROYECTO 1: … PACÍFICA» / «Presupuesto codificado 2021:»)
    if (bottom && prev.size < cur.size && [...prev].some(([k, a]) => capitalTitle(a, cur.get(k)!))) return false;
    // (... nor a line that ended a sentence of prose, over a capital: «… marchas exploratorias.» / «OE6.
    // Asegurar …»; small letters before the mark, «NO.» / «DE META» is a header's abbreviation)
    if (bottom && prev.size < cur.size && [...prev].some(([k, a]) => PROSE_END.test(a.text.trimEnd()) && sentenceOverCapital(a, cur.get(k)!))) return false;
    // (... a line on a new page opens no row of the page above: a footer there is no cell's first line)
    if (bottom && prev.size < cur.size && recovered[t.first + i]!.startsWith('\f')) return false;
    for (const [k, c] of cur) {
      const above = prev.get(k);
      // (... and a list's marker opens its item: «•» beside the last line of the item above starts the next)
      if (!above && bottom && LIST_MARKER.test(c.text.trim())) return false;
      if (!above && bottom) continue;
      if (above && figurePiece(i, k)) continue;
      // (a percent sign alone under a figure is that figure's, whatever the width: digits print wider
      // than the letters the column's width is counted in, «70,36» / «%» under «cuantifi» / «cable»)
      if (above && c.text.trim() === '%' && /\d$/u.test(above.text.trimEnd())) continue;
      if (above && from !== undefined && (openIn(from, i, k) || bracketClosed(from, i, k, c.text))) {
        open.add(k);
        continue;
      }
      // (a column that rarely wraps, a table of contents, still goes on from a full line in small letters)
      const small = !valued && goesOnInSmall(above?.text ?? '', c.text);
      if (above && capitalsOverItem(above, c)) return false;
      if (!above || (ends(above, c, k, i) && !opensWords(above, c, k))
        || !(wraps[k] || brokeAtHyphen(above, c) || ((small || DANGLING.test(above.text.trimEnd())) && full(above, k, firstWord(c.text))))
        || !(full(above, k, firstWord(c.text)) || small)) return false;
    }
    // a line that goes on in every column of the line above, where one of those cells ended a
    // sentence, starts a new row
    // (not in a table whose rows carry figures, on a line with none in their columns: a cell of
    // several sentences goes on, «… LA VIOLENCIA.» / «ESTRATEGIA EMERGENTE …», beside text that does)
    const valueless = numeric.some(Boolean) && ![...cur.keys()].some((k) => numeric[k]);
    // (not when another cell of the line goes on in small letters from one that ended no sentence:
    // «procesos» / «electorales en» beside «… en el exterior.» / «(E)», a row's wrapped cells)
    const goesOnBeside = (k: number) => [...cur].some(([m, c]) => m !== k && !!prev.get(m) && goesOnInSmall(prev.get(m)!.text, c.text));
    if (prev.size === cur.size && !valueless && [...prev].some(([k, a]) => !open.has(k) && SENTENCE_END.test(a.text.trimEnd()) && !abbreviationCut(cells[i - 2]?.get(k), a) && !insideTag(a.text) && width[k]! > NARROW_COLUMN
      // (a closing tag under it closes the element the sentence is in: «… vigente.» / «</p>»)
      && !/^<\//u.test(cur.get(k)?.text.trim() ?? '') && !BRACKET_TAG.test(cur.get(k)?.text.trim() ?? '') && !goesOnBeside(k))) return false;
    // a line of one cell under the widest line of its column, which ended a sentence, starts a new row
    // (nothing says the sentence's cell goes on: the widest line fills its column by definition)
    if (cur.size === 1) {
      const [k, c] = [...cur][0]!;
      const a = prev.get(k)!;
      if (a.end >= room[k]! && SENTENCE_END.test(a.text.trimEnd()) && /^\p{Lu}/u.test(c.text.trim())) return false;
    }
    return true;
  };
  /**
   * Cells aligned to the middle of their row: line i goes on in the run of lines [from, i) when each
   * of its cells goes on from the last piece of its column in the run (full, not ended: the same
   * tests as above), or opens its column in the row (a shorter cell printed between a taller one's
   * lines), and one of them goes on; a «%» alone goes on from the figure above it, lines of other
   * cells between them («100,00» / «Numero de incidentes …» / «%»); a list's marker opens no cell
   * inside a row. A sentence's end over a capital, in a row that already has cells beside it, ends
   * the cell («de la meta:» / «Indicador de la»: a key-value row whose key and value are both there);
   * so does it when the capital's line opens a column the row has not («… sexo-genéricas.» /
   * «INNOVACIÓN PÚBLICA  61»: a contents entry, then the next with its page number).
   */
  const continuesMiddle = (i: number, from: number): boolean => {
    const cur = cells[i];
    if (!cur?.size) return false;
    // (a line opening a page goes on from the page above only as a row at the top does, from a row
    // with cells: a page's foot and the next page's head are no row, «GOBIERNO AUTÓNOMO …» / «Informe de Gestión Anual»)
    if (recovered[t.first + i]!.startsWith('\f')) return recovered.slice(t.first + from, t.first + i).some((l) => l.includes('\t')) && continues(i, from);
    // (a line with cells in the columns of the line above, and only those: read as rows at the top are)
    const prev = cells[i - 1];
    if (i > from && prev && prev.size === cur.size && [...cur.keys()].every((k) => prev.has(k))) return continues(i, from);
    const last = new Map<number, CellLine>();
    for (let m = from; m < i; m++) for (const [k, c] of cells[m] ?? []) last.set(k, c);
    let goesOn = 0;
    for (const [k, c] of cur) {
      const above = last.get(k);
      if (!above) {
        if (LIST_MARKER.test(c.text.trim())) return false;
        continue;
      }
      if (figurePiece(i, k) && cells[i - 1]?.get(k) === above) { goesOn++; continue; }
      // (a percent sign alone under a figure is that figure's, a line of other columns between them:
      // «100,00» / «Numero de incidentes …» / «%»)
      if (c.text.trim() === '%' && /\d$/u.test(above.text.trimEnd())) { goesOn++; continue; }
      if (openIn(from, i, k) || bracketClosed(from, i, k, c.text)) { goesOn++; continue; }
      const small = goesOnInSmall(above.text, c.text);
      if ((ends(above, c, k, i) && !opensWords(above, c, k))
        || !(wrapsMiddle[k] || brokeAtHyphen(above, c) || (small && full(above, k, firstWord(c.text))))
        || !(full(above, k, firstWord(c.text)) || small)) return false;
      if (sentenceOverCapital(above, c) && ([...last.keys()].some((m) => m !== k) || [...cur.keys()].some((m) => m !== k && !last.has(m)))) return false;
      // (a title in capitals is no label's first line: «PROYECTO 1: … PACÍFICA» / «Presupuesto codificado 2021:»)
      if (capitalTitle(above, c)) return false;
      goesOn++;
    }
    if (goesOn) return true;
    // (a line of cells only in columns the run has not: a shorter cell in the middle of a taller one's
    // lines, when the taller one goes on right under it)
    // (every cell of that line with a piece above it goes on from it, one at least; not over a page break)
    if (recovered[t.first + i + 1]?.startsWith('\f')) return false;
    const next = cells[i + 1];
    const pieces = [...(next ?? [])].filter(([k]) => last.has(k) || cur.has(k));
    return pieces.length > 0 && pieces.every(([k, c]) => {
      const above = last.get(k);
      return !!above && !cur.has(k) && !ends(above, c, k, i + 1) && full(above, k, firstWord(c.text))
        && !sentenceOverCapital(above, c) && !capitalTitle(above, c);
    });
  };
  /**
   * Line i-1's cells all go on in line i (each full, none ended: a cell wrapped from one line to the
   * next), and one of the two lines has cells in columns the other has not: a row whose shorter
   * cells sit at its top (line i has fewer cells) or at its bottom (line i-1 has fewer).
   */
  const votes = { top: 0, bottom: 0, middle: 0 };
  for (let i = 1; i < cells.length; i++) {
    const a = cells[i - 1];
    const b = cells[i];
    if (!a?.size || !b?.size || a.size === b.size) continue;
    const [few, many] = a.size < b.size ? [a, b] : [b, a];
    if (![...few.keys()].every((k) => many.has(k))) continue;
    if (![...few.keys()].every((k) => !ends(a.get(k)!, b.get(k)!, k, i) && full(a.get(k)!, k, firstWord(b.get(k)!.text), false))) continue;
    // (a sentence's end over a capital may as well end the cell: «meta:» / «Indicador de»)
    if ([...few.keys()].some((k) => sentenceOverCapital(a.get(k)!, b.get(k)!))) continue;
    if (a.size < b.size) votes.bottom++;
    else votes.top++;
  }
  /**
   * A cell that goes on two lines down, the line between having cells only in other columns: a
   * shorter cell printed in the middle of a taller one's lines («Unidad de medida» / «Número de
   * acciones …» / «de la meta:»), as cells aligned to the middle of their row come out.
   */
  for (let i = 2; i < cells.length; i++) {
    const a = cells[i - 2];
    const m = cells[i - 1];
    const b = cells[i];
    if (!a?.size || !m?.size || !b?.size) continue;
    if ([...m.keys()].some((k) => a.has(k) || b.has(k))) continue;
    if (![...b.keys()].every((k) => a.has(k))) continue;
    if (![...b].every(([k, c]) => !ends(a.get(k)!, c, k, i) && full(a.get(k)!, k, firstWord(c.text), false))) continue;
    votes.middle++;
  }
  // evidence that this table's cells wrap at all: a continuation that completes a cut word
  let cut = false;
  for (let i = 1; i < cells.length && !cut; i++) {
    if (!continues(i)) continue;
    for (const [k, c] of cells[i]!) {
      // a figure's pieces are no word
      if (cutPieces.has(i * t.edges.length + k)) continue;
      const above = cells[i - 1]!.get(k);
      if (above && (wordJoin(above.text, c.text, words) === '' || /[\p{L}\p{N}]-$/u.test(above.text))) cut = true;
    }
  }
  /** Line i is a one-cell row recover.ts left as it is: one segment, in the first column. */
  const oneCell = (i: number): boolean => !recovered[t.first + i]!.includes('\t') && cells[i]?.size === 1 && cells[i]!.has(0)
    && segments(body[t.first + i]!).length === 1 && (i === 0 || cells[i - 1]?.get(0)?.start === cells[i]!.get(0)!.start);
  /**
   * How far lines [from, to) are from a row of cells in its middle: the largest distance, in lines,
   * between the row's middle and the middle of a column's lines in it.
   */
  const offCentre = (from: number, to: number): number => {
    const middle = (from + to - 1) / 2;
    const span = new Map<number, [number, number]>();
    for (let m = from; m < to; m++) for (const k of cells[m]?.keys() ?? []) span.set(k, [span.get(k)?.[0] ?? m, m]);
    let off = 0;
    for (const [a, b] of span.values()) off = Math.max(off, Math.abs((a + b) / 2 - middle));
    return off;
  };
  /**
   * A run that starts at a line the recovery left alone (prose, not a row of cells): lines [i, j) and
   * their joined text when they make more than one line (markup left open, a one-cell row wrapped).
   */
  const plainRun = (i: number): { j: number; text?: string } => {
    const n = cells.length;
    const m = markupRun(body, recovered, t.first + i, t.last + 1, words);
    if (m.lines > 1) return { j: i + m.lines, text: m.text };
    // a one-cell row wraps at its column's width, as the table's other cells do
    let j = i + 1;
    while (j < n && wraps[0] && oneCell(j) && !ends(cells[j - 1]!.get(0)!, cells[j]!.get(0)!, 0, j)
      && (cells[j - 1]!.get(0)!.end + 1 + firstWord(cells[j]!.get(0)!.text).length > oneCellRoom - ROOM_TOLERANCE
        || dateGoesOn(cells[j - 1]!.get(0)!.text, cells[j]!.get(0)!.text))) j++;
    if (j - i === 1) return { j };
    const at = t.first + i;
    let text = body[at]!.trim();
    for (let k = i + 1; k < j; k++) text = text.trimEnd() + cellJoin(cells[k - 1]!.get(0)!, cells[k]!.get(0)!.text, oneCellRoom, words) + cells[k]!.get(0)!.text.trim();
    return { j, text: (recovered[at]!.startsWith('\f') ? '\f' : '') + ' '.repeat(body[at]!.length - body[at]!.trimStart().length) + text };
  };
  /**
   * The ends of the runs of a table whose cells sit in the middle of their rows. Each line that may
   * open a row may end it at any line its cells go on to (continuesMiddle, read from the row's first
   * line); of all the ways to cut the table so, the one with the fewest rows, and of those the best
   * centred (offCentre). Taking each row as long as it goes on, instead, a row may swallow the next
   * row's first line («Numero de incidentes de seguridad informática» / «Porcentaje de disponibilidad
   * …», a full line over a capital), and that row's other lines then go on from nothing.
   */
  const middleEnds = (): number[] => {
    const n = cells.length;
    // per line: the fewest runs from it to the table's end, then how far off centre they are in all
    const rows: number[] = new Array<number>(n + 1).fill(0);
    const off: number[] = new Array<number>(n + 1).fill(0);
    const end: number[] = new Array<number>(n).fill(0);
    for (let i = n - 1; i >= 0; i--) {
      if (!(recovered[t.first + i]!.includes('\t') || (i + 1 < n && continuesMiddle(i + 1, i)))) {
        end[i] = plainRun(i).j;
        rows[i] = rows[end[i]!]! + 1;
        off[i] = off[end[i]!]!;
        continue;
      }
      let last = i + 1;
      while (last < n && continuesMiddle(last, i)) last++;
      rows[i] = Infinity;
      for (let j = last; j > i; j--) {
        const r = rows[j]! + 1;
        const o = off[j]! + offCentre(i, j);
        if (r < rows[i]! || (r === rows[i]! && o < off[i]! - 1e-9)) { rows[i] = r; off[i] = o; end[i] = j; }
      }
    }
    return end;
  };
  const runsOf = (evidence: boolean, align: Alignment): { runs: number[]; joined: Map<number, string> } => {
    bottom = align === 'bottom';
    const runs: number[] = [];
    const joined = new Map<number, string>();
    let i = 0;
    const n = cells.length;
    if (!evidence) return { runs: cells.map(() => 1), joined };
    // (the run ends chosen for the whole table when its cells sit in the middle of their rows)
    const middle = align === 'middle' ? middleEnds() : null;
    while (i < n) {
      let j = i + 1;
      // a run starts at a rewritten row (one with cells), never at prose the recovery left alone,
      // unless that prose leaves an element of markup open (markupRun)
      // (with cells aligned to the row's bottom or middle, a line with fewer cells may open the row)
      if (middle && (recovered[t.first + i]!.includes('\t') || continuesMiddle(j, i))) j = middle[i]!;
      else if (!middle && (recovered[t.first + i]!.includes('\t') || (bottom && continues(j, i)))) while (j < n && continues(j, i)) j++;
      else {
        const plain = plainRun(i);
        j = plain.j;
        if (plain.text !== undefined) {
          joined.set(t.first + i, plain.text);
          runs.push(j - i);
          i = j;
          continue;
        }
      }
      runs.push(j - i);
      if (j - i > 1) {
        const parts: string[] = t.edges.map(() => '');
        const lastPiece: (CellLine | null)[] = t.edges.map(() => null);
        for (let k = i; k < j; k++) {
          for (const [col, c] of cells[k]!) {
            const prev = lastPiece[col];
            const glue = cutPieces.get(k * t.edges.length + col) ?? (prev ? cellJoin(prev, c.text, room[col]!, words, parts[col]) : '');
            parts[col] = prev ? parts[col]!.trimEnd() + glue + respacedTag(parts[col]!, c.text.trimStart(), tags) : c.text;
            lastPiece[col] = c;
          }
        }
        const ff = recovered[t.first + i]!.startsWith('\f') ? '\f' : '';
        joined.set(t.first + i, ff + parts.join('\t'));
      }
      i = j;
    }
    return { runs, joined };
  };
  return { cut, votes, runs: runsOf };
}

/**
 * The tags in brackets a document prints with a space inside each bracket, «( E )», and never
 * without the closing one's, «( E)» (respacedTag).
 */
export function spacedTags(text: string): Set<string> {
  const spaced = new Set<string>();
  const tight = new Set<string>();
  for (const m of text.matchAll(/\( (\p{Lu}{1,4})( ?)\)/gu)) (m[2] ? spaced : tight).add(m[1]!);
  for (const tag of tight) spaced.delete(tag);
  return spaced;
}

/**
 * The next piece of a cell whose text so far (`sofar`) ends in an opening bracket, with the space
 * back before its closing bracket when the piece opens with a tag the document prints spaced
 * (`tags`): pdftotext drops it from a line that starts with the tag («PAC (» / «E)», printed «( E )»,
 * as the document's other twenty lines show it). Any other piece as it is.
 */
function respacedTag(sofar: string, piece: string, tags: ReadonlySet<string>): string {
  if (!sofar.trimEnd().endsWith('(')) return piece;
  const m = /^(\p{Lu}{1,4})\)/u.exec(piece);
  return m && tags.has(m[1]!) ? `${m[1]} )${piece.slice(m[0].length)}` : piece;
}

/**
 * A short tag in brackets alone, «(E)», «( E )»: the mark a text carries after its last sentence
 * («… en servicio activo). (E)», the CNE's strategic indicators), never a row of its own.
 */
const BRACKET_TAG = /^\(\s?[\p{Lu}.]{1,4}\s?\)$/u;

/**
 * True when `before` leaves a round bracket open and `after` closes it (a closing bracket with none
 * open counts for nothing).
 */
function closesOpenBracket(before: string, after: string): boolean {
  let depth = 0;
  for (const ch of before) {
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
  }
  if (depth === 0) return false;
  for (const ch of after) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return true;
  }
  return false;
}

/** A text ending inside a tag of markup, its «<» not closed yet («<th style="background-color: #00a0e3; color:»): no sentence ends there. */
function insideTag(text: string): boolean {
  const open = text.lastIndexOf('<');
  return open >= 0 && text.indexOf('>', open) < 0 && /^<\/?[a-zA-Z]/u.test(text.slice(open));
}

/** A line ending in a paragraph, list or block element's closing tag («… ratificación.</p>»). */
const BLOCK_CLOSED = /<\/(?:p|li|ul|ol|div|h[1-6])>$/iu;
/** A line that is one element, opened and closed («<b>Información de Contacto</b>»). */
const WHOLE_ELEMENT = /^<([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>.*<\/\1>$/u;

/** A line ending in a tag cut before its «>» («implementación</b»): the next line goes on with no space. */
const CUT_TAG = /<\/?[a-zA-Z][^<>]*$/;

/** Void HTML elements: they have no closing tag. */
const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'col', 'wbr', 'area', 'base', 'source']);

/**
 * How many elements of markup a piece of text leaves open: opening tags minus closing tags (void
 * and self-closing tags aside), plus one for a tag cut before its ">". Reports exported from web
 * forms carry HTML fragments in their cells («<b>Fecha de inicio y término…</b>», «<p>…</p>»).
 */
export function openElements(text: string): number {
  let open = 0;
  for (const m of text.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*?(\/?)>/g)) {
    if (m[1]) open--;
    else if (!m[3] && !VOID_ELEMENTS.has(m[2]!.toLowerCase())) open++;
  }
  const lastOpen = text.lastIndexOf('<');
  if (lastOpen >= 0 && text.indexOf('>', lastOpen) < 0 && /^<\/?[a-zA-Z]/.test(text.slice(lastOpen))) open++;
  return open;
}

/**
 * Markup wrapped in a one-cell row or in prose: a layout wraps the text of an element, it never
 * closes the element for you. A line of one segment (prose, a one-cell row: recover.ts left it as
 * it is) that leaves an element open («<b>Fecha de inicio y») goes on in the following lines of one
 * segment at the same indent, up to the line that closes it («2022</b>»): one line for the parsers.
 * Only when the element does close there (a fragment that never closes its «<ul>» joins nothing).
 * Returns the number of displayed lines from `at` (1 when none is joined) and the joined text.
 * When an element opens again inside one of its name one space after the key's first words
 * («<b>Institución o actor <b>Secretaría …</b> responsable de la implementación</b>»), the inner
 * element is a value pdftotext packed into its wrapped key: the key and the value come out as two
 * cells (unnestValue).
 */
function markupRun(
  body: readonly string[], recovered: readonly string[], at: number, to: number, words: DocumentWords,
): { lines: number; text: string } {
  const indent = (l: string) => l.length - l.trimStart().length;
  const single = (i: number) => i < to && body[i]!.trim() !== '' && !recovered[i]!.includes('\t') && segments(body[i]!).length === 1;
  if (!single(at)) return { lines: 1, text: '' };
  let open = openElements(body[at]!);
  if (open <= 0) return { lines: 1, text: '' };
  let j = at + 1;
  // (counted on the text so far: a tag cut at the line's end, «</b» / «>», closes on the next line)
  let sofar = body[at]!.trim();
  while (open > 0 && single(j) && indent(body[j]!) === indent(body[at]!)) open = openElements(sofar += `${CUT_TAG.test(sofar) ? '' : ' '}${body[j++]!.trim()}`);
  if (open > 0 || j - at < 2) return { lines: 1, text: '' };
  // the run's width: its widest line (a single word well short of it was not cut)
  let room = 0;
  for (let k = at; k < j; k++) room = Math.max(room, body[k]!.trimEnd().length);
  let text = body[at]!.trim();
  for (let k = at + 1; k < j; k++) {
    const above = body[k - 1]!.trimEnd();
    const glue = CUT_TAG.test(above) ? '' : /[<>]$/.test(above) || /^\s*</.test(body[k]!) ? ' ' : cellJoin({ start: indent(above), end: above.length, text: above.trimStart() }, body[k]!, room, words);
    text = text + glue + body[k]!.trim();
  }
  return { lines: j - at, text: (recovered[at]!.startsWith('\f') ? '\f' : '') + ' '.repeat(indent(body[at]!)) + unnestValue(text) };
}

/**
 * A key whose element wraps over lines, with its value packed one space after the key's first
 * words, opening an element of the same name («<b>Institución o actor <b>Secretaría Técnica …</b>
 * responsable de la implementación</b>»: pdftotext -layout, the value too far left of its column to
 * tell by position): no element nests another of its name, so the inner one is the value. Returns
 * the key (its words before and after the value) and the value as two cells; the text as it is
 * when no element opens again inside one of its name.
 */
function unnestValue(text: string): string {
  const at = reopened(text, Infinity);
  if (at < 0) return text;
  const name = /^<([a-zA-Z][a-zA-Z0-9]*)/u.exec(text.slice(at))![1]!;
  const close = text.indexOf(`</${name}>`, at);
  if (close < 0) return text;
  const end = close + name.length + 3;
  const key = `${text.slice(0, at).trimEnd()} ${text.slice(end).trimStart()}`.trim();
  return `${key}\t${text.slice(at, end)}`;
}

/**
 * The right margin of a laid-out text's prose: the end of its longest line of one segment outside
 * the tables (tables may run wider on the character grid than the prose of the same page).
 */
function textMargin(body: readonly string[], recovered: readonly string[]): number {
  let m = 0;
  body.forEach((l, i) => {
    if (!recovered[i]!.includes('\t') && segments(l).length === 1) m = Math.max(m, l.trimEnd().length);
  });
  return m;
}

/** A heading of a text written in markdown («# Compromiso …»): one line in its source, printed larger. */
const HEADING = /^\s*#{1,6} \S/u;

/** A line of dashes only: a table's rule, its columns one space apart or more, no text of a row («------- ---- ---»). */
const RULE_LINE = /^\s*-{2,}[\s-]*$/u;

/**
 * How many displayed lines from `at` (before `to`, the next table) make one line of prose: a line
 * outside the tables that a layout wrapped at the page's right margin (the next line's first word
 * would not fit after it) goes on in the next line when that one is prose too, starting at the
 * same column, with no blank line between (a heading or a sentence longer than the page:
 * "... Y CONTROL SOCIAL Y" / "LA PROCURADURÍA GENERAL DEL ESTADO:"). The joined line goes in
 * `joined`, keyed by its first line.
 */
function proseRun(
  body: readonly string[], recovered: readonly string[], at: number, to: number, margin: number, words: DocumentWords,
  joined: Map<number, string>,
): number {
  const indent = (l: string) => l.length - l.trimStart().length;
  const prose = (i: number) => i < to && body[i]!.trim() !== '' && !recovered[i]!.includes('\t') && segments(body[i]!).length === 1;
  if (!prose(at)) return 1;
  const m = markupRun(body, recovered, at, to, words);
  if (m.lines > 1) {
    joined.set(at, m.text);
    return m.lines;
  }
  let j = at + 1;
  let text = body[at]!.trim();
  // a heading («# …») is set larger than the prose, so it wraps short of the prose's margin
  const heading = HEADING.test(body[at]!);
  while (prose(j) && indent(body[j]!) === indent(body[at]!)) {
    const above = body[j - 1]!.trimEnd();
    const next = firstWord(body[j]!);
    // (a heading's wrapped words go on in small letters or a bracket; a capital, markup aside, starts a line of its own)
    // (a line in small letters under one that ended no sentence goes on with it, however short that
    // one looks; not under markup left open, which markupRun joins only up to where it closes)
    const small = openElements(text) === 0 && goesOnInSmall(above, body[j]!);
    if (heading ? /^(?:<[^>]*>)*\p{Lu}/u.test(next) : above.length + 1 + next.length <= margin - ROOM_TOLERANCE && !small) break;
    const end = above.length;
    text = text + cellJoin({ start: indent(above), end, text: above.trimStart() }, body[j]!, margin, words) + body[j]!.trim();
    j++;
  }
  if (j - at > 1) joined.set(at, (recovered[at]!.startsWith('\f') ? '\f' : '') + ' '.repeat(indent(body[at]!)) + text);
  return j - at;
}

/**
 * Where the one-cell rows of a table's columns start above the table (0-based line), or `t.first`
 * when none do. A table whose first rows have no value (a title, a line of dates, a section row:
 * «Primer laboratorio de» / «innovación» … above «Institución o actor   Presidencia …»;
 * «PROCESOS» / «GOBERNANTES /» in the unit's column of the CNE matrix) prints them as lines of one
 * segment that recover.ts leaves out of the table: lines of one segment, no markdown heading and
 * no rule (RULE_LINE: the rows above it are another table's, «OTROS NO 0 NO APLICA»), each
 * a one-cell row of a column of the table (narrowColumn), with blank lines between them (the
 * padding between rows), up to `from`; none when a line of prose sits right above the first of
 * them (it may go on in them). `rooms`: the columns' widths (columnRooms).
 */
function narrowRowsAbove(t: TableSpan, rooms: readonly number[], body: readonly string[], recovered: readonly string[], from: number): number {
  let start = t.first;
  for (let i = t.first - 1; i >= from; i--) {
    const l = body[i]!;
    if (l.trim() === '') continue;
    const segs = segments(l);
    if (recovered[i]!.includes('\t') || segs.length !== 1 || HEADING.test(l) || RULE_LINE.test(l)) break;
    if (narrowColumn(t, rooms, segs[0]!) < 0) break;
    start = i;
  }
  // a line of prose right above them (no blank line between) may go on in them: they are its, not the table's
  const prev = body[start - 1];
  if (start > from && prev !== undefined && prev.trim() !== '' && !HEADING.test(prev)) return t.first;
  return start;
}

/**
 * The column of table `t` whose one-cell row a line of one segment `s` is: it starts at the
 * column's edge (within START_TOLERANCE) and ends inside the column's width (`rooms`, ROOM_TOLERANCE
 * past it: each line on its own grid). -1 when none.
 */
function narrowColumn(t: TableSpan, rooms: readonly number[], s: { start: number; end: number }): number {
  return t.edges.findIndex((e, k) => Math.abs(s.start - e) <= START_TOLERANCE && rooms[k]! > e && s.end <= rooms[k]! + ROOM_TOLERANCE);
}

/**
 * How wide a text is on the character grid, counted in the width of the average letter: a
 * capital is wider than the small letters an average line is made of, and pdftotext gives it one
 * character all the same (a line of capitals is wider than its character count says).
 */
export function printedLength(text: string): number {
  let capitals = 0;
  for (const ch of text) if (/\p{Lu}/u.test(ch)) capitals++;
  return text.length + capitals * CAPITAL_EXTRA;
}

/**
 * The one-cell rows of lines [at, to) found by narrowRowsAbove, joined as a wrapped cell of their
 * column of table `t` (narrowColumn; its width, the end of its widest line). Markup left open goes
 * on up to the line that closes it (markupRun); otherwise a line goes on in the next line at the
 * same indent, with no blank line between, when the next line's first word would not fit after it
 * (widths as printed: printedLength). A row of the first column stays a line of text; one of a
 * column further right is given its column (TABs before it and after it, as the table's rows).
 * Pushes the runs; joined lines go in `joined`, keyed by their first line.
 */
function narrowRows(
  t: TableSpan, rooms: readonly number[], body: readonly string[], recovered: readonly string[], at: number, to: number, words: DocumentWords,
  runs: number[], joined: Map<number, string>,
): void {
  const indent = (l: string) => l.length - l.trimStart().length;
  let i = at;
  while (i < to) {
    // markup an element of which is open goes on up to the line that closes it, as in prose
    const m = markupRun(body, recovered, i, to, words);
    if (m.lines > 1) {
      joined.set(i, m.text);
      runs.push(m.lines);
      i += m.lines;
      continue;
    }
    if (body[i]!.trim() === '') {
      runs.push(1);
      i++;
      continue;
    }
    const k = Math.max(0, narrowColumn(t, rooms, segments(body[i]!)[0]!));
    const room = rooms[k]!;
    let j = i + 1;
    let text = body[i]!.trim();
    // (proportional text on a character grid: a line ROOM_SLACK of the column's width short of it is full)
    const slack = Math.max(ROOM_TOLERANCE, Math.floor((room - indent(body[i]!)) * ROOM_SLACK));
    // (a row of a column further right, widths as printed; the first column's by characters)
    const width = k > 0 ? printedLength : (text: string) => text.length;
    const fits = (above: string, next: string) => indent(above) + width(above.trim()) + 1 + width(firstWord(next)) <= room - slack;
    while (j < to && body[j]!.trim() !== '' && indent(body[j]!) === indent(body[i]!)
      && (!fits(body[j - 1]!, body[j]!) || dateGoesOn(body[j - 1]!, body[j]!))) {
      const above = body[j - 1]!.trimEnd();
      text = text + cellJoin({ start: indent(above), end: above.length, text: above.trimStart() }, body[j]!, room, words, text) + body[j]!.trim();
      j++;
    }
    const ff = recovered[i]!.startsWith('\f') ? '\f' : '';
    if (k > 0) joined.set(i, ff + '\t'.repeat(k) + text + '\t'.repeat(t.edges.length - 1 - k));
    else if (j - i > 1) joined.set(i, ff + ' '.repeat(indent(body[i]!)) + text);
    runs.push(j - i);
    i = j;
  }
}

/**
 * The width of each of a table's columns: the end of its widest line, in the table and in every
 * table of the document on the same edges (a table whose rows are padded apart comes out one
 * table per row, its header row among them).
 */
function columnRooms(t: TableSpan, tables: readonly TableSpan[], body: readonly string[]): number[] {
  const rooms = t.edges.map(() => 0);
  const same = (u: TableSpan) => u.edges.length === t.edges.length && u.edges.every((e, k) => e === t.edges[k]);
  for (const u of tables) {
    if (u !== t && !same(u)) continue;
    for (let i = u.first; i <= u.last; i++) {
      // (the first column by the table's own lines only: the lines of a page's title above a
      // table of key-value rows would fit in the widest key of the whole document)
      for (const [k, c] of lineCells(body[i]!, u) ?? []) if (u === t || k > 0) rooms[k] = Math.max(rooms[k]!, c.end);
    }
  }
  return rooms;
}

/**
 * The lines whose form feed is a page of the printing only: a table row (cells) right under a row of
 * the same table. The table goes on across the page with its columns (recover.ts found one table),
 * so the break cut no cell and no unit of the document (a page break of its own, where the rows
 * after it start another table or follow text, keeps its form feed for the parsers).
 */
function pagesInsideTables(tables: readonly TableSpan[], recovered: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const t of tables) {
    for (let i = t.overPage ? t.first : t.first + 1; i <= t.last; i++) {
      if (recovered[i]!.startsWith('\f') && recovered[i]!.includes('\t') && recovered[i - 1]!.includes('\t')) out.add(i);
    }
  }
  // a page on a grid of its own whose rows came out in the cells of the page above, as many, right
  // under its last row: the same table (pdftotext laid the page anew, «Porcentaje de
  // reprogramación…» / «N/A» at 89 and 121 under indicators at 63 and values at 93)
  for (let i = 1; i < recovered.length; i++) {
    if (recovered[i]!.startsWith('\f') && sameCells(recovered[i - 1]!, recovered[i]!)) out.add(i);
  }
  return out;
}

/** Two lines of the same number of cells, two or more (TAB-separated). */
const sameCells = (a: string, b: string): boolean => a.includes('\t') && a.split('\t').length === b.split('\t').length;

/**
 * With cells aligned to their row's bottom, the first lines of a row's first cell print alone above
 * the row («Entidad(es)» / «ejecutora(s):   UNIDAD DE …»), where column recovery leaves them out of
 * the row's table or counts them in the table above. Each table is taken to start at the lines of
 * one segment right above it (no blank line between) that start at its first column's edge and
 * end before its second column's (a line over the columns is a title, «Fecha de inicio y término
 * del compromiso: …» over «<b>In» / «stituci»), out of
 * a table or at the end of the one above (never its only line); tableState decides whether they open
 * the row.
 */
function leadIns(tables: readonly TableSpan[], body: readonly string[]): TableSpan[] {
  const out = tables.map((t) => ({ ...t }));
  out.forEach((t, n) => {
    const above = out[n - 1];
    let first = t.first;
    while (first > 0) {
      const l = body[first - 1]!;
      const segs = segments(l);
      if (segs.length !== 1 || Math.abs(segs[0]!.start - t.edges[0]!) > START_TOLERANCE) break;
      // (a line running past the second column's edge is no cell's: a title, a line of dates)
      if (t.edges.length > 1 && segs[0]!.end > t.edges[1]! + ROOM_TOLERANCE) break;
      if (above && first - 1 <= above.last && (first - 1 <= above.first || above.edges[0] !== t.edges[0])) break;
      first--;
    }
    if (above && first <= above.last) above.last = first - 1;
    t.first = first;
  });
  return out;
}

/**
 * The text for the parsers from a space-aligned displayed text: tables recovered as TAB cells
 * (recover.ts) and each wrapped row joined onto one line, with its line map. `style`: the style
 * the document writes its figures in (documentNumberStyle of the text unless given), which tells a
 * cut figure from a whole one. `recover`: what column recovery knows of the text's source.
 */
export function joinWrappedText(
  displayed: string, style: NumberStyle | null = documentNumberStyle(displayed), recover: RecoverOptions = {},
): WrappedText {
  const lines = displayed.split('\n');
  const body = lines.map((l) => l.replace(/\r$/, '').replace(/^\f+/, ''));
  const words: DocumentWords = { ...documentWords(displayed), prose: proseWords(displayed) };
  const runs: number[] = [];
  const joined = new Map<number, string>();
  let at = 0;
  const tags = spacedTags(displayed);
  let rec = recoverColumns(displayed, recover);
  let recovered = rec.text.split('\n');
  let states = rec.tables.map((t) => tableState(t, body, recovered, words, style, tags));
  const top = states.reduce((s, r) => s + r.votes.top, 0);
  const under = states.reduce((s, r) => s + r.votes.bottom, 0);
  const middle = states.reduce((s, r) => s + r.votes.middle, 0);
  const align: Alignment = middle >= 10 && middle * 4 >= top + under ? 'middle' : under >= 3 && under >= 2 * top ? 'bottom' : 'top';
  // cells in the middle or at the bottom interleave a row's lines: the tables cut apart there are
  // joined again (recover.ts, interleavedParts), and read once more
  if (align !== 'top') {
    rec = recoverColumns(displayed, { ...recover, interleaved: true });
    recovered = rec.text.split('\n');
    states = rec.tables.map((t) => tableState(t, body, recovered, words, style, tags));
  }
  // a converter's output of printed pages (form feeds), or a document whose tables show a cut word
  // somewhere, has wrapped cells: all its tables are joined
  const evidence = displayed.includes('\f') || states.some((r) => r.cut);
  const margin = evidence ? textMargin(body, recovered) : 0;
  const proseRuns = (to: number) => {
    while (at < to) {
      const n = evidence ? proseRun(body, recovered, at, to, margin, words, joined) : 1;
      runs.push(n);
      at += n;
    }
  };
  const tables = align !== 'top' ? leadIns(rec.tables, body) : rec.tables;
  for (const [n, t] of tables.entries()) {
    // one-cell rows of the table's first column printed above it (a title, a line of dates)
    const rooms = evidence ? columnRooms(t, rec.tables, body) : [];
    const above = evidence ? narrowRowsAbove(t, rooms, body, recovered, at) : t.first;
    proseRuns(above);
    if (above < t.first) {
      narrowRows(t, rooms, body, recovered, above, t.first, words, runs, joined);
      at = t.first;
    }
    // (a table that took lines from above, leadIns, has other lines to read)
    const state = t.first === rec.tables[n]!.first && t.last === rec.tables[n]!.last ? states[n]! : tableState(t, body, recovered, words, style, tags);
    const r = state.runs(evidence, align);
    runs.push(...r.runs);
    for (const [k, v] of r.joined) joined.set(k, v);
    at = t.last + 1;
  }
  proseRuns(lines.length);
  const carried = pagesInsideTables(rec.tables, recovered);
  const out = joinRuns(recovered, runs, (ls, first) => {
    const line = joined.get(first) ?? ls[0]!;
    return carried.has(first) ? line.replace(/^\f+/, '') : line;
  });
  return { text: out.text, map: out.map, joined: lines.length - runs.length };
}
