/**
 * Column recovery for text without TABs: `pdftotext -layout` output, a table copied from a PDF
 * viewer or typed with spaces. The parsers read table rows as TAB-separated cells; this turns
 * space-aligned tables back into that shape, so every parser reads them unchanged.
 *
 * - A line is cut into segments at runs of two or more spaces (one space stays inside a cell).
 * - A table is a run of non-blank lines from the first line with two or more segments to the last
 *   one (single-segment lines between them, and indented ones right around them, belong to it, as
 *   does a key packed one space before its value right above the first row, the key going on
 *   there in small letters: packedKey),
 *   cut where a table with other columns starts right under another (tableParts; a row whose only
 *   inner cell starts under a word of the last cell of the row above, a header packed one space
 *   apart, is the same table). In a PDF's text (`exact`: every row of a table on the same
 *   columns), also at a row most of whose cells start between the columns above, the row under it
 *   on the same new columns (newGrid).
 * - Its column edges come from all its rows together (columnEdges): starts that rows share,
 *   right-aligned ends, wide lone gaps. Each segment goes to the column its start is in, so empty
 *   cells are kept ("1\t\t\tIndicador") and every row of a table has the same number of cells.
 * - `pdftotext -layout` lays each line on its own character grid, so a cell can start a few
 *   characters off its column: an edge only that row fills, next to one other rows fill, with no
 *   row filling both, is the same column; so is a column of figures that runs into the start
 *   of a header above it that its line was laid out offset from, and so are two edges a character
 *   or two apart whose left cells all run past the right one (mergeShiftedEdges).
 * - A whole figure that pdftotext packed one space after the text before it, near a further
 *   column's edge, is that column's cell (splitTrailingFigures; «75,00 %», its sign set apart, is
 *   one figure); however far left, when the row leaves empty the next column and that column holds
 *   values (splitValuesIntoEmptyColumns; also a start date whose end date follows, and the first piece of
 *   a figure cut by its column whose rest is on the line below, cutFigureRests). A word packed one
 *   space after the text of a column, starting at the next column's edge (or as far off it as its line,
 *   or just short of it in a narrow column), opens that column's cell (overflowCut). A cell starting a
 *   few characters left of a column's edge,
 *   past where the column before reaches, and running into it, is that column's (shiftToNextEdge).
 *   Other single spaces stay inside
 *   their cell: packed text cells ("NINGUNA NO APLICA") are not split, unless the same words
 *   open most cells of a column whose next column is empty on those rows ("PROGRAMA Y/O PROYECTO
 *   Egresos en personal": a type repeated on every row, splitRepeatedValues). In a column of
 *   numbering figures (a table part whose only cell there is such a figure counts too), a figure
 *   packed one space before text that runs past the next column's edge («6 Político y Difusión
 *   Electoral») is its own cell, the text the next column's, and so is text that starts inside the
 *   column, right of its edge, and runs past the next one («Infraestructura» under «8 Dirección
 *   Nacional de») (splitLeadingFigures). A cell of "no value" markers packed one space apart over empty columns
 *   («NINGUNA NO APLICA») is one marker per column (splitPackedMarkers). A one-segment row of a
 *   key-value table, whose key pdftotext packed one space before a value that starts exactly at
 *   the value column's edge, is the key and the value (splitAtEdges).
 * - A table continued after the blank lines of a page break keeps the columns of the part above;
 *   so does one going on right after a form feed on the new page's grid, its columns all shifted
 *   by a few characters (pageShift), and a part cut short by the page's end takes the columns of
 *   the part going on from it on the next page (pageBelow), and so do rows after blank lines at a
 *   page's foot, all their cells a few characters left of that part's columns (gridBelow); in a
 *   PDF's text, a part of few rows right above a longer one, two of its cells starting exactly
 *   where two of that part's columns do, takes that part's columns, its other cells in the columns
 *   they lie in however far right of their starts (a data row printed as a centred header,
 *   gridBelow); a page laid on a grid unlike the page above's keeps its own columns (pageGrids),
 *   save its first rows of text and a value that end the table above in its last two columns
 *   (lastColumnsRows). A part lacking the column of numbers of
 *   a part next to it, its other columns as wide, gets that column empty (leadingNumberColumn).
 * - A single-segment line in the first column, and every line outside a table (prose, headings),
 *   stays exactly as it was; so does a line that does not fit the columns (a paragraph beside
 *   the table).
 * - The line count never changes: line N in is line N out, so `source_line` cites the user's file.
 *   A form feed (pdftotext's page break) stays at the start of its line and takes no column.
 *
 * Pure: text in, text out; no state between calls.
 */
import { countAtMost } from '../../lib/sorted.ts';

/** A run of text on one line: [start, end) columns, no run of two spaces inside. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  /** The column it is in when its start does not say (text packed one space after a figure: splitLeadingFigures). */
  column?: number;
}

/**
 * What recoverColumns knows of where the text comes from. `exact`: every row of a table is laid on
 * the same character columns (a PDF's text, placed by its positions), unlike `pdftotext -layout`,
 * which lays each line on a grid of its own: a row whose cells start elsewhere is another table.
 */
export interface RecoverOptions {
  exact?: boolean;
  /**
   * The document's cells sit in the middle or at the bottom of their rows (wrapped-text.ts counts
   * that): a row's lines interleave its cells, and parts of a table cut apart there are joined
   * again (interleavedParts).
   */
  interleaved?: boolean;
}

/** What recoverColumns did (the counts are for tests and diagnostics). */
export interface Recovery {
  text: string;
  /** Lines rewritten as TAB-separated cells. */
  rowsRewritten: number;
  /** Table blocks found. */
  blocks: number;
  /** Each table rewritten: its lines [first, last] (0-based) and column edges (for the wrapped-row joiner). */
  tables: TableSpan[];
}

/** A table recoverColumns rewrote: lines [first, last] (0-based) and its columns' left edges. */
export interface TableSpan {
  first: number;
  last: number;
  edges: readonly number[];
  /** Columns of numbering figures (figureColumns): a figure packed before text in them is split off. */
  figures: readonly boolean[];
  /** Columns paired with the next one (pairedColumns): a key packed before its value is split off. */
  paired: readonly boolean[];
  /** What each column's cells fill and the next column's cells open with (overflows): a cell packed after a full one is split off. */
  overflow: readonly (Overflow | null)[];
  /** The table goes on from the part right above it over a page break, on the new page's grid (pageShift). */
  overPage?: boolean;
}

const SPACE = 32;

/** Cuts a line into segments at runs of 2+ spaces. A line of only spaces has none. */
export function segments(line: string): Segment[] {
  const out: Segment[] = [];
  const n = line.length;
  let i = 0;
  while (i < n) {
    while (i < n && line.charCodeAt(i) === SPACE) i++;
    if (i >= n) break;
    const start = i;
    let end = i;
    while (i < n) {
      if (line.charCodeAt(i) !== SPACE) {
        i++;
        end = i;
        continue;
      }
      // one space stays inside the segment; two or more end it
      if (i + 1 < n && line.charCodeAt(i + 1) !== SPACE) {
        i++;
        continue;
      }
      break;
    }
    out.push({ start, end, text: line.slice(start, end) });
  }
  return out;
}

/** How far (characters) a cell may start right of its column's left edge and still be in it. */
export const START_TOLERANCE = 1;
/** A gap this wide opens a column of its own even where only one row has a cell there. */
export const MIN_LONE_GUTTER = 3;
/** More columns than this: not a table (random text with double spaces), left as it is. */
export const MAX_COLUMNS = 64;
/** Up to this many rows, a table is too small for shared starts to decide: every 2-space gap separates cells. */
export const SMALL_TABLE_ROWS = 3;

/**
 * The left edges of a block's columns, from the rows' agreement:
 * - left-aligned columns: a start position (± one character, chained) shared by two or more
 *   segments; a double space inside one long cell ("consultivos.  Afiliados") has only its row;
 * - right-aligned columns (amounts): two or more segments of different starts ending at the same
 *   position; the column starts at the leftmost of them;
 * - a column only one row fills: a segment MIN_LONE_GUTTER or more spaces after the previous one
 *   on its row, where no edge separates them (2 spaces in a table of SMALL_TABLE_ROWS rows or
 *   fewer, too few rows for shared starts to tell a column from a double space);
 * - the leftmost start of the block is always an edge. A block of one row: each segment a column.
 * Only starts decide, so a long cell a converter pushed a few characters into the next column
 * (`pdftotext -layout` maps proportional text to a character grid) does not merge two columns.
 */
export function columnEdges(rows: readonly Segment[][]): number[] {
  const all = rows.flat();
  if (!all.length) return [];
  if (rows.length < 2) return rows[0]!.map((s) => s.start);
  let leftmost = Infinity;
  for (const s of all) leftmost = Math.min(leftmost, s.start);
  const edges = new Set<number>([leftmost]);
  // left-aligned: chained clusters of starts
  const starts = new Map<number, number>();
  for (const s of all) starts.set(s.start, (starts.get(s.start) ?? 0) + 1);
  const sorted = [...starts.keys()].sort((x, y) => x - y);
  for (let i = 0; i < sorted.length;) {
    let j = i;
    let n = starts.get(sorted[i]!)!;
    while (j + 1 < sorted.length && sorted[j + 1]! - sorted[j]! <= START_TOLERANCE) n += starts.get(sorted[++j]!)!;
    if (n >= 2) edges.add(sorted[i]!);
    i = j + 1;
  }
  // right-aligned: segments of different starts ending together
  const ends = new Map<number, Set<number>>();
  for (const s of all) {
    let set = ends.get(s.end);
    if (!set) ends.set(s.end, (set = new Set()));
    set.add(s.start);
  }
  for (const set of ends.values()) {
    if (set.size < 2) continue;
    let left = Infinity;
    for (const x of set) left = Math.min(left, x);
    let near = false;
    for (let d = -START_TOLERANCE - 1; d <= START_TOLERANCE + 1 && !near; d++) near = edges.has(left + d);
    if (!near) edges.add(left);
  }
  // columns only one row fills (in a table of a few rows, any gap of two spaces or more)
  const lone = rows.length <= SMALL_TABLE_ROWS ? 2 : MIN_LONE_GUTTER;
  const sortedEdges = [...edges].sort((x, y) => x - y);
  // a figure packed one space after the text before it is a cell of its own (splitTrailingFigures)
  const cut = rows.map((r) => splitTrailingFigures(r, sortedEdges));
  for (const r of cut) {
    if (sortedEdges.length > MAX_COLUMNS) break; // not a table: rewriteTable leaves it alone
    for (let i = 1; i < r.length; i++) {
      const s = r[i]!;
      const prev = r[i - 1]!;
      const k = columnOf(sortedEdges, s.start);
      if (s.start - prev.end >= lone && k === columnOf(sortedEdges, prev.start)) sortedEdges.splice(k + 1, 0, s.start);
    }
  }
  return mergeShiftedEdges(cut, sortedEdges);
}

