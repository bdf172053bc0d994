/**
 * Justified text in table cells (`text-align: justify`): every line of a cell but its last is
 * stretched from the cell's left edge to its right edge, the room left spread evenly over its word
 * gaps. Those gaps are often as wide as the gap between two cells (wider, on a line of two or three
 * words), so a gap's width alone cannot tell the words of one cell from two cells. What does:
 * - the gaps of one stretched line are equal to each other (to a few tenths of a point, GAP_SAME), and
 * - the line runs exactly from its cell's left edge to its right edge, the same two edges as the
 *   cell's other stretched lines, and as its lines that PDF.js read as one text (it joins words
 *   drawn closer than ~0.6 em).
 * So the spans (left edge, right edge) of a page's justified cells are learnt from its lines that
 * show them alone (one text with spaces, or three or more words at equal gaps), or from two lines of
 * words stretched over the same edges whose last words start at different places, and a row's
 * words at equal gaps from one such left edge to its right edge are one cell's line, when other
 * rows of the same table block show that span and the words are text, not figures (or, over a
 * span two other rows show alone, not all figures: «re   2019», a cut word's end and a year).
 *
 * Pure: a page's rows of positioned items in, each row's stretched gaps out.
 */
import type { PositionedItem } from './lines.ts';
import { countAtMost } from '../../lib/sorted.ts';

/** The left and right edges (points) of a justified cell's stretched line, and the row showing it. */
interface Span {
  x: number;
  end: number;
  row: number;
}

/** An item of a block, with the item before it on its row and its row. */
interface BlockItem {
  it: PositionedItem;
  prev: PositionedItem | undefined;
  row: number;
}

/** Edges and gaps are the same within this many points (PDF.js rounds positions to ~0.01 pt). */
const SAME = 0.2;
/**
 * The word gaps of one stretched line are equal within this share of the font size: the browser
 * spreads the room evenly, but PDF.js's run widths put the gaps it shows up to 0.4 pt apart at 7 pt
 * («LINK» «AL» «MEDIO» «DE» 15.11, 15.24, 15.50). (0.2 pt kept most justified lines of the B5 7 pt
 * layout in columns; 0.05 of the font size gave 139 records and flags differing in `otras2`, 0.07
 * 100, 0.1 126.)
 */
const GAP_SAME = 0.07;
/**
 * The word gaps of a line stretched over a span that two other lines show alone (one cell's lines
 * between those very edges) are equal within this share of the font size.
 */
const GAP_CLOSE = 0.15;
/** A gap narrower than this share of the font size joins two pieces of one word (rowCells). */
export const WORD_GAP = 0.12;
/** PDF.js joins text drawn closer than this share of the font size into one run (with a space). */
const RUN_GAP = 0.6;
/**
 * The stretched lines of one cell in a word processor's PDF end within this share of the font size
 * of each other («CORRECTIVO   DE   LOS» at 157.64 pt, «TRANSFORMADORES   DEL» below it at 157.42, in
 * the Portoparques management report; 0.6 em let natural last lines pass for stretched ones in the
 * B5 7 pt layout: 4 more records and flags differing in `otras2`).
 */
const END_SAME = 0.1;

const end = (it: PositionedItem) => it.x + it.width;
/**
 * Text, not figures: more letters than digits. A row of figures in columns of equal width has
 * equal gaps too («0.00  100.00  100.00» in a budget sheet, and PDF.js joins two of them into one
 * text), and so may a code and its amount («.000.13.01.A00.0.000  5.37»).
 */
const wordy = (items: readonly PositionedItem[]) => {
  const s = items.map((it) => it.str).join(' ');
  return (s.match(/\p{L}/gu) ?? []).length > (s.match(/\d/g) ?? []).length;
};

/**
 * As many letters as digits at least, and some: a figure and a word of a cell («85%   DE», the
 * first line of «85% DE EJECUCIÓN PRESUPUESTARIA» stretched) reads as text too; a row of figures,
 * or a code and its amount, has more digits.
 */
const asWordy = (items: readonly PositionedItem[]) => {
  const s = items.map((it) => it.str).join(' ');
  const letters = (s.match(/\p{L}/gu) ?? []).length;
  return letters > 0 && letters >= (s.match(/\d/g) ?? []).length;
};

