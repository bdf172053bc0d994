/**
 * Tables whose cells sit in the middle of their row (`vertical-align: middle`, as spreadsheets
 * export them) or at its bottom (a spreadsheet's default) → the same table with each cell moved up
 * to its row's top, as the rest of the extraction reads tables (a row starts where its cells' first
 * lines are: lines.ts, wrapped.ts).
 *
 * In such a table a one-line cell beside a five-line one is printed on the five-line cell's third
 * line, so read as printed it looks like a row of its own, or the continuation of the row above.
 * What tells the two alignments apart is which edge the cells of a row share: top-aligned cells
 * start on the same line, middle-aligned ones are centred on the same height. A page's text is cut
 * into stacks (the lines of one cell: boxes of text one line spacing apart that overlap across),
 * and when more pairs of stacks share a centre with different tops than share a top with different
 * centres, each group of stacks centred together is moved up to the top of its highest stack; and
 * likewise with the bottom edge (see MIN_BOTTOM_PAIRS), the stacks first cut where a row ends
 * (cutAtRowEnds). In a document whose pages are middle- or bottom-aligned (documentAlignment), a page
 * with a single such pair is too (lines.ts reads every page's votes first: pageAlignment).
 * Pure: items in, items out (a page read by OCR is left as it is, lines.ts).
 */
import type { PositionedItem } from './lines.ts';
import { spacingOf } from './spacing.ts';

/** Items of one line: baselines within half a font size of the line's first item. */
const SAME_LINE = 0.5;
/** Items closer than this many font sizes are one box of text (the words of a cell's line). */
const BOX_GAP = 0.5;
/** Two lines of one cell are one line spacing apart within this many font sizes (a browser puts lines on whole pixels, 0.75 pt)... */
const PITCH_SLACK = 0.12;
/** ... or this many points. */
const PITCH_SLACK_PT = 1;
/** Two stacks share a centre (or a top) within this many font sizes, or MIN_SAME_PT points. */
const SAME_EDGE = 0.2;
const MIN_SAME_PT = 1;
/** Two stacks have different tops (or centres) from this many font sizes apart. */
const APART = 0.5;
/**
 * A page's tables are middle-aligned with at least MIN_PAIRS pairs of stacks centred together at
 * different tops, and MIDDLE_OVER_TOP times as many as pairs that start together at different centres
 * (a middle-aligned table has none of those; in a top-aligned one, a cell that wraps over as many
 * lines as the row below it has, beside a short one, looks centred with the row below's cells).
 */
const MIN_PAIRS = 2;
/**
 * Tables whose cells sit at the bottom of their row (a spreadsheet's default) need more: at least
 * MIN_BOTTOM_PAIRS pairs of stacks ending together at different tops, and BOTTOM_OVER_TOP times as
 * many as pairs starting together. In a top-aligned table whose rows are printed as close as a cell's
 * lines, the cells of one column make one stack down several rows, and it ends with the last row's
 * cells: a few bottom pairs with hardly a top pair (the CNE matrix printed unruled, page 2: 4 and 1).
 */
const MIN_BOTTOM_PAIRS = 2;
const BOTTOM_OVER_TOP = 5;
/**
 * ... and in MIN_BOTTOM_ROWS rows or more: where the measured line spacing is a small table's row
 * pitch (few cells wrap), each column makes one stack down to the table's last row, and those
 * stacks, started on different rows, all end together there, in one row only.
 */
const MIN_BOTTOM_ROWS = 2;
const MIDDLE_OVER_TOP = 3;

/** Items (sorted by baseline, then x) grouped in lines: baselines within SAME_LINE font sizes of the line's first item. */
export function rowsByBaseline(items: readonly PositionedItem[]): PositionedItem[][] {
  const rows: PositionedItem[][] = [];
  let current: PositionedItem[] = [];
  let rowY = 0;
  let rowSize = 0;
  for (const it of items) {
    if (current.length && Math.abs(it.y - rowY) >= SAME_LINE * Math.min(rowSize, it.size)) {
      rows.push(current);
      current = [];
    }
    if (!current.length) {
      rowY = it.y;
      rowSize = it.size;
    }
    current.push(it);
  }
  if (current.length) rows.push(current);
  return rows;
}

/** Text of one line close enough to be one cell's: its items, edges and baseline. */
export interface Box {
  items: PositionedItem[];
  x: number;
  end: number;
  y: number;
  size: number;
  /** The box one line below it in the same cell, once linked. */
  below?: Box;
  linked?: boolean;
}

/** The lines of one cell: boxes one line spacing apart, each overlapping the one above across. */
interface Stack {
  boxes: Box[];
  /** The top of its first line, the middle of its lines and the bottom of its last (from baselines and font size: see ASCENT, MIDDLE, DESCENT). */
  top: number;
  centre: number;
  bottom: number;
  size: number;
}