/** A figure: an amount, a count, a percentage (with a currency sign or a percent sign). */
export const FIGURE = /^[-+(]?[$€\\]*[-+(]?[$€]?\d[\d.,]*\s*%?\)?$/u;
/** The start of a figure, or a figure without its decimals or sign yet ("100,", "10", "94,5", "$1.2"). */
export const FIGURE_PIECE = /^[-+(]?[$€\\]*[-+(]?[$€]?\d[\d.,]*$/u;
/** A later piece of a cut figure: more digits, separators, a percent sign, a closing parenthesis. */
export const FIGURE_REST = /^[\d.,]*\s*%?\)?$/u;

/** Edges at most this many characters apart can be one column whose cells pdftotext placed apart. */
export const MAX_SHIFT = 8;
/** Edges this close that no row fills both are one column whatever the rows (its cells on grids a few characters apart). */
export const NEAR_SHIFT = 5;

/**
 * `pdftotext -layout` maps each line of proportional text to its own character grid, so a cell
 * can start a few characters left or right of where the other cells of its column start (a line
 * of wide capitals before it, a long line squeezed). Such a cell, with a wide gap before it, makes
 * an edge of its own (the lone-column rule above). An edge that only one row fills, at most
 * MAX_SHIFT from a neighbouring edge that other rows fill, where no row fills both, is that
 * neighbour's column: the two are one column from the leftmost of them.
 * Edges at most NEAR_SHIFT apart that no row fills both, whose cells are alike (a word opens cells
 * on both sides, «Porcentaje», or both hold figures), are one column too, however many rows each
 * has: pdftotext laid the lines of one page, or of one cell, on a grid a few characters off the
 * others'.
 * The same offset moves whole lines: a header's lines and the rows of figures under it can sit
 * several characters apart ("PRESUPUESTO EJECUTADO" at 84, its "\\$16.599.214,93" at 72). A
 * column of figures only, with no row filling the column right of it too, all of whose rows come
 * after that column's (a header above), and whose widest figure runs into that column's start
 * (a column of its own would end before it) is that header's column.
 * Edges at most two characters apart that no row fills both, where the upper column's rows are all
 * above the other's and above the table's first figure and hold no figure (a header), are one
 * column: the header's lines sit on a grid a character or two off its cells' («PRESUPUESTO» at 53,
 * its amounts at 55).
 * Edges at most two characters apart that no row fills both, where every cell of the left one runs
 * past the right one's edge (no column that narrow could hold them), are one column too: the lines
 * of one column of text laid on grids a character or two apart («procesamiento, …» at 23,
 * «Incrementar la calidad …» at 25), the rows interleaved.
 * Counts right-aligned under a left-aligned header start further right than the header: the
 * header's column holds text only, or figures that end where the counts do, three characters off
 * at most (a count on a line laid on its own grid, «19» at 31-33 beside «7» at 34-35), or one
 * figure however far off beside three or more (the first row's «100,00 %» ending seven characters
 * left of the other percentages), and the counts are the header's column. So are they under a
 * header repeated over each group of rows, with a group's figures above one of its copies, when
 * the two edges are at most two characters apart and the header's text, no figure in it, runs past
 * the figures' edge («TOT» / «PLID» at 77, «10,0» at 79).
 * A line whose long text pdftotext squeezed can pull its figure left of its column by many
 * characters ("4 computadoras y 11 GPS   \\$3.659,20" with the other amounts 28 characters to the
 * right): a column of figures only, next to a column of figures under a header, with no row
 * filling both, is that column (two distinct columns of figures always share a row, at least
 * their header's; a «N/A» or a figure's cut rest in that column is no header's text). «Figures
 * only» there counts the other values a column of figures holds: «N/A» and the rest of a figure its
 * column cut («,00», «%»; valueCell): right-aligned percentages end where a left «N/A» of the same
 * column could never start.
 */
export function mergeShiftedEdges(rows: readonly Segment[][], edges: readonly number[]): number[] {
  const out = edges.slice();
  /** The first row holding a figure: the rows above it are the header. */
  const firstFigures = rows.findIndex((r) => r.some((s) => FIGURE.test(s.text)));
  const usage = (k: number, e: readonly number[]) => {
    let only = 0;
    let both = 0;
    let next = 0;
    /** The last row filling only the right column; the first filling only the left one. */
    let rightLast = -1;
    let leftFirst = Infinity;
    /** The last row filling only the left column; the first filling only the right one. */
    let leftLast = -1;
    let rightFirst = Infinity;
    /** Figures in the left column; the last row of text in it, the first of figures. */
    let leftFigures = 0;
    let leftTextLast = -1;
    let leftFigureFirst = Infinity;
    /** Every cell of the left column is a figure; the end of the widest. */
    let figures = true;
    /** A cell of the left column runs past the right column's edge. */
    let leftOver = false;
    /** Every cell of the left column runs past the right column's edge. */
    let leftPast = true;
    let reach = 0;
    /** Figures in the right column; the last row of text (its header) in it. */
    let rightFigures = 0;
    let rightTextLast = -1;
    /** The end of the right column's widest cell. */
    let rightReach = 0;
    /** Figures in the left column that start inside it and end where the right column's figures end, ±2 (see leftHeaderOnly). */
    const leftFigureEnds: number[] = [];
    const rightFigureEnds: number[] = [];
    rows.forEach((r, i) => {
      let a = false;
      let b = false;
      for (const s of r) {
        const c = columnOf(e, s.start);
        if (c === k) {
          a = true;
          figures &&= valueCell(s.text);
          leftOver ||= s.end > e[k + 1]! + START_TOLERANCE;
          leftPast &&= s.end > e[k + 1]! + START_TOLERANCE;
          if (FIGURE.test(s.text)) {
            leftFigures++;
            leftFigureFirst = Math.min(leftFigureFirst, i);
            leftFigureEnds.push(s.start > e[k]! + START_TOLERANCE ? s.end : -Infinity);
          } else leftTextLast = i;
          reach = Math.max(reach, s.end);
        } else if (c === k + 1) {
          b = true;
          rightReach = Math.max(rightReach, s.end);
          if (FIGURE.test(s.text)) {
            rightFigures++;
            rightFigureEnds.push(s.end);
          } else if (!valueCell(s.text)) rightTextLast = i;
        }
      }
      if (a && b) both++;
      else if (a) {
        only++;
        leftFirst = Math.min(leftFirst, i);
        leftLast = i;
      } else if (b) {
        next++;
        rightLast = i;
        rightFirst = Math.min(rightFirst, i);
      }
    });
    return {
      left: only, right: next, both, headerAbove: rightLast >= 0 && rightLast < leftFirst,
      // one column's rows all above the other's, the upper one text only (a header)
      stacked: only > 0 && next > 0
        && ((rightLast < leftFirst && rightLast < firstFigures && !rightFigures) || (leftLast < rightFirst && leftLast < firstFigures && !leftFigures)),
      figures, reach, leftPast, leftOver, leftFigures,
      figuresUnderHeader: rightFigures >= 2 && rightTextLast < leftFirst,
      // the right column figures only, none reaching the column after it
      rightFiguresBeforeNext: rightFigures >= 1 && rightTextLast < 0 && (k + 2 >= e.length || rightReach < e[k + 2]!),
      // the left column figures under a header
      leftFiguresUnderHeader: leftFigures >= 2 && leftTextLast >= 0 && leftTextLast < leftFigureFirst,
      // the left column text only (a header, maybe repeated over each group of rows), above the
      // right one's first figure, two figures or more; or with figures that start inside it and end
      // where the right column's end, up to three characters off (right-aligned counts of the
      // right column on a line laid on its own grid: «19» ending at 33 beside «7» at 35; «100,00%»
      // ending at 284 beside «70,36%» at 287), or with one such figure however far off beside three
      // or more in the right column (a row whose line pdftotext laid seven characters left:
      // «100,00 %» ending at 149 over «69,14 %» at 156)
      leftHeaderOnly: only > 0 && leftFirst < rightFirst && rightFigures >= 2
        && (leftFigureEnds.every((end) => rightFigureEnds.some((r) => Math.abs(r - end) <= 3))
          || (leftFigureEnds.length === 1 && rightFigures >= 3)),
    };
  };
  for (let k = 0; k + 1 < out.length;) {
    if (k === 0) {
      k++;
      continue;
    }
    const u = usage(k, out);
    const gap = out[k + 1]! - out[k]!;
    const lone = (gap <= MAX_SHIFT && Math.min(u.left, u.right) === 1 && Math.max(u.left, u.right) >= 2)
      || (gap <= NEAR_SHIFT && u.left > 0 && u.right > 0 && alike(rows, out, k));
    // figures under a header whose line pdftotext laid on a grid offset from theirs: the figures
    // start left of the header and run into its start, which a column of their own never does
    const offset = u.headerAbove && u.figures && u.left > 0 && u.reach >= out[k + 1]! - START_TOLERANCE;
    // figures pdftotext pulled left of their column (a row whose long text it squeezed), next to a
    // column of figures under a header: no row fills both, so they are one column of figures
    const pulled = u.figures && u.left > 0 && u.figuresUnderHeader;
    // a header's lines and the cells under them on grids a character or two apart: edges that
    // close, one column's rows all above the other's, no row filling both, are one column
    const stacked = gap <= START_TOLERANCE + 1 && u.stacked;
    // edges that close, no row filling both, the left one's cells all running past the right
    // one's edge: no column that narrow holds them, so they are one column on grids a character or
    // two apart («procesamiento, …» at 23, «Incrementar la calidad …» at 25)
    const narrow = gap <= START_TOLERANCE + 1 && u.left > 0 && u.right > 0 && u.leftPast;
    // figures right-aligned under a header that starts their column, left-aligned: the figures start
    // further right than a column's start (a count one digit wide), before the next column's
    // (or, a header repeated over each group of rows, with figures above one of its copies: the
    // header's text runs past the figures' start, two characters off at most)
    const rightAligned = u.rightFiguresBeforeNext && (u.leftHeaderOnly || (gap <= START_TOLERANCE + 1 && u.leftFigures === 0 && u.leftOver));
    // figures pushed right of their column (right-aligned on a page that does not repeat the
    // header): beside a column of figures under a header, with no text of their own and no row
    // filling both, they are that column's
    const pushed = u.rightFiguresBeforeNext && u.leftFiguresUnderHeader;
    if (u.both || !(lone || offset || pulled || stacked || narrow || rightAligned || pushed)) {
      k++;
      continue;
    }
    // one column from the left edge of the two: its cells start at either
    out.splice(k + 1, 1);
  }
  return out;
}

/** The kind of a cell for `alike`: "#" for a figure or a piece of one, else its first word, lower-cased. */
function cellKind(text: string): string {
  const first = text.split(' ')[0]!.toLowerCase();
  return /^[-+(]?[$€\\]*[\d.,%]+\)?$/u.test(first) || first === 'n/a' ? '#' : first;
}

/**
 * Whether columns k and k + 1 hold cells alike: a word that opens cells of one opens cells of the
 * other («Porcentaje» on both sides), or both hold figures. Text packed one space after a numbering
 * figure opens a cell where it starts («8 Dirección Nacional de»: «Dirección» at 2, as «Dirección
 * Nacional de Análisis», centred in its merged cell, opens one at 4). Two columns of one table on grids a few
 * characters apart hold the same kind of cells; two distinct narrow columns (a long text and the
 * goal numbers beside it) do not.
 */
function alike(rows: readonly Segment[][], edges: readonly number[], k: number): boolean {
  const kinds = [new Set<string>(), new Set<string>()];
  for (const r of rows) {
    for (const s of r) {
      const c = s.column ?? columnOf(edges, s.start);
      if (c === k || c === k + 1) kinds[c - k]!.add(cellKind(s.text));
      // a numbering figure packed before its text («8 Dirección Nacional de»): the text opens a cell where it starts
      const m = c < k ? LEADING_FIGURE.exec(s.text) : null;
      const at = m ? columnOf(edges, s.start + m[0].length) : -1;
      if (m && (at === k || at === k + 1)) kinds[at - k]!.add(cellKind(s.text.slice(m[0].length)));
    }
  }
  for (const x of kinds[0]!) if (kinds[1]!.has(x) && (x === '#' || /\p{L}{2}/u.test(x))) return true;
  return false;
}

/** The column a cell starting at `start` is in: the rightmost edge at or before it (with tolerance); -1 before the first. */
export function columnOf(edges: readonly number[], start: number): number {
  return countAtMost(edges, start + START_TOLERANCE) - 1;
}

/** A whole figure: a percentage, or an amount with its two decimals. */
export const WHOLE_FIGURE = /^[-+(]?[$€\\]*\d[\d.,]*(?:[.,]\d{2}\s*%?|\s*%)\)?$/u;

/** A whole «no value» marker: «N/A», «S/N». */
const NO_VALUE = /^(?:n\/a|s\/n)$/iu;
/** A cell's whole value that pdftotext may pack after text: a whole figure, or a whole «no value» marker («N/A», «S/N»). */
const trailingValue = (word: string): boolean => WHOLE_FIGURE.test(word) || NO_VALUE.test(word);

/**
 * `pdftotext -layout` packs a cell close to the text before it one space apart ("... EJECUCIÓN
 * PRESUPUESTARIA 0,85", "... activo). (E) N/A"): one segment over two columns. A segment of text
 * ending in a whole figure (a percentage, an amount with its decimals) or a whole «no value» marker
 * («N/A», «S/N») after a single space, where that figure starts
 * within MAX_SHIFT of the edge of a further column of the table, ends before the figure: the
 * figure is that column's cell. Text that ends in a figure inside one cell ("Meta 2: 44") sits
 * inside its own column, far from any other column's edge. A value that starts a few characters
 * left of that edge (pdftotext squeezed the line: «… desarrollados y N/A», «N/A» two characters
 * left of its column) goes to that column all the same, unless digits come before it: «14805883
 * 1,00» is one figure the source printed with a space. So does the first piece of a figure its
 * column cut («… realizadas 100», «… presupuestaria 94,») when the line below holds the figure's
 * rest in that column («,00», «51», «%»: `restBelow`, cutFigureRests). Not a «no value» marker that
 * ends before the next column's edge, left of every value printed apart there, on a line no wider
 * than its column's other lines (Overflow.measure, valuesFrom): it is the cell's own text, wrapped
 * («… cultura organizacional N/A», the «N/A» written in an indicator cell, the column's values 7
 * characters further right). Text ending in a whole figure after another one is left whole
 * («0,91 107,06»), unless the two figures are the segment's whole text: two amounts pdftotext
 * packed one space apart («\$18.215.009,19 \$16.599.214,93», planned and executed), two cells.
 */
export function splitTrailingFigures(
  segs: readonly Segment[], edges: readonly number[], restBelow: ReadonlySet<number> = NO_COLUMNS, overflow: readonly (Overflow | null)[] = [],
): Segment[] {
  const out: Segment[] = [];
  for (const s of segs) {
    const cut = valueCut(s.text);
    const figure = cut > 0 ? s.text.slice(cut + 1) : '';
    const start = s.start + cut + 1;
    const k = columnOf(edges, start);
    const own = columnOf(edges, s.start);
    // the further column whose edge the value starts nearest (left of it too: pdftotext squeezed the line)
    let near = -1;
    edges.forEach((e, j) => {
      if (j > own && Math.abs(e - start) <= MAX_SHIFT && (near < 0 || Math.abs(e - start) < Math.abs(edges[near]! - start))) near = j;
    });
    // (or the first piece of a figure its column cut, its rest on the line below in that column: «… realizadas 100» / «,00»)
    const value = trailingValue(figure) || (restBelow.has(near) && CUT_PIECE.test(figure));
    // (a «N/A» within its column's measure, left of the values printed apart, is the cell's own text)
    const o = own >= 0 && near === own + 1 ? overflow[own] : null;
    const inside = (!!o && NO_VALUE.test(figure) && s.end <= edges[near]! && s.end - s.start <= o.measure && start < o.valuesFrom)
      // (so is a «N/A» after text that holds such markers between its words: an OCR row merged
      // several indicators and their values into one cell, whose last marker is no more the row's value)
      || (NO_VALUE.test(figure) && s.text.slice(0, cut).split(' ').some((w) => NO_VALUE.test(w)));
    const before = s.text.slice(0, cut);
    // (two whole figures packed one space apart, the cell's whole text, are two cells: «\$18.215.009,19 \$16.599.214,93»)
    const pair = WHOLE_FIGURE.test(before) && WHOLE_FIGURE.test(figure);
    if (cut > 0 && !inside && s.text[cut - 1] !== ' ' && value && (pair || !trailingValue(before.split(' ').pop()!)) && near >= 0 && k >= 0) {
      out.push({ start: s.start, end: s.start + cut, text: before, ...(s.column === undefined ? {} : { column: s.column }) });
      // (not after digits: «14805883 1,00» is one figure the source printed with a space)
      const afterDigits = /\d$/u.test(before);
      out.push({ start, end: s.end, text: figure, ...(near > k && !afterDigits ? { column: near } : {}) });
    } else out.push(s);
  }
  return out;
}

const NO_COLUMNS: ReadonlySet<number> = new Set();

/** A cell of a column of values: a figure, the rest of one cut by its column («,00», «%»), or «N/A». */
const valueCell = (text: string): boolean => FIGURE.test(text) || CUT_REST.test(text) || NO_VALUE.test(text);

/** The first piece of a figure cut by its column: digits, maybe their decimal mark («100», «94,»). */
const CUT_PIECE = /^\d{1,3}(?:[.,]\d{3})*[.,]?$/u;

/** The rest of a figure cut by its column, alone on its line: decimals, digits, its percent sign («,00», «51», «0%», «%»). */
const CUT_REST = /^(?:[.,]?\d{1,3}(?:[.,]\d+)?\s*%?|%)$/u;

/**
 * The columns where line `next` (the line under a row) holds the rest of a figure cut by its
 * column (CUT_REST): there, a first piece packed one space after the row's text is that
 * column's (splitTrailingFigures).
 */
export function cutFigureRests(next: readonly Segment[] | undefined, edges: readonly number[]): ReadonlySet<number> {
  if (!next?.length) return NO_COLUMNS;
  const cols = new Set<number>();
  for (const s of next) if (CUT_REST.test(s.text)) cols.add(columnOf(edges, s.start));
  return cols;
}

/**
 * Where the last word of a segment's text starts, less one (its space), or -1: a figure with its
 * decimals and its percent sign set apart by a space («… Ministerio de Gobierno 75,00 %») are one
 * word here (a piece of a figure cut by its column, «5 %», is not).
 */
function valueCut(text: string): number {
  const cut = text.lastIndexOf(' ');
  if (cut <= 0 || text.slice(cut + 1) !== '%') return cut;
  const before = text.lastIndexOf(' ', cut - 1);
  return before > 0 && /\d[.,]\d{2}$/u.test(text.slice(0, cut)) ? before : cut;
}

/** A numbering figure packed one space before text: «6 Político y Difusión», «22 Dirección Nacional». */
const LEADING_FIGURE = /^(\d{1,4}[.)]?) (?=\S)/u;

/**
 * A numbering figure packed one space before a name (text opening with a capital): the match of
 * LEADING_FIGURE, or null. «21 acciones» is a quantity and its unit, one value.
 */
const packedNumber = (text: string): RegExpExecArray | null => {
  const m = LEADING_FIGURE.exec(text);
  return m && /^\p{Lu}/u.test(text.slice(m[0].length)) ? m : null;
};

/**
 * Columns of numbering figures: two or more of the column's cells, and more than half of those
 * that are one word, are figures («1», «22», «3.»). (A cell pdftotext packed with the next column's
 * text counts by its first word.) Also a column whose only cells are figures packed one space
 * before a name (a capital) that runs past the next column's edge: a table part holding one
 * numbered block, whose number is printed halfway down it («6 Político y Difusión», the names at 2;
 * «6 Político y Difusión Electoral» at 0, the names at 6).
 */
export function figureColumns(rows: readonly Segment[][], edges: readonly number[]): boolean[] {
  const figures = edges.map(() => 0);
  const words = edges.map(() => 0);
  const cells = edges.map(() => 0);
  const packedNames = edges.map(() => 0);
  for (const r of rows) {
    for (const s of r) {
      const k = columnOf(edges, s.start);
      if (k < 0) continue;
      cells[k]!++;
      const first = s.text.split(' ')[0]!;
      if (!s.text.includes(' ')) words[k]!++;
      if (FIGURE.test(first) && (!s.text.includes(' ') || LEADING_FIGURE.test(s.text))) figures[k]!++;
      if (packedNumber(s.text) && k + 1 < edges.length && s.end > edges[k + 1]!) packedNames[k]!++;
    }
  }
  return edges.map((_, k) => (figures[k]! >= 2 && figures[k]! * 2 > words[k]!) || (packedNames[k]! >= 1 && packedNames[k] === cells[k]));
}

/**
 * `pdftotext -layout` packs a cell one space after a short cell before it («6 Político y Difusión
 * Electoral»: the unit number and the unit's name). In a column of numbering figures, a segment that
 * starts with a figure and one space, and whose text runs past the next column's edge (text a
 * column of figures could not hold), is the figure and, from the word after it, the next column's
 * cell. A segment of text in such a column (a capital and small letters) that starts right of the
 * column's edge and runs past the next column's edge is the next column's, on a line pdftotext laid
 * a few characters left («Infraestructura» at 2 under «8 Dirección Nacional de», the names at 4).
 */
export function splitLeadingFigures(segs: readonly Segment[], edges: readonly number[], figures: readonly boolean[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segs) {
    const k = columnOf(edges, s.start);
    const m = k >= 0 && figures[k] && k + 1 < edges.length && s.end > edges[k + 1]! ? LEADING_FIGURE.exec(s.text) : null;
    if (m) {
      const cut = m[0].length;
      out.push({ start: s.start, end: s.start + m[1]!.length, text: m[1]! });
      out.push({ start: s.start + cut, end: s.end, text: s.text.slice(cut), column: k + 1 });
    } else if (k >= 0 && figures[k] && k + 1 < edges.length && s.start > edges[k]! + START_TOLERANCE && s.end > edges[k + 1]! + START_TOLERANCE
      && /^\p{Lu}\p{Ll}/u.test(s.text)) out.push({ ...s, column: k + 1 });
    else out.push(s);
  }
  return out;
}

/**
 * A table part whose numbering column pdftotext packed, on every row, one space before the next
 * column's text («22 Dirección Nacional de Relaciones …», «23 Dirección Nacional de Seguridad …»,
 * «24 Secretaría General»: a page of the CNE matrix where the unit's number and name were printed
 * a few points apart) has no edge where that text starts, so the numbers and names would be one
 * column. In a column of numbering figures (figureColumns) with two or more cells, every one of
 * them a number packed before a name (text opening with a capital), no number twice (numbering;
 * «21 acciones» on two rows is a value, a quantity and its unit), the names are a column of their
 * own: an edge where the earliest of them starts, when that is left of the next column's edge. One
 * such number is enough when the rest of it, cut by the narrow column, is right under it («2
 * Dirección Nacional de Asesoría Jurídica» / «1»); the column's other cells may be a name's later
 * lines, starting where the names do («2 Dirección» / «7 Nacional» / «Financiera»).
 * splitLeadingFigures then parts each cell there.
 */
export function packedNumberEdges(rows: readonly Segment[][], edges: readonly number[], figures: readonly boolean[]): readonly number[] {
  for (let k = 0; k < edges.length; k++) {
    if (!figures[k]) continue;
    const next = k + 1 < edges.length ? edges[k + 1]! : Infinity;
    const numbers = new Set<string>();
    let packed = 0;
    let rests = 0;
    const others: number[] = [];
    let at = Infinity;
    /** Where the packed numbers of the line above start (the rest of one cut by the column goes under it). */
    let above: number[] = [];
    for (const r of rows) {
      const here: number[] = [];
      for (const s of r) {
        if (columnOf(edges, s.start) !== k) continue;
        const m = packedNumber(s.text);
        if (m) {
          packed++;
          numbers.add(m[1]!);
          at = Math.min(at, s.start + m[0].length);
          here.push(s.start);
        } else if (/^\d{1,2}$/u.test(s.text) && above.some((x) => Math.abs(x - s.start) <= START_TOLERANCE)) rests++;
        else others.push(s.start);
      }
      above = here;
    }
    const other = others.filter((x) => Math.abs(x - at) > START_TOLERANCE).length;
    if ((packed >= 2 || rests >= 1) && numbers.size === packed && other === 0 && at < next - START_TOLERANCE) return [...edges.slice(0, k + 1), at, ...edges.slice(k + 1)];
  }
  return edges;
}

/** A "no value" marker a report writes in a cell of its own: «NINGUNA», «NO APLICA», «N/A», «S/N», «-». */
const MARKER = String.raw`(?:n/a|s/n|no aplica|ninguno|ninguna|-+)`;
/** Text made of two or more markers one space apart, each captured in turn by MARKER_HEAD. */
const MARKERS = new RegExp(String.raw`^${MARKER}(?: ${MARKER})+$`, 'iu');
const MARKER_HEAD = new RegExp(String.raw`^${MARKER}(?= |$)`, 'iu');

/**
 * `pdftotext -layout` packs unruled cells a few points apart one space apart: the row «NINGUNA |
 * NO APLICA | \$0,00» of an empty disposals table reads «NINGUNA NO APLICA». A segment made only
 * of "no value" markers, that runs past the next column's edge while the columns it runs into are
 * empty on its row, is one marker per column: no cell of text is two markers one space apart.
 */
export function splitPackedMarkers(segs: readonly Segment[], edges: readonly number[]): Segment[] {
  const out: Segment[] = [];
  const taken = new Set(segs.map((s) => s.column ?? columnOf(edges, s.start)));
  for (const s of segs) {
    const k = s.column ?? columnOf(edges, s.start);
    const parts: string[] = [];
    if (k >= 0 && k + 1 < edges.length && s.end > edges[k + 1]! && MARKERS.test(s.text)) {
      for (let rest = s.text; rest;) {
        const m = MARKER_HEAD.exec(rest)![0];
        parts.push(m);
        rest = rest.slice(m.length).trimStart();
      }
    }
    const free = parts.length > 1 && k + parts.length <= edges.length && parts.every((_, i) => i === 0 || !taken.has(k + i));
    if (!free) {
      out.push(s);
      continue;
    }
    let at = s.start;
    parts.forEach((p, i) => {
      const from = s.text.indexOf(p, at - s.start) + s.start;
      out.push({ start: from, end: from + p.length, text: p, column: k + i });
      at = from + p.length;
    });
  }
  return out;
}

/**
 * `pdftotext -layout` packs a key one space before its value when the key's line is as wide as its
 * column («el cumplimiento de la meta y planes comunitarios de seguridad, …»: key and value of a
 * key-value table). A segment that runs past the next column's edge, with a word starting exactly
 * at that edge after a single space, while the row has nothing else in that column, is two cells:
 * the text before the edge and, from that word, the next column's cell, when the row is one
 * segment (nothing else to place), in the table's first column (the keys), paired with the next
 * (pairedColumns: a key and its value). Text that overflows its column lands on the edge only by
 * chance; a cell of a wider table may well run on past its column (the LOTAIP matrix's merged
 * OCR row), so only keys are split. A key that closes its element of markup, one space before a
 * value that opens its own («… implementación</b> <b>Secretaría Técnica …»), is split there when
 * that is at most MAX_SHIFT left of the edge, paired or not (a table of three rows before a page's
 * blank line is too short to pair): the markup tells the two cells apart (markupBoundary). A paired
 * key's value may also start one or two characters left of the edge, its line squeezed on its grid,
 * when that word opens with a capital or a digit («Meta del PMDOT 2021 – 2033 al que Lograr …»,
 * «Lograr» at 34 for 36). So is
 * a key whose element is still open where a value opens an element of the same name one space
 * after it («<b>Institu <b>Servicio Nacional …</b>», the key wrapping down a narrow column), however
 * far left of the edge: no cell nests a second «<b>» in its own (reopened).
 */
export function splitAtEdges(segs: readonly Segment[], edges: readonly number[], paired: readonly boolean[]): Segment[] {
  if (segs.length !== 1) return segs.slice();
  const out: Segment[] = [];
  const taken = new Set(segs.map((s) => s.column ?? columnOf(edges, s.start)));
  for (const s of segs) {
    const k = s.column ?? columnOf(edges, s.start);
    const e = k >= 0 && k + 1 < edges.length ? edges[k + 1]! : -1;
    const atEdge = e - s.start;
    // (a key that closes its element and a value that opens its own need no pairing to tell them apart)
    const boundary = Math.max(markupBoundary(s.text, atEdge), reopened(s.text, atEdge));
    const nearEdge = valueNearEdge(s.text, atEdge);
    const at = paired[0] && nearEdge !== undefined ? nearEdge : boundary;
    if (k === 0 && e > s.start && s.end > e && !taken.has(k + 1) && at > 0) {
      out.push({ start: s.start, end: s.start + at - 1, text: s.text.slice(0, at - 1), ...(s.column === undefined ? {} : { column: k }) });
      out.push({ start: s.start + at, end: s.end, text: s.text.slice(at), column: k + 1 });
    } else out.push(s);
  }
  return out;
}

/**
 * Where in `text` a value packed one space after a key starts, the next column's edge at `atEdge`
 * (an index in `text`): a word exactly at the edge, or a capitalized word or a number one or two
 * characters left of it (the key's line squeezed on its grid, «… 2033 al OE6.»). Undefined when none.
 */
function valueNearEdge(text: string, atEdge: number): number | undefined {
  return [atEdge, atEdge - 1, atEdge - 2].find((x, n) => x > 1 && text[x - 1] === ' ' && text[x - 2] !== ' ' && text[x] !== ' '
    && (n === 0 || /^[\p{Lu}\d]/u.test(text.slice(x))));
}

/**
 * A one-segment line at the first column's `edge` that runs past the next column's edge `second`,
 * a word opening with a capital or a digit where its value starts (valueNearEdge): a key packed one
 * space before its value.
 */
function packedKey(s: Segment, edge: number, second: number): boolean {
  if (Math.abs(s.start - edge) > START_TOLERANCE || s.end <= second) return false;
  const x = valueNearEdge(s.text, second - s.start);
  return x !== undefined && /^[\p{Lu}\d]/u.test(s.text.slice(x));
}

/**
 * Where, left of `at`, an element opens one space after text that left an element of the same name
 * open («<b>Institución <b>Secretaría Técnica …</b>»: a key whose element goes on over the lines
 * below, and its value packed one space after its first word): the value's cell starts there, as
 * no cell nests a second «<b>» in its own. The first such place; -1 when none.
 */
export function reopened(text: string, at: number): number {
  for (const m of text.matchAll(/ <([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g)) {
    if (m.index! + 1 >= at) break;
    const before = text.slice(0, m.index);
    const name = m[1]!.toLowerCase();
    let open = 0;
    for (const t of before.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g)) if (t[2]!.toLowerCase() === name) open += t[1] ? -1 : 1;
    if (open > 0) return m.index! + 1;
  }
  return -1;
}

/** A word that may open a column's cells: capitalized («Incrementar», «Porcentaje») or a bracketed mark («(O.O)»). */
const OPENER = /^(?:\p{Lu}\p{Ll}+|\([^()\s]+\))$/u;

/** What splitOverflowingCells knows of a column k: the width its cells fill, and the words that open cells of the next column. */
export interface Overflow {
  /** Its widest cell that ends before the next column's edge: the line that fills the column. */
  width: number;
  /**
   * Its widest text, on any row of the table, that ends before the next column's edge, without a
   * value packed one space after it (a cell's wrapped lines count: the column's measure).
   */
  measure: number;
  /** The leftmost start of a whole value printed apart («N/A» after two spaces or more) near column k + 1's edge, on any row. */
  valuesFrom: number;
  /** The words that open two or more cells starting in column k + 1 (OPENER: «Incrementar», «Porcentaje», «(O.O)»). */
  openers: ReadonlySet<string>;
  /** Column k + 1 is one of values: two or more of its cells, and half of them at least, are whole values («10,00», «N/A»). */
  values: boolean;
  /** Rows of two or more segments with a cell in column k and one in column k + 1: the edge between them shown by the body. */
  beside: number;
}

/**
 * For each column, what splitOverflowingCells needs (Overflow), from the rows of two or more
 * segments; null (no cell of it is split) when the next column is no column of the table's body:
 * fewer than two rows start a cell in it, or no more rows than text from the columns before runs
 * into (a header's cell whose rows print their text packed in the column before, «PROGRAMA Y/O
 * PROYECTO Egresos en personal» under «TIPO», on every row, past the edge of «DESCRIPCIÓN»).
 */
export function overflows(rows: readonly Segment[][], edges: readonly number[], all: readonly Segment[][] = rows): (Overflow | null)[] {
  const measure = edges.map(() => 0);
  const valuesFrom = edges.map(() => Infinity);
  for (const r of all) {
    r.forEach((s, i) => {
      if (i === 0 || !trailingValue(s.text)) return;
      edges.forEach((e, k) => { if (k > 0 && Math.abs(s.start - e) <= MAX_SHIFT) valuesFrom[k - 1] = Math.min(valuesFrom[k - 1]!, s.start); });
    });
    for (const s of r) {
      const k = columnOf(edges, s.start);
      const cut = valueCut(s.text);
      if (k < 0 || (k + 1 < edges.length && s.end > edges[k + 1]!) || (cut > 0 && trailingValue(s.text.slice(cut + 1)))) continue;
      measure[k] = Math.max(measure[k]!, s.end - s.start);
    }
  }
  const starts = edges.map(() => 0);
  const crossed = edges.map(() => 0);
  const widest = edges.map(() => 0);
  const opened = edges.map(() => new Map<string, number>());
  const values = edges.map(() => 0);
  const beside = edges.map(() => 0);
  for (const r of rows) {
    if (r.length < 2) continue;
    const filled = new Set(r.map((s) => columnOf(edges, s.start)));
    for (const k of filled) {
      if (k < 0) continue;
      starts[k]!++;
      if (filled.has(k + 1)) beside[k]!++;
    }
    for (const s of r) {
      edges.forEach((e, k) => { if (s.start < e - START_TOLERANCE && s.end > e) crossed[k]!++; });
      const k = columnOf(edges, s.start);
      if (k < 0) continue;
      const word = s.text.split(' ')[0]!;
      opened[k]!.set(word, (opened[k]!.get(word) ?? 0) + 1);
      if (trailingValue(s.text)) values[k]!++;
      if (k + 1 >= edges.length || s.end <= edges[k + 1]!) widest[k] = Math.max(widest[k]!, s.end - s.start);
    }
  }
  // a word that opens cells: a capitalized word or a bracketed mark, opening two of them or more
  const openers = opened.map((m) => new Set([...m].filter(([w, n]) => n >= 2 && OPENER.test(w)).map(([w]) => w)));
  return edges.map((_, k) => (k + 1 < edges.length && starts[k + 1]! >= 2 && starts[k + 1]! > crossed[k + 1]!
    ? { width: widest[k]!, measure: measure[k]!, valuesFrom: valuesFrom[k]!, openers: openers[k + 1]!, values: values[k + 1]! >= 2 && 2 * values[k + 1]! >= starts[k + 1]!, beside: beside[k]! } : null));
}

/**
 * Where, at most MAX_SHIFT characters left of `at`, an element of markup closes and the next opens
 * one space after it («… implementación</b> <b>Secretaría …»): the key's cell ends with its
 * element, the value's starts with its own. The nearest to `at`; -1 when none.
 */
function markupBoundary(text: string, at: number): number {
  for (let i = Math.min(at, text.length - 1); i >= Math.max(2, at - MAX_SHIFT); i--) {
    if (text[i] === '<' && text[i - 1] === ' ' && /<\/[a-zA-Z][a-zA-Z0-9]*>$/.test(text.slice(0, i - 1)) && /^<[a-zA-Z]/.test(text.slice(i))) return i;
  }
  return -1;
}

/**
 * Columns k whose next column k + 1 is their pair: more than SMALL_TABLE_ROWS rows of two or more
 * segments have a cell in k, and more than half of them have one in k + 1 too (a key and its
 * value, on every row).
 */
export function pairedColumns(rows: readonly Segment[][], edges: readonly number[]): boolean[] {
  const withK = edges.map(() => 0);
  const both = edges.map(() => 0);
  for (const r of rows) {
    if (r.length < 2) continue;
    const filled = new Set(r.map((s) => columnOf(edges, s.start)));
    for (const k of filled) {
      if (k < 0) continue;
      withK[k]!++;
      if (filled.has(k + 1)) both[k]!++;
    }
  }
  return edges.map((_, k) => withK[k]! > SMALL_TABLE_ROWS && both[k]! * 2 > withK[k]!);
}

/** The months reports date by («setiembre» too). */
export const MONTH_NAMES: readonly string[] = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre'];
/** The months, as a pattern. */
export const MONTH = `(?:${MONTH_NAMES.join('|')})`;

/** A month as a cell opens with it: capitalized or in capitals («Enero», «ENERO»). */
const CAPITAL_MONTH = `(?:${MONTH_NAMES.flatMap((m) => [m[0]!.toUpperCase() + m.slice(1), m.toUpperCase()]).join('|')})`;

/** A month and its year opening a text: a date, a cell's whole value («Septiembre 2021»). */
const MONTH_YEAR_START = new RegExp(`^${MONTH}(?: de)? \\d{4}\\b`, 'iu');

/** A cell that is a month and its year, the month capitalized as a cell opens: a date column's value («Enero 2021»). */
const MONTH_YEAR_CELL = new RegExp(`^${CAPITAL_MONTH}(?: de)? \\d{4}$`, 'u');

/** A month and its year closing a text, the month capitalized («… que se determinen.</p> Septiembre 2020»). */
const MONTH_YEAR_END = new RegExp(`(?<= )${CAPITAL_MONTH}(?: de)? \\d{4}$`, 'u');

/** A capitalized word that is no month: a name goes on after it («Ortega Aguilar», «Universidad Altos Estudios»). */
const inName = (word: string): boolean => /^\p{Lu}/u.test(word) && !new RegExp(`^${MONTH}$`, 'iu').test(word);

/** Share of the column's widest fitting cell a line that fills the column may fall short of it (each line on its own grid). */
export const FULL_SLACK = 0.2;

/**
 * A column this many characters wide or fewer holds short words and pieces of words («NO.» / «DE» /
 * «META», «ito 3:» of «<b>Hito 3:</b>»): a piece's period or colon ends no sentence (wrapped-text.ts).
 */
export const NARROW_COLUMN = 8;

/** Characters a cell may start off its column's edge and still show its line's own grid offset. */
const GRID_SHIFT = 2;

/** Share of a column's width its widest line may run past the next column's edge (grid error grows along a line). */
export const OVERFLOW_SHARE = 0.12;

/**
 * `pdftotext -layout` packs a cell one space after the widest line of the column before it: that
 * line fills its column, and on the line's own character grid it runs a few characters past the
 * next column's edge («… Servicios Informativos Electorales Incrementar la difusión …», the unit's
 * name and its objective, the objective four characters left of where the other rows start it;
 * a line of 280 characters ran 27 past it, so the reach grows with the column: OVERFLOW_SHARE of
 * its width, MAX_SHIFT at least).
 * A segment of a row of two or more segments that runs past the next column's edge, while the row
 * has nothing else in that column and its next segment starts beyond it, and whose rest from the
 * cut ends before the column after (it fits the column it starts), is two cells at the word,
 * after a single space within that reach left of the edge, furthest from the edge, that opens
 * other cells of the next column in the table (Overflow.openers: «Incrementar», «(O.O)»), starts
 * a month and its year («… Contratación Pública. Septiembre 2021»), or starts exactly at the next
 * column's edge where two rows or more show that edge beside a cell of the column (Overflow.beside:
 * «Seguridad Informática y Proyectos gestión tecnológica …», «gestión» at 38, where «Incrementar»
 * starts on the rows around it; not «EN PROCESO DE CIERRE» under a header alone), or as far off it
 * as the segment starts off its own column's edge, GRID_SHIFT at most (the line's own grid:
 * «Incrementar» at 37 for 38, then «índice» at 84 for 85), or one character left of the edge
 * after text as wide as the column's widest cell that fits it («Desarrollo de Productos
 * internacional …», «internacional» at 26 for 27), or, in a column NARROW_COLUMN characters wide or
 * fewer, its last word one or two characters left of the edge («NO. DESCRIPCIÓN», «DESCRIPCIÓN» at
 * 45 for 47); failing that,
 * at a word opening with a capital after small letters or punctuation at most MAX_SHIFT left of it
 * (a date, «… Articulación de organizaciones de Septiembre»), not after a capitalized word other
 * than a month (a name goes on: «Ing. Gloria Alejandra Ortega Aguilar JEFE ZONAL …», «… construye
 * Universidad Altos Estudios Nacionales»; «Julio Nov» is two dates). Names are full of capitals,
 * so only a word the column opens with reaches further. Either way the text before the
 * cut is about as wide as the column's widest cell that fits it, FULL_SLACK of it short at most
 * (Overflow.width: the line that fills its column, each line on its own grid; «de Cumplimiento»,
 * two characters before the word under a column whose cells run to thirteen, is a cell's own
 * text). Not when the next column is a header's cell whose rows
 * print their text packed in the column before (overflows gives null: «PROGRAMA Y/O PROYECTO Otros
 * Pasivos» under «TIPO» and «DESCRIPCIÓN»). A rest that runs on past the column after, which the row
 * leaves empty too, is cut again the same way (three cells packed one space apart: «Cooridnación
 * Nacional de Gestión Incrementar la calidad … y índice de Gestión …»).
 */
export function splitOverflowingCells(segs: readonly Segment[], edges: readonly number[], over: readonly (Overflow | null)[]): Segment[] {
  if (segs.length < 2) return segs.slice();
  const out: Segment[] = [];
  const cols = segs.map((s) => s.column ?? columnOf(edges, s.start));
  segs.forEach((first, i) => {
    const nextCol = i + 1 < segs.length ? cols[i + 1]! : edges.length;
    // a rest that runs past the column after too is cut again there (three cells packed one space apart)
    for (let s = first, k = cols[i]!; ;) {
      const cut = overflowCut(s, k, edges, over, nextCol, cols);
      if (cut < 0) {
        out.push(s);
        return;
      }
      out.push({ start: s.start, end: s.start + cut - 1, text: s.text.slice(0, cut - 1), ...(s.column === undefined && s === first ? {} : { column: k }) });
      s = { start: s.start + cut, end: s.end, text: s.text.slice(cut), column: k + 1 };
      k++;
    }
  });
  return out;
}

/**
 * Whether text after a capitalized word's cut may be the next column's cell: two words or more, or
 * the start of a month's name cut by its column («Ago» / «sto»). One word alone is more likely the
 * last word of a name or a title that ends a few characters past a column its line's grid placed
 * further left («Dirección Nacional de Seguridad y Manejo» over objectives that start at 44 on
 * another page and at 48 on this one).
 */
const cellRest = (rest: string): boolean => rest.includes(' ') || (rest.length >= 3 && MONTH_NAMES.some((m) => m.startsWith(rest.toLowerCase())));

/** Where segment `s` of column k is cut (splitOverflowingCells), or -1; `nextCol`: the column of the row's next segment. */
function overflowCut(
  s: Segment, k: number, edges: readonly number[], over: readonly (Overflow | null)[], nextCol: number, cols: readonly number[],
): number {
  const o = k >= 0 ? over[k] : null;
  const e = k >= 0 && k + 1 < edges.length ? edges[k + 1]! : -1;
  if (!o || e <= s.start || s.end <= e || nextCol <= k + 1 || cols.includes(k + 1)) return -1;
  // the rest fits the column it starts, or runs on into one the row leaves empty too (cut again there)
  const limit = k + 2 < edges.length ? edges[k + 2]! : Infinity;
  if (s.end > limit && (nextCol <= k + 2 || cols.includes(k + 2))) return -1;
  const reach = Math.max(MAX_SHIFT, Math.floor((e - edges[k]!) * OVERFLOW_SHARE));
  // the line's own grid: its cell starts this many characters off its column's edge (a line laid a character left)
  const shift = Math.abs(s.start - edges[k]!) <= GRID_SHIFT ? s.start - edges[k]! : 0;
  let cut = -1;
  let capital = -1;
  for (let at = e - s.start; at >= Math.max(2, e - s.start - reach); at--) {
    if (at - 1 < o.width * (1 - FULL_SLACK) || s.text[at - 1] !== ' ' || s.text[at - 2] === ' ') continue;
    // (in a column a few characters wide, its last word one or two characters short of the next column's edge: «NO. DESCRIPCIÓN»)
    const narrow = e - edges[k]! <= NARROW_COLUMN && s.start + at >= e - 2 && !s.text.slice(at).includes(' ') && o.beside >= 2;
    // (the leftmost opener: «… mismas. (O.O) Porcentaje de …» opens at «(O.O)»)
    if (o.openers.has(s.text.slice(at).split(' ')[0]!) || MONTH_YEAR_START.test(s.text.slice(at)) || narrow
      || ((s.start + at === e || s.start + at === e + shift || (s.start + at === e - 1 && at >= o.width)) && o.beside >= 2)) cut = at;
    else if (capital < 0 && e - s.start - at <= MAX_SHIFT && /[\p{Ll}.,;:)]/u.test(s.text[at - 2]!) && /^\p{Lu}\p{Ll}/u.test(s.text.slice(at, at + 2)) && cellRest(s.text.slice(at))
      && !inName(s.text.slice(0, at - 1).split(' ').pop()!)) capital = at;
  }
  return cut < 0 ? capital : cut;
}

/**
 * A whole value packed one space after the text of column k («… EN SITIOS ESTRATÉGICOS 30,00»),
 * in a row that leaves column k + 1 empty though its cells go on past it, where column k + 1 is
 * one of values (Overflow.values: «10,00», «3,00» in the other rows), is column k + 1's cell,
 * however far left of that column pdftotext put it (a long cell squeezed on its line's grid). Not
 * after a value (a figure the source printed with a space stays one: «14805883 1,00»). So is a
 * month and its year, capitalized as a cell opens, packed after the text of column k when the row's
 * next cell, in column k + 2, is a month and its year too: a start date and an end date («… que se
 * determinen.</p> Septiembre 2020», then «Junio 2022», 28 characters left of the column of «Enero
 * 2021» on the row below), whatever else column k + 1 holds.
 */
export function splitValuesIntoEmptyColumns(segs: readonly Segment[], edges: readonly number[], over: readonly (Overflow | null)[]): Segment[] {
  const cols = segs.map((s) => s.column ?? columnOf(edges, s.start));
  const out: Segment[] = [];
  segs.forEach((s, i) => {
    const k = cols[i]!;
    // a start date packed after the text, its end date in the column after the empty one
    const date = i + 1 < segs.length && cols[i + 1] === k + 2 && MONTH_YEAR_CELL.test(segs[i + 1]!.text) ? MONTH_YEAR_END.exec(s.text) : null;
    const cut = date ? date.index - 1 : valueCut(s.text);
    const before = s.text.slice(0, Math.max(cut, 0));
    if (k < 0 || cut <= 0 || !(date || over[k]?.values) || i + 1 >= segs.length || cols[i + 1]! <= k + 1 || cols.includes(k + 1)
      || s.text[cut - 1] === ' ' || !(date || trailingValue(s.text.slice(cut + 1))) || /\d$/u.test(before)) {
      out.push(s);
      return;
    }
    out.push({ start: s.start, end: s.start + cut, text: before, ...(s.column === undefined ? {} : { column: s.column }) });
    out.push({ start: s.start + cut + 1, end: s.end, text: s.text.slice(cut + 1), column: k + 1 });
  });
  return out;
}

/**
 * A cell that starts a few characters (MAX_SHIFT at most) left of a column's edge, past where any
 * cell of the column before reaches (Overflow.width from that column's edge), and runs on well into
 * the column (MAX_SHIFT past its edge, at least), in a row that starts nothing else in it, is that
 * column's: `pdftotext` laid its line on a grid of its own («Porcentaje de elaboración de informes
 * …» at 452, the other rows' indicators at 458, the objectives before them ending by 361).
 */
export function shiftToNextEdge(segs: readonly Segment[], edges: readonly number[], over: readonly (Overflow | null)[]): Segment[] {
  const cols = segs.map((s) => s.column ?? columnOf(edges, s.start));
  return segs.map((s, i) => {
    const k = cols[i]!;
    const o = k >= 0 ? over[k] : null;
    const next = k >= 0 && k + 1 < edges.length ? edges[k + 1]! : -1;
    if (s.column !== undefined || !o || next < 0 || s.start < edges[k]! + o.width || next - s.start > MAX_SHIFT
      || s.end < next + MAX_SHIFT || cols.includes(k + 1)) return s;
    return { ...s, column: k + 1 };
  });
}

/**
 * The segments of a table's row with cells off their grid moved (shiftToNextEdge) and packed
 * figures, values, markers and keys split off (splitTrailingFigures, splitValuesIntoEmptyColumns,
 * splitLeadingFigures, splitPackedMarkers, splitAtEdges, splitOverflowingCells).
 */
export function rowSegments(
  segs: readonly Segment[], edges: readonly number[], figures: readonly boolean[], paired: readonly boolean[] = [], overflow: readonly (Overflow | null)[] = [],
  restBelow: ReadonlySet<number> = NO_COLUMNS,
): Segment[] {
  const valued = splitValuesIntoEmptyColumns(splitTrailingFigures(shiftToNextEdge(splitLinkAfterValue(segs, edges), edges, overflow), edges, restBelow, overflow), edges, overflow);
  return splitOverflowingCells(splitAtEdges(splitPackedMarkers(splitLeadingFigures(valued, edges, figures), edges), edges, paired), edges, overflow);
}

/** A whole figure or «no value» marker, one space, then a link («100,00 % http://repositorio…»). */
const VALUE_THEN_LINK = /^(.*?\S) (https?:\/\/\S.*)$/u;

/**
 * `pdftotext -layout` packs a link one space after the value of the cell before it when the link
 * is too long for its column («100,00 % http://repositorio.ministeriodelinterior.gob.ec/own…», the
 * budget table's % and its verification link): a figure never goes on into a link, so they are two
 * cells, the link where it starts, or in the next column when it starts inside the value's.
 */
export function splitLinkAfterValue(segs: readonly Segment[], edges: readonly number[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segs) {
    const m = VALUE_THEN_LINK.exec(s.text);
    if (!m || !trailingValue(m[1]!)) {
      out.push(s);
      continue;
    }
    const start = s.start + m[1]!.length + 1;
    const k = columnOf(edges, s.start);
    // (a link that starts inside the value's column is the next column's)
    const next = k >= 0 && columnOf(edges, start) === k && k + 1 < edges.length ? { column: k + 1 } : {};
    out.push({ start: s.start, end: s.start + m[1]!.length, text: m[1]!, ...(s.column === undefined ? {} : { column: s.column }) });
    out.push({ start, end: s.end, text: m[2]!, ...next });
  }
  return out;
}

/**
 * A row's cells by column; segments in the same column keep the spaces between them. null when
 * the row is not one of the table's: it starts left of the first column, or a cell other than
 * the last runs over a whole further column (a paragraph next to the table, not a row).
 */
function rowCells(line: string, edges: readonly number[], segs: readonly Segment[]): string[] | null {
  const cells: string[] = [];
  const from: number[] = [];
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    const k = s.column ?? columnOf(edges, s.start);
    if (k < 0) return null;
    if (i < segs.length - 1 && k + 2 < edges.length && s.end > edges[k + 2]!) return null;
    while (cells.length <= k) {
      cells.push('');
      from.push(-1);
    }
    if (from[k]! < 0) from[k] = s.start;
    cells[k] = line.slice(from[k], s.end);
  }
  return cells;
}

