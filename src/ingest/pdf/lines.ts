/**
 * Positioned text → layout text, the shape poppler's `pdftotext -layout` gives: one text row per
 * line, columns kept apart by runs of spaces placed by x position, plus the page of every line.
 *
 * Pure: pages of positioned words in (from PDF.js, load.mjs, or from OCR, ocr.ts), text out.
 * Page headers, footers and page numbers (the same line at the top or bottom of most pages) and
 * table headers repeated at the top of a page are dropped (not a data row: a line with a figure or
 * a missing value in a cell). Pages are joined with "\n" (no "\f");
 * `pageStarts[p]` is the 1-based line where page p + 1 begins.
 */
import { isMissing } from '../../lib/numbers.ts';
import { alignAcrossPages, alignFigures } from './aligned.ts';
import { gapsFromSpans, stretchedGaps, stretchedSpans } from './justified.ts';
import { wrapLimit } from './spacing.ts';
import { leftAligned, type CentredColumn } from './centred.ts';
import { tableRules } from './ruled.ts';
import type { Rules } from './rules.mjs';
import { boxRows, documentAlignment, pageAlignment, rowsByBaseline, rowsCellSpacing, topAligned } from './middle.ts';

/** One run of text on a page; coordinates in points, y measured down from the top of the page. */
export interface PositionedItem {
  str: string;
  /** Left edge. */
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  width: number;
  /** Font size (glyph height). */
  size: number;
  /**
   * Items drawn one after the other along the same line share a run number (load.mjs). Two
   * neighbours from different runs were drawn apart (two table cells, two text columns).
   */
  run?: number;
  /**
   * The baseline it was printed on, when the borders of its table's cell put it in its row
   * (ruled.ts): middle.ts votes with it where it was printed and does not move it.
   */
  placed?: number;
  /**
   * Where its column's text starts, for a figure right-aligned alone in a bordered cell (ruled.ts,
   * placeRightAligned): the layout text places it there (LineCell.at).
   */
  column?: number;
}

export interface PositionedPage {
  width: number;
  height: number;
  items: PositionedItem[];
  /**
   * Items are single words (OCR word boxes). Otherwise they are PDF.js text runs, which already
   * join text closer than 0.6 font sizes: two runs further apart on a row are two cells.
   */
  words?: boolean;
  /** The rules the page draws (table borders, rules.mjs), when it draws any. */
  rules?: Rules;
}

export interface LayoutText {
  /** Lines of every page, pages one after the other, joined with "\n". */
  text: string;
  /** 1-based first line of each page in `text` (a page with no text starts where the next one does). */
  pageStarts: number[];
}

/** A cell of a line: text runs closer than a column gap, with their left and right edges (points). */
export interface LineCell {
  x: number;
  end: number;
  text: string;
  /** Font size (largest of its items). */
  size: number;
  /** Where the cell is placed in the layout text when not at x: a figure right-aligned in its column goes at the column's start (aligned.ts). */
  at?: number;
  /** `at` comes from the cell's borders (PositionedItem.column), not from the text around it: aligned.ts keeps it. */
  boxed?: boolean;
  /** A cell whose wrapped lines were joined (pdf/wrapped.ts): where its widest line ends. */
  reach?: number;
}

/** Where a cell is placed in the layout text: at its column's start when aligned.ts moved it there, else where it is printed. */
export const placedX = (c: LineCell): number => c.at ?? c.x;

/** A line of one page, before the cross-page clean-up. */
export interface PageLine {
  text: string;
  /** Baseline from the top of the page. */
  y: number;
  /** Its cells, left to right (none for a blank line). */
  cells: LineCell[];
}

/** Lines at most this share of the page height from the top or bottom may be headers/footers. */
const MARGIN_SHARE = 0.12;
/** ... and among the first or last this many non-blank lines of their page. */
const MARGIN_LINES = 3;
/** Gap between two items, in font sizes, from which they are two cells (see rowText). */
const CELL_GAP = 0.75;
/**
 * Gaps between two items of one run, in font sizes, from which they are two cells when both are
 * figures (PADDED_GAP: more than a word space, a quarter to a third of a font size), or when a
 * value follows words (VALUE_GAP: more than PDF.js joins into one text); see partsCells.
 */
const PADDED_GAP = 0.45;
const VALUE_GAP = 0.6;
/**
 * Gap between two items drawn apart (different runs), in font sizes, from which they are two cells:
 * half a font size, less rounding (cells padded 2 pt a side at 8 pt print a column-filling text
 * 3.99 pt before the next cell).
 */
const APART_GAP = 0.49;
/** An item that is one figure ("0,00", "27,0", "1.234", "12 %", "$5", "\\$5" as Markdown escapes it). */
const FIGURE_ITEM = /^[-+]?\\?\$?\d[\d.,]*\s?%?$/;
/** A running header or footer is as far from its page's edge on every page, within this many points. */
const SAME_HEIGHT = 2;
/** Longest table header (in lines) repeated at the top of a page that is dropped. */
const MAX_REPEATED_HEADER = 8;

/** The layout text of a document. */
export function layoutPages(pages: readonly PositionedPage[]): LayoutText {
  return layoutLines(pages).layout;
}