/**
 * A line's top is this many font sizes above its baseline, its middle this many: what places
 * stacks in different sizes (a large «a)» beside a small description centred on the same height).
 */
const ASCENT = 0.75;
const MIDDLE = 0.35;
const DESCENT = 0.2;

export function boxesOf(row: readonly PositionedItem[]): Box[] {
  const sorted = [...row].sort((a, b) => a.x - b.x);
  const boxes: Box[] = [];
  for (const it of sorted) {
    const last = boxes.at(-1);
    if (last && it.x - last.end < BOX_GAP * Math.max(it.size, last.size)) {
      last.items.push(it);
      last.end = Math.max(last.end, it.x + it.width);
      last.size = Math.max(last.size, it.size);
    } else boxes.push({ items: [it], x: it.x, end: it.x + it.width, y: it.y, size: it.size });
  }
  return boxes;
}

const across = (a: Box, b: Box) => a.x < b.end && b.x < a.end;
const overlap = (a: Box, b: Box) => Math.min(a.end, b.end) - Math.max(a.x, b.x);

/** The distances (font sizes) from each box to the nearest box above it that overlaps it across. */
function boxPitches(rows: readonly Box[][]): number[] {
  const ratios: number[] = [];
  rows.forEach((row, k) => {
    for (const b of row) {
      // (the nearest box above that overlaps it across)
      for (let j = k - 1; j >= 0; j--) {
        const a = rows[j]!.find((x) => across(x, b));
        if (a) {
          ratios.push((b.y - a.y) / Math.max(a.size, b.size));
          break;
        }
      }
    }
  });
  return ratios;
}

/**
 * How far apart (font sizes) the lines of one cell are on this page: the spacing of boxes over
 * boxes; null when too few. A page whose tables have rows of one line mostly (a few cells wrap)
 * shows its rows' spacing more often than its lines': given the document's (documentCellSpacing),
 * the page's is the document's when the page's own is ROWS_OVER further or more and DOCUMENT_PAIRS
 * of its boxes or more are that far apart (the Ministerio report on Legal landscape, cells at the
 * bottom, page 9: three budget rows of two lines under 30 rows of one). A page with no frequent
 * spacing of its own keeps none, and two or three pairs are not enough: the real evaluación del POA
 * has pages of prose at 1.72 font sizes with two or three pairs at its tables' 1.23, and read with
 * 1.23 a bullet left its line.
 */
function cellLineSpacing(rows: readonly Box[][], document: number | null = null): number | null {
  const ratios = boxPitches(rows);
  const own = spacingOf(ratios)?.line ?? null;
  if (document === null) return own;
  if (own === null || own < document + ROWS_OVER) return own;
  const near = ratios.filter((r) => Math.abs(r - document) <= PITCH_SLACK).length;
  return near >= DOCUMENT_PAIRS ? document : own;
}

/** A page's own cell spacing this many font sizes above the document's is its rows' (cellLineSpacing)... */
const ROWS_OVER = 0.15;
/** ... when this many of its boxes are the document's spacing apart. */
const DOCUMENT_PAIRS = 5;

/** The rows of boxes of a page's items, cells a table's borders put in their rows taken where they were printed. */
export function boxRows(all: readonly PositionedItem[]): Box[][] {
  // (cells a table's borders put in their rows, ruled.ts, vote where they were printed and stay)
  const items = all.some((it) => it.placed !== undefined)
    ? all.map((it) => (it.placed === undefined ? it : { ...it, y: it.placed })).sort((a, b) => a.y - b.y || a.x - b.x)
    : all;
  return rowsByBaseline(items).map(boxesOf);
}

/** The spacing of one cell's lines (font sizes) over all of a document's pages (their items); null when too few. */
export function documentCellSpacing(pages: readonly (readonly PositionedItem[])[]): number | null {
  return rowsCellSpacing(pages.map(boxRows));
}

/** documentCellSpacing from the pages' rows of boxes (boxRows), when they are at hand. */
export function rowsCellSpacing(pages: readonly (readonly Box[][])[]): number | null {
  return spacingOf(pages.flatMap(boxPitches))?.line ?? null;
}