/**
 * `pdftotext -layout` lays each page on its own character grid, so a table that goes on over a page
 * break can start the new page a few characters left or right of where its columns were: a row at
 * a page's top whose cells (the first aside) all start where cells of the rows above start, shifted
 * together by the same offset of at most NEAR_SHIFT characters, is the same table on the new page's
 * grid (a table with other columns starts its cells elsewhere, not all at one offset). Returns
 * that offset (the smallest that fits), or null.
 */
function pageShift(inner: readonly Segment[], seen: ReadonlySet<number>): number | null {
  const knownAt = (x: number) => seen.has(x) || seen.has(x - 1) || seen.has(x + 1);
  for (let d = 1; d <= NEAR_SHIFT; d++) {
    for (const shift of [d, -d]) if (inner.every((s) => knownAt(s.start - shift))) return shift;
  }
  return null;
}

/**
 * The columns of the part above on the new page's grid: the edges the page's first row fills,
 * shifted (pageShift); the others where they were (each column's offset is its own: pdftotext maps
 * proportional text to characters line by line, so the margin's column does not move with the rest).
 */
function shiftedEdges(above: readonly number[], first: readonly Segment[], shift: number): number[] {
  const out = above.map((e, k) => (k > 0 && first.some((s) => Math.abs(s.start - (e + shift)) <= START_TOLERANCE) ? e + shift : e));
  return out.every((e, k) => k === 0 || e > out[k - 1]! + START_TOLERANCE) ? out : above.slice();
}

