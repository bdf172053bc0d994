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
/** One text in this many at least goes on, centred, on the next line (a cell's lines), or on the line after next (interleaved). */
const WRAPPED_SHARE = 4;
/** Narrowest centred column found whose cells' lines interleave with another column's (characters). */
const MIN_INTERLEAVED_WIDTH = 30;
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
 * of them going on on the next line around the same middle (a cell's lines; or on the line after
 * next, the cells in the middle of their rows interleaving their lines with the next column's, in a
 * column MIN_INTERLEAVED_WIDTH wide at least, not inside a column found), whose short texts start
 * right of the long ones (centred).
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
  const candidates = [...around].sort((x, y) => y[1].length - x[1].length || x[0] - y[0]);
  // the columns whose cells' lines follow each other first (as they were found alone); then those
  // whose lines interleave with another column's (cells in the middle of their rows)
  const kinds = new Map<number, ReturnType<typeof centred>>();
  const kind = (c: number, members: readonly Placed[]) => {
    if (!kinds.has(c)) kinds.set(c, centred(members, multi));
    return kinds.get(c);
  };
  for (const pass of ['next', 'interleaved'] as const) {
    for (const [c, members] of candidates) {
      if (members.length < MIN_CENTRED) break;
      if (columns.some((k) => Math.abs(k.middle - c) <= 2 * MIDDLE_TOLERANCE) || kind(c, members) !== pass) continue;
      const span = sharedSpan(members);
      // (a column a few letters wide, its words cut, shows no alignment: «INSTITUCI» / «ONAL»; one
      // whose lines interleave with another's, wide enough to hold sentences: pieces of capitals cut
      // in a narrow column, «SISTEMA» / «INTEGRAL», go on two lines down too; and not inside the span
      // of a column found: there its lines are that column's)
      if (!span || span.right - span.left < (pass === 'interleaved' ? MIN_INTERLEAVED_WIDTH : MIN_WIDTH)) continue;
      if (pass === 'interleaved' && columns.some((k) => span.left >= k.left - 1 && span.right <= k.right + 1)) continue;
      columns.push({ middle: c, ...span });
    }
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
 * start, on the next line («next»), or on the next line or the one after («interleaved»: cells in
 * the middle of their rows, whose lines pdftotext interleaves with the next column's, «Incrementar
 * la calidad de la gestión administrativa, financiera y» / «Porcentaje de ejecución presupuestaria
 * institucional» / «de talento humano del Consejo Nacional Electoral.»). Null when not centred.
 */
function centred(members: readonly Placed[], multi: ReadonlySet<number>): 'next' | 'interleaved' | null {
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
  if (short.length < MIN_SHORT || atLeft > short.length * MAX_SHORT_AT_LEFT || inRows * 2 < members.length) return null;
  // (a cell's lines follow each other: texts around one middle on the next line too, at another start;
  // in the middle of their rows, a cell's lines and the next column's interleave: the line after next)
  const byLine = new Map(members.map((m) => [m.line, m]));
  const goesOn = (m: Placed, d: number) => byLine.has(m.line + d) && byLine.get(m.line + d)!.start !== m.start;
  let next = 0;
  let nextButOne = 0;
  for (const m of members) {
    if (goesOn(m, 1)) next++;
    else if (goesOn(m, 2)) nextButOne++;
  }
  return next * WRAPPED_SHARE >= members.length ? 'next' : (next + nextButOne) * WRAPPED_SHARE >= members.length ? 'interleaved' : null;
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