/** The page's stacks: each box linked to the box one line spacing above it that overlaps it most and has none below yet. */
function stacksOf(rows: readonly Box[][], spacing: number): Stack[] {
  const stacks: Stack[] = [];
  rows.forEach((row, k) => {
    for (const b of row) {
      let best: Box | null = null;
      const slack = Math.max(PITCH_SLACK * b.size, PITCH_SLACK_PT);
      for (let j = k - 1; j >= 0; j--) {
        // (each box's own baseline: a row groups baselines half a font size apart)
        const near = rows[j]!.filter((a) => Math.abs(b.y - a.y - spacing * b.size) <= slack);
        for (const a of near) if (!a.below && across(a, b) && (!best || overlap(a, b) > overlap(best, b))) best = a;
        if (Math.min(...rows[j]!.map((a) => b.y - a.y)) > spacing * b.size + slack) break;
      }
      if (best) {
        best.below = b;
        b.linked = true;
      }
    }
  });
  for (const row of rows) {
    for (const b of row) {
      if (b.linked) continue;
      const boxes = [b];
      while (boxes.at(-1)!.below) boxes.push(boxes.at(-1)!.below!);
      stacks.push(stackOf(boxes));
    }
  }
  return stacks;
}

/** A stack of boxes (top to bottom) with its edges. */
function stackOf(boxes: Box[]): Stack {
  const size = Math.max(...boxes.map((x) => x.size));
  const first = boxes[0]!.y;
  const last = boxes.at(-1)!.y;
  return { boxes, top: first - ASCENT * size, centre: (first + last) / 2 - MIDDLE * size, bottom: last + DESCENT * size, size };
}

/**
 * The stacks cut after each line that ends where a row ends: where two stacks or more end together
 * (a bottom-aligned row's last line). Rows printed as close as a cell's lines make the cells of one
 * column one stack down several rows; in a bottom-aligned table every cell of a row ends on the
 * row's last line, so a stack going on past it is the next row's cell.
 */
function cutAtRowEnds(stacks: readonly Stack[], byBottom: readonly Stack[][]): Stack[] {
  const ends = byBottom.filter((g) => g.length >= 2).map((g) => ({ at: g[0]!.bottom, size: g[0]!.size }));
  const out: Stack[] = [];
  for (const s of stacks) {
    let from = 0;
    s.boxes.forEach((b, k) => {
      if (k === s.boxes.length - 1) return;
      const bottom = b.y + DESCENT * b.size;
      if (!ends.some((e) => Math.abs(bottom - e.at) <= Math.max(SAME_EDGE * Math.max(b.size, e.size), MIN_SAME_PT))) return;
      out.push(stackOf(s.boxes.slice(from, k + 1)));
      from = k + 1;
    });
    out.push(from === 0 ? s : stackOf(s.boxes.slice(from)));
  }
  return out;
}

/** Stacks in groups whose `edge` (top or centre) is within SAME_EDGE of the group's first (sorted by it). */
function groupsBy(stacks: readonly Stack[], edge: (s: Stack) => number): Stack[][] {
  const sorted = [...stacks].sort((a, b) => edge(a) - edge(b));
  const groups: Stack[][] = [];
  for (const s of sorted) {
    const g = groups.at(-1);
    if (g && edge(s) - edge(g[0]!) <= Math.max(SAME_EDGE * s.size, MIN_SAME_PT)) g.push(s);
    else groups.push([s]);
  }
  return groups;
}

/** Pairs of stacks in a group whose `other` edge is APART or more font sizes apart. */
function pairsApart(groups: readonly Stack[][], other: (s: Stack) => number): number {
  let n = 0;
  for (const g of groups) {
    for (let i = 0; i < g.length; i++) {
      for (let j = i + 1; j < g.length; j++) if (Math.abs(other(g[i]!) - other(g[j]!)) >= APART * Math.max(g[i]!.size, g[j]!.size)) n++;
    }
  }
  return n;
}

/** Groups with at least one pair of stacks whose `other` edge is APART or more font sizes apart. */
function groupsApart(groups: readonly Stack[][], other: (s: Stack) => number): number {
  return groups.filter((g) => pairsApart([g], other) > 0).length;
}

/**
 * Pairs of a page's stacks centred together at different tops (`middle`), ending together at
 * different tops (`bottom`, in `bottomRows` rows), and starting together at different centres (`top`).
 */
export interface AlignmentVotes {
  middle: number;
  bottom: number;
  bottomRows: number;
  top: number;
}

/** Whether a document's pages are middle-aligned, or bottom-aligned (documentAlignment). */
export interface DocumentAlignment {
  middle: boolean;
  bottom: boolean;
}

/** A page's alignment as read (its votes) and the page with its cells moved up when it or its document is middle- or bottom-aligned. */
export interface PageAlignment {
  votes: AlignmentVotes;
  /** `document`: how the document's pages are aligned (documentAlignment()). */
  apply: (document?: DocumentAlignment) => readonly PositionedItem[];
}

/** A page's votes make it middle-aligned... */
const middlePage = (v: AlignmentVotes) => v.middle >= MIN_PAIRS && v.middle >= MIDDLE_OVER_TOP * v.top;
/** ... or bottom-aligned... */
const bottomPage = (v: AlignmentVotes) => v.bottom >= MIN_BOTTOM_PAIRS && v.bottom >= BOTTOM_OVER_TOP * v.top && v.bottomRows >= MIN_BOTTOM_ROWS;
/** ... or top-aligned: its pairs starting together outvote the others. */
const topPage = (v: AlignmentVotes) => v.top >= MIN_PAIRS && !middlePage(v) && !bottomPage(v);