/** How much wider or narrower (a share of its position) a page's grid can lay a column than the page above's. */
const PAGE_SCALE = 0.12;

/** The rows of the table above a part: the tables rewritten that went on from each other (`chain`), else the part right above. */
function tableRows(segs: readonly Segment[][], tables: readonly TableSpan[], chain: readonly number[], prev: TablePart): Segment[][] {
  const rows = chain.flatMap((t) => segs.slice(tables[t]!.first, tables[t]!.last + 1));
  return rows.length ? rows : segs.slice(prev.from, prev.to + 1);
}

/** The kind of a cell for pageColumns: "#" for a value or a piece of one («95,», «%», «N/» of a cut «N/A»), else its first word (cellKind). */
const pageCellKind = (text: string): string => (valueCell(text) || /^N\/?$/u.test(text) ? '#' : cellKind(text));

/**
 * `pdftotext -layout` can lay a page on a grid whose columns are each off the page above's by an
 * amount of their own, not one offset for all (pageShift): the indicators at 62 and their values
 * at 97 above, at 56 and 94 on the new page; «Porcentaje …» at 77 and «95,» at 155, then 79 and
 * «N/» at 151; a page laid wider, objectives, indicators and values at 20, 70 and 98, then 24, 77
 * and 108. A page's first row each of whose cells starts at most MAX_SHIFT, or PAGE_SCALE of its
 * position, from a column of the table above (`edges`; the nearest, each cell a column further
 * right than the cell before), and is alike that column's cells in the table above (`above`): a
 * word that opens cells there, or a value (or a piece of one) where values are, is that table going
 * on, on the new page's grid: its columns with those moved to where the row's cells start. A table
 * with other columns starts its cells elsewhere, or with other words. Null otherwise.
 */