/**
 * A stretched line of text among codes and figures («contratos   CGAJ   2017-037   CGAJ   2017-051»
 * in an observations column): wordy, or two words or more of letters alone. (A row of a label and
 * figures in equal columns has one.)
 */
const textual = (items: readonly PositionedItem[]) => wordy(items) || items.filter((it) => /^\p{L}{2,}[.,;:]?$/u.test(it.str)).length >= 2;

/**
 * Not figures alone: some item is not a number («re   2019», «2020   –», the end of a cut word and a
 * year; «bbox="1195   1200   1441», a line of markup printed as text).
 */
const unfigured = (items: readonly PositionedItem[]) => items.some((it) => !/^[-+(]?[$€]?\d[\d.,]*%?\)?$/.test(it.str));

/**
 * A sign or mark alone, no letter or digit («%», «–», «/»): a word inside a stretched line («TOTAL
 * %   CUMPLIMIENTO   DE»), not its last (a currency sign in a column of its own, «Enero 2025   $»
 * on every row of a budget table, ends no line of text).
 */
const mark = (it: PositionedItem) => /^[^\p{L}\p{N}\s]+$/u.test(it.str);

/**
 * For each row of a page (items sorted by x; `blankBefore[k]`: a blank line parts row k from the
 * row above), the indexes of its items whose gap before them is a stretched word gap: the row's
 * items from a span's left edge to its right edge at word gaps equal to each other (one gap on a
 * line of two words), when other rows of the same block (a table, or a part of one, between blank
 * lines) show that span: one row alone (a text with spaces, or three or more words at equal gaps,
 * none of them after the first at a column start of the block), or two rows of words at equal
 * gaps from that left edge to that right edge whose last words start at different places (lines
 * of two words: a column of the same text, «Tipo  N/A», or of figures right-aligned, ends at one
 * place too, but its last texts are alike or figures). A row's own items are no evidence: the
 * header of a table whose columns are as wide as their headers has equal gaps between its cells.
 * `justified`: whether the page shows justified cells (two rows or more with stretched gaps); then
 * the lone stretched lines too (loneLines). `lone()`: the gaps with the lone stretched lines of a
 * page that shows none itself, read because another page of the document does (a page holding one
 * table whose header alone is stretched, «GASTO   DE»), from the evidence already gathered.
 */
