/**
 * Figures right-aligned in their cells (as spreadsheets and many institutions print amounts,
 * counts and percentages): such a figure starts well right of its column's start, often nearer
 * the next column's start than its own, so a reader of the layout text that places a cell by the
 * column nearest its start reads it in the next column, and the pieces a cut figure wraps into
 * («70,36» / «%») do not start under each other. The figure is placed, in the layout text, where
 * its column starts: the start of a text (not a figure) cell of the same table block at or left
 * of the figure, right of the cell before it on its line, whose text runs past the figure's start
 * (the column's header or a wider text of the column). Its geometry (x, end) stays as printed for
 * the wrapped-cell rules, which take cells placed at the same column start as one column.
 *
 * Pure: a page's lines in, the figures' `at` set.
 */
import { isMissing } from '../../lib/numbers.ts';
import { placedX, type LineCell, type PageLine } from './lines.ts';

/**
 * A cell that is only a figure or a piece of one cut down its cell: digits, separators, signs, a
 * currency (Markdown's «\$» too), a percent sign («70,36» / «%», «\$1.149.741» / «,23»).
 */
const FIGURE = /^(?=.*[\d%])[-+]?\\?\$?\s?[\d.,]*\s?%?$/;
/** Figures and marks only, maybe several on one cell («6,382.02 6,382.02»): no column's text. */
const NUMERIC = /^(?=.*\d)[-+\\$\d.,% ]*$/;
/** Cells start at the same x within this many points. */
const SAME_X = 1;

/** Whether a cell holds only a figure. */
export function isFigureCell(c: LineCell): boolean {
  return FIGURE.test(c.text.trim());
}

/**
 * Sets `at` on each figure cell of the page that is right-aligned in its column: for every block of
 * lines (lines between blank ones: one table, or a part of one), the column starts are where its
 * text cells start; a figure goes to the rightmost of them at or left of its start that is right of
 * the previous cell on its line (so it stays in its own column, never one already filled on that
 * line), where two texts of the block start, and whose text runs past the figure's start and no
 * further than its end (a left-aligned figure in a column of figures alone stays: the text of the
 * empty column left of it ends before it), when no text cell of the block starts inside the figure
 * (another table's columns). Blocks whose figures run over a word's start are left as printed
 * (a real budget sheet's figures wider than its cut headers), save the cut end of a percentage,
 * which follows its first line (a centred header over right-aligned percentages), and so is a
 * figure when a wider figure over it starts elsewhere. Pieces of a cut figure right-aligned under
 * it follow it.
 */
export function alignFigures(lines: readonly PageLine[]): void {
  for (const block of blocks(lines)) {
    const texts = block.flatMap((l) => l.cells.filter((c) => !NUMERIC.test(c.text.trim())));
    if (texts.length === 0) continue;
    const figures = block.flatMap((l) => l.cells.filter(isFigureCell));
    // (a block whose figures run over where its words start has no columns to place them in: a
    // table printed with figures wider than its cut headers; the percent signs ending its cut
    // percentages still follow them, followCutFigures)
    const runOver = figures.some((f) => texts.some((d) => /\p{L}/u.test(d.text) && f.x < d.x - SAME_X && f.end > d.x + SAME_X));
    if (!runOver) placeFigures(block, texts, figures);
    followCutFigures(block, runOver);
  }
}