/** The layout text and the cleaned lines of each page (blank lines at a page's start and end removed). */
export function layoutLines(pages: readonly PositionedPage[]): { layout: LayoutText; lines: PageLine[][]; grids: Grid[] } {
  // (middle- or bottom-aligned cells: each page's votes, then every page moved with the document's, middle.ts)
  const sorted = pages.map((page) => (page.words === true ? null : sortedItems(page)));
  const boxes = sorted.map((items) => (items === null ? null : boxRows(items)));
  const spacing = rowsCellSpacing(boxes.flatMap((rows) => (rows ? [rows] : [])));
  const alignments = sorted.map((items, p) => (items === null ? null : pageAlignment(items, spacing, boxes[p]!)));
  const aligned = documentAlignment(alignments.flatMap((a) => (a ? [a.votes] : [])));
  const tops = pages.map((page, p) => alignments[p]?.apply(aligned) ?? sortedItems(page));
  // (centred columns: each page's first, then every page's with the document's, centred.ts)
  const centredByPage = pages.map((page, p) => {
    const found: CentredColumn[] = [];
    if (page.words !== true) leftAligned(tops[p]!, [], found, [], rowRules(page));
    return found;
  });
  const common = centredByPage.flat();
  // (and the page before's, for a table's row carried over to a page's top)
  const read = pages.map((page, p) => pageRows(page, common, tops[p], centredByPage[p - 1]));
  const stretched = read.map((r, p) => stretchedOf(pages[p]!, r));
  // (a document whose pages show justified cells: its other pages' lone stretched lines are read too)
  const gaps = stretched.some((s) => s.justified) ? stretched.map((s) => (s.justified ? s.gaps : s.lone())) : stretched.map((s) => s.gaps);
  // (and a page's copies of a cell's line read stretched on another page, over the same edges)
  const spans = gaps.map((g, p) => stretchedSpans(read[p]!.rows, g));
  gaps.forEach((g, p) => { if (pages[p]!.words !== true) gapsFromSpans(read[p]!.rows, read[p]!.blankBefore, g, spans.flatMap((s, q) => (q === p || pages[q]!.words === true ? [] : s))); });
  const laid = read.map((r, p) => ({ grid: r.grid, lines: linesOf(pages[p]!, r, gaps[p]!) }));
  // (right-aligned figures a page could not place, where other pages placed figures ending with them)
  for (const p of alignAcrossPages(laid.map((l) => l.lines))) {
    const { grid } = laid[p]!;
    for (const l of laid[p]!.lines) l.text = renderCells(l.cells, (x) => gridColumn(x, grid.cw, grid.minX));
  }
  const perPage = laid.map((l) => l.lines);
  const cleaned = partTablesAtPageBreaks(dropRepeatedTableHeaders(dropHeadersAndFooters(perPage, pages)).map(trimBlank), pages, read.map((r) => r.centred));
  const out: string[] = [];
  const pageStarts: number[] = [];
  for (const lines of cleaned) {
    pageStarts.push(out.length + 1);
    for (const l of lines) out.push(l.text);
  }
  return { layout: { text: out.join('\n'), pageStarts }, lines: cleaned, grids: laid.map((l) => l.grid) };
}

/** Poppler's form: each page's lines, a line break and "\f" (so "\f" starts the next page's first line). */
export function toFormFeedText(layout: LayoutText): string {
  const lines = layout.text.split('\n');
  const pages: string[] = [];
  layout.pageStarts.forEach((start, p) => {
    const end = p + 1 < layout.pageStarts.length ? layout.pageStarts[p + 1]! : lines.length + 1;
    pages.push(lines.slice(start - 1, end - 1).join('\n'));
  });
  return pages.map((p) => `${p}\n\f`).join('');
}

/** A page's character grid: pitch and left edge of its text (points). */
export interface Grid {
  cw: number;
  minX: number;
}

/** One page's items → lines, columns placed on a character grid. */
export function pageLines(page: PositionedPage): PageLine[] {
  const r = pageRows(page);
  return linesOf(page, r, stretchedOf(page, r).gaps);
}

/** A page's items grouped in rows (each sorted by x), which rows a blank line parts from the row above, and its grid. */
interface PageRows {
  grid: Grid;
  rows: PositionedItem[][];
  blankBefore: boolean[];
  /** Centred columns were left-aligned (centred.ts): their starts are the page's, not the table's. */
  centred: boolean;
}