export function stretchedGaps(
  rows: readonly (readonly PositionedItem[])[], blankBefore: readonly boolean[],
): { gaps: Set<number>[]; justified: boolean; lone: () => Set<number>[] } {
  const block: number[] = [];
  rows.forEach((_, k) => block.push(k === 0 ? 0 : block[k - 1]! + (blankBefore[k] ? 1 : 0)));
  const { alone, pairs, columnStart, sharedStart, startsNear } = evidence(rows, block);

  // (whether other rows of row r's block show the span from x to e: one alone, or two whose last
  // words start at different places)
  const same = (s: Span, x: number, e: number) => Math.abs(s.x - x) <= SAME && Math.abs(s.end - e) <= SAME;
  // (or, for a line of words whose last word starts at `own`, another line of its cell stretched over
  // the same edges, its last word starting elsewhere: right above or below it, or with only lines of
  // one word from the same left edge between them, as a justified cell's lines that cannot stretch
  // («Nacional   de» / «Infraestructura» / «Tecnológica   y», B5 serif zebra justified); and the line
  // above or below the two a word alone from the same left edge, short of the right one: the lines
  // of one cell, «<b>Institución» / «o   actor» / «responsable   de» / «la»; two rows of a table whose
  // last column is right-aligned have no such line)
  const wordAlone = (k: number, x: number, e: number) => {
    const items = (rows[k] ?? []).filter((it) => it.x < e + SAME && end(it) > x - SAME);
    return block[k] !== undefined && items.length === 1 && Math.abs(items[0]!.x - x) <= SAME && end(items[0]!) < e - SAME;
  };
  const shown = (r: number, x: number, e: number, own?: number) => {
    if ((alone.get(block[r]!) ?? []).some((s) => s.row !== r && same(s, x, e))) return true;
    const others = (pairs.get(block[r]!) ?? []).filter((s) => s.row !== r && same(s, x, e));
    const cellOf = (s: Span) => {
      const [a, b] = s.row < r ? [s.row, r] : [r, s.row];
      return (wordAlone(a - 1, x, e) && block[a - 1] === block[r]) || (wordAlone(b + 1, x, e) && block[b + 1] === block[r]);
    };
    const between = (s: Span) => {
      const [a, b] = s.row < r ? [s.row, r] : [r, s.row];
      for (let k = a + 1; k < b; k++) if (block[k] !== block[r] || !wordAlone(k, x, e)) return false;
      return true;
    };
    if (own !== undefined && others.some((s) => Math.abs(s.last - own) > SAME && between(s) && cellOf(s))) return true;
    return others.some((s) => others.some((t) => t.row !== s.row && Math.abs(t.last - s.last) > SAME));
  };
  // (a span that two other rows or more show alone, lines of one cell run between those very edges:
  // the gaps of a line stretched over it may differ more, PDF.js's widths of accented capitals being
  // a little off («GESTIÓN   SUSTANTIVA   AGREGADORA», gaps 7.1 and 6.3 pt at 7 pt, B5 justified))
  const shownTwice = (r: number, x: number, e: number) => (alone.get(block[r]!) ?? []).filter((s) => s.row !== r && same(s, x, e)).length >= 2;
  const found = rows.map((row, r) => {
    const out = new Set<number>();
    for (let i = 0; i < row.length - 1; i++) {
      const last = equalGapsFrom(row, i);
      const loose = equalGapsFrom(row, i, GAP_CLOSE);
      // (the rightmost item, up to where the equal gaps stop, that ends at a span shown)
      for (let j = loose; j > i; j--) {
        const words = row.slice(i, j + 1);
        const text = textual(words) || (unfigured(words) && shownTwice(r, row[i]!.x, end(row[j]!)));
        const wordsOnly = words.every((it) => wordy([it]));
        if (!text || !(j <= last ? shown(r, row[i]!.x, end(row[j]!), wordsOnly ? row[j]!.x : undefined) : shownTwice(r, row[i]!.x, end(row[j]!))) || notOneCell(rows, block, r, row[i]!.x, end(row[j]!))) continue;
        for (let k = i + 1; k <= j; k++) out.add(k);
        i = j;
        break;
      }
    }
    return out;
  });
  const justified = found.filter((s) => s.size > 0).length >= 2;
  if (justified) loneLines(rows, block, columnStart, sharedStart, startsNear, found, false);
  const lone = () => {
    const gaps = found.map((g) => new Set(g));
    loneLines(rows, block, columnStart, sharedStart, startsNear, gaps, true);
    return gaps;
  };
  return { gaps: found, justified, lone };
}

/** A number or a code, digits more than letters («5101», «2025.00.00.A100.110.530246»). */
const numbered = (it: PositionedItem) => /\d/.test(it.str) && !wordy([it]);

/**
 * On a page that shows justified cells, the stretched lines no other row spans alike: a narrow
 * column's «A   Y/O» (of «PROGRAMA Y/O PROYECTO»), a header's «Número   Total» over «Adjudicados»
 * or «TOTAL   DE   PRESUPUESTO». Words at equal gaps from a column's start, those after the first
 * where no other text of the block starts (or only the same words, the same cell repeated), the
 * last ending at its column's right edge: the next column starts exactly the block's cell gap
 * after it (the gap after each cell line that fills its column, which every stretched line does).
 * On a page that shows none itself, read because another page of the document does
 * (`fromDocument`), not a line opening with a number or code: a budget sheet's «5101» beside its
 * item's name, «REMUNERACIONES BASICAS», is two cells.
 */
