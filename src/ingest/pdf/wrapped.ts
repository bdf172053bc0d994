/**
 * Wrapped table cells: a printed table row whose long cells wrap over several displayed lines is
 * joined back into one line for the parsers, with a line map (layout/line-map.ts) so figures keep
 * citing the displayed lines.
 *
 * A displayed line continues the row above when, by geometry only:
 * - it follows at single line spacing (a new row adds the cells' padding and ruling);
 * - each of its cells starts where a cell of the line above and of the row's first line starts
 *   (cells are aligned to the top and left of their row, so a wrapped cell continues under itself);
 * - it does not fill every column of the row with one of them a bare number (a new row of a
 *   table drawn at single line spacing: codes and amounts do not wrap into every column);
 * - the text above could not take the continuation's first word: it was wrapped there.
 * The cell's lines are joined with a space, or without one where a word was cut (the line above
 * has no space to break at and is full: CSS `overflow-wrap`) or after a hyphen.
 *
 * The joined text keeps every displayed column position, shifted right just enough that a joined
 * cell still ends two spaces before the next column; the same shift applies to every line of the
 * document, so rows of a table keep one set of columns across rows and pages.
 *
 * Pure: cleaned page lines in, joined text and map out.
 */
import { joinRuns, type LineMap } from '../layout/line-map.ts';
import { gridColumn, renderCells, type Grid, type LineCell, type PageLine } from './lines.ts';
import { countAtMost } from '../../lib/sorted.ts';

/** A wrapped line follows the one above at most this many font sizes lower. */
const MAX_WRAP_PITCH = 1.3;
/**
 * Short Spanish words (of two letters or more: a single letter is as often the end of a cut word) that often start a wrapped line after a full one: a line that breaks before
 * them broke at the space (a full line without spaces followed by another word is otherwise read
 * as one word cut by CSS `overflow-wrap`, which geometry alone cannot tell apart).
 */
const SHORT_WORDS = new Set(['al', 'con', 'de', 'del', 'el', 'en', 'la', 'las', 'lo', 'los', 'ni', 'no', 'para', 'por', 'que', 'se', 'si', 'sí', 'su', 'sus', 'un', 'una']);
/** A cell that is only a number, amount, code or percentage. */
const BARE_NUMBER = /^[-+$]?\s?[\d.,]+\s?%?$/;
/** Cells start at the same x within this many points. */
const SAME_X = 1;

interface PageGeometry {
  width: number;
  /** OCR word boxes: not joined (their lines are not laid out by a browser or office suite). */
  words?: boolean;
}

const sameX = (a: number, b: number) => Math.abs(a - b) <= SAME_X;

/** The first word of a cell's text and its width, estimated from the cell's advance per character. */
function leadWidth(c: LineCell, chars: number): number {
  return c.text.length === 0 ? 0 : ((c.end - c.x) / c.text.length) * chars;
}

/** How lines[i] continues the row that `head` starts, or null when it starts a row: the joiner of each of its cells. */
function continuation(lines: readonly PageLine[], head: PageLine, i: number, right: number, limits: Map<string, number>): Map<LineCell, string> | null {
  const a = lines[i - 1]!;
  const b = lines[i]!;
  if (!a.cells.length || !b.cells.length) return null;
  const size = Math.max(...a.cells.map((c) => c.size), ...b.cells.map((c) => c.size));
  const pitch = b.y - a.y;
  if (pitch <= 0 || pitch > MAX_WRAP_PITCH * size) return null;
  const prose = head.cells.length === 1;
  // A line with a cell in every column of the row, one of them a bare number, is a row of its own.
  if (!prose && b.cells.length >= head.cells.length && b.cells.some((c) => BARE_NUMBER.test(c.text))) return null;
  const joiners = new Map<LineCell, string>();
  for (const c of b.cells) {
    const p = a.cells.find((x) => sameX(x.x, c.x));
    const h = head.cells.findIndex((x) => sameX(x.x, c.x));
    if (!p || h < 0) return null;
    // The column's right limit: the page's right margin (as far from the right edge as the text is
    // from the left) for a single text, else the widest cell of the table's column.
    // (the same for every line of the row: the table around it is the same; computed once)
    const key = `${h}`;
    let limit = prose ? right : limits.get(key);
    if (limit === undefined) {
      limit = columnLimit(lines, head, i, c.x, head.cells[h + 1]?.x ?? right);
      limits.set(key, limit);
    }
    const word = c.text.split(' ')[0]!.length;
    const space = 0.25 * c.size;
    // (the word's width is estimated from the line's average advance: one character of slack)
    if (p.end + space + leadWidth(c, word) <= limit - leadWidth(c, 1)) return null;
    const cut = !p.text.includes(' ') && p.end + leadWidth(c, 1) > limit - 0.5 && !/[\p{P}]$/u.test(p.text) && !SHORT_WORDS.has(c.text.split(' ')[0]!.toLowerCase());
    joiners.set(c, cut || /-$/.test(p.text) ? '' : ' ');
  }
  return joiners;
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

/** One page's rows: run lengths of lines, and for each run its cells joined. */
function pageRows(lines: readonly PageLine[], page: PageGeometry, grid: Grid): { runs: number[]; cells: LineCell[][] } {
  const right = page.width - grid.minX;
  const runs: number[] = [];
  const cells: LineCell[][] = [];
  let head: PageLine | null = null;
  let row: LineCell[] = [];
  let limits = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const joiners = head && i > 0 && !page.words ? continuation(lines, head, i, right, limits) : null;
    if (joiners) {
      runs[runs.length - 1]!++;
      for (const [c, joiner] of joiners) {
        const into = row.find((x) => sameX(x.x, c.x))!;
        into.text += joiner + c.text;
      }
      continue;
    }
    head = lines[i]!;
    limits = new Map();
    row = head.cells.map((c) => ({ ...c }));
    runs.push(1);
    cells.push(row);
  }
  return { runs, cells };
}

/**
 * The parser text of a document whose table rows wrap: the rows joined, and the map back to the
 * displayed lines (the layout text, one line per displayed line); null when nothing wraps.
 */
export function joinWrapped(pages: readonly PageLine[][], geometry: readonly PageGeometry[], grids: readonly Grid[]): { text: string; map: LineMap } | null {
  const rows = pages.map((lines, p) => pageRows(lines, geometry[p]!, grids[p]!));
  if (rows.every((r) => r.runs.every((n) => n === 1))) return null;
  // Overflow of joined cells past the next column, by the x of that column (points → characters).
  const shifts: { x: number; chars: number }[] = [];
  rows.forEach((r, p) => {
    const g = grids[p]!;
    r.runs.forEach((n, k) => {
      if (n === 1) return;
      const cells = r.cells[k]!;
      for (let j = 0; j + 1 < cells.length; j++) {
        const over = gridColumn(cells[j]!.x, g.cw, g.minX) + cells[j]!.text.length + 2 - gridColumn(cells[j + 1]!.x, g.cw, g.minX);
        if (over <= 0) continue;
        const at = shifts.find((s) => sameX(s.x, cells[j + 1]!.x));
        if (at) at.chars = Math.max(at.chars, over);
        else shifts.push({ x: cells[j + 1]!.x, chars: over });
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
    const g = grids[p]!;
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
