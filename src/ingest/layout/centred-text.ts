/**
 * Centred table cells in text without TABs, set back to their column's left edge, so column
 * recovery (recover.ts) and the wrapped-row join (wrapped-text.ts) read them as they read a
 * left-aligned table.
 *
 * `pdftotext -layout` prints each line of a centred cell where it starts on the page: the lines of
 * one cell, and the cells of one column, start wherever their width leaves them, around one middle
 * («Porcentaje del personal que recibe cursos de» at 87, «actualización ( E )» under it at 101).
 * No start is shared, so no column is found, and the cells of the next column seem to start
 * anywhere too. The middles are shared: a centred column is a middle that many text segments
 * share (within MIDDLE_TOLERANCE characters, pdftotext rounding each word to its grid) while
 * their starts differ, on one page. Each such segment moves to where the column's widest texts
 * start, page by page (each page has its grid, and a document's tables need not share columns).
 *
 * A left-aligned column's short texts start where its long ones do, a right-aligned one's end
 * where they end, a column of one value («N/A») has no short text, a column a few letters wide
 * cuts its words anyhow: none is moved. The line count never changes, and a segment moves only
 * where two spaces at least stay after the one before it on its line.
 *
 * Pure: text in, text out.
 */
import { segments, type Segment } from './recover.ts';

/** How far apart (characters) the middles of one centred column's texts may fall on pdftotext's grid. */
export const MIDDLE_TOLERANCE = 2;
/** How far a text's middle may fall from its column's, as a share of its length, when more than MIDDLE_TOLERANCE. */
const LONG_MIDDLE_SHARE = 0.05;
/** Texts sharing a middle on one page that make it a centred column. */
const MIN_CENTRED = 6;
/** Narrowest centred column found (characters). */
const MIN_WIDTH = 12;
/** One text in this many at least goes on, centred, on the next line (a cell's lines). */
const WRAPPED_SHARE = 4;
/** Texts this many characters shorter than the column's longest, that a centred column starts further right. */
const SHORTER = 6;
/** Of them, at least this many, ... */
const MIN_SHORT = 3;
/** ... and at most this share starting where the column's longest text does (a left-aligned column's all do). */
const MAX_SHORT_AT_LEFT = 0.3;

interface Placed extends Segment {
  line: number;
  middle: number;
}

/** A centred column: the middle its texts share and where its widest text starts and ends. */
export interface CentredTextColumn {
  middle: number;
  left: number;
  right: number;
}