export function pageColumns(first: readonly Segment[], edges: readonly number[], above: readonly Segment[][]): number[] | null {
  const reach = (x: number) => Math.max(MAX_SHIFT, Math.round(x * PAGE_SCALE));
  if (!first.length || edges.length < 2) return null;
  const kinds = edges.map(() => new Set<string>());
  for (const r of above) for (const s of r) kinds[columnOf(edges, s.start)]?.add(pageCellKind(s.text));
  const out = edges.slice();
  let last = -1;
  for (const s of first) {
    let c = -1;
    for (let k = 0; k < edges.length; k++) if (c < 0 || Math.abs(edges[k]! - s.start) < Math.abs(edges[c]! - s.start)) c = k;
    if (c <= last || Math.abs(edges[c]! - s.start) > reach(edges[c]!) || !kinds[c]!.has(pageCellKind(s.text))) return null;
    out[c] = s.start;
    last = c;
  }
  return out.every((e, k) => k === 0 || e > out[k - 1]! + START_TOLERANCE) ? out : null;
}

/**
 * A table whose rows are padded apart (blank lines between them) comes out one run of lines per
 * row, each going on from the one above with its columns (continuedEdges); its first rows may leave
 * the first column empty (a unit's number centred in its merged cell, printed on its second row):
 * their edges lack it. A part whose edges are the table's above plus one left of its first (the
 * others each at one of the table's) has that leading column: the table's edges with it, which the
 * rows above take too. Null otherwise.
 */