/** A page's rows (pageRows) as lines of cells on its character grid, words of one stretched line kept one cell. */
function linesOf(page: PositionedPage, { grid, rows, blankBefore }: PageRows, stretched: readonly Set<number>[]): PageLine[] {
  const lines: PageLine[] = [];
  const cells = rows.map((row, k) => rowCells(row, page.words === true, stretched[k]));
  // (a second reading where a block's rows show column starts: a cell packed with the next one,
  // PADDED_GAP or more apart, is parted where that column starts, «META 85% DE EJECUCIÓN …» under
  // «TIPO», «DESCRIPCIÓN»)
  columnStartsByBlock(cells, blankBefore).forEach((columns, k) => {
    // (read again only a row with an item PADDED_GAP or more after the one before it, at one of those columns)
    const row = rows[k]!;
    const packed = row.some((it, i) => i > 0 && it.x - (row[i - 1]!.x + row[i - 1]!.width) >= PADDED_GAP * it.size && columns.some((x) => Math.abs(x - it.x) <= SAME_COLUMN));
    if (packed) cells[k] = rowCells(row, page.words === true, stretched[k], columns);
  });
  rows.forEach((row, k) => {
    const y = row[0]!.y;
    if (blankBefore[k]) lines.push({ text: '', y: (y + rows[k - 1]![0]!.y) / 2, cells: [] });
    lines.push({ text: '', y, cells: cells[k]! });
  });
  alignFigures(lines);
  for (const l of lines) l.text = renderCells(l.cells, (x) => gridColumn(x, grid.cw, grid.minX));
  return lines;
}

/**
 * The lowest line of each page's text area: the lowest last line of the document's pages as tall
 * as it (page heights rounded to whole points: one floor per size of page, in one pass).
 */
export function pageFloors(pages: readonly (readonly PageLine[])[], geometry: readonly { height?: number }[]): number[] {
  const tall = (p: number) => Math.round(geometry[p]!.height ?? 0);
  const lowest = new Map<number, number>();
  pages.forEach((lines, p) => {
    if (lines.length) lowest.set(tall(p), Math.max(lowest.get(tall(p)) ?? -Infinity, lines.at(-1)!.y));
  });
  return pages.map((_, p) => lowest.get(tall(p)) ?? -Infinity);
}

/** A list's bullet or number («•», «-», «1.», «a)», «iv.»): the text after it hangs under its own start. */
const LIST_MARK = /^(?:[^\p{L}\p{N}\s]|\(?(?:\d{1,3}|\p{L}|[ivxIVX]{1,4})[.)])$/u;
/** Cells of two lines start at the same column within this many points. */
const SAME_COLUMN = 1;

/**
 * For each row, the column starts of its block (rows between blank lines): where cells of two other
 * rows of the block start (within SAME_COLUMN), right of the row's first cell start; none when fewer
 * than two (a table of a key and its value is read as printed: «NOMBRE DE LA INSTITUCIÓN: MINISTERIO
 * …» packed in one cell is a key and its value all the same, and parting it makes the key column's
 * widest line the first, under which every short key looks wrapped).
 */
function columnStartsByBlock(cells: readonly LineCell[][], blankBefore: readonly boolean[]): number[][] {
  const out: number[][] = cells.map(() => []);
  for (let a = 0; a < cells.length; ) {
    let b = a + 1;
    while (b < cells.length && !blankBefore[b]) b++;
    // (the block's cell starts in groups within SAME_COLUMN of each group's first, with the rows
    // that have a cell there)
    const starts = cells.slice(a, b).flatMap((row, i) => row.map((c) => ({ x: c.x, row: a + i }))).sort((p, q) => p.x - q.x);
    const groups: { x: number; rows: Set<number> }[] = [];
    for (const s of starts) {
      const last = groups.at(-1);
      if (last && s.x - last.x <= SAME_COLUMN) last.rows.add(s.row);
      else groups.push({ x: s.x, rows: new Set([s.row]) });
    }
    for (let k = a; k < b; k++) {
      const first = cells[k]![0];
      if (!first) continue;
      const columns = groups.filter((g) => g.x > first.x + SAME_COLUMN && g.rows.size - (g.rows.has(k) ? 1 : 0) >= 2).map((g) => g.x);
      out[k] = columns.length >= 2 ? columns : [];
    }
    a = b;
  }
  return out;
}

/**
 * The stretched gaps of a page's rows, whether the page shows justified cells, and its gaps when
 * another page of the document does (justified.ts). (OCR word boxes are placed too roughly to match
 * a justified cell's edges: none.)
 */
function stretchedOf(page: PositionedPage, { rows, blankBefore }: PageRows): ReturnType<typeof stretchedGaps> {
  if (page.words !== true) return stretchedGaps(rows, blankBefore);
  const gaps = rows.map(() => new Set<number>());
  return { gaps, justified: false, lone: () => gaps };
}

/** A page's horizontal rules, with those its tables' side rules imply (ruled.ts tableRules). */
const rowRules = (page: PositionedPage) => tableRules(page)?.h ?? [];

/** A page's items without blank ones, trimmed, by baseline then x. */
function sortedItems(page: PositionedPage): PositionedItem[] {
  return page.items
    .map(trimItem)
    .filter((i): i is PositionedItem => i !== null)
    .sort((a, b) => a.y - b.y || a.x - b.x);
}