/** The placing of alignFigures for one block of lines (its text cells and its figure cells). */
function placeFigures(block: readonly PageLine[], texts: readonly LineCell[], figures: readonly LineCell[]): void {
  for (const l of block) {
    l.cells.forEach((c, k) => {
      if (!isFigureCell(c) || c.boxed) return;
      const before = k > 0 ? l.cells[k - 1]!.end : -Infinity;
      if (texts.some((d) => d.x > c.x + SAME_X && d.x < c.end)) return;

      // (its column's text runs past the figure's start and no further than its end, the column's
      // right edge: a text starting at a column left of the figure's own, empty on this line,
      // ends before the figure's column starts; a text spanning columns runs on past them)
      const own = texts.filter((d) => d.x <= c.x + SAME_X && d.x > before && d.end > c.x + SAME_X && d.end <= c.end + SAME_X);
      if (own.length === 0) return;
      const s = Math.max(...own.map((d) => d.x));
      // (a column's start is where two texts of the block start, a header's lines or a header and
      // a data cell: a lone text may be two columns' headers run together, «Refor Codific»)
      if (!columnStart(texts, s)) return;
      // (a column start that a figure of the block runs over is no column start: a table whose
      // figures spill past its headers' cut words)
      if (figures.some((f) => f.x < s - SAME_X && f.end > s + SAME_X)) return;
      if (s < c.x - SAME_X) c.at = s;
    });
  }
  const before = new Map<LineCell, number>();
  for (const l of block) l.cells.forEach((c, k) => before.set(c, k > 0 ? l.cells[k - 1]!.end : -Infinity));
  for (const l of block) l.cells.forEach((c) => alignInFigureColumn(c, before, texts, figures));
  // (a wider figure over it in the block that starts left of that column start stays where it is:
  // the column starts there, not at the text, «3,706,50» / «4.22» under a header «Inicial»)
  const placed = new Map(figures.map((c) => [c, placedX(c)]));
  for (const c of figures) {
    if (c.at !== undefined && !c.boxed && figures.some((d) => d.x < c.x - SAME_X && d.end > c.x + SAME_X && Math.abs(placed.get(d)! - c.at!) > SAME_X)) delete c.at;
  }
}

/**
 * The pieces of a block's cut figures placed where their figures are (placed or as printed). In a
 * block whose figures run over its words (`runOver`), only a percentage's end under a figure
 * without its sign («100,0» / «0 %» right-aligned under a centred header, «% CUM PLI MIE NTO»):
 * a real budget sheet's amounts cut down their cells are read where they are printed.
 */
function followCutFigures(block: readonly PageLine[], runOver: boolean): void {
  // (a piece of a cut figure right-aligned under the figure's first line: «70,36» / «%»)
  block.forEach((l, i) => {
    if (i === 0) return;
    for (const c of l.cells) {
      // (a piece, not a figure of its own: a mark or two characters, «%», «0%», «,23», what
      // follows a figure cut after its separator, «100,» / «00 %», or ends a percentage the line
      // above starts, «96,2» / «1 %»; a chart's axis prints whole figures right-aligned under each
      // other)
      if (!isFigureCell(c)) continue;
      // (cut after its separator, the piece may be the wider line: «100,» / «00 %» end together)
      const cutAfter = (p: LineCell) => /[.,]$/.test(p.text) && Math.abs(p.x - c.x) > SAME_X;
      // (or a piece placed under its figure further left: «66» / «,1» / «5» / «%», the «%» wider
      // than the «5» above it)
      const above = block[i - 1]!.cells.find((p) => isFigureCell(p) && Math.abs(p.end - c.end) <= SAME_X && (p.x < c.x - SAME_X || cutAfter(p) || (p.at !== undefined && p.at < c.x - SAME_X)));
      const percent = !!above && /%$/.test(c.text) && !above.text.includes('%');
      if (runOver) {
        if (above && percent && c.at === undefined) c.at = placedX(above);
        continue;
      }
      if (!above) {
        // (or a piece a character wider than the figure's first line, under it: «10» / «0,0» /
        // «0» / «%» in a column two digits wide, left where printed: it goes where the first
        // line is placed)
        const first = block[i - 1]!.cells.find((p) => isFigureCell(p) && p.at === undefined && /^\d+$/.test(p.text) && Math.abs(p.end - c.end) <= SAME_X &&
          c.x < p.x - SAME_X && p.x - c.x <= 1.5 * ((p.end - p.x) / p.text.length) && c.text.length <= p.text.length + 1 && c.at === undefined);
        if (first) c.at = placedX(first);
        continue;
      }
      // (a piece surely, it goes under the figure wherever a column rule put it: «0,» / «00» is
      // not a figure of the column left of it)
      const surely = /^[.,%]/.test(c.text) || cutAfter(above) || percent;
      if (surely || (c.at === undefined && c.text.length <= 2)) c.at = placedX(above);
    }
  });
}

/**
 * A figure of a column of figures right-aligned under a header narrower than the column («7» / «19»
 * / «4» under «Número Total»: the header's text ends before the figures start, so no text runs past
 * them): three figures of the block or more end where it ends, starting at two places or more (a
 * column of left-aligned figures starts them at one; a column of figures all one digit wide cannot
 * tell, and stays). It goes to the column's start: the rightmost place where two texts of the block
 * start (or a «no value» mark of the column, «N/A», reaching into the figures' span), at or left of the column's widest figure and right of the cell before it on its line, with
 * no text starting between there and the figures (a column between) and no figure running over it.
 */