function loneLines(
  rows: readonly (readonly PositionedItem[])[],
  block: readonly number[],
  columnStart: (it: PositionedItem, r: number) => boolean,
  sharedStart: (it: PositionedItem, r: number) => boolean,
  startsNear: (x: number, r: number) => BlockItem[],
  found: Set<number>[],
  fromDocument: boolean,
): void {
  // (the page's cell gap: the narrowest gap before a cell at a column's start seen 3 times or more;
  // cells are never closer than that, and it recurs after every cell line that fills its column, in
  // every table of a document styled alike: a table whose lines never fill a column shows it too)
  const counts = new Map<number, number>();
  rows.forEach((row, r) => {
    for (let k = 1; k < row.length; k++) {
      if (!columnStart(row[k]!, r)) continue;
      const g = Math.round((row[k]!.x - end(row[k - 1]!)) * 10) / 10;
      counts.set(g, (counts.get(g) ?? 0) + 1);
    }
  });
  const gap = Math.min(...[...counts].filter(([, n]) => n >= 3).map(([g]) => g));
  if (!Number.isFinite(gap)) return;
  // (the page's right edge, when three rows or more reach it: the right edge of its tables' last
  // columns, and of its justified paragraphs)
  const right = Math.max(...rows.map((row) => end(row[row.length - 1]!)));
  const reached = rows.filter((row) => Math.abs(end(row[row.length - 1]!) - right) <= SAME).length >= 3;
  /** The items of row r's block, other rows, starting at x (within SAME), each with the item before it on its row. */
  const startsAt = (x: number, r: number) => startsNear(x, r).filter((o) => o.row !== r);
  rows.forEach((row, r) => {
    // (a word inside the line starts where no other text of the block starts, or only the same word
    // after a word starting where this line's does: the same cell repeated, «A   Y/O» on every row of
    // a budget table; lines of one cell stretched to the same edge and ending in the same word, «NO.
    // DE» / «INFORME   DE»; or of cells alike, «Recomendación   de» and «Recomendaciones   de» on
    // three rows of the IESS's recommendations, the next column 8.7 pt further)
    const own = (k: number) => startsAt(row[k]!.x, r).every((o) =>
      o.it.str === row[k]!.str && o.prev !== undefined && Math.abs(o.prev.x - row[k - 1]!.x) <= SAME);
    // (or where another line of the cell, starting where this line does, runs past it and ends
    // within the line: a text of this column crosses there, so no column starts there: «FRENTE   A»
    // and «RIESGOS   Y», their last words at one place, under «SEGURIDAD,» running past it)
    const crossed = (k: number, i: number, e: number) => startsAt(row[i]!.x, r).some((o) => end(o.it) > row[k]!.x + SAME && end(o.it) <= e + SAME);
    for (let i = 0; i < row.length - 1; i++) {
      if (!sharedStart(row[i]!, r)) continue;
      for (let j = equalGapsFrom(row, i); j > i; j--) {
        const inner = Array.from({ length: j - i }, (_, n) => i + 1 + n);
        if (inner.some((k) => found[r]!.has(k)) || (fromDocument && numbered(row[i]!)) || !asWordy(row.slice(i, j + 1)) || !inner.every((k) => (wordy([row[k]!]) || (k < j && mark(row[k]!))) && (own(k) || crossed(k, i, end(row[j]!))))) continue;
        if (notOneCell(rows, block, r, row[i]!.x, end(row[j]!))) continue;
        // (the next column starts a cell gap after it: a text of another line of the block starts
        // there, whether this line has a cell there or not; or the line ends at the page's right edge)
        const edge = end(row[j]!) + gap;
        const next = row[j + 1];
        const lastColumn = !next && reached && Math.abs(end(row[j]!) - right) <= SAME;
        if (!lastColumn && (startsAt(edge, r).length === 0 || (next && next.x < edge - SAME))) continue;
        for (const k of inner) found[r]!.add(k);
        i = j;
        break;
      }
    }
  });
}

/**
 * Whether the rows next to row r (above or below, in its block) show that x to e is not one cell:
 * the row below starts no line at x (a stretched line is never its cell's last), or a row next to
 * it holds two items or more inside the span, PDF.js runs more than 0.6 em apart (it joins text
 * drawn closer), the last not ending at e (END_SAME). A cell's line is either its last, spaced
 * naturally (one run, or runs a word space apart where the font changes), or stretched from x to
 * e; a word cut to its column's width leaves the next column's text a cell gap away, as far as a
 * stretched word gap may be («FORTALECIM   4.1.   NÚMERO» over «IENTO          DE»).
 */
function notOneCell(rows: readonly (readonly PositionedItem[])[], block: readonly number[], r: number, x: number, e: number): boolean {
  // (the nearest row above and below, in the block, with text in the span: rows of other cells may
  // come between, on baselines of their own)
  const near = (step: number) => {
    for (let n = r + step; n >= 0 && n < rows.length && block[n] === block[r]; n += step) {
      if (rows[n]!.some((it) => it.x < e - SAME && end(it) > x + SAME)) return rows[n]!;
    }
    return undefined;
  };
  const below = near(1);
  // (a stretched line is never its cell's last: its next line starts at x too, or inside a run
  // PDF.js joined across cells drawn closer than 0.6 em)
  if (below && !below.some((it) => Math.abs(it.x - x) <= SAME || (it.x < x && end(it) > x + SAME))) return true;
  return [near(-1), below].some((row) => {
    if (!row) return false;
    const inside = row.filter((it) => it.x >= x - SAME && end(it) <= e + END_SAME * it.size);
    if (inside.length < 2 || Math.abs(end(inside.at(-1)!) - e) <= END_SAME * inside.at(-1)!.size) return false;
    return inside.some((it, k) => k > 0 && it.x - end(inside[k - 1]!) > RUN_GAP * it.size);
  });
}