function leadingColumn(own: readonly number[], above: readonly number[]): number[] | null {
  if (own.length < 2 || own[0]! >= above[0]! - START_TOLERANCE) return null;
  const near = (e: number) => above.some((x) => Math.abs(x - e) <= START_TOLERANCE);
  return own.slice(1).every(near) ? [own[0]!, ...above] : null;
}

/** The column edges of lines [from, to] by their own rows (columnEdges of the rows of two or more segments). */
function partEdges(segs: readonly Segment[][], from: number, to: number): number[] {
  const multi: Segment[][] = [];
  for (let k = from; k <= to; k++) if (segs[k]!.length >= 2) multi.push(segs[k]!);
  return columnEdges(multi);
}

/** Rows of two or more segments in lines [a, b]: a table's grid shows in enough of them. */
function rowCount(segs: readonly Segment[][], a: number, b: number): number {
  let n = 0;
  for (let k = a; k <= b; k++) if (segs[k]!.length >= 2) n++;
  return n;
}

/**
 * `pdftotext -layout` lays each page on a character grid of its own, and a page of a table with
 * narrow columns can come out on a grid quite unlike the page above's (the unit column at 30, then
 * at 5): both pages' starts together make columns the table does not have. A part that runs over a
 * page break, whose rows together make half again as many columns as the rows on either side of
 * the break alone (each side with more than SMALL_TABLE_ROWS rows, enough to show its grid), is
 * cut at that page: each side keeps its own columns, and the lower one goes on from the upper one
 * (overPage, as a page on a shifted grid does: pageShift). A page that only leaves a column empty
 * makes one column fewer, not half again as many. So is a part whose two sides show about as many
 * columns each (one more or fewer) while together they make more than either: the amounts at 45 and
 * 61 above the break and at 35 and 54 below it are the same two columns, not four. And so is a
 * table's head of a few rows (SMALL_TABLE_ROWS or fewer) ending the page before on a grid of its
 * own, whose columns added to the body's make more than the body has.
 */
function pageGrids(segs: readonly Segment[][], parts: readonly TablePart[], pageTop: (k: number) => boolean): TablePart[] {
  const out: TablePart[] = [];
  for (const p of parts) {
    let from = p.from;
    let shift = p.shift;
    for (let k = p.from + 1; k <= p.to; k++) {
      if (!pageTop(k) || segs[k]!.length === 0) continue;
      const upper = partEdges(segs, from, k - 1).length;
      const lower = partEdges(segs, k, p.to).length;
      const all = partEdges(segs, from, p.to).length;
      const [above, below] = [rowCount(segs, from, k - 1), rowCount(segs, k, p.to)];
      // together half again as many columns as either side, or one more with about as many on each
      const apart = all * 2 >= Math.max(upper, lower) * 3 || (Math.abs(upper - lower) <= 1 && all > Math.max(upper, lower));
      // a table's short head on its own grid, adding columns to the body's
      const head = from === p.from && above <= SMALL_TABLE_ROWS && below > SMALL_TABLE_ROWS && all > lower;
      if (!head && (!apart || Math.min(above, below) <= SMALL_TABLE_ROWS)) continue;
      out.push({ from, to: k - 1, shift });
      from = k;
      shift = 0;
    }
    out.push({ from, to: p.to, shift });
  }
  return out;
}

/**
 * How many of the first rows of the part at a page's top [from, to] end the table above (`edges`,
 * the part `prev`'s) on a grid of their own: `pdftotext -layout` lays a page holding only a table's
 * last rows and a footer on a grid unlike the page above's («Porcentaje de asistencia técnica» /
 * «N/A» at 207 and 283, the indicators above at 378 and their values at 494), too far for pageShift.
 * A row of two cells, text then a whole value (a figure, «N/A»), under a table whose rows end in a
 * cell of text and a last column of whole values (most of its cells: at least two), fills those two
 * columns; the rows after the first that is not one are the part's own (the page's footer, laid on
 * the same grid: «LINK PARA DESCAR» … «os (gpr)» at 203, «https://…» at 279). Not when the line right
 * under them starts where their text does (the text goes on there, wrapped on the new grid), nor when
 * a line below them has a whole value where theirs start: the page's own table goes on there
 * («(O.O) Porcentaje» / «100,00%», then «28» / «Porcentaje de» / «N/A»), a page break of the document.
 */
function lastColumnsRows(segs: readonly Segment[][], from: number, to: number, edges: readonly number[], prev: TablePart): number {
  if (edges.length < 2) return 0;
  const lastCol = edges.length - 1;
  let values = 0;
  let cells = 0;
  for (let k = prev.from; k <= prev.to; k++) {
    for (const s of segs[k]!) {
      if (columnOf(edges, s.start) !== lastCol) continue;
      cells++;
      if (trailingValue(s.text)) values++;
    }
  }
  if (values < 2 || values * 2 <= cells) return 0;
  let m = 0;
  while (from + m <= to) {
    const r = segs[from + m]!;
    if (r.length !== 2 || !trailingValue(r[1]!.text) || trailingValue(r[0]!.text) || !/\p{L}{2}/u.test(r[0]!.text)) break;
    m++;
  }
  if (m === 0) return 0;
  const near = (x: number, y: number) => Math.abs(x - y) <= START_TOLERANCE;
  const [text, value] = segs[from]!;
  // (a line right under them starting where their text starts goes on with it: a cell wrapped on the
  // new grid; a line below them with a whole value where theirs start makes them rows of the page's
  // own table, which goes on there)
  if (from + m <= to && segs[from + m]!.length && near(segs[from + m]![0]!.start, text!.start)) return 0;
  for (let k = from + m; k <= to; k++) {
    if (segs[k]!.some((sg) => near(sg.start, value!.start) && trailingValue(sg.text))) return 0;
  }
  return m;
}

/**
 * The columns of the part that goes on from this one on the next page (pageShift), back on this
 * page's grid: a part cut short by the page's end (a section's title and a row or two) may not show
 * every column the table has, the next page's rows do.
 */
function pageBelow(segs: readonly Segment[][], next: TablePart | undefined): number[] | null {
  if (!next || next.shift === null) return null;
  const below = partEdges(segs, next.from, next.to);
  const back = below.map((e, k) => (k === 0 ? e : e - next.shift!));
  return back.every((e, k) => k === 0 || e > back[k - 1]! + START_TOLERANCE) ? back : null;
}

/**
 * A part's columns on the grid of the part right below it (`below`: its columns, back on this
 * part's page when it goes on over a page break, pageBelow): `pdftotext -layout` can lay a page's
 * last rows a few characters off the table's grid («T … 1 … 1», then unit 9's row, «Porcentaje de»
 * at 57 and «95,77%» at 74; the next page's indicators at 50, their values at 73), and those rows,
 * alone, show only the columns they fill (the objective's cell empty): four columns for a table of
 * five, the indicator read as the objective. A part of fewer rows and fewer columns than the part
 * below (more than SMALL_TABLE_ROWS rows), each of its columns at most MAX_SHIFT right of one of
 * that part's, no two at one, takes that part's columns with those starts moved to its own. Null
 * otherwise.
 */
function gridBelow(segs: readonly Segment[][], from: number, to: number, next: TablePart, below: readonly number[], exact: boolean, foot: boolean): number[] | null {
  const belowRows = rowCount(segs, next.from, next.to);
  if (belowRows <= SMALL_TABLE_ROWS || rowCount(segs, from, to) >= belowRows) return null;
  const own = partEdges(segs, from, to);
  if (own.length < 2 || own.length >= below.length) return null;
  // (`foot`: in text laid out by pdftotext, rows after blank lines at a page's foot may sit on a
  // grid of their own, all their cells a few characters left of the columns of the table going on
  // on the next page, «Porcentaje de percepción ciudadana» at 156 over «Porcentaje de ejecución»
  // at 162: when every cell is nearer the next column's edge than its own column's, at most
  // MAX_SHIFT left of it, each is that column's)
  const left = own.map((e) => {
    const k = columnOf(below, e);
    const next = below[k + 1];
    return next !== undefined && next - e > START_TOLERANCE && next - e <= MAX_SHIFT && next - e < e - below[k]! ? k + 1 : -1;
  });
  const at = foot && left.every((k) => k >= 0) ? left : own.map((e) => columnOf(below, e));
  // (in a PDF's text, a part that starts two of its columns exactly where two of the part below
  // start is that table's: its other cells, centred in their columns, go to the columns they lie in,
  // however far right of their starts: a data row printed as a centred header, «Porcentaje de
  // ejecución presupuestaria» centred over the indicators' column)
  const same = exact && at.filter((k, i) => k >= 0 && Math.abs(own[i]! - below[k]!) <= START_TOLERANCE).length >= 2;
  if (at.some((k, i) => k < 0 || (!same && own[i]! - below[k]! > MAX_SHIFT) || (i > 0 && k <= at[i - 1]!))) return null;
  const edges = [...below];
  at.forEach((k, i) => { edges[k] = own[i]!; });
  return edges.every((e, k) => k === 0 || e > edges[k - 1]! + START_TOLERANCE) ? edges : null;
}

/** Lines [from, to] of one table; `shift`: the part goes on from the part above on a new page's grid, that many characters off (pageShift). */
interface TablePart {
  from: number;
  to: number;
  shift: number | null;
}

/** Lines under a table part where a row may show that it and the part above are one table (interleavedParts). */
const MIX_WINDOW = 8;

/**
 * Parts of one table cut apart by rows whose cells sit in the middle of their height: a row's short
 * cells print on lines between its tall ones' lines, so a line may have cells only in columns the
 * line above has none in («NO. DE INFORME DE LA … LINK AL MEDIO DE VERIFICACIÓN» over «ENTIDAD QUE
 * … NO. DE INFORME … % DE CUMPLIMIENTO DE», then «Recomendación de … https://…» over «GENERAL DEL
 * … DNA7-0037-2018 … S/N … 100,00 %»), and tableParts cuts a table there. A part goes on the table
 * above (the parts before it joined so far) when its first row of two cells or more has a cell, the
 * first aside, where a cell of the table above starts (tableParts' own test, against all of the
 * table's rows and not only its last part's), or when a row in the MIX_WINDOW lines under it has
 * cells both where only the table above has them and where only this part has them: one grid.
 * Not over a page break (pageGrids and the page rules decide there). Text only: a PDF's rows are
 * each laid on the table's columns.
 */