function pageRows(page: PositionedPage, common: readonly CentredColumn[] = [], topped?: readonly PositionedItem[], before: readonly CentredColumn[] = []): PageRows {
  // (cells in the middle of their row moved up to its top, middle.ts, and centred columns
  // left-aligned, centred.ts, where such columns start on any page; not OCR word boxes)
  const top = topped ?? (page.words === true ? sortedItems(page) : topAligned(sortedItems(page)));
  const items = page.words === true ? top : leftAligned(top, common, undefined, before, rowRules(page));
  const centred = items !== top;
  const grid = gridOf(items);
  if (items.length === 0) return { grid, rows: [], blankBefore: [], centred };
  // Group into rows: an item joins the current row when its baseline is within half a font size.
  const rows = rowsByBaseline(items);
  // The page's line pitch: its smallest distance between two consecutive rows that are lines of
  // one text (at most 1.3 font sizes apart: a wrapped line; table rows set apart are not).
  // (Not on a page read by OCR, whose word boxes place lines less exactly.)
  let pitch = Infinity;
  for (let k = 1; k < rows.length && page.words !== true; k++) {
    const d = rows[k]![0]!.y - rows[k - 1]![0]!.y;
    if (d <= 1.3 * Math.max(...rows[k]!.map((r) => r.size), ...rows[k - 1]!.map((r) => r.size))) pitch = Math.min(pitch, d);
  }
  for (const row of rows) row.sort((a, b) => a.x - b.x);
  // A vertical gap with room for an empty line (more than 2.2 font sizes, and two of the page's
  // line pitches, less a twentieth of one for rounding) becomes one blank line, as pdftotext
  // -layout keeps paragraphs apart. A table whose cell padding sets its rows further apart than
  // 2.2 font sizes but less than two lines has no empty line between them: its rows are no
  // paragraphs.
  const sizes = rows.map((row) => Math.max(...row.map((r) => r.size)));
  const blankBefore = rows.map((row, k) => {
    if (k === 0) return false;
    const d = row[0]!.y - rows[k - 1]![0]!.y;
    return d > 2.2 * Math.max(sizes[k]!, sizes[k - 1]!) && !(Number.isFinite(pitch) && d < 1.95 * pitch);
  });
  return { grid, rows, blankBefore, centred };
}

/** The character column of x on the page's grid. */
export function gridColumn(x: number, cw: number, minX: number): number {
  return Math.max(0, Math.round((x - minX) / cw));
}

/**
 * Cells on one line, each at its column (`column(x)`), at least two spaces apart so that a column
 * boundary is never a single space.
 */
export function renderCells(cells: readonly LineCell[], column: (x: number) => number): string {
  let s = '';
  for (const c of cells) {
    const col = column(placedX(c));
    s += s.length === 0 ? ' '.repeat(col) : ' '.repeat(Math.max(2, col - s.length));
    s += c.text;
  }
  return s.trimEnd();
}

/**
 * The row's items as cells: touching items joined, word gaps one space, column gaps start a new
 * cell. A gap is a column gap when it is wide (1.5 font sizes), or half a font size (APART_GAP)
 * between items drawn apart (different runs) or clearly wider (1.8x) than the row's usual gap, or
 * PADDED_GAP between two figures or before a value after words (partsCells), or before an item
 * where its block's other rows start a column (`columns`, columnStartsByBlock); so a justified line,
 * all of whose gaps are stretched alike, stays one text; so does a justified cell's line among
 * other cells (`stretched`: the items whose gap before them is a stretched word gap, justified.ts).
 */
function rowCells(row: readonly PositionedItem[], words: boolean, stretched: ReadonlySet<number> = new Set(), columns: readonly number[] = []): LineCell[] {
  const gaps: number[] = [];
  for (let i = 1; i < row.length; i++) {
    const g = row[i]!.x - (row[i - 1]!.x + row[i - 1]!.width);
    if (g > 0.12 * row[i]!.size) gaps.push(g);
  }
  gaps.sort((a, b) => a - b);
  const usual = gaps.length >= 3 ? gaps[gaps.length >> 1]! : Infinity;
  // Separate PDF.js runs more than 3/4 of a font size apart are two cells (PDF.js joins text closer
  // than 0.6 em), unless the items are words (OCR) or the line is justified: single words, every
  // gap stretched alike.
  const justified = words || gaps.length >= 3 && gaps[gaps.length - 1]! <= 1.3 * gaps[0]! && row.every((i) => !i.str.includes(' '));
  const cells: LineCell[] = [];
  let cell: LineCell | null = null;
  let prevEnd = -Infinity;
  let prevRun: number | undefined;
  // (the widest gap between the items joined so far into the current cell)
  let widest = 0;
  row.forEach((it, k) => {
    const gap = it.x - prevEnd;
    const apart = it.run === undefined || prevRun === undefined ? false : it.run !== prevRun;
    // (a gap wider than the cell's own word gaps so far, not a justified cell's stretched word gap;
    // after a word, not a list's bullet or number, whose text the lines below hang under)
    const atColumn = () => gap > 1.5 * widest && !LIST_MARK.test(cell!.text) && columns.some((x) => Math.abs(x - it.x) <= SAME_COLUMN);
    if (!cell || (!stretched.has(k) && (gap >= 1.5 * it.size || (gap >= CELL_GAP * it.size && !justified) || (gap >= APART_GAP * it.size && (apart || gap > 1.8 * usual)) || (gap >= PADDED_GAP * it.size && !justified && k > 0 && (partsCells(row[k - 1]!, it) || atColumn()))))) {
      cell = { x: it.x, end: it.x + it.width, text: it.str, size: it.size, ...(it.column !== undefined ? { at: it.column, boxed: true } : {}) };
      cells.push(cell);
      widest = 0;
    } else {
      widest = Math.max(widest, gap);
      delete cell.at;
      delete cell.boxed;
      cell.text += gap > 0.12 * it.size ? ` ${it.str}` : it.str;
      cell.end = Math.max(cell.end, it.x + it.width);
      cell.size = Math.max(cell.size, it.size);
    }
    prevEnd = Math.max(prevEnd, it.x + it.width);
    prevRun = it.run;
  });
  return cells;
}