/**
 * Per block, the spans each row shows alone (a text with spaces; three or more words at equal
 * gaps) and its runs of two or more words at equal gaps (`last`: where the run's last word starts).
 */
function evidence(rows: readonly (readonly PositionedItem[])[], block: readonly number[]): {
  alone: Map<number, Span[]>;
  pairs: Map<number, (Span & { last: number })[]>;
  columnStart: (it: PositionedItem, r: number) => boolean;
  sharedStart: (it: PositionedItem, r: number) => boolean;
  startsNear: (x: number, r: number) => BlockItem[];
} {
  // (each block's items by x, each with the item before it on its row: the items starting within
  // SAME of an x are found by binary search)
  const starts = new Map<number, BlockItem[]>();
  rows.forEach((row, r) => {
    if (!starts.has(block[r]!)) starts.set(block[r]!, []);
    row.forEach((it, k) => starts.get(block[r]!)!.push({ it, prev: row[k - 1], row: r }));
  });
  const xs = new Map<number, number[]>();
  for (const [b, list] of starts) {
    list.sort((u, v) => u.it.x - v.it.x);
    xs.set(b, list.map((o) => o.it.x));
  }
  const startsNear = (x: number, r: number) => {
    const list = starts.get(block[r]!)!;
    const at = xs.get(block[r]!)!;
    const out: BlockItem[] = [];
    for (let i = countAtMost(at, x - SAME - 1e-6); i < list.length && at[i]! <= x + SAME; i++) if (Math.abs(at[i]! - x) <= SAME) out.push(list[i]!);
    return out;
  };
  // (a column start: three different texts of the block start there; words inside a stretched
  // line start wherever the stretching puts them, and a line repeated in several rows is one text)
  const columnStart = (it: PositionedItem, r: number) => new Set(startsNear(it.x, r).map((o) => o.it.str)).size >= 3;
  const sharedStart = (it: PositionedItem, r: number) => startsNear(it.x, r).some((o) => o.row !== r);
  // (two cells in one text: PDF.js joins a cell's text and the next cell's when the gap between
  // them is under ~0.6 em, as in a table with little padding: «… así como el N/A», its last words
  // a text that other rows show alone, ending where it ends)
  // (that text a cell: another row starts one where it starts, «N/A» in its column; the last word
  // of a stretched line ending at the same edge, «4.2.   NÚMERO   DE» under «INSTRUMENTOS DE», starts
  // wherever the stretching puts it)
  const twoCells = (it: PositionedItem, r: number) =>
    starts.get(block[r]!)!.some((o) => o.row !== r && o.it.x > it.x + SAME && Math.abs(end(o.it) - end(it)) <= SAME && o.it.str.trim() !== '' && it.str.trimEnd().endsWith(` ${o.it.str.trim()}`) && sharedStart(o.it, o.row));

  const alone = new Map<number, Span[]>();
  const pairs = new Map<number, (Span & { last: number })[]>();
  const push = <T>(m: Map<number, T[]>, k: number, v: T) => (m.get(k) ?? m.set(k, []).get(k)!).push(v);
  rows.forEach((row, r) => {
    for (const it of row) if (/\S\s+\S/.test(it.str) && wordy([it]) && !twoCells(it, r)) push(alone, block[r]!, { x: it.x, end: end(it), row: r });
    for (let i = 0; i < row.length; i++) {
      const last = equalGapsFrom(row, i);
      // (unless a word after the first starts at a column start: a row of cells as wide as their
      // columns, the gaps between them all the cells' padding; or every one starts where an item of
      // another row starts: a table of equal columns, «N/A  N/A  N/A» on every row)
      const after = row.slice(i + 1, last + 1);
      if (last - i >= 2 && wordy(row.slice(i, last + 1)) && !after.some((it) => columnStart(it, r)) && !after.every((it) => sharedStart(it, r))) {
        push(alone, block[r]!, { x: row[i]!.x, end: end(row[last]!), row: r });
      }
      if (!wordy([row[i]!])) continue;
      // (up to a word at a column start: the next cell's, a cell gap after this one's text,
      // «Incrementar la disponibilidad, integridad y» and «Porcentaje de implementación» in the
      // indicators' column, no line stretched across two cells)
      for (let j = i + 1; j <= last && !columnStart(row[j]!, r); j++) {
        if (wordy([row[j]!])) push(pairs, block[r]!, { x: row[i]!.x, end: end(row[j]!), row: r, last: row[j]!.x });
      }
    }
  });
  return { alone, pairs, columnStart, sharedStart, startsNear };
}

