/**
 * Column recovery for text without TABs: `pdftotext -layout` output, a table copied from a PDF
 * viewer or typed with spaces. The parsers read table rows as TAB-separated cells; this turns
 * space-aligned tables back into that shape, so every parser reads them unchanged.
 *
 * - A line is cut into segments at runs of two or more spaces (one space stays inside a cell).
 * - A table block is a run of non-blank lines from the first line with two or more segments to
 *   the last one (single-segment lines between them belong to the block). Column boundaries come
 *   from the whole block: the character positions no segment of any of its rows covers (gutters).
 *   A cell's column is the gap-free span it falls in, so empty cells are kept ("1\t\t\tIndicador").
 * - A single-segment line inside a block that starts in a column after the first gets its
 *   leading empty cells ("\tPROCESOS GOBERNANTES"); one in the first column, and every line outside
 *   a block (prose, headings), stays exactly as it was.
 * - The line count never changes: line N in is line N out, so `source_line` cites the user's file.
 *
 * Pure: text in, text out; no state between calls.
 */

/** A run of text on one line: [start, end) columns, no run of two spaces inside. */
export interface Segment {
  start: number;
  end: number;
  text: string;
}

/** What recoverColumns did, for tests and for the driver's info flag. */
export interface Recovery {
  text: string;
  /** Lines rewritten as TAB-separated cells. */
  rowsRewritten: number;
  /** Table blocks found. */
  blocks: number;
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

/** Column spans of a block: maximal runs of positions covered by some segment of its rows. */
export function columnSpans(rows: readonly Segment[][]): [number, number][] {
  let width = 0;
  for (const r of rows) for (const s of r) width = Math.max(width, s.end);
  const covered = new Uint8Array(width);
  for (const r of rows) for (const s of r) covered.fill(1, s.start, s.end);
  const spans: [number, number][] = [];
  let x = 0;
  while (x < width) {
    if (!covered[x]) {
      x++;
      continue;
    }
    const start = x;
    while (x < width && covered[x]) x++;
    spans.push([start, x]);
  }
  return spans;
}

/** A gutter this wide separates columns even when only one row has a cell beside it. */
export const MIN_LONE_GUTTER = 3;

/**
 * Keeps only the gutters that rows agree on: a real column has two or more rows starting a
 * segment at its left edge (left-aligned cells) or ending one at the previous column's right edge
 * (right-aligned numbers). A gap inside one long cell ("consultivos.  Afiliados") has only its own
 * row, and its two sides become one span again, unless the gap is MIN_LONE_GUTTER spaces or
 * wider (a column only one row fills). A block of one row keeps all its gutters.
 */
export function supportedSpans(rows: readonly Segment[][], spans: readonly [number, number][]): [number, number][] {
  if (spans.length < 2) return spans.slice();
  if (rows.length < 2) return spans.slice();
  const out: [number, number][] = [[spans[0]![0], spans[0]![1]]];
  for (let k = 1; k < spans.length; k++) {
    const left = spans[k - 1]![1];
    const right = spans[k]![0];
    let starts = 0;
    let ends = 0;
    for (const r of rows) {
      for (const s of r) {
        if (s.start === right) starts++;
        if (s.end === left) ends++;
      }
    }
    if (starts >= 2 || ends >= 2 || right - left >= MIN_LONE_GUTTER) out.push([spans[k]![0], spans[k]![1]]);
    else out[out.length - 1]![1] = spans[k]![1];
  }
  return out;
}

/** Index of the span that holds [start, end), or -1 when it is not inside exactly one span. */
function spanOf(spans: readonly [number, number][], start: number, end: number): number {
  for (let k = 0; k < spans.length; k++) {
    const [a, b] = spans[k]!;
    if (start >= a && end <= b) return k;
    if (start < b) return -1;
  }
  return -1;
}

/** The cells of a one-segment row: empty ones up to the column its start falls in, then its text. */
function singleCell(spans: readonly [number, number][], s: Segment): string[] | null {
  const k = spans.findIndex(([a, b]) => s.start >= a && s.start < b);
  if (k < 0) return null;
  return [...new Array<string>(k).fill(''), s.text];
}

/** A row's cells by column span; segments sharing a span keep the spaces between them. */
function rowCells(line: string, spans: readonly [number, number][], segs: readonly Segment[]): string[] | null {
  const cells: string[] = [];
  const from: number[] = [];
  for (const s of segs) {
    const k = spanOf(spans, s.start, s.end);
    if (k < 0) return null;
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
 * Rewrites space-aligned tables as TAB-separated cells. Text that already has a TAB anywhere is
 * returned as it is (its author chose the separator).
 */
export function recoverColumns(text: string): Recovery {
  if (text.includes('\t')) return { text, rowsRewritten: 0, blocks: 0 };
  const lines = text.split('\n');
  const segs = lines.map((l) => segments(l.endsWith('\r') ? l.slice(0, -1) : l));
  const out = lines.slice();
  let rowsRewritten = 0;
  let blocks = 0;
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
      while (last < j - 1 && segs[last + 1]![0]!.start > 0) last++;
      const multi: Segment[][] = [];
      for (let k = first; k <= last; k++) if (segs[k]!.length >= 2) multi.push(segs[k]!);
      const spans = supportedSpans(multi, columnSpans(multi));
      for (let k = first; k <= last; k++) {
        const row = segs[k]!;
        // a single segment belongs to the column its start is in (a title may overflow to the right)
        const cells = row.length === 1 ? singleCell(spans, row[0]!) : rowCells(lines[k]!, spans, row);
        if (!cells) continue;
        if (row.length === 1 && cells.length === 1) continue; // first column: could be prose
        while (cells.length < spans.length) cells.push('');
        out[k] = cells.join('\t');
        rowsRewritten++;
      }
    }
    i = j;
  }
  return { text: out.join('\n'), rowsRewritten, blocks };
}