function alignInFigureColumn(c: LineCell, cellBefore: ReadonlyMap<LineCell, number>, texts: readonly LineCell[], figures: readonly LineCell[]): void {
  if (!isFigureCell(c) || c.at !== undefined) return;
  const before = cellBefore.get(c) ?? -Infinity;
  const column = figures.filter((f) => Math.abs(f.end - c.end) <= SAME_X);
  if (column.length < 2 || new Set(column.map((f) => Math.round(f.x))).size < 2) return;
  const left = Math.min(...column.map((f) => f.x));
  // (two figures are enough beside «no value» marks, two or more starting at one place left of them,
  // where no text starts between: the column's left-aligned «N/A» and its right-aligned figures,
  // «N/A» at 500.87 and «25,42%», «100,00%» ending at 573.50 in the CNE matrix on Legal paper)
  const marks = texts.filter((d) => isMissing(d.text) && d.x < left - SAME_X && d.x > before);
  const markStart = marks.find((d) => marks.filter((e) => Math.abs(e.x - d.x) <= SAME_X).length >= 2)?.x;
  if (column.length < 3 && markStart === undefined) return;
  // (or where a «no value» mark of the column starts, running into the figures' span: a lone «N/A»,
  // not right-aligned, on a page whose other rows fill the column with figures)
  const starts = texts.filter((d) => d.x <= left + SAME_X && d.x > before && (columnStart(texts, d.x) || (d.end > left + SAME_X && isMissing(d.text))));
  if (starts.length === 0) return;
  const s = Math.max(...starts.map((d) => d.x));
  if (texts.some((d) => d.x > s + SAME_X && d.x < left - SAME_X)) return;
  if (figures.some((f) => f.x < s - SAME_X && f.end > s + SAME_X)) return;
  // (nor where a figure of the column has a cell before it on its line: the column starts right of
  // that cell, «10,00» / «10» on a row's first line, the pieces «0,0» / «0» / «%» of its cut «100,00%»
  // alone on the lines below, no header of the pct column in the block)
  if (column.some((f) => (cellBefore.get(f) ?? -Infinity) > s + SAME_X)) return;
  if (s < c.x - SAME_X) c.at = s;
}

/**
 * Figures a page left where printed, placed where figures ending with them were placed on the
 * page before or after: a table's column of right-aligned figures goes on over a page break, and
 * the page holding only its last rows has no header to say where the column starts («9,48 %» to
 * «37,00 %» under «% CUMPLIMIENTO DE LA GESTIÓN» on the page above, as wide a column: the rows of
 * one table read in two columns). Only where the figures of those pages ending there were all
 * placed at one start, left of the figure and right of the cell before it on its line, with no text
 * of its block starting between. Returns the pages whose lines changed.
 */