/** The last index j ≥ i such that the gaps before items i+1..j are word gaps equal to each other. */
function equalGapsFrom(row: readonly PositionedItem[], i: number, same = GAP_SAME): number {
  let j = i;
  let first: number | null = null;
  while (j + 1 < row.length) {
    const g = row[j + 1]!.x - end(row[j]!);
    if (g <= WORD_GAP * row[j + 1]!.size || (first !== null && Math.abs(g - first) > same * row[j + 1]!.size)) break;
    first ??= g;
    j++;
  }
  return j;
}

/** A stretched line found on a page: its left and right edges and its words. */
export interface StretchedSpan {
  x: number;
  end: number;
  text: string;
}

const words = (items: readonly PositionedItem[]) => items.map((it) => it.str.trim()).join(' ');

/** The stretched lines found on a page (StretchedSpan): each run of items joined by stretched gaps. */
export function stretchedSpans(rows: readonly (readonly PositionedItem[])[], gaps: readonly ReadonlySet<number>[]): StretchedSpan[] {
  const out: StretchedSpan[] = [];
  rows.forEach((row, r) => {
    for (let i = 0; i < row.length; i++) {
      let j = i;
      while (gaps[r]!.has(j + 1)) j++;
      if (j > i) out.push({ x: row[i]!.x, end: end(row[j]!), text: words(row.slice(i, j + 1)) });
      i = j;
    }
  });
  return out;
}

/**
 * A copy of a line found stretched on another page of the document (`spans`, stretchedSpans) is
 * stretched too: the same words at equal gaps from that very left edge to that very right edge, the
 * rows next to it showing one cell there (notOneCell). A page can hold only copies of one cell's
 * line («GENERAL        DEL» in three rows of the IESS's recommendations, all alike, their last
 * words at one place), which no row of the page tells from two cells; the page before, where the
 * same cell's line was read stretched, does. Adds to `gaps` (each row's stretched gaps,
 * stretchedGaps).
 */
export function gapsFromSpans(
  rows: readonly (readonly PositionedItem[])[], blankBefore: readonly boolean[], gaps: readonly Set<number>[], spans: readonly StretchedSpan[],
): void {
  if (!spans.length) return;
  const block: number[] = [];
  rows.forEach((_, k) => block.push(k === 0 ? 0 : block[k - 1]! + (blankBefore[k] ? 1 : 0)));
  // (the spans by their left edge, to the point)
  const byX = new Map<number, StretchedSpan[]>();
  for (const s of spans) (byX.get(Math.round(s.x)) ?? byX.set(Math.round(s.x), []).get(Math.round(s.x))!).push(s);
  const from = (x: number) => [-1, 0, 1].flatMap((d) => byX.get(Math.round(x) + d) ?? []);
  const shown = (x: number, e: number, text: string) => from(x).some((s) => Math.abs(s.x - x) <= SAME && Math.abs(s.end - e) <= SAME && s.text === text);
  rows.forEach((row, r) => {
    for (let i = 0; i < row.length - 1; i++) {
      if (gaps[r]!.has(i + 1) || from(row[i]!.x).length === 0) continue;
      const last = equalGapsFrom(row, i);
      for (let j = last; j > i; j--) {
        if (!shown(row[i]!.x, end(row[j]!), words(row.slice(i, j + 1))) || !textual(row.slice(i, j + 1)) || notOneCell(rows, block, r, row[i]!.x, end(row[j]!))) continue;
        for (let k = i + 1; k <= j; k++) gaps[r]!.add(k);
        i = j;
        break;
      }
    }
  });
}