function interleavedParts(segs: readonly Segment[][], parts: readonly TablePart[], last: number, pageTop: (k: number) => boolean): TablePart[] {
  const out: TablePart[] = [];
  let starts = new Set<number>();
  const near = (set: ReadonlySet<number>, x: number) => set.has(x) || set.has(x - 1) || set.has(x + 1);
  const startsOf = (from: number, to: number) => {
    const set = new Set<number>();
    for (let k = from; k <= to; k++) if (segs[k]!.length >= 2) for (const s of segs[k]!) set.add(s.start);
    return set;
  };
  for (const p of parts) {
    const own = startsOf(p.from, p.to);
    const g = out[out.length - 1];
    if (g && !pageTop(p.from)) {
      let k = p.from;
      while (k <= p.to && segs[k]!.length < 2) k++;
      const left = Math.min(...starts);
      const known = k <= p.to && segs[k]!.some((s) => Math.abs(s.start - left) > START_TOLERANCE && near(starts, s.start));
      let mixed = false;
      for (let m = p.to + 1; m <= Math.min(last, p.to + MIX_WINDOW) && !mixed && !pageTop(m); m++) {
        const row = segs[m]!;
        if (row.length < 2) continue;
        mixed = row.some((s) => near(starts, s.start) && !near(own, s.start)) && row.some((s) => near(own, s.start) && !near(starts, s.start));
      }
      // (... and the columns of both are columns of the two together: one grid. Cells centred across
      // their column start all over it, and the rows together may find fewer columns than each
      // part: «PLAN DE» at 5, «FORTALECIMIENTO» at 0, the milestones' column at 21 lost)
      const together = partEdges(segs, g.from, p.to);
      const kept = (e: number) => together.some((x) => Math.abs(x - e) <= START_TOLERANCE);
      if ((known || mixed) && partEdges(segs, g.from, g.to).every(kept) && partEdges(segs, p.from, p.to).every(kept)) {
        out[out.length - 1] = { from: g.from, to: p.to, shift: g.shift };
        for (const x of own) starts.add(x);
        continue;
      }
    }
    out.push(p);
    starts = own;
  }
  return out;
}

/**
 * Cuts the lines [first, last] where one table ends and another with other columns starts right
 * under it (no blank line between): at a row none of whose cells, the first aside, starts where a
 * cell of the rows above starts. A row with one cell besides the first, starting where a word of
 * the last cell of the row above starts, is no new table: pdftotext packed that row's cells one
 * space apart («VALOR TOTAL LINK AL MEDIO …» above «NO APLICA»); nor, in pdftotext's text, is a row
 * whose figure's rest sits under the first piece the line above packed one space after its text, a
 * few characters left of the values above («… mantenimientos y 10» / «0,»). With `exact` (a PDF's text), also
 * at a row that shares at most one inner column with the rows above (newGrid). A part that starts
 * at a page's top with the columns of the part above shifted (pageShift) says by how much.
 */
function tableParts(segs: readonly Segment[][], first: number, last: number, pageTop: (k: number) => boolean, exact: boolean): TablePart[] {
  const parts: TablePart[] = [];
  let shift: number | null = null;
  let from = first;
  let seen = new Set<number>();
  let left = Infinity;
  /** Where the words of the last cell of the row above start. */
  let packedWords = new Set<number>();
  /** The row above (of two segments or more). */
  let above: readonly Segment[] = [];
  for (let k = first; k <= last; k++) {
    const row = segs[k]!;
    if (row.length < 2) continue;
    const inner = row.filter((s) => Math.abs(s.start - left) > START_TOLERANCE);
    const isKnown = (s: Segment) => seen.has(s.start) || seen.has(s.start - 1) || seen.has(s.start + 1);
    // (in text laid out by pdftotext, the rest of a figure whose first piece the line above packed
    // one space after its text, both a few characters left of the column of values above it
    // («… mantenimientos y 10» / «0,» at 104, the values at 109), is that column's: no new table)
    const pulledRest = (s: Segment) => !exact && (CUT_REST.test(s.text) || FIGURE_PIECE.test(s.text)) && [...seen].some((x) => x > s.start && x - s.start <= MAX_SHIFT)
      && packedPieceAbove(segs[k - 1] ?? [], s);
    const known = inner.some((s) => isKnown(s) || pulledRest(s));
    const packed = inner.length === 1 && packedWords.has(inner[0]!.start);
    if (seen.size && inner.length && ((!known && !packed && !inner.every((s) => cutFigureBelow(s, above))) || (exact && newGrid(segs, k, last, inner, isKnown, seen)))) {
      parts.push({ from, to: k - 1, shift });
      shift = pageTop(k) ? pageShift(inner, seen) : null;
      from = k;
      seen = new Set();
      left = Infinity;
    }
    for (const s of row) seen.add(s.start);
    above = row;
    packedWords = new Set();
    const tail = row[row.length - 1]!;
    for (let at = tail.text.indexOf(' '); at >= 0; at = tail.text.indexOf(' ', at + 1)) packedWords.add(tail.start + at + 1);
    left = Math.min(left, row[0]!.start);
  }
  parts.push({ from, to: last, shift });
  return parts;
}

/**
 * Whether row `k` starts a table whose columns are other than the rows above's though it shares
 * one inner column with them (a table's second column starts at the same padding in both): two
 * or more of its inner cells (`inner`) start where no cell above starts, at most one where one
 * does, and the next row of two cells or more has cells at two of those new starts. A new table
 * printed right under another on the same grid of character columns (a PDF page, a table of
 * another column count): «T … 1 … 1» under a matrix of five columns, then its rows. Also a row
 * with one such new start when the next row has a cell there and at one more new start or others,
 * and at most one start of the rows above: «T … 1», then «22 | Dirección … | Incrementar … |
 * Porcentaje … | 66,15%» on the new table's columns.
 */
function newGrid(
  segs: readonly Segment[][], k: number, last: number, inner: readonly Segment[], isKnown: (s: Segment) => boolean, seen: ReadonlySet<number>,
): boolean {
  const known = inner.filter(isKnown).length;
  // right of where the rows above start, not in leading columns they left empty (a row's number,
  // rows of a table's right part above)
  const from = Math.min(...seen);
  const fresh = inner.filter((s) => !isKnown(s) && s.start > from);
  if (!fresh.length || known > 1) return false;
  let next = k + 1;
  while (next <= last && segs[next]!.length < 2) next++;
  if (next > last) return false;
  const near = (a: number) => segs[next]!.some((s) => Math.abs(s.start - a) <= START_TOLERANCE);
  if (fresh.length >= 2) return fresh.filter((s) => near(s.start)).length >= 2;
  // a new table's first row of one new column («T … 1»), the row under it on that column and on
  // more new ones, with at most one column of the rows above: the new table's own rows
  const below = segs[next]!.filter((s) => s.start > from);
  const freshBelow = below.filter((s) => !isKnown(s));
  return near(fresh[0]!.start) && freshBelow.length >= 2 && below.length - freshBelow.length <= 1;
}

/**
 * Whether the last segment of line `above` ends in the first piece of a figure (CUT_PIECE) packed
 * one space after its text, starting where `s` starts (within START_TOLERANCE): `s` is its rest.
 */
function packedPieceAbove(above: readonly Segment[], s: Segment): boolean {
  const tail = above[above.length - 1];
  if (!tail) return false;
  const at = tail.text.lastIndexOf(' ');
  return at > 0 && CUT_PIECE.test(tail.text.slice(at + 1)) && Math.abs(tail.start + at + 1 - s.start) <= START_TOLERANCE;
}

/**
 * Whether segment `s` is the rest of a figure cut in a cell of the row above (`above`): the start of
 * a figure there, not whole («107,0»), and under it, within its width, what ends it («6%»). A figure
 * right-aligned in its cell and cut puts its piece a few characters right of its start, on no start
 * of the rows above, but it is no new table's column.
 */
function cutFigureBelow(s: Segment, above: readonly Segment[]): boolean {
  if (!FIGURE_REST.test(s.text) || !/\d/u.test(s.text)) return false;
  return above.some((a) => a.start <= s.start && s.end <= a.end + 1 && FIGURE_PIECE.test(a.text) && !WHOLE_FIGURE.test(a.text)
    && WHOLE_FIGURE.test(a.text + s.text));
}

/**
 * The edges of the table above when this part continues it after blank lines (a page break): each
 * of its own edges is one of the table's, so the columns it leaves empty, leading ones included,
 * keep their cells. Otherwise its own edges.
 */
export function continuedEdges(own: readonly number[], above: readonly number[] | null): readonly number[] {
  if (!above || own.length > above.length || !own.length) return own;
  const near = (e: number) => above.some((a) => Math.abs(a - e) <= START_TOLERANCE);
  return own.every(near) ? above : own;
}

/**
 * Rewrites the rows of one table (lines [first, last]) as cells, with the edges of the table
 * above (`above`) when it continues that one; returns how many rows it rewrote and its edges.
 */
function rewriteTable(
  out: string[], lines: readonly string[], body: readonly string[], segs: readonly Segment[][], first: number, last: number,
  above: readonly number[] | null,
): { rewritten: number; edges: readonly number[] | null; figures: readonly boolean[]; paired: readonly boolean[]; overflow: readonly (Overflow | null)[] } {
  const multi: Segment[][] = [];
  for (let k = first; k <= last; k++) if (segs[k]!.length >= 2) multi.push(segs[k]!);
  if (!multi.length) return { rewritten: 0, edges: null, figures: [], paired: [], overflow: [] };
  const lone = loneGridRow(segs, first, last, continuedEdges(columnEdges(multi), above));
  const own = lone.edges;
  if (own.length > MAX_COLUMNS) return { rewritten: 0, edges: null, figures: [], paired: [], overflow: [] };
  // a column whose every cell is a number packed before its text is two columns (not with cells placed by loneGridRow: their columns count on these edges)
  const edges = lone.columns.size ? own : packedNumberEdges(segs.slice(first, last + 1), own, figureColumns(segs.slice(first, last + 1), own));
  const figures = figureColumns(segs.slice(first, last + 1), edges);
  const paired = pairedColumns(multi, edges);
  const overflow = overflows(multi, edges, segs.slice(first, last + 1));
  let rewritten = 0;
  const rows = new Map<number, string[]>();
  for (let k = first; k <= last; k++) {
    const placed = lone.columns.get(k);
    const row = rowSegments(segs[k]!, edges, figures, paired, overflow, k < last ? cutFigureRests(segs[k + 1], edges) : NO_COLUMNS).map((sg) => (placed?.has(sg.start) ? { ...sg, column: placed.get(sg.start)! } : sg));
    const cells = rowCells(body[k]!, edges, row);
    // a single segment in the first column may be prose: it stays as it is
    if (!cells || (row.length === 1 && cells.length === 1)) continue;
    while (cells.length < edges.length) cells.push('');
    rows.set(k, cells);
  }
  splitRepeatedValues([...rows.values()]);
  for (const [k, cells] of rows) {
    out[k] = (lines[k]!.startsWith('\f') ? '\f' : '') + cells.join('\t');
    rewritten++;
  }
  return { rewritten, edges, figures, paired, overflow };
}

/**
 * A row that pdftotext laid on a grid of its own, its cells a few characters left of where the
 * other rows' start from some column on (`edges`: the table's, lines [first, last]): its first
 * shifted cell makes an edge no other row fills, at most MAX_SHIFT left of the next one, and each
 * of its cells after it, figures all, falls one column left of where it belongs, its own next
 * column empty where two or more other rows fill it («1» at 91 and «\$14.794,25» at 116; the other
 * rows' counts at 93, their amounts at 127). That edge goes, and the row's cells go one column right of where their
 * starts fall: `columns` maps the row's line to its segments' starts and columns.
 */
export function loneGridRow(
  segs: readonly Segment[][], first: number, last: number, edges: readonly number[],
): { edges: readonly number[]; columns: Map<number, Map<number, number>> } {
  const columns = new Map<number, Map<number, number>>();
  const filledBy = (j: number) => {
    const lines: number[] = [];
    for (let k = first; k <= last; k++) if (segs[k]!.length >= 2 && segs[k]!.some((sg) => columnOf(edges, sg.start) === j)) lines.push(k);
    return lines;
  };
  for (let j = 1; j + 2 < edges.length; j++) {
    const lone = filledBy(j);
    if (lone.length !== 1 || edges[j + 1]! - edges[j]! > MAX_SHIFT) continue;
    const line = lone[0]!;
    const at = new Map(segs[line]!.map((sg) => [columnOf(edges, sg.start), sg.start]));
    // the row's run of cells from j, and the column after it: empty in the row, others fill it
    let m = j;
    while (at.has(m + 1)) m++;
    if (m + 1 >= edges.length) continue;
    // (figures: a row of a table of amounts and counts, not the stretched words of justified text)
    const text = (c: number) => segs[line]!.find((sg) => sg.start === at.get(c))!.text;
    let fits = true;
    for (let c = j; c <= m && fits; c++) fits = FIGURE.test(text(c));
    for (let c = j + 1; c <= m + 1 && fits; c++) fits = filledBy(c).filter((k) => k !== line).length >= 2;
    if (!fits) continue;
    // without edge j, the row's cell of old column c (j..m) goes to new column c (old c + 1, less the edge gone)
    const placed = new Map<number, number>();
    for (let c = j; c <= m; c++) placed.set(at.get(c)!, c);
    columns.set(line, placed);
    return { edges: edges.filter((_, c) => c !== j), columns };
  }
  return { edges, columns };
}