export function alignAcrossPages(pages: readonly (readonly PageLine[])[]): Set<number> {
  /** The figures each page placed: where they end and where they were placed. */
  const learned: { page: number; end: number; at: number }[] = [];
  pages.forEach((lines, p) => {
    for (const l of lines) for (const c of l.cells) if (c.at !== undefined && isFigureCell(c)) learned.push({ page: p, end: c.end, at: c.at });
  });
  const changed = new Set<number>();
  if (learned.length === 0) return changed;
  pages.forEach((lines, p) => {
    for (const block of blocks(lines)) {
      const texts = block.flatMap((l) => l.cells.filter((c) => !NUMERIC.test(c.text.trim())));
      block.forEach((l, i) => {
        // (a piece of a figure cut down its cell, or beside one, stays with its pieces: «107,0» / «6 %»)
        const pieceAt = (line: PageLine | undefined, end: number) => !!line?.cells.some((d) => isFigureCell(d) && !WHOLE.test(d.text.trim()) && Math.abs(d.end - end) <= SAME_X);
        l.cells.forEach((c, k) => {
          if (c.at !== undefined || !WHOLE.test(c.text.trim()) || pieceAt(block[i - 1], c.end) || pieceAt(block[i + 1], c.end)) return;
          const s = adjacentStart(learned, p, c.end);
          if (s === null) return;
          const before = k > 0 ? l.cells[k - 1]!.end : -Infinity;
          if (s >= c.x - SAME_X || s <= before || texts.some((d) => d.x > s + SAME_X && d.x < c.x - SAME_X)) return;
          c.at = s;
          changed.add(p);
        });
      });
    }
  });
  // A figure cut down its cell, its pieces placed at its first line's start (no header on its page
  // to say where the column starts): where the page before or after placed figures ending with it,
  // left of them by a header («400,» / «00» / «%» at 388 pt on the page after «100,» / «00» / «%» at
  // 385 under «% CUMPLIMIENTO», Legal portrait serif: the rows of one table read in two columns).
  // (not the pieces of a figure placed at its first line's start, as this rule would leave them)
  const byHeader: { page: number; end: number; at: number }[] = [];
  pages.forEach((lines, p) => {
    for (const block of blocks(lines)) {
      block.forEach((l, i) => {
        for (const c of l.cells) {
          if (c.at === undefined || c.at >= c.x - SAME_X || !isFigureCell(c)) continue;
          // (the figure's first line: up the lines while a figure ends with it)
          let first: LineCell | undefined;
          for (let j = i - 1; j >= 0; j--) {
            const d = block[j]!.cells.find((e) => isFigureCell(e) && Math.abs(e.end - c.end) <= SAME_X);
            if (!d) break;
            first = d;
          }
          if (!first || Math.abs(first.x - c.at) > SAME_X) byHeader.push({ page: p, end: c.end, at: c.at });
        }
      });
    }
  });
  pages.forEach((lines, p) => {
    for (const block of blocks(lines)) {
      const texts = block.flatMap((l) => l.cells.filter((c) => !NUMERIC.test(c.text.trim())));
      block.forEach((l, i) => {
        l.cells.forEach((c, k) => {
          if (c.at !== undefined || !isFigureCell(c) || WHOLE.test(c.text.trim()) || figureEndingAt(block[i - 1], c.end)) return;
          const stack = [{ cell: c, before: k > 0 ? l.cells[k - 1]!.end : -Infinity }];
          for (let j = i + 1; j < block.length; j++) {
            const m = block[j]!.cells.findIndex((d) => isFigureCell(d) && Math.abs(d.end - c.end) <= SAME_X);
            const piece = block[j]!.cells[m];
            if (!piece || (piece.at !== undefined && Math.abs(piece.at - c.x) > SAME_X)) break;
            stack.push({ cell: piece, before: m > 0 ? block[j]!.cells[m - 1]!.end : -Infinity });
          }
          if (stack.length < 2) return;
          const s = adjacentStart(byHeader, p, c.end);
          if (s === null || s >= c.x - SAME_X || stack.some((e) => s <= e.before) || texts.some((d) => d.x > s + SAME_X && d.x < c.x - SAME_X)) return;
          for (const e of stack) e.cell.at = s;
          changed.add(p);
        });
      });
    }
  });
  return changed;
}

/**
 * The one start (to 0.1 pt) at which the page before or after page `p` placed the figures of
 * `placed` ending at `end`; null when none or several. (From the adjacent pages only: a column of
 * another table may end there too.)
 */
function adjacentStart(placed: readonly { page: number; end: number; at: number }[], p: number, end: number): number | null {
  const starts = new Set(placed.filter((e) => Math.abs(e.page - p) === 1 && Math.abs(e.end - end) <= SAME_X).map((e) => Math.round(e.at * 10) / 10));
  return starts.size === 1 ? [...starts][0]! : null;
}

/** Whether a line holds a figure cell ending at `end` (the line above a cut figure's first line holds none). */
function figureEndingAt(line: PageLine | undefined, end: number): boolean {
  return !!line?.cells.some((d) => isFigureCell(d) && Math.abs(d.end - end) <= SAME_X);
}

/** A whole figure: two decimals, maybe a currency or a percent sign («37,00 %», «\$8.443.778,70»). */
const WHOLE = /^[-+]?\\?\$?\s?\d[\d.,]*[.,]\d{2}\s?%?$/;

/** Whether x is a column start of the block: two of its texts (a header's lines, a header and a data cell) start there. */
function columnStart(texts: readonly LineCell[], x: number): boolean {
  return texts.filter((d) => Math.abs(d.x - x) <= SAME_X).length >= 2;
}

/** The page's lines in runs without a blank line. */
function blocks(lines: readonly PageLine[]): PageLine[][] {
  const out: PageLine[][] = [];
  let current: PageLine[] = [];
  for (const l of lines) {
    if (l.cells.length === 0) {
      if (current.length) out.push(current);
      current = [];
    } else current.push(l);
  }
  if (current.length) out.push(current);
  return out;
}