/** Whether a segment may be a centred cell's line: text opening with a letter or an opening mark (no figure packed before it). */
const isText = (s: Segment): boolean => /^[\p{L}(¿¡"“«]/u.test(s.text) && s.text.length >= 3;

/**
 * The centred columns of a page: middles shared by MIN_CENTRED text segments or more, from lines of
 * two segments or more for half of them at least (a page's centred title is no column), a quarter
 * of them going on on the next line around the same middle (a cell's lines), whose short texts
 * start right of the long ones (centred).
 */
export function centredColumns(lines: readonly string[]): CentredTextColumn[] {
  const placed: Placed[] = [];
  const multi = new Set<number>();
  lines.forEach((line, i) => {
    const segs = segments(line.replace(/^\f/u, ''));
    if (segs.length >= 2) multi.add(i);
    for (const s of segs) if (isText(s)) placed.push({ ...s, line: i, middle: (s.start + s.end) / 2 });
  });
  // each whole middle, with the texts within MIDDLE_TOLERANCE of it; the fullest first, none within
  // twice the tolerance of one taken (one column's texts spread around its middle)
  const around = new Map<number, Placed[]>();
  for (const p of placed) {
    for (let c = Math.ceil(p.middle - MIDDLE_TOLERANCE); c <= Math.floor(p.middle + MIDDLE_TOLERANCE); c++) {
      if (!around.has(c)) around.set(c, []);
      around.get(c)!.push(p);
    }
  }
  const columns: CentredTextColumn[] = [];
  for (const [c, members] of [...around].sort((x, y) => y[1].length - x[1].length || x[0] - y[0])) {
    if (members.length < MIN_CENTRED) break;
    if (columns.some((k) => Math.abs(k.middle - c) <= 2 * MIDDLE_TOLERANCE) || !centred(members, multi)) continue;
    const span = sharedSpan(members);
    // (a column a few letters wide, its words cut, shows no alignment: «INSTITUCI» / «ONAL»)
    if (span && span.right - span.left >= MIN_WIDTH) columns.push({ middle: c, ...span });
  }
  return columns.sort((x, y) => x.middle - y.middle);
}

/**
 * Where a centred column's widest texts start and end: the leftmost start two of its texts share
 * (within a character) and the rightmost end two share; the lines that fill the column do. Null
 * when none is shared.
 */
function sharedSpan(members: readonly Placed[]): { left: number; right: number } | null {
  const starts = members.map((m) => m.start).sort((a, b) => a - b);
  const ends = members.map((m) => m.end).sort((a, b) => a - b);
  // (sorted: a value is shared when a neighbour is within a character)
  const shared = (xs: readonly number[], i: number) => (i > 0 && xs[i]! - xs[i - 1]! <= 1) || (i + 1 < xs.length && xs[i + 1]! - xs[i]! <= 1);
  const left = starts.findIndex((_, i) => shared(starts, i));
  let right = -1;
  for (let i = ends.length - 1; i >= 0 && right < 0; i--) if (shared(ends, i)) right = i;
  return left < 0 || right < 0 ? null : { left: starts[left]!, right: ends[right]! };
}

/**
 * Whether texts around one middle are a centred column's: MIN_SHORT or more of them shorter than
 * its longest by SHORTER characters, at most MAX_SHORT_AT_LEFT of those starting where the column
 * does; half of them on lines of two segments or more; one in WRAPPED_SHARE going on, at another
 * start, on the next line.
 */
function centred(members: readonly Placed[], multi: ReadonlySet<number>): boolean {
  // (a left-aligned column's short texts start where its long ones do; a centred one's further right)
  // (loops, not spread arguments: a page without form feeds can hold more texts than a call takes)
  let left = Infinity;
  let longest = 0;
  for (const m of members) {
    left = Math.min(left, m.start);
    longest = Math.max(longest, m.end - m.start);
  }
  const short = members.filter((m) => m.end - m.start <= longest - SHORTER);
  const atLeft = short.filter((m) => m.start <= left + 1).length;
  const inRows = members.filter((m) => multi.has(m.line)).length;
  // (a cell's lines follow each other: texts around one middle on the next line too, at another start)
  const byLine = new Map(members.map((m) => [m.line, m]));
  const wrapped = members.filter((m) => byLine.has(m.line + 1) && byLine.get(m.line + 1)!.start !== m.start).length;
  return short.length >= MIN_SHORT && atLeft <= short.length * MAX_SHORT_AT_LEFT && inRows * 2 >= members.length && wrapped * WRAPPED_SHARE >= members.length;
}

/**
 * The column a segment is a line of: its middle within MIDDLE_TOLERANCE of the column's (a share of
 * its length for a long one), starting right of the column's left edge.
 */
function columnOfSegment(s: Segment, columns: readonly CentredTextColumn[]): CentredTextColumn | undefined {
  const middle = (s.start + s.end) / 2;
  // (a long text's middle strays further: pdftotext counts its letters, not their widths)
  const tolerance = Math.max(MIDDLE_TOLERANCE, (s.end - s.start) * LONG_MIDDLE_SHARE);
  return columns.find((c) => Math.abs(middle - c.middle) <= tolerance && s.start >= c.left - 1);
}

/**
 * The text with each centred cell's line moved to its column's left edge (as it is when it has no
 * centred column). Page by page (pdftotext starts each with a form feed): each page has its grid,
 * and the tables of a document need not share their columns.
 */
export function leftAlignCentred(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let from = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i < lines.length && !lines[i]!.startsWith('\f')) continue;
    for (const line of leftAlignPage(lines.slice(from, i))) out.push(line);
    from = i;
  }
  return out.join('\n');
}

function leftAlignPage(lines: readonly string[]): string[] {
  const columns = centredColumns(lines);
  if (!columns.length) return lines.slice();
  return lines.map((line) => {
    const feed = line.startsWith('\f') ? '\f' : '';
    const body = feed ? line.slice(1) : line;
    const segs = segments(body);
    if (!segs.some((s) => isText(s) && columnOfSegment(s, columns))) return line;
    let out = '';
    for (const s of segs) {
      const column = isText(s) ? columnOfSegment(s, columns) : undefined;
      // (moved only when two spaces at least stay after the text before it)
      const want = column && (out.length === 0 || column.left >= out.length + 2) ? column.left : s.start;
      const at = out.length === 0 ? want : Math.max(want, out.length + 2);
      out += ' '.repeat(at - out.length) + s.text;
    }
    return feed + out;
  });
}