/**
 * Whether the gap from `before` to `next` (at least PADDED_GAP) parts two cells although it is
 * below CELL_GAP: two figures side by side (a cell holds one: «0,00» «0,00»), or a value (a figure
 * or a missing mark in letters, «94,», «N/A») VALUE_GAP or more after an item of several words. A table whose
 * cells have little side padding («0 2pt»: text 4 to 5 pt apart at 8 pt, drawn in one run) is so
 * read in cells. (Not any text after words: a justified line of a word processor's PDF leaves
 * items of several words half a font size apart, «hasta el mes de» «diciembre».)
 */
function partsCells(before: PositionedItem, next: PositionedItem): boolean {
  if (FIGURE_ITEM.test(before.str) && FIGURE_ITEM.test(next.str)) return true;
  const gap = next.x - (before.x + before.width);
  return before.str.includes(' ') && (FIGURE_ITEM.test(next.str) || (isMissing(next.str) && /\p{L}/u.test(next.str))) && gap >= VALUE_GAP * next.size;
}

function gridOf(items: readonly PositionedItem[]): Grid {
  return { cw: charWidth(items), minX: items.length ? Math.min(...items.map((i) => i.x)) : 0 };
}

/** Whitespace removed from both ends (x moved past leading spaces); null for blank items. */
function trimItem(it: PositionedItem): PositionedItem | null {
  const str = it.str.replace(/\s+/g, (m) => (m.length > 1 ? ' ' : m === ' ' ? m : ' '));
  const trimmed = str.trim();
  if (!trimmed) return null;
  if (trimmed === str || str.length === 0) return { ...it, str: trimmed };
  const per = it.width / str.length;
  const lead = str.length - str.trimStart().length;
  return { ...it, str: trimmed, x: it.x + lead * per, width: trimmed.length * per };
}

/** The page's character pitch: a low quantile of the advance per character, at least 1 pt. */
function charWidth(items: readonly PositionedItem[]): number {
  const ws = items.filter((i) => i.str.length > 0 && i.width > 0).map((i) => i.width / i.str.length).sort((a, b) => a - b);
  if (ws.length === 0) return 5;
  // A low quantile: a finer grid keeps a long text from running into the next column's position.
  return Math.max(1, ws[Math.floor(ws.length * 0.02)]!);
}

/** Header/footer key: whitespace collapsed, digits replaced (page numbers vary). */
function marginKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/\d+/g, '#');
}

const PAGE_NUMBER = /^(p[áa]g(ina|\.)?\s*)?#(\s*(de|\/|of)\s*#)?\.?$/i;

/**
 * Drops lines in the top or bottom margin that recur at the same height on most pages, and bare
 * page numbers there: bare numbers at a height where most pages have one (a bare number that
 * continues a table cell of the line above is not one).
 * The first page keeps its top margin: a letterhead often is the only place naming the institution.
 */
function dropHeadersAndFooters(pages: PageLine[][], geometry: readonly PositionedPage[]): PageLine[][] {
  if (pages.length < 2) return pages;
  // The outermost non-blank lines of each page: headers and footers are a few lines at most.
  const outer = pages.map((lines) => {
    const nonBlank = lines.filter((l) => l.text.trim() !== '');
    return new Set([...nonBlank.slice(0, MARGIN_LINES), ...nonBlank.slice(-MARGIN_LINES)]);
  });
  const inMargin = (l: PageLine, p: number) => {
    const h = geometry[p]!.height || 842;
    return outer[p]!.has(l) && (l.y <= h * MARGIN_SHARE || l.y >= h * (1 - MARGIN_SHARE));
  };
  // Where each margin text is printed, by page: a running header or footer is printed at the same
  // distance from the top or the bottom edge on every page (a table row that happens to recur in a
  // margin is not). Heights from the bottom are negative.
  const edge = (l: PageLine, p: number) => {
    const h = geometry[p]!.height || 842;
    return l.y <= h / 2 ? l.y : l.y - h;
  };
  const seen = new Map<string, { page: number; y: number }[]>();
  pages.forEach((lines, p) => {
    for (const l of lines) {
      if (!inMargin(l, p)) continue;
      const key = marginKey(l.text);
      if (!seen.has(key)) seen.set(key, []);
      seen.get(key)!.push({ page: p, y: edge(l, p) });
    }
  });
  const recurrence = (key: string, y: number) => new Set((seen.get(key) ?? []).filter((s) => Math.abs(s.y - y) <= SAME_HEIGHT).map((s) => s.page)).size;
  const threshold = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines, p) => {
    // (the page's line spacing, measured once and only when a bare number in a margin needs it)
    let pitch: number | undefined;
    const pagePitch = () => (pitch ??= linePitch(lines));
    return lines.filter((l, i) => {
      if (!inMargin(l, p)) return true;
      const key = marginKey(l.text);
      // (unless it continues a cell of the line above, itself not a running header or footer)
      if (PAGE_NUMBER.test(key)) {
        // (page numbers recur: most pages have one at that height; a bare number at a page's top on
        // a few pages is the rest of a cell the page before cut, «930» of «bbox="930 1048 …»)
        if (recurrence(key, edge(l, p)) < threshold) return true;
        const above = lines[i - 1];
        return !!above && continuesCell(above, l, pagePitch()) && !(inMargin(above, p) && recurrence(marginKey(above.text), edge(above, p)) >= threshold);
      }
      if (p === 0 && l.y <= (geometry[p]!.height || 842) / 2) return true;
      return recurrence(key, edge(l, p)) < threshold;
    });
  });
}