/** Rows sharing a packed value before it splits it off (see splitRepeatedValues). */
export const MIN_REPEATED_ROWS = 3;

/**
 * A column that holds the same value on every row (a type: "PROGRAMA Y/O PROYECTO", "DONACIONES
 * RECIBIDAS") with the next column packed one space after it by `pdftotext -layout`: the cells of
 * the column read "PROGRAMA Y/O PROYECTO Egresos en personal", "PROGRAMA Y/O PROYECTO Otros
 * egresos corrientes", and the next column is empty on those rows. When MIN_REPEATED_ROWS or more
 * rows, more than half of those with text in the column, are so, every one of them starts with the
 * same words followed by more text and no other row of the column starts with them (a header, a
 * total), those words are the column's value and the rest is the next column's cell. A column of free text has no
 * empty column beside it on most rows, with the same words opening each of those cells and no
 * other. A row of those words and more whose next column holds a value laid off its column, with
 * a later column empty, is split too, its cells moved one column right up to that empty one. In
 * place.
 */
export function splitRepeatedValues(rows: string[][]): void {
  const width = Math.max(0, ...rows.map((r) => r.length));
  for (let k = 0; k + 1 < width; k++) {
    const filled = rows.filter((r) => r[k]!.trim() !== '');
    const packed = filled.filter((r) => r[k + 1]!.trim() === '' && r[k]!.trim().includes(' '));
    if (packed.length < MIN_REPEATED_ROWS || packed.length * 2 <= filled.length) continue;
    // the words every packed cell starts with
    let shared = packed[0]![k]!.trim().split(' ');
    for (const r of packed) {
      const words = r[k]!.trim().split(' ');
      let n = 0;
      while (n < shared.length && n < words.length - 1 && shared[n] === words[n]) n++;
      shared = shared.slice(0, n);
    }
    if (!shared.length) continue;
    const head = shared.join(' ');
    // (a row whose cell is the words and more, its next column filled by a value pdftotext laid
    // off its column, «DONACIONES RECIBIDAS Camionetas» / «\$113.362,00» in the column before the
    // values', a later column empty: the same type packed, its cells one column short)
    const shifted = filled.filter((r) => !packed.includes(r) && r[k]!.trim().startsWith(`${head} `) && r.slice(k + 2).some((c) => c.trim() === ''));
    // the other filled rows (a header, a total) must not start with the words
    if (filled.some((r) => !packed.includes(r) && !shifted.includes(r) && r[k]!.trim().startsWith(head))) continue;
    // distinct rests: a repeated type beside varying values, not one text repeated
    const rests = new Set(packed.map((r) => r[k]!.trim().slice(head.length + 1)));
    if (rests.size < 2) continue;
    // (a figure packed one space after the rest, the column after it empty on that row and holding
    // figures on most rows: «CELULARES, … DE CAMARAS \$11.326,90», the value's cell)
    const figureAfter = k + 2 < width && rows.filter((r) => FIGURE.test(r[k + 2]!.trim())).length * 2 > rows.filter((r) => r[k + 2]!.trim() !== '').length;
    for (const r of packed) {
      r[k + 1] = r[k]!.trim().slice(head.length + 1);
      r[k] = head;
      const m = figureAfter && r[k + 2]!.trim() === '' ? /^(.*\S) (\\?\$?[\d.,]+ ?%?)$/u.exec(r[k + 1]!) : null;
      if (m && FIGURE.test(m[2]!)) [r[k + 1], r[k + 2]] = [m[1]!, m[2]!];
    }
    for (const r of shifted) {
      const empty = r.findIndex((c, j) => j > k + 1 && c.trim() === '');
      r.splice(empty, 1);
      r.splice(k + 1, 0, r[k]!.trim().slice(head.length + 1));
      r[k] = head;
    }
  }
}

/**
 * Rewrites space-aligned tables as TAB-separated cells. Text that already has a TAB anywhere is
 * returned as it is (its author chose the separator).
 */
export function recoverColumns(text: string, options: RecoverOptions = {}): Recovery {
  if (text.includes('\t')) return { text, rowsRewritten: 0, blocks: 0, tables: [] };
  const lines = text.split('\n');
  const pageTop = (k: number): boolean => lines[k]!.startsWith('\f');
  // a form feed (pdftotext's page break) opens the first line of a page: it takes no column
  const body = lines.map((l) => l.replace(/\r$/, '').replace(/^\f+/, ''));
  const segs = body.map(segments);
  const out = lines.slice();
  let rowsRewritten = 0;
  let blocks = 0;
  const tables: TableSpan[] = [];
  /** Edges of the last table, while only blank lines follow it. */
  let above: readonly number[] | null = null;
  /** The tables that went on from each other after blank lines (rows padded apart), the last one's edges being `above`. */
  let chain: number[] = [];
  let i = 0;
  while (i < lines.length) {
    if (segs[i]!.length === 0) {
      i++;
      continue;
    }
    // a run of non-blank lines [i, j)
    let j = i;
    while (j < lines.length && segs[j]!.length > 0) j++;
    let first = -1;
    let last = -1;
    for (let k = i; k < j; k++) {
      if (segs[k]!.length >= 2) {
        if (first < 0) first = k;
        last = k;
      }
    }
    if (first >= 0) {
      blocks++;
      // indented single-segment lines right before or after the rows belong to the table
      while (first > i && segs[first - 1]![0]!.start > 0) first--;
      // and so does, in text laid out by pdftotext, a key packed one space before its value on the
      // line right above the first row, whose key goes on there in small letters («Objetivo del
      // PMDOT 2021 – 2033 al OE6. Asegurar …» over «que contribuye   seguridad.»: splitAtEdges
      // splits it), with the indented lines above it
      if (!options.exact) {
        const [edge, second] = partEdges(segs, first, last);
        const key = first > i ? segs[first - 1]! : [];
        if (edge !== undefined && second !== undefined && key.length === 1 && packedKey(key[0]!, edge, second)
          && Math.abs(segs[first]![0]!.start - edge) <= START_TOLERANCE && /^\p{Ll}/u.test(segs[first]![0]!.text)) {
          first--;
          while (first > i && segs[first - 1]![0]!.start > 0) first--;
        }
      }
      while (last < j - 1 && segs[last + 1]![0]!.start > 0) last++;
      // and a short line right after them inside the first column, on the same page, under a first
      // cell that ended no sentence (the last line of a cell wrapped there, «CONTRALORÍA» /
      // «GENERAL DEL» / «ESTADO», at a page's foot)
      const [edge, second] = partEdges(segs, first, last);
      while (edge !== undefined && second !== undefined && last < j - 1 && !pageTop(last + 1) && segs[last + 1]!.length === 1
        && Math.abs(segs[last + 1]![0]!.start - edge) <= START_TOLERANCE && segs[last + 1]![0]!.end < second - 1
        && Math.abs(segs[last]![0]!.start - edge) <= START_TOLERANCE && segs[last]![0]!.end < second && !/[.:]$/u.test(segs[last]![0]!.text)) last++;
      const cut = tableParts(segs, first, last, pageTop, options.exact === true);
      const parts = pageGrids(segs, options.interleaved && !options.exact ? interleavedParts(segs, cut, last, pageTop) : cut, pageTop);
      parts.forEach(({ from: start, to: b, shift }, n) => {
        // a page's first rows that end the table above on a grid of their own (lastColumnsRows)
        const ending = n > 0 && shift === null && pageTop(start) && above ? lastColumnsRows(segs, start, b, above, parts[n - 1]!) : 0;
        for (let k = start; k < start + ending; k++) {
          out[k] = (k === start ? '\f' : '') + [...above!.slice(2).map(() => ''), segs[k]![0]!.text, segs[k]![1]!.text].join('\t');
          rowsRewritten++;
        }
        const a = start + ending;
        if (a > b) return;
        // only the first part can continue the table above after blank lines; a later part goes on
        // from the part right above it when it starts a page with that part's columns shifted, all
        // by one offset or (text without positions) each by its own
        const carried = shift !== null && above ? shiftedEdges(above, segs[a]!, shift)
          : n > 0 && a === start && pageTop(a) && above && !options.exact ? pageColumns(segs[a]!, above, tableRows(segs, tables, chain, parts[n - 1]!)) : null;
        let onward = n === 0 && first === i ? above : carried;
        // rows padded apart, whose first ones left a leading column empty: the column goes to them too
        const leading = n === 0 && first === i && above ? leadingColumn(partEdges(segs, a, b), above) : null;
        if (leading) {
          for (const t of chain) {
            const old = tables[t]!;
            // (a part whose own columns are not the new ones keeps the columns it was written on:
            // rewritten on its own it would lose those it took from the part above, over a page)
            if (continuedEdges(partEdges(segs, old.first, old.last), leading) !== leading) continue;
            for (let k = old.first; k <= old.last; k++) out[k] = lines[k]!;
            const again = rewriteTable(out, lines, body, segs, old.first, old.last, leading);
            if (again.edges) tables[t] = { ...old, edges: again.edges, figures: again.figures, paired: again.paired, overflow: again.overflow };
          }
          onward = leading;
        }
        const next = parts[n + 1];
        const nextEdges = next ? pageBelow(segs, next) ?? (next.shift === null ? partEdges(segs, next.from, next.to) : null) : null;
        const paged = next && nextEdges && continuedEdges(partEdges(segs, a, b), nextEdges) !== nextEdges ? gridBelow(segs, a, b, next, nextEdges, options.exact === true, !options.exact && (a === 0 || segs[a - 1]!.length === 0) && pageTop(next.from)) : null;
        const below = onward && continuedEdges(partEdges(segs, a, b), onward) === onward ? null : paged ?? pageBelow(segs, next);
        const r = rewriteTable(out, lines, body, segs, a, b, below ?? onward);
        rowsRewritten += r.rewritten;
        if (!(n === 0 && first === i && above)) chain = [];
        if (r.rewritten && r.edges) {
          tables.push({ first: a, last: b, edges: r.edges, figures: r.figures, paired: r.paired, overflow: r.overflow, ...(carried ? { overPage: true } : {}) });
          chain.push(tables.length - 1);
        }
        above = r.edges;
      });
      if (last < j - 1) {
        above = null;
        chain = [];
      }
    } else {
      above = null;
      chain = [];
    }
    i = j;
  }
  leadingNumberColumn(out, lines, body, segs, tables);
  return { text: out.join('\n'), rowsRewritten, blocks, tables };
}

/** Column widths of two parts of one table on pages a few characters apart differ at most by this much. */
const WIDTH_TOLERANCE = 3;
/** A part of a table lacking its numbering column is at most this many lines from a part that has it. */
const PART_GAP = 8;

/**
 * A table whose first column numbers its blocks (a unit's number, centred in its merged cell)
 * leaves that column empty on a page whose rows all belong to blocks numbered on other pages:
 * pdftotext lays that page's part of the table out from its second column («Dirección Nacional de
 * Análisis» at 0, where the next page's part starts its numbers, «6» at 0, and its names at 4).
 * A part next to another (at most PART_GAP lines apart, only blank lines or lines of one segment
 * between them) whose first column is a column of numbering figures, with one column more than
 * this part, whose columns from the second are as wide as this part's (each within
 * WIDTH_TOLERANCE; the last column's width is unknown), is that table without its first column:
 * its rows are rewritten with an empty first cell. Parts that took the column go on to their own
 * neighbours.
 */
function leadingNumberColumn(out: string[], lines: readonly string[], body: readonly string[], segs: readonly Segment[][], tables: TableSpan[]): void {
  const widths = (e: readonly number[]) => e.slice(1).map((x, k) => x - e[k]!);
  const between = (a: TableSpan, b: TableSpan) => {
    const [from, to] = a.last < b.first ? [a.last + 1, b.first] : [b.last + 1, a.first];
    if (to - from > PART_GAP) return false;
    for (let k = from; k < to; k++) if (segs[k]!.length > 1) return false;
    return true;
  };
  let changed = true;
  while (changed) {
    changed = false;
    tables.forEach((a, n) => {
      if (a.figures[0]) return;
      const b = [tables[n - 1], tables[n + 1]].find((t) => t && t.figures[0] && t.edges.length === a.edges.length + 1 && between(a, t)
        && widths(a.edges).every((w, k) => Math.abs(w - widths(t.edges)[k + 1]!) <= WIDTH_TOLERANCE));
      if (!b) return;
      for (let k = a.first; k <= a.last; k++) out[k] = lines[k]!;
      const again = rewriteTable(out, lines, body, segs, a.first, a.last, [a.edges[0]! - START_TOLERANCE - 1, ...a.edges]);
      if (!again.edges) return;
      tables[n] = { ...a, edges: again.edges, figures: again.figures, paired: again.paired, overflow: again.overflow };
      changed = true;
    });
  }
}
