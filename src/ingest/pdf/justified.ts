/**
 * Justified text in table cells (`text-align: justify`): every line of a cell but its last is
 * stretched from the cell's left edge to its right edge, the room left spread evenly over its word
 * gaps. Those gaps are often as wide as the gap between two cells (wider, on a line of two or three
 * words), so a gap's width alone cannot tell the words of one cell from two cells. What does:
 * - the gaps of one stretched line are equal to each other (to a few hundredths of a point), and
 * - the line runs exactly from its cell's left edge to its right edge, the same two edges as the
 *   cell's other stretched lines, and as its lines that PDF.js read as one text (it joins words
 *   drawn closer than ~0.6 em).
 * So the spans (left edge, right edge) of a page's justified cells are learnt from its lines that
 * show them alone (one text with spaces, or three or more words at equal gaps), and a row's words
 * at equal gaps from one such left edge to its right edge are one cell's line, when another row of
 * the same table block shows that span and the words are text, not figures.
 *
 * Pure: a page's rows of positioned items in, each row's stretched gaps out.
 */
import type { PositionedItem } from './lines.ts';

/** The left and right edges (points) of a justified cell's stretched line, and the row showing it. */
interface Span {
  x: number;
  end: number;
  row: number;
}

/** Edges and gaps are the same within this many points (PDF.js rounds positions to ~0.01 pt). */
const SAME = 0.2;
/** A gap narrower than this share of the font size joins two pieces of one word (rowCells). */
const WORD_GAP = 0.12;

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
 * For each row of a page (items sorted by x; `blankBefore[k]`: a blank line parts row k from the
 * row above), the indexes of its items whose gap before them is a stretched word gap: the row's
 * items from a span's left edge to its right edge at word gaps equal to each other (one gap on a
 * line of two words), when another row of the same block (a table, or a part of one, between
 * blank lines) shows that span alone (a row's own items at equal gaps are no evidence: the header
 * of a table whose columns are as wide as their headers has equal gaps between its cells).
 */
export function stretchedGaps(rows: readonly (readonly PositionedItem[])[], blankBefore: readonly boolean[]): Set<number>[] {
  const block: number[] = [];
  rows.forEach((_, k) => block.push(k === 0 ? 0 : block[k - 1]! + (blankBefore[k] ? 1 : 0)));
  const spans = justifiedSpans(rows, block);
  const byBlock = new Map<number, Span[]>();
  for (const s of spans) {
    if (!byBlock.has(block[s.row]!)) byBlock.set(block[s.row]!, []);
    byBlock.get(block[s.row]!)!.push(s);
  }
  return rows.map((row, r) => {
    const out = new Set<number>();
    const shown = (byBlock.get(block[r]!) ?? []).filter((s) => s.row !== r);
    for (let i = 0; i < row.length - 1; i++) {
      const left = shown.filter((s) => Math.abs(s.x - row[i]!.x) <= SAME);
      if (left.length === 0) continue;
      const last = equalGapsFrom(row, i);
      // (the rightmost item, up to where the equal gaps stop, that ends at one of those right edges)
      for (let j = last; j > i; j--) {
        if (!left.some((s) => Math.abs(s.end - end(row[j]!)) <= SAME) || !wordy(row.slice(i, j + 1))) continue;
        for (let k = i + 1; k <= j; k++) out.add(k);
        i = j;
        break;
      }
    }
    return out;
  });
}

/**
 * The spans of the page's justified lines shown alone: a text with spaces inside (PDF.js read the
 * stretched line as one text), or three or more items of a row at equal word gaps, unless every
 * item after the first starts where an item of another row of the block starts (a table of equal
 * columns, «N/A  N/A  N/A» on every row; the words of a stretched line start wherever the
 * stretching puts them).
 */
function justifiedSpans(rows: readonly (readonly PositionedItem[])[], block: readonly number[]): Span[] {
  const spans: Span[] = [];
  const starts = new Map<number, { x: number; row: number }[]>();
  rows.forEach((row, r) => {
    if (!starts.has(block[r]!)) starts.set(block[r]!, []);
    for (const it of row) starts.get(block[r]!)!.push({ x: it.x, row: r });
  });
  rows.forEach((row, r) => {
    const sharedStart = (it: PositionedItem) => starts.get(block[r]!)!.some((o) => o.row !== r && Math.abs(o.x - it.x) <= SAME);
    for (const it of row) if (/\S\s+\S/.test(it.str) && wordy([it])) spans.push({ x: it.x, end: end(it), row: r });
    for (let i = 0; i < row.length; i++) {
      const j = equalGapsFrom(row, i);
      if (j - i >= 2 && wordy(row.slice(i, j + 1)) && !row.slice(i + 1, j + 1).every(sharedStart)) spans.push({ x: row[i]!.x, end: end(row[j]!), row: r });
    }
  });
  return spans;
}

/** The last index j ≥ i such that the gaps before items i+1..j are word gaps equal to each other. */
function equalGapsFrom(row: readonly PositionedItem[], i: number): number {
  let j = i;
  let first: number | null = null;
  while (j + 1 < row.length) {
    const g = row[j + 1]!.x - end(row[j]!);
    if (g <= WORD_GAP * row[j + 1]!.size || (first !== null && Math.abs(g - first) > SAME)) break;
    first ??= g;
    j++;
  }
  return j;
}