/**
 * Whether a line (a bare number in a margin) continues a table cell of the line above: it follows
 * it at a wrapped line's distance (at most 1.3 font sizes, or the page's own line spacing when it
 * sets its lines further apart: `pagePitch`) and starts where one of its cells starts ("Marzo" /
 * "2020" in a narrow date column at a page's foot), or ends where it ends (a figure right-aligned
 * in its cell: «,0» / «7»). A page number is set apart from the text above it.
 */
function continuesCell(above: PageLine, l: PageLine, pagePitch: number): boolean {
  if (!above.cells.length || !l.cells.length) return false;
  const size = Math.max(...l.cells.map((c) => c.size), ...above.cells.map((c) => c.size));
  const pitch = l.y - above.y;
  // (starting where a cell above starts, or ending where it ends: a figure right-aligned in its cell,
  // cut down its column, «94» / «,0» / «7» / «%» at a page's foot)
  return pitch > 0 && pitch <= Math.max(1.3 * size, Math.min(pagePitch + SAME_PITCH, 2 * size)) && startsOrEndsUnder(above, l);
}

/** Whether the line's first cell starts or ends where a cell of the line above does (within 1 pt). */
function startsOrEndsUnder(above: PageLine, l: PageLine): boolean {
  const first = l.cells[0]!;
  return above.cells.some((c) => Math.abs(c.x - first.x) <= 1 || Math.abs(c.end - first.end) <= 1);
}

/** Two distances between lines this close (pt) are one line spacing. */
const SAME_PITCH = 0.5;

/**
 * A page's line spacing: the smallest distance between consecutive lines that recurs on it at
 * least three times (the lines of wrapped cells and paragraphs; a layout with a line height of
 * 1.5 sets them 13.5 pt apart in a 9 pt font). 0 when none recurs.
 */
function linePitch(lines: readonly PageLine[]): number {
  const pitches: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const d = lines[i]!.y - lines[i - 1]!.y;
    if (d > 0 && lines[i]!.text.trim() && lines[i - 1]!.text.trim()) pitches.push(d);
  }
  pitches.sort((a, b) => a - b);
  for (let i = 0; i + 2 < pitches.length; i++) if (pitches[i + 2]! - pitches[i]! <= SAME_PITCH) return pitches[i]!;
  return 0;
}

/**
 * Whether the line after lines[i] continues cells of it: it follows at a wrapped line's distance
 * (at most `wrap` font sizes: the document's, spacing.ts wrapLimit; 1.3 at single spacing), with fewer cells (or both one cell: a text wrapped down one column),
 * each starting where a cell of lines[i] starts. A table header is repeated whole: lines at a page
 * top that match an earlier header but end inside a wrapped cell are the first lines of a data row
 * (a row printed again, as an objective over each of its goals).
 */
function continuedBelow(lines: readonly PageLine[], i: number, wrap: number): boolean {
  const a = lines[i]!;
  const b = lines[i + 1];
  if (!b || !b.cells.length || (b.cells.length >= a.cells.length && !(a.cells.length === 1 && b.cells.length === 1))) return false;
  const size = Math.max(...a.cells.map((c) => c.size), ...b.cells.map((c) => c.size));
  const pitch = b.y - a.y;
  return pitch > 0 && pitch <= wrap * size && b.cells.every((c) => a.cells.some((d) => Math.abs(d.x - c.x) <= 1));
}

/** Key of a line for repeated-header matching: whitespace collapsed. */
function rowKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/**
 * A line with at least two columns (a run of two or more spaces between text), mostly letters,
 * and no cell that is a figure alone (a data row's amount, percentage or count, or the first
 * fragment of one cut down a narrow column: «Porcentaje de publicaciones  10»; a year may head a
 * column) or a missing value («Porcentaje  N/A», or its first fragment, «Porcentaje de  N/», cut
 * down a narrow column): such a line at a page top is a data row.
 */
function looksLikeHeaderRow(line: PageLine): boolean {
  const t = line.text.trim();
  if (!/\S {2,}\S/.test(t)) return false;
  if (dataRow(line)) return false;
  const letters = (t.match(/\p{L}/gu) ?? []).length;
  const digits = (t.match(/\d/g) ?? []).length;
  return letters > 3 * digits;
}