/**
 * Whether a document's pages are middle-aligned (MIN_PAIRS pages or more are, middlePage, and
 * MIDDLE_OVER_TOP times as many as top-aligned pages), and whether they are bottom-aligned (as many
 * bottomPage, or the pairs of all its pages together make a bottomPage).
 */
export function documentAlignment(pages: readonly AlignmentVotes[]): DocumentAlignment {
  const top = pages.filter(topPage).length;
  const many = (n: number) => n >= MIN_PAIRS && n >= MIDDLE_OVER_TOP * top;
  // (or bottom-aligned by the document's pairs together, as one page's would be: a short document,
  // each page a table row or two, shows one pair ending together a page and none starting together
  // (the Quito report on Legal landscape, cells at the bottom: two pages, one bottom pair on each).
  // Not so for centred pairs: a short line centred under a wider one is common outside tables.)
  const all = pages.reduce((a, v) => ({ middle: 0, bottom: a.bottom + v.bottom, bottomRows: a.bottomRows + v.bottomRows, top: a.top + v.top }), NO_VOTES);
  return { middle: many(pages.filter(middlePage).length), bottom: many(pages.filter(bottomPage).length) || bottomPage(all) };
}

/**
 * A page's items (sorted by baseline, then x) with the cells of middle- or bottom-aligned tables
 * moved up to their row's top (see above), sorted again; the items themselves when the page shows
 * no such table.
 */
export function topAligned(items: readonly PositionedItem[]): readonly PositionedItem[] {
  return pageAlignment(items).apply();
}

const NO_VOTES: AlignmentVotes = { middle: 0, bottom: 0, bottomRows: 0, top: 0 };
const NOT_ALIGNED: DocumentAlignment = { middle: false, bottom: false };

/**
 * topAligned in two steps: the page's votes, then the moves. A page of prose with one key beside its
 * value shows a single pair: in a middle-aligned document (documentAlignment) it is middle-aligned
 * with one centred pair of its own, no more top pairs than MIDDLE_OVER_TOP allows (the plan printed
 * on Letter, serif, cells in the middle, page 19: «Institución o actor responsable de la
 * implementación», six lines, beside «Ministerio de Telecomunicaciones …», one, centred on them),
 * and in a bottom-aligned document bottom-aligned with one pair ending together (the plan on A4
 * landscape, cells at the bottom, page 25: the institution on the last of its key's three lines).
 */
export function pageAlignment(all: readonly PositionedItem[], documentSpacing: number | null = null, rows: Box[][] = boxRows(all)): PageAlignment {
  const spacing = rows.length < 3 ? null : cellLineSpacing(rows, documentSpacing);
  if (spacing === null) return { votes: NO_VOTES, apply: () => all };
  const stacks = stacksOf(rows, spacing);
  const byCentre = groupsBy(stacks, (s) => s.centre);
  const middle = pairsApart(byCentre, (s) => s.top);
  const byBottom = groupsBy(stacks, (s) => s.bottom);
  const bottom = pairsApart(byBottom, (s) => s.top);
  const top = pairsApart(groupsBy(stacks, (s) => s.top), (s) => s.centre);
  const bottomRows = groupsApart(byBottom, (s) => s.top);
  const votes = { middle, bottom, bottomRows, top };
  const apply = (document = NOT_ALIGNED) => {
    const centred = (middlePage(votes) || (document.middle && middle >= 1)) && middle >= MIDDLE_OVER_TOP * top;
    const bottomed = (bottomPage(votes) || (document.bottom && bottom >= 1)) && bottom >= BOTTOM_OVER_TOP * top;
    // (both: the edge more pairs share)
    const groups = centred && (!bottomed || middle >= bottom) ? byCentre : bottomed ? byBottom : null;
    if (groups === null) return all;
    // (bottom: each stack cut where a row ends, then grouped again)
    const rowGroups = groups === byBottom ? groupsBy(cutAtRowEnds(stacks, byBottom), (s) => s.bottom) : groups;
    const moved = new Map<PositionedItem, number>();
    for (const g of rowGroups) {
      const rowTop = Math.min(...g.map((s) => s.top));
      for (const s of g) {
        if (s.top === rowTop) continue;
        for (const b of s.boxes) for (const it of b.items) if (it.placed === undefined) moved.set(it, rowTop - s.top);
      }
    }
    return all
      .map((it) => (moved.has(it) ? { ...it, y: it.y + moved.get(it)! } : it))
      .sort((a, b) => a.y - b.y || a.x - b.x);
  };
  return { votes, apply };
}