/**
 * A line with a cell that is a figure alone (not a year) or a missing value, or its first fragment
 * cut down a narrow column («N/»): a data row. A repeated header's first line is none («% de
 * avance:  100%» and «Entidad(es) ejecutora(s):  UNIDAD DE SEGURIDAD CIUDADANA» at a page top, rows
 * of a goal's form the page before printed for another goal). (A goal carried to a page's top,
 * «Porcentaje de asistencias técnicas  N/» / «ejecutadas  A», as on the page before at a table's
 * start, is a data row: dropped as a repeated header, the CNE matrix lost it with no warning.)
 */
function dataRow(line: PageLine): boolean {
  return line.cells.some((c) => (FIGURE_CELL.test(c.text.trim()) && !YEAR.test(c.text.trim())) || isMissing(c.text) || CUT_MISSING.test(c.text.trim()));
}

/** A cell that is only a figure: digits with separators, maybe a sign, a currency or a percent sign. */
const FIGURE_CELL = /^[-+$]?\s?\d[\d.,]*\s?%?$/;
const YEAR = /^(19|20)\d\d$/;
/** «N/», the first fragment of «N/A» cut down a narrow column. */
const CUT_MISSING = /^N\/$/i;

/**
 * Drops the table header a page repeats at its top: the longest run of the page's first lines
 * that also occurs, in the same order, at the start of a table (page top, or after a blank or
 * one-column line) on the page before (a table broken across pages repeats its header on every
 * page it crosses; the same header further back heads another table of the same form, which
 * starts on this page), when one of them has two or more columns of mostly words and the first is
 * no data row (a data row repeated across pages has numbers, or follows other rows, and stays), and the line
 * after the run does not continue its cells (continuedBelow).
 */
function dropRepeatedTableHeaders(pages: PageLine[][]): PageLine[][] {
  const wrap = wrapLimit(pages);
  // The page before's lines as printed (its own repeated header included).
  let before: { keys: string[]; tops: boolean[] } | null = null;
  return pages.map((lines) => {
    const nonBlank = lines.map((l, i) => ({ key: rowKey(l.text), i })).filter((x) => x.key !== '');
    let best = 0;
    if (before) {
      const { keys: earlier, tops } = before;
      for (let s = 0; s < earlier.length; s++) {
        // A header starts its table: the earlier copy must not follow another table row.
        if (!tops[s]) continue;
        let k = 0;
        while (k < nonBlank.length && k < MAX_REPEATED_HEADER && s + k < earlier.length && earlier[s + k] === nonBlank[k]!.key) k++;
        if (k > best && nonBlank.slice(0, k).some((x) => looksLikeHeaderRow(lines[x.i]!)) && !dataRow(lines[nonBlank[0]!.i]!) && !continuedBelow(lines, nonBlank[k - 1]!.i, wrap)) best = k;
      }
    }
    before = {
      keys: nonBlank.map((x) => x.key),
      tops: nonBlank.map((x, n) => n === 0 || x.i - nonBlank[n - 1]!.i > 1 || !/\S {2,}\S/.test(lines[nonBlank[n - 1]!.i]!.text.trim())),
    };
    if (best === 0) return lines;
    const drop = new Set(nonBlank.slice(0, best).map((x) => x.i));
    return lines.filter((_, i) => !drop.has(i));
  });
}

/** Lines without the blank ones at the start and end. */
/** Lines of a page's end or start looked at for the table there (partTablesAtPageBreaks). */
const BREAK_REACH = 6;
/** A gap between lines this many times their spacing parts two rows (firstRowHeight). */
const ROW_PADDING = 1.1;

/** A cell of text, not a figure or a mark: two letters in a row. */
const hasWords = (c: LineCell): boolean => /\p{L}{2}/u.test(c.text);

/**
 * The column starts of the table rows (lines of two cells or more) among `lines`; null when fewer
 * than two such lines. Cells of figures are left out: a figure right-aligned in its cell starts
 * anywhere in its column.
 */
function tableStarts(lines: readonly PageLine[]): number[] | null {
  const rows = lines.filter((l) => l.cells.length >= 2);
  if (rows.length < 2) return null;
  return rows.flatMap((l) => l.cells.filter(hasWords).map((c) => c.x));
}

/**
 * The height of the first row of a page's lines, and the lines' spacing (the page's smallest): down
 * to the first gap between lines wider than that spacing (a table whose cell padding sets its rows
 * apart), plus one line; the whole page's lines when no such gap shows (rows as close as lines).
 */
function firstRow(lines: readonly PageLine[]): { height: number; pitch: number } | null {
  const gaps = lines.slice(1).map((l, k) => l.y - lines[k]!.y);
  const pitch = Math.min(...gaps.filter((g) => g > 0));
  if (!Number.isFinite(pitch)) return null;
  const end = gaps.findIndex((g) => g > ROW_PADDING * pitch);
  const last = end < 0 ? lines.length - 1 : end;
  return { height: lines[last]!.y - lines[0]!.y + pitch, pitch };
}

/**
 * A page that ends with room left for the next page's first row, in a table, and a next page that
 * starts with a table on other columns: two tables, not one going on. The row would have fitted,
 * so something unprinted parted the two tables (the empty lines between them in the text the PDF
 * was printed from, fallen at the page's foot): a blank line starts the next page, as when the two
 * tables are printed on one page with room between them. The room is measured down to the lowest
 * last line of the document's pages as tall; it must take the row and half a line more (a whole
 * line more missed the CNE matrix's unit 19 on A4 at 11 pt, 1.4 lines: 72 pt of room for a row of
 * 61.5 at 15 pt a line, its goal then read as unit 18's). The tables share no column start (within
 * a font size), the second showing two or more. A next page whose first rows (two or more) run a
 * text over two texts of one line of the table above is another table too, room or not
 * (crossingRows): two columns of one table do not flow into each other; and so is one whose first
 * rows start a text inside a left-aligned column of that table, off its start (shiftedRows), on
 * pages whose centred columns were not left-aligned.
 */
function partTablesAtPageBreaks(pages: PageLine[][], geometry: readonly PositionedPage[], centred: readonly boolean[]): PageLine[][] {
  const floors = pageFloors(pages, geometry);
  return pages.map((lines, p) => {
    if (p === 0 || !lines.length || !pages[p - 1]!.length) return lines;
    const above = pages[p - 1]!;
    const before = tableStarts(above.slice(-BREAK_REACH));
    const after = tableStarts(lines.slice(0, BREAK_REACH));
    if (!before || !after) return lines;
    const size = Math.max(...lines.slice(0, BREAK_REACH).flatMap((l) => l.cells.map((c) => c.size)));
    const room = floors[p - 1]! - above.at(-1)!.y;
    const row = firstRow(lines);
    const fitted = !!row && room >= row.height + 0.5 * row.pitch;
    const shared = after.some((x) => before.some((b) => Math.abs(b - x) <= size));
    const columns = new Set(after.map((x) => Math.round(x)));
    const top = lines.slice(0, BREAK_REACH);
    const foot = lastBlock(above);
    // (columns that centred.ts left-aligned start where each page's widest line does: no measure)
    const shifted = !centred[p - 1] && !centred[p] && shiftedRows(top, foot, size) >= 2;
    const parted = !shared && ((fitted && columns.size >= 2) || crossingRows(top, foot, size) >= 2 || shifted);
    return parted ? [{ text: '', y: lines[0]!.y - size, cells: [] }, ...lines] : lines;
  });
}

/**
 * How many table rows among `lines` hold a text over two texts of one line of the page above (by
 * more than `size` each): a row of another table, whose columns are not that table's (the CNE
 * matrix's 2-cell rows «indicador» / «N/A», each indicator as wide as the 5-column table above
 * it, from its unit's name to its indicators). A text within one column of the table above,
 * however that column's texts start (right-aligned, centred), overlaps one text of each line.
 */
function crossingRows(lines: readonly PageLine[], above: readonly PageLine[], size: number): number {
  const overlap = (c: LineCell, d: LineCell) => Math.min(c.end, d.end) - Math.max(c.x, d.x) > size;
  return lines.filter((l) => l.cells.length >= 2 && l.cells.some((c) => hasWords(c)
    && above.some((a) => a.cells.filter((d) => hasWords(d) && overlap(c, d)).length >= 2))).length;
}

/** Texts of a left-aligned column start within this many points of each other. */
const SAME_START = 1;
/** A left-aligned column shows this many texts at least. */
const MIN_COLUMN_TEXTS = 3;

/**
 * How many table rows among `lines` hold a text that starts inside the texts of a left-aligned
 * column of the page above (three or more, all starting at one x), more than `size` right of
 * where they start: a column of another table (each HTML table sizes its own columns; the CNE
 * matrix's unit 19 in US Letter serif, cells at the bottom of their rows, its indicators 26 pt
 * further in than unit 18's). One table going on starts its column's texts where they started;
 * a right-aligned column's texts start anywhere, so they show no one start to measure against.
 */
function shiftedRows(lines: readonly PageLine[], above: readonly PageLine[], size: number): number {
  const texts = above.flatMap((l) => l.cells.filter(hasWords));
  return lines.filter((l) => l.cells.length >= 2 && l.cells.some((c) => {
    if (!hasWords(c)) return false;
    const over = texts.filter((d) => d.x < c.x && d.end > c.x);
    return over.length >= MIN_COLUMN_TEXTS && over.every((d) => Math.abs(d.x - over[0]!.x) <= SAME_START) && c.x - over[0]!.x > size;
  })).length;
}

/**
 * The lines of the table a page ends with: after its last blank line. (Counting back to a title
 * instead, a one-cell line under a blank one, took in the tables above it on the page: the CNE
 * matrix on Legal paper, centred, then gave unit 26's last row to unit 27.)
 */
function lastBlock(lines: readonly PageLine[]): readonly PageLine[] {
  const blank = lines.findLastIndex((l) => l.cells.length === 0);
  return lines.slice(blank + 1);
}

function trimBlank(lines: PageLine[]): PageLine[] {
  let a = 0;
  let b = lines.length;
  while (a < b && lines[a]!.text.trim() === '') a++;
  while (b > a && lines[b - 1]!.text.trim() === '') b--;
  return lines.slice(a, b);
}
